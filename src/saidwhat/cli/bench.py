"""``saidwhat bench``: the throughput benchmark (a thin wrapper over ``saidwhat.bench.bench``)."""

from __future__ import annotations

import json

import click

from . import main


@main.command("bench")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N articles (sorted by path).")
@click.option("--jobs", type=click.IntRange(min=1), default=2, show_default=True,
              help="Processes for the parallel run; 1 skips it.")
@click.option("--no-textacy", is_flag=True, help="Skip the spaCy + textacy comparison.")
@click.option("--no-tokenizer", is_flag=True, help="Skip the tokenizer-only ceiling.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON instead of a table.")
def bench_command(directory: str, limit: int | None, jobs: int, no_textacy: bool, no_tokenizer: bool,
                  as_json: bool) -> None:
    """Articles per second, words per second and peak RSS of saidwhat, next to spaCy + textacy.

    DIRECTORY holds .txt articles (headline, blank line, body), for example
    ../shared/data/bbc-news/bbc. Each system runs in its own fresh process.
    """
    from ..bench import bench, format_table

    report = bench(
        directory,
        limit=limit,
        jobs=jobs,
        textacy=not no_textacy,
        tokenizer=not no_tokenizer,
        progress=lambda line: click.echo(line, err=True),
    )
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(format_table(report))
