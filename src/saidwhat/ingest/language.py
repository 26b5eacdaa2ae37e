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

Most texts ingest reads are plainly English, and for those the 142 scores need not all be
worked out: ``_Model.surely_english`` bounds what any class can gain on English, by groups of
classes (``ENGLISH_RIVAL_GROUPS``), from the model's own numbers, and answers "en" only when
even that bound leaves English ahead by more than the float32 sums can err. So its answer is
py3langid's whenever it gives one (it is a proof from the model, not a guess from the words);
otherwise the scores are worked out in full as before.
"""

from __future__ import annotations

import lzma
import shutil
import tempfile
import unicodedata
from collections import Counter
from functools import cache, cached_property
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

# The classes English is bounded against together (``_Model.surely_english``): for each group
# and each feature, the most any class of the group gains on English. Any grouping gives a true
# bound; the grouping only decides how often it is tight enough to answer. These 24 are k-means
# (seed 3) over the classes' columns of log-probability differences from English; 3,143 of the
# 3,149 BBC and PolNeAR train + dev samples are answered with them (one group of all: none;
# 16 groups: 1,749-3,089 by seed; 32: 2,925-3,147). A label in two groups (py3langid's "sr" and
# "uz" name two columns each) is bounded with both; a class no group names gets a group of its own.
ENGLISH_RIVAL_GROUPS = (
    "ca es gl it la pt ro ext an oc", "lij vec", "id jv ms ace kab", "ar fa ps ug ur uzs arz",
    "qu tl bcl pcm", "ig ku lg ln so sw xh yo zu zxx kik nso rw sn st ltg mt", "ja zh wuu yue",
    "km my hbo ary sdh", "et fi", "da is no sv se fo nn", "mk sr", "be bg ru uk", "az tr uz crh", "tk",
    "fr wa", "gd ht gcf fuv gcr guw", "vi", "af de fy nl lb",
    "br cy eo eu ga hu lt lv mg sq gug vo", "ha om", "bs hr sl sr",
    "am as bn el gu he hi hy ka kn ko lo ml mr ne or pa sa si ta te th dz gom grc", "cs pl sk",
    "kk ky mn uz ba tg tt",
)
_UNIT = 2.0**-24  # float32's unit roundoff


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

    def walk(self, data: bytes) -> np.ndarray:
        """The features the automaton reaches over ``data``, one for each time it ends one, in order."""
        text = np.frombuffer(data, dtype=np.uint8)
        n = len(text)
        states = np.zeros(n, dtype=np.int64)
        for back in range(min(TRIE_DEPTH, n) - 1, -1, -1):  # the byte ``back`` before each position
            states[back:] = self.rows[self.rowbase[states[back:]] + text[: n - back]]
        features = self.output[states]
        return features[features >= 0]

    def visits(self, data: bytes) -> Counter[int]:
        """What ``py3langid.langid.visit_counts`` returns: each feature's count, in order of first sight."""
        return Counter(self.walk(data).tolist())  # py3langid's own count, in the same order

    def features(self, data: bytes) -> tuple[np.ndarray, np.ndarray]:
        """The features of ``visits`` in the same order, and py3langid's weights of them (log1p of the
        counts, float32): counted by numpy, without a Python int and dict entry for each visit."""
        found, first, counts = np.unique(self.walk(data), return_index=True, return_counts=True)
        order = np.argsort(first)  # the order of first sight, as the Counter keeps it
        return found[order].astype(np.intp), np.log1p(counts[order].astype(np.float32))

    def scores(self, text: str) -> np.ndarray:
        """py3langid's scores of ``text`` for each of its classes (``LanguageIdentifier._decide``)."""
        return self._scores(*self.features(_encode(text)))

    def _scores(self, index: np.ndarray, weights: np.ndarray) -> np.ndarray:
        if len(index):
            # the rows a text has, in float32: numpy's product of float32 by float16 runs several times
            # slower than by float32, with the same sums (a test checks the scores bit for bit)
            scores = weights @ self.table[index].astype(np.float32) + self.prior
        else:
            scores = np.full(len(self.classes), _FLOOR, dtype=np.float32)
        for i, j in self.aliases:
            scores[i] = max(scores[i], scores[j])
            scores[j] = _FLOOR
        return scores

    @cached_property
    def _english_bound(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, float] | None:
        """Per feature, the most each group of ``ENGLISH_RIVAL_GROUPS`` gains on English and the
        largest magnitude of any class's log-probability (both rounded up to float32, 9.6 MB),
        and the same two for the prior; None when the model has no single English or a
        log-probability that is not a finite negative number (0.07 s for py3langid's model)."""
        bits = self.table.view(np.uint16)
        # float16 bits 0x8000-0xFBFF are -0 to -65504: every value negative and finite, and then the
        # larger the value the smaller its bits, so maxima are integer minima (float16 compares slowly)
        if self.classes.count("en") != 1 or not np.isfinite(self.prior).all() or not (bits >= 0x8000).all() \
                or not (bits <= 0xFBFF).all():
            return None
        en = self.classes.index("en")
        groups = [[i for i, c in enumerate(self.classes) if c in group.split()] for group in ENGLISH_RIVAL_GROUPS]
        named = {i for group in groups for i in group}
        groups += [[i] for i in range(len(self.classes)) if i not in named and i != en]
        gain = np.empty((len(self.table), len(groups)), dtype=np.float32)
        size = np.empty(len(self.table), dtype=np.float32)
        for start in range(0, len(self.table), 8192):  # a block at a time: no float64 copy of the table
            block = bits[start : start + 8192]
            most = np.stack([block[:, g].min(axis=1) for g in groups], axis=1).view(np.float16)
            # float16 -> float64 and the difference of two float16 values are exact
            ahead = most.astype(np.float64) - self.table[start : start + 8192, en, None].astype(np.float64)
            gain[start : start + 8192] = _rounded_up(ahead)
            size[start : start + 8192] = -block.max(axis=1).view(np.float16).astype(np.float32)  # exact
        prior = self.prior.astype(np.float64)
        prior_gain = np.array([max(prior[i] - prior[en] for i in g) for g in groups])
        return gain, size, prior_gain, float(np.abs(prior).max())

    def surely_english(self, index: np.ndarray, weights: np.ndarray) -> bool:
        """True when English's score is above every other class's, as py3langid computes them, for
        the features ``index`` counted ``weights`` (log1p of the counts, float32).

        Each score is a float32 sum of products, exactly sum(w * t) + prior for the float32 weights
        w and the table's values t, up to the rounding of the sum: at most gamma(k + 1) times
        sum(w * |t|) + |prior| for k features, whatever the order of the sum (Higham, Accuracy and
        Stability of Numerical Algorithms, 3.1). So if even the most any group can gain, plus twice
        that rounding (English's and the rival's) and as much again for this bound's own float64
        sums, leaves English behind nobody, English has the highest score py3langid computes, and
        its alias folding (which never touches English) cannot change that.
        """
        bound = self._english_bound
        if bound is None or not len(index):
            return False
        gain, size, prior_gain, prior_size = bound
        k = len(index) + 1
        exact = weights.astype(np.float64)
        rounding = 4 * (k * _UNIT / (1 - k * _UNIT)) * (float(exact @ size[index]) + prior_size)
        return float((exact @ gain[index] + prior_gain).max()) + rounding < 0

    def classify(self, text: str) -> str:
        index, weights = self.features(_encode(text))
        if self.surely_english(index, weights):
            return "en"
        return self.classes[int(self._scores(index, weights).argmax())]


def _rounded_up(values: np.ndarray) -> np.ndarray:
    """float64 values as the float32 at or above each: a bound stays a bound."""
    low = values.astype(np.float32)
    flat, below = low.reshape(-1), np.flatnonzero(low < values)  # nextafter only where rounding went down
    flat[below] = np.nextafter(flat[below], np.float32(np.inf))
    return low


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
