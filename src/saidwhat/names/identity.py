"""What a speaker mention may be, and the evidence that joins it to a person.

Owns three judgements the cross-article linker (``speakers.SpeakerLinker``) makes
before any id is given:

- ``speaker_kind``: whether a name stands for a person, an organisation or place
  ("White House", "Kremlin", "NATO", "Downing Street", "The Tories") or is junk
  ("None", "Until December Microsoft", "attempts");
- ``is_clean_alias``: whether a mention is fit to be shown as a person's alias, a
  noun phrase of at most ``MAX_ALIAS_WORDS`` words naming one person — not two
  people joined by "and", not a sentence, not a group;
- ``gender_cue``: the gender an honorific gives ("Mr Brown" is a man).

And the evidence vocabulary: each link records ``Evidence`` (a kind and what
supports it), ranked by ``EVIDENCE_STRENGTH`` so the weakest merges can be
reviewed. Pure functions over text and bundled data; no store, no state.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from ..across.text import fold, tokens
from ..extract import rules
from ..extract.lexicon import LEXICON
from .given import LISTED_GENDERS
from .world import read_table

__all__ = [
    "EVIDENCE_STRENGTH", "MAX_ALIAS_WORDS", "Evidence", "alias_gender", "gender_conflict", "gender_cue",
    "is_clean_alias", "joins_two", "name_conflict", "name_gender", "name_parts", "name_variant", "names_a_building",
    "nickname_variant",
    "pronoun_conflict",
    "pronoun_gender", "speaker_kind", "without_opener",
]

MAX_ALIAS_WORDS = 8

# How much each kind of evidence is worth, weakest first: a surname seen in the same
# outlet lately is a guess worth reviewing; the same full name is not.
EVIDENCE_STRENGTH: dict[str, int] = {
    "surname-seen": 0,     # a bare surname, one person of that surname seen in the outlet lately
    "surname-kb": 1,       # a bare surname the knowledge base knows as one person's
    "alias-in-article": 2,  # a surname or short form next to the full name in the same article
    "name-variant": 2,     # the same full name but for middle initials or a generational suffix
    "nickname-in-article": 2,  # a given name and its short form, both written in one article
    "office": 3,           # a role description, the holder of the office on the article's date
    "kb-name": 4,          # a name or alias of a person the knowledge base knows
    "full-name": 5,        # the same full name
    "split": 6,            # a reviewer's split rule
}


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a mention was joined to a person: ``kind`` (a key of ``EVIDENCE_STRENGTH``) and
    what supports it — the alias and the full name it was seen next to, the article, the
    office and its day, or the split rule."""

    kind: str
    alias: str | None = None
    name: str | None = None
    article: str | None = None
    office: str | None = None
    day: str | None = None
    rule: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__ if getattr(self, k) is not None}

    @classmethod
    def from_dict(cls, value: dict[str, Any]) -> Evidence:
        return cls(**{k: value.get(k) for k in cls.__slots__})


class _NotPeople(NamedTuple):
    """The word lists of ``data/across/not_people.toml``, folded, with the office-holder tables'
    organisations and countries."""

    orgs: frozenset[str]  # institutions and organisations, by their whole name
    countries: frozenset[str]
    place_heads: frozenset[str]
    org_heads: frozenset[str]
    org_openers: frozenset[str]
    not_given_names: frozenset[str]
    description_heads: frozenset[str]
    place_openers: frozenset[str]
    named_org_heads: frozenset[str]  # the lexicon's organisation_name_endings
    building_heads: frozenset[str]


