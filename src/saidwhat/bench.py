"""Throughput benchmark: saidwhat's pipeline next to spaCy + textacy on the same articles.

Each system runs in its own fresh Python subprocess, so its peak RSS is its
own and not the high-water mark of whatever ran before it in this process:

- ``saidwhat``  reading, extraction, attribution and speaker resolution
  (``saidwhat.extract.extract_many``), the way ``saidwhat ingest`` runs them;
- ``textacy``   spaCy ``en_core_web_sm`` (every component) and
  ``textacy.extract.triples.direct_quotations`` on each document;
- ``tokenizer`` ``spacy.blank("en")``'s tokenizer alone: the ceiling that no
  spaCy-based pipeline can beat, printed to show how far from it we are.

Reading the files is inside the timed part for every system; loading the
models is not (it is reported separately as ``load_s``): every system first
handles one small warm-up article, then the clock starts. With ``jobs > 1``
the articles are dealt round-robin to worker processes, each loading its own
pipeline once; the workers wait on a barrier so that the clock measures only
the parallel work, from the first start to the last finish.

Peak RSS is the kernel's ``ru_maxrss``: of the child itself (``os.wait4``)
for one process, and the sum over the parent and its workers for ``jobs > 1``
(an upper bound: pages the workers share after ``fork`` are counted twice).

This module only reads files; it never writes a store.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, SaidwhatError
from .models import Article

__all__ = [
    "SYSTEMS",
    "BenchReport",
    "BenchResult",
    "bench",
    "find_article_files",
    "format_table",
    "measure",
    "read_articles",
]

# "saidwhat-core" is the who-said-what pipeline without the named-entity pass
# over quotes (``extract_many(entities=False)``): quotes, kinds, cues, speakers.
SYSTEMS = ("saidwhat", "saidwhat-core", "textacy", "tokenizer")

TEXTACY_MISSING = (
    "textacy is not installed, so the comparison with spaCy + textacy is skipped; "
    "install it with `pip install 'saidwhat[compare]'` (or run with --no-textacy)"
)

# A sentence with one quote of each common shape, so that the warm-up call
# touches every component a real article will (lazy loads happen here, untimed).
_WARMUP = Article(
    id="warmup",
    headline="Minister warns of 'hard winter'",
    text='"We are ready," the minister said on Monday. She added that prices would fall.',
)


@dataclass(frozen=True)
class BenchResult:
    """One system's run over the articles."""

    system: str
    jobs: int
    articles: int
    words: int
    quotes: int  # what the system found: saidwhat quotes, textacy direct quotations, tokens for the tokenizer
    seconds: float  # wall time of the timed part (reading + processing)
    load_s: float  # model loading and warm-up, not in ``seconds``
    peak_rss_mb: float

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["articles_per_s"] = round(self.articles_per_s, 2)
        out["words_per_s"] = round(self.words_per_s, 1)
        return out


@dataclass(frozen=True)
class BenchReport:
    directory: str
    results: tuple[BenchResult, ...]
    notes: tuple[str, ...] = ()
    machine: dict[str, Any] = field(default_factory=dict)

    def get(self, system: str, jobs: int = 1) -> BenchResult | None:
        for r in self.results:
            if r.system == system and r.jobs == jobs:
                return r
        return None

    @property
    def ratio(self) -> float | None:
        """saidwhat's articles per second over textacy's, both in one process."""
        ours, theirs = self.get("saidwhat"), self.get("textacy")
        if ours is None or theirs is None or theirs.articles_per_s == 0:
            return None
        return ours.articles_per_s / theirs.articles_per_s

    @property
    def scaling(self) -> float | None:
        """How much faster saidwhat runs with its parallel jobs than in one process."""
        one = self.get("saidwhat")
        many = [r for r in self.results if r.system == "saidwhat" and r.jobs > 1]
        if one is None or not many or one.articles_per_s == 0:
            return None
        return many[0].articles_per_s / one.articles_per_s

    def to_dict(self) -> dict[str, Any]:
        return {
            "directory": self.directory,
            "machine": self.machine,
            "results": [r.to_dict() for r in self.results],
            "ratio_vs_textacy": None if self.ratio is None else round(self.ratio, 2),
            "scaling": None if self.scaling is None else round(self.scaling, 2),
            "notes": list(self.notes),
        }


