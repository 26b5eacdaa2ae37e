"""Altered and recycled flags that are right when they fire (issue 17).

Tables of wording pairs shaped like the false alarms and the misses the issue
lists: benign variants between outlets never flag, each real alteration is
named with its kind and severity on the outlet that departs; an article that
dates the words itself is not recycled; unnamed speakers' long quotes group.
"""

from __future__ import annotations

import pytest

from saidwhat.across.diff import canonical, classify, meaningful, reordered, word_diff
from saidwhat.across.flags import altered_flags, dated_as_old, recycled_flags, renderings_note
from saidwhat.across.link import link, quote_context
from saidwhat.across.queries import list_flags, list_statements, statement_info
from saidwhat.across.statements import Member, StatementIndex
from saidwhat.settings import Settings

BENIGN = [
    # a word's other form, a softener, a repetition, a sentence opened with "And"
    # (PolNeAR train's false alarms)
    (
        "Though the Second Amendment people, maybe there is",
        "Although the Second Amendment people, maybe there is",
    ),
    (
        "We have come a pretty long way in the last nine months",
        "We have come a long way in the last nine months",
    ),
    (
        "What difference, at this point, what difference does it make?",
        "What difference at this point does it make?",
    ),
    (
        "we are not going to pay for such a stupid wall. It is going to be useless",
        "we are not going to pay for such a stupid wall. And it is going to be useless",
    ),
    # US/UK spelling
    (
        "We will not cut the defense budget by a single dollar",
        "We will not cut the defence budget by a single dollar",
    ),
    (
        "We must prioritize the families who lost everything",
        "We must prioritise the families who lost everything",
    ),
    # "can not" / "cannot", hyphenation and spacing
    (
        "We can not ignore what is happening on the eastern border",
        "We cannot ignore what is happening on the eastern border",
    ),
    (
        "This is a long-term policy, not a bargaining chip",
        "This is a long term policy, not a bargaining chip",
    ),
    # numerals against number words
    ("Carmakers have had four years to prepare for this", "Carmakers have had 4 years to prepare for this"),
    # a sum after its currency's symbol or before its word (test5's a131)
    (
        "The cost of the pension rise, about £9 billion a year, will be met from higher duties on tobacco",
        "The cost of the pension rise, about 9 billion pounds a year, will be met from higher duties on tobacco",
    ),
    ("The new stadium will cost €400 million of public money",
     "The new stadium will cost 400 million euros of public money"),
    # a number word of tens and units, a figure with or without its thousands separator
    (
        "We will flush every main in the eastern district within 72 hours",
        "We will flush every main in the eastern district within seventy-two hours",
    ),
    (
        "We canceled 1,200 flights because a single software update failed, and that is on us",
        "We canceled 1200 flights because a single software update failed, and that is on us",
    ),
    # a number and its scale word spelt out, against the figure (test6's a146)
    ("We have moved 14,000 people in two days, and we will move more if we have to",
     "We have moved fourteen thousand people in two days, and we will move more if we have to"),
    ("Two hundred thousand homes are still without power", "200,000 homes are still without power"),
    # an editorial bracket, inserted or standing for a pronoun; a parenthesised abbreviation
    (
        "We will not cut it while our allies are under threat",
        "We will not cut it while our allies [in NATO] are under threat",
    ),
    ("This is what keeps the regime in power", "This [the oil money] is what keeps the regime in power"),
    (
        "the gap between companies like Electronic Arts (EA) which comes with a high price tag",
        "the gap between companies like Electronic Arts which comes with a high price tag",
    ),
    # an open elision, typography, case
    (
        "We will not abandon Ukraine and we will deliver more air defence before winter",
        "We will not abandon Ukraine ... we will deliver more air defence before winter",
    ),
    ("We\u2019re ready, and we\u2019ll remain ready", "WE'RE READY, AND WE'LL REMAIN READY"),
    # a clitic spelt out (a BBC election slogan printed both ways)
    ("Britain is working, don't let the Tories wreck it", "Britain\u2019s working, don't let the Tories wreck it"),
    ("We are ready and we will not let the country down", "We're ready and we won't let the country down"),
    # phrases that print the same words (data/across/wording.toml, same_phrases): "not one" is no figure
    ("No family will be left without a home before Christmas",
     "Not one family will be left without a home before Christmas"),
    ("No one will be left without a roof over their head", "Nobody will be left without a roof over their head"),
    ("The water rose two metres in less than an hour last night",
     "The water rose two metres in less than one hour last night"),
    # a short open cut after the variant's first word: "As" is not put against "said"
    ("As I said, the budget will not be cut by a single pound this year",
     "As … the budget will not be cut by a single pound this year"),
    # a slip of one letter in a long word (a BBC pair), an auxiliary said again
    ("Who can forget the blast of Madonna's Like A Virgin emenating from their first CD player?",
     "Who can forget the blast of Madonna's Like A Virgin emanating from their first CD player?"),
    ("people who have grown up with the club and got its interests at heart",
     "people who have grown up with the club and have got its interests at heart"),
]

ALTERED = [
    (
        "We will not cut the defense budget by a single dollar",
        "We will cut the defense budget by a single dollar",
        "negation-dropped",
        "high",
    ),
    (
        "There is no evidence the water supply was contaminated",
        "There is little evidence the water supply was contaminated",
        "negation-dropped",
        "high",
    ),
    (
        "We will accept this agreement as it stands today",
        "We will never accept this agreement as it stands today",
        "negation-added",
        "high",
    ),
    (
        "We will deliver 40 more air defence systems before winter",
        "We will deliver 400 more air defence systems before winter",
        "number",
        "high",
    ),
    (
        "Three mobile clinics will open in the county on Monday",
        "Three mobile prisons will open in the county on Monday",
        "substituted",
        "medium",
    ),
    (
        "The plan is a long-term policy and not a bargaining chip",
        "The plan is a long-term policy and frankly not a bargaining chip",
        "inserted",
        "medium",
    ),
    (
        "The levee held overnight and the pumps kept the town dry",
        "The levee held and the pumps kept the town dry",
        "dropped",
        "medium",
    ),
    # a scaled number spelt out is still a figure, and a changed one is a number change
    (
        "We have moved 14,000 people in two days, and we will move more if we have to",
        "We have moved forty thousand people in two days, and we will move more if we have to",
        "number",
        "high",
    ),
    # "no one" is one word: dropping "no" drops a negation, it does not change a figure
    (
        "There is no one in this town who will be left behind",
        "There is one in this town who will be left behind",
        "negation-dropped",
        "high",
    ),
    # a name dropped alone is words dropped, not a substitution
    (
        "We are going to invest 1.2 billion dollars in Millbrook over the next decade",
        "We are going to invest 1.2 billion dollars over the next decade",
        "dropped",
        "medium",
    ),
]


