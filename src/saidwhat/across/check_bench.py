"""Measuring the quote check: its latency on a large store and the verdicts it gives.

``synthesize_store`` grows a real store to a given number of quotes by
copying its articles as new outlets, each copied quote varied the way quotes
travel (a word changed, one dropped, two swapped, cut to a stretch), so the
index and the candidate lists grow as a bigger real corpus would. The copies
keep their speaker links but join no statement, and their character spans
point into the unchanged article text: the store is for timing the check,
not for reading.

``bench_check`` then checks claims made from the original quotes (verbatim,
one word changed, truncated, reordered, and words from unrelated quotes),
times every call and counts the verdicts against the one each claim should get.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..store.db import index_quotes
from .check import check_quote

__all__ = ["CLAIM_KINDS", "bench_check", "synthesize_store"]

# How each kind of claim is made from a recorded quote, and the verdict it should get.
CLAIM_KINDS = {"verbatim": "verbatim", "one-word-changed": "altered", "truncated": "verbatim",
               "reordered": "altered", "unrelated": "not-found"}


def _vary(words: list[str], vocab: list[str], rng: random.Random) -> list[str]:
    """One travelled copy of a quote: a word changed, dropped or swapped, or the quote cut."""
    w = list(words)
    how = rng.randrange(4)
    if how == 0 and w:
        w[rng.randrange(len(w))] = rng.choice(vocab)
    elif how == 1 and len(w) > 4:
        del w[rng.randrange(len(w))]
    elif how == 2 and len(w) > 2:
        i = rng.randrange(len(w) - 1)
        w[i], w[i + 1] = w[i + 1], w[i]
    elif len(w) > 6:
        size = rng.randint(max(3, len(w) * 3 // 5), len(w))
        start = rng.randrange(len(w) - size + 1)
        w = w[start : start + size]
    return w


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def synthesize_store(source: str | Path, out: str | Path, *, quotes: int = 100_000, seed: int = 18,
                     progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Copy the store at ``source`` to ``out`` and add varied copies of its articles until it holds ``quotes``."""
    from ..store import Store

    source, out = Path(source), Path(out)
    if not source.is_file():
        raise StoreError(f"no store at {source}: give a store made by saidwhat ingest")
    if out.exists():
        raise StoreError(f"{out} exists already: give a new file for the benchmark store")
    with Store.open(source, readonly=True) as src:
        dst = sqlite3.connect(out)
        src.connection.backup(dst)  # a consistent copy even while the source is in WAL mode
        dst.close()
    rng = random.Random(seed)
    with Store.open(out) as store:
        conn = store.connection
        base = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        if not base:
            raise StoreError(f"the store at {source} holds no quotes to copy")
        vocab = sorted({w for (t,) in conn.execute("SELECT text FROM quotes") for w in t.split()})
        articles = conn.execute("SELECT id FROM articles ORDER BY id").fetchall()
        a_cols, q_cols, l_cols = _columns(conn, "articles"), _columns(conn, "quotes"), _columns(conn, "quote_links")
        total, copy = base, 0
        while total < quotes:
            copy += 1
            conn.execute("BEGIN")
            for (article_id,) in articles:
                if total >= quotes:
                    break
                total += _copy_article(conn, article_id, copy, a_cols, q_cols, l_cols, vocab, rng)
            conn.execute("COMMIT")
            if progress:
                progress(f"copy {copy}: {total:,} quotes")
    return {"source_quotes": base, "quotes": total, "copies": copy}


