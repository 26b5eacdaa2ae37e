"""The scans speaker resolution runs without a regex compiled per name answer as those regexes did.

``_opens_last_part`` stands for ``re.search(r",\\s*" + re.escape(word) + r"\\b[^,]*$", text)``,
``_words_before`` for the first groups of ``([\\w.]+)[^\\S\\n]+WORD\\b`` (the word before, on its line) and
``_rests_after`` for the matches of ``\\bWORD\\b[^.!?;:\\n]{0,30}`` less the word: each is
checked against its regex on a table of shapes and on every short string built from the pieces
that could make them differ (dots, underscores, line breaks, a name repeated or inside a longer word).
"""

from __future__ import annotations

import itertools
import re

import pytest

from saidwhat.names.inarticle import (
    _CAPITAL_AFTER,
    _CLOSING,
    _LIST_WITH_ACRONYM,
    _MIDDLE_INITIAL,
    _SENTENCE_END,
    _SENTENCE_END_PAST_TITLES,
    _matches_after,
    _no_word_at,
    _opens_last_part,
    _organisation_candidates,
    _rests_after,
    _sentence_start,
    _spaced_before,
    _starts_of,
    _words_before,
    _writes_word,
    build_name_index,
)

MENTIONS = [
    ("The director of public prosecutions, Ken Macdonald", "Ken"),
    ("The head of the NHTCU, Acting Detective Chief Superintendent, Mick Deats", "Mick"),
    ("The head of the NHTCU, Acting Detective Chief Superintendent, Mick Deats", "Acting"),
    ("Mick Deats", "Mick"),
    ("a spokesman, Kenneth Clarke, the former chancellor", "Kenneth"),
    ("the firm, Ken.", "Ken."),
    ("the firm,Kennedy", "Ken"),
    ("the firm, Ken_Smith", "Ken"),
    ("the firm, \n Ken", "Ken"),
    ("", "Ken"),
]

PIECES = ["Ken", "Ken.", "K", ",", " ", "\n", "_", "x", "é", "1", "'", "-"]


@pytest.mark.parametrize(("text", "word"), MENTIONS)
def test_opens_last_part_is_the_regex(text: str, word: str) -> None:
    assert _opens_last_part(text, word) == bool(re.search(r",\s*" + re.escape(word) + r"\b[^,]*$", text))


def test_opens_last_part_on_every_short_string() -> None:
    for size in range(4):
        for parts in itertools.product(PIECES, repeat=size):
            text = "".join(parts)
            for word in ("Ken", "Ken.", "K"):
                expected = bool(re.search(r",\s*" + re.escape(word) + r"\b[^,]*$", text))
                assert _opens_last_part(text, word) == expected, (text, word)


TEXTS = [
    ("Russia's Gazprom said. Mr Gazprom, striker Gazprom and Gazprom.com Gazprom", "Gazprom"),
    ("Mr Gazprom Gazprom Gazprom", "Gazprom"),
    ("X Inc.Foo bar Inc. Mr Inc.Mr Inc.", "Inc."),
    ("U.S. officials and the U.S  officials", "officials"),
    ("said Yukos\nYukos claims, Yukos_ Yukos", "Yukos"),
]

WORD_PIECES = ["Mr", " ", "\n", ".", "Gaz", "Gazprom", "Inc.", "_", "1", ";", "he"]


def _regex_before(word: str, text: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r"([\w.]+)[^\S\n]+" + re.escape(word) + r"\b", text)]


def _regex_after(word: str, text: str) -> list[str]:
    return [m.group()[len(word) :] for m in re.finditer(r"\b" + re.escape(word) + r"\b[^.!?;:\n]{0,30}", text)]


@pytest.mark.parametrize(("text", "word"), TEXTS)
def test_words_before_and_rests_after_are_the_regexes(text: str, word: str) -> None:
    assert list(_words_before(word, text)) == _regex_before(word, text)
    assert list(_rests_after(word, text)) == _regex_after(word, text)


def test_words_before_and_rests_after_on_every_short_string() -> None:
    for size in range(5):
        for parts in itertools.product(WORD_PIECES, repeat=size):
            text = "".join(parts)
            for word in ("Gazprom", "Inc.", "Gaz", "."):
                assert list(_words_before(word, text)) == _regex_before(word, text), (text, word)
                assert list(_rests_after(word, text)) == _regex_after(word, text), (text, word)


