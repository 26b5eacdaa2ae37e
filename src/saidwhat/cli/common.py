"""Options and helpers shared by the command modules."""

from __future__ import annotations

import click

from ..settings import Settings, load_settings

db_option = click.option(
    "--db", "db", type=click.Path(dir_okay=False), default=None,
    help="SQLite store to use [default: settings `db`, saidwhat.db]",
)
config_option = click.option(
    "--config", "config", type=click.Path(exists=True, dir_okay=False), default=None,
    help="TOML settings file [default: $SAIDWHAT_CONFIG or ./saidwhat.toml]",
)


def settings_from(config: str | None, **overrides) -> Settings:
    return load_settings(config, **overrides)
