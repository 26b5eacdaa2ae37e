"""Statements at the grain of a sentence (issue 17): a quote of several sentences joins several
statements, a fragment joins the statement of its sentence, and a store linked at the grain of
a quote migrates (0017) and comes out as a fresh link would file it. Real SQLite stores."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from saidwhat.across import statements
from saidwhat.across.link import link
from saidwhat.across.queries import list_flags, statement_info
from saidwhat.across.statements import quote_parts, quoted_fragments, sentence_spans, statement_words
from saidwhat.models import Article, Cue, Extraction, Quote, QuoteKind, Span, Speaker
from saidwhat.settings import Settings
from tests.across.conftest import farmers_deal_wires

OVERDUE = "This bill is long overdue, and every parent in this state knows it"
MONEY = "We are putting 300 million dollars back into classrooms"
PENCILS = "No teacher should have to buy pencils with their own money"


def _groups(store) -> set[frozenset[tuple[str, str]]]:
    """Each statement as the set of (article, sentence words) it holds; an article by its URL's last part."""
    rows = store.connection.execute(
        "SELECT s.statement_id, a.url, substr(q.text, s.span_start + 1, s.span_end - s.span_start)"
        " FROM statement_quotes s JOIN quotes q ON q.id = s.quote_id JOIN articles a ON a.id = q.article_id").fetchall()
    by: dict[int, set[tuple[str, str]]] = {}
    for sid, url, words in rows:
        by.setdefault(sid, set()).add((url.rsplit("/", 1)[-1], words.strip(" ,.")))
    return {frozenset(v) for v in by.values()}


def _mixed(aid: str, outlet: str, day: str, before: str, quoted: str, mention: str, lead: str = "") -> Extraction:
    """An article whose one quote is mixed: the reporter's words around a fragment in quotation marks
    (``lead``: the reporter's words before the speaker's name)."""
    text = f"{lead}{mention} said {before}\u201c{quoted}\u201d\n"
    at = len(lead)
    start = at + len(mention) + len(" said ")
    end = start + len(before) + 1 + len(quoted)
    quote = Quote(text[start:end], (Span(start, end),), QuoteKind.MIXED, cue=Cue("said", Span(at + len(mention) + 1,
                  at + len(mention) + 5)), speaker=Speaker(mention, Span(at, at + len(mention))))
    art = Article(aid, text, url=f"https://{outlet}.example/{aid}", outlet=outlet,
                  published=datetime.fromisoformat(day))
    return Extraction(art, (quote,))


def test_sentences_of_a_quote_are_found_with_their_offsets():
    text = f"{OVERDUE}. {MONEY}. Yes. {PENCILS},"
    spans = sentence_spans(text)
    # "Yes." is too short to stand alone: it stays with the sentence before it
    assert [text[a:b] for a, b in spans] == [f"{OVERDUE}.", f"{MONEY}. Yes.", f"{PENCILS},"]
    parts = quote_parts(text, "direct")
    assert [p.wording.split()[:3] for p in parts] == [["this", "bill", "is"], ["we", "are", "putting"],
                                                      ["no", "teacher", "should"]]
    # "Mr. Smith" and "U.S." do not end a sentence
    assert len(sentence_spans("Mr. Smith went to the U.S. capital today. Then he left for home again.")) == 2


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # "X," he added. "This is ..." stored as one text: two sentences
        ("Not a single worker at the plant will lose their job, This is a plant with a future.", 2),
        ("We will not be held to ransom, It's time the union came back to the table.", 2),
        ("We\u2019re going to build a wall, It\u2019s going to be built and paid for.", 2),  # a curly apostrophe
        # a name or "I" after a comma is no new sentence
        ("We met the ministers of France, Britain and Germany in Brussels last week.", 1),
        ("When the vote comes, I will support the bill with all my heart.", 1),
        # a piece too short to stand alone stays with its neighbour
        ("Yes, This is the one we wanted all along for the people of this city.", 1),
        # "a" and "an" are capitalised only where a sentence opens
        ("I am not sure the council wants a deal at all, A lot will depend on the harbour vote.", 2),
        ("We will need an answer by Friday, An extension is not on the table for anyone.", 2),
        ("We backed Plan A, which the council chose, and we will keep backing it.", 1),
        # BBC entertainment/355: an ellipsis run into the next sentence's "I've"
        ("It's the first time I've come to the Baftas because it's the first time I've been nominated...I've"
         " appreciated British cinema for a long time and to be recognised like this is a special honour.", 2),
        ("We will...never give up on the people of this town whatever the council decides.", 1),
    ],
)
def test_a_quote_joined_to_its_continuation_is_cut_at_the_join(text, sentences):
    assert len(quote_parts(text, "direct")) == sentences


def _spans_of(paragraph: str) -> list[tuple[int, int]]:
    """The quoted words of a paragraph: between straight or two-apostrophe marks."""
    import re

    return [(m.start(m.lastindex), m.end(m.lastindex)) for m in re.finditer(r'"([^"]+)"|\'\'(.+?)\'\'', paragraph)]


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        # BBC sport/060: the continuation opens on "I", which a comma alone does not cut
        ('"I had to go out and go through all the gears before the Europeans and I won\'t run again until then,"'
         " said McIlroy. ''I though if I got lucky I'd get close to the British record but I blew up in the end.''",
         ["i had to go out", "i though if i"]),
        # BBC business: a name or "However" after the reporter's full stop
        ('"It is a very good day for the Sunday Telegraph for our readers is vital," he said.'
         ' "However, action to improve our production facilities will have to wait for now."',
         ["it is a very", "however action to improve"]),
        # the reporter's words end with a comma: one sentence across the two spans
        ('"When the vote comes," he said, "I will support the bill with all my heart and soul."',
         ["when the vote comes"]),
    ],
)
def test_a_quote_continued_after_its_cue_is_cut_where_the_reporter_ended_a_sentence(paragraph, sentences):
    from saidwhat.across.link import _span_breaks

    spans = _spans_of(paragraph)
    text = " ".join(paragraph[a:b] for a, b in spans)
    parts = quote_parts(text, "direct", (), _span_breaks(paragraph, spans))
    assert [" ".join(p.wording.split()[: len(want.split())]) for p, want in zip(parts, sentences)] == sentences
    assert len(parts) == len(sentences)