@cache
def _not_people() -> _NotPeople:
    text = resources.files("saidwhat.data").joinpath("across/not_people.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    orgs = {fold(n) for n in data["institutions"]}
    orgs |= {fold(row["name"]) for row in read_table("organisations.csv")}
    countries = set()
    for row in read_table("countries.csv"):
        countries |= {fold(row["name_common"]), fold(row["name_official"])}
    lists = (frozenset(data[key]) for key in ("place_heads", "org_heads", "org_openers", "not_given_names",
                                              "description_heads", "place_openers"))
    # the extraction's list of organisations' last words, one list for both (lexicon/mentions.toml)
    named_org_heads = frozenset(fold(w) for w in LEXICON.organisation_name_endings)
    return _NotPeople(frozenset(orgs - {""}), frozenset(countries - {""}), *lists, named_org_heads,
                      frozenset(data["building_heads"]))


_THE = frozenset(LEXICON.determiners)
_NAME_MONTHS = frozenset(fold(m) for m in LEXICON.name_months)
# Words that are never part of a person's name once the leading titles are gone
# ("Until December Microsoft"): sentence openers, months and weekdays, pronouns.
_NEVER_IN_NAME = frozenset(fold(w) for w in rules.NOT_NAME_WORDS) - _NAME_MONTHS - rules.HONORIFICS
# Nouns that say what someone is, not who: "Analysts", "Critics", "Some".
# A title alone may be a surname ("King" for Mervyn King), so titles are left out.
_GENERIC = (rules.GROUP_HEADS | frozenset(LEXICON.plural_role_nouns) | rules.DOCUMENT_HEADS
            | rules.ROLE_NOUNS) - set(rules.TITLES)
_ORG_HEADS = rules.ORG_NOUNS | rules.PARTY_NOUNS | rules.THING_NOUNS
_PERSON_OPENERS = rules.HONORIFICS | frozenset(LEXICON.peerage) | frozenset(LEXICON.sovereigns)


def _words(text: str) -> list[str]:
    out = tokens(text)
    while out and fold(out[0]) in _THE:
        out = out[1:]
    return out


def _listed_kind(folded_name: str) -> str | None:
    """"place" for a country of the office-holder tables, "org" for a listed institution or organisation."""
    lists = _not_people()
    if folded_name in lists.countries:
        return "place"
    return "org" if folded_name in lists.orgs else None


def _firm_shaped(words: list[str], text: str) -> bool:
    """An acronym ("IBM", "GM", "NATO"), or a possessive name alone ("Foster's", "McDonald's",
    "Sainsbury's"): a firm's name, not a person's."""
    if all(w.isupper() and len(w) >= 2 for w in words):
        return True
    return len(words) == 1 and text.rstrip().endswith(("'s", "\u2019s"))


@lru_cache(maxsize=1024)  # linking asks it of a mention's name, its alias and its words after a role
def speaker_kind(text: str, extracted_type: str | None = None) -> str:
    """"person", "org" (an organisation, party or institution), "place", or "junk" (no name at all).

    The extraction's type wins when it says "org"; otherwise the name is read: a known
    institution, country or organisation, an acronym ("IBM", "NATO"), a name ending in an
    organisation's or place's head noun ("Deutsche Bank", "South China Sea") or opening with an
    outlet's word ("Daily Caller") is not a person; nor is a name opening with a word no given name
    is ("Like Corker"), which is junk."""
    words = _words(text)
    folded = [fold(w) for w in words]
    if not folded or not words[0][:1].isupper():
        return "junk"  # "attempts", "an advance text", "none"
    if len(folded) == 1 and (folded[0] in _GENERIC or folded[0] in _NEVER_IN_NAME or folded[0] == "none"):
        return "junk"
    known = _listed_kind(" ".join(folded))
    if known:
        return known
    if extracted_type == "org":
        return "org"
    if folded[0] in _PERSON_OPENERS:
        return "person"  # "Mr Bank", "Lord Chancellor"
    if any(f in _NEVER_IN_NAME and len(f) > 1 for f in folded):
        return "junk"  # "December Microsoft", "Until Friday"; an initial ("Charles A Blixt") is no word
    if _page_text(text.split()):
        return "junk"  # "Igor BobicFlagShareLikeReplyMari", "Clinton. Clinton"
    lists = _not_people()
    if len(folded) > 1 and folded[0] in lists.not_given_names:
        return "junk"  # "Like Corker", "See Sexton": a sentence's first word taken for a given name
    if _firm_shaped(words, text):
        return "org"
    if folded[-1] in lists.place_heads or (folded[0] in lists.place_openers and _name_only(words, folded)):
        return "place"
    if folded[-1] in _ORG_HEADS or (len(folded) > 1 and folded[-1] in lists.org_heads):
        return "org"  # "Watch" alone may be a surname
    if len(folded) > 1 and folded[0] in lists.org_openers and not _holds_given_name(folded[1:]):
        return "org"  # "Daily Caller", "Morning Consult Poll"; not "Daily News opinion editor Josh Greenman"
    if folded[-1] in lists.named_org_heads and _name_only(words, folded) and not _holds_given_name(folded[:-1]):
        return "org"  # "Gallup Poll", "Oxford Economics"; not "Graham Poll"
    if folded[-1] in lists.description_heads:
        return "junk"  # "Wisconsin Republican": someone described, not named
    return "person"


def names_a_building(text: str, known_surname: Callable[[str], bool]) -> bool:
    """"Trump Tower": two capitalised words, a surname ``known_surname`` knows (the knowledge base's
    people's) before a building's word (``building_heads``), name a place after someone, not a person.
    Not "Alexandra Tower, a spokeswoman for the North Carolina-based bank" (BBC): nobody known is
    surnamed Alexandra."""
    words = text.split()
    return (len(words) == 2 and all(w[:1].isupper() for w in words)
            and fold(words[1]) in _not_people().building_heads and known_surname(words[0]))


def _page_text(words: list[str]) -> bool:
    """Words no name is made of: a page's buttons run into a name ("Igor BobicFlagShareLikeReplyMari": a
    word of four capitals or more among small letters; "McDonald", "DeSantis", "VanderSloot" have two),
    or two sentences ("Clinton. Clinton": a full stop after a word of four letters or more, before
    another word, unless the word is a title, "Capt. Smith")."""
    for i, w in enumerate(words):
        # counted by ``map`` in C, not a generator a character (asked of every name a link meets first)
        if len(w) >= 5 and sum(map(str.isupper, w)) >= 4 and any(map(str.islower, w)):
            return True
        stem = w[:-1]
        if w.endswith(".") and i + 1 < len(words) and len(stem) >= 4 and stem.isalpha() \
                and fold(stem) not in rules.TITLES and fold(stem) not in rules.HONORIFICS:
            return True
    return False


def _name_only(words: list[str], folded: list[str]) -> bool:
    """Two capitalised words or more with no title among them: a name alone, not a description
    around a person's name ("New York Congressman Pete King", "San Diego chapter president Luis Osuna")."""
    return len(words) > 1 and all(w[:1].isupper() for w in words) and not any(
        f in rules.TITLES or f in rules.ROLE_NOUNS for f in folded)


def _holds_given_name(folded: list[str]) -> bool:
    """Whether a given name the lexicon lists is among the words: someone named after an
    organisation's name ("United Steelworkers Political Director Tim Waters")."""
    return any(w in LISTED_GENDERS for w in folded)


def without_opener(name: str) -> str:
    """The extraction's name without a first word that is no given name ("Like Corker" -> "Corker",
    "Even Lindsey Graham" -> "Lindsey Graham"): a sentence's first word read into the name."""
    words = name.split()
    if len(words) > 1 and fold(words[0]) in _not_people().not_given_names:
        return " ".join(words[1:])
    return name


@lru_cache(maxsize=1024)  # asked of every quote's mention as its article is linked, and again by ``alias_gender``
def gender_cue(mention: str) -> str | None:
    """"m" or "f" when the mention opens with a gendered honorific ("Mr", "Mrs", "Lady"). Not a
    pronoun: "he" is the extraction's reading of who spoke, which may be wrong."""
    words = _words(mention)
    first = fold(words[0]) if words else ""
    return rules.GENDER_WORDS.get(first) if first in rules.HONORIFICS else None


@lru_cache(maxsize=1024)  # asked of every quote linked to a person (``SpeakerRecord.add_quote``)
def alias_gender(alias: str) -> str | None:
    """The gender a person's alias teaches: an honorific before a full name ("Mrs Margaret
    Hollis"), where the name itself was matched. Read from the stored aliases too, so a link
    resumed in a new run knows what an uninterrupted one learnt."""
    words = _words(alias)
    return gender_cue(alias) if len(words) >= 3 and all(w[:1].isupper() for w in words) else None


# Given names of one gender, from the extraction's lexicon (which lists no name of both): the
# gender a full name gives when no honorific was seen with it ("Ivanka Trump", "Bill Clinton").
# Not the birth counts that pronoun agreement also reads (names/given.py): a mention is kept from a
# person only on evidence, and a count is no evidence: at its threshold one "Scooter" in twenty may be
# a woman, and a wrong conflict would split one person in two for good.
_GIVEN_NAME_GENDERS = LISTED_GENDERS


@lru_cache(maxsize=1024)  # asked of each candidate person a gendered mention may join
def name_gender(full_name: str) -> str | None:
    """"m" or "f" when a full name opens with a given name of one gender ("Ivanka Trump" is a
    woman); None for a surname alone or a given name the lexicon does not list."""
    words = _words(full_name)
    return _GIVEN_NAME_GENDERS.get(fold(words[0])) if len(words) > 1 else None


@lru_cache(maxsize=1024)  # asked of each quote's mention and the name the extraction gave it
def gender_conflict(mention: str, full_name: str) -> bool:
    """Whether the honorific of a mention bearing ``full_name``'s surname names someone of the other
    gender than the name's given name: "Mrs. Clinton" is not Bill Clinton, "Mr. Trump" not Ivanka
    Trump. Only the honorific's own surname counts: in "Ms Jowell's deputy, Richard Caborn" it is
    Jowell's, not the speaker's."""
    cue, given = gender_cue(mention), name_gender(full_name)
    if not cue or not given or cue == given:
        return False
    surname = fold(tokens(full_name)[-1])
    return surname in (fold(w) for w in _words(mention.split(",")[0])[1:])


@lru_cache(maxsize=1024)  # asked of each quote's mention and the name the extraction gave it
def pronoun_conflict(mention: str, full_name: str) -> str | None:
    """The pronoun's gender when a mention that is a gendered pronoun alone ("she", "He") was given a
    name of the other gender by its given name: "she" named Bill Clinton, "he" named Ivanka Trump.
    The pronoun is the article's own word; the name is the extraction's reading of whom it means,
    and here the two cannot both be right."""
    cue, given = pronoun_gender(mention), name_gender(full_name)
    return cue if cue and given and given != cue else None


@lru_cache(maxsize=1024)  # asked of each quote's mention
def pronoun_gender(mention: str) -> str | None:
    """"m" or "f" when the mention is a gendered pronoun alone ("He", "she")."""
    words = tokens(mention)
    return _PRONOUN_GENDERS.get(fold(words[0])) if len(words) == 1 else None


# The speaking pronouns that say a gender: "he", "she".
_PRONOUN_GENDERS = {w: g for w, g in rules.GENDER_WORDS.items() if w in rules.PERSON_PRONOUNS}

_COORDINATORS = frozenset(LEXICON.coordinators)
_NAME_LINKS = frozenset(LEXICON.title_links)
_PEERAGE = frozenset(LEXICON.peerage)


def name_conflict(mention: str, surname: str, full_name: str, *, across_articles: bool) -> str | None:
    """Why a mention bearing ``surname`` cannot be ``full_name``, or None.

    Another first name before the surname ("Antonio Reid" is not John Reid, "KK Mittal" is
    not Lakshmi Mittal); and, across articles, a peer's title the person does not bear
    ("Lord Browne" of BP is not Des Browne). Within an article the reporter's own "Lord
    Falconer" after "Charles Falconer" is trusted."""
    words = tokens(mention)
    folded = [fold(w) for w in words]
    key = fold(surname)
    if key not in folded:
        return None
    at = folded.index(key)
    full = [fold(w) for w in tokens(full_name)]
    before = words[at - 1] if at > 0 else None
    if before and before[:1].isupper() and fold(before) not in rules.TITLES and fold(before) not in _PEERAGE \
            and fold(before) not in rules.DEMONYMS and fold(before) not in _ORG_HEADS and full \
            and fold(before) not in _not_people().not_given_names \
            and fold(before) != full[0] and not (len(before) <= 2 and full[0].startswith(fold(before)[:1])):
        return f"{before} {surname} is not {full_name}: another first name"
    if across_articles and any(f in _PEERAGE for f in folded[:at]) and not any(f in _PEERAGE for f in full):
        return f"{mention!r} bears a peer's title {full_name} does not"
    return None


class NameParts(NamedTuple):
    """A full name's words, folded: the given name, the middle initials, the surname and a
    generational suffix ("jr", "iii"), "" where there is none."""

    given: str
    initials: tuple[str, ...]
    surname: str
    suffix: str
    middle_names: bool  # a middle word longer than an initial ("John Ellis Bush")


@lru_cache(maxsize=4096)  # asked of each full name linked, against each person of its surname
def name_parts(full_name: str) -> NameParts | None:
    """"James B. Comey Jr." -> ("james", ("b",), "comey", "jr"); None for fewer than two words."""
    words = [fold(w) for w in tokens(full_name.replace(".", " "))]
    suffix = words.pop() if len(words) > 2 and words[-1] in rules.LIBRARY_NAME_SUFFIXES else ""
    if len(words) < 2:
        return None
    middle = words[1:-1]
    return NameParts(words[0], tuple(m for m in middle if len(m) == 1), words[-1], suffix,
                     any(len(m) > 1 for m in middle))


def name_variant(one: str, other: str) -> bool:
    """Whether two full names may be one person's written with and without middle initials or a
    generational suffix: "Paul D. Ryan" and "Paul Ryan", "James B. Comey Jr." and "James Comey". The
    given name and the surname must be the same, the initials the same where both give some ("George
    H. W. Bush" is not "George W. Bush"), the suffixes too ("Charles Elliott Jr." is not "Charles
    Elliott III"). A middle name written in full is no initial: "James Andrew Miller" may not be the
    James Miller of another article. This is the names' agreement only: whether a suffix may be left
    out (Donald Trump Jr. is not Donald Trump) is the linker's to judge."""
    a, b = name_parts(one), name_parts(other)
    if a is None or b is None or a.middle_names or b.middle_names:
        return False
    if (a.given, a.surname) != (b.given, b.surname):
        return False
    if a.initials and b.initials and a.initials != b.initials:
        return False
    return not (a.suffix and b.suffix and a.suffix != b.suffix)


def nickname_variant(one: str, other: str) -> bool:
    """Whether two full names may be one person's written with a given name and a short form of it:
    "Charles Grassley" and "Chuck Grassley", "Sandra Paradis" and "Sandy Paradis" (the ``nicknames``
    package's hand-curated list of English names and their short forms). The surname, the initials and
    the suffix agree as in ``name_variant``. The names' agreement only, and no evidence on its own: Will
    and Fred are both short forms of Wilfred, and Gary is one of Garrett, so the linker joins two such
    names only where one article writes both (``SpeakerLinker._join_variants``)."""
    a, b = name_parts(one), name_parts(other)
    if a is None or b is None or a.middle_names or b.middle_names or a.given == b.given:
        return False
    if a.surname != b.surname or (a.initials and b.initials and a.initials != b.initials):
        return False
    if a.suffix != b.suffix:
        return False
    return b.given in _nicknames_of(a.given) or a.given in _nicknames_of(b.given)


@lru_cache(maxsize=1024)
def _nicknames_of(given: str) -> frozenset[str]:
    return frozenset(_nick_namer().nicknames_of(given))


@cache
def _nick_namer() -> Any:
    from nicknames import NickNamer  # read once, on the first two full names of one surname in an article

    return NickNamer()


def _one_person(part: list[str]) -> bool:
    """Whether the words on one side of "and" name someone: an honorific or title opening
    them, or capitalised words only with no title among them."""
    if not part:
        return False
    low = [fold(w) for w in part]
    while low and low[0] in _THE:
        low, part = low[1:], part[1:]
    if not low:
        return False
    if not all(w[:1].isupper() for w in part):
        return False  # "Secretary of State for Work": an office's name, not a person
    if low[0] in rules.HONORIFICS or low[0] in rules.TITLES:
        return True
    return not any(w in rules.TITLES or w in _ORG_HEADS for w in low)


# Words opening what follows "and" when it is more people than the one named before it:
# "Sanders and his supporters", "Mr. Xi and other leaders", "Clinton and leading Democrats".
_OTHERS_OPENERS = frozenset({"his", "her", "their", "its", "other", "leading", "fellow"})
# Words that gather the people before them: "Bernie Sanders and Ted Cruz both".
_TOGETHER = frozenset({"both", "all", "together"})
_SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "we"})


