"""Who a speaker mention refers to, inside one article.

Pronouns, surnames, first names, titles ("President Zelensky") and role
descriptions ("the NATO Secretary General", "the minister") are resolved to
the full name the article gives, by apposition ("Sergei Lavrov, the foreign
minister"), by a title or a role before the name ("Foreign Minister Sergei
Lavrov", "the agency's former chief executive Doug Smith"), by a later
attribution, or by the nearest compatible mention. A speaker that is only an
organisation ("the ministry said") stays an organisation, and someone who
speaks for a person ("a spokesman for Michael Howard") is not that person. An
optional ``holder`` callable (the knowledge base of offices) resolves a role
to its holder on the article's date when the text does not name one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property, lru_cache

from ..extract.frames import FORM_TO_LEMMA, WRITTEN_LETTER, referred_letters, written_letters
from ..extract.lexicon import LEXICON
from ..extract.rules import (
    ALL_MARKS,
    DEMONYMS,
    DOCUMENT_HEADS,
    DOUBLE_PAIRS,
    GENDER_WORDS,
    GROUP_HEADS,
    HEARER_VERBS,
    HONORIFICS,
    LIBRARY_NAME_SUFFIXES,
    LIBRARY_POST_NOMINALS,
    LIBRARY_TITLES,
    NOT_NAME_WORDS,
    ORG_NOUNS,
    PARTY_NOUNS,
    PERSON_PRONOUNS,
    POST_NOMINALS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SINGLE_MARKS,
    STRAIGHT_DOUBLE,
    SURNAME_TITLES,
    THING_NOUNS,
    TITLES,
    word_forms,
)
from ..extract.syntax import CALENDAR, TIME_WORDS, WEEKDAYS
from ..models import Span
from .given import LISTED_GENDERS, given_name_gender, may_be_given_name

__all__ = ["NEUTER", "RESOLUTION_RULES", "NameIndex", "Mention", "build_name_index", "known_gender", "person_named",
           "pronoun_gender", "repaired_name", "resolve", "resolve_with_rule"]

# The "gender" of an organisation in a resolution history: what "it" refers back to.
NEUTER = "n"

# UTF-8 read as Latin-1 ("TomÃ¡s Regalado" in PolNeAR's texts, whose offsets are scored, so the text stays as it is):
# a lead byte read as "Ã" and its continuation byte are one letter of the word, so the name is not cut at "¡";
# read that way twice, "á" is "Ã\x83Â¡" ("Arturo SarukhÃ\x83Â¡n"), and the second layer's lead byte is "Â"
# (and the Dutch names' contracted article is a word of its own: "Sophie in 't Veld")
_WORD = re.compile(r"(?<=\s)['’]t(?=\s)|[A-Za-zÀ-ÖØ-öø-ÿĀ-ž](?:" + WRITTEN_LETTER + r"|[\w'’\-.])*")
_PARTICLES = frozenset(LEXICON.name_particles)
_JOINED_PARTICLES = frozenset(LEXICON.joined_surname_particles)
_CONTRACTED_ARTICLES = frozenset(LEXICON.name_contracted_articles)
_BEFORE_CONTRACTED_ARTICLE = frozenset(LEXICON.particles_before_contracted_article)


def repaired_name(name: str | None) -> str | None:
    """A name as it was meant to be written when its UTF-8 was read as Latin-1, once or twice, or its letters
    written as character references: "TomÃ¡s Regalado" is "Tomás Regalado", "Arturo SarukhÃ\x83Â¡n" is "Arturo
    Sarukhán", "Jos&#233; Manuel Barroso" is "José Manuel Barroso". The article's text keeps its bytes (offsets
    into it are scored); only the name a reader sees is repaired. ftfy undoes only the layers that decode
    cleanly, so a name that does not round-trip is left as written."""
    if not name or not _re.search(WRITTEN_LETTER, name):
        return name
    return written_letters(name)


# the medium a document goes out on, no issuer: "a TV ad", "a Web video"
_DOCUMENT_MEDIA = frozenset(LEXICON.document_media)
_NEVER_IN_NAMES = frozenset(LEXICON.never_in_names)
_STOP = frozenset(LEXICON.mention_stop_words)
_DETERMINERS = frozenset(LEXICON.determiners)
_INDEFINITE = frozenset(LEXICON.indefinite_openers)
_UNRESOLVABLE = frozenset(LEXICON.unresolvable_pronouns)
_INDEFINITE_SPEAKERS = frozenset(LEXICON.indefinite_speakers)
_PLURAL_PRONOUNS = frozenset(LEXICON.plural_pronouns)
_COORDINATORS = frozenset(LEXICON.coordinators)
_PAIR_QUANTIFIERS = frozenset(LEXICON.pair_quantifiers)
_ORG_LABELS = frozenset(LEXICON.org_entity_labels)
_COLLECTIVE = frozenset(LEXICON.collective_heads)
_TITLE_SHORT_FORMS = LEXICON.title_short_forms  # "gov" -> "governor": "Gov. Eric Holcomb ... The governor"
# a capitalised word of a name; a full stop inside ("U.S"), never one that ends a sentence; a slash
# before a capital ("Nielsen/NetRatings" is one firm, not "Nielsen")
_ORG_TOKEN = r"[A-Z](?:[\w&'’-]|\.(?=\w)|/(?=[A-Z]))*"
# a run of words with no quotation mark in it, for the apposition and role patterns
_NO_MARKS = "[^,.;:" + re.escape("".join(sorted(ALL_MARKS))) + "]"



@lru_cache(maxsize=2048)
def _compiled(pattern: str | re.Pattern, flags: int = 0) -> re.Pattern:
    """A pattern compiled once and kept while it is in use. The rules build patterns around the names of
    each article ("Mr Rowling", "Time Warner's profits"), which ``re``'s own cache (512 patterns, the oldest
    dropped first) cannot hold beside the fixed ones: within a few articles every fixed pattern had been
    dropped and compiled again, and compiling took a third of the rules' time. Kept by last use, the fixed
    patterns stay and each name's go as the articles move on."""
    return re.compile(pattern, flags)


class _CachedRe:
    """``re``'s functions, with their signatures, over ``_compiled``: the rules call ``_re.search(...)``."""

    @staticmethod
    def compile(pattern, flags=0):
        return _compiled(pattern, flags)

    @staticmethod
    def search(pattern, string, flags=0):
        return _compiled(pattern, flags).search(string)

    @staticmethod
    def match(pattern, string, flags=0):
        return _compiled(pattern, flags).match(string)

    @staticmethod
    def fullmatch(pattern, string, flags=0):
        return _compiled(pattern, flags).fullmatch(string)

    @staticmethod
    def finditer(pattern, string, flags=0):
        return _compiled(pattern, flags).finditer(string)

    @staticmethod
    def findall(pattern, string, flags=0):
        return _compiled(pattern, flags).findall(string)

    @staticmethod
    def sub(pattern, repl, string, count=0, flags=0):
        return _compiled(pattern, flags).sub(repl, string, count)

    @staticmethod
    def split(pattern, string, maxsplit=0, flags=0):
        return _compiled(pattern, flags).split(string, maxsplit)


_re = _CachedRe()

@dataclass(slots=True)
class Person:
    name: str  # the fullest form seen: "Jens Stoltenberg"
    tokens: tuple[str, ...]
    positions: list[int] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)  # words of titles and appositions seen with the name
    gender: str | None = None
    is_speaker_at: list[int] = field(default_factory=list)
    # the genders of the honorifics the article gives their surname ("Mr Pound": {"m"}; "Dr": {None})
    honoured: set[str | None] = field(default_factory=set)
    # the words of an office written in lower case right before the name ("London mayor Ken Livingstone"):
    # kept apart from ``roles``, for matching a later description of that office only
    offices: set[str] = field(default_factory=set)


@dataclass(slots=True)
class NameIndex:
    people: list[Person]
    text: str = ""  # the article's text, for the organisations it names
    # the issuers found for each document noun: every mention of a document asks for its noun's, and each
    # look scans the whole article with several patterns (``_issuers_of_noun``)
    issuers: dict[str, tuple[tuple[int, str], ...]] = field(default_factory=dict, repr=False, compare=False)

    def by_last(self, word: str) -> list[Person]:
        low = word.lower()
        return [
            p for p in self.people if len(p.tokens) >= 2
            and (p.tokens[-1].lower() == low or _surname_before_suffix(p, low, self.text))
        ]

    def by_first(self, word: str) -> list[Person]:
        return [p for p in self.people if len(p.tokens) >= 2 and p.tokens[0].lower() == word.lower()]

    def find(self, name: str) -> Person | None:
        # an initial's full stop is no part of the name: the index writes "James B Comey" for "James B. Comey"
        low = name.lower().replace(".", "")
        return next((p for p in self.people if p.name.lower().replace(".", "") == low), None)


def _is_suffix(token: str) -> bool:
    """A word written after a name that is part of no surname: "Jr", "Sr.", "III" (nameparser's list,
    ``LIBRARY_NAME_SUFFIXES``), capitalised as a name's words are."""
    word = token.rstrip(".")
    return word[:1].isupper() and word.lower() in LIBRARY_NAME_SUFFIXES


def _surname(tokens: tuple[str, ...] | list[str]) -> str:
    """The last name word, a generational suffix passed over: "Kennedy" of "James P Kennedy Jr"."""
    if len(tokens) > 2 and _is_suffix(tokens[-1]):
        return tokens[-2]
    return tokens[-1]


def _same_words(a: list[str] | tuple[str, ...], b: list[str] | tuple[str, ...]) -> bool:
    """Whether two names are the same words, case and initials' full stops aside ("B." and "B")."""
    return [t.lower().rstrip(".") for t in a] == [t.lower().rstrip(".") for t in b]


def _surname_before_suffix(person: Person, low: str, text: str) -> bool:
    """Whether ``low`` is the surname of a name with a generational suffix ("Kennedy" of "James P. Kennedy
    Jr."), which news copy then writes alone; not when the article also writes the word as the first of
    another name ("The Ford Motor Company", "the Ford Taurus" beside William Clay Ford Jr.): a lone "Ford"
    is then as likely the company."""
    if len(person.tokens) < 3 or not _is_suffix(person.tokens[-1]) or person.tokens[-2].lower() != low:
        return False
    after = _re.finditer(r"(?<![\w'’.-])" + re.escape(person.tokens[-2]) + r"[ \t]+([A-Z][\w'’-]*)", text)
    return all(_is_suffix(m.group(1)) for m in after)


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    span: Span
    kind: str | None  # pronoun, name, role
    label: str | None  # NER label when known
    head: str | None


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def build_name_index(
    text: str, ner_people: list[tuple[str, int]] = (), *, published: datetime | None = None,
    holder: Holder | None = None,
) -> NameIndex:
    """Full names (two or more capitalised words, titles removed) with the
    roles written next to them. ``ner_people`` adds PERSON entities found by the parser.
    With the article's day and a ``holder`` that reads titled names (``names.kb.holder_name``
    does), a surname the article gives only after an office's title ("President Trump") is
    the holder's full name (``_add_titled_holders``)."""
    text = _blank_nicknames(text)
    words = [(m.group().rstrip(".,"), m.start()) for m in _WORD.finditer(text)]
    people: dict[str, Person] = {}
    headline_end = _title_case_headline_end(text)
    for i, j in _capital_runs(text, words):
        if words[i][1] < headline_end and _reads_as_person(text, words, i, j):
            # only a run the index would take for a person's name is narrowed: a headline's other runs
            # ("Clinton Acceptance Speech Skewered By Carly Fiorina") stay out of the index as before
            i, j = _name_in_headline_run(text, words, i, j, headline_end)
        if j - i > 1:  # a name is two words at least (_add_person): most runs are one capitalised word
            _add_run(text, words, i, j, people)
    _add_couples(text, people)
    _add_kin_given_names(text, people)
    for name, pos in ner_people:
        toks = name.split()
        while toks and (_is_listed_title(toks[0].lower()) or toks[0] in NOT_NAME_WORDS):
            toks = toks[1:]
        _add_person(people, toks, pos, set(), None)
    _fold_peers(people)
    _fold_sentence_particles(people)
    _add_titled_holders(text, people, published, holder)
    _give_honoured_genders(text, people)
    _give_titles_before_surnames(text, people)
    _give_office_of_second_sentence(text, people)
    return NameIndex(list(people.values()), text)


# the words of a headline line that may be written in lower case in Title Case ("of", "the", "in")
_HEADLINE_SMALL_WORDS = 4


def _title_case_headline_end(text: str) -> int:
    """Where the article's first line ends when it is a headline in Title Case, a blank line after it
    (PolNeAR's texts open so: "McCain Challenger Kelli Ward: Impeach AG Lynch ..."), else 0: there every
    word has a capital, and a run of capitals is no sign of a name."""
    end = text.find("\n\n")
    if end <= 0 or "\n" in text[:end]:
        return 0
    long_words = [w for w in _re.findall(r"[A-Za-z][\w'’-]*", text[:end]) if len(w) > _HEADLINE_SMALL_WORDS]
    return end if len(long_words) >= 3 and all(w[0].isupper() for w in long_words) else 0


def _reads_as_person(text: str, words: list[tuple[str, int]], i: int, j: int) -> bool:
    """Whether the run ``words[i:j]`` would enter the index as a person's name."""
    found: dict[str, Person] = {}
    if j - i > 1:
        _add_run(text, words, i, j, found)
    return bool(found)


def _name_in_headline_run(text: str, words: list[tuple[str, int]], i: int, j: int, body: int) -> tuple[int, int]:
    """The part of a Title Case headline's run of capitals that is a name, by how the body writes it: the
    longest part of two words or more the body writes ("Kelli Ward" of "McCain Challenger Kelli Ward",
    "Claudia Tenney" of "Underdog Conservative Claudia Tenney Beats Establishment"), else the run less the
    leading words the body writes in lower case ("Hacker Guccifer", "hacker" in the body), else the run."""
    rest = text[body:]
    for size in range(j - i - 1, 1, -1):
        for start in range(i, j - size + 1):
            part = r"[ \t]+".join(re.escape(w) for w, _ in words[start : start + size])
            if _re.search(r"(?<![\w'’-])" + part + r"(?![\w'’-])", rest):
                return start, start + size
    while i < j - 1 and _re.search(r"\b" + re.escape(words[i][0].lower()) + r"\b", rest):
        i += 1
    return i, j


# A given name, "and", a full name: "the parents, Khizr and Ghazala Khan", "Bill and Hillary Clinton".
_COUPLE = re.compile(r"\b([A-Z][a-z]+) (?:and|&) ([A-Z][a-z]+) ([A-Z][\w'’-]+)")


def _add_couples(text: str, people: dict[str, Person]) -> None:
    """"The parents, Khizr and Ghazala Khan": the given name before "and" names a second bearer of the
    full name's surname, Khizr Khan, whom a later "Mr. Khan" may mean (PolNeAR train, NYT: without him
    "Mr. Khan" went to his wife, the one Khan named in full). Only a given name of the lexicon's lists:
    "Cruz and Marco Rubio" is two surnames."""
    for found in _COUPLE.finditer(text):
        first, given, surname = found.groups()
        if _is_given_name(first) and f"{given} {surname}" in people:
            _add_person(people, [first, surname], found.start(), set(), None)


# "Michael Howard's ex-model wife, Sandra,": a surname's possessive, up to two words, a relative, a given name
_KIN_GIVEN_NAME = re.compile(
    r"\b([A-Z][\w-]+)['’]s (?:[\w-]+ ){0,2}(?:" + "|".join(LEXICON.kin_sharing_surname)
    + r"),? ([A-Z][a-z]+)(?=[,)]| is | was | has )"
)


def _add_kin_given_names(text: str, people: dict[str, Person]) -> None:
    """"Michael Howard's ex-model wife, Sandra, is to play a leading role": a given name alone set after
    "X's wife/son/..." is that relative's, with X's surname, when the article gives that given name no other
    surname ("Sandra Smith"): the "she" and "Mrs Howard" after it are Sandra Howard, not Michael Howard."""
    for found in _KIN_GIVEN_NAME.finditer(text):
        surname, given = found.groups()
        if not _is_given_name(given) or any(p.tokens[0] == given for p in people.values()):
            continue
        if any(p.tokens[-1] == surname for p in people.values()):
            _add_person(people, [given, surname], found.start(2), set(), None)
    _add_pronoun_kin_given_names(text, people)


# "His brother Anil, the vice-chairman, said": a possessive pronoun, a relative, a given name alone
_PRONOUN_KIN_GIVEN_NAME = re.compile(
    r"\b([Hh]is|[Hh]er) (?:" + "|".join(LEXICON.kin_sharing_surname) + r") ([A-Z][a-z]+)(?=[,)]| is | was | has )"
)
_POSSESSIVE_GENDERS = {"his": "m", "her": "f"}


def _add_pronoun_kin_given_names(text: str, people: dict[str, Person]) -> None:
    """"The buy-back is a victory for chairman Mukesh Ambani, whose idea it was. His brother Anil, the
    vice-chairman, said ..." (BBC business/352): after "his" or "her", the relative's given name takes the
    surname of the person named last before it, in the same or the sentence before, when that person's given
    name does not say the other gender; not when the article gives that given name a surname elsewhere, nor
    inside a quote."""
    for found in _PRONOUN_KIN_GIVEN_NAME.finditer(text):
        possessive, given = found.groups()
        # the relative's noun shows a person: a given name the lists do not hold ("Anil") is one too
        if given in NOT_NAME_WORDS or any(p.tokens[0] == given for p in people.values()):
            continue
        if _inside_quote(text, found.start()):
            continue  # a speaker's "his wife Audrey" is of whom they speak, not of the person named last
        before = [(max(at for at in p.positions if at < found.start()), p) for p in people.values()
                  if len(p.tokens) > 1 and any(at < found.start() for at in p.positions)]
        if not before:
            continue
        at, owner = max(before, key=lambda pair: pair[0])
        near = _re.search(r"[.!?]\s[^.!?]*[.!?]\s[^.!?]*$", text[at : found.start()]) is None
        if near and given_name_gender(owner.name) in (_POSSESSIVE_GENDERS[possessive.lower()], None):
            _add_person(people, [given, owner.tokens[-1]], found.start(2), set(), None)


def _add_titled_holders(text: str, people: dict[str, Person], published: datetime | None, holder) -> None:
    """"President Trump said ... Mr. Trump said", a New York Times page that never writes "Donald
    Trump": a surname written only after an office's title, or after an honorific in an article
    that names a leading office elsewhere ("Mrs May ... the prime minister"), is the full name of
    that office's holder on the article's day, when the knowledge base has one holder of that
    surname then. "President Obama" in 2019 (a former president) names no holder and stays as it is."""
    named = getattr(holder, "named", None)
    if named is None or published is None:
        return
    surnames = {p.tokens[-1] for p in people.values()}
    offices = [o for o in _LEADING_OFFICES if _re.search(r"(?<![\w-])" + o + r"(?![\w-])", text, re.I)]
    found: dict[str, tuple[str, str]] = {}  # surname -> (full name, the title it was read with)
    for m in _TITLED_SURNAME.finditer(text):
        surname = m.group(2)
        if surname in surnames or surname in found or _inside_quote(text, m.start()):
            continue
        # an honorific names no office: the offices the article names elsewhere are what it may hold
        honorific = m.group(1).lower() in HONORIFICS
        for title in offices if honorific else _titles_written_before(text, m.start(2)):
            if not _PAST_OFFICE & set(title.lower().split()):
                full = named(f"{title} {surname}", published)
                if full and full.split()[-1] == surname:
                    found[surname] = (full, title)
                    break
    for surname, (full, title) in found.items():
        at = [w.start() for w in _re.finditer(r"(?<![\w'’-])" + re.escape(surname) + r"(?![\w'’-])", text)]
        person = people.setdefault(full, Person(full, tuple(full.split())))
        person.positions.extend(at)
        person.roles |= {w for w in title.lower().split() if w not in _STOP}


def _titles_written_before(text: str, at: int) -> list[str]:
    """The titles a surname at ``at`` may be read with, longest first: the words of its clause
    right before it that are titles ("Prime Minister" of "Canadian Prime Minister Trudeau")."""
    clause = _re.split(_CLAUSE_BREAK, text[max(0, at - 80) : at])[-1].split()[-_TITLE_WORDS:]
    while clause and not _is_title(clause[0].rstrip(".")):
        clause = clause[1:]
    return [" ".join(clause[i:]) for i in range(len(clause)) if _is_title(clause[i].rstrip("."))]


def _fold_peers(people: dict[str, Person]) -> None:
    """"Lord Butler" in an article that names Robin Butler is him, by his surname as before: a peer's
    title form (``_add_peer``) is indexed only when the article gives no full name with that surname.
    (Giving him the title form's positions too made "the lord chancellor" a baroness named just before.)"""
    for key, peer in list(people.items()):
        if len(peer.tokens) != 2 or peer.tokens[0].lower() not in _PEERAGE:
            continue
        if any(p is not peer and p.tokens[-1] == peer.tokens[1] for p in people.values()):
            del people[key]


def _lower_particles(tokens: list[str]) -> int:
    """How many of a name's words are particles written in lower case ("da", "von der")."""
    lowered = [t.lower() for t in tokens]
    return sum(t[:1].islower() and _is_particle(lowered, k) for k, t in enumerate(tokens))


def _fold_sentence_particles(people: dict[str, Person]) -> None:
    """"De Blasio said" opening a sentence is Bill de Blasio, whose particle only the sentence start
    capitalises: a name that opens on a particle and is, case aside, the end of a longer name the article
    gives is that person (PolNeAR train: a later "de Blasio said" went to a second person "De Blasio").
    So is the surname with its particle in lower case after a title: "President von der Leyen" twice after
    "Ursula von der Leyen", "President da Silva" (BBC business/272), which the index reads as a name of its own."""
    for key, short in list(people.items()):
        if short.tokens[0].lower() not in _PARTICLES:
            continue
        low = [t.lower() for t in short.tokens]
        fuller = [
            p for p in people.values()
            if len(p.tokens) > len(low) and [t.lower() for t in p.tokens[-len(low):]] == low
        ]
        if len(fuller) == 1:
            fuller[0].positions.extend(short.positions)
            fuller[0].roles |= short.roles
            del people[key]


# a nickname in quotation marks between a first name and a surname: Sergeant Frank "Greg" Ford,
# Jimmy "the Whirlwind " White; never words that close on a comma or a stop inside the marks, which are a
# quote before its cue (Hosting Cook at Dreamforce "is our dream," Benioff said)
_DOUBLE = re.escape("".join(sorted(ALL_MARKS)))
_CLOSING = re.escape("".join(sorted(ALL_MARKS | SINGLE_MARKS)))
_NICKNAME = re.compile(
    r"(\b[A-Z][a-z]+ )([" + _DOUBLE + r"][^\n" + _DOUBLE + r"]{1,25}(?<![,.!?;:])[" + _DOUBLE + r"])(?= [A-Z][a-z])"
)


def _not_after_abbreviation() -> str:
    """A pattern to follow a full stop: it holds unless the stop closes one of the lexicon's abbreviations
    that is a title ("Mr. Trump said", "Sen. Ted Cruz") or is written with stops inside ("the U.S. Chamber
    of Commerce", "10 p.m. EST"), on the same line (a paragraph's break ends a sentence whatever it
    follows). Not the abbreviations that are words too and end a name as often as a sentence ("owned by
    Sun. Initially it will", "MCI Inc. Former", "said no. The" in lower case): an article's "It" then went
    to the wrong name (BBC tech/022)."""
    forms = {w.capitalize() for w in LEXICON.abbreviations if "." not in w and w in TITLES}
    forms |= {f for w in LEXICON.abbreviations if "." in w for f in (w, w.upper())}
    # one look-behind per length: Python's look-behinds are of a fixed width
    behind = "".join(
        r"(?<!\b(?:" + "|".join(re.escape(f) for f in sorted(forms) if len(f) == n) + r")\.)"
        for n in sorted({len(f) for f in forms})
    )
    return r"(?:" + behind + r"|(?=[" + _CLOSING + r"]?[ \t]*\n))"


_NOT_AFTER_ABBREVIATION = _not_after_abbreviation()


# a first name a writer adds in brackets inside a quote, before the surname the speaker said: "Coach
# (Frank) Vogel came in here" (AP style)
_BRACKETED_GIVEN = re.compile(r"(?<![\w(])\(([A-Z][a-z]+)\)(?= [A-Z][a-z])")


def _blank_nicknames(text: str) -> str:
    """The text with quoted nicknames and bracketed first names' brackets blanked out (offsets kept), so
    that the name runs on past them: "Frank "Greg" Ford", "Coach (Frank) Vogel" is Frank Vogel."""
    text = _NICKNAME.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    return _BRACKETED_GIVEN.sub(lambda m: f" {m.group(1)} " if _is_given_name(m.group(1)) else m.group(), text)


def _capital_runs(text: str, words: list[tuple[str, int]]) -> Iterator[tuple[int, int]]:
    """(first, end) word indexes of each run of capitalised words, with name particles inside
    ("Ursula von der Leyen"); a run stops at a possessive ("Labour's Mr Livingstone": the owner
    is not the name) and at anything but a space between words."""
    n = len(words)
    # _is_cap of each word, in one pass; a particled word opens in lower case ("al-Dabbagh", "diCaprio")
    capital = [w[:1].isupper() or (w[:1].islower() and _is_particled(w)) for w, _ in words]
    resume = 0
    for i in [k for k in range(n) if capital[k]]:  # a run starts at a capital only
        if i < resume:
            continue
        j = i
        while j < n and (capital[j] or _particles_before_capital(words, capital, j)):
            if j > i and _gap(text, words[j - 1], words[j]):
                break
            j += 1
            if _is_possessive(words[j - 1][0]) or words[j - 1][0].endswith(("s'", "s’")):
                break  # "The Beatles' Apple Corps": a plural owner too
        yield i, j
        resume = max(j, i + 1)


def _particles_before_capital(words: list[tuple[str, int]], capital: list[bool], j: int) -> bool:
    """Whether ``words[j]`` opens particles that a capital follows: "van der" in "Rafael van der Vaart"."""
    k = j
    lowered = [w.lower() for w, _ in words[j : j + 4]]
    while k < len(words) and _is_particle(lowered, k - j):
        k += 1
    return k > j and k < len(words) and capital[k]


def _is_particle(lowered: list[str], k: int) -> bool:
    """Whether the lowercased word ``k`` is a name particle: "von der Leyen", and the Dutch "in 't Veld",
    whose "in" is a particle only before the article."""
    word = lowered[k]
    if word in _PARTICLES or word in _CONTRACTED_ARTICLES:
        return True
    return word in _BEFORE_CONTRACTED_ARTICLE and k + 1 < len(lowered) and lowered[k + 1] in _CONTRACTED_ARTICLES


def _starts_of(literal: str, text: str, edge: str = "") -> Iterator[int]:
    """Where ``literal`` starts in ``text`` after no word character (nor one of ``edge``): the offsets at
    which ``(?<![\\w...])literal`` matches. The rules that look for a name of the article followed by a
    fixed shape find the name this way and match the shape compiled once, instead of compiling a pattern
    per name (the pattern cache, 512 entries, turns over within a few articles)."""
    at = text.find(literal)
    while at >= 0:
        if not at or not (_is_word_char(text[at - 1]) or text[at - 1] in edge):
            yield at
        at = text.find(literal, at + 1)


def _spaced_before(word: str, text: str, at: int) -> bool:
    """Spaces or tabs at ``at``, then ``word``: "Tottenham Hotspur" after "Tottenham"."""
    end = at
    while end < len(text) and text[end] in " \t":
        end += 1
    return end > at and text.startswith(word, end)


def _matches_after(literal: str, tail: re.Pattern, text: str, edge: str = "") -> Iterator[re.Match]:
    """The matches of ``tail`` right after each ``literal`` that ``_starts_of`` finds, left to right and none
    inside the one before, as ``finditer`` gives those of ``(?<![\\w...])literal`` + ``tail``: the tail, a
    fixed shape, is compiled once, and the name is found by string search."""
    resume = 0
    for at in _starts_of(literal, text, edge):
        found = tail.match(text, at + len(literal)) if at >= resume else None
        if found:
            resume = found.end()
            yield found


def _no_word_at(text: str, at: int, edge: str = "") -> bool:
    """No word character (nor one of ``edge``) at offset ``at``: a name ending there ends a word."""
    return at >= len(text) or not (_is_word_char(text[at]) or text[at] in edge)


# a person's role opening an apposition with no article: "JF Sullivan, spokesman for e-mail software firm Sendmail"
_ROLE_OPENING_APPOSITION = re.compile(r",[ \t]+([a-z]+)\b")


# "Mr Rowling", "Ms. Rowling": an honorific before a word (the word checked after the match)
_HONORIFIC_THEN = re.compile(
    r"\b(?:" + "|".join(re.escape(h.rstrip(".").capitalize()) for h in sorted(HONORIFICS)) + r")\.?[ \t]+"
)
# after a surname: "revealed she", "has said that he"
_REPORTS_HE_OR_SHE = re.compile(r"[ \t]+(?:has[ \t]+|had[ \t]+)?[a-z]+[ \t]+(?:that[ \t]+)?(?:he|she)\b")


def _unstopped_initials(text: str, run: list[str], words: list[tuple[str, int]], i: int) -> bool:
    """"JF Sullivan, spokesman for e-mail software firm Sendmail": two or three capitals with no full stops
    before one surname are a person's initials only where the article shows a person; the same shape is
    a company's more often in the BBC set ("JP Morgan", "MG Rover", "UK Coal"), so the capitals stay a
    title (an acronym) unless the run's apposition opens with a person's role noun, the article
    addresses the surname with an honorific ("Mr Sullivan"), or the surname alone reports a "he" or "she"
    ("JK Rowling ... Rowling revealed she had completed the novel"; a company reports "it")."""
    if len(run) != 2 or not (run[0].isalpha() and run[0].isupper() and 2 <= len(run[0]) <= 3):
        return False
    if not _is_name_word(run[1]) or run[1].lower() in ORG_NOUNS:
        return False
    end = words[i + 1][1] + len(words[i + 1][0])
    role = _ROLE_OPENING_APPOSITION.match(text, end)
    if role and role.group(1) in ROLE_NOUNS and not _is_plural(role.group(1)):
        return True
    after_honorific = (m.end() for m in _HONORIFIC_THEN.finditer(text))
    if any(text.startswith(run[1], at) and _ends_word(text, at + len(run[1])) for at in after_honorific):
        return True
    surname = _re.sub(r"['’]s$", "", run[1])  # "JK Rowling's fifth book"
    return any(_REPORTS_HE_OR_SHE.match(text, at + len(surname)) for at in _starts_of(surname, text))


def _title_length(text: str, run: list[str], words: list[tuple[str, int]], i: int) -> int:
    """How many of a run's first words are titles, not the name: "NATO Secretary General Jens
    Stoltenberg", "Australian Lynton Crosby" ("Swiss Re" stays whole), "In Tanzania Mr Brown"
    (a name starts after an honorific), "Chancellor of the Exchequer Gordon Brown"."""
    if _nationality_as_given_name(run, words, i) or _is_particle([w.lower() for w in run[:2]], 0):
        return 0  # "In 't Veld sees parallels": the particle opens the surname, not a sentence's "In"
    if _unstopped_initials(text, run, words, i):
        return 0
    k = 0
    while k < len(run) - 1 and (
        _is_title(run[k], nations=False) or (run[k].isupper() and len(run[k]) > 1 and not _is_initials(run[k]))
        or run[k] in NOT_NAME_WORDS
        or (run[k].lower() in _NATIONALITIES and k < len(run) - 2) or _is_hyphened_description(run[k])
        or (_is_plural_title(run[k]) and not any(w.lower() in _NEVER_IN_NAMES for w in run[k + 1 :]))
        or _service_title(run, k)
    ):
        k += 1
    k = max([k] + [m + 1 for m in range(len(run) - 1) if run[m].lower() in HONORIFICS])
    # an office or organisation inside the run, with a full name after it: "United States President
    # George W Bush", "(AARP) Policy Director John Rother", "Health and Human Services Tommy Thompson";
    # after an organisation's noun the name opens with a given name ("University College London" is
    # one institution, not a "College London" of the university), and so after an acronym, or after a
    # word and an acronym with two words left ("Browns DL Sheldon Richardson": a team and a position
    # written short, as US sports pages do; "BBC Radio Four" stays whole)
    # (not a title inside a body's name that ends in a word no person's ends in: "Accredited Home Loan Lending")
    inner = [
        m + 1 for m in range(len(run) - 2)
        if _is_title(run[m], nations=False) and not (m and _title_inside_organisation_name(run[m], run[-1], run[m - 1]))
        or (run[m].lower() in ORG_NOUNS and _is_given_name(run[m + 1]))
        or (_is_acronym(run[m]) and (_is_given_name(run[m + 1]) or 0 < m == len(run) - 3))
    ]
    k = max([k, *inner])
    if k == 0 and len(run) > 2 and _continues_office(words, i):
        k = len(run) - _name_length(run)
    return k


_SERVICE_TITLES = frozenset(LEXICON.service_titles)


def _service_title(run: list[str], k: int) -> bool:
    """"Marine John Tiegen": a service's noun before a given name and a surname is the member's rank, not
    the first word of the name ("Marine Le Pen" and "Marine Corps" have no given name after it)."""
    return run[k].lower() in _SERVICE_TITLES and k < len(run) - 2 and _is_given_name(run[k + 1])


def _nationality_as_given_name(run: list[str], words: list[tuple[str, int]], i: int) -> bool:
    """"Economy minister German Gref ... Mr Gref", "said German Ortega ... German's brother": a nationality
    that is also a given name (the birth counts hold "German", "Dutch", "French") is the first name of the
    surname after it when the article shows that surname to be a person's apart from it (an honorific before
    it) or the nationality to be a name alone (a possessive: "German's"). Only a run of the two words with
    no article before it: "the French Open", "German Chancellor Merkel", "German Marlene Weingartner" and
    "German officials" stay a nationality (a title, a given name or no capital after it)."""
    if len(run) != 2 or run[0].lower() not in DEMONYMS or given_name_gender(" ".join(run)) is None:
        return False
    surname = run[1]
    if not _is_name_word(surname) or _is_given_name(surname) or surname.lower() in ORG_NOUNS:
        return False
    if i > 0 and words[i - 1][0].lower() in _DETERMINERS:
        return False
    honoured = any(
        w == surname and m > 0 and words[m - 1][0].lower().rstrip(".") in HONORIFICS for m, (w, _) in enumerate(words)
    )
    return honoured or any(w in (f"{run[0]}'s", f"{run[0]}’s") for w, _ in words)


def _is_acronym(word: str) -> bool:
    """"DL" of "Browns DL Sheldon Richardson", "QB" of "Steelers QB Mason Rudolph": a word of two capitals
    or more with no full stops, a position's or a body's abbreviation; before a given name inside a run it
    ends what describes the person, as a title does (a person's initials are dotted: "P.J. Fleck")."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _is_plural_title(word: str) -> bool:
    """"Judges Simon Cowell", "Producers Barbara Broccoli", "Tories Ken Clarke": a plural of a role or a
    party's members before a name is no first name ("Chris", "James" are not plurals of roles); the
    caller keeps it when the words after are no name ("Reporters Without Borders")."""
    low = word.lower()
    return low in PARTY_NOUNS or (low.endswith("s") and (low[:-1] in ROLE_NOUNS or low[:-1] in TITLES))


_AMPERSAND_AFTER = re.compile(r"[ \t]+&[ \t]+[A-Z]")
_AMPERSAND_BEFORE = re.compile(r"&[ \t]+$")
# an outlet's noun in lower case right after the run: "one reviewer in Rolling Stone magazine"
_OUTLET_NOUN_AFTER = re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, LEXICON.outlet_heads)) + r")\b")


# a lower-case word right after a run: the "I" that closes the run opens a clause ("I envision", "I think")
_LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-z]")


def _pronoun_i_closing(text: str, words: list[tuple[str, int]], i: int, j: int) -> bool:
    """"The America  I envision is", "President Carter I think", "Nicolas Anelka I will": a run closed by
    "I" with a lower-case word after it ends on the pronoun, not on a name's numeral, unless a given name
    stands before it ("Queen Elizabeth I in 1588")."""
    if j - i < 2 or words[j - 1][0] != "I" or _is_given_name(words[j - 2][0]):
        return False
    return _LOWER_WORD_NEXT.match(text, words[j - 1][1] + 1) is not None


def _add_run(text: str, words: list[tuple[str, int]], i: int, j: int, people: dict[str, Person]) -> None:
    """Index the name in the capitalised run ``words[i:j]``, with its titles' gender and roles."""
    if _pronoun_i_closing(text, words, i, j):
        j -= 1
    run = [words[k][0] for k in range(i, j)]
    post = 0  # letters after the name: "Frank Field MP"
    while post < len(run) - 1 and _is_post_nominal(run[-1 - post]):
        post += 1
    run = run[: len(run) - post]
    k = max(
        _title_length(text, run, words, i), _after_closing_initial(text, run, words, i),
        _sentence_adjective(text, run, words, i), _place_closing_role(run, words, i),
        _sentence_gerund(text, run, words, i, people), _question_auxiliary(text, run, words, i),
    )
    title_words = {t.lower() for t in run[:k]} | {w.lower() for w, _ in words[j - post : j]}
    gender = next((TITLES[t] for t in title_words if TITLES.get(t)), None)
    end = words[j - 1][1] + len(words[j - 1][0]) if j > i else words[i][1]
    if _AMPERSAND_AFTER.match(text, end) or _AMPERSAND_BEFORE.search(text, max(0, words[i][1] - 4), words[i][1]):
        return  # one side of a name joined by "&" is no person: "Diageo Chateau & Estate Wines"
    if _joined_by_and_into_organisation(text, words, i, j):
        return  # one side of an agency's name joined by "and": "Immigration and Customs Enforcement"
    if _in_case_name(text, words[i][1], end):
        return  # a party to a court case: "Whole Women's Health v. Hellerstedt" is no woman a "she" takes up
    if _OUTLET_NOUN_AFTER.match(text, end):
        return  # an outlet's name, not a person's: "Rolling Stone magazine", whose "Stone" is no Oliver Stone
    start = words[i + k][1] if i + k < len(words) else words[i][1]

    def role_words() -> set[str]:
        # only for runs that are names: the context regexes are the costly part
        return (title_words | _apposition_after(text, end, words[i][1]) | _role_before(text, words[i][1])) - _STOP

    initials = k == 0 and _unstopped_initials(text, run, words, i)
    _add_person(people, run[k:], start, role_words, gender, initials=initials)
    _add_peer(people, run, k, words[i + k - 1][1] if k else start, role_words, gender)
    person = people.get(" ".join(run[k:]))
    if person is not None and k == 0:
        person.offices |= _lowercase_role_before(text, words[i][1]) or _plural_role_before_pair(text, words[i][1], end)


_OFFICE_GENDERS = dict(LEXICON.gender_words)  # "spokeswoman", "chairman", "congresswoman": not the pronouns


def _office_gender(office: set[str], person: Person) -> str | None:
    """The gender the words of a lowercase office before a name say ("Chinese Foreign Ministry spokeswoman Hua
    Chunying", "Rubio spokesman Alex Conant"): a given name the lexicon does not list tells no gender, and a
    later "he" is then no spokeswoman's. For pronouns' agreement only (``pronoun_gender``): it makes no one a
    person for sure, whom a description would take up ("Lyric chairman David Johnston" is no "Oscar-nominated
    actor"). None when the words say none, or both, or when the given name says the
    other: "Trump spokesman Hope Hicks" is a woman ("spokesman" is written of women too)."""
    genders = {_OFFICE_GENDERS[w] for w in office if w in _OFFICE_GENDERS}
    gender = genders.pop() if len(genders) == 1 else None
    return gender if given_name_gender(person.name) in (gender, None) else None


# capitals, "and", capitals: "Immigration and Customs Enforcement", "Customs and Border Protection"
_AND_CAPITALS_AFTER = re.compile(r"[ \t]+and[ \t]+((?:[A-Z][\w-]*[ \t]+)*[A-Z][\w-]*)")
_CAPITALS_AND_BEFORE = re.compile(r"[A-Z][\w-]*[ \t]+and[ \t]+$")


def _joined_by_and_into_organisation(text: str, words: list[tuple[str, int]], i: int, j: int) -> bool:
    """Whether the run ``words[i:j]`` is one side of one organisation's name that "and" joins: the whole
    ends in a word only organisations' names end in ("Customs and Border Protection"). Two people
    ("Bill and Hillary Clinton") end in a surname, which is no such word."""
    end = words[j - 1][1] + len(words[j - 1][0])
    after = _AND_CAPITALS_AFTER.match(text, end)
    if after and after.group(1).split()[-1].lower() in _ORG_NAME_ENDINGS:
        return True
    before = _CAPITALS_AND_BEFORE.search(text, max(0, words[i][1] - 40), words[i][1])
    return before is not None and words[j - 1][0].lower() in _ORG_NAME_ENDINGS


_CASE_SEPARATOR = "|".join(map(re.escape, LEXICON.case_name_separators))
# the rest of one side of a case's name ("'s Health"), then the separator and the other side's capital
_CASE_SEPARATOR_AFTER = re.compile(r"(?:['’]s)?(?:[ \t]+[A-Z][\w'’.-]*)*[ \t]+(?:" + _CASE_SEPARATOR + r")[ \t]+[A-Z]")
_CASE_SEPARATOR_BEFORE = re.compile(r"[A-Za-z][\w'’.-]*[ \t]+(?:" + _CASE_SEPARATOR + r")[ \t]+$")


def _in_case_name(text: str, start: int, end: int) -> bool:
    """Whether the run from ``start`` to ``end`` is one side of a court case's name, "X v. Y" ("Whole Women's
    Health v. Hellerstedt", "Obergefell v. Hodges", "United States v. Texas"): a case is cited, never speaks,
    and its parties' names are no people the article talks of (PolNeAR, pn92 class 2: "She asked Richards"
    went to "Whole Women")."""
    before = _CASE_SEPARATOR_BEFORE.search(text, max(0, start - 40), start)
    return bool(before or _CASE_SEPARATOR_AFTER.match(text, end))


def _place_closing_role(run: list[str], words: list[tuple[str, int]], i: int) -> int:
    """1 when a country's name opens the run right after "to" or "for", a name of two words after it: "China's
    ambassador to Britain Liu Xiaming", "special envoy for Syria James Jeffrey" is Liu Xiaming, James Jeffrey;
    the place closes the office written before it."""
    if len(run) < 3 or i == 0 or words[i - 1][0] not in ("to", "for") or run[0] not in _place_names():
        return 0
    return 1


def _sentence_adjective(text: str, run: list[str], words: list[tuple[str, int]], i: int) -> int:
    """1 when the run opens its sentence with a word that only the sentence start capitalises, a given
    name after it: "Defiant Matt Williams says" is Matt Williams. A given name first keeps the run whole
    ("Lee Kuan Yew"), and two words are left at least."""
    if len(run) < 3 or _is_given_name(run[0]) or not _is_given_name(run[1]):
        return 0
    at = words[i][1]
    return 1 if at == 0 or _OPENS_SENTENCE.search(text, max(0, at - 8), at) else 0


_QUESTION_AUXILIARIES = frozenset(LEXICON.question_auxiliaries)
_SENTENCE_STOP = re.compile(r"[.!?]")


def _question_auxiliary(text: str, run: list[str], words: list[tuple[str, int]], i: int) -> int:
    """1 when the run opens a question with an auxiliary or a modal that only the question's start
    capitalises: "Will Sanders come down off the pique?" (a PolNeAR headline) is Sanders, not a "Will
    Sanders" who would make "Sanders" name two people. Only when the article writes the rest of the run
    without that word too ("Sanders spent much of his campaign"): "Will Smith win again?" in an article
    that only ever writes "Will Smith" keeps the given name."""
    if len(run) < 2 or run[0] not in _QUESTION_AUXILIARIES:
        return 0
    at = words[i][1]
    if at and not _OPENS_SENTENCE.search(text, max(0, at - 8), at):
        return 0
    stop = _SENTENCE_STOP.search(text, at)
    if stop is None or stop.group() != "?":
        return 0
    rest = r"[ \t]+".join(re.escape(w) for w in run[1:])
    alone = r"(?<![\w'’-])(?<!" + re.escape(run[0]) + r" )" + rest + r"(?![\w'’-])"
    return 1 if _re.search(alone, text) else 0


@lru_cache(maxsize=4)  # per article: asked for each run of capitals
def _written_words(text: str) -> frozenset[str]:
    """Every word the text writes, as written: the runs of word characters, apostrophes and hyphens."""
    return frozenset(_WRITTEN_WORD.findall(text))


_WRITTEN_WORD = re.compile(r"[\w'’-]+")


def _writes_word(word: str, text: str) -> bool:
    """The text writes ``word`` as a word of its own, with no word character, apostrophe or hyphen next to it."""
    if _WRITTEN_WORD.fullmatch(word):
        return word in _written_words(text)
    return bool(_re.search(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", text))


def _sentence_gerund(text: str, run: list[str], words: list[tuple[str, int]], i: int, people: dict[str, Person]) -> int:
    """1 when the run is a verb's "-ing" form, a comment adverb, or a word the article writes in lower case
    elsewhere, that only the sentence start capitalises and a surname the article has already given with a
    first name: "Hosting Cook at Dreamforce" after "CEO Tim Cook" is no "Hosting Cook", whom a later "Cook
    said" would take; nor is "Despite Rubio's experience" after "Marco Rubio" (PolNeAR train: "Rubio said"
    went to "Despite Rubio"), nor "Interestingly Blocher, a wealthy industrialist, became" after "Christoph
    Blocher" (an unseen PolNeAR round: his three later quotes went to "Interestingly Blocher"). A given name
    of the lists stays ("Kelly", "Beverly"), and so does any run whose surname is new to the article
    ("Irving Berlin" opening a sentence)."""
    if len(run) != 2 or _is_given_name(run[0]) or run[0].lower() in _PARTICLES:  # "Van Persie" is his name
        return 0
    if not _is_gerund_or_adverb(run[0]) and not _writes_word(run[0].lower(), text):
        return 0
    if " ".join(run) in people:
        return 0  # "Dame Kelly Holmes won. ... Kelly Holmes said": a name the article has given already
    at = words[i][1]
    if at and not _OPENS_SENTENCE.search(text, max(0, at - 8), at):
        return 0
    return 1 if any(len(p.tokens) >= 2 and p.tokens[-1] == run[1] for p in people.values()) else 0


def _is_gerund_or_adverb(word: str) -> bool:
    """A verb's "-ing" form ("Hosting") or a comment adverb ("Interestingly", "Surprisingly", "Oddly", "Only"):
    words that open a sentence before its subject. Many given names end in "-ly" too ("Lily Tuck", "Beverly"):
    none of the given-name lists or birth counts is taken for an adverb."""
    if word.endswith("ing"):
        return True
    return word.endswith("ly") and len(word) > 3 and not may_be_given_name(word)


def _add_peer(people: dict[str, Person], run: list[str], k: int, pos: int, role_words, gender: str | None) -> None:
    """"The Attorney General, Lord Goldsmith, has issued no instructions": a peer known only by the title
    and one name is indexed as "Lord Goldsmith", so that a "he" after the sentence can take them up
    ("Lord Chancellor" is an office, not a peer's name)."""
    if k == 0 or len(run) - k != 1 or run[k - 1].lower() not in _PEERAGE or _is_title(run[k]):
        return
    _add_person(people, [run[k - 1].title(), run[k]], pos, role_words, gender)


def _after_closing_initial(text: str, run: list[str], words: list[tuple[str, int]], i: int) -> int:
    """Where a name starts after a letter and a full stop with two name words after it: "Malcolm X.
    Attallah Shabazz" is a sentence that ended on "Malcolm X" ("George W. Bush" keeps its initial, and so
    does "James P. Kennedy Jr.": a suffix after the surname is no second name word)."""
    words_after = len(run) - _is_suffix(run[-1])
    for m in range(1, words_after - 2):
        if len(run[m]) == 1 and text.startswith(".", words[i + m][1] + 1):
            return m + 1
    return 0


def _add_person(
    people: dict[str, Person], tokens: list[str], pos: int, role_words, gender: str | None, *, initials: bool = False
) -> None:
    """Index a person's name; ``initials`` says its first word is initials written with no full stops
    ("JF Sullivan", which ``_unstopped_initials`` tells from a company's "JP Morgan")."""
    tokens = [t.rstrip("’'").removesuffix("’s").removesuffix("'s") for t in tokens]
    tokens = [t + "." if _is_initials(t) else t for t in tokens if t]
    # a name's lower-case particles are no words of their own: "Luiz Inacio Lula da Silva" is four words
    if len(tokens) < 2 or len(tokens) - _lower_particles(tokens) > 4:
        return
    # a suffix after a given name and a surname is no acronym: "Charles Elliott III" (but "Civilisation III")
    suffixed = len(tokens) > 2 and _is_suffix(tokens[-1])
    acronyms = [
        t.isupper() and len(t) > 1 and not (suffixed and k == len(tokens) - 1) and not (initials and k == 0)
        for k, t in enumerate(tokens)
    ]
    if acronyms[-1] or any(a and not _is_initials(t) for a, t in zip(acronyms, tokens)):
        return  # NATO Allies, US Senate: acronyms are not people; initials stand before a surname only
    lowered = [t.lower() for t in tokens]
    if any(
        _never_in_persons_name(t, last=k == len(tokens) - 1) and not _is_particle(lowered, k)  # "Sophie in 't Veld"
        for k, t in enumerate(tokens[:-1] if _is_surname_title(tokens, len(tokens) - 1) else tokens)
    ):
        return  # "A Change Is Gonna Come" is a title, not a person (but "Mervyn King" is one)
    if tokens[-1].lower() in THING_NOUNS:
        return  # "Gambling Bill", "Six Nations": a thing's name
    name = " ".join(tokens)
    if name in _US_STATES or _is_place_word(name):
        return  # "the New York businessman", "the United States": a place, which no later "he" is
    person = people.setdefault(name, Person(name, tuple(tokens)))
    person.positions.append(pos)
    roles = role_words() if callable(role_words) else role_words
    person.roles |= roles | {_TITLE_SHORT_FORMS[w] for w in roles if w in _TITLE_SHORT_FORMS}
    if gender and not person.gender:
        person.gender = gender


_ORG_NOUNS_IN_SURNAMES = frozenset(LEXICON.org_nouns_in_surnames)


def _never_in_persons_name(word: str, *, last: bool) -> bool:
    """Whether ``word`` shows a run of capitals is no person's name: an organisation's noun ("Bank"), a role
    ("Minister") or a listed word; an organisation's noun that is also a surname may end one ("Guy Chambers")."""
    low = word.lower()
    if low in ORG_NOUNS:
        return not (last and low in _ORG_NOUNS_IN_SURNAMES)
    return low in ROLE_NOUNS or low in _NEVER_IN_NAMES


_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")


def _is_initials(word: str) -> bool:
    """A given name written as its initials, "P.J." of "P.J. Fleck", "R.R." of "George R.R. Martin" (the
    word as the name index cuts it, "P.J"): letters each with a full stop, which is no acronym of an
    organisation; not a place's or a body's abbreviation the office base knows ("U.S.", "U.K.", "U.N.")."""
    if not _INITIALS.fullmatch(word):
        return False
    from .kb import default_kb, role_key  # the base imports the world tables; loaded once per process

    phrases = default_kb().phrases
    return phrases is None or not phrases.places.get(role_key(word))


def _initials_before_surname(text: str, a: tuple[str, int], b: tuple[str, int]) -> bool:
    """Initials with the surname after them and no more capitalised words: "P.J. Fleck said"; not
    "Washington, D.C. Mark Smith said", a sentence that ended on a place's letters."""
    return _is_initials(a[0]) and not _CAPITAL_NEXT.match(text, b[1] + len(b[0]))


# a capital after a word: more capitalised words follow ("D.C. Mark Smith", "President Ascom North America")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")


def _give_honoured_genders(text: str, people: dict[str, Person]) -> None:
    """"Mr Pound" anywhere in the article makes Stephen Pound a man: a later "she" is someone else."""
    honoured: dict[str, set[str | None]] = {}
    for title, surname in _HONORIFIC_BEFORE.findall(text):
        honoured.setdefault(surname, set()).add(TITLES.get(title.lower()))
    sharing: dict[str, int] = {}
    for person in people.values():
        sharing[person.tokens[-1]] = sharing.get(person.tokens[-1], 0) + 1
    for person in people.values():
        person.honoured = honoured.get(person.tokens[-1], set())
        genders = person.honoured - {None}
        if person.gender is None and len(genders) == 1:
            gender = genders.pop()
            # ("Hillary Clinton", "Bill Clinton" and "Mrs. Clinton": the title is hers, the surname both's;
            # a given name of the other gender keeps him out of it)
            if sharing[person.tokens[-1]] == 1 or given_name_gender(" ".join(person.tokens)) in (gender, None):
                person.gender = gender


_GIVEN_NAME_GENDERS = LISTED_GENDERS  # the hand lists only: the birth counts are no evidence of a person


def _is_given_name(word: str) -> bool:
    """A first name of one gender in the given-name lists: a person's, whom the article names by it alone
    ("Mr Eavis' daughter Emily said"); names of either gender are not in the lists."""
    return word.lower() in _GIVEN_NAME_GENDERS and word[:1].isupper() and word[1:].islower()


def pronoun_gender(person: Person) -> str | None:
    """The gender a pronoun must agree with: the article's (a title, "Mrs May"), else the given name's
    ("Paul Miller", "Scooter Braun" are no "she": ``given.given_name_gender``), never for a name shaped
    like an organisation's ("Dick Clark Productions"). Only agreement reads the given name: it is no
    evidence of a person."""
    if person.gender or _named_like_organisation_alone(person.tokens):
        return person.gender
    return _office_gender(person.offices, person) or given_name_gender(" ".join(person.tokens))


def known_gender(person: Person) -> str | None:
    """``pronoun_gender`` without the birth counts: the article's, else the lexicon's hand lists'. What a
    speaker who has spoken is taken to be: a "he" right after "Parul Jain ... said" is Parul Jain, whatever
    most girls named Parul are (the counts only choose among people named but not heard yet)."""
    if person.gender or _named_like_organisation_alone(person.tokens):
        return person.gender
    return _office_gender(person.offices, person) or given_name_gender(" ".join(person.tokens), births=False)


def _named_like_organisation_alone(tokens: tuple[str, ...]) -> bool:
    """A run of capitals whose last word names organisations, or whose first word opens their names ("Dick
    Clark Productions", "Air Canada"): the article needs not be read to see it is no person's
    (``_named_like_organisation`` also reads whether the article says "he" of it)."""
    return tokens[-1].lower().rstrip(".") in _ORG_NAME_ENDINGS or tokens[0].lower() in _ORG_NAME_OPENERS


# the article's second sentence opening with a definite description of an office: "The chancellor also"
_SECOND_OPENS_WITH_OFFICE = re.compile(r"The((?:[ \t]+[a-z][\w'’-]*){2,5})")


def _give_office_of_second_sentence(text: str, people: dict[str, Person]) -> None:
    """"Gordon Brown has doubled the level of stamp duty ... The chancellor also unveiled a refund":
    an article that opens with a person's full name and goes on with "The <office>" as the next
    sentence's subject names the holder of that office (kept in ``offices``, for "the chancellor
    said" further on). When either sentence reports speech, only a leading office ("Jack Straw
    said ... The foreign secretary said") is taken: "Tony Blair said the plan would work. The
    information commissioner said ..." are two speakers."""
    first = [p for p in people.values() if 0 in p.positions]
    ends = _SENTENCE_END.search(text)
    opens = _SECOND_OPENS_WITH_OFFICE.match(text, ends.end()) if ends else None
    words = opens.group(1).split() if opens and len(first) == 1 else []
    role_at = next((i for i, w in enumerate(words[:3]) if w in ROLE_NOUNS), None)
    if role_at is None:
        return
    speaking = _reports(text[len(first[0].name) : ends.start()]) or _reports(
        " ".join(w for w in words[role_at + 1 :] if w != "also")
    )
    words = words[: role_at + 1]
    if speaking and not any(office == " ".join(words) for office in _LEADING_OFFICES):
        return
    reporter = _reporter_closing(text, ends.start(), people) if speaking else None
    if reporter is not None and reporter is not first[0]:
        first = [reporter]  # "George W Bush will display ..., Tony Blair has said. The prime minister said": Blair
    if words[-1] not in _INTERMEDIARIES and not set(words) & _STOP:
        first[0].offices |= set(words)


def _reporter_closing(text: str, end: int, people: dict[str, Person]) -> Person | None:
    """The person named at the close of the first sentence (ending at ``end``) as its reporter, a reporting verb
    at most one word after the name: "..., Michael Howard has said."."""
    for person in people.values():
        for pos in person.positions:
            rest = text[pos + len(person.name) : end].split()
            if text.startswith(person.name, pos) and 0 < len(rest) <= 2 and _reports(rest[-1]):
                return person
    return None


def _give_titles_before_surnames(text: str, people: dict[str, Person]) -> None:
    """"Baroness Boothroyd" after "Betty Boothroyd": the title is one of her roles, as it would be
    before her full name, so that a description of another office ("the lord chancellor") is not hers."""
    by_surname: dict[str, list[Person]] = {}
    for person in people.values():
        by_surname.setdefault(person.tokens[-1], []).append(person)
    for title, surname in _TITLE_BEFORE.findall(text):
        bearers = by_surname.get(surname, [])
        low = title.lower()
        # an honorific ("Mr Straw") or one of the lexicon's titles is no office of its own
        if low in LIBRARY_TITLES and low not in HONORIFICS and low not in TITLES and len(bearers) == 1:
            bearers[0].roles.add(low)


_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][\w'’-]+)\b(?!\s+[A-Z])")


# "Mr Pound" anywhere in the article: Stephen Pound is a person, not a run of capitals
_HONORIFIC_BEFORE = re.compile(
    r"\b(" + "|".join(sorted({h.rstrip(".").title() for h in HONORIFICS}, key=len, reverse=True))
    + r")\.?\s+([A-Z][\w'’-]+)"
)


def _is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s")) and len(word) > 2


def _gap(text: str, a: tuple[str, int], b: tuple[str, int]) -> bool:
    between = text[a[1] + len(a[0]) : b[1]]
    if "\n" in between:
        return True
    if between.strip() == ".":  # "J. Smith", "Mr. Smith", "P.J. Fleck" but not "Ukraine. And"
        return not (len(a[0]) == 1 or a[0].lower() + "." in TITLES or _initials_before_surname(text, a, b))
    return between.strip() != ""


_APPOSITION = re.compile(r",\s+((?:the|a|an)\s+" + _NO_MARKS + r"{2,60}?)(?:[,.;]|\s+said|\s+told|$)")
# (a sentence may open with the role: "The suspect, Michael Webb, was convicted")
_ROLE_BEFORE = re.compile(r".*\b((?:[Tt]he|[Aa]n?)\s+" + _NO_MARKS + r"{2,60}?),\s*$", re.S)


def _apposition_after(text: str, end: int, start: int) -> set[str]:
    """Words of an apposition after a name: "Sergei Lavrov, the foreign minister, said". Not someone
    new who reports it ("... a stake in Automobile Craiova, a Romanian official said Friday"), nor the
    subject after a phrase the name closes: "Echoing the new US Secretary of State Condoleezza Rice, the
    prime minister said" is Tony Blair speaking, and Rice no prime minister."""
    if not text.startswith(",", end) or _closes_fronted_hearer_phrase(text, start):
        return set()
    m = _APPOSITION.match(text[end : end + 80])
    if m is None:
        return _bare_apposition_after(text, end)
    reports = m.group(0).endswith(("said", "told"))
    if reports and (m.group(1).split()[0] in ("a", "an") or _sentence_start(text, start) < start):
        return set()
    return {w.lower() for w in _re.findall(r"[\w’'-]+", m.group(1))}


# a role with no article after a name's comma: "Greg Abbott, Texas attorney general announcing ..."; up to
# four words, the last a role noun, then punctuation or a verb. Not a role that runs on ("Robert Sinche, head
# of currency strategy at ...", "Robbie Keane, skipper for the night"): its noun alone is too bare an office
# for a later description to take up ("the Federal Reserve head" is not Sinche)
_BARE_APPOSITION = re.compile(
    r",[ \t]+((?:[\w’'&-]+[ \t]+){0,4}?)([a-z][\w-]*)"
    r"(?=[ \t]*[,.;:]|[ \t]+[a-z]+(?:ing|ed|s)\b)"
)
_BARE_APPOSITION_STOPS = frozenset(LEXICON.bare_apposition_stops)


# "In an interview with Morning Joe hosts Joe Scarborough and ", "In a statement to ": a sentence's opening phrase of
# an occasion with its hearer, up to a name (lexicon ``fronted_hearer_prepositions``)
_FRONTED_HEARER_PHRASE = re.compile(
    r"(?:[A-Z][a-z]*\s+)?[Ii]n\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(set(LEXICON.occasion_nouns) | set(LEXICON.issued_words_nouns)))
    + r")\s+(?:" + "|".join(LEXICON.fronted_hearer_prepositions) + r")\s+[^,.;:]*"
)


def _closes_fronted_hearer_phrase(text: str, start: int) -> bool:
    """Whether the name at ``start`` closes the phrase of an occasion and its hearer that opens the sentence:
    "In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential
    candidate stated that" is Hillary Clinton speaking to them, and Brzezinski no candidate."""
    return _FRONTED_HEARER_PHRASE.fullmatch(text, _sentence_start(text, start), start) is not None


def _bare_apposition_after(text: str, end: int) -> set[str]:
    """Words of an apposition with no article: "Greg Abbott, Texas attorney general announcing the action"
    gives Abbott the office that a later "the attorney general" takes up, as "the Texas attorney general"
    would. Only a run that ends in a role noun and holds no clause's word ("Abbott, who said"), and not a
    spokesman's: an article quotes several bodies' spokesmen, and "the spokesman" is unnamed unless tied
    to a name with its article ("Mr Ison, the spokesman")."""
    m = _BARE_APPOSITION.match(text, end, end + 80)
    if m is None or m.group(2) not in ROLE_NOUNS or m.group(2) in _INTERMEDIARIES:
        return set()  # "Andrew Hogg, spokesman for the Medical Foundation": not "the spokesman" of another body
    words = [w.lower() for w in m.group(1).split()] + [m.group(2)]
    if any(w in _BARE_APPOSITION_STOPS or w.endswith(("ing", "ed")) for w in words[:-1]):
        return set()
    return set(words)


def _role_before(text: str, start: int) -> set[str]:
    """Words of a role right before a name: "the President of Ukraine, Volodymyr Zelensky"; ``start``
    is where the name's run starts, its titles included ("the Archbishop of Canterbury, Dr Rowan
    Williams")."""
    window = text[max(0, start - 80) : start]
    if not window.rstrip().endswith(","):
        return set()
    m = _ROLE_BEFORE.search(window)
    written = _re.findall(r"[\w’'-]+", m.group(1)) if m else []
    return {w.lower() for w in written} if written and _heads_role(written) else set()


# the words after a role's head that name its body or place: "the President of Ukraine", "the envoy to Iraq"
_AFTER_ROLE_HEAD = frozenset(LEXICON.after_role_head)
_KIN_NOUNS = frozenset(LEXICON.kin_nouns)


def _heads_role(words: list[str]) -> bool:
    """Whether a phrase set off by a comma before a name is a role: its head, the word before its first "of"
    (or "for", "to", ...) else its last word, or the noun right after its determiner, which a clause may follow,
    is a role noun, a title or a kin noun ("the President of Ukraine, Volodymyr Zelensky", "the Liberal Democrat
    leader, Charles Kennedy", "The editor I was talking to, Tim Grieve,"), or a capital, the body the name speaks
    for ("For the Lib Dems, Vince Cable said"). The close of the clause a reporting name ends is none ("... in the
    coming general election, Charles Kennedy has said": no general, and so "The Liberal Democrat leader" after it
    takes him up)."""
    cut = next((k for k, w in enumerate(words) if k and w.lower() in _AFTER_ROLE_HEAD), len(words))
    heads = {words[cut - 1], words[min(1, len(words) - 1)]}
    return any(
        w[:1].isupper() or w.lower() in ROLE_NOUNS or w.lower() in _KIN_NOUNS or _is_title(w.lower()) for w in heads
    )


# up to three words ending in a lowercase role noun, right before a name: "London mayor Ken Livingstone"
_LOWER_ROLE_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Za-z][\w'’-]*[ \t]+){1,3})$")


def _lowercase_role_before(text: str, start: int) -> set[str]:
    """Words of a lowercase office written right before a name with no comma: "London mayor Ken
    Livingstone", "BBC political editor Andrew Marr", "Liberal Democrat leader Charles Kennedy": the
    office is the person's, so that "the mayor" later takes them up and "the Tory leader" does not.
    The last word must be a role noun ("told Ken Livingstone" is no office); the words before it
    stop at a verb or a stop word ("is heard asking reporter Oliver Finegold": only "reporter")."""
    m = _LOWER_ROLE_BEFORE.search(text[max(0, start - 60) : start])
    words = m.group(1).split() if m else []
    if not words or words[-1] not in ROLE_NOUNS:  # a lowercase noun: "Chancellor Gordon Brown" is a title
        return set()
    kept = [words[-1]]
    for word in (w.lower() for w in reversed(words[:-1])):
        if word in _STOP or word in FORM_TO_LEMMA or word.endswith(("ing", "ed")):
            break
        kept.append(word)
    return set(kept)


# "and" and a capital right after a name: the second of a pair ("hosts Joe Scarborough and Mika Brzezinski")
_AND_NAME_AFTER = re.compile(r"[ \t]+and[ \t]+[A-Z]")
_PAIRED_HOST_ROLES = frozenset(LEXICON.paired_host_roles)


def _plural_role_before_pair(text: str, start: int, end: int) -> set[str]:
    """"Morning Joe hosts Joe Scarborough and Mika Brzezinski": a plural role noun before a pair of names gives
    its singular to the first of them, so that "the host" later takes that one up (the one a reader hears
    first; the second is no nearer for being named last in the pair). Only a broadcast's roles (lexicon
    ``paired_host_roles``): "Fellow locks Robert Sidoli and Brent Cockbain" gives no "the veteran lock"."""
    m = _LOWER_ROLE_BEFORE.search(text[max(0, start - 60) : start])
    plural = m.group(1).split()[-1] if m else ""
    if plural[:-1] not in _PAIRED_HOST_ROLES or not plural.endswith("s") or not _AND_NAME_AFTER.match(text, end):
        return set()
    return {plural[:-1]}


def _clean_tokens(mention: str) -> list[str]:
    """The words of a mention; a possessive ending is a word of its own ("Oxfam's" ->
    "Oxfam", "'s"), so that a name run stops at it."""
    toks: list[str] = []
    # "Oil & Natural Gas Corp" keeps its "&"; "B&B", "AT&T" are one word
    # (and a mis-encoded letter is a part of its word, as in _WORD: "SarukhÃ\x83Â¡n")
    word = r"(?:" + WRITTEN_LETTER + r"|[\w’'.-])+"
    for t in _re.findall(word + "(?:&" + word + ")*|(?<= )&(?= )", mention):
        if _is_possessive(t):
            toks += [t[:-2], "'s"]
        elif t not in ("'s", "’s"):  # a contraction the parser took for a subject ("he's")
            toks.append(t)
    return toks


Holder = Callable[[str, "datetime | None"], "str | None"]


Resolved = tuple["str | None", "str | None"]  # (name, type)


@dataclass
class _Reading:
    """What the resolution rules read about one mention, worked out once."""

    mention: Mention
    index: NameIndex
    history: list[tuple[int, str | None, str | None]]
    published: datetime | None
    holder: Holder | None
    text: str
    toks: list[str]
    head: str

    @property
    def at(self) -> int:
        return self.mention.span.start

    # worked out only when a rule asks: most mentions are decided before (pronouns, parties)
    @cached_property
    def names(self) -> list[str]:
        return _name_before_apposition(self.text, self.head) or _name_run(self.toks, self.head)

    @cached_property
    def lowered(self) -> list[str]:
        return [t.lower() for t in self.toks]

    @cached_property
    def _trailing(self) -> tuple[list[str], Person | None, bool, bool]:
        return _read_trailing_name(self)

    @property
    def last(self) -> list[str]:  # the personal name the mention ends with
        return self._trailing[0]

    @property
    def found(self) -> Person | None:  # whom the article calls by that name
        return self._trailing[1]

    @property
    def apposed(self) -> bool:  # that name is the person described, not governed by a preposition
        return self._trailing[2]

    @property
    def governed(self) -> bool:  # that name is someone else's: "a spokesman for Mr Heath"
        return self._trailing[3]


def _is_post_nominal(word: str) -> bool:
    """Letters after a name: the lexicon's news-specific ones ("MP", "MSP") and nameparser's ("PhD", "CBE"),
    written with two capitals at least, so that a surname such as "Ma" (Jack Ma) is never one."""
    if word in POST_NOMINALS:
        return True
    return sum(c.isupper() for c in word) >= 2 and word.upper() in LIBRARY_POST_NOMINALS


def _strip_post_nominals(toks: list[str]) -> list[str]:
    """Letters after a full name: "Brian Monteith MSP" (but "the Salford MP" is a description)."""
    while (
        len(toks) > 2 and _is_post_nominal(toks[-1]) and _is_name_word(toks[-2]) and _is_name_word(toks[-3])
        and (len(toks) == 3 or toks[-4].lower() not in _DETERMINERS)
    ):
        toks = toks[:-1]
    return toks


# an age set off by commas after a name, and whatever apposition follows it ("a home town"): ", 34, from
# Hartpury, Gloucestershire"
_AGE_APPOSITION = re.compile(r"(?<=[A-Za-z])\s*,\s*\d{1,3}\s*(?:,.*)?$", re.S)


def _without_age_apposition(text: str) -> str:
    """"One of the men, David Redvers, 34, from Hartpury, Gloucestershire": the age and home town after an
    apposed name only describe it further; the mention ends with the name, as "One of the men, David
    Redvers" does, whose name the role-then-name rule reads."""
    return _AGE_APPOSITION.sub("", text)


def _read(mention: Mention, index: NameIndex, history, published, holder) -> _Reading | None:
    text = _without_age_apposition(mention.text.strip())
    toks = _open_compound_joined(_strip_post_nominals(_clean_tokens(text)))
    if not toks:
        return None
    # the head as the lexicon's words are written ("communiqu&#233;" is "communiqué"); the words keep the
    # article's spelling, which its name index and text hold (and a mojibake head stays as written: its words do)
    head = _whole_hyphened_noun(toks, referred_letters(mention.head or toks[-1]).lower())
    head = _document_noun_after_name(toks, head)
    # "his counterpart on the DCA committee, Alan Beith": a name set off by a comma after the
    # preposition is the speaker's, not an adverbial's
    kept = toks if "," in text else _without_adverbial(toks, head)
    return _Reading(mention, index, history, published, holder, text, kept, head)


# the lexicon's hyphened organisation nouns by their two words: ("think", "tank") for "think-tank"
_OPEN_COMPOUNDS = {tuple(noun.split("-")): noun for noun in ORG_NOUNS if noun.count("-") == 1}


def _open_compound_joined(toks: list[str]) -> list[str]:
    """"However, the Paris-based economics think tank said" (BBC business/030): an organisation's noun the
    lexicon hyphens ("think-tank"), written as two words, is one word, as the hyphened one is (then
    ``_whole_hyphened_noun`` takes it for the head the parser gave its last word)."""
    for i in range(len(toks) - 1):
        joined = _OPEN_COMPOUNDS.get((toks[i].lower(), toks[i + 1].lower()))
        if joined is not None:
            return [*toks[:i], f"{toks[i]}-{toks[i + 1]}", *_open_compound_joined(toks[i + 2 :])]
    return toks


def _whole_hyphened_noun(toks: list[str], head: str) -> str:
    """"according to a US research think-tank" (BBC tech/016): the parser heads the mention with the hyphened
    word's last part ("tank"), which is no noun of the lexicon's; the whole word is an organisation's noun, or a
    document's ("a round-up of ultimate gizmos compiled by Stuff Magazine", BBC tech/341)."""
    whole = next((t.lower() for t in reversed(toks) if t.lower().endswith("-" + head)), None)
    return whole if whole in ORG_NOUNS or whole in DOCUMENT_HEADS else head


def _document_noun_after_name(toks: list[str], head: str) -> str:
    """"according to Office for National Statistics data", "Bank of England figures": the parser heads a
    name with an "of" or "for" in it at the name's first noun and hangs the rest on the preposition; a
    document's noun written in lower case right after the name ends the mention and is its head (the name
    is the document's issuer, as "data from the Office for National Statistics" has it)."""
    last = toks[-1]
    if last != last.lower() or last not in DOCUMENT_HEADS or head == last:
        return head
    name = toks[1:-1] if toks[0].lower() in _DETERMINERS else toks[:-1]
    if len(name) < 3 or not all(_is_cap(t) or t in ("of", "for") for t in name) or head not in (
        t.lower() for t in name
    ):
        return head
    return last


_ADVERBIAL_OPENERS = frozenset(LEXICON.adverbial_openers)


def _without_adverbial(toks: list[str], head: str) -> list[str]:
    """The mention without an adverbial the parser left after its head: '"...," said the group in a
    statement' is the group."""
    lowered = [t.lower() for t in toks]
    at = len(lowered) - 1 - lowered[::-1].index(head) if head in lowered else -1
    if 0 <= at < len(toks) - 2 and lowered[at + 1] in _ADVERBIAL_OPENERS and lowered[at + 2] in _DETERMINERS:
        return toks[: at + 1]
    return toks


def _read_trailing_name(r: _Reading) -> tuple[list[str], Person | None, bool, bool]:
    """A role, title or party word before a full name: the head is the role noun, but the
    name at the end is the speaker's ("Shadow leader of the Commons Oliver Heald", "The
    agency's former chief executive Doug Smith") unless a preposition makes it someone
    else's ("a spokesman for EU Justice Commissioner Franco Frattini")."""
    toks, head = r.toks, r.head
    if r.mention.kind == "name" and head not in ROLE_NOUNS and head not in ORG_NOUNS and not (
        _headed_before_role(r.text, toks, head)
    ):
        return [], None, False, False
    last = _trailing_name(toks) or _known_surname_after_role(toks, r.index)
    if len(last) > 2 and len(toks) > len(last) and toks[-len(last) - 1].lower() in _DETERMINERS:
        last = last[-2:]  # a name takes no article: "leader of the Commons Oliver Heald"
    if last and head in ORG_NOUNS and _names_the_body(toks[: len(toks) - len(last)], head):
        return [], None, False, False  # "The Department of Immigration and Indigenous Affairs"
    if not last or head in (t.lower() for t in last):
        return last, None, False, False
    found = _match_name(last, r.at, r.index)
    if found is not None and _same_words(toks[-len(found.tokens):], found.tokens):
        last = list(found.tokens)  # "the Commons Oliver Heald" is Oliver Heald
    # set off by a comma, the name is the one described ("The head of the NHTCU, Acting
    # Detective Chief Superintendent, Mick Deats")
    after_comma = _opens_last_part(r.text, last[0])
    apposed = bool(_name_is_apposed(toks, len(toks) - len(last)) or after_comma)
    return last, found, apposed, not apposed


def _headed_before_role(text: str, toks: list[str], head: str) -> bool:
    """"Essential Guide to British Quangos 2005 author Dan Lewis said": the parser headed the mention with a
    capitalised word of the work (or body) the role is of, and a role noun in lower case sets the full name
    that ends the mention apart from it; the name is the speaker's, as after a role the parser heads. Not
    across a comma: "Drew Heiserman, a steering committee member ... who helped elect CTU's current president,
    Karen Lewis" is Heiserman, the name after the role someone else in his apposition."""
    last = _trailing_name(toks)
    start = len(toks) - len(last)
    role = toks[start - 1] if start >= 2 else ""
    if not last or start < 2 or "," in text or role != role.lower() or role not in ROLE_NOUNS:
        return False
    # and not a name a preposition governs: "Lord of the Rings director Peter Jackson" reads as before
    return head in (t.lower() for t in toks[: start - 1]) and _name_is_apposed(toks, start)


def _opens_last_part(text: str, word: str) -> bool:
    """Whether the part of a mention after its last comma opens with the whole word ``word``: "The head
    of the NHTCU, Acting Detective Chief Superintendent, Mick Deats". (The regex ``,\\s*WORD\\b[^,]*$``,
    without compiling one for each name.)"""
    comma = text.rfind(",")
    rest = text[comma + 1 :].lstrip()
    if comma < 0 or not rest.startswith(word):
        return False
    after = rest[len(word) : len(word) + 1]
    return _is_word_char(word[-1]) != (after != "" and _is_word_char(after))


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches


def _known_surname_after_role(toks: list[str], index: NameIndex) -> list[str]:
    """"Spanish teenager Nadal", "striker Ronaldo": one name word after a role noun, when the article
    gives someone that surname ("Rafael Nadal")."""
    if len(toks) >= 2 and toks[-2].lower() in ROLE_NOUNS and _is_name_word(toks[-1]) and index.by_last(toks[-1]):
        return toks[-1:]
    return []


def _names_the_body(toks: list[str], head: str) -> bool:
    """Whether the words after an organisation's noun go on its name up to the end ("Department of
    Immigration and Multicultural and"): capitals and the words that join them, nothing else."""
    lowered = [t.lower() for t in toks]
    at = len(lowered) - 1 - lowered[::-1].index(head) if head in lowered else -1
    rest = toks[at + 1 :]
    return at >= 0 and bool(rest) and rest[0].lower() in _TITLE_LINKS and all(
        _is_cap(t) or _links_a_name(t.lower()) for t in rest
    )


# (the possessive of a surname ending in "s" may be the apostrophe alone: "Mr Eavis' daughter Emily")
_KIN = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w-]+\s+)?(?P<surname>[A-Z][\w-]+)(?:['’]s|(?<=s)['’])\s+(?:(?:late|eldest|youngest|"
    r"elder|younger)\s+)?(?:" + "|".join(LEXICON.kin_nouns) + r")\s+(?P<first>[A-Z][a-z]+)\b(?!\s+[A-Z])"
)


# "Detik.com quoted Djamal as saying", "the newspaper quoted Qantas chief executive Geoff Dixon as saying":
# the outlet's mention, then the person it quotes (after their role)
# (the present tense too, and an apposition set off by commas between the name and "as": "Indymedia web
# site quotes Jane Roe, a 27-year-old student, as saying")
_AS_SAYING_VERBS = r"(?:" + "|".join(LEXICON.as_saying_verbs) + r")"
_QUOTED_AS_SAYING = re.compile(
    r"[ \t]+(?:also[ \t]+)?" + _AS_SAYING_VERBS + r"[ \t]+(?:[A-Z][\w.'’-]*[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}"
    r"(?P<who>(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)(?:,[^,;:.\n]{1,60},)?[ \t]+as[ \t]+(?:saying|telling)\b"
)


# ... or an unnamed source it describes: "Reuters news agency reports a union source as saying", "Reuters quoted
# one trader as saying", "The Post quoted another unnamed GOP official as saying" (a description of a few words,
# an acronym or a nationality among them, no quoted words or clause in it)
_QUOTED_DESCRIBED_AS_SAYING = re.compile(
    r"[ \t]+(?:(?:also|" + "|".join(LEXICON.relay_auxiliaries) + r")[ \t]+)?" + _AS_SAYING_VERBS
    + r"[ \t]+(?P<who>(?:" + "|".join(LEXICON.as_saying_described_openers) + r")[ \t]+[A-Za-z][\w \t-]{0,50}?)"
    r"[ \t]+as[ \t]+(?:saying|telling)\b"
)


def _quoted_as_saying_rule(r: _Reading) -> Resolved | None:
    """"Detik.com quoted Djamal as saying", "the newspaper quoted Qantas chief executive Geoff Dixon as
    saying", "the web site quotes Jane Roe, a student, as saying", "Reuters news agency reports a union source
    as saying": the words are the person's the outlet quotes, by the fullest name the article gives them, or
    the unnamed source it describes (a person with no name, as the relay's described originator)."""
    found = _QUOTED_AS_SAYING.match(r.index.text, r.mention.span.end) if r.mention.span.end else None
    if found is None:
        described = _QUOTED_DESCRIBED_AS_SAYING.match(r.index.text, r.mention.span.end) if r.mention.span.end else None
        if described is None:
            return None
        return _name_the_described(r, described.group("who"), described.start("who"), groups=True)
    words = [w for w in found.group("who").split() if not _is_title(w)]
    person = _match_name(words, r.at, r.index) if words else None
    if person is not None:
        return person.name, "person"
    return (" ".join(words), "person") if len(words) >= 2 else None


# '"...," the Post reported, quoting an anonymous Republican official.', "..., the Post reported, citing another
# anonymous source", "The news organization, citing an anonymous government source, reported that": the relay's
# own verb before the one it quotes or cites, or after them set off by commas (no quoted words in them); without
# that verb a "citing" is the speaker's own reason or source ("said Geoff Garin, ..., citing Mrs. Clinton's
# emphasis on ...", "wrote Juliet Eilperin, citing participants in the meeting": a writer's own words)
_RELAY_VERB = r"(?:also[ \t]+)?(?:" + "|".join(LEXICON.relay_verbs) + r")"
_QUOTED_ONE = (
    r"(?:" + "|".join(LEXICON.relay_quoting_words) + r")[ \t]+(?P<who>[A-Za-z][^,;:.!?\n" + _DOUBLE + r"]{1,59}?)"
)
_QUOTING_AFTER = (
    re.compile(r"[ \t]+" + _RELAY_VERB + r",[ \t]+" + _QUOTED_ONE + r"[ \t]*(?:[,;:.!?\n]|$)"),
    re.compile(r",[ \t]+" + _QUOTED_ONE + r",[ \t]+" + _RELAY_VERB + r"\b"),
)


def _relay_quoting_rule(r: _Reading) -> Resolved | None:
    """"“...,” the Post reported, quoting an anonymous Republican official", "..., the Post reported, citing another
    anonymous source", "The news organization, citing an anonymous government source, reported that": the outlet
    relays, the words are the originator's it quotes (the relay policy), a person the article names or the
    described person or group with no name; a cited report, figure or reason ("citing the ongoing investigation")
    is no originator, the words stay the outlet's."""
    if r.mention.kind == "pronoun" or r.head.lower() in _RELAY_SOURCE_HEADS or not r.mention.span.end:
        return None
    found = next((m for shape in _QUOTING_AFTER if (m := shape.match(r.index.text, r.mention.span.end))), None)
    if found is None:
        return None
    words = [w for w in found.group("who").split() if not _is_title(w)]
    person = _match_name(words, found.start("who"), r.index) if words and words[0][:1].isupper() else None
    if person is not None:
        return person.name, "person"
    described = _name_the_described(r, found.group("who"), found.start("who"), groups=True)
    return described if described is not None and described[1] in ("person", "group") else None


# The relay policy (evaluation/speakers/GUIDELINES.md, issue #16): the mention follows PolNeAR and stays the
# relay, the name is the originator's when the sentence gives them a verb of saying of their own. The relay
# stands after "according to" (", according to CNN", "According to the Financial Times,"), after "as reported
# by" ("As reported by Western Journalism, John Tiegen said", read as one report of the outlet's) or after "per" or
# "via" set off by a comma ("Lynn said, via the Los Angeles Times"), or before a "reported" that closes
# the sentence ('"No comment," The Miami Herald reported.')
# (set off as a phrase of its own: "their tastes, according to their wishes", "there are 230 according to
# recent figures" are no relays)
_RELAY_CONJUNCTIONS = frozenset(LEXICON.relay_conjunctions)
# (a phrase's first word capitalised opening a sentence: "According to the Financial Times,")
_RELAY_PHRASES = [
    "[" + phrase[0].upper() + phrase[0] + "]" + phrase[1:].replace(" ", r"[ \t]+") for phrase in LEXICON.relay_phrases
]
_RELAY_BEFORE = re.compile(
    r"(?:[,;:.!?" + _CLOSING + r"][ \t]+|\n[ \t]*)(?:(?i:" + "|".join(LEXICON.relay_conjunctions) + r")[ \t]+)?"
    r"(?:" + "|".join(_RELAY_PHRASES) + r")[ \t]+$"
)
_RELAY_PHRASE_END = re.compile(r"[ \t]*(?:[,.;:!?\n]|$)")
_RELAY_CLOSING_BEFORE = re.compile(r",[" + _CLOSING + r"]?[ \t]+$")
# (a time phrase may follow the relay's verb: "..., the New York Times reported
# late Thursday.", "..., CNN reported on Tuesday.": the day the outlet ran the words, still its relay)
_RELAY_TIME_WORDS = (
    frozenset(LEXICON.relay_time_leads) | frozenset(LEXICON.time_phrase_leads) | TIME_WORDS | CALENDAR
)
_RELAY_CLOSING_AFTER = re.compile(
    r"[ \t]+(?:first[ \t]+|also[ \t]+)?(?:" + "|".join(LEXICON.relay_verbs) + r")"
    r"(?:[ \t]+(?i:" + "|".join(sorted(_RELAY_TIME_WORDS)) + r")){0," + str(LEXICON.relay_time_words) + r"}"
    r"[ \t]*(?:[.!?\n]|$)"
)
# a relay opening the clause that reports someone's saying: "The New York Times reported that someone familiar
# with the situation said"
_RELAY_OPENING_AFTER = re.compile(
    r"[ \t]+(?:first[ \t]+|also[ \t]+)?(?:" + "|".join(LEXICON.relay_verbs) + r")[ \t]+that\b"
)
_RELAY_SOURCE_HEADS = frozenset(LEXICON.relay_source_heads)
# the relay's own verb in a finite form: an originator's verb too when the relay is a phrase ("according to")
_RELAY_FINITE_VERBS = frozenset(v for v in LEXICON.relay_verbs if not v.endswith("ing"))
_POSSESSIVE_END = re.compile(r"['’]s?[ \t]+$")
# the originator's verb: a finite form ("said", "wrote", "says") of a verb that is mostly one of saying
# ("Clinton emails", "he raised $5.7 million" are not), not the relay's own "reported"
_ORIGINATOR_VERB_LEMMAS = frozenset(
    lemma for lemma, weight in REPORTING_VERBS.items()
    if weight >= LEXICON.relay_originator_verb_floor and lemma not in LEXICON.relay_verb_lemmas
)
_ORIGINATOR_VERBS = frozenset(
    form for form, lemma in FORM_TO_LEMMA.items()
    if lemma in _ORIGINATOR_VERB_LEMMAS and " " not in form and form != lemma and not form.endswith("ing")
)
# quoted words are blanked: their verbs are not the sentence's own
_QUOTED_STRETCH = re.compile(r"[" + _DOUBLE + r"][^" + _DOUBLE + r"\n]*[" + _DOUBLE + r"]")
# a sentence's end as the relay rule reads it: a closing mark may be doubled ("''")
_RELAY_SENTENCE_END = re.compile(r"[.!?][" + _CLOSING + r"]*\)?\s+(?=[" + _CLOSING + r"]*[A-Z])|\n")
# (a word in quotation marks and "and" may come between: 'Canova "bristled" and said', the word blanked; an
# auxiliary too: "Apple has stated")
_SAYER_BEFORE = re.compile(
    r"(?:\b(?P<pronoun>[Hh]e|[Ss]he)|(?P<who>(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*))"
    r"(?:[ \t]+[" + _CLOSING + r"][ \t]+and)?[ \t]+(?:(?:" + "|".join(LEXICON.relay_auxiliaries) + r")[ \t]+)?"
    r"(?:[a-z]+ly[ \t]+)?$"
)
# an apposition set off by commas between the sayer and their verb, commas inside it too: "Swanson, who is a pastor
# at the Reformation Church of Elizabeth, Colorado, slammed"
_APPOSITION_CLOSING = re.compile(
    r",[ \t]+(?:" + "|".join(LEXICON.relay_apposition_openers) + r")\b[^;:\n]*,[ \t]*$"
)
# "manager, Jeff Weaver, " before the verb: a role noun, then a name alone between commas
_NAME_APPOSED_TO_ROLE = re.compile(
    r"\b(?P<role>[a-z]+),[ \t]+(?P<who>(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*),[ \t]*$"
)
_DESCRIBED_OPENERS = frozenset(LEXICON.relay_described_openers)
_DESCRIPTION_CUTS = frozenset(LEXICON.relay_description_cuts)
_UNNAMED_PEOPLE = frozenset(LEXICON.relay_unnamed_people)
# where the subject of a clause may open: a comma, a quotation mark, "that"
_CLAUSE_BOUNDARY = re.compile(r"[,;" + _DOUBLE + r"]|\bthat\b")
# (a blanked stretch of quoted words ends a description: 'an anonymous individual "with direct knowledge"')
_DESCRIPTION_END = re.compile(r"[ \t]{2,}|[" + _CLOSING + r"]")


@dataclass(frozen=True, slots=True)
class _Sayer:
    """Who the relay's sentence gives a verb of saying: a name, a "he"/"she", or a description; offsets into
    the sentence."""

    start: int
    end: int
    text: str
    kind: str  # name, pronoun, described


def _relayed_originator_rule(r: _Reading) -> Resolved | None:
    """"'...,' Sanders said, according to CNN", "..., Right Wing Watch first reported", "Lynn said, via the
    Los Angeles Times": the mention is the relay (PolNeAR's source), the words are the originator's, the
    one the sentence has saying them (a person the article names, or "he"/"she")."""
    if not _is_relay(r):
        return None
    text = r.index.text
    # (searched up to the mention's end: the sentence's end before it looks ahead at its capital)
    starts = [
        m.end() for m in _RELAY_SENTENCE_END.finditer(text, max(0, r.at - 600), r.mention.span.end) if m.end() <= r.at
    ]
    start = starts[-1] if starts else max(0, r.at - 600)
    ends = _RELAY_SENTENCE_END.search(text, r.mention.span.end)
    # (the closing mark stays: '"...," he said' has the sayer right after the words)
    sentence = _QUOTED_STRETCH.sub(
        lambda m: " " * (len(m.group()) - 1) + m.group()[-1], text[start : ends.start() if ends else len(text)]
    )
    opening = _relay_opens_clause(r)
    # a relay by phrase leaves "reported" to the originator: "According to Fox News, the State Department reported
    # finding ..." (a relay by its own "reported" does not: "..., Right Wing Watch first reported")
    by_phrase = bool(_RELAY_BEFORE.search(("\n" if r.at <= 40 else "") + text[max(0, r.at - 40) : r.at]))
    # ("While no comment has been made by Apple, The New York Times reported that someone ... said": a relay
    # opening its clause has the originator after it wherever the clause stands)
    first = opening or _relay_opens_sentence(text[start : r.at])
    for verb in _WORD.finditer(sentence):
        at = start + verb.start()
        said = _is_originator_verb(verb.group()) or (
            # (not after a possessive, where it is an adjective: "Mrs. Clinton's reported contributions")
            by_phrase and verb.group() in _RELAY_FINITE_VERBS and not _POSSESSIVE_END.search(sentence[: verb.start()])
        )
        if not said or r.mention.span.start <= at < r.mention.span.end + 2:
            continue
        if (at > r.at) != first:
            continue  # "Although China's surplus is expanding, according to figures, the Commerce Department
            # revealed": the relay's phrase goes with the words before it, the verb after is another's
        sayers = [
            sayer for sayer in _sayers_before(sentence[: verb.start()])
            # (not the relay's own verb: "CNN said")
            if not start + sayer.end > r.mention.span.start >= start + sayer.start
            and _opens_a_clause(sentence[: sayer.start], after_and=sayer.kind == "described")
        ]
        if not sayers:
            continue
        if opening and _takes_an_object(sentence, verb.end()):
            return None  # "Turkish media reported that ... Erdogan reiterated his request that": an act reported
        named = next((named for sayer in sayers if (named := _name_the_sayer(r, sayer, start))), None)
        if named is not None or any(_may_name_someone(sayer, r.index) for sayer in sayers):
            return named
        # (a capital that names no one is no sayer: "When asked about ..., Canova said" goes on to "said")
    return None


def _relay_opens_sentence(before: str) -> bool:
    """Whether the relay, with ``before`` it in its sentence, opens it ("According to the Financial Times,
    Peter Chernin said", "But according to NPR's Feng, Li Jifeng wrote", "The New York Times reported that"):
    then the originator's verb comes after it; otherwise before it ("Sanders said, according to CNN")."""
    words = [w.lower() for w in _WORD.findall(before)]
    while words and words[0] in _RELAY_CONJUNCTIONS:
        words.pop(0)
    return not words or " ".join(words) in LEXICON.relay_phrases


def _may_name_someone(sayer: _Sayer, index: NameIndex) -> bool:
    """Whether a sayer the rule could not name may still be someone the article names ("According to ProPublica,
    Clinton praised"): then the sentence's later verbs are not tried."""
    return sayer.kind != "name" or any(sayer.text.split()[-1] in p.tokens for p in index.people)


def _relay_opens_clause(r: _Reading) -> bool:
    """Whether the relay opens the clause it reports: "The New York Times reported that someone ... said"."""
    return bool(_RELAY_OPENING_AFTER.match(r.index.text, r.mention.span.end))


def _takes_an_object(sentence: str, end: int) -> bool:
    """Whether the verb ending at ``end`` goes on with a noun phrase ("reiterated his request"), not the words
    said ("said Jobs's health has ups and downs", "told donors that")."""
    after = sentence[end:].split(maxsplit=1)
    return bool(after) and after[0].lower() in _DETERMINERS | _POSSESSIVES


def _sayers_before(before: str) -> list[_Sayer]:
    """Who the words ``before`` a verb of saying give it, in the order to try: the name or "he"/"she" right
    before it, or a description opening its clause ("someone familiar with the situation said"); then the same
    past an apposition set off by commas ("Swanson, who is a pastor at ..., slammed")."""
    apposition = _APPOSITION_CLOSING.search(before)
    sayers = []
    for text in (before, before[: apposition.start()] + " ") if apposition else (before,):
        named = _SAYER_BEFORE.search(text)
        if named is not None and named.group("pronoun"):
            sayers.append(_Sayer(named.start(), named.end(), named.group("pronoun"), "pronoun"))
        elif named is not None:
            sayers.append(_Sayer(named.start(), named.end(), named.group("who"), "name"))
        described = _described_sayer(text)
        if described is not None:
            sayers.append(described)
    apposed = _name_apposed_to_role(before)
    if apposed is not None:
        sayers.append(apposed)
    return sayers


def _name_apposed_to_role(before: str) -> _Sayer | None:
    """The name set off by commas after a role right before the verb: "His campaign manager, Jeff Weaver, says
    it's proof ..., according to the Associated Press" (PolNeAR train usa-today 2016-04-06): the role opens the
    clause and the name in apposition to it is the sayer. Only after a role noun, so that a list of names ("Clinton,
    Sanders, said") or a clause ending in a name is no apposition."""
    found = _NAME_APPOSED_TO_ROLE.search(before)
    if found is None or found.group("role").lower() not in ROLE_NOUNS:
        return None
    return _Sayer(found.start("who"), found.end("who"), found.group("who"), "name")


def _described_sayer(before: str) -> _Sayer | None:
    """The description of a subject that opens its clause right before a verb: "the Inner Mongolia health
    commission", "someone familiar with the situation", "one user on Weibo" (never longer than a noun phrase)."""
    bounds = [m.end() for m in _CLAUSE_BOUNDARY.finditer(before)]
    for bound in [*reversed(bounds), 0]:
        words = before[bound:].split()
        if len(words) > 1 and words[0] in _RELAY_CONJUNCTIONS:
            words = words[1:]  # ", and the Chinese Center for Disease Control and Prevention said"
        if not words or words[0].lower() not in _DESCRIBED_OPENERS:
            continue
        at = bound + before[bound:].index(words[0])
        end = _DESCRIPTION_END.search(before, at)
        text = before[at : end.start() if end else len(before)].strip()
        between = before[at + len(text) :].strip(" \t" + "".join(ALL_MARKS))
        if not text or len(text.split()) > _DESCRIPTION_WORDS or between:
            return None  # words between the description and the verb: not its subject
        if any(w in _AUXILIARIES for w in text.split()):
            return None  # "the policy was announced", "the company has told": a clause, not a noun phrase
        return _Sayer(at, at + len(text), text, "described")
    return None


_DESCRIPTION_WORDS = 10  # "the Chinese Center for Disease Control and Prevention": a noun phrase, not a clause


def _opens_a_clause(before: str, *, after_and: bool = False) -> bool:
    """Whether a sayer after ``before`` opens the sentence, a clause, the words after a quote or a relay's
    "reported that", past the role before their name ("chief operating officer Peter Chernin said"): "At the
    moment Sanders announced his candidacy, Mook ... told aides" is not Sanders's saying. With ``after_and``, a
    comma and "and" open a clause too: a description there is its subject (", and the Chinese Center for Disease
    Control and Prevention said"), where a "she" goes on the words the relay reports ("According to ProPublica,
    Clinton praised her donors, and she asked the bankers to")."""
    words = before.split()
    if words and words[-1].lower() in ROLE_NOUNS:
        while words and words[-1].islower():
            words.pop()
        # (the role's capitalised modifiers opening the clause: "Democratic presidential nominee Hillary Clinton
        # told ..., the New York Times reported")
        modifiers = words
        while modifiers and modifiers[-1][:1].isupper() and modifiers[-1][-1:].isalpha():
            modifiers = modifiers[:-1]
        if not modifiers or modifiers[-1][-1:] == ",":
            words = modifiers
    if after_and and len(words) > 1 and words[-1] in _RELAY_CONJUNCTIONS and words[-2].endswith(","):
        words.pop()
    last = " ".join(words)[-1:]
    return last in ("", ",") or last in ALL_MARKS or bool(words) and words[-1] == "that"


def _is_originator_verb(word: str) -> bool:
    """A finite verb of saying, its regular past written out where the verb table has no form for it
    ("slammed", "blasted")."""
    if not word.islower():
        return False  # "the United States": a name, not "states"
    if word in _ORIGINATOR_VERBS:
        return True
    stems = (word[:-3], word[:-2], word[:-1]) if word.endswith("ed") else ()
    return any(stem in _ORIGINATOR_VERB_LEMMAS for stem in stems)


def _is_relay(r: _Reading) -> bool:
    """Whether the mention passes someone else's words on: after "according to", "per", "via", before a
    "reported" closing the sentence or a "reported that" opening a clause; not a source itself ("according to
    industry sources")."""
    if r.mention.kind == "pronoun" or r.head.lower() in _RELAY_SOURCE_HEADS:
        return False
    text = r.index.text
    before = ("\n" if r.at <= 40 else "") + text[max(0, r.at - 40) : r.at]
    if _RELAY_BEFORE.search(before):
        return bool(_RELAY_PHRASE_END.match(text, r.mention.span.end))
    if _relay_opens_clause(r):
        return True
    return bool(_RELAY_CLOSING_BEFORE.search(before)) and bool(_RELAY_CLOSING_AFTER.match(text, r.mention.span.end))


def _name_the_sayer(r: _Reading, sayer: _Sayer, start: int) -> Resolved | None:
    at = start + sayer.start
    if sayer.kind == "pronoun":
        return _resolve_pronoun(sayer.text.lower(), at, r.index, r.history)
    if sayer.kind == "described":
        return _name_the_described(r, sayer.text, at)
    words = [w for w in sayer.text.split() if not _is_title(w)]
    person = _match_name(words, at, r.index) if words else None
    return (person.name, "person") if person is not None else _name_the_organisation(r, sayer.text, at)


_RIGHT_AFTER_RELAY = re.compile(r",[ \t]+")


def _name_the_organisation(r: _Reading, text: str, at: int) -> Resolved | None:
    """A named originator that is no person the article names: "According to the Independent Journal, Apple has
    stated" is Apple's when the rules read "Apple" as an organisation (and not the relay's own name). Only the
    subject right after the relay's comma: a name before the relay ("HarperCollins declined ..., according to a
    publishing executive") or in the quoted words after it ('According to X, "Judicial Watch revealed ..."')
    is no originator of the relay's words; nor a lone name after a document ("According to White House pool
    reports, Obama said": a name the rules cannot tell from a body's), where a body's full name is ("According to
    its latest accounts, Media Lab Europe said it spent ...", BBC tech/282: the accounts are the body's own)."""
    if r.head.lower() in DOCUMENT_HEADS and len(text.split()) < 2:
        return None
    if not _RIGHT_AFTER_RELAY.fullmatch(r.index.text, r.mention.span.end, at):
        return None
    mention = Mention(text, Span(at, at + len(text)), "name", None, text.split()[-1])
    name, typ, _rule = resolve_with_rule(mention, r.index, history=r.history, published=r.published, holder=r.holder)
    return (name, typ) if name and typ == "org" and name not in r.mention.text else None


def _name_the_described(r: _Reading, text: str, at: int, *, groups: bool = False) -> Resolved | None:
    """A described originator, read as the rules read a speaker mention ("the Inner Mongolia health commission":
    the body; "one user on Weibo": a person with no name); never the relay's name. The head is the word before
    what qualifies it ("someone familiar with the situation", "the Chinese Center for Disease Control")."""
    words = text.split()
    cut = next((i for i, w in enumerate(words) if i and w in _DESCRIPTION_CUTS), len(words))
    head = words[cut - 1].lower()
    mention = Mention(text, Span(at, at + len(text)), "role", None, head)
    name, typ, _rule = resolve_with_rule(mention, r.index, history=r.history, published=r.published, holder=r.holder)
    if name and typ is not None:
        return name, typ
    # (an unnamed body or group is left to the relay: "According to Fiat's announcement, the company has told";
    # not when the outlet names the group it quotes, ``groups``: "Apcom quoted several lawmakers as saying")
    if groups and typ == "group":
        return None, "group"
    return (None, "person") if typ == "person" or (typ is None and head in _UNNAMED_PEOPLE) else None


def _kin_rule(r: _Reading) -> Resolved | None:
    """"Mr Nogar's son Stephen, 57, said": a relative named by first name after the possessor takes the
    possessor's surname (Stephen Nogar), unless the article names them in full otherwise."""
    m = _KIN.match(r.text)
    if m is None:
        return None
    full = f"{m.group('first')} {m.group('surname')}"
    found = r.index.find(full) or next((p for p in r.index.by_first(m.group("first"))), None)
    return (found.name if found is not None else full), "person"


_ELIDED_NOUN_BRIDGES = frozenset(LEXICON.elided_noun_bridges)
_ELIDED_WORD = re.compile(r"[\w'’-]+")


def _elided_document_rule(r: _Reading) -> Resolved | None:
    """"... filled the skies with anti-Trump messages. "America is great! Trump is disgusting," read one.
    "Anybody but Trump," was another.", "one Arizona Department of Transportation sign read, "...". Another
    advised, "..."": "one" or "another" standing alone for a document's noun its paragraph has just written (a
    plural, or "one ... sign" before "another"), with nothing but a writing's verbs ("read", "was") and quotations
    between, is one more such document, its issuer read from the noun's own phrase. After "said" it stays a person:
    "Residents were divided over the report's findings. "...," said one."""
    if len(r.toks) != 1 or r.lowered[0] not in ("one", "another"):
        return None
    noun = _elided_document_noun(r)
    if noun is None:
        return None
    start, end = noun
    words = r.index.text[start:end]
    name, typ, _rule = resolve_with_rule(
        Mention(words, Span(start, end), "role", None, words.split()[-1].lower()),
        r.index, history=r.history, published=r.published, holder=r.holder,
    )
    return (name, "document") if typ == "document" else None


def _elided_document_noun(r: _Reading) -> tuple[int, int] | None:
    """The span of the document's phrase "one" or "another" stands for: the last word outside quotation marks
    before the mention in its paragraph, past a writing's verbs and links (lexicon ``elided_noun_bridges``), is a
    document's noun in lower case, plural ("messages"), or singular after "one" for "another" ("one Arizona
    Department of Transportation sign"); the phrase runs back over the capitals and adjectives before it. The
    paragraph before counts too, for a quotation opening its own paragraph with the cue after it."""
    text = r.index.text
    own = text.rfind("\n", 0, r.at)  # the break opening the mention's paragraph
    paragraph = text.rfind("\n", 0, len(text[:own].rstrip())) + 1 if own > 0 else 0
    words = [m for m in _ELIDED_WORD.finditer(text, paragraph, r.at) if not _inside_quote(text, m.start())]
    while words and words[-1].group(0).lower() in _ELIDED_NOUN_BRIDGES:
        words.pop()
    if not words or words[-1].group(0) not in DOCUMENT_HEADS:
        return None
    phrase = [words.pop()]
    while words and len(phrase) < 6 and not text[words[-1].end() : phrase[0].start()].strip():
        word = words[-1].group(0)
        if word.lower() in _DETERMINERS or word.lower() == "one":
            phrase.insert(0, words.pop())
            break
        if not (_is_cap(word) or "-" in word or word in ("of", "and")):
            break  # the phrase opens after its capitals and hyphened adjectives ("anti-Trump messages")
        phrase.insert(0, words.pop())
    singular = not _is_plural(phrase[-1].group(0))
    if singular and (r.lowered[0] != "another" or phrase[0].group(0).lower() != "one"):
        return None  # "the report ... one said": one of the people, not of a single report
    return phrase[0].start(), phrase[-1].end()


def _indefinite_speaker_rule(r: _Reading) -> Resolved | None:
    """"One said: ...", "Another reportedly said: ...": an indefinite pronoun alone names one more of the
    people the article has just talked of, someone new, not the last speaker the pronoun rule would take
    ("Mayor Jane Doe said ... Residents were divided. One said"): a person with no name."""
    if len(r.toks) == 1 and r.lowered[0] in _INDEFINITE_SPEAKERS:
        return None, "person"
    return None


def _unnamed_member_rule(r: _Reading) -> Resolved | None:
    """"said one well-connected Democrat familiar with the Clinton campaign's organization", "according to a
    Democrat familiar with his afternoon remarks", "according to someone in attendance": an indefinite opener
    (or "someone") and a party's member, then what they know or where they were, is a person with no name; the
    name inside "familiar with the Clinton campaign's" is what they know, never the speaker. Words in lower case
    only before the head ("a Vermont Democrat" is left to the state rules), no comma (an apposition's name)."""
    words = r.lowered
    if "," in r.toks or len(words) < 2:
        return None
    cut = next((i for i, w in enumerate(words) if i and w in _UNNAMED_MEMBER_CUTS), len(words))
    described = words[:cut]
    if described[-1] not in _UNNAMED_MEMBER_HEADS:
        return None
    if len(described) == 1:
        return (None, "person") if cut < len(words) else None  # "someone in attendance" ("someone" alone: above)
    opened = described[0] in _INDEFINITE or described[0] == "another"
    lower_between = all(not _is_cap(t) for t in r.toks[1 : cut - 1])
    return (None, "person") if opened and lower_between else None


_UNNAMED_MEMBER_HEADS = frozenset(LEXICON.unnamed_member_heads)
_UNNAMED_MEMBER_CUTS = frozenset(LEXICON.unnamed_member_cuts)


def _pronoun_rule(r: _Reading) -> Resolved | None:
    """"he said", "She added": the speaker before, or the nearest person named."""
    low = r.text.lower()
    if len(r.text) > 1 and r.text.isupper():
        return None  # "WHO say": an acronym the parser read as a pronoun
    if _is_pronoun(r) and _joined_to_others(r):
        return None, "group"
    if _is_pronoun(r):
        return _resolve_pronoun(low, r.at, r.index, r.history)
    return None


def _joined_to_others(r: _Reading) -> bool:
    """"she and other Democrats on the stage refused to say": a pronoun joined to others is a group, not the
    last speaker whatever gender (a later "she" would take up that speaker as hers)."""
    return len(r.lowered) > 2 and r.lowered[0] in PERSON_PRONOUNS and r.lowered[1] in _COORDINATORS


def _is_pronoun(r: _Reading) -> bool:
    return r.mention.kind == "pronoun" or (len(r.toks) == 1 and r.text.lower() in PERSON_PRONOUNS)


def _person_pronoun_gender(r: _Reading) -> str | None:
    """The gender a "he" or "she" mention says; None for "it" and for anything but a pronoun."""
    low = r.text.lower()
    gender = GENDER_WORDS.get(low)
    return gender if gender is not None and low != "it" and _is_pronoun(r) else None


_CAPITALS = re.compile(r"(?:[A-Z][\w.-]*[ \t]*)*")


def _subject_before_rule(r: _Reading) -> Resolved | None:
    """"Harry Kane won the Man of the Match award. He said, ...": a "he" or "she" opening its sentence
    (or coming right after the quote that opens it: '"...," he said', or closing it as the cue of the
    words before: "Sabatier encourages ... The most lucrative side hustles are ..., he wrote in his book.")
    is the person whose name opens the sentence before, when the article named them after the last
    speaker of that gender (whoever spoke a paragraph ago is not the one just talked about)."""
    gender = _person_pronoun_gender(r)
    if gender is None:
        return None
    start = _pronoun_sentence_start(r.index.text, r.at) or _cue_closing_sentence(r.index.text, r.mention.span)
    if not start:
        return None
    subject = _subject_of_sentence_before(r, start, gender)
    if subject is None:
        alone = (
            _given_name_opening(r, start, gender) or _surname_alone_opening(r, start)
            or _described_person_before(r, start, gender)
        )
        return (alone, "person") if alone else None
    if _named_in(subject, r.index.text[start : r.at]):
        return None  # '"I've had a quiet word with Olof," he told': whom the quote talks of is not its speaker
    if _named_later_in_pronouns_clause(r.at, subject, r.index.text):
        return None  # 'Clint Howard endorsed Ted Cruz in November. He said Cruz "has courage"': not Cruz
    longer = _nearest(_ending_with(list(subject.tokens), r.index), r.at)  # "Mr De Vido said ...": Julio De Vido
    return (longer or subject).name, "person"


def _pronoun_after_a_sentence(r: _Reading) -> tuple[str, int, int] | None:
    """(gender, where its sentence opens, where the sentence before opens) of a "he" or "she" opening its
    sentence (or right after the quote that opens it), the shape the rules reading the sentence before share."""
    gender = _person_pronoun_gender(r)
    if gender is None:
        return None
    start = _pronoun_sentence_start(r.index.text, r.at)
    if not start:
        return None
    return gender, start, _opening_of_sentence_before(r.index.text, start)


def _one_asked_before_rule(r: _Reading) -> Resolved | None:
    """"Last month, The Huffington Post's Scott Conroy asked Sanders whether questions about his health and
    age were fair game in the campaign. ¶ "Sure it is. ...," he said": a "he" or "she" opening its sentence (or
    right after the quote that opens it) after a sentence in which someone asked a person named right after the
    verb a question ("whether", "if", "about", "how" ...) is the one asked: the words answer the question, they
    are not the asker's, whose name opens the sentence before (``subject-before`` would take it)."""
    found = _pronoun_after_a_sentence(r)
    if found is None:
        return None
    gender, start, before = found
    text = r.index.text
    asked = _ASKED_SOMEONE.search(text, before, start)
    if asked is None or _inside_quote(text, before):
        return None
    verb = text[r.mention.span.end :].split(maxsplit=1)
    if verb and verb[0] in _ASKING_FORMS:
        return None  # '"Do you?" he asked': the asker presses on
    words = asked.group("name").split()
    # the capitals after the verb may run on into a day ("asked Trump Wednesday if"): a person the index
    # holds by those words, the last of them a surname or the whole a full name
    people = {p.name: p for w in words for p in r.index.by_last(w)}
    people.update((p.name, p) for p in r.index.people if _same_words(p.tokens, words[: len(p.tokens)]))
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    if pronoun_gender(person) not in (gender, None) or not _may_be_person(person, text):
        return None
    return person.name, "person"


# The forms of the verbs of asking (lexicon ``question_asking_verbs``, the lemmas the content rules read too):
# the text here has no parse to give a lemma
_ASKING_FORMS = frozenset(form for lemma in LEXICON.question_asking_verbs for form in word_forms(lemma))
# "asked Sanders whether", "asked Trump Wednesday if", "asked Kasich, who ..., how": a question put to a person
# named right after the verb (lexicon ``question_asking_verbs``, ``question_openers``)
_ASKED_SOMEONE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(_ASKING_FORMS, key=len, reverse=True))) + r")[ \t]+"
    r"(?P<name>(?:[A-Z][\w'’.-]*[ \t]+)*[A-Z][\w'’-]*)(?:[ \t]*,[^.,]*,)?[ \t]+"
    r"(?:" + "|".join(map(re.escape, LEXICON.question_openers)) + r")\b"
)


def _name_closing_before_rule(r: _Reading) -> Resolved | None:
    """"But that was not enough for Mr Sarkozy. ¶ "If the Americans were to change ...," he said": a "he"
    or "she" opening its sentence (or right after the quote that opens it) is the person whose name
    closes the sentence before, when that sentence names nobody else and the person has spoken before
    in the article; the last speaker was named since ("John Snow said ...") and is not the one meant."""
    found = _pronoun_after_a_sentence(r)
    if found is None:
        return None
    gender, start, before = found
    text = r.index.text
    sentence = text[before:start].rstrip()
    # by the surname too: the index keeps the positions of full names only ("Mr Sarkozy")
    named = [p for p in r.index.people if _re.search(r"\b" + re.escape(p.tokens[-1]) + r"\b", sentence)]
    if len(named) != 1 or not sentence.endswith(".") or not _may_be_person(named[0], text):
        return None
    person = named[0]
    if not sentence[:-1].endswith(person.tokens[-1]) or pronoun_gender(person) not in (gender, None):
        return None  # the name is not the sentence's last word
    spoke = [name for pos, name, _g in r.history if pos < before]
    if person.name not in spoke:
        introduced = _introduced_as_object(sentence, person, gender) and not _spoke_just_before(r, before, gender)
        return (person.name, "person") if introduced else None
    return (person.name, "person") if spoke[-1] != person.name else None


def _pronoun_chain_rule(r: _Reading) -> Resolved | None:
    """"Mr. Cruz has sharpened his already uncompromising language .... ¶ He has coined a new phrase ... He
    expressed amusement that ...": a "he" or "she" opening its sentence (or right after the quote that opens
    it) after a run of sentences that open with the same pronoun is the person whose name opens the sentence
    before that run, when the article named them after the last speaker of that gender: the run goes on
    talking of them, whoever spoke a paragraph earlier. Not through a sentence inside a quote, whose "he" is
    the speaker's to use ('"He is a great centre-forward"' is not the speaker)."""
    gender = _person_pronoun_gender(r)
    if gender is None:
        return None
    text = r.index.text
    start = _pronoun_sentence_start(text, r.at) or _cue_closing_sentence(text, r.mention.span)
    if not start:
        return None
    run = 0
    while run < _CHAIN_SENTENCES:
        before = _opening_of_sentence_before(text, start)
        if before >= start or _inside_quote(text, before):
            break
        sentence = text[before:start]
        if not (_opens_with_same_pronoun(sentence, r) or (run and _about_own_circle(sentence, r))):
            break
        start, run = before, run + 1
    if not run:
        return None  # the sentence before opens otherwise: the subject-before rules read it
    # the run's own "he said"s are the run, not a speaker named after the one it takes up
    pronoun = re.compile(re.escape(r.lowered[0]) + r"\b", re.IGNORECASE)
    history = [h for h in r.history if not (start <= h[0] < r.at and pronoun.match(text, h[0]))]
    subject = _subject_of_sentence_before(replace(r, history=history), start, gender)
    if subject is None or _named_in(subject, text[start : r.at]):
        return None
    if _named_later_in_pronouns_clause(r.at, subject, text):
        return None
    longer = _nearest(_ending_with(list(subject.tokens), r.index), r.at)  # "Mr De Vido": Julio De Vido
    return (longer or subject).name, "person"


# how many sentences opening with the same pronoun a chain may run back over to the name it takes up: a
# profile's run goes on for a paragraph or two ("Mr Makarov joined the KGB ... he was posted ... By the 1980s he
# had risen ... He spied for MI6 ... He was given a false passport, and he says")
_CHAIN_SENTENCES = 10


def _opens_with_same_pronoun(sentence: str, r: _Reading) -> bool:
    """Whether ``sentence`` opens (after a linking word or a time at most) with the pronoun ``r`` reads, as its
    subject: "He has coined ...", "But he had become ...", "Last month he said ..."; or after a fronted phrase
    naming no one ("Within a week of his release in 1992, he made contact"), or a clause the same pronoun is
    the subject of ("When he refused to support ..., he said"); or opens with that gender's possessive ("His
    political career was not without controversy"): each goes on about the same person. No quotation mark."""
    if any(mark in sentence for mark in ALL_MARKS):
        return False
    m = _re.search(r"\b" + re.escape(r.lowered[0]) + r"\b", sentence, flags=re.IGNORECASE)
    if m is not None and (
        _opens_with_pronoun(sentence[: m.start()]) or _fronted_phrase_naming_no_one(sentence[: m.start()], r)
        or _opens_own_clause(sentence[: m.start()])
    ):
        return True
    # (a possessive's sentence has another subject: naming someone, it may be about them: "His successor, ...")
    first = sentence.split(maxsplit=1)[0].lower() if sentence.strip() else ""
    return (
        first in _PERSONAL_POSSESSIVES and GENDER_WORDS[first] == _person_pronoun_gender(r)
        and not any(_named_in(p, sentence) for p in r.index.people)
    )


def _fronted_phrase_naming_no_one(before: str, r: _Reading) -> bool:
    """"Within a week of his release in 1992,", "With sterling under pressure,": words up to a comma before the
    pronoun that name no person of the article and hold no other pronoun ("After Blair left, he" or "When she
    met him, he" may be about someone else); or a short time phrase with no comma ("By the 1980s he had risen",
    "..., with deteriorating health, four years ago he took"), which cannot hold a subject of its own."""
    words = before.split()
    tail = before.rstrip().rpartition(",")[2].split()
    return (
        (not tail or _is_bare_time_phrase(tail)) and 0 < len(words) <= _FRONTED_PHRASE_WORDS
        and not any(_named_in(p, before) for p in r.index.people)
        and not any(w.strip(",.;:").lower() in _GENDERED_PRONOUNS and w.strip(",.;:").lower() not in
                    _PERSONAL_POSSESSIVES for w in words)
    )


# the longest fronted phrase a run sentence may open with before its pronoun
_FRONTED_PHRASE_WORDS = 16
_RUN_TIME_LEADS = frozenset(LEXICON.run_time_leads)
_RUN_TIME_ENDS = frozenset(LEXICON.run_time_ends)
# the longest time phrase a run sentence may open with, no comma, before its pronoun
_BARE_TIME_WORDS = 4


def _is_bare_time_phrase(words: list[str]) -> bool:
    """"By the 1980s", "four years ago", "In 1975": a few words a preposition of time opens or "ago" closes,
    no capital after the first word (nothing that could be someone, or the subject of a verb)."""
    return (
        len(words) <= _BARE_TIME_WORDS and not any(_is_cap(w) for w in words[1:])
        and (words[0].lower() in _RUN_TIME_LEADS or words[-1].lower() in _RUN_TIME_ENDS)
    )


def _about_own_circle(sentence: str, r: _Reading) -> bool:
    """"Mr Makarov joined the KGB ... One of his fellow pupils at intelligence school was Vladimir Putin. At KGB
    headquarters he was posted ...": inside a run (the sentence after it goes on with the pronoun), a sentence
    whose opening words hold the run's possessive, before anyone named, is about that person's circle; whoever
    it names after the possessive is not the run's subject and does not break the run. Not a sentence with a
    "he" or "she" of its own, nor one opening with a name ("Blair called his ..."), nor one with a quote."""
    if any(mark in sentence for mark in ALL_MARKS):
        return False
    words = [w.strip(",.;:").lower() for w in sentence.split()]
    gender = _person_pronoun_gender(r)
    own = next((i for i, w in enumerate(words) if w in _PERSONAL_POSSESSIVES and GENDER_WORDS[w] == gender), None)
    if own is None or own > _CIRCLE_LEAD_WORDS:
        return False
    if any(w in _GENDERED_PRONOUNS and w not in _PERSONAL_POSSESSIVES for w in words):
        return False
    opening = " ".join(sentence.split()[:own])
    return not any(_is_cap(w) for w in opening.split()[1:]) and not any(_named_in(p, opening) for p in r.index.people)


# how many words may come before the run's possessive in a sentence about that person's circle ("One of his")
_CIRCLE_LEAD_WORDS = 3


def _opens_own_clause(before: str) -> bool:
    """"When he refused ...": the pronoun is the subject of a clause the sentence opens with (after a linking
    word at most), whose main clause is about the same person."""
    words = before.split()
    if words and words[0].lower() in _PRONOUN_LINKERS:
        words = words[1:]
    return len(words) == 1 and words[0].lower() in _FRONTED_CLAUSE_OPENERS


def _spoke_just_before(r: _Reading, before: int, gender: str) -> bool:
    """Whether someone who may be the pronoun's spoke in the sentences just before the one starting at
    ``before``: their turn goes on past a name in passing ("Tony Blair said he would do everything he could
    .... But changes must not overturn the law set when a court ruled that doctors could withdraw feeding from
    Hillsborough coma victim Tony Bland. "...," he said" is Blair's)."""
    start = before
    for _ in range(_TURN_SENTENCES):
        start = _sentence_start(r.index.text, max(start - 2, 0))
    return any(start <= pos < before and g != NEUTER and g in (gender, None) for pos, _n, g in r.history)


# how many sentences before a name in passing a speaker's turn is taken to hold (BBC sport/465: "...," she said.
# "..." Henin-Hardenne was speaking after .... The previous day, the Olympic champion went down to Nathalie Dechy.)
_TURN_SENTENCES = 3


def _introduced_as_object(sentence: str, person: Person, gender: str) -> bool:
    """"Her comments did not impress Tory shadow education secretary Tim Collins. "...," he said": a person
    who has not spoken, introduced as the object closing the sentence before, is the "he" after it when that
    sentence names nobody else, the person's gender is the pronoun's, no pronoun of that gender stands in it
    for someone else ("His comments did not impress Tim Collins" leaves two men) and no quote is in it (whoever
    the last speaker of that gender was, the article has just turned to this one)."""
    words = [w.strip(".,;:'’").lower() for w in sentence.split()]
    same_gender = any(_GENDERED_PRONOUNS.get(w) == gender for w in words)
    opens_with_name = _named_in(person, " ".join(sentence.split()[: len(person.tokens) + 2]))
    # (a sentence opening in lower case is the tail of one a page broke apart, its subject left before it: "Parry
    # revealed Real Madrid ¶ did ¶ ask for an option ... during negotiations for striker Fernando Morientes.")
    return (
        pronoun_gender(person) == gender and not same_gender and not opens_with_name
        and not any(m in sentence for m in _QUOTE_MARKS) and not sentence[:1].islower()
    )


# a full name (a title before it at most) set off by a comma before "who": "heard from Lord Roberts of Conwy, who"
_NAME_THEN_WHO = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]*)+),[ \t]+who\b")


def _introduced_with_who_rule(r: _Reading) -> Resolved | None:
    """"The programme also heard from Lord Roberts of Conwy, who was a Welsh Office minister at the time. He
    denied ...", "Parmalat is run by an administrator, Enrico Bondi, who has launched lawsuits ... He has
    alleged": a "he" or "she" opening its sentence is the person the sentence before introduces with a
    "who" clause, when no one else of that gender is named (or is a "he"/"she") before them in that
    sentence: "Campese defended coach Andy Robinson, who ... But he blamed" stays Campese, the subject."""
    gender = _person_pronoun_gender(r)
    if gender is None:
        return None
    text = r.index.text
    start = _sentence_start(text, r.at)
    if not start or not _opens_with_pronoun(text[start : r.at]):
        return None
    before = _sentence_before(text, start)
    found = list(_NAME_THEN_WHO.finditer(text, before, start))
    if len(found) != 1:
        return None
    m = found[0]
    ahead = text[before : m.start()]
    person = _match_name([w for w in m.group("name").split() if not _is_title(w)], m.start(), r.index, gender=gender)
    if person is None and m.group("name") in [name for _pos, name, g in r.history if g in (gender, None)]:
        # a peer the index holds under no full name ("Lord Roberts of Conwy") who has spoken as written
        return None if _other_named_ahead(ahead, None, gender, r.index) else (m.group("name"), "person")
    if person is None or pronoun_gender(person) not in (gender, None) or not _may_be_person(person, text):
        return None
    return None if _other_named_ahead(ahead, person, gender, r.index) else (person.name, "person")


def _other_named_ahead(ahead: str, person: Person | None, gender: str, index: NameIndex) -> bool:
    """Whether the words before a "who" name someone else of ``gender``: a pronoun of theirs or a surname."""
    # "He said he had not been involved in the choice of Lord Hutton, who": Woolf, who spoke
    if any(w.lower() in PERSON_PRONOUNS and GENDER_WORDS.get(w.lower()) == gender for w in _re.findall(r"\w+", ahead)):
        return True
    return any(
        p is not person and pronoun_gender(p) in (gender, None)
        and _re.search(r"\b" + re.escape(p.tokens[-1]) + r"\b", ahead)
        for p in index.people
    )


def _it_subject_before_rule(r: _Reading) -> Resolved | None:
    """"Allianz, a leading German insurer, said it did not know. However, it said the waves were unlikely
    to ...", "Barclays cautioned that growth may be slower. It added ...": an "it" opening its sentence (a
    linking word may stand before it) is the organisation whose name opens the sentence before as its
    subject, ahead of whichever organisation spoke last (as "he" after "Harry Kane won ..." is Kane:
    ``_subject_before_rule``); "Electrolux saw its shares rise after it said" is the one its own sentence
    opens with."""
    if r.text.lower() != "it" or not _is_pronoun(r):
        return None
    text = r.index.text
    start = _sentence_start(text, r.at)
    if _opens_with_pronoun(text[start : r.at]):
        if not start:
            return None
        start = _sentence_before(text, start)
    elif not _IT_AFTER_CLAUSE.search(text, start, r.at):
        return None
    else:
        # "Shares in American Express surged after it said": an "it" of the subject's own sentence shows
        # the subject no person, whatever its shape
        name = _organisation_opening(r, start, own=True, adverbial=True)
        return (name, "org") if name else _body_noun_opening(r, start)
    name = _organisation_opening(r, start, adverbial=True) or _described_subject_before(r, start)
    return (name, "org") if name else _body_noun_opening(r, start)


# a body's own noun opening a sentence as its subject: "The government has ruled out", "The Treasury says"
_BODY_NOUN_OPENING = re.compile(r"[Tt]he[ \t]+(?P<noun>[A-Za-z]+)")


def _body_noun_opening(r: _Reading, start: int) -> Resolved | None:
    """"The government has ruled out raising the state pension age, because it says it would penalise ...",
    "The Treasury has ruled out ... . It says": a body's noun (``ORG_NOUNS``) after "The", opening the sentence
    (or the one before) as its subject, is the "it", ahead of the organisation that spoke last; resolved as the
    mention "The government" itself would be (``_organisation_rule``), a body with no name if the article gives
    it none."""
    text = r.index.text
    at = _after_opening_adverbial(text, start, r.at)
    m = _BODY_NOUN_OPENING.match(text, at)
    if m is None or m.group("noun").lower() not in ORG_NOUNS:
        return None
    after = _AFTER_SUBJECT.match(text, m.end())
    verb = after.group("verb") if after else ""
    if not (verb in _AUXILIARIES or verb.endswith("ed") or (verb.endswith("s") and not _is_people_noun(verb))):
        return None  # "The government's plans", "The council members said"
    if FORM_TO_LEMMA.get(verb, verb) in REPORTING_VERBS:
        # the body speaks there ("Halvard Town's board has agreed ... The club said it would ... But it said"): it
        # was resolved as a speaker, so the rules that read the speakers before decide, as they did
        return None
    noun = m.group("noun").lower()
    reading = _read(Mention(m.group(), Span(at, m.end()), "role", None, noun), r.index, r.history, r.published,
                    r.holder)
    found = _organisation_rule(reading) if reading is not None else None
    if found is None or (found[0] is None and noun in _DESCRIBED_ORGS):
        return None  # "Microsoft said ... The company has ruled out ..., because it says": the company spoke
    return found


# a description of an organisation opening a sentence as its subject: "The computer giant has sued"
_DESCRIPTION_OPENING = re.compile(r"[Tt]he(?:[ \t]+[\w-]+){1,4}")


def _described_subject_before(r: _Reading, start: int) -> str | None:
    """"Apple has taken more legal action. The computer giant has sued three men ... It said": the
    organisation a description opening the sentence before takes up (``_described_organisation_rule``), when
    it takes up one by name."""
    text = r.index.text
    at = _after_opening_adverbial(text, start, r.at)
    m = _DESCRIPTION_OPENING.match(text, at)
    words = m.group().split() if m else []
    head = next((i for i, w in enumerate(words[1:], 1) if w in _DESCRIBED_ORGS), None)
    if head is None:
        return None
    phrase = " ".join(words[: head + 1])
    if not text.startswith(phrase, at):
        return None
    after = _AFTER_SUBJECT.match(text, at + len(phrase))
    verb = after.group("verb") if after else ""
    if not (verb in _AUXILIARIES or verb.endswith("ed") or verb.endswith("s")):
        return None
    reading = _read(Mention(phrase, Span(at, at + len(phrase)), "role", None, words[head]), r.index,
                    r.history, r.published, r.holder)
    found = _described_organisation_rule(reading) if reading is not None else None
    return found[0] if found else None


def _they_organisation_before_rule(r: _Reading) -> Resolved | None:
    """"Big Machine have twice denied doing anything wrong. ¶ "At no point did we say ...," they said": a "they"
    opening its sentence (or right after the quote that opens it) is the organisation whose name opens the
    sentence before as its subject, as an "it" is (``_it_subject_before_rule``): British news makes a company
    plural."""
    if r.text.lower() != "they" or not _is_pronoun(r):
        return None
    text = r.index.text
    start = _pronoun_sentence_start(text, r.at)
    if not start:
        return None
    before = _sentence_before(text, start)
    name = _organisation_opening(r, before) or _organisation_heard_in(r, before, start)
    if name and _only_plural_before(text, name, before, start):
        return name, "org"
    party = _party_closing_sentence(text, before, start)
    return (party, "org") if party else None


# a party's name closing its sentence: "... is expected to be opposed by the Liberal Democrats."
_PARTY_CLOSING = re.compile(
    r"\b(?:[A-Z][\w'’-]*[ \t]+)*(?i:" + "|".join(sorted(PARTY_NOUNS)) + r")(?=[.!?]\s*$)"
)
_MEMBER_PARTY_NOUNS = frozenset(LEXICON.member_party_nouns)


def _party_closing_sentence(text: str, start: int, end: int) -> str | None:
    """"The bill ... is expected to be opposed by the Liberal Democrats. ¶ They have said the scheme is "deeply
    flawed"" (BBC politics/081): a "they" opening its sentence takes up a party whose name, in the plural, ends
    the sentence before, the last people named before it, though it has not spoken. Not the US parties' bare
    "Democrats" and "Republicans", their members (a group, lexicon ``member_party_nouns``)."""
    found = _PARTY_CLOSING.search(text[start:end].rstrip())
    if found is None:
        return None
    party = _party(found.group().split())
    if party is None or (len(party.split()) == 1 and party.lower() in _MEMBER_PARTY_NOUNS):
        return None
    return party


# an "it" and the speech verb after it: "it says", "It had suggested", "it is estimating"
_IT_SPEAKS = re.compile(
    r"[Ii]t[ \t]+(?:(?:also|has|had|is|was)[ \t]+)?(?:"
    + "|".join(map(re.escape, LEXICON.it_organisation_speech_verbs)) + r")\b"
)


def _it_organisation_named_near_rule(r: _Reading) -> Resolved | None:
    """"Market leader Nintendo, however, is releasing a handheld console that it says will ...", "The figures
    collected by the Mobile Data Association (MDA) showed ... The records even surpassed the MDA's own
    predictions, it said": an "it" no named organisation has spoken before (the last-speaker rule would leave it
    unnamed) is the one organisation its sentence, up to it, and the sentence before name, however they name it
    (as subject, object or possessive; an acronym by the name it is spelled out with); two or more named there
    leave it as it was."""
    if r.text.lower() != "it" or not _is_pronoun(r) or not _IT_SPEAKS.match(r.index.text, r.at):
        return None
    if _resolve_pronoun("it", r.at, r.index, r.history)[0] is not None:
        return None  # an organisation has spoken: the last-speaker rule names it
    text = r.index.text
    start = _sentence_start(text, r.at)
    before = _sentence_before(text, start) if start else start
    spoke = _spoke_only_as_organisations(r.history)
    # not a name inside quoted words ("Donald can't," the email read): the quote's, not the reporting sentence's
    near = [
        (pos, name) for pos, name, _first in _organisation_candidates(r.index, spoke)
        if before <= pos < r.at and not _inside_quote(text, pos)
    ]
    subjects = [(pos, name) for pos, name in near if pos >= start and _subject_at(text, pos)]
    if subjects:
        near = subjects[-1:]  # "while Apple uses AAC, which it says": the subject of the clause the "it" goes on
    named = {_spelled_out(name, text) if name.isupper() else name for _pos, name in near}
    # every name there counts, even one no "it" takes up ("Howl's Moving Castle is based on a novel by Diana Wynne
    # Jones. It tells"); another "it" between is what this one goes on ("Apple sued a website after it published
    # what it said")
    if len(named) != 1 or _BARE_IT.search(text, near[-1][0], r.at):
        return None
    return (named.pop(), "org") if all(_may_be_its_organisation(r, pos, name) for pos, name in near) else None


_BARE_IT = re.compile(r"\b[Ii]t\b(?=[ \t])")


# the word after a name: "Sumitomo Mitsui bosses told" shows people speak, not the company
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[a-z]+)\b")


def _may_be_its_organisation(r: _Reading, at: int, name: str) -> bool:
    """Whether the name at ``at`` may be what an "it" takes up, as ``_organisation_opening`` reads a subject: not
    "I'm", a law or a work ("The Prevention of Terrorism Bill", "Howl's Moving Castle"), a person's name
    ("Salceda" after "Joey Salceda said"), a product's model ("MP3") or a company's people ("Sumitomo Mitsui
    bosses")."""
    if _re.split(r"['’]", name)[0].lower() in PERSON_PRONOUNS or not _may_be_subject_organisation(name.split()):
        return False
    if any(ch.isdigit() for ch in name):
        return False  # a product's model: "MP3 mobiles"
    if (person := r.index.find(name)) is not None and _is_person_for_sure(person):
        return False
    run = _ORG_RUN.match(r.index.text, at)
    after = _WORD_AFTER.match(r.index.text, run.end()) if run else None
    return not _one_name_of_a_person(name, r) and not (after and _is_people_noun(after.group("word")))


def _subject_at(text: str, at: int) -> bool:
    """Whether the run of capitals at ``at`` is followed by a verb (an apposition may stand between), as a
    subject is: "Apple uses", "Nintendo, however, is"; not "Microsoft's WMA format"."""
    run = _ORG_RUN.match(text, at)
    after = _AFTER_SUBJECT.match(text, run.end()) if run else None
    verb = after.group("verb") if after else ""
    return verb in _AUXILIARIES or verb.endswith("ed") or (verb.endswith("s") and not _is_people_noun(verb))


def _organisation_heard_in(r: _Reading, start: int, end: int) -> str | None:
    """"The company that runs the AMAs, Dick Clark Productions, denies that anything has been definitely
    sorted. ¶ "...," they said": the named organisation that spoke in the sentence ``text[start:end]``, when a
    description rather than its name opens that sentence; a "they" right after is its turn going on."""
    said = [name for pos, name, gender in r.history if gender == NEUTER and name and start <= pos < end]
    return said[-1] if said else None


_PLURAL_VERBS_AFTER = re.compile(
    r"[ \t]+(?:also[ \t]+)?(?:" + "|".join(map(re.escape, LEXICON.plural_verbs_after_subject)) + r")\b"
)


def _only_plural_before(text: str, name: str, start: int, end: int) -> bool:
    """Whether a "they" after the sentence ``text[start:end]`` may take up the organisation ``name`` it opens
    with: the sentence makes the organisation plural itself ("BAA are also owners of", "the Conservatives
    insisted they would"), or names no other people in the plural a "they" would rather stand for, before a
    "they" of its own: not "DJ duo JK and Joel are taking over" (a pair), "Mac watchers and some analysts say",
    "The Cabinet Office has confirmed ..., prompting unions representing 4.5m workers to threaten",
    "BBC News investigates ... what motivated those involved"."""
    at = text.find(name, start, end)
    if at < 0:
        return True  # a longer name the sentence writes otherwise: nothing to read
    after = at + len(name)
    if _PLURAL_VERBS_AFTER.match(text, after):
        return True
    if _LIST_GOES_ON.match(text, after):
        return False  # "JK and Joel": the organisation is one of a pair
    for word in _re.findall(r"[A-Za-z'’-]+", text[after:end]):
        low = word.lower()
        if low in _PLURAL_PRONOUNS:
            return True
        if low in _GROUP_OPENERS or (low.endswith("s") and (low in GROUP_HEADS or _is_people_noun(low))):
            return False
    return True


# "it" in a clause after the one its sentence opens with: "... on Tuesday after it said", "... that it failed"
_IT_AFTER_CLAUSE = re.compile(r"[ \t](?:" + "|".join(map(re.escape, LEXICON.it_clause_openers)) + r")[ \t]+$")
# a sentence's opening before its subject: "The", "Shares in", a linking word ("And TCI, which holds 5%, has")
_SUBJECT_OPENING = re.compile(r"(?:(?:And|But|Yet)[ \t]+)?(?:(?:The|Shares[ \t]+in(?:[ \t]+the)?)[ \t]+)?")
_WORK_ENDINGS = frozenset(LEXICON.work_name_endings)
_STAFF_NOUNS = frozenset(LEXICON.staff_nouns)
# what follows a subject: an apposition set off by commas, or a verb ("has", "cautioned", "says")
_AFTER_SUBJECT = re.compile(
    r"(?:,[^,.;:!?]{3,80},|[ \t]+which[^,.;:!?]{3,80},)?[ \t]+(?:also[ \t]+)?(?P<verb>[a-z]+)\b"
)
_AUXILIARIES = frozenset(LEXICON.verbs_after_subject) | frozenset(LEXICON.irregular_past_verbs)
# an apposition that shows a business or body: ", a leading German insurer,", ", a California-based company,"
_ORG_APPOSITION = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){0,4}(?:"
    + "|".join(sorted(
        map(re.escape, ORG_NOUNS | set(LEXICON.described_organisations) | set(LEXICON.business_trades)),
        key=len, reverse=True,
    ))
    + r"),"
)


def _is_people_noun(plural: str) -> bool:
    """"bosses", "executives", "lawyers": the plural of a role or of "staff"-like nouns after a name."""
    return any(form in ROLE_NOUNS or form in _STAFF_NOUNS for form in (_singular(plural), plural[:-2]))


def _may_be_subject_organisation(words: list[str]) -> bool:
    """Not an office and its holder ("TUC General Secretary Brendan Barber"), a law ("The Prevention of
    Terrorism Bill", lexicon ``work_name_endings``) or a work with a possessive inside ("Howl's Moving Castle")."""
    if any(w.lower() in ROLE_NOUNS or w.lower() in TITLES for w in words[1:]) or words[-1].lower() in _WORK_ENDINGS:
        return False
    return not any(w.endswith(("'s", "’s")) for w in words[:-1])


def _organisation_opening(r: _Reading, start: int, *, own: bool = False, adverbial: bool = False) -> str | None:
    """The organisation whose name opens the sentence at ``start`` as its subject: a run of capitals the article
    may name an organisation with (``_organisation_candidates``), no person, followed by a verb or by an
    apposition and a verb ("Titan, a California-based company, pleaded guilty"); with ``adverbial``, after an
    opening adverbial ("In January, Apple sued"). When the "it" is in the subject's ``own`` sentence, a name
    of any shape of two words or an acronym, but a titled one ("Walt Disney has settled charges that it")."""
    text = r.index.text
    at = _SUBJECT_OPENING.match(text, _after_opening_adverbial(text, start, r.at) if adverbial else start).end()
    run = _ORG_RUN.match(text, at)
    if run is None:
        return None
    # an organisation that spoke in that sentence is it, wherever its name stands ("Ferrari could be listed
    # ..., the Financial Times has reported. It said"), else the sentence's subject
    said = [name for pos, name, gender in r.history if gender == NEUTER and start <= pos < r.at and name]
    if said:
        return said[-1]
    if _inside_quote(text, at):
        # "\"I can beat Hillary Clinton. Donald can't,\" the email read. It stated": the sentence before opens inside
        # the quoted words, whose subject is not the reporting sentence's, so not what the "it" takes back
        return None
    if _re.split(r"['’]", run.group())[0].lower() in PERSON_PRONOUNS:
        return None  # "Having said that, I'm always pleased when ... because it shows"
    spoke = _spoke_only_as_organisations(r.history)
    candidates = {pos: name for pos, name, _first in _organisation_candidates(r.index, spoke)}
    name = candidates.get(at) or candidates.get(start)
    after = _AFTER_SUBJECT.match(text, run.end())
    if name is None and after and (_ORG_APPOSITION.match(text, run.end()) or (own and _untitled(run.group()))):
        name = run.group()  # "Allianz, a leading German insurer, said": a business by its apposition
    if name is None or not _may_be_subject_organisation(name.split()) or not _may_be_subject_organisation(
        run.group().split()
    ):
        return None
    if (person := r.index.find(name)) is not None and _is_person_for_sure(person):
        return None
    if _one_name_of_a_person(name, r):
        return None
    verb = after.group("verb") if after else ""
    if not (verb in _AUXILIARIES or verb.endswith("ed") or (verb.endswith("s") and not _is_people_noun(verb))):
        return None  # "Sumitomo bosses told ...": the subject is the bosses
    # one word of a name that has spoken in full: "The insurer" took up "Marsh & McLennan", so "Marsh" is it
    longer = [said for _pos, said, gender in r.history if gender == NEUTER and said and said.startswith(name + " ")]
    return longer[-1] if longer else name


def _one_name_of_a_person(name: str, r: _Reading) -> bool:
    """"Joey Salceda said in a bill ... In his proposed legislation to ban Trump, Salceda cited a 2001
    memorandum ... It says", "Democrats, Frank notes, applaud ... the company agreed" after Thomas Frank spoke:
    one word that is the given name or the surname of someone named in full who has spoken as a person, or is
    a person for sure, is that person, whom no "it" and no business description takes up (the index may not
    yet hold a speaker a person for sure). Having spoken or a title is the evidence, not a given name of the
    lists: a company bears its founder's name ("Walt Disney", "Disney"). Not a word that has itself spoken as
    an organisation, that the article sets off as a company, or that it shows a business's ("Time Warner's
    profits")."""
    if " " in name:
        return False
    persons = {said for _pos, said, gender in r.history if said and gender != NEUTER}
    if any(gender == NEUTER and name in said.split() for _pos, said, gender in r.history if said):
        return False  # "Twitter said" itself, however an account is named ("Wilayat Twitter")
    if any(_ORG_APPOSITION.match(r.index.text, at + len(name)) for at in _starts_of(name, r.index.text)):
        return False  # "Ford, the US car company, reported ... chief executive Bill Ford": the firm bears his name
    return any(
        len(p.tokens) > 1 and name in (p.tokens[0], p.tokens[-1])
        and (p.name in persons or _is_person_for_sure(p))
        and not _shown_as_business(p.tokens, r.index.text)
        for p in r.index.people
    )


def _untitled(run: str) -> bool:
    """A name of two words or more or an acronym, not one a title opens ("Mr Campbell sent the missive to
    Newsnight after it sought": a person's); not one capitalised word ("Revenues were ..., which it said")."""
    words = run.split()
    return (len(words) > 1 or (run.isupper() and len(run) > 1)) and words[0].lower() not in HONORIFICS


_SUBJECT_ADVERBIAL_LEADS = frozenset(LEXICON.opening_phrase_prepositions) | frozenset(LEXICON.subject_adverbial_leads)


def _after_opening_adverbial(text: str, start: int, end: int) -> int:
    """Where a sentence's subject may open after an adverbial a comma closes ("In January, Apple sued",
    "As a result, the maker has sought"), else ``start``."""
    comma = text.find(",", start, end)
    phrase = text[start:comma].split() if comma > 0 else []
    if phrase and phrase[0].lower() in _SUBJECT_ADVERBIAL_LEADS and len(phrase) <= 12:
        return comma + 1 + len(text[comma + 1 : end]) - len(text[comma + 1 : end].lstrip())
    return _after_bare_time(text, start, end)


_BARE_OPENING_TIMES = tuple(tuple(t.lower().split()) for t in LEXICON.bare_opening_times)


def _after_bare_time(text: str, start: int, end: int) -> int:
    """"Before now Microsoft has left the market ... It said", "Last year Apple sued ...": a time the sentence
    is set at with no comma after it (``_is_time_phrase``, or a phrase of the lexicon's ``bare_opening_times``)
    hides the subject after it as a comma-closed adverbial does not; where the subject opens, else ``start``."""
    words = list(_re.finditer(r"\S+", text[start:end]))
    low = [m.group().lower() for m in words]
    length = next((k for k in (3, 2) if len(words) > k and (
        tuple(low[:k]) in _BARE_OPENING_TIMES or _is_time_phrase(low[:k]))), 0)
    # the word after the time must open a name, so that "Last year's results" or "Last year was" stay whole
    if not length or not _is_cap(words[length].group()) or low[length - 1].endswith((",", "'s", "’s")):
        return start
    return start + words[length].start()


def _named_in(person: Person, words: str) -> bool:
    """Whether ``words`` call the person by a name of theirs ("Olof" or "Mellberg" of Olof Mellberg)."""
    return any(_re.search(r"\b" + re.escape(t) + r"\b", words) for t in person.tokens if _is_cap(t))


def _pronoun_sentence_start(text: str, at: int) -> int:
    """Where the sentence of a mention at ``at`` starts, when the mention opens it (after a linking
    word), or else the sentence that opens with the quote the mention cues; 0 when neither."""
    start = _sentence_start(text, at)
    if not (_opens_with_pronoun(text[start:at]) or _after_own_fronted_clause(text[start:at], text[at:])):
        start = _quote_opening_sentence(text, at)
    return start


_FRONTED_CLAUSE_OPENERS = frozenset(LEXICON.fronted_clause_openers)


def _after_own_fronted_clause(before: str, after: str) -> bool:
    """"While he was speaking with the press in Miami on Wednesday, he said", "And although he thanked the
    evangelical community for supporting him, he sounded": a fronted clause (after a linking word at most)
    whose subject is the same pronoun leaves the pronoun after its comma opening the sentence: both stand
    for the person the sentence before is about, not for whoever spoke last. One clause, no quote in it."""
    words = before.split()
    if words and words[0].lower() in _PRONOUN_LINKERS:
        words = words[1:]
    pronoun = after.split(maxsplit=1)[0].lower() if after.strip() else ""
    return (
        len(words) > 2 and before.rstrip().endswith(",") and words[0].lower() in _FRONTED_CLAUSE_OPENERS
        and (words[1].lower() == pronoun or _object_of_fronted_clause(words, pronoun))
        and _one_clause(before) and not any(m in before for m in ALL_MARKS)
    )


def _one_clause(before: str) -> bool:
    """Whether the words up to the comma before a pronoun are one clause: no comma before that one, or only asides
    set off by commas with no verb of their own, a title or a time ("When he refused to support prime minister
    Harold Wilson ... over the latter's trade union manifesto, In Place of Strife, in 1968, he said"): capitals,
    years and function words. Not "When he arrived, Mr Brown said, he ...", a clause of someone else's."""
    asides = before.rstrip().rstrip(",").split(",")[1:]
    return all(
        w[:1].isupper() or w.lower() in _STOP or _is_year(w) for aside in asides for w in aside.split()
    )


_PRONOUN_OBJECTS = dict(LEXICON.pronoun_objects)
_FIRST_PERSON_WORDS = frozenset(LEXICON.first_person_singular)


def _object_of_fronted_clause(words: list[str], pronoun: str) -> bool:
    """"After Hillary Clinton accused him of sexism, he warned", "When I ask him what he does in his spare
    time, he says": the fronted clause has the pronoun's object form ("him") and for its subject someone the
    pronoun cannot stand for (a first person, or a given name of the other gender), so the object and the
    pronoun after the comma are one person, the one the sentence before is about."""
    objects = {w.strip(".,;:").lower() for w in words[2:]}
    if _PRONOUN_OBJECTS.get(pronoun) not in objects:
        return False
    subject = words[1]
    if subject in _FIRST_PERSON_WORDS:
        return True  # the writer asking: "When I ask him"
    gender = given_name_gender(subject, births=False) if _is_cap(subject) else None
    return gender is not None and gender != GENDER_WORDS.get(pronoun)


def _quote_opening_sentence(text: str, at: int) -> int:
    """Where the quote that ends right before ``at`` opens, when it opens its sentence ('"We were three
    words away," he said'), else 0: the pronoun after it is the first word of the sentence's own."""
    opening = _opening_of_quote_before(text, at)
    return opening if opening > 0 and _sentence_start(text, opening) == opening else 0


def _opening_of_quote_before(text: str, at: int) -> int:
    """Where the quote that ends right before ``at`` opens (its opening mark), else -1."""
    before = text[:at].rstrip()
    if not before or before[-1] not in ALL_MARKS:
        return -1
    return max(before.rfind(mark, 0, len(before) - 1) for mark in ALL_MARKS)


# a cue that opens a quote: 'George Osborne said: "', 'Mr Redwood told the BBC: "'
_OPENING_CUE = re.compile(r"(?P<cue>[^.!?;:" + _DOUBLE + r"]+):[ \t]*$")


def _cue_before_quote_rule(r: _Reading) -> Resolved | None:
    """'Shadow Treasury chief secretary George Osborne said: "Everyone ...," he said': a "he" or "she"
    cueing the quote right before it in the same sentence (lower case) is the person whose name ends the
    subject of the cue that opens that quote (a reporting verb, then a colon), whoever spoke last: the
    article cued the one quote twice."""
    gender = _person_pronoun_gender(r)
    if gender is None or not r.text[:1].islower():
        return None
    text = r.index.text
    opening = _opening_of_quote_before(text, r.at)
    cue = _OPENING_CUE.search(text, max(opening - 200, 0), opening) if opening > 0 else None
    if cue is None:
        return None
    words = cue.group("cue").split()
    verb = next((i for i, w in enumerate(words) if FORM_TO_LEMMA.get(w, w) in REPORTING_VERBS), 0)
    run: list[str] = []
    for word in reversed(words[:verb]):  # the capitals right before the verb: "For the Lib Dems David Laws"
        if not (_is_cap(word) and word[-1].isalnum()):
            break
        run.insert(0, word)
    if not run:
        return None
    name = _from_given_name(tuple(run))
    people = [
        p for p in r.index.by_last(run[-1]) if pronoun_gender(p) in (gender, None) and _may_be_person(p, text)
    ]
    if people:
        return _from_given_name(min(people, key=lambda p: len(p.tokens)).tokens), "person"
    first = _GIVEN_NAME_GENDERS.get(name.split()[0].lower())
    return (name, "person") if first == gender and " " in name else None


def _from_given_name(tokens: tuple[str, ...]) -> str:
    """A run of capitals that a given name starts partway: "Lib Dems David Laws" is David Laws."""
    start = next((i for i, t in enumerate(tokens[1:-1], 1) if _is_given_name(t)), 0)
    return " ".join(tokens[start:])


_SUBORDINATORS = frozenset(LEXICON.subordinating_words)
# "Clinton endorsed the deal, although she made it clear that": a one-word contrast opener before the pronoun
# opens a clause of the same sentence as a subordinating word does ("even though" ends in "though"); so does a
# relative "what" ("Oliver Letwin ... affects bewilderment at what he believes", BBC politics/411)
_CLAUSE_OPENERS = (
    _SUBORDINATORS | {w for w in LEXICON.contrast_openers if " " not in w} | frozenset(LEXICON.subject_relatives)
)


def _pronoun_in_its_sentence(r: _Reading) -> tuple[str, int, list[str]] | None:
    """A "he"/"she" mention's gender, where its sentence starts (a title's full stop ends none) and the words before it
    in that sentence; None for any other mention. The two rules that read a pronoun by its own sentence start here."""
    gender = _person_pronoun_gender(r)
    if gender is None:
        return None
    start = _sentence_start(r.index.text, r.at, _SENTENCE_END_PAST_TITLES)
    return gender, start, r.index.text[start : r.at].split()


def _clause_pronoun_rule(r: _Reading) -> Resolved | None:
    """"IBM sued Papermaster ..., but a settlement was reached after he testified that ...": a "he" or
    "she" right after a subordinating word ("after", "when", "because") is the one person its own
    sentence names before it, whoever spoke last."""
    found = _pronoun_in_its_sentence(r)
    if found is None or not found[2]:
        return None
    gender, start, before = found
    text = r.index.text
    if before[-1].lower() not in _CLAUSE_OPENERS:
        # (the reporter in a relative clause is the surname opening the sentence, a verb after it)
        reported = _reports_in_relative(before[-1], text[r.mention.span.end :])
        reporter = _surname_opening(r, start, r.at, gender) if reported else None
        return (reporter.name, "person") if reporter else _introduced_in_fronted_clause(r, gender, start)
    named = {
        p.name for p in r.index.people
        if pronoun_gender(p) in (gender, None) and _may_be_person(p, text)
        and _re.search(r"\b" + re.escape(p.tokens[-1]) + r"\b", text[start : r.at])
    }
    if len(named) == 1:
        return named.pop(), "person"
    subject = _subject_named_first(r, named, start)
    return (subject, "person") if subject else None


_REPORTED_RELATIVES = frozenset(LEXICON.reported_relatives)


def _reports_in_relative(word: str, after: str) -> bool:
    """Whether the pronoun follows a relative "that" or "which" and is the subject of a reporting verb: the
    "he" of "the "rigged economy" that he says is maintained by ...", whom the surname opening the sentence
    stands for ("Sanders, who has represented ..., rallied young people with ..."); not a sentence opening with
    someone else ("He declared that ... Donald Trump would have a path, which he declared "a total disaster"",
    "The Christian speaker shared with the crowd that he believes": no surname and verb open them)."""
    verb = after.split(maxsplit=1)[0].lower() if after.strip() else ""
    return word.lower() in _REPORTED_RELATIVES and FORM_TO_LEMMA.get(verb, verb) in REPORTING_VERBS


def _subject_named_first(r: _Reading, named: set[str], start: int) -> str | None:
    """"Retired Army Col. Lawrence Wilkerson started Maher's rant when he brought up ...": of the people the
    sentence names before the pronoun, the one named first, when a verb follows the name (the clause's
    subject, not a possessive or one of a list), and only one person bears that surname."""
    text = r.index.text
    found = []
    for name in named:
        surname = name.split()[-1]
        m = _re.search(r"\b" + re.escape(surname) + r"\b", text[start : r.at])
        if m is not None:
            found.append((m.start(), surname, name))
    if not found:
        return None
    at, surname, name = min(found)
    after = text[start + at + len(surname) : r.at]
    if not _re.match(r"[ \t]+[a-z]", after) or sum(1 for _a, s, _n in found if s == surname) > 1:
        return None  # "Maher's rant", "Wilkerson and Maher", two Clintons
    # the name opens the sentence, after its titles and given names or an opener set off by a comma
    # ("Meanwhile, Clinton endorsed"), not inside a phrase ("With a vote for Trump ruled out, Cross said")
    opening = text[start : start + at].split()
    return name if all(_is_cap(w) or w.endswith(",") for w in opening) else None


def _introduced_in_fronted_clause(r: _Reading, gender: str, start: int) -> Resolved | None:
    """"While the campaign did not appeal to Julie Graham, Washington State Department of Health public
    information officer, she said she did not want to judge it": a "he" or "she" opening the main clause
    after a clause its sentence opens with a subordinating word is the one person that clause introduces
    in full (named there for the first time), not the speaker before."""
    text = r.index.text
    paragraph = text.rfind("\n", 0, r.at) + 1  # a sentence end inside quotation marks ("Meth. We're on it.")
    start = next((at for at in (start, paragraph) if text[at : r.at].split()[0].lower() in _SUBORDINATORS), None)
    if start is None or not text[start : r.at].rstrip().endswith(","):
        return None
    named = {
        p.name for p in r.index.people
        if len(p.tokens) > 1 and start <= min(p.positions, default=-1) < r.at
        and pronoun_gender(p) in (gender, None) and _may_be_person(p, text)
        and _APPOSED_BEFORE_PRONOUN.match(text, min(p.positions) + len(" ".join(p.tokens)), r.at)
    }
    return (named.pop(), "person") if len(named) == 1 else _fronted_clause_subject(r, gender, start)


def _fronted_clause_subject(r: _Reading, gender: str, start: int) -> Resolved | None:
    """"When Carlineo was approached, he told police": a "he" or "she" opening the main clause is the
    person whose surname is the subject of the clause before it, right after its subordinating word, when
    that clause names no one else; the one the clause is about, not the speaker before."""
    text = r.index.text
    words = _TOKEN_AT.findall(text[start : r.at])
    if len(words) < 3 or not _is_cap(words[1]) or not words[2][:1].islower():
        return None
    # (one person's surname under several forms, "Jr." after it or not: "Patrick Carlineo Jr.", "Pat Carlineo";
    # the form given first)
    people = [
        p for p in r.index.people
        if len(p.tokens) > 1 and _surname(p.tokens) == words[1]
        and pronoun_gender(p) in (gender, None) and _may_be_person(p, text)
    ]
    others = [w for w in words[2:] if _is_cap(w) and w != words[1]]
    if not people or others or _is_possessive(words[1]):
        return None  # ("When Smith's lawyer called", "After Smith met Jones": whose clause it is is unclear)
    return min(people, key=lambda p: min(p.positions, default=len(text))).name, "person"


# what may open a clause or phrase fronted before its sentence's subject: "Though he trails Clinton, Sanders
# promised", "In what he acknowledged as a "rant," President Obama took"
_FRONTING_WORDS = frozenset(LEXICON.fronted_clause_openers) | frozenset(LEXICON.opening_phrase_prepositions)
# the end of the fronted clause, then the main clause's subject: its capitals (titles among them) and a
# lowercase verb ('"rant," President Obama took', ", Mr. Cruz has")
_SUBJECT_AFTER_COMMA = re.compile(
    r",[" + _CLOSING + r"]?[ \t]+(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})[ \t]+[a-z]"
)
# how many words the fronted clause may run to before its comma
_FRONTED_CLAUSE_WORDS = 25


def _subject_after_fronted_clause_rule(r: _Reading) -> Resolved | None:
    """"In what he acknowledged as a news conference-ending "rant," President Obama took a whack at Trump's
    populist credentials", "While he's said he'll fight all the way to the convention, Sanders must ...": a "he"
    or "she" inside a clause or phrase that opens its sentence ("while", "though", "in", "despite" first), before
    the clause's comma and with no one named ahead of it, looks forward to the subject the clause is fronted
    before, the person whose name opens the main clause; not back to whoever spoke last. Not a clause that names
    someone before the pronoun ("While Comey has said that he ..., Lewandowski said": Comey's)."""
    found = _pronoun_in_its_sentence(r)
    if found is None:
        return None
    gender, start, before = found
    text = r.index.text
    if not before or before[0].lower() not in _FRONTING_WORDS or "," in text[start : r.at]:
        return None  # (a quote or a name opening the sentence, or the pronoun after the clause's comma)
    if any(_is_cap(w) for w in before[1:]) or _inside_quote(text, r.at):
        return None  # someone (or something) named before the pronoun may be whom it stands for
    comma = text.find(",", r.mention.span.end)
    m = _SUBJECT_AFTER_COMMA.match(text, comma) if comma > 0 else None
    if m is None or len(text[start:comma].split()) > _FRONTED_CLAUSE_WORDS:
        return None
    if _sentence_start(text, comma, _SENTENCE_END_PAST_TITLES) != start:
        return None  # the comma is in a sentence after the pronoun's
    names = [w for w in m.group("name").split() if not _is_title(w)]
    if not names or _is_possessive(names[-1]):
        return None  # "After he left, Obama's aides said": the subject is someone of the person's
    person = _match_name(names, m.start("name"), r.index, gender=gender)
    if person is None:
        return _subject_named_as_speaker(r, m.start("name"), m.group("name"), gender)
    if pronoun_gender(person) not in (gender, None) or not _may_be_person(person, text):
        return None
    return person.name, "person"


def _subject_named_as_speaker(r: _Reading, at: int, words: str, gender: str) -> Resolved | None:
    """A subject the index holds by no name of its own ("President Obama", one word after a title), named as
    the rules would name it as a speaker; a person only, of no other gender than the pronoun's."""
    subject = Mention(words, Span(at, at + len(words)), "name", None, words.split()[-1])
    name, typ, _rule = resolve_with_rule(subject, r.index, history=r.history, published=r.published, holder=r.holder)
    known = r.index.find(name) if name else None
    if typ != "person" or not name or (known is not None and pronoun_gender(known) not in (gender, None)):
        return None
    return name, "person"


# the name, then a description set off by commas up to the pronoun: ", a health officer, she"
_APPOSED_BEFORE_PRONOUN = re.compile(r",[ \t]+[^,]*\w[^,]*,[ \t]*$")


def _paragraph_turned_back_rule(r: _Reading) -> Resolved | None:
    """'As it turned out, Steenburgen had spent the last few years ... she was more nervous than Rose-Lynn
    Harlan has ever been ... "It was terrifying," she said', after another woman spoke the paragraph before:
    a "he" or "she" opening its sentence (or right after the quote that opens it, or closing it as the cue of
    the words before: "Mr Gref ... was keen to distance himself .... The privatisation ... had been badly
    handled, he said.", BBC business/426) is the one person of that gender whom its paragraph names before it,
    outside quotation marks, when that person has spoken earlier in the article and no one has spoken in the
    paragraph yet: the paragraph has turned back to them, away from whoever spoke last. A name the article
    shows to be no one in particular's yet ("Rose-Lynn Harlan", a character, gender untold) is no rival; one
    given a role ("director of sport Emilio Butragueno") is."""
    gender = _person_pronoun_gender(r)
    if gender is None:
        return None
    text = r.index.text
    # a closing cue is read as an opening one: the words it closes are the paragraph's as much as "He said ..."
    start = _pronoun_sentence_start(text, r.at) or _cue_closing_sentence(text, r.mention.span)
    paragraph = text.rfind("\n", 0, r.at) + 1
    if start <= paragraph or any(paragraph <= pos < r.at for pos, _name, _g in r.history):
        return None
    named = [
        p for p in r.index.people
        if len(p.tokens) > 1 and pronoun_gender(p) in (gender, None)
        and (known_gender(p) == gender or _is_person_for_sure(p)) and _named_outside_quotes(p, text, paragraph, start)
    ]
    spoke = {name for pos, name, _g in r.history if pos < paragraph and name}
    if len(named) != 1 or named[0].name not in spoke or known_gender(named[0]) != gender:
        return None
    last = _resolve_pronoun(r.text.lower(), r.at, r.index, r.history)[0]
    return (named[0].name, "person") if last != named[0].name else None


def _named_outside_quotes(person: Person, text: str, start: int, end: int) -> bool:
    """Whether the text between ``start`` and ``end`` calls the person by their surname outside quotation marks."""
    return any(
        not _inside_quote(text, m.start())
        for m in _re.finditer(r"\b" + re.escape(person.tokens[-1]) + r"\b", text[:end])
        if m.start() >= start
    )


_DOCUMENT_NOUNS = "|".join(re.escape(h) for h in sorted(DOCUMENT_HEADS, key=len, reverse=True))
_DOCUMENT_NP = (
    r"(?P<doc>(?:[Tt]he|[Aa]n?|Its|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*['’]s)\s+(?:(?!(?:the|an?|that)\s)[\w/&'’-]+\s+){0,3}?"
    r"(?P<head>" + _DOCUMENT_NOUNS + r")\b(?!['’-])"
    r"(?:\s+(?:by|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}"
    + _ORG_TOKEN + r"(?:(?:/|\s+(?:(?:of|for)\s+(?:the\s+)?)?)" + _ORG_TOKEN + r")*)?)"
)
# "Other than its warning, the NIESR report was optimistic.": a document opening its sentence, after a
# clause set off by a comma at most, that a comma or a verb follows ("The news and financial data seller
# said" is no document); "..., the report said.": a document saying the sentence's words
_VERBS_AFTER_SUBJECT = frozenset(LEXICON.verbs_after_subject) | {
    form for form, lemma in FORM_TO_LEMMA.items() if lemma in REPORTING_VERBS and " " not in form
}
# "But the report suggests ...", "That's why the Kok report recommends ...": a linking word may stand before
# the document with no comma; "A letter sent to Martin Mubanga said ...": a sending participle and whom it
# went to may follow the noun
_DOCUMENT_OPENS = re.compile(
    r"(?:[^,.;:]{0,80},\s+|(?:" + "|".join(map(re.escape, LEXICON.document_subject_linkers)) + r")\s+)?"
    + _DOCUMENT_NP + r"(?:\s+(?:on|into|about|of|for|(?:"
    + "|".join(re.escape(v) for v in LEXICON.sending_verbs) + r")\s+to)\s+[^,.;:]{1,60}?)?"
    r"(?=,|\s+(?:" + "|".join(sorted(_VERBS_AFTER_SUBJECT, key=len, reverse=True)) + r")\b)"
)
_DOCUMENT_SAYS = re.compile(r",\s+" + _DOCUMENT_NP.replace("[Tt]he|[Aa]n?|", "the|an?|") + r"\s+(?P<verb>[a-z]+)\W*$")
# "..., said the report.": the same, the verb before the document
_SAYS_DOCUMENT = re.compile(r",\s+(?P<verb>[a-z]+)\s+" + _DOCUMENT_NP.replace("[Tt]he|[Aa]n?|", "the|an?|") + r"\W*$")
_IT_OPENS = re.compile(r"(?P<it>It)\s+(?:also\s+)?(?P<verb>[a-z]+)")
# "Now they've put out another statement - directly to the organisers of the AMAs.", "The US Treasury
# described the plan in a press release released earlier today.": a document a sentence's subject sends out,
# by a sending verb before it or an issuing participle after it (with no "by" naming another sender)
_SENT_DOCUMENT = (
    r"(?:an?|another|the|its|their)\s+(?:(?!(?:the|an?|that)\s)[\w-]+\s+){0,3}?"
    r"(?:" + _DOCUMENT_NOUNS + r")\b(?!['’-])"
)
_SENDING_DOCUMENT = re.compile(
    r"\b(?:" + "|".join(re.escape(v) for v in (*LEXICON.sending_verbs, *LEXICON.issuing_participles))
    + r")\s+" + _SENT_DOCUMENT
)
_DOCUMENT_SENT = re.compile(
    r"\b" + _SENT_DOCUMENT + r"\s+(?:" + "|".join(re.escape(v) for v in LEXICON.issuing_participles) + r")\b"
    r"(?!\s+by\b)"  # "Salceda cited a 2001 memorandum issued by the Philippine immigration agency": not his
)
# "Now they've put out", "They issued": a sentence whose subject is a pronoun for a body
_OPENS_WITH_BODY_PRONOUN = re.compile(r"(?:[A-Z]\w+,?\s+)?(?:[Ii]t|[Tt]hey)(?:['’](?:ve|s))?\s")
# "..., according to a report by UK think-tank Demos.": a document credited at its sentence's end, with
# whatever words name its issuer after it (the whole phrase is read again as the mention)
_ACCORDING_TO_DOCUMENT = re.compile(
    r",\s+according\s+to\s+(?P<whole>" + _DOCUMENT_NP.replace("[Tt]he|[Aa]n?|", "the|an?|") + r"[^,.;:!?]*?)\W*$"
)


def _document_it_rule(r: _Reading) -> Resolved | None:
    """"Other than its warning on tax hikes, the NIESR report was optimistic. It said ...": an "it"
    opening its sentence is the document the sentence before is about (its subject, or the document
    that says its words at its end, ", the report said" or ", said the report"); "It also said" after such
    an "It said" is the same document, as is '"...," it said.' after '"...," it reads.'. An "it" closing a
    quotation of several sentences takes up the sentence before the whole quotation; one that reads its
    words ('"I just tried you on the phone ...," it reads.') can only be a document, which may stand a
    sentence or two further back."""
    if r.text.lower() != "it" or not _is_pronoun(r):
        return None
    verb = _IT_VERB.match(r.index.text, r.mention.span.end)
    skip = _READING_SKIP if verb and verb.group("verb") in _READING_VERBS else 0
    found = _document_subject_before(r.index.text, r.at, depth=3, skip=skip)
    if found is None:
        # '"A. B," it said.': the sentence before the whole quotation, not one of its own
        found = _document_subject_before(r.index.text, _quotation_opening(r.index.text, r.at), depth=3, skip=skip)
    if found is None:
        return _sent_document_before(r)
    phrase, at, head = found
    reading = _read(Mention(phrase, Span(at, at + len(phrase)), "role", None, head), r.index, r.history,
                    r.published, r.holder)
    if reading is None:
        return None
    # "Mr Crosby's statement said: ... It added": a person's own statement, so its "it" is the person
    got = _own_words_rule(reading) or _document_rule(reading)
    if got and got[0] is None and _IT_CLOSES.match(r.index.text, r.at):
        # "..., it said." with no issuer found: the organisation rules may still name whose report it is
        return None
    if got and got[0] and got[1] == "document" and _is_plural(head):
        # "The figures were prepared by the Association of Leading Visitor Attractions (Alva). It found":
        # "it" cannot take up plural figures; it is the body that prepared them
        return got[0], "org"
    return got


def _sent_document_before(r: _Reading) -> Resolved | None:
    """"Now they've put out another statement - directly to the organisers of the AMAs. ¶ "...," it says.",
    "The US Treasury described the plan in a press release released earlier today. It said that": an "it"
    after a sentence whose subject sends out a document is that document, with its sender as issuer; the
    sender is the organisation opening that sentence, or the one its opening "they" or "it" takes up."""
    found = _sentence_before_it(r.index.text, r.at)
    if found is None:
        return None
    _before, sentence = found
    if not (_SENDING_DOCUMENT.search(sentence) or _DOCUMENT_SENT.search(sentence)):
        return None
    sender = _it_subject_before_rule(r)
    if sender is None and _OPENS_WITH_BODY_PRONOUN.match(sentence):
        sender = _pronoun_rule(r)
    return (sender[0], "document") if sender and sender[0] and sender[1] == "org" else None


def _sentence_before_it(text: str, at: int) -> tuple[int, str] | None:
    """(offset, words) of the sentence before an "it" at ``at`` that opens its sentence or closes it with its
    reporting verb ("..., it said.")."""
    start = _sentence_start(text, at)
    if start == 0 or not (_opens_with_pronoun(text[start:at]) or _cues_sentence_end(text, start, at)):
        return None
    before = _sentence_start(text, len(text[:start].rstrip()) - 1)  # over the paragraph break
    return before, text[before:start].rstrip()


def _document_subject_before(text: str, at: int, depth: int, skip: int = 0) -> tuple[str, int, str] | None:
    """(words, offset, noun) of the document the sentence before the one opening at ``at`` is about; up to
    ``skip`` sentences about something else may stand between (``_READING_SKIP``)."""
    found = _sentence_before_it(text, at)
    if found is None:
        return None
    return _document_of_sentence(text, *found, depth=depth, skip=skip)


def _document_of_sentence(text: str, before: int, sentence: str, depth: int,
                          skip: int) -> tuple[str, int, str] | None:
    """(words, offset, noun) of the document ``sentence`` (at ``before``) is about, for ``_document_subject_before``."""
    said = _DOCUMENT_SAYS.search(sentence) or _SAYS_DOCUMENT.search(sentence)
    found = _DOCUMENT_OPENS.match(sentence) or (said if said and _reports(said.group("verb")) else None)
    if found is not None and not _says_inside(found.group("doc")):
        return found.group("doc"), before + found.start("doc"), found.group("head").lower()
    according = _ACCORDING_TO_DOCUMENT.search(sentence)
    if according is not None:
        return according.group("whole"), before + according.start("whole"), according.group("head").lower()
    it = _IT_OPENS.match(sentence) or _IT_CLOSES_QUOTE.search(sentence)
    if depth > 1 and it and _reports(it.group("verb")):
        # '"...," it reads. ¶ "...," it said.': an "it" giving the words before is the same document
        skip = max(skip, _READING_SKIP if it.group("verb") in _READING_VERBS else 0)
        return _document_subject_before(text, _quotation_opening(text, before + it.start("it")), depth - 1, skip)
    if depth > 1 and sentence[:1] in _DOUBLE_MARKS:
        # 'The report said: "A. ¶ "B." It said ...': quoted words run on from the sentence that gave their cue
        return _document_subject_before(text, before, depth - 1, skip)
    if skip and before:
        start = _sentence_start(text, len(text[:before].rstrip()) - 1)  # over the paragraph break
        return _document_of_sentence(text, start, text[start:before].rstrip(), depth, skip - 1)
    return None


def _quotation_opening(text: str, at: int) -> int:
    """Where the quotation an "it" at ``at`` closes opens ('"A. B. C," it said.'), so the sentence before it
    is the one before the whole quotation, not one of its own; ``at`` when no quotation closes there."""
    given = text[:at].rstrip()
    if len(given) < 2 or given[-2] != "," or given[-1] not in _DOUBLE_MARKS:
        return at
    pairs = {**DOUBLE_PAIRS, **{mark: (mark,) for mark in STRAIGHT_DOUBLE}}  # a straight mark closes itself
    opening = max((text.rfind(o, 0, len(given) - 1) for o, closings in pairs.items() if given[-1] in closings),
                  default=-1)
    return opening if opening >= 0 else at


# '"...," it reads.': quoted words, then an "it" and its reporting verb closing the sentence
_IT_CLOSES_QUOTE = re.compile(r",[" + _DOUBLE + r"]?\s+(?P<it>it)\s+(?:also\s+)?(?P<verb>[a-z]+)\W*$")
# the verb after an "it": "it reads", "it also says"
_IT_VERB = re.compile(r"\s+(?:also\s+)?(?P<verb>[a-z]+)")
# the verbs whose "it" can only be a document: '"...," it reads.' (an organisation says, it never reads)
_READING_VERBS = frozenset(LEXICON.document_reading_verbs)
# how many sentences about something else may stand between such an "it" and its document, as only a document
# can read: "The email, released by Judicial Watch, was sent at 7:19 p.m. EST by ... Jeremy Bash, more than
# three hours after ... Two Americans were killed at each location. ¶ "...," it reads." (the sentence split
# after "p.m." makes two sentences of the first)
_READING_SKIP = 2


# "similar research from net analyst WebSideStory which suggested", "data from property website Rightmove which
# suggested", "polls by Quinnipiac University that showed": a document, "from" or "by" a source a description may
# introduce, then the relative pronoun whose clause gives the document's words
_DOCUMENT_FROM_BEFORE_RELATIVE = re.compile(
    r"\b(?P<head>" + _DOCUMENT_NOUNS + r")\s+(?:from|by)\s+(?:[a-z][\w-]*\s+){0,3}"
    r"(?P<issuer>" + _ORG_TOKEN + r"(?:\s+" + _ORG_TOKEN + r")*)\s*,?\s*$"
)
_RELATIVE_AFTER = re.compile(r"(?:which|that)\b")


def _document_relative_rule(r: _Reading) -> Resolved | None:
    """"The figures echo similar research from net analyst WebSideStory which suggested that IE had 92.9% of
    users", "polls by Quinnipiac University that showed": the relative pronoun takes up the research, not its
    source; the words are a document with the source as issuer. Read on the name the parser hung the clause on,
    or on the bare "which" it left."""
    text = r.index.text
    # the mention stands at its relative pronoun, its words the noun the parser hung the clause on
    if not _RELATIVE_AFTER.match(text, r.at):
        return None
    found = _DOCUMENT_FROM_BEFORE_RELATIVE.search(text, _sentence_start(text, r.at), r.at)
    if found is None or (r.text.lower() not in ("which", "that") and not r.text.endswith(found.group("issuer"))):
        return None
    issuer = found.group("issuer")
    person = r.index.find(issuer)
    if person is not None and _is_person_for_sure(person):
        return None  # "a letter from Jeremy Corbyn which": a person's own words, for their rule
    return issuer, "document"


# "..., it said.": an "it" and its reporting verb closing the sentence whose words it gives
_IT_CLOSES = re.compile(r"[Ii]t\s+(?P<verb>[a-z]+)[.!?]")


def _cues_sentence_end(text: str, start: int, at: int) -> bool:
    """"The growth will be driven by ..., the report predicted. More than a third ..., it said.": an "it"
    after the words it gives, its reporting verb ending the sentence, takes up the sentence before as an
    "it" opening its sentence does; so does one after a quotation ('"...," it says.')."""
    m = _IT_CLOSES.match(text, at)
    # the comma may stand inside the closing mark: '"[We] have agreed to grant all licenses," it says.'
    given = text[start:at].rstrip().rstrip("".join(_DOUBLE_MARKS))
    return bool(m) and given.endswith(",") and _reports(m.group("verb"))


def _says_inside(phrase: str) -> bool:
    """Whether a document's phrase runs over a reporting verb: "The company said tests" is the company
    speaking of tests, no document opening the sentence."""
    return any(w != lemma and lemma in REPORTING_VERBS for w in phrase.lower().split()[1:-1]
               for lemma in [FORM_TO_LEMMA.get(w, w)])


_PRONOUN_LINKERS = frozenset(LEXICON.pronoun_linkers)


def _opens_with_pronoun(before: str) -> bool:
    """Whether the words before a pronoun leave it opening its sentence: none, a linking word ("But he
    has rejected any increase", "Yet she added"), a time the sentence is set at ("Last month he said",
    "On Monday she told") or the document it speaks in ("In it, he says", "In a statement, she said")."""
    words = before.replace(",", " ").replace("(", " ").split()
    return (
        not words or (len(words) == 1 and words[0].lower() in _PRONOUN_LINKERS) or _is_time_phrase(words)
        or _is_document_frame(words)
    )


_TIME_LEADS = frozenset(LEXICON.time_phrase_leads)


def _is_time_phrase(words: list[str]) -> bool:
    """"Last month", "On Monday", "Earlier this week", "On Monday night", "In February 2004", "In 2010": a lead
    word or two, or a day or a month before a part of it, then a day, a month, a part of the calendar or a year;
    nothing that could name someone."""
    low = [w.lower() for w in words]
    calendar = TIME_WORDS | CALENDAR
    return (
        2 <= len(low) <= 3 and low[0] in _TIME_LEADS
        and all(w in _TIME_LEADS or w in CALENDAR for w in low[1:-1]) and (low[-1] in calendar or _is_year(low[-1]))
    )


_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_year(word: str) -> bool:
    """"2004" of "In February 2004 he said": a year of the last century or this one."""
    return _YEAR.fullmatch(word) is not None


_DOCUMENT_FRAME_LEADS = frozenset(LEXICON.document_frame_leads)


def _is_document_frame(words: list[str]) -> bool:
    """"In it", "In a statement", "In the memo": a preposition, then "it" or an article and a document's
    noun; the words a pronoun after it gives are the document's writer's, not anyone named in the phrase."""
    low = [w.lower() for w in words]
    if not low or low[0] not in _DOCUMENT_FRAME_LEADS:
        return False
    return low[1:] == ["it"] or (len(low) == 3 and low[1] in _DETERMINERS and low[2] in DOCUMENT_HEADS)



def _subject_of_sentence_before(r: _Reading, start: int, gender: str) -> Person | None:
    """The person whose name, after titles only, opens the sentence that ends at ``start``, named after
    the last speaker of ``gender``; not a possessive ("Tony Blair's official spokesman")."""
    text = r.index.text
    # from the sentence's last word: a paragraph break before ``start`` is no sentence of its own
    before = _opening_of_sentence_before(text, start)
    last = next((pos for pos, _n, g in reversed(r.history) if pos < r.at and g != NEUTER and g in (gender, None)), -1)
    opening = [
        (pos, person) for person in r.index.people for pos in person.positions
        if max(before, last + 1) <= pos < start
        and _only_titles(
            _after_fronted_clause(_after_fronted_time(text[_after_footage_of(text, before) : pos]),
                                  _inside_quote(text, before))
        )
    ]
    if not opening:
        # (a speaker in that sentence is whom the pronoun rule takes up, unless they spoke in a clause it opens with)
        if last < before:
            return _surname_opening(r, before, start, gender)
        return _surname_after_fronted_clause(r, before, start, last, gender)
    # the last name of the opening run is the subject: "Former Holby City actor Jeremy Edwards"
    pos, person = max(opening, key=lambda o: o[0])
    end = _CAPITALS.match(text, pos).end()
    # "In 't Veld" is a surname: its article is a word of its own, where "Don’t Republicans" is no name
    article = text[end - 1 : end].isspace() and text[end : end + 2] in _CONTRACTED_ARTICLES
    possessive = text[end : end + 1] in ("'", "’") and not article
    if possessive or _modifies_a_name(text[end:start]):
        return None  # "Tony Blair's official spokesman", "Scissor Sisters frontwoman Ana Matronic"
    if _LISTED_WITH_NEXT.match(text, end):
        return None  # "Gardener, Darren Campbell, Marlon Devonish and Mark Lewis-Francis have": no one subject
    return person if pronoun_gender(person) in (gender, None) and _may_be_person(person, text) else None


# a name joined to the next by "and" or "or": one of a list of people, who share the sentence's verb
_LISTED_WITH_NEXT = re.compile(r"[ \t]*(?:and|or|&)[ \t]+[A-Z]")


# the comma closing a clause, a closing quotation mark at most after it, before a capitalised word
_CLAUSE_COMMA = re.compile(r",(?:" + "|".join(map(re.escape, sorted(ALL_MARKS))) + r")*[ \t]+(?=[A-Z])")


def _surname_after_fronted_clause(r: _Reading, before: int, start: int, last: int, gender: str) -> Person | None:
    """"When Maddow pointed out that Sanders refers to it as "Medicare for all," Clinton seized upon the
    reference, repeating .... "...," she said": when the last speaker of the pronoun's gender spoke in a clause
    the sentence before opens with a subordinating word, the surname opening its main clause (a verb after it)
    is the pronoun's: the sentence is about them, the clause's speaker only led up to it."""
    text = r.index.text
    first = text[before:start].split(maxsplit=1)
    if not first or first[0].lower() not in _SUBORDINATORS or _inside_quote(text, before):
        return None
    comma = _CLAUSE_COMMA.search(text, last, start)
    return _surname_opening(r, comma.end(), start, gender) if comma else None


def _after_fronted_clause(words: str, quoted: bool) -> str:
    """The words after a clause the sentence opens with a subordinating word, up to its last comma: "When
    Maddow pointed out that Sanders refers to it as "Medicare for all," Clinton seized upon the reference" is
    "Clinton seized ...": the main clause's subject is whom the sentence is about, not whoever the clause before
    it names or quotes (PolNeAR politico 2016-01-14: '"...," she said' after it is Clinton's, not Maddow's). Not
    a sentence inside a quote (``quoted``), whose subjects are the speaker's to talk of: '"If the teenage Michael
    Howard were applying to Cambridge today, Gordon Brown would love me." ... And he stressed' (BBC politics/408)."""
    if quoted:
        return words
    first = words.split(maxsplit=1)[0].lower() if words.strip() else ""
    lead, comma, rest = words.rpartition(",")
    return rest if comma and first in _SUBORDINATORS else words


def _after_fronted_time(words: str) -> str:
    """The words after a time the sentence is set at and its comma: "On Monday night, Clinton campaign manager"
    is "Clinton campaign manager", so the name after it still opens the sentence."""
    lead, comma, rest = words.partition(",")
    return rest if comma and _is_time_phrase(lead.split()) else words


def _described_person_before(r: _Reading, start: int, gender: str) -> str | None:
    """"Johnson was involved in a verbal spat with Campbell. ... ¶ And the American remains highly critical ...
    "...," he claimed": the sentence before opens (after a linking word) with a definite description as its
    subject, a verb following it, that takes up a person by name (the description rules read it as they read
    a speaker mention) of the pronoun's gender; that person, when no speaker of that gender spoke since the
    sentence opened (Linford Christie spoke before it and is not the one described)."""
    text = r.index.text
    before = _opening_of_sentence_before(text, start)
    if any(before <= pos < r.at and g != NEUTER for pos, _n, g in r.history):
        return None  # a speaker in that sentence is whom the pronoun rule takes up
    words = text[before:start].split()
    at = before
    if words and words[0].lower() in _PRONOUN_LINKERS:  # "And the American remains"
        at = text.index(words[1], before + len(words[0])) if len(words) > 1 else at
    phrase = _description_before_verb(text, at)
    if phrase is None:
        return None
    head = phrase.split()[-1]
    mention = Mention(phrase, Span(at, at + len(phrase)), "role", None, head.lower())
    name, kind, _rule = resolve_with_rule(mention, r.index, history=r.history, published=r.published, holder=r.holder)
    person = r.index.find(name) if name and kind == "person" else None
    if person is None or pronoun_gender(person) not in (gender, None) or not _may_be_person(person, text):
        return None
    return person.name


def _description_before_verb(text: str, at: int) -> str | None:
    """The definite description opening the sentence at ``at`` up to the verb after it: "the American" of "the
    American remains highly critical", "The Attorney General" of "The Attorney General has issued"; not a
    phrase with a preposition, whose name is another's: "The rise of Bannon gave Beck new impetus" is no Bannon."""
    m = _DESCRIPTION_OPENING.match(text, at)
    words = m.group().split() if m else []
    for end in range(2, len(words)):
        if words[end - 1].lower() in _STOP:
            return None
        verb = words[end]
        if verb in _AUXILIARIES or (verb.islower() and verb.endswith(("ed", "s"))):
            phrase = " ".join(words[:end])
            return phrase if text.startswith(phrase, at) else None
    return None


def _given_name_opening(r: _Reading, start: int, gender: str) -> str | None:
    """"Tommy — who only goes by his first name online — retired ... ¶ He never earned ..., he wrote": the
    sentence before opens with a given name of the pronoun's gender alone, an aside or a verb after it, that
    no one the article names in full bears and that has not spoken: a person the article names by it alone,
    no one who spoke before (the last speaker was not named there)."""
    text = r.index.text
    before = _opening_of_sentence_before(text, start)
    if any(before <= pos < r.at for pos, _n, _g in r.history):
        return None
    kin = _KIN_OPENING.match(text, before)
    m = _GIVEN_NAME_ALONE.match(text, kin.end() if kin else before)
    if m is None or not _is_given_name(m.group(1)) or _GIVEN_NAME_GENDERS[m.group(1).lower()] != gender:
        return None
    verb = m.group("verb")
    # (after a relation an "-s" form is a verb too: "Edwards' sister Rachel makes an emotional TV appeal")
    present = kin is not None and verb is not None and verb.endswith("s")
    if verb and not (
        verb.endswith("ed") or present or verb in _AUXILIARIES or FORM_TO_LEMMA.get(verb, verb) in REPORTING_VERBS
    ):
        return None  # "Will the plan work?": no name, as no verb follows it
    word = m.group(1)
    if kin is not None:
        return _relative_by_given_name(r, word, gender)
    return None if any(word in p.tokens for p in r.index.people) else word


def _surname_alone_opening(r: _Reading, start: int) -> str | None:
    """"Cruz openly admitted that his pick was politically motivated. ... ¶ Carson defied the question, and
    didn't make a choice. "With 100 percent certainly, I will predict the winner ...," he said" (PolNeAR train,
    Breitbart 2016-02-06): the sentence before opens with one capitalised word, a past verb after it, that no one
    the article names in full bears, that it never writes in lower case and that it reads as a person's name alone
    (``_one_word_type``: US political news calls candidates by surname); that word is the pronoun's, not the
    last speaker's, when no one spoke in that sentence (then the pronoun rule takes that speaker up)."""
    text = r.index.text
    before = _opening_of_sentence_before(text, start)
    if any(before <= pos < r.at for pos, _n, _g in r.history) or _inside_quote(text, before):
        return None
    m = _GIVEN_NAME_ALONE.match(text, before)
    if m is None or m.group("verb") is None or _is_given_name(m.group(1)):
        return None  # a given name alone is ``_given_name_opening``'s
    word, verb = m.group(1), m.group("verb")
    # a past verb of something done or said: "None has offered", "Florida is one of", "Her comments did not"
    # open with no one's name
    past = verb.endswith("ed") or verb in LEXICON.irregular_past_verbs
    if not past or verb in LEXICON.verbs_after_subject:
        return None
    if r.index.by_last(word):
        return None  # a surname of someone named in full is ``_surname_opening``'s
    return word if _names_one_person(word, r.index) else None


# a possessive (a pronoun or a surname) and a relation opening a sentence, before the relative's given name: "His
# wife Sharon, who ...", "Edwards' sister Rachel makes"
_KIN_OPENING = re.compile(
    r"(?:His|Her|[A-Z][\w-]*['’]s?)[ \t]+(?:"
    + "|".join(map(re.escape, sorted(LEXICON.kin_before_names, key=len, reverse=True)))
    + r"),?[ \t]+(?=[A-Z][a-z]+(?:[ \t]*,|[ \t]+[a-z]))"
)


def _relative_by_given_name(r: _Reading, word: str, gender: str) -> str | None:
    """"His wife Sharon, who also appears in the popular MTV show ..., agreed. "...," she said": the relative
    the sentence before opens with, by their given name alone, is the one person the article names in full
    with it (Sharon Osbourne, named in the next paragraph; BBC entertainment/206), or that name alone when
    no one is; none when several are or the one is of the other gender."""
    people = [p for p in r.index.people if p.tokens[0] == word and len(p.tokens) > 1]
    if not people:
        return word
    if len(people) > 1 or pronoun_gender(people[0]) not in (gender, None):
        return None
    return people[0].name


# a capitalised word opening its sentence, then an aside (a dash or a comma) or a word in lower case, its verb
_GIVEN_NAME_ALONE = re.compile(r"([A-Z][a-z]+)(?:[ \t]*[,\u2013\u2014]|[ \t]+(?P<verb>[a-z]+)\b)")


def _surname_opening(r: _Reading, before: int, start: int, gender: str) -> Person | None:
    """"Melzer has now beaten Agassi ... ¶ "...," he said", "But Mr Tveter is confident ...": the sentence
    before opens (after a linking word and a title at most) with the surname of one person the article
    named in full, a verb following it; that person is the pronoun's."""
    opens = _after_opening_phrase(r.index.text, _after_footage_of(r.index.text, before), start)
    words = _TOKEN_AT.findall(r.index.text[opens:start])
    i = 0
    while i < len(words) - 2 and (
        words[i].lower() in _PRONOUN_LINKERS
        or _is_listed_title(words[i].lower().rstrip("."))
        or _owns_the_role_after(words, i)
    ):
        i += 1
    surname, after = words[i : i + 2] if i + 1 < len(words) else ("", "")
    opening = r.index.text[opens:start]
    after = _verb_after_time(words, i + 1) or _verb_after_apposition(opening, surname) or after
    if not (_is_cap(surname) and after[:1].islower()) or after in _STOP:
        return None  # "Melzer's coach", "Tony Blair": a possessive or a longer name opens it
    if surname in _place_names():
        return None  # "France have been criticised": the team, not "Stade de France"
    named = [p for p in r.index.by_last(surname) if _may_be_person(p, r.index.text)]
    people = _one_who_spoke([p for p in named if pronoun_gender(p) in (gender, None)], r.history, before)
    if len(people) != 1 or (len(named) > 1 and _second_clause_subject(r, before, start, gender, named)):
        return None
    return people[0]


def _one_who_spoke(
    people: list[Person], history: list[tuple[int, str | None, str | None]], before: int
) -> list[Person]:
    """Of several people one surname may call, the one the article has quoted before: "Viktor Makarov, 50, claims
    ... "...," Mr Makarov told the BBC" beside "the information that Victor Makarov had" in another man's words
    (BBC politics/053): "Mr Makarov joined the KGB" is the speaker's surname, not a second person's."""
    if len(people) < 2:
        return people
    spoke = {name for pos, name, _g in history if pos < before}
    quoted = [p for p in people if p.name in spoke]
    return quoted if len(quoted) == 1 else people


def _verb_after_time(words: list[str], i: int) -> str | None:
    """The word after a time set between a subject and its verb: "played" of "Cruz on Friday played down the
    idea": the surname still opens the sentence as its subject, "on" no preposition of a longer name."""
    for length in (2, 3):
        if i + length < len(words) and _is_time_phrase(words[i : i + length]):
            return words[i + length]
    return None


# an aside between a subject and its verb, set off by commas: an age ("Groberg, 33, opened up") or a "who"
# clause with no comma or quote of its own ("Sanders, who has represented mostly white Vermont in Congress for two
# decades, rallied"); then the verb
_APPOSITION_THEN_VERB = re.compile(
    r",[ \t]+(?:\d{1,3}|who[ \t]" + _NO_MARKS + r"+),[ \t]+(?P<verb>[a-z][\w-]*)")


def _verb_after_apposition(opening: str, surname: str) -> str | None:
    """The verb after an aside that follows the surname opening the sentence: "opened" of "Groberg, 33, opened
    up to Decode DC", so the surname is still its subject (whom the "he" after it stands for, not the last
    speaker). Only a word that reads as a verb (a past form, an "-s" form, an auxiliary, a reporting verb):
    "Smith, 40, and Jones" has no subject of one."""
    named = _re.search(r"\b" + re.escape(surname) + r"\b", opening) if surname else None
    m = _APPOSITION_THEN_VERB.match(opening, named.end()) if named else None
    verb = m.group("verb") if m else None
    if verb is None or not (
        verb.endswith(("ed", "s")) or verb in _AUXILIARIES or FORM_TO_LEMMA.get(verb, verb) in REPORTING_VERBS
    ):
        return None
    return verb


# a second clause of a sentence opened by a coordinator after a comma, its subject a capitalised word after
# at most an article and one modifier: ", but a hoarse-voiced Sanders got in"
_SECOND_CLAUSE_SUBJECT = re.compile(
    r",[ \t]+(?:" + "|".join(map(re.escape, LEXICON.pronoun_linkers)) + r")[ \t]+(?:(?:a|an|the)[ \t]+[\w-]+[ \t]+)?"
    r"(?P<name>[A-Z][\w'’-]+)[ \t]+[a-z]")


def _second_clause_subject(r: _Reading, before: int, start: int, gender: str, sharing: list[Person]) -> bool:
    """Whether a second clause of the sentence before has for its subject someone of ``gender`` other than
    the people ``sharing`` the surname that opens it: "Clinton put Sanders on the defensive ..., but a
    hoarse-voiced Sanders got in numerous digs. He accused Clinton": with Hillary and Bill Clinton both
    named, the pronoun's gender does not make the opening "Clinton" Bill; the nearer subject is the "He"."""
    for m in _SECOND_CLAUSE_SUBJECT.finditer(r.index.text, before, start):
        others = [p for p in r.index.by_last(m.group("name")) if p not in sharing]
        if any(pronoun_gender(p) in (gender, None) for p in others):
            return True
    return False


def _owns_the_role_after(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is the club, party or firm whose role the next word is, before a surname:
    "Celtic manager O'Neill is no respecter of reputations", "Chelsea boss Mourinho has ..."."""
    return _is_cap(words[i]) and i + 2 < len(words) and _is_title(words[i + 1]) and words[i + 1].islower()


_TOKEN_AT = re.compile(r"[\w.'’-]+")
_OPENING_PREPOSITIONS = frozenset(LEXICON.opening_phrase_prepositions)
# how long a phrase before the subject may be: "With both services on offer from Telewest,", "Following a
# performance of their sing-along jam "Black Water,"" (a title in it counts its words)
_OPENING_PHRASE_WORDS = 12


# "Footage of", "A new video of", "The clip of": a recording's noun opening a sentence, "of" then the one it shows
_FOOTAGE_OF = re.compile(
    r"(?:(?:a|an|the|new|more|further|old|archive)\s+){0,2}(?:" + "|".join(LEXICON.footage_nouns) + r")\s+of\s+",
    re.IGNORECASE,
)


def _after_footage_of(text: str, before: int) -> int:
    """"Footage of Al-Awlaki again appears. "The West will ...," he says": a sentence opening with a recording
    of someone puts that person on stage as its subject for the "he" after it, as "Al-Awlaki again appears"
    does; where the person's name opens, else ``before``."""
    m = _FOOTAGE_OF.match(text, before)
    return m.end() if m else before


def _after_opening_phrase(text: str, before: int, start: int) -> int:
    """Where the subject of the sentence at ``before`` may open: after a phrase a preposition opens and a
    comma closes ("With both services on offer from Telewest, Mr Tveter is confident"), else ``before``."""
    comma = text.find(",", before, start)
    phrase = text[before:comma].split() if comma > 0 else []
    if phrase and phrase[0].lower() in _OPENING_PREPOSITIONS and len(phrase) <= _OPENING_PHRASE_WORDS:
        return comma + 1
    return before


_MODIFIER = re.compile(r"((?:[a-z][\w-]*\s+){1,2})[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?P<owner>['’])?")


def _modifies_a_name(rest: str) -> bool:
    """Whether a name is an attribute of the next ("North Devon landowner Giles Bradshaw"): one or two
    lowercase words, neither a function word, a preposition nor a reporting verb, then capitals that own nothing
    ("Richard Doherty attributes Steve Jobs' success to ...": a verb and its object; "Chuck Grassley spoke with
    Garland": a verb and the one it was spoken with)."""
    m = _MODIFIER.match(rest.lstrip())
    if m is None or (m.group("owner") and m.group(1).split()[-1].endswith("s")):
        return False
    words = m.group(1).split()
    if _opens_with_past_verb(words):
        return False  # "Brigitte Nielsen nominated both John and Bez": her verb and its object
    return not any(
        w in _STOP or w in _APPOSITION_PREPOSITIONS or FORM_TO_LEMMA.get(w, w) in REPORTING_VERBS for w in words
    )


def _opens_with_past_verb(words: list[str]) -> bool:
    """Whether the lowercase words after a name open with its verb: an auxiliary or a past form ("nominated
    both"); not a past form that qualifies the role after it ("retired general John Smith")."""
    first, rest = words[0], words[1:]
    if first in _AUXILIARIES:
        return True
    return first.endswith("ed") and not (rest and (rest[0] in ROLE_NOUNS or _is_title(rest[0])))


def _may_be_person(person: Person, text: str) -> bool:
    """A person for sure, or a name with nothing of an organisation or a product ("Current PowerPC")."""
    if _is_person_for_sure(person):
        return True
    return _person_or_organisation(person, text) == "person" and not any(map(_is_company_word, person.tokens))


def _only_titles(words: str) -> bool:
    """Whether the words before a name are only its titles or role: "England captain", "Mr"; not an
    article right before it, which no person's name takes ("The Lib Dems would cut ...")."""
    words = words.split()
    if words and words[-1].lower() in _DETERMINERS:
        return False
    # a lowercase word is a title's ("shadow home secretary") or a role noun's modifier ("communications chief"),
    # or the relation right before the name ("His mother Katherine Jackson told")
    return all(
        _is_cap(w) or not w[:1].isalpha() or _is_title(w) or (i + 1 < len(words) and words[i + 1] in ROLE_NOUNS)
        or (i == len(words) - 1 and w in _KIN_BEFORE_NAMES)
        for i, w in enumerate(words)
    )


_KIN_BEFORE_NAMES = frozenset(LEXICON.kin_before_names)


_BODY_NAME_LINKS = frozenset(LEXICON.body_name_links)


def _misheaded_body_rule(r: _Reading) -> Resolved | None:
    """"The Votes at 16 alliance said", "The Reporters Without Borders group": the parser headed the mention by
    a word of the name ("votes", "reporters"); the organisation's noun in lower case that closes it is the
    head, and the capitals before it, with the small words and numbers that join them, are the body's name
    (not "Votes", nor a group of reporters)."""
    toks, low = r.toks, r.lowered
    joined = _name_joined_after_head(r) or _name_going_on_after_plural_head(r)
    if joined:
        return joined, "org"
    if len(toks) < 4 or low[0] != "the" or low[-1] not in ORG_NOUNS or _is_cap(toks[-1]):
        return None
    run = toks[1:-1]
    if r.head not in low[1:-1] or not _is_cap(run[0]) or not (_is_cap(run[-1]) or run[-1].isdigit()):
        return None
    if not all(_is_cap(w) or w.isdigit() or _links_a_name(w.lower()) or w in _BODY_NAME_LINKS for w in run):
        return None
    return " ".join(run), "org"


def _name_going_on_after_plural_head(r: _Reading) -> str | None:
    """"the Communications Workers of America, one of the unions ...", "the United Steelworkers of America":
    the parser heads a union's or a league's name by its plural ("workers"), which read alone is people, a
    group, or a person "United Steelworkers"; after "the", a run of capitals whose capitalised plural head goes
    on with "of" or "for" and capitals is the body's name. Only after "the": a plural opening its sentence
    ("Critics of the Thai government", "Executives for Mondelez") is people, capitalised as any opener is."""
    toks = _clean_tokens(r.text.split(",")[0])  # the name before an apposition set off by a comma
    low = [t.lower() for t in toks]
    if len(toks) < 4 or low[0] != "the" or r.head not in low[1:-2]:
        return None
    at = low.index(r.head)
    head = toks[at]
    if not (_is_cap(head) and _is_plural(r.head)) or _is_plural_title(head):
        return None  # "the Members of Parliament" are people
    if low[at + 1] not in ("of", "for") or not _is_cap(toks[-1]):
        return None
    run = toks[1:]
    if not all(_is_cap(w) or _links_a_name(w.lower()) for w in run):
        return None
    return " ".join(run)


def _name_joined_after_head(r: _Reading) -> str | None:
    """"U.S. Customs and Border Protection", "The National Oceanic and Atmospheric Administration", "the US
    Centers for Disease Control and Prevention": the parser heads an agency's name that "and" joins by a word
    before the "and" ("Customs", "Oceanic", "Centers"), which read alone is a person; a mention that is one
    run of capitals and linking words, "and" after its head, ending in a word only organisations' names end
    in, is that organisation whole (its country prefix kept, as the gold keeps "U.S. Department of
    Agriculture"). Two people ("Bill and Hillary Clinton") end in a surname, which is no such word."""
    toks, low = r.toks, r.lowered
    words = toks[1:] if low[0] == "the" else toks
    if r.head not in low or "and" not in low[low.index(r.head) + 1 :] or r.head == low[-1]:
        return None
    if not _is_cap(words[0]) or not (low[-1] in ORG_NOUNS or low[-1] in _ORG_NAME_ENDINGS) or not _is_cap(toks[-1]):
        return None
    # "and" joins capitals on both sides: "Smith and the Treasury" are two speakers, no one name
    if any(w == "and" and not (_is_cap(words[k - 1]) and _is_cap(words[k + 1])) for k, w in enumerate(words)):
        return None
    if not all(_is_cap(w) or w in ("and", "&") or _links_a_name(w) for w in words):
        return None
    if _is_given_name(words[0]) or any(w in NOT_NAME_WORDS for w in words[1:]):
        return None  # "Matthew Ingram of The Globe and Mail": a person of an outlet
    if words[0].lower() in HONORIFICS and words[0].lower() not in _PEERAGE:
        # "Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services": a person of an agency;
        # no body's name opens with "Dr" or "Mr" (a peer's title may: "the Lord Chancellor's Department")
        return None
    return " ".join(words)


def _state_office_rule(r: _Reading) -> Resolved | None:
    """"The Vermont senator said", "The Wisconsin Republican said": a definite description of a US state's
    lawmaker or party member is the one person the article ties to that state ("Sen. Bernie Sanders (I-Vt.)",
    "Vermont Sen. Bernie Sanders", "Paul Ryan (R-Wis.)", "Marco Rubio of Florida"). With no one tied, the
    role rules decide as before, but never for someone the article ties to another state ("The Florida
    senator" after "Sen. Joni Ernst, R-Iowa" is not Ernst)."""
    if r.lowered[0] != "the" or r.lowered[-1] not in _STATE_OFFICE_HEADS or len(r.toks) > 5:
        return None
    state = next((s for s in _US_STATES if _re.search(r"\b" + re.escape(s) + r"\b", " ".join(r.toks[1:-1]))), None)
    if state is None:
        return None
    text = r.index.text
    tied = [p.name for p in r.index.people if _tied_to_state(p, state, text) and _may_be_person(p, text)]
    if not tied and not _PAST_OFFICE & set(r.lowered):
        # the article writes "Sen. Bernie Sanders" or "Chris Christie" with no state: the state's senators or
        # governor on its date ("the former Florida governor" is not the one in office)
        tied = [p.name for p in r.index.people if _state_office_holder(p.name, state, r.lowered[-1], r.published)]
    found = _role(r)[0] if r.head in ROLE_NOUNS else None
    if found is not None and found in tied:
        return found, "person"
    if len(tied) == 1:
        return tied[0], "person"
    if not tied and r.head not in ROLE_NOUNS:
        return _state_party_member(r, state)
    person = r.index.find(found) if found else None
    if person is not None and any(_tied_to_state(person, other, text) for other in _US_STATES if other != state):
        return None, "person"
    return None  # the role rules' reading, or the description as written


_STATE_OFFICE_HEADS = frozenset(LEXICON.state_office_heads)
_STATE_PARTY_MEMBER_TITLES = frozenset(LEXICON.state_party_member_titles)


def _state_party_member(r: _Reading, state: str) -> Resolved:
    """"According to Rep. Trey Gowdy, ... ¶ The South Carolina Republican admitted that": a state's party member
    (a head no role rule reads) whom the article ties to no state is the person the passage is about
    (``_epithet_holder``) when the article gives them a lawmaker's or governor's title (lexicon
    ``state_party_member_titles``), unless it gives them
    another party, another state or the other gender; else a person with no name. Never the place: a state is
    no person's name. The title is asked for because such a description is a state's office holder: a passage
    about Donald Trump, titled none, may go on to "The Ohio Democrat said"."""
    found = _epithet_holder(r)
    text = r.index.text
    if found is None or not found.roles & _STATE_PARTY_MEMBER_TITLES:
        return None, "person"
    if _party_contradicts(r.lowered, found) or _other_gender_after(r, found):
        return None, "person"
    if any(_tied_to_state(found, other, text) for other in _US_STATES if other != state):
        return None, "person"
    return found.name, "person"


@lru_cache(maxsize=None)
def _us_state_officers(table: str) -> list[tuple[str, frozenset[str], str, datetime, datetime]]:
    """(state, the holder's names in lower case, party letter, start, end) of a bundled table of a state's
    office holders: data/office-holders/us_senators.csv (the 114th Congress) or us_governors.csv (the same
    two years)."""
    from .world import read_table  # read once, only when a state's description is resolved

    return [
        (row["state"], frozenset(n.lower() for n in [row["person_name"], *row["aliases"].split("|")] if n),
         row["party"], datetime.fromisoformat(row["start_date"]), datetime.fromisoformat(row["end_date"]))
        for row in read_table(table)
    ]


def _state_office_holder(name: str, state: str, head: str, published: datetime | None) -> bool:
    """Whether ``name`` held an office of ``state`` on the article's day that the description's head fits:
    "the Vermont senator" after "Sen. Bernie Sanders" (no state written), "the New Jersey governor" after
    "Chris Christie learned he had been bumped off the main debate stage" (PolNeAR train); "the Florida
    Republican" is only a Republican senator or governor (Marco Rubio or Rick Scott, never Bill Nelson). No
    day, no opinion: the tables are dated, and a House member ("the Wisconsin Republican", Paul Ryan) is in
    neither, so a head that a House member shares takes a table's holder only when the article names no one
    else the state ties."""
    if published is None:
        return False
    day = published.replace(tzinfo=None)
    party = LEXICON.party_member_letters.get(head)
    tables = [t for t, heads in (("us_senators.csv", _SENATOR_HEADS), ("us_governors.csv", _GOVERNOR_HEADS))
              if head in heads or party is not None]
    return any(
        s == state and name.lower() in names and start <= day < end and party in (None, letter)
        for table in tables for s, names, letter, start, end in _us_state_officers(table)
    )


_SENATOR_HEADS = frozenset(LEXICON.senator_heads)
_GOVERNOR_HEADS = frozenset(LEXICON.governor_heads)


@functools.lru_cache(maxsize=None)
def _state_patterns(state: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """How an article ties a name to ``state``: the state before the name, at most two capitalised words
    between ("Vermont Sen. Bernie Sanders"); after it, the state's abbreviation in brackets, a party's letter
    at most before it ("(I-Vt.)", "(Fla.)"), or after a comma with a party's letter (", R-Wis."; not "Oak
    Creek, Wis.", a town), "of" and the state ("of Florida"), or an apposition opening with it ("Sanders, a
    Vermont senator")."""
    forms = "|".join(re.escape(f) for f in (state, *LEXICON.us_state_abbreviations.get(state, ())))
    before = _re.compile(r"\b" + re.escape(state) + r"(?:[ \t]+[A-Z][\w.]*){0,2}[ \t]+$")
    after = _re.compile(r"(?:[ \t]*\((?:[RDI]-[ \t]*)?(?:" + forms + r")\)"
                       r"|,[ \t]*[RDI]-[ \t]*(?:" + forms + r")(?![\w])"
                       r"|[ \t]+of[ \t]+" + re.escape(state) + r"\b"
                       r"|,[ \t]+(?:a|an|the)[ \t]+" + re.escape(state) + r"\b)")
    return before, after


def _tied_to_state(person: Person, state: str, text: str) -> bool:
    """Whether the article writes ``state`` with one of ``person``'s full names (``_state_patterns``)."""
    before, after = _state_patterns(state)
    for pos in person.positions:
        end = len(text[: _CAPITALS.match(text, pos).end()].rstrip())
        if before.search(text[max(0, pos - 60) : pos]) or after.match(text, end):
            return True
    return False


def _party_rule(r: _Reading) -> Resolved | None:
    """"The Liberal Democrats said", "Senior Tories": the party, an organisation. "Most Republicans say",
    "Many prominent Republicans said": some of its members, a group."""
    if _quantified_members([t.lower() for t in _clean_tokens(r.text.split(",")[0])]):
        return None, "group"
    party = _party(r.toks)
    if party and party.lower() in _MEMBER_PARTIES:
        return None, "group"  # "The Democrats are alleging": the party's members
    return (party, "org") if party else None


_MEMBER_PARTIES = frozenset(LEXICON.member_party_nouns)
_MEMBER_QUANTIFIERS = frozenset(LEXICON.member_quantifiers)


def _quantified_members(lowered: list[str]) -> bool:
    """"Most Republicans", "many elite Democrats": a quantifier before a party's members in the plural (the
    capitalised "Most" read with the party's name made an organisation "Most Republicans"). The words before a
    comma are read: "Other prominent Republicans, like Richard Armitage, Henry Paulson and Brent Scowcroft" lists
    examples after it (PolNeAR train)."""
    return len(lowered) > 1 and lowered[0] in _MEMBER_QUANTIFIERS and lowered[-1] in _MEMBER_PARTIES and not any(
        t in _COORDINATORS for t in lowered
    )


# plural people described, then one body's name set off by a comma: "CES organisers, the CEA" (BBC tech/291); the
# plural noun heads the mention and closes the words before the comma
_NAME_SET_OFF_AFTER = re.compile(r"[^,]+,\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&.'’-]*)*")


def _group_rule(r: _Reading) -> Resolved | None:
    """"Analysts said", "some economists argued": people in the plural, nobody in particular; but
    "according to oil industry analysts Douglas-Westwood" is the firm named after its trade."""
    if not (_is_group(r.toks, r.head) or _opening_plural_of_body(r) or _opening_plural_of_role(r)
            or _opening_plural_role_phrase(r)):
        return None
    if _NAME_SET_OFF_AFTER.fullmatch(r.text) and r.text.split(",")[0].split()[-1].lower() == r.head:
        # "CES organisers, the CEA": the one body its name after the comma gives, not people (not "officials
        # familiar with the server taken from her house in Chappaqua, N.Y.": a place closing the description)
        return None
    firm = _firm_after_trade(r)
    return (firm, "org") if firm else (None, "group")


_ENTOURAGE = frozenset(LEXICON.entourage_nouns)


def _entourage_rule(r: _Reading) -> Resolved | None:
    """"Mr Elgindy's team claimed that ...": the people around a person, named by a collective noun after
    the person's possessive, are a group, not an organisation of the person's name. The owner is a person
    by an honorific or by the article ("Chelsea's team" is the club's). "Paganini and his team" is one
    too (``_led_team``)."""
    low = r.lowered
    if _led_team(low):
        return None, "group"
    if len(low) < 3 or low[-1] not in _ENTOURAGE or low[-2] not in ("'s", "’s", "'", "’"):
        return None
    owner = [t for t in r.toks[:-2] if t.lower() not in _DETERMINERS]
    if not owner:
        return None
    if owner[0].lower().rstrip(".") in HONORIFICS:
        return None, "group"
    person = r.index.find(" ".join(owner))
    return (None, "group") if person is not None and _is_person_for_sure(person) else None


_TEAM_OWNERS = frozenset(LEXICON.team_owners)
_CANDIDATE_BODIES = frozenset(LEXICON.candidate_bodies)
_CANDIDATE_BODY_COMPOUNDS = frozenset(LEXICON.candidate_body_compounds)
_POSSESSIVE_MARKS = ("'s", "’s", "'", "’")
# the possessive pronoun before a candidate's body, and the pronoun whose person it is
_OWNER_PRONOUNS = {"his": "he", "her": "she"}


def _candidate_campaign_rule(r: _Reading) -> Resolved | None:
    """"Clinton’s campaign contended", "His campaign confirmed", "The Sanders campaign said": a candidate's
    campaign is an organisation named after the candidate in full, as US political news names it ("Clinton
    campaign Chairman John Podesta"): "Hillary Clinton campaign". "His" and "her" are the person the pronoun
    would be; a surname two people of the article bear ("the Clinton campaign" beside Bill Clinton) stays as
    written, "Clinton campaign"."""
    low = r.lowered
    if len(low) < 2 or low[-1] not in _CANDIDATE_BODIES or r.toks[-1] != low[-1]:
        return None  # "The Elect the Lords Campaign" is a body's own name
    owner = [t for t in r.toks[1 if low[0] in _DETERMINERS else 0 : -1] if t not in _POSSESSIVE_MARKS]
    if len(owner) == 1 and owner[0].lower() in _OWNER_PRONOUNS:
        name, typ = _resolve_pronoun(_OWNER_PRONOUNS[owner[0].lower()], r.at, r.index, r.history)
        if not name or typ != "person" or not _runs_a(name.split()[-1], low[-1], r.index.text):
            return None  # the last speaker is often a staffer of the campaign ("Robby Mook"), not its candidate
        return f"{name} {low[-1]}", "org"
    if not owner and low[0] == "the":
        return _the_one_campaign(r, low[-1])
    if owner and owner[0].lower().rstrip(".") in HONORIFICS:
        owner = owner[1:]  # "Mrs. Clinton's campaign"
    if not owner or len(owner) > 3 or not all(_is_cap(t) and t.isalpha() for t in owner):
        return None
    # the longest end of the owner's words the article names in full ("Rival Hillary Clinton’s campaign")
    person = next((p for k in range(len(owner)) if (p := r.index.find(" ".join(owner[k:]))) is not None), None)
    if person is None and len(owner) == 1:
        bearers = r.index.by_last(owner[0])
        person = bearers[0] if len(bearers) == 1 else None
    return f"{person.name if person else ' '.join(owner)} {low[-1]}", "org"


def _the_one_campaign(r: _Reading, body: str) -> Resolved | None:
    """"The tactic was reminiscent of the campaign's earlier claim that", with "Clinton's campaign knew" the
    article's one campaign written with its candidate: an owner-less "the campaign" is that candidate's, when
    the article writes one candidate's campaign and no other's ("Trump's campaign" beside it leaves it
    unnamed). The candidate is a person the article names in full."""
    owned = _re.finditer(r"\b([A-Z][a-z]+)(?:['’]s?)?[ \t]+" + re.escape(body) + r"\b[ \t]*(\w*)", r.index.text)
    owners = [m for m in owned if any(_a_person(p) for p in r.index.by_last(m.group(1)))]
    surnames = {m.group(1) for m in owners}
    # the body must act somewhere, as a subject ("Clinton's campaign knew"), not only modify another noun
    acting = [m for m in owners if m.group(2) not in _CANDIDATE_BODY_COMPOUNDS and m.group(2) not in ROLE_NOUNS]
    if len(surnames) != 1 or not acting:
        return None
    surname = surnames.pop()
    bearers = r.index.by_last(surname)
    # a surname two people of the article bear stays as written, as "the Clinton campaign" beside Bill Clinton
    return f"{bearers[0].name if len(bearers) == 1 else surname} {body}", "org"


def _a_person(person: Person) -> bool:
    """A person for sure, or one whose given name names a gender ("Hillary Clinton", never heard in the article)."""
    return _is_person_for_sure(person) or known_gender(person) is not None


def _runs_a(surname: str, body: str, text: str) -> bool:
    """Whether the article writes the body after the surname ("Sanders campaign", "Sanders’s campaign")."""
    return _re.search(r"\b" + re.escape(surname) + r"(?:['’]s?)?[ \t]+" + re.escape(body) + r"\b", text) is not None


def _led_team(lowered: list[str]) -> bool:
    """"Paganini and his team wrote in the paper": a person together with the people around them, the
    authors of a study as a body, are a group; the person named first is one of them, not the speaker."""
    return (
        len(lowered) >= 4 and lowered[-1] in _ENTOURAGE and lowered[-2] in _TEAM_OWNERS
        and lowered[-3] == "and"
    )


def _one_of_many_rule(r: _Reading) -> Resolved | None:
    """"one of the three brothers behind the Falic Group said", "one of his aides": one unnamed member of a
    plural is a person with no name, or an organisation when the plural is an organisation's noun ("one of
    the banks"); never the name that qualifies the plural."""
    toks, low = r.toks, r.lowered
    if len(low) < 3 or low[0] != "one" or low[1] != "of" or "," in r.text:
        return None  # "one of their lawyers, Michalis Dimitrakopoulos": the apposition names them
    plural = next((t for t in low[2:] if _is_plural(t) and t.isalpha()), None)
    if plural is None or _is_cap(toks[low.index(plural)]):
        return None
    if plural in DOCUMENT_HEADS or plural in _AD_NOUNS:
        # "with one of her ads asking": one of several documents is a document. Its possessive's person is not read
        # here: the pronoun rules take the "her" of "Kloppenburg and her backers tried to tie Bradley to Walker,
        # with one of her ads asking" for Bradley, the nearer woman, where the subject, Kloppenburg, is meant
        return None, "document"
    singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    return None, ("org" if singular in ORG_NOUNS else "person")


_BODY_PLURAL_PREPOSITIONS = frozenset(LEXICON.body_plural_prepositions)


def _opening_plural_of_body(r: _Reading) -> bool:
    """"Unions reacted angrily", "Unions for Deutsche Boerse staff in Frankfurt has expressed fears": one word,
    the plural of an organisation's noun, capitalised only because it opens the sentence, alone or with a phrase
    of whom or where its people are after it (lexicon ``body_plural_prepositions``); not a surname that ends so
    ("Mike Banks ... Banks said"), and not a plural the lexicon lists as an organisation's noun as it stands
    ("Authorities say that", one institution, as "the authorities said" is mid-sentence)."""
    if len(r.toks) == 1 and " " in r.text:
        return False
    if len(r.toks) > 1 and r.lowered[1] not in _BODY_PLURAL_PREPOSITIONS:
        return False
    word = r.toks[0]
    low = word.lower()
    if not (word[1:].islower() and low.endswith("s") and _singular(low) in ORG_NOUNS) or low in DOCUMENT_HEADS:
        return False
    if low in ORG_NOUNS:
        return False
    return not r.index.by_last(word) and not _spoken_of_as_person(word, r.index.text)


def _opening_plural_of_role(r: _Reading) -> bool:
    """"Prosecutors say", "Organisers said": one word, the plural of a person's role, capitalised only because
    it opens the sentence (``_is_group`` reads the lower-case plural); not a surname the article gives in
    full ("Tom Judges ... Judges said"). Whether "he" follows does not matter: "Prosecutors said he lied"."""
    if len(r.toks) != 1 or " " in r.text:
        return False
    word = r.toks[0]
    low = word.lower()
    if not (word[1:].islower() and _is_plural(low) and _singular(low) in ROLE_NOUNS):
        return False
    return not r.index.by_last(word) and not r.index.by_first(word)


def _singular(plural: str) -> str:
    """"companies" -> "company", "lawyers" -> "lawyer": enough English for the plurals of role and body nouns."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


def _opening_plural_role_phrase(r: _Reading) -> bool:
    """"Lawyers for the alleged spammers said": the phrase form of ``_opening_plural_of_role``, a role's
    plural capitalised only because it opens the sentence, with lower-case words after it, is people in the
    plural as "lawyers for ..." is mid-sentence (not a surname that ends so: "Masters said" has no words
    after it, "Mr Fellows" is no opening)."""
    toks, low = r.toks, r.lowered
    if len(toks) < 2 or low[0] != r.head or not toks[1].islower() or not toks[0][1:].islower():
        return False
    if not (r.head.endswith("s") and r.head[:-1] in ROLE_NOUNS):
        return False
    before = r.index.text[: r.mention.span.start].rstrip()
    return not before or before.endswith((".", "!", "?", ":", *ALL_MARKS))


def _firm_after_trade(r: _Reading) -> str | None:
    """The name right after a plural trade that ends the mention ("analysts Gartner", "consultants
    Ernst & Young", "industry analysts Screen Digest"), when it is an organisation's: not people ("Tory MPs
    Ann Widdecombe")."""
    if r.head not in r.lowered:
        return None
    run = r.toks[r.lowered.index(r.head) + 1 :]
    if not run or len(run) > 4 or not _is_cap(run[0]) or not _is_cap(run[-1]):
        return None
    found = _match_name(run, r.at, r.index)
    if found is not None and _is_person_after_trade(found):
        return None
    written = r.text[r.text.rindex(run[0]) :]
    if " " not in written:  # one word, maybe with a slash the tokens split at ("Nielsen/NetRatings")
        return written if _one_word_type(written, r.index.text) == "org" else None
    # the index holds every run of capitals: one it holds with no sign of a person, opening with no given
    # name, after a trade in the plural, is the firm's ("Screen Digest")
    return " ".join(run) if found is not None or _named_like_organisation(run, r.index.text) else None


def _is_person_after_trade(found: Person) -> bool:
    """Whether a name the index holds, written after a plural trade, is a person's: someone a title, gender,
    office or speech shows a person, or a name opening with a given name ("Tory MPs Ann Widdecombe"). The
    index holds a firm's run of capitals too ("analysts Gartner More than 167 million ...": the text lost its
    full stop), which shows none of these."""
    first = found.tokens[0].lower()
    return _is_person_for_sure(found) or given_name_gender(found.name) is not None or first in _EITHER_GENDER


_OWN_WORDS = frozenset(LEXICON.own_words_heads)


def _own_words_rule(r: _Reading) -> Resolved | None:
    """"Cornyn's statement added", "An additional email by Roche": a person's own statement or email is the
    person speaking, not a document (a report or a letter by them stays a document). The writer may be named
    only in the sentence next to it: "Huma Abedin ... emailed supporters on Monday evening, telling them,
    "...". The email goes on to say: ..." (``_writer_in_it_before``) and the lede's "according to an email
    from the president of the AFL-CIO ... In his email, Richard Trumka told members" (``_writer_in_it_after``)."""
    if r.head not in _OWN_WORDS or not _is_document(r.toks, r.head, r.index):
        return None
    issuer = _issuer(r.text, r.at, r.index) or _issuer_of_his_or_her(r)
    issuer = issuer or _writer_in_it_before(r) or _writer_in_it_after(r, own=True) or _giver_of_the_document_before(r)
    person = r.index.find(issuer) if issuer else None
    if person is None or _person_or_organisation(person, r.index.text) != "person":
        return None
    return person.name, "person"


def _spaced_phrases(phrases) -> str:
    """A lexicon's phrases as one alternation, each space between their words any run of spaces or tabs."""
    return "|".join(re.escape(v).replace(r"\ ", r"[ \t]+") for v in phrases)


# a capitalised subject, a verb of giving a document out, "a" and up to two words before its noun: "Cook provided a
# written statement", "the Holocaust Museum issued a statement"
_GIVING_OUT = _spaced_phrases(LEXICON.document_giving_verbs)


def _giver_of_the_document_before(r: _Reading) -> str | None:
    """"The Times said Cook provided a written statement in response to the newspapers' inquiries ... "...," the
    statement said in part": "the" statement or release (lexicon ``spokesperson_documents``) with no issuer of its own
    is by the one the article last said gave one out ("issued", "released", "provided a statement", lexicon
    ``document_giving_verbs``), when it introduced no other since: a person the article names, by the name it gives
    them in full (a spokesman's statement is his, GUIDELINES), or a body's name."""
    if r.lowered[0] != "the" or len(r.toks) != 2 or r.head not in _SPOKESPERSON_DOCUMENTS:
        return None
    text = r.index.text
    given = list(_re.finditer(
        r"(?P<subject>" + _ORG_TOKEN + r"(?:[ \t]+(?:of[ \t]+)?" + _ORG_TOKEN + r")*)[ \t]+(?:" + _GIVING_OUT + r")"
        r"[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}?" + re.escape(r.head) + r"\b", text[: r.at]
    ))
    if not given:
        return None
    m = given[-1]
    another = _re.compile(r"\b(?:[Aa]n?|[Aa]nother)[ \t]+(?:[\w-]+[ \t]+){0,2}?" + re.escape(r.head) + r"\b")
    if another.search(text, m.end(), r.at):
        return None  # another statement since
    run = _subject_named(m.group("subject"), r.index)
    if not run or run.split()[0].lower() in _STOP or run.lower() in PERSON_PRONOUNS:
        return None
    named = " ".join(t for t in run.split() if not _is_listed_title(t.lower().rstrip(".")))  # "President Obama"
    person = r.index.find(named) if named else None
    surnamed = r.index.by_last(named) if named and " " not in named else []
    if person is None and len(surnamed) == 1:
        person = surnamed[0]
    return person.name if person is not None else (run if _may_be_organisation(run) else None)


# a person's possessives: those of the lexicon's possessive pronouns that say a gender ("his", "her"; not
# "its", "their")
_PERSONAL_POSSESSIVES = frozenset(p for p in LEXICON.possessive_pronouns if p in GENDER_WORDS)


def _issuer_of_his_or_her(r: _Reading) -> str | None:
    """"Mr Fisher describes himself as an "average American Joe". His sales pitch adds: ...": a document a
    person's possessive opens is by the person the possessive takes up, read as the pronoun would be."""
    if r.lowered[0] not in _PERSONAL_POSSESSIVES:
        return None
    word = r.toks[0]
    name, typ, _rule = resolve_with_rule(
        Mention(word, Span(r.at, r.at + len(word)), "pronoun", None, word.lower()), r.index,
        history=r.history, published=r.published, holder=r.holder,
    )
    return name if typ == "person" else None


_OUTLET_PIECES = frozenset(LEXICON.outlet_pieces)


def _outlet_of_its_piece(r: _Reading) -> str | None:
    """"the editors of The Advocate, who aimed their Friday editorial at Clinton. ... the editorial read",
    "the newspaper's editorial telling him": an outlet's own piece (lexicon ``outlet_pieces``) with "the" and
    no issuer of its own, or owned by the outlet's description, is the outlet's the article named last."""
    if r.head not in _OUTLET_PIECES or r.lowered[0] != "the":
        return None
    if len(r.toks) != 2 and not _owned_by_outlet_description(r):
        return None  # "the Journal's editorial" names its own outlet, read by the issuer's own rules
    return _outlet_named_last(r)


def _owned_by_outlet_description(r: _Reading) -> bool:
    """"the newspaper's editorial", "the paper's editorial board": a mention owned by an outlet's description."""
    low = r.lowered
    return len(low) > 2 and low[0] == "the" and _unowned(low[1]) in _OUTLET_HEADS and (
        low[1] != _unowned(low[1]) or low[2] in ("'s", "’s")
    )


def _outlet_owning(r: _Reading) -> str | None:
    """"Enter The Washington Post. ... the paper's editorial board wrote": a body an outlet's description owns
    speaks for the outlet the article named last."""
    return _outlet_named_last(r) if _owned_by_outlet_description(r) else None


_OUTLET_BODIES = frozenset(LEXICON.outlet_bodies)


def _outlet_of_its_body(r: _Reading) -> str | None:
    """"a provocative headline from the Wall Street Journal editorial board ... the editorial board writes": an
    outlet's own body (lexicon ``outlet_bodies``) with "the" and no owner speaks for the outlet the article named
    last, as "the paper's editorial board" does (``_outlet_owning``)."""
    if r.lowered[0] != "the" or " ".join(r.lowered[1:]) not in _OUTLET_BODIES:
        return None
    return _outlet_named_last(r)


def _outlet_of_its_named_body(r: _Reading) -> str | None:
    """"the Wall Street Journal editorial board", "the Journal's editorial board": an outlet's own body (lexicon
    ``outlet_bodies``) after the outlet's name speaks for the outlet, so the speaker is the paper, named as the
    article names it in full ("the Journal" after "the Wall Street Journal")."""
    body = next((b.split() for b in _OUTLET_BODIES if r.lowered[-len(b.split()):] == b.split()), None)
    if body is None:
        return None
    words = r.toks[1 if r.lowered[0] == "the" else 0:-len(body)]
    words = [w for w in words if w not in ("'s", "’s")]
    words[-1:] = [_unowned(w) for w in words[-1:]]
    name = " ".join(words)
    if not words or not all(_is_cap(w) for w in words) or not _names_an_outlet(name):
        return None
    return _outlet_named_in_full(name, r) or name


def _outlet_named_in_full(name: str, r: _Reading) -> str | None:
    """The longest outlet the article names before the mention whose name ends with ``name``: "Wall Street
    Journal" for "Journal"."""
    fuller = [full for _pos, full in _outlets_named_before(r) if full.endswith(" " + name)]
    return max(fuller, key=len) if fuller else None


_CHAPTER_AND_VERSE = re.compile(r"\s(?:" + LEXICON.chapter_and_verse + r")$")


def _chapter_and_verse_rule(r: _Reading) -> Resolved | None:
    """"Isaiah 45:1 reads: "This is what the LORD says ..."", "The photo quotes Romans 8:31": a book's name with a
    chapter and verse after it (lexicon ``chapter_and_verse``) is a passage of a text, a document with no issuer
    named, not an organisation called by the book's name."""
    numbers = _CHAPTER_AND_VERSE.search(r.text.strip())
    book = r.text.strip()[: numbers.start()].split()[-1:] if numbers else []
    # the book's name right before the numbers: not a time after a preposition ("By 2:30 pm")
    if not book or not _is_cap(book[0]) or book[0] in NOT_NAME_WORDS or book[0].lower() in _GOVERNING:
        return None
    return None, "document"


def _document_rule(r: _Reading) -> Resolved | None:
    """"the report said", "a study by Jupiter Research found": a document, named by its issuer."""
    if _is_document(r.toks, r.head, r.index):
        joined = _joined_issuer(r) or _titling_issuers(r.toks, r.text)
        if joined:
            return joined, "document"
        issuer = _issuer(r.text, r.at, r.index)
        if issuer == "":
            return None, "document"
        issuer = issuer or _sender_of_the_message(r)
        issuer = issuer or _issuer_after(r) or _issuer_in_reduced_relative(r) or _acronym_issuer(r)
        issuer = issuer or _issuer_before_noun(r)
        issuer = issuer or _issuer_from_after(r) or _issuer_of_its(r) or _issuer_of_his_or_her(r)
        issuer = issuer or _issuer_described(r) or _outlet_of_its_piece(r)
        if issuer is None and r.lowered[0] == "the":
            issuer = _issuer_after_own_noun(r) or _issuer_named_before(r.head, r.at, r.index)
            issuer = issuer or _issuer_in_own_passive(r) or _issuer_in_opening_participle(r)
            issuer = issuer or _issuer_of_document_before(r)
            issuer = issuer or _maker_by_verb_before(r) or _maker_of_the_site(r) or _holder_of_inquiry_before(r)
            issuer = issuer or _body_of_spokesperson_before(r) or _body_of_its_document_before(r)
            issuer = issuer or _body_said_in_it_before(r) or _writer_in_it_before(r) or _body_named_by_modifier(r)
            issuer = issuer or _body_said_in_one_before(r) or _giver_of_the_document_before(r)
            issuer = issuer or _issuer_described_before_noun(r)
            issuer = issuer or _issuer_of_the_state(r) or _body_of_speaker_before(r)
            issuer = issuer or _issuer_of_its_introduction(r) or _outlet_reporting_just_before(r)
        elif issuer is None:
            issuer = _issuer_pointed_back_to(r) or _issuer_in_next_sentence(r) or _subject_of_its_sentence(r)
            issuer = issuer or _writer_in_it_after(r) or _issuer_in_participle_after(r)
        if issuer is None and (r.lowered[0] in _DETERMINERS or _bare_noun_phrase(r)):
            issuer = _issuer_named_elsewhere(r)
        issuer = issuer or _issuer_by_description(r) or _outlet_of_reports(r) or _body_it_opens_with(r)
        issuer = issuer or _body_that_spoke_just_before(r)
        issuer = _committee_of_owner(r, issuer) or _name_past_exclamation(r, issuer) or issuer
        issuer = _issuer_spelled_by_initials(r, issuer) or _body_its_initials_spell(r, issuer) or issuer
        issuer = _person_after_title(r, issuer) or _person_cut_at_initial(r, issuer) or issuer
        return (None if _names_a_device(issuer, r.index.text) else issuer), "document"
    return None


def _person_cut_at_initial(r: _Reading, issuer: str | None) -> str | None:
    """"a framed, handwritten note from Donald J. Trump. ... the note says": a run of capitals read as the issuer
    stops at the full stop of a middle initial ("Donald J"); the one person the article names whose name opens
    with those words is the issuer, named in full."""
    words = (issuer or "").split()
    if len(words) < 2 or len(words[-1]) != 1 or not words[-1].isupper():
        return None
    people = [p for p in r.index.people if len(p.tokens) > len(words) and list(p.tokens[: len(words)]) == words]
    return people[0].name if len(people) == 1 else None


def _person_after_title(r: _Reading, issuer: str | None) -> str | None:
    """"DNC Chair Debbie Wasserman Schultz" taken up as a document's issuer: a person the article names, after
    their office's words (a title or a role noun among them), is named as a person's name is, without the
    office."""
    words = (issuer or "").split()
    for start in range(1, len(words) - 1):
        person = r.index.find(" ".join(words[start:]))
        if person is not None and any(_is_listed_title(w.lower()) or w.lower() in ROLE_NOUNS for w in words[:start]):
            return person.name
    return None


def _issuer_spelled_by_initials(r: _Reading, issuer: str | None) -> str | None:
    """"Wednesday's Quinnipiac poll has Clinton leading ... The Q poll also finds that": an issuer written
    as initials alone is the one issuer the article named before, at the same document's noun, whose
    capitals' initials they are ("Q" for Quinnipiac, "NYT" for New York Times); None when no earlier
    issuer or several fit (an acronym the article spells out in brackets is ``_acronym_issuer``'s)."""
    if not issuer or not issuer.isalpha() or not issuer.isupper() or len(issuer) > 3:
        return None
    fits = set()
    for pos, run in _issuers_of(r.head, r.index):
        # a day's possessive before the name is no part of it: "Wednesday's Quinnipiac poll"
        words = [w for w in run.split() if _unowned(w) not in NOT_NAME_WORDS]
        if pos < r.at and words and "".join(w[0] for w in words if _is_cap(w)) == issuer:
            fits.add(" ".join(words))
    fits.discard(issuer)
    return fits.pop() if len(fits) == 1 else None


def _body_its_initials_spell(r: _Reading, issuer: str | None) -> str | None:
    """"The Higher Education Funding Council for England said ... The Hefce report, drawing on child benefits data,
    said ... The report also showed": an issuer written as one word whose letters are the initials of the one body
    the article named before in full is that body, by its full name (the later "The report" is the Funding
    Council's, as the article first named it). Only a word written as a word ("Hefce"): initials in capitals are
    ``_issuer_spelled_by_initials``'s and ``_acronym_issuer``'s."""
    if not issuer or not issuer.isalpha() or len(issuer) < 3 or not issuer[0].isupper() or not issuer[1:].islower():
        return None
    fits = set()
    for pos, name, _first in _organisation_candidates(r.index):
        words = [w for w in name.split() if _is_cap(w) and w not in NOT_NAME_WORDS]
        if pos < r.at and len(words) >= 3 and "".join(w[0] for w in words) == issuer.upper():
            fits.add(name)
    return fits.pop() if len(fits) == 1 else None


_US_STATE_DESCRIPTIONS = frozenset(LEXICON.us_state_descriptions)


# "A CNN/ORC poll", "a New York Times/CBS News survey": capitals joined by a slash (two bodies that issued the
# document together), then maybe a word or two of its kind ("national tracking"), then its noun
_JOINED_ISSUER = re.compile(
    r"(?P<run>(?:" + _ORG_TOKEN + r"[ \t]+)*[A-Z][\w&'’.-]*/" + _ORG_TOKEN + r"(?:[ \t]+" + _ORG_TOKEN + r")*)"
    r"(?:[ \t]+[a-z][\w-]*){0,2}[ \t]+(?P<head>[a-z]+)\b"
)


def _joined_issuer(r: _Reading) -> str | None:
    """"A CNN/ORC poll", "a September Washington Post/ABC News poll": pollsters and outlets that issue a
    document together are written joined by a slash before its noun; the issuer is the whole joined name as
    the article writes it (as "InStat/MDR" is), not its last part ("ORC", an acronym the mention's tokens
    leave alone once the slash is gone), after any opening word or date ("A", "September")."""
    for m in _JOINED_ISSUER.finditer(r.text):
        if m.group("head") != r.head:
            continue
        run = m.group("run").split()
        while run and (_unowned(run[0]) in NOT_NAME_WORDS or run[0].isdigit()):
            run = run[1:]  # "July's Washington Post/ABC News polling": the month's possessive is no issuer's
        if run and "/" in " ".join(run):
            return " ".join(run)
    return None


# a person's possessive, their committee's noun and its name set off by a comma: "Karl Rove’s PAC, American
# Crossroads"
_OWNED_COMMITTEE = (
    r"['’]s[ \t]+(?:" + "|".join(map(re.escape, LEXICON.political_committees)) + r"),[ \t]+"
    r"(?P<name>" + _ORG_TOKEN + r"(?:[ \t]+" + _ORG_TOKEN + r")*)"
)


def _committee_of_owner(r: _Reading, issuer: str | None) -> str | None:
    """"... an ad targeting Iowa that ... is funded by Republican strategist Karl Rove’s PAC, American Crossroads.
    The Rove ad hits Clinton": an ad named by a person whose political committee the article names is the
    committee's, which pays for it and puts it out (the person is its founder, not the ad's sponsor)."""
    if not issuer or r.head not in _AD_NOUNS:
        return None
    m = _re.search(r"\b" + re.escape(issuer.split()[-1]) + _OWNED_COMMITTEE, r.index.text)
    return m.group("name") if m else None


# the rest of a name written with an exclamation mark, right after the mark: "E! News", "Yahoo! Finance"
_PAST_EXCLAMATION = re.compile(r"![ \t]+(?P<rest>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)")


def _name_past_exclamation(r: _Reading, issuer: str | None) -> str | None:
    """"according to a new report by E! News.": the mention ends at the exclamation mark, read as a sentence's
    end; an issuer that ends the mention right before the mark and capitals after it is the whole name."""
    if not issuer or not r.text.endswith(issuer):
        return None
    m = _PAST_EXCLAMATION.match(r.index.text, r.mention.span.end)
    return f"{issuer}! {m.group('rest')}" if m else None


def _issuer_of_the_state(r: _Reading) -> str | None:
    """"The state's Department of Social Services paid a Minnesota ad agency ..., according to the state's
    finances website": "the state's" document is by the US state the article names most often, when one
    state is named more often than any other (a state named in passing, Minnesota here, is not "the state")."""
    if len(r.toks) < 4 or r.lowered[1] not in _US_STATE_DESCRIPTIONS or _unowned(r.lowered[2]):
        return None  # "the state's" only ("'s" a token of its own): "the state website" is no possessive
    counts = sorted(((len(_re.findall(r"\b" + s + r"\b", r.index.text)), s) for s in _US_STATES), reverse=True)
    if not counts or not counts[0][0] or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def _body_it_opens_with(r: _Reading) -> str | None:
    """"..., warns network monitoring company Sandvine. It issued the warning following analysis which shows
    that ...": a document with no issuer in a sentence that opens with "It" taking up the organisation
    that spoke in the sentence before is that organisation's, the sentence being about what it did."""
    text = r.index.text
    start = _sentence_start(text, r.at)
    if not start or not _IT_OPENS.match(text, start):
        return None
    before = _sentence_start(text, len(text[:start].rstrip()) - 1)
    spoke = [(name, g) for pos, name, g in r.history if pos < start]
    last = [pos for pos, _name, _g in r.history if pos < start]
    if not spoke or spoke[-1][1] != NEUTER or not spoke[-1][0] or last[-1] < before:
        return None
    return spoke[-1][0]


def _bare_noun_phrase(r: _Reading) -> bool:
    """"Fast web access is encouraging more people to express themselves online, research suggests": a
    document's noun with no determiner and no name ("research", "new figures") introduces one the article
    names later with its issuer ("a report by UK think-tank Demos"), as "a report" does; not when a word
    before the noun says what kind of body issued it ("government data": not the Michigan data named later)."""
    return all(
        t.isalpha() and t.islower() and t not in ORG_NOUNS and t not in _US_STATE_DESCRIPTIONS for t in r.toks[:-1]
    ) and r.toks[-1] == r.head  # "state corporate records": the state's, not the county's named elsewhere


_BY_DESCRIBED = re.compile(r"\b(?:by|from)[ \t]+(?P<the>the[ \t]+(?P<noun>[a-z]+))$")


def _body_named_by_modifier(r: _Reading) -> str | None:
    """"the U.S. Attorney's Office ... announced Monday. ... according to the office release": "the", a body's
    noun and the document is by the organisation that spoke before with that noun in its name."""
    if len(r.lowered) != 3 or not r.lowered[1].isalpha():
        return None
    noun = r.lowered[1].capitalize()
    return next(
        (name for pos, name, g in reversed(r.history)
         if pos < r.at and g == NEUTER and name and noun in name.split() and name.split()[0] != noun),
        None,
    )


def _issuer_described(r: _Reading) -> str | None:
    """"..., according to document security firm Workshare. Up to 75% ..., a survey by the firm revealed":
    a document by "the firm", "the company" is by the organisation that description takes up, as it would
    speaking itself (GUIDELINES: "the firm" that refers to a named organisation takes its name)."""
    found = _BY_DESCRIBED.search(r.text)
    if found is None or found.group("noun") not in _DESCRIBED_ORGS:
        return None
    at = r.at + found.start("the")
    words = found.group("the")
    reading = _read(Mention(words, Span(at, at + len(words)), "role", None, found.group("noun")), r.index,
                    r.history, r.published, r.holder)
    got = _described_organisation_rule(reading) if reading is not None else None
    return got[0] if got else None


def _issuer_described_before_noun(r: _Reading) -> str | None:
    """"A company called Harmony Enterprises gave $5,000 ... The company website suggests", "the firm's
    website": "the", a business's description and the document's noun is by the one business the article
    introduces by that noun and its name, as ``_the_one_campaign`` reads "the campaign" (the organisations
    named before are no guide: "Oksuz registered Harmony" puts the company's owner nearer). Another noun's
    possessive takes up the one name the article gave before ending in that noun: "the United States
    Elections Project estimated ... The project's website, run by Michael McDonald, ..., said"."""
    low = r.lowered
    if len(low) not in (3, 4) or low[0] != "the" or low[-1] != r.head:
        return None
    if len(low) == 4 and low[2] not in _POSSESSIVE_MARKS:
        return None  # "the company's website" only: "the company press office" is another body
    if low[1] in _DESCRIBED_ORGS:
        return _the_one_named_business(low[1], r.index.text[: r.at])
    if len(low) == 4 and low[1].isalpha() and low[1] not in ROLE_NOUNS and not _is_listed_title(low[1]):
        # a person's noun ("the senator's statement") takes up no organisation
        named = _sole_name_ending_in(low[1].capitalize(), r.index.text, r.at)
        return named if named and _opens_its_name(named, r.index.text) else None
    return None


def _opens_its_name(named: str, text: str) -> bool:
    """Whether the run of capitals ``named`` is a whole name where the article first writes it, not the end
    of one the capitals' run cut at "and" or a comma ("The Culture, Media and Sport Committee" gives "Sport
    Committee")."""
    at = text.find(named)
    return at >= 0 and not _re.search(r"(?:\band|&|,)\s*$", text[max(0, at - 6) : at])


def _the_one_named_business(noun: str, text: str) -> str | None:
    """The one name ``text`` (the article before the document) writes after a business's noun, maybe through
    a naming word ("a company called Harmony Enterprises", "security firm iDefence"); None when it writes
    none or two (the "company called Sansun USA" after the website is another's)."""
    naming = "|".join(map(re.escape, LEXICON.introducing_words))
    pattern = _re.compile(
        r"\b" + re.escape(noun) + r"[ \t]+(?:(?:" + naming + r")[ \t]+)?(?P<name>" + _CAPITAL_RUN + ")"
    )
    names = {m.group("name") for m in pattern.finditer(text) if m.group("name").split()[0] not in NOT_NAME_WORDS}
    return names.pop() if len(names) == 1 else None


def _maker_by_verb_before(r: _Reading) -> str | None:
    """"Chrysler filed for bankruptcy Thursday ... The bankruptcy filing indicated": a document named by a
    verb's "-ing" form ("filing", "ruling") is by the name written last before it as that verb's subject
    ("Chrysler filed")."""
    if not r.head.endswith("ing") or len(r.head) < 6:
        return None
    verb = r.head[:-3] + "ed"
    found = None
    for m in _re.finditer(r"(" + _ORG_TOKEN + r"(?:[ \t]+" + _ORG_TOKEN + r")*)[ \t]+(?:has[ \t]+|had[ \t]+)?"
                         + verb + r"\b", r.index.text[: r.at]):
        found = m.group(1)
    first = found.split()[0].lower() if found else ""
    if not first or first in _STOP or first in PERSON_PRONOUNS or _NEUTER_PRONOUN.fullmatch(first):
        return None  # "The company filed", "It filed": no name
    return found


# "has set up a website", "launched a new blog": a verb of making, "a", maybe a word, the made noun
_MADE_DOCUMENT = re.compile(
    r"\b(?:has[ \t]+|had[ \t]+)?(?:" + "|".join(re.escape(v) for v in LEXICON.site_making_verbs) + r")[ \t]+an?[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+)?(?P<noun>" + "|".join(map(re.escape, LEXICON.made_documents)) + r")\b"
)


def _maker_of_the_site(r: _Reading) -> str | None:
    """"Rob Calabrese, a radio host in Cape Breton, Nova Scotia, has set up a website called ... "A slow
    economy ...," the website explains": "the" site or petition with no issuer of its own is by the person
    whose full name opens the sentence that made it, when the article makes one such document only (a
    made site is its maker's words, as a letter is its sender's)."""
    text = r.index.text
    made = [m for m in _MADE_DOCUMENT.finditer(text, 0, r.at) if m.group("noun") == r.head]
    if len(made) != 1:
        return None
    start = _sentence_start(text, made[0].start())
    opening = [p for p in r.index.people if start in p.positions and len(p.tokens) >= 2]
    return opening[0].name if len(opening) == 1 else None


_INQUIRY_DOCUMENTS = frozenset(LEXICON.inquiry_documents)
# "The Parliamentary Group on Betting and Gaming held a substantial inquiry": a body's name, a verb of
# holding, a determiner and a word or two, then the inquiry's noun
_HELD_INQUIRY = re.compile(
    r"(?P<body>" + _ORG_TOKEN + r"(?:[ \t]+(?:(?:of|on|for|and)[ \t]+(?:the[ \t]+)?)?" + _ORG_TOKEN + r")*)"
    r"[ \t]+(?:has[ \t]+|had[ \t]+)?(?:" + "|".join(re.escape(v) for v in LEXICON.inquiry_verbs) + r")[ \t]+"
    r"(?:a|an|its|their|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:" + "|".join(LEXICON.inquiry_nouns) + r")\b"
)


# "a State Department inspector general investigation": a body's capitals, maybe its officer's words, the inquiry's
# noun
_BODY_INQUIRY = re.compile(
    r"\b(?:a|an|the)[ \t]+(?P<body>" + _ORG_TOKEN + r"(?:[ \t]+" + _ORG_TOKEN + r")*)(?P<office>(?:[ \t]+[a-z]+){0,2}?)"
    r"[ \t]+(?:" + "|".join(LEXICON.inquiry_nouns) + r")\b"
)


def _inquiry_named_by_body_before(r: _Reading) -> str | None:
    """"... its decision not to cooperate with a State Department inspector general investigation. Following
    Wednesday's leak of the report, which concluded ...": the report of an inquiry the sentence before names by
    the body (and maybe the officer of it) that ran it is that body's."""
    text = r.index.text
    start = _sentence_start(text, r.at)
    if not start:
        return None
    found = None
    for m in _BODY_INQUIRY.finditer(text, _sentence_start(text, len(text[:start].rstrip()) - 1), start):
        office = m.group("office").split()
        if all(_is_listed_title(w) or w in ROLE_NOUNS for w in office) and _may_be_issuer(m.group("body").split()):
            found = " ".join([m.group("body"), *office])
    return found


def _holder_of_inquiry_before(r: _Reading) -> str | None:
    """"The Parliamentary Group on Betting and Gaming held a substantial inquiry into betting last year.
    ... The report recommended ...": "the report" with no issuer of its own reports the inquiry the
    article says a body held before it, so is that body's (the last such body, if several)."""
    if r.head not in _INQUIRY_DOCUMENTS:
        return None
    found = _inquiry_named_by_body_before(r)
    for m in _HELD_INQUIRY.finditer(r.index.text, 0, r.at):
        body = m.group("body").split()
        while body and (body[0] in NOT_NAME_WORDS or body[0].lower() in _STOP):
            body = body[1:]  # "The Parliamentary Group ..." opening its sentence
        if body and _may_be_organisation(" ".join(body)) and not r.index.find(" ".join(body)):
            found = " ".join(body)  # a person holding an inquiry ("Lord Hutton") is for the role rules
    return found


_SPOKESPERSON_DOCUMENTS = frozenset(LEXICON.spokesperson_documents)
# "An All England club spokesperson", "a Downing Street spokesman", "a spokeswoman for the Football
# Association": a body's capitals (and maybe its noun in lower case) before or after a spokesperson
_SPOKES = r"spokes(?:man|woman|person)"
_BODY = (
    _ORG_TOKEN + r"(?:[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?)?" + _ORG_TOKEN + r")*"
    r"(?:[ \t]+(?P<noun{n}>[a-z]+))?"
)
_SPOKESPERSON_OF = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)[ \t]+(?P<before>" + _BODY.format(n=1) + r")[ \t]+" + _SPOKES + r"\b"
    r"|\b" + _SPOKES + r"[ \t]+for[ \t]+(?:the[ \t]+)?(?P<after>" + _BODY.format(n=2) + r")"
)


def _statement_sentence_start(r: _Reading) -> int:
    """Where the sentence of a "statement" with no issuer of its own starts; 0 for no such document or a
    sentence opening the text, which has no sentence before it to take the issuer from."""
    if r.head not in _SPOKESPERSON_DOCUMENTS:
        return 0
    return _sentence_start(r.index.text, r.at)


def _body_of_spokesperson_before(r: _Reading) -> str | None:
    """"An All England club spokesperson denied Phillips made the remark, insisting: "He definitely
    didn't say it." The statement added: ...": a statement with no issuer of its own, right after a
    sentence in which a body's spokesperson spoke, is the body's (the club's, as its spokesperson's words
    are). A lower-case word after the capitals is kept only when it is an organisation's noun ("club")."""
    start = _statement_sentence_start(r)
    if not start:
        return None
    text = r.index.text
    found = None
    for m in _SPOKESPERSON_OF.finditer(text, _sentence_start(text, start - 1), start):
        side = ("before", "noun1") if m.group("before") else ("after", "noun2")
        body, noun = m.group(side[0]), m.group(side[1])
        if noun and noun not in ORG_NOUNS:
            body, noun = body[: -len(noun)].rstrip(), None
        # an organisation's noun makes the capitals a body's, whatever word opens them ("All England club")
        if _may_be_organisation(body) or (noun and not _is_title(body.split()[0]) and body not in _place_names()):
            found = body
    return found


# a person's name and the body the article says they are of: "Robin Biesbroek of the CDF", "Niels Brinkman,
# co-founder of Amsterdam-based OneStat.com"
_NAME_OF_BODY = re.compile(
    r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*,?[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?(?:of|at|from)[ \t]+"
    r"(?:the[ \t]+)?(?:[A-Z][\w-]*-based[ \t]+)?(?P<body>" + _ORG_TOKEN + r"(?:[ \t]+" + _ORG_TOKEN + r")*)"
)


# quoted words, read as one run from mark to mark
_QUOTED_RUN = re.compile(r"[" + _DOUBLE + r"][^" + _DOUBLE + r"]*[" + _DOUBLE + r"]")


def _body_of_speaker_before(r: _Reading) -> str | None:
    """""We looked at how an astronaut team could be best put into hibernation," comments Robin Biesbroek
    of the CDF. ... The study found ...": "the" document with no issuer of its own, right after the words of
    a person the article gives as of a body (within about a paragraph, nothing but their quoted words in
    between), is that body's: the study or the figures the body's people present. Not a place ("John Smith
    of London"), nor after another sentence ("A report last month already showed ... the survey found")."""
    text = r.index.text
    spoke = [(pos, name, g) for pos, name, g in r.history if pos < r.at]
    if not spoke or spoke[-1][2] == NEUTER or not spoke[-1][1] or r.at - spoke[-1][0] > _SPOKE_WITHIN:
        return None
    ends = _SENTENCE_END.search(text, spoke[-1][0])
    between = text[ends.end() if ends else r.at : _sentence_start(text, r.at)]
    if _QUOTED_RUN.sub("", between).strip():
        return None  # more than their quoted words between: "A report last month already showed ..."
    m = _NAME_OF_BODY.match(text, spoke[-1][0])
    if m is None or not _may_be_organisation(m.group("body")) or r.index.find(m.group("body")) is not None:
        return None  # no body, a place, or a person ("a friend of John Smith")
    return m.group("body")


def _body_said_in_it_before(r: _Reading) -> str | None:
    """"Two service members have been killed, the US military said in a statement. "...," the statement
    said": "the" statement with no issuer of its own, right after a sentence in which an organisation spoke
    "in a statement", is that organisation's. Not a person's: a person's own statement is the person's
    words (GUIDELINES), which the document rule does not give."""
    start = _statement_sentence_start(r)
    if not start:
        return None
    text = r.index.text
    before = _sentence_start(text, len(text[:start].rstrip()) - 1)  # over the paragraph break
    if not _re.search(r"\bin[ \t]+an?[ \t]+" + re.escape(r.head) + r"\b", text[before:start]):
        return None
    spoke = [(name, g) for pos, name, g in r.history if before <= pos < start]
    if not spoke or spoke[-1][1] != NEUTER:
        return None
    return spoke[-1][0]


def _body_said_in_one_before(r: _Reading) -> str | None:
    """"Some 45 million children will die ..., Oxfam says in a report, Paying the Price. ... The report said:
    ...": "the" document with no issuer of its own is the organisation's that an earlier sentence says spoke
    "in a" document of that noun (Fox News "said in a statement", then a paragraph of its words, then "the
    statement said"), however far back, when the article has introduced no other document of the noun since
    ("a", "another") nor named another issuer of it. Not a person's: a person's own statement is the person
    speaking (GUIDELINES), and the name may be a surname alone ("Gowdy said in a statement")."""
    text = r.index.text
    said = [m for m in _saying_in_own_pattern(r.head).finditer(text, 0, r.at) if m.group("own") in ("a", "an")]
    if not said:
        return None
    m = said[-1]
    run = _subject_named(m.group("subject"), r.index)
    if not (_reports(m.group("verb")) and run and _may_be_organisation(run)):
        return None
    if r.index.find(run) is not None or r.index.by_last(run.split()[-1]):
        return None  # a person the article names, in full or by surname
    another = _re.compile(r"\b(?:[Aa]n?|[Aa]nother)[ \t]+(?:[\w-]+[ \t]+){0,2}?" + re.escape(r.head) + r"\b")
    if another.search(text, m.end(), r.at) or any(m.end() <= pos < r.at for pos, _run in _issuers_of(r.head, r.index)):
        return None  # another document of the noun since, or another issuer named for it
    return run


def _writer_in_it_before(r: _Reading) -> str | None:
    """"In the July 9, 2012, cable, Stevens reported, "...". The cable indicated ...": "the" document with no
    issuer of its own, right after a sentence that opens "In" that same document and quotes someone in it, is
    the writer's (the ambassador's cable, a document, as a report by a person stays one). The sentence before
    may send it by the noun's verb instead: "Huma Abedin ... emailed supporters ..., telling them, "...". The
    email goes on to say:" (``_own_words_rule`` makes a person's email the person speaking). A statement is
    left to ``_body_said_in_it_before``: a person's own statement is the person speaking (GUIDELINES)."""
    if r.lowered[0] != "the" or r.head in _SPOKESPERSON_DOCUMENTS:
        return None
    text = r.index.text
    start = _sentence_start(text, r.at)
    if not start:
        return None
    before = _sentence_start(text, len(text[:start].rstrip()) - 1)
    head = re.escape(r.head)
    in_it = _re.match(r"In[ \t]+(?:the|an?)[ \t]+[^.;:]{0,40}?\b" + head + r"\b", text[before:start])
    # the noun's verb ("emailed") only for a person's own words: "reported" before "The report" is an
    # outlet's own reporting, which the outlets' rules read
    sent = r.head in _OWN_WORDS and _re.search(r"\b" + head + r"ed\b", text[before:start])
    if not in_it and not sent:
        return None
    spoke = [name for pos, name, _g in r.history if before <= pos < start]
    return spoke[-1] if spoke and spoke[-1] else None


def _writer_in_it_after(r: _Reading, own: bool = False) -> str | None:
    """"A newly released email relating to Benghazi finds that ... In an email dated Feb. 12, 2012 ..., Eric
    Nordstrom, State Department regional security director, informed ...": "a" document with no issuer of its
    own, whose next sentence opens "In" a document of the same noun, is by the first person named in that
    sentence (the lede's email is the one the article goes on to quote). With ``own`` the next sentence opens
    on the writer's possessive instead ("according to an email from the president of the AFL-CIO ... In his
    email, Richard Trumka told members"): the article calls it the writer's own words, which
    ``_own_words_rule`` credits to the person; "In an email" leaves Nordstrom's email a document."""
    if r.lowered[0] not in ("a", "an"):
        return None
    text = r.index.text
    end = next((m.end() for m in _SENTENCE_END.finditer(text, r.mention.span.end)), None)
    if end is None:
        return None
    determiner = "(?:his|her)" if own else "an?"
    opening = _re.compile(r"\s*In[ \t]+" + determiner + r"[ \t]+(?:[a-z-]+[ \t]+){0,2}?" + re.escape(r.head) + r"\b")
    if not opening.match(text, end):
        return None
    after = next((m.end() for m in _SENTENCE_END.finditer(text, end)), len(text))
    named = [(pos, p.name) for p in r.index.people for pos in p.positions if end <= pos < after]
    return min(named)[1] if named else None


def _body_that_spoke_just_before(r: _Reading) -> str | None:
    """"The NAO urged the government to push for improvements. It said member states needed to be more
    accountable. The report said: ...": "the" piece of research (lexicon ``research_nouns``) or statement
    (``spokesperson_documents``: "the Republican Party of Wyoming announced she wasn't coming. "...," the
    release said") with no issuer of its own, opening its sentence (or after nothing but quoted words) right
    after one in which an organisation spoke, and no one else since, is that organisation's: the article goes
    on reporting the body's findings in its report's words. The body may have spoken earlier when the article
    has gone on about the same document since ("... publication DigiTimes. A preview of the report was shared
    with paying subscribers. The report claims"), within about a paragraph. Not a lawsuit or a complaint,
    which others bring against the organisation ("Wal-Mart has agreed to pay ... to settle a lawsuit ... The
    lawsuit alleged")."""
    text = r.index.text
    start = _sentence_start(text, r.at)
    if r.lowered[0] != "the" or r.head not in _SPOKEN_FOR_NOUNS or not start:
        return None
    if not _BEFORE_SPOKEN_FOR.fullmatch(_QUOTED_RUN.sub("", text[start : r.at]).strip(" \t,")):
        return None
    before = _sentence_start(text, len(text[:start].rstrip()) - 1)  # over the paragraph break
    spoke = [(pos, name, g) for pos, name, g in r.history if pos < r.at]
    if not spoke or spoke[-1][2] != NEUTER or not spoke[-1][1]:
        return None
    pos, name, _g = spoke[-1]
    if pos < before and not _same_document_since(r, pos, start):
        return None
    return _spelled_out(name, text) if name.isupper() and name.isalpha() else name  # "the BCC found"


# what may stand before such a document in its sentence (its quoted words taken out): nothing, a linking word
# ("But the suit claims"), or a clause set off by a comma ("Overall, the report forecast"), as for
# _DOCUMENT_OPENS
_BEFORE_SPOKEN_FOR = re.compile(r"|[^,.;:]{0,80}|" + "|".join(map(re.escape, LEXICON.document_subject_linkers)))
# the documents a body's own words go on in: its research, and what its spokespeople give out
_SPOKEN_FOR_NOUNS = frozenset(LEXICON.research_nouns) | frozenset(LEXICON.spokesperson_documents)


def _same_document_since(r: _Reading, spoke_at: int, start: int) -> bool:
    """Whether the article has gone on about the same document since a body spoke: its noun written after the
    sentence the body spoke in and before the mention's own, each step within about a paragraph (a release
    quoted at length may run the mention past one paragraph from the body's words)."""
    text = r.index.text
    ends = _SENTENCE_END.search(text, spoke_at, start)
    if ends is None:
        return False
    noun = _re.compile(r"\b" + re.escape(r.head) + r"\b")
    found = [m.start() for m in noun.finditer(text, ends.end(), start)]
    return bool(found) and found[0] - spoke_at <= _SPOKE_WITHIN and r.at - found[-1] <= _SPOKE_WITHIN


def _issuer_by_description(r: _Reading) -> str | None:
    """"The report, which followed a year-long inquiry by the committee, found ...": a document whose clause
    says it is by an organisation described with a noun is the organisation that spoke last with that noun
    in its name (the joint committee on human rights); a later "the report" is the same document."""
    if r.lowered[0] != "the":
        return None
    found = None
    for m in _by_description_pattern(r.head).finditer(r.index.text, 0, r.mention.span.end + 120):
        if m.start() <= r.at:
            found = m.group("noun")
    if found is None:
        return None
    return next((name for pos, name, g in reversed(r.history)
                 if g == NEUTER and pos < r.at and name and found in name.lower().split()), None)


# the per-noun patterns below are long (each holds the lexicon's issuing verbs) and the lexicon has over a
# hundred document nouns: a cache smaller than that compiled them again and again over a corpus
_DOCUMENT_NOUNS_KEPT = 512


@lru_cache(maxsize=_DOCUMENT_NOUNS_KEPT)
def _by_description_pattern(head: str) -> re.Pattern:
    # compiled once per document noun, as _issuer_pattern
    return _re.compile(r"\b[Tt]he\s+" + re.escape(head) + r",\s+(?:which|that)\s+[^.;:,]{0,80}?\bby\s+the\s+"
                      r"(?P<noun>[a-z]+)\b")


def _outlet_of_reports(r: _Reading) -> str | None:
    """"... could transfer 7,000 jobs, according to newspaper reports. Chief executive Geoff Dixon was quoted
    by The Australian newspaper as saying ...": reports named by an outlet's noun ("newspaper reports") are
    the one outlet the article names with that noun."""
    at = r.lowered.index(r.head) if r.head in r.lowered else 0
    nouns = [w for w in r.lowered[:at] if w in _OUTLET_HEADS]
    if len(nouns) != 1:
        return None
    outlets = {name for _pos, name in _outlets_with_their_noun(r.index.text, nouns[0])}
    return outlets.pop() if len(outlets) == 1 else None


_OUTLET_REPORT_NOUNS = frozenset(LEXICON.outlet_report_nouns)


def _outlet_reporting_just_before(r: _Reading) -> str | None:
    """"Rank ... will expose the shake-up at the announcement of its results on Friday, the Sunday Telegraph
    reported. Advisors Goldman Sachs are understood to have valued its demerged Deluxe Film unit at £300m, the
    report added.": "the report" is the report of the one outlet whose "reported" the sentence before gives (a
    document of it); a name is an outlet's by its words (``_names_an_outlet``), so "Smith reported" lends the
    report to no one."""
    if r.head not in _OUTLET_REPORT_NOUNS:
        return None
    text = r.index.text
    start = _sentence_start(text, r.at)
    before = text[_opening_of_sentence_before(text, start) : start]
    reported = _compiled(r"(?:\bThe[ \t]+)?(?P<outlet>" + _CAPITAL_RUN + r")[ \t]+" + _RELAY_VERB + r"\b")
    outlets = {m.group("outlet") for m in reported.finditer(before) if _names_an_outlet(m.group("outlet"))}
    return outlets.pop() if len(outlets) == 1 else None


# How many lowercase words may stand between an issuer's acronym and the document's noun.
_ACRONYM_MODIFIERS = 2


def _acronym_issuer(r: _Reading) -> str | None:
    """"a CAS statement", "the GAO report", "DOE test results": an acronym before the document's noun (or
    one or two lowercase words before it) is its issuer, by the name the article spells it out with
    ("the North American Court of Arbitration for Sport (CAS)")."""
    at = r.lowered.index(r.head) if r.head in r.lowered else 0
    k = at - 1
    while k > 0 and at - k <= _ACRONYM_MODIFIERS and r.toks[k].isalpha() and r.toks[k].islower() and (
        r.lowered[k] not in _DETERMINERS
    ):
        k -= 1  # "DOE test results", "a CAS doping statement": lowercase modifiers stand between
    acronym = r.toks[k] if k >= 0 else ""
    if len(acronym) < 2 or not acronym.isalpha() or not acronym.isupper() or _is_title(acronym):
        return None
    before = r.toks[k - 1] if k > 0 else ""
    if _is_cap(before) and before.lower() not in _DETERMINERS and _re.search(
        r"\b" + re.escape(before) + r"[ \t]+" + acronym, r.text
    ):
        # "a USA TODAY investigation": the acronym ends a longer name, read whole before the noun (not a bracketed
        # gloss: "the Office for National (ONS) statistics")
        return None
    if acronym in _DOCUMENT_MEDIA:
        return None  # "A campaign TV ad": the medium, not the issuer
    return _spelled_out(acronym, r.index.text)


# Last words of the spelled-out names of devices, whose data no body issues ("Aircraft Communications
# Addressing and Reporting System (ACARS)")
_DEVICE_NAME_ENDINGS = frozenset(LEXICON.device_name_endings)


def _names_a_device(issuer: str | None, text: str) -> bool:
    """"The ACARS data suggests": an issuer's words, or the name the article spells its acronym out with, that
    name a system recording data (lexicon ``device_name_endings``) name no body that issued it."""
    if not issuer:
        return False
    spelled = _spelled_out(issuer, text) if issuer.isupper() and issuer.isalpha() else issuer
    return spelled.split()[-1].lower() in _DEVICE_NAME_ENDINGS


def _spelled_out(acronym: str, text: str) -> str:
    """An acronym by the name the article spells it out with, else as it is."""
    spelled = _re.search(
        r"((?:[A-Z][\w'’-]*[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*)+)\(" + re.escape(acronym) + r"\)", text
    )
    words = spelled.group(1).split() if spelled else []
    while words and words[0] in NOT_NAME_WORDS:
        words = words[1:]  # "The Council of Mortgage Lenders (CML)"
    initials = "".join(w[0] for w in words if _is_cap(w))
    # the words must spell it: "the Office for National (ONS) statistics" spells nothing
    return " ".join(words) if initials.endswith(acronym) else acronym


def _issuer_before_noun(r: _Reading) -> str | None:
    """"The Home Office letter", "the Gartner report on mobile TV", "a preliminary Ofcom report": the
    capitalised words between the article (and its adjectives) and the document's noun name its issuer
    (not a date, a nation or a title: "the January figures", "the British study"). With no article, a
    body's name ending in its noun does too ("According to Labor Department figures"; not "Government
    figures", a body described)."""
    if r.head not in r.lowered or r.toks[r.lowered.index(r.head)] in _DOCUMENT_TITLE_HEADS:
        return None  # "the Digital Life Index": the capitals are the title's (lexicon ``document_title_heads``)
    # "one Arizona Department of Transportation sign read": "one" opens it as an article would
    bare = r.lowered[0] not in _DETERMINERS and r.lowered[0] not in ("one", "another")
    run = r.toks[(0 if bare else 1) : r.lowered.index(r.head)]
    if bare and _spoke_as_body(run, r):
        return run[-1]  # "according to Crowdpac data" after "according to Crowdpac"
    if bare and (len(run) < 2 or not _names_a_body(run)):
        return None
    while run and (run[0].islower() or run[0].isdigit() or _is_month(run[0])) and any(
        _is_cap(t) and t not in NOT_NAME_WORDS for t in run[1:]
    ):
        # "a preliminary Ofcom report", "a 2015 Pew Research survey", "a September Washington Post-ABC News
        # poll": an adjective or a date first (not a weekday: "the Sunday Telegraph report" is the paper's)
        run = run[1:]
    while run and run[-1].isalpha() and run[-1].islower() and run[-1] not in _GOVERNING and _is_cap(run[0]):
        # "the Real Clear Politics polling average": a noun of the document's kind after the issuer; not an
        # office's possessive ("the California secretary of state's website" is no website of California)
        run = run[:-1]
    if len(run) == 1 and _is_plural_title(run[0].rstrip("'’")):
        return None  # "a new MPs' report": people, not an issuer's name
    if not run or len(run) > 4 or not _ORG_RUN.fullmatch(" ".join(run)) or run[-1].lower() in _NATIONALITIES:
        return None
    if any(t in NOT_NAME_WORDS or _re.search(r"-[a-z]+$", t) for t in run) or (
        any(t.lower() in _NATIONALITIES for t in run) and not _body_named_from_nation(run)
    ):
        return None  # "the Nokia-sponsored research", "the British study": an adjective, not who issued it
    head = _name_head(run)
    titled = head.lower() not in ORG_NOUNS and any(_is_listed_title(t.lower()) for t in run)
    if titled or not _may_be_issuer(run):
        return None
    person = _nearest(r.index.by_last(run[0]), r.at) if len(run) == 1 else None
    return person.name if person is not None else " ".join(run)  # "the Kok report": Wim Kok


def _body_named_from_nation(run: list[str]) -> bool:
    """"according to British Retail Consortium data": a nationality's word opening three capitalised words
    or more that an organisation's noun heads is the first word of the body's full name, not an adjective
    ("the British study", "the British Government report" stay a nation's)."""
    return len(run) >= 3 and _name_head(run).lower() in ORG_NOUNS and all(_is_cap(t) for t in run)


_RECORD_KEEPING_PLACES = frozenset(LEXICON.record_keeping_places)


def _names_a_body(run: list[str]) -> bool:
    """Whether the words before a bare document's noun name a body: "Labor Department figures"; a county's
    name past the lower-case words of the records' kind, "Bergen County land records" (a county keeps its
    land records; "White House pool reports" are the press pool's, not the White House's); not "Government
    figures" nor "Census data", a body described or a word alone."""
    if _name_head(run).lower() in ORG_NOUNS:
        return True
    named = list(run)
    while len(named) > 1 and named[-1].isalpha() and named[-1].islower():
        named.pop()
    return len(named) > 1 and _name_head(named).lower() in _RECORD_KEEPING_PLACES


def _is_month(word: str) -> bool:
    """A month's name ("September"), from the calendar's names less its weekdays'."""
    return word.lower() in CALENDAR - WEEKDAYS


def _spoke_as_body(run: list[str], r: _Reading) -> bool:
    """Whether the one capitalised word before a bare document's noun (after its adjectives: "new Crowdpac
    research") is an organisation the article has had speak before: the article's own tie between the word
    and a body ("..., according to Crowdpac. ... according to Crowdpac data"); a word alone ("Government
    figures", "Census data") is no issuer otherwise."""
    words = [t for t in run if not (t.isalpha() and t.islower())]
    if len(words) != 1 or words[0] != run[-1] or not _is_cap(words[0]):
        return False
    return any(name == words[0] and g == NEUTER for pos, name, g in r.history if pos < r.at)


def _may_be_issuer(run: list[str]) -> bool:
    """Whether capitalised words may name who issued a document: an organisation's noun heads them ("the
    Home Office", whose first word is also a title's; "Bank of England") or they may be an organisation;
    never the medium alone ("a TV ad")."""
    if all(w in _DOCUMENT_MEDIA for w in run):
        return False
    return _name_head(run).lower() in ORG_NOUNS and run[0] not in NOT_NAME_WORDS or _may_be_organisation(" ".join(run))


def _name_head(run: list[str]) -> str:
    """The word a capitalised name turns on: the one before its first "of" or "for" ("Bank" of "Bank of
    England", "Office" of "Office for National Statistics"), else its last ("Home Office")."""
    link = next((i for i, t in enumerate(run) if i and t in ("of", "for") and _is_cap(run[i - 1])), None)
    return run[link - 1] if link is not None else run[-1]


def _issuer_of_document_before(r: _Reading) -> str | None:
    """"A separate study by Gartner has also said ... Technical issues must be resolved first, said the
    report": "the report" with no issuer of its own is the document the sentence before has an issuer
    for, whatever its noun."""
    text = r.index.text
    start = _sentence_start(text, r.at)
    if not start:
        return None
    found = _DOCUMENT_BY.search(text, _sentence_start(text, start - 1), start)
    run = _issuer_after_by(r.index, found.group("after"), found.end("after")) if found else ""
    return run if run and _may_be_organisation(run) and not _is_plural_title(run) else None


_DOCUMENT_BY = re.compile(
    r"\b(?:" + "|".join(re.escape(h) for h in sorted(DOCUMENT_HEADS)) + r")\s+(?:by|from)\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}(?P<after>" + _ORG_TOKEN + r"(?:\s+(?:of\s+)?" + _ORG_TOKEN + r")*)"
)


_DEMONSTRATIVES = frozenset(LEXICON.demonstratives)
# a document's noun, the rest of its phrase (no comma or stop in it), "by" and the issuer's capitals: "findings
# of overcrowded and unsanitary conditions at detention facilities by the DHS Office of Inspector General"
_DOCUMENT_PHRASE_BY = re.compile(
    r"\b(?:" + "|".join(re.escape(h) for h in sorted(DOCUMENT_HEADS)) + r")\b[^.;:,!?]{0,100}?\bby\s+(?:the\s+)?"
    r"(?P<after>" + _ORG_TOKEN + r"(?:\s+(?:of\s+)?" + _ORG_TOKEN + r")*)"
)


def _issuer_pointed_back_to(r: _Reading) -> str | None:
    """"The doctors ... noted findings of overcrowded and unsanitary conditions at detention facilities by the
    DHS Office of Inspector General. That report found ...": "that" or "this" document points back to the one
    the sentence before names, and is by the issuer that document's phrase names after "by", however long the
    phrase (``_issuer_of_document_before`` reads a word or two only, for "the report")."""
    text = r.index.text
    start = _sentence_start(text, r.at)
    if r.lowered[0] not in _DEMONSTRATIVES or not start:
        return None
    found = None
    for m in _DOCUMENT_PHRASE_BY.finditer(text, _sentence_start(text, len(text[:start].rstrip()) - 1), start):
        found = m
    run = _issuer_after_by(r.index, found.group("after"), found.end("after")) if found else ""
    return run if run and _may_be_organisation(run) and not _is_plural_title(run) else None


_OTHER_DOCUMENT_WORDS = frozenset(LEXICON.other_document_words)


def _issuer_named_elsewhere(r: _Reading) -> str | None:
    """"A leaked internal letter seen by Sky News says ..." and later "The Home Office letter reads ...";
    "a report suggests" and later "the NIESR report": a document the article names by its issuer at
    another mention of the same noun, when it names one issuer only for that noun; not one the mention sets
    apart from it ("A further recent survey said" after "A recent survey by Sony Ericsson")."""
    if r.head in r.lowered and _OTHER_DOCUMENT_WORDS.intersection(r.lowered[: r.lowered.index(r.head)]):
        return None
    mentions = [(pos, run) for pos, run in _issuers_of(r.head, r.index) if not r.at <= pos < r.mention.span.end]
    if r.lowered[0] == "the" and any(pos < r.at for pos, _run in mentions):
        mentions = [(pos, run) for pos, run in mentions if pos < r.at]  # "The message": the one named before
    found = {_title_run_holder(run, pos, r.index) for pos, run in mentions}
    found.discard(None)
    if len(found) != 1:
        return None
    issuer = found.pop()
    return _spelled_out(issuer, r.index.text) if issuer.isupper() and issuer.isalpha() else issuer


# the rest of an office's title the issuer's capitals stopped at, and the holder's name after it: "a message
# from Undersecretary| for Political Affairs Wendy Sherman"
_TITLE_RUN_GOES_ON = re.compile(r"[ \t]+(?:for|of)[ \t]+(?P<rest>(?:[A-Z][\w'’.-]*[ \t]+){1,6}[A-Z][\w'’-]*)")


def _title_run_holder(run: str, at: int, index: NameIndex) -> str | None:
    """An issuer's words, or, when they are an office's title cut at its "for" or "of", the person the rest of
    the title names ("Undersecretary for Political Affairs Wendy Sherman": Wendy Sherman); a cut title that
    names nobody the article knows is no issuer at all, never the title's first word."""
    end = index.text.find(run, at)
    goes_on = _TITLE_RUN_GOES_ON.match(index.text, end + len(run)) if end >= 0 and len(run.split()) == 1 else None
    if goes_on is None or index.find(run) is not None or run.lower() in ORG_NOUNS:
        return _person_issuer(run, at, index)
    rest = goes_on.group("rest").split()
    holder = next((p for k in (3, 2) if len(rest) > k and (p := _match_name(rest[-k:], at, index))), None)
    if holder is not None:
        return holder.name
    # the index may have kept the title's words in the name ("Political Affairs Wendy Sherman"): its last two
    # words, a name's, are the holder's
    tail = " ".join(rest[-2:])
    known = any(p.name.endswith(" " + tail) for p in index.people) and all(_is_name_word(t) for t in rest[-2:])
    return tail if known else None


def _person_issuer(run: str, at: int, index: NameIndex) -> str:
    """An issuer's words as the person the article names in full, when they are one ("Mr Peston's book" after
    "a new book, Brown's Britain by Robert Preston": one author, misspelt once), else as they are."""
    toks = [t for t in run.split() if not _is_listed_title(t.lower().rstrip("."))]
    person = _match_name(toks, at, index) if 0 < len(toks) <= 3 and all(_is_name_word(t) for t in toks) else None
    return person.name if person is not None else run


def _issuer_in_next_sentence(r: _Reading) -> str | None:
    """"Almost a quarter of a million US consumers complained of identity theft, official figures
    suggest. The Federal Trade Commission said ...": a document the article introduces without its
    issuer ("a report", "official figures") is the organisation that opens the next sentence with a
    reporting verb. (An organisation named anywhere in that sentence, "say researchers at BDO Stoy
    Hayward", was right on train and wrong on dev: not kept.) Failing that, the issuer the next sentence gives
    the same noun (``_issuer_of_same_noun_next``)."""
    return _issuer_opening_next_sentence(r.index, r.mention.span.end) or _issuer_of_same_noun_next(r)


def _issuer_of_same_noun_next(r: _Reading) -> str | None:
    """"Clinton is now leading Trump ..., according to a new nationwide poll. Clinton ... is now well ahead
    ... according to a CBS poll released Monday.": a document introduced without its issuer is the one the
    next sentence names with its issuer at the same noun ("a CBS poll", "The report by the US Pew Research
    Center"); not another noun of its kind (a "survey" the next sentence names may be another one), not a
    mention with no indefinite article ("according to state corporate records. Bergen County land records
    indicate": other records), and None when that sentence names two issuers for it. A mention its own capitalised
    word qualifies ("In Florida, a June poll found ... And in Ohio and Pennsylvania, a Marist College poll ...") is
    the next sentence's only when that sentence repeats the word: a poll of another month or place is another."""
    text = r.index.text
    end = next((m.end() for m in _SENTENCE_END.finditer(text, r.mention.span.end)), None)
    if end is None or r.lowered[0] not in _INDEFINITE:
        return None
    after = next((m.end() for m in _SENTENCE_END.finditer(text, end)), len(text))
    head_at = r.lowered.index(r.head) if r.head in r.lowered else len(r.toks)
    qualifiers = [t for t in r.toks[1:head_at] if _is_cap(t)]
    if any(not _re.search(r"\b" + re.escape(q) + r"\b", text[end:after]) for q in qualifiers):
        return None
    issuers = _issuers_of_noun(r.head, r.index)
    # an office's title cut at its "for" is its holder's, as at ``_issuer_named_elsewhere``
    found = {_title_run_holder(run, pos, r.index) for pos, run in issuers if end <= pos < after}
    return found.pop() if len(found) == 1 else None


# an indefinite document's mention with no issuer of its own after it: "said a report.", "a new report"
_INTRODUCED = r"\ban?[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?{head}\b(?![ \t]+(?:by|from|for|in|of)\b)"


def _issuer_of_its_introduction(r: _Reading) -> str | None:
    """"New episodes ... appear on the web hours after they are shown in the US, said a report. Web tracking
    company Envisional said ... But in some cases, said the report, ...": "the" document with no issuer of
    its own is the one the article introduced last as "a report", and by the organisation that opens the
    sentence after that introduction with a reporting verb (``_issuer_in_next_sentence``). The introduction
    must report itself ("said a report", "a report says"): "received a threatening letter" or "a book co-written
    by U.S. contractors" is no one's findings, and the next sentence's "CBS News reports" relays the letter."""
    text = r.index.text
    found = None
    for m in _re.finditer(_INTRODUCED.format(head=re.escape(r.head)), text[: r.at]):
        found = m
    if found is None or not _introduction_reports(text, found):
        return None
    return _issuer_opening_next_sentence(r.index, found.end())


_RELAY_AUXILIARIES = frozenset(LEXICON.relay_auxiliaries)


def _introduction_reports(text: str, found: re.Match) -> bool:
    """Whether a document's introduction is a reporting verb's subject: after the verb ("said a report") or
    before it ("a report says", "a study has found")."""
    before = text[max(0, found.start() - 20) : found.start()].split()
    verb = before[-1].lower().strip(",") if before else ""
    after = text[found.end() : found.end() + 45].split()
    after = after[1:] if after[:1] and after[0] in _RELAY_AUXILIARIES else after  # "a study has found"
    return FORM_TO_LEMMA.get(verb, verb) in REPORTING_VERBS or _reports(" ".join(after))


def _issuer_opening_next_sentence(index: NameIndex, at: int) -> str | None:
    """The organisation that opens the sentence after the one at ``at`` with a reporting verb, also after
    its kind ("Web tracking company Envisional said", ``_opens_described``), for ``_issuer_in_next_sentence``
    and ``_issuer_of_its_introduction``."""
    text = index.text
    end = next((m.end() for m in _SENTENCE_END.finditer(text, at)), None)
    if end is None:
        return None
    after = next((m.end() for m in _SENTENCE_END.finditer(text, end)), len(text))
    for pos, name, first in _organisation_candidates(index):
        if not end <= pos < after or name.lower() in DOCUMENT_HEADS:
            continue  # "Figures showed ...": a document's own noun, capitalised by its sentence
        if index.find(name) is not None:
            continue  # "... recent polls show that has reversed. Christie told reporters": a person, no issuer
        named_end = text.find(name, pos) + len(name)  # the run's offset may be its "The"
        opens = first or _opens_described(text[end : text.find(name, pos)])
        if opens and _reports(_past_acronym(text[named_end : named_end + 45])):
            return name
    return _newspaper_opening_sentence(text, end) or _body_of_staff_reporting(text, end, after) or (
        _writer_opening_sentence(index, end, after)
    )


# a sentence's opening words ending in a writer's noun (``document_writer_nouns``), then a name: "Essential Guide
# to British Quangos 2005 author Dan Lewis"
_WRITER_OPENING = re.compile(
    r"(?:[\w'’-]+[ \t]+){0,8}?(?:" + "|".join(map(re.escape, LEXICON.document_writer_nouns)) + r")[ \t]+"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,2})"
)


def _writer_opening_sentence(index: NameIndex, start: int, end: int) -> str | None:
    """"The UK has 529 quangos ..., a report claims. Essential Guide to British Quangos 2005 author Dan Lewis said
    ...": a document with no issuer of its own, whose next sentence opens with its writer (``document_writer_nouns``)
    and their name before a reporting verb, is that person's, as a body's opening that sentence is the body's."""
    m = _WRITER_OPENING.match(index.text, start, end)
    if m is None:
        return None
    person = index.find(m.group("name"))
    return person.name if person is not None and _reports(index.text[m.end() : m.end() + 45]) else None


# a sentence's opening words that describe the organisation named next: "Web tracking company ", "Research firm "
_DESCRIBED_OPENING = re.compile(r"[A-Z][a-z-]*(?:[ \t]+[a-z][\w-]*){0,3}[ \t]+$")


def _opens_described(opening: str) -> bool:
    """Whether a sentence's words before a name are its kind, ending in an organisation's noun: "Web tracking
    company Envisional said" opens with Envisional as "The Federal Trade Commission said" does."""
    return bool(_DESCRIBED_OPENING.fullmatch(opening)) and opening.split()[-1].lower() in ORG_NOUNS


# "..., say researchers at BDO Stoy Hayward.": a reporting verb, people by their trade, "at" and a body's name
_STAFF_AT = re.compile(
    r"\b(?P<verb>[a-z]+)[ \t]+(?P<staff>[a-z]+)[ \t]+at[ \t]+(?:the[ \t]+)?"
    r"(?P<body>" + _ORG_TOKEN + r"(?:[ \t]+" + _ORG_TOKEN + r")*)"
)


def _body_of_staff_reporting(text: str, start: int, end: int) -> str | None:
    """"UK businesses are set to prosper ..., according to a report. Optimism is at its highest since 1997
    ..., say researchers at BDO Stoy Hayward.": a document with no issuer of its own, whose next sentence
    is reported by people of a trade at a body ("researchers at", "analysts at"), is that body's, as their
    findings are. Narrower than any body named in that sentence (see ``_issuer_in_next_sentence``)."""
    for m in _STAFF_AT.finditer(text, start, end):
        verb, staff = m.group("verb"), m.group("staff")
        if FORM_TO_LEMMA.get(verb, verb) in REPORTING_VERBS and _is_plural(staff) and _singular(staff) in ROLE_NOUNS:
            return m.group("body")
    return None


# "The Times on Monday said ...": "The" and one capitalised word opening a sentence
_THE_ONE_CAPITAL = re.compile(r"The[ \t]+(?P<name>[A-Z][a-z]+)\b")


def _newspaper_opening_sentence(text: str, at: int) -> str | None:
    """"... has denied a report claiming he warned Michael Howard ... The Times on Monday said ...": a
    newspaper named once by "The" and a newspaper's word (lexicon ``outlet_name_words``), opening the
    next sentence with a reporting verb, is the report's issuer (``_organisation_candidates`` leaves out
    a one-word name the article uses once)."""
    m = _THE_ONE_CAPITAL.match(text, at)
    if m is None or m.group("name").lower() not in _OUTLET_NAME_WORDS:
        return None
    return m.group("name") if _reports(text[m.end() : m.end() + 45]) else None


# an acronym in brackets right after a name: "The Office for National Statistics (ONS) said"
_BRACKETED_ACRONYM = re.compile(r"^[ \t]*\([A-Z][A-Za-z&.]{1,9}\)")


def _past_acronym(rest: str) -> str:
    """The words after a name, past the acronym the article glosses it with: "(ONS) said" reports as
    "said" does."""
    return _BRACKETED_ACRONYM.sub("", rest, count=1)


def _reports(rest: str) -> bool:
    """Whether the words after a name are a reporting verb: "The Federal Trade Commission said", also
    after the time it spoke ("The Times on Monday said")."""
    words = rest.split()
    time = next((k for k in (3, 2) if _is_time_phrase(words[:k])), 0)
    word = next(iter(words[time:]), "").lower().strip(",.")
    verb = FORM_TO_LEMMA.get(word, word)
    # "New Hampshire seems stable": a verb that carries the tense of the next (lexicon ``tense_carrying_verbs``)
    # says nothing of its own without quotation marks
    return verb in REPORTING_VERBS and verb not in _TENSE_CARRIERS


_TENSE_CARRIERS = frozenset(LEXICON.tense_carrying_verbs)



# an issuer written with its document: "a September 14, 2004 GAO report", "BDO's quarterly survey",
# "the report by the Times of Zambia", "a report from analysts Gartner" (its kind in a word or two)
_ISSUER_BEFORE = (  # not an opening article alone: "A study by ..." is for _ISSUER_AFTER to read
    r"(?!(?:A|An|The)\s+(?:[a-z][\w-]*\s+){{0,2}}{head}\b)"
    r"(?P<before>" + _ORG_TOKEN + r"(?:[ \t]+" + _ORG_TOKEN + r")*)(?:['’]s?)?\s+"
    r"(?P<between>(?:[a-z][\w-]*\s+){{0,2}}){head}\b"
)
# "a report in the Argus Leader of Sioux Falls": a document a publication carried (published_documents),
# with the publication's capitals after "in"; "of" ends them (where it is published, not its name)
_PUBLISHED = "|".join(re.escape(h) for h in LEXICON.published_documents)
# "a 2013 article in the academic journal Judgment and Decision Making": the publication's noun (lexicon
# ``publication_nouns``), maybe after a word or two of its kind, may come before its name, and "and" may join
# the words of that name
_PUBLICATION_NOUN = (
    r"(?:(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:" + "|".join(re.escape(n) for n in LEXICON.publication_nouns) + r")[ \t]+)?"
)
_IN_OUTLET = (
    r"\b(?:{head})\s+in\s+(?:the\s+)?" + _PUBLICATION_NOUN
    + r"(?P<outlet>" + _ORG_TOKEN + r"(?:[ \t]+(?:and[ \t]+(?=[A-Z]))?" + _ORG_TOKEN + r")*)"
)
# a work's title may come between ("a new book, Brown's Britain by Robert Preston"), and so may the participle
# of who made it ("A survey conducted by PC Pro Magazine has revealed ... The survey found", "an affidavit written
# by Marc Bujnowski, a detective"), maybe after a comma ("The survey, conducted by the Pew Internet and American
# Life Project, showed")
# "The letter, from the Home Office, says:": the issuer may stand in commas after the noun, as an aside
_ISSUER_AFTER = (
    r"\b{head}(?:,[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{0,4}}[A-Z][\w'’-]*(?=[ \t]+by\b)|,(?=[ \t]+(?:by|from)\b))?"
    r"(?:,?\s+(?:{issuing})(?=\s+by\b))?\s+(?:{by})\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){{0,2}}"
    r"(?P<after>" + _ORG_TOKEN + r"(?:\s+(?:of\s+|and\s+(?=[A-Z]))?" + _ORG_TOKEN + r")*)"
)  # "and" inside one name: "A study by the Pew Internet and American Life Project"


# "new figures released on Tuesday by the British Phonographic Industry (BPI)", "Two motions were passed by
# the London Assembly", "a report compiled by anti-corruption body Transparency International": the words after
# the mention that name its issuer, maybe after a description ending in a kind of organisation (not any lower-case
# words: "released by the end of March" names no issuer)
_ISSUED_BY = re.compile(
    r",?\s+(?:(?:" + "|".join(LEXICON.passive_auxiliaries) + r")\s+)?"
    r"(?:" + "|".join((*LEXICON.issuing_participles, *LEXICON.lodging_participles)) + r")\b"
    r"[^.;:,]{0,40}?\bby\s+(?:the\s+)?"
    r"(?:(?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(map(re.escape, LEXICON.named_kind_nouns)) + r")\s+)?(?P<after>"
    + _ORG_TOKEN + r"(?:\s+(?:of\s+|and\s+(?=[A-Z]))?" + _ORG_TOKEN + r")*)"
)  # "A national poll released Sunday by The Washington Post and ABC News": joint issuers, as the article joins them


# "The email, released by Judicial Watch, was sent at 7:19 p.m. EST by then-Department of Defense Chief of Staff
# Jeremy Bash": a message the article says was sent by someone (a time's "p.m." between), then the capitals of
# their role and name (not "sent by mistake to Newsnight journalist Andrew McFadyen": a lowercase word after "by"
# is no sender's)
_SENT_BY = r"\b[Tt]he[ \t]+{head}\b[^.\n]{{0,100}}?\bwas[ \t]+sent\b[^\n]{{0,40}}?\bby[ \t]+(?P<run>[^,.;:\n]+)"


def _sender_of_the_message(r: _Reading) -> str | None:
    """"according to a newly uncovered email ... The email, released by Judicial Watch, was sent ... by
    then-Department of Defense Chief of Staff Jeremy Bash": a message is its writer's document, who sent it,
    not the body that released it; named once in the article, as a person the article names in full."""
    if r.head not in _SENT_MESSAGES:
        return None
    senders = set()
    for m in _re.finditer(_SENT_BY.format(head=re.escape(r.head)), r.index.text):
        words = m.group("run").split()
        if any(w[:1].islower() and w not in ("of", "the") and not w.startswith("then-") for w in words):
            continue
        person = _match_name(words[-3:], m.start(), r.index) or _match_name(words[-2:], m.start(), r.index)
        senders.add(person.name if person is not None else None)
    return senders.pop() if len(senders) == 1 else None


_SENT_MESSAGES = frozenset(LEXICON.sent_messages)


def _issuer_run(found: re.Match[str] | None) -> str:
    """The issuer's words an issuer pattern matched after a document. A possessive ends them when a body's own
    team or unit issued it ("A message sent to F-Secure by Google's security team"): the body's name."""
    return re.sub(r"['’]s$", "", found.group("after")) if found else ""


def _issuer_after(r: _Reading) -> str | None:
    """The issuer named right after a document's mention, by a participle: "new figures released by X",
    "An official complaint has been made to local government watchdogs by X"."""
    found = _ISSUED_BY.match(r.index.text, r.mention.span.end) if r.mention.span.end else None
    run = _issuer_run(found)
    if not run or run in _REGIONS or run in _place_names() or _re.search(r"-[a-z]+$", run):
        return None  # "released by UK-based analysts": a place or an adjective is no issuer
    return " ".join(run.split())


# "figures her campaign released Friday", "a letter the Sanders campaign sent": a reduced relative clause right
# after the document, its subject (a determiner or possessive and up to five words) and an issuing verb
_RELATIVE_ISSUER = re.compile(
    r"\s+(?P<issuer>(?:" + "|".join(map(re.escape, ("the", *LEXICON.possessive_pronouns))) + r")\s+"
    r"(?:[\w'’.&-]+\s+){0,4}?[\w'’.&-]+)\s+(?:" + "|".join(map(re.escape, LEXICON.issuing_verbs_past)) + r")\b"
)


# capitalised words, maybe joined by "of", "for" or "and" ("Office for National Statistics")
_CAPITALISED_NAME = re.compile(r"[A-Z]\S*(?:\s+(?:[A-Z]\S*|of|for|and))*")


def _issuer_in_reduced_relative(r: _Reading) -> str | None:
    """"according to figures her campaign released Friday": a document followed by a relative clause with no
    "that", whose subject issued it, is that subject's, named as the subject resolves ("her campaign": the
    candidate's campaign); only a body or a person the article names."""
    found = _RELATIVE_ISSUER.match(r.index.text, r.mention.span.end) if r.mention.span.end else None
    if found is None:
        return None
    words = found.group("issuer")
    named = words.split()[1:]
    if named[0][0].isupper() and _may_be_issuer(named) and _CAPITALISED_NAME.fullmatch(" ".join(named)):
        return " ".join(named)  # "figures the Office for National Statistics released": the name as written
    at = found.start("issuer")
    head = words.split()[-1].lower()
    if len(named) == 1 and head in _CANDIDATE_BODIES and words.split()[0].lower() in _OWNER_PRONOUNS:
        # "figures her campaign released": the candidate's campaign, the possessive read as its pronoun would be
        # in the sentence (the campaign rule goes by who spoke before, and the candidate may not have yet)
        owner = words.split()[0]
        person, typ, _rule = resolve_with_rule(
            Mention(owner, Span(at, at + len(owner)), "pronoun", None, owner.lower()), r.index,
            history=r.history, published=r.published, holder=r.holder,
        )
        return f"{person} {head}" if person and typ == "person" else None
    name, typ, _rule = resolve_with_rule(
        Mention(words, Span(at, at + len(words)), "role", None, head), r.index,
        history=r.history, published=r.published, holder=r.holder,
    )
    return name if name and typ in ("org", "person") else None


# "a report earlier this week from the British Retail Consortium": a few words, then "from" and the issuer
_FROM_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}?from\s+(?:the\s+)?(?P<after>" + _ORG_TOKEN + r"(?:\s+(?:of\s+)?" + _ORG_TOKEN + r")*)"
)


def _issuer_from_after(r: _Reading) -> str | None:
    """"according to a report earlier this week from the British Retail Consortium": the organisation
    after a few words and "from", right after the document's mention (a place is no issuer)."""
    found = _FROM_AFTER.match(r.index.text, r.mention.span.end) if r.mention.span.end else None
    run = _issuer_run(found)
    if not run or run in _REGIONS or run in _place_names() or run in _US_STATES or not _may_be_issuer(run.split()):
        return None  # "Exit polls from the New Hampshire primary": where they were taken
    return run


def _issuer_of_its(r: _Reading) -> str | None:
    """"The commission says capping donations would cost more. "While we are not ...," says its report":
    "its" document is the organisation's that spoke last, within about a paragraph."""
    if r.lowered[0] != "its":
        return None
    last = next(((pos, name) for pos, name, g in reversed(r.history) if pos < r.at and g == NEUTER), None)
    return last[1] if last is not None and r.at - last[0] <= _SPOKE_WITHIN else None


# "its submission", "its hefty American Community Survey": a document "its" gives, maybe by its title (capitals
# ending in the noun in title case)
_ITS_DOCUMENT = (
    r"\bits[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{head}|(?P<title>(?:[A-Z][\w'’-]*[ \t]+){{1,4}}){title})\b"
)


def _body_of_its_document_before(r: _Reading) -> str | None:
    """"The TUC said in its submission before the Budget that ... The 36-page submission also urges": "the"
    document with no issuer of its own is the one an earlier sentence gave as "its" (the same noun, within
    about two paragraphs), by the organisation that sentence opens with; not a person ("Mr Smith ... its"). A
    document "its" gives a title ("The Census Bureau is sending its hefty American Community Survey to ... The
    survey asks", PolNeAR train usa-today_2015-11-24) is the one document of its noun, however far on."""
    text = r.index.text
    found = None
    for m in _re.finditer(_ITS_DOCUMENT.format(head=re.escape(r.head), title=re.escape(r.head.capitalize())), text):
        if m.start() >= r.at:
            break
        found = m
    if found is None or (r.at - found.start() > 2 * _SPOKE_WITHIN and not found.group("title")):
        return None  # two paragraphs or so: "The submission also calls for" closes the TUC's story
    start = _sentence_start(text, found.start())
    words = _CAPITALS.match(text, start).group().split()
    while words and (words[0].lower() in _STOP or words[0] in NOT_NAME_WORDS):
        words = words[1:]  # "The TUC said": the sentence's capital, not the name's
    run = " ".join(words)
    if not run or not _may_be_organisation(run) or r.index.find(run) is not None:
        return None
    return run


def _issuer_named_before(head: str, at: int, index: NameIndex) -> str | None:
    """"The report warned": the issuer of the report the article has named before ("A September 14,
    2004 GAO report"), by the latest earlier mention of the same word that names one."""
    return next((run for pos, run in reversed(_issuers_of(head, index)) if pos < at), None)


def _issuer_after_own_noun(r: _Reading) -> str | None:
    """"The study, conducted by consultancy Building Zones, found": the issuer the words after the mention's
    own noun name (``_issuers_of``, read from the noun on: not the capitals before it, "the Sunday Telegraph
    report", which the mention's own rules read)."""
    noun = r.at + r.text.lower().rfind(r.head)
    return next((run for pos, run in _issuers_of(r.head, r.index) if noun <= pos < r.mention.span.end), None)


def _issuer_in_own_passive(r: _Reading) -> str | None:
    """"The figures were prepared by the Association of Leading Visitor Attractions (Alva)": the issuer
    the passive that the mention's own noun opens names (``_issuers_passive``)."""
    end = r.mention.span.end
    return next((run for pos, run in _issuers_passive(r.head, r.index.text) if r.at <= pos < end), None)


_RESEARCH_NOUNS = tuple(LEXICON.research_nouns)
_RESEARCH_YIELDS = frozenset(LEXICON.research_yields)
# the nouns an article may use for one and the same document, in turn
_AD_NOUNS = tuple(LEXICON.ad_nouns)
_LAWSUIT_NOUNS = tuple(LEXICON.lawsuit_nouns)
_POSSESSIVES = frozenset(LEXICON.possessive_pronouns)
_ONE_DOCUMENT_NOUNS = (_RESEARCH_NOUNS, tuple(LEXICON.lawsuit_nouns), _AD_NOUNS)


def _issuers_of(head: str, index: NameIndex) -> list[tuple[int, str]]:
    """(offset, issuer) of the mentions of a document's noun that name its issuer, in text order; for
    a piece of research or a lawsuit, of any of its nouns ("a survey" that "A study by X" names, "the suit"
    that "Marion Jones has filed a lawsuit" does)."""
    heads = next((nouns for nouns in _ONE_DOCUMENT_NOUNS if head in nouns), (head,))
    if head in _RESEARCH_YIELDS:
        heads = (head, *_RESEARCH_NOUNS)  # "The results also showed": the survey's before
    return sorted(found for noun in heads for found in _issuers_of_noun(noun, index))


def _issuers_of_noun(head: str, index: NameIndex) -> tuple[tuple[int, str], ...]:
    if head not in index.issuers:
        index.issuers[head] = tuple(_find_issuers_of_noun(head, index))
    return index.issuers[head]


# a sponsor's participle hyphened to an issuer's name: "Nokia-sponsored", "Kremlin-backed" (not "ILO-based")
_SPONSOR_HYPHEN = re.compile(r"(?<=[\w.])-(?:" + "|".join(map(re.escape, LEXICON.sponsor_participles)) + r")$")
# "its latest " before a document's capitals: an owner's word, so the capitals are the document's title
_OWNED_TITLE_BEFORE = re.compile(r"\b(?:its|their)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$")


# a capitalised word and "the", "of" or "and" right before an issuer's capitals: a name with lower-case words inside
_NAME_RUNS_ON_BEFORE = re.compile(r"[A-Z][\w/'’-]*[ \t]+(?:the|of|and|&)[ \t]+$")


def _find_issuers_of_noun(head: str, index: NameIndex) -> list[tuple[int, str]]:
    text = index.text
    found = []
    for m in _issuer_pattern(head).finditer(text):
        if m.group("before") and any(w in _STOP for w in m.group("between").split()):
            continue  # "According to the report": not the report's issuer
        if _part_of_longer_name(text, m):
            continue  # "the Forum for the Future report", "the report from the Food and Agriculture ..."
        if m.group("before") and _OWNED_TITLE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "said in its latest Beige Book report": the report's title; its owner is the issuer
        if m.group("before") and text[m.end() - len(head)].isupper() and _NAME_RUNS_ON_BEFORE.search(
                text, max(0, m.start() - 40), m.start()):
            continue  # "the latest USA TODAY/Rock the Vote Poll": the pollster's name runs on past "the", not "Vote"
        if m.group("after") and text.startswith(".-", m.end("after")):
            continue  # "polling by the A.F.L.-C.I.O.": a name the capitals' pattern cut, no name rather than "A.F.L"
        run = (m.group("before") or _issuer_after_by(index, m.group("after"), m.end("after"))).split()
        while run and (run[0] in NOT_NAME_WORDS or run[0].lower() in _STOP or run[0].lower() in _POSSESSIVES):
            # "A September 14, 2004 GAO report": a date or an opening word is not the issuer, nor a possessive
            # in someone's quoted words ("Your letter ..." written to a newspaper)
            run = run[1:]
        run[-1:] = [run[-1].removesuffix("'s").removesuffix("’s").rstrip("'’")] if run else []
        # "The Nokia-sponsored research": the sponsor's name before the hyphen, not the participle (doc76)
        run[-1:] = [_SPONSOR_HYPHEN.sub("", run[-1])] if run else []
        if len(run) == 1 and _is_plural_title(run[0]):
            continue  # "A report by two MPs committees": people, not an issuer's name
        if run and (_is_place_word(" ".join(run)) or " ".join(run) in _US_STATES and head not in _LAWSUIT_NOUNS):
            continue  # "who briefly led Iowa polls": where they were taken, not who took them (a state may sue)
        if len(run) == 1 and run[0].lower() in ORG_NOUNS:
            run = (_full_name_headed_by(run[0], text) or run[0]).split()  # "The Bank's minutes": its full name
        opens = _OPENS_SENTENCE.search(text, max(0, m.start() - 4), m.start()) or m.start() == 0
        opens = opens and m.group("before")  # the capitals after "Research from" are the issuer's own
        # ... and those after an opening "The" right before the noun are too: "The Post-SurveyMonkey poll finds"
        # (doc76); not with words between, where the noun may be a verb ("The Reuters news agency reports that")
        opens = opens and not (m.group("before").split()[0].lower() in _DETERMINERS and not m.group("between").strip())
        if run and _may_be_issuer(run) and not (opens and len(run) == 1 and not run[0].isupper()):
            found.append((m.start(), " ".join(run)))  # "Latest sales figures": capitalised by its sentence
    found += _issuers_introducing(head, text) + _issuers_conducting(head, index) + _issuers_passive(head, text)
    found += _bodies_described_introducing(head, index)
    found += _issuers_saying_in_own(head, index)
    return sorted(found + _publications_carrying(head, text) + _sites_posting(head, text))


# "a message posted on Suprnova.org", "a statement posted on the website GunBroker.com": a document's noun, a
# participle of putting it on a site (lexicon ``site_posting_participles``), then the site's web address
_POSTED_ON_SITE = (
    r"\b{head}[ \t]+(?:" + _spaced_phrases(LEXICON.site_posting_participles)
    + r")[ \t]+on[ \t]+(?:the[ \t]+(?:[a-z][\w-]*[ \t]+)?)?(?P<site>[A-Za-z][\w.-]*)"
)


def _sites_posting(head: str, text: str) -> list[tuple[int, str]]:
    """"In a message posted on Suprnova.org on Sunday, the site's controllers said ... If the site did return, the
    message said": (offset, site) of each document the article says was posted on a site it names by its web
    address, the site's own document (as "A statement on Apple's website" is Apple's); a name that is no address
    ("posted on Facebook", a platform others post on) names no issuer."""
    found = []
    for m in _re.finditer(_POSTED_ON_SITE.format(head=re.escape(head)), text):
        site = m.group("site").rstrip(".")
        if _WEB_ADDRESS.fullmatch(site):
            found.append((m.start(), site))
    return found


def _publications_carrying(head: str, text: str) -> list[tuple[int, str]]:
    """"According to a report in the Argus Leader of Sioux Falls, ... The report says": (offset,
    publication) of each document the article says a publication carried; not a place ("reports in
    China") nor a date ("a report in March")."""
    if head not in LEXICON.published_documents:
        return []
    found = []
    for m in _re.finditer(_IN_OUTLET.format(head=re.escape(head)), text):
        outlet = m.group("outlet")
        if not _is_place_word(outlet) and outlet.split()[0] not in NOT_NAME_WORDS:
            found.append((m.start(), outlet))
    return found


# lower-case words after an issuer's capitals, then maybe a name: "by the Commons work and pensions
# committee", "by Sunday Telegraph journalist Robert Peston"
_WORDS_AFTER_CAPITALS = re.compile(
    r"[ \t]+((?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*)(?:[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)+))?"
)


def _issuer_after_by(index: NameIndex, run: str, end: int) -> str:
    """The issuer in the capitals after "by": the person a role after them names ("The book by Sunday
    Telegraph journalist Robert Peston"); nobody when they only qualify an organisation's noun ("A
    report by the Commons work and pensions committee") or join two names each complete ("the research
    by the Licensed Taxi Drivers Association and Pointsec"); never a place before the name ("the US Pew
    Research Center")."""
    found = _WORDS_AFTER_CAPITALS.match(index.text, end)
    nouns, ended = [], False
    for word in found.group(1).split() if found else ():
        if word in _VERBS_AFTER_SUBJECT or (word in _STOP and word != "and"):
            ended = True  # "the Pew ... Project found that players are": the noun phrase has ended
            break
        nouns.append(word.removesuffix("s"))
    # a name after the phrase has ended is another clause's ("A report by the IEA's Photovoltaic Power
    # Systems Program stated the South Korean ..."), not the role's holder
    person = index.find(found.group("name")) if found and found.group("name") and not ended else None
    if person is not None:
        return person.name
    if any(w in ORG_NOUNS or w in ROLE_NOUNS for w in nouns):
        return ""
    first, _and, _rest = run.partition(" and ")
    if _and and first.split()[-1].lower() in ORG_NOUNS | _ORG_NAME_ENDINGS:
        return ""
    words = run.split()
    while len(words) > 1 and _is_place_word(_unowned(words[0])):
        words = words[1:]  # "the US Pew Research Center", "the UK's Office of Fair Trading"
    return " ".join(words)


def _is_place_word(word: str) -> bool:
    """A country's, place's or region's name ("UK", "Paris", "Europe")."""
    return word in _place_names() or word in _REGIONS


def _unowned(word: str) -> str:
    """A word without its possessive ending: "UK's" is "UK"."""
    return word.removesuffix("'s").removesuffix("’s")


def _issuers_conducting(head: str, index: NameIndex) -> list[tuple[int, str]]:
    """"When business advisers PricewaterhouseCoopers (PwC) conducted the same survey", "Andrew Pearson,
    European boss of Workshare which commissioned the research": the organisation that conducted,
    commissioned, published or released a document is its issuer; so is the plaintiff who filed or brought a
    lawsuit ("Marion Jones has filed a lawsuit for defamation")."""
    found = []
    for m in _conducting_pattern(head).finditer(index.text):
        run = _subject_named(m.group("subject"), index)
        if run and _may_be_organisation(run):
            found.append((m.start(), run))
    if head in LEXICON.lawsuit_nouns:
        found += _plaintiffs(index)
    if head in _AD_NOUNS:
        found += _sponsors(head, index)
    if head in _CAMPAIGN_DOCUMENTS:
        found += _campaigns_sending(head, index)
    return found


_CAMPAIGN_DOCUMENTS = frozenset(LEXICON.campaign_documents)
_SENDING = "|".join(re.escape(v) for v in sorted(LEXICON.sending_verbs, key=len, reverse=True))
_CAMPAIGN = "|".join(map(re.escape, LEXICON.candidate_bodies))
_OWNER = (r"(?:the[ \t]+)?(?P<{g}>" + _ORG_TOKEN + r"(?:[ \t]+" + _ORG_TOKEN + r")*?)(?:['’]s)?[ \t]+"
          r"(?P<{g}_body>" + _CAMPAIGN + ")")


@lru_cache(maxsize=8)
def _campaign_sending_pattern(head: str) -> re.Pattern:
    # compiled once per document noun, as _issuer_pattern: "The Cruz campaign sent a fundraising email",
    # "Clinton's campaign sent out an email", "a separate statement issued by the Sanders campaign"
    return _re.compile(
        _OWNER.format(g="subject") + r"[ \t]+(?:(?:on[ \t]+)?[A-Z][a-z]+[ \t]+)?(?:(?:has|had)[ \t]+)?"
        r"(?:" + _SENDING + r")[ \t]+(?:a|an|its|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?" + re.escape(head) + r"\b"
        r"|\b" + re.escape(head) + r"[ \t]+(?:" + _SENDING + r")[ \t]+by[ \t]+" + _OWNER.format(g="by")
    )


def _campaigns_sending(head: str, index: NameIndex) -> list[tuple[int, str]]:
    """(offset, campaign) of each email or statement the article says a candidate's campaign sent out: the
    campaign's, named as the candidate's campaign is ("Ted Cruz campaign"), when the article names the
    candidate; "his campaign" is for the pronoun's reading."""
    found = []
    for m in _campaign_sending_pattern(head).finditer(index.text):
        side = "subject" if m.group("subject") else "by"
        words = m.group(side).split()
        while words and (words[0] in NOT_NAME_WORDS or words[0].lower() in _STOP):
            words = words[1:]
        person = _match_name(words, m.start(), index) if 0 < len(words) <= 3 else None
        if person is not None:  # "The Cruz campaign": Ted Cruz, named in full before
            found.append((m.start(), person.name + " " + m.group(side + "_body")))
    return found


_SPONSORING = "|".join(re.escape(v) for v in LEXICON.sponsoring_verbs)


@lru_cache(maxsize=8)
def _sponsoring_pattern(head: str) -> re.Pattern:
    # compiled once per ad noun, as _issuer_pattern: capitals, maybe the body's noun ("The Jeb Bush campaign"),
    # maybe an auxiliary, a sponsoring verb, then the ad
    return _re.compile(
        r"(?P<subject>" + _ORG_TOKEN + r"(?:[ \t]+(?:of[ \t]+)?" + _ORG_TOKEN + r")*)"
        r"(?:[ \t]+(?!(?:is|are|was|were|will|has|have|had)\b)(?P<body>[a-z]+))?"
        r"(?:,[^,.;:]{1,80},)?"  # "NextGen Climate, founded by billionaire ... Tom Steyer, will air"
        r"[ \t]+(?:(?:is|are|was|were|will|has|have|had)[ \t]+)?(?:" + _SPONSORING + r")"
        r"[ \t]+(?:the|a|an|its|his|her|their)[ \t]+(?:(?!(?:and|or)\b)[\w-]+[ \t]+){0,3}?" + re.escape(head) + r"\b"
        r"(?![ \t]+(?:" + "|".join(map(re.escape, LEXICON.ad_compound_heads)) + r")\b)"
    )


def _sponsors(head: str, index: NameIndex) -> list[tuple[int, str]]:
    """(offset, sponsor) of each ad the article says a candidate, a campaign or a group puts out: "Democratic
    presidential candidate Bernie Sanders is releasing a new 30-second ad ... The ad says" is his; "The Jeb
    Bush campaign is releasing a new online ad" the campaign's, named as the candidate's campaign is
    ("Jeb Bush campaign"). A body's noun other than a campaign's ends no name ("the group is running")."""
    found = []
    for m in _sponsoring_pattern(head).finditer(index.text):
        body = m.group("body")
        if body and body not in _CANDIDATE_BODIES:
            continue
        run = _subject_named(m.group("subject"), index)
        person = index.find(run) if run else None
        if person is not None:
            run = person.name
        if run and (person is not None or _may_be_organisation(run)):
            found.append((m.start(), f"{run} {body}" if body else run))
    return found


def _subject_named(words: str, index: NameIndex) -> str:
    """The name in a verb's capitalised subject: without the sentence's opening word ("The Pew Centre
    conducted"), and as the person the article names when a word describes them before the name
    ("Californian Thomas Slattery filed the suit", "Actor Bruce Willis is suing")."""
    run = words.split()
    while run and (run[0] in NOT_NAME_WORDS or run[0].lower() in _STOP):
        run = run[1:]
    person = index.find(" ".join(run[1:])) if len(run) > 2 and not index.find(" ".join(run)) else None
    return person.name if person is not None else " ".join(run)


_SUING = "|".join(re.escape(v) for v in LEXICON.suing_verbs)
# "Actor Bruce Willis is suing Revolution Studios", "Boeing was sued by Lockheed Martin": who sues
_PLAINTIFF = re.compile(
    r"(?P<subject>" + _ORG_TOKEN + r"(?:[ \t]+(?:of[ \t]+)?" + _ORG_TOKEN + r")*)[ \t]+"
    r"(?:(?:is|are|has|have|had)[ \t]+)?(?:" + _SUING + r")\b(?![ \t]+by\b)"
    r"|\b(?:" + _SUING + r")[ \t]+by[ \t]+(?:the[ \t]+)?(?P<by>" + _ORG_TOKEN + r"(?:[ \t]+(?:of[ \t]+)?" + _ORG_TOKEN
    + r")*)"
)


def _plaintiffs(index: NameIndex) -> list[tuple[int, str]]:
    """(offset, name) of each plaintiff the article names suing: a lawsuit is issued by who brings it."""
    found = []
    for m in _PLAINTIFF.finditer(index.text):
        run = _subject_named(m.group("subject") or m.group("by"), index)
        if run and _may_be_organisation(run):
            found.append((m.start(), run))
    return found


def _issuers_passive(head: str, text: str) -> list[tuple[int, str]]:
    """"The survey of consumers in the UK, France and Germany was carried out by consultancy group
    Capgemini": the organisation a sentence says conducted or published the document, in the passive,
    is its issuer, as in the active ("X conducted the survey")."""
    found = []
    for m in _passive_issuing_pattern(head).finditer(text):
        if _PASSIVE_BETWEEN_STOPS.search(m.group("between")):
            continue  # "the survey showed that the work was carried out by": another clause's passive
        run = m.group("after").split()
        while len(run) > 1 and _is_place_word(run[0]):
            run = run[1:]
        client = _CLIENT.match(text, m.end("after")) if head in _COMMISSIONED else None
        if client is not None:  # "was conducted by Sunovate on behalf of Dimension Data": the client's survey
            run = client.group("client").split()
        if run and _may_be_organisation(" ".join(run)) and _may_be_issuer(run):
            found.append((m.start(), " ".join(run)))
    return found


# words that end the document's own noun phrase before the passive: a clause of its own has begun
_PASSIVE_BETWEEN_STOPS = re.compile(r"\b(?:" + "|".join(map(re.escape, LEXICON.passive_issuer_stops)) + r")\b")


_ISSUING = "|".join(re.escape(v) for v in LEXICON.issuing_participles)
_FILING = "|".join(re.escape(v) for v in LEXICON.filing_verbs)
_ISSUING_AFTER = "|".join(re.escape(v) for v in (*LEXICON.issuing_participles, *LEXICON.issuing_participles_after))
# the issuer rules read a maker after the document's own noun by these and by collecting ones too
_ISSUING_OR_COLLECTING = "|".join(re.escape(v) for v in LEXICON.collecting_participles) + "|" + _ISSUING_AFTER

# "the report for the US-China Economic and Security Review Commission", "The survey was conducted by Sunovate on
# behalf of Dimension Data", "figures compiled by Chart-Track for the Entertainment and Leisure Software Publishers
# Association": research done for a body (lexicon ``commissioned_documents``) is the body's, not the agent's
# that compiled it (``_client_after_agent``); in a mention that names its maker by "by" elsewhere ("a report for
# Oxfam on Germany's energy policies by the environmental nonprofit E3G") the maker is left as its issuer
_COMMISSIONED_NOUNS = r"\b(?:" + "|".join(re.escape(h) for h in LEXICON.commissioned_documents) + r")"
_AGENT_RUN = r"(?:the\s+)?" + _ORG_TOKEN + r"(?:\s+" + _ORG_TOKEN + r")*"
_FOR_CLIENT = (
    r"\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?"
    r"(?P<client>" + _ORG_TOKEN + r"(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?" + _ORG_TOKEN + r")*)"
)


_CLIENT = re.compile(_FOR_CLIENT)


# a sentence opening with an issuing participle and its agent, set off by a comma before "the" and a document's
# noun: "Compiled by Central Banking Publications and sponsored by the UK's Royal Bank of Scotland, the survey"
_OPENING_PARTICIPLE = re.compile(
    r"(?:" + "|".join(re.escape(v.capitalize()) for v in LEXICON.issuing_participles) + r")[ \t]+by[ \t]+"
    r"(?:the[ \t]+)?(?P<body>" + _ORG_TOKEN + r"(?:[ \t]+" + _ORG_TOKEN + r")*)[^.;:]{0,80}?,[ \t]+the[ \t]+"
    r"(?P<noun>[a-z]+)\b"
)


def _participle_opening_issuer(text: str, start: int) -> tuple[str, int, str] | None:
    """(agent, offset of "the", noun) when the sentence at ``start`` opens with an issuing participle and its
    agent before "the" document; None otherwise."""
    m = _OPENING_PARTICIPLE.match(text, start)
    if m is None or m.group("noun") not in DOCUMENT_HEADS or not _may_be_organisation(m.group("body")):
        return None
    return m.group("body"), m.start("noun") - 4, m.group("noun")


def _issuer_in_opening_participle(r: _Reading) -> str | None:
    """"Compiled by Central Banking Publications and sponsored by the UK's Royal Bank of Scotland, the survey
    found ...": "the" document its own sentence opens by saying who compiled it is that body's."""
    found = _participle_opening_issuer(r.index.text, _sentence_start(r.index.text, r.at))
    return found[0] if found and found[1] == r.at else None


def _issuer_in_participle_after(r: _Reading) -> str | None:
    """"A report last month already showed that the dollar was losing its allure. Compiled by Central Banking
    Publications ..., the survey found ...": a piece of research with no issuer of its own, whose next sentence
    opens saying who compiled "the" research it goes on with (any of its nouns), is that body's."""
    if r.head not in _RESEARCH_NOUNS:
        return None
    text = r.index.text
    end = next((m.end() for m in _SENTENCE_END.finditer(text, r.mention.span.end)), None)
    found = _participle_opening_issuer(text, end) if end is not None else None
    return found[0] if found and found[2] in _RESEARCH_NOUNS else None


@lru_cache(maxsize=_DOCUMENT_NOUNS_KEPT)
def _conducting_pattern(head: str) -> re.Pattern:
    # compiled once per document noun, as _issuer_pattern
    return _re.compile(
        r"(?P<subject>" + _ORG_TOKEN + r"(?:[ \t]+(?:of[ \t]+)?" + _ORG_TOKEN + r")*)(?:\s+\([A-Z][\w&-]*\))?"
        r"(?:,?\s+(?:which|that|who))?"  # "Workshare which commissioned the research": its relative clause
        r"\s+(?:(?:has|have|had)\s+)?(?:" + _ISSUING + "|" + _FILING + r")"  # "Marion Jones has filed a lawsuit"
        r"\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?" + re.escape(head) + r"\b"
    )


@lru_cache(maxsize=_DOCUMENT_NOUNS_KEPT)
def _passive_issuing_pattern(head: str) -> re.Pattern:
    # compiled once per document noun, as _issuer_pattern; the noun phrase may run on ("of consumers in ...")
    return _re.compile(
        r"\b" + re.escape(head) + r"\b(?P<between>[^.;:!?" + _DOUBLE + r"]{0,90}?)"
        r"\s+(?:was|were|has\s+been|had\s+been)\s+"
        r"(?:" + _ISSUING_OR_COLLECTING + r")\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}"
        r"(?P<after>" + _ORG_TOKEN + r"(?:\s+(?:of\s+)?" + _ORG_TOKEN + r")*)"
    )


def _issuers_introducing(head: str, text: str) -> list[tuple[int, str]]:
    """"In a new report, the Electoral Commission says ...": the organisation that reports in the
    sentence a document opens is the document's issuer, for a later "the report says"."""
    return [(m.start(), m.group("subject")) for m in _introducing_pattern(head).finditer(text)
            if _reports(m.group("verb")) and _may_be_organisation(m.group("subject"))]


def _bodies_described_introducing(head: str, index: NameIndex) -> list[tuple[int, str]]:
    """"The new rules have also been called into question by the parliamentary Joint Committee on Human Rights. In a
    report published last July the cross-party committee stated ... the report added": a body described by an
    organisation's noun, reporting in the sentence a document opens, is the organisation named last before it
    with that noun in its name (as "the committee" takes it up), so the document's issuer (as a body named there
    is, ``_issuers_introducing``)."""
    found = []
    for m in _introducing_description_pattern(head).finditer(index.text):
        noun = m.group("noun")
        if noun not in ORG_NOUNS or not _reports(m.group("verb")):
            continue
        named = next(((pos, name) for pos, name, _first in reversed(_organisation_candidates(index))
                      if pos < m.start() and noun.capitalize() in name.split()), None)
        if named:
            found.append((m.start(), _name_running_on(index.text, *named)))
    return found


# the rest of a body's name after a linking word: "on Human Rights" of "Joint Committee on Human Rights"
_NAME_RUNS_ON = re.compile(
    r"(?:[ \t]+(?:of|on|for)[ \t]+(?:the[ \t]+)?" + _ORG_TOKEN + r"(?:[ \t]+" + _ORG_TOKEN + r")*)*"
)


def _name_running_on(text: str, at: int, name: str) -> str:
    """A body's name as written at ``at`` with what it runs on with after "of", "on" or "for"."""
    named = text.find(name, at)
    return name + _NAME_RUNS_ON.match(text, named + len(name)).group() if named >= 0 else name


@lru_cache(maxsize=_DOCUMENT_NOUNS_KEPT)
def _introducing_description_pattern(head: str) -> re.Pattern:
    # compiled once per document noun, as _issuer_pattern: the document, the rest of its phrase ("published last
    # July"), "the", a word or two, the body's noun and its verb
    return _re.compile(
        r"\b[Ii]n\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?" + re.escape(head) + r"\b[^.;:,]{0,40}?,?\s+"
        r"the\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\s+(?P<verb>[a-z]+)"
    )


def _issuers_saying_in_own(head: str, index: NameIndex) -> list[tuple[int, str]]:
    """"Exxon Mobil contended in its letter, ... The letter also accuses": the organisation that reports in its
    own document is the document's issuer, for a later "the letter" (as "In a new report, the Electoral
    Commission says" is, ``_issuers_introducing``)."""
    found = []
    for m in _saying_in_own_pattern(head).finditer(index.text):
        if m.group("own") not in ("its", "their"):
            continue  # "in a report": read only for the next "the report", by _body_said_in_one_before
        run = _subject_named(m.group("subject"), index)
        if _reports(m.group("verb")) and run and _may_be_organisation(run):  # "its": a body, whatever the index
            # at the noun's end: the body's, not the officer's it may go on to say wrote it ("in its letter,
            # written by Kenneth P. Cohen, a vice president")
            found.append((m.end(), run))
    return found


@lru_cache(maxsize=_DOCUMENT_NOUNS_KEPT)
def _saying_in_own_pattern(head: str) -> re.Pattern:
    # compiled once per document noun, as _issuer_pattern
    return _re.compile(
        r"(?P<subject>" + _ORG_TOKEN + r"(?:[ \t]+(?:of[ \t]+)?" + _ORG_TOKEN + r")*)[ \t]+(?P<verb>[a-z]+)"
        r"[ \t]+in[ \t]+(?P<own>its|their|an?)[ \t]+(?:[\w-]+[ \t]+){0,3}?" + re.escape(head) + r"\b"
    )


_LINKED_BEFORE = re.compile(r"[A-Z][\w-]*\s+(?:of|for|and|on)\s+(?:the\s+)?$")


def _part_of_longer_name(text: str, m: re.Match) -> bool:
    """Whether an issuer's capitals are the end of a longer name ("the Forum for the Future report") or
    the start of two names joined ("from the Food and Agriculture Organisation and the World Food
    Programme"): the words found are not the issuer's whole name."""
    if m.group("before"):
        return bool(_LINKED_BEFORE.search(text, max(0, m.start("before") - 40), m.start("before")))
    return text.startswith(" and ", m.end("after"))


@lru_cache(maxsize=_DOCUMENT_NOUNS_KEPT)
def _introducing_pattern(head: str) -> re.Pattern:
    # compiled once per document noun, as _issuer_pattern
    return _re.compile(
        r"\b[Ii]n\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?" + re.escape(head) + r",?\s+(?:the\s+)?"
        r"(?P<subject>" + _ORG_TOKEN + r"(?:[ \t]+(?:of[ \t]+)?" + _ORG_TOKEN + r")*)[ \t]+(?P<verb>[a-z]+)"
    )


# "a poll for mobile firm Intervoice": research done for an organisation is the one that commissioned it
_COMMISSIONED = frozenset(LEXICON.commissioned_documents)


_ISSUER_TITLED_NOUNS = frozenset(LEXICON.issuer_titled_nouns)


@lru_cache(maxsize=_DOCUMENT_NOUNS_KEPT)
def _issuer_pattern(head: str) -> re.Pattern:
    # compiled once per document noun: re's own cache is churned by the per-name patterns
    by = "by|from|for" if head in _COMMISSIONED else "by|from"
    # opening its sentence the noun is capitalised: "Research from Halifax, the country's biggest mortgage
    # lender, suggests ..." names the issuer of the lede's "a report indicates"
    opening = r"(?:" + re.escape(head) + r"|(?:(?<=[.!?] )|(?<!.))" + re.escape(head.capitalize()) + r")"
    # a pollster's name may take the noun in title case: "a Morning Consult Poll found" (lexicon
    # ``issuer_titled_nouns``); the capitals before it are still the issuer's
    before = re.escape(head)
    if head in _ISSUER_TITLED_NOUNS:
        before = r"(?:" + before + r"|(?<=[A-Za-z.][ \t])" + re.escape(head.capitalize()) + r")"
    return _re.compile(
        _ISSUER_BEFORE.format(head=before)
        + "|"
        + _ISSUER_AFTER.format(head=opening, by=by, issuing=_ISSUING_OR_COLLECTING)
    )


def _role_then_name_rule(r: _Reading) -> Resolved | None:
    """"Shadow leader of the Commons Oliver Heald said": the name after the role; after an
    organisation's noun, the organisation's ("the UK-based journal Screen Digest")."""
    if r.apposed:
        if _organisation_noun_before(r.toks, len(r.toks) - len(r.last)):
            return (r.found.name if r.found is not None else " ".join(r.last)), "org"
        return (r.found.name if r.found is not None else " ".join(r.last)), "person"
    return None


def _organisation_noun_before(toks: list[str], start: int) -> bool:
    """Whether the name at ``toks[start:]`` is set right after an organisation's noun in a mention with no
    role in it ("the UK-based journal Screen Digest", "Supporters' group Shareholders United"), so is the
    organisation's; "Commission for Racial Equality chairman Trevor Phillips" and "his counterpart on the
    DCA committee, Alan Beith" (the noun is a preposition's) are a person's."""
    before = toks[start - 1].lower() if start > 0 else ""
    if before not in _TRADES_BEFORE_NAMES:  # a trade too: "search engine Ask Jeeves", "retailer John Lewis"
        return False
    words = toks[:start]
    if start >= 2 and _modifies_body_noun(toks[start - 2]):
        words = toks[: start - 2] + toks[start - 1 : start]
    return not any(t.lower() in ROLE_NOUNS or t.lower() in _GOVERNING for t in words)


def _modifies_body_noun(word: str) -> bool:
    """"the Iraqi activist group Mosul Eye", "analyst firm Gartner": a role noun in lower case set right
    before the body's noun says what kind of body it is (a group of activists), not who the name is; a role
    further off still makes a person ("founder of the CGA consultancy Jeanne-Marie Gescher")."""
    return word.islower() and word in ROLE_NOUNS


# what may stand between a description and the name set after it: a bracket, then a comma or a dash;
# or a relative clause, then a dash ("Another player who has failed to win the title - Jimmy White -")
_BEFORE_APPOSED = re.compile(
    r"\s*(?:\([^()]{1,60}\)\s*)?[,\u2013\u2014-]\s*|\s+who\s[^,;:.()\u2013\u2014]{1,80}?\s[\u2013\u2014-]\s+"
)
# a title or rank written before the apposed name: "Sergeant First Class Michael Marciello"
_APPOSED_TITLES = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}")


def _spliced_name_rule(r: _Reading) -> Resolved | None:
    """"Warne said he will target New Zealand captain Stephen Fleming, Glenn McGrath has revealed that
    ...": clauses spliced by a comma, whose parse took two people's full names for one apposition; the
    name right before the verb, a full name alone after the last comma, speaks (an apposition of two
    full names with no role between them is no news shape: "Ed Balls, an adviser" is)."""
    parts = r.text.split(",")
    if len(parts) < 2 or r.mention.kind == "pronoun":
        return None
    last, before = _clean_tokens(parts[-1]), _clean_tokens(parts[-2])
    if not 2 <= len(last) <= 3 or not all(_is_name_word(t) for t in last):
        return None
    if len(before) < 2 or not all(_is_name_word(t) for t in before[-2:]):
        return None
    speaker, other = _match_name(last, r.at, r.index), _match_name(before[-2:], r.at, r.index)
    if speaker is None or other is None or speaker is other:
        return None
    return speaker.name, "person"


def _apposed_after_rule(r: _Reading) -> Resolved | None:
    """"The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called",
    "According to a witness, Sergeant First Class Michael Marciello, ...", "Another player who has
    failed to win the title - Jimmy White - has admitted": a description whose holder's name the
    article sets after it."""
    if r.head not in ROLE_NOUNS or r.last or r.mention.kind == "pronoun":
        return None
    text, end = r.index.text, r.mention.span.end
    first = r.mention.text.split(",")[0]
    if first != r.mention.text and r.head in first.lower().split():
        end = r.mention.span.start + len(first)  # the parser ran on past the name: "the team's coach, X, in ..."
    gap = _BEFORE_APPOSED.match(text, end)
    if not end or gap is None:
        return None
    titles = _APPOSED_TITLES.match(text, gap.end())
    for person in r.index.people:
        if any(gap.end() <= pos <= titles.end() for pos in person.positions):
            return person.name, "person"
    return None


# after an organisation's name, its bracketed acronym or description and the capitals of a title:
# "American Association of Retired Persons (AARP) Policy Director John Rother"
_TITLED_AFTER = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?((?:[A-Z][\w.'’-]*\s+){1,3})")


def _titled_name_after_rule(r: _Reading) -> Resolved | None:
    """"American Association of Retired Persons (AARP) Policy Director John Rother concedes", "PCdoB
    (Brazilian communist political party) Deputy Jamil Murad said": the parser took the organisation
    for the subject; the person whose title and name follow it is the speaker."""
    end = r.mention.span.end
    if not end or r.mention.kind == "pronoun":
        return None
    text = r.index.text
    m = _TITLED_AFTER.match(text, end)
    if m is None or not any(_is_title(w, nations=False) for w in m.group(1).split()):
        return None
    for person in r.index.people:
        for pos in person.positions:
            tail = text[pos + len(person.name) : pos + len(person.name) + 2]
            # a verb or a comma after the name, or the end of the sentence ("said Treasury Under Secretary
            # John Taylor.")
            if m.start(1) < pos < m.end(1) and text.startswith(person.name, pos) and _re.match(r"\s[a-z]|,|\.", tail):
                title = text[m.start(1) : pos].split()
                if title and _is_title(title[-1], nations=False):
                    return person.name, "person"
    return None


def _description_rule(r: _Reading) -> Resolved | None:
    """"the Salford MP", "the Culture Secretary", "the Labour MP for Birkenhead": a description
    whose capitals are a place, a team or an office, not a name ("the Scottish Executive" is one)."""
    toks, lowered, head = r.toks, r.lowered, r.head
    described = lowered[-1] == head and (not _is_cap(toks[-1]) or toks[-1].isupper() or head in TITLES)
    at = lowered.index(head) if head in lowered else -1
    constituency = 0 < at < len(lowered) - 1 and lowered[at + 1] in ("for", "of") and "," not in r.text
    if (not r.last or constituency) and head in ROLE_NOUNS and lowered[0] in _DETERMINERS and (
        described or constituency
    ):
        return _role(r)
    return None


_OCCUPATION_FAMILIES = tuple(frozenset(family) for family in LEXICON.occupation_families)


def _occupation_family(noun: str) -> frozenset[str]:
    """The nouns of the occupation families ``noun`` is in (lexicon ``occupation_families``), none if it is in none."""
    return frozenset().union(*(family for family in _OCCUPATION_FAMILIES if noun in family))


def _occupation_family_rule(r: _Reading) -> Resolved | None:
    """"Film-maker Spike Lee says ... "It's a huge market," the 47-year-old director said", "Arsenal boss Arsene
    Wenger ... The manager added": a definite description headed by a noun of an occupation family (lexicon
    ``occupation_families``: "director" and "film-maker", "boss" and "manager") is the one person the article has
    named before it with another noun of that family, in a title before the name or the apposition after it (as
    ``_wealth_described_rule`` ties a noun of wealth), when the article gave no one the noun itself (then the role
    rules read it). Two people so tied leave it to the rules after; so does a capital in the description that
    is none of the person's words ("The Chelsea manager" is not "Arsenal boss Arsene Wenger") or a noun of the
    other gender."""
    family = _occupation_family(r.head)
    if not family or r.lowered[0] != "the" or r.lowered[-1] != r.head or _is_cap(r.toks[-1]):
        return None
    if any(r.head in p.roles or r.head in p.offices for p in r.index.people):
        return None
    names = tuple(p.name for p in r.index.people if len(p.tokens) >= 2)
    found = [name for name, at in _people_tied_to(r.index.text, names, family).items() if at < r.at]
    person = r.index.find(found[0]) if len(found) == 1 else None
    capitals = {t.lower() for t in r.toks[1:] if _is_cap(t)}
    if person is None or capitals - person.roles or _noun_of_other_gender(r.head, person):
        return None
    return person.name, "person"


_EPITHET_NOUNS = frozenset(LEXICON.epithet_nouns)


def _epithet_rule(r: _Reading) -> Resolved | None:
    """"Singer George Michael has said that ... The pop star said", "Walker also appeared on Trump's Celebrity
    Apprentice. The NFL legend said", "It emerged that Mutu had failed a drugs test ... The Romanian
    international later suggested": a definite description headed by a noun of fame or standing (lexicon
    ``epithet_nouns``), whatever words the article gave the person before, is the person the passage is about:
    the one whose name opens the sentence before, else the one person that sentence names, else, when it names
    no one, the person who spoke last (within about a paragraph). Nobody when its own sentence names someone
    before it, when the sentence before names two people and opens with neither, or when the article gives the
    person another nationality than the description's, or when it names a party the article never gave the person
    in a title before their name ("the Democratic hopeful" is not "Republican presidential hopeful Donald Trump",
    nor a Trump the article gave no party). Such a noun is a person's, never part of a body's name
    ("The NFL legend" is no organisation): unnamed, it is typed a person."""
    noun = _definite_description_noun(r, _EPITHET_NOUNS) or _self_described_noun(r)
    if noun is None:
        return None
    found = _described_person(r)
    if found is not None:
        return found.name, "person"
    if noun not in _EPITHET_NOUNS:
        return None, "person"  # "The self-described democratic socialist": a person's word for themself
    # a noun the role rules read too ("the star") is left to them; the others are a person with no name
    return None if noun in ROLE_NOUNS else (None, "person")


_CALLING_NOUNS = frozenset(LEXICON.calling_nouns)


def _calling_rule(r: _Reading) -> Resolved | None:
    """"Ruth Bader Ginsburg regrets her insults of Donald Trump. The Supreme Court justice ... said", "He also
    played down fears that Rock ... might cause controversy. The 40-year-old comic has already promised": a
    definite description headed by a noun of a calling that no role rule reads (lexicon ``calling_nouns``) is
    the person the passage is about, as an epithet is (``_epithet_holder``, with its nationality, party and
    gender checks). A calling, unlike fame, is shared: when the article has given the noun to anyone else before
    it ("Justice Antonin Scalia wrote the dissent") the description may be theirs, and names no one. Unnamed it
    is a person: the noun is a person's, never a body's."""
    noun = _definite_description_noun(r, _CALLING_NOUNS)
    if noun is None:
        return None
    found = _described_person(r)
    if found is not None and _calling_shared(r.index, noun, found, r.at):
        found = None
    return (found.name if found is not None else None), "person"


_OPENER_ROLE_NOUNS = frozenset(LEXICON.opener_role_nouns)


def _described_opener_rule(r: _Reading) -> Resolved | None:
    """'Obama defended the process, though not the results. "So we ...," the president told The Atlantic's Jeffrey
    Goldberg', 'Cruz defends his outsider bona fides in a commercial running on Iowa TV: "Securing our borders
    ...," the senator says': a definite description headed by an office or a candidacy (lexicon
    ``opener_role_nouns``) cueing the quote right before it is the person whose name opens the passage that leads
    to the quote (the sentence before a quote that opens its own, else the quote's own sentence before its colon),
    not whoever the article gave the office last (Sen. John McCain, recalled a paragraph before) nor the last
    speaker: US political news names its subject, then quotes them by their office. Nobody when someone spoke in
    that passage, when another person named there holds the office, or when the article, its party or the
    knowledge base gives the one named another office (``_opener_fits``)."""
    text = r.index.text
    if r.lowered[0] != "the" or r.head not in _OPENER_ROLE_NOUNS or r.lowered[-1] != r.head:
        return None
    if _past_office(r.lowered, r.head) or not text.startswith(r.text, r.at):
        return None  # a past office is someone else's today; a relative pronoun stands for the description
    opening = _opening_of_quote_before(text, r.at)
    before = text[: r.at].rstrip(" \t,")
    if opening < 0 and before.endswith("''"):
        opening = before.rfind("''", 0, len(before) - 2)  # two apostrophes for a mark, as the New York Times writes
    if opening <= 0:
        return None
    if _sentence_start(text, opening) == opening:
        begins = _sentence_start(text, max(len(text[:opening].rstrip()) - 1, 0))
    elif text[:opening].rstrip().endswith(":"):
        begins = _sentence_start(text, opening)
    else:
        return None
    if _inside_quote(text, begins) or any(begins <= pos < r.at for pos, _n, _g in r.history):
        return None  # a speaker in the passage is whom the description takes up, if anyone
    word = _name_opening(text, begins, opening)
    comma = text.find(",", begins, opening)
    if word is None and comma > 0 and not any(mark in text[begins:comma] for mark in ALL_MARKS):
        # a phrase fronted before the subject: "Regarding the military action against Libya, Obama defended"
        word = _name_opening(text, comma + 1, opening)
    if word is None:
        return None
    found = _match_name(word.split(), begins, r.index)
    if found is None and (" " in word or r.index.by_last(word) or not _names_one_person(word, r.index)):
        return None
    if _office_held_by_other(r, found.name if found else word, begins):
        return None
    if found is not None:
        return (found.name, "person") if _opener_fits(r, found) else None
    return word, "person"


_SUBJECT_ROLE_NOUNS = frozenset(LEXICON.subject_role_nouns)


def _article_subject_rule(r: _Reading) -> Resolved | None:
    """'Carson: Cruz taking "Benghazi" approach to Iowa controversy. ¶ The "dirty tricks" that Ben Carson accused Ted
    Cruz's campaign of perpetrating on caucus night are not on the same level as ..., the candidate said Friday': a
    definite description headed by a candidacy (lexicon ``subject_role_nouns``) is the person the article is about
    (``_article_subject``), when its sentence before it and the sentence before name no one else (an owner aside:
    "Ted Cruz's campaign"), the article gives no one else the noun, and nothing it says of that person clashes with the
    description (a party, a gender; a party it never gave them, ``_party_not_given``). Campaign news names its
    subject in the headline and most often in the body, then calls them "the candidate" (a candidacy, not an office:
    "Ohio Gov. John Kasich" is one too); with someone else at hand the description may be theirs, and is left to the
    rules after."""
    if r.lowered[0] != "the" or r.head not in _SUBJECT_ROLE_NOUNS or r.lowered[-1] != r.head:
        return None
    text = r.index.text
    if _past_office(r.lowered, r.head) or not text.startswith(r.text, r.at):
        return None  # "the former nominee" is someone else; a relative pronoun stands for the description
    subject = _article_subject(r.index)
    if subject is None or _party_contradicts(r.lowered, subject) or _party_not_given(r, subject):
        return None
    gender = GENDER_WORDS.get(r.head)
    if gender and pronoun_gender(subject) not in (gender, None):
        return None
    if any(p is not subject and r.head in p.roles for p in r.index.people):
        return None  # "Republican presidential candidate Donald Trump": the noun is someone else's too
    # the sentence before, unless it is the headline: the headline names the subject's opponents as often
    passage = max(_sentence_before(text, _sentence_start(text, r.at)), text.find("\n") + 1)
    if any(p is not subject and _named_apart(p, text, passage, r.at) for p in r.index.people):
        return None  # a name after the description is in what it says: "The candidate pointed out that Sen. Ted Cruz"
    return subject.name, "person"


def _article_subject(index: NameIndex) -> Person | None:
    """The person an article is about: the one its headline (the first line) names, by a surname no one else in
    the article bears, who is named in it more often than anyone else ("Carson: Cruz taking ..." with nine
    Carsons to Cruz's five). None when the headline names no one, or another person is named as often."""
    text = index.text
    headline = text[: max(text.find("\n"), 0)]
    people = [p for p in index.people if len(p.tokens) >= 2 and len(index.by_last(p.tokens[-1])) == 1]
    counts = {p.name: len(_re.findall(r"(?<![\w'’-])" + re.escape(p.tokens[-1]) + r"(?![\w-])", text)) for p in people}
    named = [p for p in people if _re.search(r"(?<![\w'’-])" + re.escape(p.tokens[-1]) + r"(?![\w-])", headline)]
    if not named:
        return None
    subject = max(named, key=lambda p: counts[p.name])
    rivals = [counts[p.name] for p in index.people if p is not subject and p.name in counts]
    return subject if all(counts[subject.name] > n for n in rivals) else None


def _named_apart(person: Person, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names ``person`` by surname outside quotation marks and not as an owner ("Ted
    Cruz's campaign"): someone a description there may take up."""
    word = r"(?<![\w'’-])" + re.escape(person.tokens[-1]) + r"(?![\w-])(?!['’]s?\b)"
    return any(not _inside_quote(text, start + m.start()) for m in _re.finditer(word, text[start:end]))


def _name_opening(text: str, begins: int, end: int) -> str | None:
    """The name opening the words ``text[begins:end]`` after a linking word and titles, a verb after it: "Cruz"
    of "Cruz defends his ...", "Ted Cruz" of "But Sen. Ted Cruz said"; None for a possessive ("Obama's
    spokesman"), a list ("Cruz and Rubio"), or no verb after the capitals."""
    words = text[begins:end].split()
    i = 0
    while i < len(words) and (
        words[i].lower() in _PRONOUN_LINKERS or words[i].lower().rstrip(".") in HONORIFICS
        or _is_listed_title(words[i].lower().rstrip("."), library=False)
    ):
        i += 1
    run = []
    while i < len(words) and _is_name_word(words[i].rstrip(",")):
        run.append(words[i].rstrip(","))
        i += 1
        if words[i - 1].endswith(","):
            break  # an aside after the name: "Cruz, who ..."
    if not run or i >= len(words) or words[i - 1].endswith(("'s", "’s", "'", "’")):
        return None
    verb = words[i]
    past_or_present = verb.endswith(("ed", "s")) or verb in _AUXILIARIES
    return " ".join(run) if verb.islower() and (past_or_present or verb == "who") else None


def _names_one_person(word: str, index: NameIndex) -> bool:
    """Whether one capitalised word no one is named in full by is a person's name alone (``_one_word_type``):
    "Obama", whom US political news calls by surname; not a place, a quantifier, nor a word the article writes
    in lower case too."""
    text = index.text
    if word.lower() in LEXICON.nameless_subjects or word in _place_names() or index.by_first(word):
        return False
    return not _writes_word(word.lower(), text) and _one_word_type(word, text) == "person"


def _office_held_by_other(r: _Reading, name: str, begins: int) -> bool:
    """Whether someone other than ``name`` whom the passage from ``begins`` names (outside quotation marks) holds
    the description's office in the article: "Trump attacked Sen. Marco Rubio. "...," the senator said" is Rubio."""
    text = r.index.text
    return any(
        p.name != name and r.head in p.roles
        and any(begins <= pos < r.at and not _inside_quote(text, pos) for pos in p.positions)
        for p in r.index.people
    )


def _opener_fits(r: _Reading, person: Person) -> bool:
    """Whether nothing the article or the knowledge base says of ``person`` clashes with the description: another
    office the article gave them, another party, another gender, another place ("the Vermont senator" is no
    "Texas Sen. Ted Cruz"), or another office the knowledge base knows them to hold on the article's day."""
    content = [w for w in r.lowered if w not in _STOP]
    offices = person.roles & ROLE_NOUNS
    if offices and r.head not in offices and not person.roles & set(content):
        return False
    gender = GENDER_WORDS.get(r.head)
    if gender and pronoun_gender(person) not in (gender, None):
        return False
    own = _capitalised_qualifiers(content, r.head, r.at, r.index.text)
    if _party_contradicts(r.lowered, person) or _placed_apart(own, person):
        return False
    return not _holds_another(r.lowered, r.head, person, r.holder, r.published)


_EPITHET_OPENERS = frozenset(LEXICON.epithet_openers)


def _self_described_noun(r: _Reading) -> str | None:
    """The noun of "The self-described democratic socialist", "the self-styled king of pop": a definite
    description opening with a word of what a person calls themself (lexicon ``epithet_openers``) is an epithet
    whatever its noun; None for any other mention."""
    words = r.text.lower().split()
    if len(words) < 3 or words[0] != "the" or words[1] not in _EPITHET_OPENERS or _is_cap(r.toks[-1]):
        return None
    if not r.index.text.startswith(r.text, r.at):
        return None  # a relative pronoun standing for the description
    return r.lowered[-1]


def _definite_description_noun(r: _Reading, nouns: frozenset[str]) -> str | None:
    """The noun heading a written "the ... NOUN" when it is one of ``nouns``, else None (also for a relative
    pronoun standing for the description)."""
    noun = r.lowered[-1]  # the parser heads "chart-topper" by its last part
    if r.lowered[0] != "the" or noun not in nouns or noun.split("-")[-1] != r.head or _is_cap(r.toks[-1]):
        return None
    if not r.index.text.startswith(r.text, r.at):
        return None  # a relative pronoun standing for the description
    return noun


def _described_person(r: _Reading) -> Person | None:
    """The person the passage is about (``_epithet_holder``) when nothing the article says of them clashes with
    the description: another nationality, a party never given them, a pronoun of the other gender after it."""
    found = _epithet_holder(r)
    if found is None or _other_nationality(r.lowered, found) or _party_not_given(r, found):
        return None
    return None if _other_gender_after(r, found) else found


def _calling_shared(index: NameIndex, noun: str, holder: Person, at: int) -> bool:
    """Whether the article has given the noun to someone other than ``holder`` before ``at``: as a title before
    their name, or among the roles the index read for them. A description refers back; someone the article
    brings in after it ("said the 74-year-old comedian ... Victoria Wood slated comedian Sacha Baron Cohen",
    BBC entertainment/311, of Ronnie Corbett) is not whom it means."""
    return any(
        p.name != holder.name and min(p.positions, default=at) < at
        and (noun in p.roles or _bears_title(index.text[:at], noun, p)) for p in index.people
    )


def _epithet_holder(r: _Reading) -> Person | None:
    """The person the sentence before is about, else the last speaker when it names no one (``_epithet_rule``)."""
    text, index = r.index.text, r.index
    begins = _sentence_start(text, r.at)
    before = _sentence_before(text, begins)

    def people_named(start: int, end: int) -> dict[str, Person]:
        # by full name or surname, outside quotation marks: the people a quote speaks of are not whom the
        # narrative is about; and only names shown a person's (a film's title, "A Different Story", is none)
        # nor an owner: "He opted to bring Steve Finnan's cross down" is about the "he", not Finnan
        return {
            p.name: p for p in index.people if _shown_a_person(p, text)
            for m in _re.finditer(r"(?<![\w'’-])" + re.escape(p.tokens[-1]) + r"(?![\w'’-])", text[start:end])
            if not _inside_quote(text, start + m.start())
        }

    if people_named(begins, r.at):
        return None  # "Reacting to a comment by Tim Phillips, the star said": someone else is at hand
    last = next(((pos, name, g) for pos, name, g in reversed(r.history) if pos < r.at), None)
    going_on = _goes_on_speaking(r, last, people_named(before, begins))
    if going_on is not None:
        return going_on
    opening = _opening_person_before(index, begins)
    if opening is not None and _shown_a_person(opening, text) and not _opens_with_pair(text, before):
        return opening
    named = people_named(before, begins)
    if named:
        return next(iter(named.values())) if len(named) == 1 else None
    if last is None or not last[1] or last[2] == NEUTER or r.at - last[0] > _SPOKE_WITHIN:
        return None
    person = index.find(last[1])
    return person if person is not None and _shown_a_person(person, text) else None


_GOING_ON_CUES = frozenset(LEXICON.going_on_cues)


def _goes_on_speaking(r: _Reading, last, named: dict[str, Person]) -> Person | None:
    """"Club director Terry Brady held initial talks with Strachan on Saturday. The former Scotland international
    added that ..." (BBC sport/270): an epithet whose cue says the speaker goes on (lexicon ``going_on_cues``:
    "added", "continued") is the person who spoke last, within about a paragraph, when the sentence before names
    them, whoever it opens with: "added" needs an earlier speaker, and the opener there did not speak."""
    after = r.index.text[r.at + len(r.text) :].split(maxsplit=1)
    if not after or after[0].lower() not in _GOING_ON_CUES:
        return None
    if last is None or not last[1] or last[2] == NEUTER or r.at - last[0] > _SPOKE_WITHIN:
        return None
    person = r.index.find(last[1])
    return person if person is not None and person.name in named else None


def _party_not_given(r: _Reading, person: Person) -> bool:
    """Whether the description names a party ("The Republican presidential hopeful") that the article does not
    give the person in the words before their name, where a title stands ("Republican presidential hopeful
    Donald Trump"): a party's epithet is that party's candidate, and the passage may be about their rival. In
    lower case the word is a creed, not the party ("The self-described democratic socialist" is Bernie Sanders)."""
    said = {_PARTY_ADJECTIVES[w.lower()] for w in r.toks if w.lower() in _PARTY_ADJECTIVES and _is_cap(w)}
    if not said:
        return False
    text = r.index.text
    titles = [_re.split(_CLAUSE_BREAK, text[max(0, pos - 80) : pos])[-1].lower().split()[-_TITLE_WORDS:]
              for pos in person.positions if pos < r.at]
    given = {_PARTY_ADJECTIVES[w] for words in titles for w in words if w in _PARTY_ADJECTIVES}
    return not said & given


def _opens_with_pair(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens with two names joined ("Tom Hanks and Steven Spielberg were in
    London"): neither is its one subject."""
    capitals = _CAPITALS.match(text, start).group()
    return _re.match(r"\s*(?:,|and\b|&)", text[start + len(capitals) :]) is not None


def _shown_a_person(person: Person, text: str) -> bool:
    """A name the article shows a person's (a title, an honorific, an office), or one that opens with a given name."""
    first = person.tokens[0].lower()
    given = first in _GIVEN_NAME_GENDERS or first in _EITHER_GENDER or given_name_gender(person.name) is not None
    return len(person.tokens) >= 2 and (_is_person_for_sure(person) or given) and _may_be_person(person, text)


_GENDERED_PRONOUN = re.compile(r"\b(?:(?P<m>he|his|him)|(?P<f>she|her))\b", re.I)


def _other_gender_after(r: _Reading, person: Person) -> bool:
    """"His wife Sharon ... said her wedding rings were taken. The heavy metal star said he could have met the same
    fate": the first gendered pronoun of the description's own sentence is the one it describes; a candidate of
    the other gender is not them."""
    text = r.index.text
    end = _SENTENCE_END.search(text, r.at + len(r.text))
    found = _GENDERED_PRONOUN.search(text, r.at + len(r.text), end.start() if end else len(text))
    gender = pronoun_gender(person)
    return found is not None and gender is not None and gender != found.lastgroup


def _other_nationality(words: list[str], person: Person) -> bool:
    """Whether the description gives a nationality and the article gives the person another one."""
    said = {w for w in words if w in _NATIONALITIES}
    return bool(said) and bool(person.roles & (_NATIONALITIES - said))


def _unnamed_by_sex_rule(r: _Reading) -> Resolved | None:
    """"The man told doctors", "According to the man", "A US woman claims": a determiner and a noun of sex
    (lexicon ``sex_nouns``) is someone the article does not name, a person (it is no role, which would take
    up a speaker). Not a definite one with a capital in it, a sports page's "the Waterford man" (the athlete
    it is about), nor the "who" of "the man who calls himself Salam Pax", whom the parse reads as its
    antecedent. Other gendered heads ("his son") fall to the last rule, ``_gendered_noun_rule``."""
    if r.head not in _SEX_NOUNS or r.lowered[-1] != r.head or r.lowered[0] not in _DETERMINERS or len(r.toks) > 3:
        return None
    if not r.index.text.startswith(r.text, r.at):
        return None  # a relative pronoun standing for the description
    if r.lowered[0] not in _INDEFINITE and any(_is_cap(t) for t in r.toks[1:]):
        return None
    return None, "person"


_SEX_NOUNS = frozenset(LEXICON.sex_nouns)


def _is_proper_name(r: _Reading) -> bool:
    names, toks = r.names, r.toks
    # a role with its holder's name in apposition: "The director of public prosecutions, Ken Macdonald"
    in_apposition = not r.governed and len(names) >= 2 and toks[-len(names):] == names and _opens_last_part(
        r.text, names[0]
    )
    if "," not in r.text and all(t.isupper() and len(t) > 1 for t in toks if _is_cap(t)):
        return False  # "BT", "the BBC", "PBS": an acronym names an organisation
    if len(names) == 1 and _is_titled_description(r):
        return False  # "the Cardinal": a title used as a description, not a surname
    return bool(names) and bool(r.mention.kind == "name" or r.mention.label == "PERSON" or in_apposition) and not (
        (r.head in ORG_NOUNS and not _surname_like_org_noun(r)) or r.mention.label in _ORG_LABELS
        or (r.governed and toks[-len(names):] == names)  # "a telephone memo for Mr Heath"
    )


def _surname_like_org_noun(r: _Reading) -> bool:
    """"Chambers said" after "Songwriter Guy Chambers": an organisation's noun that is also a surname, with
    no article, is the surname of the person the article names by it ("the Chambers" stays a body)."""
    return r.head in _ORG_NOUNS_IN_SURNAMES and r.lowered[0] != "the" and bool(r.index.by_last(r.toks[-1]))


def _named_alone_first(names: list[str], found: Person, text: str) -> bool:
    """"Diageo, the world's biggest spirits company, ... said Diageo North America president Ivan Menezes.
    ... Diageo reported": an organisation's one word the article writes alone before the longer name that
    opens with it is the organisation itself, the longer name one of its parts; an article that opens with
    the longer name ("Lycos Europe has ended ... Lycos said") calls it by its first word after."""
    if len(names) != 1 or len(found.tokens) < 2 or found.tokens[0] != names[0]:
        return False
    word, next_word = re.escape(names[0]), re.escape(found.tokens[1])
    alone = _re.search(r"(?<![\w'’-])" + word + r"(?![\w'’-])(?![ \t]+" + next_word + ")", text)
    return alone is not None and alone.start() < min(found.positions, default=len(text))


def _place_rule(r: _Reading) -> Resolved | None:
    """"South Korea says", "Downing Street said", "Ireland insisted": a country, a capital or a seat of
    government that is the whole mention speaks as a government or a team, never as a person, even when
    the index took its two capitals for a name; a person the article calls by that word is still that
    person ("Paris said" of Valeska Paris)."""
    if r.mention.kind == "pronoun" or not r.names or len(r.names) != len(r.toks) - (r.lowered[0] == "the"):
        return None
    place = " ".join(r.names)
    if place not in _place_names() and place not in _REGIONS:
        return None
    found = _match_name(r.names, r.at, r.index)
    return (place, "org") if found is None or found.name == place else None


_BODIES_NAMED_LIKE_TITLES = frozenset(LEXICON.bodies_named_like_titles)


def _title_word_body_rule(r: _Reading) -> Resolved | None:
    """"Labour said the plan was a stealth tax", "The EU insists": a party, a union of states or a country
    whose one word is also a title's (so no name scan takes it for a name) speaks as an organisation."""
    words = r.toks[1:] if r.lowered[0] == "the" else r.toks
    return (words[0], "org") if len(words) == 1 and words[0] in _BODIES_NAMED_LIKE_TITLES else None


_OUTLETS_NAMED_LIKE_ROLES = tuple(LEXICON.outlets_named_like_roles)
_OUTLETS_NAMED_LIKE_PEOPLE = frozenset(LEXICON.outlets_named_like_people)


def _outlet_named_like_role_rule(r: _Reading) -> Resolved | None:
    """"according to The Hollywood Reporter", "the Sioux Falls Argus Leader": an outlet whose name ends in a
    role noun speaks as the outlet, under the name the mention gives ("The" and a possessive left out); so does
    an outlet whose whole name reads as a person's ("Rolling Stone reported", lexicon
    ``outlets_named_like_people``)."""
    name = r.text.removeprefix("the ").removeprefix("The ").removesuffix("'s").removesuffix("’s")
    if not all(_is_cap(word) for word in name.split()):
        return None  # "Anne Thompson of the Hollywood Reporter" is a person of the outlet
    if any(name == outlet or name.endswith(" " + outlet) for outlet in _OUTLETS_NAMED_LIKE_ROLES):
        return name, "org"
    return (name, "org") if name in _OUTLETS_NAMED_LIKE_PEOPLE else None


_NUMBERED_SEATS = frozenset(seat.lower() for seat in LEXICON.numbered_seats)


def _numbered_seat_rule(r: _Reading) -> Resolved | None:
    """"Number 10 said ministers were interested in governing": the prime minister's office named by its
    street number is an organisation, like "Downing Street", under one name however it is written ("No 10"),
    so that its statements link across articles; no rule reading capitals sees the number."""
    words = " ".join(r.toks[1:] if r.lowered[0] == "the" else r.toks)
    return (LEXICON.numbered_seats[0], "org") if words.lower() in _NUMBERED_SEATS else None


_NAME_NUMBER_WORDS = frozenset(LEXICON.name_number_words)
_NUMBERED_NOT_NAMES = frozenset(LEXICON.numbered_not_names)


def _numbered_name_rule(r: _Reading) -> Resolved | None:
    """"Radio 1 said the show would not try to replace Peel", "BBC Two said", "said BBC Radio 1": capitalised
    words and a number after them, written in figures or as a capitalised word ("Channel 4", "Formula One"), are
    one organisation's name, a station, a channel or a series; the name rules read capitals and stop at the
    number ("BBC Radio 1" was "Radio", and "Radio 1" no name at all, its "Radio" a common noun to the parser).
    Not a date, a clause or a part (lexicon ``numbered_not_names``: "June 5", "Article 5", "Game 7"), a title's
    holder, or a name the article gives a person."""
    if r.mention.kind == "pronoun" or len(r.toks) < 2:
        return None
    words = r.toks[1:] if r.lowered[0] in _DETERMINERS else r.toks
    *name, number = words
    if not _numbered_name(name, number):
        return None
    whole = " ".join(words)
    if r.index.find(whole) is not None or r.index.find(" ".join(name)) is not None:
        return None  # a person the article names so
    return whole, "org"


def _numbered_name(name: list[str], number: str) -> bool:
    """Whether capitalised words ``name`` and ``number`` after them are one organisation's name ("Radio 1",
    "BBC Two"): a number in one or two figures or a capitalised number word, after no date, clause, part or
    title (``_numbered_name_rule``)."""
    if not (number in _NAME_NUMBER_WORDS or (number.isdigit() and len(number) <= 2 and number[0] != "0")):
        return False
    if not name or not all(_is_cap(w) and w[-1].isalpha() for w in name):
        return False
    # "June 5", "Article 5", "Mr 5": no organisation's name
    return not (name[0] in _NUMBERED_NOT_NAMES or name[-1] in _NUMBERED_NOT_NAMES or _is_title(name[0], nations=False))


_WEB_ADDRESS = re.compile(r"\w\.(?:com|org|net|co\.uk|news)$", re.IGNORECASE)
# The label an embedded tweet's display name carries (extract/verbless.py, assembly:embedded-tweet): no parse or
# entity tagger read it, and it stands alone on its signature line.
ACCOUNT = "ACCOUNT"
OUTLET = "OUTLET"  # the name on a roundup's credit line (verbless.find_excerpts)


def _account_rule(r: _Reading) -> Resolved | None:
    """'— Mike Beauvais (@MikeBeauvais) November 18, 2019', '— tall glass of coquito 🎄 (@_orabora) ...': an
    embedded tweet's display name, with nothing around it to tell a person from an organisation (the
    proper-name rule typed "Mike Beauvais" an organisation, as a place's name ends it): a given name opening
    it is a person's account, and so is one word whose tweet speaks as "I" ("— Dele (@dele_official)": a
    footballer known by his given name, where one word would read as a firm's); a display name with no
    capital is no name the article uses, and is kept as written, its holder's (GUIDELINES.md); one opened by
    "The" ("The Daily Beast") or a web address ("9to5Mac.com") is an organisation's. Titled names and
    organisations are read by the rules before; other display names go on to the rules after."""
    if r.mention.label != ACCOUNT:
        return None
    if _WEB_ADDRESS.search(r.text):
        return r.text, "org"  # "9to5Mac.com": a website's account
    if not any(c.isupper() for c in r.text):
        return r.text, "person"
    if r.lowered[0] == "the" and len(r.toks) > 1:
        return " ".join(r.toks[1:]), "org"  # "The Daily Beast", "The Associated Press": no person is "the"
    names = r.names
    if names and names[0] == r.toks[0] and _is_given_name(names[0]):
        return " ".join(names), "person"
    if len(r.toks) == 1 and _FIRST_PERSON_SINGULAR.search(_tweet_words_before(r.index.text, r.at)):
        return r.text, "person"  # "I can't thank this man enough. He's taught me so much ... — Dele (@dele_official)"
    return None


# "I", "me", "my": a tweet in one person's voice (longest first, so "I'm" is read whole)
_FIRST_PERSON_SINGULAR = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(LEXICON.first_person_singular, key=len, reverse=True))) + r")\b")


def _tweet_words_before(text: str, at: int) -> str:
    """The words of the embedded tweet whose signature line holds the display name at ``at``: the line's own
    words before the dash, else the paragraph before the signature line (as verbless.find_tweets reads them)."""
    line_start = text.rfind("\n", 0, at) + 1
    own = text[line_start:at].rstrip(" \t—–-")
    if own.strip():
        return own
    before = text[:line_start].rstrip()
    return before[before.rfind("\n\n") + 2 :] if "\n\n" in before else before


def _indexed_name(r: _Reading, found: Person) -> Resolved:
    """A name the index holds, a person's or an organisation's (``_found_type``); one that nothing
    shows a person's and that has spoken only as an organisation is that organisation still: "The group that
    owns most of her music, Big Machine, says", then "Big Machine have twice denied"."""
    typ = _found_type(r, found)
    if typ == "org" and _named_alone_first(r.names, found, r.index.text):
        return r.names[0], "org"
    if _spoke_only_as_org(found, _spoke_only_as_organisations(r.history)):
        return found.name, "org"
    return found.name, typ


def _outlet_rule(r: _Reading) -> Resolved | None:
    """'... at least we're getting there. ¶ [ Engadget ]': the outlet a roundup credits an excerpt to is an
    organisation, under its name as the line writes it ("The Verge", "Tom's Guide")."""
    return (r.text, "org") if r.mention.label == OUTLET else None


def _one_word_organisation(r: _Reading, name: str, before: list[str], opening: list[str]) -> Resolved | None:
    """A one-word name that is a body whatever the tagger's label: initials, or an organisation's apposition."""
    if _is_acronym(name) and not _spoken_of_as_person(name, r.index.text) and all(
        t not in TITLES or t in _NATIONALITIES for t in before
    ):
        # "the Chinese CDC has said", whatever the tagger says: initials name bodies, a nationality their country's
        return name, "org"
    if before and before[-1] in _RESEARCH_TRADES and _research_firm_named(name, r.index.text):
        return name, "org"  # "said market analyst Datamonitor", the issuer of "the Datamonitor report"
    if not any(t.lower() in TITLES for t in opening) and _apposed_as_organisation(r):
        # "Allianz, a leading German insurer, said", whatever the parser's label
        return _hyphened_before(r.index.text, r.at) + name, "org"
    if before[:1] == ["the"] and all(t not in TITLES or t in _NATIONALITIES for t in before):
        whole = _the_name_of(r.text, name)
        if whole:
            return whole, "org"
    return None


def _the_name_of(text: str, name: str) -> str | None:
    """"The British Chambers of Commerce", "the British Chamber of Commerce": "the", a word the name run
    leaves out (a nationality), the name's head, "of" and capitals to the end is one body's whole name; no
    person's name takes "the", and the head alone ("Chambers") is no one."""
    m = _re.fullmatch(
        r"(?i:the)[ \t]+((?:[A-Z][\w'’-]*[ \t]+)*" + re.escape(name)
        + r"[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)",
        text.strip(),
    )
    return m.group(1) if m else None


def _unknown_name_of_words(r: _Reading, names: list[str], toks: list[str]) -> Resolved:
    """A name of several words the article gives no person by: an organisation's when a word or the article
    shows it is one ("General Motors", "Hyundai Motor"), else a person's."""
    thing = any(t.lower().rstrip(".") in ORG_NOUNS or t.lower() in THING_NOUNS for t in names)
    organisation = thing or _named_like_organisation(names, r.index.text) or _apposed_as_organisation(r)
    organisation = organisation or _holds_body_acronym(names)
    if organisation and (joined := _capitals_and_before(toks, names)):
        return " ".join(joined + names), "org"  # "Immigration and Customs Enforcement", not its second half
    return " ".join(names), ("org" if organisation or _shown_as_business(tuple(names), r.index.text) else "person")


def _holds_body_acronym(names: list[str]) -> bool:
    """"According to In-Stat/MDR" (BBC tech), "The Junge SVP" (PolNeAR train): a name the index holds no person
    by, with an acronym of three capitals or more among words that are not all in capitals, is a body's; no
    person's name holds one but a suffix ("I. Charles McCullough III"), and a person's initials have two
    letters ("JR Smith"). A line all in capitals ("LA CROSSE, Wisc.", a dateline) shows nothing."""
    if all(_is_acronym(n) for n in names):
        return False
    return any(_is_acronym(n) and len(n) > 2 and not _is_suffix(n) for n in names)


def _capitals_and_before(toks: list[str], names: list[str]) -> list[str]:
    """The capitals and "and" before an organisation's name that ends in a word only organisations' names
    end in: "Immigration and" before "Customs Enforcement" (none when there are none)."""
    at = len(toks) - len(names)
    if at < 2 or toks[at - 1].lower() != "and" or names[-1].lower().rstrip(".") not in _ORG_NAME_ENDINGS:
        return []
    k = at - 1
    while k > 0 and _is_cap(toks[k - 1]) and toks[k - 1].lower() not in _DETERMINERS:
        k -= 1
    return toks[k:at] if k < at - 1 else []


def _headline_capitals_unnamed(r: _Reading, names: list[str]) -> bool:
    """"Schlafly's Final Column Explains Why She Sees Reagan-like Qualities In Trump." (PolNeAR train, Western
    Journalism, issue #16): in a Title Case headline every word has a capital, so a run of capitals the index
    knows no one by ("Final Column", "Leaked Documents") is a name only when the body writes a word of it so.
    Without this the made-up person spoke the headline and then took the body's first "she wrote" from the lede's
    Phyllis Schlafly. A run with a word the body writes as a name stays, as do the words a lexicon list or the article
    shows as an organisation's."""
    end = _title_case_headline_end(r.index.text)
    if r.at >= end:
        return False
    body = r.index.text[end:]
    if any(_written_as_name(word, body) for word in names):
        return False  # "Hacker Guccifer", "Francois Hollande" (the body's "François Hollande"): a name in it
    return _unknown_name_of_words(r, names, r.toks)[1] == "person"


# a word inside a sentence: after a space that no sentence's end or opening quotation mark comes before
_INSIDE_SENTENCE = r"(?<![.!?\n" + re.escape("".join(sorted(ALL_MARKS))) + r"])[ \t]+"


def _written_as_name(word: str, body: str) -> bool:
    """Whether the body writes ``word`` with its capital inside a sentence, as a name is written (the
    capital of a sentence's first word is no sign)."""
    return _re.search(_INSIDE_SENTENCE + re.escape(word) + r"(?![\w'’-])", body) is not None


def _proper_name_rule(r: _Reading) -> Resolved | None:
    """"President Zelensky", "Mr Smith", "Jens Stoltenberg", "Lord Falconer": a name, possibly titled."""
    if not _is_proper_name(r):
        return None
    names, toks = r.names, r.toks
    possessive = _possessive_name(r)
    if possessive:
        return possessive, "org"
    if _organisation_kind_before(toks, names):
        return _org_name(r.text), "org"
    if nation_named := _nation_then_common_noun(r):
        return nation_named, "org"
    gender = _title_gender(toks[: len(toks) - len(names)])
    found = _match_name(names, r.at, r.index, gender=gender)
    if gender is None and len(names) == 1:
        found = _surname_taken_up_by_pronoun(r, names[0]) or found
    elif len(names) == 1:
        found = _first_honoured_bearer(r, names[0], gender, found) or found
    body = _organisation_set_after(r) or _nation_before_name(r)
    if body and not (found is not None and (found.gender or found.honoured)):
        alone = found is None or _named_alone_first(names, found, r.index.text)
        return (" ".join(names) if alone else found.name), "org"
    if found is not None:
        return _indexed_name(r, found)
    if _is_place_word(" ".join(names)):
        return " ".join(names), "org"  # "Washington said", "Ireland insisted", "Wall Street": a government, a team
    if len(names) >= 2:
        if _headline_capitals_unnamed(r, names):
            return None
        return _unknown_name_of_words(r, names, toks)
    name, typ = _one_word_name(r, names, toks)
    return _with_stage_number(name, names[0], toks), typ


_GENDERED_PRONOUNS = dict(LEXICON.pronoun_genders)
_QUOTE_MARKS = frozenset(ALL_MARKS)


def _first_honoured_bearer(r: _Reading, surname: str, gender: str, found: Person | None) -> Person | None:
    """Of several people sharing a surname, the one the article's first "Mr." (or "Mrs.") of that surname
    named: the article keeps the honorific for that one and writes the relatives otherwise ("Freddy", "George W.
    Bush"), so "Mr. Trump said" after the brother Freddy Trump was named is still Donald J. Trump, and "Mr. Bush
    questioned Mr. Trump's tactics" after "George W Bush's" in another's description is still Jeb Bush. Not when
    ``found`` has that one's given name: "Donald Trump" and "Donald J Trump" are one man written two ways."""
    people = [p for p in r.index.by_last(surname) if pronoun_gender(p) in (gender, None)]
    if len(people) < 2 or found is None:
        return None
    first = next(
        (m for m in _HONORIFIC_BEFORE.finditer(r.index.text, 0, r.at)
         if m.group(2) == surname and TITLES.get(m.group(1).lower()) == gender),
        None,
    )
    if first is None:
        return None
    bearer = _known_as(r, first, surname) or _match_name([surname], first.start(), r.index, gender=gender)
    return None if bearer is None or bearer.tokens[0] == found.tokens[0] else bearer


_KNOWN_AS = re.compile(r",?[ \t]+known[ \t]+as[ \t]+([A-Z][a-z]+)\b")


def _known_as(r: _Reading, honoured: re.Match, surname: str) -> Person | None:
    """"a young John Ellis Bush ... remembers Mr. Bush, known as Jeb, as": the person the article names by the
    given name it says the bearer goes by ("Jeb Bush"), not the full name written last."""
    m = _KNOWN_AS.match(r.index.text, honoured.end())
    return r.index.find(f"{m.group(1)} {surname}") if m else None


def _surname_taken_up_by_pronoun(r: _Reading, surname: str) -> Person | None:
    """Of two people of the article's known genders who share a bare surname, the one the surname's own
    sentence takes up by a pronoun: "Clinton proposed new federal regulations that would end what she said
    were ..." is Hillary Clinton though "President Bill Clinton" was named last. Not when the sentence
    or the one before names another person (or a bare surname) the pronoun may stand for ("Clinton,
    without naming him, also accused Sanders"), nor from inside a quotation."""
    people = r.index.by_last(surname)
    genders = {pronoun_gender(p) for p in people}
    if len(people) != 2 or None in genders or len(genders) != 2:
        return None
    text = r.index.text
    end = r.mention.span.end
    ends = _SENTENCE_END.search(text, end)
    rest = text[end : ends.start() if ends else len(text)]
    rest = _re.split("[" + re.escape("".join(sorted(_QUOTE_MARKS))) + "]", rest, maxsplit=1)[0]
    gender = next((_GENDERED_PRONOUNS[w.lower()] for w in _TOKEN_AT.findall(rest) if w.lower() in _GENDERED_PRONOUNS),
                  None)
    if gender is None or _other_person_near(r, people, end + len(rest), gender):
        return None
    return next(p for p in people if pronoun_gender(p) == gender)


def _other_person_near(r: _Reading, sharing: list[Person], until: int, gender: str) -> bool:
    """Whether the sentence before the mention's, or the mention's own up to ``until``, writes the name
    of someone but the people ``sharing`` the surname whom a pronoun of ``gender`` may stand for: a person
    the article names of that gender or of none known."""
    text = r.index.text
    since = _sentence_before(text, _sentence_start(text, r.at))
    for m in _re.finditer(r"\b[A-Z][\w'’-]*", text[since:until]):
        word = _re.sub(r"['’]s?$", "", m.group())
        if word.lower() in _STOP:
            continue
        people = [p for p in r.index.by_last(word) or r.index.by_first(word) if p not in sharing]
        if any(pronoun_gender(p) in (gender, None) for p in people):
            return True
    return False


def _with_stage_number(name: str | None, word: str, toks: list[str]) -> str | None:
    """"50 Cent said", "Chart-topper 50 Cent": a number written right before the one name word of the mention
    is part of a stage name; the word alone ("Cent") is nobody's name."""
    at = toks.index(word)
    if name != word or at == 0 or not toks[at - 1].isdigit():
        return name
    if at >= 3 and _is_cap(toks[at - 2]):
        return name  # the number inside a longer name the mention cut ("Il Sole 24 Ore"): no stage name of its own
    return f"{toks[at - 1]} {word}"


def _one_word_name(r: _Reading, names: list[str], toks: list[str]) -> Resolved:
    """A mention whose name is one word: a peer's title, an acronym's body, an organisation, a person."""
    at = toks.index(names[0])
    if at > 0 and toks[at - 1].lower() in _PEERAGE:
        return f"{toks[at - 1].title()} {names[0]}", "person"  # a peer is known by the title
    if _acronym_opens(toks, at) and not _spoken_of_as_person(names[0], r.index.text):
        return " ".join(toks[at - 1 : at + 1]), "org"  # "NRC Handelsblad", "the security company MX Logic"
    # one word the article never gives a first name for, with no title:
    # "Apple said", "Gazprom said" are as likely organisations as people
    before = [t.lower() for t in toks[: len(toks) - len(names)]]
    organisation = _one_word_organisation(r, names[0], before, toks[:at])
    if organisation:
        return organisation
    titled = any(t in TITLES for t in before) or _role_right_before(toks, at)
    if titled or r.mention.label == "PERSON" or _role_set_after(r, at) or _calls_self(names[0], r.index.text):
        return names[0], "person"
    if _joined_to_persons_surname(names[0], r.index) and not _is_company_word(names[0]):
        return names[0], "person"
    if _written_after_role(names[0], r.index.text) or names[0] in _described_next(r.index.text):
        # "Edu said" after "Arsenal's Brazilian midfielder Edu has hit out"; "Eminem told the crowd" before
        # "The rapper opened the show"
        return names[0], "person"
    if _is_given_name(names[0]) and not _is_company_word(names[0]) and not (at and r.lowered[at - 1] in _DETERMINERS):
        return names[0], "person"  # "his daughter Emily said", "Emily said": a first name is a person's; "The Bill" no
    typ = _one_word_type(names[0], r.index.text)
    longer = _ORG_RUN.search(r.text, r.text.find(names[0]))
    if typ == "org" and longer and longer.start() == r.text.find(names[0]) and " " in longer.group():
        return longer.group(), "org"  # "the League Against Cruel Sports": the name runs on past its head
    return names[0], typ


def _hyphened_before(text: str, at: int) -> str:
    """What a mention at ``at`` cut off its first word at a hyphen: "Wal-" of "Wal-Mart, the largest US retailer",
    which the parser splits; "" when the mention starts a word."""
    start = at
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-&") and text[start - 1] != " ":
        start -= 1
    return text[start:at] if start < at and text[at - 1] == "-" else ""


# the apposition of a name, set off by its comma, whose head is an organisation's noun or a business's trade:
# ", the Italian dairy company which went bust", ", the German stock exchange that", ", the operator of"
_ORGANISATION_HEADS = sorted(
    (ORG_NOUNS - frozenset(LEXICON.org_nouns_for_people)) | frozenset(LEXICON.described_organisations)
    | frozenset(LEXICON.business_trades) | frozenset(LEXICON.organisation_apposition_heads),
    key=len, reverse=True,
)
_APPOSED_ORGANISATION_HEAD = re.compile(
    r",[ \t]+(?:a|an|the|another)[ \t]+(?:(?!(?:of|for|at|to|and|with)[ \t])[\w'’-]+[ \t]+){0,4}?"
    r"(?:" + "|".join(map(re.escape, _ORGANISATION_HEADS)) + r")(?=[ \t]+(?:of|which|that|based|in|whose)\b|,|$)"
)


def _found_type(r: _Reading, found: Person) -> str:
    """Person or organisation for a name the index holds (``_person_or_organisation``), and an organisation
    when the mention's own apposition says so and nothing shows a person (an honorific, a gender)."""
    typ = _person_or_organisation(found, r.index.text)
    if typ == "person" and not (found.gender or found.honoured) and _apposed_as_organisation(r):
        return "org"
    return typ


def _apposed_as_organisation(r: _Reading) -> bool:
    """"Parmalat, the Italian dairy company which went bust", "Deutsche Boerse, the German stock exchange that
    is trying to buy its London rival": a name whose apposition, in the mention itself, is headed by an
    organisation's noun or a business's trade is an organisation's, however like a person's it looks ("Jim
    Smith, the party leader" is headed by the leader, a person)."""
    # the first apposition only, right after the name: one after a later name describes that name ("X, safety
    # expert on Fortum, the gas provider", "Einar Bjorgo from Unosat, the UN satellite mapping organisation")
    comma = r.text.find(",")
    if comma < 0 or any(w[:1].islower() and w.lower() not in _DETERMINERS for w in r.text[:comma].split()):
        return False
    return _APPOSED_ORGANISATION_HEAD.match(r.text, comma) is not None or _apposed_as_largest(r.text, comma)


_LARGEST = "|".join(LEXICON.business_superlatives)
# ", the country's largest steel producer", ", the world's second-biggest cement maker": a place's superlative,
# then what is made or sold and the trade's noun, in lower case
_APPOSED_LARGEST = re.compile(
    r",[ \t]+the[ \t]+[\w.-]+['’]s[ \t]+(?:\w+-)?(?:" + _LARGEST + r")(?:[ \t]+[a-z][\w-]*){2,3}"
    r"(?=[ \t]+(?:of|which|that|based|in|whose)\b|,|$)"
)


def _apposed_as_largest(text: str, comma: int) -> bool:
    """"China's Baoshan, the country's largest steel producer, said": the largest or biggest maker of a good in
    a place is a business, not a person, though "producer" is a person's role too; with no good named ("the
    club's biggest shareholder") it may be a person."""
    return _APPOSED_LARGEST.match(text, comma) is not None


def _nation_then_common_noun(r: _Reading) -> str | None:
    """"UK Coal said", "British Coal said", "Japan Tobacco said": a country or a nationality (no given name: "Chad",
    "India" are) and a word the article writes in lower case elsewhere ("the UK's biggest coal producer") is a
    business named for its nation and its trade, no title and surname ("Coal") nor given name and surname."""
    toks, names = r.toks, r.names
    if not names or toks[-1] != names[-1] or len(toks) < 2 or len(names) > 2:
        return None
    nation, word = toks[-2], toks[-1]
    if not (_is_place_word(nation) or nation.lower() in _NATIONALITIES) or may_be_given_name(nation):
        return None
    if not word[1:].islower() or _is_given_name(word) or r.index.by_last(word) and len(names) == 1:
        return None
    low = word.lower()
    if low in ROLE_NOUNS or low in GROUP_HEADS or _is_listed_title(low) or _is_plural_title(word):
        return None  # "US President", "British Citizens": an office or people of the nation, not a business
    return f"{nation} {word}" if _written_in_lower_case(word, r.index.text) else None


def _nation_before_name(r: _Reading) -> bool:
    """"the Afghan Taliban said", "the Syrian Observatory": "the", a nationality and a name no person in the
    article bears is a body of that nation; no person's name takes "the" ("Kenyan Bernard Lagat" does not)."""
    names = r.names
    return len(names) > 1 and r.lowered[0] == "the" and r.toks[1] == names[0] and names[0].lower() in _NATIONALITIES


def _possessive_name(r: _Reading) -> str | None:
    """An organisation's name with a possessive in it, which no person's name has: "McDonald's said",
    "Standard & Poor's", "Foster's", and "the People's Daily" (``_name_run``'s name_possessors)."""
    names, toks = r.names, r.toks
    if toks[-1] in ("'s", "’s") and names and toks[-2] == names[-1] and len(toks) <= 4:
        return r.text.removeprefix("the ").removeprefix("The ")
    if "'s" in names or "’s" in names:
        return " ".join(names).replace(" 's", "'s").replace(" ’s", "’s")
    return None


# a document's noun, its participle, a few words ("on Tuesday") and "by" right before the mention, maybe with
# the body's kind between ("figures gathered by industry watchdog, Ofcom")
_DOCUMENT_MADE_BY = re.compile(
    r"\b(?:" + _DOCUMENT_NOUNS + r")[ \t]+(?:" + _ISSUING_AFTER + r")[ \t]+"
    r"(?:[^.;:!?" + re.escape("".join(sorted(ALL_MARKS))) + r"]{0,40}?[ \t])?by[ \t]+(?:the[ \t]+)?"
    r"(?:(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*,?[ \t]+)?$"
)


# an owner's possessive right before a title in quotation marks, and what the mention adds after the title
_OWNED_TITLE = re.compile(LEXICON.owned_title, re.S)


def _owned_title_rule(r: _Reading) -> Resolved | None:
    """"According to E. J. Fleming's ''The Fixers: Eddie Mannix, Howard Strickling and the MGM Publicity Machine''
    and other sources,": a title in quotation marks after its author's possessive is a written work, a document
    of the author the article names; joined to other sources after it, a document with no one issuer."""
    m = _OWNED_TITLE.fullmatch(r.text.strip())
    if m is None:
        return None
    if m.group("rest").strip():
        return None, "document"  # "... and other sources": more than one issuer
    owner = _re.sub(r"\b([A-Z])\.\s*", r"\1 ", m.group("owner")).split()
    person = r.index.find(" ".join(owner))
    return (person.name if person is not None else " ".join(owner)), "document"


def _document_title_rule(r: _Reading) -> Resolved | None:
    """"the US Federal Reserve said in its latest Beige Book report. ... the Beige Book said": a title the
    article writes elsewhere as its owner's document ("its latest Beige Book report") is that document, not a
    person called so; its issuer is the body that spoke in it (``_issuers_of``), or none named."""
    if len(r.toks) < 3 or r.lowered[0] != "the" or not all(_is_cap(t) for t in r.toks[1:]):
        return None
    title = r"[ \t]+".join(re.escape(t) for t in r.toks[1:])
    owned = _re.compile(r"\b(?:its|their)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}" + title + r"[ \t]+(?P<noun>[a-z]+)\b")
    m = next((m for m in owned.finditer(r.index.text) if m.group("noun") in DOCUMENT_HEADS), None)
    if m is None:
        return None
    issuer = next((run for pos, run in _issuers_of(m.group("noun"), r.index) if m.start() <= pos <= m.end()), None)
    return issuer, "document"


# a document's noun in "-ing" right after a name, then "that": "a House of Lords ruling that"
_ING_DOCUMENTS = "|".join(re.escape(h) for h in sorted(DOCUMENT_HEADS) if h.endswith("ing"))
_ING_DOCUMENT_AFTER = re.compile(r"[ \t]+(?:" + _ING_DOCUMENTS + r")[ \t]+that\b")
# the determiner and the capitals of the issuer's name before the mention's last word: "a House of "
_ISSUER_OPENING_BEFORE = re.compile(
    r"\b(?:a|an|the)[ \t]+(?P<run>(?:" + _ORG_TOKEN + r"[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?)?)*)$"
)


def _issuer_before_ing_document_rule(r: _Reading) -> Resolved | None:
    """"the government failed to recognise a House of Lords ruling that detaining terror suspects indefinitely is
    unlawful": the parse reads a document's noun in "-ing" ("ruling", "filing") as a participle and the name
    before it as its subject; after "a" or "the" the name is no subject but the document's issuer, the words
    the document's, and the issuer the whole name the determiner opens ("House of Lords", not "Lords")."""
    if r.mention.kind != "name" or not _ING_DOCUMENT_AFTER.match(r.index.text, r.mention.span.end):
        return None
    before = _ISSUER_OPENING_BEFORE.search(r.index.text, max(0, r.at - 80), r.at)
    if before is None:
        return None
    run = (before.group("run") + r.text).split()
    return (" ".join(run), "document") if _may_be_issuer(run) else None


def _document_agent_rule(r: _Reading) -> Resolved | None:
    """"according to new figures released on Tuesday by the British Phonographic Industry", "research done
    by the Institute for Supply Management": when the parse gives the agent of a document's participle as
    the speaker, the words are the document's, with that organisation as its issuer. A person who made a
    document that is not their own words is its issuer too ("according to calculations presented to the US
    Senate by Dr Graham", GUIDELINES: a report or a letter by a person stays a document); a person's own
    statement or email stays theirs (lexicon ``own_words_heads``)."""
    made = _DOCUMENT_MADE_BY.search(r.index.text[max(0, r.at - 120) : r.at])
    if not made:
        return None
    client = _client_after_agent(r, made.group())
    if client:
        return client, "document"
    # a person right after "by" only: "a press release issued by his firm, Braynard boasted" is the firm's
    person_made = made.group().split()[0].lower() not in _OWN_WORDS and _BY_ALONE.search(made.group())
    retyped = ("org", "person") if person_made else ("org",)
    for rule_id, rule in RESOLUTION_RULES:
        if rule_id == "document-agent":
            continue
        got = rule(r)
        if got is not None:
            return (got[0], "document") if got[0] and got[1] in retyped else None
    return None


_BY_ALONE = re.compile(r"\bby[ \t]+$")
_CLIENT_AFTER = re.compile(_COMMISSIONED_NOUNS + r"\s+(?:" + _ISSUING + r")\s+by\s+" + _AGENT_RUN + _FOR_CLIENT)


def _client_after_agent(r: _Reading, made: str) -> str | None:
    """"figures compiled by Chart-Track for the Entertainment and Leisure Software Publishers Association
    (Elspa)": the agent that compiled research is not its issuer when the article says whom it was done
    for; the body it was done for is (lexicon ``commissioned_documents``, read as ``_issuer`` reads them)."""
    found = _CLIENT_AFTER.match(r.index.text, r.at - len(made))
    if found is None or found.start("client") < r.mention.span.end:
        return None
    client = found.group("client")
    if client.split()[0] in NOT_NAME_WORDS or _is_place_word(client) or client in _US_STATES:
        return None  # "compiled by Nielsen for March", "for Iowa": a date or a place, no client
    return client


def _territorial_peer_rule(r: _Reading) -> Resolved | None:
    """"Ex-Welsh Office Minister Lord Roberts of Conwy denied": a peer's full title, the title, one name and
    "of" a place, is his name (GUIDELINES: "Lord Faulkner of Worcester"), never a commoner of the same
    surname the article names elsewhere ("Sion Aubrey Roberts"). Not an office ("Lord Mayor of London")."""
    toks, low = r.toks, r.lowered
    for i in range(len(toks) - 3):
        if low[i] not in _PEERAGE or low[i + 2] != "of" or not (_is_cap(toks[i + 1]) and _is_cap(toks[i + 3])):
            continue
        if _is_title(toks[i + 1]):
            return None
        place = [toks[i + 3]]
        for word in toks[i + 4 :]:
            if not _is_cap(word):
                break
            place.append(word)
        return f"{toks[i].title()} {toks[i + 1]} of {' '.join(place)}", "person"
    return None


def _untagged_name_rule(r: _Reading) -> Resolved | None:
    """"Napster claims" opening a sentence: the parser took a one-word name for a common noun (no proper
    noun's tag, no entity label); a capitalised word the article also writes capitalised inside a sentence
    and never in lower case is a name, read as one ("Napster already offers" shows it), or a surname the
    article gives in full ("Connors" is Jimmy Connors)."""
    if r.mention.kind != "role" or len(r.toks) != 1 or r.head in ROLE_NOUNS or r.head in ORG_NOUNS:
        return None
    word = r.toks[0]
    if not (_is_cap(word) and word[1:].islower() and _written_as_name(word, r.index.text)):
        return None
    if word.endswith("ians"):
        return None  # "Gibraltarians": a people, a group's plural
    if not r.index.by_last(word) and (r.index.by_first(word) or _misspelt(word, r.at, r.index)):
        return None  # "Mercedes" is no "Mercedes Smart", "Catholics" no "Roman Catholic": only a surname says who
    return _proper_name_rule(replace(r, mention=replace(r.mention, kind="name")))


_WEB_ADDRESS = re.compile(
    r"[A-Za-z][\w-]*\.(?:" + "|".join(map(re.escape, sorted(LEXICON.web_address_endings, key=len, reverse=True)))
    + r")"
)
# a lower-case letter or two, then a capital ("iFixit", "eBay"); two capitalised parts or more ("RealClearPolitics")
_LOWER_LED = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]+")
_CAMEL = re.compile(r"([A-Z][a-z]+)(?:[A-Z][a-z]+)+")
# a number run into a capitalised word ("1Xtra", "4Kids"): a station's or a firm's name, no word of English
_DIGIT_LED = re.compile(r"\d{1,2}[A-Z][a-z]+")


def _company_word_rule(r: _Reading) -> Resolved | None:
    """"As iFixit points out in its teardown", "RealClearPolitics has Trump ahead", "said gamesindustry.biz",
    "1Xtra said": one word written as only a company's name is, with a capital after a lower-case letter or a
    number ("iFixit", "BuzzFeed", "1Xtra") or a site's address ("gamesindustry.biz"), is an organisation's name,
    though the parser left it untagged or took it for a common noun and no name rule read it (a name needs a
    capital first, a common noun no capital inside). Not a surname written with a capital inside ("McCain",
    "DeVos": lexicon ``joined_surname_particles``), nor a word the article gives a person by or takes up as "he"
    or "she"."""
    if r.mention.kind == "pronoun" or len(r.toks) != 1:
        return None
    word = r.toks[0].rstrip(".,;:")
    camel = _CAMEL.fullmatch(word)
    if camel and camel.group(1).lower() in _JOINED_PARTICLES:
        return None
    shaped = _LOWER_LED.fullmatch(word) or _DIGIT_LED.fullmatch(word) or _WEB_ADDRESS.fullmatch(word)
    if not (camel or shaped):
        return None
    if r.index.by_last(word) or r.index.by_first(word) or _spoken_of_as_person(word, r.index.text):
        return None
    return word, "org"


def _joined_to_persons_surname(word: str, index: NameIndex) -> bool:
    """"But Richards and Menendez both stressed that ...": a one-word name the article joins by "and" to the
    surname of a person it has named in full (Cecile Richards) is a person too, as the pair do one thing
    together (PolNeAR, pn92 class 3: "as Menendez pointed out," was typed an organisation). Only a pair that
    opens its clause and goes on to a lower-case word, its verb or "both": after a preposition the pair is a
    place or a club and a person, or "and" joins two clauses ("meet at Twickenham and Kirwan says", "for
    Liverpool and Gerrard to flourish"; BBC sport). Not a surname the article gives to two people ("Bill and
    Hillary Clinton"), nor the word itself a known person's surname."""
    if index.by_last(word):
        return False
    text = index.text
    for m in _re.finditer(r"\b([A-Z][a-z][\w'’-]*)[ \t]+and[ \t]+" + re.escape(word) + r"\b|\b" + re.escape(word)
                          + r"[ \t]+and[ \t]+([A-Z][a-z][\w'’-]*)(?![\w'’-])", text):
        other = m.group(1) or m.group(2)
        opens_clause = _subject_of_its_clause(text, m.start()) and _LOWER_WORD_NEXT.match(text, m.end())
        if opens_clause and len(index.by_last(other)) == 1:
            return True
    return False


def _calls_self(word: str, text: str) -> bool:
    """"One recruit calls himself Heretic. ... Heretic asks": a name someone "calls himself" or "herself"
    (a pseudonym, a blogger's handle) is that person's, however plain a company's it looks."""
    return _re.search(r"\bcall(?:s|ed|ing)?[ \t]+(?:himself|herself)[ \t]+" + re.escape(word) + r"\b", text) is not None


def _written_as_name(word: str, text: str) -> bool:
    """Whether ``word`` stands capitalised after a lower-case word somewhere and never in lower case."""
    if _re.search(r"(?<![\w'’-])" + re.escape(word.lower()) + r"(?![\w'’-])", text):
        return False
    return any(before[:1].islower() and not before.endswith(".") for before in _words_before(word, text))


def _organisation_kind_before(toks: list[str], names: list[str]) -> bool:
    """"US research think-tank Pew Internet and American Life", "Swedish firm Electrolux": an
    organisation's kind written in lower case right before the name says the name is that body's,
    when the mention opens with it ("Brett Lock of gay group OutRage" is Brett Lock)."""
    at = toks.index(names[0]) if names and names[0] in toks else 0
    kind = toks[at - 1].lower() if at > 0 else ""
    if _is_cap(toks[at - 1]) or kind not in ORG_NOUNS or kind in _PERSON_PLACES:
        return False
    return not any(t.lower() in _GOVERNING for t in toks[: at - 1])


def _role_right_before(toks: list[str], at: int) -> bool:
    """"Madrid midfielder Guti", "striker Ronaldo": one person's role right before the one name word shows
    a person ("analysts Gartner", a plural, names a firm by its trade)."""
    role = toks[at - 1].lower() if at > 0 else ""
    return role in _SINGULAR_ROLES and not _is_plural(role)


_ONE_NAME_ROLES = frozenset(LEXICON.one_name_roles)


def _role_before_one_word(word: str) -> re.Pattern:
    return _re.compile(r"\b([a-z][\w-]*)[ \t]+" + re.escape(word) + r"\b(?![ \t]+[A-Z])(?!['’]s?[ \t]+[A-Z])")


def _written_after_role(word: str, text: str) -> bool:
    """"Arsenal's Brazilian midfielder Edu has hit out ... Edu said": a one-word name the article writes
    anywhere right after a role of sport or show business (lexicon ``one_name_roles``) is a person's, as
    it is at that mention (``_role_right_before``); "market analyst Datamonitor" is a firm's trade."""
    return any(m.group(1) in _ONE_NAME_ROLES for m in _role_before_one_word(word).finditer(text))


# a one-word name the sentence is about (its first word, or after a possessive: "Arsenal's Edu"), the word after
# it, the rest of its sentence, and the first words of the next sentence when it opens with "The"
_ONE_WORD_THEN_THE = _re.compile(
    r"(?:^|[.!?\n][" + _CLOSING + r"]?\s+|[A-Z][\w-]*['’]s[ \t]+)([A-Z][a-z][\w-]+)(?![\w'’-])(?![ \t]+[A-Z])"
    r"[ \t]+([a-z]+)([^.!?\n]*[.!?][" + _CLOSING + r"]?)\s+The[ \t]+((?:[A-Za-z][\w-]*[ \t]*){1,3})"
)


_DESCRIBED_SUBJECT_NEXT = frozenset(LEXICON.described_subject_next)


@lru_cache(maxsize=8)
def _described_next(text: str) -> dict[str, str]:
    """The one-word names a description takes up as the next sentence's subject: "Eminem told the crowd: \"D12
    finally won an award.\" The rapper opened the show", "Arsenal's Edu has lifted the lid ... The Brazilian
    confirmed": a role of sport or show business (lexicon ``one_name_roles``) or a nationality set in the next
    sentence's opening "The" (after two adjectives at most) shows that the name is a person's, as a role before
    it would (``_written_after_role``). Not when the name's sentence also names someone by a given name
    ("Gloucester ... James Simpson-Daniel's fitness. The winger"), whom the description more likely takes up.
    Each name with the description's noun."""
    found: dict[str, str] = {}
    for m in _ONE_WORD_THEN_THE.finditer(text):
        word, verb, rest, opening = m.groups()
        if not _verb_after_subject(verb):
            continue  # "Chelsea goalkeeper Carlo Cudicini will miss ... The Italian": the name is not the subject
        if word in found or word in NOT_NAME_WORDS or _is_place_word(word) or _is_company_word(word):
            continue
        if word.lower() in _NATIONALITIES or _re.search(r"\b" + re.escape(word.lower()) + r"\b", text):
            continue  # "Iranian", "Shares fell ... shares": a sentence's first word, no name
        if any(_is_given_name(w) for w in _re.findall(r"\b[A-Z][a-z]+\b", rest)):
            continue
        noun = _description_noun(opening.split())
        if noun:
            found[word] = noun
    return found


def _verb_after_subject(word: str) -> bool:
    """A reporting verb's form or an auxiliary (lexicon ``described_subject_next``) right after a name:
    "Eminem told", "Edu has lifted"; not "Ninth seed Nalbandian", "Chelsea goalkeeper Carlo Cudicini"."""
    return word in _DESCRIBED_SUBJECT_NEXT or word in FORM_TO_LEMMA


def _description_noun(words: list[str]) -> str | None:
    """The noun of a description's opening words after "The": a role (lexicon ``one_name_roles``) after up to
    two lower-case adjectives ("young striker", "pop star"), or a nationality before a verb ("Brazilian
    confirmed"; lexicon ``described_subject_next``); None otherwise."""
    for i, w in enumerate(words[:3]):
        if w in _ONE_NAME_ROLES:
            return w
        if i == 0 and w[:1].isupper() and w.lower() in _NATIONALITIES:
            after = words[1].lower() if len(words) > 1 else ""
            return w.lower() if after in _DESCRIBED_SUBJECT_NEXT or after in FORM_TO_LEMMA else None
        if not w.islower() or w in ORG_NOUNS or w.endswith(("'s", "’s")):
            return None  # "The club captain", "The band's singer": the body's member, not the body
    return None


@lru_cache(maxsize=8)
def _people_named_after_roles(text: str) -> tuple[Person, ...]:
    """The one-word names the article writes right after a person's role ("midfielder Edu"), as people
    at every place the word stands, for a pronoun to take up when nobody has spoken yet: the index
    holds names of two words at least."""
    found: dict[str, Person] = {}
    for m in _re.finditer(r"\b([a-z][\w-]*)[ \t]+([A-Z][a-z][\w-]+)\b(?![ \t]+[A-Z])(?!['’]s?[ \t]+[A-Z])", text):
        role, word = m.groups()
        if role not in _ONE_NAME_ROLES or word in NOT_NAME_WORDS or _is_place_word(word) or word in found:
            continue
        found[word] = _one_word_person(word, role, text)
    for word, noun in _described_next(text).items():  # "Arsenal's Edu has lifted the lid ... The Brazilian"
        if word not in found:
            found[word] = _one_word_person(word, noun, text)
    return tuple(found.values())


def _one_word_person(word: str, role: str, text: str) -> Person:
    """A person known by one word, with the role the article gives them, at every place the word stands."""
    return Person(word, (word,), [w.start() for w in _re.finditer(r"\b" + re.escape(word) + r"\b", text)], {role})


def _role_set_after(r: _Reading, at: int) -> bool:
    """"Whitford, the commerce secretary": a role set after the one name word by a comma shows a
    person, as a title before it would (a company is "Gazprom, the state gas company")."""
    rest = r.toks[at + 1 :]
    after = r.text[r.text.find(r.toks[at]) + len(r.toks[at]) :]
    return bool(rest) and rest[-1].lower() in ROLE_NOUNS and after.lstrip().startswith(",")


def _organisation_set_after(r: _Reading) -> bool:
    """"Icstis, the UK's premium rate services watchdog, said": an apposition set after the name by a
    comma and headed by an organisation's noun shows the name is that body's, whatever else the mention
    holds ("the UK's" was read as a title before the name); the mirror of ``_role_set_after``. Not a
    noun that also names a person's place ("the Chelsea centre"), nor one after a preposition or a role
    ("Brooks, the head of the firm", "Brooks, the firm's chief executive")."""
    name, comma, rest = r.text.partition(",")
    words = [w.lower() for w in rest.split()]
    if not comma or not words or words[0] not in _DETERMINERS or name.split()[-1:] != r.names[-1:]:
        return False
    if any(w in _APPOSITION_PREPOSITIONS or w in ROLE_NOUNS for w in words):
        return False  # "Brooks, the head of the firm": the noun is what the person heads, not the name's
    return words[-1] in ORG_NOUNS and words[-1] not in _PERSON_PLACES


_APPOSITION_PREPOSITIONS = frozenset(LEXICON.apposition_prepositions)


_ORG_NAME_ENDINGS = frozenset(LEXICON.organisation_name_endings)
_PERSON_PLACES = frozenset(LEXICON.org_nouns_for_people)
_ORG_NAME_OPENERS = frozenset(LEXICON.organisation_name_openers)


def _acronym_opens(toks: list[str], at: int) -> bool:
    """Whether an acronym right before the one name word at ``toks[at]``, the mention's last, opens an
    organisation's name: "NRC Handelsblad" alone, or after an organisation's noun ("the security company
    MX Logic"). Initials are not ("JF Sullivan"): a lone acronym has three letters at least."""
    if at < 1 or at != len(toks) - 1 or not (toks[at - 1].isalpha() and toks[at - 1].isupper()):
        return False
    if _is_title(toks[at - 1]):
        return False
    if at == 1:
        return len(toks[0]) > 2
    return toks[at - 2].lower() in ORG_NOUNS

def _named_like_organisation(tokens, text: str) -> bool:
    """"Associated Press", "Indian Express", "Lycos Europe", "Newry City", "Air Canada", "Der Spiegel":
    a run of capitals whose last word names organisations, or a region, or whose first word opens
    names of organisations, is no person's name, unless the article takes it up as "he" or "she"."""
    ends = tokens[-1].lower().rstrip(".") in _ORG_NAME_ENDINGS or tokens[-1] in _REGIONS
    opens = len(tokens) > 1 and tokens[0].lower() in _ORG_NAME_OPENERS
    name = " ".join(tokens)
    return (ends or opens) and (_always_after_the(name, text) or not _spoken_of_as_person(name, text))


def _always_after_the(name: str, text: str) -> bool:
    """Whether the article writes the name after "the" each time: "The Associated Press reported that she
    had reached ...", "the Daily Caller reports": no person's name takes the article, so a "she" in what it
    reports is someone else's."""
    found = [at for at in _starts_of(name, text, "'’-") if _no_word_at(text, at + len(name), "'’-")]
    return bool(found) and all(_THE_BEFORE.search(text[max(0, i - 5):i]) for i in found)


_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


@lru_cache(maxsize=64)  # per article: each of its mentions of the word asks again
def _one_word_type(word: str, text: str) -> str | None:
    """The type of a one-word speaker no person in the article is called by ("Google said", "Yukos
    claims"): in news a person is introduced by a full name or a title, so a word the article never
    gives either is an organisation; written like a company's name ("TimeWarner") it is one anyway."""
    if _is_company_word(word):
        return "org"
    for written in _words_before(word, text):
        if _ends_sentence(written):
            continue  # "in the UK. Microsoft said": the word before is the last sentence's, no title
        before = written.lower()
        if _is_plural(before) and before in ROLE_NOUNS:
            continue  # "analysts Gartner": a firm named by its trade
        titled = _is_listed_title(before.rstrip(".")) or before in HONORIFICS or before in ROLE_NOUNS
        if titled and _titles_role_after(written, word, text):
            continue  # "former Yukos boss Mikhail Khodorkovsky": the title is the boss's, the word whose boss
        if _is_cap(written) and not written.isupper() and (
            _is_listed_title(before.rstrip("."), library=False) or before in HONORIFICS
        ) and _titles_the_word_alone(written, word, text):
            # "President Trump", "Gov. Bevin": a title set before the word, as before a name (not a line in
            # capitals, "TOYOTA RAV4 PRIME", ending above it)
            return "person"
        if before in _RESEARCH_TRADES and _research_firm_named(word, text):
            return "org"  # "market analyst Datamonitor" that issues "the Datamonitor report"
        if titled:
            return None  # "striker Ronaldo", "market analyst Datamonitor": a role, a person's or a firm's
    if not _spoken_of_as_thing(word, text) and _quoted_next_as_he_or_she(word, text):
        return "person"
    if not _spoken_of_as_thing(word, text) and _hosts_named_programme(word, text):
        return "person"
    if not _spoken_of_as_person(word, text):
        return "person" if _owns_in_own_clause(word, text) else "org"
    return "person" if _taken_up_by_own_clause(word, text) else None


# the end of a word, then the lower-case word after it, if there is one
_NEXT_LOWER_WORD = re.compile(r"(?![\w'’-])(?:[ \t]+([a-z][\w-]*))?")


def _titles_role_after(written: str, word: str, text: str) -> bool:
    """Whether each ``written word`` of the text goes on to a role in lower case: "former Yukos boss Mikhail
    Khodorkovsky", "ex-Boeing chief executive": the word before titles the one who holds the role, and the
    one-word name says whose role it is, a body's as often as a person's. Found by string search, as
    ``_words_before`` finds the word before (no pattern compiled per name)."""
    found = list(_matches_after(f"{written} {word}", _NEXT_LOWER_WORD, text, "'’-"))
    return bool(found) and all(m.group(1) in ROLE_NOUNS for m in found)


_RESEARCH_TRADES = frozenset(LEXICON.research_trades)
_HOST_PROGRAMME_ENDINGS = frozenset(LEXICON.host_programme_endings)
# a capitalised word, the surname and up to two more capitalised words before the programme's last word
_PROGRAMME_AFTER_HOST = re.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}([A-Z][a-z]+)\b")


def _hosts_named_programme(word: str, text: str) -> bool:
    """Whether the article writes ``word`` after a given name inside the name of a programme that ends in a
    show's or a station's noun: "MSNBC's "The Rachel Maddow Show"", then "Maddow asked", "Maddow said" (PolNeAR
    train, six quotes typed organisations); "Aaron Klein Investigative Radio", then "Klein said". The index
    takes no person from inside such a name, and the host is never "he" or "she" in an interview's report.
    A company named after its founder ("Charles Schwab Corp") ends in no programme's noun."""
    for at in _starts_of(word, text):
        given = _LAST_WORD.search(text, max(0, at - 30), at)
        if given is None or not _is_cap(given.group(1)) or not _is_given_name(given.group(1)):
            continue
        ending = _PROGRAMME_AFTER_HOST.match(text, at + len(word))
        if ending and ending.group(1).lower() in _HOST_PROGRAMME_ENDINGS:
            return True
    return False


def _research_firm_named(word: str, text: str) -> bool:
    """Whether a one-word name the article writes after a trade a person shares with a firm ("said market
    analyst Datamonitor") is the firm's: no given name, and the article writes it as the issuer of a
    document ("According to the Datamonitor report") or takes it up as "it" more than as "he" or "she"."""
    if _is_given_name(word) or _spoken_of_as_person(word, text):
        return False
    issued = _re.search(r"\b(?i:the)[ \t]+" + re.escape(word) + r"[ \t]+(?:" + _DOCUMENT_NOUNS + r")\b", text)
    return issued is not None or _spoken_of_as_thing(word, text)


# the word as a sentence's subject before its verb ("Cruz said.", "Cruz openly admitted that ..."), the rest of
# that sentence, which quotes no one (in 'Xinhua translated the quote as: "A." "B," he said' the pronoun is
# the speaker's the outlet quotes), and the next sentence opening on a quote that "he" or "she" says
_SUBJECT_THEN_QUOTE = (
    r"[ \t]+[a-z][^.!?\n" + _DOUBLE + r"]*[.!?]\s+"
    r"[" + _DOUBLE + r"][^" + _DOUBLE + r"]{1,1000}[" + _DOUBLE + r"][ \t]*(he|she)[ \t]+([a-z]+)\b"
)


def _quoted_next_as_he_or_she(word: str, text: str) -> bool:
    """Whether a sentence the word opens as its subject is followed by a quote that "he" or "she" says:
    "Cruz openly admitted that his pick was politically motivated. “With an eye to February 20th,” he
    said.", "... Cruz said. / “I am the son of an immigrant ...,” he said.": US political news calls the
    candidates by surname alone, and the next quote's pronoun is the one sign that the surname is a person."""
    pattern = _re.compile(r"\b" + re.escape(word) + _SUBJECT_THEN_QUOTE)
    for found in pattern.finditer(text):
        verb = found.group(2)
        if FORM_TO_LEMMA.get(verb, verb) in REPORTING_VERBS and _opens_its_sentence(text, found.start()):
            return True
    return False


# what may stand before a sentence's subject: the sentence's start, or a quote closing before its cue
_SENTENCE_OR_QUOTE_END = re.compile(
    r"(?:^|[.!?\n]|[" + _CLOSING + r"],?)[ \t]*((?:[A-Z][\w.'’-]*[ \t]+)*)$"
)


def _opens_its_sentence(text: str, at: int) -> bool:
    """Whether only capitalised words (a given name, a title) stand between the sentence's start, or a quote
    closing before its cue ('...!” Cruz said'), and ``at``: "changes he had made to the Bill" is no subject."""
    return bool(_SENTENCE_OR_QUOTE_END.search(text[max(0, at - 80) : at]))


def _titles_the_word_alone(title: str, word: str, text: str) -> bool:
    """Whether the article writes ``title word`` on one line with no capital after the word: "President
    Trump tied", not "President Ascom North America" (a company's officer)."""
    at = text.find(f"{title} {word}")
    return at >= 0 and not _CAPITAL_NEXT.match(text, at + len(title) + 1 + len(word))


def _ends_sentence(word: str) -> bool:
    """Whether a word with a full stop ends a sentence rather than abbreviates a title ("Gen.", "Capt."):
    an acronym, a number or a word longer than a title's abbreviation ("UK.", "2004.", "Kingdom.")."""
    stem = word.rstrip(".")
    return word.endswith(".") and (len(stem) > 4 or stem.isupper() or stem.isdigit())


def _words_before(word: str, text: str) -> Iterator[str]:
    """The word written before each ``word`` of the text on its line: group 1 of the matches of
    ``([\\w.]+)[^\\S\\n]+WORD\\b``, found from the places ``word`` stands rather than with a regex
    compiled for each word (compiling one cost more than the scans it made). Not a word of the line
    before, which no title crosses to its name: "TOYOTA RAV4 PRIME", a subheading in capitals, then the
    paragraph "Toyota is rolling out ..." (web train) is no "Prime Toyota"."""
    ended, at = 0, text.find(word)
    while at >= 0:
        space = at
        while space > 0 and text[space - 1].isspace() and text[space - 1] != "\n":
            space -= 1
        start = space
        while start > ended and (_is_word_char(text[start - 1]) or text[start - 1] == "."):
            start -= 1
        if space < at and start < space and _ends_word(text, at + len(word)):
            yield text[start:space]
            ended = at + len(word)  # matches do not overlap: the next starts after this one
            at = text.find(word, ended)
        else:
            at = text.find(word, at + 1)


def _ends_word(text: str, at: int) -> bool:
    """Whether ``\\b`` holds at offset ``at`` of the text."""
    before = at > 0 and _is_word_char(text[at - 1])
    return before != (at < len(text) and _is_word_char(text[at]))


# the few words after a name, where a pronoun in its own clause takes it up ("Parry claims he will")
_REST_OF_SENTENCE = re.compile(r"[^.!?;:\n]{0,30}")
_PERSONAL = re.compile(r"\b(?:" + "|".join(LEXICON.personal_pronouns_after_name) + r")\b", re.I)
# "who" takes up the name only right after it ("Eminem, who has sold"); further on it is another noun's
# ("The Associated Press reports that 28 people who came into contact ...")
_WHO_RIGHT_AFTER = re.compile(r"^[ \t]*,?[ \t]*who\b", re.I)
_NEUTER_PRONOUN = re.compile(r"\b(?:" + "|".join(LEXICON.neuter_pronouns_after_name) + r")\b", re.I)
# a coordinator and a capital after a name: a list goes on, and a pronoun after it is the whole list's
# ("Sony, IBM and Toshiba, who have been working on the chip" says nothing of Sony alone)
_LIST_GOES_ON = re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, sorted(_COORDINATORS))) + r")[ \t]+(?=[A-Z])")


def _rests_after(word: str, text: str) -> Iterator[str]:
    """What follows each whole ``word`` of the text up to the end of its clause, 30 characters at most:
    the matches of ``\\bWORD\\b[^.!?;:\\n]{0,30}`` less the word, without a regex compiled per word.
    Not after a word the verb before makes the one spoken to (``_addressed_at``)."""
    at = text.find(word) if word else -1
    while at >= 0:
        end = at + len(word)
        if _ends_word(text, at) and _ends_word(text, end):
            rest = _REST_OF_SENTENCE.match(text, end).group()
            if not _addressed_at(text, at):
                yield rest
            at = text.find(word, end + len(rest))
        else:
            at = text.find(word, at + 1)


_ADDRESSEE_VERB_BEFORE = re.compile(
    r"\b(?:" + "|".join(LEXICON.addressee_verbs_before_name) + r")[ \t]+$", re.I
)


def _addressed_at(text: str, at: int) -> bool:
    """Whether the word at ``at`` is the one spoken to: "Perry told Politico that he believes the race", "the
    Democrat told Fox that he credits": the pronoun after it is the teller's, and says nothing of whether
    the outlet is a person (PolNeAR train: "Politico" and "Fox" were typed people by it)."""
    return _ADDRESSEE_VERB_BEFORE.search(text, max(0, at - 12), at) is not None


@lru_cache(maxsize=64)
def _pronouns_after(word: str, text: str) -> tuple[int, int]:
    """How often the clauses that name ``word`` take it up as "he", "she" or "who", and as "it", "its" or
    "which"."""
    personal = neuter = 0
    for rest in _rests_after(word, text):
        rest = _LIST_GOES_ON.split(rest, maxsplit=1)[0]
        personal += len(_PERSONAL.findall(rest)) + bool(_WHO_RIGHT_AFTER.match(rest))
        neuter += len(_NEUTER_PRONOUN.findall(rest))
    return personal, neuter


# the name, a few lower-case words of its own clause ("claims", "added that", "compared") and its pronoun
_OWN_PRONOUN_NEXT = re.compile(
    r"[ \t]+((?:[a-z]+[ \t]+){1,3})(?:" + "|".join(LEXICON.personal_pronouns_after_name) + r")\b"
)
_SUBORDINATING = frozenset(LEXICON.subordinating_words)


def _taken_up_by_own_clause(word: str, text: str) -> bool:
    """Whether a clause that names ``word`` goes straight on to take it up as "he" or "she": "Parry claims he
    will", "Federer admitted he was", "Sanders compared himself to Clinton", a person the article calls by one
    word. Not across a comma, another name or a subordinating word, where the pronoun is often someone
    else's: "Boeing, while she was", "Qantas boss Mr Dixon also said he", "Newcastle went ahead when he fed"."""
    for rest in _rests_after(word, text):
        words = _OWN_PRONOUN_NEXT.match(rest)
        if words and not _SUBORDINATING.intersection(words.group(1).split()):
            return True
    return False


# the name, its verb and maybe a word more ("launched", "laid out") and "his" or "her"
_OWN_POSSESSIVE_NEXT = re.compile(
    r"[ \t]+((?:[a-z]+[ \t]+){1,2})(?:" + "|".join(LEXICON.possessive_pronouns_after_name) + r")\b"
)


def _owns_in_own_clause(word: str, text: str) -> bool:
    """Whether a clause the word opens as its subject goes straight on to its verb and "his" or "her", and
    the article never takes the word up as "it": "When Trump launched his campaign", "While Trump laid out
    his vision", "Obama won his party's nomination": a columnist calls the candidate by surname alone and
    never writes "he" right after it, but a body's own clause says "its". Not a word a lower-case word sets
    in another clause ("in negotiations with the Gunners over extending his deal", "the Pompey midfielder
    planted his shot"), nor across a subordinating word, as ``_taken_up_by_own_clause``; not a party's
    members ("Republicans by withholding his support" is a group, and the "his" someone else's)."""
    if word.lower() in PARTY_NOUNS or _pronouns_after(word, text)[1]:
        return False
    for at in _starts_of(word, text):
        words = _OWN_POSSESSIVE_NEXT.match(text, at + len(word))
        if words and not _SUBORDINATING.intersection(words.group(1).split()):
            if _subject_of_its_clause(text, at):
                return True
    return False


_LAST_WORD = re.compile(r"([A-Za-z]+)[ \t]+$")


def _subject_of_its_clause(text: str, at: int) -> bool:
    """Whether the word at ``at`` follows a sentence's start, a punctuation mark, a capital ("The Game") or a
    subordinating word ("When Trump"), not a lower-case word of another clause ("with the Gunners")."""
    before = _LAST_WORD.search(text, max(0, at - 30), at)
    return before is None or not before.group(1).islower() or before.group(1) in _SUBORDINATING


# the name, a few lower-case words of its own clause ("said", "has said that") and "it" or "its"
_OWN_NEUTER_NEXT = re.compile(r"[ \t]+((?:[a-z]+[ \t]+){1,3})(?:it|its)\b")


def _taken_up_as_it(tokens: tuple[str, ...], text: str) -> bool:
    """"Black Spider said it had stopped more than 1 million copies", "Migration Watch said it is not against
    all immigration": a name of several words whose own clause goes straight on to take it up as "it" is an
    organisation's, when its first word is no given name and the article never takes it up as "he" or "she"
    ("Michael Howard said it is important" is a person's; the given name shows it), nor a name the article
    writes after a person's role ("Scottish National Party leader Alex Salmond said it had received", the
    party's "it"; "columnist Sidney Skolsky"). As ``_taken_up_by_own_clause``, not across a subordinating word
    ("Save Our Shop, when it opened")."""
    name = " ".join(tokens)
    # the "it" first: few names have one, and the given name's gender is read with a name parser
    if len(tokens) < 2 or not _it_in_own_clause(name, text):
        return False
    if given_name_gender(name) is not None or _spoken_of_as_person(name, text):
        return False
    if tokens[0].lower() in _EITHER_GENDER or _written_after_person_role(name, text):
        return False
    # "Racial and Violent Crime taskforce": the index cut a longer name, no name to give
    return not _re.search(r"\b[A-Z][\w'’-]*[ \t]+and[ \t]+" + re.escape(name) + r"\b", text)


def _it_in_own_clause(name: str, text: str) -> bool:
    """Some mention of the name goes straight on to "it" in its own clause ("Black Spider said it had")."""
    for rest in _rests_after(name, text):
        words = _OWN_NEUTER_NEXT.match(rest)
        if words and not _SUBORDINATING.intersection(words.group(1).split()):
            return True
    return False


_EITHER_GENDER = frozenset(LEXICON.either_gender_given_names)


def _written_after_person_role(name: str, text: str) -> bool:
    """Whether the article writes ``name`` right after one person's role in lower case ("leader Alex Salmond")."""
    return any(
        m.group(1) in _SINGULAR_ROLES for m in _re.finditer(r"\b([a-z][\w-]*)[ \t]+" + re.escape(name) + r"\b", text)
    )


def _spoken_of_as_thing(word: str, text: str) -> bool:
    """Whether the clauses that name ``word`` take it up as a thing more than as a person ("Tottenham posted
    an image ... from its Twitter account")."""
    personal, neuter = _pronouns_after(word, text)
    return neuter > personal


def _spoken_of_as_person(word: str, text: str) -> bool:
    """Whether the clauses that name ``word`` take it up as "he", "she" or "who" more than as "it" or
    "which": "Parry claims he will be in no mood to sell", "Eminem, who has sold ..."."""
    personal, neuter = _pronouns_after(word, text)
    return personal > neuter


# a word written the way companies and bodies write their names: an acronym ("WTO", "Ofcom" is not
# one), capitals inside ("TimeWarner", "GlaxoSmithKline", "eBay") or after a hyphen ("T-Mobile")
_COMPANY_WORD = re.compile(r"^(?:[A-Z]{2,}|.*[a-z][A-Z].*|[A-Z]\w*-[A-Z][a-z]+)$")


def _is_company_word(word: str) -> bool:
    return bool(_COMPANY_WORD.match(word)) and not word.startswith(("Mc", "Mac"))


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Countries (their common names and the names news uses) and capitals used for governments."""
    from .world import read_table  # the bundled office-holder tables; read on first use

    names = {row["name_common"] for row in read_table("countries.csv")}
    names |= {row["alias"] for row in read_table("countries_extra_aliases.csv")}
    return frozenset(names) | frozenset(LEXICON.capital_metonyms)


def _name_then_apposition_rule(r: _Reading) -> Resolved | None:
    """"Khaled Al-Maeena, editor at large at the Saudi Gazette", "Maurer, chief financial officer and
    treasurer at the Andy Warhol Foundation": a name, then a description set off by a comma; the name is
    the speaker's, whatever capitals the description holds."""
    first = r.text.split(",", 1)[0]
    if first == r.text or r.mention.kind == "pronoun":
        return None
    toks = _clean_tokens(first)
    if not toks or not all(_is_name_word(t) for t in toks):
        return None
    found = _match_name(toks, r.at, r.index)
    if found is None or _named_like_organisation(found.tokens, r.index.text):
        return None
    return found.name, "person"


def _role_rule(r: _Reading) -> Resolved | None:
    """"the minister", "Britain's foreign secretary": a role, resolved to its holder; "the cardinal":
    a title the article gave someone ("Cardinal Cormac Murphy-O'Connor"), resolved to them."""
    if (r.head in ROLE_NOUNS and r.head not in ORG_NOUNS) or _is_person_noun_after(r):
        return _role(r)
    if _is_titled_description(r):
        found = _nearest([p for p in r.index.people if _bears_title(r.index.text, r.head, p)], r.at)
        return (found.name, "person") if found is not None else None
    return None


_PERSON_NOUNS_AFTER = LEXICON.person_nouns_after


def _is_person_noun_after(r: _Reading) -> bool:
    """"a senior government figure": a noun that describes a person only after one of its words (lexicon
    ``person_nouns_after``); "the figure" alone is more often a number."""
    after = _PERSON_NOUNS_AFTER.get(r.head, ())
    return r.lowered[-1] == r.head and any(w in after for w in r.lowered[:-1])


def _is_titled_description(r: _Reading) -> bool:
    # only nameparser's titles (the lexicon's own are role nouns or honorifics with rules of their own),
    # and never an acronym ("the CPL" is a league, "the US" a country)
    return (
        len(r.toks) == 2 and r.lowered[0] in _DETERMINERS and r.lowered[1] == r.head in LIBRARY_TITLES
        and not r.toks[1].isupper()
    )


def _bears_title(text: str, title: str, person: Person) -> bool:
    """Whether the article writes ``title`` right before the person's name: "Cardinal Cormac
    Murphy-O'Connor", "Archbishop Tutu" (a title set beside a name by apposition is not enough)."""
    name = r"(?:[A-Z][\w'’.-]*\s+){0,3}" + re.escape(person.tokens[-1])
    return _re.search(r"\b(?i:" + re.escape(title) + r")\s+" + name + r"\b", text) is not None


_NATIONALITIES = DEMONYMS | frozenset(LEXICON.nationality_nouns)


_EX_BEFORE = re.compile(r"(?<![\w-])(?i:ex)-$")


def _former_member_rule(r: _Reading) -> Resolved | None:
    """"And the ex-Wallaby added", "the ex-Gunner said": one capitalised word written after "ex-" is a side
    the speaker once played or sat for, which describes a person as a nationality does ("the American"):
    the speaker just before, else the person whose name opens the sentence before, else the person the
    article opens with; never the side itself (the mention the parser gives is the bare "Wallaby")."""
    if len(r.toks) != 1 or not r.names or not _EX_BEFORE.search(r.index.text, max(0, r.at - 4), r.at):
        return None
    last = next(((pos, name) for pos, name, _ in reversed(r.history) if pos < r.at), None)
    person = r.index.find(last[1]) if last and last[1] and r.at - last[0] <= _SPOKE_WITHIN else None
    begins = _sentence_start(r.index.text, r.at)
    person = person or _opening_person_before(r.index, begins) or _lead_person(r.index, begins)
    return (person.name if person is not None else None), "person"


def _nationality_rule(r: _Reading) -> Resolved | None:
    """"the American", "The Scot", "the 25-year-old Dubliner", "The Northern Irishman", "the 28-year-old": a
    nationality (or an age) used as a description is
    the person the article gives that nationality ("Argentine David Nalbandian ... The Argentine"), else
    the person who spoke just before, else one named in the sentence before with no other office, else
    the person the article opens with ("Tottenham manager Martin Jol acclaimed ... the Dutchman said");
    never someone named in its own sentence ("Reacting to a comment by Tim Phillips, the American said")
    nor someone the article gives another nationality."""
    age = len(r.toks) == 2 and _AGE.fullmatch(r.lowered[-1]) is not None  # the parser's head may be "old"
    if r.lowered[0] != "the" or not (age or r.head in _NATIONALITIES and r.lowered[-1] == r.head):
        return None
    if any(_is_cap(t) and t.lower() not in _NATIONALITY_QUALIFIERS for t in r.toks[1:-1]):
        return None  # "the Real Madrid Spaniard"; but "The Northern Irishman"
    begins = _sentence_start(r.index.text, r.at)
    given = [p for p in r.index.people if r.lowered[-1] in p.roles and min(p.positions) < begins]
    found = _nearest(given, r.at) or _described_one_word_before(r, begins) or _opening_person_before(r.index, begins)
    found = found or _last_speaker(r.lowered, r.lowered[-1], r.at, r.index, r.history, r.holder, r.published)
    if found is None:
        guessed = _just_named(r.lowered, r.head, begins, r.index, roleless=True) or _lead_person(r.index, begins)
        found = _of_gender_before(r.index, begins, guessed)
    if found is None or (not age and found.roles & (_NATIONALITIES - {r.head})):
        return None
    return found.name, "person"


def _described_one_word_before(r: _Reading, begins: int) -> Person | None:
    """"Arsenal's Edu has lifted the lid on the scenes ... ¶ The Brazilian confirmed tempers had flared": the
    one-word name of the sentence before that the description, opening its own sentence, takes up
    (``_described_next``); the index holds names of two words at least."""
    before = _sentence_before(r.index.text, begins)
    described = _described_next(r.index.text)
    # not a surname the index holds a full name by ("Kim Clijsters ... Clijsters has ... The Belgian")
    return next((
        p for p in _people_named_after_roles(r.index.text)
        if described.get(p.name) == r.lowered[-1] and any(before <= at < begins for at in p.positions)
        and not r.index.by_last(p.name)
    ), None)


def _of_gender_before(index: NameIndex, begins: int, guessed: Person | None) -> Person | None:
    """The fallbacks' guess for a description, unless the sentence before gives its subject one gender by its
    pronouns and the guess is of the other: "The candidate's glamorous wife Melania Trump ... the Slovenia-born
    former model delivered a seemingly heartfelt defense of her husband. ¶ "Donald is ...," said the
    46-year-old." (PolNeAR) is the woman named last before, not Donald Trump, whom the article opens with."""
    if guessed is None or not begins:
        return guessed
    words = _re.findall(r"[a-z]+", index.text[_sentence_before(index.text, begins) : begins].lower())
    said = {_GENDERED_PRONOUNS[w] for w in words if w in _GENDERED_PRONOUNS}
    if len(said) != 1 or pronoun_gender(guessed) in (None, *said):
        return guessed
    gender = said.pop()
    return _nearest([p for p in index.people if pronoun_gender(p) == gender and min(p.positions) < begins], begins)


_AGE = re.compile(r"\d{1,3}-year-old")


def _opening_person_before(index: NameIndex, start: int) -> Person | None:
    """The person whose name, after titles only, opens the sentence that ends at ``start``: whom an age
    describes next ("Agassi was serving at 5-6 down to Andy Roddick ... said the 34-year-old")."""
    text = index.text
    if not start:
        return None
    before = _sentence_start(text, start - 1)
    words = [w for w in _CAPITALS.match(text, before).group().split() if not _is_title(w)]
    if not words or text[before + len(_CAPITALS.match(text, before).group()) :].startswith(("'", "’")):
        return None  # "Tony Blair's spokesman": someone else
    person = _match_name(words, before, index)
    if person is None or not _may_be_person(person, text) or person.tokens[-1] in _place_names():
        return None  # "The Northern Ireland runner set a new best": a place, not the one described
    return person
_NATIONALITY_QUALIFIERS = frozenset(LEXICON.nationality_qualifiers)


def _lead_person(index: NameIndex, before: int) -> Person | None:
    """The person the article names first, before offset ``before``: its subject, in sports and
    arts copy ("Everton manager David Moyes will discipline ... The Scot initially defended")."""
    people = [
        p for p in index.people
        if min(p.positions) < before and not _named_like_organisation(p.tokens, index.text)
        and p.tokens[-1] not in _place_names() and not _named_as_character(p, index.text)
    ]
    return min(people, key=lambda p: min(p.positions)) if people else None


_CHARACTER_BEFORE = re.compile(
    r"\b(?:" + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in LEXICON.character_markers) + r")\s+$",
    re.IGNORECASE,
)


def _named_as_character(person: Person, text: str) -> bool:
    """Whether the article names ``person`` only as a character someone plays ("his portrayal of Tim Taylor in the
    hit series Home Improvement, veteran comedian Tim Allen"; lexicon ``character_markers``): a role on screen or
    stage, not the person the article opens with, whom "the actor" takes up."""
    return bool(person.positions) and all(
        _CHARACTER_BEFORE.search(text, max(0, pos - 40), pos) for pos in person.positions
    )


_DESCRIBED_ORGS = frozenset(LEXICON.described_organisations)


def _described_organisation_rule(r: _Reading) -> Resolved | None:
    """"The firm said", "the telecoms giant said", "The Paris-based pressure group said": a definite
    description of a business or an outlet, with no name in it, takes up the organisation the
    article named last before it ("Rosneft officials were unavailable. But the company has said")."""
    if r.head not in _DESCRIBED_ORGS or r.lowered[0] != "the" or r.lowered[-1] != r.head:
        return None
    toks = r.toks
    capitals = [t for i, t in enumerate(toks[1:], 1) if _is_cap(t) and "-" not in t and not _is_place_owner(toks, i)]
    capitals = _without_two_word_places(capitals)
    if spelled := _acronym_defined_inside(capitals, r.index.text):
        return spelled, "org"
    if not all(_is_origin(t) for t in capitals):
        return None  # a name in it: "the Vestey Group"; a place-adjective is not one ("Paris-based")
    named = _name_apposed_to_description(r) or _organisation_before_parenthesis(r)
    named = named or _business_subject_just_before(r) or _last_organisation(r) or _organisation_just_heard(r)
    named = named or _body_of_person_just_heard(r)
    named = named or _organisation_of_opening_document(r)
    named = named or _named_with_trade(r)
    named = named or _named_after_trade_just_before(r) or _business_opening_sentence_before(r)
    named = named or _organisation_named_before(
        r.mention.span.start, r.index, business=r.head in _BUSINESSES, spoke=_spoke_only_as_organisations(r.history)
    )
    named = named or _organisation_reporting_after(r) or _sole_organisation_speaker(r)
    named = _organisation_of_origin(capitals, r) or named
    if named and _origin_conflicts(capitals, named, r.index.text):
        named = None  # "The German giant" is not "India's Andhra Pradesh": better no name than a wrong one
    if named and _one_name_of_a_person(named, r):
        named = None  # "Democrats, Frank notes, applaud ... the company agreed": Thomas Frank, no company
    if named is None and capitals:
        return None  # "The Danish firm" that takes up no one: the organisation rule names it by its words
    return named, "org"


def _without_two_word_places(capitals: list[str]) -> list[str]:
    """A description's capitals less a place of two words (lexicon ``region_names``): "The High Street retailer"
    (BBC business/384, Next), "the Wall Street bank" say where a business trades, not its name."""
    for k in range(len(capitals) - 1):
        if f"{capitals[k]} {capitals[k + 1]}" in _REGIONS:
            return capitals[:k] + capitals[k + 2 :]
    return capitals


def _acronym_defined_inside(capitals: list[str], text: str) -> str | None:
    """"The Paris-based IEA watchdog said" after "The International Energy Agency (IEA) warned": the one
    name inside a description is an acronym the article spelled out in brackets, so the description is
    that organisation by its full name (an acronym the article never spells out stays a name in it)."""
    names = [t for t in capitals if not _is_origin(t)]
    if len(names) != 1 or not _is_acronym(names[0]):
        return None
    spelled = _spelled_out(names[0], text)
    return spelled if spelled != names[0] else None


# after a described organisation, a restrictive clause and the name set off by commas before the verb:
# "The group that owns most of her music, Big Machine, says"
_APPOSED_ORGANISATION = re.compile(
    r"(?:\s+(?:that|which)\s[^,;:.()\u2013\u2014" + _DOUBLE + r"]{1,80}?)?,\s+"
    r"((?:[A-Z][\w&.'’-]*\s+){0,4}[A-Z][\w&.'’-]*),\s+[a-z]"
)


def _name_apposed_to_description(r: _Reading) -> str | None:
    """"The group that owns most of her music, Big Machine, says", "The company that runs the AMAs, Dick
    Clark Productions, denies": the description's own sentence names the organisation right after it, so
    that name, not one named before, is the speaker."""
    m = _APPOSED_ORGANISATION.match(r.index.text, r.mention.span.end)
    if m is None or _is_place_word(m.group(1)):
        return None  # ("The company, Paris, ..." is no name of it)
    return m.group(1)


def _organisation_before_parenthesis(r: _Reading) -> str | None:
    """"GateHouse reportedly laid off more than 60 employees (the company would not disclose the actual
    number but called it “immaterial”)": a description opening an aside in brackets is the organisation its
    sentence named before the bracket, the nearest, not one of the sentences before."""
    text = r.index.text
    opening = text.rfind("(", 0, r.mention.span.start)
    if opening < 0 or text[opening + 1 : r.mention.span.start].strip():
        return None
    begins = _sentence_start(text, opening)
    named = [name for pos, name, _first in _organisation_candidates(r.index) if begins <= pos < opening]
    return named[-1] if named else None


def _is_origin(word: str) -> bool:
    """Where a described organisation is from, no name of its own: "The German automaker", "the US firm"."""
    return word.lower() in DEMONYMS or _is_place_word(word) or word.lower() in _ORIGIN_REGIONS


def _organisation_of_origin(origins: list[str], r: _Reading) -> str | None:
    """"Euronext chief ... held talks with LSE boss ... the day after rival Deutsche Boerse put forward its own bid
    case. The German exchange said": a description of origin takes up the organisation named nearest before its
    sentence whose own name is of that country (a country's word in it, ``_countries_of``), rather than the one
    the sentence before opens with; None when it gives no origin or no organisation named before is of it."""
    wanted = set().union(*(_countries_of(w) for w in origins)) if origins else set()
    if not wanted:
        return None
    begins = _sentence_start(r.index.text, r.at)
    of_origin = [
        name for start, name, _first in _organisation_candidates(r.index) if start < begins
        and _named_of_origin(name, wanted) and not (r.head in _BUSINESSES and _is_public_body(name))
    ]
    return of_origin[-1] if of_origin else None


def _named_of_origin(name: str, wanted: set[str]) -> bool:
    """Whether a name carries a country of ``wanted`` beside words of its own ("Deutsche Boerse", "US Airways");
    a place's name alone ("US", "Britain's") is no organisation of it."""
    countries = [_countries_of(_unowned(w)) for w in name.split()]
    return any(c & wanted for c in countries) and not all(countries)


def _origin_conflicts(origins: list[str], named: str, text: str) -> bool:
    """Whether the organisation a description of origin takes up is from another country by the
    article's own words: a country in its name ("The German giant" is not "India's Andhra Pradesh"),
    or one before it in a description the article gives it ("Japanese carmaker Toyota" is not "the US
    firm"). A region is its countries ("European aircraft maker Airbus" is not "The US company": lexicon
    ``origin_regions``); origins neither table knows say nothing."""
    wanted = set().union(*(_countries_of(w) for w in origins)) if origins else set()
    if not wanted:
        return False
    said = [_unowned(w) for w in named.split()]
    said += _re.findall(r"\b([A-Z][\w.]*)\s+(?:[a-z][\w-]*\s+){1,3}" + re.escape(named) + r"\b", text)
    return any(_countries_of(w) and not _countries_of(w) & wanted for w in said)


_ORIGIN_REGIONS = {region: frozenset(countries) for region, countries in LEXICON.origin_regions.items()}
_ORIGIN_NAME_WORDS = {word: frozenset(countries) for word, countries in LEXICON.origin_name_words.items()}


@lru_cache(maxsize=4096)
def _countries_of(word: str) -> frozenset[str]:
    """The countries a word names or a demonym points to ("German" DEU, "US" USA, "Italy's" ITA), read
    from the office base's place forms (which leave out two-letter codes: "It", "GM"), or the countries
    of a region ("European"); empty for any other word."""
    from .kb import default_kb, role_key  # the base imports the world tables; loaded once per process

    if word.lower() in _ORIGIN_REGIONS:
        return _ORIGIN_REGIONS[word.lower()]
    if word.lower() in _ORIGIN_NAME_WORDS:
        return _ORIGIN_NAME_WORDS[word.lower()]  # "Deutsche Boerse": the language's own word

    phrases = default_kb().phrases
    places = phrases.places.get(role_key(word), ()) if phrases is not None else ()
    return frozenset(p.iso3 for p in places if p.kind == "country" and p.iso3)


def _sentence_before_business(r: _Reading) -> int | None:
    """Where the sentence before starts, when ``r`` is a business description ("The company", "The UK's
    biggest mortgage lender") opening its own sentence; None otherwise."""
    if r.head not in _BUSINESSES:
        return None
    text = r.index.text
    begins = _sentence_start(text, r.at)
    if text[begins : r.at].strip() or not begins:
        return None  # the description does not open its sentence, or opens the text
    return _sentence_before(text, begins)


def _business_opening_sentence_before(r: _Reading) -> str | None:
    """"The Halifax, meanwhile, said last week that house prices increased. The UK's biggest mortgage lender
    said prices rose 15.1%": a business description opening its sentence goes on with the organisation that
    opened the sentence just before as its speaker (named once, too plain for the organisation candidates)."""
    before = _sentence_before_business(r)
    if before is None:
        return None
    opening = [name for pos, name, g in r.history if g == NEUTER and name and before <= pos < before + 5]
    return opening[-1] if opening else None


def _business_subject_just_before(r: _Reading) -> str | None:
    """"Amazon is now letting you listen to music free ... The company published a blog post that said":
    a business description opening its sentence takes up the organisation that opens the sentence just
    before as its subject, when no organisation spoke in that sentence or after it. The last organisation
    that spoke further back ("the company confirmed ..." of WeWork, paragraphs before in a news roundup)
    is another story's."""
    before = _sentence_before_business(r)
    if before is None:
        return None
    text = r.index.text
    if any(g == NEUTER and before <= pos < r.at for pos, _name, g in r.history):
        return None  # an organisation that spoke there is the one meant (``_business_opening_sentence_before``)
    opening = [run for pos, run, first in _organisation_runs(text) if first and pos == before]
    if not opening or not _re.match(re.escape(opening[0]) + r"\s+[a-z]", text[before:]):
        return None  # the subject is the run alone, a verb after it ("Amazon is now letting ...")
    run = opening[0]
    if " " in run:
        return run if _named_like_organisation(run.split(), text) else None
    # a word seen only opening sentences may be a common one ("Five years after ...", "Up to 3,000 jobs"):
    # the article writes the name mid-sentence too ("Amazon Music Unlimited")
    written = _re.finditer(r"\b" + re.escape(run) + r"\b", text)
    inside = any(_sentence_start(text, m.start()) != m.start() for m in written)
    return run if inside and _one_word_type(run, text) == "org" else None


def _named_with_trade(r: _Reading) -> str | None:
    """"Budget airline Ryanair has placed an order ... The airline said": a description takes up the
    business the article last named with the description's own noun, before the name ("German airline
    Lufthansa") or in apposition after it ("US Airways, the seventh-largest US airline"), ahead of any
    other name nearer to it ("Chapter 11", a destination)."""
    text = r.index.text[: _sentence_start(r.index.text, r.at)]
    found = [(m.start(), m.group("name")) for pattern in _trade_patterns(r.head) for m in pattern.finditer(text)]
    names = [(pos, name) for pos, name in found if name.split()[0] not in NOT_NAME_WORDS]
    return max(names)[1] if names else None


# a company's word that opens in lower case, a capital inside it: "iDefence", "eBay"
_LOWER_COMPANY_WORD = r"[a-z]{1,2}[A-Z][\w'’-]*"


@lru_cache(maxsize=1)
def _any_trade() -> re.Pattern:
    """A business's trade in lower case and the name written right after it ("operator Eurotunnel")."""
    trades = _DESCRIBED_ORGS | set(LEXICON.business_trades) | set(LEXICON.organisation_trades)
    return _re.compile(
        r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, trades), key=len, reverse=True))
        + r")[ \t]+(?P<name>" + _CAPITAL_RUN + "|" + _LOWER_COMPANY_WORD + r")"
    )


def _named_after_trade_just_before(r: _Reading) -> str | None:
    """"Channel Tunnel operator Eurotunnel has seen sales fall. The firm said", "Web tracking company
    Envisional said 18% ...; about 70% used BitTorrent, the firm said": a description of a business takes
    up the name the sentence before its own writes right after a business's trade in lower case ("operator",
    "company", "drugmaker"), whatever the trade (``_named_with_trade`` reads the description's own noun
    only): named once, such a name is too plain for the organisation candidates."""
    if r.head not in _BUSINESSES:
        return None
    text = r.index.text
    begins = _sentence_start(text, r.at)
    before = _sentence_before(text, begins)
    names = [
        m.group("name") for m in _any_trade().finditer(text, before, begins)
        if _opens_as_subject(text, _sentence_start(text, m.start()), m)
    ]
    names = [n for n in names if n.split()[0] not in NOT_NAME_WORDS and n.split()[0].lower() not in _GIVEN_NAME_GENDERS]
    if not names:
        return None
    person = r.index.find(names[-1])
    return None if person is not None and _is_person_for_sure(person) else names[-1]


# a verb right after a name: a lower-case word that joins no second name to it ("Virgin Blue and the ...")
_VERB_AFTER = re.compile(r"[ \t]+(?!and\b|or\b|of\b|in\b)[a-z]")


def _opens_as_subject(text: str, start: int, m: re.Match) -> bool:
    """Whether the trade and name ``m`` open the sentence at ``start`` (a few words may come before: "US-German
    carmaker DaimlerChrysler has sold") and a verb follows the name: the sentence's subject, not a name
    it mentions ("rivals such as low-cost carrier Virgin Blue and the Australian government")."""
    return len(text[start : m.start()].split()) <= 4 and bool(_VERB_AFTER.match(text, m.end()))


@lru_cache(maxsize=_DOCUMENT_NOUNS_KEPT)
def _trade_patterns(head: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The trade before the name ("German airline Lufthansa"), the name before the trade in an apposition
    that closes ("US Airways, the seventh-largest US airline, which"; never "T-Mobile USA, the company's
    American business" nor "During the crisis in Argentina, the firm sued"), and the name set off by
    commas after a description ending in the trade ("the world's largest package delivery company, UPS,
    said")."""
    noun = re.escape(head)
    name = _CAPITAL_RUN + r"(?:[ \t]+&[ \t]+" + _CAPITAL_RUN + r")?"  # "&" and all: "Independent News & Media"
    name = _CAMPAIGN_OPENING + name  # a campaign's "the" inside its name: "Save the Scottish Regiments"
    return (
        # after the trade, a company's word may open in lower case: "security firm iDefence"
        _re.compile(r"\b" + noun + r"[ \t]+(?P<name>" + name + "|" + _LOWER_COMPANY_WORD + ")"),
        _re.compile(r"(?P<name>" + name + r"),[ \t]+(?:the|an?)[ \t]+(?:[\w'’-]+[ \t]+){0,3}" + noun
                   + r"(?=[ \t]*[,.;:)]|[ \t]+(?:which|that|based|in|of)\b)"),
        _re.compile(r"\b(?:the|an?)[ \t]+(?:[\w'’-]+[ \t]+){0,4}" + noun + r",[ \t]+(?P<name>" + name + r"),"),
    )


def _organisation_of_opening_document(r: _Reading) -> str | None:
    """"In a statement on the Airbus website, the company said that ...": a description that opens its
    own cue after a clause naming the document it speaks in is the one organisation that clause names
    (the clause comes before the reported words, so it is not what they are about)."""
    text = r.index.text
    start = _sentence_start(text, r.at)
    clause = text[start : r.at]
    if not clause.rstrip().endswith(",") or any(mark in clause for mark in ALL_MARKS):
        return None
    if not _reports(text[r.mention.span.end : r.mention.span.end + 30]):
        return None
    if not any(w.strip(",").lower() in DOCUMENT_HEADS for w in clause.split()):
        return None
    named = {name for pos, name, _first in _organisation_candidates(r.index) if start <= pos < r.at}
    return named.pop() if len(named) == 1 else None


def _sole_organisation_speaker(r: _Reading) -> str | None:
    """"General Motors announced it has lost $6bn. Not including special items, the firm said ...": when
    the article names no organisation a description could take up, only the one that has spoken (a name
    said once, too plain for a run of capitals to be taken for an organisation), the description is it."""
    spoke = {name for pos, name, g in r.history if g == NEUTER and pos < r.at and name}
    return spoke.pop() if len(spoke) == 1 else None


def _is_place_owner(toks: list[str], i: int) -> bool:
    """Whether the capitals at ``toks[i]`` are a place the description belongs to ("the UK's financial
    watchdog", "Japan's biggest bank"): where the organisation is, not its name."""
    return toks[i + 1 : i + 2] == ["'s"] and _is_place_word(toks[i])


def _organisation_reporting_after(r: _Reading) -> str | None:
    """"A cap on donations should not be introduced yet, the elections watchdog has said. [...] In a
    new report, the Electoral Commission says ...": a description in the article's opening, with no
    organisation named before it, is the first organisation the article then shows reporting."""
    if r.at > _OPENING:
        return None
    text = r.index.text
    for pos, name, _first in _organisation_candidates(r.index):
        named_end = text.find(name, pos) + len(name)
        if pos > r.mention.span.end and named_end > 0 and _reports(text[named_end : named_end + 30]):
            return name if pos - r.mention.span.end <= _OPENING else None
    return None


_MUNICIPAL_HEADS = frozenset(LEXICON.municipal_heads)
_MUNICIPAL_WORDS = tuple(LEXICON.municipal_words)


def _municipality_rule(r: _Reading) -> Resolved | None:
    """"... advanced by the Municipality of Livorno in 2010. The city reasoned, ...": "the city" or "the
    town" is the local authority the article named last within a few sentences before it."""
    if r.lowered != ["the", r.head] or r.head not in _MUNICIPAL_HEADS:
        return None
    bodies = [
        (start, name) for start, name, _first in _organisation_candidates(r.index)
        if r.at - _DESCRIBED_WITHIN <= start < r.at and any(w in name.lower() for w in _MUNICIPAL_WORDS)
    ]
    return (bodies[-1][1], "org") if bodies else None


_LOWERCASE_NAME_HEADS = frozenset(LEXICON.lowercase_name_heads)


def _lowercase_name_rule(r: _Reading) -> Resolved | None:
    """"Deaths in custody have reached "shocking" levels, a committee of MPs and peers has warned. The
    joint committee on human rights found ...": an organisation described without capitals takes the
    one name the article writes in lower case for that noun, a modifier, the noun and what it is on or
    of, as the subject of a verb ("joint committee on human rights")."""
    if r.head not in _LOWERCASE_NAME_HEADS or r.lowered[0] not in _DETERMINERS or any(_is_cap(t) for t in r.toks[1:2]):
        return None
    if r.lowered[-1] != r.head and any(_is_cap(t) for t in r.toks[1:]) and "of" not in r.lowered:
        return None
    names = {m.group("name") for m in _lowercase_names(r.index.text) if m.group("head") == r.head}
    return (names.pop(), "org") if len(names) == 1 else None


@lru_cache(maxsize=8)
def _lowercase_names(text: str) -> list[re.Match]:
    pattern = (
        r"\b[Tt]he\s+(?P<name>(?:[a-z][\w-]*\s+){1,2}(?P<head>" + "|".join(sorted(_LOWERCASE_NAME_HEADS)) + r")"
        r"\s+(?:on|of|for)\s+(?P<topic>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*))\s+(?:"
        + "|".join(sorted(_VERBS_AFTER_SUBJECT, key=len, reverse=True)) + r")\b"
    )
    # no article or preposition in the modifier or the topic: "the committee of the whole house" is no name
    return [
        m for m in _re.finditer(pattern, text)
        if not set(m.group("name")[: m.start("head") - m.start("name")].split() + m.group("topic").split()) & _STOP
    ]


# A capitalised run that may name an organisation: "BT", "Reporters Without Borders", "Times of Zambia"
# (never from inside a word: "iPod" names no "Pod")
# a campaign's name that opens with a verb and "the" (lexicon ``campaign_name_verbs``): "Stop the War Coalition"
_CAMPAIGN_OPENING = r"(?:(?:" + "|".join(LEXICON.campaign_name_verbs) + r")[ \t]+the[ \t]+(?=[A-Z]))?"


_ORG_RUN = re.compile(
    r"(?<![\w'’-])" + _CAMPAIGN_OPENING + _ORG_TOKEN
    + r"(?:(?:\s+(?:of|for|&)\s+(?:the\s+)?|[ \t]+)" + _ORG_TOKEN + ")*"
)
_REGIONS = frozenset(LEXICON.region_names)


def _organisation_named_before(
    at: int, index: NameIndex, *, business: bool = False, spoke: frozenset[str] = frozenset()
) -> str | None:
    """The organisation the description at ``at`` takes up: named before the description's sentence
    (in that sentence it is more often the words reported: "The IMF will cut ..., the newspaper
    reported"); the subject of a sentence just before if there is one ("Umbro, which lost deals
    with Chelsea, said ... The firm said" is Umbro), else the nearest. A ``business`` description
    ("the company") takes up no public body, and may take up a business ``_business_named_before``. The
    names in ``spoke`` have spoken as organisations only, so their words stay candidates."""
    text = index.text
    begins = _sentence_start(text, at)
    candidates = [c for c in _organisation_candidates(index, spoke) if c[0] < begins]
    if business:
        # a letter alone is a party's ("state Sen. Jason Holsman (D)"), never a business's name
        candidates = [c for c in candidates if not _is_public_body(c[1]) and len(c[1]) > 1]
        candidates = candidates + _business_named_before(begins, index, candidates)
        candidates = sorted(candidates + _business_given_as_example(begins, index, candidates))
    subjects = [
        c for c in candidates
        if (c[2] or _reports_after(text, c[0])) and begins - c[0] <= _DESCRIBED_WITHIN
        and not _is_whole_sentence(text, c[0])
    ]
    if subjects:
        return subjects[-1][1]
    if not candidates:
        return None
    # no organisation opened a sentence just before: the one the article names most (its topic),
    # the nearest of those that tie
    counts: dict[str, int] = {}
    for _start, name, _first in candidates:
        counts[name] = counts.get(name, 0) + 1
    return max(reversed(candidates), key=lambda c: counts[c[1]])[1]


def _reports_after(text: str, start: int) -> bool:
    """Whether the run of capitals at ``start`` opens a clause of its own after "and" or "but" as the subject
    of a reporting verb: "GMAC has been a strong contributor to profits in 2004 but GM said it will do less
    well this year. ... the company said" continues GM, the one that spoke, not GMAC, which opens the
    sentence. A subordinate clause's speaker does not ("... thwarted on Wednesday when the Appeal Court ruled
    the Hunting Act was lawful. But the group says" is the Countryside Alliance)."""
    conjunction = _re.search(r"(?<![\w'’-])(\w+)[ \t]+(?:the[ \t]+)?$", text[max(0, start - 20) : start])
    if conjunction is None or conjunction.group(1).lower() not in _RELAY_CONJUNCTIONS:
        return False
    m = _ORG_RUN.match(text, start)
    verb = _re.match(r"[ \t]+(?:has[ \t]+|had[ \t]+)?([a-z]+)\b", text[m.end() : m.end() + 30]) if m else None
    return verb is not None and verb.group(1) in _ORIGINATOR_VERBS


def _is_whole_sentence(text: str, start: int) -> bool:
    """Whether the run of capitals at ``start`` ends the sentence it opens: a name cut off by a full stop
    inside a product's name ("the ID. Space Vizzion Concept."), the subject of no verb."""
    m = _ORG_RUN.match(text, start)
    return m is not None and text[m.end() : m.end() + 1] in (".", "!", "?", "\n", "")


_BUSINESSES = frozenset(LEXICON.business_descriptions)
_PUBLIC_BODY_WORDS = frozenset(LEXICON.public_body_words)
_US_STATES = frozenset(LEXICON.us_states)


def _is_public_body(name: str) -> bool:
    """"Federal Reserve", "European Central Bank", "Texas": a name a business description ("the company")
    never takes up (the business rule of ``_organisation_named_before``); a US state is a place, not a
    business, though the country table does not list it ("US state Texas has filed a lawsuit ... The
    company named in the lawsuit denied"); nor is a party or its members ("local employers such as
    Monsanto, which opposed the bill. ... the company tweeted" is not the "Democrats" the article names most)."""
    words = [w.lower() for w in name.split()]
    return name in _US_STATES or any(w in _PUBLIC_BODY_WORDS for w in words) or words[-1] in PARTY_NOUNS


# a verb's "-ing" or "-ed" form right after a name: "with Bear Stearns tumbling"
_DOES_AFTER = re.compile(r"[ \t]+[a-z]+(?:ing|ed)\b")


def _business_named_before(begins: int, index: NameIndex, known: list) -> list[tuple[int, str, bool]]:
    """"The volatile week began last Friday with Bear Stearns tumbling ... The hedge funds had been
    exposed ..., and the company announced": a name of two capitalised words the sentence before names
    once, inside it, as the subject of a verb's "-ing" or "-ed" form, is a business a business description
    may take up, though too plain a shape for ``_organisation_candidates`` (two words, named once: a
    person's shape too). Not someone who is a person for sure, nor a name that opens with a given name
    ("Jim Cramer"); a name after a role, in a list or after a place's preposition ("said chief executive Todd
    Stitzer.", "such as ... and Neverwinter Nights,", "in New York on 26 January") is no verb's subject."""
    before = _sentence_start(index.text, max(0, begins - 2))
    sure = {p.name for p in index.people if _is_person_for_sure(p)}
    taken = {pos for pos, _name, _first in known}
    found = []
    for start, run, first in _organisation_runs(index.text):
        toks = run.split()
        if not (before <= start < begins) or first or start in taken or len(toks) != 2 or run in sure:
            continue
        if toks[0].lower() in _GIVEN_NAME_GENDERS or _is_public_body(run) or run in _place_names():
            continue
        if index.text.count(run) == 1 and _DOES_AFTER.match(index.text, index.text.find(run, start) + len(run)):
            found.append((start, run, first))
    return found


_BUSINESS_KINDS = "|".join(map(re.escape, LEXICON.business_kinds_plural))
# a name given as an example of a kind of business: "local employers such as Monsanto, which opposed the bill"
_EXAMPLE_OF_BUSINESS = re.compile(
    r"\b(?:" + _BUSINESS_KINDS + r")[ \t]+(?:such[ \t]+as|including|like)[ \t]+"
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*)*)"
)


def _business_given_as_example(begins: int, index: NameIndex, known: list) -> list[tuple[int, str, bool]]:
    """"The filibuster garnered widespread attention, including from local employers such as Monsanto, which
    opposed the bill. "...," the company tweeted": a name the sentence before gives as an example of a kind of
    business (lexicon ``business_kinds_plural``: "employers such as", "companies including") is a business a
    business description may take up, though named once, in one word (too plain a shape for
    ``_organisation_candidates``: a product's or a person's too). Not someone who is a person for sure."""
    before = _sentence_start(index.text, max(0, begins - 2))
    sure = {p.name for p in index.people if _is_person_for_sure(p)} | {
        p.tokens[-1] for p in index.people if _is_person_for_sure(p)
    }
    taken = {pos for pos, _name, _first in known}
    found = []
    for m in _EXAMPLE_OF_BUSINESS.finditer(index.text, before, begins):
        words = m.group("name").split()
        owners = [i for i, w in enumerate(words[:-1]) if _unowned(w) != w]
        name = _unowned(" ".join(words[owners[-1] + 1 :] if owners else words))  # "Ireland's Ryanair"
        start = index.text.find(name, m.start("name"))
        if start not in taken and name not in sure and not _is_place_word(name):
            found.append((start, name, False))
    return found


# a middle initial's full stop: a capital alone, then one capitalised word (no pronoun or article) that
# the sentence goes on from ("adviser to then-President George W. Bush, also questioned ...": "Bush" opens
# no sentence); not "Malcolm X. Attallah Shabazz, the daughter of ...", a new sentence opening with a name
# (read from after the stop: the end's pattern consumes the mark first). Initials run together end no
# sentence either when a name of one or two words goes on from them: "scholar A.E. Dick Howard at the
# University of Virginia", "George H.W. Bush, who" (a sentence ending there had made "Dick Howard" open one,
# the subject a "he" after it took up); not a place's or a body's ("into the U.S. While Clinton has"), which
# ends sentences as often (lexicon ``initials_ending_sentences``). A capital alone goes on into two words
# only when lower case follows them ("scholar A. Dick Howard at"), not a comma ("Malcolm X. Attallah Shabazz,").
# A party's and state's tag in brackets after the surname goes on from it too ("Harry M. Reid (D-Nev.) blasted
# Rubio": an end at "M." had made the tag's sentence a new one with no name, and the later "the Senate minority
# leader said" was the speaker before).
_NOT_A_PRONOUN_OR_ARTICLE = (
    r"(?!(?:" + "|".join(sorted({w.capitalize() for w in PERSON_PRONOUNS | _STOP | _DETERMINERS if w.isalpha()}))
    + r")\b)"
)
_BRACKETED_TAG = r"(?:\s+\([A-Z][\w.]*(?:-[A-Z][\w.]*)?\))?"  # "(D-Nev.)", "(R-Texas)", "(Ky.)"
_MIDDLE_INITIAL = (
    r"(?:(?<=\s[A-Z]\.)\s+" + _NOT_A_PRONOUN_OR_ARTICLE + r"[A-Z][\w'’-]*" + _BRACKETED_TAG
    + r"(?:[,;:)]|(?:\s+[A-Z][\w'’-]*)?\s+[a-z])"
    + r"|(?<=[A-Z]\.[A-Z]\.)" + "".join(r"(?<!" + re.escape(w) + r")" for w in LEXICON.initials_ending_sentences)
    + r"\s+" + _NOT_A_PRONOUN_OR_ARTICLE + r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:[,;:)]|\s+[a-z]))"
)


# the end of a sentence: a full stop, question or exclamation mark (and any closing quote) before a
# space, or a line break; not a middle initial's; a sentence may open in brackets ("was shown the door.
# (She claimed to 'retire.')") or with a quote whose first words are a title in quotes ("as her guilty
# pleasure. “’House of Cards,’” she said": two marks before its capital). Written to open on one character
# set, the mark read by a look-behind, so that the regex engine skips to the marks at C speed (an opening
# look-ahead made it try every character).
_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=\n)|(?<=[.!?])(?!" + _MIDDLE_INITIAL + r")"
    r"[" + _CLOSING + r"]?\s+(?=[(" + _CLOSING + r"]{0,2}[A-Z]))"
)
# the same, going on past a title's or another abbreviation's full stop ("Mr. Trump said"), for the rules
# that read a pronoun's own sentence and clause (``_clause_pronoun_rule``, ``_named_later_in_pronouns_clause``),
# and for those that look in the sentences after a description for its holder's name (``_speaker_named_next``,
# ``_titled_next``, ``_subject_named_next``): US news abbreviates the very title before that name ("a federal
# judge ruled Monday. U.S. District Magistrate Judge David Bristow said"), and the plain split ended the next
# sentence at "U.S.", before the name. The other rules keep the plain split: read past titles, two dozen of
# their answers on PolNeAR train changed, more for the worse (a name after "Mr." had opened "its" sentence as
# its subject; split63).
_SENTENCE_END_PAST_TITLES = re.compile(
    r"[.!?\n](?:(?<=\n)|(?<=[.!?])(?!" + _MIDDLE_INITIAL + r")" + _NOT_AFTER_ABBREVIATION
    + r"[" + _CLOSING + r"]?\s+(?=[(" + _CLOSING + r"]{0,2}[A-Z]))"
)


# a sentence in brackets closes as one does: "(By the following day this theory had been abandoned.) Other"
_OPENS_SENTENCE = re.compile(r"(?:[.!?][" + _CLOSING + r"]?\)?\s+|\n\s*)$")


def _sentence_start(text: str, at: int, ends: re.Pattern = _SENTENCE_END) -> int:
    # the lookahead reads the capital the sentence at ``at`` opens with, past two marks at most ("“’House")
    found = [m.end() for m in ends.finditer(text, max(0, at - 600), at + 3) if m.end() <= at]
    return found[-1] if found else max(0, at - 600)


def _opening_of_sentence_before(text: str, start: int) -> int:
    """Where the sentence before the one opening at ``start`` opens, read over a paragraph break (the blank
    lines between the two are no part of either)."""
    return _sentence_start(text, max(len(text[:start].rstrip()) - 1, 0))


def _sentence_before(text: str, begins: int) -> int:
    """Where the sentence before the one opening at ``begins`` opens (two characters back: past its end's
    full stop and space)."""
    return _sentence_start(text, max(0, begins - 2))


def _organisation_candidates(index: NameIndex, spoke: frozenset[str] = frozenset()) -> list[tuple[int, str, bool]]:
    """(offset, name, opens its sentence) of the runs of capitals in the article that may name an
    organisation: an acronym, several words, a word with an organisation's noun, or a word the
    article uses more than once (a one-off capital may be a product: "the roll-out of the Logan")."""
    # who is a person for sure changes as the article's speakers are resolved: read it on each call
    # (a name that spoke is none when the article shows it a business's, "Time Warner said", or when
    # it has spoken as an organisation only, ``spoke``: "Lycos Europe has ended ..." keeps "Lycos")
    sure = [
        p for p in index.people
        if _is_person_for_sure(p) and not _spoke_as_business(p, index.text) and not _spoke_only_as_org(p, spoke)
    ]
    names = {p.name for p in sure}
    words = {t for p in sure for t in (p.tokens[0], p.tokens[-1])}
    return [
        (start, fullest, first) for start, run, fullest, first in _organisation_shapes(index.text)
        # a person, or a person's first name or surname (a name in the index has two words at least)
        if run not in (names if " " in run else words)
    ]


@lru_cache(maxsize=8)
def _organisation_shapes(text: str) -> list[tuple[int, str, str, bool]]:
    """(offset, run, its fullest form, opens its sentence) of the runs of ``_organisation_candidates``
    before the people are taken out: what depends on the text alone, worked out once per article."""
    runs = _organisation_runs(text)
    counts: dict[str, int] = {}
    for _start, run, _first in runs:
        counts[run] = counts.get(run, 0) + 1
    # a word seen only at the start of sentences may be a common one ("Shares in Krispy Kreme ...")
    inside = {run for _start, run, first in runs if not first}
    pairs = [(s, r) for s, r, _f in runs]
    out = []
    for start, run, first in runs:
        toks = run.split()
        spelled = _ACRONYM_SPELLED_OUT.match(text, text.find(run, start) + len(run)) if run.isupper() else None
        common = run.lower() in ORG_NOUNS or run.lower() in ROLE_NOUNS
        if len(toks) == 1 and (common or (run not in inside and not spelled)):
            continue  # "Oil", "Police": a common noun with a capital (but "CENTR, the Council of ..., agrees")
        if spelled:
            out.append((start, run, spelled.group("name"), first))
            continue
        if len(toks) == 1 and (run.lower() in DEMONYMS or run.lower() in _FAITHS):
            continue  # "a Jewish journalist", "British voters": people described, no body named
        numbered = _numbered_name(toks[:-1], toks[-1])  # "Radio 1", "BBC Two": a name for sure, once is enough
        if not (run.isupper() or len(toks) > 2 or counts[run] > 1 or numbered or set(map(str.lower, toks)) & ORG_NOUNS):
            continue
        out.append((start, run, _fullest_organisation(run, pairs), first))
    return out


_FAITHS = frozenset(LEXICON.faith_adjectives)
# an acronym's full name set off by commas right after it: "CENTR, the Council of European National Top Level
# Domain Registries, agrees": a name, though the acronym opens its sentence, and the name it goes by
_ACRONYM_SPELLED_OUT = re.compile(
    r",[ \t]+the[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|for|and|on|the)[ \t]+)*[A-Z][\w'’-]*)+),"
)


def _spoke_only_as_organisations(history) -> frozenset[str]:
    """The names ``history`` has speak as organisations and never as people."""
    people = {name for _pos, name, gender in history if gender != NEUTER}
    return frozenset(name for _pos, name, gender in history if gender == NEUTER and name and name not in people)


def _spoke_only_as_org(person: Person, spoke: frozenset[str]) -> bool:
    """Whether nothing but speaking makes ``person`` a person for sure, and every time they spoke it was
    as an organisation (``_spoke_only_as_organisations``): "Lycos Europe" said, resolved as a business."""
    shown = person.honoured or person.gender or person.roles & ROLE_NOUNS or person.roles & TITLES.keys()
    return not shown and person.name in spoke


def _is_person_for_sure(person: Person) -> bool:
    # the index holds every run of capitals ("Six Nations", "New Year"): only someone who speaks in
    # the article, or is given a title, gender or office, is a person for sure
    return bool(
        person.is_speaker_at or person.honoured or person.gender
        or person.roles & ROLE_NOUNS or person.roles & TITLES.keys()
    )


def _spoke_as_business(person: Person, text: str) -> bool:
    """Whether nothing but speaking makes ``person`` a person for sure, and the article shows the name a
    business's (``_shown_as_business``)."""
    shown = person.honoured or person.gender or person.roles & ROLE_NOUNS or person.roles & TITLES.keys()
    return not shown and _shown_as_business(person.tokens, text)


def _fullest_organisation(run: str, runs: list[tuple[int, str]]) -> str:
    """The longest form of an acronym in the article: "BDO" -> "BDO Stoy Hayward". An acronym the
    article writes alone before any longer form is the organisation itself, the longer form one of its
    parts or products ("music giant EMI ... EMI said ... "EMI Music's sales"": EMI). Not a product's
    either: a model written in capitals or with digits after the maker ("VW ID", "VW Atlas Cross Sport
    SUV", "BMW X5")."""
    if not run.isupper():
        return run  # "Google" is not "Google News"
    longer = [(s, r) for s, r in runs if r.startswith(run + " ") and not _names_a_model(r[len(run) :].split())]
    if not longer or min(s for s, r in runs if r == run) < min(s for s, _r in longer):
        return run
    return max((r for _s, r in longer), key=len)


def _names_a_model(words: list[str]) -> bool:
    return any((w.isupper() and len(w) > 1) or any(c.isdigit() for c in w) for w in words)


@lru_cache(maxsize=8)
def _organisation_runs(text: str) -> list[tuple[int, str, bool]]:
    """(offset, words, opens its sentence) of each run of capitals that is no place or title."""
    runs = []
    for m in _ORG_RUN.finditer(text):
        toks = m.group().split()
        while toks and (toks[0] in NOT_NAME_WORDS or toks[0].lower() in _STOP):
            toks = toks[1:]  # "The", "However" open a sentence
        toks[-1:] = [toks[-1].removesuffix("'s").removesuffix("’s").rstrip("'’.")] if toks else []
        first = m.start() == 0 or bool(_OPENS_SENTENCE.search(text, max(0, m.start() - 4), m.start()))
        start = m.start()
        if first and _common_noun_opening(toks, m.group(), text):
            toks = toks[2:]  # "Sales of Mercedes' brands fell": Mercedes, inside its sentence
            start = text.find(toks[0], m.start())
            first = False
        number = _NUMBER_AFTER_NAME.match(text, m.end())
        if number and toks and _numbered_name(toks, number.group("number")):
            toks.append(number.group("number"))  # "Radio 1 said ... said the radio station": the name the rule reads
        run = " ".join(toks)
        if run and _may_be_organisation(run):
            runs.append((start, run, first))
    return runs


# a number in figures right after a run of capitals, a possessive after it or no word or figure: "Radio 1's",
# "Channel 4," (not "Radio 1.5", "Chapter 11-year"); a number word is a capitalised word the run holds already
_NUMBER_AFTER_NAME = re.compile(r"[ \t]+(?P<number>[0-9]{1,2})(?=['’]s\b|(?![\w'’-]|[.,:][0-9]))")


def _common_noun_opening(toks: list[str], matched: str, text: str) -> bool:
    """"Sales of Mercedes' brands fell 2%": a run opening its sentence with a word the article writes in lower
    case elsewhere ("sales"), then "of" or "for", is that common noun capitalised by its sentence and a name
    after it, not one name. Not after "The" ("The Times of India" is a name however "times" reads), nor an
    organisation's noun ("Bank of England")."""
    if len(toks) < 3 or toks[1] not in ("of", "for") or not matched.startswith(toks[0]):
        return False
    word = toks[0]
    if word.lower() in ORG_NOUNS or word.lower() in _OUTLET_NAME_WORDS or not word[1:].islower():
        return False
    return _re.search(r"(?<![\w'’-])" + re.escape(word.lower()) + r"(?![\w'’-])", text) is not None


def _may_be_organisation(run: str) -> bool:
    toks = run.split()
    if run in _REGIONS or run in _place_names() or toks[0] in NOT_NAME_WORDS:
        return False
    if toks[0].lower() in HONORIFICS or toks[0].lower() in PERSON_PRONOUNS:
        return False  # "Mr Smith", "He"
    return not _is_title(toks[0], library=False) or _ends_in_org_noun(toks)  # "President Bush"


def _ends_in_org_noun(toks: list[str]) -> bool:
    """"the Republican National Committee published a report", "Senate Judiciary Committee": a name
    that turns on an organisation's noun is the body, whatever title-like word opens it; a surname
    that is also such a noun ("Guy Chambers") does not count."""
    head = _name_head(toks).lower()
    return len(toks) > 1 and head in ORG_NOUNS and head not in _ORG_NOUNS_IN_SURNAMES


def _organisation_rule(r: _Reading) -> Resolved | None:
    """"the ministry said", "Microsoft", "NATO": an organisation; "a spokesman for the
    ministry" is a person speaking for it."""
    names = r.names
    if r.mention.label in _ORG_LABELS or r.head in ORG_NOUNS or (names and all(t.isupper() for t in names)):
        if r.head in ROLE_NOUNS:
            return None, "person"
        if _office_of_a_person(r):
            return None, "org"
        if whole := _organisation_of_its_part(r) or _outlet_of_its_named_body(r):
            return whole, "org"
        if (
            not names or _is_bare_org_noun(r.toks) or _org_noun_of_place(r) or _described_by_its_place(r)
            or _described_by_its_owner(r) or _noun_written_as_initials(r) or _described_with_a_kind(r)
            or _described_by_words_never_alone(r)
        ):
            # an indefinite description brings in a new organisation, which the next sentence may name
            named = _party_named_last(r) or _outlet_owning(r) or _outlet_of_its_body(r)
            named = named or _organisation_described_next(r) or _national_body(r)
            named = named or _organisation_apposed_after(r)
            named = named or _last_organisation(r)
            named = named or _organisation_just_heard(r) or _body_of_person_just_heard(r)
            named = named or _outlet_named_before(r)
            named = named or _capitalised_elsewhere(r) or _generic_noun_subject_before(r)
            named = named or _party_opening_article(r)
            named = named or _named_with_noun_just_before(r)
            named = named or _sole_organisation_of_kind(r) or _spelled_out_of_kind(r)
            named = named or _named_last_of_kind(r)
            return named, "org"
        named = _acronym_spelled_out(r) or _kind_named_at_place(r)
        named = named or _organisation_named_next(r) or _capitalised_noun_of_speaker(r)
        return (named or _name_with_its_aim(r, _org_name(r.text))), "org"
    return None


_ORGANISATION_PARTS = frozenset(LEXICON.organisation_parts)


def _organisation_of_its_part(r: _Reading) -> str | None:
    """"the 13-strong AFI jury concluded", "the Google team said", "Manchester United's board": a part of an
    organisation in lower case (lexicon ``organisation_parts``: a jury, a team, a board) right after the name of an
    organisation the article also names on its own speaks for it, so the speaker is that organisation, spelled out
    when the name is initials the article spells out ("The American Film Institute (AFI)"). Not a part with a name
    of its own in capitals ("the National Labor Relations Board"), one a word sets apart from the name ("The Balco
    defence team": its lawyers), a place's side or team ("the France team", "The New York team") or a person's
    ("Mr Ebbers' team", "Clinton's team")."""
    if r.toks[-1] not in _ORGANISATION_PARTS or r.head != r.toks[-1] or len(r.toks) < 2:
        return None  # (in capitals the part has a name of its own: "the National Labor Relations Board")
    words = r.toks[1:-1] if r.lowered[0] == "the" else r.toks[:-1]
    while words and not _is_cap(words[0]):
        words = words[1:]  # "the 13-strong AFI jury"
    words = [w for w in words if w not in ("'s", "’s", "'", "’")]
    words[-1:] = [_unowned(w).rstrip("'’") for w in words[-1:]]
    if not words or not all(_is_cap(w) for w in words) or len(words) > 4 or words[0].lower() in HONORIFICS:
        return None
    name = " ".join(words)
    if _is_place_word(name) or name in _place_names() or name in _US_STATES or any(_is_origin(w) for w in words):
        return None  # "the France team", "The New York team": a side or a team of a place, a body of its own
    people = [r.index.find(name)] + (r.index.by_last(name) if len(words) == 1 else [])
    if any(p is not None and (_is_person_for_sure(p) or p.tokens[0].lower() in _GIVEN_NAME_GENDERS) for p in people):
        return None  # "the Clinton team", "Bush's team": a person's (not "Once Google", a run of capitals)
    if _is_acronym(name) and (spelled := _spelled_out(name, r.index.text)) != name:
        return spelled
    parts = "|".join(map(re.escape, _ORGANISATION_PARTS))
    alone = r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])(?!['’]s)(?![ \t]+(?:[a-z-]+[ \t]+)?(?:" + parts + r")\b)"
    return name if _re.search(alone, r.index.text) else None


def _kind_named_at_place(r: _Reading) -> str | None:
    """"According to the Natural Hazards Research and Applications Information Center at Colorado State
    University, ... A series of recent shocks, the Colorado centre has argued, ...": "the", a place and a noun an
    organisation's own name carries (lexicon ``kind_named_heads``) is the one organisation named before it with
    that noun whose name, or the institution or place written right after it ("at ...", "in ..."), holds the
    place; the place is where the body sits, no name of it (the article's other centre is "at the University of
    Delaware")."""
    if len(r.toks) != 3 or r.lowered[0] != "the" or r.head != r.lowered[2] or r.head not in _KIND_NAMED_HEADS:
        return None
    place = r.toks[1]
    if not _is_place_word(place) and place not in _place_names() and place not in _US_STATES:
        return None
    kinds = {w.capitalize() for w in _spellings(r.head)}
    text = r.index.text
    named = set()
    for pos, name, _first in _organisation_candidates(r.index):
        if pos >= r.at or not kinds & set(name.split()):
            continue
        seat = _SEAT_AFTER.match(text, pos + len(name))
        if place in name.split() or (seat and place in seat.group().split()):
            named.add(_spelled_through_links(name, pos, text))
    return named.pop() if len(named) == 1 else None


def _spelled_through_links(name: str, pos: int, text: str) -> str:
    """The name of an organisation found at ``pos`` with the capitals its small linking words join before it: the
    organisation runs cut "Natural Hazards Research and Applications Information Center" at "and"."""
    for m in _SPELLED_NAME.finditer(text, max(0, pos - 120), pos + len(name)):
        if m.start() <= pos and m.end() == pos + len(name):
            words = m.group().split()
            while words and words[0] in NOT_NAME_WORDS:
                words = words[1:]  # "The" opening its sentence
            return " ".join(words) or name
    return name


# the institution or place a body sits at, written right after its name: " at Colorado State University"
_SEAT_AFTER = re.compile(r"[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]*){1,5}")


def _acronym_spelled_out(r: _Reading) -> str | None:
    """"In what might be the first time Republicans and the Black Lives Matter movement have ever agreed on
    anything, the BLM group is calling on": initials and a noun in lower case are the organisation the article
    names in full with those initials (the one such name before the mention), not a body called "BLM group"."""
    if len(r.toks) != 3 or r.lowered[0] != "the" or r.names != [r.toks[1]] or not r.toks[2].islower():
        return None
    initials = r.toks[1]
    if len(initials) < 2 or not initials.isalpha() or not initials.isupper():
        return None
    named = {m.group() for m in _SPELLED_NAME.finditer(r.index.text, 0, r.at) if _initials_of(m.group()) == initials}
    return named.pop() if len(named) == 1 else None


def _noun_written_as_initials(r: _Reading) -> bool:
    """"Even an anti-Trump PAC recently revealed", "the super PAC": an organisation's noun written in initials
    (a political action committee) is the noun, no name, however the capitals read."""
    return r.head in ORG_NOUNS and r.names == [r.head.upper()] and len(r.head) > 1


_PERSONS_OWN_BODIES = frozenset(LEXICON.persons_own_bodies)


def _office_of_a_person(r: _Reading) -> bool:
    """"Powell's office, when contacted by Reuters, said", "Ryan's office said in a statement", "Mr Spitzer's
    office": an office in lower case after the possessive of a person the article names, with no title to
    call it by, is an organisation with no name of its own (GUIDELINES, "The type"; as "His office"). Not
    an office written in capitals ("the Information Commissioner's Office"), nor a titled holder's
    ("Public Ombudsman Nadia Cruz's office", ``_titled_holders_office``), nor a place's."""
    toks = r.toks[1:] if r.lowered[0] in _DETERMINERS else r.toks
    if len(toks) < 3 or toks[-2] not in ("'s", "’s") or toks[-1] not in _PERSONS_OWN_BODIES:
        return False
    owner = toks[1:-2] if toks[0].lower() in HONORIFICS else toks[:-2]
    if not owner or not all(_is_cap(w) for w in owner) or _is_place_word(" ".join(owner)):
        return False
    # a surname the article gives a person ("Powell" of "Colin Powell"), or that person's full name
    return bool(r.index.by_last(owner[-1])) and (len(owner) == 1 or r.index.find(" ".join(owner)) is not None)


_NATIONAL_BODIES = frozenset(LEXICON.national_bodies)


def _national_body(r: _Reading) -> str | None:
    """"the US military said", "the U.S. government", "the British government": a nation's one body of its
    kind (lexicon ``national_bodies``) is named by the nation and the noun, as "the Japanese government" is
    when the nationality counts as a name word; a nation written short ("US", "UK") or a nationality the name
    run leaves out ("British") named none. Not a body a nation has many of ("a Swedish court")."""
    if len(r.toks) != 3 or r.lowered[0] != "the" or r.lowered[2] not in _NATIONAL_BODIES:
        return None
    nation, short = r.toks[1], r.toks[1].replace(".", "")
    if not (short.isupper() and short in _REGIONS) and nation.lower() not in _NATIONALITIES:
        return None
    return f"{nation} {r.toks[2]}"


def _capitalised_noun_of_speaker(r: _Reading) -> str | None:
    """"The Association of British insurers said ... but the Association stressed": "the" and an
    organisation's noun in capitals, nothing else, is the organisation that spoke last with that noun in
    its name (``_last_organisation``), not a body called "Association"."""
    if len(r.toks) != 2 or r.lowered[0] != "the" or not _is_cap(r.toks[1]) or r.head not in ORG_NOUNS:
        return None
    return _last_organisation(r) or _sole_name_ending_with(r)


def _sole_name_ending_with(r: _Reading) -> str | None:
    """"The European Commission has written to ... the Commission alleged": when no organisation with
    the noun has spoken, "the" and the noun in capitals is the one name ending with that noun the
    article gives before it; two such names ("European Commission", "Competition Commission") leave it."""
    return _sole_name_ending_in(r.toks[1], r.index.text, r.at)


def _sole_name_ending_in(noun: str, text: str, at: int) -> str | None:
    """The one organisation's name ending with ``noun`` the article gives before offset ``at`` (see
    ``_sole_name_ending_with``); None when it gives none or several."""
    named = set()
    for m in _ORG_RUN.finditer(text, 0, at):
        toks = m.group().split()
        while toks and (toks[0] in NOT_NAME_WORDS or toks[0].lower() in _STOP):
            toks = toks[1:]  # "The", "However" open a sentence
        toks[-1:] = [toks[-1].removesuffix("'s").removesuffix("’s")] if toks else []
        if len(toks) > 1 and toks[-1] == noun:  # (a nationality may open it: these runs are no person's)
            named.add(" ".join(toks))
    return named.pop() if len(named) == 1 else None


_GENERIC_ORG_NOUNS = frozenset(LEXICON.generic_organisation_nouns)


def _generic_noun_subject_before(r: _Reading) -> str | None:
    """"The RAC welcomed the news. But the organisation urged drivers ...", "CENTR, the Council of European
    National Top Level Domain Registries, agrees. "...," the organisation said": "the" and a noun any kind of
    organisation has ("organisation", "agency", "body") opening its sentence (after a linking word or the quote
    it cues) is the organisation the sentence before opens with as its subject, or that spoke in it
    (``_organisation_opening``); in its own sentence the subject is too often something else ("The Video Relay
    Service is being piloted by the RNID, but the organisation says"). Words in lower case may qualify the noun
    ("..., according to the Hansard Society. It would then be up to ..., the non-partisan charity said"): they
    describe the organisation, they name no other one."""
    if r.lowered[0] != "the" or r.lowered[-1] != r.head or r.head not in _GENERIC_ORG_NOUNS:
        return None
    if any(_is_cap(t) for t in r.toks[1:]):
        return None
    text = r.index.text
    start = (
        _pronoun_sentence_start(text, r.at) or _cue_closing_sentence(text, r.mention.span)
        or _opening_after_adverbial(text, r.at)
    )
    if not start:
        return None
    return _organisation_opening(r, _sentence_before(text, start), adverbial=True)


def _opening_after_adverbial(text: str, at: int) -> int:
    """Where the sentence starts when the mention at ``at`` opens it after an adverbial a comma closes ("At
    the time, the agency said", "In a statement, the organisation said"), else 0."""
    start = _sentence_start(text, at)
    return start if start and start < at and _after_opening_adverbial(text, start, at) == at else 0


_ARTICLE_SUBJECT_HEADS = frozenset(LEXICON.article_subject_heads)


def _party_opening_article(r: _Reading) -> str | None:
    """"The UK Independence Party could take legal action to unseat two London Assembly members who defected
    to Robert Kilroy Silk's Veritas Party. ... The party argues": "the party", when no party has spoken, is the
    one whose name opens the article as its subject; a political story is told about the party its first
    sentence opens with, though it names others (the one defected to, the one its members voted with)."""
    if r.lowered != ["the", r.head] or r.head not in _ARTICLE_SUBJECT_HEADS:
        return None
    return _party_named_opening(r.index.text, r.head)


_PARTY_WRITTEN_AS = dict(LEXICON.party_written_as)
_PARTY_WRITTEN = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(_PARTY_WRITTEN_AS, key=len, reverse=True))) + r")(?![\w-])"
)


def _party_named_last(r: _Reading) -> str | None:
    """"Alastair Campbell will return to the fold to strengthen Labour's general election campaign, the party has
    confirmed", "Children would be offered two hours' free sports training a week by a future Tory government, the
    party has said": "the party", when no party has spoken and none opens the article, is the party the article
    named last before it, by its bare name or its adjective (lexicon ``party_written_as``: "Labour", "Tory", "Lib
    Dems"), whoever it was said of; an article on all the parties' plans ("Labour says ... The party says ...
    The Liberal Democrats want ... The party says") passes from one to the next."""
    if r.lowered != ["the", "party"]:
        return None
    named = list(_PARTY_WRITTEN.finditer(r.index.text, 0, r.at))
    return _PARTY_WRITTEN_AS[named[-1].group()] if named else None


def _party_named_opening(text: str, head: str) -> str | None:
    """The name opening the article as its subject when it is a party's by its last word ("The UK Independence
    Party could", "The Liberal Democrats have"). Read from the words, not from ``_organisation_opening``: that
    takes any organisation that spoke before the mention ("Labour says ..." in an article on all the parties'
    plans), and the organisation runs leave out "UK Independence Party" for the "UK" a title may open with;
    a local body of a party ("Howard Flight's local Conservative association") is no party."""
    run = _ORG_RUN.match(text, _SUBJECT_OPENING.match(text).end())
    if run is None or not _AFTER_SUBJECT.match(text, run.end()):
        return None
    words = run.group().split()
    last = words[-1].lower()
    return run.group() if len(words) > 1 and (last == head or last in PARTY_NOUNS) else None


def _named_with_noun_just_before(r: _Reading) -> str | None:
    """"In August 2004, the San Francisco-based US Court of Appeals ruled in favour of Grokster. The court
    said ...": "the" and an organisation's noun, nothing else, that no organisation which spoke takes up
    (``_last_organisation``) is the organisation the sentence before names with that noun in its name, as
    it acted there without speaking (the last such, if several). An adjective of place before the name
    ("San Francisco-based") is not part of it."""
    if r.lowered != ["the", r.head]:
        return None
    text = r.index.text
    begins = _sentence_start(text, r.at)
    if not begins:
        return None
    before = _sentence_before(text, begins)
    found = None
    for pos, name, _first in _organisation_candidates(r.index):
        words = name.split()
        if before <= pos < begins and len(words) > 1 and r.head in (w.lower() for w in words):
            hyphened = [i for i, w in enumerate(words) if _re.search(r"-[a-z]+$", w)]
            found = " ".join(words[hyphened[-1] + 1 :] if hyphened else words)
    return found or None


_KIND_NAMED_HEADS = frozenset(LEXICON.kind_named_heads)
_ACRONYM_HEADS = {acronym: frozenset(heads) for acronym, heads in LEXICON.acronym_heads.items()}
_ACRONYM_NOUNS = frozenset(head for heads in _ACRONYM_HEADS.values() for head in heads)


def _sole_organisation_of_kind(r: _Reading) -> str | None:
    """"The new rules have also been called into question by the parliamentary Joint Committee on Human Rights.
    In a report published last July the cross-party committee stated": a definite description in lower case
    whose head is a noun an organisation's own name carries (lexicon ``kind_named_heads``: "committee",
    "centre", "bureau") is the one organisation the article names before it with that noun in its name, however
    far back; two such names ("Joint Committee on Human Rights", "Home Affairs Committee") leave it unnamed, as
    either may be meant. The name goes on through its "on", "of" or "for" (``_names_with_links``)."""
    if r.lowered[0] != "the" or r.lowered[-1] != r.head or r.head not in _KIND_NAMED_HEADS | _ACRONYM_NOUNS:
        return None
    if any(_is_cap(t) for t in r.toks[1:]):
        return None
    kinds = {w.capitalize() for w in _spellings(r.head)}
    text = r.index.text
    before = [name for pos, name, _first in _organisation_candidates(r.index) if pos < r.at]
    named = set()
    for name in before:
        words = name.split()
        if len(words) > 1 and kinds & set(words):
            named.add(_name_with_its_link(_without_place_owner(name), text))
    if r.head not in _KIND_NAMED_HEADS and named:
        return None  # "the agency" after "International Energy Agency": a noun many bodies carry, no sure kind
    named |= _acronyms_of_kind(r.head, before)
    return named.pop() if len(named) == 1 else None


def _acronyms_of_kind(head: str, before: list[str]) -> set[str]:
    """"Not only did he manage to kill 49 people after the bureau determined that" after "the FBI": the bodies
    the article names before the description by initials alone whose spelled-out name carries its head
    (lexicon ``acronym_heads``), less any the article also spells out (already a candidate in full)."""
    spelled = {_initials_of(name) for name in before}
    return {name for name in before if head in _ACRONYM_HEADS.get(name, ()) and name not in spelled}


# a name spelled out in capitals, its small linking words too ("Securities and Exchange Commission"), which the
# organisation runs cut at "and"
_SPELLED_NAME = re.compile(r"[A-Z][a-z]+(?:[ \t]+(?:(?:and|of|for|on)[ \t]+)?[A-Z][a-z]+)+")


def _spelled_out_of_kind(r: _Reading) -> str | None:
    """"Last week, the firm was admonished by the Securities and Exchange Commission which said ... The financial
    regulator said": "the" and a description its name does not carry, in lower case, is the body the article
    names before in full whose initials the lexicon lists with that description ("SEC" with "regulator",
    ``acronym_heads``), when it names one such body only."""
    if r.lowered[0] != "the" or r.lowered[-1] != r.head or any(_is_cap(t) for t in r.toks[1:]):
        return None
    named = {
        m.group() for m in _SPELLED_NAME.finditer(r.index.text, 0, r.at)
        if r.head in _ACRONYM_HEADS.get(_initials_of(m.group()), ())
        and r.head.capitalize() not in m.group().split()
    }
    return named.pop() if len(named) == 1 else None


_KIND_NAME_ENDINGS = {noun: frozenset(endings) for noun, endings in LEXICON.kind_name_endings.items()}


def _named_last_of_kind(r: _Reading) -> str | None:
    """"Rio Ferdinand has said he is unsure of Malcolm Glazer's motives after the American billionaire launched a
    new offer to buy Manchester United. ¶ The club have confirmed that": "the" and a noun whose organisations'
    names do not carry it but end in a word of its kind (lexicon ``kind_name_endings``: a club's "United", "FC")
    is the organisation the article named last before it with such an ending; another of that kind named within
    about a paragraph before the description ("Manchester United ... Leeds United") leaves it unnamed, as either
    may be meant. "United" alone is the same club as "Manchester United"."""
    endings = _KIND_NAME_ENDINGS.get(r.head)
    if endings is None or r.lowered != ["the", r.head]:
        return None
    # read from the capitals, not the organisation candidates: a club that speaks by its name is a speaker,
    # which those leave out as a person's name may be ("Manchester United have confirmed")
    named = []
    for m in _ORG_RUN.finditer(r.index.text, 0, r.at):
        words = m.group().split()
        while words and (words[0] in NOT_NAME_WORDS or words[0].lower() in _STOP):
            words = words[1:]  # "The", "However" open a sentence
        if words and _unowned(words[-1]) in endings:
            named.append((m.start(), " ".join([*words[:-1], _unowned(words[-1])])))
    if not named:
        return None
    last = named[-1][1]
    near = r.at - _SPOKE_WITHIN
    if any(pos >= near and name not in last and last not in name for pos, name in named):
        return None
    return last


_JOINED_KIND_WORDS = {noun: frozenset(words) for noun, words in LEXICON.kind_joined_words.items()}
_KIND_ROLE_OPENERS = frozenset(LEXICON.kind_role_openers)


@lru_cache(maxsize=8)
def _joined_kind_patterns(noun: str) -> tuple[re.Pattern, re.Pattern]:
    """A name written right before one of the words of ``noun``'s kind ("Oasis singer", "his 2 Wikid Records
    label"), and one right after the noun itself ("rock band Oasis"); read apart, as one phrase may hold both
    ("Pop band Busted"). A numeral may open the name ("2 Wikid")."""
    name = r"(?:\d+[ \t]+)?" + _ORG_TOKEN + r"(?:[ \t]+" + _ORG_TOKEN + r")*"
    words = "|".join(sorted(map(re.escape, _JOINED_KIND_WORDS[noun]), key=len, reverse=True))
    return (
        _re.compile(r"(?<![\w'’-])(?P<name>" + name + r")[ \t]+(?:" + words + r")\b"),
        # a name that goes on past a small word in lower case is not read whole: "US band TV on the Radio"
        # (read whole: no shorter run of its words, "T" of "TV", may stand for it)
        _re.compile(r"\b" + re.escape(noun) + r"[ \t]+(?P<name>" + name + r")(?![\w&'’-]|[ \t]+(?:[A-Z]|(?:on|of|and|"
                    r"in|at|for|from|the)[ \t]+(?:the[ \t]+)?[A-Z]))"),
    )


def _kind_joined_to_name_rule(r: _Reading) -> Resolved | None:
    """"Oasis singer Liam Gallagher has been fined ... The band said they were victims", "The Everton striker
    signed Morrison to his fledging 2 Wikid Records label ... with the label saying the album was due": "the"
    and a noun of a kind no rule reads as an organisation (lexicon ``kind_joined_words``: a band, a record
    label) is the one name the article writes before it joined to the noun or to a member's role ("Oasis
    singer", "2 Wikid Records label") or right after the noun ("rock band Oasis"). An owner, a place or a
    nationality there is no name ("Mr Campbell's label", "Leicester singer", "US band"), nor a person the
    article names, nor a word that opens a role or a kind in capitals (lexicon ``kind_role_openers``: "Lead
    singer Jo Smith", "Pop band Busted"); two such names leave it unnamed, as either may be meant."""
    if r.head not in _JOINED_KIND_WORDS or r.lowered != ["the", r.head]:
        return None
    names = set()
    text = r.index.text
    for m in (m for pattern in _joined_kind_patterns(r.head) for m in pattern.finditer(text, 0, r.at)):
        words = m.group("name").split()
        while words and (words[0] in NOT_NAME_WORDS or words[0].lower() in _STOP | _KIND_ROLE_OPENERS):
            words = words[1:]  # "The", "However", "Former", "Lead" open a sentence
        if not words or _unowned(words[-1]) != words[-1] or any(_is_origin(w) for w in words):
            continue  # an owner is no name of it: "Mr Campbell's label"
        name = " ".join(words)
        if r.index.find(name) is None:
            names.add(name)
    return (names.pop(), "org") if len(names) == 1 else None


def _initials_of(name: str) -> str:
    """"FBI" of "Federal Bureau of Investigation": the capitals opening the name's words."""
    return "".join(w[0] for w in name.split() if w[0].isupper()) if " " in name else ""


def _without_place_owner(name: str) -> str:
    """"Spain's Football Federation" is the Football Federation: a place's possessive owns the body, no part
    of its name (as ``_without_owner`` reads a mention)."""
    first, _, rest = name.partition(" ")
    owner = _unowned(first)
    return rest if owner != first and " " in rest and _is_place_word(owner) else name


def _name_with_its_link(name: str, text: str) -> str:
    """A name the organisation runs cut at its link ("Joint Committee") in full, when the article writes it
    out once that way ("Joint Committee on Human Rights")."""
    forms = {form for form in _names_with_links(text).get(name.split()[-1], ()) if form.startswith(name + " ")}
    return forms.pop() if len(forms) == 1 else name


def _cue_closing_sentence(text: str, span: Span) -> int:
    """Where the sentence starts when the mention at ``span`` closes it as the cue of the words before it
    ("It would then be up to Tony Blair ..., the non-partisan charity said."), or stands in it as an aside
    ("The Peter Hain "mongrel" attack, he says, is just the latest example"), else 0: those words are the
    sentence's, so its subject is no one the mention could take up; the sentence before tells who."""
    start = _sentence_start(text, span.start)
    if not start or not text[start : span.start].rstrip().endswith(","):
        return 0
    rest = text[span.end : span.end + 40]
    return start if _reports(rest) and _CUE_TAIL.match(rest) else 0


# a cue's verb and what may follow it to the sentence's end, or to the comma that closes it as an aside,
# with no words of its own: "said.", "wrote in his book.", "told Business Insider.", "told the BBC.",
# "said on Tuesday.", "says, is just"
_CUE_TAIL = re.compile(
    r"\s*\w+(?:[ \t]+(?:(?:" + "|".join(LEXICON.cue_tail_openers) + r")\b|(?:the[ \t]+)?[A-Z])"
    r"[\w'’-]*(?:[ \t]+[\w'’-]+){0,3})?[ \t]*(?:[.!?]|,[ \t]+[a-z])"
)


def _capitalised_elsewhere(r: _Reading) -> str | None:
    """"The information commissioner's office says ... A spokesman for the Information Commissioner's
    Office said": a definite description of an organisation in lower case, two words or more, is the
    name the article writes with the same words in capitals elsewhere (inside a sentence, where its
    capitals are the name's, not the sentence's)."""
    words = r.toks[1:] if r.lowered[0] == "the" else []
    if len(words) < 2 or any(_is_cap(w) for w in words):
        return None
    phrase = r"[ \t]*".join(re.escape(w) if w in ("'s", "’s") else r"[ \t]+" * (i > 0) + re.escape(w)
                            for i, w in enumerate(words))
    for m in _re.finditer(r"(?i:" + phrase + r")\b", r.index.text):
        found = m.group()
        if all(_is_cap(w) for w in found.split() if w not in ("'s", "’s")) and not _OPENS_SENTENCE.search(
            r.index.text, max(0, m.start() - 4), m.start()
        ):
            return found
    return None


def _organisation_named_next(r: _Reading) -> str | None:
    """"A group of MPs and peers has called for ... . The Parliamentary Group on Betting and Gaming held
    ...": an organisation introduced by an indefinite description is the one the next sentence opens with,
    when that name has the description's noun ("Group")."""
    if r.lowered[0] not in ("a", "an") or r.head not in ORG_NOUNS or _is_cap(r.toks[-1]):
        return None
    text = r.index.text
    end = next((m.end() for m in _SENTENCE_END.finditer(text, r.mention.span.end)), None)
    if end is None:
        return None
    for pos, name, first in _organisation_candidates(r.index):
        if end <= pos and first and r.head in (w.lower() for w in name.split()[1:]):
            named_end = text.find(name, pos) + len(name)
            goes_on = _NAME_GOES_ON.match(text, named_end)  # "Group on Betting and Gaming"
            return name + goes_on.group() if goes_on else name
        if pos > end:
            return None
    return None


def _organisation_described_next(r: _Reading) -> str | None:
    """"..., an anti-fraud agency has said. Anti-fraud consultancy Retail Decisions says ...": an organisation
    introduced by an indefinite description is the one the next sentence opens with, when the sentence writes
    the description's own words ("anti-fraud") before an organisation's noun or trade and the name."""
    words = r.text.lower().split()  # the tokens split "anti-fraud"
    described = words[1:-1]
    if words[0] not in _INTRODUCING or words[-1] != r.head or not described or _is_cap(r.toks[-1]):
        return None
    text = r.index.text
    end = next((m.end() for m in _SENTENCE_END.finditer(text, r.mention.span.end)), None)
    if end is None:
        return None
    opening = _re.compile(
        r"(?i:" + r"[ \t]+".join(map(re.escape, described)) + r")[ \t]+([a-z][\w-]*)[ \t]+(" + _CAPS + r")"
    ).match(text, end)
    if opening is None or opening.group(1) not in _TRADES_BEFORE_NAMES | {r.head}:
        return None
    return opening.group(2)


_CAPS = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"
_NAME_GOES_ON = re.compile(r"[ \t]+(?:on|of|for)[ \t]+(?:the[ \t]+)?" + _CAPS + r"(?:[ \t]+and[ \t]+" + _CAPS + ")?")
# an organisation's name that goes on with the aim it was set up for, "to" and a verb in capitals then
# capitals: "Committee to Protect Bloggers", "Coalition to Stop Trump", "Commission to Strengthen Social Security"
_NAMED_AIM = re.compile(r"[ \t]+to[ \t]+([A-Z][a-z]+)[ \t]+" + _CAPS)


def _name_with_its_aim(r: _Reading, name: str) -> str:
    """"The month-old Committee to Protect Bloggers' is asking" (BBC tech/016): the parse ends the subject at
    the organisation's noun, and "Committee" alone is nobody; the name runs on with "to", a verb and capitals
    after the mention. Not a place after "to" ("sent the Commission to Washington DC"), nor a name the article
    gives someone, nor a Title Case headline, where every word has a capital."""
    if not name or name.split()[-1] != r.toks[-1] or r.head not in ORG_NOUNS or not _is_cap(r.toks[-1]):
        return name
    m = _NAMED_AIM.match(r.index.text, r.mention.span.end)
    if m is None or r.at < _title_case_headline_end(r.index.text):
        return name
    verb, text = m.group(1), r.index.text
    # the index takes the capitals after "to" for a person of their own ("Protect Bloggers", wherever the name
    # is written): only someone the article names elsewhere than after a "to" counts
    people = [
        p for p in r.index.by_last(verb) + r.index.by_first(verb)
        if any(not text[:at].rstrip(" \t").endswith(" to") for at in p.positions)
    ]
    if _is_place_word(verb) or people:
        return name
    return name + m.group().rstrip("'’")


def _glossed_name_rule(r: _Reading) -> Resolved | None:
    """"Cepes says" after "The non-government organisation, Cepes (Peruvian Centre for Social Studies)": one
    capitalised word the article glosses with a bracketed name of an organisation (one with an
    organisation's noun: "Centre", "Office") is that organisation; "Smith (Labour)" glosses a party."""
    if len(r.toks) != 1 or not _is_cap(r.toks[0]) or r.index.by_last(r.toks[0]):
        return None
    text = r.index.text
    gloss = next(filter(None, (_GLOSS.match(text, at + len(r.toks[0])) for at in _starts_of(r.toks[0], text))), None)
    if gloss is None or not any(w.lower() in ORG_NOUNS for w in gloss.group(1).split()):
        return None
    return gloss.group(1), "org"


_CAPS_LINKED = r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*[A-Z][\w'’-]*)+"
# a bracketed name right after a word: "Cepes (Peruvian Centre for Social Studies)"
_GLOSS = re.compile(r"[ \t]*\((" + _CAPS_LINKED + r")\)")
_APPOSED_ORG = re.compile(r"[ \t]+(?:the[ \t]+)?(?=[A-Z])")
# one space between the words: the index's text has blanked quoted nicknames to spaces
_ORG_WORDS = re.compile(_ORG_TOKEN + r"(?:(?: (?:of|for|&) (?:the )?| )" + _ORG_TOKEN + ")*")


def _organisation_apposed_after(r: _Reading) -> str | None:
    """"Anti-abortion group the Pro-Life Alliance "congratulated" ...": a description with no article
    and no name, written right before an organisation's name, is that organisation. Not a title and a
    person's name ("said Treasury Under Secretary John Taylor": the body's officer, not the body)."""
    if r.lowered[0] in _DETERMINERS or not r.mention.span.end:
        return None
    text = r.index.text
    gap = _APPOSED_ORG.match(text, r.mention.span.end)
    run = _ORG_WORDS.match(text, gap.end()) if gap else None
    if run is None or not _may_be_organisation(run.group()) or run.group().lower() in PERSON_PRONOUNS:
        return None
    if any(_is_listed_title(w.lower(), library=False) for w in run.group().split()):
        return None
    return run.group()


def _org_noun_of_place(r: _Reading) -> bool:
    """"Health authorities in China's Inner Mongolia have confirmed", "Police in Inner Mongolia said": an
    organisation's noun in lower case with where it works after "in" describes the body without naming it;
    the capitals are the place's. A word before the noun capitalised by the sentence is a common one when the
    article writes it in lower case too ("health"), not a name ("Tesco bank in London")."""
    low = r.lowered
    if "in" not in low:
        return False
    words = [t for t in r.toks[: low.index("in")] if t.lower() not in _DETERMINERS]
    if not words or words[-1].lower() not in ORG_NOUNS or not all(t.islower() for t in words[1:]):
        return False
    first = words[0]
    if first.islower() or len(words) == 1:
        return True
    return _re.search(rf"\b{re.escape(first.lower())}\b", r.index.text) is not None


def _described_by_its_place(r: _Reading) -> bool:
    """"Australia's competition watchdog said": a place's possessive before words in lower case ending in a
    business's description (lexicon ``described_organisations``) describes the body without naming it, as
    "the UK's financial watchdog" does. A body's own noun keeps its words as its name ("China's commerce
    ministry", the Commerce Ministry)."""
    toks = r.toks
    return (
        len(toks) > 3 and _is_place_owner(toks, 0) and r.head in _DESCRIBED_ORGS
        and all(t.islower() for t in toks[2:])
    )


def _described_by_words_never_alone(r: _Reading) -> bool:
    """"The South Yorkshire company, led by new chief executive Gerry Spindler, said", "the Sheffield company":
    "the", capitals and a business's description in lower case (lexicon ``described_organisations``) describe
    the business by where it is when the article never writes the capitals without that noun after them; they
    name it ("the Tata group", "the Travelodge chain") when it does ("Tata Steel", "Travelodge said")."""
    toks = r.toks
    if len(toks) < 3 or r.lowered[0] != "the" or toks[-1] != r.head or r.head not in _DESCRIBED_ORGS:
        return False  # "The Vestey Group": the noun written with a capital is the name's
    words = toks[1:-1]
    if len(words) > 3 or not all(_is_cap(t) and not t.isupper() and "-" not in t for t in words):
        return False  # "The Florida-based Falic group", "the Anti-Phishing Working group": a name after its place
    if any(t.lower() in _NATIONALITIES for t in words):
        return False  # "The Danish firm": a nation's firm, read by the nation's rules (its words stand in)
    written, noun, text = " ".join(words), " " + toks[-1], r.index.text
    return all(text.startswith(noun, at + len(written)) for at in _starts_of(written, text))


_INDEFINITE_KINDS = frozenset(LEXICON.indefinite_kind_nouns)


def _described_with_a_kind(r: _Reading) -> bool:
    """"A British Muslim group has criticised ...", "A Muslim group", "a British Muslim organisation": an
    indefinite article before capitals and a kind of body in lower case (lexicon ``indefinite_kind_nouns``)
    describes a body the article has not named yet; no name goes "a ... group", so the capitals qualify the
    kind and name nothing, and the next sentence may name the body (``_organisation_described_next``)."""
    toks = r.toks
    return (
        len(toks) > 2 and r.lowered[0] in ("a", "an") and toks[-1].islower() and r.lowered[-1] == r.head
        and r.head in _INDEFINITE_KINDS
    )


_PLACE_OWNERS = frozenset(LEXICON.place_owner_nouns)


def _described_by_its_owner(r: _Reading) -> bool:
    """"The Caribbean island's government said": a body owned by a place's common noun in the possessive
    (lexicon ``place_owner_nouns``), with lower-case words after it, is described by where it is; the
    capitals before qualify the place ("Caribbean island") and name no body, as "Australia's competition
    watchdog" names none."""
    toks = r.toks
    owned = [k for k, t in enumerate(toks) if t in ("'s", "’s") and 0 < k < len(toks) - 1]
    return (
        len(owned) == 1 and toks[owned[0] - 1] in _PLACE_OWNERS
        and all(t.islower() for t in toks[owned[0] + 1 :])
    )


def _is_bare_org_noun(toks: list[str]) -> bool:
    """"Police said", "Government sources": an organisation's noun alone, capitalised by its
    sentence, describes an organisation without naming it."""
    return len(toks) == 1 and toks[0].lower() in ORG_NOUNS and not toks[0].isupper()


def _last_organisation(r: _Reading) -> str | None:
    """"the Electoral Commission said ... the commission added", "Vestey Group ... the group": a
    definite description of an organisation, with no name in it, is the organisation that spoke
    last whose name has the description's noun. "The firm" after "Renault said" stays unnamed:
    regulators, papers and rivals speak about firms too often for the last speaker to be it."""
    if r.lowered[0] != "the":
        return None
    head = r.head
    for pos, name, g in reversed(r.history):
        if g != NEUTER or pos > r.at or not name:
            continue
        if r.head in _OUTLET_HEADS and _is_outlet_named(name, r):
            return name  # "According to the Observer, ... The paper said": the paper that spoke last
        if _outlet_named_since(r, pos):
            return None  # the paper named last is meant, not the one "the paper" took up before it
        if _spellings(head) & {w.lower() for w in name.split()} or _described_alike(r.index.text, pos, head):
            return name
        if _trade_ends_name(r.lowered[1:-1], name):
            return name
    return None


_SPELLINGS = {one: frozenset(pair) for pair in LEXICON.org_noun_spellings for one in pair}


def _spellings(noun: str) -> frozenset[str]:
    """The noun and its other English spelling: "centre" and "center" (lexicon ``org_noun_spellings``)."""
    return _SPELLINGS.get(noun, frozenset((noun,)))


def _organisation_just_heard(r: _Reading) -> str | None:
    """"... the high government borrowings," said Kotak Institutional Equities. ¶ An extended slowdown could
    ..., the brokerage said": a definite description of a business or of any body ("the brokerage", "the
    charity", lexicon ``business_descriptions`` and ``generic_organisation_nouns``), in lower case, is the
    organisation that spoke in its sentence or the one before, though its name lacks the description's noun,
    when the article names no other organisation between the two (``_last_organisation`` asks for the noun
    in the name: "The firm" after "Renault said" may be a firm Renault spoke of, which the article then names
    between them; its initials name no other: "says the Institute of Public Policy Research (IPPR). ... says the
    think-tank", BBC tech/191). Not a business description of a public body ("the company" is no "Federal
    Reserve"). Where the body is based names no other one: "the OECD said. However, the Paris-based economics
    think tank said" (BBC business/030) is the OECD."""
    if r.lowered[0] != "the" or r.lowered[-1] != r.head or r.head not in _BUSINESSES | _GENERIC_ORG_NOUNS:
        return None  # not "the watchdog" after "Vivendi has said": a regulator speaks of the firms it oversees
    if any(_is_cap(t) and not _is_hyphened_description(t) for t in r.toks[1:]):
        return None  # a name or a place in it: "the Danish firm" is the described-organisation rule's
    text = r.index.text
    last = next(((pos, name, g) for pos, name, g in reversed(r.history) if pos < r.at), None)
    if last is None or last[2] != NEUTER or not last[1]:
        return None
    pos, name = last[0], last[1]
    if pos < _sentence_before(text, _sentence_start(text, r.at)):
        return None
    if r.head in _BUSINESSES and _is_public_body(name):
        return None
    others = {
        other for at, other, _first in _organisation_candidates(r.index)
        if _sentence_start(text, pos) <= at < r.at and other != name and other not in name
        and other != _initials_of(name)  # "the Institute of Public Policy Research (IPPR)" is one body
    }
    return name if not others else None


# a speaker's mention that opens with their body's name, then their role in lower case: "Fostering Network executive
# director Robert Tapsfield", "Ofsted chief David Bell"
_BODY_BEFORE_ROLE = re.compile(
    r"(?P<body>" + _ORG_TOKEN + r"(?:[ \t]+" + _ORG_TOKEN + r")*)[ \t]+(?P<role>(?:[a-z][\w-]*[ \t]+){1,3})[A-Z]"
)


def _body_of_person_just_heard(r: _Reading) -> str | None:
    """"Fostering Network executive director Robert Tapsfield criticised the existing system. "...," ¶ The charity
    recommends a weekly payment": a definite description of a business or of any body, in lower case, right after
    the words of a person the article gives as of a body (by the body's name before their role, or "of" it after
    their name), named within about a paragraph, is that body, when the article names no other organisation
    between them."""
    if r.lowered[0] != "the" or r.lowered[-1] != r.head or r.head not in _BUSINESSES | _GENERIC_ORG_NOUNS:
        return None
    if any(_is_cap(t) for t in r.toks[1:]):
        return None
    text = r.index.text
    last = next(((pos, name, g) for pos, name, g in reversed(r.history) if pos < r.at), None)
    if last is None or last[2] == NEUTER or not last[1] or r.at - last[0] > _SPOKE_WITHIN:
        return None
    person = r.index.find(last[1])
    named = [pos for pos in person.positions if pos < r.at] if person is not None else []
    if not named or r.at - named[-1] > _SPOKE_WITHIN:
        return None
    at = named[-1]
    before = _BODY_BEFORE_ROLE.search(text, max(0, at - 80), at + 1)
    body = None
    if before is not None and before.end() - 1 == at and any(w in ROLE_NOUNS for w in before.group("role").split()):
        body = before.group("body")
    elif (of := _NAME_OF_BODY.match(text, at)) is not None:
        body = of.group("body")
    candidates = _organisation_candidates(r.index)
    # a name the article may give an organisation, no sentence's first word: "Prosecuting attorney Carol Lam said"
    if body not in {name for _pos, name, _first in candidates} or r.index.find(body) is not None:
        return None
    if _is_place_word(body) or (r.head in _BUSINESSES and _is_public_body(body)):
        return None
    others = {other for pos, other, _first in candidates if at < pos < r.at and body not in other and other not in body}
    return body if not others else None


def _trade_ends_name(modifiers: list[str], name: str) -> bool:
    """Whether a word before the description's noun is the trade the organisation's name ends in: "the
    production company" after "Dick Clark Productions denied", "the record label" after "Big Machine Records
    said". Only the name's last word, the kind of business: "the new company" is not "New Media Group"."""
    last = name.split()[-1].lower()
    return len(name.split()) > 1 and any(last in (word, word + "s") for word in modifiers if len(word) > 3)


_OUTLET_HEADS = frozenset(LEXICON.outlet_heads)
_OUTLET_NAME_WORDS = frozenset(LEXICON.outlet_name_words)
_OUTLET_LAST_WORDS = frozenset(LEXICON.outlet_name_last_words)
_OUTLET_INITIALS = frozenset(LEXICON.outlet_initials)


def _names_an_outlet(name: str) -> bool:
    """Whether a name is an outlet's by its words: a word of outlets' names ("Observer", "Times"), one that
    closes a name of two words or more ("Arab News", lexicon ``outlet_name_last_words``) or initials news
    calls a newspaper by alone ("FT", lexicon ``outlet_initials``), or one ending in an outlet's name that
    reads as a role ("Union Leader", lexicon ``outlets_named_like_roles``)."""
    words = name.split()
    if name in _OUTLET_INITIALS or any(w.lower() in _OUTLET_NAME_WORDS for w in words):
        return True
    if len(words) > 1 and words[-1].lower() in _OUTLET_LAST_WORDS:
        return True
    return any(name == outlet or name.endswith(" " + outlet) for outlet in _OUTLETS_NAMED_LIKE_ROLES)


def _outlet_named_before(r: _Reading) -> str | None:
    """"... according to a report by the Times of Zambia. The newspaper reports": "the newspaper" is
    the outlet the article named last before it, by a name that is an outlet's ("Times", "Post")."""
    if r.lowered[0] != "the" or r.head not in _OUTLET_HEADS:
        return None
    return _outlet_named_last(r)


def _outlet_named_since(r: _Reading, since: int) -> bool:
    """"... according to the Financial Times. The paper said ... According to the Observer, 3,000 jobs ...
    The paper said that": a description of an outlet whose last speaker of its noun is older than the outlet
    the article named last takes up that outlet (``_outlet_named_before``), not the older one."""
    if r.head not in _OUTLET_HEADS:
        return False
    return any(since < pos for pos, _name in _outlets_named_before(r))


def _is_outlet_named(name: str, r: _Reading) -> bool:
    """Whether a speaker's name is an outlet's: a word of outlets' names ("Observer", "Times") or initials news
    calls a newspaper by alone ("FT", ``_names_an_outlet``), or the initials of an outlet the article names
    before ("the FT" after "the Financial Times")."""
    if _names_an_outlet(name):
        return True
    return _is_acronym(name) and any(
        "".join(w[0] for w in outlet.split() if _is_cap(w)) == name for _pos, outlet in _outlets_named_before(r)
    )


def _outlet_named_last(r: _Reading) -> str | None:
    """The outlet the article named last before the mention, by a name that is an outlet's ("Times",
    "Post") or with an outlet's noun ("Russian newspaper Vedomosti")."""
    outlets = _outlets_named_before(r)
    # an outlet's "The" inside the capitals starts its name: "Enter The Washington Post." opens on a verb
    return max(outlets)[1].split(" The ")[-1] if outlets else None


def _outlets_named_before(r: _Reading) -> list[tuple[int, str]]:
    """(offset, name) of the outlets the article names before the mention ``_outlet_named_last`` reads."""
    outlets = [
        (pos, name) for pos, name, _first in _organisation_candidates(r.index)
        if pos < r.at and _names_an_outlet(name)
    ]
    outlets += [(pos, name) for pos, name in _outlets_with_their_noun(r.index.text, r.head) if pos < r.at]
    near = r.at - _SPOKE_WITHIN
    outlets += [(pos, name) for pos, name in _outlets_named_with_a_noun(r.index.text) if near <= pos < r.at]
    return outlets


def _outlets_named_with_a_noun(text: str) -> list[tuple[int, str]]:
    """The outlets the article names with any outlet's noun: "the paper says" after "Spanish daily
    ABC accuses ..." is ABC (a press review calls one paper "daily", "newspaper" and "paper" in turn).
    Read only within about a paragraph before the description: a review names papers without a noun
    too ("AS offers ..."), so an older one named with a noun may no longer be the paper meant."""
    return sorted({found for head in _OUTLET_HEADS for found in _outlets_with_their_noun(text, head)})


def _outlets_with_their_noun(text: str, head: str) -> list[tuple[int, str]]:
    """(offset, name) of the outlets the article names with the noun a description uses: "quoted by The
    Australian newspaper", "Russian newspaper Vedomosti"; a nationality alone is a name only after a
    capital "The" inside its sentence ("an Australian newspaper" is no name). Capitals after "a" or "an"
    describe the outlet by its place or its owner and name none ("a Baton Rouge newspaper": The Advocate)."""
    found = []
    # the two orders are read apart: "Russian newspaper Vedomosti" is a nationality before the noun and
    # a name after it, and one pattern's match of the first would hide the second
    after = _re.finditer(r"\b" + head + r"\s+(?P<after>" + _CAPITAL_RUN + r")", text)
    before = _re.finditer(r"(?P<the>\bThe\s+)?(?P<before>" + _CAPITAL_RUN + r")\s+" + head + r"\b", text)
    for m in sorted([*after, *before], key=lambda m: m.start()):
        name = m.groupdict().get("after") or m.group("before")
        if "before" in m.groupdict() and _opens_indefinite(text, m.start("before")):
            continue
        # the name's possessive is no part of it: "US magazine Rolling Stone's annual list"
        words = [*name.split()[:-1], _unowned(name.split()[-1])]
        while words and (words[0] in NOT_NAME_WORDS or words[0].lower() in _DETERMINERS):
            words = words[1:]
        the = m.start("the") if "the" in m.groupdict() else -1
        if not words or (words[-1].lower() in _NATIONALITIES and not _the_inside_sentence(text, the)):
            continue
        found.append((m.start(), " ".join(words)))
    return found


def _opens_indefinite(text: str, at: int) -> bool:
    """Whether the capitals at ``at`` open with an indefinite article or follow one: "A Baton Rouge
    newspaper", "a Baton Rouge newspaper" bring in an outlet without its name."""
    first = text[at:].split(maxsplit=1)[0]
    before = text[:at].split()[-1:]
    return first.lower() in _INDEFINITE or (bool(before) and before[0].lower() in _INDEFINITE)


_CAPITAL_RUN = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"  # no full stop: "Times of Zambia. The newspaper"


# a name opening its sentence, then "is" or "was" and an article: "Dalton Brody is a Washington, DC, gifts store"
_NAME_IS_A = re.compile(r"(?P<name>" + _CAPITAL_RUN + r")[ \t]+(?:is|was)[ \t]+(?:a|an)\b")


def _subject_of_its_sentence(r: _Reading) -> str | None:
    """"Dalton Brody is a Washington, DC, gifts and accessories store, which sells ..., according to its
    website": "its" document in a sentence that opens by saying what a name is, with no body speaking near it,
    is that name's (the store's own website); not a person's ("its" takes up no one)."""
    if r.lowered[0] != "its":
        return None
    text = r.index.text
    m = _NAME_IS_A.match(text, _sentence_start(text, r.at))
    if m is None or m.group("name").split()[0] in NOT_NAME_WORDS:
        return None
    found = r.index.find(m.group("name"))
    if found is not None and _is_person_for_sure(found):
        return None  # a name opening with a given name ("Dalton") is no person for "its" unless shown one
    return m.group("name")


def _the_inside_sentence(text: str, at: int) -> bool:
    """Whether a capital "The" at ``at`` (-1: none) stands inside its sentence, so is part of a name."""
    return at > 0 and _sentence_start(text, at) < at


def _described_alike(text: str, at: int, head: str) -> bool:
    """Whether the speaker mention at ``at`` was a description with the same noun: "The Paris-based
    pressure group said ... said the group in a statement" is one group."""
    return _re.match(r"the\s+(?:[\w'’-]+\s+){0,3}" + re.escape(head) + r"\b", text[at : at + 80], re.I) is not None


def _role_word_rule(r: _Reading) -> Resolved | None:
    """"the party's campaign chief": a role word anywhere in the mention."""
    return _role(r) if any(w in ROLE_NOUNS for w in r.lowered) else None


def _named_in_article_rule(r: _Reading) -> Resolved | None:
    """A name the article gives in full elsewhere ("Howard" is Michael Howard); "a telephone
    memo for Mr Heath" is not Mr Heath. An organisation's one word the article wrote alone before the
    longer name that opens with it stays that word ("Barclays, the UK's third-biggest bank, ... Barclays
    Capital investment bank ... Barclays cautioned that": the bank, not its investment arm), as a tagged
    name does (``_named_alone_first``)."""
    if r.names and not r.governed and not _names_an_owner(r):
        found = _match_name(r.names, r.at, r.index)
        if found is not None:
            typ = _person_or_organisation(found, r.index.text)
            if typ == "org" and _named_alone_first(r.names, found, r.index.text):
                return r.names[0], "org"
            return found.name, typ
    return None


def _names_an_owner(r: _Reading) -> bool:
    """"South Korea's top car maker", "Russia's competition law": a place owns the lowercase noun that heads
    the mention, which is who or what speaks, not the place (named in full elsewhere, "South Korea" would
    otherwise be taken for a person). A person's possession stays theirs here ("Ms Fiorina's talk", "Tony
    Blair's entry" are their words) unless the noun is another person: "Hillary Clinton's daughter", "Hillary
    Clinton's right-hand woman" (``_RELATION_HEADS``)."""
    at = len(r.toks) - 1 - r.toks[::-1].index(r.names[-1]) if r.names[-1] in r.toks else -1
    owned = (
        0 <= at < len(r.toks) - 2 and r.toks[at + 1] in ("'s", "’s", "'", "’")
        and r.lowered[-1] == r.head and not _is_cap(r.toks[-1])
    )
    return owned and (r.head in _RELATION_HEADS or _is_place_word(" ".join(r.names)))


# A relative or companion after a possessive is someone else than the owner (mentions.toml).
_RELATION_HEADS = frozenset(LEXICON.kin_before_names) | frozenset(LEXICON.relation_heads)


def _described_speaker_rule(r: _Reading) -> Resolved | None:
    """"Hanks said the film has an "elegant message". "Christmas is special," added the two-time
    Academy Award winner": a description with capitals before its noun is the person who spoke last
    (within about a paragraph); its capitals say what was won or played for, not who speaks."""
    if not _names_modify_head(r):
        return None
    found = _last_speaker(r.lowered, r.head, r.at, r.index, r.history, r.holder, r.published)
    return (found.name, "person") if found is not None else None


def _names_modify_head(r: _Reading) -> bool:
    """Whether a definite description's capitals come before its own lowercase noun ("the two-time
    Academy Award winner", "The Wasps wing"): the noun, not the capitals, is who speaks. Not someone
    new ("A Mittal Steel spokesman"), several ("the Huaral programme promoters"), something that
    belongs to another ("the Yes campaign's decision") nor a body or a thing ("the Dragons club")."""
    if r.lowered[0] != "the" or _is_cap(r.toks[-1]) or r.lowered[-1] != r.head or not r.names:
        return False
    things = ORG_NOUNS | THING_NOUNS | DOCUMENT_HEADS | _DESCRIBED_ORGS | _OUTLET_HEADS
    return not _is_plural(r.head) and "'s" not in r.toks and r.head not in things


def _person_or_organisation(found: Person, text: str) -> str:
    """"Swiss Re", "Sydney Morning Herald": a run of capitals the index holds is an organisation when it is
    named like one, or written after a business's trade ("housebuilder George Wimpey"), and nothing shows
    a person (a title, an honorific, an office, a gender: "Jim Press, the Vice Chairman of Chrysler")."""
    shown = found.gender or found.honoured or found.roles & ROLE_NOUNS
    named_like = _named_like_organisation(found.tokens, text) or _named_after_trade(found, text)
    # a name in initials alone ("the Chinese CDC has said"): news gives a person's full name first
    named_like = named_like or (len(found.tokens) == 1 and _is_acronym(found.tokens[0]))
    named_like = named_like or _called_by_first_word(found.tokens, text) or _taken_up_as_it(found.tokens, text)
    named_like = named_like or _no_given_name_but_a_body(found.tokens, text)
    return "org" if (named_like or _shown_as_business(found.tokens, text)) and not shown else "person"


def _no_given_name_but_a_body(tokens: tuple[str, ...], text: str) -> bool:
    """"the Land Registry said", "club Borussia Dortmund", "consultancy Retail Decisions", "Stop Stansted Expansion
    chairman Peter Sanders", "Atletico Madrid": a name of two words or more that opens with no given name is an
    organisation's when it ends in a place's name, or the article writes it after "the" each time, right after an
    organisation's noun or trade in lower case, or right before the office and name of someone it employs.
    Each of these is also written of people ("fellow broadcaster Michael Pointon", "Blair aide Alastair
    Campbell"), which a given name shows: a person of an unusual given name ("Xie Xuren") needs a title, an
    office or a gender, which ``_person_or_organisation`` still reads as a person's."""
    name = " ".join(tokens)
    first = tokens[0].lower()
    if len(tokens) < 2 or first in _GIVEN_NAME_GENDERS or first in _EITHER_GENDER or given_name_gender(name):
        return False
    if _is_place_word(tokens[-1]) and not _spoken_of_as_person(name, text):
        return True  # "Atletico Madrid", "Athletics Ireland": a surname that is a place comes after a given name
    # "said the New Zealander", "said the Birchfield Harrier": a description written once after "the" is a person's
    # (a nationality, a club's member); a body's name comes back
    after_the = _always_after_the(name, text) and _written_twice(name, text)
    return after_the or _named_after_body_noun(name, text) or _employs_named_person(name, text)


def _written_twice(name: str, text: str) -> bool:
    return len(_re.findall(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text)) >= 2


def _named_after_body_noun(name: str, text: str) -> bool:
    """Whether the article writes ``name`` right after an organisation's noun or trade in lower case ("German
    football club Borussia Dortmund", "trade publication Screen Daily"), not a person's role."""
    return any(
        m.group(1) in _TRADES_BEFORE_NAMES
        for m in _re.finditer(r"(?<![\w'’-])([a-z][\w-]*)[ \t]+" + re.escape(name) + r"(?![\w'’-])", text)
    )


def _employs_named_person(name: str, text: str) -> bool:
    """Whether the article writes ``name`` right before one person's office and that person's name: "Retail
    Decisions chief executive Carl Clump", "Stop Stansted Expansion chairman Peter Sanders": whoever holds an
    office under the name works for a body."""
    # one or two words of the office, each a role's ("chief executive"): a verb between ("Alex McLeish accepted
    # referee Dallas had no option") is the name's own clause, the role someone else's
    return any(
        m.group(2) in _SINGULAR_ROLES and (m.group(1) is None or m.group(1) in ROLE_NOUNS)
        for m in _matches_after(name, _OFFICE_THEN_NAME, text, "'’-")
    )


_OFFICE_THEN_NAME = re.compile(r"[ \t]+(?:([a-z][\w-]*)[ \t]+)?([a-z][\w-]*)[ \t]+[A-Z][a-z]")


def _called_by_first_word(tokens: tuple[str, ...], text: str) -> bool:
    """"Tottenham said in a statement", "from its Twitter account" with "— Tottenham Hotspur (@SpursOfficial)"
    under an embedded tweet: news calls a person by the surname, an organisation by the first word of its
    name ("Tottenham", "Diageo"); a name of two words the article writes by its first word alone and never by
    its last is an organisation's. Not when the first word is a given name: "Serena" and "Harry" alone are
    how sport calls Serena Williams and Harry Kane, "David" another David of the article."""
    if len(tokens) != 2 or _is_given_name(tokens[0]):
        return False
    first, last = tokens
    ends = (at + len(first) for at in _starts_of(first, text, "'’-"))
    if not any(_no_word_at(text, end, "'’-") and not _spaced_before(last, text, end) for end in ends):
        return False
    if not _spoken_of_as_thing(tokens[0], text) or tokens[0] in {w for _, w in _HONORIFIC_BEFORE.findall(text)}:
        return False  # "Xie Xuren ... Mr Xie said it was": a surname written first, the "it" another thing
    # every "Hotspur" the article writes comes right after "Tottenham"
    return all(
        text[: m.start()].rstrip(" \t").endswith(tokens[0])
        for m in _re.finditer(rf"(?<![\w'’-]){last}(?![\w'’-])", text)
    )


_BUSINESS_POSSESSIONS = "|".join(map(re.escape, LEXICON.business_possessions))
# after a name's possessive: up to two words, then what only a business has ("'s fourth quarter profits")
_POSSESSION = re.compile(r"(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:" + _BUSINESS_POSSESSIONS + r")\b")


@lru_cache(maxsize=64)  # per article: each mention of the name asks again
def _shown_as_business(tokens: tuple[str, ...], text: str) -> bool:
    """"Time Warner said" where the article also writes "TimeWarner", "Time Warner's fourth quarter profits",
    "shares in Time Warner" or "Electronic Arts (EA)": a name of two words or more that the article closes up
    into one company word, gives a business's possession, names as what shares are held in, or glosses with
    its initials in brackets is a business's, however like a person's it looks. A person's name has none.
    A name closed up after "@" is an account's handle, which a person's name makes as often ("Jeb Bush
    tweeted: "No @HillaryClinton - ...""), so it shows no business."""
    if len(tokens) < 2:
        return False
    closed = "".join(tokens)
    written_closed = (at + len(closed) for at in _starts_of(closed, text, "'’@-"))
    if _is_company_word(closed) and any(_no_word_at(text, end, "'’-") for end in written_closed):
        return True
    # the shapes below need the name's last word, or the first word's possessive, in the text as written; most
    # names have neither a possessive nor "shares in", and are settled here without a pattern of their own
    name = r"[ \t]+".join(map(re.escape, tokens))
    if any(word + mark in text for word in (tokens[-1], tokens[0]) for mark in "'’") and (
        any(_possession_after(text, m.end()) for m in _re.finditer(r"\b" + name + r"['’]", text))
        # the first word alone, as news calls a firm and never a person: "Merrill's most important customers"
        or any(
            text.startswith("s", at + len(tokens[0]) + 1) and _possession_after(text, at + len(tokens[0]) + 2)
            for at in _starts_of(tokens[0], text) if text[at + len(tokens[0]):at + len(tokens[0]) + 1] in ("'", "’")
        )
    ):
        return True
    initials = "".join(t[0] for t in tokens)
    return bool(
        ("hares" in text and _re.search(r"\b[Ss]hares[ \t]+in[ \t]+" + name + r"\b", text))
        or ("(" + initials + ")" in text and _re.search(r"\b" + name + r"[ \t]+\(" + re.escape(initials) + r"\)", text))
    )


def _possession_after(text: str, at: int) -> bool:
    """A business's possession right after a name's apostrophe at ``at``, with or without its "s"."""
    return bool(_POSSESSION.match(text, at) or (text.startswith("s", at) and _POSSESSION.match(text, at + 1)))


_BUSINESS_TRADES = frozenset(LEXICON.business_trades)


def _named_after_trade(found: Person, text: str) -> bool:
    """"Wimpey said" after "housebuilder George Wimpey": a name the article writes right after a business's
    trade in lower case ("mortgage lender Bradford & Bingley", "retailer John Lewis") is the business's."""
    for pos in found.positions:
        before = text[max(0, pos - 20) : pos].split()
        if before and before[-1] in _BUSINESS_TRADES:
            return True
    return False


_OWN_REPORTER_NOUNS = frozenset(LEXICON.own_reporter_nouns)
# a person written as an outlet's own: "the BBC's Louisa Lim", "The BBC's Zubair Ahmed"
_OUTLET_PERSON = re.compile(r"\b[Tt]he[ \t]+[A-Z][\w-]*['’]s[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)+)")


def _outlet_person_before(r: _Reading) -> Person | None:
    """"..., says the BBC's Louisa Lim in Beijing. But the results also may reflect ..., our correspondent says"
    (BBC business/495): "our" and a journalist's noun (lexicon ``own_reporter_nouns``), when the article gives no
    one that noun, is the last person it wrote as an outlet's own ("the BBC's Louisa Lim") within about a
    paragraph before; "our" is the outlet's. With the noun given ("BBC correspondent Stephen Cape") the role's
    holder is found by it."""
    if r.lowered != ["our", r.head] or r.head not in _OWN_REPORTER_NOUNS:
        return None
    text = r.index.text
    found = [m for m in _OUTLET_PERSON.finditer(text, max(0, r.at - _SPOKE_WITHIN), r.at)]
    person = r.index.find(found[-1].group("name")) if found else None
    return person if person is not None and _shown_a_person(person, text) else None


def _role(r: _Reading) -> Resolved:
    # "Ferguson said: ... The Man Utd boss continued": the one who just spoke, ahead of the one person
    # named in full as a speaker (Souness, whom the article opens with)
    spoke_last = (
        _last_speaker(r.lowered, r.head, r.at, r.index, r.history, r.holder, r.published)
        if r.lowered[0] == "the" else None
    )
    if spoke_last is not None:
        spoke_last = _subject_since_last_speaker(r, spoke_last) or spoke_last
    name, typ = _resolve_role(
        r.text, r.lowered, r.head, r.mention, r.index, r.published, r.holder, spoke_last=spoke_last
    )
    if name is not None and typ == "person" and _spoke_as_organisation(name, r.history):
        name = None  # "China Central Television claims ..." is not "the Financial Times' China correspondent"
    if name is None and typ == "person" and r.lowered[0] == "the":
        found = (
            _last_speaker(r.lowered, r.head, r.at, r.index, r.history, r.holder, r.published)
            or _described_lead(r) or _introduced_before(r)
        )
        name = found.name if found is not None else None
    if name is None and typ == "person":
        found = (
            _outlet_person_before(r) or _speaker_named_next(r) or _titled_next(r) or _described_again_with_name(r)
            or _apposed_later(r) or _titled_before_alike(r) or _subject_named_next(r)
        )
        name = found.name if found is not None else None
    if name is not None and typ == "person" and _party_contradicts(r.lowered, r.index.find(name)):
        name = None  # "the state's Republican governor" (Georgia's, unnamed) is no "Democratic Gov. Jay Nixon"
    return name, typ


_PARTY_ADJECTIVES = dict(LEXICON.party_adjectives)


_QUOTE_THEN_CUE = re.compile(r"[" + _DOUBLE + r"][ \t]*(?:[a-z]+[ \t]+)?$")


def _subject_since_last_speaker(r: _Reading, spoke_last: Person) -> Person | None:
    """"Lewsey added: ... ¶ Cueto was also puzzled as to why his try had been disallowed. "I don't think
    ...," said the Sale player": a description after the quote that opens its sentence is the person whose
    name opens the sentence before, named since the last speaker of their gender spoke (who is not him), when
    the description gives no office that person lacks (as ``_last_speaker`` asks of the last speaker)."""
    text = r.index.text
    cue = _QUOTE_THEN_CUE.search(text, 0, r.at)
    gender = pronoun_gender(spoke_last)
    opening = _quote_opening_sentence(text, cue.start() + 1) if cue is not None else 0
    if not opening or gender is None:
        return None
    person = _subject_of_sentence_before(r, opening, gender)
    if person is None or person.name == spoke_last.name:
        return None
    offices = person.roles & ROLE_NOUNS
    return person if not offices or r.head in offices or person.roles & set(r.lowered) else None


def _party_contradicts(lowered: list[str], person: Person | None) -> bool:
    """Whether the description names one party and the article gives the person another before their name."""
    said = {_PARTY_ADJECTIVES[w] for w in lowered if w in _PARTY_ADJECTIVES}
    known = {_PARTY_ADJECTIVES[w] for w in person.roles if w in _PARTY_ADJECTIVES} if person is not None else set()
    return bool(said and known and not said & known)


def _described_again_with_name(r: _Reading) -> Person | None:
    """"China's ambassador to Britain accused the UK ... ¶ China's ambassador to Britain Liu Xiaming has said":
    a description of several words that the article writes again, further on, right before a full name is
    that one person (the same words, not a role alone: "the minister" may be any minister)."""
    words = r.text.split()
    if len(words) < 3:
        return None
    described = r"[ \t]+".join(map(re.escape, words))
    found = {
        p.name: p for m in _re.finditer(r"(?i:" + described + r")[ \t]+", r.index.text[r.at + len(r.text) :])
        for p in r.index.people
        if len(p.tokens) >= 2 and r.at + len(r.text) + m.end() in p.positions
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _is_reporting_word(word: str) -> bool:
    return FORM_TO_LEMMA.get(word, word) in REPORTING_VERBS


def _speaker_named_next(r: _Reading) -> Person | None:
    """"The myth ... needs to be exploded, the work and pensions minister has said. This was why ..., Alan
    Johnson said", "..., its co-chairman has said. Dr Liam Fox told BBC One ...": a definite description
    in the article's first sentence, whose holder it does not name, is the one person named in full as a
    speaker ("X said", "X told", "said X") in the next sentence. Further on, the next sentence's speaker is
    as likely someone else ("his lawyer said: ... Judge Robert W Sweet ruled"). When the next sentence names
    no one, the sentence that names someone first, in the paragraph after the lede, takes its place: "Mittal
    Steel ... could cut up to 45,000 jobs ..., its chief executive has said. The Netherlands-based company is
    due to ... However, Lakshmi Mittal has told investors"."""
    text = r.index.text
    if _SENTENCE_END.search(text, 0, r.at) or not _definite(r):
        return None  # "A spokesman said ... John Smith said": someone unnamed
    ends = [m.end() for m in _SENTENCE_END_PAST_TITLES.finditer(text, r.at)][:1]
    if len(ends) < 1:
        return None
    naming = _first_naming_sentence(text, r.index.people, ends[0])
    if naming is None:
        return None
    start, end = naming
    gender = GENDER_WORDS.get(r.head)
    found = {
        p.name: p for p in r.index.people for pos in p.positions
        if start <= pos < end and len(p.tokens) >= 2 and _named_as_speaker(text, pos, p, end)
        and (not gender or pronoun_gender(p) in (gender, None)) and _may_be_person(p, text)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _first_naming_sentence(text: str, people, start: int) -> tuple[int, int] | None:
    """The bounds of the first sentence from ``start``, within the paragraph there, that names anyone in full
    (two words or more): the lede's holder comes with the first name the article gives after it, and any
    name before theirs may be theirs as well."""
    opening = _re.compile(r"\s*").match(text, start).end()
    limit = text.find("\n", opening)
    limit = len(text) if limit < 0 else limit
    bounds = [start, *(m.end() for m in _SENTENCE_END_PAST_TITLES.finditer(text, opening, limit)), limit]
    for begin, end in zip(bounds, bounds[1:]):
        if any(begin <= pos < end for p in people if len(p.tokens) >= 2 for pos in p.positions):
            return begin, end
    return None


def _titled_next(r: _Reading) -> Person | None:
    """"A California transit chief says a man has been stabbed to death ... Interim BART Police Chief Ed Alvarez
    told reporters ...": an indefinite description is someone unnamed ("A spokesman said ... John Smith said"),
    unless the next sentence names, as a speaker and for the first time, one person whose title is the
    description's own noun; that sentence names the one the description announced. The article's first
    sentence announces that person whatever title the next gives them, when its description is of no
    go-between: "UK Muslims should accept ..., a Home Office minister has said. Hazel Blears said" ("A
    spokesman said ... John Smith said" stays someone unnamed). A definite description ("China's tax chief
    confirmed ...") is taken up the same way, by the title's noun only, outside the lede too: the lede's
    definite description is ``_speaker_named_next``'s."""
    introducing = r.lowered[0] in _INTRODUCING
    if not (introducing or _definite(r)) or not (r.head in ROLE_NOUNS or _is_person_noun_after(r)):
        return None
    if r.head in _INTERMEDIARIES and len(r.lowered) < 3:
        return None  # "..., a spokesman said. Lib Dem home affairs spokesman Mark Oaten has branded": any party's
    text = r.index.text
    lede = introducing and r.head not in _INTERMEDIARIES and not _SENTENCE_END.search(text, 0, r.at)
    ends = [m.end() for m in _SENTENCE_END_PAST_TITLES.finditer(text, r.at)][:2]
    if not ends:
        return None
    start, end = ends[0], (ends[1] if len(ends) > 1 else len(text))
    gender = GENDER_WORDS.get(r.head)
    found = {
        p.name: p for p in r.index.people for pos in p.positions
        if start <= pos < end and min(p.positions) >= start and len(p.tokens) >= 2
        and (
            _titled_alike(r.head, p.roles | {_word_before(text, pos)})
            or (lede and not _holds_other_role(r.head, p, text))
        )
        and _named_as_speaker(text, pos, p, end) and (not gender or pronoun_gender(p) in (gender, None))
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _subject_named_next(r: _Reading) -> Person | None:
    """"An artist critical of Welsh arts funding ... has denied comparing ... ¶ Shani Rhys James is worried that
    ...", "A user of Apple's iTunes music service is suing the firm saying ... ¶ He says ... Californian Thomas
    Slattery filed the suit", "..., its chief has said. ¶ Werner Seifert met LSE chief executive Clara Furse":
    the article's opening (``_opens_article``) brings in someone by a description alone, indefinite or
    definite, and the sentence after it that first names anyone in full, within the next paragraph, opens with
    that person's name as its subject, after a title or a nationality at most; a definite description only when
    that sentence opens a paragraph after its own (within its paragraph a definite description is as often
    someone already named: '"...," said the national team coach. Man-of-the-match Stephen Jones ... was
    ecstatic'). News names the lede's subject that way whatever the verb (``_titled_next`` asks for a
    speaker's). Not a go-between ("a spokesman said ... Michael Howard is"), nor someone the article gives a
    role other than the description's: "A senior Labour MP has criticised ... ¶ Health Secretary John Reid said"
    is a reply (so "A senior Tory MP ... ¶ Public accounts committee chairman Edward Leigh" stays unnamed); a
    name anywhere else in that sentence is as likely someone else."""
    if not (r.lowered[0] in _INTRODUCING or _definite(r)) or r.head in _INTERMEDIARIES:
        return None
    if not _opens_article(r.index.text, r.at):
        return None
    text = r.index.text
    end = next((m.end() for m in _SENTENCE_END_PAST_TITLES.finditer(text, r.mention.span.end)), None)
    naming = _first_naming_sentence(text, r.index.people, end) if end is not None else None
    if naming is None:
        return None
    start, stop = naming
    begins = _re.compile(r"\s*").match(text, start).end()
    if r.lowered[0] not in _INTRODUCING and "\n" not in text[r.at : begins]:
        return None  # "the national team coach ... Man-of-the-match Stephen Jones was": the lede names another
    gender = GENDER_WORDS.get(r.head)
    found = {
        p.name: p for p in r.index.people for pos in p.positions
        if begins <= pos < stop and len(p.tokens) >= 2 and min(p.positions) >= end
        and _TITLE_BEFORE_SUBJECT.fullmatch(text, begins, pos) is not None
        and _SUBJECT_GOES_ON.match(text, pos + len(p.name)) is not None
        and not _holds_other_role(r.head, p, text)
        and (not gender or pronoun_gender(p) in (gender, None)) and _may_be_person(p, text)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _opens_article(text: str, at: int) -> bool:
    """Whether ``at`` is in the article's opening: nothing before its sentence but a single line, the headline
    (BBC files open with it), or with the headline kept apart a one-sentence kicker ("'God games' ... could be
    educational, says research. ¶ A US researcher has suggested")."""
    before = text[: _sentence_start(text, at)].strip()
    return "\n" not in before and _re.search(r"[.!?][" + _CLOSING + r"]?\s+\S", before) is None


# what may come before a sentence's subject in its name's place: a title or a nationality, a few words with no
# comma ("Public accounts committee chairman Edward Leigh", "Californian Thomas Slattery")
_TITLE_BEFORE_SUBJECT = re.compile(r"(?:[\w'’.-]+[ \t]+){0,5}")
# one aside news sets between a name and its verb: an age (", 44,"), a party and state ("(R-Ohio)"), an "of"
# phrase or a "who" clause (", who leads Mr. Obama's Council of Economic Advisers,"); the comma that closes it
# comes within the sentence (the caller's ``end``), and the verb must come right after it. Not an apposed
# description (lexicon ``determiners``): it gives the name a role of its own, as often another than the one
# looked for ("China's ambassador to Britain accused ... Cheuk Hau-yip, the commander of Kowloon West district,
# said")
_ASIDE_BEFORE_VERB = (
    r"(?:[ \t]*,[ \t]+(?!(?:" + "|".join(map(re.escape, sorted(_DETERMINERS))) + r")\b)[^,;:()\n" + _DOUBLE
    + r"]{1,80}?,|[ \t]*\([^()\n]{1,30}\),?)?"
)


# after the subject's name: letters after it, one aside at most, then its verb ("Ian MacDonald QC quit", "Shani
# Rhys James is worried", "Richard Cross, a former staff member for Maryland Republicans, wrote"), not its
# possessive ("Tony Blair's spokesman") nor a list ("X and Y")
_SUBJECT_GOES_ON = re.compile(r"(?:[ \t]+[A-Z]{2,3})?" + _ASIDE_BEFORE_VERB + r"[ \t]+(?!and\b|or\b)[a-z]")


_SAME_OFFICE = {noun: frozenset(group) for group in LEXICON.same_office_nouns for noun in group}


def _titled_before_alike(r: _Reading) -> Person | None:
    """"England forward Michael Owen has told the BBC ... but the England striker said he is not ready": a
    definite description no other way names is the one person the article titled, before it, by the
    description's noun or one news writes for the same role (lexicon ``same_office_nouns``), with the
    description's other words in that title ("the foreign secretary" is not "Home Secretary Charles Clarke").
    Two people tied to the noun (by such a title, or by its own word among their roles) leave it unnamed, as
    does a title that qualifies the office ("Deputy Mayor Nicky Gavron" is not "the mayor") unless the
    description says the same. A go-between's noun ties only with the capitals of the one it speaks for
    (``_tied_by_capitals``): "Sanders aide Jeff Weaver told me ... according to the Sanders aide"."""
    tied = _tied_by_capitals(r)
    if r.lowered[0] != "the" or (r.head in _INTERMEDIARIES and not tied) or _is_plural(r.head):
        return None
    text = r.index.text
    nouns = _SAME_OFFICE.get(r.head, frozenset({r.head}))
    gender = GENDER_WORDS.get(r.head)
    found = {
        p.name: p for p in r.index.people
        if len(p.tokens) >= 2 and min(p.positions, default=r.at) < r.at
        and any(_titled_as(title, nouns, r.lowered) for title in _titles_before(text[: r.at], p))
        and (not gender or pronoun_gender(p) in (gender, None)) and _may_be_person(p, text)
    }
    if len(found) != 1:
        return None
    titled = next(iter(found.values()))
    if tied:
        return titled  # the capitals the title holds too tie it: "Clinton aide Jen Palmieri" is not "the Sanders aide"
    # someone else the article describes by the noun itself ("John Smith, the striker") may be the one meant
    others = [p for p in r.index.people if p.name != titled.name and len(p.tokens) >= 2 and r.head in p.roles]
    return None if others else titled


def _tied_by_capitals(r: _Reading) -> bool:
    """Whether a definite description's words between "the" and its lowercase noun are capitals that name
    whom it works for ("the Sanders aide", "the White House spokesman"): a title holding the same capitals
    before a name is that one person's, whoever else the article gives the noun."""
    middle = r.toks[1:-1]
    return (
        len(r.toks) >= 3 and not _is_cap(r.toks[-1]) and r.lowered[-1] == r.head
        and all(_is_cap(t) for t in middle) and not any(t.lower() in _NATIONALITIES for t in middle)
    )


def _titled_as(title: str, nouns: frozenset[str], described: list[str]) -> bool:
    """Whether a title written before a name ends with one of ``nouns``, holds the description's other words
    but an age, and qualifies the office no other way than the description does ("former", "deputy")."""
    words = title.lower().split()
    qualifiers = (_OFFICE_QUALIFIERS | _PAST_OFFICE) - set(described)
    parts = {part for w in words for part in w.split("-")}  # "ex-Conservative chancellor" is a past office
    own = [w for w in described[1:-1] if not _AGE_WORD.fullmatch(w)]
    return words[-1] in nouns and not qualifiers & parts and all(w in words for w in own)


# an age written as a description's word ("the 25-year-old"), which no title gives
_AGE_WORD = re.compile(r"\d+-year-old")


def _titled_alike(head: str, roles: set[str]) -> bool:
    """Whether the person's titles hold the description's noun, or one news writes for the same office
    ("tax chief" and "State Administration of Taxation head")."""
    return bool(_SAME_OFFICE.get(head, frozenset({head})) & roles)


def _word_before(text: str, pos: int) -> str:
    """The word right before the name at ``pos``, lower-cased: the title's noun, which the index keeps among
    the person's roles only when it reads the title as one ("State Administration of Taxation head Xie
    Xuren")."""
    before = _re.search(r"([\w-]+)[ \t]+$", text[max(0, pos - 40) : pos])
    return before.group(1).lower() if before else ""


def _holds_other_role(head: str, person: Person, text: str) -> bool:
    """Whether the article gives the person a role that is not the description's: ", a veteran diplomat
    said ... said Jeff Bechdel, communications director for the conservative super PAC" is someone else. A
    noun that names no role ("a senior government figure") is held by an economy minister as by anyone."""
    apposed = set(_apposed_words(text, min(person.positions), person).lower().split())
    held = (person.roles | person.offices | apposed) & ROLE_NOUNS
    return head in ROLE_NOUNS and bool(held) and head not in held


_INTRODUCING = frozenset(LEXICON.introducing_openers)
# how far on a description's apposed name may come: about two paragraphs
_APPOSED_WITHIN = 1200
# a name's apposition: ", a veteran diplomat", " - then economic adviser to", ", who was undersecretary of state"
_APPOSED_WORDS = re.compile(
    r"[ \t]*(?:,|[ \t]-|[ \t]–|[ \t]—)[ \t]+(?:who[ \t]+(?:is|was)[ \t]+)?([^,.;:()\n–—]{1,80})"
)


def _apposed_later(r: _Reading) -> Person | None:
    """"On 28 December, another senior economic adviser called the sale "the swindle of the century". ...
    Andrei Illarionov - then economic adviser to President Vladimir Putin - told a press conference": an
    indefinite description that brings in someone new ("a", "an", "another") is the one person the article
    names for the first time after it, within about two paragraphs, with an apposition that gives the
    description's last two words again ("economic adviser"). The head noun alone ties too loosely ("a
    spokesman said ... John Smith, a spokesman for the firm" may be another), so a description of one word
    names no one this way."""
    if r.lowered[0] not in _INTRODUCING or len(r.lowered) < 3 or r.lowered[-1] != r.head:
        return None
    text = r.index.text
    after = r.at + len(r.text)
    described = r"(?<![\w-])" + re.escape(r.lowered[-2]) + r"[ \t]+" + re.escape(r.head) + r"(?![\w-])"
    found = {
        p.name: p for p in r.index.people
        if len(p.tokens) >= 2 and after <= min(p.positions, default=-1) < after + _APPOSED_WITHIN
        and _apposition_holds(text, min(p.positions), p, described)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _apposition_holds(text: str, pos: int, person: Person, described: str) -> bool:
    """Whether the apposition right after the name at ``pos`` holds the description's words."""
    return _re.search(described, _apposed_words(text, pos, person), re.I) is not None


def _apposed_words(text: str, pos: int, person: Person) -> str:
    """The words of the apposition right after the name at ``pos`` ("" when there is none)."""
    named = _re.compile(r"[\w.'’ \t-]*?" + re.escape(person.tokens[-1])).match(text, pos)
    apposed = _APPOSED_WORDS.match(text, named.end()) if named else None
    return apposed.group(1) if apposed else ""


_DEFINITE = frozenset(LEXICON.definite_openers)


def _definite(r: _Reading) -> bool:
    """Whether the mention opens with a definite word, or follows one the parse left out ("its co-chairman"
    read as "chairman"), or with a possessive, which is one: "Scotland's justice minister has warned ...
    Cathy Jamieson said"."""
    if r.lowered[0] in _DEFINITE or (len(r.toks) > 2 and r.toks[1] in ("'s", "’s")):
        return True
    before = _re.search(r"(\w+)[ \t]+(?:[\w]+-)?$", r.index.text[max(0, r.at - 30) : r.at])
    return before is not None and before.group(1).lower() in _DEFINITE


# words a speaker gives out, then "by" and the name: "The figures came out during a statement by Jack McConnell"
_GIVEN_OUT_BY = re.compile(
    r"\b(?:" + "|".join(map(re.escape, LEXICON.issued_words_nouns)) + r")[ \t]+by[ \t]+(?:[A-Z][\w.'’-]*[ \t]+)*$"
)


def _named_as_speaker(text: str, pos: int, person: Person, end: int) -> bool:
    """Whether the name at ``pos`` is a speaker's: a reporting verb right after it, or after one aside set off
    by commas or brackets ("Marcel Lehel Lazar, 44, said", "Rob Portman (R-Ohio) said"), or right before it, or
    the name after words the speaker gave out ("a statement by Jack McConnell")."""
    # "Lakshmi Mittal has told investors": the reporting verb after its auxiliary
    after = _re.match(
        r"[\w.'’ \t-]*?" + re.escape(person.tokens[-1]) + _ASIDE_BEFORE_VERB
        + r"[ \t]+(?:(?:has|have|had)[ \t]+)?(\w+)", text[pos:end]
    )
    window = text[max(0, pos - 60) : pos]
    before = _re.search(r"(\w+)[ \t]+(?:[A-Z][\w.'’-]*[ \t]+)*$", window)
    return (
        bool(after and _is_reporting_word(after.group(1))) or bool(before and _tells_of_speaker(before.group(1)))
        or _GIVEN_OUT_BY.search(window) is not None
        or bool(after and _MADE_REMARKS.match(text, pos + after.start(1)))
    )


def _tells_of_speaker(word: str) -> bool:
    """Whether a reporting word before a name makes it the speaker ("said John Smith"); a verb of telling makes
    it the hearer ("told BBC World Service's The Music Biz programme")."""
    low = word.lower()
    return _is_reporting_word(low) and FORM_TO_LEMMA.get(low, low) not in HEARER_VERBS


# "David Myers made the comments under questioning": the name made what was just reported
_MADE_REMARKS = re.compile(
    r"(?:made|makes|has[ \t]+made)[ \t]+(?:the|these|those|his|her|their)[ \t]+(?:"
    + "|".join(map(re.escape, LEXICON.made_remarks_nouns)) + r")\b"
)


def _spoke_as_organisation(name: str, history) -> bool:
    """Whether the article has had ``name`` speak as an organisation before: no person's role is theirs."""
    return any(said == name and gender == NEUTER for _pos, said, gender in history)


# The article's opening, where a description takes up its subject: about its first three sentences.
_OPENING = 700


def _described_lead(r: _Reading) -> Person | None:
    """"Britain's Jason Gardener enjoyed a double 60m success ... "It's a very hard record to break," said
    the world indoor champion": in the article's opening, before anyone has spoken, a definite description
    that is no office is the person the article opens with, unless the article gives them another role or
    gender."""
    if r.history or r.at > _OPENING or r.head in _SOVEREIGNS or r.head in _INTERMEDIARIES or r.head in TITLES:
        return None  # further on, "the keeper", "the referee" are as likely anyone else in the story
    lead = _lead_person(r.index, _sentence_start(r.index.text, r.at))
    if lead is None or not _may_be_person(lead, r.index.text):
        return None
    gender = GENDER_WORDS.get(r.head)
    offices = lead.roles & ROLE_NOUNS
    if (gender and lead.gender not in (gender, None)) or (offices and r.head not in offices):
        return None
    return lead


def _introduced_before(r: _Reading) -> Person | None:
    """"Eyamba Sowers didn't know Patrick was coming but saw his visit as a pleasant surprise. The real estate
    agent said she related to him": a definite description that is no office, opening its sentence, is the
    person the sentence before introduces, by a full name opening it, when no one has spoken since that
    sentence began and the article gives the person no other office or gender."""
    if r.head in _SOVEREIGNS or r.head in _INTERMEDIARIES or r.head in TITLES or r.lowered[0] != "the":
        return None
    text = r.index.text
    start = _sentence_start(text, r.at)
    if text[start : r.at].strip() or not start:
        return None
    before = _opening_of_sentence_before(text, start)
    if any(before <= pos < r.at for pos, _name, _g in r.history):
        return None
    # the name is the subject: a verb right after it ("Born Jocelyn Stoker, the Devon diva started" is no subject)
    opening = [
        p for p in r.index.people
        if min(p.positions, default=-1) >= before and any(
            before <= pos < start and _only_titles(text[before:pos]) and _VERB_AFTER_NAME.match(text, pos)
            for pos in p.positions
        )
    ]
    if len(opening) != 1 or not _may_be_person(opening[0], text):
        return None
    person = opening[0]
    gender = GENDER_WORDS.get(r.head)
    offices = person.roles & ROLE_NOUNS
    if (gender and person.gender not in (gender, None)) or (offices and r.head not in offices):
        return None
    return person


# a name's capitalised words, then a lower-case word: "Eyamba Sowers didn't know"
_VERB_AFTER_NAME = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]+)+[a-z]")


# How far back a definite description looks for the speaker it takes up: about a paragraph.
_SPOKE_WITHIN = 600


def _last_speaker(
    words: list[str], head: str, at: int, index: NameIndex, history, holder: Holder | None = None,
    published: datetime | None = None,
) -> Person | None:
    """"Mr Fisher said ... He said he would use the money to pay college. The entrepreneur said his
    mother was surprised": a definite description no one in the article holds is the person who spoke
    last, within about a paragraph, when the article gives them no other office. An office's title takes
    up the speaker only as ``_holds_office_spoken_of`` allows."""
    office = head in TITLES and not _past_office(words, head)
    if head in _SOVEREIGNS or head in _INTERMEDIARIES or (office and head not in ROLE_NOUNS):
        return None  # a title that is no office ("the American") is someone the article gives it
    last = next(((pos, name, g) for pos, name, g in reversed(history) if pos < at), None)
    if last is None or last[2] == NEUTER or at - last[0] > _SPOKE_WITHIN:
        return None
    if _re.search(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,2}" + re.escape(head) + r"\b", index.text[last[0] : at], re.I):
        return None  # "he was told to report to an army psychiatrist. The psychiatrist deemed ...": someone new
    person = index.find(last[1]) if last[1] else None  # an unnamed speaker ("a spokeswoman") is nobody to take up
    if person is None and last[1]:  # "midfielder Edu": a one-word name, which the index does not hold
        person = next((p for p in _people_named_after_roles(index.text) if p.name == last[1]), None)
    if person is None and last[1] and " " not in last[1]:
        person = _one_word_speaker(last[1], last[0])
    gender = GENDER_WORDS.get(head)
    if person is None or (gender and (person.gender or last[2] or gender) != gender):
        return None
    if _described_before_named(head, person, index.text[:at]):
        return None
    offices = person.roles & ROLE_NOUNS
    content = {w for w in words if w not in _STOP}
    if office and not _takes_up_office(words, head, at, index, person, holder, published):
        return None
    return person if not offices or head in offices or person.roles & content else None


def _one_word_speaker(name: str, at: int) -> Person:
    """"Juninho had earlier told the Daily Record: "The manager has had a lot of chances ..." The attacking
    midfielder also claims": a one-word name the article gives no role (so the index holds no one of it) that
    spoke last as a person is still the one who spoke; a description after it takes them up as it would a full
    name, with no office of theirs to check against."""
    return Person(name, (name,), [at])


def _takes_up_office(
    words: list[str], head: str, at: int, index: NameIndex, person: Person, holder: Holder | None = None,
    published: datetime | None = None,
) -> bool:
    """Whether the speaker just heard may hold the office a description at ``at`` names: "Lord Falconer said.
    The constitutional affairs secretary outlined", "said Mr Bell. The Ofsted chief said". Not a leading
    office ("Mr Howard said ... the prime minister said" is Tony Blair, whom the knowledge base or the article
    names when it can), unless the article gives the speaker that office; not a qualified form of theirs
    ("Deputy Mayor Nicky Gavron ... the mayor has refused"); not an office of a court or a match (lexicon
    ``officials_apart``: "the judge agreed"), nor an office inside a quote ("When the director says 'music'").
    An office with its body after "of" introduces someone ("Last month the chairman of the Commission for
    Racial Equality also called for"), and so does one whose holder the article names as a speaker next
    ("the European Union's monetary affairs commissioner, made it clear ... said Joaquin Almunia"). Nor an
    office the knowledge base says is not the speaker's, when it knows them to hold others (``_holds_another``)."""
    content = sorted(w for w in words if w not in _STOP)
    if _qualified_apart(content, person) or head in _OFFICIALS_APART or _inside_quote(index.text, at):
        return False
    if _holds_another(words, head, person, holder, published):
        return False
    after = words[words.index(head) + 1 :] if head in words else []
    if after[:1] == ["of"]:
        return False
    if any(office in " ".join(words) for office in _LEADING_OFFICES) and not set(content) <= person.roles:
        return False
    return _newcomer_speaking_next(at, index) is None


def _holds_another(
    words: list[str], head: str, person: Person, holder: Holder | None, published: datetime | None
) -> bool:
    """"Tony Blair said the plan would work. The information commissioner said": the knowledge base, asked
    through the holder callback, knows the speaker holds another office (on the article's day, or any of
    theirs without one). Not asked when the article itself gives the speaker the office's title."""
    asks = getattr(holder, "holds_another", None)
    if asks is None or head in person.roles:
        return False
    return asks(" ".join(w for w in words if w != "the"), person.name, published)


def _newcomer_speaking_next(at: int, index: NameIndex) -> Person | None:
    """The person first named after ``at``, in its sentence or the next, as a speaker: "And the European Union's
    monetary affairs commissioner, made it clear that action was necessary. '...,' said Joaquin Almunia"."""
    text = index.text
    ends = [m.end() for m in _SENTENCE_END.finditer(text, at)][:2]
    end = ends[-1] if ends else len(text)
    return next(
        (
            p for p in index.people if len(p.tokens) >= 2 and at < min(p.positions, default=-1) < end
            and _named_as_speaker(text, min(p.positions), p, end)
        ),
        None,
    )


_OFFICIALS_APART = frozenset(LEXICON.officials_apart)


def _described_before_named(head: str, person: Person, text: str) -> bool:
    """"The patient went to his doctor ... Dr. Owen Dempsey ... Dempsey said. ... "...," the patient wrote": a
    definite description the article gave someone before the last speaker first appears is that someone's,
    not the speaker's ("a witness has told jurors. David Myers ..." introduces Myers). ``text`` ends at the
    description."""
    first = min(person.positions, default=0)
    return _re.search(r"\bthe\s+" + re.escape(head) + r"\b", text[:first], re.I) is not None


def _past_office(words: list[str], head: str) -> bool:
    """"Lord Butler said ... The former cabinet secretary said": an office the description says its speaker
    no longer holds has no holder to look up (the office's holder today is someone else), so it takes up
    the speaker just before, as a description that is no office does."""
    return any(w in _PAST_OFFICE for w in words[: words.index(head)]) if head in words else False


# The resolution rules, in the order they are tried: the first that answers decides.
_TRADES_BEFORE_NAMES = (ORG_NOUNS | _BUSINESS_TRADES | frozenset(LEXICON.organisation_trades)) - ROLE_NOUNS
# the words of a name after its trade: capitalised, or a company's that opens with a figure ("4Cast", "3Com")
_TRADE_THEN_NAME = re.compile(r"(?<![\w'’-])([a-z][\w-]*),?[ \t]+((?:(?:[A-Z]|\d+[A-Z])[\w&'’.-]*[ \t]*){1,4})$")


def _trade_then_name_rule(r: _Reading) -> Resolved | None:
    """"consultancy 4Cast said", "producers' cartel Opec", "The world's largest retailer, Wal-Mart": an
    organisation's trade in lower case, the parser's head, with the name it introduces ending the mention
    (the parser took the name for a modifier, so no name rule read it) is the organisation so named; not
    a name that opens with a given name or that the article shows a person's ("Michael Pointon")."""
    if r.mention.kind != "role":
        return None
    m = _TRADE_THEN_NAME.search(r.text)
    if m is None or m.group(1) not in _TRADES_BEFORE_NAMES:
        return None
    name = m.group(2).strip()
    if r.head not in (m.group(1), name.split()[-1].lower()):
        return None  # the parser's head is the trade or the name's last word ("4Cast"), nothing before
    first = name.split()[0]
    person = r.index.find(name)
    if first.lower() in _GIVEN_NAME_GENDERS or first in NOT_NAME_WORDS or _is_place_word(name) or (
        person is not None and _is_person_for_sure(person)
    ):
        return None
    return name, "org"


_WEALTH_NOUNS = frozenset(LEXICON.wealth_nouns)


def _wealth_described_rule(r: _Reading) -> Resolved | None:
    """"Republican and billionaire presidential candidate Donald Trump gave those attending ... The businessman
    said", "Billionaire Mark Cuban ... the investor said": a definite description headed by a noun of wealth or
    dealing (lexicon ``wealth_nouns``), which no title rule reads, is the one person the article has named
    before it with any such noun in a title before their name or in the apposition after it; two such people
    leave it someone unnamed, as the gendered-noun rule types it. When the article gave no one such a noun
    ("Republican presidential hopeful Donald Trump ... The billionaire real estate magnate says", PolNeAR
    pn76), it is an epithet of the person the passage is about, as ``_epithet_rule`` reads one (of the noun's
    gender, if it has one), else a person with no name: a noun of wealth is a person's, never a body's."""
    if r.lowered[0] != "the" or r.head not in _WEALTH_NOUNS or r.lowered[-1] != r.head:
        return None
    tied = _people_tied_to(r.index.text, tuple(p.name for p in r.index.people if len(p.tokens) >= 2), _WEALTH_NOUNS)
    found = [name for name, at in tied.items() if at < r.at]
    if len(found) > 1:
        return None
    if found:
        return found[0], "person"
    if not r.index.text.startswith(r.text, r.at):
        return None  # a relative pronoun standing for the description
    holder = _epithet_holder(r)
    if holder is not None and (_other_gender_after(r, holder) or _noun_of_other_gender(r.head, holder)):
        holder = None  # "The New York businessman" is not the Hillary Clinton the passage was about
    if holder is not None:
        return holder.name, "person"
    # a gendered noun ("The businessman") unnamed is the gendered-noun rule's, which keeps it out of the pronoun
    # history: a later "he" may still be the person named before
    return None if r.head in GENDER_WORDS else (None, "person")


def _noun_of_other_gender(noun: str, person: Person) -> bool:
    """Whether a noun with a gender ("businessman") describes someone of the other gender than the person."""
    gender = pronoun_gender(person)
    return GENDER_WORDS.get(noun) is not None and gender is not None and gender != GENDER_WORDS[noun]


@lru_cache(maxsize=8)
def _people_tied_to(text: str, names: tuple[str, ...], nouns: frozenset[str]) -> dict[str, int]:
    """Each person (full name) the article gives one of ``nouns``, with the offset of the first name so tied:
    in the title before their name ("billionaire presidential candidate Donald Trump") or in the apposition
    after it ("Donald Trump, the billionaire businessman"). Worked out once per article and set of nouns."""
    tied: dict[str, int] = {}
    for name in names:
        for m in _re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text):
            clause = _re.split(_CLAUSE_BREAK, text[max(0, m.start() - 80) : m.start()])[-1]
            after = _APPOSED_WORDS.match(text, m.end())
            words = clause.lower().split()[-_TITLE_WORDS:] + (after.group(1).lower().split() if after else [])
            if nouns & set(words):
                tied[name] = m.start()
                break
    return tied


def _title_tied_rule(r: _Reading) -> Resolved | None:
    """"Leading British computer games maker Peter Molyneux has been made an OBE ... The veteran game maker
    says": a definite description headed by a lowercase noun no rule above reads is the one person the article
    named before it with that noun as the title right before their name ("games maker Peter Molyneux") or as the
    last word of the apposition after it ("Peter Molyneux, the games maker,"). Two such people, or a capital in
    the description the tie does not write ("The Romanian hacker" of "computer hacker X"), leave it unnamed. Not a
    noun of a body, a thing, a document or a sex ("the company", "the report", "the man"): those are other rules'."""
    if r.lowered[0] != "the" or r.lowered[-1] != r.head or _is_cap(r.toks[-1]) or _is_plural(r.head):
        return None
    if r.head in _UNTIED_HEADS or not r.index.text.startswith(r.text, r.at):
        return None
    capitals = frozenset(t.lower() for t in r.toks[1:] if _is_cap(t))
    names = tuple(p.name for p in r.index.people if len(p.tokens) >= 2)
    found = [name for name, at in _people_titled(r.index.text, names, r.head, capitals).items() if at < r.at]
    return (found[0], "person") if len(found) == 1 else None


# nouns the tie must not read: a body's or its trade ("rock band Franz Ferdinand ... the band"), a thing's, a
# document's, a sex's (read by the rules above, or no person)
_UNTIED_HEADS = (
    ORG_NOUNS | THING_NOUNS | DOCUMENT_HEADS | _DESCRIBED_ORGS | _OUTLET_HEADS | frozenset(GENDER_WORDS)
    | _TRADES_BEFORE_NAMES
)


@lru_cache(maxsize=8)
def _people_titled(text: str, names: tuple[str, ...], noun: str, capitals: frozenset[str]) -> dict[str, int]:
    """Each person (full name) the article writes ``noun`` for right before their name or as the head of the
    apposition after it, with every one of ``capitals`` among the title's words, and the offset where the first
    such tie ends (an apposition's end: "sent to Feroz Abbasi, the men's solicitor says" ties him to nothing the
    description could refer back to, since it is the description). The noun must be the title's own word, not any
    word of the clause ("a report by committee chairman John Smith" gives him "chairman", not "report")."""
    tied: dict[str, int] = {}
    for name in names:
        for m in _re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text):
            before = _re.split(_CLAUSE_BREAK, text[max(0, m.start() - 80) : m.start()])[-1].lower().split()
            after = _APPOSED_WORDS.match(text, m.end())
            apposed = _apposition_head_words(after.group(1).lower().split() if after else [])
            title = before[-_TITLE_WORDS:]
            if title[-1:] == [noun] and capitals <= set(title):
                tied[name] = m.start()
            elif apposed[-1:] == [noun] and capitals <= set(apposed):
                tied[name] = after.end()
                break
    return tied


def _apposition_head_words(words: list[str]) -> list[str]:
    """The words of an apposition up to its head noun: "attorney for one of four groups to file suit over the law"
    is an attorney, its last word ("law") not what the person is."""
    for k, w in enumerate(words):
        if w in _APPOSITION_PREPOSITIONS or w in _BARE_APPOSITION_STOPS:
            return words[:k]
    return words


def _gendered_noun_rule(r: _Reading) -> Resolved | None:
    """"According to the man, ...", "once the man mentioned that": a description headed by a noun with a
    gender ("man", "woman", "son") that no rule above resolved is a person the article does not name. The
    last rule, a fallback: a bare "the man" or "a woman" is read earlier by ``_unnamed_by_sex_rule``, before the
    role and place rules can take it up; this one types what they left ("his son", "The businessman"), and
    unlike that one it stays out of the pronoun history (``assemble._UNRESOLVED_PERSON``)."""
    if r.mention.kind == "pronoun" or r.head not in GENDER_WORDS or r.head in PERSON_PRONOUNS:
        return None
    return None, "person"


# "who", "whom": the relative pronouns that stand for people (lexicon personal_relative_pronouns)
_PERSONAL_RELATIVE_AT = re.compile(
    r"(?:" + "|".join(sorted(LEXICON.personal_relative_pronouns, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def _who_relative_rule(r: _Reading) -> Resolved | None:
    """"The club appointed an auditor, who has recommended ...", "came from someone who claimed that ...": a
    description no rule above typed, whose "who" clause gives the words, is a person the article does not name:
    "who" stands for people, and a singular noun for one ("viewer", "auditor", "someone" are in no list of roles).
    The extraction resolves the pronoun through its noun: the mention's words are the noun's, at the pronoun's
    offset. The last rule, a fallback after ``_gendered_noun_rule`` (a gendered noun is its); a plural ("viewers
    who said") is already a group by ``_group_rule``."""
    if r.mention.kind != "role" or _is_plural(r.head) or not _PERSONAL_RELATIVE_AT.match(r.index.text, r.at):
        return None
    return None, "person"


# the rules that name the originator of words a relay passes on, not the relay
_RELAY_RULE_FUNCTIONS = frozenset({_quoted_as_saying_rule, _relay_quoting_rule, _relayed_originator_rule})

RESOLUTION_RULES: tuple[tuple[str, Callable[[_Reading], "Resolved | None"]], ...] = (
    ("cue-before-quote", _cue_before_quote_rule),
    ("subject-after-fronted-clause", _subject_after_fronted_clause_rule),
    ("one-asked-before", _one_asked_before_rule),
    ("subject-before", _subject_before_rule),
    ("name-closing-before", _name_closing_before_rule),
    ("pronoun-chain", _pronoun_chain_rule),
    ("document-it", _document_it_rule),
    ("document-relative", _document_relative_rule),
    ("it-subject-before", _it_subject_before_rule),
    ("they-organisation-before", _they_organisation_before_rule),
    ("clause-pronoun", _clause_pronoun_rule),
    ("introduced-with-who", _introduced_with_who_rule),
    ("paragraph-turned-back", _paragraph_turned_back_rule),
    ("elided-document", _elided_document_rule),
    ("indefinite-speaker", _indefinite_speaker_rule),
    ("unnamed-member", _unnamed_member_rule),
    ("it-organisation-named-near", _it_organisation_named_near_rule),
    ("pronoun", _pronoun_rule),
    ("quoted-as-saying", _quoted_as_saying_rule),
    ("relay-quoting", _relay_quoting_rule),
    ("relayed-originator", _relayed_originator_rule),
    ("kin", _kin_rule),
    ("misheaded-body", _misheaded_body_rule),
    ("state-office", _state_office_rule),
    ("party", _party_rule),
    ("owned-title", _owned_title_rule),
    ("group", _group_rule),
    ("entourage", _entourage_rule),
    ("candidate-campaign", _candidate_campaign_rule),
    ("one-of-many", _one_of_many_rule),
    ("own-words", _own_words_rule),
    ("chapter-and-verse", _chapter_and_verse_rule),
    ("document", _document_rule),
    ("document-title", _document_title_rule),
    ("document-agent", _document_agent_rule),
    ("issuer-before-ing-document", _issuer_before_ing_document_rule),
    ("territorial-peer", _territorial_peer_rule),
    ("role-then-name", _role_then_name_rule),
    ("spliced-name", _spliced_name_rule),
    ("apposed-after", _apposed_after_rule),
    ("titled-name-after", _titled_name_after_rule),
    ("outlet-named-like-role", _outlet_named_like_role_rule),
    ("epithet", _epithet_rule),
    ("calling", _calling_rule),
    ("described-opener", _described_opener_rule),
    ("article-subject", _article_subject_rule),
    ("occupation-family", _occupation_family_rule),
    ("description", _description_rule),
    ("unnamed-by-sex", _unnamed_by_sex_rule),
    ("nationality", _nationality_rule),
    ("former-member", _former_member_rule),
    ("place", _place_rule),
    ("numbered-seat", _numbered_seat_rule),
    ("numbered-name", _numbered_name_rule),
    ("title-word-body", _title_word_body_rule),
    ("glossed-name", _glossed_name_rule),
    ("account", _account_rule),
    ("outlet", _outlet_rule),
    ("proper-name", _proper_name_rule),
    ("untagged-name", _untagged_name_rule),
    ("company-word", _company_word_rule),
    ("name-then-apposition", _name_then_apposition_rule),
    ("role", _role_rule),
    ("municipality", _municipality_rule),
    ("lowercase-name", _lowercase_name_rule),
    ("kind-joined-to-name", _kind_joined_to_name_rule),
    ("organisation-described", _described_organisation_rule),
    ("organisation", _organisation_rule),
    ("role-word", _role_word_rule),
    ("described-speaker", _described_speaker_rule),
    ("named-in-article", _named_in_article_rule),
    ("trade-then-name", _trade_then_name_rule),
    ("wealth-described", _wealth_described_rule),
    ("title-tied", _title_tied_rule),
    ("gendered-noun", _gendered_noun_rule),
    ("who-relative", _who_relative_rule),
)


def resolve_with_rule(
    mention: Mention,
    index: NameIndex,
    *,
    history: list[tuple[int, str | None, str | None]],
    published: datetime | None = None,
    holder: Holder | None = None,
    as_relay: bool = False,
) -> tuple[str | None, str | None, str | None]:
    """(resolved name, type, the id of the rule that decided) for a speaker mention.

    ``history`` lists earlier resolved speakers as (offset, name, gender), in order. ``as_relay`` reads the
    mention as the relay it is ("according to CNN": CNN), not as the originator whose words it passes on.
    """
    r = _read(_before_dash_aside(mention), index, history, published, holder)
    if r is None:
        return None, None, None
    for rule_id, rule in RESOLUTION_RULES:
        if as_relay and rule in _RELAY_RULE_FUNCTIONS:
            continue
        got = rule(r)
        if got is not None:
            name = got[0]
            if got[1] == "org" and rule_id != "title-word-body":  # "Labour" is whole: not "Labour of Robert Jackson"
                name = _longer_organisation_name(_first_of_joint_names(name, index.text), index.text)
            elif got[1] == "document":
                name = _issuer_in_full(name, index.text)
            if got[1] in ("org", "document"):
                name = _name_through_its_list(name, index.text)
            return name, got[1], "speaker:" + rule_id
    return None, None, None


# an aside set off by a spaced dash after the words that name the speaker: " - Airbus' majority owner"
_DASH_ASIDE = re.compile(r"(?<=\w)[ \t]+[-–—]{1,2}[ \t]+")


def _before_dash_aside(mention: Mention) -> Mention:
    """"EADS - Airbus' majority owner", "Fund manager Florian Hamm - Borussia Dortmund's largest investor": an
    aside between dashes after the speaker's words describes them; the speaker is the words before it, read
    as the parse reads them alone (its head, a role noun of the aside, and the aside's entities go with it)."""
    found = _DASH_ASIDE.search(mention.text)
    if found is None or mention.kind == "pronoun":
        return mention
    text = mention.text[: found.start()]
    if not any(_is_cap(t) and t.lower() not in _DETERMINERS for t in text.split()):
        return mention  # "consumer group - Consumers Against Supermarket Privacy Invasion": the dash brings the name
    span = Span(mention.span.start, mention.span.start + len(text))
    head = (mention.head or "").lower()
    if head and head in _clean_tokens(text.lower()):
        # the head is before the aside ("Anshuman Magazine, managing director, of CB Richard Ellis - an
        # international real estate company"): the parse read the speaker's words right
        return Mention(text, span, mention.kind, mention.label, mention.head)
    if any(t.lower() == head and _is_cap(t) for t in _clean_tokens(mention.text[found.end() :])):
        # a name after the dash heads the mention: "Robbie Savage - but managing director Karen Brady",
        # "SLBA chairman - and Commercial Bank managing director - AL Gooneratne"
        return mention
    last = text.split(",")[0].split()[-1]  # the head of "Laah Chong-gyu, executive director of ..." is the name
    kind = "name" if _is_cap(last) else "role"
    return Mention(text, span, kind, None, last.lower().rstrip(",.'’"))


# a capitalised word with a linking word and more capitals after it, and any capitals before it: "Church of
# Scientology", "Project on Government Oversight", "Commonwealth Bank of Australia", "Mail on Sunday('s)"
_NAME_WITH_LINK = re.compile(
    r"((?:[A-Z][\w-]*[ \t]+)*)\b([A-Z][a-z][\w-]*)[ \t]+(of|for|on)[ \t]+(?:the[ \t]+)?"
    r"([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*)"
)


@lru_cache(maxsize=8)
def _names_with_links(text: str) -> dict[str, frozenset[str]]:
    """The article's names of that shape, by the word before their link."""
    forms: dict[str, set[str]] = {}
    for m in _NAME_WITH_LINK.finditer(text):
        before = m.group(1).split()
        while before and (before[0] in NOT_NAME_WORDS or before[0].lower() in _STOP):
            before = before[1:]  # "The Bank of England" opening a sentence
        after = m.group(4).split()
        if any(w in NOT_NAME_WORDS for w in after) or after[-1].lower() in _NATIONALITIES:
            continue  # "Apple on Friday", "Association of British insurers" are no names
        forms.setdefault(m.group(2), set()).add(" ".join([*before, m.group(2), m.group(3), *after]))
    return {word: frozenset(found) for word, found in forms.items()}


def _longer_organisation_name(name: str | None, text: str) -> str | None:
    """"The Church also claims" in an article about the Church of Scientology: an organisation named by one
    word is the one longer name the article gives that opens with that word and goes on with "of", "for"
    or "on" ("Project" -> "Project on Government Oversight"); two such names ("Church of England", "Church
    of Scotland") leave the word as it is."""
    if name and "&" in name and " " not in name:
        return _ampersand_spelled_out(name, text)
    if not name or " " in name or name.isupper():
        return name
    if _is_place_word(name):
        return name  # "a book in Japan on the Trump phenomenon": a place with a topic after it, no body's name
    forms = _names_with_links(text).get(name, frozenset())
    if len(forms) == 1:
        return next(iter(forms))
    return _clipped_name_in_full(name, text) or _short_form_in_full(name, text) or name


_CLUB_NAME_ENDINGS = frozenset(LEXICON.club_name_endings)
_CLOSING_WORDS = r"(?<![\w'’.-])((?:[A-Z][a-z]+[ \t]+){{1,2}}){name}(?![\w'’-])"


def _short_form_in_full(name: str, text: str) -> str | None:
    """"Glazer ... has approached the United board" after "Malcolm Glazer has made a fresh approach to buy
    Manchester United": the word that ends many clubs' names (lexicon ``club_name_endings``: "United", "City",
    "Rovers"), standing alone as an organisation's name, is the one club the article names in full with it, one or
    two capitalised words before it. A capital opening a sentence ("Then United", "But City") and a word the
    article also writes in lower case ("Last year United") are no part of a name, and a clipped form ("Man
    United") is the full one's; two clubs ("Manchester City", "Leicester City") leave the word as it is."""
    if name not in _CLUB_NAME_ENDINGS:
        return None
    found = set()
    for m in _re.finditer(_CLOSING_WORDS.format(name=re.escape(name)), text):
        words = m.group(1).split()
        if _sentence_start(text, m.start()) == m.start():
            words = words[1:]
        common = [k for k, w in enumerate(words) if _written_in_lower_case(w, text)]
        words = words[common[-1] + 1 :] if common else words
        if words:
            found.add(" ".join(words + [name]))
    # a longer run holding a shorter one is the shorter one's: "the Independent Manchester United Supporters'
    # Association" names no other club than "Manchester United"
    found = {f for f in found if not any(f != g and (f.endswith(" " + g) or _clips(f, g)) for g in found)}
    return found.pop() if len(found) == 1 else None


def _written_in_lower_case(word: str, text: str) -> bool:
    return _re.search(r"(?<![\w'’-])" + re.escape(word.lower()) + r"(?![\w'’-])", text) is not None


def _clips(short: str, full: str) -> bool:
    """Whether each word of ``short`` opens the word of ``full`` at its place: "Man United" clips "Manchester
    United"."""
    words, fulls = short.split(), full.split()
    return len(words) == len(fulls) and all(f.startswith(w) for w, f in zip(words, fulls))


_CLIPPED_FROM = r"(?<![\w-]){clip}[a-z]{{2,}}(?:[ \t]+[A-Z][\w-]*)+"


def _clipped_name_in_full(name: str, text: str) -> str | None:
    """"The Fed said" in an article that names the Federal Reserve: a word that clips the first word of
    the one organisation's name the article writes out, up to the word that ends organisations' names
    ("Fed" of "Federal Reserve", "Met" of "Metropolitan Police"); None when it writes out none or
    several ("Federal Reserve" and "Federal Open Markets Committee")."""
    if len(name) < 3 or not _is_cap(name) or _is_place_word(name):
        return None  # "Russia" is no clipped "Russian Federal Property Fund"
    found = set()
    for m in _re.finditer(_CLIPPED_FROM.format(clip=re.escape(name)), text):
        words = m.group().split()
        end = next((k for k, w in enumerate(words) if w.lower() in ORG_NOUNS or w.lower() in _ORG_NAME_ENDINGS), None)
        if end:
            found.add(" ".join(words[: end + 1]))
    return found.pop() if len(found) == 1 else None


def _issuer_in_full(name: str | None, text: str) -> str | None:
    """"The report, published by the Institute for Fiscal Studies, said": a document's issuer named by
    one word is the longer name the article writes out, word for word, with that word and "of", "for"
    or "on" (as an organisation's is); not an agent's "for the" ("figures compiled by Chart-Track for
    the Entertainment and Leisure Software Publishers Association")."""
    longer = _longer_organisation_name(name, text)
    return longer if longer and longer != name and longer in text else name


_CAPITAL_WORD = re.compile(r"[A-Z][\w-]*")


def _name_through_its_list(name: str | None, text: str) -> str | None:
    """"figures from the Ministry of Economy, Trade and Industry (METI)", "The Qualifications and Curriculum
    Authority (QCA)": a name cut at the comma or the "and" of a list of its own goes on to the list's end
    when the acronym in brackets right after it is the initials of its capitalised words, the whole name's
    (METI); without such an acronym a comma or an "and" ends the name."""
    if not name or "," in name:
        return name
    for m in _matches_after(name, _LIST_WITH_ACRONYM, text, "-"):
        full = name + m.group(1)
        if "".join(w[0] for w in _CAPITAL_WORD.findall(full)) == m.group("acronym").upper():
            return full
    return name


_LIST_WORDS = r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*"
# after a name: the rest of its list and the acronym in brackets, "(METI)", "(Defra)"
_LIST_WITH_ACRONYM = re.compile(
    r"((?:,[ \t]+" + _LIST_WORDS + r")*,?[ \t]+and[ \t]+" + _LIST_WORDS + r")[ \t]*\((?P<acronym>[A-Z][A-Za-z]{2,})\)"
)


_JOINT = re.compile(r"(.+?)[ \t]+and[ \t]+(.+)")


def _first_of_joint_names(name: str | None, text: str) -> str | None:
    """"SBC and AT&T said" in an article that names SBC and AT&T each on its own: a joint mention of two
    bodies has no one canonical name, and a name never joins two names with "and"; the first speaks for
    both. A name the article never writes apart keeps its "and" ("Pew Internet and American Life",
    "Parliamentary Group on Betting and Gaming", "Johnson and Johnson"); "Bradford & Bingley" has no "and"."""
    joint = _JOINT.fullmatch(name) if name else None
    if joint is None:
        return name
    whole = len(_re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text))
    for side in joint.groups():
        alone = len(_re.findall(r"(?<!\w)" + re.escape(side) + r"(?!\w)", text)) - whole * name.count(side)
        if alone <= 0:
            return name
    return joint.group(1)


def _ampersand_spelled_out(name: str, text: str) -> str:
    """"B&B said" after "mortgage lender Bradford & Bingley", "M&S" after "Marks & Spencer": initials
    joined by "&" are the name the article writes out with those initials on either side of its "&"
    (else they stay as they are)."""
    left, _amp, right = name.partition("&")
    if not (left.isalpha() and left.isupper() and right.isalpha() and right.isupper()):
        return name
    words = [[rf"{c}[a-z][\w'’-]*" for c in part] for part in (left, right)]
    spelled = _re.search(r"\b" + r"[ \t]+".join(words[0]) + r"[ \t]+&[ \t]+" + r"[ \t]+".join(words[1]) + r"\b", text)
    return spelled.group() if spelled else name


def resolve(
    mention: Mention,
    index: NameIndex,
    *,
    history: list[tuple[int, str | None, str | None]],
    published: datetime | None = None,
    holder: Holder | None = None,
) -> tuple[str | None, str | None]:
    """(resolved name, type) for a speaker mention (see ``resolve_with_rule``)."""
    name, kind, _rule = resolve_with_rule(mention, index, history=history, published=published, holder=holder)
    return name, kind


_ARTICLES = _DETERMINERS | {"'s"}


def _org_name(text: str) -> str:
    """An organisation's name in its mention: the comma-separated part that ends in a
    capitalised word, without the words of description before it ("the House of Lords,
    the UK's highest court" -> House of Lords; "Mr Gates' company, software giant
    Microsoft" -> Microsoft); else the first part ("The Swedish firm, the world's ...")."""
    parts = [_without_articles(_without_owner(_role_possessives_joined(_clean_tokens(p)))) for p in text.split(",")]
    for words in map(_without_institution_after, parts):
        if words and _is_cap(words[-1]) and words[0].lower() not in _GOVERNING:
            # the capitalised run after the last word of description ("The Swedish firm
            # Electrolux"); words that join a name ("Bank of England") do not end one
            described = [
                i for i, w in enumerate(words)
                if not _is_cap(w) and not _links_a_name(w.lower()) and not _and_inside_organisation_name(words, i)
                and w not in ("'s", "’s")
            ]
            cut = described[-1] if described else -1
            first = next(i for i, w in enumerate(words) if i > cut and _is_cap(w))
            if not any(w.lower() in _GOVERNING for w in words[:first]):
                words = words[first:]  # "a committee of MPs" keeps its head
            return _re.sub(r" (?=['’]s\b)", "", " ".join(words))
    first = _clean_tokens(text.split(",")[0])
    if _unnamed_of_nationality(first):
        return None  # "Greek court", "A Norwegian court": described, not named
    if any(t in ("'s", "’s") for t in first):
        return _titled_holders_office(first) or _outlet_before_its_noun(first) or _with_possessives(first)
    return _named_before_noun(parts[0]) or _outlet_before_its_noun(first) or " ".join(parts[0])


def _outlet_before_its_noun(toks: list[str]) -> str | None:
    """"Vedomosti newspaper reported", "The Mirror newspaper said", "America's TV Guide magazine describing",
    "Uganda's New Vision newspaper reports": a name in capitals and then an outlet's noun (lexicon
    ``outlet_heads``) that ends the mention is the name alone, after any place's possessive; the noun says what
    the outlet is and the place where, neither is part of its name. Not a nationality or a place before the noun
    ("the British newspaper", a description), nor after another possessive ("Thursday's Sun newspaper")."""
    if toks and toks[0].lower() in ("a", "an"):
        return None  # "a Chicago newspaper reported": one of a place's outlets, described, not named
    words = toks[1:] if toks and toks[0].lower() in _DETERMINERS else toks
    if len(words) > 3 and words[1] in ("'s", "’s") and _is_place_word(words[0]):
        words = words[2:]
    name = words[:-1]
    if not name or words[-1] not in _OUTLET_HEADS or not all(_is_cap(w) for w in name):
        return None
    place = " ".join(name).replace(".", "")
    if all(w.lower() in DEMONYMS for w in name) or _is_place_word(place) or place in _US_STATES:
        return None
    return " ".join(name)


def _without_institution_after(words: list[str]) -> list[str]:
    """"the Natural Hazards Research and Applications Information Center at Colorado State University", "the
    Roper Center for Public Opinion Research at Cornell University in New York": a name with an organisation's
    noun in capitals, then "at" and the capitals of the institution that houses it (and "in" the place where it
    is), is the name before "at"; the institution and its place are where the body sits, no part of its name."""
    at = next((i for i, w in enumerate(words) if w == "at"), None)
    if at is None or at < 2 or at == len(words) - 1:
        return words
    before, after = words[:at], words[at + 1 :]
    if not all(_is_cap(w) for w in before[-2:]) or not any(w.lower() in ORG_NOUNS for w in before if _is_cap(w)):
        return words
    if "in" in after[1:-1] and all(_is_cap(w) for w in after[after.index("in") + 1 :]):
        after = after[: after.index("in")]  # "at Cornell University in New York"
    return before if all(_is_cap(w) or _links_a_name(w.lower()) for w in after) else words


def _and_inside_organisation_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is an "and" between capitals of one name that ends in a word only organisations'
    names end in: "Immigration and Customs Enforcement" is one agency, not "Customs Enforcement"."""
    return (
        words[i].lower() == "and" and 0 < i < len(words) - 1 and _is_cap(words[i - 1]) and _is_cap(words[i + 1])
        and words[-1].lower() in _ORG_NAME_ENDINGS
    )


_OFFICE_HOLDERS = ROLE_NOUNS | frozenset(LEXICON.office_holders)


def _role_possessives_joined(toks: list[str]) -> list[str]:
    """A role's possessive inside a name is part of it: "the U.S. Attorney's Office for the Western District",
    "the Sheriff's Office", "The Clark County Coroner's Office" (lexicon ``office_holders``; a place's is not:
    "Britain's Royal Mail" is Royal Mail)."""
    out: list[str] = []
    for i, t in enumerate(toks):
        role_before = bool(out) and out[-1].lower() in _OFFICE_HOLDERS and _is_cap(out[-1])
        if t == "'s" and role_before and i + 1 < len(toks) and _is_cap(toks[i + 1]):
            out[-1] += "'s"
        else:
            out.append(t)
    return out


_SAINTS = frozenset(LEXICON.saint_titles)


def _without_owner(toks: list[str]) -> list[str]:
    """"Pearson's Financial Times", "Saudi Arabia's Civil Defense Authority", "Lord Woolf's Sentencing
    Guidelines Council": an owner's possessive before a capitalised name is no part of it; the body is the
    name after it (GUIDELINES), not the two joined ("Pearson Financial Times"). A possessive inside a name
    stays: "the People's Daily" (lexicon ``name_possessors``), "St Fintian's High School"."""
    at = max((i for i, t in enumerate(toks) if t in ("'s", "’s")), default=-1)
    rest = toks[at + 1 :]
    if at < 1 or not rest or not _is_cap(rest[0]) or not _is_cap(rest[-1]):
        return toks
    owner = toks[at - 1]
    if not _is_cap(owner) or owner.lower() in _NAME_POSSESSORS or (at > 1 and toks[at - 2].rstrip(".") in _SAINTS):
        return toks
    if not all(_is_cap(w) or _links_a_name(w.lower()) for w in rest):
        return toks  # "News Corp's News International unit": described, the rules after read it
    return rest


def _titled_holders_office(toks: list[str]) -> str | None:
    """"Public Ombudsman Nadia Cruz's office said": the office of a holder named with their title is the
    title's office ("Public Ombudsman's office"), the body that speaks, not the person who holds it."""
    if len(toks) < 4 or toks[-1].lower() != "office" or toks[-2] != "'s":
        return None
    owner = toks[1:-2] if toks[0].lower() in _DETERMINERS else toks[:-2]
    name = _trailing_name(owner)
    title = owner[: len(owner) - len(name)]
    if not name or not title or not all(_is_cap(w) for w in title) or not _is_title(title[-1]):
        return None
    if title[-1].lower() in HONORIFICS:
        return None  # "Mr Spitzer's office": no title to name the office by
    return " ".join(title) + "'s office"


def _with_possessives(toks: list[str]) -> str:
    """A description with a possessive, kept as written but for its article: "Bolivia's public defender's
    office" (with the possessives left out it would read as another name, "Bolivia public defender office")."""
    words = toks[1:] if toks[0].lower() in _DETERMINERS else toks
    return _re.sub(r" (?='s)", "", " ".join(words))


_MANY_PER_NATION = _BUSINESSES | frozenset(LEXICON.many_per_nation)


def _unnamed_of_nationality(words: list[str]) -> bool:
    """"Greek court ruled", "A Norwegian court", "a Swedish group": an organisation's noun whose only capitals
    before it are nationalities describes one without naming it when the nation has many of them (lexicon
    ``many_per_nation``; "Swedish police" and "the United States government" are named). Not after "the":
    "The Swedish firm said" takes up a firm the article has named, and the words stand for it meanwhile."""
    if not words or words[0].lower() == "the" or words[-1].lower() not in _MANY_PER_NATION:
        return False
    capitals = [w for w in words if _is_cap(w) and w.lower() not in _DETERMINERS]
    if capitals and all(w.lower() in _NATIONALITIES for w in capitals):
        return True
    return _indefinite_of_place(words, capitals)


_PLACE_ONLY_NOUNS = frozenset(LEXICON.place_only_nouns)


def _indefinite_of_place(words: list[str], capitals: list[str]) -> bool:
    """"A New York court ruled", "a Texas court": a place before the noun, after "a", describes one of
    the place's many courts; the place alone is no name for it. A noun in lower case that only places have
    many of (lexicon ``place_only_nouns``) takes any capitals before it for a place, a city's too, which the
    bundled tables do not list: "A Dallas court agreed that" (BBC tech/038), "a Houston court"."""
    if words[0].lower() not in ("a", "an") or not capitals:
        return False
    place = " ".join(capitals)
    return place in _US_STATES or place in _place_names() or words[-1] in _PLACE_ONLY_NOUNS


def _without_articles(toks: list[str]) -> list[str]:
    """The words of a mention without its articles and possessive endings, but for a "the" inside a name
    ("International Federation of the Phonographic Industry") and a saint's possessive ("St Fintian's High
    School", which ``_without_owner`` keeps)."""
    return [
        t for i, t in enumerate(toks)
        if t.lower() not in _ARTICLES
        or (1 < i < len(toks) - 1 and _links_a_name(toks[i - 1].lower()) and _is_cap(toks[i - 2])
            and _is_cap(toks[i + 1]))
        or (t in ("'s", "’s") and i > 1 and toks[i - 2].rstrip(".") in _SAINTS and i < len(toks) - 1)
    ]


_NAMED_KINDS = frozenset(LEXICON.named_kind_nouns)


def _named_before_noun(words: list[str]) -> str | None:
    """The name before an organisation's noun set off by a description: "the influential Edge magazine"
    -> Edge, "Variety trade magazine" -> Variety, "The Indymedia group of websites" -> Indymedia. A noun
    that ends the mention right after the capitals is part of the name ("West Yorkshire police"), and
    a nationality is none ("the Greek court")."""
    at = next((i for i, w in enumerate(words) if w in _NAMED_KINDS), None)
    if not at or any(_is_cap(w) for w in words[at:]):
        return None  # "the Commons science and technology committee" is the committee; "group Transport 2000"
    if at == len(words) - 1 and _is_cap(words[at - 1]) and (at == 1 or _is_cap(words[0])):
        return None
    end = at
    while end > 0 and not _is_cap(words[end - 1]):
        end -= 1  # "Variety trade magazine"
    start = end
    while start > 0 and _is_cap(words[start - 1]):
        start -= 1
    run = words[start:end]
    if not run or all(w.lower() in DEMONYMS for w in run) or " ".join(run) in _place_names():
        return None
    return " ".join(run)


_NOT_OF_PARTY = frozenset(LEXICON.not_of_party)


def _party(toks: list[str]) -> str | None:
    """The party a mention names ("The Liberal Democrats" -> Liberal Democrats), or None.

    "Liberal" is a title before a person's name ("Liberal Democrat Alan Beith"), so
    without this the name run kept "Democrats" alone, as a person, and pronouns
    later in the article resolved to it. A coordination ("The Tories and the Lib
    Dems") names two speakers and is left to the other rules.
    """
    last = toks[-1]
    if last.lower() not in PARTY_NOUNS or not _is_cap(last):
        return None
    if any(t.lower() in _COORDINATORS for t in toks):
        return None
    start = len(toks) - 1
    while start > 0 and _is_cap(toks[start - 1]) and toks[start - 1].lower() not in _NOT_OF_PARTY:
        start -= 1
    if any(t.lower() not in _NOT_OF_PARTY for t in toks[:start]):
        return None  # the party is part of a longer mention: "Bob Neill, leader of the ... Conservatives"
    return " ".join(toks[start:])


_LEADING_OFFICES = LEXICON.leading_offices
_INTERMEDIARIES = frozenset(LEXICON.intermediaries)


def _resolve_role(
    text, lowered, head, mention, index, published, holder, *, spoke_last: Person | None = None
) -> tuple[str | None, str | None]:
    if lowered[0] in _INDEFINITE or head in _INTERMEDIARIES:
        # "a spokesman", "the spokesman", "one official": someone unnamed, unless the
        # article ties the exact description to a name ("Mr Ison, the spokesman")
        found = _match_role(lowered, mention.span.start, index, head_only=False)
        return (found.name, "person") if found is not None else (None, "person")
    past = _past_holder_named(lowered, head, index, published, holder)
    if past is not None:
        return past, "person"
    found = _match_role(lowered, mention.span.start, index, head=head)
    if found is None and holder is not None:
        name = holder(text, published) or (
            _holder_named_in_article(text, mention, index, holder) if published is None else None
        )
        if name:
            return name, "person"
    # an office written as a title ("the NATO Secretary General") or a head of
    # government may be someone the article gives no role; any other description
    # ("the information commissioner") needs the role itself
    titled = _titled_description(text.split()[1:], head)
    leading = any(office in " ".join(lowered) for office in _LEADING_OFFICES)
    if found is None and lowered[0] == "the" and not _is_plural(head):
        found = _just_named(lowered, head, mention.span.start, index, roleless=titled or leading)
    if found is None and not _is_plural(head):
        # a speaker whose role the description names comes first: "Roy Verley, a former HP executive"
        found = _sole_compatible(lowered, index) or spoke_last or _sole_compatible(
            lowered, index, roleless=titled or leading
        )
    if found is not None:
        return found.name, "person"
    return None, ("person" if not _is_plural(head) else None)


def _past_holder_named(
    lowered: list[str], head: str, index: NameIndex, published: datetime | None, holder: Holder | None
) -> str | None:
    """"The former president told a crowd" in a 2016 article that names "his older brother, George W. Bush":
    a past office's description is the one person the article names in full whom the knowledge base knows
    to have held that office before the article's day, not the speaker just heard (``_last_speaker`` takes
    that speaker only because a past office has no holder to look up). Asked of the holder callback's
    ``past_among`` (``names.kb.holder_name`` has one); never without a day."""
    past_among = getattr(holder, "past_among", None)
    if past_among is None or published is None or not _past_office(lowered, head):
        return None
    office = " ".join(w for w in lowered if w != "the" and w not in _PAST_OFFICE)
    return past_among(office, [p.name for p in index.people if len(p.tokens) >= 2], published)


def _titled_description(words: list[str], head: str) -> bool:
    """"the NATO Secretary General", "the Salford MP", "the Metropolitan police chief", "the head of Germany's
    panel of government economic advisers": capitals in a description of an office (its head a title), at its
    end or owning it make it a title, whose holder the article may name without the role. Capitals set apart
    from any other head by a lowercase word say where or at what someone did something: "The Sydney Olympic
    gold medallist", after "Marion Jones has filed a lawsuit ... against Balco boss Victor Conte", is no title
    Conte, named last, may hold."""
    capitals = [w for w in words if w[:1].isupper()]
    if not capitals:
        return False
    owned = any(w.endswith(("'s", "’s")) for w in capitals)
    return owned or head in TITLES or len(words) < 2 or words[-1][:1].isupper() or words[-2][:1].isupper()


def _holder_named_in_article(role_text: str, mention: Mention, index: NameIndex, holder: Holder) -> str | None:
    """For an article with no date: the one person it names who held the office ``role_text``
    describes, at the time its titled people held theirs ("the prime minister" beside "Home Secretary
    Charles Clarke" and "Tony Blair" is Blair). Everyone it names counts, inside quotes too: "the prime
    minister" beside "Gordon Brown" and a quoted "Mr Blair", with nothing to date them, is neither.
    Asked of the knowledge base's ``among`` when the holder callback has one (``names.kb.holder_name``
    does); a description the article resolves itself never gets here, nor one inside a quote ("When
    the prime minister turns to the chancellor ...": a speaker's hypothetical)."""
    among = getattr(holder, "among", None)
    text = index.text
    if among is None or _inside_quote(text, mention.span.start):
        return None
    named, others, past = [], [], set()
    head = role_text.lower().split()[-1]
    for p in index.people:
        if len(p.tokens) < 2:
            continue
        titles = _titles_before(text, p)
        if any(w in _PAST_OFFICE for title in titles for w in title.lower().replace("-", " ").split()):
            past.add(p.tokens[-1])
            continue  # "former president Eduard Shevardnadze": not the holder the article means
        titles = [title for title in titles if not _OFFICE_QUALIFIERS & set(title.lower().split())]
        # a title of another office right before the name ("Constitutional Affairs Minister David Lammy")
        # dates the article but is not the office described
        otherwise = any(_is_title(title.split()[-1]) and head not in title.lower().split() for title in titles)
        (others if otherwise else named).append((p.name, titles))
    full = {name.split()[-1] for name, _ in named + others}
    surnames = sorted({m.group(2) for m in _TITLED_SURNAME.finditer(text)} - full - past)
    return among(role_text, named, surnames, others) if named or surnames else None


_PAST_OFFICE = frozenset(LEXICON.past_office_words)
# How many words before a name may be its title: "Deputy Prime Minister John Prescott" and a verb.
_TITLE_WORDS = 4
# A surname the article writes after an honorific or title only: "Mr Saakashvili", "Lord Falconer"
_TITLED_SURNAME = re.compile(
    r"\b(" + "|".join(sorted((re.escape(w.capitalize()) for w in HONORIFICS | set(TITLES)), key=len, reverse=True))
    + r")\.?\s+([A-Z][\w'’-]+)\b(?!\s+[A-Z])"
)


def _titles_before(text: str, person: Person) -> list[str]:
    """The words written right before each mention of the person's full name, in its clause: the
    titles the article gives them ("Home Secretary" for "... said Home Secretary Charles Clarke")."""
    out = []
    for m in _re.finditer(r"(?<![\w'’-])" + re.escape(person.name) + r"(?![\w'’-])", text):
        clause = _re.split(_CLAUSE_BREAK, text[max(0, m.start() - 80) : m.start()])[-1]
        words = clause.split()[-_TITLE_WORDS:]
        if words:
            out.append(" ".join(words))
    return out


_CLAUSE_BREAK = r"[.,;:!?()\n" + re.escape("".join(sorted(ALL_MARKS))) + r"]"
_DOUBLE_MARKS = ALL_MARKS - SINGLE_MARKS


def _inside_quote(text: str, at: int) -> bool:
    """Whether offset ``at`` falls inside double quotation marks: the last mark before it in its paragraph
    opens a quote. A mark opens when a word follows it right away ('"We want'); one that closes follows
    the words ('refuge." Mr Blair'). Counting marks would not do: a quote running on over paragraphs
    the BBC files have run together opens again and again without closing."""
    start = text.rfind("\n", 0, at) + 1
    last = max((i for i in range(at - 1, start - 1, -1) if text[i] in _DOUBLE_MARKS), default=-1)
    if last < 0:
        return False
    if text[last] != STRAIGHT_DOUBLE:
        return text[last] in DOUBLE_PAIRS  # a curly or angled mark opens or closes by its shape
    after = text[last + 1 : last + 2]
    return bool(after) and not after.isspace() and (last == start or not text[last - 1].isalnum())


def _is_particled(word: str) -> bool:
    """A surname that opens with a lowercase particle and a hyphen: "al-Dabbagh", "bin-Talal"; or with a
    particle joined to it in lower case, then a capital and a lower-case letter: "Leonardo diCaprio" (BBC
    entertainment/355), "deVos" (lexicon ``joined_surname_particles``). Not "macOS", "iPhone": no lower-case
    letter after the capital, or no particle."""
    particle, hyphen, rest = word.partition("-")
    if hyphen:
        return particle.lower() in _PARTICLES and rest[:1].isupper()
    joined = _re.match(r"([a-z]+)[A-Z][a-z]", word)
    return joined is not None and joined.group(1) in _JOINED_PARTICLES


def _is_name_word(t: str) -> bool:
    # a nationality may be a surname ("Mr Irish", "Dawn French"); it only ends a name run
    return (
        (_is_cap(t) or _is_particled(t)) and not _is_title(t, roles=False, nations=False, library=False)
        and t not in NOT_NAME_WORDS and t not in POST_NOMINALS and not _is_hyphened_description(t)
    )


# a given name of two syllables joined by a hyphen, the second in lower case: "Hau-yip", "Jong-un", "Mong-koo"
_SYLLABIC_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,3}")


def _syllabic_given_name(toks: list[str], i: int) -> bool:
    """"Cheuk Hau-yip, the commander of Kowloon West district", "Kim Jong-un": a Chinese or Korean given name
    written after the surname is a name word, though it looks like "Tory-led" or "US-born" (which describe,
    and are never the head of a mention after a surname)."""
    return i > 0 and bool(_SYLLABIC_GIVEN_NAME.fullmatch(toks[i])) and _is_name_word(toks[i - 1])


def _honoured_nationality(toks: list[str], i: int) -> bool:
    """"Mr German", "Ms French": a nationality right after an honorific is a surname (a nationality is never
    addressed so), the one word of the name the honorific gives."""
    return i > 0 and toks[i].lower() in _NATIONALITIES and toks[i - 1].lower().rstrip(".") in HONORIFICS


def _is_hyphened_description(word: str) -> bool:
    """"Oscar-winner", "Paris-based", "Man-of-the-match": a capitalised compound with a lowercase part
    describes someone; every part of a hyphenated name is capitalised ("Kilroy-Silk", "Jean-Pierre")."""
    return any(part[:1].islower() for part in word.split("-")[1:])


def _is_surname_title(toks: list[str], i: int) -> bool:
    """Whether ``toks[i]`` is a title used as a surname: "Mervyn King", "Mr King"."""
    if i < 1 or toks[i].lower() not in SURNAME_TITLES or not _is_cap(toks[i]):
        return False
    before = toks[i - 1]
    return before.lower() in HONORIFICS or (
        _is_name_word(before) and before.lower() not in DEMONYMS and not before.isupper()
    )


def _is_title(word: str, *, roles: bool = True, nations: bool = True, library: bool = True) -> bool:
    """A word that stands before a name without being part of it: a title ("Senator",
    "Administrator", "Baroness": the lexicon's and, with ``library``, nameparser's), a role
    noun ("Referee"), a nationality ("Australian"), or a hyphenated title ("Vice-President",
    "Under-Secretary")."""
    low = word.lower()
    if _is_listed_title(low, library) or (nations and low in DEMONYMS) or (roles and low in ROLE_NOUNS):
        return True
    last = low.rpartition("-")[2]
    return last != low and (_is_listed_title(last, library) or last in ROLE_NOUNS)


def _is_listed_title(low: str, library: bool = True) -> bool:
    return low in TITLES or (library and low in LIBRARY_TITLES)


def _continues_office(words: list[tuple[str, int]], i: int) -> bool:
    """Whether the capitalised run at ``words[i]`` goes on an office's title written
    before it, so that its first words are the office's, not the person's:
    "Secretary of State for Wales Peter Hain", "Chancellor of the Exchequer Gordon
    Brown", "Minister for Children, Young People and Families Margaret Hodge"."""
    j = i - 1
    if j < 0 or words[j][0].lower() not in _TITLE_LINKS:
        return False
    before = words[j - 1][0] if j > 0 else ""
    if words[j][0].lower() == "and" and not (_is_cap(before) and not _is_title(before, roles=False, library=False)):
        return False  # "the Prime Minister and George W Bush": two people, not a department's name
    for w, _ in reversed(words[max(0, i - 10) : i]):
        if (_is_title(w, library=False) or w.lower() in ORG_NOUNS) and _is_cap(w):
            return True  # an office's title, or a body's name: "University of Texas Arlington Amneh Jafari"
        if not (_is_cap(w) or w.lower() in _TITLE_LINKS):
            return False
    return False


def _name_length(run: list[str]) -> int:
    """How many of a run's last words are the name: two, or three with a middle
    initial ("George W Bush"), or what follows an organisation's noun, from its first given name on when it
    has one: "Director of Government Affairs Phil Smith" is Phil Smith, the office's words ("Affairs") before
    him no part of his name."""
    for k in range(len(run) - 2, -1, -1):
        if run[k].lower() in ORG_NOUNS or run[k].lower() in PARTY_NOUNS:
            after = run[k + 1 :]
            given = next((n for n, word in enumerate(after[:-1]) if _is_given_name(word)), 0)
            return max(2, len(after) - given)
    middle = run[-2].rstrip(".")
    return 3 if len(middle) == 1 and len(run) >= 3 else 2


_GOVERNING = frozenset(LEXICON.governing_words)
_TITLE_LINKS = frozenset(LEXICON.title_links)


def _links_a_name(word: str) -> bool:
    """A lowercase word inside a name or an office's title: "Bank of England", "von der Leyen"."""
    return word in _TITLE_LINKS or word in _PARTICLES


_NAME_MONTHS = frozenset(LEXICON.name_months)


def _trailing_name(toks: list[str]) -> list[str]:
    """The personal name a mention ends with: two or more name words, or one after an
    honorific ("Mr Kemp"); an organisation's name ("Human Rights Watch") is none."""
    if not toks:
        return []
    if toks[-1] in _NAME_MONTHS and len(toks) >= 2 and _is_name_word(toks[-2]):
        names = _name_run(toks[:-1], toks[-2].lower()) + [toks[-1]]
    elif _is_name_word(toks[-1]):
        names = _name_run(toks, toks[-1].lower())
    else:
        return []
    if not names or toks[-len(names):] != names:
        return []
    if len(names) < 2 and not (len(toks) >= 2 and toks[-2].lower() in HONORIFICS):
        return []
    inside = [k for k, t in enumerate(names) if t.lower() in ORG_NOUNS or t.lower() in ROLE_NOUNS]
    if inside and len(names) - inside[-1] - 1 >= 2:
        names = names[inside[-1] + 1 :]  # "CEO of the Refugee Council Enver Solomon": the name after the body's
    elif inside or all(t.isupper() for t in names):
        return []
    return names


def _is_title_word(t: str) -> bool:
    low = t.lower()
    return _is_listed_title(low) or low in ROLE_NOUNS or t == "'s" or (t.isupper() and len(t) > 1)


def _name_is_apposed(toks: list[str], start: int) -> bool:
    """Whether the name at ``toks[start:]`` is the person the mention describes, set
    after their role ("Labour's deputy minister for women Jacqui Smith"), rather than
    the object of a preposition ("a spokesman for the Tory leader Michael Howard") or
    another person joined by "and" ("the prime minister and his campaign boss Alan Milburn")."""
    for k in range(start):
        w = toks[k].lower()
        if w in _PAIR_QUANTIFIERS:
            return False
        # "and" inside an office's name joins capitalised words: "Trade and Industry Secretary"; between
        # two roles of one person it joins descriptions ("former coach and former test player John
        # Bracewell"), but not before someone else's ("the prime minister and his campaign boss")
        if w in _COORDINATORS and not (k > 0 and _is_cap(toks[k - 1]) and _is_cap(toks[k + 1])) and not (
            _joins_roles(toks, k) or _joins_descriptions(toks, k, start)
        ):
            return False
    i = start - 1
    if i < 0:
        return True
    if _is_title_word(toks[i]):
        # the title the name carries, back to where it starts: "for EU Justice Commissioner
        # Franco Frattini", but "Commission for Racial Equality chairman Trevor Phillips"
        while i >= 0:
            w = toks[i]
            if _is_title_word(w) or _is_cap(w):
                i -= 1
            elif w.lower() in _TITLE_LINKS and i > 0 and _is_cap(toks[i - 1]):
                i -= 1
            else:
                break
        if i < 0:
            return True
    word = toks[i].lower()
    if word in _DETERMINERS and i > 0:
        i -= 1
        word = toks[i].lower()  # "for the Tory leader Michael Howard"
    if word in _COORDINATORS and _joins_governed_names(toks, i):
        return False  # "the Tory MP for Sleaford and North Hykeham": the second name is the place's too
    return word not in _GOVERNING or _office_of_body_before(toks, i, start)


def _joins_governed_names(toks: list[str], k: int) -> bool:
    """Whether the coordinator ``toks[k]`` joins a name to capitals a preposition governs: "MP for Sleaford
    and North Hykeham", "a spokesman for Smith and Jones"; both names are the preposition's."""
    i = k - 1
    while i >= 0 and _is_cap(toks[i]):
        i -= 1
    return i < k - 1 and i >= 0 and toks[i].lower() in _GOVERNING


def _office_of_body_before(toks: list[str], of: int, start: int) -> bool:
    """"the vice president and chairman of Chrysler LLC Jim Press": a role "of" a body whose name ends
    with an organisation's noun ("LLC", "Council", "Corp") right before the name; the body's name ends
    there, so the name after it is the role holder's, not the object of the "of"."""
    return (
        toks[of].lower() == "of" and of > 0 and toks[of - 1].lower() in ROLE_NOUNS
        and toks[start - 1].lower().rstrip(".") in ORG_NOUNS
    )


def _joins_roles(toks: list[str], k: int) -> bool:
    """Whether the coordinator ``toks[k]`` joins two descriptions of one person: a role word before
    it (or a compound that describes someone: "Leading China-watcher, and founder of ..."), and after it
    lowercase words with no determiner or possessive up to another role word."""
    if k == 0 or (toks[k - 1].lower() not in ROLE_NOUNS and not _is_hyphened_description(toks[k - 1])):
        return False
    for t in toks[k + 1 :]:
        low = t.lower()
        if _is_cap(t) and low not in ROLE_NOUNS:
            return False  # "the prime minister and George W Bush"; "president and CEO" joins two roles
        if low in _DETERMINERS or low in _STOP:
            return False  # "and the chancellor"
        if low in ROLE_NOUNS:
            return True  # a gendered role is still a role: "vice president and chairman of Chrysler LLC"
        if low in GENDER_WORDS:
            return False  # "and his campaign boss"
    return False


def _joins_descriptions(toks: list[str], k: int, start: int) -> bool:
    """Whether the coordinator ``toks[k]`` joins two descriptions in lower case that run straight into the
    name at ``toks[start:]``: "Early retiree and self-made millionaire Grant Sabatier" is one person, whatever
    nouns describe them (``_joins_roles`` knows the lexicon's roles only); not a name before it ("Bush and
    adviser Karl Rove") nor an article, a possessive or a pronoun after it ("and his campaign boss")."""
    after = toks[k + 1 : start]
    if k == 0 or not toks[k - 1][:1].islower() or not after:
        return False
    return all(t[:1].islower() and t.lower() not in _STOP and t.lower() not in GENDER_WORDS for t in after)


def _name_before_apposition(text: str, head: str) -> list[str]:
    """"Jeremy Dear, NUJ General Secretary", "Mike German, leader of the Liberal Democrats in the assembly",
    "Yoo Ji-chang, governor of Korean Development Bank": a full name before the comma of its apposition, the
    parser's head its last word, is the speaker's name even when that word looks like no name ("Dear" opens
    letters, "German" is a nationality, "Ji-chang" has a part in lower case); ``_name_run`` would look past it
    for the last name word and take the office's body ("NUJ") for the speaker."""
    first, comma, _rest = text.partition(",")
    words = _clean_tokens(first)
    last = words[-1].lower() if words else ""
    if not comma or not 2 <= len(words) <= 3 or head not in (last, last.rpartition("-")[2]) or _is_name_word(words[-1]):
        return []
    if _is_post_nominal(words[-1]):
        return []  # "Philippe Sands QC, a member of ...": the letters are no name; the name run stops before them
    if not (_is_name_word(words[0]) and all(_is_cap(w) for w in words)) or _is_title(words[-1], nations=False) and (
        words[-1].lower() not in _NATIONALITIES
    ):
        return []
    return words


def _name_run(toks: list[str], head: str) -> list[str]:
    """The name in a mention: the run of capitalised words ending at the head
    ("Tulsa police Chief Chuck Jordan" -> Chuck Jordan), else the last such run
    ("Lavrov, the foreign minister" -> Lavrov)."""
    idx = _head_at(toks, head)
    if idx is None:  # the parser splits a hyphened name and heads it by its last part: "yip" of "Cheuk Hau-yip"
        idx = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].lower().endswith(f"-{head}")), None)
    while idx and toks[idx] in POST_NOMINALS:
        idx -= 1  # "Paul Boateng MP, Labour's Chief Secretary": the head is the MP
    if idx is None or not (
        _is_name_word(toks[idx]) or _is_surname_title(toks, idx) or _syllabic_given_name(toks, idx)
        or _honoured_nationality(toks, idx)
    ):
        idx = next((i for i in range(len(toks) - 1, -1, -1) if _is_name_word(toks[i])), None)
    if idx is None:
        return []
    lowered = [t.lower() for t in toks]
    start = idx
    while start > 0:
        prev = toks[start - 1]
        titled = _is_title(prev, nations=False)
        # "Democratic National Convention", "Fairford Coach Action"
        inside = titled and _title_inside_organisation_name(prev, toks[idx], toks[start - 2] if start > 1 else "")
        if (titled and not inside) or (prev.isupper() and len(prev.rstrip(".")) > 1 and not toks[idx].isupper()):
            break  # "Refugee Council Chief Executive Maeve Sherlock", "Labour MP Kate Hoey", "Vice-President X"
            # (a letter and a full stop is an initial, not an acronym: "James P. Kennedy Jr.")
        organisation = any(t.lower() in ORG_NOUNS for t in toks[start : idx + 1])
        if prev.lower() in _NATIONALITIES and idx - start >= 1 and not organisation:
            break  # "Kenyan Bernard Lagat", but "Swiss Re" and "Korean Development Bank" are names whole
        if _is_name_word(prev) or inside or (prev.endswith(".") and len(prev) <= 2):
            start -= 1
        elif prev in ("'s", "’s") and start > 1 and toks[start - 2].lower() in _NAME_POSSESSORS:
            start -= 2  # "the People's Daily": the possessive is inside the name
        elif _is_particle(lowered, start - 1):
            # "Ursula von der Leyen", "Charles de Gaulle", "Sophie in 't Veld": particles between name words
            k = start - 1
            while k > 0 and _is_particle(lowered, k - 1):
                k -= 1
            if k > 0 and _is_name_word(toks[k - 1]):
                start = k
            elif k == 0 and _is_cap(toks[0]):
                start = 0  # "said Van der Vaart": the particle opens the name, capitalised
            else:
                break
        else:
            break
    return toks[start : idx + 1]


def _head_at(toks: list[str], head: str) -> int | None:
    """Where the parser's head is in the mention: its last writing, but "Ray Rae Marshall of the James Marshall
    Hendrix Foundation" is headed by the first "Marshall", as a noun is never inside the preposition's phrase
    that follows it; the body's name there holds the same word."""
    at = [i for i, t in enumerate(toks) if t.lower() == head]
    if not at:
        return None
    if len(at) > 1 and any(t.lower() in _GOVERNING for t in toks[at[0] + 1 : at[-1]]):
        return at[0]
    return at[-1]


def _title_inside_organisation_name(word: str, head: str, before: str = "") -> bool:
    """"The Democratic National Convention": a capitalised title that is no role ("Democratic", which stands
    before a person's name in "Democratic Sen. Tim Kaine") opens the name of a body that ends in a word no
    person's name ends in (issue 16, the round of seed 2076: it was "National Convention"). A role's title
    is inside such a name too when a word of the name stands before it: "Fairford Coach Action" is a campaign,
    not a coach called Action (issue 16, names70); "Coach Action" alone keeps its title."""
    if not (_is_cap(word) and head.lower() in _ORG_NAME_ENDINGS):
        return False
    return word.lower() not in ROLE_NOUNS or (_is_name_word(before) and not _is_title(before, nations=False))


_NAME_POSSESSORS = frozenset(LEXICON.name_possessors)
_GROUP_OPENERS = frozenset(LEXICON.group_openers)
_QUANTITY_HEADS = frozenset(LEXICON.quantity_heads)


def _counts_a_plural(toks: list[str], lowered: list[str], head: str) -> bool:
    """"A lot of the athletes", "a number of MPs": a noun of quantity with "of" and a plural after it
    counts people, whatever the parser takes for the head; never a name ("Lot of Poland")."""
    if head not in _QUANTITY_HEADS or _is_cap(toks[lowered.index(head)]) and lowered.index(head) > 0:
        return False
    at = lowered.index(head)
    rest = lowered[at + 1 :]
    if not rest or rest[0] != "of":
        return False
    last = rest[-1]
    return len(rest) >= 2 and _is_plural(last) and last.isalpha() and last not in DOCUMENT_HEADS and (
        not _is_cap(toks[-1]) or toks[-1][:-1].isupper()  # "a number of MPs"
    )


_FIGURE = re.compile(r"^\d[\d,.]*$")


def _counted_people(toks: list[str], lowered: list[str]) -> bool:
    """"36 people accused in connection with the blasts": a figure and people in the plural open the
    mention, whatever word after them the parser takes for the head."""
    return len(toks) > 1 and _FIGURE.match(toks[0]) is not None and (
        lowered[1] in GROUP_HEADS or (_singular(lowered[1]) in ROLE_NOUNS and toks[1].islower())
    )


def _joined_plural_nouns(toks: list[str], lowered: list[str]) -> bool:
    """"Airlines and aviation bodies have reacted": plural common nouns joined by "and", the first
    capitalised only because it opens the sentence (an organisation's noun or a role's plural, not a
    name such as "Reuters"), are several bodies with no name, a group."""
    if len(toks) < 3 or not any(t in _COORDINATORS for t in lowered) or not all(t.islower() for t in toks[1:]):
        return False
    first = lowered[0]
    if not toks[0][1:].islower() or not (first in ORG_NOUNS or _singular(first) in ORG_NOUNS | ROLE_NOUNS):
        return False
    # the last word of each conjunct, before each coordinator or comma and at the end
    ends = [w for w, nxt in zip(lowered, [*lowered[1:], ","]) if nxt in _COORDINATORS or nxt == ","]
    return all(_is_plural(w) for w in ends if w not in _COORDINATORS and w != ",")


def _average_share(lowered: list[str], head: str) -> bool:
    """"an average of 44% of respondents in each country", "An average of 10 percent of registered voters": an
    average that is a share of people, not the document "average" of a poll ("the Real Clear Politics average
    of recent polls")."""
    if head not in ("average", "averages") or head not in lowered:
        return False
    after = lowered[lowered.index(head) + 1 :]
    # the tokens drop "%", so "44% of" reads "44 of"; "an average of 10 recent polls" stays a document
    return len(after) >= 3 and after[0] == "of" and after[1][:1].isdigit() and after[2] in ("%", "percent", "of")


_SHARE_HEDGES = frozenset(LEXICON.share_hedges)
_SHARE_COUNTS = frozenset(LEXICON.share_counts)
_SHARE_FRACTIONS = frozenset(LEXICON.share_fractions)
_SHARE_NOUNS = frozenset(LEXICON.share_nouns)


def _opening_share(lowered: list[str]) -> bool:
    """"Six in 10 Republicans", "More than 6 in 10 Republicans", "Two-thirds of Democratic insiders", "Just
    over a quarter, 26 percent", "a high percentage of voters": a share of the people polled opens the mention,
    the poll's respondents, a group. The parser's head is then "10", "insiders" or "Republicans", which read as
    a count, a capitalised name ("Six") or a role ("voters" a person)."""
    at = 0
    while at < len(lowered) and lowered[at] in _SHARE_HEDGES:
        at += 1
    rest = lowered[at:]
    if _count_in_count(rest):
        return True
    if len(rest) > 2 and rest[1] in _SHARE_NOUNS and rest[2] == "of":
        return True  # "a high percentage of voters": one adjective before a share noun
    if not rest or rest[0].split("-")[-1] not in _SHARE_FRACTIONS | _SHARE_NOUNS:
        return False
    # "a quarter of", "two-thirds", "a quarter, 26 percent"; not "A third source" (a person)
    return len(rest) == 1 or rest[1] == "of" or _FIGURE.match(rest[1]) is not None


def _count_in_count(lowered: list[str]) -> bool:
    """"six in 10", "One in three", "three-in-five": one count in another."""
    def is_count(word: str) -> bool:
        return word in _SHARE_COUNTS or _FIGURE.match(word) is not None

    if lowered and lowered[0].count("-in-") == 1:
        return all(is_count(w) for w in lowered[0].split("-in-"))
    return len(lowered) > 2 and is_count(lowered[0]) and lowered[1] == "in" and is_count(lowered[2])


def _is_group(toks: list[str], head: str) -> bool:
    """"Analysts", "some economists", "Senior officials", "Many", "critics of the government",
    "researchers at BDO Stoy Hayward", "the authors": people in the plural, unnamed."""
    if head == "%":
        return True  # "about 28% of the bosses polled": a share of people, as "percent" (the parser's head)
    toks = _hyphened_head_apart(toks, head)
    lowered = [t.lower() for t in toks]
    if _average_share(lowered, head) or _opening_share(lowered):
        return True
    if len(lowered) > 1 and lowered[0] in _GROUP_OPENERS:
        return True  # "those present": the parser's head is "present"
    if head not in lowered:
        return False
    if _counts_a_plural(toks, lowered, head):
        return True  # "A lot of the athletes said": the parser's head is "lot"
    if _counted_people(toks, lowered):
        return True  # "36 people accused in connection with the blasts": the parser's head is "accused"
    if _industry_as_people(toks, lowered, head) or _people_by_modifier(toks, head):
        return True  # "Republican establishment figures": people, not the figures of a document
    toks = _without_place_of_plural(toks, lowered.index(head))
    word = toks[lowered.index(head)]
    plural_role = head.endswith("s") and head[:-1] in ROLE_NOUNS and not _is_cap(word)
    # "The Israelis", "Britons", "the Italians": people of a nation
    nationals = head.endswith("s") and head[:-1] in _NATIONALITIES
    # "the manufacturers", "Other companies", "Politicians in Germany": any plural noun with no name
    plural = _is_plural(head) and not _is_cap(word) and head not in DOCUMENT_HEADS and head not in ORG_NOUNS
    # "Russian media reported": a collective noun in lower case, with no name after it
    after = toks[lowered.index(head) + 1 :]
    collective = head in _COLLECTIVE and word.islower() and not any(_is_cap(t) for t in after)
    # "Republicans and lobbyists close to President Bush": plural sources joined by "and"
    plural_head = _is_plural(head) and "'" not in head and "’" not in head
    joined = plural_head and (head in PARTY_NOUNS or not _is_cap(word)) and any(
        t.lower() in _COORDINATORS for t in toks[: lowered.index(head) + 2]
    )
    return (
        head in GROUP_HEADS or plural_role or nationals or joined or collective or _joined_plural_nouns(toks, lowered)
        or _people_of_a_thing(lowered, head)
        or (plural and not any(_is_cap(t) for t in toks[1:]))
        or (plural and head[:-1] not in DOCUMENT_HEADS and _capitals_only_qualify(toks, lowered.index(head)))
    )


def _hyphened_head_apart(toks: list[str], head: str) -> list[str]:
    """"Fact-checkers soon noted that": the parser's head is the lower-case tail of a hyphened word, which the
    mention's words keep whole; split there, the head is read as in "Fact checkers". A capitalised tail
    ("Coca-Cola") is not the lower-case head, and a singular one ("the Gloucester fly-half", BBC sport/369) is
    no plural of people: both stay whole."""
    if not _is_plural(head) or head in (t.lower() for t in toks):
        return toks
    for at, tok in enumerate(toks):
        before, hyphen, tail = tok.rpartition("-")
        if hyphen and before and tail == head:
            return [*toks[:at], before, tail, *toks[at + 1 :]]
    return toks


_PEOPLE_OF_A_THING = frozenset(LEXICON.people_of_a_thing)


def _people_of_a_thing(lowered: list[str], head: str) -> bool:
    """"the operators of the Suprnova site", "the makers of Manhunt": people named in the plural by the thing
    they run or make, "of" right after them; the thing's capitals name no one of them."""
    at = lowered.index(head)
    return head in _PEOPLE_OF_A_THING and lowered[at + 1 : at + 2] == ["of"]


_GROUP_PLACE_PREPOSITIONS = frozenset(LEXICON.group_place_prepositions)


_INDUSTRY_HEADS = frozenset(LEXICON.industry_heads)


def _industry_as_people(toks: list[str], lowered: list[str], head: str) -> bool:
    """"according to the record industry", "the music industry said", "The global entertainment industry": a
    trade as a whole, in lower case with no name in it, is its people, a group (not one organisation with no
    name); "the Confederation of British Industry" is a name."""
    return head in _INDUSTRY_HEADS and lowered[-1] == head and all(t.islower() for t in toks[1:])


def _without_place_of_plural(toks: list[str], at: int) -> list[str]:
    """"Policy makers in Europe", "European firms with secondary listings in New York": the capitals of where a
    plural's people are, after "in", "at" or "from" past the plural, name no one; the mention is read without
    them. Not a name right after the plural ("analysts Gartner" is the firm)."""
    if _singular(toks[at].lower()) in DOCUMENT_HEADS:
        return toks  # "forecasts from the Ministry of Commerce", "estimates from India": documents, by an issuer
    cut = next((i for i in range(at + 1, len(toks)) if toks[i].lower() in _GROUP_PLACE_PREPOSITIONS), None)
    return toks if cut is None else toks[:cut]


_EXAMPLE_OPENERS = frozenset(LEXICON.example_openers)


def _capitals_only_qualify(toks: list[str], at: int) -> bool:
    """"the Huaral programme promoters say": capitals before a plural in lower case that only qualify it, a
    place or a project, with no name after the plural ("analysts Gartner" is the firm) but examples ("even
    Macintosh support sites such as Mac News"), and no owner before it ("Mr Forsythe's opening comments")."""
    before, after = toks[:at], toks[at + 1 :]
    low = [t.lower() for t in after]
    for i, word in enumerate(low):  # "support sites such as Mac News": a name after is an example of the plural
        if word in _EXAMPLE_OPENERS or (word == "such" and low[i + 1 : i + 2] == ["as"]):
            after = after[:i]
            break
    return (
        any(_is_cap(t) for t in before[1:]) and not any(_is_cap(t) for t in after)
        and not any(_is_possessive(t) or t in ("'s", "’s") for t in before)
    )


# Who issued a document, when its mention says: "a report by the Times of Zambia",
# "a Dec. 23 letter from House Representative David Wu", "PC World's recent analysis".
# "the instructions on Microsoft's website": the site's owner issued what it carries.
# "The Wrap's report" opening a sentence names its issuer too ("the Bank of Mexico's figures" with the words
# of its name); an acronym after that "The" ("The NAO's annual report") is left to the rules that find the
# name it stands for.
_SITES = "|".join(re.escape(h) for h in LEXICON.site_nouns)
_ISSUER = re.compile(  # an owner's word may come between: "A statement from the band's record company Universal"
    _COMMISSIONED_NOUNS + r"(?![^\n]*\bby\b)" + _FOR_CLIENT + r"|"
    r"\b(?:by|from)\s+(?:the\s+)?(?:[a-z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<after>[A-Z][\w&.'’/-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+|&\s+)?[A-Z][\w&.'’/-]*)*)"
    r"|^(?:the\s+|The\s+(?![A-Z]+['’]))?(?P<before>[A-Z][\w&.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w&.-]*)*)['’]s?\s"
    r"|" + _IN_OUTLET.format(head=_PUBLISHED)
    + r"|\bon\s+(?:the\s+)?(?P<site>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s?\s+(?:" + _SITES + r")\b"
)


_TITLED_DOCUMENT_HEADS = frozenset(LEXICON.titled_document_heads)


def _titling_issuers(toks: list[str], text: str) -> str | None:
    """"a Suffolk University/Boston Globe Poll", "a national USA TODAY/Suffolk University Poll": the names an
    article writes before a capitalised "Poll", as its title, are its pollsters, slash and all (the whole run,
    not "Boston Globe Poll" as an organisation's name). Not a person's surname ("referee Graham Poll"), nor
    a word set before it by a headline's capitals ("New Poll Shows ...")."""
    at = next((i for i, t in enumerate(toks) if t in _TITLED_DOCUMENT_HEADS), None)
    start = at or 0
    while start > 0 and _is_cap(toks[start - 1]) and toks[start - 1] not in NOT_NAME_WORDS:
        start -= 1
    run = toks[start:at]
    # an opening word before the names ("a", "an", "A"): with none, the capitals may be a headline's; a given
    # name first is a person's ("Graham Poll", whom the parse may also have read "Morning Consult Poll" as)
    if not run or start == 0 or given_name_gender(run[0]) or not _may_be_issuer(run):
        return None
    return _written_run(" ".join(run), toks[at], text)


def _written_run(run: str, head: str, text: str) -> str:
    """The words of ``run`` as ``text`` writes them before ``head``, slashes kept ("Suffolk University/Boston
    Globe", whose tokens lose the slash); the run itself when the text spaces them otherwise."""
    found = re.search(r"[\s/]+".join(re.escape(w) for w in run.split()) + r"(?=\s+" + re.escape(head) + r"\b)", text)
    written = found.group(0) if found else run
    return written if re.sub(r"[\s/]+", " ", written) == run else run


_DOCUMENT_HEADS_WITH_ISSUER = frozenset(LEXICON.document_heads_with_issuer)
_DOCUMENT_TITLE_HEADS = frozenset(LEXICON.document_title_heads)


def _is_document(toks: list[str], head: str, index: NameIndex) -> bool:
    """"the report", "new figures", "a study by Gartner"; not a name that ends in such a
    word ("Jupiter Research", "Dimension Data") nor a person's surname ("Poll said")."""
    if head in _DOCUMENT_HEADS_WITH_ISSUER:
        return _issuer_follows_noun(toks, head)
    if head in _DOCUMENT_COLLECTION_HEADS:
        return _collects_documents(toks, head)
    if head not in DOCUMENT_HEADS or _people_by_modifier(toks, head) or _persons_own(toks, head, index):
        return False
    words = [t for t in toks if t.lower() == head]
    if not words or not _is_cap(words[0]):
        return True
    at = toks.index(words[0])
    if _titling_issuers(toks, index.text):
        return True  # "a Suffolk University/Boston Globe Poll": a poll titled by its pollsters
    if at > 0 and _is_cap(toks[at - 1]) and toks[at - 1] not in NOT_NAME_WORDS and words[0] in _DOCUMENT_TITLE_HEADS:
        return True  # "the Digital Life Index": a title's last word, not a body's ("Index on Censorship")
    if at > 0 and _is_cap(toks[at - 1]) and toks[at - 1] not in NOT_NAME_WORDS:
        return False  # a name's last word: "Jupiter Research", "Pew Research"
    if at + 1 < len(toks) and (toks[at + 1] == "&" or _is_cap(toks[at + 1])):
        return False  # a name's first word: "Cable & Wireless and NTL have announced", "Research In Motion"
    return at == 0 and not index.by_last(words[0])  # "Figures show", unless someone is called Poll


_PERSONS_OWN_HEADS = frozenset(LEXICON.persons_own_heads)


def _persons_own(toks: list[str], head: str, index: NameIndex) -> bool:
    """"Her story has highlighted concerns amongst the growing blogging community": a noun that is a person's own
    case when a person owns it (lexicon ``persons_own_heads``), right after "his" or "her", is no document; "a
    story by the website Politico says" and "a BBC story claiming" (an outlet's) stay documents. Not after a
    name's "'s": "Andrew Gilligan's story about the Iraq weapons dossier" (BBC) is a reporter's text."""
    lowered = [t.lower() for t in toks]
    if head not in _PERSONS_OWN_HEADS or head not in lowered or lowered.index(head) == 0:
        return False
    return lowered[lowered.index(head) - 1] in _PERSONAL_POSSESSIVES


_PEOPLE_NOUNS_AFTER = LEXICON.people_nouns_after


def _people_by_modifier(toks: list[str], head: str) -> bool:
    """"Republican establishment figures ... suggested", "leading figures in the party said": a document's
    noun that is people after one of its words (lexicon ``people_nouns_after``); "Official figures suggested"
    and "Figures released on Tuesday" stay documents."""
    after = _PEOPLE_NOUNS_AFTER.get(head, ())
    lowered = [t.lower() for t in toks]
    return head in lowered and any(w in after for w in lowered[: lowered.index(head)])


# "the report by the UN Economic Commission for Europe and the International Federation of Robotics": a second
# body after the first's full name
_SECOND_ISSUER = re.compile(r"\s+and\s+the\s+[A-Z]")


def _issuer(text: str, at: int, index: NameIndex) -> str | None:
    """The issuer a document's mention names, as the article names them in full; None when it names none, ""
    when it names two."""
    found = _ISSUER.search(text)
    if found and found.group("before") and any(t in NOT_NAME_WORDS for t in found.group("before").split()):
        # a date before the noun ("Last April's report by the Electoral Commission"): the issuer may follow
        found = _ISSUER.search(text, found.end()) or found
    if not found:
        return None
    if found.group("after") and _SECOND_ISSUER.match(text, found.end("after")):
        return ""  # two bodies, each with its article, issued it together: no one issuer
    if found.group("client") and found.group("client").split()[0] in NOT_NAME_WORDS:
        found = _ISSUER.search(text, found.end()) or found  # "figures for December released by the ONS"
    run = (
        found.group("client") or found.group("after") or found.group("outlet") or found.group("before")
        or found.group("site")
    ).split()
    if run[-1].endswith(("'s", "’s", "'", "’")) or any(
        t in NOT_NAME_WORDS and t.lower() not in HONORIFICS for t in run
    ):
        return None  # someone else's ("evidence from Jessy's maid"), or a date ("Last April's report")
    if all(t in _DOCUMENT_MEDIA for t in run):
        return None  # "A campaign TV ad": the medium, not the issuer
    if found.group("before") and len(run) == 1 and run[0].lower() in ORG_NOUNS - _OUTLET_NAME_WORDS:
        # "The Government's report": a body described, not named ("The Wrap's report" is named); "The Bank's
        # minutes" after "the Bank of England": the short form of the one name the article opens with it
        # "The Commission's decision" after "the European Commission": the one name it ends
        return _full_name_headed_by(run[0], index.text) or _sole_name_ending_in(run[0], index.text, at)
    place = found.group("client") or found.group("after") or found.group("outlet")
    if place and (_is_place_word(place) or place in _US_STATES):
        # "Reports from Russia", "reports in China", "Exit polls from the New Hampshire primary": where they come
        # from, not who issued them
        return None
    while len(run) > 1 and run[0] != _unowned(run[0]) and _is_place_word(_unowned(run[0])):
        run = run[1:]  # "an investigation by the UK's Office of Fair Trading": where it is, not its name
    toks = list(run)
    while toks and (_is_listed_title(toks[0].lower().rstrip(".")) or toks[0].lower() in ROLE_NOUNS):
        toks = toks[1:]  # "House Representative David Wu", "Mr Crosby"
    if "of" in toks[2:4]:
        # "a 2018 survey by Penelope Muse Abernathy of the University of North Carolina": a person and where
        # they work; the person is the issuer ("Bank of England" is one name: no person before its "of")
        person = _match_name(toks[: toks.index("of")], at, index)
        if person is not None and _person_or_organisation(person, index.text) == "person":
            return person.name
    if toks and len(toks) <= 3:
        # one word: a surname, or one the article misspells here ("Mr Peston's book" by Robert Preston)
        person = _match_name(toks, at, index)
        if person is not None:
            return person.name
    return " ".join(run)  # an organisation keeps its words: "the Home Office", "General Motors"


_DOCUMENT_COLLECTION_HEADS = frozenset(LEXICON.document_collection_heads)
_DOCUMENT_COLLECTION_CONTENTS = frozenset(LEXICON.document_collection_contents) | DOCUMENT_HEADS


def _collects_documents(toks: list[str], head: str) -> bool:
    """"The next series of emails", "a large body of work": a noun of a collection in lower case, "of" right
    after it and a document's noun last, is that document (lexicon ``document_collection_heads``); "a body of
    experts" and "the Body Shop" are not."""
    lowered = [t.lower() for t in toks]
    at = lowered.index(head) if head in lowered else -1
    return (0 <= at < len(toks) - 2 and toks[at].islower() and lowered[at + 1] == "of"
            and lowered[-1] in _DOCUMENT_COLLECTION_CONTENTS)


def _issuer_follows_noun(toks: list[str], head: str) -> bool:
    """"a paper from the left-leaning Brookings Institution": a noun that is a document only with its issuer
    (lexicon ``document_heads_with_issuer``), in lower case with "from" or "by" right after it and a capital
    further on; "the paper said" alone is a newspaper's."""
    lowered = [t.lower() for t in toks]
    at = lowered.index(head) if head in lowered else -1
    return (0 <= at < len(toks) - 2 and toks[at].islower() and lowered[at + 1] in ("from", "by")
            and any(_is_cap(t) for t in toks[at + 2 :]))


# "the Bank of England", "the Commission for Racial Equality": an organisation's noun with "of" or "for"
# and capitals after it, the name a short form ("the Bank") takes up; one inside a longer name ("Royal Bank
# of Scotland", a capital other than "The" before it) is left out by _full_name_headed_by
_HEADED_NAME = r"(?<![\w&.'’-])(?P<word>{word})\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*"


def _full_name_headed_by(word: str, text: str) -> str | None:
    """The organisation the article names in full with ``word`` opening its name ("Bank of England" for
    "the Bank"), when it names exactly one such; None when it names none or several (never invented)."""
    found = set()
    for m in _re.finditer(_HEADED_NAME.format(word=re.escape(word)), text):
        before = text[: m.start()].split()[-1:]
        if before and _is_cap(before[0]) and before[0].lower() not in _STOP:
            continue  # "Royal Bank of Scotland": a longer name the word is inside of
        found.add(m.group())
    return found.pop() if len(found) == 1 else None


_SINGULAR_S = frozenset(LEXICON.singular_s_words)
_SINGULAR_ROLES = ROLE_NOUNS - frozenset(LEXICON.plural_role_nouns)


def _is_plural(head: str) -> bool:
    return head.endswith("s") and head not in _SINGULAR_S and head not in _SINGULAR_ROLES


def _title_gender(titles: list[str]) -> str | None:
    """The gender the titles before a name give it ("Mrs. Clinton": "f"), None when they give none."""
    return next((g for t in titles if (g := TITLES.get(t.lower()))), None)


def _match_name(names: list[str], at: int, index: NameIndex, *, gender: str | None = None) -> Person | None:
    """The person the name ``names`` (its titles left off) at offset ``at`` is; a surname two people share
    goes to the one known to be of the title's ``gender`` ("Mrs. Clinton" is not Bill Clinton, though the
    article named him last)."""
    if len(names) >= 2:
        full = index.find(" ".join(names))
        if full is not None:
            return _nearest(_ending_with(names, index), at) or full  # "Mr Duncan Smith": Iain Duncan Smith
        # words of a title or an organisation the run took in: "Commons Oliver Heald"
        # (not a dateline's capitals: "LOS ANGELES --" names nobody)
        if not any(t.isupper() and len(t.rstrip(".")) > 1 for t in names):  # ("James B. Comey" has an initial)
            for k in range(1, len(names) - 1):
                shorter = index.find(" ".join(names[k:]))
                if shorter is not None:
                    return shorter
        if names[0].lower() in _PARTICLES:  # "De Blasio said", opening a sentence: Bill de Blasio
            return _nearest(_ending_with(names, index), at)
        cands = index.by_last(names[-1])
        cands = [p for p in cands if p.tokens[0].lower() == names[0].lower()] or []
        return _nearest(cands, at)
    word = names[0]
    cands = index.by_last(word) or _by_given_name(word, index) or _misspelt(word, at, index)
    if gender:
        # only a person the title's gender is known of wins: a gender learnt from a wrong earlier reading
        # ("Mr. Khan" taken for Ghazala Khan when the article never names the father) rules no one out
        cands = [p for p in cands if pronoun_gender(p) == gender] or cands
    if len(cands) > 1:
        cands = [p for p in cands if not _introduced_as_kin(p, index.text)] or cands
        return _nearest_holding_apposition(cands, at, index.text)
    return _nearest(cands, at)


# what may stand between a name and another written inside its apposition: a comma, then a few words of
# description with no second comma nor a sentence's end ("Patricia Smith, mother of Benghazi victim Sean Smith")
_APPOSITION_TO = re.compile(r",[ \t]+[^,.;:!?\n" + _DOUBLE + r"]{1,60}[ \t]$")


def _nearest_holding_apposition(cands: list[Person], at: int, text: str) -> Person | None:
    """"Patricia Smith, mother of Benghazi victim Sean Smith, rejected Clinton's claim. ... Smith said" is
    Patricia Smith: of people sharing a surname, the one named last before ``at`` (as ``_nearest``), a
    mention written inside another's apposition counting as the holder's, the one the sentence is about, not
    the one the apposition names (PolNeAR train, the round of seed 2127)."""
    last: list[tuple[int, Person]] = []
    for person in cands:
        own = [q for q in person.positions if q <= at]
        held = [q for q in own if _holder_of(q, person, cands, text) is None]
        holding = [q for other in cands if other is not person for q in other.positions if q <= at
                   and _holder_of(q, other, cands, text) is person]
        last.append((max(held + holding, default=-1), person))
    best = max(last, key=lambda x: x[0])
    return best[1] if best[0] >= 0 else _nearest(cands, at)


def _holder_of(at: int, person: Person, cands: list[Person], text: str) -> Person | None:
    """The one of ``cands`` whose apposition holds ``person``'s mention at ``at``, if any: the apposition
    closes right after the name (a comma or the sentence's end), so the name is no subject of its own
    ("front-runner Hillary Clinton, former president Bill Clinton said": Bill Clinton speaks) and no first of
    two ("the daughter of Bill Clinton and Hillary Clinton")."""
    if text[at + len(person.name) : at + len(person.name) + 1] not in (",", ".", ";", ")"):
        return None
    return next((
        other for other in cands if other is not person
        and any(a < at and _APPOSITION_TO.match(text, a + len(other.name), at)
                and " and " not in text[a:at] for a in other.positions)
    ), None)


# a relation, its comma, and a few words of description right before a full name: "her husband, former
# President Bill Clinton", "at the urging of his wife, Jane Sanders", "the daughter of former Vice President"
_KIN_BEFORE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(LEXICON.kin_before_names, key=len, reverse=True)))
    + r")s?(?:[ \t]+of)?,?(?:[ \t]+[\w'’-]+){0,4}?[ \t]+$"
)


def _introduced_as_kin(person: Person, text: str) -> bool:
    """Whether the article first names ``person`` as someone's relative ("her husband, former President Bill
    Clinton", "she vented to her husband, Frank Fiorina"): a surname written alone after that is the one
    the article is about, whose relative they are, however recently the relative was named ("Clinton is
    already receiving criticism ... Clinton said during the debate" is Hillary Clinton; PolNeAR train)."""
    first = min(person.positions)
    return _KIN_BEFORE.search(text, max(0, first - 60), first) is not None


def _by_given_name(word: str, index: NameIndex) -> list[Person]:
    """The people whose first name is ``word``; none when the word opens several names and is no given name
    ("Ford" before "Ford Taurus" and "Ford Explorer"): a maker's name before its products, not someone's
    ("Nicolas Anelka" and a run "Nicolas Anelka I" are one name); nor when it opens the name of a thing
    (lexicon thing_nouns) that nothing shows a person's: "Orange" before "Orange Smartphones"."""
    found = index.by_first(word)
    if _is_given_name(word):
        return found
    if len({p.tokens[1] for p in found}) >= 2:
        return []
    # the words the article writes after it, in the index or not ("Nissan Connect", "Nissan North America Inc."):
    # a maker's name opens several names, a person's first name one ("Xi Jinping"); only a name the article
    # shows an organisation's may be it then ("Axa Sun Life"), no product's taken for a person's
    if len(_capitals_after(word, index.text)) >= 2:
        found = [p for p in found if _person_or_organisation(p, index.text) == "org"]
    # nor of a thing's name: "Microsoft" is no first name of "Microsoft Word", nor "Orange" of "Orange Smartphones"
    return [p for p in found if p.tokens[-1].lower() not in THING_NOUNS or _is_person_for_sure(p)]


def _capitals_after(word: str, text: str) -> set[str]:
    """The capitalised words the text writes right after ``word`` ("Connect", "North", "Sales" after "Nissan")."""
    return {m.group(1) for m in _matches_after(word, _CAPITAL_AFTER, text, "'’-")}


_CAPITAL_AFTER = re.compile(r"[ \t]+([A-Z][\w'’-]*)")


def _ending_with(names: list[str], index: NameIndex) -> list[Person]:
    """"Mr Duncan Smith" is Iain Duncan Smith, "Van der Vaart" Rafael van der Vaart: the people whose full
    name ends with a surname of several words."""
    low = [t.lower() for t in names]
    return [
        p for p in index.people if len(p.tokens) > len(low) and [t.lower() for t in p.tokens[-len(low) :]] == low
        and all(_is_name_word(t) for t in p.tokens[: -len(low)])
    ]


def _misspelt(word: str, at: int, index: NameIndex) -> list[Person]:
    """The one person named before whose surname the article misspells here: "Ms Bauchtman" for Lydia
    Buchtmann, "Daveport" for Lindsay Davenport, "Bryne went on to say" for Gary Byrne; a slip or two apart
    (one in a short name, ``_slips``), same first letter."""
    if len(word) < 5 or not _is_cap(word):
        return []
    allowed = 1 if len(word) < 8 else 2
    near = {
        p.name: p for p in index.people
        if p.tokens[-1][:1] == word[:1] and 0 < _slips(p.tokens[-1], word) <= allowed
        and min(p.positions) < at
    }
    return list(near.values()) if len(near) == 1 else []


def _slips(a: str, b: str) -> int:
    """How many typing slips part two words, without case: a letter missed, added or changed, and also two
    neighbouring letters swapped ("Bryne" for Byrne, "Keidis" for Kiedis) or the wrong one of two letters
    doubled ("Labbot" for Labott), each of which is one slip of the hand though two letters differ."""
    a, b = a.lower(), b.lower()
    if a != b and len(a) == len(b) and _undoubled(a) == _undoubled(b):
        return 1
    if abs(len(a) - len(b)) > 2:
        return 3
    # optimal string alignment: Levenshtein's table plus a swap of neighbours for one
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            best = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, rows[-2][j - 2] + 1)
            row.append(best)
        rows.append(row)
    return rows[-1][-1]


def _undoubled(word: str) -> str:
    """The word with each run of one letter written once: "labbot" and "labott" are both "labot"."""
    return re.sub(r"(.)\1+", r"\1", word)


def person_named(text: str, head: str | None, at: int, index: NameIndex) -> Person | None:
    """The person a name mention stands for, if the article names one: "Mr Howard"
    and "Howard" are Michael Howard; "New York" is nobody."""
    toks = _clean_tokens(text)
    if not toks:
        return None
    names = _name_run(toks, (head or toks[-1]).lower())
    return index.find(text) or (_match_name(names, at, index) if names else None)


def _nearest(cands: list[Person], at: int) -> Person | None:
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    before = [(max((p for p in c.positions if p <= at), default=-1), c) for c in cands]
    best = max(before, key=lambda x: x[0])
    if best[0] >= 0:
        return best[1]
    return min(cands, key=lambda c: min(c.positions))


def _match_role(
    words: list[str], at: int, index: NameIndex, *, head: str | None = None, head_only: bool = True
) -> Person | None:
    content = [w for w in words if w not in _STOP]
    if not content:
        return None
    # the description's head, not its last word: "the chairman of the Conservative Party" is no one whose
    # role holds "party" ("Keir Starmer, a senior Labour Party figure"); the head alone does not match
    # when words follow it ("the new health minister for Wales" is not "First Minister Rhodri Morgan")
    head = head if head in content else content[-1]
    # a place holds no person's role, whatever words a misread apposition gave it: "bar Muslims from entering
    # the United States, a top Clinton aide rallied supporters" (the aide is the clause's subject)
    people = [p for p in index.people if not _qualified_apart(content, p) and not _is_place_word(p.name)]
    cands = [p for p in people if all(w in p.roles for w in content)]
    if not cands and head_only:  # not for "a spokesman": someone unnamed unless tied to a name by the text
        cands = [p for p in people if p.offices and _fits_written_office(content, p.offices, head)]
    if not cands and head_only and (head == content[-1] or _names_a_seat(words, head)):
        own = _capitalised_qualifiers(content, head, at, index.text)
        cands = [p for p in people if head in p.roles and not _placed_apart(own, p)]
    return _nearest_by_surname(cands, at, index.text)


def _capitalised_qualifiers(content: list[str], head: str, at: int, text: str) -> set[str]:
    """The words before a description's head that the article writes with capitals there ("the New Jersey
    governor": new, jersey): a place, a party or a body saying whose office it is, not "former" or "veteran".
    Not an owner before a possessive ("Donald J. Trump's newly installed campaign chief": whose chief, not
    which office) nor initials ("DNC chair", which the person's role may spell out)."""
    written = text[at : at + 120].split()
    owned = [k for k, w in enumerate(written) if w.endswith(("'s", "’s"))]
    written = written[owned[-1] + 1 :] if owned else written
    capitalised = {w.strip(".,;:'’").lower() for w in written if w[:1].isupper() and not _is_acronym(w.strip(".,;:"))}
    return {w for w in content if w != head and w in capitalised}


def _placed_apart(own: set[str], person: Person) -> bool:
    """"the New Jersey governor" is not "Ohio Gov. John Kasich": the description's own capitalised qualifier
    and the person's are different ones (each has words the other lacks), so they hold two offices of one name
    (PolNeAR train, the round of seed 2078: Kasich was given Christie's words). Titles and role nouns ("gov",
    "governor") are no qualifier."""
    theirs = person.roles - ROLE_NOUNS - set(TITLES) - own
    return bool(own - person.roles) and bool(theirs)


def _nearest_by_surname(cands: list[Person], at: int, text: str) -> Person | None:
    """Of several people a description fits, the one the article wrote last before it, by full name or by
    a surname that is no other's of them: "Republican Gov. Eric Holcomb ... Kentucky GOP Gov. Matt Bevin
    ... Teachers didn't see Holcomb ... The governor said" is Holcomb, talked of since Bevin was named."""
    if len(cands) < 2:
        return _nearest(cands, at)
    surnames = [_surname(c.tokens) for c in cands]
    best = None
    for c, surname in zip(cands, surnames):
        written = _surname_mentions(surname, text, at) if surnames.count(surname) == 1 else []
        last = max([p for p in c.positions if p <= at] + written, default=-1)
        if last >= 0 and (best is None or last > best[0]):
            best = (last, c)
    return best[1] if best is not None else _nearest(cands, at)


_SEAT_HOLDERS = frozenset(LEXICON.seat_holders)


def _names_a_seat(words: list[str], head: str) -> bool:
    """Whether the words after a member's head are the seat: "the Labour MP for Birkenhead" is the one the
    article calls an MP ("Frank Field MP"), whatever the constituency's words."""
    at = words.index(head) if head in words else -1
    return head in _SEAT_HOLDERS and 0 <= at < len(words) - 1 and words[at + 1] == "for"


_OFFICE_QUALIFIERS = frozenset(LEXICON.office_qualifiers)


def _qualified_apart(content: list[str], person: Person) -> bool:
    """"the prime minister" is not "Deputy Prime Minister John Prescott": a qualifier in the person's role
    words that the description lacks makes theirs an office of its own (as ``_fits_written_office`` reads
    offices written in lower case). So does the first word of a compound office (lexicon ``compound_offices``):
    "the minister" is not "First Minister Jack McConnell"."""
    if (person.roles & _OFFICE_QUALIFIERS) - set(content):
        return True
    return any(second in content and first in person.roles - set(content) for first, second in _COMPOUND_OFFICES)


_COMPOUND_OFFICES = [tuple(office.split()) for office in LEXICON.compound_offices]


def _fits_written_office(content: list[str], office: set[str], head: str | None = None) -> bool:
    """"the mayor" fits "London mayor Ken Livingstone"; "the Tory leader" does not fit "Liberal
    Democrat leader Charles Kennedy" (each has a qualifier the other lacks), nor does "the chancellor"
    fit "shadow chancellor Oliver Letwin" (an office of its own)."""
    qualifiers = {w for w in office if _OFFICE_QUALIFIERS & set(w.split("-"))}  # "ex-Conservative chancellor"
    if (head or content[-1]) not in office or qualifiers - set(content):
        return False
    return not (set(content) - office) or not (office - set(content) - ROLE_NOUNS)


_PEERAGE = frozenset(LEXICON.peerage)
_SOVEREIGNS = frozenset(LEXICON.sovereigns)
# How far back a definite description looks for the person it describes: about a sentence.
_DESCRIBED_WITHIN = 250


def _just_named(
    words: list[str], head: str, at: int, index: NameIndex, *, roleless: bool, sure: bool = True
) -> Person | None:
    """The person a definite description takes up from the sentence before: "Labour
    backbencher Stephen Pound labelled the schemes 'a pile of pants'. The MP for Ealing
    North claimed ..." is Stephen Pound. The latest person named within about a sentence,
    passing over anyone the article gives another office ("Tony Blair, the prime
    minister" is not "the Tory leader"). Someone the article gives no office fits only a
    description that ``roleless`` allows, as in ``_sole_compatible``; ``sure`` passes over names
    the article does not show to be a person's."""
    if head in _SOVEREIGNS:
        return None  # "the Queen" is not whoever the last sentence named
    content = {w for w in words if w not in _STOP}
    # an organisation's common noun is no shared office: "The chairman of the Conservative Party" is not
    # "Keir Starmer, a senior Labour Party figure" named just before
    shared = content - ORG_NOUNS
    gender = GENDER_WORDS.get(head)
    recent = []
    for person in index.people:
        if gender and ((person.gender or gender) != gender or person.honoured - {gender, None}):
            continue  # "the chairwoman" is not Mr Pound
        if sure and not _is_person_for_sure(person):
            continue
        pos = max((p for p in person.positions if p < at), default=-1)
        if pos >= 0 and at - pos <= _DESCRIBED_WITHIN and not _told(index.text, pos) and not _of_someone(
            index.text, pos, person.name
        ):
            recent.append((pos, person))
    for _, person in sorted(recent, key=lambda r: -r[0]):
        offices = person.roles & ROLE_NOUNS
        if offices and head not in offices and not (person.roles & shared):
            continue
        if _qualified_apart(sorted(content), person):
            continue  # "the prime minister" is not the deputy prime minister named before
        if person.roles & content & ORG_NOUNS and not person.roles & shared:
            continue  # someone of another body of that kind: "a senior Labour Party figure"
        if _closes_fronted_phrase(index.text, pos, person.name, at):
            continue  # "Echoing the new US Secretary of State Condoleezza Rice, the prime minister said": not Rice
        if roleless or person.roles & shared:
            return person
    return None


def _told(text: str, at: int) -> bool:
    """Whether the name at ``at`` is the hearer of a verb of telling (lexicon ``hearer_verbs``): "Tony Blair
    has dismissed reports he told Gordon Brown he would quit. '...,' the prime minister told" is Blair,
    the one telling, not Brown, named last."""
    before = text[max(0, at - 30) : at].split()[-1:]
    word = before[0].lower() if before else ""
    return FORM_TO_LEMMA.get(word, word) in HEARER_VERBS


def _closes_fronted_phrase(text: str, at: int, name: str, described: int) -> bool:
    """Whether the name at ``at`` ends a phrase before its sentence's subject, the description at ``described``:
    "Echoing the new US Secretary of State Condoleezza Rice, the prime minister said" (as ``_apposition_after``
    reads it)."""
    end = at + len(name)
    return text.startswith(name, at) and not text[end:described].strip(" ,") and text.startswith(",", end) and (
        _sentence_start(text, at) < at
    )


def _of_someone(text: str, at: int, name: str) -> bool:
    """Whether the name at ``at`` is governed by "of", past a description of their own in lowercase words and
    demonyms ("an ally of Tony Blair" may still be the one described next): "Mr Johnson,
    who was forced to apologise for an article about the death of British hostage Ken Bigley ... The
    Spectator editor told" is Johnson, not Bigley, the one talked of. Not "Chancellor of the Exchequer
    Gordon Brown", whose capitals are his title, nor a possessive, which "of" does not govern ("the end of
    Julian Assange's legal troubles ... The Wikileaks founder")."""
    if _is_possessive(text[at : at + len(name) + 2].split()[-1] if text.startswith(name, at) else ""):
        return False
    words = text[max(0, at - 60) : at].split()
    for k, word in enumerate(reversed(words[-3:])):
        if word == "of":
            return k > 0
        if not (word.islower() or word.lower() in DEMONYMS) or word[-1:] in ",.;:":
            return False
    return False


def _sole_compatible(words: list[str], index: NameIndex, *, roleless: bool = False) -> Person | None:
    """When the role is named nowhere, the one person who speaks and has no
    other role is the likeliest holder ("the NATO Secretary General" ... "said Jens Stoltenberg")."""
    content = {w for w in words if w not in _STOP}
    # a person whose known roles fit the description; one with no known role only when
    # the caller allows it ("the information commissioner" is not the prime minister
    # just because he is the one speaker named)
    speakers = [
        p
        for p in index.people
        if p.is_speaker_at and not (p.roles - content - _STOP) and (roleless or p.roles & content)
    ]
    return speakers[0] if len(speakers) == 1 else None


def _nearest_named(people: list[Person], gender: str | None, at: int, text: str) -> Person | None:
    """The person of ``people`` named last before offset ``at`` whose gender does not clash. A name inside
    quotation marks is passed over: '"Going to Pizza Express in Woking is an unusual thing for me to do,"
    he said' is not Pizza Express's, whom the quote talks of, but the person named before it. A surname
    written alone counts when no other of them has it: "Sondland, a wealthy hotelier Trump tapped ... Yet
    Sondland has already amended his testimony once — "I now do recall," he said" is Sondland, named in full
    before Trump was."""
    best = None
    for p in people:
        if gender and pronoun_gender(p) not in (gender, None):
            continue
        pos = _named_last_at(p, people, at, text)
        if pos >= 0 and (best is None or pos > best[0]):
            best = (pos, p)
    return best[1] if best else None


def _named_last_at(person: Person, people: list[Person], at: int, text: str) -> int:
    """Where ``_nearest_named`` finds ``person`` named last before ``at`` among ``people``, outside quotation marks
    (their surname alone counts when no other of them has it); -1 when nowhere."""
    surname = _surname(person.tokens)
    shared = sum(_surname(p.tokens) == surname for p in people) > 1
    alone = [] if shared else _surname_mentions(surname, text, at)
    return max((q for q in [*person.positions, *alone] if q < at and not _inside_quote(text, q)), default=-1)


def _surname_mentions(surname: str, text: str, at: int) -> list[int]:
    """Where ``surname`` is written as a word before ``at`` (a possessive too: "Holcomb's campaign"); not after
    an article, which makes it a modifier ("a Devon man"), nor right after a reporting verb, whose object it is
    ("Parry ... also admits Gerrard ... will have the final say. He told"): the one talked of, not the one
    talking."""
    written = re.escape(surname)
    if surname[:1].islower():
        # a surname with a lower-case particle is written with a capital too: "Leonardo diCaprio ... DiCaprio faces"
        written = f"[{surname[0]}{surname[0].upper()}]" + re.escape(surname[1:])
    word = _re.compile(r"(?<![\w'’-])" + written + r"(?![\w-])")
    found = []
    for m in word.finditer(text, 0, at):
        before = text[max(0, m.start() - 30) : m.start()].split()[-1:]
        low = before[0].lower() if before else ""
        if low in _DETERMINERS or low in _INDEFINITE or FORM_TO_LEMMA.get(low, low) in REPORTING_VERBS:
            continue
        found.append(m.start())
    return found


def _nearest_honoured(people: list[Person], gender: str | None, at: int, text: str) -> Person | None:
    """"Tony Blair and Gordon Brown ... which saw Mr Blair start in full irritation mode ... As he told
    journalists": before anyone has spoken, a surname with its honorific names the person as the full name
    does. The last sentence that names anyone decides, when it names someone so: the first person it names,
    its subject ("Mr Johnson was asked why Mr Smith had been allowed to resign. He replied" is Johnson).
    Only people whose surname is no one else's; None when that sentence names no one by an honorific."""
    named: list[tuple[int, bool, Person]] = []  # (offset, by an honorific, person)
    for p in people:
        if gender and pronoun_gender(p) not in (gender, None):
            continue
        if sum(q.tokens[-1] == p.tokens[-1] for q in people) > 1:
            continue
        named += [(q, False, p) for q in p.positions if q < at]
        if p.honoured:
            named += [
                (m.start(), True, p) for m in _HONORIFIC_BEFORE.finditer(text, 0, at) if m.group(2) == p.tokens[-1]
            ]
    if not named:
        return None
    start = _sentence_start(text, max(named, key=lambda n: n[0])[0])
    last_sentence = sorted((n for n in named if n[0] >= start), key=lambda n: n[0])
    if not any(honoured for _pos, honoured, _p in last_sentence):
        return None
    return last_sentence[0][2]


def _resolve_pronoun(
    low: str, at: int, index: NameIndex, history: list[tuple[int, str | None, str | None]]
) -> tuple[str | None, str | None]:
    if low in _UNRESOLVABLE:
        return None, "person"
    # "it" is an organisation's pronoun: the last organisation that spoke ("n" in the history),
    # never a person ("BA reported ... It said" is not its chief executive); so is the possessive of a
    # nominal claim ("MCI exited bankruptcy ... The bankruptcy followed its admission in 2002 that")
    gender = NEUTER if low in ("it", "its") else GENDER_WORDS.get(low)
    plural = low in _PLURAL_PRONOUNS  # "their claim that" is no one person's either
    passed = False  # whether a speaker after this one was passed over
    for pos, name, g in reversed(history):
        if pos > at:
            continue
        if plural:
            return None, "group"
        person = index.find(name) if name and g is None else None
        g = known_gender(person) if person is not None else g  # ("Paul Miller" spoke: no "she")
        if g is None and person is not None and passed:
            # past the last speaker the given name's birth counts tell the gender too: "Franklin Graham ...
            # vowed ... Swanson said ... J.K. Rowling's revelation that she always thought" is no "she" of his
            # (the last speaker keeps the benefit of the doubt: a "he" right after "Parul Jain said" is Parul)
            g = pronoun_gender(person)
        if (g == NEUTER) != (gender == NEUTER) or (gender and g and g != gender):
            passed = True
            continue
        if gender and gender != NEUTER and g is None and person is not None and _reads_as_organisation(person, index):
            # "With the number of people collecting Social Security projected to swell ... Mrs. Clinton sees
            # similar benefits. But while denouncing ..., she hasn't outlined": a name the article writes as an
            # organisation's or a thing's, however a verb credited it, is no "he" or "she"
            passed = True
            continue
        named = person or (index.find(name) if name else None)
        if named is not None and _named_later_in_pronouns_clause(at, named, index.text):
            passed = True
            continue
        if name is None and g == NEUTER:
            return None, "org"  # an organisation with no name spoke last: "the government said ... It pledged"
        if name is None:
            return _named_since_unnamed(pos, gender, at, index), "person"
        topic = _subject_resumed_since(named, pos, gender, at, index, history) if named is not None else None
        if topic is not None:
            return topic.name, "person"
        return name, ("org" if g == NEUTER else "person")
    if gender == NEUTER:
        return None, "org"
    # no speaker yet: the nearest person named before; someone the article shows to be a person
    # when there is one ("Factory Records boss Tony Wilson", not the band Joy Division named after).
    # Not a name that has spoken only as an organisation: "The group that owns most of her music, Big
    # Machine, says ... she described" is not Big Machine, however it is written later ("Big Machine have")
    spoke = _spoke_only_as_organisations(history)
    people = [
        p for p in index.people
        if not _spoke_only_as_org(p, spoke) and not _named_later_in_pronouns_clause(at, p, index.text)
        and not _named_only_in_lists(p, at, index)
    ]
    sure = [p for p in people if _is_person_for_sure(p)]
    # "linked with Spanish trio Real Madrid, Barcelona and Valencia": a name ending with a place is a club's;
    # one known by one name after a role ("midfielder Edu") comes last, as the index does not hold them;
    # a US state is no one ("in New Hampshire in 1992 ... He didn't mention" is not New Hampshire's)
    unsure = [p for p in people if not _is_place_word(p.tokens[-1]) and p.name not in _US_STATES]
    best = (
        _nearest_honoured(sure, gender, at, index.text)
        or _nearest_sure_agreeing(sure, people, gender, at, index.text)
        or _nearest_named(unsure, gender, at, index.text)
        or _nearest_named(list(_people_named_after_roles(index.text)), gender, at, index.text)
    )
    if best is not None and not plural:
        return best.name, "person"
    return None, ("group" if plural else "person")


# a paragraph that opens on a name, a title or a conjunction at most before it, and a lower-case verb after it:
# "Obama departs the UK for Germany today", "But President Obama has ..."
_PARAGRAPH_SUBJECT = re.compile(r"\n[ \t]*(?:[A-Z][\w.]*[ \t]+){0,3}?(?P<surname>[A-Z][\w’'-]+)(?=[ \t]+[a-z])")


def _subject_resumed_since(
    speaker: Person, spoke: int, gender: str | None, at: int, index: NameIndex,
    history: list[tuple[int, str | None, str | None]],
) -> Person | None:
    """"... her senior policy adviser, Jake Sullivan, said: "...". Obama departs the UK for Germany today, ...
    But he leaves behind a furious backlash against ... his warning that ...": a paragraph after the last
    speaker's that opens on another person of the pronoun's gender, one the article named before that speaker
    spoke, goes back to the article's subject, and a "he" after it is theirs, not the spokesman's quoted once.
    The last such paragraph before the pronoun wins. Left to the speaker: a name the article first gives there
    (someone new), a surname two people share ("Mr. Bush" of Jeb and George W. Bush, "Clinton" of Bill and
    Hillary), and a speaker the article names again after that paragraph opens, up to the pronoun's sentence's end
    ("Sanders let Kingson speak first, and then ... he spent"). The paragraph must be narration, ended before the
    pronoun and with no one speaking in it: "Mr Blair has failed to tackle these problems, he claimed" opens on
    what Michael Howard says of Blair (BBC politics/110)."""
    if gender not in GENDER_WORDS.values() or gender == NEUTER:
        return None
    text = index.text
    start = text.find("\n", spoke)
    if start < 0 or start >= at:
        return None
    for m in reversed(list(_PARAGRAPH_SUBJECT.finditer(text, start, at))):
        closes = text.find("\n", m.end()) % (len(text) + 1)  # the paragraph's end (the text's, for the last)
        spoken = any(m.start() <= pos < closes and (name or g not in (None, NEUTER)) for pos, name, g in history)
        if closes >= at or spoken:
            continue
        named = index.by_last(m.group("surname"))
        if len(named) != 1 or named[0] is speaker or pronoun_gender(named[0]) != gender:
            continue
        if not _surname_mentions(m.group("surname"), text, spoke):
            return None
        # up to the pronoun's sentence's end: "Asked if he thought ..., Devine responded" is the speaker's still
        ends = _SENTENCE_END_PAST_TITLES.search(text, at)
        again = [q for q in _surname_mentions(_surname(speaker.tokens), text, ends.end() if ends else len(text))
                 if q > m.start()]
        return None if again else named[0]
    return None


def _nearest_sure_agreeing(
    sure: list[Person], people: list[Person], gender: str | None, at: int, text: str
) -> Person | None:
    """The nearest person named for sure; but when nothing tells that one's gender, a nearer full name whose given
    name the hand lists give the pronoun's gender outranks them: "Nominees in the best actress category include
    Charlize Theron for Monster, Ziyi Zhang ... DiCaprio faces competition from .... The crowd screamed when he
    arrived. "...," he told the BBC" is Leonardo DiCaprio, not Ziyi Zhang, whom the misread list gives the role
    "actress" and whose given name no list holds (BBC entertainment/355). Only then: a sure person whose gender
    agrees keeps the pronoun, and a sure person of no told gender keeps it from a name their last sentence goes on to
    give, or a possessive ("Clinton's performance")."""
    found = _nearest_named(sure, gender, at, text)
    if found is None or not gender or gender == NEUTER or known_gender(found) is not None:
        return found
    agreeing = [
        p for p in people if len(p.tokens) > 1 and known_gender(p) == gender and not _is_place_word(p.tokens[-1])
    ]
    nearer = _nearest_named([*sure, *agreeing], gender, at, text)
    if nearer is None or nearer is found:
        return found
    # a name the sure person's own sentence goes on to give is in passing: "Former Rep. Chris Shays (R-Conn.) was pro
    # John Kasich while the Ohio governor was in the running, he said" is Shays (PolNeAR train, huff-post 2016-08-10)
    candidates = [*sure, *agreeing]
    named_at = _named_last_at(nearer, candidates, at, text)
    if _sentence_start(text, named_at) <= _named_last_at(found, candidates, at, text):
        return found
    # nor is a possessive the one the sentence is about: '"...," Labbot said to Reines in compliments over Clinton's
    # performance. ... Minutes later, she sent an email' is not Hillary Clinton (PolNeAR train, west-journal 2015-11-25)
    return found if text[_CAPITALS.match(text, named_at).end() :].startswith(("'", "’")) else nearer


# what joins two names of a list: a comma or "and", then at most four words of description ("information
# officer", "former Navy SEALS") and no mark that ends or opens a clause
_LIST_GAP = re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:[\w.'’-]+[ \t]+){0,4}")


def _named_only_in_lists(person: Person, at: int, index: NameIndex) -> bool:
    """Whether every mention of ``person`` before ``at`` is one of a list of three names or more and the
    article never writes the surname alone: "the death of four Americans: U.S. Ambassador Chris Stevens,
    information officer Sean Smith, and former Navy SEALS Tyrone Woods and Glen Doherty" names victims, none
    of whom a "he wrote" with no man speaking before is (PolNeAR train, the round of seed 2127): no name is
    better than the first of a list."""
    before = [q for q in person.positions if q < at]
    if not before or not all(_in_list_of_names(q, person, index) for q in before):
        return False
    full = {q + len(person.name) - len(_surname(person.tokens)) for q in before}
    return not [q for q in _surname_mentions(_surname(person.tokens), index.text, at) if q not in full]


def _in_list_of_names(at: int, person: Person, index: NameIndex) -> bool:
    """Whether the name at ``at`` is linked to two others by commas or "and" (``_LIST_GAP``)."""
    spans = sorted((q, q + len(p.name)) for p in index.people for q in p.positions)
    k = spans.index((at, at + len(person.name))) if (at, at + len(person.name)) in spans else -1
    if k < 0:
        return False
    linked = 1
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(spans):
            left, right = (spans[j + step], spans[j]) if step < 0 else (spans[j], spans[j + step])
            if not _LIST_GAP.fullmatch(index.text, left[1], right[0]):
                break
            linked, j = linked + 1, j + step
    return linked >= 3


def _reads_as_organisation(person: Person, index: NameIndex) -> bool:
    """Whether the article writes a speaker's name as an organisation's, a programme's or an account's ("Social
    Security", "Mosul Eye"), not a person's; only what the article shows counts ("Luther Stan Pate IV", whose
    "IV" is a company word too, is a man's name)."""
    return not _is_person_for_sure(person) and _person_or_organisation(person, index.text) == "org"


def _named_later_in_pronouns_clause(at: int, person: Person, text: str) -> bool:
    """"During cross examination, he asked Mr Myers if ...", "He went on to call Cruz "the absolutely worst
    politician in Texas."", "in which he continued his assault on Mr. Bush, mocking ...": a person named after
    the pronoun in its own clause is someone else than the pronoun (a "he" cannot be a name its clause goes on
    to give), whoever spoke last or opened the sentence before. Only up to the clause's first comma, dash or
    subordinate word: past them the name may be the pronoun's own ("Asked if he thought ..., Devine
    responded", "He said the campaign's announcement, which ... Carson supporters"). Not a name opening a
    longer one ("at Trump Tower"), nor one joined to the pronoun ("he and Brafman had said")."""
    if _JOINED_TO_NEXT.match(text, at):
        return False
    ends = _SENTENCE_END_PAST_TITLES.search(text, at)
    clause = _CLAUSE_BREAK.split(text[at : ends.start() if ends else len(text)], maxsplit=1)[0]
    if person.tokens[-1] not in clause:
        return False  # most clauses name nobody: no pattern to build
    surname = re.escape(person.tokens[-1])
    # (not after an article either, an adjective at most between: "touting a Grayson for U.S. House campaign"
    # names a thing of his, "to see a new Gordon Brown" the pronoun's own new self)
    named = _re.compile(r"(?<=\W)" + surname + r"(?![\w'’-]|[ \t]+[A-Z])")
    return any(not _ARTICLE_BEFORE.search(clause[: m.start()]) for m in named.finditer(clause))


# a pronoun joined to a name: "he and Brafman had said"
_JOINED_TO_NEXT = re.compile(r"\w+[ \t]+(?:and|or|nor)\b")
# an article closing the words before a name, an adjective and given names at most between ("a new Gordon ")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+)*$")


# where a pronoun's own clause ends: a comma, colon, dash, bracket or quotation mark (a full stop the sentence
# reader misses before two apostrophes: "his book ''The Art of the Deal.'' Mr. Trump said"), or a word opening
# another clause
_CLAUSE_BREAK = re.compile(
    r"[,;:()]|" + "|".join(re.escape(t) for t in LEXICON.quote_tokens) + r"|\s[-–—]+\s|\b(?:"
    + "|".join(sorted(set(LEXICON.subordinating_words) | set(LEXICON.relative_pronouns)))
    + r")\b"
)


def _named_since_unnamed(since: int, gender: str | None, at: int, index: NameIndex) -> str | None:
    """"A Labour Party spokesman said ..., but he was unaware": a pronoun after an unnamed speaker ("a
    spokesman") is that speaker, nobody named, unless a later sentence names a person of that gender for
    sure ("a spokesman told the BBC. However Mr Mulligan was not convinced ..., he said")."""
    ended = _SENTENCE_END.search(index.text, since, at)  # not in the speaker's own sentence ("... for Mr Blair")
    between = index.text[ended.end() : at] if ended else ""
    named = [
        (between.rfind(p.tokens[-1]), p) for p in index.people
        if _is_person_for_sure(p) and (not gender or pronoun_gender(p) in (gender, None))
        and _re.search(r"\b" + re.escape(p.tokens[-1]) + r"\b(?!['’])", between)
    ]
    return max(named, key=lambda n: n[0])[1].name if named else None
