"""``saidwhat serve``: the web UI and JSON API. A thin wrapper over ``saidwhat.web.serve``."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import StoreError
from . import main
from .common import config_option, db_option, settings_from


@main.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--write-token", default=None, envvar="SAIDWHAT_WRITE_TOKEN",
              help="Enable POST /api/articles for requests carrying this token [default: settings `write_token`; "
                   "none: read-only].")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="Another host name the server answers to, besides localhost, 127.0.0.1, ::1 and "
                   "--host (repeat for more; '*.example.org' for subdomains, '*' for any) "
                   "[default: settings `allowed_hosts`]")
@config_option
def serve_command(db, host, port, write_token, allowed_hosts, config) -> None:
    """Serve the store as a web UI and JSON API (read-only unless a write token is set).

    Open http://HOST:PORT/ for search, articles, speakers, statements and flags;
    the API is under /api/ and documented at /docs.

    Requests naming another host in their Host header get a 400: serving on
    0.0.0.0 behind a public name needs --allowed-host NAME. Connections that
    do not finish their request headers within `header_timeout` seconds are
    closed, and bodies that stall for `body_timeout` seconds get a 408."""
    from ..web import serve

    settings = settings_from(config, db=db, write_token=write_token,
                             allowed_hosts=tuple(allowed_hosts) or None)
    if not Path(settings.db).is_file():
        raise StoreError(f"no store at {settings.db}; run saidwhat ingest first")
    click.echo(f"serving {settings.db} on http://{host}:{port}/ "
               f"({'writable with the token' if settings.write_token else 'read-only'})", err=True)
    serve(settings.db, host=host, port=port, settings=settings)
