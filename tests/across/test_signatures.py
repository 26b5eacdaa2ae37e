"""The numpy MinHash signatures equal the affine32 scheme worked out one shingle at a time, and
datasketch's LSH reads them: stores keep bands made from them."""

from __future__ import annotations

import subprocess
import sys
import zlib

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from saidwhat.across import signatures
from saidwhat.across import statements as st
from saidwhat.across.signatures import band_keys_of
from saidwhat.across.text import normalize

WORDINGS = [
    "",
    "yes",
    "we will not",
    "Your fight is our fight, and we will stand with Ukraine for as long as it takes",
    "The Alliance agreed that Ukraine will become a member of NATO; the road is irreversible, "
    "and the allies said so again in Washington in July, with 40 billion euros of aid a year",
    "Les élèves n'ont pas compris — « c'est trop tard », a-t-il dit, 3.5% de plus",
]


def _fmix32(h: int) -> int:
    """MurmurHash3's 32-bit finaliser, in plain Python."""
    h ^= h >> 16
    h = h * 0x85EBCA6B & 0xFFFFFFFF
    h ^= h >> 13
    h = h * 0xC2B2AE35 & 0xFFFFFFFF
    return h ^ h >> 16


def _one_by_one(ws: list[str], step: int) -> list[np.ndarray]:
    """Each window's MinHash the slow way: every shingle's CRC-32, finalised, permuted ``a * h + b``
    modulo 2**32, and the minimum over the shingles for each permutation."""
    a, b = (p.astype(np.uint64) for p in st._PERMUTATIONS)
    out = []
    for window in st.windows(ws, step):
        hashed = np.array([_fmix32(zlib.crc32(s)) for s in st._shingles(window)], dtype=np.uint64)
        out.append(((hashed.reshape(-1, 1) * a + b) % 2**32).min(axis=0).astype(np.uint32))
    return out


@pytest.mark.parametrize("text", WORDINGS)
@pytest.mark.parametrize("step", [st.QUERY_STEP, st.INDEX_STEP])
def test_signatures_equal_one_by_one(text: str, step: int) -> None:
    ws = normalize(text).split()
    ours, slow = st.minhashes(ws, step), _one_by_one(ws, step)
    assert len(ours) == len(slow) == len(st.windows(ws, step))
    for a, b in zip(ours, slow):
        assert a.hashvalues.dtype == np.uint32
        assert np.array_equal(a.hashvalues, b)


def test_values_are_pinned() -> None:
    """Stores keep the bands of these values: a change to the shingle hash or the permutations must
    come with a migration that bands every statement again (as 0023 did), so some are pinned here."""
    (sig,) = st.minhashes("your fight is our fight".split(), st.INDEX_STEP)
    assert sig.hashvalues[:3].tolist() == PINNED
    assert signatures.shingle_hashes(["fight", "our fight"]).tolist() == [zlib.crc32(b"fight"),
                                                                          zlib.crc32(b"our fight")]


PINNED = [17262112, 490821370, 171599148]


def test_permutations_are_datasketchs() -> None:
    """The permutations are drawn without importing datasketch (its package imports scipy.integrate
    in every ingest that links), as datasketch's MinHash draws them."""
    assert np.array_equal(st._PERMUTATIONS, MinHash(num_perm=st.NUM_PERM).permutations)
    assert st._PERMUTATIONS.dtype == np.uint32


def test_linking_does_not_import_datasketch() -> None:
    """``ingest`` links with the store's bands: datasketch (and the scipy.integrate it imports) is
    imported only by the in-memory index."""
    code = "import sys, saidwhat.across.link; print('datasketch' in sys.modules, 'scipy.integrate' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_datasketch_lsh_reads_signatures() -> None:
    """The in-memory index (``statements.MemoryBands``) is datasketch's LSH over these signatures:
    a window finds its own, and a datasketch MinHash and a signature of the same values key alike."""
    sig = st.minhashes(normalize(WORDINGS[3]).split(), st.INDEX_STEP)[0]
    lsh = MinHashLSH(threshold=st.LSH_THRESHOLD, num_perm=st.NUM_PERM)
    lsh.insert("s1", sig)
    assert lsh.query(sig) == ["s1"]
    twin = MinHash(num_perm=st.NUM_PERM, hashvalues=sig.hashvalues, permutations=st._PERMUTATIONS, scheme="affine32")
    assert band_keys_of(twin, 14, 4) == band_keys_of(sig, 14, 4)


def test_index_windows_reuse_query_windows() -> None:
    """The index side's windows are the query side's, so their band keys are worked out once."""
    ws = normalize(WORDINGS[4]).split()
    query = {id(s) for s in st.minhashes(ws, st.QUERY_STEP)}
    assert {id(s) for s in st.minhashes(ws, st.INDEX_STEP)} <= query


def test_primed_windows_equal_one_by_one() -> None:
    """An article's sentences primed together (``prepare_windows``) give each window the values
    worked out one sentence at a time."""
    texts = [normalize(t) for t in WORDINGS] + ["one", "two words", normalize(WORDINGS[4]) + " and more words still"]
    alone = {(t, step): [s.hashvalues.copy() for s in st.minhashes(t.split(), step)]
             for t in texts for step in (st.QUERY_STEP, st.INDEX_STEP)}
    st.prepare_windows(texts)
    assert len(signatures._PRIMED) == len({t for t in texts if t})
    for (t, step), values in alone.items():
        primed = st.minhashes(t.split(), step)
        assert len(primed) == len(values)
        for a, b in zip(primed, values):
            assert a.hashvalues.dtype == b.dtype
            assert np.array_equal(a.hashvalues, b)


def test_primed_one_word_wordings_equal_one_by_one() -> None:
    """An article whose sentences are all one word primes no word pair (an empty list of paired rows)."""
    texts = ["yes", "no", "maybe"]
    st.prepare_windows(texts)
    for t in texts:
        (primed,) = st.minhashes([t], st.QUERY_STEP)
        assert np.array_equal(primed.hashvalues, _one_by_one([t], st.QUERY_STEP)[0])
