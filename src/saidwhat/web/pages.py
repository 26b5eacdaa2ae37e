"""The HTML pages: search, article, speaker, statement, flags, lists, API docs,
and downloads of a search as CSV or JSONL. Server-rendered; no page needs
JavaScript (static/app.js only adds conveniences).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse

from ..across.queries import FLAG_KINDS, list_flags, statement_info
from ..errors import QueryError
from ..export import CSV_BOM, csv_row
from ..store import Store
from ..store.query import SORTS
from . import queries, render
from .api import speaker_json, statement_id_of, statement_list
from .cache import store_version
from .deps import filters, store
from .queries import SearchFilters

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

PER_PAGE = 20
DOWNLOAD_CAP = 200_000  # rows in one download; a bigger search should use the export command
PageNo = Query(1, ge=1, le=100_000)


def _render(request: Request, template: str, **context: Any) -> HTMLResponse:
    env = request.app.state.templates
    html = env.get_template(template).render(request=request, safe_url=render.safe_url, urlencode=urlencode,
                                         **context)
    return HTMLResponse(html)


def _pages(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))


def _past_end(request: Request, page: int, total: int, per_page: int) -> RedirectResponse | None:
    """A redirect to the last page when ``page`` lies past it, else None.

    The Location is a path, never built from the Host header."""
    last = _pages(total, per_page)
    if page <= last:
        return None
    query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "page"] + [("page", last)])
    return RedirectResponse(f"{request.url.path}?{query}", status_code=303)


def _pager(page: int, total: int, per_page: int, params: dict[str, str]) -> dict[str, Any]:
    pages = _pages(total, per_page)
    page = min(page, pages)  # a page past the end reads as the last, never "Page 883 of 882"
    def link(n: int) -> str:
        return "?" + urlencode({**params, "page": n})
    return {"page": page, "pages": pages, "total": total,
            "prev": link(page - 1) if page > 1 else None, "next": link(page + 1) if page < pages else None,
            "first": (page - 1) * per_page + 1 if total else 0, "last": min(page * per_page, total)}


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, f: SearchFilters = Depends(filters), page: int = PageNo,
                st: Store = Depends(store)) -> Response:
    cache = request.app.state.cache
    context: dict[str, Any] = {"error": None, "note": None, "suggestions": [], "hits": [], "facets": {}}
    total, ran = 0, f
    try:
        answer = queries.search(st, f, limit=PER_PAGE, offset=(page - 1) * PER_PAGE, cache=cache)
        total, ran = answer.total, answer.filters
        context.update(hits=answer.hits, note=answer.note, suggestions=answer.suggestions,
                       facets=queries.facets(st, ran, cache=cache))
    except QueryError as exc:
        # The form stays, with what went wrong above it; a syntax error offers the plain reading.
        context["error"] = str(exc)
    if not context["error"] and (moved := _past_end(request, page, total, PER_PAGE)) is not None:
        return moved  # page 883 of 882 is the last page, not an empty one
    # Links (pages, facets, downloads) repeat the search as it ran: with syntax on when the
    # words fell back to it, so that page 2 is the same search as page 1.
    params = ran.params()
    linked = (queries.speaker_name(st, f.speaker_id) or f.speaker_id) if f.speaker_id else None
    response = _render(request, "search.html", active="search", f=f, pager=_pager(page, total, PER_PAGE, params),
                       params=params, outlets=queries.outlets(st), linked_speaker=linked,
                       without_speaker_id=urlencode({k: v for k, v in params.items() if k != "speaker_id"}),
                       without_syntax=urlencode({k: v for k, v in params.items() if k != "syntax"}),
                       kinds=("direct", "indirect", "mixed", "headline", "nested"), flag_kinds=FLAG_KINDS,
                       sorts=SORTS, presets=(("week", "past week"), ("month", "past month"),
                                             ("year", "past year")), with_speaker=with_speaker, **context)
    if context["error"]:
        response.status_code = 400
    return response


def with_speaker(params: dict[str, str], name: str) -> str:
    """The search's URL with the speaker filter set to ``name`` (a "did you mean" link)."""
    return "?" + urlencode({**params, "speaker": name})


_CSV_COLUMNS = ("article", "idx", "published", "outlet", "speaker", "speaker_id", "speaker_mention", "kind",
                "confidence", "text", "cue", "headline", "url", "statement", "flags")