def test_a_sentence_printed_alone_joins_the_quote_that_continues_after_its_cue(store, wire):
    """BBC sport/058 prints McIlroy's first sentence alone; sport/060 goes on after "said McIlroy."
    with a sentence opening on "I". Cut there, the first sentence is one statement in both."""
    first = "I had to go out and go through all the gears before the Europeans and I won't run again until then"
    second = "I though if I got lucky I'd get close to the British record but I blew up in the end."
    text = f'"{first}," said James McIlroy. "{second}"\n'
    spans = _spans_of(text)
    quote = Quote(" ".join(text[a:b] for a, b in spans), tuple(Span(a, b) for a, b in spans), QuoteKind.DIRECT,
                  cue=Cue("said", Span(spans[0][1] + 2, spans[0][1] + 6)),
                  speaker=Speaker("James McIlroy", Span(spans[0][1] + 7, spans[0][1] + 20)))
    continued = Extraction(Article("m2", text, url="https://bbc.example/m2", outlet="bbc",
                                   published=datetime.fromisoformat("2005-02-06T10:00")), (quote,))
    assert store.add(wire("m1", "bbc", "2005-02-06T09:00", [(first, "James McIlroy")]))
    assert store.add(continued)
    link(store, Settings())
    assert frozenset({("m1", first), ("m2", first)}) in _groups(store)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # Trump to the Washington Post (PolNeAR train): a sentence said again is one statement
        ("We need very strong leadership. We need very, very strong leadership.", 1),
        ("And I\u2019m just not quite there yet. I\u2019m not quite there yet.", 1),
        ("I never said that. I never said that.", 1),
        # a sentence that only shares words with the one before is another
        ("We need very strong leadership. We need a very strong economy too.", 2),
        ("I'm not quite there yet. I'm not quite sure what we will do about it.", 2),
    ],
)
def test_a_sentence_said_again_stays_with_the_one_before(text, sentences):
    assert len(quote_parts(text, "direct")) == sentences


def test_a_fragment_joins_a_line_its_speaker_said_twice(store, wire):
    """One outlet prints the line whole, repeated as the speaker said it; another only its words
    "not quite there yet" (PolNeAR train: West Journal and the Huffington Post): were the two
    sentences two statements, both would hold the fragment and it would join neither."""
    line = "And I\u2019m just not quite there yet. I\u2019m not quite there yet."
    assert store.add(wire("w1", "wire", "2016-08-03T08:00", [(f"We need very strong leadership. {line}",
                                                              "Donald Trump")]))
    assert store.add(_mixed("f1", "dispatch", "2016-08-05T07:00", "he was ", "not quite there yet", "Donald Trump"))
    link(store, Settings())
    groups = _groups(store)
    assert frozenset({("w1", line.strip(" .")), ("f1", "not quite there yet")}) in groups
    assert len(groups) == 2


def test_a_quote_of_three_sentences_joins_three_statements(store, wire):
    for ex in (
        wire("a1", "wire", "2025-09-09T08:00", [(f"{OVERDUE}. {MONEY}. {PENCILS}", "Senator Ruth Alvarez")]),
        wire("a2", "courier", "2025-09-09T09:00", [(MONEY, "Ruth Alvarez")]),
        wire("a3", "herald", "2025-09-09T10:00", [(PENCILS, "Ruth Alvarez"), (OVERDUE, "Ruth Alvarez")]),
    ):
        assert store.add(ex)
    link(store, Settings())
    assert _groups(store) == {
        frozenset({("a1", OVERDUE), ("a3", OVERDUE)}),
        frozenset({("a1", MONEY), ("a2", MONEY)}),
        frozenset({("a1", PENCILS), ("a3", PENCILS)}),
    }
    # each statement's page shows the sentence each source carries, in time order
    (sid,) = [r[0] for r in store.connection.execute(
        "SELECT statement_id FROM statement_quotes WHERE wording LIKE 'we are putting%' GROUP BY statement_id")]
    info = statement_info(store, sid)
    assert [(s["outlet"], s["text"].strip(" .,")) for s in info["sources"]] == [("wire", MONEY), ("courier", MONEY)]
    assert info["said"]["outlet"] == "wire"
    assert list_flags(store, kind="altered") == []


def test_a_fragment_joins_the_sentence_it_comes_from_in_either_order(store, wire):
    # the fragment is printed before any outlet prints its sentence, and after
    assert store.add(_mixed("f1", "dispatch", "2025-09-09T07:00", "the bill was ", "long overdue.", "Ruth Alvarez"))
    assert store.add(wire("s1", "wire", "2025-09-09T08:00", [(OVERDUE, "Ruth Alvarez")]))
    assert store.add(_mixed("f2", "tribune", "2025-09-09T09:00", "that it was ", "long overdue.", "Ruth Alvarez"))
    link(store, Settings())
    groups = _groups(store)
    assert frozenset({("f1", "long overdue"), ("s1", OVERDUE), ("f2", "long overdue")}) in groups
    assert len(groups) == 1


def test_a_short_fragment_joins_only_a_statement_of_its_occasion(store, wire):
    """A phrase said again weeks later ("right to be angry" in two primary-night speeches) is another
    statement, unless the article itself places it on the earlier occasion ("At the debate before
    the primary ..."), in either order of filing. A fragment of five words joins whatever the date."""
    assert store.add(_mixed("f0", "dispatch", "2025-08-20T07:00", "the bill was ", "long overdue.", "Ruth Alvarez"))
    assert store.add(wire("s1", "wire", "2025-09-09T08:00", [(OVERDUE, "Ruth Alvarez")]))
    assert store.add(_mixed("f1", "tribune", "2025-09-29T09:00", "that it was ", "long overdue.", "Ruth Alvarez"))
    assert store.add(_mixed("f2", "herald", "2025-09-30T09:00", "that the bill was ", "long overdue.", "Ruth Alvarez",
                            lead="At the debate before the vote, "))
    assert store.add(_mixed("f3", "courier", "2025-10-30T09:00", "that ", "every parent in this state knows it.",
                            "Ruth Alvarez"))
    link(store, Settings())
    articles = {frozenset(a for a, _ in g) for g in _groups(store)}
    assert articles == {frozenset({"s1", "f2", "f3"}), frozenset({"f0"}), frozenset({"f1"})}


def test_two_fragments_of_one_occasion_join_before_any_sentence_holds_them(store, wire):
    """Two outlets quote the same few words of one speech ("artful smear", "about $200,000") and
    none prints the sentence: one statement when printed within FRAGMENT_OCCASION_DAYS; the same
    words a month later are another occasion. Another speaker's stay apart."""
    assert store.add(_mixed("f1", "dispatch", "2025-09-09T07:00", "the bill was ", "long overdue.", "Ruth Alvarez"))
    assert store.add(_mixed("f2", "tribune", "2025-09-12T09:00", "that it was ", "long overdue.", "Ruth Alvarez"))
    assert store.add(_mixed("f3", "herald", "2025-10-20T09:00", "at a rally that reform of schools is ",
                            "long overdue.", "Ruth Alvarez"))
    assert store.add(_mixed("f4", "courier", "2025-09-10T09:00", "that it was ", "long overdue.", "Tom Berg"))
    link(store, Settings())
    articles = {frozenset(a for a, _ in g) for g in _groups(store)}
    assert articles == {frozenset({"f1", "f2"}), frozenset({"f3"}), frozenset({"f4"})}


FAILED = "We failed the people who trusted us with their most private information, and I am deeply sorry"


