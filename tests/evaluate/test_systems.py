"""The scorer's view of saidwhat's quotes (evaluate/systems.py), on real article text."""

from __future__ import annotations

from saidwhat import Article, extract
from saidwhat.evaluate.systems import item_from_quote, predict_saidwhat

# BBC entertainment/262: a cued quote that closes its marks, then a quoted paragraph with no cue
TEXT = (
    '"The band have done everything in their considerable powers to ensure they stay at the top," according '
    "to Q magazine editor Paul Rees.\n\n"
    '"This makes them hugely determined and formidable."'
)


def test_carried_paragraph_is_its_own_quote_but_polnear_scores_it_joined(nlp):
    article = Article(id="rees", text=TEXT)
    quotes = extract(article, nlp=nlp, entities=False).quotes
    # the extractor keeps the carry-over apart, with the speaker carried over (the speaker gold's reading)
    assert [q.speaker.name for q in quotes] == ["Paul Rees", "Paul Rees"]
    assert "assembly:carried-paragraph" in quotes[1].rules
    # PolNeAR's annotators join such a paragraph to the quote it goes on: the scorer reads one quote of two pieces
    (scored,) = next(predict_saidwhat([article], nlp=nlp)).predictions
    assert scored.item.spans == tuple(sorted(quotes[0].spans + quotes[1].spans))
    assert "assembly:carried-paragraph" not in scored.rules
    assert "assembly:continues-next-paragraph" in scored.rules
    assert item_from_quote(quotes[1], TEXT).item.spans == quotes[1].spans
