"""Unicode spaces read as plain spaces, one character for one, so that offsets still index the text as given.

PolNeAR's Western Journalism and HuffPost texts carry no-break spaces inside sentences; read as
characters of their own they split marks, cues and names from the words around them."""

from __future__ import annotations

import pytest

from saidwhat import Article, extract
from saidwhat.extract import spaced


@pytest.mark.parametrize(
    "text, read",
    [
        ("House Select\u00a0Committee", "House Select Committee"),
        ("thin\u2009and\u202fnarrow\u2007figures\u3000here", "thin and narrow figures here"),
        # a soft hyphen beside a space breaks no word; inside a word it is the word's own
        ("Doug \u00adAndres, a spokesman", "Doug  Andres, a spokesman"),
        ("news\u00adpaper editor", "news\u00adpaper editor"),
        ("no change here", "no change here"),
        # the horizontal bar is HuffPost's em dash
        ("ban all Muslims \u2015 1.6 billion members", "ban all Muslims \u2014 1.6 billion members"),
        # invisible format characters (directional marks, zero-width spaces, a byte-order mark) are spaces too
        ("\u202a\u201dSorry,\u201d said\u200bhe\ufeff", " \u201dSorry,\u201d said he "),
    ],
)
def test_spaces_read_one_for_one(text, read):
    assert spaced(text) == read
    assert len(spaced(text)) == len(text)


# shapes of a Western Journalism article (PolNeAR train, 2016) with its odd spaces
ROWS = [
    # a no-break space before the verb list hid "admitted"
    ("The State Department repeatedly\u00a0obfuscated facts, admitted it withheld emails, and delayed findings.",
     "it withheld emails", "State Department", "org"),
    # a soft hyphen after the space cut the name to "Doug"
    ("“We have not been briefed,” Doug \u00adAndres, a spokesman for House Speaker Paul Ryan told the Post.",
     "We have not been briefed", "Doug Andres", "person"),
    # a HuffPost editor's note (PolNeAR train, 2016): the horizontal bars of the aside, tagged a verb, took the
    # "who" clause from the list of nouns the relative climbs over to the copula's subject
    ("Editor’s note: Donald Trump regularly incites political violence and is a serial liar, rampant xenophobe, "
     "racist, misogynist and birther who has repeatedly pledged to ban all Muslims \u2015 1.6 billion members of "
     "an entire religion \u2015 from entering the U.S.", "to ban all Muslims", "Donald Trump", "person"),
    # a left-to-right embedding glued to a closing mark that opens a quote hid the quote (composed, the shape of
    # the article's readers' replies)
    ("Sarah Palin posted a picture on Facebook. \u202a\u201dSorry Sarah, you are wrong,\u201d posted Jane Geyer.",
     "Sorry Sarah, you are wrong", "Jane Geyer", "person"),
    # a HuffPost photo caption (PolNeAR train, 2016): read with its spaces, the parser tags "shot" a noun; the
    # coordinated "claimed" still takes its subject, and the uncued paragraph after goes on with him
    ("Handout/Reuters.\n\nGeorge Zimmerman\u00a0(left)\u00a0shot and killed Trayvon Martin (right) in February 2012, "
     "but claimed self-defense and was acquitted of second-degree murder charges the following year. He is now "
     "selling the handgun used in the shooting.\n\n\"It has recently been returned to me by the Department of "
     "Justice. Many have expressed interest in owning and displaying the firearm including The Smithsonian Museum "
     "in Washington D.C.\"", "Many have expressed interest", "George Zimmerman", "person"),
    # a HuffPost aside in horizontal bars (PolNeAR train, 2016), read as em dashes: "Other prominent Republicans"
    # are some of the party's members, a group with no name, not the organisation "Republicans"
    ("Other prominent Republicans, like Richard Armitage, Henry Paulson and Brent Scowcroft \u2015 three former "
     "George W. Bush administration big shots \u2015 have also said they\u2019re supporting Clinton.",
     "supporting Clinton", None, "group"),
]


@pytest.mark.parametrize("text, words, name, kind", ROWS)
def test_a_quote_behind_a_unicode_space_is_found(text, words, name, kind):
    extraction = extract(Article(id="a", text=text), entities=False)
    quote = next(q for q in extraction.quotes if words in q.text)
    assert (quote.speaker.name, quote.speaker.type) == (name, kind)
    assert extraction.article.text == text  # the article as given: the quotes' offsets index it


@pytest.mark.parametrize("text", [text for text, *_ in ROWS] + ['"We will win\ufeff", said Jens\u00a0Stoltenberg.'])
def test_texts_are_the_article_as_given(text):
    """The rules read the spaced copy; every text a quote carries is still its span's text in the article."""
    extraction = extract(Article(id="a", text=text), entities=True)
    assert extraction.quotes
    for quote in extraction.quotes:
        assert quote.text == " ".join(s.of(text) for s in quote.spans)
        if quote.speaker is not None and quote.speaker.span is not None:
            assert quote.speaker.mention == quote.speaker.span.of(text)
        assert all(e.text == e.span.of(text) for e in quote.entities)
