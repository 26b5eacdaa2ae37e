"""Find cues, speakers and reported content in one parsed frame.

Reads the dependency parse of a frame (see ``frames``) and returns
``Attribution`` records in article offsets. Which quote an attribution
belongs to is decided by the caller, who sees the whole article.

The cue rules (``CUE_RULES``) are an ordered table of small functions, one per
sentence shape a cue takes; the first that reads a candidate word's shape makes
its attributions. Who speaks is decided by the subject rules (``subjects``), what
was said by the content rules and trims (``content``). Every attribution lists
the ids of the rules that made it in ``rules``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..models import Span
from .content import (
    CONTENT_TRIMS,
    EDGE_TRIMS,
    Content,
    accusation,
    assignment,
    call,
    content_of,
    lost_that,
    object_cue,
    polled,
    prediction,
    request,
    run_before_parenthetical,
    stray_subject,
    trimmed,
    without_added_statements,
)
from .frames import FORM_TO_LEMMA, PHRASAL_HEADS, Frame, as_written
from .lexicon import LEXICON
from .rules import (
    DOCUMENT_HEADS,
    GENDER_WORDS,
    HEARER_VERBS,
    IRREGULAR_FORMS,
    LIGHT_SPEECH_NOUNS,
    OBJECT_CUES,
    OCCASION_NOUNS,
    ORG_NOUNS,
    PHRASAL_CUES,
    QUOTE_ONLY_VERBS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    THOUGHT_VERBS,
)
from .subjects import holder_in_clause_on_occasion, inverted_after_quote, names_its_issuer, subject_of
from .syntax import (
    CALENDAR,
    COMMON_NOUN_TAGS,
    CONTENT_CLOSING,
    CONTENT_OPENING,
    DEPS,
    FINITE_TAGS,
    HANDING_ON_MARKS,
    INSTITUTION_PREPOSITIONS,
    NOUN_TAGS,
    PERSONAL_RELATIVES,
    PROPN_TAGS,
    QUOTE_CHARS,
    RELATIVE,
    VERB_TAGS,
    Token,
    across_marks,
    children,
    has_quote_mark,
    inverted_aside,
    is_finite,
    is_verb,
    kind_of,
    lemma_of,
    own_tokens,
    passive,
    read_parse,
    span_of,
    speaker_tokens,
    verb_forms,
)

__all__ = ["CUE_RULES", "Attribution", "find_attributions"]


@dataclass(frozen=True, slots=True)
class Attribution:
    cue: Span
    cue_text: str
    speaker: Span | None
    speaker_text: str | None
    speaker_kind: str | None  # "pronoun", "name", "role", "org", None
    speaker_head: str | None  # lower-cased head word
    speaker_label: str | None  # NER label of the speaker mention, if any
    content: Span | None
    holes: tuple[Span, ...]  # placeholders (long quoted passages) inside the content
    strength: float
    thought: bool
    frame: int  # index of the frame it came from
    cue_after_content: bool
    # for a relative pronoun ("the senator, who said ..."): the noun phrase it stands for
    antecedent: str | None = None
    quote_only: bool = False  # the cue reports speech only when quotation marks are there
    # the content's first part when the cue clause stands inside it:
    # "The latest test, North Korea said, was its biggest yet"
    lead: Span | None = None
    # the ids of the rules that made this attribution, in the order they applied:
    # "cue:speech-verb", "subject:nsubj", "content:that-clause", "trim:..."
    rules: tuple[str, ...] = ()


@dataclass(slots=True)
class _Search:
    """One frame being searched, with what every cue rule may read of it."""

    frame: Frame
    doc: object
    index: int
    has_colon: bool
    has_marks: bool
    paired_marks: bool  # the frame's quotation marks pair up
    added_by: dict  # participle index -> the speaker of the statement it adds to


# verbs whose object can be "the words", "the phrase": "used the phrase “...”"
_USE_FORMS = verb_forms(LEXICON.using_verbs, LEXICON.using_irregular)
_WORD_NOUNS = frozenset(LEXICON.word_nouns)
# "in the words of the patient", "in Smith's own words": the nouns whose owner speaks (cue:in-words-of)
_OWNED_WORDS = frozenset(LEXICON.owned_words_nouns)
# "his claim in the same interview that ...": occasions of speaking whose phrase may stand between a speech
# noun and its that-clause
_OCCASION_CLAUSE_DEPS = frozenset(LEXICON.occasion_clause_deps)
_HELD_NOUN_CLAUSE_DEPS = frozenset(LEXICON.held_noun_clause_deps)
_HELD_NOUN_BETWEEN_DEPS = frozenset(LEXICON.held_noun_between_deps)
# "It becomes harder to make the case that ...": the "it" an infinitive light verb climbs to is no one
_EXTRAPOSING = frozenset(LEXICON.extraposing_subjects)
_POSSESSIVE = LEXICON.possessive_pronouns
_OPENING_MARKS = frozenset(LEXICON.colon_opening_marks)
# "“...,” an angry Hollande finally retaliated": the tags of the words between quote and verb
_AFTER_QUOTE_PHRASE_TAGS = frozenset(LEXICON.after_quote_phrase_tags) | frozenset(LEXICON.after_quote_inner_tags)
_AFTER_QUOTE_INNER_TAGS = frozenset(LEXICON.after_quote_inner_tags)
_ADVERB_TAGS = frozenset(LEXICON.adverb_tags)
_AFTER_QUOTE_TAGS = frozenset(LEXICON.after_quote_verb_tags)
_AFTER_QUOTE_MAX_WORDS = 8  # a longer run is a sentence of its own, not a speaker's name
# the tenses of a verb after a quote with its speaker after it ("“...,” remembered Roy Verley", "“...,” begins a
# message"); a copula there names the words ("“...,” is a line every voter remembers")
_INVERTED_TAGS = frozenset(LEXICON.inverted_after_quote_verb_tags)
_COPULAS = frozenset(LEXICON.copula_forms)
# a colon clause that stays a cue though its quote has a cue after it: "The senator scolded him at the hearing:
# “...,” she said. “...”" (the parser hangs that clause on "said" as a ccomp)
_MAIN_CLAUSE_DEPS = frozenset(LEXICON.colon_main_clause_deps)
# "Wait, it gets better: “...”": the subjects of a colon clause in which the writer comments on the quote
_COMMENTING_PRONOUNS = frozenset(LEXICON.commenting_colon_subjects)
_ISSUED_NOUNS = frozenset(LEXICON.issued_words_nouns)
# "The proposed question for the referendum is: “...”", "Labour's election slogan will be: “...”": nouns that
# name the words after the colon, so the copula introduces them (BBC snapshot rows)
_NAMING_WORDS = frozenset(LEXICON.colon_naming_nouns)
_BE_FORMS = frozenset(LEXICON.be_forms)
_INDEFINITE = frozenset(LEXICON.indefinite_openers)
# "“...,” she wrote", "“...,” Mr. Trump said": how far after a quote its own cue verb may stand
_OWN_CUE_WORDS = 4
# "said that ... might be possible:", "apologized for what happened:": clauses inside a clause
_CLAUSE_DEPS = frozenset(LEXICON.governed_clause_deps)
_DESCRIBED_NOUN_DEPS = frozenset(LEXICON.described_noun_deps)
# weaker than most reporting verbs: the verb says who, its position alone says that it reports
_AFTER_QUOTE_STRENGTH = 0.6
_SURVEY_NOUNS = frozenset(LEXICON.survey_nouns)
_CLAUSE_ONLY = frozenset(LEXICON.clause_only_cues)
_THAT_ONLY = frozenset(LEXICON.that_clause_cues)
_EVIDENCE_VERBS = frozenset(LEXICON.evidence_verbs)
_DISPLAYED_QUALITIES = frozenset(LEXICON.displayed_qualities)
_PREDICTING = frozenset(LEXICON.predicting_verbs)
_REQUESTING = frozenset(LEXICON.requesting_verbs)
_REQUEST_ONLY = frozenset(LEXICON.request_only_cues)
_HEARER_IN_CONTENT = ("content:unquoted-object", "content:asked-to")
_ASSIGNING = frozenset(LEXICON.assigning_prepositions)
_ASSIGNING_ONLY = frozenset(LEXICON.assigning_only_cues)
_SURVEY_DETERMINERS = frozenset(LEXICON.survey_determiners)
_RECEIVING_PARTICIPLES = frozenset(LEXICON.receiving_participles)
_RENDERERS = frozenset(LEXICON.according_renderers)
_QUESTION_OPENERS = frozenset(LEXICON.question_marks)
_WH_TAGS = frozenset(LEXICON.wh_pronoun_tags) | {"WRB"}


# --- candidates -----------------------------------------------------------------------


def _candidates(doc, *, any_verb: bool) -> list[int]:
    """The tokens of ``doc`` that ``find_attributions`` can make anything of, in order:
    "according", "in", a speech noun, a form of "use"/"say", or a verb that is a reporting
    verb (any verb when the frame holds a colon or quotation marks). A reporting verb's form the
    tagger took for a noun is one when the frame holds marks ("“...,” Conway notes.") or when it is
    a present tense in -s the parser gave a subject ("the Congressional Budget Office projects that
    ..."; not "The Kenyan put in", "sites ... list more than 200 titles", read as singular nouns), and one
    taken for an adjective with a subject and a that-clause ("experts affirm that ...")."""
    out = []
    for t in doc:
        if t.tag_ in COMMON_NOUN_TAGS:
            verb = t.lower_ in _REPORTING_FORMS and (any_verb or _present_taken_for_plural(t))
            if t.lower_ in _SPEECH_NOUN_FORMS or verb:
                out.append(t.i)
        elif t.lower_ in _CANDIDATE_WORDS or (t.tag_ in VERB_TAGS and (any_verb or t.lower_ in _REPORTING_FORMS)) or (
                _verb_with_clause_taken_for_adjective(t)):
            out.append(t.i)
    return out


# A form's lemma is FORM_TO_LEMMA's, else the form itself, as ``lemma_of`` has it.
_REPORTING_FORMS = frozenset(
    {f for f, lemma in FORM_TO_LEMMA.items() if lemma in REPORTING_VERBS}
    | {lemma for lemma in REPORTING_VERBS if FORM_TO_LEMMA.get(lemma, lemma) in REPORTING_VERBS}
)
_SPEECH_NOUN_FORMS = frozenset(SPEECH_NOUNS) | {n + "s" for n in SPEECH_NOUNS} | frozenset(LIGHT_SPEECH_NOUNS)
_LIGHT_VERB_FORMS = frozenset(LEXICON.light_speech_verb_forms)
_CLARIFYING_FORMS = frozenset(LEXICON.clarifying_verb_forms)
_CLARIFYING_WORDS = frozenset(LEXICON.clarifying_words)
_OPEN_SECRET = tuple(LEXICON.open_secret_words)
_CANDIDATE_WORDS = _USE_FORMS | _CLARIFYING_FORMS | {"according", "in"}


# --- cue rules --------------------------------------------------------------------------
# Each takes the search, a candidate token and its lemma, and returns the attributions the
# shape makes ([] when the shape is there but makes none), or None when the shape is not there.

CueRule = Callable[[_Search, Token, str], "list[Attribution] | None"]


def according_to(search: _Search, tok: Token, lemma: str) -> list[Attribution] | None:
    """"The economy grew by 2%, according to the ONS": the noun phrase after "according to"
    speaks the clause around the phrase."""
    doc = search.doc
    if tok.text.lower() != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    subj = next((c for c in children(to) if c.dep_ == "pobj"), None)
    if subj is None:
        return []
    if subj.lower_ in _RENDERERS:
        return None  # the words' translator, not their speaker: another cue of the sentence gives them
    agent = _issuing_agent(subj)
    subj = agent or subj
    stoks = speaker_tokens(subj)
    # the speaker's words may lie outside the parse's phrase ("According to search engine Ask Jeeves, ...")
    phrase = {t.i for t in tok.subtree} | {tok.i, to.i} | {t.i for t in subj.subtree} | {t.i for t in stoks}
    noun = _document_noun_cut_off(doc, stoks)
    if noun is not None:  # "According to the Datamonitor report the trend ...": the report speaks, its issuer named
        subj, stoks = noun, [*stoks, noun]
        phrase.add(noun.i)
    named = _name_set_off_after(doc, max(phrase), subj)
    if named:  # "according to the statistics office, Destatis, ...": the name speaks, the commas are the phrase's
        subj, stoks = named[-1], named
        phrase |= {t.i for t in named} | {named[0].i - 1, named[-1].i + 1}
    subject = _content_subject_in_apposition(doc, subj)
    if subject is not None:  # the words from it on are the content's, not the speaker's
        stoks = [t for t in stoks if t.i < subject]
        phrase = {i for i in phrase if i < subject}
    rest = _around_phrase(doc, phrase)
    s, e = span_of(stoks)
    if e <= s or not rest:
        return []
    content = (min(t.idx for t in rest), max(t.idx + len(t.text) for t in rest))
    att = _named_attribution(
        search, (tok.idx, to.idx + len(to.text)), "according to", subj, stoks, content,
        strength=0.9, cue_after_content=tok.i > rest[0].i,
        rules=("subject:according-to-agent" if agent else "subject:according-to", "content:around-phrase"),
    )
    return [att] if att is not None else []


def in_words_of(search: _Search, tok: Token, lemma: str) -> list[Attribution] | None:
    """"Here is how bad things got in the words of the patient: “...”", "promised to put him in charge ...
    because, in her words, “he knows how to do it.”", "In Smith's own words, the bill is “a disgrace”": the
    owner of the words (the phrase's possessor, or the object of its of-phrase) speaks the words after a
    colon that closes the phrase, else the clause the phrase stands in. "In other words" has no owner: the
    writer's own."""
    words = next((c for c in children(tok) if c.dep_ == "pobj"), None) if tok.lower_ == "in" else None
    if words is None or words.lower_ not in _OWNED_WORDS:
        return None
    of = next((c for c in children(words) if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = next((c for c in children(of) if c.dep_ == "pobj"), None) if of is not None else None
    speaker = _possessor(search.frame, words, owner)
    if speaker.speaker is None:
        return None
    rest = _words_owned(search.doc, tok)
    if len(rest) < 2:
        return []
    frame = search.frame
    cue_end = max(t.idx + len(t.text) for t in tok.subtree)
    cs, ce = rest[0].idx, rest[-1].idx + len(rest[-1].text)
    return [Attribution(
        cue=frame.to_article(tok.idx, cue_end), cue_text=frame.text[tok.idx : cue_end], **speaker._asdict(),
        content=frame.to_article(cs, ce), holes=_holes(frame, cs, ce), strength=0.8, thought=False,
        frame=search.index, cue_after_content=rest[0].i < tok.i,
        rules=("subject:possessor" if owner is None else "subject:words-of", "content:around-phrase"),
    )]


def _words_owned(doc, tok: Token) -> list[Token]:
    """The tokens an "in the words of" phrase gives its owner: those after a colon that closes the phrase,
    else the clause the phrase hangs on, without the phrase, its edge punctuation and the word that ties
    the clause to the sentence (the "because" is the writer's)."""
    phrase = {t.i for t in tok.subtree}
    after = next((t for t in doc[max(phrase) + 1 :] if not t.is_space), None)
    if after is not None and after.text == ":":
        rest = [t for t in doc[after.i + 1 :] if not t.is_space]
    elif tok.head.i != tok.i:
        rest = [t for t in tok.head.subtree if t.i not in phrase]
    else:
        return []
    while rest and rest[-1].is_punct and rest[-1].text not in CONTENT_CLOSING:
        rest.pop()
    while rest and (rest[0].is_punct and rest[0].text not in CONTENT_OPENING or rest[0].dep_ == "mark"):
        rest.pop(0)
    return rest


def _document_noun_cut_off(doc, stoks: list[Token]) -> Token | None:
    """"According to the Datamonitor report the trend marked ...": with no comma after the phrase the parser
    reads the document's noun as the content's verb ("report the trend") and leaves the source "the
    Datamonitor"; a document's noun right after a source of "the" and capitals is the source's own last word.
    Not after a common noun ("according to the ministry figures show" reads as written) nor a comma."""
    if len(stoks) < 2 or stoks[0].lower_ != "the" or stoks[-1].tag_ not in PROPN_TAGS:
        return None
    after = stoks[-1].i + 1
    if after >= len(doc) or doc[after].lower_ not in DOCUMENT_HEADS or doc[after].tag_ in PROPN_TAGS:
        return None
    return doc[after]


def _name_set_off_after(doc, last: int, source: Token) -> list[Token]:
    """"According to figures gathered by industry watchdog, Ofcom, the growth means ...", "According to
    technology analysts, TDG Research, there will be ...": the name of the source a description introduces,
    set off by commas right after the phrase, which the parser hung on the content's verb. Not "According to
    analysts' forecasts, HSBC, the biggest UK bank, ...", the content's own subject, whose apposition follows
    it. The name's words, or none."""
    if source.tag_ not in COMMON_NOUN_TAGS or last + 2 >= len(doc) or doc[last + 1].text != ",":
        return []
    name = list(itertools.takewhile(lambda t: t.tag_ in PROPN_TAGS, doc[last + 2 :]))
    after = name[-1].i + 1 if name else len(doc)
    if not name or after + 1 >= len(doc) or doc[after].text != ",":
        return []
    heads = {t.i for t in name}
    if any(t.i in heads for t in doc[after + 1].ancestors):
        return []  # the words after the comma describe the name: the content's subject and its apposition
    return name


def _content_subject_in_apposition(doc, subj: Token) -> int | None:
    """"According to technology analysts IDC, a fifth of all hard drives produced will be used ...": the
    parser hangs the content's subject on the source as an apposition; one set off by a comma with a finite
    verb or a modal right after it opens the content (a true apposition, "John Smith, a spokesman for the
    firm, said", ends at a comma). The offset of its first word, or None."""
    for t in subj.subtree:
        first, after = t.left_edge.i, t.right_edge.i + 1
        if t.dep_ == "appos" and first > 0 and doc[first - 1].text == "," and after < len(doc) and (
            doc[after].tag_ in FINITE_TAGS or doc[after].tag_ == "MD"
        ):
            return first
    return None


def in_survey(search: _Search, tok: Token, lemma: str) -> list[Attribution] | None:
    """"In a New York Times/CBS News survey released last Thursday, 79 percent of Democrats said they
    were satisfied ...", "Some 20 percent of people in a recent CNN/ORC poll said ...": a poll in an
    "in" phrase speaks the clause around the phrase, the answers of those it asked."""
    poll = next((c for c in children(tok) if c.dep_ == "pobj"), None) if tok.lower_ == "in" else None
    if poll is None or poll.lower_ not in _SURVEY_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in _SURVEY_DETERMINERS for c in children(poll)):
        return None  # "leads in the polls": where someone stands
    stoks = speaker_tokens(poll)
    phrase = {t.i for t in tok.subtree} | {tok.i}
    rest = _around_phrase(search.doc, phrase)
    if not rest or len(rest) < 3:
        return []
    content = (min(t.idx for t in rest), max(t.idx + len(t.text) for t in rest))
    att = _named_attribution(
        search, (tok.idx, tok.idx + len(tok.text)), tok.text, poll, stoks, content, strength=0.8,
        cue_after_content=tok.i > rest[0].i, rules=("subject:in-survey", "content:around-phrase"),
    )
    return [att] if att is not None else []


def _issuing_agent(noun: Token) -> Token | None:
    """"according to a court document filed by state attorney Dave Aronberg", "according to audio
    provided by Wyoming Public Radio": the agent of a participle on the noun issued the words, and
    annotated news gives them to it; so does the one who gave an interview or speech ("according to an
    interview his brother gave to ITV")."""
    holder = holder_in_clause_on_occasion(noun)  # "according to an interview his brother gave to ITV"
    if holder is not None:
        return holder
    participle = next((c for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i), None)
    if participle is not None and participle.lower_ in _RECEIVING_PARTICIPLES:
        return None  # ("according to credible reports received by Amnesty": the reports speak)
    if noun.lower_ in DOCUMENT_HEADS and names_its_issuer(noun):
        # "according to a New Jersey Watchdog report released by the governor's office": a document that names its
        # issuer before its noun is that issuer's; the agent only released it
        return None
    agent = next((c for c in children(participle) if c.dep_ == "agent"), None) if participle is not None else None
    return next((c for c in children(agent) if c.dep_ == "pobj"), None) if agent is not None else None


def _around_phrase(doc, phrase: set[int]) -> list:
    """The rest of the sentence around the "according to" phrase: the side contiguous with
    the main clause, without punctuation at its ends (quotation marks stay)."""
    rest = [t for t in doc if t.i not in phrase and not (t.is_punct and t.text not in LEXICON.according_kept_marks)]
    if not rest:
        return []
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.i not in phrase:
        rest = [t for t in root.subtree if t.i not in phrase]
        while rest and rest[-1].is_punct and rest[-1].text not in CONTENT_CLOSING:
            rest.pop()
        while rest and rest[0].is_punct and rest[0].text not in CONTENT_OPENING:
            rest.pop(0)
    return rest


def speech_noun(search: _Search, tok: Token, lemma: str) -> list[Attribution] | None:
    """"his claim that people would ''learn nothing''": a speech noun and its that-clause; the
    possessor, if any, is the speaker, else the subject of the light verb whose object the noun is
    ("Trump made similarly bigoted charges that ..."). A light speech noun reports only as such an
    object or as the possessed subject of "was" ("Christie's been making the case for weeks that ...",
    "Sanders's point was that ..."): "the point is that" is the writer's own."""
    if tok.tag_ not in COMMON_NOUN_TAGS:
        return None
    word = tok.lower_
    noun_lemma = word[:-1] if word.endswith("s") and word[:-1] in SPEECH_NOUNS else word
    if noun_lemma not in SPEECH_NOUNS and noun_lemma not in LIGHT_SPEECH_NOUNS:
        return None  # a verb's form tagged as a noun, for the rules after this one
    if _verb_with_subject_taken_for_noun(tok):
        return None  # "“...,” comments Robin Biesbroek of the CDF": for reporting_verb
    light = _light_verb_of(tok)
    copula = _possessed_subject_of_be(tok)
    if noun_lemma not in SPEECH_NOUNS and light is None and copula is None:
        return []  # "the point is that", "in case that": no one's statement
    clause = next(
        (c for c in children(tok) if c.dep_ in _NOUN_CLAUSE_DEPS and c.i > tok.i
         and any(g.dep_ == "mark" and g.lower_ == "that" for g in children(c))),
        None,
    ) or _clause_hung_on_verb_above(tok) or _clause_hung_on_occasion_after(tok) or _clause_hung_on_object_verb(
        tok
    ) or next(
        (_that_clause_after(holder, tok) for holder in (light, copula) if holder is not None), None
    )
    claimed = _claimed_infinitive(tok) if clause is None and noun_lemma in _INFINITIVE_CLAIM_NOUNS else None
    if claimed is not None:
        clause = claimed
    ctoks = list(clause.subtree) if clause is not None else []
    if copula is not None and clause is not None and clause.head.i == copula.i:
        # "Beck’s contention was that Trump is, in fact, appealing to ...": what follows "was that" is the
        # contention to the sentence's end, though the parser hung a part of it on "was"
        ctoks = [t for t in copula.subtree if t.i >= clause.left_edge.i]
    while ctoks and ctoks[-1].is_punct and ctoks[-1].text not in LEXICON.noun_clause_closing_marks:
        ctoks.pop()
    if len(ctoks) < 3:
        return []
    cs, ce = ctoks[0].idx, ctoks[-1].idx + len(ctoks[-1].text)
    frame = search.frame
    speaker, subject_rule = _possessor(frame, tok), "subject:possessor"
    if speaker.speaker is None:
        speaker, subject_rule = _possessor(frame, tok, _agent_of_noun(tok, clause)), "subject:speech-noun-agent"
    if speaker.speaker is None and light is not None:
        speaker, subject_rule = _possessor(frame, tok, _light_verb_subject(search, light)), "subject:light-verb"
    if speaker.speaker is None and noun_lemma not in SPEECH_NOUNS:
        return []  # "it becomes harder to make the case that ...": an argument no one is said to make
    if claimed is not None and subject_rule != "subject:possessor":
        return []  # "the claim to be a leader" with no claimant: no one's words
    content_rule = "content:claimed-infinitive" if claimed is not None else "content:noun-clause"
    return [Attribution(
        cue=frame.to_article(tok.idx, tok.idx + len(tok.text)), cue_text=tok.text, **speaker._asdict(),
        content=frame.to_article(cs, ce), holes=_holes(frame, cs, ce),
        strength=SPEECH_NOUNS.get(noun_lemma) or LIGHT_SPEECH_NOUNS[noun_lemma],
        thought=False, frame=search.index, cue_after_content=False,
        rules=((subject_rule,) if speaker.speaker is not None else ()) + (content_rule,),
    )]


def _claimed_infinitive(noun: Token) -> Token | None:
    """content:claimed-infinitive: "would bolster Rubio's claim to be the GOP establishment's strongest
    alternative to Trump", "North Korea's claim to have conducted the successful test": the infinitive of being
    or having (lexicon ``claimed_infinitive_words``) after a claim (``infinitive_claim_nouns``) is what was
    claimed, from its "to". Not "his claim to the throne" (a right, no verb), nor "his claim to win" (an
    infinitive of doing, as often a right or a title as words)."""
    for c in children(noun):
        if c.dep_ != "acl" or c.i < noun.i:
            continue
        to = next((g for g in children(c) if g.dep_ == "aux" and g.lower_ == "to"), None)
        if to is not None and to.i + 1 < len(noun.doc) and noun.doc[to.i + 1].lower_ in _CLAIMED_INFINITIVES:
            return c
    return None


_INFINITIVE_CLAIM_NOUNS = frozenset(LEXICON.infinitive_claim_nouns)
_NOUN_CLAUSE_DEPS = frozenset(LEXICON.noun_clause_deps)
_CLAIMED_INFINITIVES = frozenset(LEXICON.claimed_infinitive_words)


def _light_verb_of(noun: Token) -> Token | None:
    """The light verb ("make", "press") whose direct object the noun is: "made the case", "pressing the case"."""
    head = noun.head
    return head if noun.dep_ == "dobj" and head.lower_ in _LIGHT_VERB_FORMS and is_verb(head) else None


def _light_verb_subject(search: _Search, verb: Token) -> Token | None:
    """Who makes the case: the light verb's subject, not an "it" its infinitive climbed to."""
    subj = _subject(search, verb)[0]
    return None if subj is not None and subj.lower_ in _EXTRAPOSING and subj.head.i != verb.i else subj


def _possessed_subject_of_be(noun: Token) -> Token | None:
    """The "was" whose subject the noun is, with its possessor: "Beck’s contention was that ..."."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.lower_ not in _BE_FORMS:
        return None
    return head if any(c.dep_ == "poss" for c in children(noun)) else None


def _that_clause_after(holder: Token, noun: Token) -> Token | None:
    """The that-clause the parser hung on the verb that holds the noun ("made the case for weeks that
    Rubio isn't ready": on "made"), with only prepositional or time phrases between the noun and it."""
    for c in children(holder):
        if c.dep_ in _HELD_NOUN_CLAUSE_DEPS and c.i > noun.i and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in children(c)
        ):
            between = [t for t in children(holder) if noun.i < t.i < c.i]
            if all(t.dep_ in _HELD_NOUN_BETWEEN_DEPS for t in between):
                return c
    return None


def _clause_hung_on_object_verb(noun: Token) -> Token | None:
    """"Obama repeated his contention that identifying the group as Islamic will only serve as a propaganda tool":
    the parser hung the speech noun's that-clause on the verb whose direct object the noun is (as an adverbial
    clause of "repeated"); with only prepositional or time phrases between them, the clause is the noun's. The
    light verbs and "was" are read by ``_that_clause_after`` already."""
    verb = noun.head
    if noun.dep_ != "dobj" or not is_verb(verb) or verb.i > noun.i:
        return None
    return _that_clause_after(verb, noun)


def _agent_of_noun(noun: Token, clause: Token | None) -> Token | None:
    """"the suggestion by a potential president that someone "ought to look into" the judge": the object of
    a by-phrase between the speech noun and its that-clause made the statement."""
    by = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i
               and (clause is None or c.i < clause.i)), None)
    return next((c for c in children(by) if c.dep_ == "pobj"), None) if by is not None else None


def _clause_hung_on_verb_above(noun: Token) -> Token | None:
    """"He was challenged over his statement on Wednesday that ''Islam hates us''": the parser hung the
    noun's that-clause on the verb whose prepositional object the noun is; the clause is the noun's when
    only a time or place phrase stands between them, of that verb or of the noun ("stood by his comment
    Monday that "Islam hates us,""). A verb of speech keeps it: "said in a statement that ..." reports
    the clause itself."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i >= noun.i:
        return None
    verb = prep.head
    if lemma_of(verb) in SPEECH_VERBS:
        return None
    for c in children(verb):
        if c.dep_ == "ccomp" and c.i > noun.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in children(c)):
            between = [t for t in children(verb) if noun.i < t.i < c.i]
            if all(t.dep_ in ("prep", "npadvmod") for t in between) and c.left_edge.i == max(
                (t.right_edge.i for t in between), default=noun.right_edge.i
            ) + 1:
                return c
    return None


def _clause_hung_on_occasion_after(noun: Token) -> Token | None:
    """"his claim in the same interview that the pair were “not close”": the parser hung the noun's
    that-clause on the occasion noun of the phrase right after it ("in the same interview", "at the
    briefing"); an occasion is no speech noun of its own, so the clause is the noun's."""
    doc = noun.doc
    at = noun.right_edge.i + 1
    prep = doc[at] if at < len(doc) else None
    if prep is None or prep.dep_ != "prep":
        return None
    occasion = next((c for c in children(prep) if c.dep_ == "pobj"), None)
    if occasion is None or occasion.lower_ not in OCCASION_NOUNS:
        return None
    return next(
        (c for c in children(occasion) if c.dep_ in _OCCASION_CLAUSE_DEPS and c.i > occasion.i
         and c.left_edge.i == occasion.i + 1
         and any(g.dep_ == "mark" and g.lower_ == "that" for g in children(c))),
        None,
    )


class _Speaker(NamedTuple):
    speaker: Span | None = None
    speaker_text: str | None = None
    speaker_kind: str | None = None
    speaker_label: str | None = None
    speaker_head: str | None = None


def _possessor(frame: Frame, noun: Token, owner: Token | None = None) -> _Speaker:
    """"Trump's claim", "his claim": the possessor of a speech noun (or the ``owner`` given); a possessive
    pronoun stands for its subject form ("his" -> "he")."""
    owner = owner if owner is not None else next((c for c in children(noun) if c.dep_ == "poss"), None)
    if owner is None:
        return _Speaker()
    stoks = [t for t in speaker_tokens(owner) if t.dep_ != "case"]
    s, e = span_of(stoks) if stoks else (0, 0)
    if e <= s:
        return _Speaker()
    if owner.tag_ == "PRP$":
        return _Speaker(frame.to_article(s, e), frame.text[s:e], "pronoun", None,
                        _POSSESSIVE.get(owner.lower_, owner.lower_))
    kind, label = kind_of(owner, stoks)
    return _Speaker(frame.to_article(s, e), frame.text[s:e], kind, label, owner.lower_)


def words_used(search: _Search, tok: Token, lemma: str) -> list[Attribution] | None:
    """"Trump has used the phrase “Islamic terrorism”": the quoted words are the subject's."""
    if tok.lower_ not in _USE_FORMS:
        return None
    noun = next((c for c in children(tok) if c.dep_ == "dobj" and c.lower_ in _WORD_NOUNS), None)
    subj, subject_rule = subject_of(tok)
    if noun is None or subj is None:
        return None
    words = [t for t in noun.subtree if t.i > noun.i]
    if not has_quote_mark(words):
        words = _words_set_off(noun)
        if not words:
            return None
    cue_end = noun.idx + len(noun.text)
    att = _named_attribution(
        search, (tok.idx, cue_end), search.frame.text[tok.idx : cue_end], subj, speaker_tokens(subj),
        (words[0].idx, words[-1].idx + len(words[-1].text)), strength=0.6, quote_only=True,
        rules=(subject_rule, "content:words-named"),
    )
    return [att] if att is not None else None


def _words_set_off(noun: Token) -> list:
    """"When Trump used the words, “I’m not quite there yet,” he was echoing Ryan": the quoted words a comma
    or colon sets off right after the noun that names them, which the parser hung elsewhere (on the main
    clause's verb); from the opening mark to the closing one."""
    doc = noun.doc
    i = noun.i + 1
    if i + 1 >= len(doc) or doc[i].text not in (",", ":") or doc[i + 1].text not in QUOTE_CHARS:
        return []
    close = next((t for t in doc[i + 2 :] if t.text in QUOTE_CHARS), None)
    return list(doc[i + 1 : close.i + 1]) if close is not None and close.i > i + 2 else []


def put_it(search: _Search, tok: Token, lemma: str) -> list[Attribution] | None:
    """"as the minister put it": an explicit attribution; "put" reports nothing else."""
    if lemma != "put" or lemma not in REPORTING_VERBS or not is_verb(tok):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in children(tok)):
        return []
    return _cue_verb(search, tok, lemma, None)


def made_clear(search: _Search, tok: Token, lemma: str) -> list[Attribution] | None:
    """"Sanders has made clear that he expects the Clinton camp to unleash “attack dogs”", "she made it
    clear that she has “serious concerns”": "make" with "clear" right after it ("it" or an adverb between)
    reports the finite clause after "clear", as "said" would; its subject speaks. The parser hangs that
    clause on "make", on "clear", or hangs "clear" on it. Not a question ("has not made clear whether
    ..."), a denial ("did not make clear that") or "made clear" with no clause ("made that clear:", which
    the colon rule reads)."""
    if tok.lower_ not in _CLARIFYING_FORMS or not is_verb(tok) or any(c.dep_ == "neg" for c in children(tok)):
        return None
    clear = _clear_after(tok)
    clause = _clarified_clause(tok, clear) if clear is not None else None
    if clause is None or not is_finite(clause):
        return None
    # the words after "clear" (a clause the parser hung "clear" on holds it: "made clear exchange rates had ...")
    ctoks = [t for t in clause.subtree if t.i > clear.i]
    if not ctoks or ctoks[0].lower_ in _QUESTION_OPENERS or (ctoks[0].tag_ in _WH_TAGS and ctoks[0].lower_ != "that"):
        return None  # "helps to make clear what is going on": a question, not a report
    subj, subject_rule = _subject(search, tok)
    if subj is None:
        return None
    return _said_openly(search, tok, clear.idx + len(clear.text), (subj, subject_rule), ctoks, 3, "content:clause")


def made_no_secret(search: _Search, tok: Token, lemma: str) -> list[Attribution] | None:
    """"Ted Cruz has made no secret of the fact that he spanks his daughter", "Emanuel has made no secret of his
    frustration with the movie's title": "make" with "no secret of" says openly what the "of" takes (its noun
    phrase, "the fact that ..." with it), as "made clear" says a clause; its subject speaks."""
    if tok.lower_ not in _CLARIFYING_FORMS or not is_verb(tok):
        return None
    words = tok.doc[tok.i + 1 : tok.i + 1 + len(_OPEN_SECRET)]
    if tuple(t.lower_ for t in words) != _OPEN_SECRET:
        return None
    of = words[-1]
    said = next((c for c in children(of) if c.dep_ in ("pobj", "pcomp")), None)
    subj, subject_rule = _subject(search, tok) if said is not None else (None, None)
    if subj is None:
        return None
    ctoks = [t for t in tok.doc[of.i + 1 : said.right_edge.i + 1]]
    return _said_openly(search, tok, of.idx + len(of.text), (subj, subject_rule), ctoks, 2, "content:noun-phrase")


def _said_openly(
    search: _Search, verb: Token, cue_end: int, subject: tuple[Token, str | None], ctoks: list[Token], least: int,
    content_rule: str,
) -> list[Attribution] | None:
    """The attribution "made clear ..." and "made no secret of ..." share: the cue runs from the verb to
    ``cue_end``, the content is ``ctoks`` less its closing punctuation (at least ``least`` words of it, or
    it is no report), and the verb's subject speaks."""
    while ctoks and ctoks[-1].is_punct and ctoks[-1].text not in CONTENT_CLOSING:
        ctoks.pop()
    if len(ctoks) < least:
        return None
    subj, subject_rule = subject
    att = _named_attribution(
        search, (verb.idx, cue_end), search.frame.text[verb.idx : cue_end], subj, speaker_tokens(subj),
        (ctoks[0].idx, ctoks[-1].idx + len(ctoks[-1].text)), strength=0.8,
        rules=(subject_rule or "subject:nsubj", content_rule),
    )
    return [att] if att is not None else None


def _clear_after(verb: Token) -> Token | None:
    """"clear" within three words after "make", only "it" or adverbs between ("made it very clear")."""
    for t in verb.doc[verb.i + 1 : verb.i + 4]:
        if t.lower_ in _CLARIFYING_WORDS:
            return t
        if t.lower_ != "it" and t.tag_ not in _ADVERB_TAGS:
            return None
    return None


def _clarified_clause(verb: Token, clear: Token) -> Token | None:
    """The verb of the clause "made clear" reports: a clause hung on "make" or "clear" after "clear", or
    the verb the parser hung "clear" on ("has made clear he will appeal": "clear" an acomp of "appeal")."""
    for c in (*children(verb), *children(clear)):
        if c.dep_ in ("ccomp", "advcl") and c.i > clear.i and is_verb(c):
            return c
    head = clear.head
    return head if head.i > clear.i and is_verb(head) and head.head.i == verb.i else None


def reporting_verb(search: _Search, tok: Token, lemma: str) -> list[Attribution] | None:
    """"The minister said the bill would pass", "“We will win,” she told reporters", "Sanders
    shot back, “Secretary Clinton called them out”", "Baume spoke of “competing agendas”": a
    verb of the cue lexicon, or a verb with the particle of a phrasal cue or the quoted
    prepositional object of an object cue."""
    if lemma not in REPORTING_VERBS:
        lemma = _phrasal_cue(tok) or _object_cue(tok)
    if lemma is None or not (is_verb(tok) or _infinitive_taken_for_noun(tok) or _verb_with_subject_taken_for_noun(tok)
                             or _verb_with_clause_taken_for_adjective(tok) or _participle_taken_for_noun(tok)):
        return None
    # no speaker and no content: the parse missed the shape, which a rule by position may read
    return _cue_verb(search, tok, lemma, None) or None


def _infinitive_taken_for_noun(tok: Token) -> bool:
    """"That record prompted Dave Leip’s Atlas of U.S. Presidential Elections ... to state, “...”": a verb
    after its infinitive "to" that the tagger read as a noun (the parser still hung the "to" on it)."""
    return tok.tag_ in COMMON_NOUN_TAGS and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children(tok))


