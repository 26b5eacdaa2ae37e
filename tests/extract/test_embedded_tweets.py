"""assembly:embedded-tweet: a tweet a page embeds, kept as its words and a line "— Name (@handle) Month D, YYYY".

Composed texts of the shapes the pages of the article-extraction benchmark hold (2019), and one of those
pages itself when the shared data is there.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from saidwhat import Article, extract
from saidwhat.extract.verbless import find_tweets
from saidwhat.models import split_paragraphs

from ..conftest import shared_path

TWEET = "assembly:embedded-tweet"


def _tweets(nlp, text: str):
    quotes = extract(Article(id="t", text=text), nlp=nlp, entities=False).quotes
    return [q for q in quotes if TWEET in q.rules]


def test_a_tweet_is_its_accounts_direct_quote_said_on_its_date(nlp):
    text = ("Delhi’s Chief Minister Arvind Kejriwal turned to Twitter last month.\n\nDelhi has turned into a gas "
            "chamber due to smoke from crop burning\nI urge all Delhiites to use them whenever needed "
            "pic.twitter.com/MYwRz9euaq\n\n"
            "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019\n\nThe gray haze led to canceled flights.")
    (q,) = _tweets(nlp, text)
    assert q.text == ("Delhi has turned into a gas chamber due to smoke from crop burning\nI urge all Delhiites to "
                      "use them whenever needed")
    assert (q.kind, q.speaker.name, q.speaker.type) == ("direct", "Arvind Kejriwal", "person")
    assert q.spoken_on == date(2019, 11, 1)
    assert q.cue.text == "(@ArvindKejriwal) November 1, 2019"  # the handle and the date, the tweet's evidence


def test_a_tweet_after_a_quoted_paragraph_keeps_the_quote_before_to_its_speaker(nlp):
    text = ('The senator said in a letter: "The answer to hate is not more hate; it is compassion."\n\n'
            "Sharing my full letter on the sentencing.\nWe must apply a system of compassion to criminal justice. "
            "pic.twitter.com/s96jjh8AlD\n\n— Rep. Ilhan Omar (@Ilhan) November 19, 2019")
    quotes = extract(Article(id="t", text=text), nlp=nlp, entities=False).quotes
    letter = next(q for q in quotes if "compassion." in q.text and TWEET not in q.rules)
    assert letter.speaker.mention == "The senator"
    (q,) = [q for q in quotes if TWEET in q.rules]
    assert q.text.startswith("Sharing my full letter") and q.text.endswith("criminal justice.")
    assert (q.speaker.mention, q.speaker.name) == ("Rep. Ilhan Omar", "Ilhan Omar")


def test_a_statement_that_runs_on_past_the_tweet_set_inside_it(nlp):
    # Sky News on Mourinho at Tottenham: the club's statement, unclosed, runs on over the tweet that carries it
    text = ("Tottenham said in a statement: \"Jose is one of the world's most accomplished managers having won 25 "
            "senior trophies.\n\n\"He is renowned for his tactical prowess and has managed FC Porto, Inter Milan, "
            "Chelsea, Real Madrid and Manchester United.\n\nClub statement\n\n— Tottenham Hotspur (@SpursOfficial) "
            "November 20, 2019\n\n\"He has won a domestic title in a record four different countries and is one of "
            "only three managers to have won the UEFA Champions League twice.\"\n\nTottenham posted an image of "
            "Mourinho holding up a Tottenham shirt from its Twitter account.")
    quotes = extract(Article(id="t", text=text), nlp=nlp, entities=False).quotes
    statement = next(q for q in quotes if q.text.startswith("Jose is one"))
    assert len(statement.spans) == 3 and statement.text.endswith("Champions League twice.")
    assert "assembly:continues-past-tweet" in statement.rules
    assert (statement.speaker.mention, statement.speaker.type) == ("Tottenham", "org")
    (tweet,) = [q for q in quotes if TWEET in q.rules]
    assert (tweet.text, tweet.speaker.name, tweet.speaker.type) == ("Club statement", "Tottenham Hotspur", "org")


def test_a_closed_quote_does_not_run_on_past_a_tweet(nlp):
    text = ('The senator said in a letter: "The answer to hate is not more hate; it is compassion."\n\n'
            "We must apply a system of compassion to criminal justice. pic.twitter.com/s96jjh8AlD\n\n"
            "— Rep. Ilhan Omar (@Ilhan) November 19, 2019\n\n\"It was a good letter and a brave one to write "
            'in these times,\" one of her aides added later.')
    quotes = extract(Article(id="t", text=text), nlp=nlp, entities=False).quotes
    assert not [q for q in quotes if "assembly:continues-past-tweet" in q.rules]
    letter = next(q for q in quotes if "compassion." in q.text and TWEET not in q.rules)
    assert len(letter.spans) == 1


def test_two_tweets_in_a_row_and_quoted_words_inside_a_tweet(nlp):
    text = ("People on Twitter pointed it out.\n\nOh, no. It seems the rest of the campaigns are just as bad as the "
            '"Meth. We\'re On It." campaign. pic.twitter.com/3BDnrvkoms\n\n'
            "— Mike Beauvais (@MikeBeauvais) November 18, 2019\n\non. meth. dot. com.\nmeth.\nwe’re. on. it. "
            "https://t.co/HO1ZRs9T1P\n\n— tall glass of coquito 🎄 (@_orabora) November 19, 2019\n\n"
            "Noem saw the reaction.")
    quotes = extract(Article(id="t", text=text), nlp=nlp, entities=False).quotes
    first, second = [q for q in quotes if TWEET in q.rules]
    assert (first.speaker.name, first.speaker.type) == ("Mike Beauvais", "person")
    # a display name that is no person's name is kept as written
    assert (second.speaker.mention, second.speaker.name) == ("tall glass of coquito", "tall glass of coquito")
    assert second.text == "on. meth. dot. com.\nmeth.\nwe’re. on. it."
    # the quoted title inside the tweet is no quote of its own, and "It" speaks for no one
    assert not [q for q in quotes if TWEET not in q.rules and q.start < second.end]


def test_a_display_name_with_emoji_and_other_dashes():
    text = ("Critics were quick.\n\nYes this is real and yes the state spent half a million dollars on it: "
            "https://t.co/Nc0nKoXGBP\n\n– Dianna E. Anderson 🏳️\u200d🌈 (@diannaeanderson) November 18, 2019")
    (tweet,) = find_tweets(text, split_paragraphs(text), 0)
    assert tweet.att.speaker_text == "Dianna E. Anderson"
    assert tweet.words.of(text) == "Yes this is real and yes the state spent half a million dollars on it:"
    assert tweet.posted == date(2019, 11, 18)


def test_a_signature_on_the_tweets_own_line_as_scraped_markup_flattens_it():
    text = ('<tweet id="1" author="@Bencjacobs">Why isn\'t Pence wearing the hat? #RINO — Ben Jacobs '
            "(@Bencjacobs) August 31, 2016</tweet>.\n\nThe rally went on.")
    (tweet,) = find_tweets(text, split_paragraphs(text), 0)
    assert tweet.words.of(text) == "Why isn't Pence wearing the hat? #RINO"
    assert tweet.att.speaker_text == "Ben Jacobs"
    # a dash and a link before the signature's own dash are the words', not the display name's
    text = ("<tweet>I'm thrilled to announce my running mate. -H pic.twitter.com/lTVyfztE5Z SIGN UP FOR OUR "
            "NEWSLETTER — Hillary Clinton (@HillaryClinton) July 23, 2016</tweet>")
    (tweet,) = find_tweets(text, split_paragraphs(text), 0)
    assert tweet.att.speaker_text == "Hillary Clinton"


@pytest.mark.parametrize(
    "text",
    [
        "For updates, follow us (@bbc) on Twitter.\n\nThe match starts at noon.",
        "The club said it would reply.\n\n— Jane Roe (@janeroe)\n\nNo date follows the handle.",
        "A pro-Roe (@roe) March 3, 2019 rally.",  # a hyphen inside a word, not a dash before a name
        "— Jane Roe (@janeroe) November 18, 2019\n\nThe first line of the article is a signature with no words.",
        "Words of a tweet.\n\n— Jane Roe (@janeroe) November 18, 2019\n\n— John Doe (@jdoe) November 18, 2019",
    ],
)
def test_no_tweet_without_a_signature_line_and_words_before_it(text):
    found = find_tweets(text, split_paragraphs(text), 0)
    assert all(t.att.speaker_text != "John Doe" for t in found)
    if "Words of a tweet" not in text:
        assert found == []


def test_every_embedded_tweet_of_a_benchmark_page(nlp):
    root = shared_path("data", "article-extraction-benchmark", "ground-truth.json")
    key = "3f65af7b6b98b1c9ae9a3e0d8a09a85600cdc44e26e4b3a6db96a31f4b1767e3"
    text = json.loads(root.read_text("utf-8"))[key]["articleBody"]
    speakers = [(q.speaker.name, q.speaker.type) for q in _tweets(nlp, text)]
    assert speakers == [
        ("Dianna E Anderson", "person"), ("Mike Beauvais", "person"), ("tall glass of coquito", "person"),
        ("Kristi Noem", "person"), ("Cooper Lund", "person"),
    ]
