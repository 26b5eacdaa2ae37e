"""The canonical-speaker gold set: the bundled file holds together, the loader rejects broken lines,
and the scorer gives exactly the expected numbers on a hand-made example."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.errors import InputError
from saidwhat.evaluate.speakers_gold import (
    PredictedSpeaker,
    SpeakerEvaluation,
    SpeakerGold,
    SpeakerQuote,
    evaluate_speakers,
    format_speaker_errors,
    format_speaker_table,
    is_speaker_gold,
    match_quotes,
    normalize_name,
    read_speaker_gold,
    score_speakers,
)
from saidwhat.models import Article, Span

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
GOLD = REPO / "evaluation" / "speakers"
BBC = SHARED / "data" / "bbc-news" / "bbc"
WEB = SHARED / "data" / "article-extraction-benchmark"
POLNEAR = SHARED / "data" / "polnear"

# ------------------------------------------------------------ the bundled set


def test_bundled_wikinews_part_loads_and_checks_itself(tmp_path):
    gold = read_speaker_gold(GOLD, bbc_root=tmp_path / "absent")  # the Wikinews part needs nothing else
    wikinews = [q for q in gold.quotes if q.source == "wikinews"]
    assert len(wikinews) >= 250
    assert gold.skipped and "BBC part" in gold.skipped[0]
    assert len({q.id for q in gold.quotes}) == len(gold.quotes)
    for q in wikinews:  # the loader already compared spans and text; the text is the article's
        assert " ".join(s.of(gold.articles[q.article].text) for s in q.spans) == q.text
    halves = {q.split for q in wikinews}
    assert halves == {"train", "dev"}
    for kind in ("person", "org", "group", "document"):
        assert any(q.type == kind for q in wikinews), kind


def test_bundled_bbc_part_matches_the_corpus():
    if not BBC.is_dir():
        pytest.skip(f"the BBC corpus is not at {BBC} (the ../shared folder beside the repo)")
    gold = read_speaker_gold(GOLD)  # finds ../shared by itself
    bbc = [q for q in gold.quotes if q.source == "bbc"]
    assert not gold.skipped
    assert len(bbc) >= 150 and len(gold.quotes) >= 400
    assert len({q.article.split("/")[0] for q in bbc}) == 5  # all five topics


def test_bundled_gold_carries_no_bbc_text():
    for line in (GOLD / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["source"] in ("bbc", "web", "polnear"):  # their articles may not be committed
            assert "text" not in record and len(record["sha1"]) == 12


def test_is_speaker_gold_tells_it_from_quote_gold(tmp_path):
    assert is_speaker_gold(GOLD) and is_speaker_gold(GOLD / "gold.jsonl")
    quote_gold = tmp_path / "quotes.jsonl"
    quote_gold.write_text(json.dumps({"id": "a", "text": "x", "quotes": []}) + "\n", encoding="utf-8")
    assert not is_speaker_gold(quote_gold) and not is_speaker_gold(tmp_path)


# ------------------------------------------------------------ the loader on small files

TEXT = 'Jens Stoltenberg said "we will stay". Critics said it would fail.'
STAY = [TEXT.index("we will stay"), TEXT.index("we will stay") + len("we will stay")]


def write_set(folder: Path, *records: dict) -> Path:
    folder.mkdir(exist_ok=True)
    article = {"id": "w1", "headline": "NATO stays", "published": "2024-09-19", "text": TEXT}
    (folder / "wikinews_articles.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    lines = "".join(json.dumps(r) + "\n" for r in records)
    (folder / "gold.jsonl").write_text(lines, encoding="utf-8")
    return folder


def record(**changes) -> dict:
    base = {
        "id": "wn:w1:01", "source": "wikinews", "article": "w1", "split": "dev", "spans": [STAY],
        "text": "we will stay", "mention": "Jens Stoltenberg", "name": "Jens Stoltenberg", "also": [],
        "type": "person", "office": "NATO Secretary General", "missed": False, "note": None,
    }
    base.update(changes)
    return base


def test_a_good_line_is_read(tmp_path):
    gold = read_speaker_gold(write_set(tmp_path / "set", record()))
    (quote,) = gold.quotes
    assert quote.spans == (Span(*STAY),) and quote.name == "Jens Stoltenberg" and quote.office
    assert gold.articles["w1"].headline == "NATO stays"


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"spans": [[60, 80]]}, "outside the text"),
        ({"spans": [[0, 4]]}, "not the stored text"),
        ({"type": "people"}, "type 'people'"),
        ({"split": "test"}, "split 'test'"),
        ({"source": "reuters"}, "source 'reuters'"),
        ({"spans": [[5, 2]]}, "'spans' must be"),
        ({"spans": [STAY, [0, 4]]}, "text order"),
        ({"name": None, "also": ["NATO chief"]}, "'also' needs a 'name'"),
        ({"text": None}, "needs its 'text'"),
        ({"article": "w2"}, "not in wikinews_articles.jsonl"),
    ],
)
def test_a_broken_line_is_rejected_with_its_line_number(tmp_path, changes, message):
    folder = write_set(tmp_path / "set", record(**changes))
    with pytest.raises(InputError, match=message) as caught:
        read_speaker_gold(folder)
    assert "gold.jsonl:1" in str(caught.value)


def test_missing_field_duplicate_id_and_split_article_are_rejected(tmp_path):
    incomplete = record()
    del incomplete["type"]
    with pytest.raises(InputError, match="'type' missing"):
        read_speaker_gold(write_set(tmp_path / "a", incomplete))
    critics = [TEXT.index("it would fail"), TEXT.index("it would fail") + len("it would fail")]
    second = record(id="wn:w1:01", spans=[critics], text="it would fail", name=None, type="group")
    with pytest.raises(InputError, match="duplicate id"):
        read_speaker_gold(write_set(tmp_path / "b", record(), second))
    with pytest.raises(InputError, match="both train and dev"):
        read_speaker_gold(write_set(tmp_path / "c", record(), {**second, "id": "wn:w1:02", "split": "train"}))


def bbc_record(spans, covered: str, **changes) -> dict:
    base = record(id="bbc:tech-001:01", source="bbc", article="tech/001.txt", spans=spans,
                  sha1=hashlib.sha1(covered.encode()).hexdigest()[:12])
    del base["text"]
    base.update(changes)
    return base


def test_bbc_offsets_index_the_file_and_become_body_offsets(tmp_path):
    raw = "Broadband gathers pace\n\nThe firm said sales rose. \"It is good,\" said Ben Verwaayen.\n"
    (tmp_path / "bbc" / "tech").mkdir(parents=True)
    (tmp_path / "bbc" / "tech" / "001.txt").write_text(raw, encoding="utf-8")
    start = raw.index("It is good,")
    spans = [[start, start + len("It is good,")]]
    folder = write_set(tmp_path / "set", bbc_record(spans, "It is good,"))
    gold = read_speaker_gold(folder, bbc_root=tmp_path / "bbc")
    (quote,) = gold.quotes
    article = gold.articles["tech/001.txt"]
    assert article.headline == "Broadband gathers pace"
    assert quote.spans[0].of(article.text) == "It is good," and quote.spans[0].start < start
    with pytest.raises(InputError, match="sha1"):
        read_speaker_gold(write_set(tmp_path / "set", bbc_record(spans, "It is bad,")), bbc_root=tmp_path / "bbc")
    with pytest.raises(InputError, match="must not carry its text"):
        read_speaker_gold(write_set(tmp_path / "set", bbc_record(spans, "x", text="It is good,")),
                          bbc_root=tmp_path / "bbc")
    skipped = read_speaker_gold(write_set(tmp_path / "set", bbc_record(spans, "It is good,")),
                                bbc_root=tmp_path / "nowhere")
    assert not skipped.quotes and "pass --bbc PATH" in skipped.skipped[0]


def web_record(spans, covered: str, **changes) -> dict:
    return bbc_record(spans, covered, **{"id": "web:p1:01", "source": "web", "article": "p1", **changes})


WEB_BODY = "Sales rose in the third quarter.\n\n\"It is good,\" said Ben Verwaayen, the chief executive."
WEB_PAGE = """<html><head><title>Sales rise at BT</title>
<meta property="article:published_time" content="2019-11-19T10:00:00Z"></head>
<body><article><h1>Sales rise at BT</h1><p>Sales rose in the third quarter, the best quarter in years for the
company and its shareholders.</p><p>"It is good," said Ben Verwaayen, the chief executive, who has led the firm
since 2002.</p></article></body></html>"""


def write_benchmark(folder: Path) -> Path:
    (folder / "html").mkdir(parents=True)
    truth = {"p1": {"articleBody": WEB_BODY, "url": "https://example.com/news/bt-sales"}}
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (folder / "html" / "p1.html").write_text(WEB_PAGE, encoding="utf-8")
    return folder


def test_web_offsets_index_the_article_body_and_the_page_gives_the_date(tmp_path):
    bench = write_benchmark(tmp_path / "bench")
    start = WEB_BODY.index("It is good,")
    spans = [[start, start + len("It is good,")]]
    gold = read_speaker_gold(write_set(tmp_path / "set", web_record(spans, "It is good,")), web_root=bench)
    (quote,) = gold.quotes
    article = gold.articles["p1"]
    assert article.text == WEB_BODY and quote.spans[0].of(article.text) == "It is good,"
    assert article.url == "https://example.com/news/bt-sales" and article.headline == "Sales rise at BT"
    assert article.published is not None and article.published.date().isoformat() == "2019-11-19"
    with pytest.raises(InputError, match="sha1"):
        read_speaker_gold(write_set(tmp_path / "set", web_record(spans, "It is bad,")), web_root=bench)
    with pytest.raises(InputError, match="not in ground-truth.json"):
        read_speaker_gold(write_set(tmp_path / "set", web_record(spans, "It is good,", article="p2")),
                          web_root=bench)
    skipped = read_speaker_gold(write_set(tmp_path / "set", web_record(spans, "It is good,")),
                                web_root=tmp_path / "nowhere")
    assert not skipped.quotes and "web part (1 quotes) skipped" in skipped.skipped[0]
    assert "pass --web PATH" in skipped.skipped[0]


def test_a_benchmark_page_is_read_with_its_body_and_date():
    if not (WEB / "ground-truth.json").is_file():
        pytest.skip(f"the article-extraction benchmark is not at {WEB} (the ../shared folder beside the repo)")
    from saidwhat.evaluate.speakers_gold import read_web_article

    key = "57d46c9d751e3fd3ffaf3ede7ac20cebd30eacb5ea78e1a6aa0a72059244e7ca"  # a Reuters markets report
    truth = json.loads((WEB / "ground-truth.json").read_text(encoding="utf-8"))[key]
    article = read_web_article(WEB, key, truth)
    assert article.text == truth["articleBody"] and article.url == truth["url"]
    assert article.published is not None and article.published.year == 2019
    assert len(article.paragraphs) > 10


def polnear_record(spans, covered: str, **changes) -> dict:
    return bbc_record(spans, covered, **{"id": "pn:doc1:01", "source": "polnear", "article": "train/doc1", **changes})


PN_TEXT = "Clinton super PAC answers Rove ad.\n\n\"We're not going to let that stand,\" Guy Cecil said.\n"


def write_polnear(folder: Path) -> Path:
    """A PolNeAR tree as the corpus lays it out: data/<split>/text and attributions, data/metadata.tsv."""
    for split in ("train", "dev"):
        (folder / "data" / split / "text").mkdir(parents=True)
        (folder / "data" / split / "attributions").mkdir()
    (folder / "data" / "train" / "text" / "doc1.txt").write_text(PN_TEXT, encoding="utf-8")
    meta = "compartment\tfilename\tpublisher\tpublication_date\tauthor\ntrain\tdoc1\tpolitico\t2016-01-19\t\n"
    (folder / "data" / "metadata.tsv").write_text(meta, encoding="utf-8")
    return folder


def test_polnear_offsets_index_the_whole_file_and_only_the_train_split_is_read(tmp_path):
    corpus = write_polnear(tmp_path / "polnear")
    covered = "We're not going to let that stand,"
    spans = [[PN_TEXT.index(covered), PN_TEXT.index(covered) + len(covered)]]
    gold = read_speaker_gold(write_set(tmp_path / "set", polnear_record(spans, covered)), polnear_root=corpus)
    (quote,) = gold.quotes
    article = gold.articles["train/doc1"]
    assert article.text == PN_TEXT and quote.spans[0].of(article.text) == covered  # the headline line included
    assert article.outlet == "politico" and article.published.date().isoformat() == "2016-01-19"
    with pytest.raises(InputError, match="sha1"):
        read_speaker_gold(write_set(tmp_path / "set", polnear_record(spans, "It is bad,")), polnear_root=corpus)
    for held_out in ("test/doc1", "dev/doc1"):
        with pytest.raises(InputError, match="dev and test splits are never read"):
            read_speaker_gold(write_set(tmp_path / "set", polnear_record(spans, covered, article=held_out)),
                              polnear_root=corpus)
    with pytest.raises(InputError, match="no PolNeAR document 'doc2' in the train split"):
        read_speaker_gold(write_set(tmp_path / "set", polnear_record(spans, covered, article="train/doc2")),
                          polnear_root=corpus)
    skipped = read_speaker_gold(write_set(tmp_path / "set", polnear_record(spans, covered)),
                                polnear_root=tmp_path / "nowhere")
    assert not skipped.quotes and "PolNeAR part (1 quotes) skipped" in skipped.skipped[0]
    assert "pass --polnear PATH" in skipped.skipped[0]


def test_bundled_polnear_part_reads_the_articles_as_the_polnear_evaluation_does():
    if not (POLNEAR / "data" / "train").is_dir():
        pytest.skip(f"PolNeAR is not at {POLNEAR} (the ../shared folder beside the repo)")
    from saidwhat.evaluate.gold import read_polnear

    gold = read_speaker_gold(GOLD)  # finds ../shared by itself
    polnear = [q for q in gold.quotes if q.source == "polnear"]
    assert len(polnear) >= 40 and all(q.article.startswith("train/") for q in polnear)
    by_id = {q.id: q for q in polnear}
    trump = by_id["pn:usa-today_2016-07-15_ginsburg-apologizes-for-trump-co:06"]
    assert (trump.text, trump.name, trump.type) == ("Her mind is shot!", "Donald Trump", "person")
    cecil = by_id["pn:politico_2016-01-19_clinton-super-pac-answers-rove-a:06"]
    assert cecil.text.startswith("Karl Rove and the Republicans") and cecil.office == "Priorities USA chief strategist"
    # the very text and date PolNeAR's own evaluation scores, so the two sets' offsets agree
    docs = {doc.article.id: doc.article for doc in read_polnear(POLNEAR, split="train")}
    for key in {q.article for q in polnear}:
        article, scored = gold.articles[key], docs[key.split("/", 1)[1]]
        assert (article.text, article.published, article.outlet) == (scored.text, scored.published, scored.outlet)


# ------------------------------------------------------------ the scorer

ARTICLE = Article(id="a", text="x" * 200)


def quote(n: int, start: int, name: str | None, kind: str, also: tuple[str, ...] = ()) -> SpeakerQuote:
    return SpeakerQuote(id=f"q{n}", source="wikinews", article="a", split="dev" if n % 2 else "train",
                        spans=(Span(start, start + 10),), text="x" * 10, name=name, type=kind, also=also)


def predicted(start: int, name: str | None, kind: str | None) -> PredictedSpeaker:
    return PredictedSpeaker(spans=(Span(start + 2, start + 12),), mention="m", name=name, type=kind)


def hand_made() -> SpeakerEvaluation:
    gold = SpeakerGold(path="hand", articles={"a": ARTICLE}, quotes=[
        quote(1, 0, "Jens Stoltenberg", "person"),                    # right name, right type
        quote(2, 20, "Jens Stoltenberg", "person"),                   # no name predicted
        quote(3, 40, None, "group"),                                  # "analysts" typed as a person
        quote(4, 60, "Amnesty International", "document"),            # no name, no type
        quote(5, 80, "U.S. Department of Agriculture", "org"),        # right after normalising
        quote(6, 100, "Ann Smith", "person"),                         # not found
        quote(7, 120, "Acme", "org"),                                 # an organisation as a person
        quote(8, 140, "World Health Organisation", "org", ("WHO",)),  # an accepted variant
    ])
    predictions = {"a": [
        predicted(0, "Jens Stoltenberg", "person"),
        predicted(20, None, "person"),
        predicted(40, None, "person"),
        predicted(60, None, None),
        predicted(80, "the US department of agriculture", "org"),
        predicted(120, "ACME", "person"),
        predicted(140, "WHO", "org"),
        predicted(170, "Someone Else", "person"),  # a quote the gold does not hold: not scored
    ]}
    return SpeakerEvaluation(gold, score_speakers(gold, predictions))


def test_scorer_gives_exactly_the_expected_numbers():
    tally = hand_made().tally()
    assert (tally.gold, tally.found, tally.name_ok, tally.type_ok) == (8, 7, 5, 4)
    scores = tally.scores()
    assert scores["coverage"] == pytest.approx(100 * 7 / 8)
    assert scores["name_accuracy"] == pytest.approx(100 * 5 / 7)
    assert scores["name_accuracy_of_gold"] == pytest.approx(100 * 5 / 8)
    assert scores["type_accuracy"] == pytest.approx(100 * 4 / 7)
    assert scores["name_accuracy.person"] == pytest.approx(50.0)  # q1 right, q2 not; q6 not found
    assert scores["name_accuracy.org"] == pytest.approx(100.0)
    assert scores["name_accuracy.group"] == pytest.approx(100.0)
    assert scores["name_accuracy.document"] == pytest.approx(0.0)
    assert dict(tally.patterns) == {
        "missing name": 2, "group typed as person": 1, "org as person": 1, "not found": 1,
    }


def test_scorer_splits_and_reports():
    evaluation = hand_made()
    train, dev = evaluation.tally(split="train"), evaluation.tally(split="dev")
    assert (train.gold, dev.gold) == (4, 4) and train.found + dev.found == 7
    assert evaluation.tally(source="bbc").gold == 0
    table = format_speaker_table(evaluation)
    assert "canonical name (% of found)" in table and "org as person" in table
    errors = format_speaker_errors(evaluation, split="train")
    assert "q6" in errors and "q3" not in errors  # q3 is in the dev half


def test_matching_is_one_to_one_by_most_shared_characters():
    gold = [quote(1, 0, "A", "person"), quote(2, 8, "B", "person")]
    merged = PredictedSpeaker(spans=(Span(6, 18),), name="B", type="person")
    assert match_quotes(gold, [merged]) == [None, merged]  # shares 4 with q1, 10 with q2


@pytest.mark.parametrize(
    "a, b",
    [("U.S. Department of Agriculture", "US department of agriculture"), ("The BBC", "BBC"),
     ("Council on American - Islamic Relations", "Council on American-Islamic Relations"),
     ('Frank "Greg" Ford', "Frank Greg Ford"), ("José Manuel Durão Barroso", "JOSÉ MANUEL DURÃO BARROSO")],
)
def test_names_compare_after_normalising(a, b):
    assert normalize_name(a) == normalize_name(b)


def test_different_names_stay_different():
    assert normalize_name("Jack Straw") != normalize_name("Straw")
    assert normalize_name("Theresa May") != normalize_name("May")


# ------------------------------------------------------------ the extraction


def test_gold_articles_are_extracted_as_the_entry_points_extract_them(nlp):
    # The office knowledge base is asked at the article's publication date, as ExtractOptions()
    # asks it in `saidwhat extract`, ingest and the API. Of the first 22 articles only one (published
    # 2004-11-01) has a description the article itself does not resolve ("The Scottish executive");
    # GUM_news_clock's "American academic and professor Marc Lamont Hill" is the name after the two
    # descriptions (names/inarticle.py ``_joins_descriptions``), GUM_news_afghan's coach is named in apposition.
    from datetime import datetime

    from saidwhat.extract import ExtractOptions
    from saidwhat.names.kb import holder_name

    asked = []

    def holder(role: str, on):
        asked.append((role, on))
        return holder_name(role, on)

    spied = evaluate_speakers(GOLD, limit=22, options=ExtractOptions(holder=holder), nlp=nlp)
    assert asked and {on for _, on in asked} == {datetime(2004, 11, 1)}
    default = evaluate_speakers(GOLD, limit=22, nlp=nlp)  # ExtractOptions() with the bundled base
    assert [o.predicted for o in default.outcomes] == [o.predicted for o in spied.outcomes]


# ------------------------------------------------------------ the command


def test_eval_command_scores_the_speaker_gold(nlp):
    runner = CliRunner()
    result = runner.invoke(main, ["eval", str(GOLD), "--limit", "2", "--format", "json", "--errors"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["articles"] == 2 and data["scores"]["all.all"]["gold"] == data["quotes"] > 0
    assert {"wikinews.train", "wikinews.dev", "bbc.all"} <= data["scores"].keys()
    refused = runner.invoke(main, ["eval", str(GOLD), "--compare", "textacy"])
    assert refused.exit_code != 0 and "only for quote gold" in refused.output