def _verb_with_subject_taken_for_noun(tok: Token) -> bool:
    """"“We worked on adjusting the architecture,” comments Robin Biesbroek of the CDF": a reporting verb's
    form that is also a speech noun's plural ("comments", "claims", "remarks"), which the tagger read as a
    noun while the parser gave it a subject of its own; not a noun with its determiner ("That was his
    comment")."""
    if tok.tag_ not in COMMON_NOUN_TAGS or tok.lower_ not in FORM_TO_LEMMA:
        return False
    deps = {c.dep_ for c in children(tok)}
    return "nsubj" in deps and not deps & {"det", "poss"}


def _participle_taken_for_noun(tok: Token) -> bool:
    """"The ad then cuts to footage of Trump saying, “...”", "a clip of Obama saying: “...”": a speech verb's
    "-ing" that the tagger read as a noun compounded with the name before it ("Trump saying"), right before the
    comma or colon that opens quoted words; a noun "saying" has a determiner ("an old saying")."""
    if tok.tag_ not in COMMON_NOUN_TAGS or not tok.lower_.endswith("ing") or tok.lower_ not in _REPORTING_FORMS:
        return False
    doc = tok.doc
    if tok.i < 1 or tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in (",", ":"):
        return False
    name = doc[tok.i - 1]
    # not a day or a month: "a statement issued on Sunday reading: “...”" is the statement's words
    return (name.tag_ in PROPN_TAGS and name.head.i == tok.i and doc[tok.i + 2].text[:1] in _OPENING_MARKS
            and name.lower_ not in CALENDAR and not any(c.dep_ in ("det", "poss") for c in children(tok)))


