"""``classify``: the language py3langid names for a text, its model read and walked by numpy.

py3langid counts a text's byte n-grams by walking a byte automaton in a Python loop, one
step a byte: over the BBC corpus (2,225 samples of 1,000 characters) that walk was most of
the 1.5-2 s language identification cost ingest's main process, more than any other part of
reading. The automaton is Aho-Corasick's: the state after a byte is the longest suffix of
the text so far that is a node of its trie of n-grams, and no node is deeper than
``TRIE_DEPTH`` bytes, so the state at every position is the one reached from the start
state over the ``TRIE_DEPTH`` bytes that end there. ``TRIE_DEPTH`` numpy steps over the
whole text give every state at once.

The model is py3langid's own file (an npz inside LZMA), read here into the arrays this walk
and the scores use, without the conversions py3langid makes for its loop (its copy of the
39 MB automaton and two lists of 104,583 Python ints): a peak 36 MB lower. The scores are
py3langid's (the same features in the same order, the same float32 products and sums), so
the language is exactly the one ``py3langid.classify`` names; a test checks the scores bit
for bit on texts in many languages. A model of another shape (another py3langid version) is
classified by py3langid itself.
"""

from __future__ import annotations

import lzma
import shutil
import tempfile
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import numpy as np

__all__ = ["classify"]

# The deepest node of the trie of py3langid 0.4's model (a breadth-first walk of its
# automaton; tests/ingest/test_language.py works it out again), and the model's shape, which
# tells that model from another.
TRIE_DEPTH = 6
MODEL_SHAPE = (104_583, 38_346)  # states, distinct rows of transitions
# py3langid's score of a text with no features (its RAW_FLOOR)
_FLOOR = float(np.finfo(np.float32).min)


class _Model:
    """py3langid's model as numpy arrays: the automaton and the naive Bayes tables."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.rows = arrays["nextmove"]  # each distinct row of 256 transitions, one after another
        self.rowbase = arrays["nextmove_row"].astype(np.int64) << 8  # where each state's row starts
        self.output = arrays["out_feat"].astype(np.int64)  # the feature a state ends, or -1
        self.table = arrays["ptc"]  # float16, 28 MB: kept so (a float32 copy would add 57 MB to the peak)
        self.prior = arrays["pc"]
        self.classes: list[str] = arrays["classes"].tolist()
        first: dict[str, int] = {}
        # a label twice (a script alias, srl -> sr): py3langid keeps the better of the two under the first
        self.aliases = [(first[c], i) for i, c in enumerate(self.classes) if first.setdefault(c, i) != i]

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
        visits = self.visits(_encode(text))
        if visits:
            counts = np.fromiter(visits.values(), dtype=np.float32, count=len(visits))
            index = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
            # the rows a text has, in float32: numpy's product of float32 by float16 runs several times
            # slower than by float32, with the same sums (a test checks the scores bit for bit)
            scores = np.log1p(counts) @ self.table[index].astype(np.float32) + self.prior
        else:
            scores = np.full(len(self.classes), _FLOOR, dtype=np.float32)
        for i, j in self.aliases:
            scores[i] = max(scores[i], scores[j])
            scores[j] = _FLOOR
        return scores

    def classify(self, text: str) -> str:
        return self.classes[int(self.scores(text).argmax())]


def _encode(text: str) -> bytes:
    """The bytes py3langid reads of a text: lower-cased when all capitals, NFC, UTF-8."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


def _read_model(path: Path) -> dict[str, np.ndarray]:
    # through a temporary file, as py3langid reads it: the 68 MB npz is never held twice
    with tempfile.TemporaryFile(suffix=".npz") as tmp:
        with lzma.open(path) as src:
            shutil.copyfileobj(src, tmp, length=1 << 20)
        tmp.seek(0)
        with np.load(tmp, allow_pickle=False) as data:
            return {name: data[name] for name in data.files}


@cache
def _model() -> _Model | None:
    """py3langid's default model, or None when it is not the one this module knows."""
    try:
        from py3langid import langid

        arrays = _read_model(Path(langid.MODEL_DIR) / langid.MODEL_FILE)
        shape = (len(arrays["nextmove_row"]), len(arrays["nextmove"]) // 256)
        return _Model(arrays) if shape == MODEL_SHAPE else None
    except (AttributeError, ImportError, KeyError, OSError, ValueError, lzma.LZMAError):  # another layout
        return None


def classify(text: str) -> str:
    """The ISO 639-1 code py3langid's default model gives ``text`` (``py3langid.classify(text)[0]``)."""
    model = _model()
    if model is None:
        import py3langid

        return py3langid.classify(text)[0]
    return model.classify(text)
