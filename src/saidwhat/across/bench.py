"""Measuring linking: its cost next to ingest, how it grows with the store, and corpus readers.

``bench_link`` ingests articles into a fresh store (extract + add), timing
that, then times ``link`` over the same store and prints both, so the
overhead of statement grouping is ``link`` time over ingest time.

``bench_growth`` (``saidwhat bench-link``) builds linked stores of 1x, 2x and 4x a
slice of a corpus, links one further fixed batch of new articles into a copy of
each and prints the times and their ratios: linking must cost what is new, not what
is stored. Besides seconds it counts the SQL statements run and SQLite's virtual
machine steps, which the machine's load does not move. ``bench_ingest`` times the
BBC corpus (or any folder) through extraction alone (of articles read beforehand),
reading and extraction (ingest's path without storing), ``ingest --no-link`` and
``ingest`` linking as it goes, with the same ``--jobs``.
"""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..models import Article, Extraction
from ..settings import Settings

__all__ = ["bench_growth", "bench_ingest", "bench_link", "corpus_articles", "link_counts", "polnear_articles",
           "text_articles"]

_POLNEAR_NAME = re.compile(r"^(?P<outlet>[a-z\-]+)_(?P<day>\d{4}-\d\d-\d\d)_")


def polnear_articles(root: str | Path, splits: Iterable[str] = ("train", "dev")) -> Iterator[Article]:
    """PolNeAR texts with their outlet and date, which live in the file names."""
    for split in splits:
        for path in sorted(Path(root, "data", split, "text").glob("*.txt")):
            m = _POLNEAR_NAME.match(path.name)
            text = path.read_text(encoding="utf-8", errors="replace")
            yield Article(
                id=path.stem, text=text, outlet=m.group("outlet") if m else None,
                published=datetime.fromisoformat(m.group("day")) if m else None,
                url=f"polnear:{split}/{path.name}", source=str(path),
            )


def text_articles(root: str | Path) -> Iterator[Article]:
    """BBC-style files: headline, blank line, paragraphs; the folder is the outlet section."""
    for path in sorted(Path(root).rglob("*.txt")):
        raw = path.read_bytes().decode("utf-8", errors="replace")
        head, _, body = raw.partition("\n")
        yield Article(id=str(path.relative_to(root)), text=body.strip() + "\n", headline=head.strip(),
                      outlet=path.parent.name, url=f"file:{path.relative_to(root)}", source=str(path))


def bench_link(articles: Iterable[Article], db: str | Path, *, settings: Settings | None = None) -> dict[str, float]:
    """Ingest ``articles`` into ``db`` (timed), then link (timed); prints and returns both."""
    from ..extract import extract_many
    from ..store import Store
    from .link import link

    settings = settings or Settings()
    with Store.open(db) as store:
        t0 = time.perf_counter()
        n = 0
        for ex in extract_many(articles):
            store.add(ex)
            n += 1
        ingest_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        report = link(store, settings)
        link_s = time.perf_counter() - t1
    out = {"articles": n, "quotes": report.quotes, "ingest_s": round(ingest_s, 2), "link_s": round(link_s, 2),
           "overhead": round(link_s / ingest_s, 4) if ingest_s else 0.0}
    print(f"ingest without linking: {ingest_s:.1f}s for {n} articles; linking: {link_s:.1f}s "
          f"({report.quotes} quotes, {report.statements_new} statements) = {100 * out['overhead']:.1f}% more")
    return out


# --- growth: linking one batch into stores of 1x, 2x and 4x a corpus ----------------------


def corpus_articles(paths: Iterable[str | Path]) -> Iterator[Article]:
    """The articles of each path: a PolNeAR root (its train split, with outlets and dates
    from the file names), else whatever ``saidwhat ingest`` reads there (folders, JSONL)."""
    from ..ingest import read_sources

    for path in paths:
        if Path(path, "data", "train", "text").is_dir():
            yield from polnear_articles(path, splits=("train",))
        else:
            yield from (a for a in read_sources([str(path)]) if isinstance(a, Article))


