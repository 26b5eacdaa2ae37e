"""Reading gold annotations: brat standoff edge cases, PolNeAR itself, and the JSONL format."""

from __future__ import annotations

import json

import pytest

from saidwhat.errors import InputError, UnreadableError
from saidwhat.evaluate.gold import parse_brat, read_gold, read_jsonl_gold, read_polnear
from saidwhat.evaluate.rules import is_speech_cue, quote_kind

TEXT = (
    "Budget Fight Looms.\n\n"
    '"We will not back down," Smith said on Monday, "not this time." '
    "Analysts believe the deal will fail.\n"
)


def span_of(fragment: str) -> str:
    start = TEXT.index(fragment)
    return f"{start} {start + len(fragment)}"


def test_discontinuous_content_missing_source_and_dangling_events():
    first, second = '"We will not back down,"', '"not this time."'
    ann = "\n".join(
        [
            f"T1\tSource {span_of('Smith')}\tSmith",
            f"T2\tCue {span_of('said')}\tsaid",
            f"T3\tContent {span_of(first)};{span_of(second)}\t{first} {second}",
            f"T4\tAttribution {span_of('said')}\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            f"T5\tCue {span_of('believe')}\tbelieve",
            f"T6\tContent {span_of('the deal will fail')}\tthe deal will fail",
            f"T7\tContent {span_of('Analysts')}\tAnalysts",  # a second content role, numbered
            f"T8\tAttribution-no-source {span_of('believe')}\tbelieve",
            "E2\tAttribution-no-source:T8 Cue:T5 Content:T6 Content2:T7",
            "E3\tAttribution-no-source:T8 ",  # PolNeAR has a few events with no content
            f"T9\tDiscuss {span_of('Budget Fight Looms.')}\tBudget Fight Looms.",
            "",
            "a line that continues a span text holding a newline",
        ]
    )
    quotes = parse_brat(ann, TEXT)
    assert len(quotes) == 2
    smith = next(q for q in quotes if q.id == "E1")
    assert [s.of(TEXT) for s in smith.spans] == [first, second]
    assert [s.of(TEXT) for s in smith.speaker] == ["Smith"]
    assert smith.kind == "direct" and smith.speech
    belief = next(q for q in quotes if q.id == "E2")
    assert belief.speaker == ()
    assert [s.of(TEXT) for s in belief.spans] == ["Analysts", "the deal will fail"]  # text order
    assert belief.kind == "indirect" and not belief.speech


@pytest.mark.parametrize(
    ("source", "cue", "speaker"),
    [
        ("said", "Smith", "Smith"),  # the annotator swapped the labels: read the right way round
        ("Smith", "said", "Smith"),
        ("Analysts", "believe", "Analysts"),
    ],
)
def test_a_swapped_source_and_cue_are_read_the_right_way_round(source, cue, speaker):
    ann = "\n".join(
        [
            f"T1\tSource {span_of(source)}\t{source}",
            f"T2\tCue {span_of(cue)}\t{cue}",
            f"T3\tContent {span_of('not this time.')}\tnot this time.",
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        ]
    )
    quote = parse_brat(ann, TEXT)[0]
    assert [s.of(TEXT) for s in quote.speaker] == [speaker]
    assert [s.of(TEXT) for s in quote.cue] == [{"Smith": "said", "Analysts": "believe"}[speaker]]


def test_the_polnear_train_annotations_that_swap_source_and_cue_are_read_unswapped(polnear):
    """'“...,” said Bolton' and 'According to the Iraqi activist group Mosul Eye, ...' in PolNeAR train."""
    docs = {d.article.id: d for d in read_polnear(polnear, split="train")}
    bolton = next(d for i, d in docs.items() if i.startswith("breitbart_2016-05-05_bolton-and-gorka"))
    quote = next(q for q in bolton.quotes if q.id == "E9")
    text = bolton.article.text
    assert ([s.of(text) for s in quote.speaker], [s.of(text) for s in quote.cue]) == (["Bolton"], ["said"])
    mosul = next(d for i, d in docs.items() if i.startswith("west-journal_2015-12-16_after-isis-death"))
    quote = next(q for q in mosul.quotes if q.id == "E8")
    text = mosul.article.text
    assert [s.of(text) for s in quote.speaker] == ["the Iraqi activist group Mosul Eye"]