# --- the articles -------------------------------------------------------------------


def find_article_files(directory: str | os.PathLike[str], *, limit: int | None = None) -> list[Path]:
    """The ``.txt`` articles under ``directory``, in a stable order; READMEs are not articles."""
    root = Path(directory)
    if not root.is_dir():
        raise ConfigError(f"{root} is not a directory")
    paths = sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and p.suffix.lower() == ".txt" and not p.name.lower().startswith("readme")
    )
    if not paths:
        raise ConfigError(f"no .txt articles under {root}")
    return paths[:limit] if limit is not None else paths


def _read_plain(path: Path) -> Article:
    # The BBC files are UTF-8 except one with a latin-1 byte; cp1252 reads any byte.
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    headline, _, body = text.strip().partition("\n")
    return Article(id=str(path), text=body.strip() or headline, headline=headline.strip() or None, source=str(path))


def read_articles(paths: Iterable[Path]) -> Iterator[Article]:
    """Articles from text files, through ``saidwhat.ingest`` as ``saidwhat ingest`` reads them.

    A file the reader skips is left out (the benchmark counts articles read).
    """
    try:
        from .ingest import read_sources
    except ImportError:  # the ingest package is optional in a stripped install
        read_sources = None
    if read_sources is None:
        for path in paths:
            yield _read_plain(path)
        return
    for item in read_sources([str(p) for p in paths]):
        if isinstance(item, Article):
            yield item


def _words(article: Article) -> int:
    return len(article.text.split()) + len((article.headline or "").split())


def _full_text(article: Article) -> str:
    # textacy and the tokenizer see what saidwhat sees: the headline and the body
    return f"{article.headline}\n\n{article.text}" if article.headline else article.text


# --- one system in this process ---------------------------------------------------------


