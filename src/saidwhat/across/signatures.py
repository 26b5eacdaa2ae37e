"""MinHash signatures of a wording's windows, computed in one numpy pass.

Owns the arithmetic behind ``statements.minhashes``: datasketch's "affine32" scheme (a
32-bit hash of each shingle, the MurmurHash3 finaliser, then ``a * h + b`` modulo 2**32 for
each permutation, the minimum over the shingles) without building one ``MinHash`` object per
window. Linking spent a third of its time in those objects (13.5 of 40 s on the BBC corpus).
A shingle's 32-bit hash is its CRC-32 (``zlib.crc32``, the same in every process and Python
version), not datasketch's first 4 bytes of SHA-1, which cost more in Python calls than the
rest of the numpy pass (migration 0023). Stores keep the LSH bands made from these values
(``statement_bands``): a change to them needs a migration that bands every statement again.

Each word and word pair of a wording is hashed once, and a window's signature is the
minimum over its rows, so overlapping windows share the work. Also owns the LSH band keys
stores index those values under (``band_key_array``, migration 0022). Pure functions, no state
but a small cache of recent wordings (the query side and the index side of one quote
ask for the same words).
"""

from __future__ import annotations

import functools
import zlib
from typing import Any

import numpy as np

__all__ = ["Signature", "band_key_array", "band_key_row", "band_keys_of", "prime", "shingle_hashes",
           "window_signatures"]

# MurmurHash3's finalisers, as (shifts, multipliers): the 32-bit one as datasketch applies it
# before the permutations, the 64-bit one mixing each band's values into one key.
_FMIX32 = ((np.uint32(16), np.uint32(13), np.uint32(16)), (np.uint32(0x85EBCA6B), np.uint32(0xC2B2AE35)))
_FMIX64 = ((np.uint64(33),) * 3, (np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53)))


def _fmix(h: np.ndarray, finaliser: tuple) -> np.ndarray:
    """MurmurHash3's finaliser over every value of ``h`` (unsigned, wrapping)."""
    (s1, s2, s3), (m1, m2) = finaliser
    h = h ^ (h >> s1)
    h = h * m1
    h = h ^ (h >> s2)
    h = h * m2
    return h ^ (h >> s3)


class Signature:
    """One window's MinHash values: what ``MinHashLSH`` and ``band_key_row`` read of a MinHash.
    ``keys`` keeps its LSH band keys once worked out, with the values a band they were made for."""

    __slots__ = ("hashvalues", "keys")

    def __init__(self, hashvalues: np.ndarray, keys: tuple[int, list[int]] | None = None) -> None:
        self.hashvalues = hashvalues
        self.keys = keys

    def __len__(self) -> int:
        return len(self.hashvalues)


def band_key_array(values: np.ndarray, b: int, r: int) -> np.ndarray:
    """The LSH band keys of MinHash values, one MinHash a row: column ``band`` is the key of the
    row's values ``band * r`` to ``(band + 1) * r``, with the band number mixed in first, so that
    a key alone names its bucket (one indexed lookup). int64, for SQLite.

    Worked out for many windows in a few numpy calls (an article's, ``prime``); it replaced a
    blake2b digest a band (530k calls a BBC link, migration 0022). Stores keep these keys: a
    change here needs a migration that bands every statement again."""
    v = np.asarray(values, dtype=np.uint64)
    v = v[..., : b * r].reshape(*v.shape[:-1], b, r)
    h = _band_seeds(b)
    for j in range(r):
        h = _fmix(h ^ v[..., j], _FMIX64)
    return h.view(np.int64)


@functools.lru_cache(maxsize=8)
def _band_seeds(b: int) -> np.ndarray:
    """Each band's number mixed (``band_key_array``'s first step): the same for every window, so
    worked out once, not once an article (one of the five mixing passes each ``prime`` made)."""
    seeds = _fmix(np.arange(1, b + 1, dtype=np.uint64), _FMIX64)
    seeds.flags.writeable = False  # shared by every call: ``band_key_array`` only reads it
    return seeds


def band_key_row(h: Any, b: int, r: int) -> list[int]:
    """The keys of the first ``b`` bands of one MinHash or Signature (``band_key_array``), kept on
    a Signature so that a window asked for by the query side and then the index side is keyed
    once (a named speaker's statement is banded under 7 bands, looked up under 14). Python ints:
    they go to SQLite one by one, and a few small numpy calls a window would cost what they save."""
    kept = getattr(h, "keys", None)
    if kept is not None and kept[0] == r and len(kept[1]) >= b:
        return kept[1] if len(kept[1]) == b else kept[1][:b]
    keys = band_key_array(np.asarray(h.hashvalues), b, r).tolist()
    if isinstance(h, Signature):
        h.keys = (r, keys)
    return keys


