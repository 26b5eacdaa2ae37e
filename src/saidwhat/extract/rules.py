"""The rules of quotation and attribution in English-language news: typed views over the lexicon.

The words, marks and patterns themselves are data in ``saidwhat/data/lexicon/``
(``marks.toml``, ``cues.toml``, ``names.toml``, ``figures.toml``), loaded once
by ``lexicon.LEXICON``; adding a reporting verb, a quotation style or a title is
a one-line change there. This module only gives the tables the types the code
uses (sets for membership, compiled patterns) and combines tables that one rule
reads together. No word is written here.
"""

from __future__ import annotations

import importlib.util
import json
import re
import runpy
from importlib import resources
from pathlib import Path

from .lexicon import LEXICON

# --- quotation marks -------------------------------------------------------------
DOUBLE_PAIRS: dict[str, tuple[str, ...]] = dict(LEXICON.double_pairs)
STRAIGHT_DOUBLE: str = LEXICON.straight_double
SINGLE_PAIRS: dict[str, tuple[str, ...]] = dict(LEXICON.single_pairs)
STRAIGHT_SINGLE: str = LEXICON.straight_single
ALL_MARKS = frozenset(LEXICON.all_marks)
SINGLE_MARKS = frozenset(LEXICON.single_marks)
MAX_OPEN_PARAGRAPHS: int = LEXICON.max_open_paragraphs

# --- reporting verbs ---------------------------------------------------------------
DIALOGUE_TAGS: dict[str, float] = dict(LEXICON.dialogue_tags)
SPEECH_VERBS: dict[str, float] = {**LEXICON.speech_verbs, **DIALOGUE_TAGS}
THOUGHT_VERBS: dict[str, float] = dict(LEXICON.thought_verbs)
SPEECH_ACT_VERBS: dict[str, float] = dict(LEXICON.speech_act_verbs)
LEARNED_MIN_RATIO: float = LEXICON.learned_min_ratio


def _learned_verbs() -> dict[str, float]:
    """The lemmas ``saidwhat train-cues`` learned (data/cue_lexicon.json) at or above ``LEARNED_MIN_RATIO``."""
    try:
        data = json.loads(resources.files("saidwhat.data").joinpath("cue_lexicon.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {
        lemma: float(row["strength"])
        for lemma, row in data.get("lemmas", {}).items()
        if row.get("strength", 0) >= LEARNED_MIN_RATIO
    }


LEARNED_VERBS: dict[str, float] = _learned_verbs()
# hand-written entries take precedence over learned ones
REPORTING_VERBS: dict[str, float] = {**LEARNED_VERBS, **SPEECH_ACT_VERBS, **SPEECH_VERBS, **THOUGHT_VERBS}
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = dict(LEXICON.irregular_forms)


def word_forms(lemma: str) -> set[str]:
    if lemma in IRREGULAR_FORMS:
        return {lemma, *IRREGULAR_FORMS[lemma]}
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", stem + "ed", stem + "ing"}
    if lemma.endswith(LEXICON.es_endings):
        forms.add(lemma + "es")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


CUE_PHRASES: tuple[str, ...] = LEXICON.cue_phrases
SPEECH_NOUNS: dict[str, float] = dict(LEXICON.speech_nouns)
# nouns that report speech only as a light verb's object or a possessed subject of "was" ("made the case that")
LIGHT_SPEECH_NOUNS: dict[str, float] = dict(LEXICON.light_speech_nouns)
# occasions of speaking and what is said at them ("interview", "statement"), read by cues and subjects
OCCASION_NOUNS = frozenset(LEXICON.occasion_nouns)
# "shoot back" -> strength: a verb with its particle, read as one cue
PHRASAL_CUES: dict[str, float] = dict(LEXICON.phrasal_cues)
# "speak of" -> strength: a verb and the preposition whose quoted object is what was said
OBJECT_CUES: dict[str, float] = dict(LEXICON.object_cues)
# the object cues whose object is what was said even with no quotation marks ("warned against ...")
UNQUOTED_OBJECT_CUES = frozenset(LEXICON.unquoted_object_cues)
# dialogue tags, phrasal cues and object cues introduce quoted words only, like "continued"
QUOTE_ONLY_VERBS = (
    frozenset(LEXICON.quote_only_verbs) | frozenset(DIALOGUE_TAGS) | frozenset(PHRASAL_CUES) | frozenset(OBJECT_CUES)
)
HEARER_VERBS = frozenset(LEXICON.hearer_verbs)
# used with .match(text, pos), which anchors at pos
TRANSCRIPT_LABEL = re.compile(LEXICON.transcript_label)
DASHES = frozenset(LEXICON.dashes)

# --- people, roles and organisations ----------------------------------------------------
TITLES: dict[str, str | None] = dict(LEXICON.titles)
DEMONYMS = frozenset(LEXICON.demonyms)
THING_NOUNS = frozenset(LEXICON.thing_nouns)
SURNAME_TITLES = frozenset(LEXICON.surname_titles)
POST_NOMINALS = frozenset(LEXICON.post_nominals)
HONORIFICS = frozenset(LEXICON.honorifics)


def _library_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """nameparser's maintained word lists: its titles, its post-nominal acronyms and its suffix words
    (generational and other words written after a name: "jr", "sr", "iii", "esq").

    They are read from the module its build generates from its vocabulary
    (``nameparser/config/_compiled.py``: literal sets, no imports), run on its own:
    importing ``nameparser.config`` loads the whole name parser, 35 modules and 2.6 MB
    that stay resident in every extracting process though extraction calls none of them.
    A nameparser that keeps its lists elsewhere is imported as before; a test checks
    that both ways give the same lists."""
    spec = importlib.util.find_spec("nameparser")
    compiled = Path(spec.origin).parent / "config" / "_compiled.py" if spec and spec.origin else None
    if compiled is not None and compiled.is_file():
        words = runpy.run_path(str(compiled))
        if {"TITLES", "SUFFIX_ACRONYMS", "SUFFIX_WORDS"} <= words.keys():
            return frozenset(words["TITLES"]), frozenset(words["SUFFIX_ACRONYMS"]), frozenset(words["SUFFIX_WORDS"])
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.titles), frozenset(CONSTANTS.suffix_acronyms), frozenset(CONSTANTS.suffix_not_acronyms)