def _with_others(left: list[str], right: list[str]) -> bool:
    """A person or a pronoun, then "and" and a group or someone described through them: "She and
    her aides", "Mr Blair and his Chancellor", "Netanyahu and other right-wing Israeli leaders"."""
    if not right or fold(right[0]) not in _OTHERS_OPENERS:
        return False
    return (len(left) == 1 and fold(left[0]) in _SPEAKING_PRONOUNS) or _one_person(left)


# What a body of people ends in after "the": "the State Department", "the Cabinet", "the officials".
_BODY_HEADS = _ORG_HEADS | rules.GROUP_HEADS | frozenset(LEXICON.plural_role_nouns)


def _names_someone(words: list[str]) -> bool:
    """Someone named: a person's words alone, a description ending in a full name, or titles before
    a full name ("Australian Prime Minister John Howard")."""
    return (_one_person(words) or _ends_in_full_name(words)
            or (len(words) >= 3 and _one_person(words[-2:]) and any(fold(w) in rules.TITLES for w in words[:-2])))


def _name_and_body(left: list[str], right: list[str]) -> bool:
    """"Clinton and the State Department" (PolNeAR, Washington Post): a person and an institution or
    group speaking together, "the" opening what follows "and"."""
    return (len(right) >= 2 and fold(right[0]) in _THE and fold(right[-1]) in _BODY_HEADS
            and _names_someone(left))


