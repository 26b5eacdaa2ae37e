"""The linking step over the store: run after ingest, incremental.

Owns writing the across tables (migrations 0010-0012, 0014, and 0022 to 0024's banding
again). First, what replaced articles left: the speakers who lost quotes
(``across_alias_stale``) are rebuilt from the quotes still linked to them, or dropped when none is left,
and the statements that lost quotes (``across_statement_stale``) are banded
again, or dropped when empty. Then, for every article not yet linked, resolve
its speakers, file each quote under a statement (MinHash LSH bands kept in
``statement_bands``) and record when the words were spoken. Last, the flags of
the articles and statements touched are worked out again.

Crash-safe: every step commits with the notes of what is left to do
(``across_flags_dirty``, ``across_headline_dirty``), so a link killed at any
point and run again ends with the statements, links and flags of an
uninterrupted run. Flags are worked out from the stored links only, never from
state held in memory. Reads articles and quotes through ``Store``; never
changes the store's own tables.
"""

from __future__ import annotations

import gc
import json
import re
import sqlite3
import tomllib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from ..errors import StoreError
from ..extract.rules import LIBRARY_NAME_SUFFIXES
from ..extract.sentences import ends_abbreviation  # pure: no model, no extraction state
from ..models import Extraction, Quote, QuoteKind
from ..names.identity import Evidence, alias_gender
from ..names.kb import KnowledgeBase
from ..names.linker import Resolution, SpeakerLinker, SpeakerRecord, Split, is_alias
from ..settings import Settings
from ..store.identity import identify
from .dates import (
    IN_MONTH,
    Spoken,
    fronted_day,
    leading_day,
    may_name_a_day,
    may_name_a_stretch,
    named_times,
    resolve_spoken_date,
    resolve_spoken_range,
)
from .flags import FLAG_RULES, Flag, altered_flags, headline_flags, recalls_occasion, recycled_flags
from .signatures import band_key_row
from .statements import (
    INDEX_STEP,
    LSH_BANDS,
    MIN_CONTAINED_WORDS,
    MIN_COPIED_WORDS,
    MIN_HELD_UNNAMED_WORDS,
    MIN_UNNAMED_WORDS,
    QUERY_STEP,
    QUOTED_KINDS,
    SCAN_BELOW_WORDS,
    SPEAKER_SCAN,
    Matcher,
    Member,
    Part,
    fragment_may_join,
    holds_in_row,
    holds_in_spaced,
    holds_unnamed,
    id_surname,
    is_distinctive,
    may_near_copy,
    merged_part,
    minhashes,
    part_member,
    prepare_windows,
    quote_parts,
    quoted_fragments,
    recalls_a_day_of,
    sentence_wording,
    speaker_words,
    summarize,
    within_occasion,
    without_initial,
)
from .text import is_pronoun, translation_cue, words

if TYPE_CHECKING:  # datasketch's package imports scipy.integrate: 0.55 s CPU of every ingest that links
    from datasketch import MinHash

__all__ = ["LinkReport", "Linking", "link", "quote_spoken_on", "quote_spoken_range", "spoken_days", "spoken_times",
           "statement_view"]


@dataclass
class LinkReport:
    articles: int = 0
    quotes: int = 0
    statements_new: int = 0
    statements_touched: int = 0
    aliases_removed: int = 0
    flags: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# The store's LSH banding, datasketch's for the 0.5 threshold: 14 bands of 4 MinHash values of each
# window's 64 (statements.NUM_PERM). The statements of named speakers keep the first 7 bands only
# (NAMED_BANDS): their own speaker finds them by the scan (``SpeakerScan``), and the bands are
# asked for them only by an unnamed speaker's long words, a speaker with too many statements to
# scan, a surname alone or a sentence of 40 words or more. Unnamed speakers' statements, which
# only the bands can find, keep all 14. Measured on the BBC corpus (2,089 articles, one after
# the other on the loaded machine): 14 bands for all 24.0 s CPU, 32.0 M SQLite steps; 7 for all
# 15.9 s, 20.1 M; 7 bands of 3 values for all 17.7 s, 22.8 M but 2.5 times the false candidates
# of 14x4 (a window of Jaccard 0.2 proposed 5.5% of the time against 2.2%), which grow with the
# store (bench-link 4x / 1x: 1.97 times the SQLite steps). With 7 for all, generated dev
# (--n 500) seeds 2 and 3 lost 3 and 4 pairs of 2,084 and 2,167: an unnamed speaker's copy with
# an ellipsis, which the 14 bands of unnamed statements keep.
STORE_BANDS = LSH_BANDS
NAMED_BANDS = 7
# The keys of unnamed speakers' band rows, held in memory by a link run (``SqliteBands._held``) up to
# this many: a named speaker's quoted sentence of MIN_UNNAMED_WORDS or more asks those rows for
# every key of its windows (6,637 lookups of 212k keys on the BBC corpus, which found 8 joins), and
# a key no unnamed row holds needs no probe of the index: of the BBC replay's 7,903 lookups of
# unnamed rows (299k keys), 689 (5,872 keys) reach SQLite. Read in one range of the index (26k keys
# for the BBC store), then kept up as rows are written; past the cap, the rows are asked as before.
UNNAMED_KEYS_HELD = 1 << 18
# A run reads those keys only once it has probed as many as the store holds (tried first after this
# many, then each time its probes double): the read never costs more than twice the probes it spares,
# so a link still costs what is new, not what is stored (``tests/across/test_link_growth.py``).
UNNAMED_KEYS_FIRST_READ = 4096


class SqliteBands:
    """The LSH index of ``statements.MemoryBands``, kept as (band, key) rows, each marked with
    whether its statement's owner is an unnamed speaker (migration 0019), so that a lookup
    for unnamed speakers' statements alone reads their rows alone."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.b, self.r = STORE_BANDS
        # Every key of the rows with ``unnamed`` = 1 (and perhaps keys no row holds any more: a
        # statement's rows dropped or moved to a named one), read once the run has probed as many
        # (``_unnamed_keys``); None when not read, or more than UNNAMED_KEYS_HELD. ``_version``: the
        # store's data_version when the transaction began (``begin``), None outside a link's.
        self._held: set[int] | None = None
        self._too_many = False
        self._version: int | None = None
        self._probed = 0  # keys this run asked of unnamed rows while none were held
        self._read_at = UNNAMED_KEYS_FIRST_READ  # try to read the keys once ``_probed`` reaches this

    def begin(self) -> bool:
        """Called at the start of each write transaction that files quotes: the keys held stand
        while no other connection has written the store since they were read (SQLite's
        data_version tells; inside a write transaction none can). Returns whether none has
        since the last call."""
        (version,) = self.conn.execute("PRAGMA data_version").fetchone()
        if version != self._version:
            self._held, self._too_many, self._version = None, False, version
            return False
        return True

    def _unnamed_keys(self) -> set[int] | None:
        """The keys of unnamed speakers' rows (``_held``), read from the store once this run has
        probed as many (UNNAMED_KEYS_FIRST_READ); None before, outside a transaction ``begin``
        opened, or past the cap."""
        if self._held is None and not self._too_many and self._version is not None and self._probed >= self._read_at:
            budget = min(self._probed, UNNAMED_KEYS_HELD)
            rows = self.conn.execute("SELECT key FROM statement_bands WHERE unnamed = 1 LIMIT ?",
                                     (budget + 1,)).fetchall()
            if len(rows) <= budget:
                self._held = {key for (key,) in rows}
            elif budget == UNNAMED_KEYS_HELD:
                self._too_many = True
            else:
                self._read_at = 2 * self._probed
        return self._held

    def _hold(self, keys: Iterable[int]) -> None:
        """Keys of rows just written with ``unnamed`` = 1 (``add``, ``_move_bands``)."""
        if self._held is not None:
            self._held.update(keys)
            if len(self._held) > UNNAMED_KEYS_HELD:
                self._held, self._too_many = None, True

    # Who is asking (``SpeakerMatcher``): (speaker, whether the quote's words are long and
    # distinctive enough to join an unnamed speaker's statement). None: any statement may be a candidate.
    asking: tuple[str, bool] | None = None

    def keys(self, hashes: list[MinHash], bands: int | None = None) -> list[int]:
        """The keys of the first ``bands`` bands (all by default) of ``hashes``, each once, in order."""
        return sorted({key for h in hashes for key in band_key_row(h, bands or self.b, self.r)})

    def _probes(self, hashes: list[MinHash], unnamed: tuple[int, ...]) -> list[tuple[int, list[int]]]:
        """(unnamed, keys) to look up for each value of the bands' ``unnamed`` column: a named
        speaker's statement holds its first NAMED_BANDS bands only (``add``, ``_move_bands``), and a
        key names its band, so the others' keys are not asked of its rows (half their probes)."""
        probes = [(u, self.keys(hashes, None if u else NAMED_BANDS)) for u in unnamed]
        held = self._unnamed_keys() if 1 in unnamed else None
        if held is None:
            self._probed += sum(len(keys) for u, keys in probes if u)
            return probes
        # An unnamed speaker's rows are probed only for keys some row holds: most lookups, none.
        return [(u, [k for k in keys if k in held] if u else keys) for u, keys in probes]

    def candidates(self, hashes: list[MinHash]) -> set[str]:
        owners = self._owners()
        if owners is None:
            return self.lookup(hashes, unnamed_only=False)
        where, params = owners
        found: set[str] = set()
        for unnamed, keys in self._probes(hashes, self._unnamed()):
            found |= self._select(keys, "SELECT DISTINCT b.statement_id FROM statement_bands b JOIN statements s"
                                  f" ON s.id = b.statement_id WHERE b.unnamed = {unnamed:d} AND b.key IN ({{marks}})"
                                  f" AND ({where})", params)
        return found

    def _unnamed(self) -> tuple[int, ...]:
        """The values of the bands' ``unnamed`` column the owners of ``_owners`` can have: an
        unnamed speaker's own statements, a named one's (and theirs by surname), and both only when
        the words are distinctive enough to join either (half the index probes otherwise)."""
        speaker, distinctive = self.asking or ("", True)
        if distinctive:
            return (0, 1)
        return (1,) if speaker.startswith("?") else (0,)

    def lookup(self, hashes: list[MinHash], *, unnamed_only: bool) -> set[str]:
        """The statements banded under any key of ``hashes``: of unnamed speakers only, or of anyone."""
        found: set[str] = set()
        for unnamed, keys in self._probes(hashes, (1,) if unnamed_only else (0, 1)):
            found |= self._select(keys, f"SELECT DISTINCT statement_id FROM statement_bands WHERE unnamed = {unnamed:d}"
                                        " AND key IN ({marks})", [])
        return found

    def _select(self, keys: list[int], sql: str, params: list[str]) -> set[str]:
        """The statements ``sql`` finds for ``keys``, which go as one JSON array (``json_each``): one
        SQL text whatever their number, where a mark a key made a statement to prepare for each
        number of keys (about 100k instructions each, a third of those linking prepared)."""
        if not keys:
            return set()
        rows = self.conn.execute(sql.format(marks="SELECT value FROM json_each(?)"), [json.dumps(keys), *params])
        return {str(r[0]) for r in rows}

    def _owners(self) -> tuple[str, list[str]] | None:
        """Which statements' owners ``Matcher.find`` can accept for the quote asking, as SQL on
        ``statements.speaker_id``; None when any may (an unnamed speaker's long quote, or nobody
        said who asks). The same answers as no filter, for less: two in three candidates on the
        BBC corpus are another person's statements, whose wordings need not be read.

        It mirrors ``statements.speakers_may_share``: the speaker itself; a surname alone and the
        full names ending in it, either way; and, for long distinctive words, unnamed speakers."""
        if self.asking is None:
            return None
        speaker, distinctive = self.asking
        if speaker.startswith("?"):
            return None if distinctive else ("s.speaker_id = ?", [speaker])
        where, params = ["s.speaker_id = ?"], [speaker]
        if speaker.startswith("surname:"):
            surname = _like_escape(speaker.split(":", 1)[1])
            # and a full name with a generational suffix after it ("name:james-b-comey-jr"): a few
            # more rows read, which ``speakers_may_share`` sorts out
            where.append("s.speaker_id LIKE ? ESCAPE '\\' OR s.speaker_id LIKE ? ESCAPE '\\'"
                         " OR s.speaker_id LIKE ? ESCAPE '\\'")
            params += [f"%:{surname}", f"%-{surname}", f"name:%-{surname}-%"]
        elif speaker.startswith("name:"):
            where.append("s.speaker_id = ?")
            params.append(f"surname:{id_surname(speaker)}")
            # The same name with one middle initial, or without the one it has (``without_initial``).
            bare = without_initial(speaker)
            if bare is not None:
                where.append("s.speaker_id = ?")
                params.append(bare)
            else:
                parts = [_like_escape(p) for p in speaker.split("-")]
                for k in range(1, len(parts)):
                    where.append("s.speaker_id LIKE ? ESCAPE '\\'")
                    params.append("-".join(parts[:k] + ["_"] + parts[k:]))
        if distinctive:
            where.append("s.speaker_id LIKE '?%'")
        return " OR ".join(where), params

    def add(self, statement: str, wording: str, owner: str | None = None) -> None:
        """Band ``statement`` under the windows of ``wording`` and note the wording banded
        (``statement_banded``, migration 0024); ``owner``: its speaker id, when the caller knows it."""
        sid = int(statement)
        unnamed = int((_owner(self.conn, sid) if owner is None else owner).startswith("?"))
        bands = self.b if unnamed else NAMED_BANDS
        rows = sorted(_band_rows(wording, bands, unnamed, sid))
        _insert_band_rows(self.conn, rows)
        if unnamed:
            self._hold(row[1] for row in rows)
        self.conn.execute("INSERT OR IGNORE INTO statement_banded (statement_id, wording, bands) VALUES (?, ?, ?)",
                          (sid, wording, bands))


# Band rows go to SQLite this many to a statement: a sentence's 20 to 40 rows one statement at a
# time (executemany) cost a step, a reset and a statement close each, 40% of their insert time.
# A fixed number to a statement, and one more statement for what is left, keep the SQL texts few
# (the connection's statement cache holds them all).
BAND_ROWS_AT_ONCE = 16
_BAND_INSERT = "INSERT OR IGNORE INTO statement_bands (unnamed, key, statement_id, band) VALUES "


