"""A statement's word diff as the pages show it: a reordered stretch is one replacement, so
no struck word is one both wordings share (issue 18); a single dropped "not" stays its own."""

from __future__ import annotations

import pytest

from saidwhat.across.diff import classify, readable_ops, word_diff
from saidwhat.web.render import diff_pieces

REFERENCE = ("that funding was available to countries such as Bangladesh to help them make the transition "
             "to a fully liberalised market")
VARIANT = ("that funding was available to countries such as Bangladesh to help them adjust to the "
           "liberalised market")


def _pieces(reference: str, variant: str) -> list[tuple[str, str]]:
    return diff_pieces([[t, list(r), list(v)] for t, r, v in word_diff(reference, variant).ops])


def test_a_reordered_stretch_is_one_replacement():
    # From the BBC store: the aligner keeps "the" and strikes "to", which the variant also has.
    raw = word_diff(REFERENCE, VARIANT).ops
    assert ("delete", ("transition", "to", "a", "fully"), ()) in raw  # the misalignment, as it was shown
    assert _pieces(REFERENCE, VARIANT) == [
        ("same", "that funding was available to countries such as Bangladesh to help them"),
        ("del", "make the transition to a fully"), ("ins", "adjust to the"), ("same", "liberalised market")]


@pytest.mark.parametrize(("reference", "variant", "pieces"), [
    ("We will not abandon Ukraine and we will deliver", "We will abandon Ukraine and we will deliver",
     [("same", "We will"), ("del", "not"), ("same", "abandon Ukraine and we will deliver")]),
    ("the forty systems will arrive before winter in Kyiv",
     "the fifty systems will arrive after winter in Kyiv",
     [("same", "the"), ("del", "forty"), ("ins", "fifty"), ("same", "systems will arrive"), ("del", "before"),
      ("ins", "after"), ("same", "winter in Kyiv")]),
])
def test_separate_changes_with_a_long_run_between_stay_separate(reference, variant, pieces):
    assert _pieces(reference, variant) == pieces


def test_readable_ops_folds_only_short_runs_between_changes():
    ops = [("equal", ("a", "b"), ("a", "b")), ("replace", ("c",), ("x",)), ("equal", ("d",), ("d",)),
           ("delete", ("e", "f"), ()), ("equal", ("g", "h", "i"), ("g", "h", "i"))]
    assert readable_ops(ops) == [("equal", ("a", "b"), ("a", "b")),
                                 ("replace", ("c", "d", "e", "f"), ("x", "d")),
                                 ("equal", ("g", "h", "i"), ("g", "h", "i"))]


def test_classification_still_reads_the_fine_alignment():
    d = word_diff("we will not go and we never said so", "we will go and we always said so")
    assert {c.kind for c in classify(d)} >= {"negation-dropped"}