def _two_fragments(aid: str, outlet: str, day: str, first: str, second: str, mention: str) -> Extraction:
    """An article whose one mixed quote prints two fragments with the reporter's words between."""
    text = f"{mention} said the company had \u201c{first}\u201d and that she was \u201c{second}\u201d.\n"
    start = len(mention) + len(" said ")
    end = text.rindex("\u201d")
    quote = Quote(text[start:end], (Span(start, end),), QuoteKind.MIXED,
                  cue=Cue("said", Span(len(mention) + 1, len(mention) + 5)),
                  speaker=Speaker(mention, Span(0, len(mention))))
    art = Article(aid, text, url=f"https://{outlet}.example/{aid}", outlet=outlet,
                  published=datetime.fromisoformat(day))
    return Extraction(art, (quote,))


@pytest.mark.parametrize(("first", "second", "joins"), [
    ("failed the people who trusted us", "deeply sorry", True),
    # the pieces in another order, or one the sentence does not hold: the reporter's own sentence
    ("deeply sorry", "failed the people who trusted us", False),
    ("failed the people who trusted us", "truly sorry", False),
])
def test_two_fragments_of_one_sentence_join_it(store, wire, first, second, joins):
    """Test6's a142: "had \u201cfailed the people who trusted us\u201d and that she was \u201cdeeply sorry\u201d"
    quotes two pieces of the chief executive's one sentence, too far apart in it for containment."""
    assert store.add(wire("s1", "wire", "2030-05-14T08:00", [(FAILED, "Marisol Ekwueme")]))
    assert store.add(_two_fragments("f1", "courier", "2030-05-16T09:00", first, second, "Marisol Ekwueme"))
    link(store, Settings())
    articles = {frozenset(a for a, _ in g) for g in _groups(store)}
    assert (frozenset({"s1", "f1"}) in articles) == joins


def test_a_mixed_quote_counts_the_words_of_each_of_its_fragments():
    text = "the company had \u201cfailed the people who trusted us\u201d and that she was \u201cdeeply sorry\u201d"
    (part,) = quote_parts(text, "mixed")
    assert part.wording == "failed the people who trusted us deeply sorry"
    assert part.pieces == (6, 2)


NOT_READY = "I'm just not ready to do that at this point"


def _summary(aid: str, outlet: str, day: str, words: str, mention: str) -> Extraction:
    """An article whose one quote is reported speech: the reporter's summary of what the speaker said."""
    text = f"{mention} says {words}\n"
    start = len(mention) + len(" says ")
    quote = Quote(text[start:start + len(words)], (Span(start, start + len(words)),), QuoteKind.INDIRECT,
                  cue=Cue("says", Span(len(mention) + 1, len(mention) + 5)),
                  speaker=Speaker(mention, Span(0, len(mention))))
    art = Article(aid, text, url=f"https://{outlet}.example/{aid}", outlet=outlet,
                  published=datetime.fromisoformat(day))
    return Extraction(art, (quote,))


@pytest.mark.parametrize("summary_first", [True, False])
def test_a_fragment_held_by_a_sentence_and_by_the_reporters_summary_joins_the_sentence(store, wire, summary_first):
    """PolNeAR train: Politico's "Paul Ryan says he's not ready to support Trump" (reported speech)
    and Ryan's "I'm just not ready to do that at this point" to CNN both hold the Western Journal's
    fragment "not ready": the fragment in quotation marks is the speaker's words, so it joins his
    sentence, not the summary."""
    summary = _summary("r0", "politico", "2016-05-05T08:00", "he's not ready to support Trump", "Paul Ryan")
    sentence = wire("r1", "politico", "2016-05-05T09:00", [(NOT_READY, "Paul Ryan")])
    for ex in (summary, sentence) if summary_first else (sentence, summary):
        assert store.add(ex)
    assert store.add(_mixed("r2", "westjournal", "2016-05-06T07:00", "he was ", "not ready", "Paul Ryan",
                            lead="On Thursday, "))
    link(store, Settings())
    groups = _groups(store)
    assert frozenset({("r1", NOT_READY), ("r2", "not ready")}) in groups
    assert frozenset({("r0", "he's not ready to support Trump")}) in groups


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("She said the bill was \u201clong overdue\u201d and signed it.", ("long overdue",)),
        # two apostrophes are quotation marks too (archive copy of the New York Times prints every quote so)
        ("She said the bill was ''long overdue and badly drafted'' and signed it.",
         ("long overdue and badly drafted",)),
        ("He called it ``a fine day for the harbour,'' then left.", ("a fine day for the harbour",)),
        # an apostrophe inside two-apostrophe marks does not close them
        ("He said the port ''isn't ready for the winter storms'' at all.", ("isn't ready for the winter storms",)),
    ],
)
def test_the_words_in_quotation_marks_of_a_mixed_quote(text, fragments):
    start, end = text.index(" said ") + 6 if " said " in text else text.index(" called ") + 8, len(text) - 1
    assert quoted_fragments(text, start, end) == fragments
    # a word or two in quotation marks is a term the reporter borrows: the quote keeps its text
    words = " ... ".join(fragments) if len(" ".join(fragments).split()) >= 5 else text[start:end]
    assert statement_words(text[start:end], "mixed", fragments) == words


def test_two_apostrophe_marks_just_outside_the_span_are_read():
    text = "The mayor said ''the harbour will reopen in the spring'' on Monday."
    start, end = text.index("the harbour"), text.index("'' on")
    assert quoted_fragments(text, start, end) == ("the harbour will reopen in the spring",)


def test_a_speaker_past_the_scan_cap_still_joins_fragments_and_cut_sentences(store, wire, monkeypatch):
    """A speaker quoted more often than the scan holds (an election's candidates) is asked of the
    store for the sentences holding a fragment or a cut sentence, which the bands seldom propose."""
    monkeypatch.setattr(statements, "SPEAKER_SCAN", 2)
    from saidwhat.across import link as link_module

    monkeypatch.setattr(link_module, "SPEAKER_SCAN", 2)
    others = ["The ferry timetable will be published on Monday morning",
              "Our hospitals need more nurses than any budget has ever funded",
              "Nobody in this town should wait a year for a council flat"]
    full = "We will bring back the night trains and a hell of a lot more than night trains"
    assert store.add(wire("o1", "wire", "2025-09-01T08:00", [(o, "Ruth Alvarez") for o in others]))
    assert store.add(wire("s1", "wire", "2025-09-09T08:00", [(full, "Ruth Alvarez")]))
    # a cut sentence, printed word for word after the full one
    assert store.add(wire("c1", "courier", "2025-09-10T08:00", [("a hell of a lot more than night trains",
                                                                   "Ruth Alvarez")]))
    # a fragment of a mixed quote
    assert store.add(_mixed("f1", "dispatch", "2025-09-11T07:00", "she would bring back ", "the night trains",
                            "Ruth Alvarez"))
    link(store, Settings())
    groups = _groups(store)
    assert frozenset({("s1", full), ("c1", "a hell of a lot more than night trains"),
                      ("f1", "the night trains")}) in groups


HARBOUR = "The harbour will reopen before the first winter storms arrive"


