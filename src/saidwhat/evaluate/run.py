"""Running an evaluation end to end, and the pinned floors that gate accuracy.

``evaluate`` reads the gold, runs each asked system on the same articles,
scores them and (on request) groups their errors. ``write_floors`` pins a
run's scores to a JSON file; ``check_floors`` lists the scores that fell
more than the tolerance below their pins.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError, InputError
from .analysis import ErrorGroup, analyse_errors
from .calibration import Bucket, RuleStats, Scored, auc, calibration, rule_table, scored_predictions
from .gold import GoldDoc, read_gold
from .score import SUBSETS, Counts, DocScore, Item, score_document
from .systems import SYSTEMS, Prediction

__all__ = [
    "Evaluation",
    "SystemResult",
    "evaluate",
    "evaluate_docs",
    "check_floors",
    "write_floors",
    "FLOOR_KEYS",
    "TOLERANCE",
]

TOLERANCE = 0.5  # points a pinned score may drop before the gate fails

# The scores pinned by write_floors: per subset, the numbers the targets name.
FLOOR_KEYS = tuple(
    f"{subset}.{metric}"
    for subset in SUBSETS
    for metric in (
        "attributed.f1",
        "partial.precision",
        "partial.recall",
        "partial.f1",
        "lenient.f1",
        "strict.f1",
        "speaker.accuracy",
    )
)


@dataclass
class SystemResult:
    name: str
    counts: dict[str, Counts]
    failed: int = 0  # articles on which the system raised (scored as no predictions)
    seconds: float = 0.0
    errors: list[ErrorGroup] = field(default_factory=list)
    doc_scores: list[DocScore] = field(default_factory=list, repr=False)
    ece: float | None = None  # expected calibration error of confidence (None: the system gives none)
    auc: float | None = None  # how well confidence ranks right predictions above wrong ones
    buckets: list[Bucket] = field(default_factory=list)
    rules: list[RuleStats] = field(default_factory=list)  # per-rule precision and recall
    scored: list[Scored] = field(default_factory=list, repr=False)  # each prediction's rules, confidence, rightness

    def scores(self) -> dict[str, float]:
        """Flat percent scores keyed "subset.metric", e.g. "all.attributed.f1"."""
        return {f"{subset}.{key}": value for subset, c in self.counts.items() for key, value in c.scores().items()}

    def headline(self) -> dict[str, float]:
        s = self.scores()
        return {
            "attributed F1, all": s["all.attributed.f1"],
            "attributed F1, direct/mixed": s["direct/mixed.attributed.f1"],
            "direct-quote recall (partial)": s["direct/mixed.partial.recall"],
        }


@dataclass
class Evaluation:
    gold: str
    split: str | None
    articles: int
    gold_quotes: int
    results: list[SystemResult]

    def result(self, name: str) -> SystemResult:
        for r in self.results:
            if r.name == name:
                return r
        raise KeyError(name)


def gold_item(quote) -> Item:
    return Item(spans=quote.spans, speaker=quote.speaker, kind=quote.kind, speech=quote.speech, cue=quote.cue)


def evaluate_docs(
    docs: Sequence[GoldDoc], predictions: Sequence[Sequence[Prediction]], *, name: str = "system", errors: bool = False
) -> SystemResult:
    """Score already-made predictions (one sequence per document) against ``docs``."""
    if len(docs) != len(predictions):
        raise ValueError(f"{len(docs)} documents but {len(predictions)} prediction lists")
    counts = {subset: Counts() for subset in SUBSETS}
    doc_scores = []
    for doc, preds in zip(docs, predictions):
        ds = score_document([gold_item(q) for q in doc.quotes], [p.item for p in preds], doc.article.text)
        doc_scores.append(ds)
        for subset, c in ds.counts().items():
            counts[subset] += c
    result = SystemResult(name, counts, doc_scores=doc_scores)
    scored = result.scored = scored_predictions(doc_scores, predictions)
    if any(s.rules for s in scored):
        result.ece, result.buckets = calibration(scored)
        result.auc = auc(scored)
        result.rules = rule_table(scored, counts["all"].gold)
    if errors:
        result.errors = analyse_errors(docs, predictions, doc_scores)
    return result


def evaluate(
    gold: str | Path,
    *,
    split: str = "dev",
    limit: int | None = None,
    systems: Sequence[str] = ("saidwhat",),
    errors: bool = False,
    nlp=None,
) -> Evaluation:
    """Evaluate ``systems`` on the gold at ``gold`` (a PolNeAR folder or a JSONL file)."""
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown:
        raise ConfigError(f"unknown system {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}")
    docs = list(read_gold(gold, split=split, limit=limit))
    if not docs:
        raise InputError(f"{gold}: no gold articles found")
    articles = [d.article for d in docs]
    results = []
    for name in systems:
        started = time.perf_counter()
        outputs = list(SYSTEMS[name](articles, nlp=nlp))
        seconds = time.perf_counter() - started
        result = evaluate_docs(docs, [o.predictions for o in outputs], name=name, errors=errors)
        result.failed = sum(1 for o in outputs if o.failed)
        result.seconds = seconds
        results.append(result)
    return Evaluation(
        gold=str(gold),
        split=split if Path(gold).is_dir() else None,
        articles=len(docs),
        gold_quotes=sum(len(d.quotes) for d in docs),
        results=results,
    )


def write_floors(evaluation: Evaluation, path: str | Path, *, system: str = "saidwhat") -> dict:
    """Pin ``system``'s scores of ``evaluation`` to ``path`` (in percent, two decimals)."""
    scores = evaluation.result(system).scores()
    pinned = {
        "about": "Pinned dev scores of `saidwhat eval`; tests/evaluate/test_gate.py fails when one drops "
        f"more than {TOLERANCE} points. Re-pin with: saidwhat eval GOLD --split SPLIT --write-floors PATH",
        "gold": Path(evaluation.gold).name,
        "split": evaluation.split,
        "articles": evaluation.articles,
        "gold_quotes": evaluation.gold_quotes,
        "system": system,
        "tolerance": TOLERANCE,
        "scores": {key: round(scores[key], 2) for key in FLOOR_KEYS},
    }
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(pinned, indent=2) + "\n", encoding="utf-8")
    return pinned


def read_floors(path: str | Path) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read floors file {path}: {exc}") from exc


def check_floors(evaluation: Evaluation, floors: dict, *, system: str = "saidwhat") -> list[str]:
    """One message per pinned score that dropped more than the tolerance; empty when all hold."""
    scores = evaluation.result(system).scores()
    tolerance = float(floors.get("tolerance", TOLERANCE))
    failures = []
    for key, floor in floors.get("scores", {}).items():
        if key not in scores:
            failures.append(f"{key}: pinned at {floor} but no longer measured")
        elif scores[key] < floor - tolerance:
            failures.append(f"{key}: {scores[key]:.1f} < pinned {floor:.1f} - {tolerance}")
    return failures
