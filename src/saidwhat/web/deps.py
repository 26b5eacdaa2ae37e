"""Request parameters shared by the pages and the API, checked once.

Bad values raise FastAPI's validation error, which ``app`` turns into a 400
with a message; values only the store can judge (dates, FTS syntax) raise
``QueryError``, also a 400.
"""

from __future__ import annotations

from typing import Literal

from fastapi import Query, Request

from ..store import Store
from ..store import query as q
from .queries import SearchFilters

__all__ = ["filters", "store"]

MAX_TEXT = 500  # longest query or filter value accepted, in characters


def store(request: Request) -> Store:
    return request.app.state.pool.get()


def filters(
    q_: str | None = Query(None, alias="q", max_length=MAX_TEXT,
                           description="FTS5 query over quote text, speaker and headline"),
    speaker: str | None = Query(None, max_length=MAX_TEXT,
                                description="free text: part of any speaker's name or mention ('blair' matches "
                                            "Tony Blair, Ian Blair and Tony Blairmore)"),
    speaker_id: str | None = Query(None, max_length=MAX_TEXT,
                                   description="one linked speaker, exactly: an id from /api/speakers"),
    outlet: str | None = Query(None, max_length=MAX_TEXT, description="part of the outlet's name"),
    since: str | None = Query(None, max_length=40, description="published on or after (YYYY, YYYY-MM, YYYY-MM-DD)"),
    until: str | None = Query(None, max_length=40, description="published on or before (YYYY, YYYY-MM, YYYY-MM-DD)"),
    kind: Literal["", "direct", "indirect", "mixed", "headline", "nested"] | None = Query(None),
    flag: Literal["", "any", "altered", "recycled", "headline"] | None = Query(None, description="only flagged quotes"),
    plain: bool = Query(False, description="read q as plain words, never as search syntax"),
) -> SearchFilters:
    # Check the dates here so that a bad one is a 400 even when nothing else is asked.
    if since:
        q.lower_bound(since, "since")
    if until:
        q.upper_bound(until, "until")
    return SearchFilters(q=q_ or None, speaker=speaker or None, speaker_id=speaker_id or None, outlet=outlet or None,
                         since=since or None, until=until or None, kind=kind or None, flag=flag or None, plain=plain)
