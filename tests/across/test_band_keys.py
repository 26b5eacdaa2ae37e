"""The LSH band keys (``signatures.band_key_array``) and the banding again of a store linked
with the earlier keys (migration 0022, ``link._reband``)."""

from __future__ import annotations

import functools

import numpy as np
import pytest

from saidwhat.across import link as link_module
from saidwhat.across import statements as st
from saidwhat.across.link import link
from saidwhat.across.signatures import band_key_array, band_key_row, band_keys_of
from saidwhat.across.text import normalize
from saidwhat.settings import Settings
from saidwhat.store.migrate import find_migrations
from tests.across.conftest import farmers_deal_wires

LONG = ("The Alliance agreed that Ukraine will become a member of NATO; the road is irreversible, and the allies"
        " said so again in Washington in July, with 40 billion euros of aid a year")


def test_keys_are_pinned() -> None:
    """Stores keep these keys: a change to the function must come with a migration that bands every
    statement again (as 0022 did), so its values are pinned here."""
    keys = band_key_array(np.arange(64, dtype=np.uint32).reshape(1, 64), 14, 4)
    assert keys.dtype == np.int64
    assert keys[0, :3].tolist() == PINNED


PINNED = [6549444130184914247, 5002970872455796390, 4810821733250783959]


def test_a_key_names_its_band_and_its_values() -> None:
    """Two windows share a key exactly when they share the band's values; a band's key differs from
    another band's of the same values (a key alone names its bucket)."""
    rng = np.random.default_rng(7)
    values = rng.integers(0, 2**32, size=(200, 64), dtype=np.uint64)
    values[1, :4] = values[0, :4]  # band 0 shared
    values[2, 4:8] = values[0, :4]  # band 0's values in band 1
    keys = band_key_array(values, 14, 4)
    assert keys[0, 0] == keys[1, 0] and keys[0, 1] != keys[1, 1]
    assert keys[2, 1] != keys[0, 0]
    assert len(set(keys.ravel().tolist())) == keys.size - 1  # no other collision among 2,800 keys


@pytest.mark.parametrize("step", [st.QUERY_STEP, st.INDEX_STEP])
def test_primed_keys_equal_keys_worked_out_alone(step: int) -> None:
    """The keys ``prepare_windows`` works out for an article's windows at once are those of each
    window alone, for the 14 bands and the 7 a named speaker's statement keeps."""
    words = normalize(LONG).split()
    alone = [band_key_array(np.asarray(s.hashvalues).reshape(1, -1), 14, 4)[0].tolist()
             for s in st.minhashes(words, step)]
    st.prepare_windows([" ".join(words), "we will not"])
    primed = st.minhashes(words, step)
    assert [band_key_row(s, 14, 4) for s in primed] == alone
    assert [band_key_row(s, 7, 4) for s in primed] == [k[:7] for k in alone]
    assert band_keys_of(primed[0], 14, 4) == list(enumerate(alone[0]))


def _bands(store) -> list[tuple]:
    return store.connection.execute("SELECT unnamed, key, statement_id, band FROM statement_bands"
                                    " ORDER BY unnamed, key, statement_id").fetchall()


def _as_migrated(store) -> None:
    """What migration 0022 does to a store linked with the earlier keys."""
    (migration,) = [m for m in find_migrations() if m.version == 22]
    for sql in migration.statements():
        if not sql.lstrip().upper().startswith("CREATE TABLE"):  # the table is there already
            store.connection.execute(sql)


def _linked(store, wire) -> None:
    for ex in (
        wire("a1", "wire", "2025-09-09T08:00", [(LONG, "Jens Stoltenberg"), ("We will not abandon Ukraine", "he")]),
        wire("a2", "courier", "2025-09-10T09:00", [(LONG.replace("40 billion", "forty billion"), "Stoltenberg")]),
        wire("a3", "herald", "2025-09-10T10:00", [(LONG, "a NATO official")]),
    ):
        assert store.add(ex)
    link(store, Settings())


def test_a_store_banded_again_holds_the_bands_of_a_fresh_link(store, wire) -> None:
    _linked(store, wire)
    fresh, statements = _bands(store), store.connection.execute("SELECT * FROM statement_quotes").fetchall()
    assert fresh
    _as_migrated(store)
    assert _bands(store) == []
    link(store, Settings())
    assert _bands(store) == fresh
    assert store.connection.execute("SELECT * FROM statement_quotes").fetchall() == statements
    assert store.connection.execute("SELECT count(*) FROM across_band_stale").fetchone()[0] == 0


