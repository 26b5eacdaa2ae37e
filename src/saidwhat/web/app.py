"""The FastAPI application: one read-only store per worker thread, security
headers on every response, a request-body limit, and errors mapped to 400/404
with a message (never a 500 for what a user typed).

    from saidwhat.web import create_app
    app = create_app("quotes.db", write_token="s3cret")   # then: uvicorn.run(app)

Owns the wiring only; the reads live in ``queries``, the pages in ``pages``,
the JSON API in ``api``.
"""

from __future__ import annotations

import os
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import QueryError, StoreError
from ..settings import Settings
from ..store import Store
from .cache import AnswerCache

__all__ = ["SECURITY_HEADERS", "create_app"]

HERE = Path(__file__).resolve().parent

# Everything the pages load comes from the app itself: no CDN, no inline script,
# no inline style (colours are classes), no plugins, no framing.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


class StorePool:
    """One read-only connection per worker thread: sqlite3 connections are not
    meant to be used by two threads at once, and the threadpool reuses threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        Store.open(path, readonly=True).close()  # fail at start, not on the first request

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store.open(self.path, readonly=True)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                try:
                    store.close()
                except Exception:  # a connection of a finished thread may already be gone
                    pass
            self._all.clear()


class _BodyTooLarge(Exception):
    pass


class GuardMiddleware:
    """Adds the security headers to every response and refuses request bodies over ``limit`` bytes (413).

    Pure ASGI so that it sees the body as it streams in, with or without a Content-Length."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        over = False  # the body went over the limit: whatever the app answers, the client gets 413

        async def send_with_headers(message: dict) -> None:
            nonlocal started
            if over:
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await self._too_large(send)
                return
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            over = True
            started = True
            await self._too_large(send)
            return
        seen = 0

        async def counting_receive() -> dict:
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    # The app may catch this while parsing (FastAPI turns it into a 400);
                    # ``over`` makes the answer a 413 either way.
                    over = True
                    raise _BodyTooLarge()
            return message

        try:
            await self.app(scope, counting_receive, send_with_headers)
        except _BodyTooLarge:
            if not started:
                started = True
                await self._too_large(send)

    async def _too_large(self, send: Any) -> None:
        response = JSONResponse({"detail": f"request body over the limit of {self.limit} bytes"}, 413,
                                headers=SECURITY_HEADERS)
        await response({"type": "http"}, None, send)  # type: ignore[arg-type]


def _templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),  # every template escapes
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "bad parameter: " + "; ".join(parts)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema with its 422 validation answers documented as the 400s this app sends."""
    if app.openapi_schema:
        return app.openapi_schema
    from fastapi.openapi.utils import get_openapi

    schema = get_openapi(title=app.title, version=app.version, summary=app.summary, routes=app.routes)
    error = {"description": "Bad parameter or search query",
             "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for methods in schema.get("paths", {}).values():
        for op in methods.values():
            responses = op.get("responses", {})
            if responses.pop("422", None) is not None:
                responses.setdefault("400", error)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Error"] = {"type": "object", "properties": {"detail": {"type": "string"}}, "required": ["detail"]}
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    app.openapi_schema = schema
    return schema


def create_app(
    db: str | os.PathLike[str] | None = None,
    *,
    settings: Settings | None = None,
    write_token: str | None = None,
) -> FastAPI:
    """The web application over the store at ``db`` (default: ``settings.db``), opened read-only.

    ``POST /api/articles`` is enabled only when a write token is given (here or
    as ``settings.write_token``) and then answers only requests carrying it."""
    from . import api, pages

    settings = settings or Settings()
    path = Path(db or settings.db)
    pool = StorePool(path)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        pool.close()

    app = FastAPI(
        title="saidwhat",
        summary="Who said what, when: quotes from news articles, their speakers, statements and flags.",
        version="0.1.0",
        docs_url=None,  # the stock page loads Swagger UI from a CDN; /docs is served by pages.py instead
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.db_path = path
    app.state.settings = settings
    app.state.write_token = write_token or settings.write_token
    app.state.write_lock = threading.Lock()
    app.state.templates = _templates()
    app.state.cache = AnswerCache()

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return _error(request, 400, _message(exc))

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError):
        text = str(exc)
        return _error(request, 404 if text.startswith("no ") else 400, text)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return _error(request, 503, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        # Starlette answers this outside the middleware, so the security headers are set here.
        return _error(request, 500, "internal error: the server could not answer this request", SECURITY_HEADERS)

    def _error(request: Request, status: int, message: str, headers: dict | None = None):
        if _wants_json(request):
            return JSONResponse({"detail": message}, status, headers=headers)
        html = app.state.templates.get_template("error.html").render(status=status, message=message, active="")
        return HTMLResponse(html, status, headers=headers)

    app.include_router(api.router)
    app.include_router(pages.router)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    # Outside the routers, so that error pages and static files get the headers too.
    app.add_middleware(GuardMiddleware, limit=settings.max_request_bytes)
    return app