@pytest.mark.parametrize(("reference", "variant"), BENIGN)
def test_benign_variants_are_no_change(reference, variant):
    assert meaningful(classify(word_diff(reference, variant), variant)) == []


# Two outlets' cuts of one line (the generated set's ellipsis variants, seed 1): each prints what the other
# cut in the open, or cuts and runs on past the other's end; a cut never drops a negation unnoticed.
CUTS = [
    ("Some exhibitors will \u2026 you can take that content anywhere,",
     "Some exhibitors will be showcasing how \u2026 take that content anywhere.", []),
    ("Throughout the last three years, the people have provided a vital thrust to the project;",
     "Throughout the last three years, the people have provided a vital thrust to \u2026 feel it belongs to them,", []),
    ("Some exhibitors will \u2026 you can take that content anywhere",
     "Some exhibitors will be showcasing how you can take that content anywhere", []),
    # a word put for another next to the reference's cut is still a change
    ("Some exhibitors will \u2026 show how you can take that content anywhere",
     "Some exhibitors will be showcasing how you can take that content anywhere", ["substituted"]),
    ("While this is a step forward it goes nowhere near far enough.",
     "While this is a step forward \u2026 near far enough.", ["negation-dropped"]),
    # no ellipsis on either side: the same words are an alteration
    ("Some exhibitors will show you how you can take that content anywhere",
     "Some exhibitors will be showcasing how you can take that content anywhere", ["substituted"]),
]


@pytest.mark.parametrize(("reference", "variant", "kinds"), CUTS)
def test_cuts_in_the_open_on_either_side_are_no_change(reference, variant, kinds):
    changes = meaningful(classify(word_diff(reference, variant), variant, reference))
    assert [c.kind for c in changes] == kinds


# Variants that drop or add words (an elision, a bracket, a softener, a repetition, "And", an
# auxiliary) or slip a letter differ in their words; the others are one wording written otherwise.
SAME_WORDS = [
    (r, v)
    for r, v in BENIGN
    if len(canonical(r)) > 0
    and not any(mark in r + v for mark in ("...", "\u2026", "[", "(", "pretty", "what difference", "And it",
                                           "emenating", "have got"))
]


@pytest.mark.parametrize(("reference", "variant"), SAME_WORDS)
def test_benign_variants_share_one_canonical_wording(reference, variant):
    assert canonical(reference) == canonical(variant)


@pytest.mark.parametrize(("reference", "variant", "kind", "severity"), ALTERED)
def test_alterations_are_named(reference, variant, kind, severity):
    changes = meaningful(classify(word_diff(reference, variant), variant))
    assert [c.kind for c in changes] == [kind]


def _views(*members: tuple[str, str, str, str, str]):
    """The statements (one a sentence) of one speaker from (article, outlet, day, text, kind) members."""
    from datetime import date

    index = StatementIndex()
    for n, (aid, outlet, day, text, kind) in enumerate(members):
        index.add("Q1", Member(f"{aid}#{n}", aid, text, outlet, published=date.fromisoformat(day), kind=kind))
    return index.views()


def _view(*members: tuple[str, str, str, str, str]):
    """The one statement of one speaker from (article, outlet, day, text, kind) members."""
    views = _views(*members)
    assert len(views) == 1, [v.wording for v in views]
    return views[0]


@pytest.mark.parametrize(("reference", "variant", "kind", "severity"), ALTERED)
def test_the_flag_sits_on_the_outlet_that_departs(reference, variant, kind, severity):
    # the altered copy comes first: the majority, not the earliest, is the reference
    view = _view(
        ("x", "tabloid", "2025-03-04", variant, "direct"),
        ("a", "wire", "2025-03-04", reference, "direct"),
        ("b", "paper", "2025-03-05", reference, "direct"),
    )
    flags = altered_flags(view)
    assert [(f.article_id, f.evidence["change"], f.evidence["severity"]) for f in flags] == [
        ("x", kind, severity)
    ]
    assert "[-" in flags[0].evidence["diff"] or "{+" in flags[0].evidence["diff"]
    assert flags[0].evidence["reference_count"] == 2


@pytest.mark.parametrize(("reference", "variant"), BENIGN)
def test_benign_variants_never_flag(reference, variant):
    views = _views(
        ("a", "wire", "2025-03-04", reference, "direct"),
        ("b", "paper", "2025-03-05", reference, "direct"),
        ("c", "daily", "2025-03-05", variant, "direct"),
    )
    # a quote of two sentences is two statements, each holding the three quotes: none of them flags
    assert all(len(v.members) == 3 for v in views), [(v.wording, len(v.members)) for v in views]
    assert [f for v in views for f in altered_flags(v)] == []


def test_the_reporters_words_around_a_mixed_quote_never_flag():
    sentence = "Pentagon will ask Congress for 12 new frigates over the next five years"
    view = _view(
        ("a", "wire", "2025-03-04", sentence, "direct"),
        ("b", "paper", "2025-03-04", sentence, "direct"),
        (
            "c",
            "daily",
            "2025-03-05",
            "the department would ask for \u201c12 new frigates over the next five years\u201d",
            "mixed",
        ),
    )
    assert altered_flags(view) == []


def test_a_mixed_quotes_own_fragment_is_compared():
    sentence = "Pentagon will ask Congress for 12 new frigates over the next five years"
    view = _view(
        ("a", "wire", "2025-03-04", sentence, "direct"),
        ("b", "paper", "2025-03-04", sentence, "direct"),
        (
            "c",
            "daily",
            "2025-03-05",
            "the department would ask for \u201c12 new frigates over the next five years\u201d",
            "mixed",
        ),
    )
    assert altered_flags(view) == []
    view = _view(
        ("a", "wire", "2025-03-04", sentence, "direct"),
        ("b", "paper", "2025-03-04", sentence, "direct"),
        (
            "c",
            "daily",
            "2025-03-05",
            "the department would ask for \u201c20 new frigates over the next five years\u201d",
            "mixed",
        ),
    )
    assert [f.evidence["change"] for f in altered_flags(view)] == ["number"]


