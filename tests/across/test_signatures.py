"""The numpy MinHash signatures equal datasketch's, bit for bit: stores keep bands made from them."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash

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


def _datasketch(ws: list[str], step: int) -> list[MinHash]:
    return MinHash.bulk([st._shingles(w) for w in st.windows(ws, step)], num_perm=st.NUM_PERM,
                        permutations=st._PERMUTATIONS, scheme=st._SCHEME)


@pytest.mark.parametrize("text", WORDINGS)
@pytest.mark.parametrize("step", [st.QUERY_STEP, st.INDEX_STEP])
def test_signatures_equal_datasketch(text: str, step: int) -> None:
    ws = normalize(text).split()
    ours, theirs = st.minhashes(ws, step), _datasketch(ws, step)
    assert len(ours) == len(theirs) == len(st.windows(ws, step))
    for a, b in zip(ours, theirs):
        assert a.hashvalues.dtype == b.hashvalues.dtype
        assert np.array_equal(a.hashvalues, b.hashvalues)
        assert band_keys_of(a, 14, 4) == band_keys_of(b, 14, 4)  # a datasketch MinHash keys the same


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
