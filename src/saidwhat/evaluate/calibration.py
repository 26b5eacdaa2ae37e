"""What the rules are worth: per-rule precision and recall, the calibration of ``confidence``, and its fit.

Owns three pure computations over scored predictions (each a ``Prediction``
with the rules that made it, its confidence, and whether the scorer found it
right: paired with a gold attribution at partial match with the right speaker):

* ``rule_table``: for every rule id, how many predictions it made, how many were
  right (precision) and what share of the gold they found (recall), so that weak
  rules show themselves in ``saidwhat eval --errors``;
* ``calibration``: the expected calibration error (ECE) of ``confidence`` over ten
  equal-width buckets, with each bucket's precision (``saidwhat eval`` prints it);
* ``fit_confidence``: the confidence table extraction reads
  (``saidwhat/data/confidence.json``): the smoothed precision of each rule
  signature, backed off to shorter signatures where a signature is rare. It is
  fitted on PolNeAR train (``saidwhat calibrate``) and checked on dev.

No files are read here; ``extract.confidence`` applies the table.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..extract.confidence import SIGNATURE_LEVELS, signatures

__all__ = ["Bucket", "RuleStats", "Scored", "auc", "calibration", "fit_confidence", "rule_table", "scored_predictions"]

BUCKETS = 10
MIN_SUPPORT = 20  # predictions a signature needs before its own precision is used
PRIOR_WEIGHT = 10.0  # pseudo-counts pulling a signature's precision toward its back-off


@dataclass(frozen=True, slots=True)
class Scored:
    """One prediction as calibration sees it."""

    rules: tuple[str, ...]
    confidence: float
    right: bool


@dataclass(frozen=True, slots=True)
class RuleStats:
    rule: str
    predictions: int
    right: int
    gold: int

    @property
    def precision(self) -> float:
        return self.right / self.predictions if self.predictions else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 0.0


@dataclass(frozen=True, slots=True)
class Bucket:
    low: float
    high: float
    count: int
    confidence: float  # mean confidence in the bucket
    precision: float  # share right


def scored_predictions(doc_scores, predictions) -> list[Scored]:
    """The predictions of an evaluation with their rules, confidence and rightness (attributed at partial)."""
    out = []
    for ds, preds in zip(doc_scores, predictions):
        for pi, pred in enumerate(preds):
            pair = ds.by_pred.get(pi)
            right = bool(pair is not None and pair.at("partial") and pair.speaker_ok)
            out.append(Scored(tuple(pred.rules), float(pred.confidence), right))
    return out


def rule_table(scored: Iterable[Scored], gold_total: int) -> list[RuleStats]:
    """Per rule: predictions, right ones, precision and recall (right / all gold quotes); most used first."""
    made: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for s in scored:
        for rule in set(s.rules):
            made[rule] += 1
            right[rule] += s.right
    return [RuleStats(rule, n, right[rule], gold_total) for rule, n in made.most_common()]


def calibration(scored: Sequence[Scored], buckets: int = BUCKETS) -> tuple[float, list[Bucket]]:
    """(ECE, buckets): the mean gap between confidence and precision, weighted by bucket size."""
    groups: dict[int, list[Scored]] = defaultdict(list)
    for s in scored:
        groups[min(int(s.confidence * buckets), buckets - 1)].append(s)
    out, ece = [], 0.0
    for b in sorted(groups):
        members = groups[b]
        conf = sum(s.confidence for s in members) / len(members)
        prec = sum(s.right for s in members) / len(members)
        ece += len(members) / len(scored) * abs(conf - prec)
        out.append(Bucket(b / buckets, (b + 1) / buckets, len(members), conf, prec))
    return ece, out


def auc(scored: Sequence[Scored]) -> float:
    """How well confidence ranks right predictions above wrong ones (ROC AUC; ties count half)."""
    right = sorted(s.confidence for s in scored if s.right)
    wrong = sorted(s.confidence for s in scored if not s.right)
    if not right or not wrong:
        return 0.5
    import bisect

    wins = sum(bisect.bisect_left(wrong, c) + 0.5 * (bisect.bisect_right(wrong, c) - bisect.bisect_left(wrong, c))
               for c in right)
    return wins / (len(right) * len(wrong))


def fit_confidence(scored: Iterable[Scored]) -> dict[str, dict[str, float | int]]:
    """Smoothed precision per rule signature, at every level of ``SIGNATURE_LEVELS``.

    Each signature's precision is pulled toward the precision of the shorter
    signature it backs off to, with ``PRIOR_WEIGHT`` pseudo-counts; a signature
    seen fewer than ``MIN_SUPPORT`` times is left out, so extraction backs off.
    """
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    scored = list(scored)
    for s in scored:
        for key in signatures(s.rules):
            counts[key][0] += 1
            counts[key][1] += s.right
    overall = sum(s.right for s in scored) / len(scored) if scored else 0.5
    table: dict[str, dict[str, float | int]] = {"": {"precision": round(overall, 4), "n": len(scored)}}
    for level in range(SIGNATURE_LEVELS + 1):  # shorter signatures first, so each finds its prior in the table
        for key, (n, right) in sorted(counts.items()):
            if key.count("|") != level or n < MIN_SUPPORT:
                continue
            prior = float(table.get(key.rpartition("|")[0] if level else "", table[""])["precision"])
            table[key] = {"precision": round((right + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT), 4), "n": n}
    return table