def _name_and_described(left: list[str], right: list[str]) -> bool:
    """"Australian Prime Minister John Howard and federal industry minister Ian MacDonald" (Wikinews):
    a description in small letters ending in a full name after "and", someone else. Capitalised words
    after "and" are left to the other readings ("Trade and Industry Secretary Patricia Hewitt" is one)."""
    return (bool(right) and right[0][:1].islower() and _ends_in_full_name(right) and _names_someone(left)
            and _by_given_name(left))


def _by_given_name(words: list[str]) -> bool:
    """Whether words end in a full name opening with a listed given name: "Australian Prime Minister
    John Howard", not "Popular Christian" (and corporate speaker Lance Wallnau) nor "former
    Hewlett-Packard CEO" (and presidential candidate Carly Fiorina), one person each. A title and a
    name count too ("Rep. Todd Rokita")."""
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    return fold(words[-2]) in LISTED_GENDERS or (words[0][:1].isupper() and _titled(words))


def _and_another_apposed(mention: str) -> bool:
    """"Steve Linford, director of ... SpamHaus, and Graham Cluley, a senior technology consultant of
    Sophos" (Wikinews): after the first name's apposition, a part of its own holding "and" and a full name."""
    parts = [tokens(p) for p in mention.split(",")[1:]]
    # "and" and two or three capitalised words with no title: "and Graham Cluley"
    return any(3 <= len(p) <= 4 and fold(p[0]) in _COORDINATORS and _one_person(p[1:]) and not _titled(p[1:])
               for p in parts)


