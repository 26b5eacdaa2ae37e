from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from saidwhat.across.dates import may_name_a_day, resolve_spoken_date, resolve_spoken_range

THURSDAY = datetime(2024, 9, 19, 5, 23)


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("Stoltenberg said on Tuesday", date(2024, 9, 17)),
        ("he told reporters last week", None),  # a week is no day: see resolve_spoken_range
        ("she said on 11 October", date(2023, 10, 11)),  # a later day this year is last year's
        ("said on Sept. 3", date(2024, 9, 3)),
        ("said on September 3, 2022", date(2022, 9, 3)),
        ("he said yesterday", date(2024, 9, 18)),
        ("said on Thursday", date(2024, 9, 19)),  # the article's own weekday is that day
        ("said last Thursday", date(2024, 9, 12)),
        ("told the BBC this morning", date(2024, 9, 19)),
        ("he said", None),
        ("he will answer questions next Tuesday, he said", None),  # a day to come
        ("ahead of Tuesday's vote, he said", None),
        ("In 2019, he said on Tuesday that", None),  # not this week's Tuesday
        ("he said in 2019, on 11 October, that", date(2019, 10, 11)),
        ("she said on Sunday", date(2024, 9, 15)),  # the Sunday just gone, not next week's
        ("said on 31 February", None),
        ("said on the 11th of October", date(2023, 10, 11)),
        # a date that names an event is not the day the words were said (PolNeAR train, usa-today)
        ("Whatever the outcome in New York's October 19 primary", None),
        ("the nominee for the Nov. 8 election later said", None),
    ],
)
def test_resolve_spoken_date(context, expected):
    assert resolve_spoken_date(context, THURSDAY) == expected


def test_every_day_found_holds_a_day_word():
    """``may_name_a_day`` is asked before the cue's sentence is cut: wherever a day is found, it
    must say yes (the contexts above, and a few of each pattern composed here)."""
    contexts = [c for c, _ in test_resolve_spoken_date.pytestmark[0].args[1]] + [
        "the minister said on Mon", "she said on 2 Jan", "he said on Dec. 4, 2023", "told MPs tonight",
        "she said earlier today", "told the BBC this evening", "he said on 5 may", "said last Friday",
    ]
    for context in contexts:
        if resolve_spoken_date(context, THURSDAY) is not None:
            assert may_name_a_day(context), context


@pytest.mark.parametrize(("context", "expected"), [
    ("the chancellor told MPs", False),
    ("the chancellor told MPs on Monday", True),
    ("a spokesman for the firm said", False),
    ("said in a statement in March", True),
    ("the remark was smart, she said", False),  # a month's name must start a word
])
def test_may_name_a_day(context, expected):
    assert may_name_a_day(context) is expected


def test_no_article_date():
    assert resolve_spoken_date("said on Tuesday", None) is None


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("he told reporters last week", (date(2024, 9, 9), date(2024, 9, 15), "last week")),
        ("In 2019, the mayor promised", (date(2019, 1, 1), date(2019, 12, 31), "In 2019")),
        # a month of a year is that month, not the whole year
        ("his comment in October 2019 that", (date(2019, 10, 1), date(2019, 10, 31), "in October 2019")),
        ("she told ABC News in February", (date(2024, 2, 1), date(2024, 2, 29), "in February")),
        ("she said in September", (date(2024, 9, 1), date(2024, 9, 19), "in September")),  # up to the day
        ("as she said last year", (date(2023, 1, 1), date(2023, 12, 31), "last year")),
        ("said last month", (date(2024, 8, 1), date(2024, 8, 31), "last month")),
        ("said on Tuesday", (date(2024, 9, 17), date(2024, 9, 17), "day")),
        ("he said", None),
    ],
)
def test_resolve_spoken_range(context, expected):
    assert resolve_spoken_range(context, THURSDAY) == expected


