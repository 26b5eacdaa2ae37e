"""The one query builder behind every search: the CLI's ``search``, the JSON API and the web page.

A search is a ``SearchFilters``; ``build_search`` turns it into SQL over the
store's tables, and ``run_search`` runs that SQL through a connection, reading
the words plainly unless search syntax was asked for, and falling back to the
syntax reading when the plain one finds nothing and the words look like syntax.
Everything a user typed that cannot be used raises ``QueryError`` with a
message a person can act on.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ..errors import QueryError
from ..models import QuoteKind

__all__ = ["FLAG_KINDS", "MARK_END", "MARK_START", "PRESETS", "SORTS", "MatchQuery", "SearchFilters",
           "SearchResult", "build_count", "build_from_where", "build_search", "check_kind", "clip_pieces",
           "fts_error", "like_pattern", "lower_bound", "mark_pieces", "match_query", "plain_query", "preset_since",
           "run_search", "search_filters_for", "suggest_speakers", "syntax_like", "upper_bound", "utc_text"]

FLAG_KINDS = ("altered", "recycled", "headline")
SORTS = ("relevance", "newest", "oldest")
# Date presets: how far back "past week", "past month" and "past year" reach.
PRESETS = {"week": 7, "month": 31, "year": 366}
MAX_QUERY = 500  # characters of search text; longer is almost always a pasted article

# Private-use characters around each match in FTS5's highlight(): they never
# occur in news text, so the marks cannot be forged by what an article says.
MARK_START, MARK_END = "\ue000", "\ue001"
_WORD_REACH = 25  # characters a clipped snippet gives up to end on a whole word

_HAS_WORD = re.compile(r"\w", re.UNICODE)
_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# What only search syntax means: a "phrase", prefix*, an upper-case operator
# between words, a group, a column filter ("speaker: blair", "-headline:").
_SYNTAX = re.compile(r'"[^"]*\w[^"]*"|\w\*|(?:^|\s)(?:AND|OR|NOT|NEAR)(?:\s|\(|$)|\(|^-?\w+\s*:|\s-?\w+\s*:')


@dataclass(frozen=True)
class SearchFilters:
    """What a search asks for; every field optional.

    ``q`` is plain words unless ``syntax`` (then SQLite FTS5 syntax). ``speaker``
    is free text matching part of any name or mention; ``speaker_id`` one linked
    speaker, exactly. ``since``/``until`` bound the publication date; ``when``
    is a preset ("week", "month", "year": the past 7, 31 or 366 days). ``flag``
    is a flag kind or "any". ``sort``: "relevance" (best first; newest first
    without words), "newest" or "oldest"."""

    q: str | None = None
    speaker: str | None = None
    speaker_id: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    when: str | None = None
    kind: str | None = None
    flag: str | None = None
    syntax: bool = False
    sort: str = "relevance"

    def params(self) -> dict[str, str]:
        """The non-empty filters, for building URLs (pages, downloads, API)."""
        out = {k: str(v) for k, v in self.__dict__.items() if v not in (None, "", False)}
        if self.syntax:
            out["syntax"] = "1"
        if self.sort == "relevance":
            out.pop("sort", None)
        return out


@dataclass(frozen=True)
class MatchQuery:
    """The FTS5 MATCH string of a search and how its words were read."""

    expression: str
    syntax: bool


@dataclass
class SearchResult:
    """Rows of one page, the words as they were read, and a note when the reading was not the one asked for."""

    rows: list[tuple]
    match: MatchQuery | None
    note: str | None = None


def plain_query(text: str) -> str:
    """Every whitespace-separated word of ``text`` as a quoted FTS5 phrase: all must appear, no operators.

    A word keeps its inner punctuation as the tokenizer reads it in the quotes
    themselves, so "Blair's", "U.S.", "e-mail" and "9/11" find those words (as
    the phrases blair s, u s, e mail, 9 11), and "what?" or "50%" their word.
    Pieces with no letter or digit ("-", "?") are left out. A NUL splits words,
    as it does in the index: inside a quoted FTS5 string SQLite would read it as
    the end of the query and fail with "unterminated string"."""
    words = text.replace("\x00", " ").split()
    return " ".join('"' + word.replace('"', '""') + '"' for word in words if _HAS_WORD.search(word))


def syntax_like(text: str) -> bool:
    """Whether ``text`` uses something only search syntax means (a "phrase", prefix*, OR, a column filter)."""
    return bool(_SYNTAX.search(text))


def match_query(text: str | None, *, syntax: bool = False) -> MatchQuery | None:
    """The MATCH of a search's words, or None when it has none (a search by filters only)."""
    if text is None or not text.strip():
        return None
    if len(text) > MAX_QUERY:
        raise QueryError(f"the search is {len(text)} characters long; shorten it to {MAX_QUERY} or fewer")
    if syntax:
        return MatchQuery(text.strip(), True)
    expression = plain_query(text)
    if not expression:
        raise QueryError(f"the search {text.strip()!r} has no letters or digits to look for: "
                         "type a word, or leave the box empty to list every quote")
    return MatchQuery(expression, False)


