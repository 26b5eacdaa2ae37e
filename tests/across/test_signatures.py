"""The numpy MinHash signatures equal datasketch's, bit for bit: stores keep bands made from them."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash

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
        assert band_keys_of(a, 14, 4) == st.band_keys(b, 14, 4)


def test_index_windows_reuse_query_windows() -> None:
    """The index side's windows are the query side's, so their band keys are worked out once."""
    ws = normalize(WORDINGS[4]).split()
    query = {id(s) for s in st.minhashes(ws, st.QUERY_STEP)}
    assert {id(s) for s in st.minhashes(ws, st.INDEX_STEP)} <= query