def _verb_with_clause_taken_for_adjective(tok: Token) -> bool:
    """"Foreign policy experts affirm that it is highly likely ...": a reporting verb's form that the tagger read
    as an adjective while the parser gave it a subject and a clause opened by "that"; not an adjective of its own
    ("related costs", "is related to")."""
    if tok.tag_ != "JJ" or tok.lower_ not in _REPORTING_FORMS:
        return False
    kids = children(tok)
    return any(c.dep_ == "nsubj" for c in kids) and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(c)) for c in kids
    )


def _present_taken_for_plural(tok: Token) -> bool:
    """"the Congressional Budget Office projects that ...", "Super PAC blasts Trump": a verb's present tense
    in -s that the tagger read as a plural noun, with a subject the parser gave it."""
    return tok.lower_.endswith("s") and _verb_with_subject_taken_for_noun(tok)


def _phrasal_cue(verb: Token) -> str | None:
    """"shot back", "went on": the phrasal cue a verb makes with the particle right after it; not
    "went on to claim that ...", where the next verb reports."""
    head = PHRASAL_HEADS.get(verb.lower_)
    nxt = verb.doc[verb.i + 1] if head is not None and verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.head.i != verb.i or nxt.dep_ not in ("prt", "advmod"):
        return None
    after = verb.doc[nxt.i + 1] if nxt.i + 1 < len(verb.doc) else None
    if any(c.dep_ == "xcomp" for c in children(verb)) or (after is not None and after.lower_ == "to"):
        return None
    phrase = f"{head} {nxt.lower_}"
    return phrase if phrase in PHRASAL_CUES else None