@lru_cache(maxsize=BAND_ROWS_AT_ONCE)
def _band_insert(n: int) -> str:
    return _BAND_INSERT + ",".join(["(?, ?, ?, ?)"] * n)


def _insert_band_rows(conn: sqlite3.Connection, rows: Sequence[tuple[int, int, int, int]]) -> None:
    """Write band rows (unnamed, key, statement, band), in the order given: in key order, the
    B-tree is walked forward, not jumped about. A row already held is left as it is."""
    for start in range(0, len(rows), BAND_ROWS_AT_ONCE):
        chunk = rows[start : start + BAND_ROWS_AT_ONCE]
        conn.execute(_band_insert(len(chunk)), [value for row in chunk for value in row])


def _owner(conn: sqlite3.Connection, sid: int) -> str:
    row = conn.execute("SELECT speaker_id FROM statements WHERE id = ?", (sid,)).fetchone()
    return row[0] if row else ""


def _band_rows(wording: str, bands: int, unnamed: int, sid: int) -> set[tuple[int, int, int, int]]:
    """The rows (unnamed, key, statement, band) ``SqliteBands.add`` writes for one wording: the
    first ``bands`` band keys of each of its windows at the index step. Worked out again from
    ``statement_banded`` to find a statement's rows by key (``_drop_bands``, ``_move_bands``)."""
    r = STORE_BANDS[1]
    return {(unnamed, key, sid, band) for h in minhashes(wording.split(), INDEX_STEP)
            for band, key in enumerate(band_key_row(h, bands, r))}


def _banded_rows(conn: sqlite3.Connection, sid: int) -> list[tuple[str, int, set[tuple[int, int, int, int]]]]:
    """(wording, bands, rows) of each wording statement ``sid`` was banded under: every row it holds.
    A statement's rows all carry its owner's ``unnamed``: written so, or moved to it so."""
    unnamed = int(_owner(conn, sid).startswith("?"))
    banded = conn.execute("SELECT wording, bands FROM statement_banded WHERE statement_id = ?", (sid,)).fetchall()
    return [(w, b, _band_rows(w, b, unnamed, sid)) for w, b in banded]


def _drop_bands(conn: sqlite3.Connection, sid: int) -> None:
    """Delete every band row of statement ``sid``, found by key."""
    rows = set().union(*(rows for _, _, rows in _banded_rows(conn, sid)))
    conn.executemany("DELETE FROM statement_bands WHERE unnamed = ? AND key = ? AND statement_id = ?",
                     sorted(row[:3] for row in rows))
    conn.execute("DELETE FROM statement_banded WHERE statement_id = ?", (sid,))


def _move_bands(conn: sqlite3.Connection, other: int, sid: int, held: SqliteBands | None = None) -> None:
    """Statement ``other``'s band rows go to ``sid`` (joined to it), marked with ``sid``'s owner and
    as many bands as ``sid``'s own (an unnamed speaker's 14 bands kept as a named one's 7: the
    lookups ask a named speaker's rows for those only, ``SqliteBands._probes``); a key both hold
    is kept once, with ``sid``'s band, as an UPDATE OR IGNORE of the rows would. ``held``: the
    bands holding unnamed speakers' keys in memory, told of the rows written."""
    unnamed = int(_owner(conn, sid).startswith("?"))
    kept = STORE_BANDS[0] if unnamed else NAMED_BANDS
    for wording, bands, rows in _banded_rows(conn, other):
        moved = sorted((unnamed, key, sid, band) for _, key, _, band in rows if band < kept)
        _insert_band_rows(conn, moved)
        if unnamed and held is not None:
            held._hold(row[1] for row in moved)
        conn.executemany("DELETE FROM statement_bands WHERE unnamed = ? AND key = ? AND statement_id = ?",
                         sorted(row[:3] for row in rows))
        conn.execute("INSERT OR IGNORE INTO statement_banded (statement_id, wording, bands) VALUES (?, ?, ?)",
                     (sid, wording, min(bands, kept)))
    conn.execute("DELETE FROM statement_banded WHERE statement_id = ?", (other,))


class SpeakerMatcher(Matcher):
    """``Matcher`` over the store, where a speaker's own statements are few enough to scan
    (``Matcher.find``'s ``speaker_wordings``): the bands are asked only for the statements of
    other speakers the words may join (unnamed speakers' near copies), with the keys the
    sentence is indexed under, so that a sentence's windows are hashed and keyed once. A
    speaker with too many statements to scan, a long sentence or a surname alone asks the
    bands for every candidate as ``Matcher`` does, telling them who asks
    (``SqliteBands._owners``) so that they look up only candidates ``find`` can accept."""

    bands: SqliteBands
    scan: SpeakerScan  # set for each transaction (``Linking``)
    records: StoredRecords  # the speakers' records (``Linking``)

    def find(self, speaker: str, wording: str, exact, candidate_wordings, *, quoted: bool = True, **how):
        self.bands.asking = (speaker, quoted and is_distinctive(wording.split()))
        try:
            return super().find(speaker, wording, exact, candidate_wordings, quoted=quoted, **how)
        finally:
            self.bands.asking = None

    def _copy_candidates(self, speaker: str, ws: list[str]) -> set[str]:
        # Statements banded under the first band of the first window: the same words give the same
        # key, so one probe of the index finds a copy (the bands' owner filter would keep only this
        # speaker's and unnamed speakers' statements). Named speakers' rows; unnamed ones' too for a
        # named speaker's short copy (``copy_shared``), probed only when a held key says some row has
        # it; an unnamed speaker's, named ones' rows only (two unnamed speakers share no copy).
        # A named speaker's sentence longer than a window asks its last window's first key too: a
        # word dropped from another outlet's copy (``is_near_copy``) leaves the first window or the
        # last one whole (both, but for a word in the middle of a sentence under 25 words). The
        # windows are the ones filing works out anyway, and both keys go in one query (one or two marks:
        # two SQL texts, both kept prepared).
        hashes = minhashes(ws, INDEX_STEP)
        (key,) = self.bands.keys(hashes[:1], 1)
        named = self.bands.keys([hashes[0], hashes[-1]], 1) if may_near_copy(speaker, "", ws) else [key]
        found = {str(r[0]) for r in self.bands.conn.execute(
            "SELECT DISTINCT statement_id FROM statement_bands WHERE unnamed = 0 AND key IN"
            f" ({', '.join('?' * len(named))})", named)}
        if not speaker.startswith("?") and len(ws) < MIN_COPIED_WORDS:
            held = self.bands._unnamed_keys()
            if held is None or key in held:
                found |= {str(r[0]) for r in self.bands.conn.execute(
                    "SELECT DISTINCT statement_id FROM statement_bands WHERE unnamed = 1 AND key = ?", (key,))}
        return found

    def _said_by_pronoun(self, statement: str, wording: str) -> bool:
        # Asked only of a short copy found under another named speaker: seldom.
        rows = self.bands.conn.execute(
            "SELECT q.speaker_mention FROM statement_quotes s JOIN quotes q ON q.id = s.quote_id"
            " WHERE s.statement_id = ? AND s.wording = ?", (int(statement), wording))
        return any(is_pronoun(mention) for (mention,) in rows)

    def _surname(self, speaker: str) -> str | None:
        # A knowledge-base id ("Q6294") says no name: its record does (asked only of a short copy
        # found under another speaker, seldom).
        if not speaker.startswith("Q"):
            return super()._surname(speaker)
        rec = self.records.peek(speaker)
        return rec.surname if rec is not None else None

    def _holders(self, speaker: str, fragment: list[str], speaker_wordings) -> list[tuple[str, str]]:
        # A speaker over the scan's cap (the candidates of an election: Trump's and Clinton's
        # fragments are much of what outlets quote of them) is asked of the store for the rows
        # that hold the fragment, instead of giving up on it; from CAPPED_FRAGMENT_WORDS words.
        held = speaker_wordings(speaker)
        if held is not None:
            return held
        return self.scan.holding(speaker, fragment) if len(fragment) >= CAPPED_FRAGMENT_WORDS else []

    def _quoted_holders(self, holders: set[str], fragment: list[str]) -> set[str]:
        # Asked only of a fragment several of the speaker's statements hold: seldom.
        return _quoted_holders(self.bands.conn, holders, fragment)

    def _pool(self, speaker: str, ws: list[str], candidate_wordings, *, quoted: bool,
              speaker_wordings) -> dict[str, tuple[float, list[str]]]:
        short = len(ws) < SCAN_BELOW_WORDS
        scanned = self.scan.scanned(speaker) if short and not speaker.startswith("surname:") else None
        if scanned is None:
            pool = super()._pool(speaker, ws, candidate_wordings, quoted=quoted, speaker_wordings=speaker_wordings)
            if short and not speaker.startswith(("surname:", "?")):
                # Over the scan's cap: the bands seldom propose a sentence cut out of a longer one
                # (a window of 12 words shares under half its shingles with 6 of them), so the
                # store is asked for the speaker's sentences that hold these words in a row or
                # stand in a row inside them: quoted word for word, trimmed or extended.
                self._add_scanned(pool, ws, self.scan.holding(speaker, ws))
            return pool
        pool: dict[str, tuple[float, list[str]]] = {}
        if quoted and is_distinctive(ws):
            # Unnamed speakers' statements (or, asked by an unnamed speaker, anyone's) that the words
            # may join as a near copy; the speaker's own are scanned below.
            unnamed = speaker.startswith("?")
            # An unnamed speaker's words are looked up at the finer step: an elision or a few words
            # cut anywhere leave some window nearly whole (the one filing rule that relies on the bands).
            found = self.bands.lookup(minhashes(ws, QUERY_STEP if unnamed else INDEX_STEP), unnamed_only=not unnamed)
            self._add_candidates(pool, speaker, ws, found, candidate_wordings, quoted=quoted)
        self._add_scanned(pool, ws, scanned)
        return pool


def _like_escape(text: str) -> str:
    """``text`` matched literally by LIKE ... ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def quote_spoken_on(ex: Extraction, q: Quote) -> date | None:
    """The extractor's date, else what the words around the cue say."""
    if q.spoken_on is not None:
        return q.spoken_on
    # No date to resolve against (no BBC file gives one), or no word that can name a day around
    # the cue: no sentence to cut, as resolve_spoken_date would find none.
    if ex.article.published is None or q.cue is None or q.cue.span is None or q.where != "body":
        return None
    text = ex.article.text
    lo, hi = max(0, q.cue.span.start - 40), min(len(text), q.cue.span.end + 60)
    # the quote's own words may name dates that are not when it was said, but reported speech that
    # opens with a day ("said on Friday he met") opens with the cue's day
    own = [(s.start, s.end) for s in q.spans]
    if q.kind == QuoteKind.INDIRECT and own:
        own[0] = (own[0][0] + leading_day(text[own[0][0]:own[0][1]]), own[0][1])
    window = _blanked(text, lo, hi, own)
    if may_name_a_day(window):
        day = resolve_spoken_date(_cue_sentence(window, q.cue.span.start - lo, q.cue.span.end - lo),
                                  ex.article.published)
        if day is not None:
            return day
    # "On Monday, an airline spokesman, Tom Reyes, said": a day that opens the cue's sentence is
    # the cue's, however many words of subject stand between them.
    wide = max(0, q.cue.span.start - _FRONTED_REACH)
    window = _blanked(text, wide, q.cue.span.end, own)
    day = fronted_day(_cue_sentence(window, q.cue.span.start - wide, q.cue.span.end - wide), ex.article.published)
    return day if day is not None else _subject_day(text, q, ex.article.published)


def quote_spoken_range(ex: Extraction, q: Quote) -> Spoken | None:
    """The stretch of days the cue's own sentence says the words were spoken in, when it names
    no day: "Cruz said last week", "told parliament earlier this month", "said in 2019". Read
    where ``quote_spoken_on`` reads a day (the cue's sentence, the quotes' words blanked), and
    in a stretch that opens that sentence ("Last week, the minister said")."""
    if ex.article.published is None or q.cue is None or q.cue.span is None or q.where != "body":
        return None
    text, cue = ex.article.text, q.cue.span
    # every quote's words blanked, not only this one's: a time in a neighbour's words ("I'll vote
    # for her in November," the next quote of the organizer who "told them") is no one's dating
    own = [(s.start, s.end) for x in ex.quotes if x.where == "body" for s in x.spans]
    lo, hi, wide = max(0, cue.start - 40), min(len(text), cue.end + 60), max(0, cue.start - _FRONTED_REACH)
    if not may_name_a_stretch(text[wide:hi]):  # most cues: no sentence to cut
        return None
    near = _cue_sentence(_blanked(text, lo, hi, own), cue.start - lo, cue.end - lo)
    sentence = _cue_sentence(_blanked(text, wide, cue.end, own), cue.start - wide, cue.end - wide).lstrip()
    head = sentence.split(",", 1)[0] if "," in sentence else ""
    for part in (near, head if len(head.split()) <= _FRONTED_WORDS else ""):
        found = resolve_spoken_range(_POSSESSIVE_TIME.sub(_blank, part), ex.article.published)
        if found is not None and found[2] != "day" and not _in_relative_clause(part, found[2]):
            return Spoken(*found)
    return None


# A time that names a thing rather than when it happened: "Last year's FBI statistics show".
_POSSESSIVE_TIME = re.compile(r"\b(?:last|this)\s+(?:week|month|year)['\u2019]s\b|\b(?:19|20)\d\d['\u2019]s\b", re.I)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _in_relative_clause(sentence: str, words: str) -> bool:
    """Whether the time ``words`` of ``sentence`` stands in a relative clause after a name ("Gil,
    22, who helped found the group in 2014"): a relative word between it and the comma before."""
    at = sentence.find(words)
    clause = sentence[:at].rsplit(",", 1)[-1] if at > 0 else ""
    return _date_words()["relative"].search(clause) is not None


# How many words may open a sentence before its comma as the stretch the cue's words were said in
# ("Earlier this month,", "Late last week,").
_FRONTED_WORDS = 4


def spoken_times(ex: Extraction) -> list[Spoken | None]:
    """When each quote of ``ex`` was spoken: its day (``spoken_days``) as a one-day ``Spoken``,
    else the stretch its cue's sentence names (``quote_spoken_range``), else None."""
    times: list[Spoken | None] = []
    for q, day in zip(ex.quotes, spoken_days(ex)):
        times.append(Spoken(day, day) if day is not None else quote_spoken_range(ex, q))
    return times


