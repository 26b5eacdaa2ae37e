"""The JSON API under ``/api/``: quotes, articles, speakers, statements, flags.

Lists answer ``{"total", "limit", "offset", "items"}``; errors answer
``{"detail": message}`` with 400 (bad parameter or query), 404 (no such
record), 413 (body too large) or 401/403 (write token). ``POST /api/articles``
exists only in spirit when no write token is configured: it answers 404
"writing is disabled" then, so a read-only server gives nothing away.
"""

from __future__ import annotations

import hmac
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from ..across.queries import (
    FLAG_KINDS,
    describe_statements,
    list_flags,
    list_statements,
    rank_statements,
    statement_info,
)
from ..across.review import speaker_evidence
from ..errors import QueryError
from ..models import Article, article_id, to_dict
from ..store import Store
from . import queries
from .cache import store_version
from .deps import filters, store
from .queries import SearchFilters

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["api"])

Limit = Query(20, ge=1, le=500, description="items per page")
Offset = Query(0, ge=0, le=10_000_000, description="items to skip")


def page(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/quotes", summary="Search quotes")
def api_quotes(request: Request, f: SearchFilters = Depends(filters), limit: int = Limit, offset: int = Offset,
               st: Store = Depends(store)) -> dict[str, Any]:
    """Quotes matching the full-text query and filters, best match first (newest first without words)."""
    hits, total = queries.search_quotes(st, f, limit=limit, offset=offset, cache=request.app.state.cache)
    return page(hits, total, limit, offset)


@router.get("/articles", summary="List articles")
def api_articles(outlet: str | None = Query(None, max_length=500), limit: int = Limit, offset: int = Offset,
                 st: Store = Depends(store)) -> dict[str, Any]:
    """Articles, newest first, with how many quotes each holds."""
    items, total = queries.list_articles(st, outlet=outlet, limit=limit, offset=offset)
    return page(items, total, limit, offset)


def article_json(st: Store, article_id: str) -> dict[str, Any]:
    ex = st.get_article(article_id)
    article_id = ex.article.id  # the store's id, also when asked by the id the source gave the article
    links = queries.quote_links(st, article_id)
    quotes = []
    for i, q in enumerate(ex.quotes):
        link = links.get(i) or {}
        # The quote's own "speaker" (mention as written) stays; the cross-article link sits beside it.
        quotes.append({"idx": i, **to_dict(q), "speaker_id": link.get("speaker_id"),
                       "linked_speaker": link.get("speaker"), "statement": link.get("statement")})
    return {"article": to_dict(ex.article), "quotes": quotes, "flags": queries.article_flags(st, article_id)}


@router.get("/articles/{article_id}", summary="One article with its quotes")
def api_article(article_id: str, st: Store = Depends(store)) -> dict[str, Any]:
    """The article's text and metadata, every quote with its spans, speaker, cue, kind, confidence, and its flags.

    ``article_id`` is the article's id, or the id its source record gave it (``given_id``)."""
    return article_json(st, article_id)


class NewArticle(BaseModel):
    """An article to extract and store: plain ``text``, or an ``html`` page with its ``url``."""

    text: str | None = Field(None, description="the article's plain text")
    html: str | None = Field(None, description="the page's HTML; main text and metadata are extracted from it")
    url: str | None = Field(None, max_length=2000)
    headline: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=500)
    published: datetime | None = None
    id: str | None = Field(None, max_length=200, description="your own id for the article, kept as its given_id "
                           "(its id is derived from its URL or text, as for every reader)")