def test_the_day_is_read_in_the_cues_own_sentence():
    """PolNeAR train (huff-post, 31 July 2016): the next sentence's "Nov. 8 election" made Trump's
    "Russia, if you're listening" of 27 July 2016 a remark of 8 November 2015."""
    from saidwhat.across.link import _cue_sentence

    window = ("          \u201d Trump told reporters.\nThe Republican presidential nominee for the Nov. 8 "
              "election later said he was being sarcastic")
    start = window.index("told")
    assert _cue_sentence(window, start, start + len("told reporters")) == "\u201d Trump told reporters."
    window = "   , he said on Nov. 8 that it was fine. Mr. Smith agreed on Tuesday."
    start = window.index("said")
    assert _cue_sentence(window, start, start + 4) == ", he said on Nov. 8 that it was fine."


@pytest.mark.parametrize("window", [
    "He left.\nThe minister said on Monday: Go. 2019 was another year.",
    "Nothing ends here, she said",
    "Really? \u201cYes\u201d, he told (us). Then\n\nnothing.",
])
def test_cue_sentence_ends_as_two_alternatives(window):
    import re

    from saidwhat.across.link import _SENTENCE_END

    two = re.compile(r"[.!?](?=\s+[A-Z0-9\"'(\u201c\u2018]|\s*$)|\n")  # as written before
    assert [m.span() for m in _SENTENCE_END.finditer(window)] == [m.span() for m in two.finditer(window)]


AUGUST = datetime(2016, 8, 25)


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        # PolNeAR train (west-journal, 25 August 2016): last year's December
        ("When he first described the wall in December, he said", [(date(2015, 12, 1), date(2015, 12, 31))]),
        ("during his March visit", [(date(2016, 3, 1), date(2016, 3, 31))]),
        ("his comment in October 2014 that", [(date(2014, 10, 1), date(2014, 10, 31))]),
        ("as she said last year", [(date(2015, 1, 1), date(2015, 12, 31))]),
        ("a speech on Dec. 7 in which", [(date(2015, 12, 7), date(2015, 12, 7))]),
        ("said on Tuesday", []),  # the article's own week: no earlier occasion
        ("since the 2003 invasion of Iraq", []),  # a bare year names something else as often as not
        ("the Nov. 8 election", []),  # an event's day
    ],
)
def test_named_times(context, expected):
    from saidwhat.across.dates import named_times

    assert [(lo, hi) for lo, hi, _ in named_times(context, AUGUST)] == expected


# --- the dates42 round: fronted days, a day at the head of reported speech, the story's day ----

SUNDAY_2015 = datetime(2015, 12, 20)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # test2 a87's shape: a long subject between the opening day and the cue
        ("On Monday, an airline spokesman, Tom Reyes, said", datetime(2025, 11, 25), date(2025, 11, 24)),
        # PolNeAR train (politico, 10 March 2016 and after)
        ("On Thursday night, Republican presidential candidate Donald Trump told", datetime(2016, 3, 12),
         date(2016, 3, 10)),
        ("Late on Tuesday, Senate Majority Leader Mitch McConnell said", datetime(2016, 3, 3), date(2016, 3, 1)),
        # PolNeAR train (wash-post, 3 March 2016): Tuesday is Trump's speech, not Reed's words
        ("Watching Trump talk on Tuesday night about unifying the party, Reed said:", datetime(2016, 3, 3), None),
        ("On Tuesday's vote, he said", datetime(2016, 3, 3), None),
    ],
)
def test_fronted_day(sentence, published, expected):
    from saidwhat.across.dates import fronted_day

    assert fronted_day(sentence, published) == expected


def test_leading_day_of_reported_speech():
    from saidwhat.across.dates import leading_day

    # PolNeAR train (breitbart, 20 December 2015): "Adelson said on Friday he met ..."
    assert leading_day("on Friday he met presidential candidate Donald Trump earlier this week") == len("on Friday")
    assert leading_day("he met Trump on Friday") == 0
    assert leading_day("Friday's vote would be close") == 0


def test_this_week_is_a_range_not_a_day_and_not_an_earlier_occasion():
    from saidwhat.across.dates import named_times

    friday = datetime(2016, 4, 15)  # PolNeAR train (breitbart): "he said earlier this week"
    assert resolve_spoken_range("he said earlier this week.", friday) == (date(2016, 4, 11), date(2016, 4, 15),
                                                                        "earlier this week")
    assert resolve_spoken_date("he said earlier this week.", friday) is None
    assert named_times("he said earlier this week.", friday) == []  # the recycled flag's reading is unchanged