def _object_cue(verb: Token) -> str | None:
    """"spoke of", "talked about": the object cue a verb that reports nothing else makes."""
    cue = object_cue(verb)
    return cue[0] if cue is not None else None


def colon_verb(search: _Search, tok: Token, lemma: str) -> list[Attribution] | None:
    """"McCaskill scolded him: “The scientific community ...”": any verb with a subject whose
    clause ends in a colon before a quotation."""
    if not search.has_colon or (lemma in REPORTING_VERBS and lemma not in _CLAUSE_ONLY):
        return None
    colon = _introduces_quote(tok, search.doc)
    if colon is None:
        return None
    if tok.dep_ not in _MAIN_CLAUSE_DEPS and _cued_after(colon, search.doc):
        return []  # an embedded clause ("over what her husband did:"), not "The senator scolded him: “...,” she said"
    main = _governing_clause(tok)
    if main is tok and _writers_comment(tok):
        return []  # not 'Mr. Amar said that ... a grand bargain might be possible: “...”': said governs it
    return _cue_verb(search, main, lemma_of(main), colon) if main is not tok else _cue_verb(search, tok, lemma, colon)


def _writers_comment(verb: Token) -> bool:
    """"Wait, it gets better: “...”", "the biggest victor was not on the stage, it was the stage itself:
    “...”", "The rationale these liars use ... is a cultish blind faith in Obama’s word: “...”": a colon
    clause whose subject is "it", or a form of "be" that says what a thing is (a common noun that names no
    words: not "Clinton’s response was: “...”", "The proposed question is: “...”"), is the writer's comment
    on the quote, and no one in it speaks the quote."""
    subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "expl")), None)
    if subject is None:
        return False
    if subject.lower_ in _COMMENTING_PRONOUNS:
        return True
    # a form of "be" only: "appears in the Sun under the headline: “...”" tells where the words stand
    if verb.lower_ not in _BE_FORMS or subject.tag_ not in COMMON_NOUN_TAGS:
        return False
    return not any(subject.lower_ in nouns for nouns in (_SPEECH_NOUN_FORMS, _ISSUED_NOUNS, _WORD_NOUNS, _NAMING_WORDS))


def _cued_after(colon: Token, doc) -> bool:
    """"... about why no one should be surprised over what her husband did: “Men, you will not cease to exist
    ...,” she wrote.", "Murphy followed up by lamenting ...: “There’s just a ton of bullshit with this job,” he
    said.": the quote after the colon hands on to a reporting verb of its own, which says who spoke it."""
    marks = [t for t in doc[colon.i + 1 :] if t.text in QUOTE_CHARS][:2]
    if len(marks) < 2 or doc[marks[1].i - 1].text not in HANDING_ON_MARKS:
        return False
    after = doc[marks[1].i + 1 : marks[1].i + 1 + _OWN_CUE_WORDS]
    return any(is_verb(t) and lemma_of(t) in REPORTING_VERBS for t in after)


def _governing_clause(verb: Token) -> Token:
    """The verb whose clause holds ``verb``'s clause, when that is a reporting verb or the main
    clause: in 'Mr. Amar said that ... some kind of grand bargain might be possible: “...”' and
    'Clinton has since apologized for what happened: “...”' the speaker is the subject of that
    clause, not of the clause before the colon."""
    head = verb
    while head.dep_ in _CLAUSE_DEPS and is_verb(_clause_above(head)) and _clause_above(head).i < head.i:
        head = _clause_above(head)
    if head is verb or not any(c.dep_ == "nsubj" for c in children(head)):
        return verb
    # the main clause, also when the parser hung it on the quotation's verb after the colon
    main = head.dep_ == "ROOT" or head.head.i > verb.i
    return head if lemma_of(head) in REPORTING_VERBS or main else verb


