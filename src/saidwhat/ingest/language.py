"""``classify``: the language py3langid names for a text, its automaton walked by numpy.

py3langid counts a text's byte n-grams by walking a byte automaton in a Python loop, one
step a byte: over the BBC corpus (2,225 samples of 1,000 characters) that walk was most of
the 1.5-2 s language identification cost ingest's main process, more than any other part of
reading. The automaton is Aho-Corasick's: the state after a byte is the longest suffix of
the text so far that is a node of its trie of n-grams, and no node is deeper than
``TRIE_DEPTH`` bytes, so the state at every position is the one reached from the start
state over the ``TRIE_DEPTH`` bytes that end there. ``TRIE_DEPTH`` numpy steps over the
whole text give every state at once.

The scores are then py3langid's own (the same features in the same order, its own scoring
method), so the language is exactly the one ``py3langid.classify`` names; a test checks that
on texts in many languages. A model this module does not know (another py3langid version)
is classified by py3langid itself.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any

import numpy as np

__all__ = ["classify"]

# The deepest node of the trie of py3langid 0.4's model (a breadth-first walk of its
# automaton; tests/ingest/test_language.py works it out again), and the model's shape, which
# tells that model from another.
TRIE_DEPTH = 6
MODEL_SHAPE = (104_583, 38_346)  # states, distinct rows of transitions
# py3langid's score of a text with no features (its RAW_FLOOR)
_FLOOR = float(np.finfo(np.float32).min)


class _Walker:
    """py3langid's identifier with its automaton as numpy arrays."""

    def __init__(self, identifier: Any) -> None:
        self.identifier = identifier
        self.rows = np.frombuffer(identifier.tk_nextmove, dtype=_unsigned(identifier.tk_nextmove.itemsize))
        state_rows = np.frombuffer(identifier.tk_row, dtype=_unsigned(identifier.tk_row.itemsize))
        self.rowbase = state_rows.astype(np.int64) << 8  # where each state's 256 transitions start
        self.output = np.asarray(identifier.tk_output, dtype=np.int64)  # the feature a state ends, or -1
        # The scores' table in float32 (57 MB; py3langid keeps float16): a product of float32 by
        # float16 ran 7 times slower than the same by float32, with the same sums (a test checks).
        self.table = np.asarray(identifier.nb_ptc, dtype=np.float32)

    def visits(self, data: bytes) -> Counter[int]:
        """What ``py3langid.langid.visit_counts`` returns: each feature's count, in order of first sight."""
        text = np.frombuffer(data, dtype=np.uint8)
        n = len(text)
        states = np.zeros(n, dtype=np.int64)
        for back in range(min(TRIE_DEPTH, n) - 1, -1, -1):  # the byte ``back`` before each position
            states[back:] = self.rows[self.rowbase[states[back:]] + text[: n - back]]
        features = self.output[states]
        return Counter(features[features >= 0].tolist())  # py3langid's own count, in the same order

    def scores(self, text: str) -> np.ndarray:
        """py3langid's scores of ``text`` for each of its classes (``LanguageIdentifier._decide``)."""
        ident = self.identifier
        visits = self.visits(ident._encode(text))
        if visits:
            scores = ident._sparse_score(visits, self.table)
        else:
            scores = np.full(len(ident.nb_classes), _FLOOR, dtype=np.float32)
        for i, j in ident._alias_pairs:  # a script alias folded into its language, as py3langid does
            scores[i] = max(scores[i], scores[j])
            scores[j] = _FLOOR
        return scores

    def classify(self, text: str) -> str:
        return self.identifier.nb_classes[int(self.scores(text).argmax())]


def _unsigned(itemsize: int) -> type:
    return {2: np.uint16, 4: np.uint32, 8: np.uint64}[itemsize]


@cache
def _walker() -> _Walker | None:
    """The walker of py3langid's default model, or None when the model is not the one known."""
    from py3langid import langid

    identifier = langid._get_identifier()
    try:
        shape = (len(identifier.tk_row), len(identifier.tk_nextmove) // 256)
        if shape != MODEL_SHAPE or identifier._norm_probs:
            return None
        return _Walker(identifier)
    except (AttributeError, KeyError, TypeError, ValueError):  # another version's internals
        return None


def classify(text: str) -> str:
    """The ISO 639-1 code py3langid's default model gives ``text`` (``py3langid.classify(text)[0]``)."""
    walker = _walker()
    if walker is None:
        import py3langid

        return py3langid.classify(text)[0]
    return walker.classify(text)
