"""The pipeline as saidwhat loads it predicts what spaCy's own ops predict."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import NumpyOps

from saidwhat.extract.nlp import _predict_ops

TEXTS = [
    '"We will not leave Ukraine alone," NATO Secretary General Jens Stoltenberg told reporters in Kyiv on Thursday.',
    "The minister said the talks had failed, and added that a new round would start in March.",
]


@pytest.mark.parametrize("pieces", [2, 3])
def test_maxout_gives_thincs_values_ties_included(pieces):
    rng = numpy.random.default_rng(7)
    X = rng.standard_normal((50, 16, pieces)).astype("float32")
    X[:10] = numpy.round(X[:10])  # many ties between pieces
    best, _ = _predict_ops().maxout(X)
    expected, _ = NumpyOps(use_blis=False).maxout(X)
    assert best.dtype == expected.dtype and best.shape == expected.shape
    assert numpy.array_equal(best, expected)
    assert not numpy.shares_memory(best, X)  # the input stays as it was


def test_training_is_refused_with_a_way_out():
    with pytest.raises(NotImplementedError, match="spacy.load"):
        _predict_ops().backprop_maxout(numpy.zeros((2, 3), "float32"), None, 3)


def test_parses_match_spacys_own_ops(nlp):
    import spacy

    own = spacy.load(nlp.path)  # the same weights on thinc's default ops
    for text in TEXTS:
        ours, theirs = nlp(text), own(text)
        assert [(t.tag_, t.head.i, t.dep_, t.ent_type_) for t in ours] == [
            (t.tag_, t.head.i, t.dep_, t.ent_type_) for t in theirs
        ]
