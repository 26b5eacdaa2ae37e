"""The named entities inside quotes: the windowed recogniser finds what the whole-quote one finds.

``saidwhat.extract.entities`` runs spaCy's recogniser only over windows around
capitalised tokens; the reference here is the recogniser over each quote span
whole, as the pass ran before, keeping names only: entities with a capital letter.
"""

from __future__ import annotations

import pytest

import saidwhat
from saidwhat import Article, extract, extract_many
from saidwhat.extract.entities import ENTITY_LABELS, _windows
from tests.conftest import shared_path


def whole_quote_entities(extraction, nlp) -> list[set[tuple[str, str, int, int]]]:
    """Per quote, what spaCy's recogniser finds running over each of its spans whole."""
    off = [name for name in nlp.pipe_names if name != "ner"]
    out = []
    for q in extraction.quotes:
        source = extraction.article.headline if q.where == "headline" else extraction.article.text
        found = set()
        for span, doc in zip(q.spans, nlp.pipe([s.of(source) for s in q.spans], disable=off)):
            found |= {
                (e.text, e.label_, span.start + e.start_char, span.start + e.end_char)
                for e in doc.ents
                if e.label_ in ENTITY_LABELS and e.text.lower() != e.text
            }
        out.append(found)
    return out


def entity_sets(extraction) -> list[set[tuple[str, str, int, int]]]:
    return [{(e.text, e.label, e.span.start, e.span.end) for e in q.entities} for q in extraction.quotes]


def source_of(extraction, quote) -> str:
    return extraction.article.headline if quote.where == "headline" else extraction.article.text


@pytest.fixture(scope="module")
def seed(nlp):
    path = shared_path("fixtures", "seed", "stoltenberg-2024-09-19.txt")
    (article,) = [a for a in saidwhat.read_sources([path]) if isinstance(a, Article)]
    return extract(article, nlp=nlp)


def test_seed_entities_are_the_whole_quote_recognisers(seed, nlp):
    assert entity_sets(seed) == whole_quote_entities(seed, nlp)
    long_quote = max(seed.quotes, key=lambda q: len(q.text))
    names = {(e.text, e.label) for e in long_quote.entities}
    assert {("Zelensky", "PERSON"), ("Putin", "PERSON"), ("Romania", "GPE"), ("Ukrainians", "NORP")} <= names
    for q in seed.quotes:
        for e in q.entities:
            assert e.span.of(source_of(seed, q)) == e.text
            assert any(s.start <= e.span.start and e.span.end <= s.end for s in q.spans)


def test_a_name_far_into_a_long_quote_is_found(nlp):
    filler = (
        "we have been working on this for a very long time and there is still a great deal of work "
        "to do before anything is settled, because the costs keep rising and the people who pay "
        "for it have not been asked what they think about any of it, "
    )
    text = f'"{filler * 3}and that is why we asked Angela Merkel to come to Berlin next week," the minister said.'
    ex = extract(Article(id="long", text=text), nlp=nlp)
    (quote,) = [q for q in ex.quotes if q.entities]
    found = {(e.text, e.label) for e in quote.entities}
    assert {("Angela Merkel", "PERSON"), ("Berlin", "GPE")} <= found
    for e in quote.entities:
        assert e.span.of(text) == e.text
        assert e.span.start > 500  # the window sits far from the quote's start
    assert entity_sets(ex) == whole_quote_entities(ex, nlp)


def test_a_quote_without_a_capital_has_no_entities(nlp):
    ex = extract(Article(id="lower", text='"we will not back down on this," the minister said.'), nlp=nlp)
    assert ex.quotes
    assert all(q.entities == () for q in ex.quotes)


def test_entities_false_leaves_them_out(seed, nlp):
    (ex,) = extract_many([seed.article], nlp=nlp, entities=False)
    assert [q.text for q in ex.quotes] == [q.text for q in seed.quotes]
    assert all(q.entities == () for q in ex.quotes)


@pytest.mark.parametrize(
    "text, windows",
    [
        ("we will not back down", 0),
        ("I think we can win this, and I said so.", 0),  # 'I' is no name
        ("No. We never did. But it was a good try.", 0),  # capitalised by the sentence only
        ("it is what Theresa May said", 1),
        ("so said May", 1),  # a stop word with a capital mid-sentence may be a name
        ("the U.S.-led talks in  Geneva,\n\nand then the EU's turn", 1),
        ("Paris " + "and a lot more words in between that go on " * 3 + "then Rome", 2),
    ],
)
def test_windows_split_into_the_quotes_own_tokens(nlp, text, windows):
    from spacy.attrs import IDX, IS_STOP, IS_TITLE, LOWER, ORTH, SPACY

    doc = nlp.make_doc(text)
    found = _windows(doc, [ORTH, LOWER, IDX, SPACY, IS_TITLE, IS_STOP])
    assert len(found) == windows
    for start, end in found:
        own = [t.text for t in doc if start <= t.idx < end]
        assert [t.text for t in nlp.make_doc(text[start:end])] == own
        assert start == 0 or text[start - 1] == " "
        assert end == len(text) or text[end] == " "


@pytest.mark.slow
def test_bbc_entities_match_the_whole_quote_recogniser(nlp):
    """Over 300 BBC articles the windows find exactly the names the whole quotes give.

    Lowercase 'entities' the small model sometimes tags ('200bn' PERSON) are no
    names and are dropped on both sides.
    """
    root = shared_path("data", "bbc-news", "bbc")
    from saidwhat.bench import find_article_files, read_articles

    paths = find_article_files(root, limit=300)
    found = 0
    for ex in extract_many(read_articles(paths), nlp=nlp):
        for new, old in zip(entity_sets(ex), whole_quote_entities(ex, nlp)):
            assert new == old
            found += len(new)
    assert found > 1000
