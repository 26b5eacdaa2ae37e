"""What the attribution rules read in a parsed frame: parser labels, quotation tokens and
the noun phrases that speak.

Shared by ``attribute`` (the cue rules), ``subjects`` (who speaks) and ``content``
(what was said). Every word and label comes from the lexicon (attribution.toml);
spaCy's fine-grained tags are read directly, as the coarse POS needs the attribute
ruler, which the pipeline does not run. Reads tokens only; builds no records.
"""

from __future__ import annotations

import calendar
import functools
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from .frames import FORM_TO_LEMMA, word_forms
from .lexicon import LEXICON

SUBJECTS = frozenset(LEXICON.subject_deps)
VERB_TAGS = frozenset(LEXICON.verb_tags)
FINITE_TAGS = frozenset(LEXICON.finite_verb_tags)
PRON_TAGS = frozenset(LEXICON.pronoun_tags)
PROPN_TAGS = frozenset(LEXICON.proper_noun_tags)
NOUN_TAGS = frozenset(LEXICON.noun_tags)
COMMON_NOUN_TAGS = frozenset(LEXICON.common_noun_tags)
RELATIVE = frozenset(LEXICON.relative_pronouns)
QUOTE_CHARS = frozenset(LEXICON.quote_tokens)
# marks kept at the ends of a content span (strings: a token is tested as a substring)
CONTENT_OPENING: str = LEXICON.content_opening_marks
CONTENT_CLOSING: str = LEXICON.content_closing_marks
DASH_TEXTS = frozenset({"-", "—", "–"})
_SPEAKER_TRIM = set(LEXICON.speaker_trim)
_CUE_CLAUSE_MARKS = frozenset(LEXICON.cue_clause_marks)
_EMPHATIC = frozenset(LEXICON.emphatic_pronouns)
# weekday and month names from the standard library (English unless the program sets
# another LC_TIME locale, which saidwhat never does)
WEEKDAYS = frozenset(day.lower() for day in calendar.day_name)
CALENDAR = WEEKDAYS | frozenset(month.lower() for month in calendar.month_name if month)
TIME_WORDS = WEEKDAYS | frozenset(LEXICON.time_words)
_SPEAKING_TIMES = TIME_WORDS | CALENDAR

Token = Any  # a spaCy Token: spaCy is imported with the pipeline, not with saidwhat


class DEPS:
    """Groups of dependency labels (and tags) that one rule reads together (attribution.toml)."""

    participle_clause = frozenset(LEXICON.participle_clause_deps)
    cue_clause = frozenset(LEXICON.cue_clause_deps)
    lost_subject = frozenset(LEXICON.lost_subject_deps)
    climbing = frozenset(LEXICON.climbing_deps)
    lost_that = frozenset(LEXICON.lost_that_deps)
    object_content = frozenset(LEXICON.object_content_deps)
    adding = frozenset(LEXICON.adding_deps)
    second_act_tags = frozenset(LEXICON.second_act_tags)
    determiner = frozenset(LEXICON.determiner_deps)
    predicate = frozenset(LEXICON.predicate_deps)


def verb_forms(lemmas, irregular) -> frozenset[str]:
    """Every form of ``lemmas``, with the ``irregular`` forms the generator misses."""
    return frozenset(form for lemma in lemmas for form in word_forms(lemma) | set(irregular))


# --- what the rules read of a token, once per parsed frame -----------------------------
# The cue, subject and content rules read the same few facts of a cue verb one rule after
# another: its children, whether it is passive, its subject. spaCy builds a new Token object
# for every child on every walk and looks every label up in its string store, so each fact
# is worked out once per token of the frame being searched and kept until the next frame.
# The frame's Doc itself is held (not its id), so a later Doc can never be taken for it;
# one frame per thread, as a web server may extract in several threads at once.


class _Frame(threading.local):
    doc: object = None
    facts: dict = {}  # (fact, token index) -> value; replaced, never filled, at class level


_FRAME = _Frame()
_T = TypeVar("_T")


def _facts(doc) -> dict:
    frame = _FRAME
    if frame.doc is not doc:
        frame.doc, frame.facts = doc, {}
    return frame.facts


def forget_frame() -> None:
    """Drop the facts of the last frame searched (and the Doc they hold)."""
    _FRAME.doc, _FRAME.facts = None, {}


def per_token(fact: Callable[[Token], _T]) -> Callable[[Token], _T]:
    """``fact(tok)`` worked out once per token of the frame being searched: ``fact`` must read
    only the parse of the token's Doc."""

    @functools.wraps(fact)
    def known(tok: Token) -> _T:
        facts = _facts(tok.doc)
        key = (fact, tok.i)
        try:
            return facts[key]
        except KeyError:
            value = facts[key] = fact(tok)
            return value

    return known


@per_token
def children(tok: Token) -> tuple:
    """``tok.children``, as a tuple built once per frame."""
    return tuple(tok.children)


def lemma_of(tok: Token) -> str:
    word = tok.lower_
    return FORM_TO_LEMMA.get(word, word)


def is_verb(tok: Token) -> bool:
    return tok.tag_ in VERB_TAGS