def test_reported_speech_and_headlines_are_not_compared():
    sentence = "We will not cut the defense budget by a single dollar while our allies are under threat"
    view = _view(
        ("a", "wire", "2025-03-04", sentence, "direct"),
        ("b", "paper", "2025-03-04", sentence, "direct"),
        (
            "c",
            "daily",
            "2025-03-05",
            "they will cut the defense budget by a single dollar while allies are under threat",
            "indirect",
        ),
    )
    assert altered_flags(view) == []


def test_independent_translations_are_no_alteration():
    view = _view(
        (
            "a",
            "wire",
            "2025-05-01",
            "We will not accept an agreement that sacrifices our farmers to cheap imports from abroad",
            "direct",
        ),
        (
            "b",
            "paper",
            "2025-05-01",
            "We will not accept a deal which sacrifices our farmers to cheap imports from abroad",
            "direct",
        ),
        (
            "c",
            "daily",
            "2025-05-02",
            "We won't accept an accord that sacrifices our farmers to cheap imports from abroad",
            "direct",
        ),
    )
    assert altered_flags(view) == []
    # ... but the reader is told: a note that the outlets render the words each their own way
    note = renderings_note(view)
    assert note is not None and note["wordings"] == 3 and note["outlets"] == ["daily", "paper", "wire"]


# Renderings of one translated remark, each outlet its own wording; the last copies the first
# with its figure changed (the wire's "43" printed "34"): the figures the others agree on.
RESCUED = [
    ("a", "wire", "2025-02-03", "So far our teams have pulled 43 people alive from the mud", "direct"),
    ("b", "paper", "2025-02-03", "Our teams have pulled 43 people alive from the mud so far", "direct"),
    ("c", "daily", "2025-02-04", "So far our rescuers have pulled 43 people alive out of the mud", "direct"),
]


def test_a_figure_changed_among_renderings_is_altered():
    copied = ("x", "tabloid", "2025-02-04", "So far our teams have pulled 34 people alive from the mud", "direct")
    flags = altered_flags(_view(*RESCUED, copied))
    assert [(f.article_id, f.evidence["change"], f.evidence["reference"]) for f in flags] == [
        ("x", "number", RESCUED[0][3])
    ]


def test_a_figure_left_out_of_a_rendering_is_no_change():
    variant = "So far our teams have pulled dozens of people alive from the mud"
    assert altered_flags(_view(*RESCUED, ("x", "tabloid", "2025-02-04", variant, "direct"))) == []


def test_a_figure_changed_in_a_rendering_of_its_own_is_not_flagged():
    # "rescuers", "out of" and "41": a translator's own wording, not a copy with its figure changed
    own = [RESCUED[0], RESCUED[1], (*RESCUED[2][:3], RESCUED[2][3].replace("43", "41"), "direct")]
    assert altered_flags(_view(*own)) == []


def test_renderings_that_disagree_on_their_figures_have_none_to_depart_from():
    split = [RESCUED[0], (*RESCUED[1][:3], RESCUED[1][3].replace("43", "41"), "direct"),
             (*RESCUED[2][:3], RESCUED[2][3].replace("43", "40"), "direct")]
    assert altered_flags(_view(*split)) == []


WATER = "The water rose two metres in less than an hour, and the warning came too late"
# (what the reporter says around the first outlet's quote, a variant of the words, flagged?)
TRANSLATED = [
    # the outlets say the remark was translated: a translator's choice of words is no alteration
    ("she told reporters in Spanish outside the town hall.", WATER.replace("warning", "alert"), False),
    ("Speaking through an interpreter, she said:", WATER.replace("less than", "under"), False),
    ("she said, according to a translation provided by the town hall.",
     WATER.replace("came too late", "arrived too late"), False),
    # ... but a figure or a negation changed is an alteration in any language
    ("she told reporters in Spanish outside the town hall.", WATER.replace("two metres", "four metres"), True),
    ("she told reporters in Spanish.", WATER.replace("came too late", "did not come too late"), True),
    # a language named as something else's ("in German politics") says nothing of the words
    ("a veteran of debates in German politics, she said:", WATER.replace("warning", "alert"), True),
    # the paragraph before says it of its own speaker's quotes, not of another's after it (test5's a126)
    ("the chief executive told a news conference in Tokyo, speaking in Japanese. \"We will not stop production.\"\n\n"
     "In Frankfurt, Lena Achterberg, who heads the company's European operations, said: \"   \"",
     WATER.replace("warning", "alert"), True),
    # ... and of the same speaker's quote after it, which names no one new (test3's a88)
    ("she told reporters in Greek at the port: \"We will not rest.\"\n\n\"   ,\" she said on Monday.",
     WATER.replace("warning", "alert"), False),
    ("Speaking in Greek, the minister thanked the rescuers.\n\nIn Piraeus, Eleni Markaki said: \"   \"",
     WATER.replace("warning", "alert"), False),
    ("she said.", WATER.replace("warning", "alert"), True),
]


@pytest.mark.parametrize(("context", "variant", "flagged"), TRANSLATED)
def test_translated_words_flag_only_figures_and_negations(context, variant, flagged):
    from datetime import date

    index = StatementIndex()
    for n, (aid, text, ctx) in enumerate((("a", WATER, context), ("b", WATER, ""), ("x", variant, ""))):
        index.add("Q1", Member(f"{aid}#{n}", aid, text, aid, published=date(2026, 1, 13), context=ctx))
    (view,) = index.views()
    assert [f.article_id for f in altered_flags(view)] == (["x"] if flagged else [])
    note = renderings_note(view)
    assert (note is not None and note["translated"] is not None) == (context.startswith(("she told", "Speaking",
                                                                                        "she said,")))


def test_one_outlet_departing_from_the_majority_is_no_renderings_note():
    sentence = "We will not accept an agreement that sacrifices our farmers to cheap imports from abroad"
    view = _view(
        ("a", "wire", "2025-05-01", sentence, "direct"),
        ("b", "paper", "2025-05-01", sentence, "direct"),
        ("c", "daily", "2025-05-02", sentence.replace("will not", "will"), "direct"),
    )
    assert renderings_note(view) is None
    assert [f.article_id for f in altered_flags(view)] == ["c"]


