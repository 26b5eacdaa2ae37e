"""Commands across articles: ``link``, ``speaker``, ``statement``, ``statements``,
``flags``, ``merges``, ``split`` and ``kb-import``. Thin wrappers over ``saidwhat.across``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import StoreError
from . import main
from .common import config_option, db_option, settings_from


def _store(db: str | None, config: str | None, *, must_exist: bool = True):
    from ..store import Store

    settings = settings_from(config, db=db)
    if must_exist and not Path(settings.db).is_file():
        raise StoreError(f"no store at {settings.db}; run saidwhat ingest first")
    return Store.open(settings.db), settings


def _kb(paths: tuple[str, ...]):
    from ..names.kb import default_kb, load_kb

    return load_kb(*paths) if paths else default_kb()


def _echo_json(value) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


kb_option = click.option("--kb", "kb_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                         help="Extra knowledge-base file(s) made by kb-import, merged with the curated one.")


@main.command("link")
@db_option
@kb_option
@config_option
@click.option("--all", "everything", is_flag=True,
              help="Link every article afresh, not only the new ones (after a linker upgrade);"
                   " split rules are kept.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def link_command(db, kb_files, config, everything, as_json) -> None:
    """Link speakers and statements across the stored articles not linked yet, and refresh flags."""
    from ..across.link import link
    from ..across.review import relink_all

    store, settings = _store(db, config)
    with store:
        report = (relink_all if everything else link)(store, settings, kb=_kb(kb_files))
    if as_json:
        _echo_json(report.as_dict())
    else:
        click.echo(f"linked {report.articles} articles, {report.quotes} quotes; "
                   f"{report.statements_new} new statements, {report.statements_touched} touched; flags {report.flags}")


@main.command("speaker")
@click.argument("name")
@db_option
@config_option
@click.option("--json", "as_json", is_flag=True)
def speaker_command(name, db, config, as_json) -> None:
    """A speaker: aliases, roles, quote counts by month, first and last seen."""
    from ..across.queries import speaker_info

    store, _ = _store(db, config)
    with store:
        found = speaker_info(store, name)
    if not found:
        raise click.ClickException(f"no speaker matches {name!r}")
    if as_json:
        _echo_json(found)
        return
    for s in found:
        click.echo(f"{s['name']}  [{s['id']}]  {s['quotes']} quotes, {s['statements']} statements, "
                   f"first seen {s['first_seen']}, last seen {s['last_seen']}")
        click.echo(f"  aliases: {', '.join(s['aliases'])}")
        if s["roles"]:
            click.echo(f"  roles:   {', '.join(s['roles'])}")
        click.echo(f"  outlets: {', '.join(s['outlets'])}")
        click.echo("  by month: " + ", ".join(f"{m} {n}" for m, n in s["quotes_by_month"].items()))
        for note in s["notes"]:
            click.echo(f"  note: {note}")


@main.command("statement")
@click.argument("statement_id", type=int)
@db_option
@config_option
@click.option("--json", "as_json", is_flag=True)
def statement_command(statement_id, db, config, as_json) -> None:
    """A statement: its wording, sources in time order, variants with a word diff, flags."""
    from ..across.queries import statement_info

    store, _ = _store(db, config)
    with store:
        info = statement_info(store, statement_id)
    if as_json:
        _echo_json(info)
        return
    click.echo(f"statement {info['id']} by {info['speaker']}: {info['wording']}")
    f = info["first"]
    click.echo(f"first: {f['date']} {f['outlet'] or ''} {f['url'] or f['article']}")
    said = info["said"]
    if said:
        where = said["url"] or said["article"]
        click.echo(f"said: {said['shown']} ({said['evidence']}: {said['outlet'] or '-'} {where})")
    click.echo("sources:")
    for s in info["sources"]:
        click.echo(f"  {s['date']}  {s['outlet'] or '-'}  {s['url'] or s['article']}  ({s['where']}, {s['kind']})")
    for v in info["variants"]:
        kinds = ", ".join(c["kind"] for c in v["changes"]) or "no change of meaning"
        click.echo(f"variant x{v['count']} [{kinds}]: {v['diff']}")
    for fl in info["flags"]:
        click.echo(f"flag {fl['kind']} on article {fl['article']}")


@main.command("statements")
@db_option
@config_option
@click.option("--min-outlets", type=click.IntRange(min=1), default=2, show_default=True,
              help="Only statements carried by at least this many outlets.")
@click.option("--limit", type=int, default=None)
@click.option("--json", "as_json", is_flag=True)
def statements_command(db, config, min_outlets, limit, as_json) -> None:
    """Statements carried by several outlets, the most widely carried first."""
    from ..across.queries import list_statements

    store, _ = _store(db, config)
    with store:
        rows = list_statements(store, min_outlets=min_outlets, limit=limit)
    if as_json:
        _echo_json(rows)
        return
    for r in rows:
        click.echo(f"{r['id']:>6}  {r['n_outlets']} outlets  {r['speaker'] or r['speaker_id']}: {r['wording'][:120]}")


@main.command("flags")
@db_option
@config_option
@click.option("--kind", type=click.Choice(["altered", "recycled", "headline"]), default=None)
@click.option("--since", default=None, help="Only flags on articles dated on or after YYYY-MM-DD.")
@click.option("--json", "as_json", is_flag=True)
def flags_command(db, config, kind, since, as_json) -> None:
    """Flags with their evidence: altered quotes, recycled statements, unsupported headlines."""
    from ..across.queries import list_flags

    store, _ = _store(db, config)
    with store:
        rows = list_flags(store, kind=kind, since=since)
    if as_json:
        _echo_json(rows)
        return
    for r in rows:
        e = r["evidence"]
        if r["kind"] == "headline":
            detail = e.get("summary", "")
        elif r["kind"] == "altered":
            detail = ", ".join(c["kind"] for c in e.get("changes", ())) + ": " + e.get("diff", "")
        else:
            detail = f"first seen {e.get('first_seen')} ({e.get('first_outlet')}), {e.get('days')} days before"
        kind = "note" if e.get("severity") == "note" else r["kind"]  # a headline the reporter paraphrased
        click.echo(f"{r['day'] or '-'}  {kind:<9} article {r['article']}"
                   f"  statement {r['statement'] or '-'}  {detail}")


@main.command("kb-import")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False))
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
@click.option("--lang", default="en", show_default=True, help="Language of labels and aliases.")
@click.option("--single-pass", is_flag=True, help="Do not re-read the dump for office labels met after their holders.")
def kb_import_command(dump, out, lang, single_pass) -> None:
    """Build a knowledge base of office holders from a Wikidata JSON dump (.json, .json.gz, .json.bz2)."""
    from ..names.kb import import_wikidata

    counts = import_wikidata(dump, out, lang=lang, second_pass=not single_pass)
    click.echo(f"wrote {out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@main.command("merges")
@db_option
@config_option
@click.option("--weakest", "limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="How many merges to list, weakest evidence first.")
@click.option("--json", "as_json", is_flag=True)
def merges_command(db, config, limit, as_json) -> None:
    """The merges with the weakest evidence, for review.

    A merge is a quote joined to a person by something else than the person's own full
    name: a surname seen lately in the same outlet (weakest), a knowledge-base surname, a
    surname seen next to the full name in the article, the office held on the day. Split
    a wrong one with `saidwhat split SPEAKER_ID --mention "..."`."""
    from ..across.review import weakest_merges

    store, _ = _store(db, config)
    with store:
        rows = weakest_merges(store, limit=limit)
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo("no merges with recorded evidence; run saidwhat link first"
                   " (links made before evidence was kept are not listed)")
    for m in rows:
        support = ", ".join(f"{k} {v!r}" for k, v in m["support"].items() if k not in ("kind", "alias"))
        n, where = m["quotes"], m["articles"]
        click.echo(f"{m['evidence']:<17} {m['mention']!r} -> {m['name']} [{m['speaker_id']}]"
                   f"  {n} quote{'s' if n != 1 else ''}"
                   f" in {len(where)} article{'s' if len(where) != 1 else ''}"
                   f" ({', '.join(where[:3])})  {support}")


@main.command("split")
@click.argument("speaker_id")
@click.option("--mention", default=None, help="Split off the quotes whose speaker mention is this"
              " (case and accents folded as names are compared), e.g. \"Mr Brown\".")
@click.option("--article", default=None,
              help="Split off the quotes of this speaker in this article (its id).")
@db_option
@kb_option
@config_option
@click.option("--json", "as_json", is_flag=True)
def split_command(speaker_id, mention, article, db, kb_files, config, as_json) -> None:
    """Split a wrong merge: the quotes of SPEAKER_ID with --mention (or in --article) are not that person.

    The split is kept as a rule the linker obeys at every later link, so it survives
    `saidwhat link`, an article re-ingested and a full re-link. The quotes go to a new
    speaker, split:<rule>. Find the merges to review with `saidwhat merges`."""
    from ..across.review import split_speaker

    store, settings = _store(db, config)
    with store:
        done = split_speaker(store, speaker_id, mention=mention, article=article, settings=settings,
                             kb=_kb(kb_files))
    if as_json:
        _echo_json(done)
        return
    n = done["quotes_moved"]
    click.echo(f"split rule {done['rule']}: {n} quote{'s' if n != 1 else ''} of {speaker_id}"
               f" now {done['new_speaker_id']} ({done['articles_relinked']} articles linked again)")