# PolNeAR train, breitbart_2015-12-20 (Reuters), cut to its first quotes and one recall.
ADELSON = (
    "Top Republican Party donor Sheldon Adelson said on Friday he met presidential candidate Donald Trump "
    "earlier this week.\n"
    "\u201cIt was very nice,\u201d Adelson told Reuters in a rare interview in Macau.\n"
    "\u201cWe like a lot of the candidates,\u201d Adelson said.\n"
    "Adelson has often said \u201cIsrael comes first.\u201d\n"
    "\u201cI was asked this in 2012,\u201d Adelson said in 2012.\n"
)


def _quote(text: str, words: str, cue: str, name: str, kind: str = "direct"):
    from saidwhat.models import Cue, Quote, QuoteKind, Span, Speaker

    start = text.index(words)
    at = text.index(cue, max(0, start - 80) if kind == "indirect" else start)
    return Quote(words, (Span(start, start + len(words)),), QuoteKind(kind), cue=Cue(cue, Span(at, at + len(cue))),
                 speaker=Speaker(name, name=name, type="person"))


def test_a_quote_takes_the_day_of_its_speakers_dated_occasion():
    from saidwhat.across.link import spoken_days
    from saidwhat.models import Article, Extraction

    quotes = (
        _quote(ADELSON, "on Friday he met presidential candidate Donald Trump earlier this week", "said",
               "Sheldon Adelson", "indirect"),
        _quote(ADELSON, "It was very nice,", "told Reuters", "Sheldon Adelson"),
        _quote(ADELSON, "We like a lot of the candidates,", "said", "Sheldon Adelson"),
        _quote(ADELSON, "Israel comes first.", "said", "Sheldon Adelson"),  # "has often said": no one occasion
        _quote(ADELSON, "I was asked this in 2012,", "said", "Sheldon Adelson"),  # its own year
    )
    ex = Extraction(Article("adelson", ADELSON, published=SUNDAY_2015), quotes)
    friday = date(2015, 12, 18)
    assert spoken_days(ex) == [friday, friday, friday, None, None]
    # another speaker's undated quote takes nothing
    other = Extraction(ex.article, (quotes[0], _quote(ADELSON, "It was very nice,", "told Reuters", "Donald Trump")))
    assert spoken_days(other) == [friday, None]


def test_an_earlier_day_than_the_storys_is_not_taken():
    """PolNeAR train (nyt, 12 March 2016): a debate on Thursday night, and Rubio's remark "on
    Wednesday" before it: his undated quotes may be the debate's."""
    from saidwhat.across.link import spoken_days
    from saidwhat.models import Article, Extraction

    text = ("Mr. Rubio suggested on Wednesday that he regretted lobbing juvenile insults at Mr. Trump.\n"
            "The rivals on Thursday night largely abandoned their strategy.\n"
            "\u201cThe problem is presidents can't just say anything they want,\u201d Mr. Rubio said.\n")
    quotes = (_quote(text, "that he regretted lobbing juvenile insults at Mr. Trump", "suggested", "Marco Rubio",
                     "indirect"),
              _quote(text, "The problem is presidents can't just say anything they want,", "said", "Marco Rubio"))
    ex = Extraction(Article("rubio", text, published=datetime(2016, 3, 12)), quotes)
    assert spoken_days(ex) == [date(2016, 3, 9), None]


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "expected"),
    [
        # PolNeAR train (huff-post, Wednesday 8 June 2016)
        ("Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed Donald Trump\u2019s attack on a federal judge\u2019s "
         "Mexican heritage \u2014 something that\u2019s thrown the GOP into chaos all week \u2014 and said it\u2019s "
         "basically the same thing.", "Sen. Chuck Grassley", "said", date(2016, 6, 8)),
        ("Clinton\u2019s chief pollster and strategist Joel Benenson on Monday lashed out at what he characterized "
         "as an increasingly nasty Sanders campaign, advising the Vermont senator to stick to the issues.",
         "Joel Benenson", "advising", date(2016, 6, 6)),
        # a day further on is not the subject's
        ("Reed, watching Trump talk on Tuesday night about unifying a party split for months, said it was smart.",
         "Reed", "said", None),
    ],
)
def test_the_day_after_the_subject_is_the_cues(sentence, speaker, cue, expected):
    from saidwhat.across.link import quote_spoken_on
    from saidwhat.models import Article, Cue, Extraction, Quote, QuoteKind, Span, Speaker

    at, said = sentence.index(speaker), sentence.index(cue)
    words = sentence[said + len(cue) + 1 : -1]
    start = sentence.index(words)
    q = Quote(words, (Span(start, start + len(words)),), QuoteKind.INDIRECT, cue=Cue(cue, Span(said, said + len(cue))),
              speaker=Speaker(speaker, Span(at, at + len(speaker)), speaker, "person"))
    ex = Extraction(Article("t", sentence, published=datetime(2016, 6, 8)), (q,))
    assert quote_spoken_on(ex, q) == expected