# the pieces that decide a boundary of ``(?<![\w'’-])``: apostrophes, hyphens, underscores, digits, accents
BOUNDED_PIECES = ["Ken", "ken", " ", "\t", "'", "’", "-", "_", "1", "é", "Kennedy", "Smith"]


def test_whole_words_on_every_short_string() -> None:
    """``_writes_word`` and ``_starts_of``/``_no_word_at`` answer as ``(?<![\w'’-])WORD(?![\w'’-])``;
    ``_spaced_before`` as ``[ \t]+WORD`` at the offset."""
    for size in range(5):
        for parts in itertools.product(BOUNDED_PIECES, repeat=size):
            text = "".join(parts)
            for word in ("ken", "Ken", "Ken-1", "o'k"):
                regex = [m.start() for m in re.finditer(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", text)]
                ours = [at for at in _starts_of(word, text, "'’-") if _no_word_at(text, at + len(word), "'’-")]
                assert ours == regex, (text, word)
                assert _writes_word(word, text) == bool(regex), (text, word)
            for at in range(len(text) + 1):
                assert _spaced_before("Smith", text, at) == bool(re.compile(r"[ \t]+Smith").match(text, at)), text


@pytest.mark.parametrize(
    ("text", "word", "tail"),
    [
        ("Nissan Nissan Connect and Nissan North", "Nissan", _CAPITAL_AFTER),
        ("-Nissan Sales, xNissan Motors", "Nissan", _CAPITAL_AFTER),
        (
            "the Ministry of Economy, Trade and Industry (METI), the Ministry of Economy and Trade (MET)",
            "Ministry of Economy",
            _LIST_WITH_ACRONYM,
        ),
        ("Trade and Trade and Industry (TTI)", "Trade", _LIST_WITH_ACRONYM),
    ],
)
def test_matches_after_are_finditer(text, word, tail) -> None:
    """A fixed shape after a name found by string search gives finditer's matches of the whole pattern:
    left to right, none starting inside the one before."""
    whole = re.compile(r"(?<![\w'’-])" + re.escape(word) + tail.pattern)
    assert [m.span() for m in _matches_after(word, tail, text, "'’-")] == [
        (m.start() + len(word), m.end()) for m in whole.finditer(text)
    ]


def test_rests_after_stop_at_the_clause() -> None:
    text = "Parry claims he will stay; Parry, who is 60, said Parry" + "x" * 40 + " Parry " + "y" * 40
    assert list(_rests_after("Parry", text)) == _regex_after("Parry", text)


def test_organisation_candidates_follow_who_is_known_to_speak() -> None:
    """The runs of capitals that depend on the text alone are worked out once per article; whether a
    run is a person is read again on each call, as speakers are found."""
    text = "Stoy Hayward said. BDO Stoy Hayward and Stoy Hayward agreed. The BDO report said it would."
    index = build_name_index(text)
    before = [name for _pos, name, _first in _organisation_candidates(index)]
    assert "BDO Stoy Hayward" in before and "Stoy Hayward" in before
    index.find("Stoy Hayward").is_speaker_at.append(0)
    after = [name for _pos, name, _first in _organisation_candidates(index)]
    assert "Stoy Hayward" not in after and "BDO Stoy Hayward" in after


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a place's name is no person's, whom a later description would take up (PolNeAR train; names60)
        (
            "Donald Trump spoke in Ohio on Sunday. The New York businessman said the Russians were behind the hack.",
            ["Donald Trump"],
        ),
        (
            "Arturo Sarukhan, Mexico's ambassador to the United States from 2007 to 2013, said Mexico must act.",
            ["Arturo Sarukhan"],
        ),
        # a particle only the sentence start capitalises: one person (PolNeAR train, Politico; names60)
        (
            "Mayor Bill de Blasio rejected criticism. De Blasio said the move was made by the commissioner.",
            ["Bill de Blasio"],
        ),
    ],
)
def test_index_people(text, people):
    assert [p.name for p in build_name_index(text).people] == people


