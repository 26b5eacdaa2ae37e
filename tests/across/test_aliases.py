"""Speaker aliases are names and role descriptions a reader could search for, never pronouns.

A real ingest of four BBC politics articles quoting Tony Blair as "He", "he" and
"who" (resolved right by the extractor, so the quotes stay his) into a SQLite file.
An alias also follows the stored articles that give it: when an article is replaced
by a corrected version, the names only the old version gave are dropped at the next link.
"""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from saidwhat.across.link import link
from saidwhat.across.queries import find_speakers, speaker_info
from saidwhat.cli import main
from saidwhat.extract import extract
from saidwhat.names.linker import is_alias
from saidwhat.pipeline import ingest
from saidwhat.settings import Settings
from saidwhat.store import Store
from tests.across.replacing import (
    CORRECTED,
    CORRECTIONS,
    OTHERS,
    as_left,
    bbc_article,
    link_cli,
    older_store,
    table_rows,
    write_jsonl,
)
from tests.conftest import shared_path, stored_articles

BLAIR_ARTICLES = ("102.txt", "126.txt", "130.txt", "184.txt")
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "his", "her", "its", "him", "them"}


@pytest.fixture(scope="module")
def blair_db(tmp_path_factory):
    folder = shared_path("data", "bbc-news", "bbc", "politics")
    src = tmp_path_factory.mktemp("blair")
    for name in BLAIR_ARTICLES:
        shutil.copy(folder / name, src / name)
    db = tmp_path_factory.mktemp("db") / "blair.db"
    with Store.open(db) as store:
        summary = ingest([src], store=store, jobs=1)
        assert summary.new == len(BLAIR_ARTICLES)
        link(store, Settings())
    return db


def _blair(store):
    (info,) = speaker_info(store, "Tony Blair")
    return info


def test_no_pronoun_is_recorded_as_an_alias(blair_db):
    with Store.open(blair_db) as store:
        info = _blair(store)
        mentions = {r[0] for r in store.connection.execute(
            "SELECT q.speaker_mention FROM quote_links l JOIN quotes q ON q.id = l.quote_id WHERE l.speaker_id = ?",
            (info["id"],))}
        # the precondition that makes this test mean something: pronoun mentions were linked to him
        assert {m.lower() for m in mentions} & PRONOUNS, mentions
        aliases = {a for (a,) in store.connection.execute("SELECT alias FROM across_speaker_aliases")}
    assert not {a for a in aliases if a.lower() in PRONOUNS}, sorted(aliases)
    assert {"Blair", "Mr Blair", "Tony Blair"} <= set(info["aliases"])
    assert {"the prime minister", "The prime minister"} & set(info["aliases"])


def test_a_pronoun_finds_no_speaker(blair_db):
    with Store.open(blair_db) as store:
        assert find_speakers(store, "he") == []
        assert find_speakers(store, "who") == []