# A wire's wording printed by two outlets, and a third outlet's own translation of the same remark:
# reworded in two places or more, its sense kept (issue 17: "translation variants", not altered).
OWN_TRANSLATION = [
    (
        "No one will be left behind while there are still families under the mud",
        "Nobody will be left behind while families are still buried under the mud",
    ),
    (
        "This is a crime against the whole of humanity and those responsible will be punished",
        "This is a crime against all humanity, and those who are responsible will be punished",
    ),
    (
        "We are grateful to our partners, but the weapons must arrive now, not in six months",
        "We thank our partners, but the weapons must arrive now and not in six months",
    ),
    (
        "The families of the victims deserve the truth and the state will give it to them",
        "The victims' families deserve the truth, and the state is going to give it to them",
    ),
    (
        "Our soldiers are holding the line near the city, but they need more shells every day",
        "Our soldiers hold the line near the city, but every day they need more shells",
    ),
]
# ... and the same copies altered by an outlet in one place, or in a figure or a negation: flagged.
ALTERED_COPY = [
    (OWN_TRANSLATION[4][0], "Our soldiers are holding the line near the city, but they need more drones every day",
     "substituted"),
    (OWN_TRANSLATION[4][0], "Our soldiers are holding the line, but they need more shells every day", "dropped"),
    (OWN_TRANSLATION[3][0], "The families of the victims deserve the truth and the state will never give it to them",
     "negation-added"),
    (OWN_TRANSLATION[1][0], "This is a crime against the whole of humanity and those responsible will be forgiven",
     "substituted"),
    # reworded in two places, and a figure changed: no translator chooses a figure
    (OWN_TRANSLATION[2][0], "We thank our partners, but the weapons must arrive now, not in nine months", "number"),
]


def _copies_and(reference: str, variant: str):
    return _view(("a", "wire", "2025-03-04", reference, "direct"), ("b", "paper", "2025-03-04", reference, "direct"),
                 ("x", "tabloid", "2025-03-05", variant, "direct"))


@pytest.mark.parametrize(("reference", "variant"), OWN_TRANSLATION)
def test_an_outlets_own_translation_beside_copies_is_a_note(reference, variant):
    view = _copies_and(reference, variant)
    assert altered_flags(view) == []
    note = renderings_note(view)
    assert note is not None and note["wordings"] == 2


@pytest.mark.parametrize(("reference", "variant", "kind"), ALTERED_COPY)
def test_a_local_change_to_the_copies_is_still_altered(reference, variant, kind):
    view = _copies_and(reference, variant)
    assert [(f.article_id, f.evidence["change"]) for f in altered_flags(view)] == [("x", kind)]
    assert renderings_note(view) is None


# --- recycled ------------------------------------------------------------------------------------

WORDS = "This city will have a new stadium by 2023, and taxpayers will not pay a cent for it"


@pytest.mark.parametrize(
    ("lead", "recycled"),
    [
        ("Mayor Daniel Okafor spoke at the groundbreaking on Tuesday.", True),
        ("In 2019, Mayor Daniel Okafor made a promise.", False),
        ("The stadium is late. Voters remember his promise in 2019 that the city would pay nothing.", False),
        ("Mayor Daniel Okafor had said as much when the plan was first unveiled.", False),
        ("The mayor said last year that the city would not pay.", False),
        ("At the time, Mayor Daniel Okafor was sure of it.", False),
        # a PolNeAR article reminding its readers of a line said 50 days before
        ("Mayor Daniel Okafor fanned controversy earlier this year over his remark that", False),
        ("Mayor Daniel Okafor repeated it earlier this week.", True),
    ],
)
def test_an_article_that_dates_the_words_is_not_recycled(store, wire, lead, recycled):
    for ex in (
        wire("r1", "ledger", "2019-10-08T09:00", [(WORDS, "Mayor Daniel Okafor")]),
        wire("r2", "post", "2019-10-09T09:00", [(WORDS, "Daniel Okafor")]),
        wire("r3", "herald", "2020-10-12T09:00", [(WORDS, "Daniel Okafor")], lead=lead),
    ):
        assert store.add(ex)
    link(store, Settings())
    flags = list_flags(store, kind="recycled")
    assert [f["evidence"]["outlet"] for f in flags] == (["herald"] if recycled else [])
    if recycled:
        ev = flags[0]["evidence"]
        assert (ev["first_seen"], ev["date"], ev["first_outlet"]) == ("2019-10-08", "2020-10-12", "ledger")


def test_the_quotes_own_years_do_not_date_it():
    text = "The mayor spoke on Tuesday.\n\n\u201cWe will be done by 2023,\u201d he said."
    start = text.index("We will")
    context = quote_context(text, [(start, start + len("We will be done by 2023"))])
    assert "2023" not in context and "mayor spoke" in context
    from datetime import date

    member = Member("1", "a", "We will be done by 2023", published=date(2024, 1, 2), context=context)
    assert dated_as_old(member) is None
    view = _view(("a", "wire", "2019-10-08", WORDS, "direct"), ("b", "paper", "2020-10-12", WORDS, "direct"))
    assert [f.article_id for f in recycled_flags(view)] == ["b"]


# --- the seed and its October 2023 coverage ------------------------------------------------------

OCTOBER_2023 = (
    "NATO Secretary General Jens Stoltenberg welcomed Ukraine's president to the alliance's headquarters "
    "on Wednesday.\n\n\u201cDear President Zelensky, welcome to NATO. Your fight is our fight. "
    "Your security is our security and your "
    "values are our values. We will stand by Ukraine for as long as it takes,\u201d Stoltenberg said."
)


def _october_2023():
    """A short report of 11 October 2023 carrying the words the seed prints as news
    (composed for this test)."""
    from datetime import datetime

    from saidwhat.models import Article, Cue, Extraction, Quote, QuoteKind, Span, Speaker

    start = OCTOBER_2023.index("Dear President")
    end = OCTOBER_2023.index(",\u201d Stoltenberg")
    cue = OCTOBER_2023.index("said.")
    spk = OCTOBER_2023.index("Stoltenberg said")
    art = Article(
        "oct2023",
        OCTOBER_2023,
        headline="Stoltenberg welcomes Zelensky to NATO",
        url="https://wire.example/2023/10/11/stoltenberg-zelensky",
        outlet="wire",
        published=datetime(2023, 10, 11, 14, 0),
    )
    return Extraction(
        art,
        (
            Quote(
                OCTOBER_2023[start:end],
                (Span(start, end),),
                QuoteKind.DIRECT,
                Cue("said", Span(cue, cue + 4)),
                Speaker("Stoltenberg", Span(spk, spk + 11)),
            ),
        ),
    )


@pytest.fixture
def seed():
    from tests.across.test_seed import SEED, _hand_built

    if not SEED.is_file():
        pytest.skip(f"../shared is absent: no seed article at {SEED}")
    return _hand_built(SEED.read_text(encoding="utf-8"))


