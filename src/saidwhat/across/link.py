"""The linking step over the store: run after ingest, incremental.

Owns writing the across tables (migrations 0010, 0011): for every article not
yet linked, resolve its speakers, file each quote under a statement (MinHash
LSH bands kept in ``statement_bands``), record when the words were spoken,
refresh the flags of the articles and statements touched, and recompute the
aliases of the speakers who lost quotes (``across_alias_stale``). Reads
articles and quotes through ``Store``; never changes the store's own tables.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from datasketch import MinHash

from ..errors import StoreError
from ..models import Extraction, Quote
from ..settings import Settings
from .dates import resolve_spoken_date
from .flags import Flag, altered_flags, headline_flags, recycled_flags
from .kb import KnowledgeBase
from .speakers import SpeakerLinker, SpeakerRecord, is_alias
from .statements import INDEX_STEP, Matcher, Member, band_keys, lsh_params, minhashes, summarize
from .text import normalize

__all__ = ["LinkReport", "link", "statement_view"]


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


class SqliteBands:
    """The LSH index of ``statements.MemoryBands``, kept as (band, key) rows."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.b, self.r = lsh_params()

    def candidates(self, hashes: list[MinHash]) -> set[str]:
        keys = sorted({key for h in hashes for _, key in band_keys(h, self.b, self.r)})
        found: set[str] = set()
        for start in range(0, len(keys), 500):  # under SQLite's bound-parameter limit
            chunk = keys[start : start + 500]
            found |= {str(r[0]) for r in self.conn.execute(
                f"SELECT DISTINCT statement_id FROM statement_bands WHERE key IN ({','.join('?' * len(chunk))})", chunk)}
        return found

    def add(self, statement: str, hashes: list[MinHash]) -> None:
        rows = {(band, key, int(statement)) for h in hashes for band, key in band_keys(h, self.b, self.r)}
        self.conn.executemany("INSERT INTO statement_bands (band, key, statement_id) VALUES (?, ?, ?)", rows)


def _spoken_on(ex: Extraction, q: Quote) -> date | None:
    """The extractor's date, else what the words around the cue say."""
    if q.spoken_on is not None:
        return q.spoken_on
    if q.cue is None or q.cue.span is None or q.where != "body":
        return None
    text = ex.article.text
    lo, hi = max(0, q.cue.span.start - 40), min(len(text), q.cue.span.end + 60)
    window = list(text[lo:hi])
    for s in q.spans:  # the quote's own words may name dates that are not when it was said
        for k in range(max(s.start, lo), min(s.end, hi)):
            window[k - lo] = " "
    return resolve_spoken_date("".join(window), ex.article.published)


def _load_records(conn: sqlite3.Connection) -> dict[str, SpeakerRecord]:
    records = {}
    for sid, name, qid, first, last, notes in conn.execute(
        "SELECT id, name, wikidata, first_seen, last_seen, notes FROM across_speakers"
    ):
        records[sid] = SpeakerRecord(
            sid, name, qid, first_seen=date.fromisoformat(first) if first else None,
            last_seen=date.fromisoformat(last) if last else None, notes=json.loads(notes),
        )
    for sid, outlet, last in conn.execute("SELECT speaker_id, outlet, last_seen FROM across_speaker_outlets"):
        records[sid].outlets[outlet] = date.fromisoformat(last) if last else None
    return records


def _save_records(conn: sqlite3.Connection, records: dict[str, SpeakerRecord]) -> None:
    for r in records.values():
        conn.execute(
            "INSERT INTO across_speakers (id, name, wikidata, first_seen, last_seen, notes) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen,"
            " notes = excluded.notes, wikidata = coalesce(across_speakers.wikidata, excluded.wikidata)",
            (r.id, r.name, r.wikidata, r.first_seen.isoformat() if r.first_seen else None,
             r.last_seen.isoformat() if r.last_seen else None, json.dumps(r.notes)),
        )
        conn.executemany("INSERT OR IGNORE INTO across_speaker_aliases VALUES (?, ?)", [(r.id, a) for a in r.aliases])
        conn.executemany("INSERT OR IGNORE INTO across_speaker_roles VALUES (?, ?)", [(r.id, a) for a in r.roles])
        conn.executemany(
            "INSERT OR REPLACE INTO across_speaker_outlets VALUES (?, ?, ?)",
            [(r.id, o, d.isoformat() if d else None) for o, d in r.outlets.items()],
        )


