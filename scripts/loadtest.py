#!/usr/bin/env python
"""A bounded load test of ``saidwhat serve``: mixed requests from many clients on loopback.

    python scripts/loadtest.py --db /tmp/bbc.db            # 10,000 requests, 20 clients

Starts ``saidwhat serve`` as its own process on a free localhost port, builds a
mix of requests from the store (searches, articles, speakers, statements,
statement-list pages at random offsets, flags, the JSON API, CSV downloads,
HEAD requests, ids that do not exist, pages past the end, a statement id beyond
64 bits), sends them from ``--clients`` threads, each over its own keep-alive
connection, and stops by itself: after ``--requests`` requests or
``--max-seconds``, whichever comes first. Each request times out after
``--timeout`` seconds (counted as an error, not retried).

``--abuse`` runs issue 18's reproduction instead: 24 new offsets of the statements
list, one after another, with the server's RSS before and after.

Prints the count of answers by status class, the 5xx count, latency p50 / p95 /
p99 / max over all requests, and the server's peak RSS (VmHWM of its process),
then stops the server. Exit status 1 when any answer was a 5xx or a connection
failed, so the script can gate a CI job.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import httpx

WORDS = ("government", "said", "market", "minister", "film", "game", "phone", "election", "growth", "players",
         "music", "police", "economy", "china", "internet",
         "Blair's", "don't", "U.S.", "e-mail", "9/11", "50%")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pool(db: str) -> dict[str, list]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {
            "articles": [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY random() LIMIT 500")],
            "speakers": [r[0] for r in conn.execute(
                "SELECT speaker_id FROM quote_links WHERE speaker_id IS NOT NULL GROUP BY speaker_id"
                " ORDER BY count(*) DESC LIMIT 300")],
            "statements": [r[0] for r in conn.execute(
                "SELECT id FROM statements ORDER BY random() LIMIT 500")],
            "n_statements": [conn.execute("SELECT count(*) FROM statements").fetchone()[0]],
        }
    finally:
        conn.close()


def _requests(db: str, n: int, rng: random.Random) -> list[tuple[str, str]]:
    """``n`` (method, path) pairs, a fixed mix of what real users and abusers send."""
    pool = _pool(db)
    one = lambda xs, default="x": rng.choice(xs) if xs else default  # noqa: E731
    last = max(1, pool["n_statements"][0] // 20)
    makers = [
        (14, lambda: ("GET", f"/?q={quote(one(WORDS))}")),
        (6, lambda: ("GET", f"/?q={quote(one(WORDS))}&page={rng.randint(1, 8)}&sort=newest")),
        (5, lambda: ("GET", f"/?page={rng.randint(1, 60)}")),
        (10, lambda: ("GET", f"/articles/{one(pool['articles'])}")),
        (8, lambda: ("GET", f"/speakers/{quote(str(one(pool['speakers'])), safe=':')}")),
        (8, lambda: ("GET", f"/statements/{one(pool['statements'], 1)}")),
        # The abuse of issue 18: every page of the statements list, each offset new.
        (10, lambda: ("GET", f"/statements?min_outlets=1&page={rng.randint(1, last)}")),
        (4, lambda: ("GET", f"/api/statements?min_outlets=1&offset={rng.randint(0, last * 20)}&limit=50")),
        (5, lambda: ("GET", f"/api/quotes?q={quote(one(WORDS))}&limit=50")),
        (4, lambda: ("GET", f"/articles?page={rng.randint(1, 150)}")),
        (3, lambda: ("GET", f"/speakers?page={rng.randint(1, 40)}")),
        (3, lambda: ("GET", f"/flags?page={rng.randint(1, 20)}")),
        (2, lambda: ("GET", f"/download?format=csv&q={quote(one(WORDS))}")),
        (4, lambda: ("HEAD", one(["/", "/articles", "/statements", "/docs", "/favicon.ico"]))),
        (3, lambda: ("GET", one(["/articles/nope", "/speakers/nobody", "/statements/123456789",
                                  "/statements/99999999999999999999999", "/statements/12abc"]))),
        (3, lambda: ("GET", f"/articles?page={rng.randint(10_000, 99_999)}")),
        (2, lambda: ("GET", one(["/docs", "/openapi.json", "/favicon.ico", "/static/style.css"]))),
    ]
    weights = [w for w, _ in makers]
    return [rng.choices(makers, weights)[0][1]() for _ in range(n)]


def _peak_rss_mb(pid: int) -> float:
    """The peak resident set of process ``pid`` so far (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _start_server(db: str, port: int) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("saidwhat")
    cmd = [str(exe) if exe.exists() else "saidwhat", "serve", "--db", db, "--port", str(port)]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"saidwhat serve stopped at start: {server.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/favicon.ico", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("saidwhat serve did not answer within 60 s")


def _client(base: str, todo: list[tuple[str, str]], out: list, stop: threading.Event, timeout: float) -> None:
    with httpx.Client(base_url=base, timeout=timeout, follow_redirects=False) as http:
        for method, path in todo:
            if stop.is_set():
                return
            started = time.perf_counter()
            try:
                status = http.request(method, path).status_code
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            out.append((time.perf_counter() - started, status, path))


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run(db: str, *, requests: int, clients: int, max_seconds: float, timeout: float, seed: int) -> dict:
    todo = _requests(db, requests, random.Random(seed))
    port = _free_port()
    server = _start_server(db, port)
    try:
        rss_start = _rss_mb(server.pid)
        results: list = []
        stop = threading.Event()
        base = f"http://127.0.0.1:{port}"
        threads = [threading.Thread(target=_client, args=(base, todo[k::clients], results, stop, timeout),
                                    daemon=True) for k in range(clients)]
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join(max(0.0, max_seconds - (time.monotonic() - started)))
        stop.set()  # the time is up: clients finish the request they are in and stop
        for t in threads:
            t.join(timeout + 5)
        seconds = time.monotonic() - started
        peak = _peak_rss_mb(server.pid)
        rss_end = _rss_mb(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    statuses = Counter(s if isinstance(s, str) else f"{s // 100}xx" for _, s, _ in results)
    latencies = [lat * 1000 for lat, _, _ in results]
    fives = sorted({p for _, s, p in results if isinstance(s, int) and s >= 500})
    return {
        "requests": len(results), "planned": requests, "clients": clients, "seconds": round(seconds, 1),
        "requests_per_second": round(len(results) / seconds, 1) if seconds else None,
        "statuses": dict(sorted(statuses.items())), "5xx": sum(1 for _, s, _ in results if isinstance(s, int)
                                                             and s >= 500),
        "failed": sum(1 for _, s, _ in results if isinstance(s, str)), "5xx_paths": fives[:20],
        "latency_ms": {**{f"p{p}": round(_percentile(latencies, p), 1) for p in (50, 95, 99)},
                       "max": round(max(latencies, default=0), 1)},
        "server_rss_mb": {"start": round(rss_start, 1), "end": round(rss_end, 1), "peak": round(peak, 1)},
    }


def abuse(db: str, *, offsets: int = 24) -> dict:
    """Issue 18's reproduction: ``offsets`` pages of /statements?min_outlets=1, each at a new offset."""
    port = _free_port()
    server = _start_server(db, port)
    try:
        base = f"http://127.0.0.1:{port}"
        httpx.get(base + "/statements", timeout=60)
        before = _rss_mb(server.pid)
        times, statuses = [], Counter()
        for k in range(offsets):
            started = time.perf_counter()
            answer = httpx.get(f"{base}/statements?min_outlets=1&page={1 + k * 31}", timeout=60)
            statuses[answer.status_code] += 1
            times.append((time.perf_counter() - started) * 1000)
        after = _rss_mb(server.pid)
        return {"requests": offsets, "statuses": dict(statuses), "rss_before_mb": round(before, 1),
                "rss_after_mb": round(after, 1), "rss_added_mb": round(after - before, 1),
                "slowest_ms": round(max(times), 1), "median_ms": round(_percentile(times, 50), 1)}
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the store to serve (opened read-only)")
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--max-seconds", type=float, default=900.0, help="stop after this long in any case")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds one request may take")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--abuse", action="store_true",
                        help="only issue 18's reproduction: 24 new offsets of the statements list, "
                             "RSS before and after")
    args = parser.parse_args()
    if not Path(args.db).is_file():
        raise SystemExit(f"no store at {args.db}; build one with saidwhat ingest")
    if args.abuse:
        print(json.dumps(abuse(args.db), indent=2))
        return
    report = run(args.db, requests=args.requests, clients=args.clients, max_seconds=args.max_seconds,
                 timeout=args.timeout, seed=args.seed)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        lat, rss = report["latency_ms"], report["server_rss_mb"]
        print(f"{report['requests']:,} of {report['planned']:,} requests from {report['clients']} clients in "
              f"{report['seconds']} s ({report['requests_per_second']}/s)")
        print(f"answers: {', '.join(f'{k} {v:,}' for k, v in report['statuses'].items())}")
        print(f"5xx: {report['5xx']}   connection failures or timeouts: {report['failed']}")
        print(f"latency ms: p50 {lat['p50']}  p95 {lat['p95']}  p99 {lat['p99']}  max {lat['max']}")
        print(f"server RSS MB: start {rss['start']}  end {rss['end']}  peak {rss['peak']}")
        for path in report["5xx_paths"]:
            print(f"  5xx: {path}")
    sys.exit(1 if report["5xx"] or report["failed"] else 0)


if __name__ == "__main__":
    main()