def fts_error(query: str, exc: Exception) -> QueryError:
    """A QueryError saying in plain words why SQLite's FTS5 could not read ``query`` as search syntax."""
    detail = str(exc).removeprefix("fts5: ")
    if "unterminated string" in detail:
        why = 'a quote mark " is not closed'
    elif detail.startswith("no such column"):
        name = detail.split(":", 1)[-1].strip()
        why = f'"{name}:" is not a field to search (the fields are text:, speaker: and headline:)'
    elif "unknown special query" in detail:
        why = "a * needs a word in front of it"
    elif detail.startswith("syntax error near"):
        why = "something is missing or out of place near " + detail.removeprefix("syntax error near ").strip()
    else:
        why = detail
    return QueryError(
        f"cannot read {query!r} as search syntax: {why}. Search syntax takes words, \"exact phrases\", "
        "AND, OR, NOT, prefix* and (groups); without search syntax the words are looked for as typed"
    )


def preset_since(when: str, today: date | None = None) -> str:
    """The first day a date preset ("week", "month", "year") covers, as YYYY-MM-DD."""
    if when not in PRESETS:
        raise QueryError(f"unknown date range {when!r}; choose one of {', '.join(PRESETS)}")
    return ((today or date.today()) - timedelta(days=PRESETS[when] - 1)).isoformat()


def utc_text(value: datetime) -> str:
    """The stored, sortable form of a moment: naive datetimes are taken as UTC."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%S")


def _parse(value: date | datetime | str, name: str) -> tuple[datetime, timedelta | None]:
    """A moment and, for a whole day/month/year given without a time, its length."""
    if isinstance(value, datetime):
        return value, None
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day), timedelta(days=1)
    text = str(value).strip()
    if _YEAR.match(text):
        year = int(text)
        return datetime(year, 1, 1), datetime(year + 1, 1, 1) - datetime(year, 1, 1)
    match = _MONTH.match(text)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12:
            start = datetime(year, month, 1)
            end = datetime(year + month // 12, month % 12 + 1, 1)
            return start, end - start
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise QueryError(
            f"bad {name} date {text!r}: use YYYY-MM-DD (or YYYY, YYYY-MM, or an ISO date-time)"
        ) from None
    whole_day = len(text) == 10  # "YYYY-MM-DD": the bound covers the whole day
    return moment, timedelta(days=1) if whole_day else None


def lower_bound(value: date | datetime | str, name: str = "since") -> str:
    """Inclusive lower bound for ``published_utc``."""
    moment, _ = _parse(value, name)
    return utc_text(moment)


def upper_bound(value: date | datetime | str, name: str = "until") -> tuple[str, bool]:
    """Upper bound for ``published_utc`` and whether it is exclusive.

    ``until="2024-09-19"`` means up to the end of that day, so the bound is
    the next midnight, exclusive; an explicit time is an inclusive bound.
    """
    moment, length = _parse(value, name)
    if length is not None:
        return utc_text(moment + length), True
    return utc_text(moment), False


def check_kind(kind: str | QuoteKind) -> str:
    try:
        return QuoteKind(str(kind).lower()).value
    except ValueError:
        choices = ", ".join(k.value for k in QuoteKind)
        raise QueryError(f"unknown quote kind {kind!r}; choose one of {choices}") from None


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its wildcards escaped (ESCAPE '\\')."""
    return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass
