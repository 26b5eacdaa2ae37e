"""The command line: thin wrappers over the library, one module per area.

Each module of this package defines click commands with the library's
function names in kebab-case and registers them on ``main``. Library errors
become exit codes here and nowhere else (``SaidwhatError.exit_code``).
"""

from __future__ import annotations

import importlib
import sys

import click

from ..errors import SaidwhatError

__all__ = ["main"]

# Modules that add commands to the group; each owns one area of the tool.
COMMAND_MODULES = ("extract", "ingest", "store", "evaluate", "across", "check", "web", "bench", "spark")


class _Group(click.Group):
    def invoke(self, ctx: click.Context):  # map our errors to messages and exit codes
        try:
            return super().invoke(ctx)
        except SaidwhatError as exc:
            click.secho(f"error: {exc}", fg="red", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="saidwhat")
def main() -> None:
    """saidwhat: who said what, when.

    Reads news articles (text, JSONL, HTML, WARC, RSS/Atom), finds every
    quotation and its speaker, stores them in an embedded SQLite database,
    links speakers and statements across articles, and serves the record.

    Start with:  saidwhat ingest examples/ && saidwhat search "air defense"
    """


for _name in COMMAND_MODULES:
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as exc:  # an area not built yet, or an optional extra missing
        if exc.name != f"{__name__}.{_name}":
            raise