def band_keys_of(h: Any, b: int, r: int) -> list[tuple[int, int]]:
    """(band, key) pairs of a MinHash or Signature for its first ``b`` bands (``band_key_row``)."""
    return list(enumerate(band_key_row(h, b, r)))


def shingle_hashes(shingles: list[str]) -> np.ndarray:
    """The 32-bit hash of each shingle: its UTF-8 bytes' CRC-32, one C call each (``map``), with
    no cache: a cached SHA-1 cost more than this uncached (0.36 s against 0.08 s for the BBC
    corpus's 569k shingles, 138k distinct). Stores keep the bands made from these values."""
    return np.fromiter(map(zlib.crc32, map(str.encode, shingles)), dtype=np.uint32, count=len(shingles))


def _permuted(shingles: list[str], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Each shingle's 64 permuted hashes, one row a shingle (uint32, wrapping as datasketch's)."""
    if not shingles:
        return np.empty((0, len(a)), dtype=np.uint32)
    hv = _fmix(shingle_hashes(shingles), _FMIX32).reshape(-1, 1)
    out = hv * a
    out += b  # in place: one array of shingles x permutations made, not two
    return out


class _Rows:
    """The permuted hashes of every word of a wording then of every word pair (``rows``, one row
    each, the pairs from row ``n`` on, hashed in one pass); ``paired``: row ``i`` the minimum of
    word ``i`` and the pair it starts, so that a window of ``w`` words is ``w - 1`` of those and its
    last word, one reduction; ``made``: the windows' signatures made so far, by (start, width)."""

    __slots__ = ("n", "rows", "_paired", "made")

    def __init__(self, n: int, rows: np.ndarray) -> None:
        self.n, self.rows, self._paired = n, rows, None
        self.made: dict[tuple[int, int], Signature] = {}

    def window(self, start: int, end: int) -> np.ndarray:
        """The minimum over the words ``start`` to ``end`` and the pairs among them."""
        if start == 0 and end == self.n:  # the whole wording: every row at once
            return self.rows.min(axis=0)
        if end - start == 1:
            return self.rows[start]
        if self._paired is None:
            self._paired = np.minimum(self.rows[: self.n - 1], self.rows[self.n :])
        return np.minimum(self._paired[start : end - 1].min(axis=0), self.rows[end - 1])


@functools.lru_cache(maxsize=512)
def _rows(words: tuple[str, ...], perms: Any) -> _Rows:
    """The rows of ``words`` (``_Rows``), kept for the query side and then the index side."""
    a, b = perms.value
    shingles = [*words, *map(" ".join, zip(words, words[1:]))]  # words hold no space: no pair is a word
    return _Rows(len(words), _permuted(shingles, a, b))


class _Perms:
    """The permutations, hashable by identity so the cache can key on them."""

    __slots__ = ("value",)

    def __init__(self, a: np.ndarray, b: np.ndarray) -> None:
        self.value = (a, b)


@functools.lru_cache(maxsize=8)
def _perms(a_bytes: bytes, b_bytes: bytes) -> _Perms:
    return _Perms(np.frombuffer(a_bytes, dtype=np.uint32), np.frombuffer(b_bytes, dtype=np.uint32))


_PERMS_SEEN: dict[int, tuple[tuple[np.ndarray, np.ndarray], _Perms]] = {}


def _perms_of(permutations: tuple[np.ndarray, np.ndarray]) -> _Perms:
    """``_perms`` of the permutations, found by identity first: callers pass the same tuple every time."""
    seen = _PERMS_SEEN.get(id(permutations))
    if seen is not None and seen[0] is permutations:
        return seen[1]
    a, b = permutations
    perms = _perms(a.astype(np.uint32).tobytes(), b.astype(np.uint32).tobytes())
    _PERMS_SEEN[id(permutations)] = (permutations, perms)  # kept alive, so the id is not reused
    return perms


_NEVER_READ = np.iinfo(np.uint32).max  # prime's row past the last paired row (the rows are uint32)

# The rows and windows of the wordings ``prime`` worked out last (one article's): bounded by
# what one call primes, since each call replaces them.
_PRIMED: dict[tuple[tuple[str, ...], _Perms], _Rows] = {}