class _Where:
    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)


def _where(f: SearchFilters, match: MatchQuery | None) -> _Where:
    """The WHERE clauses of a search; every value is checked here, so a bad one is a QueryError."""
    w = _Where()
    if match is not None:
        w.clauses.append("quote_fts MATCH ?")
        w.params.append(match.expression)
    if f.speaker and f.speaker.strip():
        # The linked name (across), the store's speaker and the extractor's own name and mention all count.
        w.clauses.append(
            "(qt.speaker_name LIKE ? ESCAPE '\\' OR qt.speaker_mention LIKE ? ESCAPE '\\'"
            " OR sp.name LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\')")
        w.params += [like_pattern(f.speaker)] * 4
    if f.speaker_id:
        w.clauses.append("ql.speaker_id = ?")
        w.params.append(f.speaker_id)
    if f.outlet and f.outlet.strip():
        w.clauses.append("a.outlet LIKE ? ESCAPE '\\'")
        w.params.append(like_pattern(f.outlet))
    if f.when:
        w.clauses.append("a.published_utc >= ?")
        w.params.append(lower_bound(preset_since(f.when)))
    if f.since:
        w.clauses.append("a.published_utc >= ?")
        w.params.append(lower_bound(f.since, "since"))
    if f.until:
        bound, exclusive = upper_bound(f.until, "until")
        w.clauses.append("a.published_utc < ?" if exclusive else "a.published_utc <= ?")
        w.params.append(bound)
    if f.kind:
        w.clauses.append("qt.kind = ?")
        w.params.append(check_kind(f.kind))
    if f.flag:
        if f.flag != "any" and f.flag not in FLAG_KINDS:
            raise QueryError(f"unknown flag {f.flag!r}; one of any, {', '.join(FLAG_KINDS)}")
        # Headline flags belong to an article, not to one quote: they mark all its quotes.
        # Two uncorrelated IN lists, computed once per query: a correlated EXISTS with an OR
        # cannot use an index and ran once per quote (1.7 s on 15k quotes).
        kind_sql = "" if f.flag == "any" else " AND kind = ?"
        w.clauses.append(
            f"(qt.id IN (SELECT quote_id FROM flags WHERE quote_id IS NOT NULL{kind_sql})"
            f" OR qt.article_id IN (SELECT article_id FROM flags WHERE quote_id IS NULL{kind_sql}))")
        if f.flag != "any":
            w.params += [f.flag, f.flag]
    if f.sort not in SORTS:
        raise QueryError(f"unknown sort {f.sort!r}; choose one of {', '.join(SORTS)}")
    return w


_JOINS = (
    " JOIN articles a ON a.id = qt.article_id LEFT JOIN speakers s ON s.id = qt.speaker_id"
    " LEFT JOIN quote_links ql ON ql.quote_id = qt.id LEFT JOIN across_speakers sp ON sp.id = ql.speaker_id"
)
_FROM_FTS = " FROM quote_fts JOIN quotes qt ON qt.id = quote_fts.rowid" + _JOINS
_FROM_QUOTES = " FROM quotes qt" + _JOINS
# Without words the newest come first: walking articles down their date index and
# stopping at the page's end beats sorting every quote (0.3 ms against 45 ms on 15k quotes).
_FROM_BY_DATE = (
    " FROM articles a CROSS JOIN quotes qt ON qt.article_id = a.id LEFT JOIN speakers s ON s.id = qt.speaker_id"
    " LEFT JOIN quote_links ql ON ql.quote_id = qt.id LEFT JOIN across_speakers sp ON sp.id = ql.speaker_id"
)
_BM25 = "bm25(quote_fts, 1.0, 1.0, 0.5)"
# NULLs sort last in DESC, and the rowid tie-break is the date index's own order, so
# undated stores (the BBC corpus) stream too: 0.3 ms against 85 ms for "a.id".
_NEWEST = "a.published_utc DESC, a.rowid DESC, qt.idx"
_OLDEST = "a.published_utc IS NULL, a.published_utc, a.rowid, qt.idx"


