#!/usr/bin/env python
"""Page latency of the web UI and API over a real store, through a real server.

    python scripts/bench_web.py --db /tmp/bbc.db -n 50

Starts uvicorn on a free localhost port (one process, as ``saidwhat serve``
runs it), picks pages of every type from the store (random articles, the most
quoted speakers, the most carried statements, searches for common words),
requests each type N times over one keep-alive connection and prints the
median and 95th percentile in milliseconds. The target is under 200 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import sqlite3
import statistics
import threading
import time
from urllib.parse import quote

import httpx
import uvicorn

from saidwhat.web import create_app
from saidwhat.web.cache import AnswerCache

WORDS = ("government", "said", "market", "minister", "film", "game", "phone", "election", "growth", "players",
         "music", "police", "economy", "china", "internet")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _urls(db: str, n: int, rng: random.Random) -> dict[str, list[str]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    articles = [r[0] for r in conn.execute("SELECT id FROM articles")]
    speakers = [r[0] for r in conn.execute(
        "SELECT speaker_id FROM quote_links WHERE speaker_id IS NOT NULL GROUP BY speaker_id"
        " ORDER BY count(*) DESC LIMIT 200")]
    statements = [r[0] for r in conn.execute(
        "SELECT statement_id FROM statement_quotes GROUP BY statement_id ORDER BY count(*) DESC LIMIT 200")]
    outlets = [r[0] for r in conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")] or [""]
    conn.close()
    pick = lambda xs: [rng.choice(xs) for _ in range(n)] if xs else []  # noqa: E731
    return {
        "search (no words)": [f"/?page={rng.randint(1, 50)}" for _ in range(n)],
        "search (word)": [f"/?q={w}" for w in pick(list(WORDS))],
        "search (word, page 5)": [f"/?q={w}&page=5" for w in pick(list(WORDS))],
        "search (phrase + facets)": [f"/?q=%22the+government%22&kind=direct&since=2004-01-01&outlet={quote(o)}"
                                     for o in pick(outlets)],
        "search (flagged)": ["/?flag=any"] * n,
        "article": [f"/articles/{a}" for a in pick(articles)],
        "speaker": [f"/speakers/{quote(s, safe=':')}" for s in pick(speakers)],
        "statement": [f"/statements/{s}" for s in pick(statements)],
        "flags": [f"/flags?page={rng.randint(1, 3)}" for _ in range(n)],
        "articles list": [f"/articles?page={rng.randint(1, 100)}" for _ in range(n)],
        "speakers list": [f"/speakers?page={rng.randint(1, 20)}" for _ in range(n)],
        "statements list": ["/statements"] * n,
        "api quotes": [f"/api/quotes?q={w}&limit=50" for w in pick(list(WORDS))],
        "api article": [f"/api/articles/{a}" for a in pick(articles)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/bbc.db")
    parser.add_argument("-n", type=int, default=30, help="requests per page type")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--no-cache", action="store_true",
                        help="recompute totals, facets and lists on every request (the first visit after a write)")
    args = parser.parse_args()

    port = _free_port()
    app = create_app(args.db)
    if args.no_cache:
        app.state.cache = AnswerCache(size=0)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    results = {}
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            client.get("/")  # first request opens the thread's connection and fills caches
            for name, urls in _urls(args.db, args.n, random.Random(args.seed)).items():
                if not urls:
                    continue
                times, bad = [], 0
                for url in urls:
                    start = time.perf_counter()
                    r = client.get(url)
                    times.append((time.perf_counter() - start) * 1000)
                    bad += r.status_code != 200
                times.sort()
                results[name] = {
                    "n": len(times), "median_ms": round(statistics.median(times), 1),
                    "p95_ms": round(times[max(0, int(len(times) * 0.95 + 0.5) - 1)], 1),
                    "max_ms": round(times[-1], 1), "non_200": bad,
                }
    finally:
        server.should_exit = True
        thread.join(10)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{'page':<28}{'n':>5}{'median ms':>12}{'p95 ms':>10}{'max ms':>10}{'non-200':>9}")
    for name, r in results.items():
        print(f"{name:<28}{r['n']:>5}{r['median_ms']:>12}{r['p95_ms']:>10}{r['max_ms']:>10}{r['non_200']:>9}")


if __name__ == "__main__":
    main()