def _clause_above(verb: Token) -> Token:
    """The word a clause hangs on, past the preposition of "apologized for what happened"; for a relative
    clause, the verb of the noun it describes: in "she offered up this sound bite for which she later
    apologized: “...”" the quote is the sound bite, and the one who offered it up spoke it."""
    up = verb.head
    if verb.dep_ == "relcl" and up.dep_ in _DESCRIBED_NOUN_DEPS and up.head.i != up.i:
        return up.head
    if verb.dep_ == "pcomp" and up.dep_ == "prep" and up.head.i != up.i:
        return up.head
    return up


def after_quote(search: _Search, tok: Token, lemma: str) -> list[Attribution] | None:
    """"“Go back to Univision,” Trump barked", "“It never gives up,” an angry Hollande retaliated":
    a finite verb right after the noun phrase that follows quoted words ending on a comma, "?" or
    "!" says who spoke them, whether or not it is a reporting verb. Read by position, not by the
    parse, which often makes such a name a compound of the quote ("Trump barked" as an apposition);
    a reporting verb comes here only when the parse gave it neither speaker nor content."""
    doc = search.doc
    mistagged = _verb_taken_for_noun(doc, tok)
    if not search.paired_marks or (tok.tag_ not in _AFTER_QUOTE_TAGS and not mistagged):
        return None
    inverted = [] if mistagged else _inverted_after_quote(tok)
    name_next = tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in PROPN_TAGS
    if not inverted and (tok.dep_ in ("amod", "compound") or name_next):
        return None  # "“...,” Me den Hartog told": a name particle the tagger took for a verb
    stoks = inverted or _noun_phrase_after_quote(doc, tok.i, mistagged)
    if not stoks:
        return None
    # the run's last word heads an inverted speaker, whatever its tag ("tweeted another")
    head = stoks[-1] if mistagged or inverted else next(t for t in reversed(stoks) if t.tag_ in NOUN_TAGS)
    s, e = span_of(stoks)
    if e <= s:
        return None
    frame = search.frame
    kind, label = kind_of(head, stoks)
    return [Attribution(
        cue=frame.to_article(tok.idx, tok.idx + len(tok.text)), cue_text=tok.text,
        speaker=frame.to_article(s, e), speaker_text=frame.text[s:e], speaker_kind=kind,
        speaker_head=head.lower_, speaker_label=label,
        # the verb's own object ("shot back with a laugh") is not what was said: the quote before is
        content=None, holes=(), strength=_AFTER_QUOTE_STRENGTH, thought=False, frame=search.index,
        cue_after_content=True, rules=("subject:inverted-after-quote" if inverted else "subject:after-quote",),
    )]


def _present_inverted(verb: Token) -> bool:
    """A present-tense verb after a quote may invert its speaker: a verb of speech, or a verb that is no
    copula right after a quote that opens its sentence."""
    if lemma_of(verb) in SPEECH_VERBS:
        return True
    return verb.lower_ not in _COPULAS and verb.i >= 2 and _opens_frame(verb.doc, verb.i - 1)


def _inverted_after_quote(verb: Token) -> list:
    """"“An awful lot of analysts said no ...,” remembered Roy Verley, HP's former spokesman": any
    past-tense verb right after quoted words that end on a comma, "?" or "!", with the speaker after
    it (``subjects.inverted_after_quote``); the words from the verb to the speaker's head. The present
    tense too: of a verb of speech anywhere ("“...,” claims writer John Ostrower", which the parser makes a
    compound of the name after it), and of any verb that is no copula when the quote opens its sentence
    ("“If a protester starts demonstrating ...,” begins a message read before every rally": a text that
    speaks as it stands; not 'The ad, entitled “Nuestra Historia,” features five Hispanic-Americans': a
    title, then its object)."""
    if verb.tag_ not in _INVERTED_TAGS:
        return []
    if verb.tag_ != "VBD" and not _present_inverted(verb):
        return []
    head = inverted_after_quote(verb)
    return list(verb.doc[verb.i + 1 : head.i + 1]) if head is not None else []


def _verb_taken_for_noun(doc, tok: Token) -> bool:
    """"“...,” Conway notes.", "“...,” the editorial read.": a reporting verb's form that ends its
    clause, which the tagger took for the head of one noun phrase with the speaker."""
    if tok.tag_ not in COMMON_NOUN_TAGS or tok.lower_ not in FORM_TO_LEMMA:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.tag_ == "IN"


def _noun_phrase_after_quote(doc, verb_i: int, mistagged: bool = False) -> list:
    """The words between a closing quotation mark (a comma, "?" or "!" before it) and the verb at
    ``verb_i``, when they are one short noun phrase ("an angry Hollande", "the source"); else [].
    Before a verb ``mistagged`` as a noun the tagger took the phrase for that noun's modifiers."""
    i = verb_i - 1
    while i >= 0 and verb_i - i <= _AFTER_QUOTE_MAX_WORDS and doc[i].tag_ in _AFTER_QUOTE_PHRASE_TAGS:
        i -= 1
    words = list(doc[i + 1 : verb_i])
    while words and words[-1].tag_ in _ADVERB_TAGS:
        words.pop()  # "Trump finally shot back"
    while i > 0 and doc[i].is_space:
        i -= 1  # a non-breaking space between the mark and the noun phrase is a token of its own
    if not words or i < 1 or doc[i].text not in QUOTE_CHARS or doc[i - 1].text not in HANDING_ON_MARKS:
        return []
    if not (mistagged or any(t.tag_ in NOUN_TAGS for t in words)) or words[0].lower_ in RELATIVE:
        return []
    if words[0].tag_ in _AFTER_QUOTE_INNER_TAGS or words[-1].tag_ in _AFTER_QUOTE_INNER_TAGS:
        return []  # "“...,” in the end Trump said": a phrase the preposition opens, no speaker's name
    return words if _opens_frame(doc, i) else []


def _opens_frame(doc, close_i: int) -> bool:
    """The quote closed at ``close_i`` opens its sentence: 'this “underhand trick,” the bill stood'
    names no speaker for the quote; a quote opened in a sentence before does ('Donald can't," the email read.')."""
    opening = next((t.i for t in reversed(doc[:close_i]) if t.text in QUOTE_CHARS), None)
    if opening is None:  # the frame's one unpaired mark closes it: not 'this is so," you know, ... that."'
        return sum(t.text in QUOTE_CHARS for t in doc) % 2 == 1
    return all(t.is_punct for t in doc[:opening])


def characterisation(search: _Search, tok: Token, lemma: str) -> list[Attribution] | None:
    """"Reid has been pounding Trump as a “con artist”", "admires Putin as a “strong leader”":
    the quoted words that characterise the object are the subject's. Not a passive ("known
    as “the Justice Act”": a name, not anyone's words)."""
    if not (search.has_marks and is_verb(tok)):
        return None
    if lemma in REPORTING_VERBS:
        return []  # the reporting-verb rule read it and found nothing
    subj = next((c for c in children(tok) if c.dep_ == "nsubj" and c.i < tok.i), None)
    if passive(tok) or subj is None:
        return []
    if subj.tag_ not in NOUN_TAGS or subj.lower_ in LEXICON.not_characterising:
        return []
    obj, phrase = _characterised(tok)
    if phrase is None or not has_quote_mark(phrase.subtree):
        return []
    end = _characterisation_end(search.doc, obj, list(phrase.subtree))
    att = _named_attribution(
        search, (tok.idx, tok.idx + len(tok.text)), tok.text, subj, speaker_tokens(subj),
        (obj.left_edge.idx, end.idx + len(end.text)), strength=0.45, quote_only=True,
        rules=("subject:nsubj", "content:characterisation"),
    )
    return [att] if att is not None else []


def _characterised(verb: Token) -> tuple[Token | None, Token | None]:
    """The object a verb characterises and the as-phrase after it, if the object is definite."""
    obj = None
    has_object = any(c.dep_ == "dobj" for c in children(verb))  # "whom Bush introduced to cheers as"
    for c in children(verb):
        if c.i <= verb.i:
            continue
        if c.dep_ == "dobj":
            obj = c
        elif c.dep_ in ("prep", "prt") and c.i == verb.i + 1 and c.lower_ != "as" and not has_object:
            # "has gone after Trump as ...", "referred to Rubio as ...": the phrasal verb's object
            obj = next((g for g in children(c) if g.dep_ == "pobj"), None)
        elif c.dep_ == "prep" and c.lower_ == "as" and obj is not None and c.i > obj.right_edge.i and _definite(obj):
            return obj, c
    return obj, None


def _characterisation_end(doc, obj: Token, words: list) -> Token:
    """The characterisation ends with its quoted words ("as a “con artist” this year"); when
    the parse cut the last ones short ("and a “spoiled brat.”") they run to the closing mark."""
    end = next(t for t in reversed(words) if t.text in QUOTE_CHARS)
    if sum(t.text in QUOTE_CHARS for t in doc[obj.left_edge.i : end.i + 1]) % 2:
        end = next((t for t in doc[end.i + 1 :] if t.text in QUOTE_CHARS), end)
    return end


def _definite(noun: Token) -> bool:
    """A name, a pronoun or a determined noun phrase: something a speaker can call
    names ("Trump", "the proposal", "32% of claims"), unlike "gained fame as"."""
    return noun.tag_ in PROPN_TAGS or noun.tag_ == "PRP" or any(c.dep_ in DEPS.determiner for c in children(noun))


# Tried in order on every candidate word; the first that reads its shape wins.
CUE_RULES: tuple[tuple[str, CueRule], ...] = (
    ("cue:according-to", according_to),
    ("cue:in-survey", in_survey),
    ("cue:in-words-of", in_words_of),
    ("cue:speech-noun", speech_noun),
    ("cue:words-used", words_used),
    ("cue:put-it", put_it),
    ("cue:made-clear", made_clear),
    ("cue:made-no-secret", made_no_secret),
    ("cue:reporting-verb", reporting_verb),
    ("cue:colon", colon_verb),
    ("cue:after-quote", after_quote),
    ("cue:characterisation", characterisation),
)


def find_attributions(frame: Frame, doc, frame_index: int) -> list[Attribution]:
    """The attributions of one parsed frame (``doc``, spaCy's parse of ``frame.text``), in the
    order of their cue words."""
    doc = read_parse(doc, frame.text)
    try:
        found = _attributions(_search(frame, doc, frame_index))
    finally:
        doc.release()
    return [_as_written(frame, a) for a in found] if frame.mended else found


def _as_written(frame: Frame, a: Attribution) -> Attribution:
    """The attribution's words as the article writes them where the parser saw mended letters."""
    return replace(a, cue_text=as_written(frame, a.cue_text), speaker_text=as_written(frame, a.speaker_text),
                   speaker_head=as_written(frame, a.speaker_head), antecedent=as_written(frame, a.antecedent))


def _attributions(search: _Search) -> list[Attribution]:
    doc = search.doc
    found: list[Attribution] = []
    for i in _candidates(doc, any_verb=search.has_colon or search.has_marks):
        tok = doc[i]
        lemma = lemma_of(tok)
        for rule_id, rule in CUE_RULES:
            made = rule(search, tok, lemma)
            if made is not None:
                for a in made:
                    # the rule made ``a`` just now and nothing else holds it: its id goes in
                    # place, not into a copy (dataclasses.replace was 2% of extraction's own time)
                    object.__setattr__(a, "rules", (rule_id, *a.rules))
                found.extend(made)
                break
    return found


