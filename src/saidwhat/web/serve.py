"""Running the application with uvicorn: what ``saidwhat serve`` calls."""

from __future__ import annotations

import os

from ..settings import Settings

__all__ = ["serve"]


def serve(
    db: str | os.PathLike[str] | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    settings: Settings | None = None,
    write_token: str | None = None,
    log_level: str = "info",
) -> None:
    """Serve the store at ``db`` on ``host:port`` until interrupted. Read-only unless a write token is set."""
    import uvicorn

    from .app import create_app

    app = create_app(db, settings=settings, write_token=write_token)
    # server_header off: the Server banner tells an attacker more than a user.
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False, proxy_headers=False)
