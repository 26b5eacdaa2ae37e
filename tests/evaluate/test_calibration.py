"""Per-rule precision and recall, the calibration error of confidence and its fit, on hand-made predictions."""

from __future__ import annotations

import pytest

from saidwhat.evaluate.calibration import (
    Scored,
    auc,
    calibration,
    chance_ece,
    fit_confidence,
    order_breaks,
    rule_table,
    wilson,
)
from saidwhat.extract.confidence import calibrated, signatures
from saidwhat.models import Quote, QuoteKind, Span

DIRECT = ("assembly:direct", "speaker:proper-name")
UNCUED = ("assembly:uncued",)


def test_rule_table_counts_precision_and_recall():
    scored = [Scored(DIRECT, 0.9, True), Scored(DIRECT, 0.9, False), Scored(UNCUED, 0.3, False)]
    table = {s.rule: s for s in rule_table(scored, gold_total=4)}
    assert (table["assembly:direct"].predictions, table["assembly:direct"].right) == (2, 1)
    assert table["assembly:direct"].precision == 0.5 and table["assembly:direct"].recall == 0.25
    assert table["assembly:uncued"].precision == 0.0


def test_rule_table_orders_ties_by_name_whatever_the_input_order():
    # Rules made by the same predictions tie; their order must not follow set iteration (the hash seed).
    scored = [Scored(("speaker:proper-name", "assembly:direct", "cue:said"), 0.9, True)]
    assert [s.rule for s in rule_table(scored, gold_total=1)] == ["assembly:direct", "cue:said", "speaker:proper-name"]


def test_calibration_error_is_the_weighted_gap_per_bucket():
    scored = [Scored(DIRECT, 0.95, True)] * 9 + [Scored(DIRECT, 0.95, False)] + [Scored(UNCUED, 0.15, False)] * 10
    ece, buckets = calibration(scored)
    assert [b.count for b in buckets] == [10, 10]
    assert ece == pytest.approx(0.5 * abs(0.15 - 0.0) + 0.5 * abs(0.95 - 0.9))
    assert auc(scored) == pytest.approx(10.5 / 11)  # the one wrong 0.95 ties with the right ones: half a win


@pytest.mark.parametrize("right, n, low, high", [
    (0, 0, 0.0, 1.0),  # no predictions: anything
    (1, 1, 0.207, 1.0),  # one right prediction says little
    (0, 1, 0.0, 0.793),
    (10, 13, 0.497, 0.918),  # PolNeAR dev's 0.5-0.6 bucket
    (73, 109, 0.577, 0.751),  # and its 0.6-0.7 one: the two overlap
    (900, 1000, 0.880, 0.917),
])
def test_wilson_interval(right, n, low, high):
    assert wilson(right, n) == pytest.approx((low, high), abs=0.001)


def test_a_fall_in_precision_is_a_break_only_where_the_counts_tell():
    # 0.5-0.6: 10 of 13 right, 0.6-0.7: 73 of 109: a fall, but one chance explains
    thin = ([Scored(DIRECT, 0.55, i < 10) for i in range(13)] + [Scored(DIRECT, 0.65, i < 73) for i in range(109)])
    assert order_breaks(calibration(thin)[1]) == []
    # 180 of 200 right at 0.55 against 100 of 200 at 0.65: no chance explains that
    wide = ([Scored(DIRECT, 0.55, i < 180) for i in range(200)] + [Scored(DIRECT, 0.65, i < 100) for i in range(200)])
    (lower, higher), = order_breaks(calibration(wide)[1])
    assert (lower.low, higher.low) == (0.5, 0.6)