# Words opening examples of a group named before them: "the field's biggest hawks, like Rubio and Bush".
_EXAMPLE_OPENERS = frozenset(LEXICON.example_openers)


def _named_by_word(words: list[str]) -> bool:
    """Someone by the words alone: capitalised words with no title, opening with a listed given name
    or an honorific ("Lawrence Joyce", "Ms. Epstein", "David" before "and Jeanne Heidler")."""
    return (0 < len(words) <= 4 and _one_person(words)
            and (fold(words[0]) in LISTED_GENDERS or fold(words[0]) in rules.HONORIFICS))


def _pair_apposed(mention: str) -> bool:
    """"Two objectors, Lawrence Joyce and William Graham", "Henry Clay's biographers, David and Jeanne
    Heidler", "The three constitutional scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar" (PolNeAR): a
    part after a comma that is two people and nothing else. Each side must open with a listed given name
    or an honorific, so an office's or firm's words ("Ways and Means", "William and Flora Hewlett
    Foundation") never count; after "like" or "including" bare names are examples of a group ("the
    field's biggest hawks, like Rubio and Bush")."""
    for part in mention.split(",")[1:]:
        words = tokens(part)
        named = _named_by_word
        if words and fold(words[0]) in _EXAMPLE_OPENERS:
            words, named = words[1:], _one_person
        if any(i and fold(w) in _COORDINATORS and named(words[:i])
               and (named(words[i + 1 :]) or _couple(words[:i], words[i + 1 :]))
               for i, w in enumerate(words)):
            return True
    return False