def _subject_day(text: str, q: Quote, published: datetime) -> date | None:
    """The day that follows the speaker's name when it heads the verbs of the cue's sentence:
    "Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed Donald Trump's attack ... and said"
    (PolNeAR train), however long the first verb's clause."""
    mention, cue = q.speaker.span if q.speaker is not None else None, q.cue.span if q.cue is not None else None
    if mention is None or cue is None or not 0 <= cue.start - mention.end <= _FRONTED_REACH:
        return None
    between = _PARENTHESIS.sub("", text[mention.end:cue.start], count=1)
    if _SENTENCE_END.search(between.rstrip()):
        return None
    head = leading_day(between)
    return resolve_spoken_date(between[:head], published) if head else None


# A party and state after a name ("Sen. Chuck Grassley (R-Iowa) on Wednesday said").
_PARENTHESIS = re.compile(r"^\s*\([^()]{1,40}\)")


# How far before a cue its sentence's opening day is looked for: a long subject ("On Thursday
# night, Republican presidential candidate Donald Trump told").
_FRONTED_REACH = 160


def spoken_days(ex: Extraction) -> list[date | None]:
    """The day each quote of ``ex`` was spoken (``quote_spoken_on``), and for a quote whose own
    words name none, the day of the occasion the article has already dated for the same speaker,
    when that is the latest day the article names: "Adelson said on Friday he met Trump ..." then
    "..., he said" (news writing dates an occasion once, at its first mention)."""
    own = [quote_spoken_on(ex, q) for q in ex.quotes]
    if all(day is None for day in own) or all(day is not None for day in own):
        return own
    # The story's day is the latest the article names: an article of a debate on Thursday that
    # recalls a remark on Wednesday does not say which occasion its undated quotes are of, but
    # news leads with the newest, and its undated quotes are of that day when they are of any.
    latest = max(_days_named(ex) | (set(own) - {None}))
    return [day if day is not None else _occasion_day(ex, i, own, latest) for i, day in enumerate(own)]


def _days_named(ex: Extraction) -> set[date]:
    """Every day the reporter's words of ``ex`` name ("on Thursday night", "yesterday", "on 4
    December"), one a sentence, resolved against the article's date; the quotes' own words blanked."""
    text = ex.article.text
    if not may_name_a_day(text):
        return set()
    reporter = _blanked(text, 0, len(text), [(s.start, s.end) for q in ex.quotes if q.where == "body" for s in q.spans])
    days = (resolve_spoken_date(sentence, ex.article.published) for sentence in _SENTENCE_SPLIT.split(reporter))
    return {day for day in days if day is not None}


# A cheap sentence split of an article's reporter words (for ``_days_named``: one day a sentence).
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _occasion_day(ex: Extraction, i: int, own: list[date | None], latest: date) -> date | None:
    """The day of the nearest quote before quote ``i`` by the same named speaker that has a day
    of its own, when that day is ``latest`` (the story's), unless quote ``i``'s paragraph places
    its words at some other time ("at the time", "last week", "in 2019", "in February", another
    day) or its cue says the saying was habitual ("would point to", "has said")."""
    q, text = ex.quotes[i], ex.article.text
    name = _speaker_name(q)
    if name is None or q.where != "body" or q.parent is not None or ex.article.published is None:
        return None
    before = [j for j, d in enumerate(own)
              if d is not None and ex.quotes[j].where == "body" and ex.quotes[j].start < q.start
              and _speaker_name(ex.quotes[j]) == name]
    if not before:
        return None
    day = own[max(before, key=lambda j: ex.quotes[j].start)]
    if day != latest:
        return None
    lo = text.rfind("\n", 0, q.start) + 1
    hi = text.find("\n", q.end)
    paragraph = _blanked(text, lo, len(text) if hi < 0 else hi, [(s.start, s.end) for s in q.spans])
    published = ex.article.published
    if recalls_occasion(paragraph, published.date()) or named_times(paragraph, published):
        return None
    if _other_occasion(paragraph) or _habitual_cue(text, q):
        return None
    named = resolve_spoken_range(paragraph, published)
    return day if named is None or named[:2] == (day, day) else None


@lru_cache(maxsize=1)
def _date_words() -> dict[str, re.Pattern[str]]:
    """The word lists of data/across/dates.toml, each as one pattern."""
    data = tomllib.loads(resources.files("saidwhat.data").joinpath("across/dates.toml").read_text("utf-8"))
    return {
        "other": re.compile(r"\b(?:" + "|".join(map(re.escape, data["other_occasion_words"])) + r")\b", re.I),
        "habitual": re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, data["habitual_before_cue"]))
                               + r")(?:\s+\w+)?\s*$", re.I),  # one word between: "has also called"
        "relative": re.compile(r"\b(?:" + "|".join(map(re.escape, data["relative_before_time"])) + r")\b", re.I),
    }


def _other_occasion(paragraph: str) -> bool:
    return _date_words()["other"].search(paragraph) is not None


def _habitual_cue(text: str, q: Quote) -> bool:
    """Whether the words just before the cue make the saying habitual or perfect ("would point
    to", "has repeatedly said", "He has also called the Texas senator"): no one occasion to date."""
    if q.cue is None or q.cue.span is None:
        return False
    start = q.cue.span.start
    return _date_words()["habitual"].search(text[max(0, start - 30):start]) is not None


def _speaker_name(q: Quote) -> str | None:
    return q.speaker.name.casefold() if q.speaker is not None and q.speaker.name else None


# Where a sentence ends in the few words around a cue: . ! ? before a capital, a digit, an
# opening mark or the end, or a line break (the extractor's full splitter costs ten times more).
# One character set first, which mark it was then told by a look-behind: the regex engine skips to
# the marks at C speed, where two alternatives ("[.!?](?=...)|\n") were tried at every character.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?=\s+[A-Z0-9\"'(\u201c\u2018]|\s*$))")


def _cue_sentence(window: str, start: int, end: int) -> str:
    """The sentence of ``window`` that holds the cue at ``start:end``: the next sentence's date
    ("... Trump told reporters. The nominee for the Nov. 8 election later said") is another
    event's, not the day these words were said."""
    marks = list(_SENTENCE_END.finditer(window))
    # Only the nearest true end on each side counts: walked outwards from the cue, so that the
    # abbreviation test runs on the few full stops up to it, not on every one of the window.
    lo = next((m.end() for m in reversed(marks) if m.end() <= start and _ends_sentence(window, m)), 0)
    hi = next((m.end() for m in marks if m.start() >= end and _ends_sentence(window, m)), len(window))
    return window[lo:hi].strip()


def _ends_sentence(window: str, mark: re.Match[str]) -> bool:
    """Whether a mark ``_SENTENCE_END`` found ends a sentence: a full stop may end an abbreviation."""
    return mark.group() != "." or not ends_abbreviation(window, mark.start())


def _load_record(conn: sqlite3.Connection, sid: str) -> SpeakerRecord | None:
    """One stored speaker as the linker holds them: outlets, and the genders their aliases teach."""
    row = conn.execute("SELECT name, wikidata, first_seen, last_seen, notes FROM across_speakers WHERE id = ?",
                       (sid,)).fetchone()
    if row is None:
        return None
    name, qid, first, last, notes = row
    rec = SpeakerRecord(sid, name, qid, first_seen=date.fromisoformat(first) if first else None,
                        last_seen=date.fromisoformat(last) if last else None, notes=json.loads(notes))
    for outlet, seen in conn.execute("SELECT outlet, last_seen FROM across_speaker_outlets WHERE speaker_id = ?",
                                     (sid,)):
        rec.outlets[outlet] = date.fromisoformat(seen) if seen else None
    for (alias,) in conn.execute("SELECT alias FROM across_speaker_aliases WHERE speaker_id = ?", (sid,)):
        if alias_gender(alias):  # what add_quote learnt from the same aliases, for a link resumed later
            rec.genders.add(alias_gender(alias))
    return rec


class StoredRecords(dict):
    """The linker's speaker records, each read from the store the first time it is asked
    for: a link reads the people its articles name, not every speaker stored. Remembers
    which it handed out (``touched``), the only ones a batch may have changed."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__()
        self.conn = conn
        self.touched: set[str] = set()
        self._absent: set[str] = set()

    def __missing__(self, sid: str) -> SpeakerRecord:
        rec = None if sid in self._absent else _load_record(self.conn, sid)
        if rec is None:
            self._absent.add(sid)
            raise KeyError(sid)
        dict.__setitem__(self, sid, rec)
        return rec

    def __getitem__(self, sid: str) -> SpeakerRecord:
        rec = super().__getitem__(sid)
        self.touched.add(sid)
        return rec

    def peek(self, sid: str) -> SpeakerRecord | None:
        """A speaker's record, held or read from the store, or None; not marked touched (only read)."""
        try:
            return super().__getitem__(sid)
        except KeyError:
            return None

    def get(self, sid: str, default: Any = None) -> Any:  # type: ignore[override]
        try:
            return self[sid]
        except KeyError:
            return default

    def __setitem__(self, sid: str, rec: SpeakerRecord) -> None:
        self._absent.discard(sid)
        self.touched.add(sid)
        super().__setitem__(sid, rec)

    def take_touched(self) -> dict[str, SpeakerRecord]:
        out = {sid: dict.__getitem__(self, sid) for sid in sorted(self.touched)}
        self.touched = set()
        return out


class StoredSurnames(dict):
    """Surname -> ids of the speakers bearing it, read from the store's surname index
    (migration 0018) the first time a surname is asked for, then kept as records are added."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__()
        self.conn = conn

    def __missing__(self, key: str) -> set[str]:
        ids = {r[0] for r in self.conn.execute("SELECT id FROM across_speakers WHERE surname = ?", (key,))}
        dict.__setitem__(self, key, ids)
        return ids

    def get(self, key: str, default: Any = None) -> set[str]:  # type: ignore[override]
        return self[key]

    def setdefault(self, key: str, default: Any = None) -> set[str]:  # type: ignore[override]
        return self[key]


@lru_cache(maxsize=4096)  # asked of every speaker a batch touched, batch after batch
def _surname_of(name: str) -> str:
    """``SpeakerRecord.surname`` of a name, "" where it has no word to go by."""
    try:
        return SpeakerRecord("", name).surname
    except IndexError:
        return ""


def _fill_surnames(conn: sqlite3.Connection) -> int:
    """Write the surname of the speakers stored before migration 0018; returns how many."""
    # and those stored before ``SpeakerRecord.surname`` passed over a suffix ("jr" of "Joseph R. Biden Jr.")
    suffixes = sorted(LIBRARY_NAME_SUFFIXES)
    rows = conn.execute("SELECT id, name FROM across_speakers WHERE surname IS NULL OR surname IN"
                        f" ({', '.join('?' * len(suffixes))})", suffixes).fetchall()
    conn.executemany("UPDATE across_speakers SET surname = ? WHERE id = ?", [(_surname_of(n), i) for i, n in rows])
    return len(rows)


def _load_splits(conn: sqlite3.Connection) -> list[Split]:
    """The reviewers' split rules (migration 0016), oldest first: the linker obeys them all."""
    rows = conn.execute("SELECT id, speaker_id, mention, article_id FROM across_splits ORDER BY id")
    return [Split(*row) for row in rows]


def _save_records(conn: sqlite3.Connection, records: dict[str, SpeakerRecord]) -> None:
    for r in records.values():
        conn.execute(
            "INSERT INTO across_speakers (id, name, wikidata, first_seen, last_seen, notes, surname)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"
            # the name too: a person first seen as "Paul D. Ryan" takes the plainer "Paul Ryan" once seen so
            " ON CONFLICT(id) DO UPDATE SET name = excluded.name, first_seen = excluded.first_seen,"
            " last_seen = excluded.last_seen,"
            " notes = excluded.notes, wikidata = coalesce(across_speakers.wikidata, excluded.wikidata),"
            " surname = excluded.surname",
            (r.id, r.name, r.wikidata, r.first_seen.isoformat() if r.first_seen else None,
             r.last_seen.isoformat() if r.last_seen else None, json.dumps(r.notes), _surname_of(r.name)),
        )
        # An empty executemany still costs a call into SQLite: most speakers have no role or outlet.
        if r.aliases:
            conn.executemany("INSERT OR IGNORE INTO across_speaker_aliases VALUES (?, ?)",
                             [(r.id, a) for a in r.aliases])
        if r.roles:
            conn.executemany("INSERT OR IGNORE INTO across_speaker_roles VALUES (?, ?)", [(r.id, a) for a in r.roles])
        if r.outlets:
            conn.executemany(
                "INSERT OR REPLACE INTO across_speaker_outlets VALUES (?, ?, ?)",
                [(r.id, o, d.isoformat() if d else None) for o, d in r.outlets.items()],
            )


# The version of ``speakers.is_alias``: bump it when the rule changes, and the next link
# checks every stored alias against it again (across_alias_rules, migration 0018).
ALIAS_RULES = 2  # 2: organisations' and descriptions' head words, "X and his aides" (issue 16, round 18)


def _drop_non_aliases(conn: sqlite3.Connection) -> int:
    """Remove the aliases ``is_alias`` rejects, which a store linked by an earlier version
    may hold ("He", "who"). Aliases are the speakers' mentions filtered by that rule
    alone, so this leaves what linking the store afresh would record. Returns how many went.
    Reads every alias, so only once per version of the rule: aliases added since passed it."""
    (version,) = conn.execute("SELECT version FROM across_alias_rules").fetchone()
    if version == ALIAS_RULES:
        return 0
    bad = [(a,) for (a,) in conn.execute("SELECT DISTINCT alias FROM across_speaker_aliases") if not is_alias(a)]
    conn.execute("UPDATE across_alias_rules SET version = ?", (ALIAS_RULES,))
    return conn.executemany("DELETE FROM across_speaker_aliases WHERE alias = ?", bad).rowcount if bad else 0


def _published_day(published: str | None) -> date | None:
    """An article's day as ``resolve_article`` reads it: the date where it was published."""
    return datetime.fromisoformat(published).date() if published else None