def test_chance_ece_is_what_exact_confidences_show_on_so_many_predictions():
    # 100 predictions at 0.5: the count right has deviation 5, so precision is off by about
    # sqrt(2 / pi) * 0.05 = 0.040 by chance; a thousand times as many, by 0.0013
    _, few = calibration([Scored(DIRECT, 0.5, i % 2 == 0) for i in range(100)])
    _, many = calibration([Scored(DIRECT, 0.5, i % 2 == 0) for i in range(100_000)])
    assert chance_ece(few) == pytest.approx(0.0399, abs=0.0001)
    assert chance_ece(many) == pytest.approx(0.0013, abs=0.0001)
    assert chance_ece([]) == 0.0


def test_signatures_are_prefixes_then_the_whole():
    assert signatures(("speaker:pronoun", "assembly:direct")) == [
        "assembly:direct", "assembly:direct|speaker:pronoun", "assembly:direct|speaker:pronoun|$"]


def test_fit_then_lookup_gives_each_signature_its_precision():
    scored = [Scored(DIRECT, 0.5, i % 10 != 0) for i in range(100)] + [Scored(UNCUED, 0.5, i < 2) for i in range(50)]
    table = fit_confidence(scored)
    flat = {k: float(v["precision"]) for k, v in table.items()}
    direct = calibrated(Quote("x", (Span(0, 1),), QuoteKind.DIRECT, rules=DIRECT), flat)
    uncued = calibrated(Quote("x", (Span(0, 1),), QuoteKind.DIRECT, rules=UNCUED), flat)
    assert direct == pytest.approx(0.9, abs=0.02) and uncued == pytest.approx(0.04, abs=0.1)
    assert direct > uncued
    rare = calibrated(Quote("x", (Span(0, 1),), QuoteKind.DIRECT, rules=("assembly:dash-after",)), flat)
    assert rare == pytest.approx(table[""]["precision"])  # unseen: the overall precision
    headline = Quote("x", (Span(0, 1),), QuoteKind.HEADLINE, confidence=0.7, where="headline", rules=DIRECT)
    assert calibrated(headline, flat) == 0.7  # not fitted on headlines: keeps its own


def test_the_fit_makes_precision_rise_with_confidence():
    # quotes of "assembly:direct" whose other rules are too rare for an entry of their own are right 3 in
    # 10, but take the smoothed value of all direct quotes (the well-attributed ones included), above
    # the uncued quotes' value, which are right more often: the two are pooled into one value (each
    # pulled a little toward its fitted value first)
    rare = [Scored(("assembly:direct", f"cue:verb{i}"), 0.5, j < 3) for i in range(5) for j in range(10)]
    scored = ([Scored(DIRECT, 0.5, i < 45) for i in range(50)] + rare
              + [Scored(UNCUED, 0.5, i < 45) for i in range(100)])
    flat = {k: float(v["precision"]) for k, v in fit_confidence(scored).items()}
    fitted = [Scored(s.rules, calibrated(Quote("x", (Span(0, 1),), QuoteKind.DIRECT, rules=s.rules), flat), s.right)
              for s in scored]
    by_rules = {s.rules: s.confidence for s in fitted}
    assert by_rules[rare[0].rules] == by_rules[UNCUED] == pytest.approx(60 / 150, abs=0.02)
    assert by_rules[DIRECT] == pytest.approx(0.9, abs=0.01)
    ece, buckets = calibration(fitted)
    assert [b.precision for b in buckets] == sorted(b.precision for b in buckets) and ece < 0.02


def test_the_calibrated_copy_is_what_dataclasses_replace_gives():
    import dataclasses

    from saidwhat.extract import _with_confidence
    from saidwhat.models import Cue, Speaker

    quote = Quote("We are ready", (Span(1, 13),), QuoteKind.DIRECT, Cue("said", Span(20, 24)),
                  Speaker("the minister", Span(15, 27), "Jane Doe", "person"), rules=DIRECT, parent=None)
    copy = _with_confidence(quote, 0.83)
    assert copy == dataclasses.replace(quote, confidence=0.83) and type(copy) is Quote
    assert quote.confidence == 0.5  # the original is untouched
