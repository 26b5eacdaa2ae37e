"""The scorer on small hand-made cases, so that the metric itself can be trusted."""

from __future__ import annotations

import pytest

from saidwhat.evaluate.score import Counts, Item, char_set, dice, pair_greedily, prf, score_document
from saidwhat.models import Span

TEXT = 'Smith said the plan "will work for everyone in town". Jones told reporters she disagreed.'


def at(fragment: str) -> Span:
    start = TEXT.index(fragment)
    return Span(start, start + len(fragment))


SMITH = at("Smith")
JONES = at("Jones")
QUOTE1 = at('the plan "will work for everyone in town"')
QUOTE2 = at("she disagreed")
WITHOUT_THE_PLAN = at('"will work for everyone in town"')  # 32 of the 37 non-space characters
IN_TOWN = at('one in town"')  # 11 of 37: overlaps, Dice < 0.5


def gold():
    return [
        Item((QUOTE1,), (SMITH,), kind="mixed"),
        Item((QUOTE2,), (JONES,), kind="indirect"),
    ]


def scores(gold_items, pred_items, text=TEXT):
    doc = score_document(gold_items, pred_items, text)
    counts = doc.counts()
    return {name: c.scores() for name, c in counts.items()}, counts


def test_spans_index_the_text_we_think():
    assert QUOTE1.of(TEXT) == 'the plan "will work for everyone in town"'
    assert QUOTE2.of(TEXT) == "she disagreed"
    assert SMITH.of(TEXT) == "Smith" and JONES.of(TEXT) == "Jones"


def test_perfect_prediction_scores_100_everywhere():
    s, counts = scores(gold(), gold())
    for key in ("lenient.f1", "partial.f1", "strict.f1", "speaker.accuracy", "attributed.f1"):
        assert s["all"][key] == pytest.approx(100.0)
    assert counts["direct/mixed"].gold == 1 and counts["indirect"].gold == 1


def test_empty_prediction_scores_zero_recall_and_zero_precision():
    s, counts = scores(gold(), [])
    assert counts["all"].pred == 0 and counts["all"].gold == 2
    assert s["all"]["partial.recall"] == 0.0 and s["all"]["partial.precision"] == 0.0
    assert s["all"]["attributed.f1"] == 0.0


def test_empty_gold_makes_every_prediction_a_false_alarm():
    s, counts = scores([], gold())
    assert counts["all"].gold == 0 and counts["all"].pred == 2
    assert s["all"]["lenient.precision"] == 0.0


def test_nothing_at_all_is_not_an_error():
    s, _ = scores([], [])
    assert s["all"]["attributed.f1"] == 0.0


def test_partial_overlap_counts_at_partial_but_not_strict():
    pred = [Item((WITHOUT_THE_PLAN,), (SMITH,), kind="direct"), gold()[1]]
    s, counts = scores(gold(), pred)
    d = dice(char_set([QUOTE1], TEXT), char_set([WITHOUT_THE_PLAN], TEXT))
    assert 0.5 <= d < 0.9
    assert counts["all"].matched == {"lenient": 2, "partial": 2, "strict": 1}
    assert s["all"]["partial.f1"] == pytest.approx(100.0)
    assert s["all"]["strict.f1"] == pytest.approx(50.0)
    # the pair follows its gold quote's subset (mixed), not the prediction's own kind (direct)
    assert counts["direct/mixed"].pred == 1 and counts["direct/mixed"].matched["partial"] == 1


def test_small_overlap_is_lenient_only():
    pred = [Item((IN_TOWN,), (SMITH,), kind="direct")]  # "in town" of the long quote
    _, counts = scores(gold(), pred)
    assert counts["all"].matched == {"lenient": 1, "partial": 0, "strict": 0}
    assert counts["all"].attributed == 0


