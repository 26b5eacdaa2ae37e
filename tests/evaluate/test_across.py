"""eval-across: the composed set's gold holds together, the generator is reproducible and
injects what it says, the scorer counts pairs and flags right, and the command runs end to end."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.evaluate.across import (
    COMPOSED,
    FLAG_KINDS,
    GoldFlag,
    GoldQuote,
    StoredFlag,
    StoredQuote,
    read_composed,
    run_set,
    score_flags,
    score_store,
)
from saidwhat.evaluate.variants import (
    ALTERATIONS,
    alter,
    benign,
    generate,
    quotes_in_text,
    read_sources,
    write_set,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


# --- the composed set ----------------------------------------------------------------


def test_composed_set_covers_the_issue():
    gold = read_composed()
    assert len(gold.articles) >= 25
    assert len({a["outlet"] for a in gold.articles}) >= 10
    assert len({a["event"] for a in gold.articles}) >= 5
    assert {f.kind for f in gold.flags} == set(FLAG_KINDS)
    assert {f.change for f in gold.flags if f.kind == "altered"} == set(ALTERATIONS)


def test_composed_gold_quotes_are_printed_words():
    gold = read_composed()
    texts = {a["id"]: a["text"] for a in gold.articles}
    for q in gold.quotes:
        assert q.quote in texts[q.article], q
    for f in gold.flags:
        assert f.article in texts
        assert f.quote is None or f.quote in texts[f.article], f
    assert len({a["url"] for a in gold.articles}) == len(gold.articles)  # the store names articles by URL


def test_composed_splits_are_disjoint_events():
    halves = [read_composed(split=name) for name in ("dev", "test", "test2", "test3", "test4", "test5", "test6")]
    events = [{a["event"] for a in half.articles} for half in halves]
    assert all(half.articles for half in halves)
    assert all(not (one & other) for i, one in enumerate(events) for other in events[i + 1:])
    assert sum(len(half.articles) for half in halves) == len(read_composed().articles)
    with pytest.raises(ValueError, match="no split"):
        read_composed(split="train")


# --- the generator -------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "sentence", "changed"), [
    ("negation", "We will not cut the budget this year", "We will cut the budget this year"),
    ("negation", "We will cut the budget this year", "We will not cut the budget this year"),
    ("number", "We will hire 300 teachers by the end of the year", None),
    (
        "substituted",
        "This is a good deal for the workers of this country",
        "This is a bad deal for the workers of this country",
    ),
    ("dropped", "Residents in the eastern districts should boil their water before drinking it", None),
    ("inserted", "The tariff will stay in place for as long as it takes", None),
])
def test_alter_changes_the_words(kind, sentence, changed):
    out = alter(sentence, kind, random.Random(0), "unrelated words from another speaker entirely")
    assert out is not None and out != sentence
    if changed is not None:
        assert out == changed
    if kind == "dropped":
        assert len(out.split()) < len(sentence.split()) and "\u2026" not in out
    if kind == "inserted":
        assert len(out.split()) > len(sentence.split())


@pytest.mark.parametrize(("kind", "sentence", "expected"), [
    ("spelling", "We will not cut the defense budget", "We will not cut the defence budget"),
    ("numerals", "Carmakers have had four years to prepare", "Carmakers have had 4 years to prepare"),
    ("cannot", "We cannot ignore the border", "We can not ignore the border"),
    ("case", "We will not cut the budget", "we will not cut the budget"),
    ("case", "Clinton did a great job", None),
])
def test_benign_variants(kind, sentence, expected):
    assert benign(sentence, kind, random.Random(0)) == expected


def test_ellipsis_and_fragment_keep_negations():
    sentence = "Seventeen years ago this would not have been possible in any of the provinces at all"
    for seed in range(30):
        rng = random.Random(seed)
        for kind in ("ellipsis", "fragment"):
            out = benign(sentence, kind, rng)
            if out is not None and kind == "ellipsis":
                assert "not" in out.split()


def test_quotes_in_text_reads_both_patterns():
    text = ('"We will build the bridge before the winter sets in across the valley," said Anna Berg. '
            'Tom Hale said: "The council has not seen a single costed plan for it yet."')
    found = {q.speaker: q.sentences for q in quotes_in_text(text, "t")}
    assert found == {"Anna Berg": ("We will build the bridge before the winter sets in across the valley",),
                     "Tom Hale": ("The council has not seen a single costed plan for it yet",)}


def test_generator_is_seeded_and_its_gold_is_printed(tmp_path):
    one = generate(n=10, seed=3, sources=("wikinews",))
    assert one.articles == generate(n=10, seed=3, sources=("wikinews",)).articles
    assert one.articles != generate(n=10, seed=4, sources=("wikinews",)).articles
    texts = {a["id"]: a["text"] for a in one.articles}
    for q in one.quotes:
        assert q.quote in texts[q.article]
    for f in one.flags:
        assert f.quote is None or f.quote in texts[f.article]
    dev, test = (
        generate(n=10, seed=3, split="dev", sources=("wikinews",)),
        generate(n=10, seed=3, split="test", sources=("wikinews",)),
    )
    assert len(dev.articles) + len(test.articles) == len(one.articles)
    folder = write_set(one, tmp_path / "gen")
    assert sum(1 for _ in (folder / "articles.jsonl").open()) == len(one.articles)


def test_generator_at_scale_injects_every_kind():
    if not (SHARED / "data" / "bbc-news" / "bbc").is_dir() or not (SHARED / "data" / "polnear").is_dir():
        pytest.skip(f"PolNeAR and the BBC corpus are not at {SHARED} (the shared data beside the repository)")
    sources = read_sources()
    assert all(sources.values()), {k: len(v) for k, v in sources.items()}
    gold = generate(n=300, seed=1)
    kinds = Counter(f.kind for f in gold.flags)
    changes = Counter(f.change for f in gold.flags if f.kind == "altered")
    assert set(kinds) == set(FLAG_KINDS)
    assert set(changes) == set(ALTERATIONS)
    assert len({a["outlet"] for a in gold.articles}) >= 10


# --- scoring -------------------------------------------------------------------------


def test_pairs_and_flags_are_counted():
    gold_quotes = [GoldQuote("a", "we will not cut the budget", "g1"),
                   GoldQuote("b", "we will not cut the budget", "g1"),
                   GoldQuote("c", "we will cut the budget", "g1"), GoldQuote("c", "our forces are ready", "g2")]
    stored = [StoredQuote(1, "a", "We will not cut the budget", "body", (10,), ("we will not cut the budget",)),
              StoredQuote(2, "b", "we will not cut the budget", "body", (10,), ("we will not cut the budget",)),
              StoredQuote(3, "c", "We will cut the budget", "body", (11,), ("we will cut the budget",)),
              StoredQuote(4, "c", "Our forces are ready", "body", (10,), ("our forces are ready",)),
              StoredQuote(5, "c", "the minister said it was fine", "body", (12,), ("the minister said it was fine",))]
    flags = [StoredFlag("altered", "c", "We will cut the budget", "body", {}),
             StoredFlag("altered", "a", "We will not cut the budget", "body", {}),
             StoredFlag("headline", "c", None, None, {})]
    gold_flags = [GoldFlag("altered", "c", "we will cut the budget", "negation"), GoldFlag("recycled", "b")]
    from saidwhat.evaluate.across import GoldSet

    result = score_store(GoldSet("t", [{"id": x} for x in "abc"], gold_quotes, gold_flags), stored, flags)
    # gold same: (a,b), (a,c), (b,c); predicted same: (a,b), (a,c4), (b,c4)
    assert (result.grouping.found, result.grouping.predicted, result.grouping.gold) == (1, 3, 3)
    assert result.unannotated == 1 and result.matched_quotes == 4
    assert result.flags["altered"].as_dict() == {"precision": 0.5, "recall": 1.0, "right": 1, "predicted": 2,
                                                 "found": 1, "gold": 1}
    assert result.flags["recycled"].recall == 0.0 and result.flags["recycled"].precision is None
    assert result.flags["headline"].precision == 0.0
    assert len(result.errors["flags_missed"]) == 1 and len(result.errors["flags_wrong"]) == 2


def test_utterance_dates_are_scored_where_the_gold_states_them():
    # test2's boil-water story: the Tuesday article dates its quote, the Wednesday copy does not,
    # and the councilman's quote carries no gold day (not annotated, so not scored).
    gold_quotes = [
        GoldQuote("a68", "We will flush every main in the eastern district within 72 hours", "flush", "2024-07-09"),
        GoldQuote("a69", "We will flush every main in the eastern district within seventy-two hours", "flush",
                  "2024-07-09"),
        GoldQuote("a70", "Residents should boil their water until we tell them otherwise", "boil", "2024-07-09"),
        GoldQuote("a68", "People in the east end have been complaining about brown water for two years", "price"),
    ]
    stored = [
        StoredQuote(1, "a68", "We will flush every main in the eastern district within 72 hours", "body", (10,),
                    ("we will flush every main in the eastern district within 72 hours",), "2024-07-09"),
        StoredQuote(2, "a69", "We will flush every main in the eastern district within seventy-two hours", "body",
                    (10,), ("we will flush every main in the eastern district within seventy-two hours",), None,
                    ("2024-07-08", "2024-07-14")),  # "said this week" in a Sunday copy: a stretch, no day
        StoredQuote(3, "a70", "Residents should boil their water until we tell them otherwise", "body", (11,),
                    ("residents should boil their water until we tell them otherwise",), "2024-07-08"),
        StoredQuote(4, "a68", "People in the east end have been complaining about brown water for two years",
                    "body", (12,), ("people in the east end have been complaining about brown water for two years",),
                    "2024-07-09"),
    ]
    from saidwhat.evaluate.across import GoldSet

    result = score_store(GoldSet("t", [{"id": x} for x in ("a68", "a69", "a70")], gold_quotes, []), stored, [],
                         {10: "2024-07-09", 11: "2024-07-10", 12: "2024-07-09"})
    # the stretch is no day (coverage of days unchanged), counted apart as holding the gold day
    assert result.quote_dates.as_dict() == {"coverage": 0.6667, "precision": 0.5, "annotated": 3, "dated": 2,
                                            "right": 1, "ranged": 1, "ranged_right": 1}
    # statement level: "flush" shows the gold day, "boil" the next day (its earliest source's date)
    assert (result.statement_dates.annotated, result.statement_dates.dated, result.statement_dates.right) == (2, 2, 1)
    assert result.errors["dates_wrong"][0]["spoken_on"] == "2024-07-08"
    assert [e["article"] for e in result.errors["dates_missed"]] == ["a69"]
    assert result.as_dict()["utterance_dates"]["statements"]["precision"] == 0.5


def test_an_altered_flag_on_the_wrong_quote_is_wrong():
    scores, _ = score_flags([GoldFlag("altered", "a", "twelve new frigates", "number")],
                            [StoredFlag("altered", "a", "our forces are ready and they will remain", "body", {})])
    assert scores["altered"].found == 0 and scores["altered"].hit == 0


# --- end to end ----------------------------------------------------------------------


def _well_formed(result: dict) -> None:
    for score in [result["grouping_pairs"], *result["flags"].values()]:
        assert 0 <= score["right"] <= score["predicted"] and 0 <= score["found"] <= score["gold"]
        for key, num, den in (("precision", "right", "predicted"), ("recall", "found", "gold")):
            if score[den]:
                assert score[key] == pytest.approx(score[num] / score[den], abs=1e-4)
            else:
                assert score[key] is None
    assert set(result["flags"]) >= set(FLAG_KINDS)


def test_run_set_on_the_composed_dev_half():
    result = run_set(read_composed(split="dev")).as_dict(errors=True)
    assert result["articles"] == len(read_composed(split="dev").articles)
    assert result["gold_quotes_extracted"] <= result["gold_quotes"]
    assert result["grouping_pairs"]["gold"] > 0 and result["flags"]["altered"]["gold"] > 0
    _well_formed(result)
    assert set(result["errors"]) == {"quotes_not_extracted", "grouping_wrong_pairs", "grouping_missed_pairs",
                                     "flags_wrong", "flags_missed", "dates_wrong", "dates_missed",
                                     "statement_dates_wrong"}
    # the dev events carry no gold 'said': nothing is scored for dates there
    assert result["utterance_dates"]["quotes"]["annotated"] == 0


def test_eval_across_command_on_the_composed_set():
    runner = CliRunner()
    out = runner.invoke(main, ["eval-across", "--set", "composed", "--format", "json", "--errors"])
    assert out.exit_code == 0, out.output
    results = json.loads(out.output)
    assert [r["set"] for r in results] == ["composed/dev", "composed/test"]
    for r in results:
        _well_formed(r)
    table = runner.invoke(main, ["eval-across", "--split", "test"])
    assert table.exit_code == 0, table.output
    assert "composed/test" in table.output and "grouping" in table.output and "recycled" in table.output
    assert COMPOSED.is_dir()


def test_eval_across_reports_utterance_dates_on_a_held_out_set():
    table = CliRunner().invoke(main, ["eval-across", "--split", "test2"])
    assert table.exit_code == 0, table.output
    assert "utterance dates (gold 'said'): quotes" in table.output


def test_the_dates_gold_is_verbatim_and_scored():
    rows = [json.loads(line) for line in (COMPOSED / "dates_gold.jsonl").read_text("utf-8").splitlines() if line]
    assert len(rows) >= 40 and all(r["said"] is None or len(r["said"]) == 10 for r in rows)
    root = SHARED / "data" / "polnear" / "data" / "train" / "text"
    if not root.is_dir():
        pytest.skip("PolNeAR is not beside the repository")
    for r in rows:
        assert r["quote"] in (root / f"{r['doc']}.txt").read_text("utf-8"), r["quote"]
    out = CliRunner().invoke(main, ["eval-across", "--set", "dates", "--format", "json"])
    assert out.exit_code == 0, out.output
    scored = json.loads(out.output)
    # precision first: no date the gold does not give (the floor of the dates42 round: 22 of 28 dated, all right)
    assert scored["precision"] == 1.0 and scored["with_a_day"]["right"] >= 22


def test_a_stretch_counts_when_it_holds_the_day_and_is_a_week_at_most():
    from saidwhat.evaluate.across import in_range

    assert in_range("2026-11-25", "2026-11-23", "2026-11-29")  # "last week" of a 2 December article
    assert not in_range("2026-11-30", "2026-11-23", "2026-11-29")
    assert not in_range("2026-11-25", "2026-11-01", "2026-11-30")  # "last month": holds it, says too little
