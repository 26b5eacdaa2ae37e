"""Replay what ingest's main process does (store, then link, chunk by chunk) over saved extractions.

With ``--jobs 2`` on two cores the extraction workers keep both cores busy, so the main process's
CPU (storing and linking) is what ingest loses against extraction alone. Extraction is the same
before and after a linking change, so it is done once: ``prepare`` extracts a corpus and saves the
extractions; ``run`` stores and links them into a fresh database, CHUNK_SIZE at a time as ingest
does, and prints the CPU seconds of each part.

    PYTHONPATH=src python scripts/replay_link.py prepare /tmp/bbc-extractions.pkl
    PYTHONPATH=src python scripts/replay_link.py run /tmp/bbc-extractions.pkl /tmp/replay.db [--profile out.prof]

Instruction counts are not disturbed by other processes, unlike CPU time; under callgrind,
``--callgrind`` counts the store and link alone (``--limit 300``: the first 300 articles):

    PYTHONPATH=src valgrind --tool=callgrind --instr-atstart=no \\
        python scripts/replay_link.py run /tmp/bbc-extractions.pkl /tmp/cg.db --limit 300 --callgrind

``--pragma 'mmap_size = 268435456'`` (repeatable) sets a connection setting on the store before
linking starts, to measure it against the defaults (Linking.start keeps its own cache_size and
WAL checkpoint interval).

Compare two trees' databases with ``scripts/compare_links.py``.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pickle
import subprocess
import time
from pathlib import Path

BBC = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "bbc-news", "bbc")


def _callgrind(state: str) -> None:
    subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], check=True, stdout=subprocess.DEVNULL)


def prepare(corpus: str, cache: str, jobs: int) -> None:
    from saidwhat.across.bench import extract_all
    from saidwhat.ingest import read_sources
    from saidwhat.models import Article

    articles = [a for a in read_sources([corpus]) if isinstance(a, Article)]
    extractions = extract_all(articles, jobs=jobs)
    with open(cache, "wb") as fh:
        pickle.dump(extractions, fh)
    print(f"saved {len(extractions)} extractions of {len(articles)} articles")


def _written() -> int:
    """Bytes this process has written so far (the WAL, checkpoints and the database file)."""
    try:
        with open("/proc/self/io") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("wchar:"))
    except OSError:  # not Linux
        return 0


def run(cache: str, db: str, *, limit: int, profile: str | None, callgrind: bool, link_every: int = 0,
        pragmas: tuple[str, ...] = ()) -> None:
    from saidwhat.across.link import Linking
    from saidwhat.names.kb import default_kb
    from saidwhat.pipeline import CHUNK_SIZE
    from saidwhat.store import Store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with open(cache, "rb") as fh:
        extractions = pickle.load(fh)
    extractions = extractions[:limit] if limit else extractions
    default_kb()  # loaded before the clock starts, as the CLI loads it before the first article
    cpu = time.process_time
    spent = {"store": 0.0, "link": 0.0, "finish": 0.0}
    prof = cProfile.Profile(cpu) if profile else None
    if callgrind:
        _callgrind("on")
    if prof:
        prof.enable()
    t0, c0 = time.perf_counter(), cpu()
    written = _written()
    with Store.open(db) as store:
        for pragma in pragmas:  # a connection setting to measure, set before linking starts
            store.connection.execute(f"PRAGMA {pragma}").fetchall()
        linking = Linking(store, batch=max(link_every, 200))
        linking.start()
        waiting: list = []
        for start in range(0, len(extractions), CHUNK_SIZE):
            chunk = extractions[start : start + CHUNK_SIZE]
            c1 = cpu()
            stored = store.add_many(chunk)
            c2 = cpu()
            waiting += [ex for ex, new in zip(chunk, stored) if new]
            if len(waiting) >= link_every:  # 0: after every chunk, as ingest
                linking.link_pending(waiting)
                waiting = []
            spent["store"] += c2 - c1
            spent["link"] += cpu() - c2
        c1 = cpu()
        linking.link_pending(waiting)
        linking.link_pending()
        report = linking.finish()
        spent["finish"] += cpu() - c1
    total, wall = cpu() - c0, time.perf_counter() - t0
    if prof:
        prof.disable()
        prof.dump_stats(profile)
    if callgrind:
        _callgrind("off")
    parts = " ".join(f"{k} {v:.2f}" for k, v in spent.items())
    print(f"articles {report.articles} quotes {report.quotes} statements {report.statements_new}"
          f" cpu: {parts} total {total:.2f} s (wall {wall:.2f} s); written {(_written() - written) / 1e6:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    p = sub.add_parser("prepare", help="extract a corpus once and save the extractions")
    p.add_argument("cache")
    p.add_argument("--corpus", default=BBC)
    p.add_argument("--jobs", type=int, default=2)
    r = sub.add_parser("run", help="store and link the saved extractions into a fresh database")
    r.add_argument("cache")
    r.add_argument("db")
    r.add_argument("--limit", type=int, default=0, help="the first N extractions only")
    r.add_argument("--profile", help="write a cProfile (CPU time) of the store and link here")
    r.add_argument("--callgrind", action="store_true", help="count instructions of the store and link only")
    r.add_argument("--link-every", type=int, default=0,
                   help="link once this many articles are stored (default: every chunk, as ingest)")
    r.add_argument("--pragma", action="append", default=[], metavar="SETTING",
                   help="a connection setting to measure, e.g. 'synchronous = OFF' (repeatable)")
    args = ap.parse_args()
    if args.mode == "prepare":
        prepare(args.corpus, args.cache, args.jobs)
    else:
        run(args.cache, args.db, limit=args.limit, profile=args.profile, callgrind=args.callgrind,
            link_every=args.link_every, pragmas=tuple(args.pragma))


if __name__ == "__main__":
    main()
