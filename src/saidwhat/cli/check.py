"""``saidwhat check``: is a claimed quote in the record, and where was it first? And ``bench-check``, its timing.

Thin wrappers over ``across.check.check_quote`` and ``across.check_bench``.
"""

from __future__ import annotations

import json

import click

from . import main
from .common import QueryCommand, config_option, db_option
from .store import _open_existing

_SHOWN_SOURCES = 10  # sources listed in the text answer; --format json gives them all


@main.command("check", cls=QueryCommand)
@click.argument("claim")
@click.option("--speaker", default=None, help="Who the claim says said it (a name, a surname or a speaker id).")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
@db_option
@config_option
def check_command(claim: str, speaker: str | None, fmt: str, db: str | None, config: str | None) -> None:
    """Check CLAIM, a quote as someone says it was said, against the stored record.

    Finds the recorded quotes whose words best match it, even with words
    changed, cut or moved, and answers: who said it, when and where it was
    first recorded, every outlet that carried it, and the word-by-word
    difference between CLAIM and the closest recorded wording. The verdict is
    one of: verbatim, altered (naming the changed words), paraphrase,
    other-speaker (with --speaker, recorded only from someone else), not-found.
    """
    from ..across.check import check_quote

    with _open_existing(db, config) as store:
        answer = check_quote(store, claim, speaker)
    if fmt == "json":
        click.echo(json.dumps(answer, ensure_ascii=False, indent=2))
        return
    click.echo("\n".join(_text_lines(answer)))


def _text_lines(answer: dict) -> list[str]:
    lines = [f"verdict: {answer['verdict']}", answer["explanation"]]
    match = answer["match"]
    if match is None:
        return lines
    first = match["first"]
    lines += [
        f"closest recorded wording: \u201c{match['wording']}\u201d",
        f"claim against it: {match['diff']['text']}",
        f"said by: {match['speaker'] or 'unknown speaker'}"
        + (f" ({match['speaker_id']})" if match["speaker_id"] else ""),
        f"first recorded: {first['date'] or 'undated'} in {first['outlet'] or 'an unknown outlet'}"
        + (f" <{first['url']}>" if first.get("url") else ""),
        _carried(match),
    ]
    if match["statement"] is not None:
        lines.append(f"statement: {match['statement']} (`saidwhat statement {match['statement']}` shows it whole)")
    for src in match["sources"][:_SHOWN_SOURCES]:
        lines.append(
            f"  {src['date'] or 'undated':10}  {src['outlet'] or 'unknown outlet'}  {src['url'] or src['article']}"
        )
    if len(match["sources"]) > _SHOWN_SOURCES:
        lines.append(f"  ... and {len(match['sources']) - _SHOWN_SOURCES} more (--format json lists them all)")
    for other in answer["others"]:
        lines.append(f"also close: {other['speaker'] or 'unknown speaker'}: \u201c{other['wording'][:160]}\u201d")
    return lines


def _carried(match: dict) -> str:
    articles = len({src["article"] for src in match["sources"]})
    if not match["outlets"]:
        return f"carried by {articles} article(s); no outlet is recorded for them"
    return f"carried by {len(match['outlets'])} outlet(s) in {articles} article(s): {', '.join(match['outlets'])}"


@main.command("bench-check")
@click.argument("source", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Build the benchmark store here first: SOURCE grown to --quotes quotes by varied copies.")
@click.option("--quotes", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="Quotes in the store built with --out.")
@click.option("--claims", type=click.IntRange(min=20), default=200, show_default=True,
              help="Claims to check (verbatim, one word changed, truncated, reordered, unrelated).")
@click.option("--seed", type=int, default=18, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def bench_check_command(source: str, out: str | None, quotes: int, claims: int, seed: int, as_json: bool) -> None:
    """Time `saidwhat check` on a large store: p50, p95 and max in milliseconds, and its verdicts.

    SOURCE is a linked store (saidwhat ingest). With --out, a copy of it is
    grown to --quotes quotes (its articles copied as new outlets, each quote
    varied: a word changed, dropped or swapped, or cut) and the check is timed
    on the copy; without it, on SOURCE itself. Claims are made from SOURCE's
    own quotes; each kind has the verdict it should get.
    """
    from ..across.check_bench import bench_check, synthesize_store

    db = source
    if out:
        made = synthesize_store(source, out, quotes=quotes, seed=seed, progress=lambda s: click.echo(s, err=True))
        click.echo(f"built {out}: {made['quotes']:,} quotes from {made['source_quotes']:,}", err=True)
        db = out
    report = bench_check(db, claims=claims, seed=seed)
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    click.echo(f"check on {report['quotes']:,} quotes, {report['claims']} claims: p50 {report['p50_ms']} ms, "
               f"p95 {report['p95_ms']} ms, max {report['max_ms']} ms")
    click.echo(f"verdicts as expected: {report['expected_verdicts']} of {report['claims']}")
    for pair, n in report["verdicts"].items():
        click.echo(f"  {n:5d}  {pair}")
