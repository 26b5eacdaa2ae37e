"""What was said: the content rules and the content trims, ordered tables of small functions.

A content rule reads one sentence shape around a cue verb (its docstring) and
returns the tokens of what was said with whether the cue follows them, or ``None``
when the shape is not there (the next rule is tried). A trim takes the tokens and
returns them without a part the writer added. Each answer carries the ids of the
rules that made it. Reads the parse only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from .frames import OBJECT_HEADS
from .lexicon import LEXICON
from .rules import HEARER_VERBS, OBJECT_CUES, REPORTING_VERBS, SPEECH_VERBS, THOUGHT_VERBS, UNQUOTED_OBJECT_CUES
from .syntax import (
    CALENDAR,
    COMMON_NOUN_TAGS,
    CONTENT_CLOSING,
    CONTENT_OPENING,
    DASH_TEXTS,
    DEPS,
    NOUN_TAGS,
    PROPN_TAGS,
    QUOTE_CHARS,
    RELATIVE,
    SUBJECTS,
    TIME_WORDS,
    Token,
    agent_in,
    as_phrase,
    children,
    has_quote_mark,
    inverted_aside,
    is_finite,
    is_verb,
    lemma_of,
    name_after_uncommaed_cue,
    own_tokens,
    passive,
    subordinate,
)

__all__ = ["CONTENT_RULES", "CONTENT_TRIMS", "EDGE_TRIMS", "Content", "content_of", "object_cue", "request",
           "trimmed"]

_ADDING = frozenset(LEXICON.adding_verbs)
_CALL_PARTICLES = frozenset(LEXICON.call_particles)
_REQUEST_PARTICLES = frozenset(LEXICON.request_particles)
_UNREQUESTED = frozenset(LEXICON.unrequested_objects)
_REQUEST_ONLY = frozenset(LEXICON.request_only_cues)
_OBJECT_REQUESTS = frozenset(LEXICON.object_request_verbs)
_MOVING_REQUESTS = frozenset(LEXICON.moving_request_verbs)
_ASKED_INFINITIVE_DEPS = frozenset(LEXICON.asked_infinitive_deps)
_SPURRING_REQUESTS = frozenset(LEXICON.spurring_request_verbs)
_ACCUSING_PREPOSITIONS = frozenset(LEXICON.accusing_prepositions)
_CRITICISED = frozenset(LEXICON.criticised_verbs)
_CRITICISING_PREPOSITIONS = frozenset(LEXICON.criticising_prepositions)
_ASSIGNING_PREPOSITIONS: dict[str, str] = dict(LEXICON.assigning_prepositions)
_ASSIGNING_PATH_DEPS = frozenset(LEXICON.assigning_path_deps)
_PREDICTING_PREPOSITIONS = frozenset(LEXICON.predicting_prepositions)
_CONTRAST = frozenset(LEXICON.contrast_marks)
_COMPARISON = frozenset(LEXICON.comparison_words)
_COMPARISON_PREPOSITIONS = frozenset(LEXICON.comparison_prepositions)
_OCCASION_REPORT = frozenset(LEXICON.occasion_report_marks)
_NOT_A_REPORTING_SOURCE = frozenset(LEXICON.occasion_report_not_source_tags)
_TAIL_RELATIVES = frozenset(LEXICON.tail_relatives)
_TAIL_PARTICIPLE_DEPS = frozenset(LEXICON.quote_tail_participle_deps)
_TAIL_NOUN_DEPS = frozenset(LEXICON.quote_tail_noun_deps)
_EVENT_OPENERS = frozenset(LEXICON.event_clause_openers)
_WORDING_OBJECTS = {verb: frozenset(objects) for verb, objects in LEXICON.wording_objects.items()}
_INVERTED_TAGS = frozenset(LEXICON.inverted_report_tags)
_CLAUSE_OPENERS = frozenset(LEXICON.subordinating_words) | frozenset(LEXICON.closing_cue_openers)
_CLOSING_VERBS = frozenset(SPEECH_VERBS) | frozenset(THOUGHT_VERBS)
_SPEAKING_TIMES = TIME_WORDS | CALENDAR
_SET_APART = (",", "—", "–")
_WON_OBJECTS = {verb: frozenset(nouns) for verb, nouns in LEXICON.won_objects.items()}
_QUESTION_MARKS = frozenset(LEXICON.question_marks)
_QUESTION_ASKING = frozenset(LEXICON.question_asking_verbs)


class Content(NamedTuple):
    tokens: list
    cue_after: bool  # the cue follows the content: "“...,” she said"
    rules: tuple[str, ...]


NO_CONTENT = Content([], False, ())


# --- content rules -------------------------------------------------------------------


def _complement_kind(c: Token, verb: Token) -> str | None:
    if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and is_verb(c)):
        return "clause"
    if c.dep_ == "prep" and c.text.lower() == "that":
        return "that-prep"
    if c.dep_ == "advcl" and c.i > verb.i and c.left_edge.lower_ == "that" and c.left_edge.dep_ in ("mark", "advmod"):
        return "that-advcl"
    if c.dep_ == "advcl" and c.i > verb.i and _asked_question(c, verb):
        return "question-advcl"
    return None


def _asked_question(c: Token, verb: Token) -> bool:
    """An adverbial clause opened by "if" or "whether" after a verb of asking: the question asked."""
    return lemma_of(verb) in _QUESTION_ASKING and c.left_edge.lower_ in _QUESTION_MARKS and c.left_edge.dep_ == "mark"


def _complement(verb: Token, kind: str) -> Token | None:
    """The verb's first complement, if it is of ``kind``; but a complement after the verb wins over
    one before it when no quoted words come before the verb: the parser's reading of a preposed phrase
    ("In a statement released ..., Cruz said he's certain Rubio will ...", "WASHINGTON ― This spring,
    as he was becoming chairman ..., Paul Manafort told friends that ...")."""
    found = [c for c in children(verb) if _complement_kind(c, verb) is not None]
    if not found:
        return None
    c = found[0]
    if c.i < verb.i and not has_quote_mark(verb.doc[: verb.i]):
        c = next((d for d in found if d.i > verb.i), c)
    return c if _complement_kind(c, verb) == kind else None


def clause(verb: Token, doc) -> Content | None:
    """"The minister said the bill would pass", "“We will win,” she said": the verb's clausal
    complement. A time phrase the parser put at its head belongs to the telling."""
    c = _complement(verb, "clause")
    if c is None:
        return None
    toks = list(c.subtree)
    if c.i < verb.i:
        return Content(toks, True, ("content:clause",))
    kept = without_leading_time(toks, c)
    rules = ("content:clause",) + (("trim:leading-time",) if len(kept) < len(toks) else ())
    lost = lost_subject(verb, c)
    if lost:
        kept, rules = lost + kept, rules + ("content:lost-subject",)
    split = split_predicate(verb, c)
    if split:
        kept, rules = kept + split, rules + ("content:split-predicate",)
    return Content(kept, False, rules)


def split_predicate(verb: Token, clause: Token) -> list:
    """"said that 112 panels looted from Kereni in 1897 "should never have left Kereni"", "Simon Hughes
    said ... students who were told there wouldn't be tuition fees "have been given exactly the
    opposite"", "said it had given operators that host eDonkey servers "take down" notices": quoted
    words right after the clause, with no subject of their own, that the parser hung on the cue verb
    (or above it) instead of inside the clause; most often it took a participle of the subject's phrase
    for the clause's verb. The clause runs on through them: without them the content stops before the
    quotation marks and the quoted words are lost. Only a clause with a subject of its own: in "warned the
    celebrities taking part "had better be involved ..."" the subject went to the hearer, and the clause
    that is left ("taking part") would lead the words with no subject."""
    if not _has_subject(clause):
        return []
    doc = clause.doc
    mark = clause.right_edge.i + 1
    if mark + 1 >= len(doc) or doc[mark].text not in QUOTE_CHARS:
        return []
    predicate = _quoted_predicate(doc[mark + 1])
    if predicate is None or not _hung_outside(predicate, verb):
        return []
    if any(c.dep_ in SUBJECTS and c.i < predicate.i for c in children(predicate)):
        return []
    return list(doc[mark : predicate.right_edge.i + 1])


def _has_subject(clause: Token) -> bool:
    """A subject on the clause's verb, or on its auxiliary ("many pensioners are means tested", as parsed)."""
    heads = {clause.i} | {c.i for c in children(clause) if c.dep_ in ("aux", "auxpass")}
    return any(c.dep_ in SUBJECTS for h in heads for c in children(clause.doc[h]))


def _hung_outside(predicate: Token, verb: Token) -> bool:
    """Hung on the cue verb or above it: not inside the clause, nor the cue verb itself."""
    return predicate.i != verb.i and (predicate.head.i == verb.i or any(a.i == predicate.i for a in verb.ancestors))


def _quoted_predicate(first: Token) -> Token | None:
    """The verb the quoted words open with: the first word, or the verb its auxiliary or adverb hangs on."""
    verb = first.head if first.dep_ in _PREDICATE_OPENERS else first
    return verb if is_verb(verb) and verb.i >= first.i else None


_PREDICATE_OPENERS = frozenset(LEXICON.quoted_predicate_opener_deps)


def lost_subject(verb: Token, clause: Token) -> list:
    """"Hemsley said the days when the nation had “a somewhat unifying story” ... are gone": the parser
    read the clause's subject as a time phrase of the cue ("the days", npadvmod) and left the clause
    ("are gone") with no subject; the phrase that runs from the cue up to that clause is its subject.
    Only a finite clause with no subject of its own, right after the phrase, no comma between; not a
    clause that "that" opens ("said last week that ...") nor the object of a verb that takes a hearer
    or names ("told the BBC lessons were being learned", "called Mr Howard “arrogant and wrong”")."""
    if any(c.dep_ in SUBJECTS for c in children(clause)) or not is_finite(clause) or clause.left_edge.lower_ == "that":
        return []
    if lemma_of(verb) in HEARER_VERBS or verb.lower_ in _CALLING:
        return []
    lost = next((c for c in children(verb) if c.dep_ in _LOST_SUBJECT_DEPS and verb.i < c.i < clause.i), None)
    if lost is None or lost.left_edge.i != verb.i + 1 or lost.right_edge.i + 1 != clause.left_edge.i:
        return []
    return list(lost.subtree)


_LOST_SUBJECT_DEPS = frozenset(LEXICON.lost_clause_subject_deps)
_CALLING = frozenset(LEXICON.naming_verbs)
# "find", "recognize": cues only with a clause of their own ("found that ...")
_CLAUSE_ONLY = frozenset(LEXICON.clause_only_cues)
_REPORTED_CLAUSE = frozenset(LEXICON.reported_clause_deps)


def that_prep(verb: Token, doc) -> Content | None:
    """"He warned that the talks could fail", with "that" parsed as a preposition."""
    c = _complement(verb, "that-prep")
    return Content(list(c.subtree), False, ("content:that-prep",)) if c is not None else None


def that_advcl(verb: Token, doc) -> Content | None:
    """"Trump tweeted in the early hours that ...", parsed as an adverbial clause."""
    c = _complement(verb, "that-advcl")
    return Content(list(c.subtree), False, ("content:that-advcl",)) if c is not None else None


def question_advcl(verb: Token, doc) -> Content | None:
    """"Asked by Starnes if he believed the situation was at the same level as ..., Carson said": the question
    after a verb of asking, parsed as an adverbial clause; the asker's words."""
    c = _complement(verb, "question-advcl")
    return Content(list(c.subtree), False, ("content:question-advcl",)) if c is not None else None


# what an opening "X reported," may take after its verb before the comma: "at one point", "on Tuesday", "again"
_OPENING_REPORT_AFTER_DEPS = frozenset(LEXICON.opening_report_after_deps)
_OPENING_REPORT_NOT_TAGS = frozenset(LEXICON.opening_report_not_tags)


def _set_apart(verb: Token, doc) -> bool:
    """Whether a comma or dash sets the cue clause apart from the words around it."""
    return (
        verb.dep_ == "parataxis"
        or (verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text in (",", "—", "–", "-"))
        or doc[verb.right_edge.i].text in _SET_APART
        or (verb.right_edge.i + 1 < len(doc) and doc[verb.right_edge.i + 1].text in _SET_APART)
    )


def _aside_before(verb: Token, doc) -> bool:
    """The cue clause stands between commas or dashes before the verb it hangs on: ", she said,", or
    opens the sentence with "As" before a comma: "As POLITICO revealed, the RNC agreed to allow ..."
    (the outer source reports the clause, as annotated news has it), or with its subject and no "As": "Breitbart
    News' Michael Patrick Leahy previously reported, The Clinton Foundation refused to release ..." (PolNeAR
    train); not "Asked by Starnes if ...,"."""
    left, right = verb.left_edge.i, verb.right_edge.i
    if verb.head.i < right or any(c.dep_ in SUBJECTS and c.i < left for c in children(verb.head)):
        return False  # "CNN, Cruz said, called ...": the words around the aside (assembly:parenthetical-source)
    # the parser hangs the commas on the cue verb or on the words around it
    if left == 0:
        opened = doc[left].lower_ == "as" or _opening_report(verb)
    else:
        opened = doc[left].text in _SET_APART or doc[left - 1].text in _SET_APART
    closed = doc[right].text in _SET_APART or (right + 1 < len(doc) and doc[right + 1].text in _SET_APART)
    return opened and closed


def _opening_report(verb: Token) -> bool:
    """"Breitbart News' Michael Patrick Leahy previously reported, The Clinton Foundation refused ...", "After the
    Supreme Court approved ..., Hebert said, most state laws ...": a finite cue whose subject opens the sentence and
    which takes nothing but adverbs and phrases before its comma (the subject's phrase may be split: "News" an object
    of "reported" before it). Not "In what might be the first time Republicans
    ... have ever agreed on anything," (the subject inside), "All told," (no subject), "he says not much really"
    (an object: the words), nor "He thought of his speeches as ''little talks,''" (quoted words before the comma)."""
    doc = verb.doc
    subject = next((c for c in reversed(list(children(verb))) if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if not is_finite(verb) or subject is None or any(t.is_punct for t in doc[subject.i + 1 : verb.i]):
        return False  # "Szilard Nemeth, recalled in place of Joseph-Desire Job, was ...": a participle set apart
    for t in doc[verb.left_edge.i : verb.i]:
        if t.tag_ in _OPENING_REPORT_NOT_TAGS or (is_verb(t) and t.dep_ not in DEPS.closing_cue_between):
            return False  # "In what might be ...", "After the vote ended, ...": a clause or phrase opens the sentence
    after = [c for c in children(verb) if verb.i < c.i <= verb.right_edge.i and not c.is_punct]
    if any(c.dep_ not in _OPENING_REPORT_AFTER_DEPS for c in after):
        return False
    if _reports(verb.head) and any(c.dep_ in SUBJECTS and c.tag_ == "PRP" for c in children(verb.head)):
        return False  # "The documents indicate, he said in a telephone interview, that ...": a cue clause set in
    # nor before quoted words ('Sanders shot back, "Secretary Clinton called them out."'): the cue adjoins the quote
    return not any(t.text in QUOTE_CHARS for t in doc[verb.i + 1 : verb.right_edge.i + 3])


def _reports(head: Token) -> bool:
    """The verb the cue clause hangs on reports words of its own: a reporting verb, and one of the cues that
    report only with a clause when it has one ("Anglers and fishermen could find themselves prosecuted ...,
    a committee of MPs has warned": the committee's words, BBC politics/048; "the poll found that ..."
    reports)."""
    lemma = lemma_of(head)
    if lemma not in REPORTING_VERBS or _asks_nothing(head):
        return False
    return lemma not in _CLAUSE_ONLY or any(
        c.dep_ in _REPORTED_CLAUSE and c.i > head.i and is_finite(c) for c in children(head)
    )


def _asks_nothing(verb: Token) -> bool:
    """A request-only verb with neither its "for" nor one asked to do something reports nothing: "More
    significantly, argues the report, broadband is encouraging people to take a more active role online" (BBC
    tech/150) is the report's words, "encouraging" no cue inside them."""
    return reports_only_with_particle(verb) and asked_to(verb, verb.doc) is None


def cue_inside(verb: Token, doc) -> Content | None:
    """"Ukraine, he said, will join": the cue hangs off the content's verb. Not when the head
    itself reports ("X says that Y called Z": Y's verb is inside X's words), unless commas set the
    cue clause apart on both sides before it ("Instead, she said, her boss told her he had booked a
    room": her words report her boss's) or between a belief verb and its subject ("One in three women, the
    survey said, thought ...", ``_belief_reported``), nor when no comma sets the cue clause apart."""
    head = verb.head
    if verb.dep_ not in DEPS.cue_clause or subordinate(verb) or head.i == verb.i:
        return None
    if not _set_apart(verb, doc) or (_reports(head) and not _aside_before(verb, doc) and not _belief_reported(verb)):
        return None
    if _own_event(verb):
        return None
    skip = {t.i for t in verb.subtree}
    toks = [t for t in head.subtree if t.i not in skip]
    return Content(toks, head.i < verb.i, ("content:cue-inside",)) if toks else None


def inverted_aside_words(verb: Token, doc) -> Content | None:
    """"Then, says Mr Kotamaraja, the blogging world found out.", "As the tactics used by malicious programs
    change, said Mr King, so many firms were changing the way they defend themselves.": an inverted cue with
    a name set off by commas inside its sentence (``inverted_aside``) reports the words after it, which the
    parser hung on the name or left off the cue; the words before it are the content's lead
    (``run_before_parenthetical``)."""
    shape = inverted_aside(verb)
    if shape is None:
        return None
    return Content(shape[2], False, ("content:inverted-aside",))


def _belief_reported(verb: Token) -> bool:
    """"One in three women, the survey said, thought if they lost their phones ..." (BBC tech/069): a cue
    clause set apart between a belief verb (lexicon ``thought_verbs``, not a speech verb) and its subject
    before it reports the belief, whole; the survey found what the women think, as annotated news has it.
    A speech verb keeps its own speaker ("CNN, Cruz said, called ...", assembly:parenthetical-source)."""
    head = verb.head
    lemma = lemma_of(head)
    if lemma not in THOUGHT_VERBS or lemma in SPEECH_VERBS or head.i < verb.i:
        return False
    return any(c.dep_ in SUBJECTS and c.i < verb.left_edge.i for c in children(head)) and _enclosed(
        verb.doc, verb.left_edge.i, verb.right_edge.i
    )


def told_clause_above(verb: Token, doc) -> Content | None:
    """"three days after Trump told The Washington Post he was “not quite there yet” on supporting Ryan":
    the parser hung the cue and its hearer on the reported clause after them (an adverbial clause of
    "was"); the clause whose subject follows the hearer, with no comma between, is what was told, not the
    hearer (which content:noun-phrase would read)."""
    head = verb.head
    if lemma_of(verb) not in HEARER_VERBS or head.i <= verb.i or not is_verb(head):
        return None
    hearer = next((c for c in children(verb) if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    subject = next((c for c in children(head) if c.dep_ in SUBJECTS and c.i > verb.i), None)
    if hearer is None or subject is None or verb.right_edge.i + 1 != subject.left_edge.i:
        return None
    toks = [t for t in head.subtree if t.i > verb.right_edge.i]
    return Content(toks, False, ("content:told-clause-above",))


def clause_beside_participle(verb: Token, doc) -> Content | None:
    """"The retired neurosurgeon addressed his concerns in another interview ..., remarking from New Hampshire he
    did not feel “this is a very difficult investigation.”": a speech participle after a comma, a phrase of its
    own before its bare clause, which the parser hung on the main verb; the clause right after the participle's
    words, with a subject of its own, is what was said. Not a verb of thought ("knowing he had lost"), nor a
    clause with a comma or words between ("..., remarking on the weather; he did not ...")."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.i >= verb.i or lemma_of(verb) not in SPEECH_VERBS:
        return None
    before = [t.text for t in doc[max(0, verb.left_edge.i - 2) : verb.left_edge.i]]
    if "," not in before:  # (a comma, or a comma and the closing mark of a title: 'with "The View," remarking')
        return None
    said = next((c for c in children(head) if c.dep_ == "ccomp" and c.left_edge.i == verb.right_edge.i + 1), None)
    if said is None or not _has_subject(said):
        return None
    return Content(list(said.subtree), False, ("content:clause-beside-participle",))


def fronted_clause(verb: Token, doc) -> Content | None:
    """"The official way that Customs and Border Protection measures seizures is by pounds, not by value, an
    agency spokesman told us.": a cue closing its sentence after a comma, nothing after it but a hearer or a
    time, whose words before the comma the parser did not make its clause (it hung their noun on the verb,
    "way" an npadvmod, and their verb on that noun); the words from the sentence's start to the comma are
    what was said, when they hold a finite verb. Not when one of them opens a clause of its own ("After the
    vote ended, he told reporters"), nor a phrase the verb governs ("In Washington, he told us")."""
    if lemma_of(verb) not in REPORTING_VERBS or verb.dep_ != "ROOT":
        return None
    subject = next((c for c in children(verb) if c.dep_ in SUBJECTS and c.i < verb.i), None)
    # the cue is its sentence's root: its subtree is the sentence
    start, comma = verb.left_edge.i, subject.left_edge.i - 1 if subject is not None else -1
    if comma <= start or doc[comma].text != ",":
        return None
    if any(is_verb(t) or t.text in QUOTE_CHARS for t in doc[verb.i + 1 : verb.right_edge.i + 1]):
        return None
    fronted = [c for c in children(verb) if c.i < comma]
    if not fronted or any(c.dep_ not in DEPS.fronted_content or subordinate(c) for c in fronted):
        return None
    toks = list(doc[start:comma])
    if not any(is_verb(t) and is_finite(t) for t in toks) or has_quote_mark(toks):
        return None
    return Content(toks, True, ("content:fronted-clause",))


def _cue_clause_after_comma(verb: Token, subj: Token) -> int | None:
    """The index of the comma right before the cue clause "he told reporters" / "said Jane Roe",
    when the subject and the verb stand together after it (an auxiliary or an adverb between them)."""
    doc = verb.doc
    if subj.i < verb.i:
        between = doc[subj.right_edge.i + 1 : verb.i]
        if any(t.dep_ not in DEPS.closing_cue_between for t in between):
            return None
        comma = subj.left_edge.i - 1
    else:
        comma = verb.i - 1
        if any(t.i < verb.i for t in subj.subtree) or subj.left_edge.i - verb.i > 3:
            return None
    return comma if comma > _sentence(verb)[0] and doc[comma].text == "," else None


def _sentence(tok: Token) -> tuple[int, int]:
    """The token indices (start, end) of the sentence ``tok`` stands in: its root's subtree."""
    root = tok
    for root in tok.ancestors:
        pass
    return root.left_edge.i, root.right_edge.i + 1


def _ends_sentence(verb: Token, subj: Token, end: int) -> bool:
    """Nothing after the cue but its speaker and what hangs on the verb as a hearer, a time or a place
    ("on condition of anonymity", "in his 2012 book"): no verb with a tense, no quote, no object but a
    hearer; not "It was, he said, one of the bitterest failures" (the words go on after the cue)."""
    doc, speaker = verb.doc, {t.i for t in subj.subtree}
    hangs = {t.i for c in children(verb) if c.i > verb.i and c.i not in speaker for t in c.subtree}
    for t in doc[verb.i + 1 : end]:
        if t.i in speaker:
            continue
        if t.i not in hangs and not t.is_punct:
            return False
        if t.text in QUOTE_CHARS or (is_verb(t) and is_finite(t)):
            return False
    for c in children(verb):
        if c.i < verb.i or c.i in speaker or c.dep_ in DEPS.closing_cue_after or _after_condition(c):
            continue
        if c.dep_ in DEPS.closing_cue_time and any(t.lower_ in _SPEAKING_TIMES for t in c.subtree):
            continue  # "said Tuesday", "told reporters last week"; not "their smiles said a lot"
        if not (c.dep_ in ("dobj", "dative") and lemma_of(verb) in HEARER_VERBS):
            return False
    return True


def _after_condition(c: Token) -> bool:
    """"he said, on condition of anonymity to speak freely": the parser hangs the purpose of the
    anonymity on the cue; a clause "to ..." right after a phrase of the verb's is no words of its own."""
    if c.dep_ != "xcomp" or c.left_edge.lower_ != "to":
        return False
    before = c.left_edge.i - 1
    return any(p.dep_ == "prep" and p.right_edge.i == before for p in children(c.head))


def _opens_own_clause(toks: list) -> bool:
    """The words before the comma open with a clause of their own ("After the vote ended, he told
    reporters", "But when Mr. Hurt asked Norton ..., it declined"), or hold an unclosed bracket."""
    lead = [t for t in toks if not (t.dep_ == "cc" or t.is_punct)][:1]
    brackets = sum(t.text == "(" for t in toks) - sum(t.text == ")" for t in toks)
    return brackets != 0 or (bool(lead) and lead[0].lower_ in _CLAUSE_OPENERS)


def closing_cue(verb: Token, doc) -> Content | None:
    """"He was unable to find a single taker, he said, on condition of anonymity", "People should
    provide evidence ... like “maybe” and “perhaps”, he told reporters.", "Couple global exposure with
    a "candidate who is a lightning rod" and Clevelanders get nervous, said Christine Link, executive
    director of ...": a cue clause of speech or thought, subject and verb together, closes its sentence
    after a comma, and the parser hung the words before it elsewhere (a conjunct, an adverbial clause)
    or not at all; those words, from the sentence's start, are what was said when they hold a verb with
    a tense and do not open with a clause of their own. A clausal complement before the verb is
    content:clause's; a relative clause (", who has vowed not to ...") reports its own words."""
    if lemma_of(verb) not in _CLOSING_VERBS or verb.dep_ in DEPS.closing_cue_not or not is_finite(verb):
        return None
    if any(_complement_kind(c, verb) is not None and c.i < verb.i for c in children(verb)):
        return None
    # the subject next to the verb: the parser may give the verb the words' subject as well
    subjects = sorted((c for c in children(verb) if c.dep_ in SUBJECTS), key=lambda c: abs(c.i - verb.i))
    subj = subjects[0] if subjects else None
    comma = _cue_clause_after_comma(verb, subj) if subj is not None and subj.lower_ not in RELATIVE else None
    if comma is None:
        return None
    start, end = _sentence(verb)
    if not _ends_sentence(verb, subj, end):
        return None
    toks = list(doc[start:comma])
    if _opens_own_clause(toks) or not any(_main_verb(t) for t in toks):
        return None
    if any(is_verb(t) and lemma_of(t) in _CLOSING_VERBS for t in toks):
        return None  # words that report words of their own: the outer-source rules (assemble.py) read them
    return Content(toks, True, ("content:closing-cue",))


def before_uncommaed_cue(verb: Token, doc) -> Content | None:
    """"... sophisticated enough to obey the complex rules of cinematography and editing said John Wyver, from TV
    producer ...": a reversed cue with no comma before it closes the words it reports (syntax's
    name_after_uncommaed_cue); those words, from the sentence's start, are what was said."""
    found = name_after_uncommaed_cue(verb)
    return None if found is None else Content(found[0], True, ("content:before-uncommaed-cue",))


def _main_verb(t: Token) -> bool:
    """A verb with a tense that is no subordinate or relative clause's ("when we're focusing on ...")."""
    return is_verb(t) and is_finite(t) and not subordinate(t) and t.dep_ not in DEPS.closing_cue_not


def _own_event(verb: Token) -> bool:
    """"As Trump attacked Clinton, the attendees chanted, "Lock her up!"", "When he first described the wall in
    December, he said, “...”": a clause opened by "when" or whose verb has an object of its own tells an event of
    its own, and the clause it hangs on is not its words; a cue set inside words has neither ("Ukraine, he
    said, will join", "As POLITICO revealed, the RNC agreed"), but for a hearer ("he told reporters")."""
    opener = verb.left_edge
    if opener.lower_ in _EVENT_OPENERS and opener.head is verb:
        return True
    obj = next((c for c in children(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    return (obj is not None and lemma_of(verb) not in HEARER_VERBS and not _inverted_source(verb, obj)
            and not _wording(verb, obj))


def _wording(verb: Token, obj: Token) -> bool:
    """"As The Post's Ruth Marcus puts it, Obama is trying ...": the object of an idiom of wording (lexicon
    ``wording_objects``) says how the words around are put, no event of their own."""
    return obj.lower_ in _WORDING_OBJECTS.get(lemma_of(verb), ())


def _inverted_source(verb: Token, obj: Token) -> bool:
    """"Around 23 million Britons will miss out on ..., predicts the report by telecoms giant BT.": after a
    comma, a finite cue with a noun phrase to the sentence's end has its source there, not an object."""
    doc = verb.doc
    after = doc[obj.right_edge.i + 1 :]
    return doc[verb.i - 1].text == "," and verb.tag_ in _INVERTED_TAGS and all(t.is_punct for t in after)


def noun_phrase(verb: Token, doc) -> Content | None:
    """"called the plan “a disaster”", "said: <quote>" parsed as an object, "mentioned
    disparaging remarks Trump had made ... as examples of ...": the object and the rest of
    the verb's phrase after it, quoted words further along included ("called the test
    “provocative” and a “grave threat” to ...")."""
    c = next((c for c in children(verb) if c.dep_ in DEPS.object_content and c.i > verb.i), None)
    if c is None or _when_said(c) or _won(verb, c):
        return None
    toks = list(c.subtree)
    for d in children(verb):
        if d.i > c.i and (d.dep_ in DEPS.predicate or (d.dep_ == "prep" and d.lower_ == "as")):
            # with what stands between ("the ground underneath the city as “...”")
            between = doc[c.right_edge.i + 1 : d.right_edge.i + 1]
            toks.extend(t for t in between if t.i >= d.left_edge.i or t.dep_ != "cc")
    end = max(c.right_edge.i, verb.right_edge.i)
    tail = doc[max(t.i for t in toks) + 1 : end + 1]
    if has_quote_mark(tail):
        conj = next((d.i for d in children(verb) if d.dep_ == "conj" and d.i > c.i), None)
        toks += [t for t in tail if (conj is None or t.i < conj) and not (t.dep_ == "cc" and t.head.i == verb.i)]
    return Content(toks, False, ("content:noun-phrase",))


def _won(verb: Token, noun: Token) -> bool:
    """"after claiming away draws in Basel and Paris", "claimed victory": the object is won, not said
    (lexicon ``won_objects``, in the singular: the parse keeps no lemmas)."""
    won = _WON_OBJECTS.get(lemma_of(verb), ())
    return noun.lower_ in won or (noun.lower_.endswith("s") and noun.lower_[:-1] in won)


def _when_said(noun: Token) -> bool:
    """“...,” she said Friday / earlier this year: a time the parser made the verb's object says
    when the words were said, not what; read as content it would keep the cue off the quote before."""
    return noun.lower_ in TIME_WORDS | CALENDAR and not has_quote_mark(noun.subtree)


def surveyed_standing(verb: Token, doc) -> Content | None:
    """"a WBUR poll last week showed Rubio in third at 11 percent", "A Quinnipiac University poll this month
    found Mr. Trump about even with Mrs. Clinton statewide": a poll's finding (``polled``) with no clause is its
    object and the rest of the verb's phrase after it, where the standing is told (PolNeAR train annotates a
    poll's "show" or "find" as a cue 115 of 136 times); content:noun-phrase would keep the object alone
    ("Rubio"). A poll's object alone is what it found too ("A recent CNN survey found 90 percent support for
    background checks")."""
    obj = next((c for c in children(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not polled(verb):
        return None
    end = _before_closing_punctuation(doc, verb.right_edge.i, obj.i)
    return Content(list(doc[obj.left_edge.i : end + 1]), False, ("content:surveyed-standing",))


def polled(verb: Token) -> bool:
    """The verb tells a poll's finding: a poll or survey (lexicon ``survey_nouns``, or their plurals) is the
    subject of one of ``survey_finding_verbs`` before it ("The April survey found Clinton leading ...")."""
    if lemma_of(verb) not in _SURVEY_FINDINGS:
        return False
    subj = next((c for c in children(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subj is not None and subj.lower_.removesuffix("s") in _SURVEY_NOUNS


_SURVEY_NOUNS = frozenset(LEXICON.survey_nouns)
_SURVEY_FINDINGS = frozenset(LEXICON.survey_finding_verbs)


def as_quoted(verb: Token, doc) -> Content | None:
    """"an explosion that the mayor described as “an intentional act”", "refers to the governor
    as “Chris”": the as-phrase says what the act called its object, with what it names when
    the parser lost the object."""
    phrase = as_phrase(verb)
    if phrase is None or not has_quote_mark(phrase.subtree):
        return None
    start = verb.i + 1
    if start < phrase.i and doc[start].tag_ == "IN" and doc[start].head.i == verb.i:
        start += 1
    by = agent_in(phrase)
    end = by.i if by is not None and any(c.dep_ == "auxpass" for c in children(verb)) else phrase.right_edge.i + 1
    return Content(list(doc[start:end]), False, ("content:as-quoted",))


def object_cue(verb: Token) -> tuple[str, list] | None:
    """The object cue ("speak of", "warn about": LEXICON.object_cues) a verb makes with a
    preposition after it, and that preposition's object, when quotation marks open and close
    in it. Without them the object is a topic ("spoke of his childhood"), not anyone's words,
    except after a cue whose object is always said (lexicon ``unquoted_object_cues``: "warned
    against ...")."""
    head = OBJECT_HEADS.get(verb.lower_)
    if head is None:
        return None
    for c in children(verb):
        if c.i > verb.i and c.dep_ == "prep" and f"{head} {c.lower_}" in OBJECT_CUES:
            obj = next((g for g in children(c) if g.dep_ in ("pobj", "pcomp")), None)
            words = _quoted_object(c, obj) if obj is not None else []
            marks = sum(t.text in QUOTE_CHARS for t in words)
            cue = f"{head} {c.lower_}"
            if marks and marks % 2 == 0:  # one mark alone opens the quote after: "referring to ..., “I knew ...”"
                return cue, words
            if words and not marks and cue in UNQUOTED_OBJECT_CUES:
                return cue, words
    return None


def _quoted_object(prep: Token, obj: Token) -> list:
    """The words from the preposition to the end of its object, up to the closing quotation mark
    when a quote opened in them runs past the object ("spoke of “focus, to get the domestic side
    right.”": the parser ends the object at the comma) or opens right after it ("talked about a
    “[long quote]”": the parser cut the object short). A mark after a comma opens other words
    ("referring to the first false entries in late 2000, “I knew ...”")."""
    doc = prep.doc
    end = obj.right_edge.i + 1
    opened = sum(t.text in QUOTE_CHARS for t in doc[prep.i + 1 : end]) % 2
    if not opened and end < len(doc) and doc[end].text in QUOTE_CHARS and not _marks_before(doc, end) % 2:
        end, opened = end + 1, 1
    if opened:
        end = next((t.i + 1 for t in doc[end:] if t.text in QUOTE_CHARS), end)
    return list(doc[prep.i + 1 : end])


def _marks_before(doc, i: int) -> int:
    """The quotation marks before token ``i``: an even count, and the mark at ``i`` opens a quote."""
    return sum(t.text in QUOTE_CHARS for t in doc[:i])


def quoted_object(verb: Token, doc) -> Content | None:
    """"Jonathan Baume spoke of “competing agendas”", "the airline warned of “inadequate
    liquidity”", "Mr Putin referred to a period of so-called “cowboy capitalism”": the quoted
    object of the preposition an object cue takes."""
    cue = object_cue(verb)
    return Content(cue[1], False, ("content:quoted-object",)) if cue is not None else None


def passive_criticism(verb: Token, doc) -> Content | None:
    """"Trump has been criticized by some of his rivals for failing to spend enough time in the state", "That
    deal was already being criticized as a security threat to Europe": a passive criticism says what was found
    wrong in its "for" or "as" phrase, and its agent is the critic. PolNeAR annotates the "for" with the
    content and the "as" with the cue. Not with no agent: a criticism by no one named makes no quote, and
    reading it would hide the verbs inside its phrase ("President Obama has been criticized for using the
    term to describe his achievements", PolNeAR train, whose "he" then lost Obama). An active criticism's
    object is its target, not anyone's words."""
    if lemma_of(verb) not in _CRITICISED or not passive(verb) or not any(c.dep_ == "agent" for c in children(verb)):
        return None
    preps = (c for c in children(verb) if c.dep_ == "prep" and c.i > verb.i)
    prep = next((c for c in preps if c.lower_ in _CRITICISING_PREPOSITIONS), None)
    if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in children(prep)) or has_quote_mark(prep.subtree):
        return None
    words = [t for t in prep.subtree if not (prep.lower_ == "as" and t.i == prep.i)]
    return Content(words, False, ("content:passive-criticism",))


def absolute_clause(verb: Token, doc) -> Content | None:
    """"Shares rose 7% on the news, with analysts saying sales of $600m (£309m) a year were possible", "neither side
    has made a formal offer for the LSE, with sources claiming such a step may still be weeks away" (BBC
    business/302, business/279): in a "with" clause, a participle's clause with no "that", whose subject the parser
    made the participle's object and whose verb it hung on "with", the speaker its subject; the object and that verb,
    to its end, are what was said (content:noun-phrase would keep the object alone, or nothing)."""
    speaker = verb.head
    obj = next((c for c in children(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or obj is None or speaker.dep_ != "nsubj":
        return None
    said = speaker.head  # the verb the parser gave the speaker to: the clause's own, right after the object
    if said.i <= obj.right_edge.i or said.dep_ != "pcomp" or not (is_finite(said) or _has_modal(said)):
        return None
    if any(t.is_punct or is_verb(t) for t in doc[obj.right_edge.i + 1 : said.i] if t.dep_ not in ("aux", "neg")):
        return None
    end = _before_closing_punctuation(doc, said.right_edge.i, said.i)
    return Content(list(doc[obj.left_edge.i : end + 1]), False, ("content:absolute-clause",))


def _before_closing_punctuation(doc, end: int, floor: int) -> int:
    """The last token up to ``end`` that is no sentence punctuation, down to ``floor`` at most: the clause's
    words without its closing full stop or comma; a closing quotation mark stays with the words it closes."""
    while end > floor and doc[end].is_punct and doc[end].text not in QUOTE_CHARS:
        end -= 1
    return end


def _has_modal(verb: Token) -> bool:
    """A verb in its bare form after a modal: "may still be", "will slow"."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(verb))


def unquoted_object(verb: Token, doc) -> Content | None:
    """"warned China against provocative behavior", "by warning candidates against moving too far": the
    object of a cue whose object is said with no quotation marks too (lexicon ``unquoted_object_cues``),
    read before the noun phrase, which would take the hearer ("China") for what was said."""
    cue = object_cue(verb)
    if cue is None or cue[0] not in UNQUOTED_OBJECT_CUES:
        return None
    words = cue[1]
    # the one warned is part of what was said, as PolNeAR annotates it ("China against provocative behavior"),
    # and keeps a one-word object from standing alone ("his supporters against complacency")
    warned = next((c for c in children(verb) if c.dep_ == "dobj" and c.i < words[0].i), None)
    if warned is not None:
        words = list(verb.doc[warned.left_edge.i : words[-1].i + 1])
    return Content(words, False, ("content:unquoted-object",))


def asked_to(verb: Token, doc) -> Content | None:
    """"he urged the party to ax its superdelegate system", "Mr. Manafort pressed Mr. Yanukovych to sign an
    agreement", "He pushed China and India to control hydrofluorocarbons": the one asked, the verb's object, with
    the infinitive after it that says what (PolNeAR train's content runs over both, as with "called on Trump to
    stop"). Not a passive ("was urged to run": the one asked is the subject), nor an object with no infinitive
    ("pushed the button", "pressed the case")."""
    lemma = lemma_of(verb)
    if lemma not in _OBJECT_REQUESTS or passive(verb):
        return None
    asked = next((c for c in children(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if asked is None or (lemma in _MOVING_REQUESTS and not (_names_people(asked) and _one_who_asks(verb))):
        return None
    if lemma in _SPURRING_REQUESTS and not _named_asker(verb):
        return None
    what = next((c for c in children(verb) if c.dep_ in _ASKED_INFINITIVE_DEPS and _right_after(c, asked)
                 and _to_infinitive_at(c)), None)
    if what is None:
        return None
    end = what.right_edge.i
    for c in children(verb):
        # a hyphened verb the parser split into clauses side by side: "to co-present the TV special" (BBC
        # entertainment/182)
        if c.dep_ == "xcomp" and c.left_edge.i == end + 1 and c.text[:1] not in (",", ";"):
            end = c.right_edge.i
    toks = [t for t in doc[asked.left_edge.i : end + 1] if not (t.is_punct and t.i == end)]
    return Content(toks, False, ("content:asked-to",))


def _right_after(clause: Token, obj: Token) -> bool:
    """The clause opens right after the object, a comma at most between: "urged Care International, the aid
    agency she works for, to close its office" (BBC politics/150); not an infinitive further on, of the verb's
    own ("pushed them hard in the debate to win")."""
    between = clause.doc[obj.right_edge.i + 1 : clause.left_edge.i]
    return clause.left_edge.i > obj.right_edge.i and all(t.is_punct for t in between)


def _names_people(obj: Token) -> bool:
    """An object that can be asked: a name ("China", "Mr. Yanukovych", "the Obama administration"), a personal
    pronoun ("them") or a plural ("states", "party officials"); "the button" a push moves is none."""
    named = any(c.dep_ == "compound" and c.tag_ in PROPN_TAGS for c in children(obj))
    return named or obj.tag_ in PROPN_TAGS or obj.tag_ in ("PRP", "NNS")


def _one_who_asks(verb: Token) -> bool:
    """The subject of a push can ask: a name or a pronoun for people, or none the verb holds (the speaker rules
    climb: "decided to press Israel to freeze ..."). Not a thing or a force: "Failure to make cutbacks may also
    push it to reduce its fleet", "Political and public pressure may well push the two firms to reach a
    compromise" (BBC business/404, 359)."""
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subj is None:
        return True
    return subj.tag_ in PROPN_TAGS or (subj.tag_ in ("PRP", "WP") and subj.lower_ != "it")


def _named_asker(verb: Token) -> bool:
    """The verb's own subject is a name or a personal pronoun: "FICO has encouraged other companies to make scores
    available", "When Nega encouraged his students to press for academic freedoms" (PolNeAR train). An encouragement
    with no subject of its own is mostly a purpose or a policy, no words: "Media hubs are designed to encourage people
    to organise them", "An organisation has been launched to encourage disabled people to get involved" (BBC tech/228,
    tech/277), "increasing the rigour with which taxes are collected encourages companies to ..." (business/266)."""
    subj = next((c for c in children(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subj is not None and (subj.tag_ in PROPN_TAGS or (subj.tag_ == "PRP" and subj.lower_ != "it"))


def _to_infinitive_at(clause: Token) -> bool:
    """A clause opened by its "to" ("to sign", "not to close the prison"), the infinitive of a request."""
    to = next((g for g in children(clause) if g.dep_ == "aux" and g.lower_ == "to"), None)
    return to is not None and all(t.dep_ == "neg" for t in clause.doc[clause.left_edge.i : to.i])


# Tried in order; the first answer wins.
CONTENT_RULES: tuple[tuple[str, Callable[[Token, object], Content | None]], ...] = (
    ("content:inverted-aside", inverted_aside_words),
    ("content:closing-cue", closing_cue),
    ("content:before-uncommaed-cue", before_uncommaed_cue),
    ("content:asked-to", asked_to),
    ("content:clause", clause),
    ("content:that-prep", that_prep),
    ("content:that-advcl", that_advcl),
    ("content:question-advcl", question_advcl),
    ("content:cue-inside", cue_inside),
    ("content:told-clause-above", told_clause_above),
    ("content:clause-beside-participle", clause_beside_participle),
    ("content:fronted-clause", fronted_clause),
    ("content:unquoted-object", unquoted_object),
    ("content:absolute-clause", absolute_clause),
    ("content:surveyed-standing", surveyed_standing),
    ("content:noun-phrase", noun_phrase),
    ("content:as-quoted", as_quoted),
    ("content:quoted-object", quoted_object),
    ("content:passive-criticism", passive_criticism),
)


def content_of(verb: Token, doc) -> Content:
    """The reported content of a cue verb, by the first content rule that reads its shape."""
    for _, rule in CONTENT_RULES:
        found = rule(verb, doc)
        if found is not None:
            return found
    return NO_CONTENT


def without_leading_time(toks: list, head: Token) -> list:
    """"told African-Americans this weekend he would ...": the time phrase the
    parser put at the head of the reported clause belongs to the telling."""
    first = next((c for c in children(head) if c.i == toks[0].i or c.left_edge.i == toks[0].i), None)
    if first is None or first.dep_ not in ("npadvmod", "tmod") or first.i > head.i:
        return toks
    if not any(t.lower_ in TIME_WORDS for t in first.subtree):
        return toks
    if not any(c.dep_ in SUBJECTS and c.i > first.right_edge.i for c in children(head)):
        return toks
    drop = {t.i for t in first.subtree}
    return [t for t in toks if t.i not in drop]


def lost_that(verb: Token, doc) -> Content | None:
    """"predicted at the debate that Republicans will take ...", with "that" read as a
    relative pronoun: the parser lost the clause; a "that" soon after a speech verb, with no
    other verb between, opens what was said."""
    for t in doc[verb.i + 1 : min(len(doc), verb.i + 10)]:
        if is_verb(t) or t.text in (";", ":") or t.text in QUOTE_CHARS:
            return None
        if t.lower_ == "that" and t.i + 2 < len(doc) and t.dep_ in DEPS.lost_that and t.head.i > t.i:
            end = len(doc)
            while end > t.i + 1 and doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CHARS:
                end -= 1
            return Content(list(doc[t.i : end]), False, ("content:lost-that",))
    return None


_NOT_A_CALL = object()  # "called on Monday": no particle, and no other reading either


def _call_particle(verb: Token, after: list):
    """The "for" or "on" of "called for", "called on" (not after an object: "called the plan
    a mistake for ..."); ``_NOT_A_CALL`` for "called on Monday"."""
    for c in after:
        if any(d.dep_ in ("dobj", "oprd") and d.i < c.i for d in after):
            return None
        has_object = any(g.dep_ in ("pobj", "pcomp") for g in children(c)) or _particle_object(verb, c) is not None
        if c.dep_ in ("prep", "prt") and c.lower_ in _CALL_PARTICLES and has_object:
            if c.lower_ == "on" and not any(d.dep_ in ("xcomp", "ccomp") for d in after):
                return c if _infinitive_of_called(c, after) else _NOT_A_CALL
            return c
    return None


def _infinitive_of_called(particle: Token, after: list) -> bool:
    """"A spokesman for UKIP called on Mr Hockney to quit the London Assembly" (BBC politics/288, 111): the parser
    hung the infinitive on the verb as an adverbial clause, not as its complement ("called on him to quit" has
    it); it is still what the call asks of the one it names, when it opens right after that name. "called on
    Monday to discuss" is a visit with a purpose: a date or a time is asked nothing."""
    called = _called_on(particle)
    if called is None or not _names_people(called):
        return False
    if any(t.lower_ in _SPEAKING_TIMES for t in called.doc[called.left_edge.i : called.right_edge.i + 1]):
        return False
    return any(
        d.dep_ == "advcl" and d.left_edge.i == called.right_edge.i + 1
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in children(d))
        for d in after
    )


def _called_for_clause(verb: Token, after: list) -> tuple[Token, Token] | None:
    """(clause, "for") of "the prince called for Trump to drop out of the race", "called for the president to
    resign": the parser reads "for" as the mark of a clause whose subject and "to" follow it, so the call's
    object with its infinitive is that clause (PolNeAR train annotates the four it holds, cue "called for")."""
    for c in after:
        mark = next((g for g in children(c) if g.dep_ == "mark" and g.lower_ in _CALL_PARTICLES), None)
        if c.dep_ in ("ccomp", "xcomp") and mark is None:
            mark = _bare_particle_before(verb, c)
        elif c.dep_ != "advcl":
            continue
        if mark is None or not _next_but_adverbs(verb, mark):
            continue
        own = list(children(c))
        # the subject of a passive too: "appealed for Iraqi women prisoners to be freed" (BBC politics/150)
        subject = any(g.dep_ in ("nsubj", "nsubjpass") for g in own)
        if subject and any(g.dep_ == "aux" and g.lower_ == "to" for g in own):
            return c, mark
    return None


def _bare_particle_before(verb: Token, clause: Token) -> Token | None:
    """"The Lib Dems called for Commons leader Peter Hain to make a statement" (BBC politics/376): the parser left
    "for" a preposition with no object and made the clause after it the verb's complement; that "for", right
    before the clause's first word, is the clause's mark all the same."""
    particle = verb.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    if particle is None or particle.lower_ not in _CALL_PARTICLES or particle.head.i != verb.i:
        return None
    return particle if particle.dep_ in ("prep", "mark") and not children(particle) else None


def _next_but_adverbs(verb: Token, tok: Token) -> bool:
    """``tok`` comes right after the verb, or after adverbs of the act alone: "called again for President Obama to
    resign", "called once again for the minister to quit" ask as "called for" does (an object or a clause between
    would be something else: "called the plan a mistake for ...")."""
    between = verb.doc[verb.i + 1 : tok.i]
    return tok.i > verb.i and all(t.dep_ == "advmod" for t in between)


def _particle_object(verb: Token, particle: Token) -> Token | None:
    """"He called on industrialised nations to commit ...": the parser read "on" as a particle and the
    nations as the verb's object; that object, right after the particle, is what the call is on."""
    if particle.dep_ != "prt":
        return None
    return next((d for d in children(verb) if d.dep_ == "dobj" and d.left_edge.i == particle.i + 1), None)


def _called_on(particle: Token) -> Token:
    """The first word of whom or what the call is on: the particle's object, else the verb's after it."""
    own = next((g for g in children(particle) if g.dep_ in ("pobj", "pcomp")), None)
    return own if own is not None else _particle_object(particle.head, particle)


def call(verb: Token) -> tuple[Content | None, Token | None]:
    """"called for a moratorium", "called on Trump to stop", "called the charges
    unsubstantiated" report speech without quotation marks; "called a meeting" and "has
    been called a charlatan" (a name given) do not. Returns the content and the particle."""
    after = [c for c in children(verb) if c.i > verb.i]
    if passive(verb):
        return None, None
    particle = _call_particle(verb, after)
    if particle is _NOT_A_CALL:
        return None, None
    asked = _called_for_clause(verb, after)
    if particle is None and asked is not None:
        clause, mark = asked
        end = clause.right_edge.i
        toks = [t for t in verb.doc[mark.i + 1 : end + 1] if not (t.is_punct and t.i == end)]
        return Content(toks, False, ("content:call",)), mark
    if particle is not None:
        start = _called_on(particle).left_edge.i
        end = verb.right_edge.i
        toks = [t for t in verb.doc[start : end + 1] if not (t.is_punct and t.i == end)]
        return (Content(toks, False, ("content:call",)), particle) if toks else (None, None)
    obj = next((c for c in after if c.dep_ == "dobj"), None)
    # the last name given: 'calling his assumptions “aggressive” and his plan “damaging”' gives two
    pred = next((c for c in reversed(after) if c.dep_ == "oprd"), None)
    if obj is not None and pred is not None:
        return Content(list(verb.doc[obj.left_edge.i : _name_end(pred) + 1]), False, ("content:call",)), None
    return None, None


def request(verb: Token) -> tuple[Content | None, Token | None]:
    """"Prosecutors had asked for 15 years in jail", "has appealed for the release of aid worker Margaret Hassan",
    "pushing for help from the private sector": what the "for" right after a verb of request names was asked, as
    with "called for"; "had pressed for Congress to offset the costs" ("for" the mark of a clause) likewise.
    Returns the content and the particle. Not the one asked ("Pressed for specifics, the campaign ...", "When
    asked for his position, ...": a participle with no auxiliary, or a passive), nor a time ("has pushed for
    months"), nor an object between ("asked the question for ..."), nor what no one asks of anyone ("can't ask for
    more", "pushing for promotion": lexicon ``unrequested_objects``)."""
    if passive(verb) or (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in children(verb))):
        return None, None
    if _asked_of_object(verb) or _numbered_model(verb):
        return None, None
    after = [c for c in children(verb) if c.i > verb.i]
    asked = _called_for_clause(verb, after)
    if asked is not None:
        clause, mark = asked
        end = clause.right_edge.i
        toks = [t for t in verb.doc[mark.i + 1 : end + 1] if not (t.is_punct and t.i == end)]
        return Content(toks, False, ("content:request",)), mark
    particle = next((c for c in after if c.i == verb.i + 1 and c.dep_ in ("prep", "prt")), None)
    if particle is None or particle.lower_ not in _REQUEST_PARTICLES:
        return None, None
    obj = next((g for g in children(particle) if g.dep_ in ("pobj", "pcomp")), None)
    if obj is None or _a_while(obj) or obj.lower_ in _UNREQUESTED:
        return None, None
    end = _request_end(verb, particle)
    toks = [t for t in verb.doc[obj.left_edge.i : end + 1] if not (t.is_punct and t.i == end)]
    return (Content(toks, False, ("content:request",)), particle) if toks else (None, None)


def _asked_of_object(verb: Token) -> bool:
    """"the HDTV hype ... has spurred European broadcasters and consumer electronic companies to push for change"
    (BBC tech/240): an infinitive after another verb's object is the object's to do, so the subject the speaker
    rules climb to (the hype) asks nothing."""
    if verb.dep_ != "xcomp":
        return False
    return any(c.dep_ == "dobj" and c.i < verb.i for c in children(verb.head))


def _numbered_model(verb: Token) -> bool:
    """"the Xbox 2 will push for HDTV quality graphics" (BBC tech/348): a name with a number after it is a
    product's model ("Xbox 2", "PlayStation 3"), a thing that asks for nothing; people and bodies that make
    requests are not numbered so."""
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    return subj is not None and subj.tag_ in PROPN_TAGS and any(
        c.dep_ == "nummod" and c.i > subj.i for c in children(subj))


def reports_only_with_particle(tok: Token) -> bool:
    """A request-only verb ("push", "appeal") without its "for" right after it reports nothing: "which
    resulted in "pushing and shoving"" (BBC entertainment/293) is no cue of a tail of its own."""
    if lemma_of(tok) not in _REQUEST_ONLY:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.lower_ not in _REQUEST_PARTICLES


def _request_end(verb: Token, particle: Token) -> int:
    """The last word of what was asked: the "for" phrase, and an infinitive the parser hung on the verb after it
    ("pushing for help from the private sector to push back against ..."); not a clause joined to the verb ("A
    woman asked for a photo and Clinton agreed", "have pushed for new negotiations, but Cornyn told ...") nor
    where or how it was asked ("in a letter posted on Twitter Tuesday")."""
    end = particle.right_edge.i
    for c in children(verb):
        if c.i > end and c.dep_ in ("xcomp", "advcl") and c.left_edge.lower_ == "to" and c.left_edge.i == end + 1:
            end = c.right_edge.i
    return end


def _a_while(obj: Token) -> bool:
    """"has pushed for months", "for weeks": a time the verb lasted, not what was asked; "asked for 15 years in
    jail" counts what was asked."""
    timed = obj.lower_ in _SPEAKING_TIMES or obj.lower_.removesuffix("s") in _SPEAKING_TIMES
    return timed and not any(c.dep_ == "nummod" for c in children(obj))


def accusation(verb: Token) -> tuple[Content | None, Token | None]:
    """"Sanders accused Republicans of placing the interests of the NRA ahead of children": what the accused
    is said to do, after the "of" (PolNeAR train: cue "accused Republicans of", content the words after it).
    Returns the content and the preposition, which ends the cue."""
    if passive(verb):
        return None, None
    accused = next((c for c in children(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    prep = next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ in _ACCUSING_PREPOSITIONS
                 and accused is not None and c.i > accused.i), None)
    charge = next((g for g in children(prep) if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if charge is None:
        return None, None
    toks = [t for t in verb.doc[charge.left_edge.i : charge.right_edge.i + 1]]
    return Content(toks, False, ("content:accusation",)), prep


def assignment(verb: Token) -> Content | None:
    """"Trump blamed the problem of mass shootings on "sickos"", "The ODPM attributed the monthly fall of prices
    in November to a drop in the value of detached houses": the object and the cause the verb assigns it, from the
    object to the end of the preposition's phrase (lexicon ``assigning_prepositions``), wherever the parser hung
    the preposition along the object's phrases ("blamed the fall in profits on high launch costs"). None without
    an object and that preposition, or in the passive, which names no one who assigns."""
    if passive(verb):
        return None
    what = next((c for c in children(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if what is None:
        return None
    word = _ASSIGNING_PREPOSITIONS[lemma_of(verb)]
    given = next((t for t in verb.subtree if t.i > what.i and t.dep_ == "prep" and t.lower_ == word
                  and _hangs_on_by_phrases(t, verb)), None)
    if given is None:
        return None
    return Content(list(verb.doc[what.left_edge.i : given.right_edge.i + 1]), False, ("content:assignment",))


def _hangs_on_by_phrases(tok: Token, verb: Token) -> bool:
    """The token hangs on the verb through prepositions and their objects only, not through a clause or a verb
    joined to it ("blamed X and suggested building ... on ...")."""
    while tok.i != verb.i:
        if tok.dep_ not in _ASSIGNING_PATH_DEPS:
            return False
        tok = tok.head
    return True


def prediction(verb: Token) -> Content | None:
    """"Campese has tipped Wales to win both the Six Nations and Grand Slam", "Mr Jolin also tipped Phil Davis
    for a best supporting actor prize": the one tipped and what for, from the object to the end of the infinitive
    or the phrase after it (not the verb joined after: "..., and added that ..."). None with neither, or in the
    passive, which names no one who tips ("is widely tipped to be one of the best-selling games")."""
    if passive(verb):
        return None
    tipped = next((c for c in children(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if tipped is None:
        return None
    to_do = next((c for c in children(verb) if c.i > tipped.i and _to_infinitive(c)), None)
    what_for = next((c for c in children(verb) if c.i > tipped.i and c.dep_ == "prep"
                     and c.lower_ in _PREDICTING_PREPOSITIONS), None)
    tip = to_do if to_do is not None else what_for
    if tip is None:
        return None
    return Content(list(verb.doc[tipped.left_edge.i : tip.right_edge.i + 1]), False, ("content:prediction",))


def _to_infinitive(clause: Token) -> bool:
    """An infinitive clause hung on the verb: "to win", "to walk away" (the parser makes it xcomp or ccomp)."""
    return clause.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in children(clause))


def _name_end(name: Token) -> int:
    """The last token of the name a call gives: 'called Cruz the “ultimate hypocrite,” linking to a story
    about ...' ends at its marks; the participle the parser hung on it after the comma is the writer's."""
    doc, end = name.doc, name.right_edge.i
    for c in children(name):
        if c.i > name.i and c.tag_ == "VBG" and c.dep_ == "acl" and doc[c.left_edge.i - 1].is_punct:
            end = min(end, c.left_edge.i - 1)
    return end


# --- trims -------------------------------------------------------------------------


def _adds_statement(t: Token, verb: Token, inside: set[int]) -> bool:
    """"said he would run, adding that ...": a participle after a comma that opens a statement."""
    return (
        t.tag_ == "VBG" and t.i > verb.i and lemma_of(t) in _ADDING and t.dep_ in DEPS.adding
        and t.i - 1 in inside and _after_comma(t)
        and any(c.dep_ in ("ccomp", "dobj") for c in children(t))
    )


def _after_comma(t: Token) -> bool:
    """A comma before the token, or a closing mark after one ('“expanded the Republican party,” claiming')."""
    doc = t.doc
    before = doc[t.i - 1]
    return before.text == "," or (before.text in CONTENT_CLOSING and t.i > 1 and doc[t.i - 2].text == ",")


def _second_act(t: Token, verb: Token) -> bool:
    """"said it was opposed to the test and warned North Korea to ...": the speaker's second
    act, which the parser hung inside the first one's words."""
    return (
        t.dep_ == "conj" and t.i > verb.i and t.tag_ in DEPS.second_act_tags and lemma_of(t) in REPORTING_VERBS
        and not any(c.dep_ in SUBJECTS for c in children(t)) and t.doc[t.i - 1].dep_ == "cc"
    )


def without_added_statements(content: list, verb: Token) -> tuple[list, list]:
    """The content less any clause that adds a statement of its own, and the verbs that add them."""
    inside = {t.i for t in content}
    cut: set[int] = set()
    added = []
    for t in content:
        if _adds_statement(t, verb, inside):
            # the comma goes with the added statement; a closing mark before it stays with the words
            cut |= {x.i for x in t.subtree} | ({t.i - 1} if t.doc[t.i - 1].text == "," else set())
            added.append(t)
        elif _second_act(t, verb):
            cut |= {x.i for x in t.subtree if x.i >= t.i} | {t.i - 1}
            added.append(t)
    return ([t for t in content if t.i not in cut] if cut else content), added


def without_cue_and_speaker(tokens: list, verb: Token, subj: Token | None) -> list:
    """"“We will win,” the minister, who spoke in Leeds, said": the content never swallows
    the cue or the speaker (nor spaces)."""
    drop = {verb.i} | (own_tokens(subj, verb) if subj is not None else set())
    return [t for t in tokens if not t.is_space and t.i not in drop]


def without_edge_punctuation(tokens: list, verb: Token, subj: Token | None) -> list:
    """"said, “We will win.”": punctuation at either end goes, quotation marks stay."""
    tokens = list(tokens)
    while tokens and tokens[-1].is_punct and tokens[-1].text not in CONTENT_CLOSING:
        tokens.pop()
    while tokens and tokens[0].is_punct and tokens[0].text not in CONTENT_OPENING:
        tokens.pop(0)
    return tokens


def longest_run(tokens: list, verb: Token, subj: Token | None) -> list:
    """"The talks, she said, had failed": the longest stretch of consecutive tokens, so the
    content never jumps over the cue clause."""
    tokens = sorted(tokens, key=lambda t: t.i)
    best: list = []
    run: list = []
    for t in tokens:
        if run and t.i != run[-1].i + 1:
            if len(run) > len(best):
                best = run
            run = []
        run.append(t)
    return run if len(run) > len(best) else best


def before_writers_aside(tokens: list, verb: Token, subj: Token | None) -> list:
    """likened the rules to "burning the Constitution" - a charge that might have stung:
    the words end at a lone dash after their closing quotation mark."""
    for k in range(1, len(tokens)):
        t = tokens[k]
        after_closing = tokens[k - 1].text in QUOTE_CHARS and tokens[k - 1].whitespace_ and t.whitespace_
        if t.text in DASH_TEXTS and after_closing and not any(u.text in DASH_TEXTS for u in tokens[k + 1 :]):
            return tokens[:k]
    return tokens


def _phrase_to_end(tokens: list, k: int, verb: Token) -> Token | None:
    """The head of the one phrase that runs from ``k`` to the end of ``tokens`` (a closing stop aside),
    or None when those words are no single phrase or the phrase is the cue's own verb."""
    first = head = tokens[k]
    inside = {t.i for t in tokens}
    while head.head.i != head.i and head.head.i in inside and head.head.left_edge.i >= first.i:
        head = head.head
    if head.left_edge.i != first.i or head.right_edge.i < tokens[-1].i - 1 or head.i == verb.i:
        return None
    return head


def _writers_tail_at(tokens: list, k: int, verb: Token) -> bool:
    """Whether the words from ``k`` to the end are one relative clause or contrast set after
    a comma, without quoted words of the speaker's (unless another cue reports them)."""
    head = _phrase_to_end(tokens, k, verb)
    if head is None:
        return False
    relative = head.dep_ == "relcl" and tokens[k].lower_ in _TAIL_RELATIVES
    contrast = head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in children(head))
    if not (relative or contrast):
        return False
    tail = tokens[k:]
    reports = any(is_verb(u) and lemma_of(u) in REPORTING_VERBS and not reports_only_with_particle(u) for u in tail)
    return reports or not has_quote_mark(tail)


def without_writers_tail(tokens: list, verb: Token, subj: Token | None) -> list:
    """"..., which votes on March 1", "..., even though he picked Manning": the reported words
    less a tail the writer set after a comma. A tail with quoted words and no cue of its own
    stays: those are the speaker's words going on ("a large turnout, which “will help ...”")."""
    if len(tokens) < 4:
        return tokens
    for k in range(2, len(tokens) - 1):
        if tokens[k - 1].text in (",", "—", "–", "-") and _writers_tail_at(tokens, k, verb):
            return tokens[: k - 1]
    return tokens


def _report_as_occasion(head: Token, verb: Token) -> bool:
    """A clause opened by "after" whose verb reports a clause with a named or described subject of its own:
    another source's report that the writer sets as the occasion ("after the New York Post revealed ...")."""
    if head.dep_ != "advcl" or head.i == verb.i or not any(
            c.dep_ == "mark" and c.lower_ in _OCCASION_REPORT for c in children(head)):
        return False
    # a source of its own, named or described: not "he" (often the speaker himself, or a name the reader must
    # resolve: "repaid £500,000 to Lord Ashcroft after he said"), not a passive ("after they were assured")
    source = next((c for c in children(head) if c.dep_ == "nsubj"), None)
    if source is None or source.tag_ in _NOT_A_REPORTING_SOURCE:
        return False
    # words of its own: a clause ("revealed Weiner had been ..."), not an act ("announced his bid", "refused to")
    own_words = any(c.dep_ == "ccomp" for c in children(head))
    return own_words and lemma_of(head) in REPORTING_VERBS and not reports_only_with_particle(head)


def before_compared_report(tokens: list, verb: Token, subj: Token | None) -> list:
    """"an average of 44% of respondents said the world economy was getting worse, compared to 34% who said it
    was improving": the reported words end before a comparison ("compared to/with") whose other side holds a
    relative that reports words of its own; the relative is its own quote (its antecedent the group). A
    comparison of figures ("compared with 33 percent last month") is the speaker's and stays."""
    for k in range(2, len(tokens) - 2):
        if tokens[k].lower_ not in _COMPARISON or tokens[k + 1].lower_ not in _COMPARISON_PREPOSITIONS:
            continue
        # the comparison's own words, which may run on past the content's end ("— 38 percent — who said")
        if any(_reporting_relative(t) for t in tokens[k].subtree) and not has_quote_mark(tokens[:k]):
            return tokens[: k - 1] if tokens[k - 1].text == "," else tokens[:k]
    return tokens


def _reporting_relative(word: Token) -> bool:
    """"who said it was improving": a relative pronoun, the subject of a reporting verb with a clause."""
    head = word.head
    return word.lower_ in _TAIL_RELATIVES and word.dep_ == "nsubj" and head.dep_ == "relcl" and (
        lemma_of(head) in REPORTING_VERBS and any(c.dep_ == "ccomp" for c in children(head)))


def before_later_report(tokens: list, verb: Token, subj: Token | None) -> list:
    """"announced they were separated after the New York Post revealed Weiner had been sexting ...", "calling
    for the foundation to be shut down after the Associated Press reports more than half ...": the reported
    words end before a clause opened by "after" (``occasion_report_marks``) whose verb reports a clause of a
    subject of its own; that report is another source's, the writer's occasion for this one, its own quote."""
    for k in range(2, len(tokens)):
        mark = tokens[k]
        if mark.dep_ == "mark" and mark.lower_ in _OCCASION_REPORT and _report_as_occasion(mark.head, verb):
            if mark.head.left_edge.i == mark.i and not has_quote_mark(tokens[:k]):
                return tokens[:k]
    return tokens


def _after_closing_mark(tokens: list, k: int) -> bool:
    """tokens[k] follows a quote's closing mark and a comma, in either order: '“...,” describing',
    '"...", part of'."""
    a, b = tokens[k - 2], tokens[k - 1]
    return (b.text == "," and a.text in QUOTE_CHARS and a.tag_ == "''") or (
        a.text == "," and b.text in QUOTE_CHARS and b.tag_ == "''"
    )


def _quote_tail_at(tokens: list, k: int, verb: Token) -> bool:
    """Whether the words from ``k`` to the end are one participle or noun phrase the writer set after the
    quote: a participle with no subject ('describing the security team as highly accomplished', 'raising
    fresh questions about ...') or a noun phrase beside the report ('part of a verbal lashing they've
    administered', 'an acknowledgment that advisers to Clinton quickly trumpeted'), with no quoted words."""
    head = _phrase_to_end(tokens, k, verb)
    if head is None:
        return False
    if head.head.i not in {t.i for t in tokens} or has_quote_mark(tokens[k:]):
        return False
    participle = head.tag_ == "VBG" and head.dep_ in _TAIL_PARTICIPLE_DEPS
    participle = participle and not any(c.dep_ in SUBJECTS for c in children(head))
    # not a list going on ('penalties for "multiple violations", repayment of any gains, and an injunction')
    noun = head.tag_ in COMMON_NOUN_TAGS and head.dep_ in _TAIL_NOUN_DEPS
    noun = noun and not any(c.dep_ in ("cc", "conj") for c in children(head))
    return participle or noun


def without_tail_after_quote(tokens: list, verb: Token, subj: Token | None) -> list:
    """'He said that is a "distortion," describing the security team as highly accomplished': the
    reported words end at the closing mark when what follows its comma is the writer's participle or
    noun phrase (_quote_tail_at); annotated news ends the quote there."""
    if len(tokens) < 5:
        return tokens
    for k in range(3, len(tokens) - 1):
        if _after_closing_mark(tokens, k) and _quote_tail_at(tokens, k, verb):
            return tokens[: k - 1] if tokens[k - 1].text == "," else tokens[:k]
    return tokens


def without_leading_conjunction(tokens: list, verb: Token, subj: Token | None) -> list:
    """"said, and “we will not stop”": a conjunction or punctuation left at the start goes."""
    tokens = list(tokens)
    while tokens and (tokens[0].dep_ == "cc" or tokens[0].is_punct and tokens[0].text not in CONTENT_OPENING):
        tokens.pop(0)
    return tokens


Trim = Callable[[list, Token, "Token | None"], list]
# Applied in order to the content tokens. The edge trims come before the content's lead
# (the words before a cue clause set inside it) is read; the others after.
EDGE_TRIMS: tuple[tuple[str, Trim], ...] = (
    ("trim:cue-and-speaker", without_cue_and_speaker),
    ("trim:edge-punctuation", without_edge_punctuation),
)
CONTENT_TRIMS: tuple[tuple[str, Trim], ...] = (
    ("trim:longest-run", longest_run),
    ("trim:writers-aside", before_writers_aside),
    ("trim:writers-tail", without_writers_tail),
    ("trim:later-report", before_later_report),
    ("trim:compared-report", before_compared_report),
    ("trim:tail-after-quote", without_tail_after_quote),
    ("trim:leading-conjunction", without_leading_conjunction),
)


def trimmed(tokens: list, verb: Token, subj: Token | None, trims) -> tuple[list, tuple[str, ...]]:
    """``tokens`` after ``trims``, with the ids of those that took something away."""
    used: list[str] = []
    for trim_id, trim in trims:
        after = trim(tokens, verb, subj)
        if len(after) < len(tokens):
            used.append(trim_id)
        tokens = after
    return tokens, tuple(used)


# --- the lead: the content's words before a cue clause set inside it ----------------------


def run_before_parenthetical(tokens: list, verb: Token, subj: Token | None) -> list:
    """"The latest test, North Korea said, was its biggest yet": the content's words before a
    cue clause set inside it by commas or dashes, when the words after it are the rest of the
    same clause."""
    aside = inverted_aside(verb)
    if aside is not None and aside[0] and tokens:
        return _last_run(aside[0])  # "Then, says Mr Kotamaraja, the blogging world found out"
    if subj is None or subj.i > verb.i or not tokens:
        return []
    lo, hi = verb.left_edge.i, verb.right_edge.i  # a subtree is contiguous in these parses
    before = [t for t in sorted(tokens, key=lambda t: t.i) if t.i < lo]
    after = sorted((t for t in tokens if t.i > hi), key=lambda t: t.i)
    if not before or not after:
        return []
    if after[0].dep_ == "cc" or any(t.text in QUOTE_CHARS or t.text in LEXICON.single_quote_marks for t in before):
        return []  # "“Follow us,” Ms. Gil said, and the boys followed": a quote, then the story
    if not _enclosed(verb.doc, lo, hi):
        return []
    return _last_run(before)


def _enclosed(doc, lo: int, hi: int) -> bool:
    left = doc[lo].text in _SET_APART or (lo > 0 and doc[lo - 1].text in _SET_APART)
    right = doc[hi].text in _SET_APART or (hi + 1 < len(doc) and doc[hi + 1].text in _SET_APART)
    return left and right


def _last_run(before: list) -> list:
    """The consecutive tokens that end ``before``, without punctuation at their ends: two
    words or more, or a single noun."""
    run = [before[-1]]
    for t in reversed(before[:-1]):
        if t.i != run[0].i - 1:
            break
        run.insert(0, t)
    while run and run[-1].is_punct:
        run.pop()
    while run and run[0].is_punct and run[0].text not in CONTENT_OPENING:
        run.pop(0)
    return run if len(run) >= 2 or (run and run[0].tag_ in NOUN_TAGS) else []


def stray_subject(verb: Token, subj: Token | None, content: list) -> list:
    """"Ukraine, Stoltenberg said, will join": the parser gives the cue both subjects; the
    farther one, set off by a comma, opens the content."""
    if subj is None or not content or content[0].i < verb.i:
        return []
    others = [c for c in children(verb) if c.dep_ == "nsubj" and c.i < subj.i]
    if len(others) != 1 or verb.doc[others[0].right_edge.i + 1].text != ",":
        return []
    return [t for t in others[0].subtree if not t.is_punct]