# (text, a word in it, the words its sentence opens and closes with), as the pronoun's clause rules read
# them: a full stop that closes a title or a dotted abbreviation of the lexicon ends no sentence; one at a
# paragraph's break does (split63, issue #16)
SENTENCES = [
    (
        "Tony Blair said the vote was fair. Speaker Paul D. Ryan, who was reluctant to endorse Mr. Trump, was "
        "more direct. He said so.",
        "direct",
        "Speaker",
        "direct",
    ),
    ("Mrs. Clinton often says she wants to build on Mr. Obama's legacy. She won.", "says", "Mrs.", "legacy"),
    (
        "The caucuses ended at 10 p.m. EST. Vermont Sen. Bernie Sanders spoke to Dr. Ben Carson. He left.",
        "spoke",
        "Vermont",
        "Carson",
    ),
    (
        "The bill passed. She married a loser like former U.S. Representative Anthony Weiner. He resigned.",
        "Weiner",
        "She",
        "Weiner",
    ),
    # an abbreviation that is a word too ends a sentence as a word does (BBC tech/022)
    (
        "The Sun Grid relies on Solaris, the operating system owned by Sun. Initially it will house the grid.",
        "house",
        "Initially",
        "grid",
    ),
    # a paragraph's break ends the sentence after an abbreviation too
    ("It makes it easier for them to remain in the U.S.\nMr. Smith said it was just.", "said", "Mr.", "just"),
    # a word's lower case is no abbreviation: "said no." ends its sentence
    ("The Republican candidate said no. But he said bullying was wrong.", "bullying", "But", "wrong"),
    # a middle initial still goes on; a capital alone before a pronoun ends a sentence
    ("An adviser to then-President George W. Bush, also questioned it. So did Mr. Rove.", "adviser", "An", "it"),
    # a middle initial goes on past a party's and state's tag in brackets (PolNeAR train, the Washington Post)
    ("Harry M. Reid (D-Nev.) blasted Rubio in an interview. He said it.", "blasted", "Harry", "interview"),
]


@pytest.mark.parametrize(("text", "word", "opens", "closes"), SENTENCES)
def test_sentence_bounds_go_past_titles_and_abbreviations(text, word, opens, closes):
    at = text.index(word)
    start = _sentence_start(text, at, _SENTENCE_END_PAST_TITLES)
    assert text[start:].startswith(opens)
    end = _SENTENCE_END_PAST_TITLES.search(text, at)
    assert text[: end.start() if end else len(text)].rstrip(".").endswith(closes)


def test_plain_split_is_the_lookahead_regex():
    """The plain splitter opens on the marks (for speed) and splits where the regex opening on the middle
    initial's look-ahead did, titles' stops included (the rules other than the pronoun's clause rely on it)."""
    initial = _MIDDLE_INITIAL.replace(r"(?<=\s[A-Z]\.)", r"(?<=\s[A-Z])\.").replace(
        r"(?<=[A-Z]\.[A-Z]\.)", r"(?<=[A-Z]\.[A-Z])\."
    )
    before = re.compile(r"(?!" + initial + r")[.!?][" + _CLOSING + r"]?\s+(?=[(" + _CLOSING + r"]?[A-Z])|\n")
    for text, _word, _opens, _closes in SENTENCES:
        assert [m.span() for m in _SENTENCE_END.finditer(text)] == [m.span() for m in before.finditer(text)]
    assert _sentence_start("He said Mr. Trump won.", 12) == 12


@pytest.mark.parametrize(("text", "splits"), [
    # initials run together, then a name that goes on in lower case: no sentence ends there (pn84's shape)
    ("He had consulted scholar A.E. Dick Howard at the university. He left.", 1),
    ("He thanked George H.W. Bush, who came. He left.", 1),
    ("He had consulted scholar A. Dick Howard at the university. He left.", 1),
    # a place's initials end sentences as often: the split stays; a single capital, a name and a comma too
    ("They came into the U.S. While Clinton has praised them, he has not.", 1),
    ("The woman followed Malcolm X. Attallah Shabazz, the daughter of Malcolm X, spoke.", 1),
])
def test_initials_before_a_name_end_no_sentence(text, splits):
    assert len(list(_SENTENCE_END.finditer(text))) == splits, [m.span() for m in _SENTENCE_END.finditer(text)]
