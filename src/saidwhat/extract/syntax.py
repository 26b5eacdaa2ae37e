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
from collections.abc import Callable
from itertools import repeat
from typing import TypeVar

from .frames import FORM_TO_LEMMA, word_forms
from .lexicon import LEXICON
from .rules import REPORTING_VERBS

SUBJECTS = frozenset(LEXICON.subject_deps)
VERB_TAGS = frozenset(LEXICON.verb_tags)
FINITE_TAGS = frozenset(LEXICON.finite_verb_tags)
PRON_TAGS = frozenset(LEXICON.pronoun_tags)
PROPN_TAGS = frozenset(LEXICON.proper_noun_tags)
NOUN_TAGS = frozenset(LEXICON.noun_tags)
COMMON_NOUN_TAGS = frozenset(LEXICON.common_noun_tags)
RELATIVE = frozenset(LEXICON.relative_pronouns)
PERSONAL_RELATIVES = frozenset(LEXICON.personal_relative_pronouns)
INSTITUTION_PREPOSITIONS = frozenset(LEXICON.institution_prepositions)
QUOTE_CHARS = frozenset(LEXICON.quote_tokens)
# quoted words ending on one of these hand the sentence on to who spoke them: "“...,” said Skelly"
HANDING_ON_MARKS = frozenset(LEXICON.after_quote_end_marks)
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

class DEPS:
    """Groups of dependency labels (and tags) that one rule reads together (attribution.toml)."""

    participle_clause = frozenset(LEXICON.participle_clause_deps)
    cue_clause = frozenset(LEXICON.cue_clause_deps)
    lost_subject = frozenset(LEXICON.lost_subject_deps)
    climbing = frozenset(LEXICON.climbing_deps)
    lost_that = frozenset(LEXICON.lost_that_deps)
    object_content = frozenset(LEXICON.object_content_deps)
    fronted_content = frozenset(LEXICON.fronted_content_deps)
    closing_cue_between = frozenset(LEXICON.closing_cue_between_deps)
    closing_cue_after = frozenset(LEXICON.closing_cue_after_deps)
    closing_cue_not = frozenset(LEXICON.closing_cue_not_deps)
    closing_cue_time = frozenset(LEXICON.closing_cue_time_deps)
    adding = frozenset(LEXICON.adding_deps)
    second_act_tags = frozenset(LEXICON.second_act_tags)
    determiner = frozenset(LEXICON.determiner_deps)
    predicate = frozenset(LEXICON.predicate_deps)


def verb_forms(lemmas, irregular) -> frozenset[str]:
    """Every form of ``lemmas``, with the ``irregular`` forms the generator misses."""
    return frozenset(form for lemma in lemmas for form in word_forms(lemma) | set(irregular))


# --- what the rules read of a parsed frame, once ------------------------------------------
# The cue, subject and content rules read the same few facts of the same tokens one rule
# after another. A spaCy Token builds every label (``dep_``, ``tag_``, ``lower_``) from its
# string store on each read and ``doc[i]`` makes a new Token each time: over the BBC corpus
# those reads were most of the rules' own time. So a frame's parse is read once, with one
# ``to_array`` call, into plain Python values (``read_parse``), and the rules read those.
# ``Tok`` has the names and meanings of the Token attributes the rules use, so a rule reads
# the same either way; facts a rule works out per token (``per_token``) are kept with the parse.


class Parse(list):
    """A parsed frame: its ``Tok`` s in order (``parse[i]``; a slice is a list of them)."""

    # what rules work out per token (``per_token``: (fact, token index) -> value), subtrees and
    # edges by token index, and whether the parse has entity labels at all
    __slots__ = ("text", "spacy_doc", "facts", "subtrees", "edges", "labelled")

    def release(self) -> None:
        """Break the references between the tokens (head, children, document), so that the
        parse is freed as soon as the rules are done with it rather than by the cycle
        collector, which otherwise ran over every parse of every frame (a third of their cost)."""
        for t in self:
            t.head = t.children = None
        self.facts.clear()
        self.subtrees.clear()
        self.clear()


