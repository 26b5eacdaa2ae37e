"""Commands of the readers: ``read-sources`` (articles as JSONL) and ``bench-html``."""

from __future__ import annotations

import json
import sys
from collections import Counter

import click

from ..models import Article, to_dict
from . import main
from .common import config_option, metadata_options, settings_from


@main.command("read-sources")
@click.argument("paths", nargs=-1, required=True)
@click.option("--fetch/--no-fetch", default=False, help="Fetch the pages of feed entries over the network.")
@click.option("--skipped-report", type=click.File("w"), default=None, help="Write each skipped input as JSONL here.")
@metadata_options
@config_option
def read_sources_command(paths: tuple[str, ...], fetch: bool, skipped_report, outlet: str | None,
                         date: str | None, metadata: str | None, config: str | None) -> None:
    """Read PATHS (files, folders, - for stdin) and print each article as one JSON line.

    Skipped inputs are counted by reason on stderr. --outlet, --date and
    --metadata add what plain-text files do not say, as for ingest.
    """
    from ..ingest import read_sources
    from ..ingest.metadata import SourceMetadata

    settings = settings_from(config)
    given = SourceMetadata.build(outlet=outlet, date=date, sidecar=metadata)
    reasons: Counter[str] = Counter()
    read = 0
    for item in read_sources(paths, settings=settings, fetch=fetch, metadata=given):
        if isinstance(item, Article):
            read += 1
            sys.stdout.write(json.dumps(to_dict(item), ensure_ascii=False) + "\n")
        else:
            reasons[item.reason] += 1
            if skipped_report is not None:
                skipped_report.write(json.dumps(to_dict(item), ensure_ascii=False) + "\n")
    summary = ", ".join(f"{reason} {n}" for reason, n in sorted(reasons.items())) or "none"
    click.echo(f"read {read} articles; skipped {sum(reasons.values())} ({summary})", err=True)


@main.command("bench-html")
@click.argument("html_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("ground_truth", type=click.Path(exists=True, dir_okay=False))
@click.option("--per-page", is_flag=True, help="Also print each page's scores, worst first.")
def bench_html_command(html_dir: str, ground_truth: str, per_page: bool) -> None:
    """Score HTML main-text extraction on HTML_DIR against GROUND_TRUTH.json.

    Token-level precision, recall and F1 of the article body, macro- and
    micro-averaged over pages (the scrapinghub article-extraction-benchmark layout).
    """
    from ..ingest import bench_html

    report = bench_html(html_dir, ground_truth)
    if per_page:
        for page in sorted(report.pages, key=lambda p: p.f1):
            click.echo(f"{page.page[:16]}  P {page.precision:.3f}  R {page.recall:.3f}  F1 {page.f1:.3f}")
        click.echo()
    click.echo(report.table())