def test_bad_offsets_are_reported_with_the_file():
    with pytest.raises(UnreadableError, match="x.ann:1"):
        parse_brat("T1\tContent 5 9999\tx", TEXT, source="x.ann")


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ('"We will win."', "direct"),
        ("“We will win”.", "direct"),
        ("that the plan was “a disaster”", "mixed"),
        ("«Non», dit-il", "mixed"),
        ("that he would win", "indirect"),
        ("the candidate’s plan", "indirect"),
        ("''This isn't tax reform,''", "direct"),  # the NYT archive's two-apostrophe quotes
        ("that it is ''fiscally responsible''", "mixed"),
        ("the voters' choice", "indirect"),  # an apostrophe is not a quotation mark
    ],
)
def test_quote_kind(content, kind):
    assert quote_kind(content) == kind


@pytest.mark.parametrize(
    ("cue", "speech"),
    [
        ("said", True),
        ("told reporters", True),
        ("according to", True),
        ("said in a statement", True),
        (":", True),
        ("", True),
        ("believes", False),
        ("shows", False),
        ("is expected", False),
        ("wants", False),
    ],
)
def test_speech_cues(cue, speech):
    assert is_speech_cue(cue) is speech


def test_jsonl_gold(tmp_path):
    start = TEXT.index('"We will')
    record = {
        "id": "a1",
        "text": TEXT,
        "published": "2024-09-19",
        "quotes": [
            {"spans": [[start, start + 24]], "speaker": [[TEXT.index("Smith"), TEXT.index("Smith") + 5]]},
            {"spans": [[TEXT.index("the deal"), TEXT.index("fail") + 4]], "speaker": None, "kind": "indirect"},
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n\n" + json.dumps({**record, "id": "a2", "quotes": []}) + "\n")
    docs = list(read_gold(path))
    assert [d.article.id for d in docs] == ["a1", "a2"]
    assert docs[0].article.published.year == 2024
    q1, q2 = docs[0].quotes
    assert q1.kind == "direct" and q1.speaker[0].of(TEXT) == "Smith"
    assert q2.speaker == () and q2.spans[0].of(TEXT) == "the deal will fail"
    assert len(list(read_jsonl_gold(path, limit=1))) == 1


def test_jsonl_gold_rejects_bad_records(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "short", "quotes": [{"spans": [[0, 99]]}]}) + "\n")
    with pytest.raises(UnreadableError, match="bad.jsonl:1"):
        list(read_gold(path))


def test_missing_gold_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        list(read_gold(tmp_path / "nothing-here"))
    with pytest.raises(InputError, match="no PolNeAR split"):
        list(read_gold(tmp_path, split="dev"))


def test_polnear_dev_reads_whole_and_offsets_hold(polnear):
    docs = list(read_polnear(polnear, split="dev"))
    assert len(docs) == 84
    quotes = [q for d in docs for q in d.quotes]
    assert len(quotes) > 2000
    kinds = {q.kind for q in quotes}
    assert kinds == {"direct", "mixed", "indirect"}
    assert any(len(q.spans) > 1 for q in quotes)  # discontinuous contents are kept
    assert any(not q.speaker for q in quotes)  # source-less attributions are kept
    for d in docs:
        assert d.article.headline is None and d.article.text.startswith(d.article.text.split("\n", 1)[0])
        for q in d.quotes:
            assert all(s.end <= len(d.article.text) for s in (*q.spans, *q.speaker, *q.cue))
    # the two multiply-annotated documents take the most complete annotation, deterministically
    flynn = next(d for d in docs if d.article.id.startswith("politico_2016-09-08_flynn"))
    assert flynn.annotator == "4b22" and len(flynn.quotes) == 9
    assert flynn.article.outlet == "politico" and flynn.article.published.year == 2016
