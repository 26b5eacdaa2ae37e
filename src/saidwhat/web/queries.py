"""The reads behind the pages and the API: quote search with totals and facets,
article lists, speakers with their timelines, co-quoted speakers.

Quote search runs ``store.query``'s one query builder, the same the CLI's
``Store.search`` runs; the web asks it for more columns (the linked speaker and
statement of every hit), a total for paging, facet counts and "did you mean"
speaker names. Reads only.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import QueryError
from ..store import query as q
from ..store.db import Store
from ..store.query import SearchFilters
from .cache import AnswerCache, store_version

__all__ = ["FLAG_KINDS", "SearchAnswer", "SearchFilters", "article_flags", "coquoted", "list_articles",
           "list_speakers", "outlets", "search", "search_quotes", "speaker_months", "speaker_name",
           "statement_ids_for"]

FLAG_KINDS = q.FLAG_KINDS

_HIT_COLUMNS = (
    "qt.id, qt.article_id, qt.idx, qt.text, qt.kind, qt.\"where\", qt.cue, qt.speaker_mention, qt.speaker_name,"
    " qt.confidence, a.url, a.outlet, a.headline, a.published, ql.speaker_id, sp.name,"
    " (SELECT statement_id FROM statement_quotes sq WHERE sq.quote_id = qt.id ORDER BY sq.part LIMIT 1)"
)


@dataclass
class SearchAnswer:
    """One page of a search for the pages and the API.

    ``filters`` is the search as it was run (with ``syntax`` on when plain words
    fell back to search syntax, which ``note`` then explains); ``suggestions``
    are stored speaker names close to a speaker filter that found nothing."""

    hits: list[dict]
    total: int
    filters: SearchFilters
    note: str | None = None
    suggestions: list[str] = field(default_factory=list)


def search(store: Store, f: SearchFilters, *, limit: int = 20, offset: int = 0,
           cache: AnswerCache | None = None) -> SearchAnswer:
    """One page of quotes matching ``f``, the total, and what to tell the reader about the search.

    The SQL is ``store.query``'s, the same the CLI runs. With a ``cache`` the
    total is counted once per store version, not on every page."""
    result = q.run_search(store.connection, f, _HIT_COLUMNS, limit=limit, offset=offset)
    ran = q.search_filters_for(f, result.match)
    rows = result.rows
    if offset == 0 and len(rows) < limit:
        total = len(rows)  # a short first page is the whole answer: no count needed
    else:
        def count() -> int:
            sql, params = q.build_count(ran, result.match)
            return int(store.connection.execute(sql, params).fetchone()[0])
        total = cache.get(("count", ran, _today_of(ran)), store_version(store), count) if cache else count()
    flags = _flags_of(store, [r[0] for r in rows], {r[1] for r in rows})
    hits = [_hit(r, flags) for r in rows]
    suggestions = q.suggest_speakers(store.connection, f.speaker) if not total and f.speaker else []
    return SearchAnswer(hits, total, ran, result.note, suggestions)


def _today_of(f: SearchFilters) -> str | None:
    """The first day a date preset reaches back to: part of a cached answer's key, since "past week"
    covers other quotes tomorrow with the store unchanged."""
    return q.preset_since(f.when) if f.when in q.PRESETS else None


def _hit(r: tuple, flags: dict[Any, set[str]]) -> dict[str, Any]:
    return {
        "quote_id": r[0], "article": r[1], "idx": r[2], "text": r[3], "kind": r[4], "where": r[5],
        "cue": r[6], "speaker_mention": r[7], "speaker_name": r[8], "confidence": r[9],
        "url": r[10], "outlet": r[11], "headline": r[12], "published": r[13],
        "speaker_id": r[14], "speaker": r[15] or r[8] or r[7], "statement": r[16],
        "flags": sorted(flags.get(r[0], set()) | flags.get(r[1], set())),
        "rank": round(float(r[17]), 4),
        # (text, is_match) pieces of the quote, the searched words marked; empty without words
        "highlight": q.mark_pieces(r[18]) if r[18] else [],
    }


def search_quotes(store: Store, f: SearchFilters, *, limit: int = 20, offset: int = 0,
                  cache: AnswerCache | None = None) -> tuple[list[dict], int]:
    """One page of quotes matching ``f`` (best first with words, else newest first) and the total."""
    answer = search(store, f, limit=limit, offset=offset, cache=cache)
    return answer.hits, answer.total


def facets(store: Store, f: SearchFilters, *, top: int = 8,
           cache: AnswerCache | None = None) -> dict[str, list[tuple[str, str, int]]]:
    """Counts of the matching quotes by outlet, linked speaker and kind, most first.

    Each facet maps to ``(value, label, count)`` triples: the value is what the
    filter takes (the speaker's id for "speaker_id"), the label what a reader sees.
    ``f`` is the search as run (``SearchAnswer.filters``)."""
    if cache is not None:
        return cache.get(("facets", f, top, _today_of(f)), store_version(store), lambda: facets(store, f, top=top))
    match = q.match_query(f.q, syntax=f.syntax)
    source, params = q.build_from_where(f, match)
    out = {}
    # Speakers by linked id, not by name: two people may share a name, and a name is
    # not a filter that stays exact. Quotes with no linked speaker are not a facet.
    for name, value, label in (("outlet", "a.outlet", "a.outlet"), ("speaker_id", "ql.speaker_id", "sp.name"),
                               ("kind", "qt.kind", "qt.kind")):
        try:
            rows = store.connection.execute(
                f"SELECT {value} AS v, min({label}) AS l, count(*) AS n{source} GROUP BY v"
                " HAVING v IS NOT NULL ORDER BY n DESC, l, v LIMIT ?", [*params, top]).fetchall()
        except sqlite3.OperationalError as exc:
            if match is None or "locked" in str(exc):
                raise
            raise q.fts_error(f.q or "", exc) from exc
        out[name] = [(str(v), str(lab if lab is not None else v), int(n)) for v, lab, n in rows]
    return out


def speaker_name(store: Store, speaker_id: str) -> str | None:
    """The name of a linked speaker, or None when there is no such id."""
    row = store.connection.execute("SELECT name FROM across_speakers WHERE id = ?", (speaker_id,)).fetchone()
    return row[0] if row else None


def _flags_of(store: Store, quote_ids: list[int], article_ids: set[str]) -> dict[Any, set[str]]:
    """Flag kinds per quote id, and per article id for article-wide (headline) flags."""
    out: dict[Any, set[str]] = {}
    if not quote_ids:
        return out
    qm, am = ",".join("?" * len(quote_ids)), ",".join("?" * len(article_ids))
    for quote_id, article_id, kind in store.connection.execute(
        f"SELECT quote_id, article_id, kind FROM flags WHERE quote_id IN ({qm})"
        f" OR (quote_id IS NULL AND article_id IN ({am}))", [*quote_ids, *article_ids]
    ):
        out.setdefault(quote_id if quote_id is not None else article_id, set()).add(kind)
    return out


def article_flags(store: Store, article_id: str) -> list[dict[str, Any]]:
    """Every flag on one article, headline flags first."""
    rows = store.connection.execute(
        "SELECT id, kind, quote_id, statement_id, day, evidence FROM flags WHERE article_id = ?"
        " ORDER BY kind != 'headline', id", (article_id,)).fetchall()
    return [{"id": r[0], "kind": r[1], "quote": r[2], "statement": r[3], "day": r[4],
             "evidence": json.loads(r[5])} for r in rows]


def quote_links(store: Store, article_id: str) -> dict[int, dict[str, Any]]:
    """Per quote index of one article: its linked speaker (id, name), the statement of its first
    sentence, and the statements of all its sentences in order (a quote of three sentences joins three)."""
    rows = store.connection.execute(
        "SELECT qt.idx, ql.speaker_id, sp.name, sq.statement_id FROM quotes qt"
        " LEFT JOIN quote_links ql ON ql.quote_id = qt.id LEFT JOIN across_speakers sp ON sp.id = ql.speaker_id"
        " LEFT JOIN statement_quotes sq ON sq.quote_id = qt.id WHERE qt.article_id = ? ORDER BY qt.idx, sq.part",
        (article_id,)).fetchall()
    out: dict[int, dict[str, Any]] = {}
    for idx, speaker_id, name, statement in rows:
        entry = out.setdefault(idx, {"speaker_id": speaker_id, "speaker": name, "statement": statement,
                                     "statements": []})
        if statement is not None and statement not in entry["statements"]:
            entry["statements"].append(statement)
    return out


def list_articles(
    store: Store, *, outlet: str | None = None, limit: int = 20, offset: int = 0
) -> tuple[list[dict], int]:
    """Articles newest first, with their quote counts, and the total."""
    where, params = "", []
    if outlet:
        where, params = " WHERE a.outlet LIKE ? ESCAPE '\\'", [q.like_pattern(outlet)]
    total = store.connection.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]
    rows = store.connection.execute(
        "SELECT a.id, a.headline, a.url, a.outlet, a.published, a.author,"
        " (SELECT count(*) FROM quotes WHERE article_id = a.id)"
        f" FROM articles a{where} ORDER BY a.published_utc IS NULL, a.published_utc DESC, a.id LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)]).fetchall()
    return [{"id": r[0], "headline": r[1], "url": r[2], "outlet": r[3], "published": r[4], "author": r[5],
             "quotes": r[6]} for r in rows], int(total)


def list_speakers(store: Store, *, name: str | None = None, limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
    """Linked speakers, most quoted first, with quote and article counts, and the total."""
    where, params = "", []
    if name:
        where = (" WHERE s.name LIKE ? ESCAPE '\\' OR s.id IN"
                 " (SELECT speaker_id FROM across_speaker_aliases WHERE alias LIKE ? ESCAPE '\\')")
        params = [q.like_pattern(name), q.like_pattern(name)]
    total = store.connection.execute(f"SELECT count(*) FROM across_speakers s{where}", params).fetchone()[0]
    rows = store.connection.execute(
        "SELECT s.id, s.name, s.first_seen, s.last_seen, count(ql.quote_id), count(DISTINCT qt.article_id)"
        f" FROM across_speakers s LEFT JOIN quote_links ql ON ql.speaker_id = s.id"
        f" LEFT JOIN quotes qt ON qt.id = ql.quote_id{where}"
        " GROUP BY s.id ORDER BY count(ql.quote_id) DESC, s.name LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)]).fetchall()
    return [{"id": r[0], "name": r[1], "first_seen": r[2], "last_seen": r[3], "quotes": r[4], "articles": r[5]}
            for r in rows], int(total)


def speaker_detail(store: Store, speaker_id: str) -> dict[str, Any] | None:
    """One linked speaker by id, in the shape of ``across.queries.speaker_info``'s items.

    Looked up by its id directly: ``speaker_info`` resolves a typed name against
    every speaker, which is right for the CLI and ~100 ms too slow for a page."""
    conn = store.connection
    row = conn.execute("SELECT id, name, wikidata, first_seen, last_seen, notes FROM across_speakers WHERE id = ?",
                       (speaker_id,)).fetchone()
    if row is None:
        return None
    months = conn.execute(
        "SELECT substr(a.published_utc, 1, 7) AS m, count(*) FROM quote_links l JOIN quotes q ON q.id = l.quote_id"
        " JOIN articles a ON a.id = q.article_id WHERE l.speaker_id = ? GROUP BY m ORDER BY m",
        (speaker_id,)).fetchall()
    column = lambda sql: [r[0] for r in conn.execute(sql, (speaker_id,))]  # noqa: E731
    return {
        "id": row[0], "name": row[1], "wikidata": row[2], "first_seen": row[3], "last_seen": row[4],
        "notes": json.loads(row[5] or "[]"),
        "aliases": column("SELECT alias FROM across_speaker_aliases WHERE speaker_id = ? ORDER BY alias"),
        "roles": column("SELECT role FROM across_speaker_roles WHERE speaker_id = ? ORDER BY role"),
        "outlets": column("SELECT outlet FROM across_speaker_outlets WHERE speaker_id = ? ORDER BY outlet"),
        "quotes": sum(n for _, n in months),
        "quotes_by_month": {m or "unknown": n for m, n in months},
        "statements": conn.execute("SELECT count(*) FROM statements WHERE speaker_id = ?", (speaker_id,)).fetchone()[0],
    }


def speaker_months(by_month: dict[str, int]) -> list[tuple[str, int]]:
    """Quotes per month with the empty months in between filled in, oldest first ("unknown" left out)."""
    known = sorted(m for m in by_month if len(m) == 7 and m[4] == "-")
    if not known:
        return []
    y, m = int(known[0][:4]), int(known[0][5:])
    last = known[-1]
    out = []
    while True:
        key = f"{y:04d}-{m:02d}"
        out.append((key, int(by_month.get(key, 0))))
        if key >= last or len(out) > 600:
            return out
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def coquoted(store: Store, speaker_id: str, *, top: int = 10) -> list[dict[str, Any]]:
    """Speakers quoted in the same articles as ``speaker_id``, by how many articles they share."""
    rows = store.connection.execute(
        "WITH mine AS (SELECT DISTINCT qt.article_id FROM quote_links ql JOIN quotes qt ON qt.id = ql.quote_id"
        "              WHERE ql.speaker_id = ?)"
        " SELECT ql.speaker_id, sp.name, count(DISTINCT qt.article_id) AS n FROM mine"
        " JOIN quotes qt ON qt.article_id = mine.article_id JOIN quote_links ql ON ql.quote_id = qt.id"
        " JOIN across_speakers sp ON sp.id = ql.speaker_id"
        " WHERE ql.speaker_id != ? GROUP BY ql.speaker_id ORDER BY n DESC, sp.name LIMIT ?",
        (speaker_id, speaker_id, top)).fetchall()
    return [{"id": r[0], "name": r[1], "articles": r[2]} for r in rows]


def outlets(store: Store) -> list[str]:
    """Every outlet in the store, for the search form's choices."""
    return [r[0] for r in store.connection.execute(
        "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet")]


def statement_ids_for(store: Store, speaker_id: str) -> int:
    return int(store.connection.execute("SELECT count(*) FROM statements WHERE speaker_id = ?",
                                        (speaker_id,)).fetchone()[0])


def parse_day(value: str | None, name: str) -> str | None:
    """A YYYY-MM-DD filter value, checked, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"bad {name} date {value!r}: use YYYY-MM-DD") from None