@pytest.mark.parametrize(
    ("first", "copy", "statements_expected"),
    [
        # word for word, 8 words or more: one outlet gave the remark to the wrong person
        (HARBOUR, HARBOUR, 1),
        (HARBOUR, HARBOUR + ".", 1),  # punctuation is no word
        # shorter: two people may well say it
        ("The harbour will reopen before the storms", "The harbour will reopen before the storms", 2),
        # a word changed: perhaps someone answering the first in her words
        (HARBOUR, HARBOUR.replace("will", "will not"), 2),
    ],
)
def test_long_words_given_to_two_named_speakers_are_one_statement(store, wire, first, copy, statements_expected):
    assert store.add(wire("h1", "wire", "2025-09-09T08:00", [(first, "Ruth Alvarez")]))
    assert store.add(wire("h2", "courier", "2025-09-10T08:00", [(copy, "Tom Berg")]))
    link(store, Settings())
    assert len(_groups(store)) == statements_expected


SHORT = "The harbour will reopen before the storms"


@pytest.mark.parametrize(
    ("words", "copy_by", "statements_expected"),
    [
        # a short sentence word for word under an unnamed speaker: the named one's words, unattributed
        (SHORT, "a port official", 1),
        # too few words that carry a claim: anyone may say it
        ("We do not comment on that", "a port official", 2),
        # two named speakers need the long copy (above)
        (SHORT, "Tom Berg", 2),
    ],
)
def test_a_short_copy_joins_an_unnamed_speaker_and_a_named_one(store, wire, words, copy_by, statements_expected):
    assert store.add(wire("h1", "wire", "2025-09-09T08:00", [(words, "Ruth Alvarez")]))
    assert store.add(wire("h2", "courier", "2025-09-10T08:00", [(words, copy_by)]))
    link(store, Settings())
    assert len(_groups(store)) == statements_expected


def test_an_unnamed_speakers_short_copy_found_by_the_named_speaker_quoted_later(store, wire):
    assert store.add(wire("h1", "courier", "2025-09-09T08:00", [(SHORT, "a port official")]))
    assert store.add(wire("h2", "wire", "2025-09-10T08:00", [(SHORT, "Ruth Alvarez")]))
    link(store, Settings())
    assert len(_groups(store)) == 1


def _said_by_pronoun(ex: Extraction, name: str) -> Extraction:
    """``ex`` with its quotes' speaker written "she" and resolved to ``name`` by the extractor's coreference."""
    quotes = tuple(replace(q, speaker=replace(q.speaker, name=name, type="person")) for q in ex.quotes)
    return replace(ex, quotes=quotes)


@pytest.mark.parametrize("pronoun_first", [True, False])
@pytest.mark.parametrize(
    ("words", "statements_expected"),
    [
        (SHORT, 1),
        # too few words that carry a claim: two people may say it
        ("We do not comment on that", 2),
    ],
)
def test_a_short_copy_joins_two_named_speakers_when_one_was_reached_through_a_pronoun(
        store, wire, pronoun_first, words, statements_expected):
    """Clinton's "'Wow, what a great idea,' she said" (PolNeAR train) went to the law professor the
    NYT's paragraph named before, and to Scalia in the Post's: the same short sentence under two
    names, one of them (or both) reached through "she", is one statement, in either order."""
    by_pronoun = _said_by_pronoun(wire("p1", "wire", "2025-09-09T08:00", [(words, "she")]), "Ruth Alvarez")
    named = wire("p2", "courier", "2025-09-10T08:00", [(words, "Tom Berg")])
    for ex in (by_pronoun, named) if pronoun_first else (named, by_pronoun):
        assert store.add(ex)
    link(store, Settings())
    assert len(_groups(store)) == statements_expected


@pytest.mark.parametrize(("by_pronoun", "statements_expected"), [(True, 1), (False, 2)])
def test_a_short_copy_kept_with_a_short_sentence_is_looked_for_alone(store, wire, by_pronoun, statements_expected):
    """USA Today's "'You think I'm going to change?' he said ... 'I'm not changing.'" went to Billy Joel,
    whose song the paragraph before quotes; the Post printed Trump's first sentence alone. The short
    second sentence is kept with the first (``sentence_spans``), so each of its sentences is looked
    for as a copy too (``sentence_pieces``); two named speakers still need the pronoun for a short one."""
    assert store.add(wire("p1", "courier", "2025-09-09T08:00", [(SHORT, "Tom Berg")]))
    later = wire("p2", "wire", "2025-09-09T09:00", [(SHORT + "? We will.", "she" if by_pronoun else "Ruth Alvarez")])
    assert store.add(_said_by_pronoun(later, "Ruth Alvarez") if by_pronoun else later)
    link(store, Settings())
    assert len(_groups(store)) == statements_expected


@pytest.mark.parametrize(
    ("org", "person", "shared"),
    [
        ("org:alvarez", "name:ruth-alvarez", True),  # "Alvarez" read as an organisation
        ("org:team-alvarez", "name:ruth-alvarez", True),
        ("org:campaign-for-alvarez", "name:ruth-alvarez", True),
        ("org:alvarez-shipping", "name:ruth-alvarez", False),  # a firm bearing the name is not her side
        ("org:berg", "name:ruth-alvarez", False),
        ("org:alvarez", "org:alvarez-shipping", False),
    ],
)
def test_an_organisation_named_after_a_person_shares_a_short_copy(org, person, shared):
    ws = SHORT.lower().split()
    assert statements.copy_shared(org, person, ws, statements.Matcher._surname) is shared
    assert statements.copy_shared(person, org, ws, statements.Matcher._surname) is shared


def test_a_quote_inside_a_quote_is_no_copy_of_the_sentence_around_it(store):
    """ "As Tom said, 'The harbour ...'": the outer quote prints the words too; they stay Tom's."""
    outer = f"It is not easy. {HARBOUR}. We agree with every word"
    text = f"\u201c{outer},\u201d Ruth Alvarez said.\n"
    start = 1
    inner = start + outer.index(HARBOUR)
    quotes = (
        Quote(outer, (Span(start, start + len(outer)),), QuoteKind.DIRECT, cue=Cue("said", Span(len(outer) + 16,
              len(outer) + 20)), speaker=Speaker("Ruth Alvarez", Span(len(outer) + 3, len(outer) + 15))),
        Quote(HARBOUR, (Span(inner, inner + len(HARBOUR)),), QuoteKind.NESTED, speaker=Speaker("Tom Berg", None),
              parent=0),
    )
    art = Article("n1", text, url="https://wire.example/n1", outlet="wire", published=datetime(2025, 9, 9, 8))
    assert store.add(Extraction(art, quotes))
    link(store, Settings())
    speakers = store.connection.execute(
        "SELECT COUNT(DISTINCT s.speaker_id) FROM statement_quotes s GROUP BY s.statement_id").fetchall()
    assert all(n == 1 for (n,) in speakers)


