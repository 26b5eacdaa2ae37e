"""Request parameters shared by the pages and the API, checked once.

Values of the wrong type raise FastAPI's validation error, which ``app`` turns
into a 400 with a message; the search's values (dates, kinds, sorts, syntax)
are checked by the query builder, which raises ``QueryError``, also a 400.
"""

from __future__ import annotations

from fastapi import Query, Request

from ..store import Store
from ..store.query import SearchFilters

__all__ = ["filters", "store"]

MAX_TEXT = 500  # longest query or filter value accepted, in characters


def store(request: Request) -> Store:
    return request.app.state.pool.get()


def filters(
    q_: str | None = Query(None, alias="q", description="words to find in a quote's text, speaker or headline: "
                                                         "plain words (any ending: 'taxes' finds 'tax') unless "
                                                         "syntax=1"),
    speaker: str | None = Query(None, max_length=MAX_TEXT,
                                description="free text: part of any speaker's name or mention ('blair' matches "
                                            "Tony Blair, Ian Blair and Tony Blairmore)"),
    speaker_id: str | None = Query(None, max_length=MAX_TEXT,
                                   description="one linked speaker, exactly: an id from /api/speakers"),
    outlet: str | None = Query(None, max_length=MAX_TEXT, description="part of the outlet's name"),
    since: str | None = Query(None, max_length=40, description="published on or after (YYYY, YYYY-MM, YYYY-MM-DD)"),
    until: str | None = Query(None, max_length=40, description="published on or before (YYYY, YYYY-MM, YYYY-MM-DD)"),
    when: str | None = Query(None, max_length=10, description="published in the past week, month or year: "
                                                              "week | month | year"),
    kind: str | None = Query(None, max_length=20, description="direct | indirect | mixed | headline | nested"),
    flag: str | None = Query(None, max_length=20, description="only flagged quotes: any | altered | recycled | "
                                                              "headline"),
    sort: str | None = Query(None, max_length=20, description="relevance (default; newest first without words) | "
                                                              "newest | oldest"),
    syntax: bool = Query(False, description='read q as search syntax: "phrases", AND / OR / NOT, prefix*, '
                                            "speaker:name"),
    plain: bool = Query(False, description="read q as plain words (the default; overrides syntax)"),
) -> SearchFilters:
    # Nothing is checked here: the query builder checks every value and raises
    # QueryError, which the search page catches to keep its form with the message.
    return SearchFilters(q=q_ or None, speaker=speaker or None, speaker_id=speaker_id or None, outlet=outlet or None,
                         since=since or None, until=until or None, when=when or None, kind=kind or None,
                         flag=flag or None, syntax=syntax and not plain, sort=sort or "relevance")
