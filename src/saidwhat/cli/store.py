"""Commands over the store: ``ingest``, ``search``, ``show``, ``speakers``, ``export``.

Thin: each parses its options, calls the library function of the same name
(``pipeline.ingest``, ``Store.search``, ...) and prints the result. Errors
are raised as SaidwhatError and turned into exit codes by the group.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from ..errors import StoreError
from ..models import to_dict
from . import main
from .common import QueryCommand, config_option, db_option, metadata_options, settings_from

SEARCH_FORMATS = ("table", "json", "jsonl", "csv")
SORTS = ("relevance", "newest", "oldest")  # store.query.SORTS, spelled here so --help needs no import
_CSV_COLUMNS = ("article_id", "quote_idx", "published", "outlet", "speaker", "kind", "text", "headline", "url", "rank")


def _open_existing(db: str | None, config: str | None):
    """The store for a read command: it must exist already (reading never creates one)."""
    from ..store import Store

    settings = settings_from(config, db=db)
    if not Path(settings.db).is_file():
        raise StoreError(f"no store at {settings.db}; run saidwhat ingest first")
    # Opened writable so that a store made by an older saidwhat is migrated;
    # a store on a read-only filesystem is still readable.
    try:
        return Store.open(settings.db)
    except StoreError:
        return Store.open(settings.db, readonly=True)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


# --- ingest ---------------------------------------------------------------------------


@main.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Extraction processes [default: settings `jobs`, 1]")
@click.option("--skipped-report", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write every skipped input here, one JSON line each (source, reason, detail).")
@click.option("--fetch/--no-fetch", default=False, help="Fetch the pages of feed entries over the network.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--json", "as_json", is_flag=True, help="Print the closing summary as JSON.")
@click.option("--link/--no-link", "do_link", default=True, show_default=True,
              help="Link speakers and statements across articles and refresh flags afterwards.")
@metadata_options
@config_option
def ingest_command(sources: tuple[str, ...], db: str | None, jobs: int | None, skipped_report: str | None,
                   fetch: bool, quiet: bool, as_json: bool, do_link: bool, outlet: str | None, date: str | None,
                   metadata: str | None, config: str | None) -> None:
    """Read SOURCES (files, folders, - for stdin), find their quotes and store them.

    Articles already in the store are recognised (by canonical URL, else by
    their text) and not extracted again, so rerunning after an interruption
    picks up where it stopped. In folders, README, LICENSE and COPYING files
    are skipped (reason not-article).

    Plain-text corpora name no outlet or date: give them with --outlet and
    --date (a fixed date, or a pattern that finds it in each file's path), or
    per file with --metadata FILE.
    """
    from ..ingest.metadata import SourceMetadata
    from ..pipeline import ingest
    from ..store import Store

    settings = settings_from(config, db=db, jobs=jobs)
    given = SourceMetadata.build(outlet=outlet, date=date, sidecar=metadata)
    console = _stderr_console()
    with Store.open(settings.db) as store:
        linking = None
        if do_link:  # linked as it is stored, while the next articles are extracted
            from ..across.link import Linking

            linking = Linking(store, settings)
            linking.start()
        on_stored = linking.link_pending if linking is not None else None
        if quiet or not console.is_terminal:
            summary = ingest(sources, store=store, settings=settings, fetch=fetch, metadata=given,
                             on_stored=on_stored)
        else:
            summary = _ingest_with_progress(ingest, sources, store, settings, fetch, console, given, on_stored)
        linked = None
        if linking is not None:
            linking.link_pending()  # what an earlier run stored and did not link
            linked = linking.finish()
    if skipped_report:
        with open(skipped_report, "w", encoding="utf-8") as fh:
            for skip in summary.skips:
                fh.write(json.dumps(to_dict(skip), ensure_ascii=False) + "\n")
    if as_json:
        extra = {"linked": linked.as_dict()} if linked is not None else {}
        click.echo(json.dumps({"db": str(settings.db), **summary.as_dict(), **extra}))
        return
    click.echo(
        f"read {summary.read}: {summary.new} new ({summary.quotes} quotes), "
        f"{summary.already_stored} already stored, {summary.skipped_total} skipped "
        f"in {summary.seconds:.1f}s -> {settings.db}"
    )
    for reason, n in sorted(summary.skipped.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"  skipped {n:6d}  {reason}")
    if linked is not None:
        flags = ", ".join(f"{k} {v}" for k, v in sorted(linked.flags.items())) or "none"
        click.echo(f"linked {linked.articles} articles: {linked.statements_new} new statements; flags: {flags}")


def _ingest_with_progress(ingest, sources, store, settings, fetch, console, metadata=None, on_stored=None):
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("[bold]ingest[/]"),
        TextColumn("read {task.fields[read]} · new {task.fields[new]} · stored before "
                   "{task.fields[old]} · skipped {task.fields[skipped]} · {task.fields[rate]}/s"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task("ingest", total=None, read=0, new=0, old=0, skipped=0, rate="0.0")

        def update(summary) -> None:
            done = summary.new + summary.already_stored + summary.skipped_total
            rate = f"{done / summary.seconds:.1f}" if summary.seconds > 0 else "0.0"
            bar.update(task, read=summary.read, new=summary.new, old=summary.already_stored,
                       skipped=summary.skipped_total, rate=rate)

        return ingest(sources, store=store, settings=settings, fetch=fetch, progress=update, metadata=metadata,
                      on_stored=on_stored)


# --- search ---------------------------------------------------------------------------


def _hit_row(hit) -> dict:
    spk = hit.quote.speaker
    return {
        "article_id": hit.article_id,
        "quote_idx": hit.quote_idx,
        "published": hit.published.isoformat() if hit.published else None,
        "outlet": hit.outlet,
        "speaker": (spk.name or spk.mention) if spk else None,
        "kind": str(hit.quote.kind),
        "text": hit.quote.text,
        "headline": hit.headline,
        "url": hit.url,
        "rank": round(hit.rank, 4),
    }


@main.command("search", cls=QueryCommand)
@click.argument("query", required=False, default="")
@click.option("--speaker", default=None, help="Only quotes by this speaker (any part of the name).")
@click.option("--outlet", default=None, help="Only articles from this outlet (any part of the name).")
@click.option("--since", default=None, help="Published on or after this date (YYYY-MM-DD, YYYY-MM, YYYY).")
@click.option("--until", default=None, help="Published on or before this date (the whole day counts).")
@click.option("--kind", default=None, help="direct, indirect, mixed, headline or nested.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)
@click.option("--when", type=click.Choice(("week", "month", "year")), default=None,
              help="Published in the past week, month or year.")
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True,
              help="Best match first (newest first without words), newest first, or oldest first.")
@click.option("--syntax", is_flag=True,
              help='Read QUERY as search syntax: "phrases", AND / OR / NOT, prefix*, speaker:name.')
@click.option("--plain", is_flag=True, hidden=True, help="Read QUERY as plain words (the default).")
@click.option("--format", "fmt", type=click.Choice(SEARCH_FORMATS), default="table", show_default=True)
@click.option("--bom", is_flag=True, help="With --format csv: start with a UTF-8 byte order mark (for Excel).")
@db_option
@config_option
def search_command(query: str, speaker, outlet, since, until, kind, limit: int, offset: int, when: str | None,
                   sort: str, syntax: bool, plain: bool, fmt: str, bom: bool, db: str | None,
                   config: str | None) -> None:
    """Find quotes by words in them, their speaker's name or their article's headline.

    QUERY is plain words, all of which must appear, with any ending ("taxes"
    finds "tax"); punctuation is part of the words ("Blair's", "U.S.", "9/11").
    With --syntax it is SQLite FTS5 search syntax: "exact phrases", OR, NOT,
    prefix*, (groups) and fields (speaker:stoltenberg, headline:nato). Plain
    words that find nothing but look like syntax are tried as syntax, and the
    search says so. QUERY may begin with a dash with no need for "--". Leave it
    out to list quotes by the filters alone, newest first.
    """
    from ..store.query import SearchFilters, suggest_speakers

    filters = SearchFilters(q=query or None, speaker=speaker, outlet=outlet, since=since, until=until, when=when,
                            kind=kind, syntax=syntax and not plain, sort=sort)
    with _open_existing(db, config) as store:
        found = store.search_page(filters, limit=limit, offset=offset)
        hits = found.hits
        suggestions = suggest_speakers(store.connection, speaker) if speaker and not hits and not offset else []
    if found.note:
        click.echo(f"note: {found.note}", err=True)
    if suggestions:
        click.echo(f"no quotes by a speaker named {speaker!r}; did you mean: {', '.join(suggestions)}?", err=True)
    if fmt == "json":
        click.echo(json.dumps([to_dict(h) for h in hits], ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for hit in hits:
            click.echo(json.dumps(to_dict(hit), ensure_ascii=False))
    elif fmt == "csv":
        from ..export import CSV_BOM, csv_row

        if bom:
            sys.stdout.write(CSV_BOM)
        writer = csv.DictWriter(sys.stdout, fieldnames=_CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for hit in hits:
            writer.writerow(csv_row(_hit_row(hit), _CSV_COLUMNS))  # formulas escaped, as OWASP advises
    else:
        _print_hits(hits)


# A table cell shows this much of a quote; the JSON/CSV formats and `show` give it whole.
_TABLE_QUOTE_CHARS = 300


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _quote_cell(hit):
    """The quote's kind and text for the table, the searched words in bold (rich Text: nothing is markup)."""
    from rich.text import Text

    from ..store.query import clip_pieces

    cell = Text(f"[{hit.quote.kind}] ")
    if not hit.highlight:
        cell.append(_clip(hit.quote.text.strip(), _TABLE_QUOTE_CHARS))
        return cell
    for text, is_match in clip_pieces(list(hit.highlight), _TABLE_QUOTE_CHARS):
        cell.append(text, style="bold yellow" if is_match else None)
    return cell


def _print_hits(hits) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    if not hits:
        console.print("no quotes found")
        return
    table = Table(show_lines=True, expand=True)
    table.add_column("article:quote", style="dim", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("speaker", style="cyan", ratio=1, min_width=12)
    table.add_column("quote", ratio=4)
    table.add_column("outlet / headline", ratio=2, min_width=12)
    for hit in hits:
        row = _hit_row(hit)
        table.add_row(
            f"{hit.article_id}:{hit.quote_idx}",
            (row["published"] or "")[:10],
            escape(row["speaker"] or ""),
            _quote_cell(hit),
            escape(" / ".join(x for x in (hit.outlet, hit.headline) if x)),
        )
    console.print(table)


# --- show -----------------------------------------------------------------------------

_QUOTE_STYLES = ("yellow", "green", "magenta", "bright_blue")


@main.command("show")
@click.argument("article_id")
@db_option
@config_option
def show_command(article_id: str, db: str | None, config: str | None) -> None:
    """Print stored article ARTICLE_ID with its quotes highlighted and attributed.

    ARTICLE_ID is the id every command prints, or the id the article's source record gave it."""
    from rich.console import Console

    with _open_existing(db, config) as store:
        extraction = store.get_article(article_id)
    Console().print(render_article(extraction))


def render_article(extraction):
    """A rich renderable of the article: quotes coloured, speakers bold, each quote numbered."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    art = extraction.article
    parts = []
    headline = Text(art.headline or "(no headline)", style="bold")
    for n, quote in enumerate(extraction.quotes, 1):
        if quote.where == "headline" and art.headline:
            for span in quote.spans:
                headline.stylize(_QUOTE_STYLES[(n - 1) % len(_QUOTE_STYLES)], span.start, span.end)
    # the id first, with the one the source gave the article, so either can be looked up again
    given = f" (given id {art.given_id})" if art.given_id else ""
    meta = " · ".join(x for x in (f"{art.id}{given}", art.outlet, art.published.isoformat() if art.published else None,
                                  art.author, art.url or art.source) if x)
    parts += [headline, Text(meta, style="dim"), Text("")]  # Text() never parses markup

    body = Text(art.text)
    markers: dict[int, list[str]] = {}
    for n, quote in enumerate(extraction.quotes, 1):
        if quote.where != "body":
            continue
        style = _QUOTE_STYLES[(n - 1) % len(_QUOTE_STYLES)]
        for span in quote.spans:
            body.stylize(style, span.start, span.end)
        if quote.cue and quote.cue.span:
            body.stylize("italic", quote.cue.span.start, quote.cue.span.end)
        if quote.speaker and quote.speaker.span:
            body.stylize("bold cyan", quote.speaker.span.start, quote.speaker.span.end)
        markers.setdefault(quote.end, []).append(str(n))
    if markers:
        # Cut the text at each quote's end and put its number there.
        cuts = sorted(markers)
        pieces = body.divide(cuts)
        body = Text()
        for piece, cut in zip(pieces, [*cuts, None]):
            body.append_text(piece)
            if cut is not None:
                body.append(f"[{','.join(markers[cut])}]", style="dim")
    parts += [body, Text("")]

    if extraction.quotes:
        table = Table(title=f"{len(extraction.quotes)} quotes", show_lines=False)
        for column in ("#", "speaker", "cue", "kind", "conf", "quote"):
            table.add_column(column)
        for n, quote in enumerate(extraction.quotes, 1):
            spk = quote.speaker
            who = ""
            if spk:
                who = spk.name or spk.mention
                if spk.name and spk.mention and spk.mention != spk.name:
                    who += f" ({spk.mention})"
            kind = str(quote.kind) + (f" in #{quote.parent + 1}" if quote.parent is not None else "")
            # Text cells, not strings: article text may hold [brackets] that rich reads as markup.
            table.add_row(str(n), Text(who), Text(quote.cue.text if quote.cue else ""), kind,
                          f"{quote.confidence:.2f}", Text(quote.text.strip()))
        parts.append(table)
    else:
        parts.append(Text("no quotes found in this article", style="dim"))
    return Group(*parts)


# --- speakers -------------------------------------------------------------------------


@main.command("speakers")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
@db_option
@config_option
def speakers_command(top: int, fmt: str, db: str | None, config: str | None) -> None:
    """Who is quoted most: quotes, articles, first and last seen (publication dates)."""
    with _open_existing(db, config) as store:
        stats = store.speakers(top=top)
    if fmt == "json":
        click.echo(json.dumps([to_dict(s) for s in stats], ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table()
    for column in ("speaker", "type", "quotes", "articles", "first seen", "last seen"):
        table.add_column(column, justify="right" if column in ("quotes", "articles") else "left")
    for s in stats:
        table.add_row(Text(s.name), s.type or "", str(s.quotes), str(s.articles),
                      s.first_seen.date().isoformat() if s.first_seen else "",
                      s.last_seen.date().isoformat() if s.last_seen else "")
    Console().print(table if stats else "no speakers stored yet")


# --- export ---------------------------------------------------------------------------


@main.command("export")
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
@click.option("--format", "fmt", type=click.Choice(("jsonl", "csv", "parquet")), default=None,
              help="[default: from OUT's extension, else jsonl]")
@click.option("--bom", is_flag=True, help="Start a CSV with a UTF-8 byte order mark, so that Excel reads it as UTF-8.")
@db_option
@config_option
def export_command(out: str, fmt: str | None, bom: bool, db: str | None, config: str | None) -> None:
    """Write every quote, joined with its article's metadata, to OUT.

    CSV cells starting with =, +, -, @, a tab or a carriage return get a leading
    single quote, so that no spreadsheet runs a quote as a formula."""
    from ..export import FORMATS, export

    if fmt is None:
        suffix = Path(out).suffix.lower().lstrip(".")
        fmt = suffix if suffix in FORMATS else "jsonl"
    with _open_existing(db, config) as store:
        n = export(store, out, format=fmt, bom=bom)
    click.echo(f"wrote {n} quotes to {out} ({fmt})")