def test_banding_again_killed_midway_resumes(store, wire, monkeypatch) -> None:
    """A link killed while banding again leaves the statements not yet banded noted: the next
    run bands them, and ends with the bands of an uninterrupted one."""
    _linked(store, wire)
    fresh = _bands(store)
    _as_migrated(store)
    _link_killed_while_banding_again(store, monkeypatch)
    link(store, Settings())
    assert _bands(store) == fresh


def _link_killed_while_banding_again(store, monkeypatch) -> None:
    """A link killed at the second statement it bands again, the first banded and committed (a
    batch of one): some statements are left noted to be banded."""
    band_wordings, calls = link_module._band_wordings, []

    def killed_at_the_second(conn, bands, sid):
        calls.append(sid)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return band_wordings(conn, bands, sid)

    monkeypatch.setattr(link_module, "_reband", functools.partial(link_module._reband, batch=1))
    monkeypatch.setattr(link_module, "_band_wordings", killed_at_the_second)
    with pytest.raises(KeyboardInterrupt):
        link(store, Settings())
    assert store.connection.execute("SELECT count(*) FROM across_band_stale").fetchone()[0] > 0
    monkeypatch.setattr(link_module, "_band_wordings", band_wordings)


def test_band_rows_are_those_their_noted_wordings_give(store, wire, monkeypatch) -> None:
    """Migration 0024: a statement's band rows are found by key, worked out again from the wordings
    it was banded under (``statement_banded``), so after statements are joined, fragments absorbed
    and statements dropped, the rows stored are exactly those the noted wordings give."""
    joined = []
    join = link_module._join_statements
    monkeypatch.setattr(link_module, "_join_statements", lambda conn, sid, others, *bands: joined.append(others) or
                        join(conn, sid, others, *bands))
    overdue = "The bill to fund the new hospital in the capital is long overdue"
    for ex in (
        *farmers_deal_wires(wire),
        wire("f1", "dispatch", "2025-09-09T07:00", [("The bill was long overdue, she said", "Ruth Alvarez")]),
        wire("s1", "wire", "2025-09-09T08:00", [(overdue, "Ruth Alvarez")]),
    ):
        assert store.add(ex)
    _linked(store, wire)
    assert joined
    conn = store.connection
    noted = {row for (sid,) in conn.execute("SELECT id FROM statements")
             for _, _, rows in link_module._banded_rows(conn, sid) for row in rows}
    assert set(_bands(store)) == noted
    # a named speaker's statement keeps its first 7 bands, whatever it took in (the lookups rely on it)
    assert not conn.execute("SELECT 1 FROM statement_bands WHERE unnamed = 0 AND band >= 7").fetchall()
    link_module._drop_bands(conn, conn.execute("SELECT max(id) FROM statements").fetchone()[0])
    assert len(_bands(store)) < len(noted)


@pytest.mark.parametrize("killed", [False, True])
def test_a_store_of_schema_0023_migrates_and_bands_again_as_a_fresh_link(tmp_path, wire, monkeypatch, killed) -> None:
    """Migration 0024 drops the band rows, whose wordings were not noted, and notes every statement
    to be banded again: the next link (killed while banding again, then run again) ends with the
    bands and statements of a fresh link, each wording banded noted."""
    from saidwhat.store import Store
    from tests.older_schema import as_schema

    db = tmp_path / "old.db"
    with Store.open(db) as store:
        _linked(store, wire)
        fresh, statements = _bands(store), store.connection.execute("SELECT * FROM statement_quotes").fetchall()
    as_schema(db, 23, tmp_path / "migrations")
    with Store.open(db) as store:  # migrates
        conn = store.connection
        assert _bands(store) == [] and conn.execute("SELECT count(*) FROM across_band_stale").fetchone()[0] > 0
        if killed:
            _link_killed_while_banding_again(store, monkeypatch)
        link(store, Settings())
        assert _bands(store) == fresh
        assert conn.execute("SELECT * FROM statement_quotes").fetchall() == statements
        assert conn.execute("SELECT count(*) FROM across_band_stale").fetchone()[0] == 0
        assert conn.execute("SELECT count(DISTINCT statement_id) FROM statement_banded").fetchone()[0] == \
            conn.execute("SELECT count(*) FROM statements").fetchone()[0]


def test_an_unnamed_statement_joined_to_a_named_one_keeps_a_named_ones_bands(store) -> None:
    """A named speaker's statement holds its first 7 bands (``SqliteBands._probes`` asks its rows for
    no other), also when an unnamed speaker's statement, banded under 14, is joined to it."""
    conn = store.connection
    named = conn.execute("INSERT INTO statements (speaker_id) VALUES ('name:claire-dubois')").lastrowid
    unnamed = conn.execute("INSERT INTO statements (speaker_id) VALUES ('?a1')").lastrowid
    bands = link_module.SqliteBands(conn)
    bands.add(str(named), normalize("We will not accept a deal that sacrifices our farmers"))
    bands.add(str(unnamed), normalize(LONG))
    assert {b for *_, b in _bands(store)} == set(range(14))
    link_module._move_bands(conn, unnamed, named)
    assert {(u, s) for u, _, s, _ in _bands(store)} == {(0, named)}
    assert max(b for *_, b in _bands(store)) == 6
    assert set(conn.execute("SELECT statement_id, bands FROM statement_banded")) == {(named, 7)}
    link_module._drop_bands(conn, named)
    assert _bands(store) == []