def _order(f: SearchFilters, match: MatchQuery | None) -> str:
    if f.sort == "oldest":
        return _OLDEST
    if f.sort == "newest" or match is None:
        return _NEWEST
    return f"{_BM25}, a.id, qt.idx"


def build_search(f: SearchFilters, columns: str, match: MatchQuery | None, *, limit: int,
                 offset: int) -> tuple[str, list[Any]]:
    """SQL and parameters for one page of ``f``; ``columns`` name ``qt`` (quotes), ``a`` (articles),
    ``s`` (the store's speakers), ``ql``/``sp`` (the linked speaker). Two columns follow them: the
    match's rank (bm25 negated, higher is better; 0.0 without words) and the quote's text with
    every match between MARK_START and MARK_END (None without words)."""
    if limit < 0 or offset < 0:
        raise QueryError("limit and offset must not be negative")
    w = _where(f, match)
    where = (" WHERE " + " AND ".join(w.clauses)) if w.clauses else ""
    if match is not None:
        extra = f"-{_BM25}, highlight(quote_fts, 0, '{MARK_START}', '{MARK_END}')"
        source = _FROM_FTS
    else:
        extra = "0.0, NULL"
        source = _FROM_BY_DATE if f.sort != "oldest" else _FROM_QUOTES
    sql = f"SELECT {columns}, {extra}{source}{where} ORDER BY {_order(f, match)} LIMIT ? OFFSET ?"
    return sql, [*w.params, int(limit), int(offset)]


def build_from_where(f: SearchFilters, match: MatchQuery | None) -> tuple[str, list[Any]]:
    """The FROM and WHERE of every quote ``f`` finds, and their parameters: counts and facets add the rest."""
    w = _where(f, match)
    where = (" WHERE " + " AND ".join(w.clauses)) if w.clauses else ""
    return f"{_FROM_FTS if match is not None else _FROM_QUOTES}{where}", w.params


def build_count(f: SearchFilters, match: MatchQuery | None) -> tuple[str, list[Any]]:
    """SQL and parameters counting every quote ``f`` finds."""
    source, params = build_from_where(f, match)
    return f"SELECT count(*){source}", params


def _execute(conn: sqlite3.Connection, sql: str, params: list[Any], match: MatchQuery | None,
             text: str) -> list[tuple]:
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        # With a MATCH in the query, SQLite's complaint is about the user's search
        # ("fts5: syntax error", "no such column", "unknown special query", ...):
        # matching message texts would miss some, so every one is the user's.
        message = str(exc)
        if match is not None and "locked" not in message and "busy" not in message:
            raise fts_error(text, exc) from exc
        raise


def run_search(conn: sqlite3.Connection, f: SearchFilters, columns: str, *, limit: int,
               offset: int = 0) -> SearchResult:
    """One page of ``f`` through ``conn`` (see ``build_search`` for the row's shape).

    Plain words that find nothing but look like search syntax ("air defence" in
    quotes, tax*, speaker:blair) are tried once more as syntax; the result says
    so in ``note``. Syntax that SQLite cannot read raises QueryError only when
    syntax was asked for."""
    match = match_query(f.q, syntax=f.syntax)
    sql, params = build_search(f, columns, match, limit=limit, offset=offset)
    rows = _execute(conn, sql, params, match, f.q or "")
    if rows or offset or match is None or match.syntax or not syntax_like(f.q or ""):
        return SearchResult(rows, match)
    fallback = MatchQuery(f.q.strip(), True)
    sql, params = build_search(f, columns, fallback, limit=limit, offset=offset)
    try:
        rows = conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError:
        return SearchResult([], match)  # not syntax either: the plain answer (nothing) stands
    if not rows:
        return SearchResult([], match)
    return SearchResult(rows, fallback, "No quote holds all of these words as typed, so they were read as "
                                        'search syntax ("phrases", OR, NOT, prefix*, field:).')


def search_filters_for(f: SearchFilters, match: MatchQuery | None) -> SearchFilters:
    """``f`` as the search that was really run: with syntax on when the words fell back to it."""
    return replace(f, syntax=True) if match is not None and match.syntax and not f.syntax else f


