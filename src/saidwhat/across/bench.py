"""Measuring linking: its cost next to ingest, and a corpus reader for PolNeAR.

``bench_link`` ingests articles into a fresh store (extract + add), timing
that, then times ``link`` over the same store and prints both, so the
overhead of statement grouping is ``link`` time over ingest time.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from ..models import Article
from ..settings import Settings

__all__ = ["bench_link", "polnear_articles", "text_articles"]

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