def test_the_seed_is_recycled_when_its_october_2023_coverage_is_stored(store, seed):
    store.add(_october_2023())
    store.add(seed)
    link(store, Settings())
    flags = list_flags(store, kind="recycled")
    # one flag for each quote of the seed's that October 2023 printed first, not one for each of its
    # sentences; all on the seed, which names no outlet. "Your fight is our fight" alone is too short
    # to be presented as news, but the seed's opening line carries it as news ("... a member of NATO,
    # your fight is our fight, said ..."). Stoltenberg's long quote is three statements October 2023
    # printed ("Dear President Zelensky, welcome to NATO.", "We will stand by Ukraine ...", "Your
    # security is our security ..."): one flag, naming the three.
    assert [f["evidence"]["outlet"] for f in flags] == [None, None]
    assert {f["article"] for f in flags} == {_seed_id(store)}
    assert len({f["quote"] for f in flags}) == 2
    assert {f["evidence"]["text"] for f in flags} == {
        "Dear President Zelensky, welcome to NATO.",
        "The Alliance agreed that Ukraine will become a member of NATO, your fight is our fight"}
    assert sorted(len(f["evidence"]["statements"]) for f in flags) == [1, 3]
    ev = flags[0]["evidence"]
    assert (ev["first_seen"], ev["date"], ev["days"], ev["first_outlet"]) == (
        "2023-10-11",
        "2024-09-19",
        344,
        "wire",
    )
    # the statement is dated by its earliest source, and says so
    said = statement_info(store, flags[0]["statement"])["said"]
    assert (said["date"], said["outlet"], said["evidence"]) == ("2023-10-11", "wire", "earliest dated source")


def test_the_seed_alone_is_not_recycled(store, seed):
    store.add(seed)
    link(store, Settings())
    assert list_flags(store, kind="recycled") == []


def test_the_seed_stored_before_its_october_2023_coverage_is_recycled_too(store, seed):
    store.add(seed)
    link(store, Settings())
    store.add(_october_2023())
    link(store, Settings())  # the older coverage arrives later: the seed's statement is worked out again
    assert {f["article"] for f in list_flags(store, kind="recycled")} == {_seed_id(store)}


def _seed_id(store) -> str:
    return store.connection.execute(
        "SELECT id FROM articles WHERE published_utc LIKE '2024-09-19%'"
    ).fetchone()[0]


# --- unnamed speakers ----------------------------------------------------------------------------

OFFICIAL = "The president's remarks were about the trade talks and not about any one company"


@pytest.mark.parametrize(
    ("words", "joined"),
    [
        (OFFICIAL, True),
        ("We do not comment on that", False),  # short words: anyone may say them
    ],
)
def test_unnamed_speakers_long_words_group_across_outlets(store, wire, words, joined):
    for n, (outlet, mention) in enumerate(
        [
            ("ap", "a White House official"),
            ("afp", "a senior White House official"),
            ("dpa", "an administration official"),
        ]
    ):
        assert store.add(wire(f"u{n}", outlet, f"2025-04-0{n + 1}T09:00", [(words, mention)]))
    link(store, Settings())
    widest = max(r["n_outlets"] for r in list_statements(store, min_outlets=1))
    assert widest == (3 if joined else 1)


RULES = "The minimum service rules apply only on strike days and will not be used to discipline drivers"


@pytest.mark.parametrize(
    ("fragment", "joined"),
    [
        ("the minimum service rules apply only on strike days", True),  # 9 words, in a row
        ("apply only on strike days", False),  # 5 words: too few to be no coincidence
        ("the minimum service rules apply on all days", False),  # 8 words, not in a row
    ],
)
def test_unnamed_speakers_fragment_joins_their_clarification(store, wire, fragment, joined):
    for n, (outlet, words, mention) in enumerate(
        [("ap", RULES, "a government spokesperson"), ("afp", RULES, "a transport official"),
         ("dpa", fragment, "a spokesman")]
    ):
        assert store.add(wire(f"f{n}", outlet, f"2025-11-1{n + 1}T09:00", [(words, mention)]))
    link(store, Settings())
    widest = max(r["n_outlets"] for r in list_statements(store, min_outlets=1))
    assert widest == (3 if joined else 2)


def test_a_statement_is_dated_by_the_earliest_credible_day(store, wire):
    from dataclasses import replace

    words = "We will not abandon Ukraine, and we will deliver more air defence before winter"
    told = wire("s1", "reuters", "2024-09-19T08:00", [(words, "Jens Stoltenberg")])
    told = type(told)(
        replace(told.article, text=told.article.text.replace(" said.", " said on Tuesday."), paragraphs=()),
        told.quotes,
    )
    later = wire("s2", "ap", "2024-09-18T08:00", [(words, "Jens Stoltenberg")])
    for ex in (told, later):
        assert store.add(ex)
    link(store, Settings())
    (row,) = list_statements(store, min_outlets=2)
    info = statement_info(store, row["id"])
    said = info["said"]
    # reuters says Tuesday the 17th, before ap's own day: the words were said then
    assert (said["date"], said["outlet"], said["evidence"]) == (
        "2024-09-17",
        "reuters",
        "spoken on, per the source",
    )
    # ``first`` is the earliest dated source, ap; its ``earliest_day`` is any source's earliest day,
    # unchecked (it was called spoken_on, which read as the day the words were said)
    assert (info["first"]["outlet"], info["first"]["date"], info["first"]["earliest_day"]) == (
        "ap", "2024-09-18", "2024-09-17")
    assert "spoken_on" not in info["first"]


def test_the_extracted_seed_is_recycled_with_its_october_2023_coverage(store, nlp):
    from saidwhat.extract import extract
    from saidwhat.ingest import read_text_article
    from tests.across.test_seed import SEED

    if not SEED.is_file():
        pytest.skip(f"../shared is absent: no seed article at {SEED}")
    store.add(_october_2023())
    store.add(extract(read_text_article(SEED.read_text(encoding="utf-8"), source=str(SEED)), nlp=nlp))
    link(store, Settings())
    flags = list_flags(store, kind="recycled")
    assert flags  # one a sentence first printed in October 2023
    assert {(f["evidence"]["first_seen"], f["evidence"]["date"]) for f in flags} == {("2023-10-11", "2024-09-19")}