def _couple(left: list[str], right: list[str]) -> bool:
    """A listed given name alone, "and", then a full name: "David and Jeanne Heidler", two people
    sharing a surname (the second given name need not be listed)."""
    return (len(left) == 1 and fold(left[0]) in LISTED_GENDERS
            and 2 <= len(right) <= 3 and _one_person(right))


def _pronoun_and_name(left: list[str], right: list[str]) -> bool:
    """"She and Jack Goldsmith, a Bush-era Justice official": a pronoun and someone named."""
    return len(left) == 1 and fold(left[0]) in _SPEAKING_PRONOUNS and _one_person(right)


def _without_together(words: list[str]) -> list[str]:
    """The words without the "both" or "all" around them ("both Mrs. Clinton and her campaign")."""
    while words and fold(words[0]) in _TOGETHER:
        words = words[1:]
    while words and fold(words[-1]) in _TOGETHER:
        words = words[:-1]
    return words


@lru_cache(maxsize=1024)  # asked of each mention linked, and again of each alias kept
def joins_two(mention: str) -> bool:
    """"Mr Blair and Mr Brown", "Tony Blair and Gordon Brown", "Holland and Ferguson", "Sanders and
    his supporters", "Bernie Sanders and Ted Cruz both": two people or more, not one. "Trade and
    Industry Secretary Patricia Hewitt" is one: the words before "and" are part of an office's
    name. A group after "and" counts only before an apposition's comma ("Prince Alwaleed, the
    nephew of the late King Abdullah and fellow real estate investor" is one)."""
    low = mention.lower()
    if not any(c in low for c in _COORDINATORS):
        return False  # no "and" or "or" anywhere: nearly every mention
    head = _without_together(tokens(mention.split(",")[0]))
    if any(fold(w) in _COORDINATORS and _with_others(head[:i], head[i + 1 :]) for i, w in enumerate(head) if i):
        return True
    if any(fold(w) in _COORDINATORS and (_names_after_description(head[:i], head[i + 1 :])
                                         or _pronoun_and_name(head[:i], head[i + 1 :])
                                         or _name_and_body(head[:i], head[i + 1 :])
                                         or _name_and_described(head[:i], head[i + 1 :]))
           for i, w in enumerate(head) if i):
        return True
    if _and_another_apposed(mention) or _pair_apposed(mention):
        return True
    # the whole mention, then its words before an apposition ("Khizr and Ghazala Khan, the Gold Star
    # parents whose ...")
    for words in (_without_together(tokens(mention)), head):
        for i, w in enumerate(words):
            if fold(w) not in _COORDINATORS or i == 0:
                continue
            left, right = words[:i], words[i + 1 :]
            if _one_person(left) and _one_person(right):
                if len(left) == 1 and any(fold(x) in rules.TITLES for x in right) and not _titled(right):
                    continue  # "Trade and Industry Secretary ...": an office's name
                return True
    return _listed(mention)