def test_split_prediction_matches_once_and_the_rest_is_a_false_alarm():
    # One gold quote covered by two predictions: the bigger half is paired, the other is a false alarm.
    halves = [Item((at('the plan "will work for '),), (SMITH,)), Item((at('everyone in town"'),), (SMITH,))]
    doc = score_document(gold()[:1], halves, TEXT)
    assert len(doc.pairs) == 1 and doc.pairs[0].pred == 0
    c = doc.counts()["all"]
    assert c.pred == 2 and c.matched["lenient"] == 1 and c.matched["partial"] == 1
    p, r, f = prf(c.matched["partial"], c.pred, c.gold)
    assert (p, r) == (0.5, 1.0)


def test_swapped_speakers_keep_content_scores_and_lose_attribution():
    swapped = [Item((QUOTE1,), (JONES,), kind="mixed"), Item((QUOTE2,), (SMITH,), kind="indirect")]
    s, counts = scores(gold(), swapped)
    assert s["all"]["partial.f1"] == pytest.approx(100.0)
    assert s["all"]["speaker.accuracy"] == 0.0
    assert s["all"]["attributed.f1"] == 0.0


def test_speaker_rules_for_missing_speakers():
    nobody = Item((QUOTE2,), ())
    assert score_document([nobody], [nobody], TEXT).pairs[0].speaker_ok
    assert not score_document([nobody], [Item((QUOTE2,), (JONES,))], TEXT).pairs[0].speaker_ok
    assert not score_document([Item((QUOTE2,), (JONES,))], [nobody], TEXT).pairs[0].speaker_ok
    # a partial overlap of the mention is enough ("Jones" vs "Ms. Jones")
    assert score_document([Item((QUOTE2,), (at(". Jones"),))], [Item((QUOTE2,), (JONES,))], TEXT).pairs[0].speaker_ok


def test_whitespace_does_not_count():
    said = at(" said ")
    assert char_set([said], TEXT) == frozenset(range(said.start + 1, said.end - 1))
    space = Span(said.start, said.start + 1)
    assert dice(char_set([space], TEXT), char_set([space], TEXT)) == 0.0


def test_discontinuous_gold_spans_are_one_quote():
    two_parts = Item((at("the plan"), WITHOUT_THE_PLAN), (SMITH,))
    whole = Item((QUOTE1,), (SMITH,))
    doc = score_document([two_parts], [whole], TEXT)
    assert doc.pairs[0].dice == pytest.approx(1.0)


def test_greedy_pairing_takes_the_best_pair_first():
    a, b = frozenset(range(10)), frozenset(range(5, 10))
    # pred 0 overlaps both golds; gold 1 is its best match, so gold 0 goes to pred 1
    pairs = pair_greedily([a, b], [b, a])
    assert sorted((g, p) for g, p, _ in pairs) == [(0, 1), (1, 0)]


def test_counts_add_up_over_documents_and_subsets():
    _, c1 = scores(gold(), gold())
    _, c2 = scores(gold(), [])
    total = Counts()
    total += c1["all"]
    total += c2["all"]
    assert (total.gold, total.pred, total.attributed) == (4, 2, 2)
    assert total.scores()["attributed.recall"] == pytest.approx(50.0)
    assert c1["direct/mixed"].gold + c1["indirect"].gold == c1["all"].gold
    assert c1["direct/mixed"].pred + c1["indirect"].pred == c1["all"].pred


# PolNeAR marks one mention of a source; a prediction naming the same person at another mention counts.
NAMED = "Paul Manafort met donors. Mr. Manafort said the plan would work, and he said it would last."


