"""What the rules are worth: per-rule precision and recall, the calibration of ``confidence``, and its fit.

Owns three pure computations over scored predictions (each a ``Prediction``
with the rules that made it, its confidence, and whether the scorer found it
right: paired with a gold attribution at partial match with the right speaker):

* ``rule_table``: for every rule id, how many predictions it made, how many were
  right (precision) and what share of the gold they found (recall), so that weak
  rules show themselves in ``saidwhat eval --errors``;
* ``calibration``: the expected calibration error (ECE) of ``confidence`` over ten
  equal-width buckets, with each bucket's precision and its 95% interval; next to it
  ``chance_ece``, the ECE exactly right confidences would show on as many predictions,
  and ``order_breaks``, where precision falls as confidence rises by more than chance
  explains (``saidwhat eval`` prints all three);
* ``fit_confidence``: the confidence table extraction reads
  (``saidwhat/data/confidence.json``): the smoothed precision of each rule
  signature, backed off to shorter signatures where a signature is rare, then
  made monotone (``_pool_adjacent``) so that precision rises with confidence. It
  is fitted on PolNeAR train (``saidwhat calibrate``) and checked on dev.

No files are read here; ``extract.confidence`` applies the table.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..extract.confidence import SIGNATURE_LEVELS, signatures

__all__ = [
    "Bucket", "RuleStats", "Scored", "auc", "calibration", "chance_ece", "fit_confidence", "order_breaks", "rule_table",
    "scored_predictions", "wilson",
]

BUCKETS = 10
# Predictions a signature needs before its own precision is used, and pseudo-counts pulling it
# toward its back-off. Checked by 5-fold cross-validation on train articles (3 shuffles, held-out
# folds pooled): a finer table ranks better, a coarser one is closer to its own precision, and
# neither breaks the order of the buckets beyond chance in any fold. Support 20 with 10
# pseudo-counts: ECE 0.0085, AUC 0.774, Brier 0.1179; support 5: 0.0125, 0.782, 0.1161;
# support 80: 0.0042, 0.750, 0.1225; signatures of 3 rules: 0.0092, 0.723, 0.1256; 20 or 40
# pseudo-counts: 0.0099 and 0.0144 at the same AUC. So the signatures are not too fine: the
# table's departure on dev (ECE 0.023) is mostly chance, 0.017 on its 1,461 predictions.
MIN_SUPPORT = 20
PRIOR_WEIGHT = 10.0


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
    right: int = 0
    chance: float = 0.0  # the gap between confidence and precision expected by chance alone

    @property
    def interval(self) -> tuple[float, float]:
        """The 95% Wilson interval of the bucket's precision: where its true precision may
        lie given how few predictions it holds (a bucket of one is anywhere from 0.21 to 1)."""
        return wilson(self.right, self.count)


def wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of ``right`` successes in ``n`` trials (the whole range when n is 0)."""
    if n == 0:
        return 0.0, 1.0
    share = right / n
    middle = (share + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, middle - half), min(1.0, middle + half)


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
    """Per rule: predictions, right ones, precision and recall (right / all gold quotes); most used first,
    ties by name, so the table reads the same in every run (set order changes with the hash seed)."""
    made: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for s in scored:
        for rule in set(s.rules):
            made[rule] += 1
            right[rule] += s.right
    order = sorted(made.items(), key=lambda item: (-item[1], item[0]))
    return [RuleStats(rule, n, right[rule], gold_total) for rule, n in order]


def calibration(scored: Sequence[Scored], buckets: int = BUCKETS) -> tuple[float, list[Bucket]]:
    """(ECE, buckets): the mean gap between confidence and precision, weighted by bucket size."""
    groups: dict[int, list[Scored]] = defaultdict(list)
    for s in scored:
        groups[min(int(s.confidence * buckets), buckets - 1)].append(s)
    out, ece = [], 0.0
    for b in sorted(groups):
        members = groups[b]
        conf = sum(s.confidence for s in members) / len(members)
        right = sum(s.right for s in members)
        prec = right / len(members)
        ece += len(members) / len(scored) * abs(conf - prec)
        out.append(Bucket(b / buckets, (b + 1) / buckets, len(members), conf, prec, right, _chance_gap(members)))
    return ece, out