def extract_all(articles: list[Article], jobs: int = 1) -> list[Extraction]:
    """Extract ``articles`` with ``jobs`` processes, in order; articles that fail are left out."""
    from ..pipeline import CHUNK_SIZE, _chunks, _run_parallel, extract_chunk

    out: list[Extraction] = []

    def keep(results: list) -> None:
        out.extend(r for r in results if isinstance(r, Extraction))

    if jobs == 1:
        for chunk in _chunks(iter(articles), CHUNK_SIZE):
            keep(extract_chunk(chunk))
    else:
        _run_parallel(_chunks(iter(articles), CHUNK_SIZE), jobs, keep)
    return out


def _distinct(extractions: list[Extraction]) -> list[Extraction]:
    """One of each article the store tells apart (the BBC corpus holds a few twice): a held-out
    article already stored in the bigger stores would not be new there."""
    from ..store.identity import identify

    seen: set[str] = set()
    out = []
    for ex in extractions:
        key = identify(ex.article).key
        if key not in seen:
            seen.add(key)
            out.append(ex)
    return out


@dataclass
class LinkCounts:
    """What one ``link`` cost: seconds of wall and of this process's CPU, SQL statements
    run, and SQLite virtual-machine steps (counted by thousands)."""

    seconds: float = 0.0
    cpu: float = 0.0
    statements: int = 0
    vm_steps: int = 0
    articles: int = 0
    quotes: int = 0


def link_counts(store, settings: Settings | None = None, *, kb=None) -> LinkCounts:
    """Run ``link`` on ``store`` and count what it cost (``LinkCounts``)."""
    from .link import link

    conn: sqlite3.Connection = store.connection
    counts = LinkCounts()

    def statement(_sql: str) -> None:
        counts.statements += 1

    def step() -> int:
        counts.vm_steps += 1000
        return 0

    conn.set_trace_callback(statement)
    conn.set_progress_handler(step, 1000)
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        report = link(store, settings, kb=kb)
    finally:
        counts.seconds = time.perf_counter() - t0
        counts.cpu = time.process_time() - c0
        conn.set_trace_callback(None)
        conn.set_progress_handler(None, 0)
    counts.articles, counts.quotes = report.articles, report.quotes
    return counts


@dataclass
class GrowthReport:
    unit: int  # articles in the 1x store
    batch: int  # new articles linked into each
    rows: list[dict[str, Any]] = field(default_factory=list)

    def ratio(self, key: str) -> float:
        first, last = self.rows[0][key], self.rows[-1][key]
        return round(last / first, 3) if first else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"unit": self.unit, "batch": self.batch, "rows": self.rows,
                "ratio_cpu": self.ratio("cpu"), "ratio_seconds": self.ratio("seconds"),
                "ratio_statements": self.ratio("statements"), "ratio_vm_steps": self.ratio("vm_steps")}