class _Counter:
    """Counts the articles and words streaming past on their way to a system."""

    def __init__(self) -> None:
        self.articles = 0
        self.words = 0

    def tap(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            self.articles += 1
            self.words += _words(article)
            yield article


def _prepare(system: str):
    """Load what ``system`` needs and run it once untimed; returns a function articles -> count."""
    if system in ("saidwhat", "saidwhat-core"):
        from .extract import extract_many

        entities = system == "saidwhat"

        def run(articles: Iterable[Article]) -> int:
            return sum(len(x.quotes) for x in extract_many(articles, entities=entities))

    elif system == "textacy":
        try:
            from textacy.extract.triples import direct_quotations
        except ImportError as exc:
            raise ConfigError(TEXTACY_MISSING) from exc
        from .extract.nlp import load_pipeline, one_blas_thread

        nlp = load_pipeline()

        def quotations(doc) -> int:
            try:
                return len(list(direct_quotations(doc)))
            except ValueError:  # textacy refuses documents with an unclosed quotation mark
                return 0

        def run(articles: Iterable[Article]) -> int:
            with one_blas_thread():  # the same BLAS as saidwhat's own run, so the two compare
                return sum(quotations(doc) for doc in nlp.pipe(_full_text(a) for a in articles))

    elif system == "tokenizer":
        import spacy

        tokenizer = spacy.blank("en").tokenizer

        def run(articles: Iterable[Article]) -> int:
            return sum(len(tokenizer(_full_text(a))) for a in articles)

    else:
        raise ConfigError(f"unknown system {system!r}; choose one of {', '.join(SYSTEMS)}")
    run([_WARMUP])
    return run


def _max_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0  # Linux reports KiB


def _run_here(system: str, paths: Sequence[Path]) -> dict[str, Any]:
    t0 = time.perf_counter()
    run = _prepare(system)
    load_s = time.perf_counter() - t0
    counter = _Counter()
    start = time.perf_counter()
    found = run(counter.tap(read_articles(paths)))
    seconds = time.perf_counter() - start
    return {
        "articles": counter.articles,
        "words": counter.words,
        "quotes": found,
        "seconds": seconds,
        "load_s": load_s,
        "rss_mb": _max_rss_mb(),
    }


def _worker(system: str, paths: list[Path], barrier, results) -> None:
    try:
        t0 = time.perf_counter()
        run = _prepare(system)
        load_s = time.perf_counter() - t0
        barrier.wait()
        counter = _Counter()
        start = time.monotonic()  # CLOCK_MONOTONIC: comparable between processes of one machine
        found = run(counter.tap(read_articles(paths)))
        end = time.monotonic()
        results.put(
            {
                "articles": counter.articles,
                "words": counter.words,
                "quotes": found,
                "start": start,
                "end": end,
                "load_s": load_s,
                "rss_mb": _max_rss_mb(),
            }
        )
    except BaseException as exc:  # the parent must hear of it, or it would wait forever
        barrier.abort()
        results.put({"error": f"{type(exc).__name__}: {exc}"})
        raise


def _run_parallel(system: str, paths: Sequence[Path], jobs: int) -> dict[str, Any]:
    # fork: workers start in milliseconds and the parent has not loaded spaCy, so nothing
    # heavy is shared; each worker loads its own pipeline once.
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    barrier = ctx.Barrier(jobs)
    results = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(system, list(paths[i::jobs]), barrier, results)) for i in range(jobs)]
    for p in procs:
        p.start()
    parts = [results.get() for _ in procs]
    for p in procs:
        p.join()
    errors = [p["error"] for p in parts if "error" in p]
    if errors:
        raise SaidwhatError(f"a benchmark worker failed: {errors[0]}")
    return {
        "articles": sum(p["articles"] for p in parts),
        "words": sum(p["words"] for p in parts),
        "quotes": sum(p["quotes"] for p in parts),
        "seconds": max(p["end"] for p in parts) - min(p["start"] for p in parts),
        "load_s": max(p["load_s"] for p in parts),
        "rss_mb": _max_rss_mb() + sum(p["rss_mb"] for p in parts),
    }


# --- one system in a fresh subprocess ---------------------------------------------------


def measure(system: str, paths: Sequence[Path], *, jobs: int = 1) -> BenchResult:
    """Run ``system`` over ``paths`` in a fresh Python process and measure it."""
    if system not in SYSTEMS:
        raise ConfigError(f"unknown system {system!r}; choose one of {', '.join(SYSTEMS)}")
    if jobs < 1:
        raise ConfigError("jobs must be at least 1")
    with tempfile.TemporaryDirectory(prefix="saidwhat-bench-") as tmp:
        listing = Path(tmp, "paths.txt")
        listing.write_text("\n".join(str(p) for p in paths), encoding="utf-8")
        out, err = Path(tmp, "out.json"), Path(tmp, "err.txt")
        cmd = [sys.executable, "-m", "saidwhat.bench", system, str(listing), str(jobs), str(out)]
        with open(err, "wb") as err_fh:
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err_fh)
            # wait4 rather than proc.wait: it hands back the child's own rusage
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0 or not out.exists():
            tail = err.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-5:]
            raise SaidwhatError(f"benchmark of {system} failed (exit {proc.returncode}): " + " | ".join(tail))
        data = json.loads(out.read_text(encoding="utf-8"))
    # One process: the kernel's figure for the child. Several: the sum the child added up.
    rss = usage.ru_maxrss / 1024.0 if jobs == 1 else data["rss_mb"]
    return BenchResult(
        system=system,
        jobs=jobs,
        articles=data["articles"],
        words=data["words"],
        quotes=data["quotes"],
        seconds=round(data["seconds"], 3),
        load_s=round(data["load_s"], 3),
        peak_rss_mb=round(rss, 1),
    )


def _textacy_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("textacy") is not None


