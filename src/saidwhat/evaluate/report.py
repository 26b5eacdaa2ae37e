"""Presenting an Evaluation: the plain-text table, the error listing and a JSON document.

Plain text on purpose: the output goes into logs, commit messages and the
README, and a reader diffs two runs with ``diff``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .analysis import ErrorGroup
from .calibration import Bucket, chance_ece, order_breaks
from .run import Evaluation
from .score import LEVELS, SUBSETS

__all__ = ["calibration_lines", "format_table", "format_errors", "format_rules", "evaluation_to_dict"]

_ROWS = [(level, f"{level} (Dice {'> 0' if t == 0 else f'≥ {t}'})") for level, t in LEVELS.items()]


def _gold_summary(evaluation: Evaluation) -> str:
    first = evaluation.results[0]
    parts = [f"{name} {first.counts[name].gold}" for name in SUBSETS if name != "all"]
    where = f"{evaluation.gold}" + (f" [{evaluation.split}]" if evaluation.split else "")
    return (
        f"{where}: {evaluation.articles} articles, {evaluation.gold_quotes} gold attributions "
        f"({', '.join(parts)})"
    )


def format_table(evaluation: Evaluation) -> str:
    results = evaluation.results
    lines = [_gold_summary(evaluation), ""]
    width = 30
    head = " " * width + "".join(f"{r.name:^30}" for r in results)
    sub = " " * width + "".join(f"{'P':>7}{'R':>7}{'F1':>7}{'n':>7}  " for _ in results)
    sub += "   (n: matched pairs)"
    lines += [head, sub]
    for subset in SUBSETS:
        gold_n = results[0].counts[subset].gold
        preds = ", ".join(f"{r.name} {r.counts[subset].pred}" for r in results)
        lines.append(f"{subset} (gold {gold_n}; predicted: {preds})")
        for key, label in [*_ROWS, ("attributed", "attributed quote")]:
            row = f"  {label:<{width - 2}}"
            for r in results:
                c = r.counts[subset]
                s = c.scores()
                n = c.matched[key] if key in LEVELS else c.attributed
                row += f"{s[key + '.precision']:7.1f}{s[key + '.recall']:7.1f}{s[key + '.f1']:7.1f}{n:7d}  "
            lines.append(row)
        # Speaker accuracy is judged on partial matches only: n is their number.
        row = f"  {'speaker accuracy (partial)':<{width - 2}}"
        for r in results:
            c = r.counts[subset]
            row += f"{'':14}{c.scores()['speaker.accuracy']:7.1f}{c.matched['partial']:7d}  "
        lines.append(row)
    lines += ["", "headline numbers"]
    for label in results[0].headline():
        lines.append(f"  {label:<{width - 2}}" + "".join(f"{r.headline()[label]:^30.1f}" for r in results))
    lines.append("")
    for r in results:
        note = f"{r.name}: {r.seconds:.1f} s"
        if r.failed:
            note += f"; raised on {r.failed} of {evaluation.articles} articles (scored as no predictions)"
        elif r.name != "saidwhat":
            note += "; raised on 0 articles"
        lines.append(note)
    lines += _calibration_lines(results)
    if len(results) > 1:
        base, other = results[0], results[1]
        theirs = other.scores()["all.attributed.f1"]
        ours = base.scores()["all.attributed.f1"]
        ratio = f"{ours / theirs:.1f}x" if theirs else "n/a (0)"
        lines.append(f"attributed F1, all: {base.name} / {other.name} = {ratio}")
    return "\n".join(lines)


def _calibration_lines(results) -> list[str]:
    """The expected calibration error of confidence, with each bucket's precision."""
    lines = []
    for r in results:
        if r.ece is not None:
            lines += calibration_lines(r.name, r.ece, r.buckets, auc=r.auc)
    return lines


def calibration_lines(name: str, ece: float, buckets: list[Bucket], *, auc: float | None = None) -> list[str]:
    """ECE next to what chance alone gives on as many predictions, every bucket with its count
    and the 95% interval of its precision, and whether precision rises with confidence where
    the counts can tell (``calibration.order_breaks``). Thin buckets are shown, not hidden:
    their interval says how little their precision means."""
    ranking = "" if auc is None else f", ranking power (AUC) {auc:.3f}"
    lines = [f"{name}: confidence calibration error (ECE) {ece:.3f} (by chance alone on "
             f"{sum(b.count for b in buckets)} predictions: {chance_ece(buckets):.3f}){ranking};",
             "  precision by confidence bucket, with its 95% interval:"]
    for b in buckets:
        low, high = b.interval
        lines.append(f"  {b.low:.1f}-{b.high:.1f}  n {b.count:5d}  mean confidence {b.confidence:.2f}"
                     f"  precision {b.precision:.2f}  [{low:.2f}-{high:.2f}]")
    breaks = order_breaks(buckets)
    if breaks:
        lines += [f"  precision falls beyond chance from {lo.low:.1f}-{lo.high:.1f} ({lo.precision:.2f}) "
                  f"to {hi.low:.1f}-{hi.high:.1f} ({hi.precision:.2f})" for lo, hi in breaks]
    else:
        lines.append("  precision rises with confidence: no bucket falls below a lower one beyond chance "
                     "(where precision falls, the intervals overlap)")
    return lines


