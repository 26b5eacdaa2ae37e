"""The one-step quote check (issue 18): on the seed article's real quotes, run through the real extractor
and linked with two later wire copies of one of its sentences. Every verdict, the first source, the
outlets and the named changes. Skipped without ../shared.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from saidwhat.across.check import check_quote
from saidwhat.across.link import link
from saidwhat.cli import main
from saidwhat.errors import QueryError
from saidwhat.settings import Settings
from saidwhat.store import Store
from tests.conftest import shared_path
from tests.web.conftest import wire

SENTENCE = "What we are seeing now is that President Putin is preparing, once again, to use winter as a weapon of war"
OTHER = "Farmers are the backbone of our rural communities and deserve fair prices for what they grow"


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory, nlp):
    from saidwhat.extract import extract
    from saidwhat.ingest import read_text_article

    path = shared_path("fixtures", "seed", "stoltenberg-2024-09-19.txt")
    db = tmp_path_factory.mktemp("check") / "seed.db"
    with Store.open(db) as store:
        store.add(extract(read_text_article(path.read_text(encoding="utf-8"), source=str(path)), nlp=nlp))
        # The sentence as two wire services carried it the next day, and another speaker's words.
        store.add(wire("w1", "reuters", "2024-09-20T09:00", SENTENCE + ".", "Jens Stoltenberg"))
        store.add(wire("w2", "apnews", "2024-09-20T11:00", SENTENCE + ".", "Stoltenberg"))
        store.add(wire("w3", "euronews", "2024-09-21T10:00", OTHER, "Ursula von der Leyen"))
        link(store, Settings())
    return db


@pytest.fixture(scope="module")
def st(seed_db):
    with Store.open(seed_db, readonly=True) as store:
        yield store


def _names(answer: dict) -> str:
    return (answer["match"] or {}).get("speaker") or ""


def test_the_seed_words_verbatim_with_their_first_source_and_outlets(st):
    answer = check_quote(st, SENTENCE)
    assert answer["verdict"] == "verbatim", answer["explanation"]
    match = answer["match"]
    assert "Stoltenberg" in match["speaker"]
    assert match["first"]["date"] == "2024-09-19"  # the seed article, before the wire copies
    assert match["outlets"] == ["apnews", "reuters"]
    assert len({s["article"] for s in match["sources"]}) == 3
    assert "said these exact words" in answer["explanation"]


def test_one_word_changed_is_altered_and_names_the_change(st):
    answer = check_quote(st, SENTENCE.replace("winter", "summer"))
    assert answer["verdict"] == "altered"
    assert any(c["recorded"] == ["winter"] and c["claimed"] == ["summer"] for c in answer["changes"])
    assert '"winter" became "summer"' in answer["explanation"]
    assert ["replace", ["winter"], ["summer"]] in answer["match"]["diff"]["ops"]
    assert answer["match"]["first"]["date"] == "2024-09-19"


def test_a_negation_put_into_a_long_quote_is_named_as_such(st):
    """A few words cut from the middle of a 280-word quote are aligned where they were cut from."""
    assert check_quote(st, "we can make a big difference")["verdict"] == "verbatim"
    answer = check_quote(st, "we cannot make a big difference")
    assert answer["verdict"] == "altered"
    assert answer["changes"] == [{"kind": "negation-added", "recorded": ["can"], "claimed": ["cannot"]}]
    assert "we [-can-] {+cannot+} make a big difference" in answer["match"]["diff"]["text"]


def test_truncated_is_verbatim_part_of_a_longer_quote(st):
    answer = check_quote(st, "President Putin is preparing, once again, to use winter")
    assert answer["verdict"] == "verbatim"
    assert "part of a longer quote" in answer["explanation"]
    assert answer["match"]["diff"]["trimmed_before"] + answer["match"]["diff"]["trimmed_after"] > 0
    assert answer["match"]["first"]["date"] == "2024-09-19"


def test_reordered_is_found_and_called_altered(st):
    half = SENTENCE.index("to use winter")
    answer = check_quote(st, SENTENCE[half:] + ". " + SENTENCE[:half])
    assert answer["verdict"] == "altered"
    assert answer["changes"][0]["kind"] == "reordered"
    assert "Stoltenberg" in _names(answer)


def test_a_claim_put_in_someone_elses_mouth(st):
    answer = check_quote(st, SENTENCE, speaker="Ursula von der Leyen")
    assert answer["verdict"] == "other-speaker"
    assert "Stoltenberg" in answer["explanation"] and "Ursula von der Leyen" in answer["explanation"]
    assert check_quote(st, SENTENCE, speaker="Stoltenberg")["verdict"] == "verbatim"
    assert check_quote(st, OTHER, speaker="von der Leyen")["verdict"] == "verbatim"


def test_a_claim_not_in_the_store(st):
    answer = check_quote(st, "The moon is made of green cheese and the cows will prove it by Friday")
    assert answer["verdict"] == "not-found" and answer["match"] is None
    assert "not in the store" in answer["explanation"]


@pytest.mark.parametrize("claim", ["we will", "", "x " * 1500])
def test_claims_the_check_cannot_take(st, claim):
    with pytest.raises(QueryError):
        check_quote(st, claim)


def test_the_command_in_text_and_json(seed_db):
    runner = CliRunner()
    text = runner.invoke(main, ["check", SENTENCE.replace("winter", "summer"), "--db", str(seed_db)])
    assert text.exit_code == 0, text.output
    assert "verdict: altered" in text.output and "first recorded: 2024-09-19" in text.output
    assert "[-winter-] {+summer+}" in text.output
    as_json = runner.invoke(main, ["check", SENTENCE, "--speaker", "Ursula von der Leyen", "--format", "json",
                                   "--db", str(seed_db)])
    assert json.loads(as_json.stdout)["verdict"] == "other-speaker"
    short = runner.invoke(main, ["check", "we will", "--db", str(seed_db)])
    assert short.exit_code == 6 and "too short" in short.output
