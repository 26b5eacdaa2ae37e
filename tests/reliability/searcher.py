"""A searching process for the concurrency test: searches the store (and the web app) until told to stop.

    python searcher.py DB STOPFILE

Prints one JSON line: how many searches ran, the hit counts seen, and every
error (message) met. Checks on the way: the number of quotes stored never
goes down while an ingest only adds, and every hit's text is its article's
text at the hit's spans.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(db: Path, stop: Path) -> None:
    from saidwhat.errors import SaidwhatError
    from saidwhat.store import Store

    while not db.exists():
        time.sleep(0.05)
    client = None
    try:
        from fastapi.testclient import TestClient

        from saidwhat.web.app import create_app

        client = TestClient(create_app(db))
    except ImportError:
        pass
    errors: list[str] = []
    counts: list[int] = []
    web_counts: list[int] = []
    searches = 0
    store = None
    while not stop.exists():
        try:
            if store is None:
                store = Store.open(db, readonly=True)
            hits = store.search("", limit=1_000_000)  # every quote: the count only grows during an ingest
            counts.append(len(hits))
            for hit in hits[:: max(1, len(hits) // 5)]:
                article = store.get_article(hit.article_id).article
                base = article.text if hit.quote.where == "body" else article.headline or ""
                if hit.quote.text != " ".join(s.of(base) for s in hit.quote.spans):
                    errors.append(f"inconsistent hit {hit.article_id}:{hit.quote_idx}")
            searches += 1
            if client is not None:
                response = client.get("/api/quotes", params={"limit": 1})
                if response.status_code != 200:
                    errors.append(f"web {response.status_code}: {response.text[:200]}")
                else:
                    web_counts.append(response.json()["total"])
        except SaidwhatError as exc:
            if "no schema" in str(exc) or "schema version" in str(exc):
                store = None  # the ingest has not created the tables yet
                time.sleep(0.05)
                continue
            errors.append(f"{type(exc).__name__}: {exc}")
        except Exception as exc:  # anything else is a failure to report, not to hide
            errors.append(f"{type(exc).__name__}: {exc}")
    if store is not None:
        store.close()
    went_down = [(a, b) for a, b in zip(counts, counts[1:]) if b < a]
    web_down = [(a, b) for a, b in zip(web_counts, web_counts[1:]) if b < a]
    print(json.dumps({"searches": searches, "first": counts[:1], "last": counts[-1:], "went_down": went_down,
                      "web": len(web_counts), "web_last": web_counts[-1:], "web_down": web_down,
                      "errors": errors[:20], "n_errors": len(errors)}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