@router.get("/download")
def download(request: Request, f: SearchFilters = Depends(filters), format: Literal["csv", "jsonl"] = Query("csv"),
             bom: bool = Query(False, description="start a CSV with a UTF-8 byte order mark, for Excel"),
             st: Store = Depends(store)) -> StreamingResponse:
    """Every quote of a search, best first, as CSV or JSON lines. CSV cells a spreadsheet would run
    as formulas are escaped (``export.csv_cell``)."""
    queries.search_quotes(st, f, limit=1)  # a bad query fails here, as a 400, before streaming starts
    path = request.app.state.db_path

    def rows() -> Iterator[dict[str, Any]]:
        # The stream is pulled from whichever worker thread is free, so it reads
        # through a connection of its own rather than this thread's.
        with Store.open(path, readonly=True) as own:
            done = 0
            while done < DOWNLOAD_CAP:
                hits, _ = queries.search_quotes(own, f, limit=1000, offset=done)
                yield from hits
                done += len(hits)
                if len(hits) < 1000:
                    return

    def as_csv() -> Iterator[str]:
        buf = io.StringIO()
        if bom:
            buf.write(CSV_BOM)
        writer = csv.DictWriter(buf, fieldnames=_CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for hit in rows():
            writer.writerow(csv_row({**hit, "flags": " ".join(hit["flags"])}, _CSV_COLUMNS))
            if buf.tell() > 64_000:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()

    def as_jsonl() -> Iterator[str]:
        for hit in rows():
            yield json.dumps(hit, ensure_ascii=False) + "\n"

    media = "text/csv; charset=utf-8" if format == "csv" else "application/x-ndjson; charset=utf-8"
    return StreamingResponse(as_csv() if format == "csv" else as_jsonl(), media_type=media,
                             headers={"content-disposition": f'attachment; filename="saidwhat-quotes.{format}"'})


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, outlet: str | None = Query(None, max_length=500), page: int = PageNo,
                  st: Store = Depends(store)) -> Response:
    items, total = queries.list_articles(st, outlet=outlet, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    if (moved := _past_end(request, page, total, PER_PAGE)) is not None:
        return moved
    params = {"outlet": outlet} if outlet else {}
    return _render(request, "articles.html", active="articles", items=items, outlet=outlet or "",
                   pager=_pager(page, total, PER_PAGE, params))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, st: Store = Depends(store)) -> HTMLResponse:
    ex = st.get_article(article_id)
    article_id = ex.article.id  # the store's id, also when asked by the id the source gave the article
    links = queries.quote_links(st, article_id)
    keys = [render.speaker_key(q, links.get(i)) for i, q in enumerate(ex.quotes)]
    colours = render.colour_classes(keys)
    quotes = []
    for i, q in enumerate(ex.quotes):
        link = links.get(i) or {}
        spk = q.speaker
        quotes.append({
            "idx": i, "quote": q, "colour": colours[keys[i]], "speaker_id": link.get("speaker_id"),
            "speaker": link.get("speaker") or (spk.name or spk.mention if spk else None) or "unknown speaker",
            "mention": spk.mention if spk else None, "statement": link.get("statement"),
            "statements": link.get("statements") or [], "cue": q.cue.text if q.cue else None,
        })
    legend: dict[str, dict[str, Any]] = {}
    for item in quotes:
        legend.setdefault(item["colour"], {"speaker": item["speaker"], "speaker_id": item["speaker_id"],
                                           "colour": item["colour"], "n": 0})["n"] += 1
    return _render(request, "article.html", active="articles", ex=ex, quotes=quotes,
                   body=render.highlight(ex, where="body"),
                   headline=render.highlight(ex, where="headline")[0] if ex.article.headline else [],
                   legend=list(legend.values()), flags=queries.article_flags(st, article_id))


@router.get("/speakers", response_class=HTMLResponse)
def speakers_page(request: Request, name: str | None = Query(None, max_length=500), page: int = PageNo,
                  st: Store = Depends(store)) -> Response:
    # Ranking speakers counts every linked quote: once per store version is enough.
    items, total = request.app.state.cache.get(
        ("speakers", name, page), store_version(st),
        lambda: queries.list_speakers(st, name=name, limit=PER_PAGE * 2, offset=(page - 1) * PER_PAGE * 2))
    if (moved := _past_end(request, page, total, PER_PAGE * 2)) is not None:
        return moved
    params = {"name": name} if name else {}
    return _render(request, "speakers.html", active="speakers", items=items, name=name or "",
                   pager=_pager(page, total, PER_PAGE * 2, params))


@router.get("/speakers/{speaker_id:path}", response_class=HTMLResponse)
def speaker_page(request: Request, speaker_id: str, st: Store = Depends(store)) -> HTMLResponse:
    info = speaker_json(st, speaker_id)
    months = queries.speaker_months(info["quotes_by_month"])
    quotes = _speaker_quotes(st, speaker_id)
    return _render(request, "speaker.html", active="speakers", s=info, months=months,
                   chart=render.timeline(months) if months else None, quotes=quotes,
                   undated=info["quotes_by_month"].get("unknown", 0))