def mark_pieces(marked: str, limit: int = 420) -> list[tuple[str, bool]]:
    """A highlighted quote as (text, is_match) pieces, cut to about ``limit`` characters around the first match.

    The pieces are plain text: a template escapes them and wraps the matches in
    <mark>, so nothing in a quote can become markup."""
    pieces: list[tuple[str, bool]] = []
    for k, part in enumerate(marked.split(MARK_START)):
        inside, _, after = part.partition(MARK_END) if k else ("", "", part)
        if inside:
            pieces.append((inside, True))
        if after:
            pieces.append((after, False))
    return clip_pieces(pieces, limit)


def clip_pieces(pieces: list[tuple[str, bool]], limit: int) -> list[tuple[str, bool]]:
    """``pieces`` cut to about ``limit`` characters, keeping the first match in view, with … where cut."""
    total = sum(len(t) for t, _ in pieces)
    if total <= limit:
        return list(pieces)
    k = next((i for i, (_, m) in enumerate(pieces) if m), None)
    first = sum(len(t) for t, _ in pieces[:k]) if k is not None else 0
    first_end = first + len(pieces[k][0]) if k is not None else 0
    start = max(0, min(first - limit // 4, total - limit))
    end = start + limit
    # Cut between words, not inside one ("…t us never forget"): each cut moves inwards to a
    # space at most _WORD_REACH characters away, never into the first match.
    text = "".join(t for t, _ in pieces)
    if start > 0 and not text[start - 1].isspace():
        space = text.find(" ", start, min(first, start + _WORD_REACH))
        start = space + 1 if space >= 0 else start
    if end < total and not text[end].isspace():
        space = text.rfind(" ", max(first_end, end - _WORD_REACH), end)
        end = space if space > start else end
    return _clip(pieces, start, end)


def _clip(pieces: list[tuple[str, bool]], start: int, end: int) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    at = 0
    for text, is_match in pieces:
        lo, hi = max(start, at), min(end, at + len(text))
        if lo < hi:
            out.append((text[lo - at : hi - at], is_match))
        at += len(text)
    if start > 0:
        out.insert(0, ("…", False))
    if end < at:
        out.append(("…", False))
    return out


def suggest_speakers(conn: sqlite3.Connection, name: str, *, limit: int = 3) -> list[str]:
    """Stored speaker names close to ``name``, best first: the "did you mean" of a speaker filter.

    Names of linked speakers and their aliases first, the extractor's own names
    only when none is close, compared by rapidfuzz's WRatio (which forgives
    case, word order and part of a name) above a cut-off of 80 out of 100.
    A name less than half as long as ``name`` is no suggestion ("B B" for "Tony Blare")."""
    wanted = name.strip()
    if _names_contain(conn, wanted):
        return []  # the name is stored: the other filters found nothing, not the speaker
    for sql in ("SELECT name FROM across_speakers UNION SELECT alias FROM across_speaker_aliases",
                "SELECT DISTINCT name FROM speakers"):
        names = [r[0] for r in conn.execute(sql) if r[0] and len(r[0]) * 2 >= len(wanted)]
        found = _closest(wanted, names, limit)
        if found:
            return found
    return []


def _names_contain(conn: sqlite3.Connection, text: str) -> bool:
    pattern = like_pattern(text)
    return conn.execute(
        "SELECT EXISTS (SELECT 1 FROM across_speakers WHERE name LIKE ?1 ESCAPE '\\')"
        " OR EXISTS (SELECT 1 FROM quotes WHERE speaker_name LIKE ?1 ESCAPE '\\'"
        " OR speaker_mention LIKE ?1 ESCAPE '\\')", (pattern,)).fetchone()[0] == 1


def _closest(wanted: str, names: list[str], limit: int) -> list[str]:
    from rapidfuzz import fuzz, process, utils

    found = process.extract(wanted, names, scorer=fuzz.WRatio, processor=utils.default_process,
                            limit=limit * 4, score_cutoff=80)
    # Best score first, and among equals the shorter name; never the name typed itself.
    ranked = sorted(found, key=lambda m: (-m[1], len(m[0]), m[0]))
    out: list[str] = []
    for candidate, _, _ in ranked:
        if candidate.casefold() != wanted.casefold() and candidate not in out:
            out.append(candidate)
    return out[:limit]