def prime(wordings: list[list[str]], starts: list[list[int]], width: int,
          permutations: tuple[np.ndarray, np.ndarray], bands: tuple[int, int] | None = None) -> None:
    """Work out at once the rows of every wording of ``wordings`` and the signatures of its
    windows ``ws[s : s + width]`` for ``s`` in its ``starts``, for ``window_signatures`` to hand
    back: a few numpy calls for an article's sentences instead of a few for each sentence and
    window (numpy's cost on small arrays is mostly the call). The same values: a window's
    signature is the minimum of the same rows, taken in another order. ``bands``: (b, r), the
    windows' band keys worked out too (``band_key_row`` then hands them back)."""
    perms = _perms_of(permutations)
    _PRIMED.clear()
    todo: dict[tuple[str, ...], list[int]] = {}
    for ws, st in zip(wordings, starts):
        if ws:  # a wording met twice at two steps: the windows of both
            key = tuple(ws)
            todo[key] = sorted(set(todo[key]) | set(st)) if key in todo else st
    if not todo:
        return
    shingles: list[str] = []
    for words in todo:
        shingles += words
        shingles += map(" ".join, zip(words, words[1:]))
    rows = _permuted(shingles, *perms.value)
    first_word, first_pair, paired_at = [], [], 0  # where each wording's rows and paired rows begin
    word_rows: list[int] = []  # row numbers, one numpy array made of each list below (not one a wording)
    pair_rows: list[int] = []
    at = 0
    for words in todo:
        n = len(words)
        first_word.append(at)
        first_pair.append(paired_at)
        word_rows += range(at, at + n - 1)
        pair_rows += range(at + n, at + 2 * n - 1)
        at, paired_at = at + 2 * n - 1, paired_at + n - 1
    # Row ``i`` of a wording's paired rows: the minimum of word ``i`` and the pair it starts
    # (``_Rows``); one row more, never read, so that every segment's end is a valid index.
    paired = np.empty((paired_at + 1, rows.shape[1]), dtype=rows.dtype)
    np.minimum(rows[np.array(word_rows, dtype=np.intp)], rows[np.array(pair_rows, dtype=np.intp)],
               out=paired[:paired_at])
    paired[paired_at] = _NEVER_READ
    bounds, lasts, keys = [], [], []
    for (words, st), w0, p0 in zip(todo.items(), first_word, first_pair):
        n = len(words)
        for s in st:
            end = min(s + width, n)
            bounds += (p0 + s, p0 + end - 1)  # the paired rows of words s .. end - 2
            lasts.append(w0 + end - 1)  # and the window's last word
            keys.append((words, s))
    bounds_arr = np.array(bounds)
    segments = np.minimum.reduceat(paired, bounds_arr, axis=0)[::2]
    last = rows[np.array(lasts)]
    empty = (bounds_arr[1::2] == bounds_arr[::2]).reshape(-1, 1)  # a one-word window: its word alone
    sigs = np.where(empty, last, np.minimum(segments, last))
    band_keys = [None] * len(sigs) if bands is None else [(bands[1], k) for k in band_key_array(sigs, *bands).tolist()]
    made = {words: _Rows(len(words), rows[w0 : w0 + 2 * len(words) - 1]) for words, w0 in zip(todo, first_word)}
    for (words, s), sig, kept in zip(keys, sigs, band_keys):
        made[words].made[(s, width)] = Signature(sig, kept)
    for words, r in made.items():
        _PRIMED[(words, perms)] = r


def window_signatures(ws: list[str], starts: list[int], width: int,
                      permutations: tuple[np.ndarray, np.ndarray]) -> list[Signature]:
    """The signature of each window ``ws[s : s + width]`` for ``s`` in ``starts``: the minimum,
    over the window's words and word pairs, of each permutation. An empty ``ws`` is hashed as
    one empty shingle, as ``statements._shingles`` does."""
    perms = _perms_of(permutations)
    if not ws:
        return [Signature(_permuted([""], *perms.value)[0])]
    n = len(ws)
    key = tuple(ws)
    rows = _PRIMED.get((key, perms)) or _rows(key, perms)
    made = rows.made
    out = []
    for s in starts:
        sig = made.get((s, width))
        if sig is None:
            sig = made[(s, width)] = Signature(rows.window(s, min(s + width, n)))
        out.append(sig)
    return out
