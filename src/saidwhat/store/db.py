"""The SQLite store: one file, WAL mode, one transaction per article (or per chunk of them).

``Store`` owns the connection, the writes and the reads; the schema lives in
``migrations/`` and is applied on open. sqlite3 errors become ``StoreError``
(``StoreBusyError`` when another process keeps the write lock past the busy
timeout) or ``QueryError`` (a search SQLite cannot parse), here and only here.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import QueryError, StoreBusyError, StoreError
from ..models import (
    Article,
    Cue,
    Entity,
    Extraction,
    Figure,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)
from . import query as q
from .identity import canonical_url, earlier_url, identify
from .migrate import latest_version, migrate, schema_version

__all__ = ["QuoteHit", "SearchPage", "SpeakerStat", "Store", "open_store"]

BUSY_TIMEOUT = 30.0  # seconds a writer waits for another to finish before StoreBusyError

# sqlite3 binds an int, float or str as it is, but sends None through its adapter registry, where a
# miss ends in two attribute lookups that raise and clear AttributeError: 3,300 instructions a NULL
# bound (18k NULLs in storing and linking 300 BBC articles, 2% of the instructions). A registered
# adapter is found by one dict lookup; this one, a C method, returns None, which binds NULL as before.
sqlite3.register_adapter(type(None), {}.get)


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """One search result: a quote, where it was published, and how well it matched.

    ``rank`` is FTS5's bm25 score negated, so higher is better; 0.0 when the
    search had no words (filters only).
    """

    quote: Quote
    quote_idx: int
    article_id: str
    url: str | None
    outlet: str | None
    headline: str | None
    published: datetime | None
    rank: float
    speaker_id: int | None = None
    # The quote's text as (text, is_match) pieces, the words searched for marked; empty without words.
    highlight: tuple[tuple[str, bool], ...] = ()


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of hits; ``syntax`` when the words were read as search syntax, and ``note`` saying why
    when that was not asked for."""

    hits: list[QuoteHit]
    syntax: bool = False
    note: str | None = None


@dataclass(frozen=True, slots=True)
class SpeakerStat:
    """A speaker with how often, in how many articles, and from when to when they were quoted."""

    id: int
    name: str
    type: str | None
    quotes: int
    articles: int
    first_seen: datetime | None  # earliest publication date of an article quoting them
    last_seen: datetime | None


# What the full-text index holds of a quote (the columns of quote_fts, migration 0001's trigger).
_INDEX_QUOTES = (
    # OR REPLACE: a store still at schema 0020 (a writer of that version, as the tests stand one
    # in) has the trigger write the row too
    "INSERT OR REPLACE INTO quote_fts(rowid, text, speaker, headline) SELECT qt.id, qt.text,"
    " trim(coalesce((SELECT name FROM speakers WHERE id = qt.speaker_id), qt.speaker_name, '')"
    " || ' ' || coalesce(qt.speaker_mention, '')),"
    " (SELECT headline FROM articles WHERE id = qt.article_id)"
    " FROM quotes qt WHERE qt.id IN (SELECT value FROM json_each(?))"
)


def index_quotes(conn: sqlite3.Connection, quote_ids: Sequence[int]) -> None:
    """Write the full-text rows of the quotes ``quote_ids``, just inserted, in one statement: the
    last of the transaction that wrote them, so that FTS5 writes one segment for all of them
    (migration 0021). Whoever inserts rows into ``quotes`` calls it before committing."""
    if quote_ids:
        conn.execute(_INDEX_QUOTES, (json.dumps(list(quote_ids)),))


def _translate(exc: sqlite3.Error, doing: str) -> StoreError:
    message = str(exc)
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in message or "busy" in message):
        return StoreBusyError(f"{doing}: the store is busy (another process holds the write lock): {message}")
    return StoreError(f"{doing}: {message}")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _utc_dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None


def _spans_json(spans: Sequence[Span]) -> str:
    # json.dumps's text for the pairs of ints, written directly: a third of storing's Python time went
    # to the json module for these small lists
    return "[" + ", ".join([f"[{int(s.start)}, {int(s.end)}]" for s in spans]) + "]"


@lru_cache(maxsize=4096)
def _rules_json(rules: tuple[str, ...]) -> str:
    """The stored list of a quote's rules: a few hundred combinations over a corpus, encoded once each."""
    return json.dumps(list(rules))


def _spans(text: str | None) -> tuple[Span, ...]:
    return tuple(Span(int(a), int(b)) for a, b in json.loads(text or "[]"))


def _span(start: int | None, end: int | None) -> Span | None:
    return None if start is None or end is None else Span(start, end)