def bench_growth(paths: Iterable[str | Path], *, sizes: tuple[int, ...] = (1, 2, 4), batch: int = 100,
                 repeat: int = 3, jobs: int = 1, seed: int = 17, workdir: str | Path | None = None,
                 say: Callable[[str], None] = print) -> GrowthReport:
    """Extract the corpus once; hold out ``batch`` articles (a seeded sample); build linked
    stores of 1x, 2x and 4x (``sizes``) equal slices of the rest, each the one before plus
    more; then link the held-out batch into a copy of each, ``repeat`` times, keeping the
    fastest run (the machine may be shared)."""
    from ..names.kb import default_kb
    from ..store import Store
    from .link import link

    articles = list(corpus_articles(paths))
    random.Random(seed).shuffle(articles)  # every slice the same mix of sources
    say(f"extracting {len(articles)} articles with {jobs} process(es) ...")
    extractions = _distinct(extract_all(articles, jobs))
    new, rest = extractions[:batch], extractions[batch:]
    sizes = tuple(sorted(set(sizes)))
    unit = len(rest) // sizes[-1]
    if unit < 1:
        raise ValueError(f"{len(rest)} articles after the batch of {batch}: too few for {sizes[-1]}x")
    report = GrowthReport(unit, len(new))
    kb = default_kb()
    work = Path(workdir or tempfile.mkdtemp(prefix="saidwhat-bench-link-"))
    work.mkdir(parents=True, exist_ok=True)
    base = work / "growing.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{base}{suffix}").unlink(missing_ok=True)
    stored = 0
    for size in sizes:
        with Store.open(base) as store:
            for ex in rest[stored : size * unit]:
                store.add(ex)
            stored = size * unit
            link(store, kb=kb)  # the store as it stands before the batch: linked
            store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        runs = []
        for _ in range(repeat):
            copy = work / f"store-{size}x.db"
            shutil.copy(base, copy)
            with Store.open(copy) as store:
                for ex in new:
                    store.add(ex)
                runs.append(link_counts(store, kb=kb))
            for suffix in ("", "-wal", "-shm"):
                Path(f"{copy}{suffix}").unlink(missing_ok=True)
        best = min(runs, key=lambda c: c.cpu)
        row = {"size": size, "stored": stored, "seconds": round(min(r.seconds for r in runs), 3),
               "cpu": round(best.cpu, 3), "statements": best.statements, "vm_steps": best.vm_steps,
               "articles": best.articles, "quotes": best.quotes}
        report.rows.append(row)
        say(f"{size}x ({stored} articles stored): linking {best.articles} new articles ({best.quotes} quotes) "
            f"took {row['seconds']:.2f} s, {row['cpu']:.2f} s CPU, {best.statements} SQL statements, "
            f"{best.vm_steps / 1e6:.1f} M SQLite steps")
    return report


# --- ingest: extraction alone, ingest without linking, ingest linking as it goes ----------


_INGEST_MODES = ("extract", "read_extract", "ingest_no_link", "ingest")
_MODE_NAMES = {"extract": "extraction alone", "read_extract": "read + extraction",
               "ingest_no_link": "ingest --no-link", "ingest": "ingest"}


def bench_ingest(source: str | Path, *, jobs: int = 1, rounds: int = 1, workdir: str | Path | None = None,
                 say: Callable[[str], None] = print) -> dict[str, Any]:
    """Throughput of the same folder four ways, with ``jobs`` extraction processes:
    extraction alone (of the articles a first ingest extracts, read before the clock starts,
    results dropped), reading and
    extraction (``_read_and_extract``), ``ingest --no-link`` and ``ingest`` as users run it
    (linking each chunk as it is stored, then the flags). Returns articles/s and the ratios.

    With ``rounds`` > 1 the four run that many times, each round in another order (the mode
    run first pays the machine's warm-up; on a virtual machine the same run's CPU seconds
    moved by 20% between rounds), and every figure is the median over the rounds, ratios
    taken within each round.

    Every way extracts the same articles: a folder can hold one article in several files (the
    BBC corpus holds 136 such copies), which ingest reads but does not extract again. Rates are
    articles extracted per second; ``files`` counts what was read."""
    from ..ingest import read_sources
    from ..names.kb import default_kb
    from ..pipeline import extract_chunk

    work = Path(workdir or tempfile.mkdtemp(prefix="saidwhat-bench-ingest-"))
    work.mkdir(parents=True, exist_ok=True)
    default_kb()  # loaded once, as the CLI loads it before the first article
    files = [a for a in read_sources([str(source)]) if isinstance(a, Article)]
    articles = _distinct_articles(files)
    extract_chunk(articles[:1])  # the model loaded here before any clock starts
    per_round = []
    for number in range(rounds):
        order = _INGEST_MODES[number % 4:] + _INGEST_MODES[:number % 4]
        timed = {mode: _time_mode(mode, source, articles, jobs, work) for mode in order}
        say(f"round {number + 1} of {rounds}: " + ", ".join(
            f"{_MODE_NAMES[m]} {timed[m][0]:.1f} s ({timed[m][1]:.1f} s CPU)" for m in order))
        per_round.append(_ingest_figures(timed, len(articles)))
    out = {key: round(statistics.median(r[key] for r in per_round), 3) for key in per_round[0]}
    out.update(jobs=jobs, rounds=rounds, files=len(files), articles=len(articles), stored=_stored(work / "ingest.db"))
    out["per_round"] = per_round
    return out