def _titled(words: list[str]) -> bool:
    """A title or honorific, then a name with no other title: "Sen. Bernie Sanders" is someone,
    whatever came before "and" ("Clinton and Sen. Bernie Sanders"), unlike "Industry Secretary
    Patricia Hewitt" or "Labour Minister Wolfgang Clement" (after "Economy and")."""
    folded = [fold(w) for w in words]
    return (len(folded) > 1 and (folded[0] in rules.TITLES or folded[0] in rules.HONORIFICS)
            and not any(f in rules.TITLES for f in folded[1:]))


def _names_after_description(left: list[str], right: list[str]) -> bool:
    """"Democratic presidential contenders Hillary Clinton and Bernie Sanders": a description, then a
    full name on each side of "and". Read before an apposition's comma only ("an adviser to President
    Bill Clinton and President Obama" describes one), and with two words at least after "and", so
    "Centers for Disease Control and Prevention" is one organisation."""
    return (_ends_in_full_name(left) and len(right) >= 2 and right[0][:1].isupper()
            and fold(right[0]) not in _THE and _one_person(right))


def _ends_in_full_name(words: list[str]) -> bool:
    """A description ending in a full name: "Democratic presidential contenders Hillary Clinton"
    (before "and Bernie Sanders"). Two capitalised words at least after the last lower-case one,
    so "Secretary of State for Work" (and Pensions) and "head of Marks" (and Spencer) are not."""
    tail: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        tail.insert(0, w)
    if not 2 <= len(tail) < len(words):
        return False
    # the description names people ("contenders", "leader"), not an organisation's name going on
    # ("Commission for Latin America", "think-tank Pew Internet")
    before = fold(words[-len(tail) - 1])
    return before not in _NAME_LINKS and before not in _ORG_HEADS and _one_person(tail)


