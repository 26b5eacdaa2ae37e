"""The FastAPI application: one read-only store per worker thread, security
headers on every response, a request-body limit and a body read timeout, a
trusted-host check, HEAD on every GET route, and errors mapped to 400/404 with
a message (never a 500 for what a user typed, never a file system path).

    from saidwhat.web import create_app
    app = create_app("quotes.db", write_token="s3cret")   # then: uvicorn.run(app)

Owns the wiring only; the reads live in ``queries``, the pages in ``pages``,
the JSON API in ``api``.
"""

from __future__ import annotations

import asyncio
import os
import re
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import QueryError, StoreError
from ..settings import Settings
from ..store import Store
from .cache import AnswerCache

__all__ = ["LOCAL_HOSTS", "SECURITY_HEADERS", "create_app", "host_allowed"]

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


# The names a server on this machine answers to by default. "testserver" is the
# Host that Starlette's TestClient sends, so that the library's default app works
# under test clients; it names no real machine.
LOCAL_HOSTS = ("localhost", "*.localhost", "127.0.0.1", "::1", "testserver")


def _host_of(header: str) -> str:
    """The host name of a Host header, without its port and brackets, lowercased."""
    header = header.strip().lower()
    if header.startswith("["):  # [::1]:8000
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def host_allowed(header: str | None, allowed: tuple[str, ...]) -> bool:
    """Whether a Host header names one of ``allowed``: exact names, "*.example.org" for
    any subdomain, or "*" for any host at all."""
    if "*" in allowed:
        return True
    if not header:
        return False
    host = _host_of(header)
    return any(host == a or (a.startswith("*.") and host.endswith(a[1:])) for a in allowed)


class _BodyTooLarge(Exception):
    pass


class _BodyTimeout(Exception):
    pass


class GuardMiddleware:
    """What every request passes through before the app:

    - the Host header must name this server (else 400), so that no redirect or
      absolute link is built from a name an attacker sent;
    - HEAD is answered as GET without the body, on every GET route;
    - request bodies over ``limit`` bytes are refused (413), and a body that stops
      arriving for ``body_timeout`` seconds ends the request (408);
    - the security headers are added to every response.

    Pure ASGI so that it sees the body as it streams in, with or without a Content-Length."""

    def __init__(self, app: Any, limit: int, allowed_hosts: tuple[str, ...] = ("*",),
                 body_timeout: float = 30.0) -> None:
        self.app = app
        self.limit = limit
        self.allowed_hosts = tuple(h.lower() for h in allowed_hosts)
        self.body_timeout = body_timeout

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        host = headers.get(b"host", b"").decode("latin-1")
        if not host_allowed(host, self.allowed_hosts):
            await self._answer(send, 400, "this server does not answer to that host name; its operator can "
                                          "allow it with saidwhat serve --allowed-host NAME")
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}  # a copy: the server itself must still know it was HEAD
        started = False
        over = False  # the body went over the limit: whatever the app answers, the client gets 413
        late = False  # the body stopped arriving: the client gets 408

        async def send_with_headers(message: dict) -> None:
            nonlocal started
            if over or late:
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await self._failed(send, over)
                return
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await self._failed(send, True)
            return
        seen = 0

        async def guarded_receive() -> dict:
            nonlocal seen, over, late
            try:
                message = await asyncio.wait_for(receive(), self.body_timeout)
            except TimeoutError:
                late = True
                raise _BodyTimeout() from None
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    # The app may catch this while parsing (FastAPI turns it into a 400);
                    # ``over`` makes the answer a 413 either way.
                    over = True
                    raise _BodyTooLarge()
            return message

        try:
            await self.app(scope, guarded_receive, send_with_headers)
        except (_BodyTooLarge, _BodyTimeout):
            if not started:
                started = True
                await self._failed(send, over)

    async def _failed(self, send: Any, over: bool) -> None:
        if over:
            await self._answer(send, 413, f"request body over the limit of {self.limit} bytes")
        else:
            await self._answer(send, 408, f"the request body did not arrive within {self.body_timeout:g} seconds")

    async def _answer(self, send: Any, status: int, message: str) -> None:
        # Connection: close, because the rest of an unread body would otherwise be read as the next request.
        response = JSONResponse({"detail": message}, status, headers={**SECURITY_HEADERS, "connection": "close"})
        await response({"type": "http"}, None, send)  # type: ignore[arg-type]


# Explicit direction marks: embeddings, overrides (the RLO of "\u202egnp.exe") and isolates.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def isolate_bidi(value: Any) -> Any:
    """Text holding direction controls, wrapped in a first-strong isolate (FSI ... PDI).

    An unclosed right-to-left override in an outlet name would otherwise reverse
    everything after it on the line; inside an isolate it ends where the value ends.
    Templates also put untrusted text in ``<bdi>``; this catches every other place
    a value is printed. Text without such controls is left exactly as it is."""
    if isinstance(value, str) and not isinstance(value, Markup) and _BIDI_CONTROLS.search(value):
        return "\u2068" + value + "\u2069"
    return value


def _templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),  # every template escapes
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=isolate_bidi,
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
    allowed_hosts: tuple[str, ...] | list[str] | None = None,
) -> FastAPI:
    """The web application over the store at ``db`` (default: ``settings.db``), opened read-only.

    ``POST /api/articles`` is enabled only when a write token is given (here or
    as ``settings.write_token``) and then answers only requests carrying it.
    Requests must name one of ``allowed_hosts`` in their Host header (default: ``LOCAL_HOSTS``
    and ``settings.allowed_hosts``); "*" allows any."""
    from . import api, check, pages

    settings = settings or Settings()
    path = Path(db or settings.db)
    pool = StorePool(path)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # Every worker thread keeps its own SQLite connection and page cache (up to 2 MB each);
        # anyio's default of 40 threads buys nothing on a few cores but 40 of those caches.
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.web_threads
        yield
        pool.close()

    app = FastAPI(
        title="saidwhat",
        summary="Who said what, when: quotes from news articles, their speakers, statements and flags.",
        version=__version__,
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
    app.state.cache = AnswerCache(settings.web_cache_bytes)
    hosts = tuple(allowed_hosts or (*LOCAL_HOSTS, *settings.allowed_hosts))
    private = _private_strings(path)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return _error(request, 400, _message(exc))

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError):
        text = _without(private, str(exc))
        return _error(request, 404 if text.startswith("no ") else 400, text)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return _error(request, 503, _without(private, str(exc)))

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

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        # Browsers ask for it on every first visit; without it every visit logs a 404.
        return FileResponse(HERE / "static" / "favicon.ico", media_type="image/x-icon",
                            headers={"cache-control": "public, max-age=86400"})

    app.include_router(api.router)
    app.include_router(check.api_router)
    app.include_router(check.page_router)
    app.include_router(pages.router)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    # Outside the routers, so that error pages and static files get the headers too.
    app.add_middleware(GuardMiddleware, limit=settings.max_request_bytes, allowed_hosts=hosts,
                       body_timeout=settings.body_timeout)
    return app


def _private_strings(path: Path) -> tuple[str, ...]:
    """The forms of the store's path that a library message may carry, longest first."""
    forms = {str(path), str(path.resolve()), os.fspath(path.absolute())}
    return tuple(sorted((f for f in forms if f), key=len, reverse=True))


def _without(private: tuple[str, ...], text: str) -> str:
    """``text`` with the store's path put as "the store": where the database file lies on the
    server's disk is nobody's business but the operator's."""
    for form in private:
        text = text.replace(f"the store {form}", "the store").replace(form, "the store")
    return text