def _search(frame: Frame, doc, frame_index: int) -> _Search:
    # frame.text, not doc.text: spaCy rebuilds doc.text from its tokens on every access;
    # most frames have no colon and no marks, which spares those tests per token
    has_marks = any(m in frame.text for m in QUOTE_CHARS)
    return _Search(frame, doc, frame_index, ":" in frame.text, has_marks, has_marks and _marks_pair_up(doc), {})


def _marks_pair_up(doc) -> bool:
    """The frame's quotation marks pair up, or pair up after a first mark that closes a quote opened in a
    sentence before ('Donald can't," the email read.': the words of a quote three sentences long end there);
    a lone mark elsewhere is an inch sign or a typo ('about 5' 10" tall and said')."""
    marks = [t for t in doc if t.text in QUOTE_CHARS]
    if len(marks) % 2 == 0:
        return True
    # a closing mark hangs on the comma before it and a space follows it; not 'says, "I'd like ...'
    first = marks[0]
    before = doc[first.i - 1] if first.i > 0 else None
    closing = before is not None and before.text in HANDING_ON_MARKS and not before.whitespace_
    return closing and bool(first.whitespace_) and first.i + 1 < len(doc)


# --- a cue verb: its speaker, content and cue span --------------------------------------


class _Said(NamedTuple):
    tokens: list
    cue_after: bool
    quote_only: bool
    particle: Token | None  # "called for", "called on"
    rules: tuple[str, ...]


def _cue_verb(search: _Search, tok: Token, lemma: str, colon: Token | None) -> list[Attribution]:
    """The attribution a cue verb makes, if it has a speaker or a content."""
    if _not_a_cue(tok, search.doc):
        return []
    subj, subject_rule = _subject(search, tok)
    said = _said(search, tok, lemma, subj, colon)
    if said is None or (subj is None and not said.tokens):
        return []
    frame = search.frame
    cue_start, cue_end = _cue_span(tok, lemma, colon, said)
    speaker, antecedent, climbed = _speaker(frame, tok, subj)
    cspan, holes, lead, trims = _content_span(frame, said.tokens, tok, subj)
    strength = 0.9 if lemma == "put" else _cue_strength(lemma, colon)
    rules = (subject_rule,) if subject_rule else ()
    rules += ("subject:relative-antecedent",) if antecedent else ()
    rules += (("subject:relative-climbs",) if climbed else ()) + said.rules + trims
    return [Attribution(
        cue=frame.to_article(cue_start, cue_end), cue_text=frame.text[cue_start:cue_end], **speaker._asdict(),
        content=cspan, holes=holes,
        strength=strength, thought=lemma in THOUGHT_VERBS and lemma not in SPEECH_VERBS, frame=search.index,
        cue_after_content=said.cue_after, antecedent=antecedent, quote_only=said.quote_only, lead=lead,
        rules=rules,
    )]


def _cue_strength(lemma: str, colon: Token | None) -> float:
    """The lexicon's strength of a cue verb, phrasal cue or object cue; else by the colon."""
    found = REPORTING_VERBS.get(lemma) or PHRASAL_CUES.get(lemma) or OBJECT_CUES.get(lemma)
    return found or (0.7 if colon is not None else 0.5)


def _not_a_cue(tok: Token, doc) -> bool:
    """"the said agreement", "a report written by", "That said, ...": the verb reports nothing."""
    if tok.tag_ == "VBN" and tok.dep_ == "acl":
        return not _verb_hung_on_speaker(tok) and not _naming_taken_for_participle(tok)
    return (tok.dep_ in ("amod", "compound") or _set_phrase(tok, doc) or _shown_speaking(tok)
            or _speech_noun_taken_for_verb(tok))


def _speech_noun_taken_for_verb(tok: Token) -> bool:
    """"Mr Blair derided Tory claims they could cut £35bn", "defended his party's posters amid Tory claims
    the ads were ...", "he hit back at Labour claims he had used Mrs Dixon": a speech noun's plural that the
    tagger read as a verb in -s, after one proper word that is right after a preposition or a verb that reports
    nothing. A clause cannot follow "amid" or "derided", so "Tory claims" is that word's object, a noun
    phrase, and its clause is no one's quote here; "said Labour claims ..." (a reporting verb) may be a clause."""
    if tok.tag_ != "VBZ" or tok.lower_ not in _SPEECH_NOUN_FORMS or tok.i < 2:
        return False
    word = tok.doc[tok.i - 1]
    # the parser made it the verb's subject ("derided Tory claims") or the preposition's object ("amid Tory")
    taken = (word.dep_ == "nsubj" and word.head.i == tok.i) or (word.dep_ == "pobj" and word.head.i == word.i - 1)
    if not taken or word.tag_ not in PROPN_TAGS or word.left_edge is not word:
        return False
    if any(c.dep_ == "mark" for t in tok.subtree for c in children(t) if t.head.i == tok.i and t.dep_ == "ccomp"):
        # "could dent Lycos claims that what it is doing does not amount to ...": a "that" clause is the
        # owner's claim either way, and the verb's reading gives it to the owner, as a noun's "claims by X that"
        return False
    before = tok.doc[word.i - 1]
    if before.tag_ == "IN":
        return before.dep_ == "prep"
    return is_verb(before) and lemma_of(before) not in REPORTING_VERBS


_FOOTAGE_VERBS = frozenset(LEXICON.footage_verbs)


def _shown_speaking(tok: Token) -> bool:
    """"the cleric ... is shown lecturing: "..."": a verb of footage in the passive (lexicon ``footage_verbs``)
    with a speech verb's "-ing" right after it shows someone speaking; the "-ing" is the cue, not the showing."""
    if lemma_of(tok) not in _FOOTAGE_VERBS or not passive(tok):
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # the parser's verb, not a noun it took for the object ("is shown warning:" reads "warning" as an object)
    clausal = after is not None and after.tag_ == "VBG" and after.head == tok and after.dep_ in _CLAUSAL_DEPS
    return clausal and lemma_of(after) in SPEECH_VERBS


_CLAUSAL_DEPS = frozenset(LEXICON.footage_clause_deps)


def _verb_hung_on_speaker(tok: Token) -> bool:
    """"Mitt Romney, the 2012 Republican presidential nominee, tweeted in response: ''...''", "“...,” the
    presumptive GOP presidential nominee, Donald Trump, tweeted Sunday after ...": the parser read a
    speech verb in the past tense as a reduced relative on the name before it. Right after the comma
    that closes the name's apposition, with no agent ("a report, written by ..."), it is that name's verb."""
    lemma, noun = lemma_of(tok), tok.head
    if lemma not in SPEECH_VERBS or tok.doc[tok.i - 1].text != "," or noun.i >= tok.i:
        return False
    if any(c.dep_ == "agent" for c in children(tok)) or tok.lower_ != _past_form(lemma):
        return False
    return noun.tag_ in PROPN_TAGS or any(c.dep_ == "appos" and c.tag_ in PROPN_TAGS for c in children(noun))


def _naming_taken_for_participle(tok: Token) -> bool:
    """'one lawmaker called Trump “the orange prince of American self-publicity.”': the parser read the
    verb of naming as a participle on the noun before it ("a man called Trump"), though it takes both
    an object and what it names it; a participle that names takes only the name. It is that noun's verb."""
    if tok.lower_ not in _NAMING_VERBS:
        return False
    complements = [c for c in children(tok) if c.i > tok.i and c.dep_ in _NAMING_COMPLEMENTS]
    return len(complements) >= 2


_NAMING_VERBS = frozenset(LEXICON.naming_verbs)
_NAMING_COMPLEMENTS = frozenset(LEXICON.naming_complement_deps)


def _past_form(lemma: str) -> str:
    """The past tense of a verb: the lexicon's irregular form ("said", "wrote"), else the regular one."""
    forms = IRREGULAR_FORMS.get(lemma)
    if forms is not None and len(forms) > 2:
        return forms[1]
    return lemma + "d" if lemma.endswith("e") else lemma + "ed"


def _subject(search: _Search, tok: Token) -> tuple[Token | None, str | None]:
    """The cue's speaker and the rule that found it. "X said A, adding B": X adds B. A word
    of a quote is no speaker ("''That makes me smart'' -- and ... asserting")."""
    subj, rule = subject_of(tok)
    if search.paired_marks and subj is not None and across_marks(subj, tok, search.doc):
        subj, rule = None, None
    if tok.i in search.added_by:
        subj, rule = search.added_by[tok.i], "subject:added"
    return subj, rule


def _said(search: _Search, tok: Token, lemma: str, subj: Token | None, colon: Token | None) -> _Said | None:
    """What the cue verb says (None: the verb reports nothing here), after the trims that
    depend on the cue: statements added by a participle, the speaker, what precedes a colon."""
    found = content_of(tok, search.doc)
    if lemma in SPEECH_VERBS and (not found.tokens or _hearer_only(tok, found.tokens)):
        found = lost_that(tok, search.doc) or found
    # a poll's finding needs no finite clause: "a poll found Trump about even", "The April survey found Clinton leading"
    if lemma in _CLAUSE_ONLY and colon is None and not polled(tok) and not _finite_clause(tok, found.tokens):
        # "ruled out a rise", "found the body": a ruling or a finding needs its clause, or a colon before
        # the quoted words it introduces ("Why she's protesting: “...”")
        return None
    if _without_its_that(tok, lemma, colon, found) or _displayed(tok, lemma, found):
        return None
    if lemma in _ASSIGNING:
        assigned = assignment(tok)
        if assigned is None and lemma in _ASSIGNING_ONLY:
            return None  # "the negative attributes voters assign": no one's words without what is assigned
        if assigned is not None and (not found.tokens or found.tokens[-1].i < assigned.tokens[-1].i):
            # quoted words already read further ("on a "disturbed person," not on his religion")
            found = assigned
    if lemma in _PREDICTING:
        found = prediction(tok)
        if found is None:
            return None  # "tipped the ball over the bar": a save, not a tip
    acted = _act_with_particle(tok, lemma, found)
    if acted is None:
        return None
    found, quote_only, particle = acted
    tokens, rules = found.tokens, found.rules
    if tokens:
        tokens, added = without_added_statements(tokens, tok)
        _note_added(search, added, tok, subj, tokens)
        rules += ("trim:added-statement",) if added else ()
    if subj is not None and any(t.i == subj.i for t in tokens):
        tokens = [t for t in tokens if t.i not in own_tokens(subj, tok)]
        rules += ("trim:speaker",)
    aside = _between_speaker_and_cue(tokens, subj, tok)
    if aside:
        tokens, rules = [t for t in tokens if t.i not in aside], rules + ("trim:speaker-aside",)
    if colon is not None:
        tokens = [t for t in tokens if t.i > colon.i]
        rules += ("trim:after-colon",)
    return _Said(tokens, found.cue_after, quote_only, particle, rules)