def _distinct_articles(articles: list[Article]) -> list[Article]:
    """Each article once, in reading order: what ``_pending`` passes to extraction on a first ingest."""
    from ..store.identity import identify

    seen: set[str] = set()
    out = []
    for article in articles:
        key = identify(article).key
        if key not in seen:
            seen.add(key)
            out.append(article)
    return out


def _time_mode(mode: str, source: str | Path, articles: list[Article], jobs: int,
               work: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one way through the folder."""
    from ..pipeline import CHUNK_SIZE, _chunks, _run_parallel, extract_chunk

    if mode != "extract":
        db = work / f"{mode}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    t0, c0 = time.perf_counter(), _cpu()
    if mode == "extract" and jobs == 1:
        for chunk in _chunks(iter(articles), CHUNK_SIZE):
            extract_chunk(chunk)
    elif mode == "extract":
        _run_parallel(_chunks(iter(articles), CHUNK_SIZE), jobs, lambda results: None)
    elif mode == "read_extract":
        _read_and_extract(source, jobs, db)
    else:
        _ingest_into(source, db, jobs, link=mode == "ingest")
    return time.perf_counter() - t0, _cpu() - c0


def _ingest_into(source: str | Path, db: Path, jobs: int, *, link: bool) -> None:
    """``saidwhat ingest`` (or ``--no-link``) of the folder into a new store, as the CLI runs it."""
    from ..pipeline import ingest
    from ..store import Store
    from .link import Linking

    with Store.open(db) as store:
        run = Linking(store) if link else None
        if run is not None:
            run.start()
        ingest([str(source)], store=store, jobs=jobs, on_stored=run.link_pending if run is not None else None)
        if run is not None:
            run.link_pending()
            run.finish()


def _stored(db: Path) -> int:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def _ingest_figures(timed: dict[str, tuple[float, float]], articles: int) -> dict[str, float]:
    """One round's seconds, articles/s and ratios. On a machine others share, wall time follows
    their load; CPU seconds (this process and its finished workers) do not: extraction's CPU over
    ingest's is the ratio when every core is busy. "Extraction alone" is timed over articles read
    beforehand, "read + extraction" pays what ingest pays before extraction: both are reported,
    the first is the stricter."""
    out: dict[str, float] = {}
    for mode, (wall, cpu) in timed.items():
        out[f"{mode}_s"], out[f"{mode}_cpu"] = round(wall, 2), round(cpu, 2)
        out[f"{mode}_per_s"] = round(articles / wall, 1) if wall else 0.0
    wall = {mode: timed[mode][0] for mode in timed}
    cpu = {mode: timed[mode][1] for mode in timed}
    out["ingest_vs_extract"] = round(wall["extract"] / wall["ingest"], 3)
    out["ingest_vs_no_link"] = round(wall["ingest_no_link"] / wall["ingest"], 3)
    out["cpu_ingest_vs_extract"] = round(cpu["extract"] / cpu["ingest"], 3)
    out["ingest_vs_read_extract"] = round(wall["read_extract"] / wall["ingest"], 3)
    out["cpu_ingest_vs_read_extract"] = round(cpu["read_extract"] / cpu["ingest"], 3)
    return out


def _read_and_extract(source: str | Path, jobs: int, db: Path) -> None:
    """What ``ingest --no-link`` does but store: read the files (with the size and language
    checks of ``read_sources``), leave out articles already seen (against an empty store, as a
    first ingest), extract with ``jobs`` processes as ingest does, and drop the results."""
    from ..ingest import read_sources
    from ..pipeline import CHUNK_SIZE, IngestSummary, _chunks, _pending, _run_parallel, extract_chunk
    from ..store import Store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with Store.open(db) as store:
        chunks = _chunks(_pending(read_sources([str(source)]), store, IngestSummary(), lambda: None), CHUNK_SIZE)
        if jobs == 1:
            for chunk in chunks:
                extract_chunk(chunk)
        else:
            _run_parallel(chunks, jobs, lambda results: None)


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the extraction workers)."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