@pytest.mark.parametrize(
    ("lead", "recycled"),
    [
        ("Vicente Fox spoke out in February about the plan.", False),  # another month named: old words
        ("Vicente Fox spoke out in October about the plan.", True),  # the article's own month
        ("In a February interview, Vicente Fox spoke about the plan.", False),  # "in a <month> interview"
        ("During his February visit, Vicente Fox spoke about the plan.", False),
        ("Fox had initially welcomed the plan and said he would help.", False),  # "initially": told as past
        # a month of the year before, named without its year: last December's words
        ("Vicente Fox spoke out in December about the plan.", False),
        ("Vicente Fox spoke out in October 2015 about the plan.", False),  # the article's month, a year before
        # a month to come is no earlier occasion: the words are presented as current
        ("Vicente Fox will speak in November about the plan.", True),
        ("Mexico's vote on the plan is scheduled in December, Vicente Fox said.", True),
    ],
)
def test_an_earlier_month_named_dates_the_words(store, wire, lead, recycled):
    words = "We are not going to pay any single cent for such a stupid wall"
    for ex in (
        wire("m1", "wire", "2016-02-06T09:00", [(words, "Vicente Fox")]),
        wire("m2", "post", "2016-10-18T09:00", [(words, "Vicente Fox")], lead=lead),
    ):
        assert store.add(ex)
    link(store, Settings())
    assert [f["evidence"]["outlet"] for f in list_flags(store, kind="recycled")] == (
        ["post"] if recycled else []
    )


@pytest.mark.parametrize(
    ("line", "other", "flagged"),
    [
        # a stock line, said again and again in more than one form: another occasion, not an alteration
        ("We're going to build a wall", "We're going to do a wall", False),
        ("We are going to build a wall on the southern border", "We are going to do a wall on the southern border",
         True),
    ],
)
def test_a_short_line_said_otherwise_is_not_altered(line, other, flagged):
    view = _view(("a", "wire", "2016-08-20", line, "direct"), ("b", "post", "2016-08-20", line, "direct"),
                 ("c", "daily", "2016-08-21", other, "direct"))
    assert [f.article_id for f in altered_flags(view)] == (["c"] if flagged else [])


@pytest.mark.parametrize(
    ("reference", "variant", "kind"),
    [
        # one letter, but a figure, a negation, a short word or another first letter: another word
        ("We will raise 40 million dollars for the new bridge", "We will raise 40 billion dollars for the new bridge",
         "number"),
        ("They will probably play an increasing role in helping it spread",
         "They will probably pay an increasing role in helping it spread", "substituted"),
        ("The council said it was unable to reopen the bridge", "The council said it was enable to reopen the bridge",
         "substituted"),
    ],
)
def test_a_one_letter_change_that_makes_another_word_is_a_change(reference, variant, kind):
    assert [c.kind for c in meaningful(classify(word_diff(reference, variant), variant))] == [kind]


LINE = "I don't know what to say, it is the worst night of my whole career"
OTHER = "I don't even know what to do right now, it is the worst night of my whole career"


def test_two_wordings_printed_by_as_many_articles_each_are_no_alteration():
    view = _view(("a", "wire", "2025-03-04", LINE, "direct"), ("b", "post", "2025-03-04", LINE, "direct"),
                 ("c", "daily", "2025-03-05", OTHER, "direct"), ("d", "sun", "2025-03-05", OTHER, "direct"))
    assert altered_flags(view) == []


def test_an_article_printing_the_majoritys_words_too_altered_nothing():
    # the speaker said both lines; "c" quotes both, the others one each
    view = _view(("a", "wire", "2025-03-04", LINE, "direct"), ("b", "post", "2025-03-04", LINE, "direct"),
                 ("c", "daily", "2025-03-05", LINE, "direct"), ("c", "daily", "2025-03-05", OTHER, "direct"))
    assert altered_flags(view) == []


def test_words_another_article_prints_too_are_no_departure():
    # "b" and "c" print "know" where "a" alone printed "understand", "b" in a longer quote
    line = "And let's dispel with this fiction that Barack Obama doesn't {} what he's doing"
    view = _view(("a", "wire", "2016-02-07", line.format("understand") + ".", "direct"),
                 ("b", "post", "2016-02-08", line.format("know") + ", because he knows exactly what it is.", "direct"),
                 ("c", "daily", "2016-02-09", line.format("know") + ".", "direct"))
    assert altered_flags(view) == []


@pytest.mark.parametrize(
    ("variant", "flagged"),
    [
        # more of the line than the only other outlet prints: more often its cut than an addition
        ("Britain has a different attitude, the right attitude, in taking the game forward", False),
        # a lone "not" added is an alteration whoever prints it
        ("Britain has not the right attitude in taking the game forward", True),
    ],
)
def test_words_added_against_one_other_outlet(variant, flagged):
    view = _view(("a", "wire", "2005-01-04", "Britain has the right attitude in taking the game forward", "direct"),
                 ("b", "post", "2005-01-05", variant, "direct"))
    assert [f.article_id for f in altered_flags(view)] == (["b"] if flagged else [])


SHORTAGE = "There is no shortage of vaccine in any region, and every clinic has been told to stay open late"


@pytest.mark.parametrize(
    ("earlier", "later", "day", "flagged"),
    [
        # a word that narrows a denial, against the only other outlet's wording a day earlier (test4's a119)
        (SHORTAGE, SHORTAGE.replace("no shortage", "no serious shortage"), "2028-05-10", True),
        ("We will not cut the pension of anyone who has already retired",
         "We will not necessarily cut the pension of anyone who has already retired", "2028-05-10", True),
        # the same day: the earlier wording is not known
        (SHORTAGE, SHORTAGE.replace("no shortage", "no serious shortage"), "2028-05-09", False),
        # words added elsewhere against one outlet: more often its cut than an addition
        (SHORTAGE, SHORTAGE.replace("every clinic", "every single clinic"), "2028-05-10", False),
    ],
)
def test_words_that_narrow_a_denial_against_one_other_outlet(earlier, later, day, flagged):
    view = _view(("a", "ledger", "2028-05-09", earlier + ",", "direct"), ("b", "sentinel", day, later + ",", "direct"))
    expected = [("b", "inserted")] if flagged else []
    assert [(f.article_id, f.evidence["change"]) for f in altered_flags(view)] == expected


def test_a_fragment_printed_word_for_word_is_no_rendering_of_its_own():
    # a sentence, its altered copy and a fragment of it (test4's e24): two wordings and a cut, not
    # three renderings with no majority
    narrowed = SHORTAGE.replace("no shortage", "no serious shortage")
    view = _view(("a", "ledger", "2028-05-09", SHORTAGE + ",", "direct"),
                 ("b", "sentinel", "2028-05-10", narrowed + ",", "direct"),
                 ("c", "courier", "2028-05-10", "every clinic has been told to stay open late", "direct"))
    assert [f.article_id for f in altered_flags(view)] == ["b"]
    assert renderings_note(view) is None