class Tok:
    """One token of a ``Parse``: the attributes of ``spacy.tokens.Token`` that the rules read, as values."""

    __slots__ = ("i", "idx", "text", "lower_", "tag_", "dep_", "is_punct", "is_space", "head", "doc", "children")

    @property
    def subtree(self) -> tuple:
        """The token and its descendants, in the order of spaCy's ``Token.subtree``."""
        subtree = self.doc.subtrees.get(self.i)
        if subtree is None:
            out: list = []
            _walk(self, out)
            subtree = self.doc.subtrees[self.i] = tuple(out)
        return subtree

    # read from spaCy when a rule asks: few rules read these, and of few tokens
    @property
    def left_edge(self) -> Tok:
        return self.doc[self._edges()[0]]

    @property
    def right_edge(self) -> Tok:
        return self.doc[self._edges()[1]]

    def _edges(self) -> tuple[int, int]:
        # spaCy's own: in a non-projective parse they are not the ends of the subtree ("Among the
        # tributes that poured in ... was one from his friend, ..."), and working them out as spaCy
        # does for a whole frame cost more than asking spaCy for the few that the rules read
        edges = self.doc.edges.get(self.i)
        if edges is None:
            token = self.doc.spacy_doc[self.i]
            edges = self.doc.edges[self.i] = (token.left_edge.i, token.right_edge.i)
        return edges

    @property
    def ent_type_(self) -> str:
        doc = self.doc
        if doc.labelled is None:  # frames are parsed without the entity recogniser
            doc.labelled = bool(doc.spacy_doc.ents)
        return doc.spacy_doc[self.i].ent_type_ if doc.labelled else ""

    @property
    def whitespace_(self) -> str:
        return self.doc.spacy_doc[self.i].whitespace_

    @property
    def ancestors(self):
        node, steps = self, 0
        while node.head is not node and steps < len(self.doc):
            node = node.head
            steps += 1
            yield node

    def __repr__(self) -> str:
        return self.text


Token = Tok  # what every rule reads


def _walk(tok: Tok, out: list) -> None:
    """spaCy's order of a subtree: the left children's subtrees, the token, the right children's."""
    placed = False
    for c in tok.children:  # in text order
        if not placed and c.i > tok.i:
            out.append(tok)
            placed = True
        if c.children:
            _walk(c, out)
        else:
            out.append(c)
    if not placed:
        out.append(tok)


# what ``read_parse`` reads of each token, by the names spaCy's ``to_array`` takes (its ids would need
# spaCy imported with saidwhat, and it looks each id up as a name first, at the cost of an exception)
_COLUMNS = ["IDX", "LENGTH", "TAG", "DEP", "HEAD", "IS_PUNCT"]
# labels (tags, dependencies) by the id spaCy gives them: a closed set
_LABELS: dict[int, str] = {}
_new = object.__new__


def read_parse(doc, text: str) -> Parse:
    """The plain-value parse of ``doc``, a spaCy Doc of ``text``; ``release`` it when done."""
    idxs, lengths, tags, deps, heads, puncts = doc.to_array(_COLUMNS).T.tolist()
    labels = _LABELS
    for h in {*tags, *deps}.difference(labels):
        labels[h] = doc.vocab.strings[h]
    parse = Parse(map(_new, repeat(Tok, len(idxs))))
    parse.text, parse.spacy_doc, parse.facts, parse.subtrees, parse.edges, parse.labelled = text, doc, {}, {}, {}, None
    kids: dict[int, list] = {}
    for i, (t, idx, length, tag, dep, head, punct) in enumerate(zip(parse, idxs, lengths, tags, deps, heads, puncts)):
        t.i, t.idx, t.doc, t.children = i, idx, parse, ()
        # spaCy's lexeme attributes of English: LOWER is str.lower, IS_SPACE str.isspace
        t.text = word = text[idx : idx + length]
        t.lower_, t.is_space, t.is_punct = word.lower(), word.isspace(), punct == 1
        t.tag_, t.dep_ = labels[tag], labels[dep]
        if head:  # the offset to the head, unsigned: a head to the left wraps around
            at = i + (head if head < 1 << 63 else head - (1 << 64))
            kids.setdefault(at, []).append(t)
            t.head = parse[at]
        else:
            t.head = t
    for at, mine in kids.items():
        parse[at].children = tuple(mine)
    return parse