def _fill_roles(conn: sqlite3.Connection, linker: SpeakerLinker) -> int:
    """Record the role of the links stored before ``quote_links.role`` (0012); returns how many."""
    rows = conn.execute(
        # CROSS JOIN keeps the (nearly always empty) note table the outer loop: left to itself
        # the planner scanned every quote of the store.
        "SELECT u.quote_id, q.speaker_mention, q.speaker_name, a.published FROM across_role_unknown u"
        " CROSS JOIN quotes q ON q.id = u.quote_id CROSS JOIN articles a ON a.id = q.article_id").fetchall()
    conn.executemany("UPDATE quote_links SET role = ? WHERE quote_id = ?",
                     [(linker.role_of(m, n, _published_day(p)), qid) for qid, m, n, p in rows])
    conn.execute("DELETE FROM across_role_unknown")
    return len(rows)


def _refresh_speakers(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Rebuild each speaker who lost quotes (an article replaced) from the quotes still
    linked to them, by the rule that built them (``SpeakerRecord.add_quote``): aliases,
    roles, outlets, first and last seen, notes. A speaker with no quote left goes.
    Returns the aliases each held before, to count at the end of the link which went.

    Only those speakers are read, each through the ``quote_links`` speaker index,
    so the cost follows what changed, not the size of the store. Quotes are replayed
    in the order ``link`` takes articles, so notes come out in the order a fresh link gives."""
    held: dict[str, set[str]] = {}
    stale = conn.execute("SELECT s.id, s.name, s.wikidata FROM across_alias_stale t"
                         " JOIN across_speakers s ON s.id = t.speaker_id").fetchall()
    for sid, name, wikidata in stale:
        held[sid] = {
            a for (a,) in conn.execute("SELECT alias FROM across_speaker_aliases WHERE speaker_id = ?", (sid,))
        }
        rows = conn.execute(
            "SELECT l.how, l.role, l.note, q.speaker_mention, a.outlet, a.published FROM quote_links l"
            " JOIN quotes q ON q.id = l.quote_id JOIN articles a ON a.id = q.article_id"
            " WHERE l.speaker_id = ? ORDER BY a.published_utc, a.id, q.idx", (sid,)).fetchall()
        if not rows:  # its aliases, roles and outlets go by ON DELETE CASCADE
            conn.execute("DELETE FROM across_speakers WHERE id = ?", (sid,))
            continue
        rec = SpeakerRecord(sid, name, wikidata)
        for how, role, note, mention, outlet, published in rows:
            rec.add_quote(Resolution(sid, name, how, wikidata, role, note), mention, outlet, _published_day(published))
        conn.executemany("DELETE FROM across_speaker_aliases WHERE speaker_id = ? AND alias = ?",
                         [(sid, a) for a in sorted(held[sid] - rec.aliases)])
        conn.execute("DELETE FROM across_speaker_roles WHERE speaker_id = ?", (sid,))
        conn.execute("DELETE FROM across_speaker_outlets WHERE speaker_id = ?", (sid,))
        _save_records(conn, {sid: rec})
    conn.execute("DELETE FROM across_alias_stale")
    return held


def _refresh_statements(conn: sqlite3.Connection, bands: SqliteBands) -> set[int]:
    """Drop each statement that lost all its quotes (an article replaced), its bands found by
    key (``_drop_bands``) and its flags going by ON DELETE CASCADE, and band again from the
    wordings it still holds each one that lost some, so no match key is left for words no
    stored quote says. Returns the latter: their flags must be worked out again."""
    left: set[int] = set()
    for (sid,) in conn.execute("SELECT statement_id FROM across_statement_stale").fetchall():
        _drop_bands(conn, sid)
        if not _band_wordings(conn, bands, sid):
            conn.execute("DELETE FROM statements WHERE id = ?", (sid,))
            continue
        left.add(sid)
    conn.executemany("INSERT OR IGNORE INTO across_flags_dirty (statement_id) VALUES (?)", [(s,) for s in left])
    conn.execute("DELETE FROM across_statement_stale")
    return left


def _band_wordings(conn: sqlite3.Connection, bands: SqliteBands, sid: int) -> bool:
    """Band statement ``sid`` under each wording it holds as the speaker's quoted words
    (``speaker_words``; a fragment joined is its statement's sentence), once each, as
    ``_file_quote`` bands them; returns whether it holds any wording at all."""
    rows = conn.execute("SELECT DISTINCT s.wording, s.how = 'fragment', q.kind, q.text FROM statement_quotes s"
                        " JOIN quotes q ON q.id = s.quote_id WHERE s.statement_id = ?", (sid,)).fetchall()
    for w in dict.fromkeys(w for w, fragment, kind, text in rows if not fragment and speaker_words(kind, text, w)):
        bands.add(str(sid), w)
    return bool(rows)


def _reband(conn: sqlite3.Connection, bands: SqliteBands, batch: int = 500) -> int:
    """Band again the statements migrations 0022 to 0024 noted (``across_band_stale``: the band
    keys changed, or the wordings banded were not noted), ``batch`` a transaction, each note
    removed with its rows written, so that a link killed here resumes where it stopped. The
    statements, links and flags stored do not change: only the bands new quotes find them by.
    Returns how many."""
    done = 0
    while True:
        with collector_paused(), write_transaction(conn):
            noted = [r[0] for r in conn.execute(
                "SELECT statement_id FROM across_band_stale ORDER BY statement_id LIMIT ?", (batch,))]
            if not noted:
                return done
            for sid in noted:
                _drop_bands(conn, sid)
                _band_wordings(conn, bands, sid)
            conn.executemany("DELETE FROM across_band_stale WHERE statement_id = ?", [(s,) for s in noted])
            done += len(noted)


def _aliases_gone(conn: sqlite3.Connection, held: dict[str, set[str]]) -> int:
    """How many of the aliases the rebuilt speakers held before are not held now."""
    gone = 0
    for sid, aliases in held.items():
        now = {a for (a,) in conn.execute("SELECT alias FROM across_speaker_aliases WHERE speaker_id = ?", (sid,))}
        gone += len(aliases - now)
    return gone


def quote_context(text: str, spans: list[tuple[int, int]]) -> str:
    """The paragraph of a quote and the one before it, the quote's own words blanked: the
    reporter's words that may date it. Paragraphs are cut at line breaks."""
    if not spans or not text:
        return ""
    start, end = spans[0][0], spans[-1][1]
    lo = text.rfind("\n", 0, start) + 1  # the quote's paragraph
    while lo > 0 and text[lo - 1] == "\n":  # over the blank lines to the paragraph before
        lo -= 1
    lo = text.rfind("\n", 0, lo) + 1 if lo > 0 else 0
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    return _blanked(text, lo, hi, spans)  # the quote's own words may name years that are not when it was said


def _blanked(text: str, lo: int, hi: int, spans) -> str:
    """``text[lo:hi]`` with the characters of ``spans`` ((start, end) pairs) made spaces: slices
    joined, not a list of characters (16,730 BBC quotes, each its paragraphs' few hundred)."""
    pieces, at = [], lo
    for s, e in sorted(spans):
        s, e = max(s, at), min(e, hi)
        if s < e:
            pieces += (text[at:s], " " * (e - s))
            at = e
    pieces.append(text[at:hi])
    return "".join(pieces)


def _spoken_columns(spoken: Spoken | None) -> tuple[str | None, str | None, str | None, str | None]:
    """``quote_links``' spoken_on, spoken_from, spoken_to and spoken_words of ``spoken``: a day
    in spoken_on alone, as ever; a stretch in the other three."""
    if spoken is None:
        return None, None, None, None
    if spoken.day is not None:
        return spoken.day.isoformat(), None, None, None
    return None, spoken.first.isoformat(), spoken.last.isoformat(), spoken.words


def stored_spoken(on: str | None, first: str | None, last: str | None, words: str | None) -> Spoken | None:
    """The ``Spoken`` of a ``quote_links`` row's four columns (``_spoken_columns`` read back)."""
    if on:
        day = date.fromisoformat(on)
        return Spoken(day, day)
    if first and last:
        return Spoken(date.fromisoformat(first), date.fromisoformat(last), words or "")
    return None


def _members(conn: sqlite3.Connection, statement_id: int) -> tuple[str, list[Member]]:
    """A statement's speaker and members: each quote row's sentence that the statement holds."""
    rows = conn.execute(
        "SELECT q.id, q.article_id, q.text, a.outlet, a.url, a.published, l.spoken_on, q.\"where\", q.kind,"
        " s.speaker_id,"
        " q.spans, a.text, s.span_start, s.span_end, l.spoken_from, l.spoken_to, l.spoken_words"
        " FROM statement_quotes s JOIN quotes q ON q.id = s.quote_id JOIN articles a ON a.id = q.article_id"
        " LEFT JOIN quote_links l ON l.quote_id = q.id WHERE s.statement_id = ? ORDER BY s.quote_id, s.part",
        (statement_id,),
    ).fetchall()
    speaker = rows[0][9] if rows else "?"  # "?<article id>" when the speaker is unknown
    members = []
    for r in rows:
        spans = json.loads(r[10]) if r[7] == "body" else []
        member = Member(
            str(r[0]), r[1], r[2], r[3], r[4], datetime.fromisoformat(r[5]) if r[5] else None,
            stored_spoken(r[6], r[14], r[15], r[16]), r[7], r[8], quote_context(r[11], spans),
            quoted_fragments(r[11], spans[0][0], spans[-1][1]) if spans and r[8] == "mixed" else (),
        )
        members.append(part_member(member, r[12], r[13]))
    return speaker, members


def statement_view(conn: sqlite3.Connection, statement_id: int):
    speaker, members = _members(conn, statement_id)
    if not members:
        return None
    return summarize(str(statement_id), speaker, members)


def _insert_flag(conn: sqlite3.Connection, f: Flag) -> None:
    conn.execute(
        "INSERT INTO flags (kind, article_id, quote_id, statement_id, day, evidence) VALUES (?, ?, ?, ?, ?, ?)",
        (f.kind, f.article_id, int(f.quote) if f.quote else None, int(f.statement) if f.statement else None,
         f.day.isoformat() if f.day else None, json.dumps(f.evidence, ensure_ascii=False, default=str)),
    )


def _bump_version(conn: sqlite3.Connection) -> None:
    """The web cache's store version (web.cache.store_version), bumped in the transaction
    that changes what it caches, so no crash can leave a change unannounced."""
    conn.execute("UPDATE store_changes SET n = n + 1")


def _check_flag_rules(conn: sqlite3.Connection) -> bool:
    """When the stored flags were worked out by other rules (or by a link that may have lost
    some: a store from before 0014), drop them all and note every linked article and every
    statement of several quotes for the flag step. Returns whether it did."""
    (version,) = conn.execute("SELECT version FROM across_flag_rules").fetchone()
    if version == FLAG_RULES:
        return False
    conn.execute("DELETE FROM flags")
    conn.execute("INSERT OR IGNORE INTO across_headline_dirty (article_id) SELECT article_id FROM linked_articles")
    # A statement of one quote has nothing to compare or date against (as in _link_article).
    conn.execute("INSERT OR IGNORE INTO across_flags_dirty (statement_id)"
                 " SELECT statement_id FROM statement_quotes GROUP BY statement_id HAVING count(*) > 1")
    conn.execute("UPDATE across_flag_rules SET version = ?", (FLAG_RULES,))
    return True


def _stored_resolutions(conn: sqlite3.Connection, article_id: str) -> tuple[list[str], list[Resolution | None]]:
    """The quote row ids of an article, in order, and the speaker each was linked to."""
    rows = conn.execute(
        "SELECT q.id, l.speaker_id, s.name, l.how, s.wikidata, l.role, l.note FROM quotes q"
        " LEFT JOIN quote_links l ON l.quote_id = q.id LEFT JOIN across_speakers s ON s.id = l.speaker_id"
        " WHERE q.article_id = ? ORDER BY q.idx", (article_id,)).fetchall()
    resolutions = [Resolution(sid, name, how, wikidata, role, note) if sid else None
                   for _, sid, name, how, wikidata, role, note in rows]
    return [str(r[0]) for r in rows], resolutions


def _article_flags(conn: sqlite3.Connection, store, article_id: str) -> list[Flag]:
    if not conn.execute("SELECT 1 FROM quotes WHERE article_id = ? AND (\"where\" = 'headline' OR kind = 'headline')"
                        " LIMIT 1", (article_id,)).fetchone():
        return []  # only a headline quote can make a headline flag: no need to read the article
    ex = store.get_article(article_id)
    keys, resolutions = _stored_resolutions(conn, article_id)
    return headline_flags(ex, resolutions, quote_keys=keys)


def _statement_flags(conn: sqlite3.Connection, statements: list[int], settings: Settings) -> list[Flag]:
    """The altered flags of ``statements``, and the recycled flags of every quote they hold.

    A quote of four sentences is four statements, and each may be first seen long before: a
    fact-checker wants one flag for the quote, not four. So recycled flags are a quote's: worked
    out, whenever any statement holding it changes, from all the statements that hold it, the
    one kept being the oldest (its earliest source, then the lowest statement id). The caller
    has removed the recycled flags of these quotes and statements."""
    views: dict[int, Any] = {}

    def view(sid: int):
        if sid not in views:
            views[sid] = statement_view(conn, sid)
        return views[sid]

    found: list[Flag] = []
    for sid in statements:
        if view(sid) is not None:
            found += altered_flags(view(sid))
    quotes = _quotes_of(conn, statements)
    best: dict[str, tuple[tuple, Flag, list[int]]] = {}
    for sid in _statements_of(conn, quotes) | set(statements):
        if view(sid) is None:
            continue
        for f in recycled_flags(view(sid), settings.recycled_days):
            if f.quote is None or int(f.quote) not in quotes:
                continue
            rank = (f.evidence["first_seen"], sid)
            held = best.get(f.quote)
            also = sorted({sid, *(held[2] if held else [])})
            best[f.quote] = (rank, f, also) if held is None or rank < held[0] else (held[0], held[1], also)
    for _, f, also in sorted(best.values(), key=lambda b: (b[1].article_id, int(b[1].quote))):
        f.evidence["statements"] = also  # every statement of the quote first seen that long before
        found.append(f)
    return found


def _quotes_of(conn: sqlite3.Connection, statements: list[int]) -> set[int]:
    """The quotes with a sentence in any of ``statements``."""
    out: set[int] = set()
    for sid in statements:
        out |= {r[0] for r in conn.execute("SELECT quote_id FROM statement_quotes WHERE statement_id = ?", (sid,))}
    return out


def _statements_of(conn: sqlite3.Connection, quotes: set[int]) -> set[int]:
    """The statements holding a sentence of any of ``quotes``."""
    out: set[int] = set()
    for qid in sorted(quotes):
        out |= {r[0] for r in conn.execute("SELECT statement_id FROM statement_quotes WHERE quote_id = ?", (qid,))}
    return out


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the block (a batch of articles linked), back on after.

    Linking allocates millions of short-lived tuples, lists and dicts, freed by reference counting
    alone, and the collector's passes kept walking those alive at the moment (and, at each full
    pass, every object the process holds): 0.4-0.7 s CPU of linking the BBC corpus in ingest's main
    process. Cyclic garbage a batch leaves is reclaimed by the first pass after it."""
    if not gc.isenabled():  # a caller paused it already: leave it to that caller
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, taken at once (BEGIN IMMEDIATE): committed when the block ends,
    rolled back when anything (a kill's KeyboardInterrupt included) leaves it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _refresh_flags(conn: sqlite3.Connection, store, settings: Settings, report: LinkReport, chunk: int = 200) -> None:
    """Work out the flags of every noted article and statement, a chunk a transaction, each
    note removed in the transaction that writes its flags."""
    while True:
        with collector_paused(), write_transaction(conn):
            articles = [r[0] for r in conn.execute(
                "SELECT article_id FROM across_headline_dirty ORDER BY article_id LIMIT ?", (chunk,))]
            statements = [] if articles else [r[0] for r in conn.execute(
                "SELECT statement_id FROM across_flags_dirty ORDER BY statement_id LIMIT ?", (chunk,))]
            if not articles and not statements:
                return
            found: list[Flag] = []
            for article_id in articles:
                conn.execute("DELETE FROM flags WHERE article_id = ? AND kind = 'headline'", (article_id,))
                conn.execute("DELETE FROM across_headline_dirty WHERE article_id = ?", (article_id,))
                found += _article_flags(conn, store, article_id)
            for sid in statements:
                conn.execute("DELETE FROM flags WHERE statement_id = ? AND kind IN ('altered', 'recycled')", (sid,))
                # a quote's recycled flag, which may sit on another of its statements (_statement_flags)
                conn.execute("DELETE FROM flags WHERE kind = 'recycled' AND quote_id IN"
                             " (SELECT quote_id FROM statement_quotes WHERE statement_id = ?)", (sid,))
                conn.execute("DELETE FROM across_flags_dirty WHERE statement_id = ?", (sid,))
            if statements:
                found += _statement_flags(conn, statements, settings)
            for f in found:
                _insert_flag(conn, f)
                # a headline note (the reporter's paraphrase only) is shown, not counted as a flag
                kind = "headline notes" if f.evidence.get("severity") == "note" else f.kind
                report.flags[kind] = report.flags.get(kind, 0) + 1
            _bump_version(conn)


LINK_CACHE_KB = 64 * 1024  # SQLite's page cache while linking (a negative cache_size is in KiB)
# WAL pages between checkpoints while linking (SQLite's default: 1,000). Each link transaction
# writes again every page it changed, and the band index's random keys change nearly every page of
# it; a checkpoint then copied them all to the database file after almost every transaction. Every
# 10,000 pages (a WAL of up to 40 MB), a page changed by several transactions is copied once: over
# the BBC corpus 398 MB written instead of 523. Put back by finish, which checkpoints.
LINK_CHECKPOINT_PAGES = 10_000


class Linking:
    """One link run in three steps, so that ingest can link each batch of articles as it
    stores them, while its workers extract the next (``pipeline.ingest``'s ``on_stored``):

        run = Linking(store, settings); run.start()
        run.link_pending()   # as often as new articles are stored
        report = run.finish()

    ``link`` is the three in a row. Every step commits what it did with the notes of what
    is left, so a run killed at any point and run again ends as an uninterrupted one."""

    def __init__(self, store, settings: Settings | None = None, *, kb: KnowledgeBase | None = None,
                 batch: int = 200) -> None:
        self.store = store
        self.settings = settings or Settings()
        self.kb = kb
        self.batch = batch
        self.conn: sqlite3.Connection = store.connection
        self.report = LinkReport()
        self.touched: set[int] = set()
        self.held: dict[str, set[str]] = {}
        self._non_aliases = 0  # aliases the rule rejects, dropped by start (``_drop_non_aliases``)
        self._carried: SpeakerScan | None = None  # what a committed link transaction hands on

    def start(self) -> None:
        """Rebuild what replaced articles left, then make the linker: nothing read in full."""
        conn = self.conn
        # The band index takes random inserts: with SQLite's 2 MB page cache most of them
        # read a page back from the file. Put back by finish.
        (self._cache_size,) = conn.execute("PRAGMA cache_size").fetchone()
        conn.execute(f"PRAGMA cache_size = {min(int(self._cache_size), -LINK_CACHE_KB):d}")
        (self._checkpoint,) = conn.execute("PRAGMA wal_autocheckpoint").fetchone()
        conn.execute(f"PRAGMA wal_autocheckpoint = {max(int(self._checkpoint), LINK_CHECKPOINT_PAGES):d}")
        try:
            linker = SpeakerLinker(self.kb)
            self.bands = SqliteBands(conn)
            # What replaced articles left goes first, so that linking their new versions
            # meets the record a fresh store would hold.
            with write_transaction(conn):
                refreshed = _fill_roles(conn, linker) > 0
                self.touched = _refresh_statements(conn, self.bands)
                self.held = _refresh_speakers(conn)
                # Before any alias is added: those this run adds pass the rule (``SpeakerRecord.add_quote``),
                # so only the stored ones need checking, and a fresh store has none (the BBC's
                # 3,823 checked at the end of each first link: 0.09 s).
                self._non_aliases = _drop_non_aliases(conn)
                refreshed = (_check_flag_rules(conn) or refreshed or bool(self.touched or self.held)
                             or self._non_aliases > 0)
                if refreshed:
                    _bump_version(conn)
            with write_transaction(conn):
                _fill_surnames(conn)
            _reband(conn, self.bands)  # before any quote is filed: the bands are how it finds statements
        except sqlite3.Error as exc:
            raise StoreError(f"linking the store failed: {exc}") from exc
        self.records = StoredRecords(conn)
        self.linker = SpeakerLinker(linker.kb, self.records, _load_splits(conn), StoredSurnames(conn))
        self.matcher = SpeakerMatcher(self.bands)
        self.matcher.scan = SpeakerScan(conn)
        self.matcher.records = self.records
        try:
            # Quotes filed at the grain of a whole quote before migration 0017 go under sentence statements.
            self.touched |= _refile(conn, self.store, self.matcher, self.bands, self._exact, self._candidate,
                                    self.report)
        except sqlite3.Error as exc:
            raise StoreError(f"linking the store failed: {exc}") from exc

    def _exact(self, speaker: str, wording: str) -> str | None:
        if self.matcher.scan.never_said(speaker, wording):  # most sentences: no query
            return None
        row = self.conn.execute(
            "SELECT statement_id FROM statement_quotes WHERE speaker_id = ? AND wording = ? LIMIT 1",
            (speaker, wording)).fetchone()
        return str(row[0]) if row else None

    def _candidate(self, sid: str) -> tuple[str, list[str]]:
        rows = self.conn.execute(
            "SELECT speaker_id, wording FROM statement_quotes WHERE statement_id = ? GROUP BY wording LIMIT 50",
            (int(sid),)).fetchall()
        return (rows[0][0] if rows else "?"), [r[1] for r in rows]

    def link_pending(self, stored: Sequence[Extraction] = ()) -> int:
        """Link every article stored and not linked yet, oldest first, ``batch`` a transaction.
        Returns how many. ``stored``: extractions just stored (``pipeline.ingest``), linked as
        they are instead of read back from the store, which gives the same article and quotes."""
        conn = self.conn
        in_hand = {identify(ex.article).id: ex for ex in stored}
        try:
            pending = _pending_articles(conn)
            for start in range(0, len(pending), self.batch):
                chunk = pending[start : start + self.batch]
                carried, self._carried = self._carried, None  # none after a batch rolled back
                with collector_paused(), write_transaction(conn):
                    unchanged = self.bands.begin()
                    # What the last batch knew of the speakers past the scan's cap, while no other
                    # connection wrote the store and no statement row went (an article replaced in this
                    # connection between batches: the rows' deletion notes ``across_statement_stale``).
                    if carried is None or not unchanged or conn.execute(
                            "SELECT 1 FROM across_statement_stale LIMIT 1").fetchone():
                        carried = SpeakerScan(conn)
                    self.matcher.scan = carried
                    for article_id in chunk:
                        ex = _as_stored(in_hand.get(article_id), article_id) or self.store.get_article(article_id)
                        self.touched |= _link_article(conn, ex, self.linker, self.matcher,
                                                      self.bands, self._exact, self._candidate, self.report)
                    # Only the speakers this batch read can have changed (StoredRecords.touched).
                    _save_records(conn, self.records.take_touched())
                    conn.executemany("DELETE FROM across_unlinked WHERE article_id = ?", [(a,) for a in chunk])
                    _bump_version(conn)
                self._carried = self.matcher.scan.carried()
        except sqlite3.Error as exc:
            raise StoreError(f"linking the store failed: {exc}") from exc
        return len(pending)

    def finish(self) -> LinkReport:
        """Count the aliases that went, and work out the flags of what was touched."""
        conn, report = self.conn, self.report
        try:
            with write_transaction(conn):
                report.aliases_removed = _aliases_gone(conn, self.held) + self._non_aliases
                if report.aliases_removed:
                    _bump_version(conn)
            _refresh_flags(conn, self.store, self.settings, report)
            conn.execute(f"PRAGMA cache_size = {int(self._cache_size):d}")
            conn.execute(f"PRAGMA wal_autocheckpoint = {int(self._checkpoint):d}")
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # what the larger interval left in the WAL
        except sqlite3.Error as exc:
            raise StoreError(f"linking the store failed: {exc}") from exc
        report.statements_touched = len(self.touched)
        return report


def link(store, settings: Settings | None = None, *, kb: KnowledgeBase | None = None, batch: int = 200) -> LinkReport:
    """Link every stored article not linked yet; returns what was done.

    Safe to run after each ingest: articles already linked are skipped, and an
    article replaced in the store (its rows cascade away) is linked again.
    Safe to kill: the next run finishes what the killed one left. Costs what is new:
    no step reads the whole store (``Linking``)."""
    run = Linking(store, settings, kb=kb, batch=batch)
    run.start()
    run.link_pending()
    return run.finish()


def _pending_articles(conn: sqlite3.Connection) -> list[str]:
    """The articles to link, oldest first: those noted in ``across_unlinked`` (migration 0018),
    never the whole store. Notes of articles no longer stored are dropped."""
    conn.execute("DELETE FROM across_unlinked WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id)"
                 " OR EXISTS (SELECT 1 FROM linked_articles l WHERE l.article_id = across_unlinked.article_id)")
    return [r[0] for r in conn.execute(
        # CROSS JOIN: from the notes to their articles, never a scan of every article
        "SELECT a.id FROM across_unlinked u CROSS JOIN articles a ON a.id = u.article_id"
        " ORDER BY a.published_utc, a.id")]


SCAN_ROWS = 4 * SPEAKER_SCAN  # the most rows of a speaker's a batch reads for the scan
# A speaker quoted past the scan's cap repeats their terms ("very sad", "rigged system", "billionaire
# class"): that one stored sentence holds two such words tells nothing of the occasion. Past the cap
# a fragment joins the one sentence holding it from this many words ("would certainly implement",
# "abolish the second amendment"). Measured on PolNeAR train's store, read by hand: of the joins
# this lookup made, 8 of 9 two-word fragments were a term said on another occasion, 2 of 10 longer
# ones ("radical Islamic terrorism", "Medicare for all").
CAPPED_FRAGMENT_WORDS = 3

# The most speakers a link transaction hands on to the next as past the scan's cap
# (``SpeakerScan.carried``); beyond this many, the next reads them again.
SCAN_CARRIED = 20_000


class SpeakerScan:
    """What ``Matcher.find`` scans of a speaker's own statements (and of the surname alone a full
    name's statements may have been opened under: ``_speaker_ids``), read from the store once a
    batch and then kept as the batch files sentences: one query a speaker, not one a sentence.
    Made afresh for each transaction, so that a rolled-back batch leaves nothing behind, but for
    what the transaction before knew of the speakers past the cap (``carried``).

    ``wordings``: (statement id, wording) of each distinct wording but a fragment alone's (which is
    the reporter's sentence around it, not the speaker's words), or None when there are more than
    SPEAKER_SCAN. ``scanned``: the same with the fragments alone, which the bands would propose
    too: the candidates of the speaker's own statements, for ``SpeakerMatcher``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._rows: dict[str, _Held | None] = {}
        self._readers: dict[str, set[str]] = {}  # a speaker id -> the scans its rows are in
        self._alone: dict[str, list[tuple[int, int, int, list[str]]]] = {}  # ``fragments_alone``
        # ``unnamed_alone``: (quote id, part, words) of unnamed speakers' fragments alone by their first two words
        self._unnamed: dict[tuple[str, str], list[tuple[int, int, list[str]]]] | None = None

    def _read(self, speaker: str) -> _Held | None:
        if speaker in self._rows:
            return self._rows[speaker]
        # Rows, not distinct wordings, so that a speaker with a long history is read no further than
        # this: a speaker quoted this often is past the scan's cap (or near it), and goes to the bands.
        limit = SCAN_ROWS
        # The rows as _Held keys them, (statement id as text, wording, 1 for a fragment alone), made by
        # SQLite and counted in C: 1 and True are one key of a dict (``filed`` adds them with a bool).
        where, params = _speaker_rows(speaker, "speaker_id")
        rows = self.conn.execute(
            "SELECT CAST(statement_id AS TEXT), wording, how = 'alone' FROM statement_quotes"
            f" WHERE {where} LIMIT ?", (*params, limit)).fetchall()
        held = _Held(Counter(rows))
        found = None if len(rows) == limit or held.too_many() else held
        self._rows[speaker] = found
        for sid in set(_speaker_ids(speaker)):
            self._readers.setdefault(sid, set()).add(speaker)
        return found

    def wordings(self, speaker: str) -> list[tuple[str, str]] | None:
        held = self._read(speaker)
        return None if held is None else list(held.spoken)

    def scanned(self, speaker: str) -> list[tuple[str, str]] | None:
        held = self._read(speaker)
        return None if held is None else list(held.pairs)

    def holds_alone(self, speaker: str) -> bool | None:
        """Whether any row of the speaker's (``_speaker_ids``) is a fragment alone; None when the
        speaker has too many rows to hold (``_absorb_fragments`` then asks the store)."""
        held = self._read(speaker)
        return None if held is None else held.alone > 0

    def fragments_alone(self, speaker: str) -> list[tuple[int, int, int, list[str]]]:
        """(statement id, quote id, part, the fragment's words) of each fragment alone of the
        speaker's (``_speaker_ids``), read from the store, then kept until such a row is filed
        or replaced (``filed``) or rows change in place (``clear``): one query a speaker, not one
        a sentence filed."""
        if speaker not in self._alone:
            where, params = _speaker_rows(speaker, "s.speaker_id")
            rows = self.conn.execute(
                "SELECT s.statement_id, s.quote_id, s.part, q.text, s.span_start, s.span_end FROM statement_quotes s"
                f" JOIN quotes q ON q.id = s.quote_id WHERE ({where}) AND s.how = 'alone'", params).fetchall()
            self._alone[speaker] = [(other, qid, part, sentence_wording(text[start:end]).split())
                                    for other, qid, part, text, start, end in rows]
            for sid in set(_speaker_ids(speaker)):
                self._readers.setdefault(sid, set()).add(speaker)
        return self._alone[speaker]

    def unnamed_alone(self) -> dict[tuple[str, str], list[tuple[int, int, list[str]]]]:
        """The fragments alone of unnamed speakers (``?...``) of MIN_HELD_UNNAMED_WORDS to
        MIN_UNNAMED_WORDS words (``_held_by_mentioned``'s), as (quote id, part, words) by their first
        two words: read once a transaction (a few hundred rows on the BBC store, through the partial
        index of fragments alone), then added to as such fragments are filed (``note_unnamed_alone``).
        Not emptied when statements join: a row found here is read again before it is used
        (``_holding_unnamed_alone``)."""
        if self._unnamed is None:
            self._unnamed = {}
            rows = self.conn.execute(
                "SELECT s.quote_id, s.part, q.text, s.span_start, s.span_end FROM statement_quotes s"
                " JOIN quotes q ON q.id = s.quote_id WHERE s.how = 'alone' AND s.speaker_id >= '?'"
                " AND s.speaker_id < '@'").fetchall()
            for qid, part, text, start, end in rows:
                self.note_unnamed_alone(qid, part, sentence_wording(text[start:end]).split())
        return self._unnamed

    def note_unnamed_alone(self, quote_id: int, part: int, words: list[str]) -> None:
        """An unnamed speaker's fragment alone was filed (kept only once ``unnamed_alone`` was read)."""
        if self._unnamed is not None and MIN_HELD_UNNAMED_WORDS <= len(words) < MIN_UNNAMED_WORDS:
            self._unnamed.setdefault((words[0], words[1]), []).append((quote_id, part, words))

    def never_said(self, speaker: str, wording: str) -> bool:
        """True when the scan, holding every row of ``speaker``'s, holds none of ``wording``: then no
        statement of the speaker's has it (``Linking._exact``). The scan is read for the speaker if it
        was not yet: every sentence filed reads it next (``_absorb_fragments``, ``SpeakerMatcher``), so
        reading it first spares the exact-match query of a speaker's first sentence in a batch."""
        held = self._read(speaker)
        return held is not None and wording not in held.said

    def holding(self, speaker: str, ws: list[str]) -> list[tuple[str, str]]:
        """(statement id, wording) of the speaker's rows (``_speaker_ids``; not a fragment alone)
        whose wording holds ``ws`` in a row or stands in a row inside it: what the scan gives a
        speaker over its cap, asked of the store (one query, read by SQLite in C; a row's
        wording standing for a LIKE pattern may let through a row that holds no "%" or "_",
        which the alignment then turns away)."""
        spaced = f" {' '.join(ws)} "
        where, params = _speaker_rows(speaker, "speaker_id")
        return self.conn.execute(
            "SELECT DISTINCT CAST(statement_id AS TEXT), wording FROM statement_quotes"
            f" WHERE ({where}) AND how != 'alone' AND (' ' || wording || ' ' LIKE ? ESCAPE '\\'"
            " OR ? LIKE '% ' || wording || ' %')",
            (*params, f"%{_like_escape(spaced)}%", spaced)).fetchall()

    def filed(self, speaker: str, statement: str, wording: str, how: str, *, n: int = 1) -> None:
        """A row of ``speaker`` was written (``n`` = 1) or replaced (-1) under ``statement``."""
        for reader in self._readers.get(speaker, ()):
            if how == "alone":
                self._alone.pop(reader, None)
            held = self._rows.get(reader)
            if held is None:
                # Too many before: still too many with a row more (a read would find the same rows and
                # this one, or SCAN_ROWS of them), so not read again, as the few BBC speakers past the
                # cap were after each sentence they filed (with ``carried``, 240 reads of a few hundred
                # rows each, 0.14 s CPU, now 12); read again if asked after a row is replaced, which
                # may leave one wording fewer.
                if n < 0:
                    self._rows.pop(reader, None)
                continue
            held.add((statement, wording, how == "alone"), n)
            if held.too_many():
                self._rows[reader] = None

    def clear(self) -> None:
        """Forget everything read: statements were joined, or rows changed in place."""
        self._rows.clear()
        self._readers.clear()
        self._alone.clear()

    def carried(self) -> SpeakerScan:
        """The scan for the next link transaction, once this one committed, when nothing else
        writes ``statement_quotes`` meanwhile (``Linking.link_pending`` tells): the speakers this
        one found past the cap (still past it: their rows have only grown, ``filed``) and the
        fragments alone it read (kept as ``filed`` keeps them). The others are read again: a read
        orders a speaker's rows by wording, where the scan adds the rows it files last, and
        ``Matcher.find`` reads them in order. Not the unnamed speakers of one article (``?...``),
        which no other article asks for; nothing past SCAN_CARRIED speakers."""
        scan = SpeakerScan(self.conn)
        capped = [s for s, held in self._rows.items() if held is None and not s.startswith("?")]
        if len(capped) + len(self._alone) > SCAN_CARRIED:
            return scan
        scan._rows = dict.fromkeys(capped)
        scan._alone = {s: rows for s, rows in self._alone.items() if not s.startswith("?")}
        for sid, readers in self._readers.items():
            kept = {r for r in readers if r in scan._rows or r in scan._alone}
            if kept:
                scan._readers[sid] = kept
        return scan


class _Held:
    """One speaker's rows as ``SpeakerScan`` holds them: each (statement id, wording, whether a
    fragment alone) with its count, and, kept up as rows are filed rather than worked out for
    each sentence, what the scan answers from them: the distinct (statement id, wording) pairs in
    the order the rows first gave them (``pairs``; ``spoken``: of rows not a fragment alone), how
    many rows are a fragment alone, and the wordings held."""

    def __init__(self, rows: Counter[tuple[str, str, bool]]) -> None:
        self.rows = rows
        self._index()

    def _index(self) -> None:
        rows = self.rows
        self.pairs = dict.fromkeys([(sid, w) for sid, w, _ in rows])
        self.spoken = dict.fromkeys([(sid, w) for sid, w, alone in rows if not alone])
        self.alone = len(rows) - len(self.spoken)  # each (sid, w) is one key at most with alone false
        self.said = Counter([w for _, w, _ in rows])

    def add(self, key: tuple[str, str, bool], n: int) -> None:
        rows, new = self.rows, key not in self.rows
        rows[key] += n
        if rows[key] <= 0:
            del rows[key]
            self._index()  # a sentence's row replaced (``merged_part``): seldom, so worked out again
        elif new:  # a row last in order: its pair is new, or stays where it first stood
            sid, wording, alone = key
            self.pairs.setdefault((sid, wording))
            if not alone:
                self.spoken.setdefault((sid, wording))
            self.alone += alone
            self.said[wording] += 1

    def too_many(self) -> bool:
        return len(self.spoken) > SPEAKER_SCAN


def _filed_parts(text: str, kind: str, fragments: tuple[str, ...], context: str = "",
                 breaks: tuple[int, ...] = ()) -> list[Part]:
    """The sentences of a quote that ``_file_quote`` files: those with words, each marked
    translated when the reporter's words around the quote (``context``) say so."""
    translated = bool(context) and translation_cue(context) is not None
    return [replace(p, translated=True) if translated and p.quoted else p
            for p in quote_parts(text, kind, fragments, breaks) if p.wording]


# What may stand around the reporter's words between two spans of a quote: marks and spaces.
_BETWEEN_EDGES = " \t\n\"'\u201c\u201d\u2018\u2019"


def _span_breaks(article_text: str, spans: Sequence[tuple[int, int]]) -> tuple[int, ...]:
    """Where in a quote's text (its spans joined by one space) a span opens after reporter's words
    that ended a sentence: '"...until then," said McIlroy. "I thought ...' is two sentences, where
    '"...," he said, "and I thought ..."' is one. Of the BBC corpus's 1,514 places where a direct
    quote's spans meet, 1,249 are such (a comma closes the span, a full stop the reporter's words)."""
    breaks, offset = [], 0
    for (s1, e1), (s2, _) in zip(spans, spans[1:]):
        offset += e1 - s1 + 1
        between = article_text[e1:s2].strip(_BETWEEN_EDGES)
        if between[-1:] in (".", "!", "?"):
            breaks.append(offset)
    return tuple(breaks)


def _quote_parts(article_text: str, q: Quote) -> list[Part]:
    """``_filed_parts`` of a quote of an extraction in hand. Only a mixed quote's words are read
    from its printed fragments (``quote_parts``), and the reporter's words around it are read for a
    translation cue only when a sentence of it stood in quotation marks, the only one the cue marks:
    the same parts, without the fragments and paragraphs of the other quotes."""
    kind = q.kind.value
    body = q.where == "body"
    fragments = quoted_fragments(article_text, q.start, q.end) if body and kind == "mixed" else ()
    breaks = _span_breaks(article_text, [(s.start, s.end) for s in q.spans]) if body and kind in QUOTED_KINDS else ()
    parts = [p for p in quote_parts(q.text, kind, fragments, breaks) if p.wording]
    if body and any(p.quoted for p in parts):
        context = quote_context(article_text, [(s.start, s.end) for s in q.spans])
        if context and translation_cue(context) is not None:
            return [replace(p, translated=True) if p.quoted else p for p in parts]
    return parts


def _file_quote(conn, qid, kind, text, parts, speaker, matcher, bands, exact, candidate, report,
                named_here: Sequence[str] = (), pronoun: bool = False) -> set[int] | None:
    """File each sentence of one quote (``parts``, from ``_filed_parts``; the quote's ``kind`` and
    ``text``) under its statement (a row per sentence, with the sentence's offsets in the quote);
    returns the statements it joined that had quotes before (their flags must be worked out again),
    or None when it has no words. ``named_here``: the named speakers of the quote's article, whose
    statements an unnamed speaker's words may belong to (``_held_by_named``). ``pronoun``: the
    quote's speaker was reached through a pronoun (``Matcher.find``)."""
    if not parts:
        return None
    scan: SpeakerScan = matcher.scan
    touched: set[int] = set()
    last: tuple[str, Part] | None = None
    for part in parts:
        sid, how, _ = matcher.find(speaker, part.wording, exact, candidate, quoted=part.quoted,
                                   speaker_wordings=scan.wordings, fragment=part.fragment, pieces=part.pieces,
                                   translated=part.translated, nested=kind == "nested",
                                   same_occasion=lambda sid: _same_occasion(conn, int(sid), qid), pronoun=pronoun,
                                   printed=text[part.start:part.end] if kind in QUOTED_KINDS else "",
                                   same_article=lambda sid: _article_wordings(conn, int(sid), qid),
                                   translated_statement=lambda sid: _translated(conn, int(sid)))
        owner = None  # of a statement found: read when its bands are added
        if sid is None and part.fragment:
            sid = _alone_twin(conn, scan, speaker, part.fragment.split(), qid)
            if sid is not None:
                touched.add(int(sid))
        if sid is None and speaker.startswith("?") and kind != "nested":
            sid = _held_by_named(conn, scan, named_here, part, qid) if named_here else None
            if sid is None:
                sid = _held_by_mentioned(conn, part, qid)
            if sid is not None:
                how = "fragment" if part.fragment else "contained"
                touched.add(int(sid))
        if sid is None:
            sid = str(conn.execute("INSERT INTO statements (speaker_id) VALUES (?)", (speaker,)).lastrowid)
            report.statements_new += 1
            owner = speaker
        if how == "fragment":
            part = part.joined_as_fragment()
        elif part.fragment and how == "new":  # no statement holds it yet: one may come (_absorb_fragments)
            if speaker.startswith("?"):  # or a named speaker's sentence of another article (_holding_unnamed_alone)
                scan.note_unnamed_alone(qid, part.index, part.fragment.split())
            how, part = "alone", Part(part.index, *(part.fragment_span or (part.start, part.end)), part.wording)
        if matcher.also:
            _join_statements(conn, int(sid), [int(o) for o in matcher.also], bands)
            scan.clear()
            touched.add(int(sid))
        merged = last is not None and (last[0] == sid or last[0] in matcher.also)
        if merged:  # one sentence: one row, replaced
            part = merged_part(text, last[1], part)
            for old in conn.execute("SELECT statement_id, wording, how FROM statement_quotes"
                                    " WHERE quote_id = ? AND part = ?", (qid, part.index)):
                scan.filed(speaker, str(old[0]), old[1], old[2], n=-1)
        last = (sid, part)
        scan.filed(speaker, str(sid), part.wording, how)
        _write_sentence(conn, (qid, part.index, part.start, part.end, int(sid), speaker, part.wording, how),
                        replacing=merged)
        # Banded under the speaker's quoted words only (``speaker_words``): reported speech is half
        # the BBC's sentences and half its band rows, and the bands found no statement by them that
        # the speaker's scan does not (README, "Linking cost"). An exact match too, whose wording
        # may have been filed first as the reporter's (a wording banded again adds no row). A
        # fragment's match key is its statement's sentence.
        if how != "fragment" and speaker_words(kind, text, part.wording):
            bands.add(sid, part.wording, owner)
        if how == "new" and not speaker.startswith("?") and kind != "nested":
            unnamed = _unnamed_holding(conn, speaker, part, qid)
            if unnamed is not None:  # the unnamed sentence stored first joins the named statement
                _join_statements(conn, int(sid), [int(unnamed)], bands)
                scan.clear()
                touched.add(int(sid))
            fragments = _holding_unnamed_alone(conn, scan, sid, part, qid)
            if fragments:  # so do the unnamed fragments alone stored first that it holds
                _join_statements(conn, int(sid), fragments, bands)
                scan.clear()
                touched.add(int(sid))
        if how not in ("fragment", "alone"):
            touched |= _absorb_fragments(conn, int(sid), speaker, part.wording, scan, bands)
        if how not in ("new", "alone"):  # a statement of one quote has nothing to compare or date against
            touched.add(int(sid))
    return touched


_SENTENCE_ROW = ("INTO statement_quotes (quote_id, part, span_start, span_end, statement_id, speaker_id, wording,"
                 " how) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


def _write_sentence(conn: sqlite3.Connection, row: tuple, *, replacing: bool) -> None:
    """Write a sentence's row of ``statement_quotes``, ``replacing`` the row of the sentence it merged
    with. A plain INSERT costs 40% less than INSERT OR REPLACE, whose conflict check over the
    table's indexes every row paid, and a sentence's row is new but where it merged; should one
    be there all the same, it is replaced, as it always was."""
    if not replacing:
        try:
            conn.execute("INSERT " + _SENTENCE_ROW, row)
            return
        except sqlite3.IntegrityError:
            pass
    conn.execute("INSERT OR REPLACE " + _SENTENCE_ROW, row)


def _absorb_fragments(conn: sqlite3.Connection, statement_id: int, speaker: str, wording: str,
                      scan: SpeakerScan, bands: SqliteBands | None = None) -> set[int]:
    """Join to ``statement_id`` the statements of a mixed quote's fragment alone ("long overdue",
    printed before any outlet printed its sentence) that ``wording`` holds and no other statement
    of the speaker does. Returns the statement when it took any."""
    if scan.holds_alone(speaker) is False:  # the scan holds every row of the speaker's: none to read
        return set()
    rows = scan.fragments_alone(speaker)
    if not rows:
        return set()
    held = []
    n, spaced = len(wording.split()), f" {wording} "  # joined once for every row
    holders: list[tuple[str, str]] | None = None  # the scan is not changed in this loop: read once
    # (None after reading it too: the speaker is over the scan's cap)
    for other, qid, part, fragment in rows:
        if other == statement_id or not holds_in_spaced(n, spaced, fragment):
            continue
        if holders is None:
            holders = scan.wordings(speaker)
        if holders is None and len(fragment) < CAPPED_FRAGMENT_WORDS:
            continue  # past the scan's cap, a term of two words is no evidence of the occasion
        # A speaker over the scan's cap: the store's rows that hold this fragment (``SpeakerScan.holding``).
        rows_holding = scan.holding(speaker, fragment) if holders is None else holders
        within = {sid for sid, w in rows_holding if int(sid) != other and holds_in_row(w.split(), fragment)}
        if len(within) > 1:  # the speaker's quoted words before the reporter's summary (``statements._holding``)
            within = _quoted_holders(conn, within, fragment)
        if within == {str(statement_id)} and fragment_may_join(
                fragment, str(statement_id), lambda sid: _same_occasion(conn, int(sid), qid)):
            held.append(other)
            conn.execute("UPDATE statement_quotes SET how = 'fragment' WHERE quote_id = ? AND part = ?", (qid, part))
    if held:
        _join_statements(conn, statement_id, sorted(set(held)), bands)
        scan.clear()
    return {statement_id} if held else set()


def _alone_twin(conn: sqlite3.Connection, scan: SpeakerScan, speaker: str, fragment: list[str],
                quote_id: int) -> str | None:
    """The one statement of a fragment alone of ``speaker``'s with the very words of ``fragment``
    (a mixed quote's few quoted words no statement holds) printed on the same occasion
    (``_same_occasion``): two outlets quoting "artful smear" of one debate, "about $200,000" of one
    speech, before any prints the sentence. Another occasion's ("bomb the hell" a month later) stays
    apart: a term a speaker repeats says nothing of which time it was. None when no statement, or
    several, have those words (asked only of a fragment no statement holds, seldom)."""
    if scan.holds_alone(speaker) is False:
        return None
    twins = {other for other, _, _, words in scan.fragments_alone(speaker) if words == fragment}
    if len(twins) != 1:
        return None
    (twin,) = twins
    return str(twin) if _same_occasion(conn, twin, quote_id) else None


def _held_by_named(conn: sqlite3.Connection, scan: SpeakerScan, named_here: Sequence[str], part: Part,
                   quote_id: int) -> str | None:
    """The one statement of a speaker the quote's article names (``named_here``) that holds an
    unnamed speaker's quoted words or stands inside them (``statements.holds_unnamed``), printed as
    that speaker's quoted words in another article: "she's 'not a natural politician'" where the
    extractor left "she" unresolved, against Clinton's full sentence in another outlet. Within one
    article an unnamed quote is as often a voice the speaker quotes ("some say 'you know Trump is our
    man'"), so a source of another article must hold the words. A short fragment joins only on the
    statement's occasion (``fragment_may_join``). None when no statement, or several, hold them."""
    words = (part.fragment or part.wording).split()
    if not (part.quoted or part.fragment) or len(words) < MIN_HELD_UNNAMED_WORDS:
        return None
    found: set[str] = set()
    for name in named_here:
        rows = scan.wordings(name)
        if rows is None:  # past the scan's cap: the store's rows holding the words (or held in them)
            rows = scan.holding(name, words)
        found |= {sid for sid, w in rows if holds_unnamed(w.split(), words, fragment=bool(part.fragment))}
        if len(found) > 1:
            return None
    if len(found) != 1:
        return None
    (sid,) = found
    if not _quoted_elsewhere(conn, int(sid), quote_id):
        return None
    return sid if fragment_may_join(words, sid, lambda s: _same_occasion(conn, int(s), quote_id)) else None


def _held_by_mentioned(conn: sqlite3.Connection, part: Part, quote_id: int) -> str | None:
    """The one statement of a named speaker, quoted in another article, whose sentence holds an
    unnamed speaker's quoted words (``statements.holds_unnamed``), when the unnamed quote's article
    mentions that speaker's surname: ``_held_by_named`` for a speaker the article names without
    quoting them by name ("For someone who conceded in a recent debate that she's 'not a natural
    politician,' Hillary Clinton had a good night", where the extractor left "she" unresolved).
    The sentences holding the words are found by the full-text index of quotes (``quote_fts``),
    which the store keeps: one phrase query, asked only of an unnamed speaker's quoted words that
    nothing else took. A short fragment joins only on the statement's occasion, as in
    ``_held_by_named``; None when no statement, or several, hold them."""
    words = (part.fragment or part.wording).split()
    # From MIN_UNNAMED_WORDS words the bands find a named sentence holding them (``unnamed_score``);
    # a phrase query of that many words costs 8 times one of fewer (BBC store: 1.9 s against 0.25).
    if not (part.quoted or part.fragment) or not MIN_HELD_UNNAMED_WORDS <= len(words) < MIN_UNNAMED_WORDS:
        return None
    rows = _phrase_in_other_articles(conn, words, quote_id, _NAMED_GROUPED)
    held = {(sid, speaker) for sid, speaker, wording, kind, text, _qid in rows
            if speaker_words(kind, text, wording)
            and holds_unnamed(wording.split(), words, fragment=bool(part.fragment))}
    if not held:
        return None
    mentioned = _article_words(conn, quote_id)
    found = {sid for sid, speaker in held if _surname_in_store(conn, speaker) in mentioned}
    if len(found) != 1:
        return None
    (sid,) = found
    return sid if fragment_may_join(words, sid, lambda s: _same_occasion(conn, int(s), quote_id)) else None


# Which statements ``_phrase_in_other_articles`` reads: a named speaker's, grouped with others, or an unnamed one's.
_NAMED_GROUPED = "s.how != 'alone' AND s.speaker_id NOT LIKE '?%'"
_UNNAMED = "s.speaker_id LIKE '?%'"


def _phrase_in_other_articles(conn: sqlite3.Connection, words: list[str], quote_id: int,
                              speakers: str) -> list[tuple[str, str, str, str, str, int]]:
    """The statement rows, of articles other than ``quote_id``'s, whose quote holds ``words`` in a row:
    one phrase query on ``quote_fts``, (statement id, speaker id, wording, kind, quote text, quote id).
    ``speakers`` is ``_NAMED_GROUPED`` or ``_UNNAMED``. Empty when a word is one the index's query
    syntax does not take: no evidence either way."""
    phrase = '"' + " ".join(words).replace('"', "") + '"'
    try:
        return conn.execute(
            "SELECT CAST(s.statement_id AS TEXT), s.speaker_id, s.wording, q.kind, q.text, q.id FROM quote_fts"
            " JOIN statement_quotes s ON s.quote_id = quote_fts.rowid JOIN quotes q ON q.id = s.quote_id"
            f" WHERE quote_fts MATCH ? AND {speakers}"
            " AND q.article_id != (SELECT article_id FROM quotes WHERE id = ?)",
            ("text : " + phrase, quote_id)).fetchall()
    except sqlite3.OperationalError:
        return []


def _unnamed_holding(conn: sqlite3.Connection, speaker: str, part: Part, quote_id: int) -> str | None:
    """The one statement of an unnamed speaker, quoted in another article that mentions ``speaker``'s
    surname, whose sentence holds the named speaker's new quoted words in a row: ``_held_by_mentioned``
    the other way round, for the unnamed sentence stored first (Breitbart's "they deserve someone
    who's made of the same stuff. That's Hillary Clinton," of "the man", two days before the NYT's
    Biden was "made of the same stuff"). Only for words of MIN_CONTAINED_WORDS to MIN_UNNAMED_WORDS
    (``holds_unnamed``'s floor for a named sentence inside unnamed words; from MIN_UNNAMED_WORDS the
    bands find the unnamed sentence, ``unnamed_score``), asked only of a named speaker's quoted
    sentence that opened a statement: one phrase query on ``quote_fts``. None when no statement, or
    several, hold them."""
    ws = part.wording.split()
    if part.fragment or not part.quoted or not MIN_CONTAINED_WORDS <= len(ws) < MIN_UNNAMED_WORDS:
        return None
    rows = _phrase_in_other_articles(conn, ws, quote_id, _UNNAMED)
    held = {(sid, qid) for sid, _speaker, wording, kind, text, qid in rows
            if speaker_words(kind, text, wording) and holds_unnamed(ws, wording.split(), fragment=False)}
    if not held:
        return None
    surname = _surname_in_store(conn, speaker)
    found = {sid for sid, qid in held if surname and surname in _article_words(conn, qid)}
    return found.pop() if len(found) == 1 else None


def _holding_unnamed_alone(conn: sqlite3.Connection, scan: SpeakerScan, statement_id: str, part: Part,
                           quote_id: int) -> list[int]:
    """The statements of unnamed speakers' fragments alone, stored before, that a named speaker's new
    quoted sentence (``statement_id``'s) holds in a row, each when ``_held_by_mentioned`` would have
    given it this statement had it come second: its article mentions the speaker's surname, no other
    named statement holds it, and a short fragment is of the statement's occasion. Breitbart's
    supporters "saying 'the struggle continues'" (no speaker found, Sanders mentioned) a day before
    HuffPost printed his email "... and to understand that the struggle continues": articles are
    linked oldest first, and which outlet printed the words first says nothing of whose they are,
    so the join must not hang on it. Each fragment found is read again (``SpeakerScan.unnamed_alone`` keeps rows
    that a join since changed) and marked ``fragment``, as ``_absorb_fragments`` marks a fragment it
    takes."""
    if part.fragment or not part.quoted:
        return []
    index = scan.unnamed_alone()
    if not index:
        return []
    ws = part.wording.split()
    found: list[int] = []
    for pair in set(zip(ws, ws[1:])):
        for frag_qid, frag_part, held in index.get(pair, ()):
            if frag_qid == quote_id or not holds_in_row(ws, held):
                continue
            row = conn.execute("SELECT statement_id, speaker_id, how FROM statement_quotes WHERE quote_id = ?"
                               " AND part = ?", (frag_qid, frag_part)).fetchone()
            if row is None or row[2] != "alone" or not row[1].startswith("?") or row[0] in found:
                continue
            fragment = Part(frag_part, 0, 0, "", fragment=" ".join(held))
            if _held_by_mentioned(conn, fragment, frag_qid) == statement_id:
                conn.execute("UPDATE statement_quotes SET how = 'fragment' WHERE quote_id = ? AND part = ?",
                             (frag_qid, frag_part))
                found.append(row[0])
    return found


def _article_words(conn: sqlite3.Connection, quote_id: int) -> set[str]:
    """The folded words of the article of ``quote_id``: whom it mentions."""
    (text,) = conn.execute("SELECT a.text FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id = ?",
                           (quote_id,)).fetchone()
    return set(words(text))


def _surname_in_store(conn: sqlite3.Connection, speaker: str) -> str:
    """A named speaker's surname: the store's (``across_speakers``, a knowledge-base id's), or the
    last word of a name id's; "" when neither is known."""
    row = conn.execute("SELECT surname, name FROM across_speakers WHERE id = ?", (speaker,)).fetchone()
    if row and row[0]:
        return _before_suffix(row[0], row[1])
    return id_surname(speaker) or ""


def _before_suffix(surname: str, name: str) -> str:
    """``surname``, or the word before it in ``name`` when it is a name's suffix ("Joseph R. Biden
    Jr.", whose record's surname is "jr"): the word an article mentions the person by."""
    if surname not in LIBRARY_NAME_SUFFIXES:
        return surname
    names = [w for w in words(name) if w not in LIBRARY_NAME_SUFFIXES]
    return names[-1] if len(names) > 1 else surname


def _quoted_elsewhere(conn: sqlite3.Connection, statement_id: int, quote_id: int) -> bool:
    """Whether statement ``statement_id`` holds words a speaker was quoted as saying (``speaker_words``)
    in another article than ``quote_id``'s."""
    rows = conn.execute(
        "SELECT s.wording, q.kind, q.text FROM statement_quotes s JOIN quotes q ON q.id = s.quote_id"
        " WHERE s.statement_id = ? AND s.how != 'alone'"
        " AND q.article_id != (SELECT article_id FROM quotes WHERE id = ?)", (statement_id, quote_id))
    return any(speaker_words(kind, text, wording) for wording, kind, text in rows)


def _quoted_holders(conn: sqlite3.Connection, holders: Iterable[str], fragment: list[str]) -> set[str]:
    """Of ``holders`` (statement ids), those with a sentence that holds ``fragment`` in a row and
    that a speaker was quoted as saying (``speaker_words``), not the reporter's summary of it."""
    holders = sorted(holders)
    rows = conn.execute(
        "SELECT CAST(s.statement_id AS TEXT), s.wording, q.kind, q.text FROM statement_quotes s"
        " JOIN quotes q ON q.id = s.quote_id WHERE s.how != 'alone'"
        f" AND s.statement_id IN ({', '.join('?' * len(holders))})", [int(sid) for sid in holders])
    return {sid for sid, wording, kind, text in rows
            if holds_in_row(wording.split(), fragment) and speaker_words(kind, text, wording)}


def _translated(conn: sqlite3.Connection, statement_id: int) -> bool:
    """Whether the reporter's words around a body quote of ``statement_id`` say the words were
    translated ("told reporters in Greek", "through an interpreter"; ``flags.translated`` asks the
    same of a statement's view). Asked only of a candidate a sentence matches at TRANSLATED_RATIO."""
    rows = conn.execute(
        "SELECT a.text, q.spans FROM statement_quotes s JOIN quotes q ON q.id = s.quote_id"
        " JOIN articles a ON a.id = q.article_id WHERE s.statement_id = ? AND q.\"where\" = 'body'"
        " AND q.kind IN ('direct', 'nested')", (statement_id,))
    return any(translation_cue(quote_context(text, [tuple(sp) for sp in json.loads(spans or "[]")])) is not None
               for text, spans in rows)


def _article_wordings(conn: sqlite3.Connection, statement_id: int, quote_id: int) -> list[str]:
    """The sentences ``statement_id`` holds that ``quote_id``'s article prints in its body in
    quotation marks (a direct or nested quote; the headline and a mixed quote's fragment are not
    the article's rendering of a sentence). Asked only of a translated sentence's candidates."""
    return [w for (w,) in conn.execute(
        "SELECT s.wording FROM statement_quotes s JOIN quotes q ON q.id = s.quote_id WHERE s.statement_id = ?"
        " AND q.article_id = (SELECT article_id FROM quotes WHERE id = ?) AND q.\"where\" = 'body'"
        " AND q.kind IN ('direct', 'nested')", (statement_id, quote_id))]


def _same_occasion(conn: sqlite3.Connection, statement_id: int, quote_id: int) -> bool:
    """Whether a source of ``statement_id`` (another quote than ``quote_id``) is dated within
    FRAGMENT_OCCASION_DAYS of ``quote_id``'s article, or either date is unknown, or the reporter's
    words around the quote place it on an earlier occasion (``flags.recalls_occasion``: "At the
    debate before the primary in New Hampshire, Clinton said she would "certainly look into" ...",
    a month after the debate: the article recalls an occasion, it does not report a new one) and
    the time they name, if any, is one of the statement's (``statements.recalls_a_day_of``: "in
    December" recalls no statement first printed in February). A short fragment joins its
    statement only then (``statements.fragment_may_join``), and so does a short sentence near
    another's wording (``statements.OCCASION_FREE_SENTENCE_WORDS``). Asked only of those, seldom."""
    day, text, spans = conn.execute(
        "SELECT a.published_utc, a.text, q.spans FROM quotes q JOIN articles a ON a.id = q.article_id"
        " WHERE q.id = ?", (quote_id,)).fetchone()
    rows = conn.execute(
        "SELECT DISTINCT a.published_utc, l.spoken_on FROM statement_quotes s JOIN quotes q ON q.id = s.quote_id"
        " JOIN articles a ON a.id = q.article_id LEFT JOIN quote_links l ON l.quote_id = q.id"
        " WHERE s.statement_id = ? AND s.quote_id != ?", (statement_id, quote_id)).fetchall()
    days = [_day(published) for published, _ in rows]
    if within_occasion(_day(day), days):
        return True
    spans = [tuple(s) for s in json.loads(spans or "[]")]
    cue = recalls_occasion(quote_context(text, spans), _day(day))
    if cue is None:
        return False
    sentence = _quote_sentence(text, spans)
    if IN_MONTH.fullmatch(cue) and cue not in sentence:
        # a month only another sentence names is another event's, and may be ahead: PolNeAR train,
        # Breitbart of 24 May, "the party's Philadelphia convention in July" before Sanders's rally
        # line, which had joined his January "We're going to go forward." as a recall of it
        return False
    spoken = [_day(on) for _, on in rows]
    return recalls_a_day_of(named_times(sentence, _day(day)), days + spoken)


def _quote_sentence(text: str, spans: list[tuple[int, int]]) -> str:
    """The reporter's sentence around a quote, its words blanked: the time it names is the quote's
    ("when he first described the wall in December, he said, ..."), where the paragraph's other
    sentences name other events' ("sent a memo to The Washington Post in April", PolNeAR train,
    before HuffPost recalls Calderon's February interview)."""
    if not spans or not text:
        return ""
    start, end = spans[0][0], spans[-1][1]
    lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    return _cue_sentence(_blanked(text, lo, hi, spans), start - lo, end - lo)


def _day(stamp: str | None) -> date | None:
    """The day of a stored 'YYYY-MM-DDTHH:MM:SS' UTC stamp."""
    return date.fromisoformat(stamp[:10]) if stamp else None


def _speaker_rows(speaker: str, column: str) -> tuple[str, list[str]]:
    """SQL on ``column`` for the rows of a speaker's statements ``SpeakerScan`` reads: its ids
    (``_speaker_ids``). A name with a middle initial reads the rows of the name without it, not the
    other way: spelling out every initial a name may have cost 12% more steps in a store four
    times the size (test_link_growth), so "Ruth M. Alvarez" quoted first and "Ruth Alvarez" later
    meet only through the bands (sentences of SCAN_BELOW_WORDS words or more)."""
    return f"{column} IN (?, ?, ?)", list(_speaker_ids(speaker))


def _speaker_ids(speaker: str) -> tuple[str, str, str]:
    """A speaker's id, the surname id its statements may have been opened under, and its name
    without its middle initial ("Paul D. Ryan" in one outlet, "Paul Ryan" in the others:
    ``statements.without_initial``); itself again for either it has not."""
    if not speaker.startswith("name:"):
        return (speaker, speaker, speaker)
    return (speaker, f"surname:{id_surname(speaker)}", without_initial(speaker) or speaker)


def _join_statements(conn: sqlite3.Connection, statement_id: int, others: list[int],
                     bands: SqliteBands | None = None) -> None:
    """Statements ``others`` are ``statement_id`` (a wording close to them all): their quotes and
    bands go to it, their flags go (the flag step works out the joined statement's), and they go."""
    for other in others:
        conn.execute("UPDATE statement_quotes SET statement_id = ? WHERE statement_id = ?", (statement_id, other))
        _move_bands(conn, other, statement_id, bands)
        conn.execute("DELETE FROM flags WHERE statement_id = ?", (other,))
        conn.execute("DELETE FROM statements WHERE id = ?", (other,))
    conn.execute("INSERT OR IGNORE INTO across_flags_dirty (statement_id) VALUES (?)", (statement_id,))


def _refile(conn: sqlite3.Connection, store, matcher, bands, exact, candidate, report, batch: int = 200) -> set[int]:
    """File again, at the grain of a sentence, the quotes of the articles migration 0017 noted
    (``across_refile``), from their stored speaker links: no speaker is resolved again. In the
    order ``link`` takes articles, a batch a transaction, each note removed with its batch."""
    touched: set[int] = set()
    with write_transaction(conn):
        # An article unlinked since (a split, ``link --all``) is linked afresh below, which files its quotes.
        conn.execute("DELETE FROM across_refile WHERE article_id NOT IN (SELECT article_id FROM linked_articles)")
    while True:
        with write_transaction(conn):
            matcher.scan = SpeakerScan(conn)
            bands.begin()
            articles = [r[0] for r in conn.execute(
                "SELECT r.article_id FROM across_refile r JOIN articles a ON a.id = r.article_id"
                " ORDER BY a.published_utc, a.id LIMIT ?", (batch,))]
            if not articles:
                return touched
            for article_id in articles:
                touched |= _refile_article(conn, article_id, matcher, bands, exact, candidate, report)
                conn.execute("INSERT OR IGNORE INTO across_headline_dirty (article_id) VALUES (?)", (article_id,))
                conn.execute("DELETE FROM across_refile WHERE article_id = ?", (article_id,))
            conn.executemany("INSERT OR IGNORE INTO across_flags_dirty (statement_id)"
                             " SELECT id FROM statements WHERE id = ?", [(s,) for s in sorted(touched)])
            _bump_version(conn)


def _refile_article(conn, article_id, matcher, bands, exact, candidate, report) -> set[int]:
    rows = conn.execute(
        'SELECT q.id, q.text, q.kind, q."where", q.spans, l.speaker_id, a.text, q.speaker_mention FROM quotes q'
        " JOIN articles a ON a.id = q.article_id LEFT JOIN quote_links l ON l.quote_id = q.id"
        " WHERE q.article_id = ? ORDER BY q.idx", (article_id,)).fetchall()
    touched: set[int] = set()
    named_here = sorted({r[5] for r in rows if r[5]})
    for qid, text, kind, where, spans, speaker_id, article_text, mention in rows:
        spans = json.loads(spans) if spans else []
        fragments = (quoted_fragments(article_text, spans[0][0], spans[-1][1])
                     if where == "body" and spans else ())
        context = quote_context(article_text, spans) if where == "body" else ""
        breaks = _span_breaks(article_text, spans) if where == "body" and kind in QUOTED_KINDS else ()
        filed = _file_quote(conn, qid, kind, text, _filed_parts(text, kind, fragments, context, breaks),
                            speaker_id or f"?{article_id}", matcher, bands, exact, candidate, report, named_here,
                            is_pronoun(mention))
        touched |= filed or set()
    return touched


def _as_stored(ex: Extraction | None, article_id: str) -> Extraction | None:
    """An extraction in hand as ``Store.get_article`` returns it once stored: under its store id."""
    if ex is None:
        return None
    return ex if ex.article.id == article_id else Extraction(replace(ex.article, id=article_id), ex.quotes)


def _lookup_step(speaker: str, wording: str) -> int:
    """The step of the windows a sentence is looked up under (``SpeakerMatcher``): an unnamed
    speaker's, a surname's and a long sentence's at the query step, the others' at the index step,
    which is also the step a statement is banded at. (A named speaker with too many statements to
    scan asks for the query step's too: those few windows are worked out when asked for.)"""
    if speaker.startswith(("?", "surname:")) or len(wording.split()) >= SCAN_BELOW_WORDS:
        return QUERY_STEP
    return INDEX_STEP


def _asks_bands(speaker: str, part: Part) -> bool:
    """Whether a sentence about to be filed will need its windows' signatures: the speaker's quoted
    words (banded, and looked up for unnamed speakers' statements), or the reporter's words of a
    surname alone or of 40 words or more (``SpeakerMatcher`` asks the bands for the speaker's own
    statements then). A speaker over the scan's cap asks too: those few are worked out when asked."""
    return part.quoted or speaker.startswith("surname:") or len(part.wording.split()) >= SCAN_BELOW_WORDS


@lru_cache(maxsize=1024)  # a speaker's resolution, evidence and all, is the same for each quote of theirs
def _evidence_json(evidence: Evidence) -> str:
    return json.dumps(evidence.to_dict(), ensure_ascii=False)


def _link_article(conn, ex: Extraction, linker, matcher, bands, exact, candidate, report) -> set[int]:
    article_id = ex.article.id
    ids = [r[0] for r in conn.execute("SELECT id FROM quotes WHERE article_id = ? ORDER BY idx", (article_id,))]
    resolutions = linker.resolve_article(ex)
    touched: set[int] = set()
    links = []  # written in one statement: filing a quote never reads the links
    filing = [_quote_parts(ex.article.text, q) for q in ex.quotes]
    speakers = [(r.speaker_id if r else None) or f"?{article_id}" for r in resolutions]
    named_here = sorted({s for s in speakers if not s.startswith("?")})
    # The article's signatures in one pass, each sentence's at the step it will be looked up at; none
    # for the reporter's words that neither ask the bands nor are banded (``_asks_bands``).
    asking = [(spk, p) for spk, parts in zip(speakers, filing) for p in parts if _asks_bands(spk, p)]
    prepare_windows((p.wording for _, p in asking), (_lookup_step(spk, p.wording) for spk, p in asking))
    for qid, q, r, parts, speaker, spoken in zip(ids, ex.quotes, resolutions, filing, speakers, spoken_times(ex)):
        links.append((qid, r.speaker_id if r else None, r.how if r else "none", r.note if r else None,
                      *_spoken_columns(spoken), r.role if r else None,
                      _evidence_json(r.evidence) if r and r.evidence else None))
        # (With no speaker, "the same statement" cannot be told: such quotes group within their article only.)
        filed = _file_quote(conn, qid, q.kind.value, q.text, parts, speaker, matcher, bands, exact, candidate,
                            report, named_here, q.speaker is not None and is_pronoun(q.speaker.mention))
        if filed is None:
            continue
        touched |= filed
        report.quotes += 1
    conn.executemany("INSERT OR REPLACE INTO quote_links (quote_id, speaker_id, how, note, spoken_on, spoken_from,"
                     " spoken_to, spoken_words, role, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", links)
    # Noted in this batch's transaction: the flag step at the end works them out, and a
    # link killed before it leaves the notes for the next run.
    # (A statement a later quote joined to another is gone: only those still stored are noted.)
    conn.executemany("INSERT OR IGNORE INTO across_flags_dirty (statement_id) SELECT id FROM statements WHERE id = ?",
                     [(s,) for s in touched])
    conn.execute("INSERT OR IGNORE INTO across_headline_dirty (article_id) VALUES (?)", (article_id,))
    conn.execute(
        "INSERT OR REPLACE INTO linked_articles (article_id, linked_at) VALUES (?, ?)",
        (article_id, datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")),
    )
    report.articles += 1
    return touched