def test_cuts_that_reshape_a_word_are_each_outlets_own():
    # one outlet's two sentences, each a cut of another's longer sentence with a word of its own
    # ("But" for "The problem is"; PolNeAR train): no majority wording to depart from
    view = _view(("p", "politico", "2016-03-10", "But presidents can\u2019t just say anything they want.", "direct"),
                 ("p", "politico", "2016-03-10", "It has consequences around the world.", "direct"),
                 ("n", "nyt", "2016-03-12", "The problem is presidents can't just say anything they want, because it "
                                            "has consequences here and around the world.", "direct"))
    assert altered_flags(view) == []


@pytest.mark.parametrize(
    ("reference", "variant", "kinds"),
    [
        # "per cent" is "percent": one word, so the words after it still align (test4's a106)
        ("The fire has burned 12,000 acres and is only 15 per cent contained",
         "The fire has burned 21,000 acres and is only 15 percent contained", ["number"]),
        ("Food prices in the shops rose by 9 per cent last year", "Food prices in the shops rose by 9 percent", []),
        ("We expect growth of 2 per cent next year and inflation of 3 per cent",
         "We expect growth of 2 percent next year \u2026 inflation of 3 percent", []),
    ],
)
def test_per_cent_and_percent_print_one_word(reference, variant, kinds):
    assert [c.kind for c in meaningful(classify(word_diff(reference, variant), variant, reference))] == kinds


FEES = "We will not raise the fees of students who are already enrolled"


@pytest.mark.parametrize(
    ("members", "flagged"),
    [
        # two outlets print the sentence closed; a third adds words after its end (test2's a79 shape)
        ([("a", "wire", "2025-03-04", FEES + "."), ("b", "post", "2025-03-05", FEES + ".")], True),
        # one outlet printed it closed a day before
        ([("a", "wire", "2025-03-04", FEES + ".")], True),
        # one outlet the same day: its cut as likely as the other's addition
        ([("a", "wire", "2025-03-05", FEES + ".")], False),
        # the others print it open (a comma before the cue): nothing says the sentence ended there
        ([("a", "wire", "2025-03-04", FEES + ",")], False),
        # the longer words printed before the shorter: the shorter is a cut of them
        ([("a", "wire", "2025-03-06", FEES + "."), ("b", "post", "2025-03-06", FEES + ".")], False),
        # another outlet prints the longer words too
        ([("a", "wire", "2025-03-04", FEES + "."), ("b", "post", "2025-03-05", FEES + "."),
          ("c", "daily", "2025-03-05", FEES + ", whatever the treasury says.")], False),
    ],
)
def test_words_added_after_a_sentences_end(members, flagged):
    added = ("x", "tabloid", "2025-03-05", FEES + ", whatever the treasury says,", "direct")
    view = _view(*[(*m, "direct") for m in members], added)
    flags = altered_flags(view)
    assert [f.article_id for f in flags] == (["x"] if flagged else [])
    if flagged:
        assert flags[0].evidence["change"] == "inserted"
        assert flags[0].evidence["changes"][0]["added"] == ["whatever", "the", "treasury", "says"]


def test_words_added_after_the_longest_closed_wording():
    # every outlet prints its own wording (a cut, the whole sentence, the whole with words added):
    # cuts, not renderings; the added words are counted against the whole sentence
    whole = "Emergency care will continue as normal during the strike, and no patient who needs it will be turned away"
    view = _view(("a", "wire", "2026-06-01", "Emergency care will continue as normal during the strike.", "direct"),
                 ("b", "post", "2026-06-01", whole + ".", "direct"),
                 ("x", "tabloid", "2026-06-02", whole + ", whatever the union decides,", "direct"))
    flags = altered_flags(view)
    assert [(f.article_id, f.evidence["changes"][0]["added"]) for f in flags] == [
        ("x", ["whatever", "the", "union", "decides"])]


def test_words_added_to_a_translated_sentence_are_a_rendering():
    context = "The minister, speaking in French, said:"
    members = [("a", "wire", "2025-03-04", FEES + "."), ("b", "post", "2025-03-05", FEES + "."),
               ("x", "tabloid", "2025-03-05", FEES + ", whatever the treasury says,")]
    from datetime import date

    index = StatementIndex()
    for n, (aid, outlet, day, text) in enumerate(members):
        index.add("Q1", Member(f"{aid}#{n}", aid, text, outlet, published=date.fromisoformat(day), context=context))
    assert altered_flags(index.views()[0]) == []


@pytest.mark.parametrize(
    ("reference", "variant", "moved"),
    [
        ("We will put a lot of coal miners and coal companies out of business",
         "We will put a lot of coal companies and coal miners out of business", True),
        ("We will put a lot of coal miners out of business", "We will put a lot of coal miners back to work", False),
        ("We will not cut the budget this year", "We will cut the budget this year", False),
    ],
)
def test_words_only_moved_are_no_alteration(reference, variant, moved):
    assert reordered(word_diff(reference, variant)) is moved


@pytest.mark.parametrize(
    ("earlier", "later", "recycled"),
    [
        # PolNeAR train: a slogan does not date the new sentence it stands in, nor does a sentence
        # the headline shares half its words with
        ("Let\u2019s make America great again", "In our shared mission to make America great again, I support "
         "and endorse our speaker of the House, Paul Ryan", False),
        ("I\u2019m not interested in being politically correct.", "I\u2019m Not Interested In Being Vice President",
         False),
        # a whole clause said before dates the quote (the seed's lead after October 2023)
        ("Your fight is our fight.", "The Alliance agreed that Ukraine will become a member of NATO, your fight "
         "is our fight", True),
        ("We will stand by Ukraine for as long as it takes.", "We will stand by Ukraine for as long as it takes.",
         True),
    ],
)
def test_the_earlier_source_must_carry_the_words(earlier, later, recycled):
    from datetime import date

    from saidwhat.across.statements import summarize

    view = summarize("1", "Q1", [Member("1", "a", earlier, "wire", published=date(2015, 11, 8)),
                                 Member("2", "b", later, "paper", published=date(2016, 8, 5))])
    flags = recycled_flags(view)
    assert [f.article_id for f in flags] == (["b"] if recycled else [])
    if recycled:
        assert flags[0].evidence["seen_words"] in later and flags[0].evidence["first_seen"] == "2015-11-08"


def test_a_name_or_a_term_is_never_recycled():
    view = _view(
        ("a", "wire", "2015-12-31", "Bill Clinton", "direct"),
        ("b", "paper", "2016-06-29", "Bill Clinton", "direct"),
    )
    assert recycled_flags(view) == []