def _speaker_quotes(st: Store, speaker_id: str, limit: int = 10) -> list[dict[str, Any]]:
    rows = st.connection.execute(
        "SELECT qt.article_id, qt.idx, qt.text, a.outlet, a.published, a.headline FROM quote_links ql"
        " JOIN quotes qt ON qt.id = ql.quote_id JOIN articles a ON a.id = qt.article_id WHERE ql.speaker_id = ?"
        " ORDER BY a.published_utc IS NULL, a.published_utc DESC, qt.id LIMIT ?", (speaker_id, limit)).fetchall()
    return [{"article": r[0], "idx": r[1], "text": r[2], "outlet": r[3], "published": r[4], "headline": r[5]}
            for r in rows]


@router.get("/statements", response_class=HTMLResponse)
def statements_page(request: Request, min_outlets: int = Query(2, ge=1, le=1000), page: int = PageNo,
                    st: Store = Depends(store)) -> Response:
    rows, total = statement_list(request, st, min_outlets, None, (page - 1) * PER_PAGE, PER_PAGE)
    if (moved := _past_end(request, page, total, PER_PAGE)) is not None:
        return moved
    return _render(request, "statements.html", active="statements", items=rows,
                   min_outlets=min_outlets, pager=_pager(page, total, PER_PAGE, {"min_outlets": str(min_outlets)}))


@router.get("/statements/{statement_id}", response_class=HTMLResponse)
def statement_page(request: Request, statement_id: str, st: Store = Depends(store)) -> HTMLResponse:
    info = statement_info(st, statement_id_of(statement_id))
    name = st.connection.execute("SELECT name FROM across_speakers WHERE id = ?", (info["speaker"],)).fetchone()
    # The first source is only "first" when it has a date: undated sources sort last, and
    # among undated ones the order says nothing.
    sources = info["sources"]
    first_quote = sources[0]["quote"] if sources and sources[0]["date"] else None
    for v in info["variants"]:
        v["pieces"] = render.diff_pieces(v["ops"])
    flags_by_quote: dict[int, list[str]] = {}
    for fl in info["flags"]:
        if fl["kind"] == "altered":
            fl["pieces"] = _flag_diff(fl["evidence"])
        if fl["quote"] is not None:
            flags_by_quote.setdefault(fl["quote"], []).append(fl["kind"])
    return _render(request, "statement.html", active="statements", s=info, speaker_name=name[0] if name else None,
                   first_quote=first_quote, flags_by_quote=flags_by_quote)


@router.get("/flags", response_class=HTMLResponse)
def flags_page(request: Request, kind: Literal["", "altered", "recycled", "headline"] | None = Query(None),
               since: str | None = Query(None, max_length=10), page: int = PageNo,
               st: Store = Depends(store)) -> Response:
    since = queries.parse_day(since, "since")
    rows = list_flags(st, kind=kind or None, since=since)
    if (moved := _past_end(request, page, len(rows), PER_PAGE)) is not None:
        return moved
    shown = rows[(page - 1) * PER_PAGE : page * PER_PAGE]
    heads: dict[str, tuple] = {}
    ids = sorted({r["article"] for r in shown})
    if ids:
        marks = ",".join("?" * len(ids))
        heads = {r[0]: r[1:] for r in st.connection.execute(
            f"SELECT id, headline, outlet, url FROM articles WHERE id IN ({marks})", ids)}
    for r in shown:
        headline, outlet, url = heads.get(r["article"], (None, None, None))
        r.update(headline=headline, outlet=outlet, url=url)
        if r["kind"] == "altered" and "ops" not in r["evidence"]:
            r["pieces"] = _flag_diff(r["evidence"])
    counts: dict[str, int] = {}
    for row in st.connection.execute("SELECT kind, count(*) FROM flags GROUP BY kind"):
        counts[row[0]] = row[1]
    params = {k: v for k, v in (("kind", kind), ("since", since)) if v}
    return _render(request, "flags.html", active="flags", items=shown, kind=kind or "", since=since or "",
                   counts=counts, flag_kinds=FLAG_KINDS, pager=_pager(page, len(rows), PER_PAGE, params))


def _flag_diff(evidence: dict[str, Any]) -> list[tuple[str, str]]:
    from ..across.diff import word_diff

    d = word_diff(evidence.get("reference", ""), evidence.get("variant", ""))
    return render.diff_pieces([[t, list(r), list(v)] for t, r, v in d.ops])


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    """The API documentation, drawn from the OpenAPI schema on the server: no Swagger UI from a CDN."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": _type_of(p.get("schema", {})), "description": p.get("description") or
                       p.get("schema", {}).get("description", "")}
                      for p in op.get("parameters", [])]
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "description": op.get("description", ""), "params": params,
                              "body": "requestBody" in op,
                              "responses": sorted(op.get("responses", {}).items())})
    return _render(request, "docs.html", active="docs", endpoints=endpoints, info=schema.get("info", {}),
                   writable=bool(request.app.state.write_token))


def _type_of(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"] if v != "")
    if "anyOf" in schema:
        return " | ".join(_type_of(s) for s in schema["anyOf"] if s.get("type") != "null")
    return str(schema.get("type", ""))