def _copy_article(conn: sqlite3.Connection, article_id: str, copy: int, a_cols: list[str], q_cols: list[str],
                  l_cols: list[str], vocab: list[str], rng: random.Random) -> int:
    """Insert copy number ``copy`` of one article and its varied quotes; returns how many quotes."""
    row = dict(zip(a_cols, conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()))
    new_id = f"{article_id}~{copy}"
    row.update(id=new_id, url=None, canonical_url=None, content_hash=f"{row['content_hash']}~{copy}",
               outlet=f"{row['outlet'] or 'outlet'} copy {copy}")
    conn.execute(f"INSERT INTO articles ({', '.join(a_cols)}) VALUES ({', '.join('?' * len(a_cols))})",
                 [row[c] for c in a_cols])
    rows = conn.execute("SELECT * FROM quotes WHERE article_id = ? ORDER BY idx", (article_id,)).fetchall()
    quoted = [f'"{c}"' for c in q_cols if c != "id"]
    copied = []
    for values in rows:
        quote = dict(zip(q_cols, values))
        old_id = quote.pop("id")
        quote.update(article_id=new_id, text=" ".join(_vary(quote["text"].split(), vocab, rng)))
        cur = conn.execute(f"INSERT INTO quotes ({', '.join(quoted)}) VALUES ({', '.join('?' * len(quoted))})",
                           [quote[c.strip('"')] for c in quoted])
        copied.append(cur.lastrowid)
        link = conn.execute(f"SELECT {', '.join(l_cols)} FROM quote_links WHERE quote_id = ?", (old_id,)).fetchone()
        if link:
            values = dict(zip(l_cols, link), quote_id=cur.lastrowid)
            conn.execute(f"INSERT INTO quote_links ({', '.join(l_cols)}) VALUES ({', '.join('?' * len(l_cols))})",
                         [values[c] for c in l_cols])
    index_quotes(conn, copied)
    return len(rows)


def _claims(conn: sqlite3.Connection, n: int, rng: random.Random) -> list[tuple[str, str]]:
    """``n`` (kind, claim) pairs from recorded quotes of 12 words or more that belong to a statement."""
    texts = [t for (t,) in conn.execute(
        "SELECT qt.text FROM quotes qt JOIN statement_quotes sq ON sq.quote_id = qt.id ORDER BY qt.id")
        if len(t.split()) >= 12]
    if not texts:
        raise StoreError("the store has no linked quotes of 12 words or more: run saidwhat link first")
    picked = rng.sample(texts, min(n, len(texts)))
    kinds = list(CLAIM_KINDS)
    out = []
    for k, text in enumerate(picked):
        kind, words = kinds[k % len(kinds)], text.split()
        if kind == "one-word-changed":
            i = rng.randrange(2, len(words) - 2)
            words[i] = "zebra" if words[i].lower() != "zebra" else "giraffe"
        elif kind == "truncated":
            words = words[len(words) // 4 : len(words) * 3 // 4]
        elif kind == "reordered":
            half = len(words) // 2
            words = words[half:] + words[:half]
        elif kind == "unrelated":
            # a claim of ordinary words in no recorded order: one word from each of many quotes
            words = [rng.choice(rng.choice(texts).split()) for _ in range(12)]
        out.append((kind, " ".join(words)))
    return out


def bench_check(db: str | Path, *, claims: int = 200, seed: int = 18, warmup: int = 5) -> dict[str, Any]:
    """Time ``check_quote`` on ``claims`` claims made from the store's own quotes; p50, p95, max and verdicts."""
    from ..store import Store

    rng = random.Random(seed)
    with Store.open(db, readonly=True) as store:
        made = _claims(store.connection, claims, rng)
        for _, claim in made[:warmup]:  # page cache and imports, not the check itself
            check_quote(store, claim)
        times, verdicts = [], Counter()
        for kind, claim in made:
            t0 = time.perf_counter()
            verdict = check_quote(store, claim)["verdict"]
            times.append((time.perf_counter() - t0) * 1000)
            verdicts[(kind, verdict)] += 1
        n_quotes = store.connection.execute("SELECT count(*) FROM quotes").fetchone()[0]
    times.sort()
    expected = sum(n for (kind, verdict), n in verdicts.items() if CLAIM_KINDS[kind] == verdict)
    return {
        "quotes": n_quotes, "claims": len(made),
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(statistics.quantiles(times, n=20)[18] if len(times) > 1 else times[0], 1),
        "max_ms": round(times[-1], 1),
        "expected_verdicts": expected,
        "verdicts": {f"{kind} -> {verdict}": n for (kind, verdict), n in sorted(verdicts.items())},
    }
