"""``saidwhat extract``: read articles and print their quotes, without a store."""

from __future__ import annotations

import json
import sys

import click

from ..models import Article, Extraction, Quote, Skip, to_dict
from . import main
from .common import config_option, settings_from


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True,
    help="text: a readable view; json: one indented document per article; jsonl: one line per article.",
)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out quotes below this confidence.")
@config_option
def extract_command(paths: tuple[str, ...], fmt: str, min_confidence: float, config: str | None) -> None:
    """Print the quotes and speakers of the articles in PATHS.

    PATHS are files or folders of plain text (dateline, headline, paragraphs),
    JSONL (one {"id", "text", ...} article per line), HTML, WARC or feeds;
    "-" reads standard input. Offsets in the JSON output index the article's
    ``text`` (body) or, for headline quotes, its ``headline``.
    """
    from ..extract import extract_many
    from ..ingest import read_sources

    settings = settings_from(config)
    skips: list[Skip] = []

    def articles():
        for item in read_sources(paths, settings=settings):
            if isinstance(item, Skip):
                skips.append(item)
                click.echo(f"skipped {item.source}: {item.reason} {item.detail}".rstrip(), err=True)
            else:
                yield item

    count = 0
    for extraction in extract_many(articles()):
        count += 1
        quotes = tuple(q for q in extraction.quotes if q.confidence >= min_confidence)
        extraction = Extraction(extraction.article, quotes)
        if fmt == "json":
            click.echo(json.dumps(to_dict(extraction), ensure_ascii=False, indent=2))
        elif fmt == "jsonl":
            sys.stdout.write(json.dumps(to_dict(extraction), ensure_ascii=False) + "\n")
        else:
            click.echo(render_text(extraction))
    if count == 0 and skips:
        raise click.ClickException("no article could be read (see the skipped inputs above)")


def render_text(extraction: Extraction) -> str:
    """A readable view of one article and its quotes."""
    a: Article = extraction.article
    lines = [f"== {a.headline or a.id}"]
    meta = [x for x in (a.outlet, a.published.isoformat() if a.published else None, a.url or a.source) if x]
    if meta:
        lines.append("   " + " · ".join(meta))
    if not extraction.quotes:
        lines.append("   (no quotes found)")
    for i, q in enumerate(extraction.quotes):
        lines.extend(_render_quote(i, q))
    return "\n".join(lines) + "\n"


# How the text view names a speaker's type (``Speaker.type``): every known type is shown, the
# same way; an unknown one (None) shows nothing.
_TYPE_TAGS = {"org": "organisation"}


def _render_quote(i: int, q: Quote) -> list[str]:
    who = "unknown speaker"
    if q.speaker is not None:
        who = q.speaker.name or q.speaker.mention
        if q.speaker.name and q.speaker.mention != q.speaker.name:
            who += f' (as "{q.speaker.mention}")'
        if q.speaker.type:
            who += f" [{_TYPE_TAGS.get(q.speaker.type, q.speaker.type)}]"
    head = f"[{i}] {q.kind.value}"
    if q.where == "headline":
        head += " (headline)"
    if q.parent is not None:
        head += f" inside [{q.parent}]"
    cue = f' · cue "{q.cue.text}"' if q.cue else ""
    text = q.text if len(q.text) <= 400 else q.text[:300] + " … " + q.text[-80:]
    out = [f"{head} · {who}{cue} · confidence {q.confidence:.2f}", f"    “{text}”"]
    if len(q.spans) > 1:
        out.append(f"    ({len(q.spans)} parts)")
    if q.figures:
        out.append(
            "    figures: " + ", ".join(f"{f.text} = {f.value:g}{' ' + f.unit if f.unit else ''}" for f in q.figures)
        )
    return out