def _drop_non_aliases(conn: sqlite3.Connection) -> int:
    """Remove the aliases ``is_alias`` rejects, which a store linked by an earlier version
    may hold ("He", "who"). Aliases are the speakers' mentions filtered by that rule
    alone, so this leaves what linking the store afresh would record. Returns how many went."""
    bad = [(a,) for (a,) in conn.execute("SELECT DISTINCT alias FROM across_speaker_aliases") if not is_alias(a)]
    return conn.executemany("DELETE FROM across_speaker_aliases WHERE alias = ?", bad).rowcount if bad else 0


def _refresh_aliases(conn: sqlite3.Connection) -> int:
    """Set the aliases of each speaker who lost quotes (an article replaced) to the
    mentions of the quotes still linked to them; returns how many aliases went.

    Only those speakers are read, each through the ``quote_links`` speaker index,
    so the cost follows what changed, not the size of the store. Aliases are
    recorded nowhere but from quote mentions (``SpeakerLinker._remember``), so
    this is what linking the store afresh would record for them."""
    removed = 0
    for (sid,) in conn.execute("SELECT speaker_id FROM across_alias_stale").fetchall():
        given = {m for (m,) in conn.execute(
            "SELECT DISTINCT q.speaker_mention FROM quote_links l JOIN quotes q ON q.id = l.quote_id"
            " WHERE l.speaker_id = ? AND q.speaker_mention IS NOT NULL", (sid,)) if is_alias(m)}
        held = {a for (a,) in conn.execute(
            "SELECT alias FROM across_speaker_aliases WHERE speaker_id = ?", (sid,))}
        conn.executemany("DELETE FROM across_speaker_aliases WHERE speaker_id = ? AND alias = ?",
                         [(sid, a) for a in sorted(held - given)])
        # a mention not yet an alias can only come from a store linked by an older version
        if given - held and conn.execute("SELECT 1 FROM across_speakers WHERE id = ?", (sid,)).fetchone():
            conn.executemany("INSERT INTO across_speaker_aliases VALUES (?, ?)",
                             [(sid, a) for a in sorted(given - held)])
        removed += len(held - given)
    conn.execute("DELETE FROM across_alias_stale")
    return removed


def _members(conn: sqlite3.Connection, statement_id: int) -> tuple[str, list[Member]]:
    rows = conn.execute(
        "SELECT q.id, q.article_id, q.text, a.outlet, a.url, a.published, l.spoken_on, q.\"where\", q.kind, s.speaker_id"
        " FROM statement_quotes s JOIN quotes q ON q.id = s.quote_id JOIN articles a ON a.id = q.article_id"
        " LEFT JOIN quote_links l ON l.quote_id = q.id WHERE s.statement_id = ?",
        (statement_id,),
    ).fetchall()
    speaker = rows[0][9] if rows else "?"  # "?<article id>" when the speaker is unknown
    members = [
        Member(str(r[0]), r[1], r[2], r[3], r[4], datetime.fromisoformat(r[5]) if r[5] else None,
               date.fromisoformat(r[6]) if r[6] else None, r[7], r[8])
        for r in rows
    ]
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