def _act_with_particle(tok: Token, lemma: str, found: Content) -> tuple[Content, bool, Token | None] | None:
    """What a call, an accusation or a request reads after its particle ("called for", "accused ... of", "asked
    for"), in place of ``found``; with whether the verb reports only quoted words, and the particle. None: a
    request-only verb without its "for", or an object asked to do something (content:asked-to), reports nothing
    ("appealed the ruling", "pushed the button")."""
    quote_only, particle = lemma in QUOTE_ONLY_VERBS and lemma != "put", None
    if lemma == "call" or (lemma == "accuse" and not any(t.text in QUOTE_CHARS for t in found.tokens)):
        # (a quoted accusation keeps the accused: PolNeAR train's mixed quotes read 'accuses Trump of buying
        # influence "in a pattern of sleaze"' whole)
        act, particle = call(tok) if lemma == "call" else accusation(tok)
        if act is not None and act.tokens:
            found, quote_only = Content(act.tokens, False, act.rules), False
    if lemma in _REQUESTING:
        asked, particle = request(tok)
        if asked is not None:
            found, quote_only = asked, False
    if "content:asked-to" in found.rules:
        quote_only = False  # "pressed Mr. Yanukovych to sign ...": a request, not a tag on quoted words
    elif lemma in _REQUEST_ONLY and particle is None:
        return None
    return found, quote_only, particle


def _between_speaker_and_cue(tokens: list, subj: Token | None, verb: Token) -> set[int]:
    """"“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy
    hat and “Ted Cruz” campaign pins, said": words set off by a comma between the speaker and the cue are an
    aside about the speaker, not what was said (the quote before is)."""
    if subj is None or not tokens or subj.i > verb.i:
        return set()
    between = [t for t in tokens if subj.i < t.i < verb.i]
    if not between or "," not in (between[0].text, verb.doc[between[0].i - 1].text):
        return set()
    # not "Friedan, ..., compared her to a religious heretic, telling her ...": the words between are the
    # clause the cue, a participle, goes on from
    aside = {t.i for t in between}
    return set() if verb.head.i in aside else aside


def _other_reporter(head: Token, verb: Token) -> bool:
    """"Comey cannot say that “from his perspective,” Lewandowski added, saying ...": the statement
    hangs on a second reporting verb with a speaker of its own who adds it: outside the cue's reported
    clause (the cue's words are set inside the second's sentence), a name, or a cue set after quoted words
    (a closing mark, a comma or not, right before its subject) wherever the parser hung it. Not a reporting
    verb of the cue's own clause: "Starr said Clinton's situation reminds him of the 1969 book ...,
    explaining, "..."", "Ms. Acosta acknowledged that even she found the ''debt stack'' confusing and
    called ..." (PolNeAR train): the parser hung the statement on "reminds", "found", yet Starr explains."""
    if head is verb or lemma_of(head) not in REPORTING_VERBS:
        return False
    subj = next((c for c in children(head) if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    # a name reports for itself wherever it stands ("Thailand has said it does not wish to ..., while India
    # has also rejected international aid, saying ...": India says, BBC business/434)
    return not any(a is verb for a in head.ancestors) or subj.tag_ in PROPN_TAGS or _after_quoted_words(subj)


def _after_quoted_words(subj: Token) -> bool:
    """The subject stands right after a closing quotation mark (a comma between them or not)."""
    doc, i = subj.doc, subj.left_edge.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].text in QUOTE_CHARS


def _note_added(search: _Search, added: list, verb: Token, subj: Token | None, words: list) -> None:
    """Who adds each statement the cue's ``words`` hold (``_Search.added_by``): the first cue that reads the
    statement is the outer one ("Starr said Clinton's situation reminds him of ..., explaining, ..."), so a
    reporting verb of its clause takes no statement over."""
    inside = {t.i for t in words}
    for t in added:
        # not a verb of the words themselves: "The cross-Channel truck market is improving, Eurotunnel said, but
        # warned that ..." (BBC business/500): the aside's cue hangs on "improving", whose market warns nothing
        above = _subject_above(t.head, verb) if t.head.i not in inside else None
        adder = above or subj
        if adder is not None and not _other_reporter(t.head, verb):
            search.added_by.setdefault(t.i, adder)


def _subject_above(head: Token, verb: Token) -> Token | None:
    """"Sanders started out their ninth debate saying ... -- having suggested in a recent speech that she is
    unqualified -- but said he questioned her judgment" (PolNeAR train): the statement a cue's words hold
    hangs on a verb above the cue, with a subject of its own; the two verbs share that subject ("started
    ... but said"), not the cue's."""
    if head is verb or not any(a is head for a in verb.ancestors) or lemma_of(head) in REPORTING_VERBS:
        return None
    return next((c for c in children(head) if c.dep_ == "nsubj" and c.i < head.i), None)


def _preposition_before(verb: Token, that: Token) -> bool:
    """A preposition the parser hung on the verb stands between it and the "that"."""
    return any(c.dep_ == "prep" and verb.i < c.i < that.i for c in children(verb))


def _finite_clause(verb: Token, tokens) -> bool:
    """The verb reports a finite clause: "the survey found (that) output had risen", not "finds life
    difficult", "find themselves stranded", "finding that elusive track much easier"; nor a question ("will
    find out whether he is to be offered a new deal", "could not find out which films were showing"), a
    finding to come ("You might find that you want to chop and change"), or the clause a cue set inside
    it stands in ("That might be changing, though, as more ... artists are finding audiences")."""
    if any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") or c.dep_ == "auxpass" for c in children(verb)):
        # nor a passive or an infinitive: "slaves were accepted as collateral for loans by two banks that later
        # ..." (BBC business/477), "arrived at her house to find that there was no network connection" (tech/184)
        return False
    objects = any(c.dep_ == "dobj" for c in children(verb))
    clauses = [
        c for c in children(verb)
        if c.dep_ == "ccomp" and not _colon_between(c, verb) and not (objects and c.left_edge.lower_ == "that")
    ]  # a "that" clause after an object is a relative clause the parser misread: "has accepted tens of millions
    # of dollars from countries that the State Department ... criticized" (PolNeAR train)
    if not clauses and not objects and tokens and tokens[0].lower_ == "that" and tokens[0].i > verb.i:
        clauses = [t for t in tokens if is_verb(t)]  # "that" the parser read otherwise: a verb of the words
    return any((is_finite(c) or _subjunctive(c)) and not _question(c) for c in clauses)


def _subjunctive(clause: Token) -> bool:
    """"Poland requested that ministers give it more time": a clause "that" opens whose verb has its own subject and
    stands in its bare form, the subjunctive of a request (or of a ruling, "ruled that he leave the country")."""
    return clause.tag_ == "VB" and all(c.dep_ != "aux" for c in children(clause)) and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in children(clause)
    ) and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(clause))


def _without_its_that(tok: Token, lemma: str, colon: Token | None, found: Content) -> bool:
    """A cue whose clause "that" must open (lexicon ``that_clause_cues``) without it reports nothing."""
    if lemma not in _THAT_ONLY:
        return False
    if colon is None and not (found.tokens and found.tokens[0].lower_ == "that"):
        return True  # "despite the Charlton protests his goal stood": a noun read as a verb
    # "problems relating to the size of its oil reserves that hammered its share price" (BBC business/111):
    # a "that" after the cue's own preposition opens a relative clause on the preposition's object
    return "content:lost-that" in found.rules and _preposition_before(tok, found.tokens[0])


def _displayed(tok: Token, lemma: str, found: Content) -> bool:
    """"Hewitt, at times in Houston, showed form which easily matched his Grand Slam-winning efforts" (BBC
    sport/473), "he showed great character": a verb of evidence (lexicon ``evidence_verbs``) whose object is a
    quality a player or a performer shows (lexicon ``displayed_qualities``), no quotation mark inside its phrase,
    displays it and reports no words; the cue would take the run of "he said" after it to the one who showed it. A
    quoted quality is the words of the verb above it ("Pence ... praised Cruz for showing "the courage of his
    convictions."", PolNeAR train: the praise's, annotated whole)."""
    if lemma not in _EVIDENCE_VERBS or any(t.text in QUOTE_CHARS for t in found.tokens):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _DISPLAYED_QUALITIES for c in children(tok))


def _colon_between(clause: Token, verb: Token) -> bool:
    """A clause before its verb that a colon ends: the sentence before a colon that the parser hung on a verb
    after it ("But it goes deeper than that: playing music videos ... the model we have all accepted for our
    iPods", BBC tech/198), where "Output had risen, the survey found" has a comma."""
    return clause.i < verb.i and any(t.text == ":" for t in clause.doc[clause.right_edge.i : verb.i])


def _question(clause: Token) -> bool:
    """A clause that asks: opened by "whether", "if" or a wh-word."""
    first = clause.left_edge
    # "that" the tagger may read as a relative pronoun: "the judge rules that Grokster ... are merely providers"
    return first.lower_ in _QUESTION_OPENERS or (first.tag_ in _WH_TAGS and first.lower_ != "that")


def _cue_span(tok: Token, lemma: str, colon: Token | None, said: _Said) -> tuple[int, int]:
    """The cue in frame offsets: the verb, with its hearer ("told reporters"), its particle
    ("called for") or the words up to its colon ("made the following comment:")."""
    hearer = _hearer(tok)
    if hearer is not None and any(rule in said.rules for rule in _HEARER_IN_CONTENT):
        # the one warned or urged opens what was said ("warned China against ...", "urged the party to ax ..."):
        # the cue is the verb alone
        hearer = None
    end_tok = hearer if hearer is not None else tok
    if (lemma in ("call", "accuse") or lemma in _REQUESTING) and not said.quote_only and said.particle is not None:
        end_tok = said.particle
    if lemma in PHRASAL_CUES:
        end_tok = tok.doc[tok.i + 1]  # "shot back"
    if lemma in OBJECT_CUES:
        end_tok = tok.doc[object_cue(tok)[1][0].i - 1]  # "spoke of"
    if colon is not None and colon.i > tok.i + 1:
        end_tok = tok.doc[colon.i - 1]
    end = end_tok.idx + len(end_tok.text)
    if hearer is not None:
        # not the told words the parser hung on the hearer ("warned bigoted soccer fans that she wants ...")
        first = said.tokens[0].i if said.tokens and said.tokens[0].i > hearer.i else len(tok.doc)
        end = max(t.idx + len(t.text) for t in hearer.subtree if t.i < first)
    return tok.idx, end


def _speaker(frame: Frame, tok: Token, subj: Token | None) -> tuple[_Speaker, str | None, bool]:
    """The speaker mention headed by ``subj`` and, for a relative pronoun ("the senator, who
    said ..."), the noun phrase it stands for; True when that noun is not the one the parser
    hung the clause on (subject:relative-climbs)."""
    stoks = speaker_tokens(subj) if subj is not None else []
    aside = inverted_aside(tok) if stoks else None
    if aside is not None:  # "said Mr Fahey, other game makers may be tempted": the words after are the content
        stoks = [t for t in stoks if t.i < aside[2][0].i]
    stoks = _without_own_cue(stoks, subj, tok) if subj is not None else stoks
    s, e = span_of(stoks) if stoks else (0, 0)
    if e <= s:
        return _Speaker(), None, False
    kind, label = kind_of(subj, stoks)
    head, antecedent, climbed = subj.lower_, None, False
    clause = _relative_clause_of(tok, subj)
    if clause is not None:
        noun = relative_climbs(subj, clause.head)
        climbed = noun is not clause.head
        inner = {t.i for t in clause.subtree}
        ref = [t for t in speaker_tokens(noun) if t.i not in inner]
        if ref:
            antecedent = frame.text[ref[0].idx : ref[-1].idx + len(ref[-1].text)]
            kind, label = kind_of(noun, ref)
            head = noun.lower_
    speaker = _Speaker(frame.to_article(s, e), frame.text[s:e], kind, label, head)
    return speaker, antecedent, climbed and bool(antecedent)


