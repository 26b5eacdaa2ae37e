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


def _default_corpus() -> list[str]:
    """The mixed corpus of issue 17 beside the project: BBC, PolNeAR train, Wikinews."""
    from pathlib import Path

    data = Path("..", "shared", "data")
    found = [data / "bbc-news" / "bbc", data / "polnear", data / "wikinews" / "wikinews_articles.jsonl"]
    return [str(p) for p in found if p.exists()]


@main.command("bench-link")
@click.argument("corpus", nargs=-1, type=click.Path(exists=True))
@click.option("--sizes", default="1,2,4", show_default=True,
              help="Store sizes, as multiples of the smallest slice of the corpus.")
@click.option("--batch", type=click.IntRange(min=1), default=100, show_default=True,
              help="New articles linked into each store (held out of the corpus, the same for every size).")
@click.option("--repeat", type=click.IntRange(min=1), default=3, show_default=True,
              help="Timed links per size; the fastest is kept (the machine may be busy).")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extraction processes, for building the stores and for the ingest comparison.")
@click.option("--ingest", "ingest_dir", type=click.Path(exists=True), default=None,
              help="Also time this folder through extraction alone, ingest --no-link and ingest "
                   "(e.g. ../shared/data/bbc-news/bbc).")
@click.option("--rounds", type=click.IntRange(min=1), default=1, show_default=True,
              help="Times the ingest comparison runs, each round in another order; figures are the medians "
                   "(CPU seconds of the same run move by up to 20%% between rounds on a shared machine).")
@click.option("--no-growth", is_flag=True, help="Only the ingest comparison.")
@click.option("--workdir", type=click.Path(file_okay=False), default=None,
              help="Where the stores are built [default: a temporary folder].")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def bench_link_command(corpus: tuple[str, ...], sizes: str, batch: int, repeat: int, jobs: int,
                       ingest_dir: str | None, rounds: int, no_growth: bool, workdir: str | None,
                       as_json: bool) -> None:
    """Linking's cost as the store grows, and ingest's throughput with linking.

    Builds linked stores of 1x, 2x and 4x a slice of CORPUS (folders, JSONL files or a
    PolNeAR root; default: the BBC corpus, PolNeAR train and Wikinews under
    ../shared/data), links one further fixed batch of new articles into each and prints
    the times, SQL statements and SQLite steps, and the ratio of the largest store to the
    smallest (linking should cost what is new: a ratio near 1). With --ingest DIR, also
    prints articles extracted per second of extraction alone (the distinct articles,
    read beforehand), read +
    extraction (ingest's own path, storing nothing), ingest --no-link and ingest, and
    ingest's ratio to each of the first two.
    """
    from ..across.bench import bench_growth, bench_ingest
    from ..errors import InputError

    try:
        size_list = tuple(int(x) for x in sizes.split(",") if x.strip())
    except ValueError as exc:
        raise InputError(f"--sizes takes whole numbers separated by commas, e.g. 1,2,4 (got {sizes!r})") from exc
    if not size_list or min(size_list) < 1:
        raise InputError(f"--sizes takes whole numbers of 1 or more, e.g. 1,2,4 (got {sizes!r})")

    def say(line: str) -> None:
        click.echo(line, err=True)

    out: dict = {}
    if not no_growth:
        paths = list(corpus) or _default_corpus()
        if not paths:
            raise InputError("no CORPUS given and none found under ../shared/data; name folders or JSONL files")
        growth = bench_growth(paths, sizes=size_list, batch=batch, repeat=repeat, jobs=jobs, workdir=workdir,
                              say=say)
        out["growth"] = growth.as_dict()
    if ingest_dir:
        out["ingest"] = bench_ingest(ingest_dir, jobs=jobs, rounds=rounds, workdir=workdir, say=say)
    if as_json:
        click.echo(json.dumps(out, indent=2))
        return
    if "growth" in out:
        g = out["growth"]
        click.echo(f"linking {g['batch']} new articles into stores of {g['unit']} x {size_list}:")
        click.echo("size  stored  seconds   cpu s  SQL statements  SQLite steps")
        for r in g["rows"]:
            click.echo(f"{r['size']:>3}x  {r['stored']:6d}  {r['seconds']:7.2f}  {r['cpu']:6.2f}  "
                       f"{r['statements']:14d}  {r['vm_steps']:12d}")
        click.echo(f"ratio {size_list[-1]}x / {size_list[0]}x: cpu {g['ratio_cpu']}, wall {g['ratio_seconds']}, "
                   f"SQL statements {g['ratio_statements']}, SQLite steps {g['ratio_vm_steps']}")
    if "ingest" in out:
        i = out["ingest"]
        medians = f" (medians of {i['rounds']} rounds)" if i["rounds"] > 1 else ""
        click.echo(f"ingest of {i['files']} files ({i['articles']} distinct articles, each extracted once), "
                   f"--jobs {i['jobs']}{medians}, articles extracted per second: extraction alone "
                   f"{i['extract_per_s']}/s, read + extraction {i['read_extract_per_s']}/s, ingest --no-link "
                   f"{i['ingest_no_link_per_s']}/s, ingest {i['ingest_per_s']}/s")
        click.echo(f"  ingest / extraction alone {i['ingest_vs_extract']} (CPU {i['cpu_ingest_vs_extract']}); "
                   f"ingest / read + extraction {i['ingest_vs_read_extract']} (CPU "
                   f"{i['cpu_ingest_vs_read_extract']}); ingest / ingest --no-link {i['ingest_vs_no_link']}")
        click.echo(f"  CPU s: extraction alone {i['extract_cpu']}, read + extraction {i['read_extract_cpu']}, "
                   f"ingest --no-link {i['ingest_no_link_cpu']}, ingest {i['ingest_cpu']}")
