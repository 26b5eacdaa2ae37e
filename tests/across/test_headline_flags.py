"""Headline flags: only where the headline has a speaker the body quotes, on the headline's own quote.

The articles are shaped like the false alarms of issue 17: section and site names
standing where a speaker would ("... - Auto News", "Dear Abby: ...", "... - White
House"), a headline whose words sit inside a direct quote in the body, and the
BBC's "Statement - Surname" headlines that paraphrase the body.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from saidwhat.across.flags import NOT_FOUND, OTHER, PARAPHRASE, headline_form, headline_verdict, is_speaker_label
from saidwhat.across.link import link
from saidwhat.across.queries import list_flags
from saidwhat.models import Extraction, Quote, QuoteKind, Span, Speaker
from saidwhat.settings import Settings


def headlined(ex: Extraction, headline: str, words: str, mention: str | None) -> Extraction:
    """``ex`` with ``headline``, whose ``words`` the extractor attributed to ``mention``."""
    start = headline.index(words)
    quote = Quote(
        words,
        (Span(start, start + len(words)),),
        QuoteKind.HEADLINE,
        speaker=Speaker(mention) if mention else None,
        where="headline",
    )
    return Extraction(replace(ex.article, headline=headline), (quote, *ex.quotes))


def _flags(store, *extractions):
    for ex in extractions:
        assert store.add(ex)
    link(store, Settings())
    return list_flags(store, kind="headline")


BODY = [
    ("We have no plans to raise the basic rate of income tax in the next parliament", "Gordon Brown"),
    ("The economy is stronger than at any time in a generation", "Mr Brown"),
]


@pytest.mark.parametrize(
    ("headline", "words", "mention"),
    [
        ("Income tax will not rise - Auto News", "Income tax will not rise", "Auto News"),
        (
            "Dear Abby: My husband never listens to a word I say",
            "My husband never listens to a word I say",
            "Dear Abby",
        ),
        ("Tax cuts will pay for themselves - White House", "Tax cuts will pay for themselves", "White House"),
        (
            "Fact Check: the economy is the strongest in a generation",
            "the economy is the strongest in a generation",
            "Fact Check",
        ),
    ],
)
def test_section_and_site_names_are_no_speakers(store, wire, headline, words, mention):
    ex = headlined(wire("h1", "ft", "2005-03-16T10:00", BODY), headline, words, mention)
    assert is_speaker_label(mention)
    assert _flags(store, ex) == []


def test_a_headline_quote_of_no_one_is_not_flagged(store, wire):
    ex = headlined(
        wire("h2", "bbc", "2005-03-16T10:00", BODY),
        "Economy 'stronger than forecast'",
        "stronger than forecast",
        None,
    )
    assert _flags(store, ex) == []


def test_a_speaker_the_body_never_quotes_is_not_read(store, wire):
    # "Disaster claims 'less than $10bn'": the headline's "speaker" is no one in the body
    ex = headlined(
        wire("h3", "bbc", "2005-01-05T10:00", BODY),
        "Disaster claims 'less than $10bn'",
        "less than $10bn",
        "Disaster",
    )
    assert _flags(store, ex) == []


def test_words_inside_a_direct_quote_of_the_body_are_supported(store, wire):
    # The body quotes the words directly, though the extractor gave that quote no named speaker.
    body = wire(
        "h4",
        "bbc",
        "2005-03-16T10:00",
        [
            ("We will not raise the basic rate of income tax", "a Treasury spokesman"),
            ("The economy is stronger than at any time in a generation", "Gordon Brown"),
        ],
    )
    ex = headlined(
        body,
        "Brown: 'We will not raise the basic rate of income tax'",
        "We will not raise the basic rate of income tax",
        "Brown",
    )
    assert _flags(store, ex) == []


def test_quoted_words_that_take_the_speakers_negation_out_are_flagged(store, wire):
    # "We will not stop production, but every car ..." holds the headline's words and says the
    # opposite (test5's a129)
    body = wire("h4n", "bbc", "2005-03-16T10:00", [
        ("We will not stop production, but every car that leaves our factories will be inspected twice",
         "Hiroshi Takebayashi"),
        ("We deeply apologise to every customer who has been put in danger by this defect", "Takebayashi"),
    ])
    ex = headlined(body, "Takebayashi: 'We will stop production until every car is safe'",
                   "We will stop production until every car is safe", "Takebayashi")
    flags = _flags(store, ex)
    assert len(flags) == 1
    assert flags[0]["evidence"]["severity"] in ("high", "low")


def test_quoted_words_that_keep_the_speakers_negation_are_supported(store, wire):
    body = wire("h4k", "bbc", "2005-03-16T10:00", [
        ("We will not stop production, but every car that leaves our factories will be inspected twice",
         "Hiroshi Takebayashi"),
    ])
    ex = headlined(body, "Takebayashi: 'We will not stop production'", "We will not stop production",
                   "Takebayashi")
    assert _flags(store, ex) == []


def test_a_misattributed_headline_is_flagged_on_its_own_quote(store, wire):
    ex = headlined(
        wire("h5", "bbc", "2005-03-16T10:00", BODY),
        "Brown: 'Petrol duties will double next year'",
        "Petrol duties will double next year",
        "Brown",
    )
    flags = _flags(store, ex)
    assert len(flags) == 1
    ev = flags[0]["evidence"]
    assert ev["speaker_id"] == "Q10648"  # Gordon Brown, as the body's quotes are linked
    assert ev["severity"] == "high"
    assert [c["support"] for c in ev["clauses"]] == [NOT_FOUND]
    # the badge belongs to the headline's quote, not to the body's
    row = store.connection.execute(
        'SELECT "where", idx FROM quotes WHERE id = ?', (flags[0]["quote"],)
    ).fetchone()
    assert row == ("headline", 0)


def test_a_headline_the_reporter_paraphrased_is_a_note(store, wire):
    # "Abortion not a poll issue - Blair": the body says it in the reporter's words only
    body = wire(
        "h6",
        "bbc",
        "2005-03-14T10:00",
        [
            (
                "You should not criminalise a woman who, in very difficult circumstances, makes that choice",
                "Tony Blair",
            ),
        ],
        lead="Tony Blair does not believe abortion should be an election issue, arguing it is a matter "
        "of conscience.",
    )
    flags = _flags(
        store, headlined(body, "Abortion not a poll issue - Blair", "Abortion not a poll issue", "Blair")
    )
    assert len(flags) == 1
    assert flags[0]["evidence"]["severity"] == "note" and "not counted" in flags[0]["evidence"]["note"]
    assert [c["support"] for c in flags[0]["evidence"]["clauses"]] == [PARAPHRASE]


def test_a_headline_of_direct_words_is_not_flagged(store, wire):
    ex = headlined(
        wire("h7", "bbc", "2005-03-16T10:00", BODY),
        "The economy is stronger than at any time in a generation, says Brown",
        "The economy is stronger than at any time in a generation",
        "Brown",
    )
    assert _flags(store, ex) == []


def test_a_speaker_named_but_not_quoted_in_the_body_is_read(store, wire):
    # "Clinton: 'Managers have torn up agreed procedures'" over a body that names Hillary Clinton
    # but quotes none of these words: nothing of hers supports them
    body = wire(
        "h8",
        "wire",
        "2021-03-26T10:00",
        [("The talks will resume in the spring", "a union spokesman")],
        lead="Hillary Clinton spoke of unity as the debate continued.",
    )
    ex = headlined(
        body,
        "Clinton: 'Managers have torn up agreed procedures'",
        "Managers have torn up agreed procedures",
        "Clinton",
    )
    flags = _flags(store, ex)
    assert [c["support"] for c in flags[0]["evidence"]["clauses"]] == [NOT_FOUND]
    assert flags[0]["evidence"]["severity"] == "high"


def test_only_the_quoted_words_of_a_headline_are_attributed(store, wire):
    # "Campbell: E-mail row 'silly fuss'": the speaker said "silly fuss"; "E-mail row" is the
    # headline writer's
    body = wire(
        "h9",
        "bbc",
        "2005-02-24T10:00",
        [("It was all a silly fuss over nothing at all", "Alastair Campbell")],
    )
    ex = headlined(
        body,
        "Campbell: E-mail row 'silly fuss over nothing'",
        "E-mail row 'silly fuss over nothing",
        "Campbell",
    )
    assert _flags(store, ex) == []


def _two_people(wire, aid: str, outlet: str, when: str, first: tuple[str, str], second: tuple[str, str],
                headline: str, words: str, mention: str) -> Extraction:
    """An article whose body quotes two people (typed person), under ``headline``."""
    body = wire(aid, outlet, when, [first, second])
    body = Extraction(
        body.article, tuple(replace(q, speaker=replace(q.speaker, type="person")) for q in body.quotes)
    )
    return headlined(body, headline, words, mention)


def test_words_of_another_person_are_flagged(store, wire):
    ex = _two_people(
        wire, "h10", "bbc", "2005-03-16T10:00",
        ("The economy is stronger than at any time in a generation", "Gordon Brown"),
        ("We will scrap the council tax within two years of taking office", "Charles Kennedy"),
        "Brown: 'We will scrap the council tax within two years'",
        "We will scrap the council tax within two years", "Brown",
    )
    flags = _flags(store, ex)
    assert [c["support"] for c in flags[0]["evidence"]["clauses"]] == [OTHER]
    assert flags[0]["evidence"]["severity"] == "high"


def test_a_body_speaker_the_headline_names_too_is_not_another_person(store, wire):
    # "Clinton" in the body, linked apart from the headline's "Hillary Clinton" (the body named Bill
    # Clinton first): the headline's words are not surely another person's
    ex = _two_people(
        wire, "h11", "huff-post", "2016-02-26T10:00",
        ("The economy is stronger than at any time in a generation", "Hillary Clinton"),
        ("His comments just do not fit with what I thought I knew about him", "Bill Clinton"),
        "Hillary Clinton: 'His comments do not fit with what I thought I knew about him'",
        "His comments do not fit with what I thought I knew about him", "Hillary Clinton",
    )
    assert [c["support"] for f in _flags(store, ex) for c in f["evidence"]["clauses"]] != [OTHER]


def test_the_speaker_is_the_words_before_on(store, wire):
    # "CNN President On Trump: 'We Do Not Pay Candidates ...'": not Trump's words, and no flag
    body = wire("h11", "cnn", "2016-01-20T10:00", [
        ("We do not pay candidates to appear at debates", "CNN President Jeff Zucker"),
        ("I will not do the debate unless they pay me", "Donald Trump"),
    ])
    body = Extraction(
        body.article, tuple(replace(q, speaker=replace(q.speaker, type="person")) for q in body.quotes)
    )
    ex = headlined(body, "CNN President On Trump: 'We Do Not Pay Candidates To Appear At Debates'",
                   "We Do Not Pay Candidates To Appear At Debates", "CNN President On Trump")
    assert _flags(store, ex) == []


def test_a_deck_after_a_semicolon_is_not_the_speakers(store, wire):
    # "Sanders says he's riding momentum; Takes Wisconsin, but ...": the second headline is the editor's
    words = "The economy is stronger than at any time in a generation; Tories Cry Foul Over Figures"
    ex = headlined(wire("h10", "wire", "2005-03-16T10:00", BODY), f"Brown: {words}", words, "Brown")
    assert _flags(store, ex) == []


def test_quoted_words_after_a_semicolon_are_still_the_speakers(store, wire):
    # "Pat Caddell: Democrat Voters Worried About ...; It's 'in Their Heads'": no deck, the quoted words
    words = "Voters are worried about the economy; It's 'stronger than at any time in a generation'"
    ex = headlined(wire("h12", "wire", "2005-03-16T10:00", BODY), f"Brown: {words}", words, "Brown")
    assert _flags(store, ex) == []


def test_a_quotation_over_several_paragraphs_supports_the_headline(store, wire):
    # news style opens each paragraph of a long quotation and closes only the last: the words of a
    # paragraph left open are quoted words, not the reporter's
    lead = ("John Kasich spoke to supporters in Ohio on Tuesday night.\n\n"
            "\"Tonight we arrived in Cleveland, and we went to a restaurant to grab a quick meal.\n\n"
            "\"This is all I got, and I want you to know something: we are going to go all the way to "
            "Cleveland and secure the nomination.")
    body = wire("h11", "wire", "2016-03-16T10:00", [("We will keep on going", "John Kasich")], lead=lead)
    words = "We Are Going To Go All The Way To Cleveland and Secure The Nomination"
    assert _flags(store, headlined(body, f"Kasich: \u2018{words}\u2019", words, "Kasich")) == []



def test_a_headline_of_hyphenated_body_words_is_not_flagged(store, wire):
    # "Obama slams GOP's 'doom and despair'" for his "doom-and-despair tour" (PolNeAR train)
    body = wire(
        "h9",
        "ap",
        "2016-02-05T10:00",
        [("I know that is still inconvenient for their doom-and-despair tour in New Hampshire", "Barack Obama")],
    )
    flags = _flags(store, headlined(body, "Obama: GOP 'doom and despair tour' fails", "doom and despair tour", "Obama"))
    assert flags == []


def _note_or_flag(store, body, headline, words, mention) -> str:
    flags = _flags(store, headlined(body, headline, words, mention))
    assert len(flags) == 1
    return flags[0]["evidence"]["severity"]


def test_a_pronoun_and_its_verb_are_not_words_to_find(store, wire):
    # "Sanders says he's riding momentum" for "Sanders claimed momentum" (PolNeAR train)
    body = wire("h11", "cnn", "2016-04-06T10:00", [("We have a path toward victory", "Bernie Sanders")],
                lead="In a victory speech, Sanders claimed momentum in the race for the nomination.")
    words = "he's riding momentum toward the nomination"
    assert _note_or_flag(store, body, f"Sanders says {words}", words, "Sanders") == "note"


# How a headline attributes its words, and whether a flag on it counts (README, "Headline flags that
# count"): (headline, attributed words, speaker, form).
FORMS = [
    ("Marsh: 'Europe must pay for its own defense' - World Desk", "Europe must pay for its own defense",
     "Marsh", "quoted"),
    ("Whitford: carmakers 'will pay the price' for delay", "carmakers 'will pay the price' for delay",
     "Whitford", "quoted"),
    ("Darrell Scott: \u2018You Find Me an Aberration Because I\u2019m Black\u2019", "You Find Me an Aberration "
     "Because I\u2019m Black", "Darrell Scott", "quoted"),
    ("Oberholz: Europe will send troops to guard the ports", "Europe will send troops to guard the ports",
     "Oberholz", "claim"),
    ("Rubio: I Still Believe Trump Can\u2019t Be Trusted", "I Still Believe Trump Can\u2019t Be Trusted", "Rubio",
     "claim"),
    ("Mark Cuban: I'd consider a future White House bid", "I'd consider a future White House bid", "Mark Cuban",
     "claim"),
    ("Johnny Depp: The acting outlaw", "The acting outlaw", "Johnny Depp", "summary"),
    ("Arthur Hailey: King of the bestsellers", "King of the bestsellers", "Arthur Hailey", "summary"),
    ("Thompson says Gerrard should stay", "Gerrard should stay", "Thompson", "summary"),
    ("Farrell saga to drag on - Lindsay", "Farrell saga to drag on", "Lindsay", "summary"),
]


@pytest.mark.parametrize(("headline", "words", "mention", "form"), FORMS)
def test_how_a_headline_attributes_its_words(headline, words, mention, form):
    assert headline_form(headline, words, mention) == form


def _clause(support):
    return {"clause": "Europe will send troops to guard the ports", "support": support, "evidence": None,
            "where": None}


# (form, support of the one clause, body text, severity, counted)
VERDICTS = [
    ("quoted", NOT_FOUND, "Oberholz spoke in Berlin.", "high", True),
    ("quoted", OTHER, "Oberholz spoke in Berlin.", "high", True),
    ("summary", OTHER, "Oberholz spoke in Berlin.", "high", True),
    ("claim", NOT_FOUND, "Europe is not going to look on, Oberholz said.", "high", True),
    # the body rewords it (3 of its 5 content words): a note, not a misattribution
    ("claim", NOT_FOUND, "Europe will send ships to the ports, Oberholz said.", "note", False),
    ("summary", NOT_FOUND, "Oberholz spoke in Berlin.", "note", False),
    ("summary", PARAPHRASE, "Oberholz spoke in Berlin.", "note", False),
]


@pytest.mark.parametrize(("form", "support", "text", "severity", "counted"), VERDICTS)
def test_which_headline_flags_count(form, support, text, severity, counted):
    got, note = headline_verdict(form, [_clause(support)], "Oberholz", text)
    assert got == severity
    assert (note is None) == counted
    if form == "summary" and support == NOT_FOUND:
        assert note.startswith("headline summary not found in the speaker's words")


def test_an_unquoted_summary_the_body_does_not_support_is_a_note(store, wire):
    # "Thompson says Gerrard should stay" for "pleaded with Gerrard to reject any overtures" (BBC)
    body = wire("h13", "bbc", "2005-01-05T10:00", [("I hope he stays with us for many years", "Phil Thompson")],
                lead="Phil Thompson has pleaded with Steven Gerrard to reject any overtures from Chelsea.")
    words = "Gerrard must never leave for London"
    flags = _flags(store, headlined(body, f"Thompson says {words}", words, "Thompson"))
    assert [f["evidence"]["severity"] for f in flags] == ["note"]
    assert flags[0]["evidence"]["form"] == "summary"


def test_quoted_words_in_a_paragraph_naming_the_speaker_are_a_note(store, wire):
    # "OK Gov Fallin: Trump Is 'Trying To Campaign As A Racial Healer'" over a transcript (PolNeAR train)
    lead = "Partial transcript as follows:\n\nFALLIN: I think he is trying to campaign as a racial healer."
    body = wire("h14", "wire", "2016-07-10T10:00", [("We have work to do in this country", "Mary Fallin")],
                lead=lead)
    words = "Trying To Campaign As A Racial Healer"
    flags = _flags(store, headlined(body, f"Fallin: Trump Is \u2018{words}\u2019", words, "Fallin"))
    assert [f["evidence"]["severity"] for f in flags] == ["note"]