@per_token
def subordinate(verb: Token) -> bool:
    """A clause opened by since/because/when/after/if...: its own event, not a cue
    clause over the main one ("Trump has targeted her since Clinton cited ..."). "As
    X said, ..." is the exception: that is how news sets a cue clause apart."""
    return any(c.dep_ == "mark" and c.lower_ not in _CUE_CLAUSE_MARKS for c in children(verb))


@per_token
def passive(verb: Token) -> bool:
    """"was described", "has been called": a passive subject or auxiliary."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb))


def as_phrase(verb: Token) -> Token | None:
    """The "as ..." phrase after a verb ("described the plan as “a disaster”"), if any."""
    return next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)


def agent_in(phrase: Token | None) -> Token | None:
    """"described as “irresponsible” by the commission": the parser may hang the
    passive's agent inside the as-phrase."""
    if phrase is None:
        return None
    return next((t for t in phrase.subtree if t.lower_ == "by" and t.dep_ == "prep"), None)


def has_quote_mark(tokens) -> bool:
    return any(t.text in QUOTE_CHARS for t in tokens)


def across_marks(a: Token, b: Token, doc) -> bool:
    """Whether a quotation mark boundary separates tokens ``a`` and ``b``: an odd
    number of marks stands between them. The caller asks only in frames whose marks
    pair up (a lone mark is an inch sign or a typo: 'about 5' 10" tall and said')."""
    lo, hi = sorted((a.i, b.i))
    return sum(t.text in QUOTE_CHARS for t in doc[lo + 1 : hi]) % 2 == 1


def before_parenthetical(verb: Token) -> Token | None:
    """The verb that governs the words right before a dash-enclosed parenthetical
    which ``verb``'s clause follows, if any."""
    doc = verb.doc
    close = verb.left_edge.i - 1
    if close < 1 or doc[close].text not in DASH_TEXTS:
        return None
    opening = next((t.i for t in reversed(doc[max(0, close - 25) : close]) if t.text in DASH_TEXTS), None)
    if opening is None or opening < 1:
        return None
    node = doc[opening - 1]
    for _ in range(6):
        if is_verb(node) and node.i != verb.i:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


# --- the speaker's noun phrase ------------------------------------------------------


def span_of(tokens) -> tuple[int, int]:
    tokens = [t for t in tokens if not (t.is_punct and t.text in _SPEAKER_TRIM)]
    if not tokens:
        return (0, 0)
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def speaker_tokens(head: Token) -> list:
    """The speaker noun phrase: the subject's subtree without relative clauses,
    a parenthesis, the time of speaking or an emphatic pronoun after the head, and
    without punctuation or a conjunction at its ends."""
    keep = list(head.subtree)
    cut = _relative_cut(head)
    # a parenthesis after the name ("McCaskill (D-Mo.)") is not part of the mention
    paren = next((t.i for t in keep if t.text == "(" and t.i > head.i), None)
    for stop in (paren, _aside_cut(head)):
        if stop is not None:
            cut = stop if cut is None else min(cut, stop)
    toks = [t for t in keep if cut is None or t.i < cut]
    while toks and (toks[-1].is_punct or toks[-1].dep_ in ("cc",)):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return toks


def _relative_cut(head: Token) -> int | None:
    """Where a relative clause on the head starts, or one set off by a comma anywhere
    after it ("Peter Morgan, a lawyer for the Sierra Club, who has been challenging ...")."""
    cut = None
    for t in head.subtree:
        set_off = t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
        if t.dep_ in ("relcl", "acl") and t.i > head.i and (t.head.i == head.i or set_off):
            cut = min(cut if cut is not None else t.left_edge.i, t.left_edge.i)
    return cut


def _aside_cut(head: Token) -> int | None:
    """The time of speaking or an emphatic pronoun after the head: "The prime minister
    on Sunday said", "Tony Blair himself said"."""
    cut = None
    for c in children(head):
        if c.i > head.i and (
            (c.dep_ == "prep" and any(g.lower_ in _SPEAKING_TIMES for g in children(c) if g.dep_ == "pobj"))
            or (c.dep_ == "appos" and c.lower_ in _EMPHATIC)
        ):
            cut = c.i if cut is None else min(cut, c.i)
    return cut


def own_tokens(subj: Token, verb: Token) -> set[int]:
    """The speaker's tokens: its subtree, less the cue's own clause when the
    speaker is the noun a relative clause hangs from."""
    inner = {t.i for t in verb.subtree} if verb.head.i == subj.i else set()
    return {t.i for t in subj.subtree} - inner


def kind_of(head: Token, tokens) -> tuple[str, str | None]:
    """What the mention is ("pronoun", "name", "role") and its entity label."""
    # the label of the head's own entity: "Tulsa police Chief Chuck Jordan" is a PERSON
    label = head.ent_type_ or None
    if label is None and any(t.ent_type_ == "PERSON" for t in tokens):
        label = "PERSON"
    if head.tag_ in PRON_TAGS:
        return "pronoun", label
    if head.tag_ in PROPN_TAGS or label == "PERSON":
        return "name", label
    return "role", label
