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



def metadata_options(command):
    """--outlet, --date and --metadata: what plain-text corpora do not say about their articles."""
    for option in reversed((
        click.option("--outlet", default=None, metavar="NAME",
                     help="The outlet of every article whose source names none (a folder of plain text)."),
        click.option("--date", default=None, metavar="DATE|PATTERN",
                     help="The date of every article whose source gives none: YYYY-MM-DD, or a regular "
                          "expression with named groups year, month, day found in each file's path, "
                          "e.g. '(?P<year>\\d{4})/(?P<month>\\d\\d)/(?P<day>\\d\\d)'."),
        click.option("--metadata", type=click.Path(exists=True, dir_okay=False), default=None, metavar="FILE",
                     help="A CSV or JSON of per-file metadata: path (relative to FILE) and any of outlet, "
                          "date, url, headline; these win over what the file says."),
    )):
        command = option(command)
    return command


def settings_from(config: str | None, **overrides) -> Settings:
    return load_settings(config, **overrides)


class QueryCommand(click.Command):
    """A command whose one argument is free text that may begin with a dash.

    click reads any word that starts with "-" as an option, so ``search -headline:
    nato`` or ``search --plain -2.4`` stopped at "No such option" unless written
    after ``--``. Here a word that starts with one dash and is not one of the
    command's options is moved behind a ``--`` before click parses, so it is the
    argument wherever it stands. A word starting with ``--`` stays an option, so a
    mistyped ``--limt`` is still reported, not searched for.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        takes_value: set[str] = set()
        flags: set[str] = set()
        for param in self.get_params(ctx):
            if isinstance(param, click.Option):
                names = {*param.opts, *param.secondary_opts}
                (flags if param.is_flag or param.count else takes_value).update(names)
        kept: list[str] = []
        text: list[str] = []
        rest = list(args)
        while rest:
            word = rest.pop(0)
            if word == "--":
                text += rest
                break
            if word in takes_value:
                kept.append(word)
                if rest:
                    kept.append(rest.pop(0))  # its value, whatever it looks like
            elif (word in flags or word == "-" or not word.startswith("-") or word.startswith("--")
                  or word[:2] in takes_value):  # "-xVALUE": a short option with its value attached
                kept.append(word)
            else:
                text.append(word)
        return super().parse_args(ctx, kept + (["--", *text] if text else []))