def link(store, settings: Settings | None = None, *, kb: KnowledgeBase | None = None, batch: int = 200) -> LinkReport:
    """Link every stored article not linked yet; returns what was done.

    Safe to run after each ingest: articles already linked are skipped, and an
    article replaced in the store (its rows cascade away) is linked again."""
    settings = settings or Settings()
    conn: sqlite3.Connection = store.connection
    report = LinkReport()
    try:
        linker = SpeakerLinker(kb, _load_records(conn))
        bands = SqliteBands(conn)
        matcher = Matcher(bands)

        def exact(speaker: str, wording: str) -> str | None:
            row = conn.execute(
                "SELECT statement_id FROM statement_quotes WHERE speaker_id = ? AND wording = ? LIMIT 1",
                (speaker, wording)).fetchone()
            return str(row[0]) if row else None

        def candidate(sid: str) -> tuple[str, list[str]]:
            rows = conn.execute(
                "SELECT speaker_id, wording FROM statement_quotes WHERE statement_id = ? GROUP BY wording LIMIT 50",
                (int(sid),)).fetchall()
            return (rows[0][0] if rows else "?"), [r[1] for r in rows]

        pending = [r[0] for r in conn.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM linked_articles)"
            " ORDER BY published_utc, id")]
        touched: set[int] = set()
        for start in range(0, len(pending), batch):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for article_id in pending[start : start + batch]:
                    touched |= _link_article(conn, store, article_id, linker, matcher, bands, exact, candidate, report)
                _save_records(conn, linker.records)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        conn.execute("BEGIN IMMEDIATE")
        try:
            report.aliases_removed = _refresh_aliases(conn) + _drop_non_aliases(conn)
            for sid in sorted(touched):
                conn.execute("DELETE FROM flags WHERE statement_id = ? AND kind IN ('altered', 'recycled')", (sid,))
                view = statement_view(conn, sid)
                if view is None:
                    continue
                for f in altered_flags(view) + recycled_flags(view, settings.recycled_days):
                    _insert_flag(conn, f)
                    report.flags[f.kind] = report.flags.get(f.kind, 0) + 1
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        report.statements_touched = len(touched)
    except sqlite3.Error as exc:
        raise StoreError(f"linking the store failed: {exc}") from exc
    return report


def _link_article(conn, store, article_id, linker, matcher, bands, exact, candidate, report) -> set[int]:
    ex = store.get_article(article_id)
    ids = [r[0] for r in conn.execute("SELECT id FROM quotes WHERE article_id = ? ORDER BY idx", (article_id,))]
    resolutions = linker.resolve_article(ex)
    touched: set[int] = set()
    for qid, q, r in zip(ids, ex.quotes, resolutions):
        spoken = _spoken_on(ex, q)
        conn.execute(
            "INSERT OR REPLACE INTO quote_links (quote_id, speaker_id, how, note, spoken_on) VALUES (?, ?, ?, ?, ?)",
            (qid, r.speaker_id if r else None, r.how if r else "none", r.note if r else None,
             spoken.isoformat() if spoken else None),
        )
        wording = normalize(q.text)
        if not wording:
            continue
        # With no speaker, "the same statement" cannot be told: such quotes group within their article only.
        speaker = (r.speaker_id if r else None) or f"?{article_id}"
        sid, how, _ = matcher.find(speaker, wording, exact, candidate)
        known_wording = how == "exact"
        if sid is None:
            sid = str(conn.execute("INSERT INTO statements (speaker_id) VALUES (?)", (speaker,)).lastrowid)
            report.statements_new += 1
        conn.execute(
            "INSERT OR REPLACE INTO statement_quotes (quote_id, statement_id, speaker_id, wording, how) VALUES (?, ?, ?, ?, ?)",
            (qid, int(sid), speaker, wording, how),
        )
        if not known_wording:
            bands.add(sid, minhashes(wording.split(), INDEX_STEP))
        if how != "new":  # a statement of one quote has nothing to compare or date against
            touched.add(int(sid))
        report.quotes += 1
    conn.execute("DELETE FROM flags WHERE article_id = ? AND kind = 'headline'", (article_id,))
    for f in headline_flags(ex, resolutions, linker):
        _insert_flag(conn, f)
        report.flags[f.kind] = report.flags.get(f.kind, 0) + 1
    conn.execute(
        "INSERT OR REPLACE INTO linked_articles (article_id, linked_at) VALUES (?, ?)",
        (article_id, datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")),
    )
    report.articles += 1
    return touched