def test_link_drops_pronoun_aliases_a_store_recorded_before(blair_db, tmp_path):
    """A store linked by an earlier saidwhat holds "He" and "who": the next `saidwhat link` removes them."""
    db = tmp_path / "old.db"
    shutil.copy(blair_db, db)
    with Store.open(db) as store:
        sid = _blair(store)["id"]
        store.connection.executemany("INSERT OR IGNORE INTO across_speaker_aliases VALUES (?, ?)",
                                     [(sid, "He"), (sid, "who"), (sid, "It"), (sid, "some people")])
        # as an earlier saidwhat leaves it: its aliases never checked against the rule (migration 0018)
        store.connection.execute("UPDATE across_alias_rules SET version = 0")
    r = CliRunner().invoke(main, ["link", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    with Store.open(db) as store:
        aliases = _blair(store)["aliases"]
    assert not {"He", "who", "It", "some people"} & set(aliases), aliases
    assert "Mr Blair" in aliases


def test_the_aliases_a_store_recorded_before_are_checked_when_the_link_starts(blair_db, tmp_path):
    """Only the stored aliases can break today's rule (those a link adds pass it), so they are
    checked as the link starts, before any is added, and counted in its report."""
    from saidwhat.across.link import Linking

    db = tmp_path / "old.db"
    shutil.copy(blair_db, db)
    with Store.open(db) as store:
        sid = _blair(store)["id"]
        store.connection.executemany("INSERT OR IGNORE INTO across_speaker_aliases VALUES (?, ?)",
                                     [(sid, "He"), (sid, "who")])
        store.connection.execute("UPDATE across_alias_rules SET version = 0")
        run = Linking(store)
        run.start()
        assert not {"He", "who"} & set(_blair(store)["aliases"])
        run.link_pending()
        assert run.finish().aliases_removed == 2


@pytest.mark.parametrize("mention, expected", [
    ("He", False), ("she", False), ("It", False), ("who", False), ("which", False), ("that", False),
    ("His", False), ("they", False), ("Those", False), ("some people", False), ("Many", False),
    ("a spokesman", False), ("A spokeswoman for Human Rights Watch", False), ("his spokesman", False),
    ("Mr Blair", True), ("Blair", True), ("Tony Blair", True), ("the prime minister", True),
    ("The Tory leader", True), ("Prime Minister Tony Blair", True), ("the NATO Secretary General", True),
    ("Who", False), ("His Holiness the Dalai Lama", True),
    # issue 16: an institution, two people, a group, a sentence or more than 8 words are no alias
    ("Downing Street", False), ("White House", False), ("the Kremlin", False), ("Mr Blair and Mr Brown", False),
    ("Tony Blair and Gordon Brown", False), ("political observers in the UK", False),
    ("Trade and Industry Secretary Patricia Hewitt", True), ("Xbox frontman J. Allard", True),
    ("Professor Brian Collins, head of information systems at Cranfield University", False),
    ("Mr Howard said. The Tory leader", False),
])
def test_is_alias(mention, expected):
    assert is_alias(mention) is expected


# --- aliases follow the articles that give them --------------------------------------------

@pytest.fixture(scope="module")
def bbc_db(tmp_path_factory):
    """The three articles ingested from JSONL with their URLs (the identity a replace keeps), and linked."""
    src = tmp_path_factory.mktemp("bbc") / "politics.jsonl"
    write_jsonl(src, [bbc_article(n) for n in (CORRECTED, *OTHERS)])
    db = tmp_path_factory.mktemp("db") / "bbc.db"
    with Store.open(db) as store:
        assert ingest([src], store=store, jobs=1).new == 3
        link(store, Settings())
    return db


def _replace_with_correction(store: Store, nlp) -> None:
    assert store.add(extract(bbc_article(CORRECTED, changes=CORRECTIONS), nlp=nlp), replace=True)
    assert stored_articles(store.path) == 3  # replaced, not added


def _aliases(db) -> dict[str, set[str]]:
    with Store.open(db) as store:
        rows = store.connection.execute("SELECT speaker_id, alias FROM across_speaker_aliases").fetchall()
    out: dict[str, set[str]] = {}
    for sid, alias in rows:
        out.setdefault(sid, set()).add(alias)
    return out


def _supported(db) -> dict[str, set[str]]:
    """The aliases linking the store afresh would record: the alias-like mentions of each speaker's quotes."""
    with Store.open(db) as store:
        rows = store.connection.execute(
            "SELECT DISTINCT l.speaker_id, q.speaker_mention"
            " FROM quote_links l JOIN quotes q ON q.id = l.quote_id"
            " WHERE l.speaker_id IS NOT NULL AND q.speaker_mention IS NOT NULL").fetchall()
    out: dict[str, set[str]] = {}
    for sid, mention in rows:
        if is_alias(mention):
            out.setdefault(sid, set()).add(mention)
    return out


def test_an_alias_only_the_replaced_version_gave_is_gone_after_link(bbc_db, tmp_path, nlp):
    db = tmp_path / "corrected.db"
    shutil.copy(bbc_db, db)
    before = _aliases(db)
    # the precondition: the first version gave these aliases
    assert {"The prime minister", "Mr Blair", "Tony Blair"} <= before["Q9545"]
    assert "Conservative shadow home secretary David Davis" in before["kb:david-davis"]

    with Store.open(db) as store:
        _replace_with_correction(store, nlp)
    report = link_cli(db)
    assert report["articles"] == 1  # only the replaced article was linked again
    after = _aliases(db)
    assert "The prime minister" not in after["Q9545"]
    # still given by the corrected version or by the other articles
    assert {"Mr Blair", "Tony Blair"} <= after["Q9545"]
    assert after["kb:david-davis"] == {"Shadow home secretary David Davis"}
    assert after == _supported(db)
    assert report["aliases_removed"] == 2


def test_an_older_store_drops_the_aliases_of_replaced_articles_at_the_next_link(bbc_db, tmp_path, nlp):
    """A store of schema 0010 whose article was replaced keeps that article's old aliases;
    opening it migrates it, and the next `saidwhat link` drops them, losing no other row."""
    # the writer of that version: the same store tables, none of 0011's triggers
    conn, store = older_store(bbc_db, tmp_path, 10)
    db = store.path
    _replace_with_correction(store, nlp)
    as_left(conn, 10, tmp_path)
    before = table_rows(conn)
    conn.close()
    assert ("Q9545", "The prime minister") in before["across_speaker_aliases"]

    # 0013 rebuilds the full-text index with another tokenizer: its shadow tables change by design;
    # 0017 drops the statements made at the grain of a quote (and their flags), filed again at the next link
    refiled = {"statements", "statement_quotes", "statement_bands", "flags", "across_flags_dirty",
               "across_statement_stale", "across_flag_rules"}
    before = {t: rows for t, rows in before.items() if not t.startswith("quote_fts") and t not in refiled}
    with Store.open(db) as store:  # the current code migrates on open
        after = table_rows(store.connection, tables=before)
    # 0012 adds the role, unknown until link; 0016 the evidence and 0026 the stretch of days the words
    # were spoken in (first, last, words), unknown until the article is linked again
    assert {row[-4:] for row in after["quote_links"]} == {(None, None, None, None)}
    after["quote_links"] = [row[:-5] for row in after["quote_links"]]
    assert {row[-1] for row in after["quotes"]} == {None}  # 0015 adds the rules, unknown for quotes made before
    after["quotes"] = [row[:-1] for row in after["quotes"]]
    assert {row[-1] for row in after["across_speakers"]} == {None}  # 0018 adds the surname, written by link
    after["across_speakers"] = [row[:-1] for row in after["across_speakers"]]
    assert {row[-1] for row in after["articles"]} == {None}  # 0020 adds the given id, never stored before
    after["articles"] = [row[:-1] for row in after["articles"]]
    assert after == before
    link_cli(db)
    after = _aliases(db)
    assert "The prime minister" not in after["Q9545"]
    assert after["kb:david-davis"] == {"Shadow home secretary David Davis"}
    assert after == _supported(db)