def _without_own_cue(stoks: list, subj: Token, tok: Token) -> list:
    """"Deputy High Court Judge Richard Mawrey, QC told the hearing": the parser hung the cue on the speaker's
    name (``name_before_post_nominal``); the mention ends before the cue's clause and the comma that opens it."""
    inner = {t.i for t in tok.subtree}
    if subj.i in inner or not any(t.i in inner for t in stoks):
        return stoks  # (a speaker inside the cue's clause, "said Mr Kull", is the clause's own)
    kept = [t for t in stoks if t.i not in inner]
    while kept and kept[-1].is_punct:
        kept.pop()
    return kept


def _relative_clause_of(tok: Token, subj: Token) -> Token | None:
    """The relative clause on a noun whose pronoun ``subj`` is the cue's subject: the cue's own ("the
    senator, who said ...") or, for a cue coordinated with its verb, the first verb's ("Sanders, who
    endorsed Canova in late May and said he would ...": "said" shares "who", which stands for Sanders,
    not for the speaker before)."""
    if subj.lower_ not in RELATIVE:
        return None
    if tok.dep_ == "relcl":
        return tok if tok.head.tag_ in NOUN_TAGS else None
    clause = tok
    while clause.dep_ == "conj" and clause.head.i < clause.i and is_verb(clause.head):
        clause = clause.head
    if clause.dep_ == "relcl" and clause.head.tag_ in NOUN_TAGS and subj.head is clause:
        return clause
    return None


def relative_climbs(relative: Token, noun: Token) -> Token:
    """subject:relative-climbs: 'Charles O'Reilly, a management expert at Stanford University, who
    stated, "..."': the parser hangs the "who" clause on the last noun, the institution named after
    the preposition of a role set beside a name; "who" stands for a person, the name. "questioning by
    defence lawyers who", "a challenge from Michael Howard who" and "a friend of Mary Jones, who" keep
    the noun the clause hangs on. Three more shapes, each in its function: the topic of a description
    beside a name, a copula's predicate noun, and a "which" after a name and its comma."""
    if relative.lower_ not in PERSONAL_RELATIVES:
        return _name_closing_before_comma(relative, noun) or noun
    role = noun
    # a name, or an organisation's noun: "a pollster with Mr. Yanukovych's former party who"
    institution = noun.tag_ in PROPN_TAGS or noun.lower_ in ORG_NOUNS
    if noun.dep_ == "pobj" and institution and noun.head.lower_ in INSTITUTION_PREPOSITIONS:
        role = noun.head.head  # "expert at Stanford University"
    if _describes(role) and role.dep_ == "appos" and role.head.tag_ in PROPN_TAGS and role.head.i < role.i:
        return role.head  # "Charles O'Reilly, a management expert ..., who": the name
    return _name_of_described_topic(relative, noun) or _named_subject_of_copula(noun) or noun


def _name_closing_before_comma(relative: Token, noun: Token) -> Token | None:
    """subject:relative-climbs: "got a favorable decision from the Illinois Board of Elections, which ruled that",
    "members of the World Trade Organization, which writes": the parser hangs a "which" set off by a comma on
    the noun a preposition's proper name belongs to; it stands for the name that closes right before the
    comma. Only a name that is the preposition's object on the noun itself."""
    doc = relative.doc
    if relative.i < 2 or doc[relative.i - 1].text != ",":
        return None
    name = doc[relative.i - 2]
    while name.dep_ == "pobj" and name.head.dep_ == "prep" and name.head.head.tag_ in PROPN_TAGS:
        name = name.head.head  # "Board of Elections": the name's head, not its last word
    if name.tag_ not in PROPN_TAGS or name.dep_ != "pobj" or name.head.dep_ != "prep" or name.head.head is not noun:
        return None
    return name


def _name_of_described_topic(relative: Token, noun: Token) -> Token | None:
    """subject:relative-climbs: "David Kahn - a former Yale historian, and a leading expert on code-breaking, who
    has confirmed": set off by a comma, a "who" the parser hangs on the topic of a description (the object of its
    preposition, a thing no "who" stands for) stands for the person the description is set beside. One step
    only, from a common noun that names no one: "a friend of Mary Jones, who" keeps Mary Jones."""
    if relative.i == 0 or relative.doc[relative.i - 1].text != ",":
        return None
    if noun.dep_ != "pobj" or noun.tag_ not in COMMON_NOUN_TAGS or _is_person_noun(noun):
        return None
    role = noun.head.head
    name = role.head
    if not _describes(role) or role.dep_ not in ("appos", "conj") or name.i >= role.i:
        return None
    return name if name.tag_ in PROPN_TAGS else None


def _is_person_noun(noun: Token) -> bool:
    """A noun for people ("the victims", "his wife"), whom a "who" may stand for where it stands."""
    word = noun.lower_
    return word in ROLE_NOUNS or word.removesuffix("s") in ROLE_NOUNS or word in GENDER_WORDS


_LISTED_TAGS = frozenset(LEXICON.predicate_list_tags)


def _named_subject_of_copula(noun: Token) -> Token | None:
    """subject:relative-climbs: "Donald Trump regularly incites political violence and is a serial liar, rampant
    xenophobe, racist, misogynist and birther who has repeatedly pledged to ban all Muslims": a "who" on the
    predicate noun of a copula (the last of a list of them) stands for the copula's subject, the person named
    ("X is a historian who has confirmed"). Only a description there and a name as the subject: "The winner
    was Smith, who" keeps Smith; "Clinton is one of two women who" hangs on the women, no predicate noun."""
    first = noun
    while first.dep_ in ("conj", "appos") and first.head.i < first.i and first.head.tag_ in _LISTED_TAGS:
        # "a serial liar, rampant xenophobe, racist, misogynist and birther": the list's first noun, through
        # the words the tagger reads as adjectives ("racist")
        first = first.head
    copula = first.head
    if first.dep_ != "attr" or copula.lower_ not in _COPULAS or not _describes(first):
        return None
    if noun.text[:1].isupper():
        return None  # a name in the list ("is a lawyer and John Smith, who"); not the tagger's "xenophobe"
    verb = copula
    while not _subjects(verb) and verb.dep_ == "conj" and is_verb(verb.head):
        verb = verb.head  # "Trump regularly incites ... and is a serial liar": the first verb's subject
    subjects = _subjects(verb)
    if len(subjects) != 1 or subjects[0].tag_ not in PROPN_TAGS or subjects[0].i > noun.i:
        return None
    return subjects[0]


def _subjects(verb: Token) -> list[Token]:
    return [c for c in children(verb) if c.dep_ == "nsubj"]


def _describes(role: Token) -> bool:
    """A common noun, or a capitalised one an article opens ("Mr. Guerrero, a Republican who described
    himself as ..."): a description set beside a name, not a second name ("Jane Doe, John Smith who")."""
    return role.tag_ in COMMON_NOUN_TAGS or any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in role.children)


def _content_span(frame: Frame, tokens: list, tok: Token, subj: Token | None):
    """The content in article offsets after the trims, the placeholders inside it, its lead
    (the words before a cue clause set inside it), and the ids of the trims that took something away."""
    if not tokens:
        return None, (), None, ()
    ctoks, edge = trimmed(tokens, tok, subj, EDGE_TRIMS)
    before = run_before_parenthetical(ctoks, tok, subj) or stray_subject(tok, subj, ctoks)
    ctoks, trims = trimmed(ctoks, tok, subj, CONTENT_TRIMS)
    lead = None
    if before and ctoks and before[-1].i < tok.i < ctoks[0].i:
        lead = frame.to_article(before[0].idx, before[-1].idx + len(before[-1].text))
    rules = edge + (("content:lead",) if lead else ()) + trims
    if not ctoks:
        return None, (), lead, rules
    s, e = min(t.idx for t in ctoks), max(t.idx + len(t.text) for t in ctoks)
    return frame.to_article(s, e), _holes(frame, s, e), lead, rules


def _holes(frame: Frame, start: int, end: int) -> tuple[Span, ...]:
    """The article spans of the placeholders (long quoted passages) inside frame offsets start-end."""
    return tuple(orig for hole, orig in frame.holes if hole.start < end and start < hole.end)


def _named_attribution(
    search: _Search, cue: tuple[int, int], cue_text: str, subj: Token, stoks: list, content: tuple[int, int], *,
    strength: float, rules: tuple[str, ...], cue_after_content: bool = False, quote_only: bool = False,
) -> Attribution | None:
    """An attribution whose speaker is the noun phrase ``stoks`` headed by ``subj``
    (None when that phrase is empty); ``cue`` and ``content`` are frame offsets."""
    s, e = span_of(stoks)
    if e <= s:
        return None
    frame = search.frame
    cs, ce = content
    kind, label = kind_of(subj, stoks)
    return Attribution(
        cue=frame.to_article(*cue), cue_text=cue_text, speaker=frame.to_article(s, e), speaker_text=frame.text[s:e],
        speaker_kind=kind, speaker_head=subj.lower_, speaker_label=label, content=frame.to_article(cs, ce),
        holes=_holes(frame, cs, ce), strength=strength, thought=False, frame=search.index,
        cue_after_content=cue_after_content, quote_only=quote_only, rules=rules,
    )


def _hearer_only(verb: Token, tokens: list) -> bool:
    """"told reporters at a news conference that officials began receiving 911 calls": the parser hung the
    told clause on the place as a relative clause and left the cue only its hearer, which is no content."""
    hearer = _hearer(verb)
    return hearer is not None and [t.i for t in tokens] == [t.i for t in hearer.subtree]


def _hearer(verb: Token) -> Token | None:
    """"told reporters", "warned the committee": the hearer of a verb that takes one."""
    if lemma_of(verb) not in HEARER_VERBS:
        return None
    return next((c for c in children(verb) if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)


def _introduces_quote(tok: Token, doc) -> Token | None:
    """The colon that ends a verb's clause right before a quotation, if any. The colon may hang
    elsewhere in the parse ("Sanders made the following comment: “...”") and may end the
    sentence, the quotation opening the next paragraph."""
    if not is_verb(tok) or not any(c.dep_ == "nsubj" for c in children(tok)):
        return None
    colon = next((c for c in children(tok) if c.text == ":" and c.i > tok.i), None)
    if colon is None:
        colon = _next_colon(tok, doc)
        if colon is None:
            return None
    after = [t for t in doc[colon.i + 1 :] if not t.is_space]
    return colon if not after or after[0].text[:1] in _OPENING_MARKS else None


def _next_colon(tok: Token, doc) -> Token | None:
    """The first colon after the verb, with no other verb between."""
    for t in doc[tok.i + 1 :]:
        if t.text == ":":
            return t
        if is_verb(t):
            return None
    return None


def _set_phrase(verb: Token, doc) -> bool:
    """Discourse phrases built on "say" that report nothing: "That said, ...", "Having
    said that, ...", "Needless to say, ...", "It goes without saying" (LEXICON.set_phrases)."""
    return any(_phrase_at(phrase.split(), verb, doc) for phrase in LEXICON.set_phrases.get(verb.lower_, ()))


def _phrase_at(words: list[str], verb: Token, doc) -> bool:
    """Whether ``words`` (the cue word written "_", a frame start or punctuation "|") stand around ``verb``."""
    start = verb.i - words.index("_")
    for k, word in enumerate(words):
        i = start + k
        if word == "|":
            if i >= 0 and not doc[i].is_punct:
                return False
        elif word != "_" and not (0 <= i < len(doc) and doc[i].lower_ == word):
            return False
    return True
