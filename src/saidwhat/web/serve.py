"""Running the application with uvicorn: what ``saidwhat serve`` calls.

Uvicorn closes idle keep-alive connections, but a connection that opens and then
sends its headers a byte at a time (or never) is held open for good: enough of
them and no one else gets a socket. ``HeaderTimeoutProtocol`` closes a connection
whose request headers are not complete ``header_timeout`` seconds after it opened
or after the first byte of its next request. Bodies that stall are the app's
concern (``app.GuardMiddleware`` answers 408).
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..settings import Settings
from .app import LOCAL_HOSTS

__all__ = ["HeaderTimeoutProtocol", "default_hosts", "serve"]


class HeaderTimeoutProtocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for the request line and headers."""

    header_timeout: float = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._header_timer: asyncio.TimerHandle | None = None
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self._waiting_for_headers():
            if self._header_timer is None:
                self._arm()  # the first byte of a request on a kept-alive connection
        else:
            self._disarm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _waiting_for_headers(self) -> bool:
        # h11 leaves IDLE when a whole request head has been parsed.
        return self.conn.their_state is h11.IDLE and not self.transport.is_closing()

    def _arm(self) -> None:
        self._header_timer = self.loop.call_later(self.header_timeout, self._too_slow)

    def _disarm(self) -> None:
        if getattr(self, "_header_timer", None) is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _too_slow(self) -> None:
        self._header_timer = None
        if self._waiting_for_headers():
            self.transport.close()


def _protocol(header_timeout: float) -> type[HeaderTimeoutProtocol]:
    return type("HeaderTimeoutProtocol", (HeaderTimeoutProtocol,), {"header_timeout": float(header_timeout)})


def default_hosts(host: str) -> tuple[str, ...]:
    """What a server bound to ``host`` answers to when no host is configured: this machine's
    names, plus ``host`` itself when it is a name or address (not 0.0.0.0 or ::, which are
    every address and so name nothing)."""
    bound = host.strip("[]").lower()
    return LOCAL_HOSTS + ((bound,) if bound and bound not in ("0.0.0.0", "::") else ())


def serve(
    db: str | os.PathLike[str] | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    settings: Settings | None = None,
    write_token: str | None = None,
    allowed_hosts: tuple[str, ...] | list[str] | None = None,
    log_level: str = "info",
    **uvicorn_options: Any,
) -> None:
    """Serve the store at ``db`` on ``host:port`` until interrupted. Read-only unless a write token is set.

    Only requests whose Host header names this machine (``default_hosts(host)``) or one of
    ``allowed_hosts`` (default: ``settings.allowed_hosts``) are answered."""
    import uvicorn

    from .app import create_app

    settings = settings or Settings()
    hosts = default_hosts(host) + tuple(allowed_hosts or settings.allowed_hosts)
    app = create_app(db, settings=settings, write_token=write_token, allowed_hosts=hosts)
    # server_header off: the Server banner tells an attacker more than a user.
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False, proxy_headers=False,
                http=_protocol(settings.header_timeout), **uvicorn_options)