# Reported speech is the reporter's wording, filed under statements but never banded (migration 0025).
FERRY = "The ferry to the northern islands will sail again in April once the harbour wall is repaired"


@pytest.mark.parametrize("kind, text, wording, banded", [
    ("direct", FERRY, normalize(FERRY), True),
    ("nested", FERRY, normalize(FERRY), True),
    ("indirect", FERRY, normalize(FERRY), False),
    ("headline", "Ferry to sail again in April", normalize("Ferry to sail again in April"), False),
    # a mixed quote's quoted fragments stand for it: the speaker's words
    ("mixed", "that the ferry \u201cwill sail again in April once the wall is repaired\u201d",
     normalize("will sail again in April once the wall is repaired"), True),
    # too few quoted words to stand for it: the reporter's sentence is the wording
    ("mixed", "that the ferry would be \u201cback by April\u201d", normalize("that the ferry would be back by April"),
     False),
])
def test_only_the_speakers_quoted_words_are_banded(kind, text, wording, banded) -> None:
    assert st.speaker_words(kind, text, wording) is banded
    parts = st.quote_parts(text, kind)
    assert [p.quoted for p in parts] == [banded]


def _ferry_wires(wire):
    from saidwhat.models import QuoteKind

    return [
        wire("p1", "islander", "2025-03-02T08:00", [(FERRY, "Ana Moreno")], kind=QuoteKind.INDIRECT),
        wire("p2", "coast", "2025-03-02T09:00", [(FERRY.replace("April", "early April"), "an official")],
             kind=QuoteKind.INDIRECT),
    ]


def test_reported_speech_is_filed_but_not_banded(store, wire) -> None:
    """Two outlets report the same remark in their own words: each sentence has its statement and
    no band row; the speaker's quoted words later join hers by the exact-match test and are banded."""
    for ex in _ferry_wires(wire):
        assert store.add(ex)
    link(store, Settings())
    conn = store.connection
    assert conn.execute("SELECT count(*) FROM statement_quotes").fetchone()[0] == 2
    assert _bands(store) == [] and conn.execute("SELECT count(*) FROM statement_banded").fetchone()[0] == 0
    assert store.add(wire("d1", "wire", "2025-03-03T08:00", [(FERRY, "Ana Moreno")]))
    link(store, Settings())
    rows = conn.execute("SELECT statement_id, how FROM statement_quotes ORDER BY quote_id").fetchall()
    assert rows[2] == (rows[0][0], "exact")  # her quoted words: the statement of her reported ones
    assert {s for _, _, s, _ in _bands(store)} == {rows[0][0]}
    assert set(conn.execute("SELECT statement_id, wording FROM statement_banded")) == {(rows[0][0], normalize(FERRY))}


def test_a_store_banded_under_reported_speech_migrates_and_bands_again_as_a_fresh_link(tmp_path, wire,
                                                                                       monkeypatch) -> None:
    """Migration 0025 notes every statement holding a sentence of a quote neither direct nor nested;
    the next link drops the rows its reported speech was banded under and keeps those of its quoted
    words: the bands of a fresh link, the statements unchanged."""
    from saidwhat.store import Store
    from tests.older_schema import as_schema

    def extractions():
        return [*_ferry_wires(wire), wire("d1", "wire", "2025-03-03T08:00", [(FERRY, "Ana Moreno")]),
                *farmers_deal_wires(wire)]

    with Store.open(tmp_path / "fresh.db") as store:
        for ex in extractions():
            assert store.add(ex)
        link(store, Settings())
        fresh, statements = _bands(store), store.connection.execute("SELECT * FROM statement_quotes").fetchall()
    db = tmp_path / "old.db"
    with monkeypatch.context() as m, Store.open(db) as store:  # linked as before 0025: every wording banded
        m.setattr(link_module, "speaker_words", lambda kind, text, wording: True)
        for ex in extractions():
            assert store.add(ex)
        link(store, Settings())
        assert len(_bands(store)) > len(fresh)
    as_schema(db, 24, tmp_path / "migrations")
    with Store.open(db) as store:  # migrates
        conn = store.connection
        assert conn.execute("SELECT count(*) FROM across_band_stale").fetchone()[0] == 2
        link(store, Settings())
        assert _bands(store) == fresh
        assert conn.execute("SELECT * FROM statement_quotes").fetchall() == statements
        assert conn.execute("SELECT count(*) FROM across_band_stale").fetchone()[0] == 0