def check_token(request: Request, authorization: str | None, x_write_token: str | None) -> None:
    token = request.app.state.write_token
    if not token:
        raise HTTPException(404, "writing is disabled: start the server with --write-token to accept articles")
    given = x_write_token
    if given is None and authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not given:
        raise HTTPException(401, "a write token is required (Authorization: Bearer TOKEN or X-Write-Token)",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(403, "wrong write token")


@router.post("/articles", summary="Add an article (needs the write token)", status_code=201,
             responses={200: {"description": "already stored"}, 401: {"description": "no token"},
                        403: {"description": "wrong token"}, 404: {"description": "writing is disabled"},
                        413: {"description": "body too large"}})
def api_add_article(body: NewArticle, request: Request, authorization: str | None = Header(None),
                    x_write_token: str | None = Header(None)) -> JSONResponse:
    """Extract the quotes of one article, store it, link it across articles and return it with its quotes.

    Enabled only when the server has a write token; send it as ``Authorization: Bearer TOKEN``."""
    check_token(request, authorization, x_write_token)
    article = _checked(_article_of(body), request.app.state.settings)
    from ..across.link import link
    from ..extract import extract
    from ..store.identity import identify

    extraction = extract(article)
    state = request.app.state
    with state.write_lock:  # one writer at a time; readers keep their own connections
        with Store.open(state.db_path) as writable:
            new = writable.add(extraction)
            link(writable, state.settings)
    st = state.pool.get()
    return JSONResponse({"stored": new, **article_json(st, identify(article).id)}, 201 if new else 200)


def _checked(article: Article, settings) -> Article:
    """The size and language rules every reader applies (``ingest.check_article``), for the API too."""
    from ..ingest.articles import check_article

    got = check_article(article, settings)
    if not isinstance(got, Article):
        raise QueryError(f"the article was not stored ({got.reason}: {got.detail})")
    return got


def _article_of(body: NewArticle) -> Article:
    if bool(body.text) == bool(body.html):
        raise QueryError("send exactly one of text or html")
    if body.html:
        from ..ingest import html_to_article

        got = html_to_article(body.html, source="api", url=body.url)
        if not isinstance(got, Article):
            raise QueryError(f"the page holds no article ({got.reason}: {got.detail})")
        changes = {k: v for k, v in (("headline", body.headline), ("outlet", body.outlet),
                                      ("published", body.published), ("given_id", body.id)) if v}
        return Article(**{**{f: getattr(got, f) for f in got.__dataclass_fields__}, **changes})
    text = body.text.replace("\r\n", "\n").strip() if body.text else ""
    if not text:
        raise QueryError("the article text is empty")
    return Article(id=article_id(body.url, text), text=text, headline=body.headline, url=body.url, outlet=body.outlet,
                   published=body.published, source="api", given_id=body.id or None)


@router.get("/speakers", summary="List speakers")
def api_speakers(name: str | None = Query(None, max_length=500), limit: int = Limit, offset: int = Offset,
                 st: Store = Depends(store)) -> dict[str, Any]:
    """Linked speakers, most quoted first; ``name`` matches part of a name or alias."""
    items, total = queries.list_speakers(st, name=name, limit=limit, offset=offset)
    return page(items, total, limit, offset)


def speaker_json(st: Store, speaker_id: str) -> dict[str, Any]:
    info = queries.speaker_detail(st, speaker_id)
    if info is None:
        raise QueryError(f"no speaker {speaker_id!r}")
    info["top_statements"] = list_statements(st, min_outlets=1, speaker=speaker_id, limit=10)
    info["evidence"] = speaker_evidence(st, speaker_id)  # what joined each mention to them, weakest first
    info["kind"] = "org" if speaker_id.startswith("org:") else "person"  # organisations and places: org:<slug>
    info["coquoted"] = queries.coquoted(st, speaker_id)
    return info


@router.get("/speakers/{speaker_id:path}", summary="One speaker")
def api_speaker(speaker_id: str, st: Store = Depends(store)) -> dict[str, Any]:
    """Names, aliases, roles, outlets, quotes per month, the most widely carried statements, co-quoted speakers."""
    return speaker_json(st, speaker_id)


class SplitRequest(BaseModel):
    """Which quotes of the speaker are someone else: by ``mention`` ("Mr Brown"), by ``article``
    id, or both."""

    mention: str | None = Field(None, max_length=500)
    article: str | None = Field(None, max_length=200)


@router.post("/speakers/{speaker_id:path}/split", summary="Split a wrong merge (needs the write token)",
             responses={401: {"description": "no token"}, 403: {"description": "wrong token"},
                        404: {"description": "writing is disabled"}})
def api_split_speaker(speaker_id: str, body: SplitRequest, request: Request,
                      authorization: str | None = Header(None),
                      x_write_token: str | None = Header(None)) -> dict[str, Any]:
    """Split the speaker's quotes with ``mention`` (or in ``article``) off to a speaker of their own, as
    ``saidwhat split`` does: the rule is kept, so the split survives every later link. Returns the rule."""
    check_token(request, authorization, x_write_token)
    from ..across.review import split_speaker

    state = request.app.state
    with state.write_lock, Store.open(state.db_path) as writable:  # one writer at a time
        return split_speaker(writable, speaker_id, mention=body.mention, article=body.article,
                             settings=state.settings)


@router.get("/statements", summary="List statements")
def api_statements(request: Request, min_outlets: int = Query(2, ge=1, le=1000),
                   speaker: str | None = Query(None, max_length=500),
                   limit: int = Limit, offset: int = Offset, st: Store = Depends(store)) -> dict[str, Any]:
    """Statements carried by at least ``min_outlets`` outlets, the most widely carried first."""
    rows, total = statement_list(request, st, min_outlets, speaker, offset, limit)
    return page(rows, total, limit, offset)


def statement_list(request: Request, st: Store, min_outlets: int, speaker: str | None, offset: int,
                    limit: int) -> tuple[list[dict[str, Any]], int]:
    """``limit`` widely carried statements from ``offset`` on, and how many there are.

    Ranking groups every quote of the store, so it runs once per store version and its
    order (a few ints a statement) is cached; only the page's own statements are described."""
    ranked = request.app.state.cache.get(
        ("statements", min_outlets, speaker), store_version(st),
        lambda: rank_statements(st, min_outlets=min_outlets, speaker=speaker))
    return describe_statements(st, ranked[offset : offset + limit]), len(ranked)


MAX_ID = 2**63 - 1  # SQLite's integers are 64-bit signed


def statement_id_of(text: str) -> int:
    """A statement id from a URL: digits that fit SQLite's integers, else "no such statement" (404).

    Taken as text rather than ``int`` so that "12abc" or a 30-digit number is a 404 like
    any other missing statement, not a validation error or an overflow inside SQLite."""
    if not text.isascii() or not text.isdigit() or int(text) > MAX_ID:
        raise HTTPException(404, "no such statement: statement ids are whole numbers from /statements")
    return int(text)


@router.get("/statements/{statement_id}", summary="One statement")
def api_statement(statement_id: str, st: Store = Depends(store)) -> dict[str, Any]:
    """The reference wording, every source in time order, every variant with its word diff, and the flags."""
    return statement_info(st, statement_id_of(statement_id))


@router.get("/flags", summary="List flags")
def api_flags(kind: str | None = Query(None, pattern="^(" + "|".join(FLAG_KINDS) + ")$"),
              since: str | None = Query(None, max_length=10), limit: int = Limit, offset: int = Offset,
              st: Store = Depends(store)) -> dict[str, Any]:
    """Altered, recycled and headline flags with their evidence, newest article first."""
    since = queries.parse_day(since, "since")
    rows = list_flags(st, kind=kind, since=since)
    return page(rows[offset : offset + limit], len(rows), limit, offset)