def _library_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(titles, post-nominals, name suffixes) from nameparser's lists. Titles are words written before a
    person's name ("Administrator", "Baroness", "Brigadier", "Ayatollah"), lowercase, less the
    lexicon's ``not_library_titles``: words of that list that in news copy start other names or
    are surnames. Post-nominals are letters written after a name (degrees, honours,
    certifications: "PhD", "MBA", "CBE"), upper case as news copy writes them. Name suffixes are the
words after a name that are part of no surname ("jr", "sr", "iii"), lowercase, without a full stop."""
    titles, acronyms, suffixes = _library_words()
    return (
        frozenset(t.lower() for t in titles) - frozenset(LEXICON.not_library_titles),
        frozenset(s.upper() for s in acronyms if s.isascii() and s.isalpha()),
        frozenset(s.lower() for s in suffixes if s.isascii() and s.isalpha()),
    )


LIBRARY_TITLES, LIBRARY_POST_NOMINALS, LIBRARY_NAME_SUFFIXES = _library_lists()
GENDER_WORDS: dict[str, str] = {**LEXICON.pronoun_genders, **LEXICON.gender_words}
PERSON_PRONOUNS = frozenset(LEXICON.person_pronouns)
ROLE_NOUNS = frozenset(LEXICON.role_nouns)
GROUP_HEADS = frozenset(LEXICON.group_heads)
DOCUMENT_HEADS = frozenset(LEXICON.document_heads)
PARTY_NOUNS = frozenset(LEXICON.party_nouns)
ORG_NOUNS = frozenset(LEXICON.org_nouns)
NOT_NAME_WORDS = frozenset(LEXICON.not_name_words)
VOCATIVE_WORDS = frozenset(LEXICON.vocative_words)

# --- figures ------------------------------------------------------------------------
SCALES: dict[str, float] = dict(LEXICON.scales)
CURRENCY_SYMBOLS: dict[str, str] = dict(LEXICON.currency_symbols)
CURRENCY_WORDS: dict[str, str] = dict(LEXICON.currency_words)
PERCENT_WORDS: tuple[str, ...] = LEXICON.percent_words