# An unnamed speaker's words, and a named speaker's sentence that repeats them (the keys' test).
HARBOUR = "The harbour wall at Kessock will be rebuilt in stone before the winter storms arrive this year"


@pytest.mark.parametrize("cap", [link_module.UNNAMED_KEYS_HELD, 1])
def test_a_lookup_probes_only_keys_an_unnamed_row_holds(store, monkeypatch, cap) -> None:
    """``SqliteBands`` holds the keys of unnamed speakers' rows in memory (read once the run has
    probed as many, then kept up as rows are written), so that a named speaker's sentence probes
    the index only for keys that can hit: the same statements found as with every key probed,
    and with none held past UNNAMED_KEYS_HELD (``cap`` 1: every key asked as before)."""
    monkeypatch.setattr(link_module, "UNNAMED_KEYS_HELD", cap)
    monkeypatch.setattr(link_module, "UNNAMED_KEYS_FIRST_READ", 0)
    conn = store.connection
    bands = link_module.SqliteBands(conn)
    first = conn.execute("INSERT INTO statements (speaker_id) VALUES ('?a1')").lastrowid
    bands.add(str(first), normalize(HARBOUR))  # before any link transaction: read back from the store
    conn.commit()
    asked = st.minhashes(normalize(HARBOUR).split(), st.INDEX_STEP)
    other = st.minhashes(normalize(FERRY).split(), st.INDEX_STEP)
    with link_module.write_transaction(conn):
        bands.begin()
        assert bands.lookup(asked, unnamed_only=True) == {str(first)}  # probed: the store holds as many keys
        assert bands.lookup(other, unnamed_only=True) == set()
        assert bands.lookup(asked, unnamed_only=True) == {str(first)}
        assert (bands._held is None) is (cap == 1)
        second = conn.execute("INSERT INTO statements (speaker_id) VALUES ('?a2')").lastrowid
        bands.add(str(second), normalize(FERRY))  # written in the transaction: held as written
        assert bands.lookup(other, unnamed_only=True) == {str(second)}


def test_a_run_that_probes_few_keys_reads_none(store) -> None:
    """A link of a few articles into a big store probes fewer keys than the store holds: it reads
    none of them (what a link reads grows with what is new, not with the store)."""
    conn = store.connection
    bands = link_module.SqliteBands(conn)
    sid = conn.execute("INSERT INTO statements (speaker_id) VALUES ('?a1')").lastrowid
    bands.add(str(sid), normalize(HARBOUR))
    with link_module.write_transaction(conn):
        bands.begin()
        assert bands.lookup(st.minhashes(normalize(HARBOUR).split(), st.INDEX_STEP), unnamed_only=True) == {str(sid)}
        assert bands._held is None


def test_keys_held_are_read_again_after_another_connection_writes(store, tmp_path, monkeypatch) -> None:
    """Another process linking the same store between two transactions: SQLite's data_version
    tells, and the keys are read again, so its unnamed rows are found."""
    import sqlite3

    monkeypatch.setattr(link_module, "UNNAMED_KEYS_FIRST_READ", 0)
    conn = store.connection
    bands = link_module.SqliteBands(conn)
    with link_module.write_transaction(conn):
        bands.begin()
        assert bands.lookup(st.minhashes(normalize(HARBOUR).split(), st.INDEX_STEP), unnamed_only=True) == set()
        assert bands._held == set()
    other = sqlite3.connect(tmp_path / "across.db", isolation_level=None)
    sid = other.execute("INSERT INTO statements (speaker_id) VALUES ('?b1')").lastrowid
    link_module.SqliteBands(other).add(str(sid), normalize(HARBOUR))
    other.close()
    with link_module.write_transaction(conn):
        bands.begin()
        assert bands.lookup(st.minhashes(normalize(HARBOUR).split(), st.INDEX_STEP), unnamed_only=True) == {str(sid)}


def test_band_seeds_kept_for_each_band_count() -> None:
    """The bands' numbers are mixed once for each band count and kept: asking 7 bands, then 14, then 7
    again gives the pinned keys each time (the kept seeds are only read)."""
    values = np.arange(64, dtype=np.uint32).reshape(1, 64)
    assert band_key_array(values, 7, 4)[0, :3].tolist() == PINNED
    assert band_key_array(values, 14, 4)[0, :3].tolist() == PINNED
    assert band_key_array(values, 7, 4)[0, :3].tolist() == PINNED