def test_a_few_words_held_by_two_statements_join_neither(store, wire):
    assert store.add(wire("s1", "wire", "2025-09-09T08:00", [(OVERDUE, "Ruth Alvarez")]))
    reform = "The reform is long overdue for every family in the state"
    assert store.add(wire("s2", "wire", "2025-09-10T08:00", [(reform, "Ruth Alvarez")]))
    assert store.add(_mixed("f1", "dispatch", "2025-09-11T07:00", "the bill was ", "long overdue.", "Ruth Alvarez"))
    link(store, Settings())
    assert len(_groups(store)) == 3


def test_renderings_under_a_surname_a_full_name_and_no_name_are_one_statement(store, wire):
    """A translated remark: the first outlet names the minister by surname only, another not at all."""
    for ex in (
        wire("b1", "eastgate", "2025-06-10T08:00", [("We will not accept a deal that sacrifices our farmers",
                                                     "Ms Dubois")]),
        wire("b2", "capital", "2025-06-10T09:00", [("We won't accept an agreement that sacrifices our farmers",
                                                    "the minister")]),
        wire("b3", "brief", "2025-06-10T10:00", [("We will not accept an agreement that sacrifices our farmers",
                                                  "Claire Dubois")]),
        wire("b4", "courier", "2025-06-10T11:00", [("We shall never accept an agreement which sacrifices our farmers",
                                                    "Claire Dubois")]),
    ):
        assert store.add(ex)
    link(store, Settings())
    assert len(_groups(store)) == 1
    # two outlets each reword the majority's words: renderings of one remark, not alterations
    assert list_flags(store, kind="altered") == []


def test_a_store_linked_at_the_grain_of_a_quote_migrates_and_links_as_a_fresh_one(tmp_path, wire):
    from saidwhat.store import Store
    from tests.older_schema import as_schema

    articles = [
        wire("a1", "wire", "2025-09-09T08:00", [(f"{OVERDUE}. {MONEY}", "Ruth Alvarez")]),
        wire("a2", "courier", "2025-09-09T09:00", [(MONEY, "Ruth Alvarez")]),
        wire("a3", "herald", "2025-09-10T10:00", [(OVERDUE, "Ruth Alvarez")]),
    ]
    fresh_db, old_db = tmp_path / "fresh.db", tmp_path / "old.db"
    for db in (fresh_db, old_db):
        with Store.open(db) as store:
            for ex in articles:
                assert store.add(ex)
            link(store, Settings())
            fresh = _groups(store)
    assert len(fresh) == 2
    # taken back to schema 0016: statement_quotes keeps one row a quote, as that version filed them
    as_schema(old_db, 16, tmp_path / "migrations")
    with Store.open(old_db) as store:  # migrates: 0017 drops the statements and notes every linked article
        assert store.connection.execute("SELECT count(*) FROM statements").fetchone()[0] == 0
        assert store.connection.execute("SELECT count(*) FROM across_refile").fetchone()[0] == 3
        report = link(store, Settings())
        assert report.articles == 0  # no article is linked again: their quotes are filed again
        assert _groups(store) == fresh
        assert store.connection.execute("SELECT count(*) FROM across_refile").fetchone()[0] == 0


def test_a_statement_joined_to_another_while_its_article_is_linked_is_not_noted(store, wire):
    """The second sentence of a quote joins the statement the first sentence touched to another:
    the first is gone by the end of the article (a store of PolNeAR train failed here)."""
    for ex in farmers_deal_wires(wire):
        assert store.add(ex)
    link(store, Settings())
    assert len(_groups(store)) == 1
    (row,) = store.connection.execute("SELECT count(*), min(part), max(part) FROM statement_quotes s"
                                      " JOIN quotes q ON q.id = s.quote_id JOIN articles a ON a.id = q.article_id"
                                      " WHERE a.url LIKE '%/c3'").fetchall()
    assert row == (1, 0, 0)  # its two sentences are one statement: one row


def test_the_quote_check_names_the_statement_of_the_sentence_it_matches(store, wire):
    from saidwhat.across.check import check_quote

    for ex in (
        wire("a1", "wire", "2025-09-09T08:00", [(f"{OVERDUE}. {MONEY}", "Ruth Alvarez")]),
        wire("a2", "courier", "2025-09-09T09:00", [(MONEY, "Ruth Alvarez")]),
    ):
        assert store.add(ex)
    link(store, Settings())
    money = {r[0] for r in store.connection.execute(
        "SELECT statement_id FROM statement_quotes WHERE wording LIKE 'we are putting%'")}
    assert len(money) == 1
    answer = check_quote(store, MONEY)
    assert answer["verdict"] == "verbatim"
    # the closest quote is the earliest, the wire's of two sentences: its second sentence's statement
    assert answer["match"]["first"]["outlet"] == "wire"
    assert answer["match"]["statement"] in money
    assert answer["match"]["outlets"] == ["courier", "wire"]


def test_a_migrated_store_linked_afresh_files_each_quote_once(tmp_path, wire):
    """``saidwhat link --all`` right after migration 0017: the articles to re-file are linked afresh
    instead, and no statement is left without quotes."""
    from saidwhat.across.review import relink_all
    from saidwhat.store import Store
    from tests.older_schema import as_schema

    db = tmp_path / "old.db"
    with Store.open(db) as store:
        # "Schools need it now" is too short to join an unnamed speaker's statement: filed apart, it would stay
        words = f"{OVERDUE}. {MONEY}. Schools need it now"
        for ex in (wire("a1", "wire", "2025-09-09T08:00", [(words, "Ruth Alvarez")]),
                   wire("a2", "courier", "2025-09-09T09:00", [(MONEY, "Ruth Alvarez")])):
            assert store.add(ex)
        link(store, Settings())
        fresh = _groups(store)
    assert len(fresh) == 3
    as_schema(db, 16, tmp_path / "migrations")
    with Store.open(db) as store:
        relink_all(store, Settings())
        assert _groups(store) == fresh
        empty = store.connection.execute(
            "SELECT count(*) FROM statements WHERE id NOT IN (SELECT statement_id FROM statement_quotes)").fetchone()
        assert empty == (0,)


@pytest.mark.parametrize("text", [
    "Don\u2019t go. It\u2019s late, and we\u2019re tired of waiting.",
    "Yes. No. Maybe so, she thinks.",
    "The 3.5% rise, well-known to all, is here.",
])
def test_words_counted_between_offsets_as_tokens_counts_them(text):
    from saidwhat.across.text import APOSTROPHES, count_tokens, tokens

    folded = text.translate(APOSTROPHES)
    for start, end in sentence_spans(text) + [(0, len(text)), (3, 9)]:
        assert count_tokens(folded, start, end, 99) == len(tokens(text[start:end]))
        assert count_tokens(folded, start, end, 2) == min(2, len(tokens(text[start:end])))


@pytest.mark.parametrize("text", [
    "Don\u2019t go, it\u2018s the miners\u02bc `last\u00b4 shift",  # every mark, in a text that is not ASCII
    "It's `the' last shift at the pit, \u00a3 40 a day",
    "We can`t wait",  # ASCII: the backtick alone
    "No marks here",
    "",
])
def test_apostrophes_straightened_as_the_table_does(text):
    """``straight`` replaces ``text.translate(APOSTROPHES)`` (cheaper on long texts): the same string."""
    from saidwhat.across.text import APOSTROPHES, straight

    assert straight(text) == text.translate(APOSTROPHES)