@pytest.mark.parametrize(
    ("sentence", "cue", "habitual"),
    [
        # PolNeAR train (breitbart, 3 May 2016; nyt, 9 February 2016; usa-today, 26 April 2016)
        ("He has also called the Texas senator a man raised for these times", "called", True),
        ("At first, Mr. Rubio would point to his lengthy r\u00e9sum\u00e9", "point", True),
        ("\u201cI think he will do it,\u201d said Kunin, who has been critical of Sanders.", "said", False),
        ("He then adopted a fake Southern accent and joked", "joked", False),
    ],
)
def test_a_habitual_cue_dates_no_occasion(sentence, cue, habitual):
    from saidwhat.across.link import _habitual_cue
    from saidwhat.models import Cue, Quote, QuoteKind, Span

    at = sentence.index(cue)
    q = Quote("x", (Span(len(sentence), len(sentence)),), QuoteKind.INDIRECT, cue=Cue(cue, Span(at, at + len(cue))))
    assert _habitual_cue(sentence, q) is habitual


def test_a_stretch_reads_for_a_person():
    from saidwhat.across.dates import Spoken

    assert Spoken(date(2026, 11, 23), date(2026, 11, 29)).describe() == "the week of 23-29 Nov 2026"
    assert Spoken(date(2026, 11, 30), date(2026, 12, 6)).describe() == "the week of 30 Nov-6 Dec 2026"
    assert Spoken(date(2026, 11, 1), date(2026, 11, 30)).describe() == "Nov 2026"
    assert Spoken(date(2019, 1, 1), date(2019, 12, 31)).describe() == "2019"
    assert Spoken(date(2026, 11, 23), date(2026, 11, 25)).describe() == "23-25 Nov 2026"
    assert Spoken(date(2026, 11, 24), date(2026, 11, 24)).day == date(2026, 11, 24)


