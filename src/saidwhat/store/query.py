"""Turning what a user typed into SQL: FTS5 match strings and date bounds.

Everything here raises ``QueryError`` with a message a person can act on;
nothing here touches a database.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from ..errors import QueryError
from ..models import QuoteKind

__all__ = ["check_kind", "fts_error", "lower_bound", "plain_query", "upper_bound", "utc_text"]

_WORD = re.compile(r"\w+", re.UNICODE)
_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def plain_query(text: str) -> str:
    """Every word of ``text`` as a quoted FTS5 term: all must appear, no operators.

    The safe mode for text from a web form: ``AND (`` or a stray ``"`` are
    just words here, never syntax.
    """
    return " ".join(f'"{word}"' for word in _WORD.findall(text))


def fts_error(query: str, exc: Exception) -> QueryError:
    """A QueryError explaining why SQLite's FTS5 refused ``query``."""
    detail = str(exc)
    detail = detail.removeprefix("fts5: ")
    return QueryError(
        f"cannot read the search query {query!r} ({detail}). "
        'Search syntax: words, "exact phrases", AND / OR / NOT, prefix*, (groups); '
        "to search the words literally use plain mode (--plain)"
    )


def utc_text(value: datetime) -> str:
    """The stored, sortable form of a moment: naive datetimes are taken as UTC."""
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
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