def _chance_gap(members: Sequence[Scored]) -> float:
    """The gap |confidence - precision| a bucket shows by chance alone when every confidence
    is exactly right: each prediction is then right with its confidence p, so the bucket's
    count right varies with variance sum(p (1 - p)), and the mean absolute deviation of a
    normal variable is sqrt(2 / pi) times its deviation. (Checked against 400 simulated
    draws on PolNeAR dev and train: 0.0173 and 0.0060, the formula 0.0173 and 0.0061.)"""
    spread = math.sqrt(sum(s.confidence * (1 - s.confidence) for s in members))
    return math.sqrt(2 / math.pi) * spread / len(members)


def chance_ece(buckets: Sequence[Bucket]) -> float:
    """The ECE that exactly right confidences would show by chance alone, for these buckets:
    the floor a measured ECE on so many predictions cannot be told from. With 10 buckets
    it is about 0.017 for PolNeAR dev's 1,461 predictions and 0.006 for train's 12,625."""
    total = sum(b.count for b in buckets)
    return sum(b.count / total * b.chance for b in buckets) if total else 0.0


def order_breaks(buckets: Sequence[Bucket]) -> list[tuple[Bucket, Bucket]]:
    """Pairs of buckets (lower, higher) where precision falls as confidence rises by more
    than chance explains: the higher bucket's 95% interval lies wholly below the lower
    one's. A thin bucket's precision says little (one prediction right or wrong is
    precision 1 or 0), so a fall between buckets whose intervals overlap is not a break;
    every pair is compared, not only neighbours, so that a thin bucket between two full
    ones does not hide a fall between those."""
    return [(lo, hi) for i, lo in enumerate(buckets) for hi in buckets[i + 1:] if hi.interval[1] < lo.interval[0]]


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
    Last, the entries predictions take their confidence from are made monotone
    (``_pool_adjacent``).
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
    _pool_adjacent(table, scored)
    return table


def _entry(rules: tuple[str, ...], table: dict[str, dict[str, float | int]]) -> str:
    """The key of ``table`` a prediction made by ``rules`` takes its confidence from, as
    ``extract.confidence`` looks it up: its longest signature in the table."""
    return next((key for key in reversed(signatures(rules)) if key in table), "")


def _pool_adjacent(table: dict[str, dict[str, float | int]], scored: list[Scored]) -> None:
    """Give each entry predictions take their confidence from the precision of those
    predictions, made to rise with the fitted value (isotonic regression by pool-adjacent-
    violators). An entry's smoothed value is the precision of every prediction under its
    signature, longer signatures' included; those it answers for alone may do worse, so a
    bucket of higher confidence could be right less often than the one below (train's
    0.5-0.6 under 0.4-0.5). Each entry's own predictions are pulled toward its fitted value
    with ``PRIOR_WEIGHT`` pseudo-counts, as the fit pulls a signature toward its back-off, so
    that a thin entry moves little; runs of entries out of order are pooled into one value.
    Chosen by 5-fold cross-validation on train (4 shuffles): held-out ECE 0.027 without this
    step, 0.017 with it (also with 0 or 5 pseudo-counts; 20: 0.018, 40: 0.020), and with 10
    the fewest buckets right less often than the one below (1.1 a fold, against 1.3)."""
    cells: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for s in scored:
        cell = cells[_entry(s.rules, table)]
        cell[0] += 1
        cell[1] += s.right
    blocks: list[tuple[list[str], float, float]] = []  # (keys, weight, right), rising precision
    for key in sorted(cells, key=lambda k: (table[k]["precision"], k)):
        keys, n, right = [key], cells[key][0] + PRIOR_WEIGHT, cells[key][1] + PRIOR_WEIGHT * table[key]["precision"]
        while blocks and blocks[-1][2] * n >= right * blocks[-1][1]:  # the block below is as precise or more
            below, bn, br = blocks.pop()
            keys, n, right = below + keys, n + bn, right + br
        blocks.append((keys, n, right))
    for keys, n, right in blocks:
        for key in keys:
            table[key]["precision"] = round(right / n, 4)