@pytest.mark.parametrize(
    ("first", "second", "statements_expected"),
    [
        ("Ruth Alvarez", "Ruth M. Alvarez", 1),  # one outlet prints her middle initial
        ("Ruth M. Alvarez", "Ruth K. Alvarez", 2),  # two initials: two people
        ("George H. W. Baxter", "George W. Baxter", 2),  # father and son
    ],
)
def test_a_name_with_and_without_its_middle_initial_is_one_speaker(store, wire, first, second,
                                                                   statements_expected):
    short = "The harbour will reopen next spring"  # under the 8 words two named speakers may share
    assert store.add(wire("i1", "wire", "2025-09-09T08:00", [(short, first)]))
    assert store.add(wire("i2", "courier", "2025-09-10T08:00", [(short, second)]))
    link(store, Settings())
    assert len(_groups(store)) == statements_expected


def test_a_fragment_printed_under_the_name_without_its_initial_joins_the_sentence(store, wire):
    """HuffPost's "the textbook definition" (Paul Ryan) a day before the NYT's sentence (Paul D. Ryan)."""
    sentence = "Claiming a person cannot do the job because of race is the textbook definition of bias"
    assert store.add(_mixed("t1", "post", "2025-09-09T08:00", "it was ", "the textbook definition", "Ruth Alvarez"))
    assert store.add(wire("t2", "times", "2025-09-10T08:00", [(sentence, "Ruth M. Alvarez")]))
    link(store, Settings())
    assert len(_groups(store)) == 1


@pytest.mark.parametrize(
    ("printed", "statements_expected"),
    [
        # an editorial bracket one outlet adds, in a long sentence an unnamed speaker's outlet prints
        ("There has never been a man or a woman, not me, not Tom, nobody more qualified than Dana", 1),
        # two words other: another sentence
        ("There has never been a man or a woman, not me, not Tom, nobody less suited than Dana", 2),
    ],
)
def test_an_unnamed_speakers_long_words_join_a_sentence_with_a_bracket_added(store, wire, printed,
                                                                             statements_expected):
    full = ("I can say there has never been a man or a woman, not me, not Tom [Berg], nobody more qualified"
            " than Dana to lead this city")
    assert store.add(wire("u1", "wire", "2025-09-09T08:00", [(full, "Ruth Alvarez")]))
    assert store.add(wire("u2", "times", "2025-09-10T08:00", [(printed, "the mayor")]))
    link(store, Settings())
    assert len(_groups(store)) == statements_expected


def test_an_opening_conjunction_does_not_count_against_containment():
    from saidwhat.across.statements import match_score

    whole = "we think they must not go there at all this year".split()
    assert match_score(whole, "but then they must not go".split()) > 0  # 4 of 5 words, "but" aside
    assert match_score(whole, "well then they must not go".split()) == 0  # 4 of 6


# A long sentence (over a window of 12 words), as the store finds near copies (``is_near_copy``).
COAL = "We are going to put a lot of coal miners and coal companies out of business"


@pytest.mark.parametrize(
    ("first", "copy", "statements_expected"),
    [
        # an opening word trimmed by one outlet: the same sentence, given to another person
        (COAL, COAL.split(" ", 1)[1], 1),
        (COAL.split(" ", 1)[1], COAL, 1),
        (COAL, COAL.replace("of business", "business"), 1),  # the last window whole
        # a negation or a figure added is another claim, not a copy
        (COAL, COAL.replace("are going", "are not going"), 2),
        (COAL, COAL.replace("a lot of", "a lot of 50"), 2),
        # a word changed: perhaps someone answering the first in her words
        (COAL, COAL.replace("put", "throw"), 2),
        # the two ends of "and" printed the other way round, with or without an opening word
        (COAL, COAL.replace("miners and coal companies", "companies and coal miners"), 1),
        (COAL, COAL.split(" ", 1)[1].replace("miners and coal companies", "companies and coal miners"), 1),
    ],
)
def test_a_long_sentence_with_a_word_dropped_under_two_named_speakers_is_one_statement(
        store, wire, first, copy, statements_expected):
    assert store.add(wire("h1", "wire", "2025-09-09T08:00", [(first, "Ruth Alvarez")]))
    assert store.add(wire("h2", "courier", "2025-09-10T08:00", [(copy, "Tom Berg")]))
    link(store, Settings())
    assert len(_groups(store)) == statements_expected


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        (COAL, COAL.split(" ", 1)[1], True),
        (COAL, COAL.replace("coal miners", "miners"), True),
        (COAL, COAL, False),  # word for word is a copy, not a near one
        (COAL, COAL.replace("are going", "are never going"), False),
        (COAL, COAL.replace("put", "throw"), False),
        ("The harbour will reopen before the storms", "harbour will reopen before the storms", False),  # under 8
        (COAL, COAL.replace("miners and coal companies", "companies and coal miners"), True),
        (COAL, COAL.split(" ", 1)[1].replace("miners and coal companies", "companies and coal miners"), True),
        # two words swapped across no "and": subject and object turned round, another claim
        ("the city council is far more to blame than the mayor for this",
         "the mayor is far more to blame than the city council for this", False),
        ("we are going to put the miners out of business before the owners",
         "we are going to put the owners out of business before the miners", False),
        # swapped and a word changed
        (COAL, COAL.replace("miners and coal companies", "companies and coal workers"), False),
    ],
)
def test_a_near_copy_is_one_word_dropped(a, b, near):
    assert statements.is_near_copy(a.lower().split(), b.lower().split()) is near


HARBOUR = "The harbour bill is long overdue and the port must reopen before the winter storms"


def _quotes(aid: str, outlet: str, day: str, quotes: list[tuple[str | None, str, str]]) -> Extraction:
    """An article of one paragraph a quote: (speaker or None, "direct" or "mixed", the quoted words),
    a mixed quote's words standing after the reporter's "that the bill's authors say"."""
    text, found = "", []
    for mention, kind, words in quotes:
        who = mention or "It"
        lead = f"{who} said " + ("that the bill's authors say " if kind == "mixed" else "")
        start = len(text) + len(lead) + 1
        end = start + len(words)
        speaker = Speaker(mention, Span(len(text), len(text) + len(mention))) if mention else None
        found.append(Quote(words, (Span(start, end),), QuoteKind(kind),
                           cue=Cue("said", Span(len(text) + len(who) + 1, len(text) + len(who) + 5)), speaker=speaker))
        text += f"{lead}\u201c{words}\u201d.\n\n"
    art = Article(aid, text, url=f"https://{outlet}.example/{aid}", outlet=outlet,
                  published=datetime.fromisoformat(day))
    return Extraction(art, tuple(found))


