"""Records cross from ingest's extraction workers to its main process pickled: each is pickled as
its class called with its fields (``models._pickled_by_fields``), and comes back equal."""

from __future__ import annotations

import copy
import pickle
from datetime import date, datetime

from saidwhat.models import Article, Cue, Entity, Extraction, Figure, Quote, QuoteKind, Skip, Span, Speaker

TEXT = 'The mayor said on Monday: "We will open 12% more beds." Ms Okafor spoke in Leeds.\n\nA second paragraph.'


def _extraction() -> Extraction:
    article = Article(id="a1", text=TEXT, headline="Beds", outlet="Leeds Post",
                      published=datetime(2025, 3, 4, 9, 30), source="leeds/1.txt", given_id="17")
    quote = Quote(text="We will open 12% more beds.", spans=(Span(27, 54),), kind=QuoteKind.DIRECT,
                  cue=Cue("said", Span(10, 14)), speaker=Speaker("The mayor", Span(0, 9), "Ada Okafor", "person"),
                  confidence=0.91, entities=(Entity("Leeds", "GPE", Span(77, 82)),),
                  figures=(Figure("12%", 12.0, Span(40, 43), "%"),), spoken_on=date(2025, 3, 3),
                  rules=("cue:said",))
    return Extraction(article, (quote,))


def test_records_come_back_equal():
    ex = _extraction()
    for protocol in (2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps([ex, Skip("x.bin", "binary")], protocol=protocol))
        assert back == [ex, Skip("x.bin", "binary")]
    assert back[0].article.paragraphs == ex.article.paragraphs
    assert copy.deepcopy(ex) == ex


def test_a_record_pickles_as_its_fields():
    span = Span(3, 9)
    assert span.__reduce__() == (Span, (3, 9))
    assert _extraction().__reduce__()[0] is Extraction
