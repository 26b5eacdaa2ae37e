"""Score HTML main-text extraction against a gold standard (the article-extraction-benchmark layout).

A page's score compares the bag of word tokens (``\\w+``, case kept) of our
article body with the gold ``articleBody``: precision = shared / ours,
recall = shared / gold, with "shared" counting each token as often as both
texts hold it. Macro averages the per-page scores; micro pools the counts.
Tokens, not characters, so that paragraph breaks and spacing do not count.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

__all__ = ["BenchReport", "PageScore", "bench_html", "token_scores"]

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class PageScore:
    page: str
    shared: int  # tokens in both (multiset intersection)
    predicted: int  # tokens we extracted
    gold: int  # tokens in the gold body

    @property
    def precision(self) -> float:
        # No output at all is wrong, not vacuously precise, unless the gold is empty too.
        return self.shared / self.predicted if self.predicted else float(self.gold == 0)

    @property
    def recall(self) -> float:
        return self.shared / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class BenchReport:
    pages: tuple[PageScore, ...]
    seconds: float
    missing: tuple[str, ...] = ()  # gold ids with no HTML file

    def macro(self) -> tuple[float, float, float]:
        n = len(self.pages) or 1
        return (
            sum(p.precision for p in self.pages) / n,
            sum(p.recall for p in self.pages) / n,
            sum(p.f1 for p in self.pages) / n,
        )

    def micro(self) -> tuple[float, float, float]:
        total = PageScore("all", *(sum(getattr(p, f) for p in self.pages) for f in ("shared", "predicted", "gold")))
        return total.precision, total.recall, total.f1

    def empty_pages(self) -> int:
        return sum(1 for p in self.pages if p.predicted == 0)

    def table(self) -> str:
        rows = [("", "precision", "recall", "F1"), ("macro", *self.macro()), ("micro", *self.micro())]
        lines = [f"{rows[0][0]:<8}{rows[0][1]:>10}{rows[0][2]:>10}{rows[0][3]:>10}"]
        lines += [f"{name:<8}{p:>10.3f}{r:>10.3f}{f:>10.3f}" for name, p, r, f in rows[1:]]
        lines.append(
            f"{len(self.pages)} pages, {self.empty_pages()} with no text extracted, "
            f"{len(self.missing)} missing, {self.seconds:.1f} s"
        )
        return "\n".join(lines)


def token_scores(predicted: str, gold: str, *, page: str = "") -> PageScore:
    ours = Counter(_TOKEN.findall(predicted))
    theirs = Counter(_TOKEN.findall(gold))
    return PageScore(page, sum((ours & theirs).values()), sum(ours.values()), sum(theirs.values()))


def bench_html(html_dir: str | Path, ground_truth: str | Path) -> BenchReport:
    """Extract every page named in ``ground_truth`` from ``html_dir`` and score it.

    A page is ``<id>.html`` or ``<id>.html.gz``.
    """
    from .html import main_text

    html_dir = Path(html_dir)
    try:
        truth = json.loads(Path(ground_truth).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read ground truth {ground_truth}: {exc}", source=str(ground_truth)) from exc
    if not isinstance(truth, dict):
        raise InputError(f"{ground_truth}: expected an object mapping page ids to {{'articleBody': ...}}")
    start = time.perf_counter()
    pages: list[PageScore] = []
    missing: list[str] = []
    for page_id in sorted(truth):
        gold = truth[page_id].get("articleBody") or ""
        path = next((p for p in (html_dir / f"{page_id}.html.gz", html_dir / f"{page_id}.html") if p.exists()), None)
        if path is None:
            missing.append(page_id)
            continue
        raw = path.read_bytes()
        html = gzip.decompress(raw) if path.suffix == ".gz" else raw
        try:
            predicted = main_text(html, url=truth[page_id].get("url"))
        except Exception:  # a page the extractor chokes on scores zero, as an empty result would
            predicted = ""
        pages.append(token_scores(predicted, gold, page=page_id))
    return BenchReport(tuple(pages), time.perf_counter() - start, tuple(missing))