def test_unnamed_words_join_the_statement_of_a_speaker_the_article_names(store):
    """An unnamed speaker's few quoted words join the one statement of a person the same article
    quotes by name that holds them, printed in another article; with nobody named in the article,
    or under MIN_HELD_UNNAMED_WORDS words, they stay apart."""
    assert store.add(_quotes("u1", "dispatch", "2025-09-09T07:00", [("Ruth Alvarez", "direct", HARBOUR + ".")]))
    assert store.add(_quotes("u2", "tribune", "2025-09-10T07:00", [
        ("Ruth Alvarez", "direct", "Our schools need more teachers and better buildings this year."),
        (None, "mixed", "the port must reopen")]))
    assert store.add(_quotes("u3", "herald", "2025-09-10T09:00", [(None, "mixed", "the port must reopen")]))
    assert store.add(_quotes("u4", "courier", "2025-09-10T09:00", [
        ("Ruth Alvarez", "direct", "Our hospitals need more nurses and better wards this year."),
        (None, "mixed", "the winter")]))
    link(store, Settings())
    joined = [g for g in _groups(store) if ("u1", HARBOUR) in g]
    assert joined == [frozenset({("u1", HARBOUR), ("u2", "the port must reopen")})]


def _mentioning(aid: str, outlet: str, day: str, before: str, quoted: str,
                kind: QuoteKind = QuoteKind.MIXED) -> Extraction:
    """An article whose one quote, a mixed quote (or ``kind``), has no speaker the extractor found:
    the reporter's words ``before`` it may name someone without quoting them by name."""
    text = f"{before}\u201c{quoted}\u201d, and the crowd cheered.\n"
    start = len(before) + 1
    quote = Quote(quoted, (Span(start, start + len(quoted)),), kind)
    art = Article(aid, text, url=f"https://{outlet}.example/{aid}", outlet=outlet,
                  published=datetime.fromisoformat(day))
    return Extraction(art, (quote,))


def test_unnamed_words_join_the_statement_of_a_speaker_the_article_mentions(store):
    """USA Today's "For someone who conceded in a recent debate that she's 'not a natural
    politician,' Hillary Clinton had a good night" (PolNeAR train): nobody quoted by name, but the
    article mentions the person whose sentence, printed by another outlet, holds the words. An
    article that mentions someone else keeps them apart; so does a mention of the speaker when
    the fragment is short and printed weeks after the sentence (``fragment_may_join``)."""
    assert store.add(_quotes("m1", "dispatch", "2025-09-09T07:00", [("Ruth Alvarez", "direct", HARBOUR + ".")]))
    assert store.add(_mentioning("m2", "tribune", "2025-09-12T07:00",
                                 "Ruth Alvarez had a good night. For someone who said the port ", "must reopen before"))
    assert store.add(_mentioning("m3", "herald", "2025-09-12T07:00",
                                 "Karl Brandt had a good night. For someone who said the port ", "must reopen before"))
    assert store.add(_mentioning("m4", "courier", "2025-10-20T07:00",
                                 "Ruth Alvarez spoke again. Weeks ago she said the port ", "must reopen before"))
    link(store, Settings())
    joined = [g for g in _groups(store) if ("m1", HARBOUR) in g]
    assert joined == [frozenset({("m1", HARBOUR), ("m2", "must reopen before")})]


def test_unnamed_words_stored_first_join_the_sentence_of_a_speaker_their_article_mentions(store):
    """Breitbart's supporters "saying 'the struggle continues'" (no speaker found, Sanders mentioned),
    a day before HuffPost printed Sanders's email "... and to understand that the struggle continues"
    (PolNeAR train): the join ``_held_by_mentioned`` makes when the fragment comes second is made
    when it comes first too. Not for an article mentioning someone else, nor for a short fragment
    printed weeks before the sentence."""
    assert store.add(_mentioning("f1", "tribune", "2025-09-09T07:00",
                                 "Ruth Alvarez had a good night. Her aides said the port ", "must reopen before"))
    assert store.add(_mentioning("f2", "herald", "2025-09-09T07:00",
                                 "Karl Brandt had a good night. His aides said the port ", "must reopen before"))
    assert store.add(_mentioning("f3", "courier", "2025-08-01T07:00",
                                 "Ruth Alvarez spoke. Her aides said the port ", "must reopen before"))
    assert store.add(_quotes("f4", "dispatch", "2025-09-10T07:00", [("Ruth Alvarez", "direct", HARBOUR + ".")]))
    link(store, Settings())
    assert {g for g in _groups(store) if len(g) > 1} == {
        frozenset({("f4", HARBOUR), ("f1", "must reopen before")})}


STATIONS = "Our stations must reopen before the winter storms arrive"


def test_a_named_speakers_words_join_an_unnamed_sentence_stored_before(store):
    """Breitbart's unattributed "they deserve someone who's made of the same stuff. That's Hillary
    Clinton," two days before the NYT's Biden said she was "made of the same stuff" (PolNeAR train):
    the named speaker's few quoted words join the one unnamed sentence of another article that holds
    them, when that article mentions the speaker's surname (read past a suffix: "Jr."). An article
    that mentions someone else keeps its sentence apart: words both hold go where their speaker is mentioned."""
    assert store.add(_mentioning("h1", "dispatch", "2025-09-09T07:00", "Ruth Alvarez toured the docks. ",
                                 HARBOUR + ".", QuoteKind.DIRECT))
    assert store.add(_mentioning("h2", "herald", "2025-09-09T08:00", "Karl Brandt toured the docks. ",
                                 STATIONS + ".", QuoteKind.DIRECT))
    assert store.add(_quotes("h3", "tribune", "2025-09-11T07:00",
                             [("Ruth Alvarez Jr.", "direct", "the port must reopen before the winter.")]))
    assert store.add(_quotes("h4", "courier", "2025-09-11T07:00",
                             [("Karl Brandt", "direct", "must reopen before the winter storms.")]))
    link(store, Settings())
    assert {g for g in _groups(store) if len(g) > 1} == {
        frozenset({("h1", HARBOUR), ("h3", "the port must reopen before the winter")}),
        frozenset({("h2", STATIONS), ("h4", "must reopen before the winter storms")})}


@pytest.mark.parametrize(
    ("named", "unnamed", "fragment", "held"),
    [
        (HARBOUR, "the port must reopen", True, True),
        (HARBOUR, "the winter", True, False),  # under MIN_HELD_UNNAMED_WORDS
        (HARBOUR, "the port must open", True, False),  # not in a row
        ("the port must reopen before the storms", HARBOUR, False, False),  # not in a row in the unnamed words
        ("the port must reopen before the winter", HARBOUR, False, True),  # the named sentence inside the unnamed one
        ("the port must reopen before the winter", HARBOUR, True, False),  # a fragment never holds a sentence
        ("must reopen", HARBOUR, False, False),  # a named wording inside must be MIN_CONTAINED_WORDS
    ],
)
def test_unnamed_words_held_by_a_named_sentence(named, unnamed, fragment, held):
    assert statements.holds_unnamed(named.lower().split(), unnamed.lower().split(), fragment=fragment) is held