_T = TypeVar("_T")


def per_token(fact: Callable[[Token], _T]) -> Callable[[Token], _T]:
    """``fact(tok)`` worked out once per token of a ``Parse``: ``fact`` must read only the parse."""
    missing = object()

    @functools.wraps(fact)
    def known(tok: Token) -> _T:
        facts, key = tok.doc.facts, (fact, tok.i)
        value = facts.get(key, missing)
        if value is missing:
            value = facts[key] = fact(tok)
        return value

    return known


def children(tok: Token) -> tuple:
    """``tok.children``, as a tuple."""
    return tok.children


def lemma_of(tok: Token) -> str:
    word = tok.lower_
    return FORM_TO_LEMMA.get(word, word)


def is_verb(tok: Token) -> bool:
    return tok.tag_ in VERB_TAGS


def is_finite(verb: Token) -> bool:
    """A verb with a tense of its own, or one an auxiliary carries ("has said", "will go"); not "to go"."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in children(verb))


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


_INVERTED_TAGS = frozenset(LEXICON.inverted_report_tags)
_SENTENCE_END_TEXTS = frozenset(LEXICON.sentence_end_marks)
_ASIDE_NAME_MAX = 4  # "said Mr Fahey", "says Prof Brewer", "said Stacey Jolna": a name's few words
_ASIDE_TITLE_MAX = 12  # "senior vice president of TV Guide TV group": a description, not a clause


@per_token
def inverted_aside(verb: Token) -> tuple[list, list, list] | None:
    """"Then, says Mr Kotamaraja, the blogging world found out.", "If Steam proves effective at cutting
    the piracy of games to a minimum, said Mr Fahey, other game makers may be tempted to set up copycat
    systems.", "What this means, said Stacey Jolna, senior vice president of TV Guide TV group, is that
    ...": an inverted cue set off by commas inside the sentence it reports, a name right after the
    verb (and maybe its description, between commas), words on both sides. The parser takes the words
    after the aside for the name's relative clause or apposition, or the name for their subject. The
    words before the aside, the name and the words after it (closing mark left out); None for any other
    shape. Not after a quote (the after-quote rules' shape) nor after words that report words of their
    own ("The research shows that ... because, said Mr Goosens, they are reported": two sources)."""
    doc = verb.doc
    root = next((a for a in verb.ancestors if a.head is a), verb)
    start, end = root.left_edge.i, root.right_edge.i + 1
    if verb.tag_ not in _INVERTED_TAGS or lemma_of(verb) not in REPORTING_VERBS:
        return None
    if verb.i - 1 <= start or doc[verb.i - 1].text != ",":
        return None
    name = _upto_comma(doc, verb.i + 1, min(end, verb.i + 2 + _ASIDE_NAME_MAX))
    if not name or any(t.tag_ not in PROPN_TAGS for t in name):
        return None
    after = name[-1].i + 2
    title = _upto_comma(doc, after, min(end, after + 1 + _ASIDE_TITLE_MAX))
    if title and not any(is_verb(t) for t in title) and _describes(title, name):
        after = title[-1].i + 2  # "said Paul King, principal security consultant at Cisco, because ..."
    before, words = list(doc[start : verb.i - 1]), list(doc[after:end])
    while words and words[-1].is_punct and words[-1].text not in QUOTE_CHARS:
        words.pop()
    if not words or words[0].dep_ == "cc" or words[0].lower_ in RELATIVE or has_quote_mark(before):
        return None  # ", said Mr Stanley, but he did not think ...", ", said Mr Richards, who added": the writer's
    inside = {t.i for t in words}
    if not any(is_verb(t) and is_finite(t) and (t.head.i not in inside or t.head is t) for t in words):
        return None  # ", insists Mr Hadi, an Iraqi who left the country": a description, no words of his
    if any(is_verb(t) and lemma_of(t) in REPORTING_VERBS for t in before):
        return None
    return before, name, words


def name_after_uncommaed_cue(verb: Token) -> tuple[list, Token] | None:
    """"It will also be important that the tools are sophisticated enough to obey the complex rules of
    cinematography and editing said John Wyver, from TV producer Illuminations Television Limited", "There are
    also other pressures making banks turn to Windows said Dominic Hirsch, managing director of ...": reported
    words with no quotation marks run into a reversed cue with no comma before it; the parser made the name
    after the verb its subject (and maybe the last noun of the words too). The words from the sentence's start
    to the verb and the name's head, the name right after the verb and closed by a comma or the sentence's end;
    None for any other shape ("A BNP spokesperson said Mr Tyndall, from Brighton, was arrested": the words
    before the cue hold no verb with a tense, the speaker is there)."""
    doc = verb.doc
    if verb.tag_ not in _INVERTED_TAGS or lemma_of(verb) not in REPORTING_VERBS or verb.i < 3:
        return None
    before = doc[verb.i - 1]
    if before.is_punct or (before.tag_ in PROPN_TAGS and before.dep_ in SUBJECTS and before.head.i == verb.i):
        return None  # a comma before the cue is the closing-cue rules' shape; "Mr Bell said" names its speaker
    if any(c.dep_ in SUBJECTS and c.i < verb.i and c.tag_ == "PRP" for c in children(verb)):
        return None  # "Asked ... who leads the party in his view, he said Ryan.": a speaker before, the name his answer
    name = next((c for c in children(verb) if c.dep_ in SUBJECTS and c.i > verb.i), None)
    if name is None or name.left_edge.i != verb.i + 1 or name.i - verb.i > _ASIDE_NAME_MAX:
        return None
    if any(t.tag_ not in PROPN_TAGS for t in doc[verb.i + 1 : name.i + 1]):
        return None
    closing = doc[name.i + 1] if name.i + 1 < len(doc) else None
    if closing is not None and closing.text != "," and closing.text not in _SENTENCE_END_TEXTS:
        return None
    root = verb
    for root in verb.ancestors:  # the sentence's root: the reported words may hang on the cue or the cue on them
        pass
    words = list(doc[root.left_edge.i : verb.i])
    if has_quote_mark(words) or not any(is_verb(t) and is_finite(t) for t in words):
        return None  # quoted words before the cue are the after-quote rules'; a bare noun phrase said nothing
    return words, name


def _describes(title: list, name: list) -> bool:
    """The phrase between commas after a name hangs on the name ("Paul King, principal security consultant
    at Cisco,": the parser's apposition), not on the words after ("Mr Hogan, the code for viruses such as
    Gaobot, Spybot and Randex were commonly held": the subject of "held")."""
    inside, named = {t.i for t in title}, {t.i for t in name}
    return all(t.head.i in named for t in title if t.head.i not in inside)


def _upto_comma(doc, i: int, stop: int) -> list:
    """The words from ``i`` to the next comma, when a comma comes before ``stop``; [] otherwise."""
    for j in range(i, min(stop, len(doc))):
        if doc[j].text == ",":
            return list(doc[i:j])
    return []


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
    if head.dep_ == "poss" and toks and toks[-1].tag_ == "POS":
        toks.pop()  # a possessor that holds the words ("Clinton's speech said"): the name without its "'s"
    # "But 36 people accused ... had argued": a conjunction the parser hung on the subject opens the
    # sentence, not the mention
    while toks and (toks[0].is_punct or (toks[0].dep_ == "cc" and toks[0] is not head)):
        toks.pop(0)
    return toks + _name_after_trade(toks)


# the tags a name's word may get when the parser reads it as anything but a name ("Ask Jeeves", "Busted")
_NAME_WORD_TAGS = frozenset(LEXICON.name_after_trade_tags)
_MAX_NAME_AFTER_TRADE = 4


def _name_after_trade(toks: list) -> list:
    """"According to search engine Ask Jeeves, ...", "Chart-topping pop band Busted have confirmed",
    "according to analysts Nielsen//NetRatings": the capitalised words written right after a phrase that
    ends on a lower-case noun are the name that noun introduces, when the parser hung them elsewhere (a
    verb "Ask", a participle "Busted", a second object); not a date ("the company Monday")."""
    if not toks or toks[-1].tag_ not in COMMON_NOUN_TAGS or not toks[-1].text.islower():
        return []
    name = []
    for t in toks[-1].doc[toks[-1].i + 1 : toks[-1].i + 1 + _MAX_NAME_AFTER_TRADE]:
        if not t.text[:1].isupper() or t.tag_ not in _NAME_WORD_TAGS or t.lower_ in _SPEAKING_TIMES:
            break
        name.append(t)
    # a subject opens a clause on the noun, no name of it: "in reports Mr. Schoen filed"
    return [] if any(t.dep_ in SUBJECTS for t in name) else name


def _relative_cut(head: Token) -> int | None:
    """Where a relative clause on the head starts, or one set off by a comma anywhere
    after it ("Peter Morgan, a lawyer for the Sierra Club, who has been challenging ...")."""
    cut = None
    for t in head.subtree:
        if t.dep_ in ("relcl", "acl") and t.i > head.i and (t.head.i == head.i or _set_off(t)):
            if not _participle_naming_those(head, t):
                cut = min(cut if cut is not None else t.left_edge.i, t.left_edge.i)
    return cut


_GROUP_OPENERS = frozenset(LEXICON.group_openers)


def _participle_naming_those(head: Token, t: Token) -> bool:
    """"While those surveyed said", "those polled were evenly split": a participle right after "those" is
    what says who they are, no clause on a noun; cut, it leaves a bare "those" that names no one."""
    return head.lower_ in _GROUP_OPENERS and t.tag_ == "VBN" and t.head.i == head.i and t.i == head.i + 1


def _set_off(t: Token) -> bool:
    """A comma before the phrase ``t`` heads."""
    return t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","


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


def finite_taken_for_participle(verb: Token) -> bool:
    """"Donald Trump, who is vying to be the next president, tweeted on Friday to say ...": a past tense after a
    comma that the parser hung on the noun before it as a participle ("acl"), though it is the sentence's verb and
    that noun its subject: the noun is the sentence's root, no verb left above it. Not a participle set apart
    before the verb ("Arsenal, stripped of attacking talent ..., partnered ...", BBC sport/163)."""
    doc, noun = verb.doc, verb.head
    return (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and noun.i < verb.i and noun.head.i == noun.i
            and verb.i > 0 and doc[verb.i - 1].text == ",")


def own_tokens(subj: Token, verb: Token) -> set[int]:
    """The speaker's tokens: its subtree, less the cue's own clause when the speaker is the noun a relative
    clause hangs from, or the clause holding the cue when it is a finite verb the parser read as a participle on
    the speaker ("Donald Trump, who is vying ..., tweeted on Friday to say he had ...": the cue the infinitive
    under it), and less the words after an inverted aside the parser hung on its name ("said Mr
    Pearson, this sensitive information was invisible")."""
    clause = verb
    while clause.head.i not in (clause.i, subj.i) and not finite_taken_for_participle(clause):
        clause = clause.head
    if verb.head.i != subj.i and not (finite_taken_for_participle(clause) and clause.head.i == subj.i):
        clause = None
    inner = {t.i for t in clause.subtree} if clause is not None else set()
    aside = inverted_aside(verb)
    words = {t.i for t in aside[2]} if aside is not None else set()
    return {t.i for t in subj.subtree} - inner - words


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