def format_rules(evaluation: Evaluation, *, system: str | None = None, top: int = 60) -> str:
    """Per-rule precision and recall (right: attributed at partial match), most used rules first."""
    result = evaluation.result(system) if system else evaluation.results[0]
    if not result.rules:
        return ""
    lines = [f"rules of {result.name} (precision: right / made; recall: right / all gold attributions)",
             f"  {'rule':<44}{'made':>7}{'right':>7}{'P':>7}{'R':>7}"]
    for s in result.rules[:top]:
        lines.append(f"  {s.rule:<44}{s.predictions:7d}{s.right:7d}{100 * s.precision:7.1f}{100 * s.recall:7.1f}")
    return "\n".join(lines)


def _format_group(group: ErrorGroup, examples: int) -> list[str]:
    cues = ", ".join(f"{cue} ×{n}" for cue, n in group.cue_counts[:8])
    lines = [f"[{len(group.cases)}] {group.type}: {group.pattern}", f"    cues: {cues}"]
    if group.type == "wrong speaker":
        pairs = Counter(c.detail for c in group.cases).most_common(5)
        lines.append("    most often: " + "; ".join(f"{d} ×{n}" for d, n in pairs))
    for case in group.cases[:examples]:
        ref = f"{case.doc}" + (f" {case.gold_id}" if case.gold_id else "")
        extra = f" ({case.detail})" if case.detail and group.type != "wrong speaker" else ""
        lines.append(f"    - {ref}{extra}: {case.context}")
    return lines


def format_errors(evaluation: Evaluation, *, examples: int = 3, system: str | None = None) -> str:
    """The error groups of one system (the first by default), largest first within each type."""
    result = evaluation.result(system) if system else evaluation.results[0]
    totals = Counter()
    for g in result.errors:
        totals[g.type] += len(g.cases)
    lines = [
        f"errors of {result.name}: " + ", ".join(f"{t} {n}" for t, n in totals.items()),
        "gold content «…», gold source ⟨…⟩; predicted content ⟦…⟧, predicted speaker {…}",
    ]
    current = None
    for group in result.errors:
        if group.type != current:
            current = group.type
            lines += ["", f"== {current} ({totals[current]}) =="]
        lines += _format_group(group, examples)
    return "\n".join(lines)


def evaluation_to_dict(evaluation: Evaluation, *, examples: int = 3) -> dict[str, Any]:
    return {
        "gold": evaluation.gold,
        "split": evaluation.split,
        "articles": evaluation.articles,
        "gold_quotes": evaluation.gold_quotes,
        "systems": {
            r.name: {
                "scores": {k: round(v, 2) for k, v in r.scores().items()},
                "headline": {k: round(v, 2) for k, v in r.headline().items()},
                "counts": {
                    subset: {"gold": c.gold, "pred": c.pred, "matched": c.matched, "attributed": c.attributed}
                    for subset, c in r.counts.items()
                },
                "failed_articles": r.failed,
                "calibration": None if r.ece is None else {
                    "ece": round(r.ece, 4),
                    "chance_ece": round(chance_ece(r.buckets), 4),
                    "auc": round(r.auc, 4),
                    "buckets": [{"low": b.low, "high": b.high, "n": b.count, "right": b.right,
                                 "confidence": round(b.confidence, 4), "precision": round(b.precision, 4),
                                 "interval": [round(x, 4) for x in b.interval]} for b in r.buckets],
                    "order_breaks": [[lo.low, hi.low] for lo, hi in order_breaks(r.buckets)],
                },
                "rules": [{"rule": s.rule, "made": s.predictions, "right": s.right,
                           "precision": round(s.precision, 4), "recall": round(s.recall, 4)} for s in r.rules],
                "seconds": round(r.seconds, 2),
                "errors": [
                    {
                        "type": g.type,
                        "pattern": g.pattern,
                        "count": len(g.cases),
                        "cues": dict(g.cue_counts[:20]),
                        "examples": [
                            {"doc": c.doc, "gold_id": c.gold_id, "context": c.context, "detail": c.detail}
                            for c in g.cases[:examples]
                        ],
                    }
                    for g in r.errors
                ],
            }
            for r in evaluation.results
        },
    }
