"""eval-across --set polnear: the pairs file holds together, a side finds the stored sentence its
shared words fall in, pairs are counted and misses given a reason, and (slow) the command runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.evaluate.across_pairs import (
    DEV_PAIRS,
    HELDOUT,
    PAIRS,
    TRAIN_PAIRS,
    Filed,
    Pair,
    Side,
    _article_ranges,
    miss_reason,
    read_pairs,
    score_pairs,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
TRAIN = SHARED / "data" / "polnear" / "data" / "train" / "text"
DEV = TRAIN.parent.parent / "dev" / "text"


def test_pairs_file_holds_together():
    pairs = read_pairs(PAIRS)
    assert sum(p.same for p in pairs) >= 115
    assert sum(not p.same for p in pairs) >= 50
    seen = set()
    for p in pairs:
        assert p.a.article != p.b.article
        for side in (p.a, p.b):
            lo, hi = side.span[0][0], side.span[-1][1]
            assert lo <= side.at[0] < side.at[1] <= hi, side
        key = frozenset([(p.a.article, p.a.span), (p.b.article, p.b.span)])
        assert key not in seen
        seen.add(key)


@pytest.mark.skipif(not TRAIN.is_dir(), reason="PolNeAR is not in ../shared")
def test_pairs_name_train_articles_and_their_words():
    for p in read_pairs(PAIRS):
        for side in (p.a, p.b):
            text = (TRAIN / f"{side.article}.txt").read_text("utf-8")
            shared = text[side.at[0] : side.at[1]].lower().replace("\u2019", "'")
            assert p.words.split()[0].split("'")[0] in shared, (p.words, shared)


@pytest.mark.parametrize(
    "spans, start, end, expected",
    [
        ([[10, 20]], 2, 5, [(12, 15)]),
        # "abc def" from spans [0,3] and [10,13]: the joining space is no article character
        ([[0, 3], [10, 13]], 0, 7, [(0, 3), (10, 13)]),
        ([[0, 3], [10, 13]], 4, 6, [(10, 12)]),
    ],
)
def test_article_ranges_of_a_quote_of_several_spans(spans, start, end, expected):
    assert _article_ranges(spans, start, end) == expected


def _filed(sid, speaker="name:ana-ruiz", wording="we will not close the mill this winter", kind="direct"):
    return Filed(sid, speaker, wording, "new", kind, 0)


def test_score_pairs_counts_found_missed_and_wrong_merges():
    filed = {
        "x": [([(0, 40)], _filed(1))],
        "y": [([(100, 140)], _filed(1))],
        "z": [([(0, 40)], _filed(2))],
        "w": [([(0, 40)], _filed(3, speaker="name:tom-berg"))],
    }
    pairs = [
        Pair(Side("x", ((0, 40),), (5, 30)), Side("y", ((100, 140),), (105, 130)), True, "one statement"),
        Pair(Side("x", ((0, 40),), (5, 30)), Side("z", ((0, 40),), (5, 30)), True, "not grouped"),
        Pair(Side("y", ((100, 140),), (105, 130)), Side("x", ((0, 40),), (5, 30)), False, "a slogan"),
        Pair(Side("x", ((0, 40),), (5, 30)), Side("w", ((0, 40),), (5, 30)), False, "another speaker"),
        Pair(Side("x", ((0, 40),), (5, 30)), Side("v", ((0, 40),), (5, 30)), True, "v was not extracted"),
    ]
    r = score_pairs(pairs, filed)
    assert (r.same, r.found, r.different, r.merged) == (3, 1, 2, 1)
    assert r.recall == pytest.approx(1 / 3) and r.precision == pytest.approx(1 / 2)
    assert r.misses == {"same speaker: wording not matched": 1, "not extracted": 1}


@pytest.mark.parametrize(
    "a, b, reason",
    [
        ([], [_filed(1)], "not extracted"),
        ([_filed(1)], [_filed(2, speaker="?a7")], "speaker unresolved on one side"),
        ([_filed(1)], [_filed(2, speaker="name:tom-berg")], "different speakers"),
        ([_filed(1)], [_filed(2, wording="close the mill", kind="mixed")], "same speaker: fragment or mixed quote"),
        ([_filed(1)], [_filed(2, wording="we shall not shut the mill this winter")],
         "same speaker: wording not matched"),
    ],
)
def test_miss_reason(a, b, reason):
    assert miss_reason(a, b) == reason


@pytest.mark.slow
@pytest.mark.skipif(not TRAIN.is_dir(), reason="PolNeAR is not in ../shared")
def test_eval_across_polnear_runs():
    result = CliRunner().invoke(main, ["eval-across", "--set", "polnear", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"recall"' in result.output


def test_heldout_pairs_hold_together_and_are_not_first_file_pairs():
    first = {frozenset([(p.a.article, p.a.at), (p.b.article, p.b.at)]) for p in read_pairs(PAIRS)}
    held = read_pairs(HELDOUT)
    assert sum(p.same for p in held) >= 8 and sum(not p.same for p in held) >= 40
    for p in held:
        assert p.a.article != p.b.article
        assert frozenset([(p.a.article, p.a.at), (p.b.article, p.b.at)]) not in first
        for side in (p.a, p.b):
            assert side.span[0][0] <= side.at[0] < side.at[1] <= side.span[-1][1], side


@pytest.mark.skipif(not TRAIN.is_dir(), reason="PolNeAR is not in ../shared")
def test_heldout_pairs_name_train_articles_and_their_words():
    for p in read_pairs(HELDOUT):
        for side in (p.a, p.b):
            text = (TRAIN / f"{side.article}.txt").read_text("utf-8")
            shared = text[side.at[0] : side.at[1]].lower().replace("\u2019", "'").replace("-", " ")
            assert p.words.split()[0].split("'")[0] in shared, (p.words, shared)


def _key(p: Pair) -> frozenset:
    return frozenset([(p.a.article, p.a.at), (p.b.article, p.b.at)])


def _holds(outer: Side, inner: Side) -> bool:
    return outer.article == inner.article and outer.at[0] < inner.at[1] and inner.at[0] < outer.at[1]


def test_train_pairs_are_new_pairs_of_train():
    # The train pairs were read after both earlier files: none of their pairs, nor a pair whose two
    # sides fall in the two sides of one of theirs (the same two quotes read again).
    earlier = read_pairs(PAIRS) + read_pairs(HELDOUT)
    train = read_pairs(TRAIN_PAIRS)
    assert sum(p.same for p in train) >= 8 and sum(not p.same for p in train) >= 25
    assert len({_key(p) for p in train}) == len(train)
    for p in train:
        assert p.a.article != p.b.article
        assert p.same or p.why, p
        for side in (p.a, p.b):
            assert side.span[0][0] <= side.at[0] < side.at[1] <= side.span[-1][1], side
        for e in earlier:
            assert not ((_holds(e.a, p.a) and _holds(e.b, p.b)) or (_holds(e.a, p.b) and _holds(e.b, p.a))), p


@pytest.mark.skipif(not TRAIN.is_dir(), reason="PolNeAR is not in ../shared")
def test_train_pairs_name_train_articles_and_their_words():
    for p in read_pairs(TRAIN_PAIRS):
        for side in (p.a, p.b):
            text = (TRAIN / f"{side.article}.txt").read_text("utf-8")
            shared = text[side.at[0] : side.at[1]].lower().replace("\u2019", "'")
            assert p.words.split()[0].split("'")[0] in shared, (p.words, shared)


@pytest.mark.skipif(not DEV.is_dir(), reason="PolNeAR is not in ../shared")
def test_dev_pairs_name_dev_articles_only_and_their_words():
    # The dev pairs are scored on dev linked alone: a train article in them would never be found.
    pairs = read_pairs(DEV_PAIRS)
    assert sum(p.same for p in pairs) >= 15 and sum(not p.same for p in pairs) >= 30
    for p in pairs:
        assert p.a.article != p.b.article
        for side in (p.a, p.b):
            assert side.span[0][0] <= side.at[0] < side.at[1] <= side.span[-1][1], side
            text = (DEV / f"{side.article}.txt").read_text("utf-8")
            shared = text[side.at[0] : side.at[1]].lower().replace("\u2019", "'")
            assert p.words.split()[0].split("'")[0] in shared, (p.words, shared)


def _candidates_script():
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "scripts" / "polnear_pair_candidates.py"
    spec = importlib.util.spec_from_file_location("polnear_pair_candidates", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_candidate_search_skips_pairs_already_read():
    # --skip drops a candidate of two quotes a pairs file has read: every pair of a file is read,
    # and no train pair was read in the two files before it.
    import json

    script = _candidates_script()
    first = [json.loads(line) for line in PAIRS.read_text("utf-8").splitlines() if line.strip()]
    held = [json.loads(line) for line in HELDOUT.read_text("utf-8").splitlines() if line.strip()]
    train = [json.loads(line) for line in TRAIN_PAIRS.read_text("utf-8").splitlines() if line.strip()]
    assert all(script.already_read(p, first) for p in first)
    assert not any(script.already_read(p, first + held) for p in train)


BBC = SHARED / "data" / "bbc-news" / "bbc"


def test_bbc_pairs_read_and_name_articles_a_store_keeps():
    # The BBC pairs (POLNEAR.md, "The BBC pairs"): both kinds read, each side's shared words inside
    # its quoted span, and every article one a store keeps (a file of another's text is left out).
    from saidwhat.evaluate.across_pairs import BBC_PAIRS, bbc_records

    pairs = read_pairs(BBC_PAIRS)
    assert sum(p.same for p in pairs) >= 80 and sum(not p.same for p in pairs) >= 30
    for p in pairs:
        for side in (p.a, p.b):
            assert any(s <= side.at[0] and side.at[1] <= e for s, e in side.span)
        assert p.a.article != p.b.article
    if not BBC.exists():
        pytest.skip("the BBC corpus is not under ../shared")
    records = {r["id"]: r["text"] for r in bbc_records(BBC)}
    assert len(records) == 2089  # of 2,225 files
    for p in pairs:
        for side in (p.a, p.b):
            text = records[side.article]
            assert p.words.split()[0] in text[side.at[0]:side.at[1]].lower().replace("’", "'")