def test_the_word_bound_never_turns_away_a_contained_match_opening_with_but():
    # match_score does not count an opening "but" the longer wording lacks; the cheap bound
    # before it (_may_match) must not count it either, or it turns the match away unseen
    from collections import Counter

    from saidwhat.across.statements import _may_match, match_score

    short = "but the wall goes up fast".split()
    long = "the wall goes up slowly along the texas border".split()
    assert match_score(short, long) > 0
    assert _may_match(Counter(short), len(short), " ".join(long), len(long), 0)
DOOR = "We\u2019re going to have a big, fat beautiful door on the wall"


def _recalled(aid: str, day: str, words: str) -> Extraction:
    """PolNeAR train's west-journal article of 25 August 2016, its sentence that recalls December:
    a direct quote of ``words``."""
    lead = "When he first described the wall in December, Donald Trump said, \u201c"
    text = f"{lead}{words}.\u201d\n\nHannity asked Trump Wednesday if the project was still in his plans.\n"
    at = lead.index("Donald Trump")
    quote = Quote(words, (Span(len(lead), len(lead) + len(words)),), QuoteKind.DIRECT,
                  cue=Cue("said", Span(at + 13, at + 17)), speaker=Speaker("Donald Trump", Span(at, at + 12)))
    art = Article(aid, text, url=f"https://west-journal.example/{aid}", outlet="west-journal",
                  published=datetime.fromisoformat(day))
    return Extraction(art, (quote,))


@pytest.mark.parametrize(("first", "joined"), [("2016-02-09T00:00", False), ("2015-12-10T00:00", True)])
def test_a_recalled_month_must_be_the_statements_occasion(store, wire, first, joined):
    """PolNeAR train (west-journal, 25 August 2016): "when he first described the wall in December,
    he said, 'We're going to do a wall'" recalls December. Trump's "We're going to build a wall" of a
    February article is another occasion: the short sentence near it stays apart. A statement first
    printed in December it joins."""
    assert store.add(wire("first", "politico", first, [("We\u2019re going to build a wall", "Donald Trump")]))
    assert store.add(_recalled("aug", "2016-08-25T00:00", "We\u2019re going to do a wall"))
    link(store, Settings())
    assert (len(_groups(store)) == 1) is joined


def test_a_month_of_another_sentence_is_not_the_quotes():
    """The time a recall names is read in the quote's own sentence: HuffPost's "sent a memo to The
    Washington Post in April" is the memo's month, not that of Calderon's February interview
    quoted in the next sentence."""
    from saidwhat.across.link import _quote_sentence

    text = ("He sent a two-page memo to The Washington Post in April explaining his plan. Felipe Calderon "
            "fired back. \u201cIt\u2019s going to be completely useless,\u201d Calderon said in an interview.\n")
    start = text.index("It\u2019s")
    sentence = _quote_sentence(text, [(start, text.index(",\u201d"))])
    assert "April" not in sentence and sentence.endswith("Calderon said in an interview.")


@pytest.mark.parametrize(("first", "joined"), [("2016-02-09T00:00", False), ("2015-12-10T00:00", True),
                                               ("2016-08-20T00:00", True)])
def test_a_fragment_joins_on_the_month_it_recalls(store, wire, first, joined):
    """A mixed quote's four words ("big, fat beautiful door") in an August article that recalls
    December join the sentence holding them when it was printed in December (or within
    FRAGMENT_OCCASION_DAYS), not when it was printed in February."""
    assert store.add(wire("first", "politico", first, [(DOOR, "Donald Trump")]))
    assert store.add(_mixed("aug", "west-journal", "2016-08-25T00:00", "the wall would have a ",
                            "big, fat beautiful door.", "Donald Trump",
                            lead="When he first described the wall in December, "))
    link(store, Settings())
    assert (len(_groups(store)) == 1) is joined


@pytest.mark.parametrize(
    ("short", "longer", "cut"),
    [
        # PolNeAR train: Sanders at the January debate and at a May rally, 4 of 5 words in order
        ("We're going to go forward", "If we win big in California, we're going to go marching into the "
         "Democratic convention with a lot of momentum", True),
        # Sanders's written statement on Puerto Rico, quoted whole 14 days on: printed whole
        ("a terrible situation even worse", "At a time when the people of Puerto Rico are suffering, the "
         "legislation introduced in the House would make a terrible situation even worse", False),
        # a long wording is no stock phrase: its containment joins whatever the date
        ("the government of our great nation belongs to all of us, not just a few",
         "We will all come together to say loudly and clearly that the government of our great nation "
         "belongs to all of us, not just a few wealthy campaign contributors", False),
    ],
)
def test_a_short_wording_cut_inside_a_longer_one(short, longer, cut):
    words = [w.strip(",").lower() for w in short.split()], [w.strip(",").lower() for w in longer.split()]
    assert statements.is_cut_containment(*words) is cut
    assert statements.is_cut_containment(*reversed(words)) is cut


@pytest.mark.parametrize(("second", "joined"), [("2016-05-24T00:00", False), ("2016-01-20T00:00", True)])
def test_a_short_sentence_with_a_word_changed_joins_only_on_its_occasion(store, wire, second, joined):
    """PolNeAR train (round pairs45): Sanders's "We're going to go forward." at the January debate
    (Washington Post, 18 January) and his May rally's "If we win big in California, we're going to
    go marching into the Democratic convention ..." (Breitbart, 24 May) share 4 of the short one's
    5 words in order, the CONTAINED share: two occasions, two statements. Two days apart, the same
    words are taken for one remark, as before."""
    assert store.add(wire("jan", "wash-post", "2016-01-18T00:00", [
        ("We\u2019re going to go forward.", "Bernie Sanders")]))
    assert store.add(wire("may", "breitbart", second, [(
        "If we win big in California, we\u2019re going to go marching into the Democratic convention with a lot "
        "of momentum.", "Bernie Sanders")]))
    link(store, Settings())
    assert (len(_groups(store)) == 1) is joined


@pytest.mark.parametrize(("lead", "before", "joined"), [
    ("Fiorina dropped her own presidential bid in early February. ", "he fought for our liberties ", False),
    ("In January, ", "that she had prayed ", True),
])
def test_a_month_only_another_sentence_names_recalls_nothing(store, wire, lead, before, joined):
    """PolNeAR train (round pairs45): Carly Fiorina's book, quoted on 20 January ("she began saying
    the Lord's Prayer to herself "over and over again, just as I had as a little girl"), and her
    endorsement of Ted Cruz on 9 March, where she praised him for fighting "over and over again": the
    March paragraph's "in early February" dates her withdrawal, not the words, so the fragment is no
    recall of January's statement and stays apart. Said "in January" in its own sentence, it joins."""
    assert store.add(wire("book", "wash-post", "2016-01-20T00:00", [(
        "Over and over again, just as I had as a little girl", "Carly Fiorina")]))
    assert store.add(_mixed("cruz", "huff-post", "2016-03-09T00:00", before, "over and over again.",
                            "Carly Fiorina", lead=lead))
    link(store, Settings())
    assert (len(_groups(store)) == 1) is joined