@pytest.mark.parametrize(
    "sentence, speaker, cue, published, expected",
    [
        # PolNeAR train shapes (the dates gold's "range" rows)
        ("\u201cThere is no doubt about it,\u201d Smith said last week.", "Smith", "said", date(2016, 3, 15),
         (date(2016, 3, 7), date(2016, 3, 13), "last week")),
        ("\u201cWe are not going to do that,\u201d Trump told ABC News in February.", "Trump", "told",
         date(2016, 4, 20), (date(2016, 2, 1), date(2016, 2, 29), "in February")),
        ("\u201cWe are not going to do that,\u201d Trump told Bloomberg News in October.", "Trump", "told",
         date(2016, 4, 23), (date(2015, 10, 1), date(2015, 10, 31), "in October")),
        ("\u201cI\u2019m not going anywhere,\u201d he said earlier this week.", "he", "said", date(2016, 4, 15),
         (date(2016, 4, 11), date(2016, 4, 15), "earlier this week")),
        ("\u201cThe system is rigged,\u201d Sanders said in 2011.", "Sanders", "said", date(2016, 2, 12),
         (date(2011, 1, 1), date(2011, 12, 31), "in 2011")),
        # a stretch that opens the cue's sentence
        ("Last week, the chairman of the committee, Bob Corker, said \u201cwe will look at it.\u201d", "Bob Corker",
         "said", date(2016, 3, 15), (date(2016, 3, 7), date(2016, 3, 13), "Last week")),
        # a time of something else: a relative clause's event, a thing named by its year (PolNeAR train)
        ("\u201cSilly boys acting like they've never seen a girl before,\u201d scoffed Arianna Gil, 22, who helped "
         "found the group in 2014.", "Arianna Gil", "scoffed", date(2016, 7, 31), None),
        ("Last year\u2019s FBI statistics show \u201cthe numbers are incorrect.\u201d", "FBI statistics", "show",
         date(2015, 11, 23), None),
        # a day is a day, not a stretch; a time in the quote's own words is not when it was said
        ("\u201cWe will win,\u201d Trump said on Tuesday.", "Trump", "said", date(2016, 3, 18), None),
        ("\u201cWe lost last week and we will win next month,\u201d Trump said.", "Trump", "said",
         date(2016, 3, 18), None),
    ],
)
def test_the_stretch_the_cue_names(sentence, speaker, cue, published, expected):
    from saidwhat.across.link import quote_spoken_range
    from saidwhat.models import Article, Cue, Extraction, Quote, QuoteKind, Span, Speaker

    at, said = sentence.index(speaker), sentence.index(cue)
    words = re.search("\u201c(.*?)[,.]?\u201d", sentence)
    q = Quote(words.group(1), (Span(words.start(1), words.end(1)),), QuoteKind.DIRECT,
              cue=Cue(cue, Span(said, said + len(cue))), speaker=Speaker(speaker, Span(at, at + len(speaker)),
                                                                    speaker, "person"))
    ex = Extraction(Article("t", sentence, published=datetime.combine(published, datetime.min.time())), (q,))
    found = quote_spoken_range(ex, q)
    assert (found and (found.first, found.last, found.words)) == expected


TRADE = "\u201cWe will not back down on trade,\u201d {who} said {when}.\n\nThe talks resume next month."


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # "last month" (March) on 5 April and "last week" (28 March-3 April) on 6 April: the words were
        # said on a day both hold, the last four days of March
        (("post", "2016-04-06T09:00:00+00:00", "last week"),
         ("2016-03-28", "2016-03-31", "28-31 Mar 2016", "said last month, per the source; last week, per post")),
        # a stretch apart from the first ("last week" on 20 April: 11-17 April) is a later occasion
        (("post", "2016-04-20T09:00:00+00:00", "last week"),
         ("2016-03-01", "2016-03-31", "Mar 2016", "said last month, per the source")),
    ],
)
def test_overlapping_stretches_narrow_the_statements_date(tmp_path, second, expected):
    """Two outlets print one remark, each with a stretch of its own (``saidwhat ingest`` of the
    articles, then linking): the statement's ``said`` is the earliest stretch narrowed to the days
    every overlapping stretch shares (``statements.narrowed_stretch``)."""
    import json

    from click.testing import CliRunner

    from saidwhat.across.queries import list_statements, statement_info
    from saidwhat.cli import main
    from saidwhat.store import Store

    outlet, day, when = second
    records = [
        {"id": "a1", "outlet": "wire", "published": "2016-04-05T09:00:00+00:00", "headline": "Smith on trade",
         "text": "Smith on trade\n\n" + TRADE.format(who="Senator Tom Smith", when="last month")},
        {"id": "a2", "outlet": outlet, "published": day, "headline": "Trade talks",
         "text": "Trade talks\n\n" + TRADE.format(who="Senator Tom Smith", when=when)},
    ]
    src, db = tmp_path / "trade.jsonl", tmp_path / "q.db"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert CliRunner().invoke(main, ["ingest", str(src), "--db", str(db)]).exit_code == 0
    with Store.open(db) as store:
        (row,) = list_statements(store, min_outlets=2)
        said = statement_info(store, row["id"])["said"]
    assert (said["from"], said["to"], said["shown"], said["evidence"]) == expected
    assert (said["basis"], said["outlet"]) == ("spoken", "wire")