def _bare_name(part: str) -> bool:
    """One to three capitalised words with no title among them: "Bush", "Chris Christie"."""
    words = _words(part)
    return 0 < len(words) <= 3 and _one_person(words) and not _titled(words)


def _listed(mention: str) -> bool:
    """A list of people: two names or more, each alone between commas, before a part holding "and"
    ("Bush, Christie, Ohio Gov. John Kasich and Sen. Rand Paul"), or one name before a part that is
    itself two people ("Trump, Ryan and RNC Chairman Reince Priebus"). Not an apposition: "Tony Blair,
    Prime Minister and ..." holds one name only."""
    parts = [p.strip() for p in mention.split(",")]
    names = 0
    for part in parts:
        if _bare_name(part) or _named_by_word(_words(part)):
            names += 1
            continue
        joined = any(fold(w) in _COORDINATORS for w in tokens(part))
        return (names >= 2 and joined) or (names >= 1 and _closes_list(part))
    return False


def _closes_list(part: str) -> bool:
    """The part ending a list of names, itself someone and someone else: "Ryan and RNC Chairman Reince
    Priebus" (after "Trump,"), "Mrs. Rao and other prominent bundlers" (after "Ms. Toretti,")."""
    words = tokens(part)
    return any(i and fold(w) in _COORDINATORS and _one_person(words[:i])
               and (_names_someone(words[i + 1 :]) or _with_others(words[:i], words[i + 1 :]))
               for i, w in enumerate(words))


# Marks that end or split a sentence: an alias holding one is a clause, not a name. A full
# stop counts after a word of four letters or more followed by a space ("... in Paris. He"),
# not after an initial or abbreviation ("J. Allard", "Mr. Smith") nor inside "site.com".
_SENTENCE_MARKS = re.compile(r"[!?;:\u201c\u201d\"]|\w{4,}\.\s")


def is_clean_alias(mention: str) -> bool:
    """Whether a mention is fit to show as one person's alias: at most ``MAX_ALIAS_WORDS``
    words, no sentence mark inside, not two people joined by "and", not a group
    ("political observers in the UK"), not an organisation or place."""
    words = tokens(mention)
    if not words or len(words) > MAX_ALIAS_WORDS:
        return False
    if _SENTENCE_MARKS.search(mention.strip()):
        return False
    if joins_two(mention):
        return False
    head = [fold(w) for w in _words(mention)]
    if head and (head[0] in rules.GROUP_HEADS or head[0] in LEXICON.plural_role_nouns):
        return False  # "political observers ...", "officials in Kiev"
    words_ = _words(mention)
    if words_ and not words_[0][:1].isupper() and any(h in rules.GROUP_HEADS for h in head):
        return False  # "political observers in the UK": a group, whatever follows
    # the name before an apposition says who: "Geoff Graber, director of Yahoo Games"
    return speaker_kind(mention.split(",")[0]) not in ("org", "place")