@pytest.mark.parametrize(
    ("gold_mention", "pred_mention", "resolved", "text", "right"),
    [
        ("Mr. Manafort", "he", "Paul Manafort", NAMED, True),  # the pronoun resolved to the gold's name
        ("Mr. Manafort", "he", "Paul Smith", NAMED, False),  # resolved to someone else
        ("Mr. Manafort", "he", "", NAMED, False),  # not resolved
        ("he", "Paul Manafort", "Paul Manafort", NAMED, False),  # a gold pronoun: the scorer cannot tell whom
        # the surname is two people's in this article
        ("Clinton", "she", "Hillary Clinton", "Bill Clinton and Hillary Clinton came. Clinton said she knew it.",
         False),
        # the last word of the sentence before the surname is no given name
        ("Manafort", "he", "Paul Manafort", "Paul Manafort met Culberson. Manafort said he knew it.", True),
        ("Manafort", "he", "Paul Manafort", "Exclusive–Paul Manafort met them, Thursday. Manafort said he knew it.",
         True),
        # a party tag in brackets after the name
        ("Sen. Paul Manafort (R-Va.)", "he", "Paul Manafort",
         "Sen. Paul Manafort (R-Va.) met donors, and he said he knew it.", True),
        # an honorific of the other gender than the resolved name's given name
        ("Mrs. Clinton", "he", "Bill Clinton", "Bill Clinton came. Mrs. Clinton said he knew it.", False),
        # a relative pronoun's antecedent is a guess at a noun, not read through its name
        ("Mr. Manafort", "who", "Paul Manafort", "Paul Manafort met Mr. Manafort's friend who knew it.", False),
    ],
)
def test_same_named_person_at_another_mention(gold_mention, pred_mention, resolved, text, right):
    fragment = "knew it" if "knew it" in text else "it would last"

    def span(part: str) -> Span:
        start = text.index(part)
        return Span(start, start + len(part))

    gold_item = Item((span(fragment),), (span(gold_mention),))
    pred_item = Item((span(fragment),), (span(pred_mention),), speaker_name=resolved)
    assert score_document([gold_item], [pred_item], text).pairs[0].speaker_ok is right


# PolNeAR gives a token one role in one attribution: a source two cues share is marked on one of them only.
SHARED = ("Clinton says she respects Sanders' passion but argues that he can't deliver on his promises.\n"
          "Later, Trump said he would win.")


def _at(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


@pytest.mark.parametrize(
    ("pred_speaker", "pred_cue", "right"),
    [
        ("Clinton", "argues", True),  # the other cue's source, named through a cue of its own
        ("Clinton", "says", False),  # the other attribution itself, paired with the wrong gold
        ("Trump", "argues", False),  # a source in another paragraph shares nothing
    ],
)
def test_a_source_shared_by_two_cues_is_marked_once(pred_speaker, pred_cue, right):
    says = Item((_at(SHARED, "she respects Sanders' passion"),), (_at(SHARED, "Clinton"),), cue=(_at(SHARED, "says"),))
    argues = Item((_at(SHARED, "that he can't deliver on his promises"),), (), cue=(_at(SHARED, "argues"),))
    trump = Item((_at(SHARED, "he would win"),), (_at(SHARED, "Trump"),), cue=(_at(SHARED, "said"),))
    pred = Item((_at(SHARED, "that he can't deliver on his promises"),), (_at(SHARED, pred_speaker),),
                cue=(_at(SHARED, pred_cue),))
    doc = score_document([says, argues, trump], [pred], SHARED)
    assert [(p.gold, p.speaker_ok) for p in doc.pairs] == [(1, right)]


RELATIVE = "Mr. Wiley walked them through a slide show that predicted victory, and a memo which said nothing."


@pytest.mark.parametrize(
    ("gold_source", "pred_speaker", "right"),
    [
        ("a slide show", "that", True),  # PolNeAR marked the noun phrase, the program its relative pronoun
        ("Mr. Wiley", "that", False),  # the pronoun stands for the noun right before it, not the subject
        ("a slide show", "which", False),  # another clause's pronoun
    ],
)
def test_a_relative_pronoun_is_the_noun_phrase_right_before_it(gold_source, pred_speaker, right):
    content = _at(RELATIVE, "victory")
    doc = score_document([Item((content,), (_at(RELATIVE, gold_source),))],
                         [Item((content,), (_at(RELATIVE, pred_speaker),))], RELATIVE)
    assert doc.pairs[0].speaker_ok is right
