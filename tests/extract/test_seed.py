"""The article the project comes from, read through the public API and
checked against its hand-checked reading (../shared/fixtures/seed/expected.json)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

import saidwhat
from saidwhat import QuoteKind
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def seed(nlp):
    path = shared_path("fixtures", "seed", "stoltenberg-2024-09-19.txt")
    expected = json.loads((path.parent / "expected.json").read_text(encoding="utf-8"))
    (article,) = [a for a in saidwhat.read_sources([path]) if isinstance(a, saidwhat.Article)]
    return saidwhat.extract(article, nlp=nlp), expected


def test_article_metadata(seed):
    extraction, expected = seed
    article = extraction.article
    assert article.published == datetime.fromisoformat(expected["article"]["published"])
    assert article.published.tzinfo is None  # no time zone is invented
    assert article.headline == expected["article"]["headline"]
    assert article.text.startswith(expected["article"]["lead_starts"])
    assert len(article.paragraphs) == expected["article"]["paragraphs"]


def test_three_quotes_with_kinds_and_speakers(seed):
    extraction, expected = seed
    top = [q for q in extraction.quotes if q.kind is not QuoteKind.NESTED]
    assert len(top) == 3
    headline, lead, long_quote = top
    want_head, want_lead, want_long = expected["quotes"]

    assert headline.kind is QuoteKind.HEADLINE and headline.where == "headline"
    assert headline.text == want_head["text"]
    assert headline.speaker.mention == want_head["speaker_mention"]
    assert headline.speaker.name == want_head["speaker"]
    assert headline.spans[0].of(extraction.article.headline) == headline.text

    assert lead.kind is QuoteKind.INDIRECT
    assert lead.text == want_lead["text"]
    assert lead.cue.text == want_lead["cue"]
    assert lead.speaker.mention == want_lead["speaker_mention"]
    assert lead.speaker.name == want_lead["speaker"]
    assert lead.speaker.span.of(extraction.article.text) == "the NATO Secretary General"

    assert long_quote.kind is QuoteKind.DIRECT
    assert long_quote.text.startswith(want_long["starts"])
    assert long_quote.text.endswith(want_long["ends"])
    assert len(long_quote.spans) == want_long["paragraphs"]
    assert long_quote.cue.text == want_long["cue"]
    assert long_quote.speaker.mention == want_long["speaker_mention"]
    assert long_quote.speaker.name == want_long["speaker"]


def test_spans_round_trip(seed):
    extraction, _ = seed
    for q in extraction.quotes:
        source = extraction.article.headline if q.where == "headline" else extraction.article.text
        assert " ".join(s.of(source) for s in q.spans) == q.text
        if q.speaker and q.speaker.span:
            assert q.speaker.span.of(source) == q.speaker.mention
        if q.cue and q.cue.span:
            assert q.cue.span.of(source) == q.cue.text


def test_nested_speech_is_zelensky_inside_the_long_quote(seed):
    extraction, expected = seed
    (want,) = expected["nested"]
    nested = [q for q in extraction.quotes if q.kind is QuoteKind.NESTED]
    assert len(nested) == 1
    q = nested[0]
    assert q.text == want["text"]
    assert q.speaker.mention == want["speaker_mention"]
    assert q.speaker.name == want["speaker"]
    parent = extraction.quotes[q.parent]
    assert parent.kind is QuoteKind.DIRECT and parent.text.startswith("First of all")


def test_addressed_person_is_not_a_speaker(seed):
    extraction, _ = seed
    for q in extraction.quotes:
        if "welcome to NATO" in q.text:
            assert q.speaker.name == "Jens Stoltenberg"
    assert not any(q.speaker and q.speaker.mention.startswith("Dear") for q in extraction.quotes)
    assert not any(
        q.speaker and q.speaker.mention in ("Romania", "Germany", "NATO Allies", "Ukrainians")
        for q in extraction.quotes
    )


def test_two_figures_and_no_false_start(seed):
    extraction, expected = seed
    figures = [f for q in extraction.quotes for f in q.figures]
    assert [(f.text, f.value) for f in figures] == [(f["text"], f["value"]) for f in expected["figures"]]
    assert not any(f.text.startswith("2,5") for f in figures)