def bench(
    directory: str | os.PathLike[str],
    *,
    limit: int | None = None,
    jobs: int = 2,
    textacy: bool = True,
    tokenizer: bool = True,
    progress=None,
) -> BenchReport:
    """Benchmark saidwhat (in one process and with ``jobs`` processes), textacy and the tokenizer.

    ``progress``, when given, is called with a line of text before each run.
    """
    paths = find_article_files(directory, limit=limit)
    plan: list[tuple[str, int]] = [("saidwhat", 1), ("saidwhat-core", 1)]
    notes: list[str] = []
    if textacy:
        if _textacy_available():
            plan.append(("textacy", 1))
        else:
            notes.append(TEXTACY_MISSING)
    if tokenizer:
        plan.append(("tokenizer", 1))
    if jobs > 1:
        plan.append(("saidwhat", jobs))
    results = []
    for system, n in plan:
        if progress is not None:
            progress(f"running {system} with {n} process{'es' if n > 1 else ''} over {len(paths)} articles")
        results.append(measure(system, paths, jobs=n))
    return BenchReport(directory=str(directory), results=tuple(results), notes=tuple(notes), machine=_machine())


def _machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
    }
    try:
        import spacy

        info["spacy"] = spacy.__version__
    except ImportError:
        pass
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return info


def format_table(report: BenchReport) -> str:
    """The report as a fixed-width text table, one row per run, then the ratio and the scaling."""
    head = ("system", "jobs", "articles", "words", "seconds", "articles/s", "words/s", "peak RSS MB", "load s")
    rows = [
        (
            r.system,
            str(r.jobs),
            str(r.articles),
            str(r.words),
            f"{r.seconds:.2f}",
            f"{r.articles_per_s:.1f}",
            f"{r.words_per_s:,.0f}",
            f"{r.peak_rss_mb:.0f}",
            f"{r.load_s:.1f}",
        )
        for r in report.results
    ]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(head)]
    line = lambda cells: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))  # noqa: E731
    out = [line(head), line(tuple("-" * w for w in widths))]
    out += [line(row) for row in rows]
    out.append("")
    ratio, scaling = report.ratio, report.scaling
    out.append(f"saidwhat / textacy (articles/s, 1 process): {'n/a' if ratio is None else f'{ratio:.1f}x'}")
    core, theirs = report.get("saidwhat-core"), report.get("textacy")
    if core and theirs and theirs.articles_per_s:
        out.append(f"saidwhat-core (no entity pass) / textacy: {core.articles_per_s / theirs.articles_per_s:.1f}x")
    many = [r.jobs for r in report.results if r.system == "saidwhat" and r.jobs > 1]
    if many:
        out.append(f"saidwhat with {many[0]} processes / 1 process: {'n/a' if scaling is None else f'{scaling:.2f}x'}")
    ceiling = report.get("tokenizer")
    ours = report.get("saidwhat")
    if ceiling and ours and ours.articles_per_s:
        out.append(f"tokenizer-only ceiling / saidwhat: {ceiling.articles_per_s / ours.articles_per_s:.1f}x")
    out += [f"note: {n}" for n in report.notes]
    if report.machine:  # the numbers depend on these (spaCy's version alone moved them by half)
        m = report.machine
        parts = [f"Python {m.get('python', '?')}", f"spaCy {m.get('spacy', '?')}", f"{m.get('cpus', '?')} CPUs"]
        out.append("machine: " + ", ".join(parts) + (f" ({m['cpu']})" if m.get("cpu") else ""))
    return "\n".join(out)


def _child_main(argv: list[str]) -> int:
    """``python -m saidwhat.bench SYSTEM PATHS_FILE JOBS OUT``: the measured subprocess."""
    system, listing, jobs, out = argv[0], argv[1], int(argv[2]), argv[3]
    paths = [Path(p) for p in Path(listing).read_text(encoding="utf-8").splitlines() if p]
    data = _run_here(system, paths) if jobs == 1 else _run_parallel(system, paths, jobs)
    Path(out).write_text(json.dumps(data), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