class Store:
    """A saidwhat database. Open with ``Store.open(path)``; use as a context manager to close it.

    One Store may be shared between threads (a lock serialises its use); for
    parallel writers use one process writing and the others reading.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, readonly: bool) -> None:
        self._conn = conn
        self.path = path
        self.readonly = readonly
        self._lock = threading.RLock()

    # --- opening -----------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False, timeout: float = BUSY_TIMEOUT) -> Store:
        """Open (and, unless ``readonly``, create and migrate) the store at ``path``."""
        path = Path(path)
        if readonly and not path.is_file():
            raise StoreError(f"no store at {path}; run saidwhat ingest first")
        try:
            if readonly:
                conn = sqlite3.connect(
                    f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout,
                    isolation_level=None, check_same_thread=False,
                )
            else:
                if path.parent and not path.parent.exists():
                    raise StoreError(f"cannot create a store at {path}: folder {path.parent} does not exist")
                conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise _translate(exc, f"cannot open the store {path}") from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            if readonly:
                have, want = schema_version(conn), latest_version()
                if have == 0:
                    raise StoreError(f"{path} is not a saidwhat store (no schema); run saidwhat ingest first")
                if have < want:
                    raise StoreError(
                        f"the store {path} is at schema version {have}, this saidwhat needs {want}; "
                        "open it once writable (any saidwhat ingest) to migrate it"
                    )
            else:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise StoreError(f"cannot put {path} in WAL mode (got {mode})")
                # NORMAL is durable against a killed process in WAL mode, which is
                # what resumable ingest needs; only a power cut can lose the last commits.
                conn.execute("PRAGMA synchronous = NORMAL")
                migrate(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise StoreError(f"{path} is not a SQLite database, or it is damaged: {exc}") from exc
            raise _translate(exc, f"cannot open the store {path}") from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, readonly=readonly)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for migrations and code that extends the schema (0010+)."""
        return self._conn

    def _rows(self, sql: str, params: Sequence[Any] = (), *, doing: str = "reading the store") -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise _translate(exc, doing) from exc

    # --- writing -------------------------------------------------------------------

    def add(self, extraction: Extraction, *, replace: bool = False) -> bool:
        """Store one article and its quotes in one transaction; True if it was new.

        An article already stored (same canonical URL, or same text when it has
        no URL) is left as it is and False returned, unless ``replace``: then
        its old rows are deleted and the new ones written, in the same transaction.
        """
        what = f"cannot store article {extraction.article.source or extraction.article.id}"
        return self._store([extraction], replace=replace, what=what)[0]

    def add_many(self, extractions: Sequence[Extraction]) -> list[bool]:
        """Store ``extractions`` in one transaction: for each, True if it was new (as ``add``).

        Ingest stores a chunk of articles at a time this way. A killed run still leaves whole
        articles or nothing of them (here, the whole chunk or none of it), and the chunk pays for
        one commit and one full-text segment instead of one per article: over the BBC corpus
        that was most of the cost of storing (the FTS5 index merges a segment per commit).
        """
        return self._store(extractions, replace=False, what=f"cannot store {len(extractions)} articles")

    def _store(self, extractions: Sequence[Extraction], *, replace: bool, what: str) -> list[bool]:
        """``add`` and ``add_many``: one transaction, True for each article written."""
        if self.readonly:
            raise StoreError(f"the store {self.path} is open read-only")
        idents = [identify(ex.article) for ex in extractions]
        out: list[bool] = []
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    quote_ids: list[int] = []
                    speakers: dict[str, list] = {}  # this transaction's speakers rows (``_speaker_id``)
                    for ident, extraction in zip(idents, extractions):
                        existing = self._find_id(ident.canonical_url, ident.content_hash, ident.earlier_url)
                        if existing is not None and replace:
                            conn.execute("DELETE FROM articles WHERE id = ?", (existing,))
                        elif existing is not None:
                            out.append(False)
                            continue
                        quote_ids += self._insert(ident, extraction, speakers)
                        out.append(True)
                    index_quotes(conn, quote_ids)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                raise _translate(exc, what) from exc
        return out

    def _find_id(self, url: str | None, digest: str, earlier_url: str | None = None) -> str | None:
        if url is not None:
            row = self._conn.execute("SELECT id FROM articles WHERE canonical_url = ?", (url,)).fetchone()
            if row is None and earlier_url is not None:  # stored under the key of an earlier version
                row = self._conn.execute("SELECT id FROM articles WHERE canonical_url = ?", (earlier_url,)).fetchone()
        else:
            row = self._conn.execute(
                "SELECT id FROM articles WHERE content_hash = ? AND canonical_url IS NULL", (digest,)
            ).fetchone()
        return row[0] if row else None

    def _insert(self, ident: Any, extraction: Extraction, speakers: dict[str, list] | None = None) -> list[int]:
        """Write one article and its quotes; returns the quotes' row ids, to index (``index_quotes``).
        ``speakers``: the rows of ``speakers`` this transaction read or wrote (``_speaker_id``)."""
        conn = self._conn
        quote_ids = []
        art = extraction.article
        # An Article built with an id of its own (Article(id="rec-7", ...)) keeps it as its given id:
        # the row is named by the derived id, as every reader names it, and found by either.
        given_id = art.given_id or (art.id if art.id != ident.id else None)
        conn.execute(
            "INSERT INTO articles (id, url, canonical_url, content_hash, outlet, headline, published,"
            " published_utc, language, author, text, paragraphs, source, ingested_at, given_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                ident.id, art.url, ident.canonical_url, ident.content_hash, art.outlet, art.headline,
                art.published.isoformat() if art.published else None,
                q.utc_text(art.published) if art.published else None,
                art.language, art.author, art.text, _spans_json(art.paragraphs), art.source,
                datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"), given_id,
            ),
        )
        for idx, quote in enumerate(extraction.quotes):
            spk, cue = quote.speaker, quote.cue
            speaker_id = self._speaker_id(spk.name, spk.type, speakers) if spk and spk.name else None
            cur = conn.execute(
                'INSERT INTO quotes (article_id, idx, text, spans, kind, "where", cue, cue_start, cue_end,'
                " speaker_mention, speaker_start, speaker_end, speaker_name, speaker_type, speaker_id,"
                " confidence, parent, spoken_on, rules)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    ident.id, idx, quote.text, _spans_json(quote.spans), str(quote.kind), quote.where,
                    cue.text if cue else None,
                    cue.span.start if cue and cue.span else None,
                    cue.span.end if cue and cue.span else None,
                    spk.mention if spk else None,
                    spk.span.start if spk and spk.span else None,
                    spk.span.end if spk and spk.span else None,
                    spk.name if spk else None,
                    spk.type if spk else None,
                    speaker_id, float(quote.confidence), quote.parent,
                    quote.spoken_on.isoformat() if quote.spoken_on else None,
                    _rules_json(tuple(quote.rules)) if quote.rules else None,
                ),
            )
            quote_id = cur.lastrowid
            quote_ids.append(quote_id)
            if speaker_id is not None and spk is not None:
                conn.execute(
                    'INSERT INTO speaker_mentions (speaker_id, article_id, quote_id, mention, start, "end")'
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (speaker_id, ident.id, quote_id, spk.mention,
                     spk.span.start if spk.span else None, spk.span.end if spk.span else None),
                )
            if quote.entities:  # an empty executemany still costs a call into SQLite: most quotes have none
                conn.executemany(
                    'INSERT INTO entities (quote_id, n, text, label, start, "end") VALUES (?, ?, ?, ?, ?, ?)',
                    [(quote_id, n, e.text, e.label, e.span.start, e.span.end) for n, e in enumerate(quote.entities)],
                )
            if quote.figures:
                conn.executemany(
                    'INSERT INTO figures (quote_id, n, text, value, unit, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)',
                    [(quote_id, n, f.text, f.value, f.unit, f.span.start, f.span.end)
                     for n, f in enumerate(quote.figures)],
                )
        return quote_ids

    def _speaker_id(self, name: str, type_: str | None, known: dict[str, list] | None = None) -> int:
        """The id of the speaker named ``name``, written if new. ``known``: [id, type] of the names
        this transaction read or wrote, which no other connection can change before it ends: a
        chunk of articles names the same people quote after quote (the BBC corpus: 11,590 lookups of
        3,442 names, 4,388 now)."""
        row = None if known is None else known.get(name)
        if row is None:
            row = self._conn.execute("SELECT id, type FROM speakers WHERE name = ?", (name,)).fetchone()
            if row is None:
                row = [int(self._conn.execute(
                    "INSERT INTO speakers (name, type) VALUES (?, ?)", (name, type_)).lastrowid), type_]
            row = list(row)
            if known is not None:
                known[name] = row
        if row[1] is None and type_ is not None:  # learn the type when a later article says it
            self._conn.execute("UPDATE speakers SET type = ? WHERE id = ?", (type_, row[0]))
            row[1] = type_
        return int(row[0])

    # --- reading -------------------------------------------------------------------

    def has_article(self, article: Article | str) -> bool:
        """Whether ``article`` (an Article, a URL or a store id) is stored. Cheap: one indexed lookup."""
        if isinstance(article, Article):
            ident = identify(article)
            with self._lock:
                try:
                    return self._find_id(ident.canonical_url, ident.content_hash, ident.earlier_url) is not None
                except sqlite3.Error as exc:
                    raise _translate(exc, "reading the store") from exc
        url = canonical_url(article)
        if url is not None:
            keys = [url, *filter(None, [earlier_url(article)])]
            return bool(self._rows(f"SELECT 1 FROM articles WHERE canonical_url IN ({','.join('?' * len(keys))})",
                                   tuple(keys)))
        return bool(self._rows("SELECT 1 FROM articles WHERE id = ?", (article,)))

    def get_article(self, id: str) -> Extraction:
        """The stored article ``id`` with its quotes, as ``extract`` returned them.

        ``id`` is the store's id (what every output prints) or, when no article has that id,
        the id its source record gave it (``Article.given_id``) if that names one article.
        """
        rows = self._rows(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (id,))
        if not rows:
            rows = self._rows(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE given_id = ? ORDER BY id LIMIT 3",
                              (id,))
        if not rows:
            raise QueryError(f"no article with id {id!r} in {self.path}")
        if len(rows) > 1:  # two sources may both number their records from 1
            ids = ", ".join(row[0] for row in rows[:2])
            raise QueryError(f"more than one article was given the id {id!r} ({ids}, ...): use the store's id")
        return self._extraction(rows[0])

    def iter_extractions(self) -> Iterator[Extraction]:
        """Every stored article with its quotes, in id order."""
        last = ""
        while True:  # keyset pages, so no cursor stays open while the caller works
            rows = self._rows(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT 200", (last,)
            )
            if not rows:
                return
            for row in rows:
                yield self._extraction(row)
            last = rows[-1][0]

    def _extraction(self, row: tuple) -> Extraction:
        article = Article(
            id=row[0], url=row[1], outlet=row[2], headline=row[3], published=_dt(row[4]),
            language=row[5], author=row[6], text=row[7], paragraphs=_spans(row[8]), source=row[9],
            given_id=row[10],
        )
        quote_rows = self._rows(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes WHERE article_id = ? ORDER BY idx", (article.id,)
        )
        quotes = self._quotes(quote_rows)
        return Extraction(article, tuple(quote for _, quote in quotes))

    def _quotes(self, rows: list[tuple]) -> list[tuple[tuple, Quote]]:
        """Rows of ``_QUOTE_COLUMNS`` as Quotes, with their entities and figures."""
        ids = [row[0] for row in rows]
        entities: dict[int, list[Entity]] = {i: [] for i in ids}
        figures: dict[int, list[Figure]] = {i: [] for i in ids}
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            marks = ",".join("?" * len(chunk))
            for quote_id, text, label, start, end in self._rows(
                f'SELECT quote_id, text, label, start, "end" FROM entities WHERE quote_id IN ({marks})'
                " ORDER BY quote_id, n", chunk,
            ):
                entities[quote_id].append(Entity(text, label, Span(start, end)))
            for quote_id, text, value, unit, start, end in self._rows(
                f'SELECT quote_id, text, value, unit, start, "end" FROM figures WHERE quote_id IN ({marks})'
                " ORDER BY quote_id, n", chunk,
            ):
                figures[quote_id].append(Figure(text, value, Span(start, end), unit))
        out = []
        for row in rows:
            (quote_id, _article_id, _idx, text, spans, kind, where, cue, cue_start, cue_end,
             mention, spk_start, spk_end, spk_name, spk_type, _speaker_id, confidence, parent,
             spoken_on, rules) = row
            quote = Quote(
                text=text,
                spans=_spans(spans),
                kind=QuoteKind(kind),
                cue=Cue(cue, _span(cue_start, cue_end)) if cue is not None else None,
                speaker=Speaker(mention, _span(spk_start, spk_end), spk_name, spk_type)
                if mention is not None else None,
                confidence=confidence,
                where=where,
                entities=tuple(entities[quote_id]),
                figures=tuple(figures[quote_id]),
                parent=parent,
                spoken_on=date.fromisoformat(spoken_on) if spoken_on else None,
                rules=tuple(json.loads(rules)) if rules else (),
            )
            out.append((row, quote))
        return out

    def search(
        self,
        query: str | None = None,
        *,
        speaker: str | None = None,
        outlet: str | None = None,
        since: date | datetime | str | None = None,
        until: date | datetime | str | None = None,
        when: str | None = None,
        kind: str | QuoteKind | None = None,
        limit: int = 50,
        offset: int = 0,
        syntax: bool = False,
        sort: str = "relevance",
        plain: bool | None = None,
    ) -> list[QuoteHit]:
        """Quotes holding the words of ``query`` (in their text, speaker or headline) and matching the filters.

        The words are read plainly ("Blair's", "U.S.", "9/11" are just words) and
        match any ending ("taxes" finds "tax"); ``syntax=True`` reads ``query`` as
        SQLite FTS5 syntax ("phrases", AND / OR / NOT, prefix*, speaker:name), and
        plain words that find nothing but look like syntax are tried as syntax.
        ``speaker`` and ``outlet`` match case-insensitively anywhere in the name;
        ``since`` / ``until`` bound the publication date (a bare date is a whole
        day); ``when`` is "week", "month" or "year" back from today. ``sort`` is
        "relevance" (best first; newest first without words), "newest" or
        "oldest". ``plain=True`` is the default reading, kept for older callers.
        """
        filters = q.SearchFilters(
            q=query, speaker=speaker, outlet=outlet, since=since, until=until, when=when,  # type: ignore[arg-type]
            kind=str(kind) if kind else None, syntax=bool(syntax) and not plain, sort=sort)
        return self.search_page(filters, limit=limit, offset=offset).hits

    def search_page(self, filters: q.SearchFilters, *, limit: int = 50, offset: int = 0) -> SearchPage:
        """One page of a search as ``QuoteHit``s, with the note saying when the words were read as syntax."""
        n = len(_QUOTE_COLUMNS.split(","))
        columns = f"{_QUOTE_COLUMNS_QT}, a.url, a.outlet, a.headline, a.published"
        with self._lock:
            try:
                result = q.run_search(self._conn, filters, columns, limit=limit, offset=offset)
            except sqlite3.Error as exc:
                raise _translate(exc, "searching the store") from exc
        rows = result.rows
        hits = []
        for full, (row, quote) in zip(rows, self._quotes([r[:n] for r in rows])):
            url, outlet_, headline, published, score, marked = full[n:]
            hits.append(QuoteHit(
                quote=quote, quote_idx=row[2], article_id=row[1], url=url, outlet=outlet_,
                headline=headline, published=_dt(published), rank=float(score), speaker_id=row[15],
                highlight=tuple(q.mark_pieces(marked, limit=10_000)) if marked else (),
            ))
        return SearchPage(hits, syntax=bool(result.match and result.match.syntax), note=result.note)

    def speakers(self, top: int | None = 20) -> list[SpeakerStat]:
        """Who is quoted most: quote and article counts, first and last publication dates."""
        rows = self._rows(
            "SELECT s.id, s.name, s.type, count(qt.id), count(DISTINCT qt.article_id),"
            " min(a.published_utc), max(a.published_utc)"
            " FROM speakers s JOIN quotes qt ON qt.speaker_id = s.id JOIN articles a ON a.id = qt.article_id"
            " GROUP BY s.id ORDER BY count(qt.id) DESC, s.name"
            + (" LIMIT ?" if top is not None else ""),
            (int(top),) if top is not None else (),
        )
        return [SpeakerStat(r[0], r[1], r[2], r[3], r[4], _utc_dt(r[5]), _utc_dt(r[6])) for r in rows]

    def counts(self) -> dict[str, int]:
        """How many rows each table holds."""
        tables = ("articles", "quotes", "speakers", "speaker_mentions", "entities", "figures")
        return {t: int(self._rows(f"SELECT count(*) FROM {t}")[0][0]) for t in tables}


_ARTICLE_COLUMNS = "id, url, outlet, headline, published, language, author, text, paragraphs, source, given_id"
_QUOTE_COLUMNS = (
    'id, article_id, idx, text, spans, kind, "where", cue, cue_start, cue_end, speaker_mention,'
    " speaker_start, speaker_end, speaker_name, speaker_type, speaker_id, confidence, parent, spoken_on, rules"
)
_QUOTE_COLUMNS_QT = ", ".join(f"qt.{c.strip()}" for c in _QUOTE_COLUMNS.split(","))


def open_store(path: str | os.PathLike[str] | None = None, *, readonly: bool = False, settings: Any = None) -> Store:
    """Open the store at ``path``, or at the settings' ``db`` when no path is given."""
    if path is None:
        from ..settings import load_settings

        path = (settings or load_settings()).db
    return Store.open(path, readonly=readonly)