HOME = "No family will be left without a home before Christmas"
# (what the reporter says around the second outlet's quote, its words, one statement with HOME?)
TRANSLATED_GROUPS = [
    # another outlet's translation of the same sentence, said to be one
    ("Mayor Barragán said in Spanish on Monday:", "Nobody will be left homeless before Christmas.", True),
    ("she said through an interpreter.", "No family will be without a house by Christmas", True),
    # the same words with no word of a translation: too far apart to be one statement
    ("Mayor Barragán said on Monday:", "Nobody will be left homeless before Christmas.", False),
    # translated, but another sentence of the speaker's: few words shared
    ("she said in Spanish.", "The water rose two metres in less than an hour", False),
    # translated, but too short to tell
    ("she said in Spanish.", "Nobody will be homeless", False),
]


@pytest.mark.parametrize(("context", "words", "joined"), TRANSLATED_GROUPS)
def test_translations_of_one_sentence_are_one_statement(context, words, joined):
    from datetime import date

    index = StatementIndex()
    index.add("Q1", Member("a#0", "a", HOME, "wire", published=date(2026, 1, 13), context="she told reporters"))
    index.add("Q1", Member("b#1", "b", words, "paper", published=date(2026, 1, 14), context=context))
    assert (len(index.views()) == 1) == joined
    # and a translation is no alteration of the other: "no" moved into "Nobody" is no negation dropped
    assert [f for v in index.views() for f in altered_flags(v)] == []


FISHERMEN = "Europe will not sign an agreement that leaves our fishermen out of the northern waters"


def test_a_translated_sentence_never_joins_another_sentence_of_its_article():
    from datetime import date

    index = StatementIndex()
    said = "the commissioner said in French."
    index.add("Q1", Member("a#0", "a", FISHERMEN, "wire", published=date(2026, 5, 4), context=said))
    # the same article's next sentence opens with the same words (word ratio 0.59): another sentence
    index.add("Q1", Member("a#1", "a", "Europe will not sign an agreement that doubles the tariffs on our wine",
                           "wire", published=date(2026, 5, 4), context=said))
    # another outlet's own translation of the first sentence still joins it
    index.add("Q1", Member("b#0", "b", "Europe will not sign a deal that keeps our fishermen out of the northern seas",
                           "paper", published=date(2026, 5, 4), context="she said through an interpreter."))
    views = sorted(index.views(), key=lambda v: len(v.members))
    assert [sorted(m.article_id for m in v.members) for v in views] == [["a"], ["a", "b"]]


def test_a_translated_statement_takes_a_rendering_its_article_does_not_call_one():
    from datetime import date

    index = StatementIndex()
    index.add("Q1", Member("a#0", "a", "We will keep digging until every miner is out and every family knows the truth",
                           "wire", published=date(2026, 3, 9), context="the minister told reporters in Polish."))
    # another outlet's own English of it, with no word of a translation around it: one outlet saying so is enough
    rendering = "We will go on digging until all the miners are out and each family knows the truth"
    index.add("Q1", Member("b#0", "b", rendering, "paper", published=date(2026, 3, 9), context="the minister said."))
    # the speaker's other sentence, close in words but not a rendering of it, stays apart
    index.add("Q1", Member("c#0", "c", "We will keep digging even if the company that owns the mine says stop",
                           "daily", published=date(2026, 3, 10), context="the minister said."))
    assert sorted(sorted(m.article_id for m in v.members) for v in index.views()) == [["a", "b"], ["c"]]


# The pledge of the extracted seed's shape, first printed on 5 January, reprinted on 31 March.
PLEDGE = "We will not raise taxes on working families this year or next"


def _pledge_view(spoken_later=None, spoken_first=None):
    from datetime import date

    from saidwhat.across.statements import summarize

    return summarize("1", "Q1", [
        Member("1", "a", PLEDGE, "wire", published=date(2026, 1, 5), spoken=spoken_first),
        Member("2", "b", PLEDGE, "paper", published=date(2026, 3, 31), spoken=spoken_later),
    ])


def test_a_stretch_ended_long_before_the_article_dates_the_words_as_old():
    from datetime import date

    from saidwhat.across.dates import Spoken

    assert [f.article_id for f in recycled_flags(_pledge_view())] == ["b"]
    # "Dubois said last month" in the 31 March paper: even February's last day is 31 days back
    february = Spoken(date(2026, 2, 1), date(2026, 2, 28), "last month")
    assert recycled_flags(_pledge_view(february)) == []
    assert dated_as_old(_pledge_view(february).members[1]) == "said last month (Feb 2026)"
    # "said last week": the stretch ends days before the article, which still presents it as news
    week = Spoken(date(2026, 3, 23), date(2026, 3, 29), "last week")
    assert [f.article_id for f in recycled_flags(_pledge_view(week))] == ["b"]


def test_a_stretch_never_makes_a_recycled_flag():
    from datetime import date

    from saidwhat.across.dates import Spoken

    # the wire's "said in 2025" names a time long before both articles, yet only days date a
    # first appearance: the wire's own day, 85 days before the paper's, as without the stretch
    old = Spoken(date(2025, 1, 1), date(2025, 12, 31), "in 2025")
    flags = recycled_flags(_pledge_view(spoken_first=old))
    assert [f.evidence["first_seen"] for f in flags] == ["2026-01-05"]


def test_the_statement_date_is_a_stretch_when_it_ends_before_every_day():
    from datetime import date

    from saidwhat.across.dates import Spoken
    from saidwhat.across.statements import summarize

    week = Spoken(date(2025, 12, 22), date(2025, 12, 28), "last week")
    view = summarize("1", "Q1", [Member("1", "a", PLEDGE, "wire", published=date(2026, 1, 5)),
                                 Member("2", "b", PLEDGE, "paper", published=date(2026, 1, 2), spoken=week)])
    said = view.said()
    assert (said["date"], said["from"], said["to"], said["shown"], said["basis"], said["outlet"]) == (
        None, "2025-12-22", "2025-12-28", "the week of 22-28 Dec 2025", "spoken", "paper")
    assert said["evidence"] == "said last week, per the source"
    # a stretch that reaches the paper's own day says less than the day: the publication day shows
    this_week = Spoken(date(2025, 12, 29), date(2026, 1, 2), "earlier this week")
    view = summarize("1", "Q1", [Member("2", "b", PLEDGE, "paper", published=date(2026, 1, 2), spoken=this_week)])
    assert (view.said()["date"], view.said()["basis"]) == ("2026-01-02", "published")
