"""Find cues, speakers and reported content in one parsed frame.

Reads the dependency parse of a frame (see ``frames``) and returns
``Attribution`` records in article offsets. Which quote an attribution
belongs to is decided by the caller, who sees the whole article.
"""

from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass

from ..models import Span
from .frames import FORM_TO_LEMMA, Frame, word_forms
from .lexicon import LEXICON
from .rules import HEARER_VERBS, QUOTE_ONLY_VERBS, REPORTING_VERBS, SPEECH_NOUNS, SPEECH_VERBS, THOUGHT_VERBS

__all__ = ["Attribution", "find_attributions"]

_SUBJECTS = frozenset(LEXICON.subject_deps)
_SPEAKER_TRIM = set(LEXICON.speaker_trim)


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


def _span_of(tokens) -> tuple[int, int]:
    tokens = [t for t in tokens if not (t.is_punct and t.text in _SPEAKER_TRIM)]
    if not tokens:
        return (0, 0)
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def _speaker_tokens(head):
    """The speaker noun phrase: the subject's subtree without relative clauses
    and trailing appositions or clauses after a comma."""
    keep = []
    for t in head.subtree:
        keep.append(t)
    # drop relative clauses and everything after a comma that follows the head
    cut = None
    for t in head.subtree:
        # relative clauses on the head, or set off by a comma anywhere after it ("Peter
        # Morgan, a lawyer for the Sierra Club, who has been challenging ...")
        set_off = t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
        if t.dep_ in ("relcl", "acl") and t.i > head.i and (t.head.i == head.i or set_off):
            cut = min(cut if cut is not None else t.left_edge.i, t.left_edge.i)
    # a parenthesis after the name ("McCaskill (D-Mo.)") is not part of the mention
    paren = next((t.i for t in keep if t.text == "(" and t.i > head.i), None)
    if paren is not None:
        cut = paren if cut is None else min(cut, paren)
    # nor is the time of speaking or an emphatic pronoun: "The prime minister on Sunday
    # said", "Tony Blair himself said"
    for c in head.children:
        if c.i > head.i and (
            (c.dep_ == "prep" and any(g.lower_ in _TIME_WORDS | _CALENDAR for g in c.children if g.dep_ == "pobj"))
            or (c.dep_ == "appos" and c.lower_ in _EMPHATIC)
        ):
            cut = c.i if cut is None else min(cut, c.i)
    toks = [t for t in keep if cut is None or t.i < cut]
    # strip trailing punctuation and leading quote marks
    while toks and (toks[-1].is_punct or toks[-1].dep_ in ("cc",)):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return toks


_EMPHATIC = frozenset(LEXICON.emphatic_pronouns)

# spaCy's fine-grained tags, read directly: the coarse POS needs the attribute ruler
_VERB_TAGS = frozenset(LEXICON.verb_tags)
_FINITE_TAGS = frozenset(LEXICON.finite_verb_tags)
_PRON_TAGS = frozenset(LEXICON.pronoun_tags)
_PROPN_TAGS = frozenset(LEXICON.proper_noun_tags)
_NOUN_TAGS = frozenset(LEXICON.noun_tags)
_COMMON_NOUN_TAGS = frozenset(LEXICON.common_noun_tags)
_RELATIVE = frozenset(LEXICON.relative_pronouns)
_QUOTE_CHARS = frozenset(LEXICON.quote_tokens)
_CUE_CLAUSE_MARKS = frozenset(LEXICON.cue_clause_marks)


class _DEPS:
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


def _subordinate(verb) -> bool:
    """A clause opened by since/because/when/after/if...: its own event, not a cue
    clause over the main one ("Trump has targeted her since Clinton cited ..."). "As
    X said, ..." is the exception: that is how news sets a cue clause apart."""
    return any(c.dep_ == "mark" and c.lower_ not in _CUE_CLAUSE_MARKS for c in verb.children)


def _candidates(doc, *, any_verb: bool) -> list[int]:
    """The tokens of ``doc`` that ``find_attributions`` can make anything of, in order:
    "according", a speech noun, a form of "use"/"say", or a verb that is a reporting
    verb (any verb when the frame holds a colon or quotation marks). The test runs on
    hashes from one array, not on Token objects: most of a frame's words are none."""
    from spacy.attrs import LOWER, TAG

    reporting, speech_nouns, words, verb_tags, noun_tags = _candidate_ids()
    out = []
    for i, (lower, tag) in enumerate(doc.to_array([LOWER, TAG]).tolist()):
        if tag in noun_tags:
            if lower in speech_nouns:
                out.append(i)
        elif lower in words or (tag in verb_tags and (any_verb or lower in reporting)):
            out.append(i)
    return out


@functools.cache
def _candidate_ids() -> tuple[frozenset[int], ...]:
    """What ``_candidates`` looks for, as the hashes spaCy keeps for words and tags
    (computed on first use: spaCy is imported with the pipeline, not with saidwhat).
    A form's lemma is FORM_TO_LEMMA's, else the form itself, as ``_lemma`` has it."""
    from spacy.strings import hash_string

    def ids(words) -> frozenset[int]:
        return frozenset(hash_string(w) for w in words)

    reporting = {f for f, lemma in FORM_TO_LEMMA.items() if lemma in REPORTING_VERBS} | {
        lemma for lemma in REPORTING_VERBS if FORM_TO_LEMMA.get(lemma, lemma) in REPORTING_VERBS
    }
    speech_nouns = set(SPEECH_NOUNS) | {n + "s" for n in SPEECH_NOUNS}
    return (
        ids(reporting), ids(speech_nouns), ids(_USE_FORMS | {"according"}), ids(_VERB_TAGS), ids(_COMMON_NOUN_TAGS),
    )


def _own_tokens(subj, verb) -> set[int]:
    """The speaker's tokens: its subtree, less the cue's own clause when the
    speaker is the noun a relative clause hangs from."""
    inner = {t.i for t in verb.subtree} if verb.head.i == subj.i else set()
    return {t.i for t in subj.subtree} - inner


def _lemma(tok) -> str:
    return FORM_TO_LEMMA.get(tok.lower_, tok.lower_)


def _is_verb(tok) -> bool:
    return tok.tag_ in _VERB_TAGS


def _kind_of(head, tokens) -> tuple[str, str | None]:
    # the label of the head's own entity: "Tulsa police Chief Chuck Jordan" is a PERSON
    label = head.ent_type_ or None
    if label is None and any(t.ent_type_ == "PERSON" for t in tokens):
        label = "PERSON"
    if head.tag_ in _PRON_TAGS:
        return "pronoun", label
    if head.tag_ in _PROPN_TAGS or label == "PERSON":
        return "name", label
    return "role", label


# weekday and month names from the standard library (English unless the program sets
# another LC_TIME locale, which saidwhat never does)
_WEEKDAYS = frozenset(day.lower() for day in calendar.day_name)
_CALENDAR = _WEEKDAYS | frozenset(month.lower() for month in calendar.month_name if month)
# verbs that make their object do the next verb: "led the journalist to fear"
_CAUSING = frozenset(
    form
    for lemma in LEXICON.causing_verbs
    for form in word_forms(lemma) | set(LEXICON.causing_irregular)
)


def _as_phrase(verb):
    """The "as ..." phrase after a verb ("described the plan as “a disaster”"), if any."""
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)


def _agent_in(phrase):
    """"described as “irresponsible” by the commission": the parser may hang the
    passive's agent inside the as-phrase."""
    if phrase is None:
        return None
    return next((t for t in phrase.subtree if t.lower_ == "by" and t.dep_ == "prep"), None)


def _before_parenthetical(verb):
    """The verb that governs the words right before a dash-enclosed parenthetical
    which ``verb``'s clause follows, if any."""
    doc = verb.doc
    close = verb.left_edge.i - 1
    if close < 1 or doc[close].text not in _DASH_TEXTS:
        return None
    opening = next((t.i for t in reversed(doc[max(0, close - 25) : close]) if t.text in _DASH_TEXTS), None)
    if opening is None or opening < 1:
        return None
    node = doc[opening - 1]
    for _ in range(6):
        if _is_verb(node) and node.i != verb.i:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _subject_of(verb):
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        # "was written by Springsteen": the agent speaks, not the subject
        for c in verb.children:
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        by = _agent_in(_as_phrase(verb))
        return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [c for c in verb.children if c.dep_ == "csubj"]
    if subjects:
        return min(subjects, key=lambda c: abs(c.i - verb.i))  # the nearest: "Tulsa police Chief Jordan said"
    # the parser lost the subject ("... board of the Washington Post Trump said that"):
    # a name or pronoun right before a past or present-tense cue is its speaker
    if verb.i > 0 and verb.tag_ in _FINITE_TAGS:
        prev = verb.doc[verb.i - 1]
        if prev.tag_ in ("NNP", "PRP") and prev.dep_ in _DEPS.lost_subject:
            return prev
        if prev.tag_ == "NNP" and prev.dep_ == "conj":
            # "..., Obama and Clinton call them “lone wolves”": the names were joined
            # to the phrase before; the first of them heads the coordination
            while prev.dep_ == "conj" and prev.head.tag_ in _PROPN_TAGS and prev.head.i < prev.i:
                prev = prev.head
            return prev
    # "Clinton, exasperated, responded": the parser gave the subject to the aside
    for c in verb.children:
        if c.i < verb.i and c.dep_ in ("parataxis", "advcl") and not _subordinate(c):
            subject = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
            if subject is not None and subject.tag_ in _NOUN_TAGS and c.tag_ == "VBD" and len(list(c.subtree)) <= 4:
                return subject
    # "footage of Hillary Clinton asking, ...": the name right before the participle speaks
    if verb.tag_ == "VBG" and verb.i > 0 and verb.dep_ in _DEPS.participle_clause:
        name = verb.doc[verb.i - 1]
        if name.tag_ in _PROPN_TAGS and name.lower_ not in _CALENDAR:
            while name.dep_ == "compound" and name.head.i < verb.i:
                name = name.head
            # "footage of Clinton asking", not a place: "freed from Guantanamo Bay telling them"
            if name.dep_ != "pobj" or name.head.lower_ == "of":
                return name
    # "led the journalist to fear", "forced Stumpf to admit": the object speaks
    if verb.dep_ == "xcomp" and verb.head.i < verb.i and verb.head.lower_ in _CAUSING:
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and obj.tag_ in _NOUN_TAGS:
            return obj
    # "footage of Hillary Clinton asking, ...": the participle's noun speaks
    if verb.dep_ == "acl" and verb.head.tag_ in _NOUN_TAGS and verb.head.i < verb.i:
        return verb.head
    # "He smiled and said ...": share the subject of the coordinated verb, also when the
    # parser hung the second verb as a clause of the first ("said that ... but said “...”")
    coordinated = verb.dep_ == "conj" or (
        verb.i > 0 and verb.doc[verb.i - 1].dep_ == "cc" and verb.tag_ == verb.head.tag_ and verb.head.i < verb.i
    )
    if coordinated and _is_verb(verb.head):
        for c in verb.head.children:
            if c.dep_ in _SUBJECTS:
                return c
    # "looping the streets around the stadium - where the Panthers played - while
    # chanting": a participle after a parenthetical set off by dashes belongs to the
    # clause before the parenthetical
    if verb.tag_ == "VBG" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        before = _before_parenthetical(verb)
        if before is not None and before.i < verb.left_edge.i:  # leftwards only: no cycles
            return _subject_of(before)
    # "was quoted as saying", "went on to say", "said, going on to say",
    # "began by saying", "despite admitting": climb to the verb that has the subject
    node = verb
    for _ in range(3):
        # a participle with no subject of its own shares the main clause's, even after
        # "while" or "after" ("marched through the streets while chanting, “...”")
        participle = node.tag_ == "VBG" and not any(c.dep_ in _SUBJECTS for c in node.children)
        if node.dep_ not in _DEPS.climbing or (_subordinate(node) and not participle) or node.head.i == node.i:
            break
        node = node.head
        if node.tag_ == "IN" and node.head.i != node.i:  # "by saying", "despite admitting"
            node = node.head
        if not _is_verb(node):
            break
        for c in node.children:
            if c.dep_ in _SUBJECTS:
                return c
        if node.dep_ == "conj" and _is_verb(node.head):
            # "appeared on MSNBC and began by saying": the first verb's subject
            subjects = [c for c in node.head.children if c.dep_ in _SUBJECTS]
            if subjects:
                return subjects[0]
    return None


def _across_marks(a, b, doc) -> bool:
    """Whether a quotation mark boundary separates tokens ``a`` and ``b``: an odd
    number of marks stands between them. The caller asks only in frames whose marks
    pair up (a lone mark is an inch sign or a typo: 'about 5' 10" tall and said')."""
    lo, hi = sorted((a.i, b.i))
    return sum(t.text in _QUOTE_CHARS for t in doc[lo + 1 : hi]) % 2 == 1


_TIME_WORDS = _WEEKDAYS | frozenset(LEXICON.time_words)


def _that_clause_after(verb, doc):
    """The parser lost the clause ("predicted at the debate that Republicans will
    take ...", with "that" read as a relative pronoun): a "that" soon after a
    speech verb, with no other verb between, opens what was said."""
    for t in doc[verb.i + 1 : min(len(doc), verb.i + 10)]:
        if _is_verb(t) or t.text in (";", ":") or t.text in _QUOTE_CHARS:
            return []
        if t.lower_ == "that" and t.i + 2 < len(doc) and t.dep_ in _DEPS.lost_that and t.head.i > t.i:
            end = len(doc)
            while end > t.i + 1 and doc[end - 1].is_punct and doc[end - 1].text not in _QUOTE_CHARS:
                end -= 1
            return list(doc[t.i : end])
    return []


def _without_leading_time(toks, head):
    """"told African-Americans this weekend he would ...": the time phrase the
    parser put at the head of the reported clause belongs to the telling."""
    first = next((c for c in head.children if c.i == toks[0].i or c.left_edge.i == toks[0].i), None)
    if first is None or first.dep_ not in ("npadvmod", "tmod") or first.i > head.i:
        return toks
    if not any(t.lower_ in _TIME_WORDS for t in first.subtree):
        return toks
    if not any(c.dep_ in _SUBJECTS and c.i > first.right_edge.i for c in head.children):
        return toks
    drop = {t.i for t in first.subtree}
    return [t for t in toks if t.i not in drop]


def _content_of(verb, doc):
    """Tokens of the reported content, and whether the cue follows it."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and _is_verb(c)):
            toks = list(c.subtree)
            if c.i > verb.i:
                toks = _without_leading_time(toks, c)
            return toks, c.i < verb.i
        if c.dep_ == "prep" and c.text.lower() == "that":
            return list(c.subtree), False
        if c.dep_ == "advcl" and c.i > verb.i and c.left_edge.lower_ == "that" and c.left_edge.dep_ in ("mark", "advmod"):
            return list(c.subtree), False  # "tweeted in the early hours that ...", parsed as an adverbial clause
    # "Ukraine, he said, will join": the cue hangs off the content's verb. Not
    # when the head itself reports ("X says that Y called Z": Y's verb is
    # inside X's words) or when no comma sets the cue clause apart.
    head = verb.head
    set_apart = (
        verb.dep_ == "parataxis"
        or (verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text in (",", "—", "–", "-"))
        or doc[verb.right_edge.i].text in (",", "—", "–")
        or (verb.right_edge.i + 1 < len(doc) and doc[verb.right_edge.i + 1].text in (",", "—", "–"))
    )
    if (
        verb.dep_ in _DEPS.cue_clause
        and not _subordinate(verb)
        and head.i != verb.i
        and _lemma(head) not in REPORTING_VERBS
        and set_apart
    ):
        head = verb.head
        skip = set(t.i for t in verb.subtree)
        toks = [t for t in head.subtree if t.i not in skip]
        if toks:
            return toks, head.i < verb.i
    # "said: <quote>" parsed with the placeholder as an object or attr, and
    # noun-phrase content with its predicate: "called the plan “a disaster”",
    # "described the incident as a “terrible situation”"
    for c in verb.children:
        if c.dep_ in _DEPS.object_content and c.i > verb.i:
            # the object and the rest of the verb's phrase after it: what the act says
            # ("mentioned disparaging remarks Trump had made ... as examples of ...")
            toks = list(c.subtree)
            for d in verb.children:
                if d.i > c.i and (d.dep_ in _DEPS.predicate or (d.dep_ == "prep" and d.lower_ == "as")):
                    # with what stands between ("the ground underneath the city as “...”")
                    toks.extend(t for t in doc[c.right_edge.i + 1 : d.right_edge.i + 1] if t.i >= d.left_edge.i or t.dep_ != "cc")
            end = max(c.right_edge.i, verb.right_edge.i)
            tail = doc[max(t.i for t in toks) + 1 : end + 1]
            if any(t.text in _QUOTE_CHARS for t in tail):
                # quoted words further along the phrase are part of what the act says
                # ("called the test “provocative” and a “grave threat” to ...")
                conj = next((d.i for d in verb.children if d.dep_ == "conj" and d.i > c.i), None)
                toks += [t for t in tail if (conj is None or t.i < conj) and not (t.dep_ == "cc" and t.head.i == verb.i)]
            return toks, False
    # "an explosion that the mayor described as “an intentional act”", "is describing as
    # “unhinged” a tweet": the as-phrase says what the act called its object
    phrase = _as_phrase(verb)
    if phrase is not None and any(t.text in _QUOTE_CHARS for t in phrase.subtree):
        # with what it names, when the parser lost the object: "refers to the governor
        # as “Chris”", "described the ground underneath the city as ''Swiss cheese''"
        start = verb.i + 1
        if start < phrase.i and doc[start].tag_ == "IN" and doc[start].head.i == verb.i:
            start += 1
        by = _agent_in(phrase)
        end = by.i if by is not None and any(c.dep_ == "auxpass" for c in verb.children) else phrase.right_edge.i + 1
        return list(doc[start:end]), False
    return [], False


def _set_phrase(verb, doc) -> bool:
    """Discourse phrases built on "say" that report nothing: "That said, ...", "Having
    said that, ...", "Needless to say, ...", "It goes without saying" (LEXICON.set_phrases)."""
    return any(_phrase_at(phrase.split(), verb, doc) for phrase in LEXICON.set_phrases.get(verb.lower_, ()))


def _phrase_at(words: list[str], verb, doc) -> bool:
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


def _content_is_that(tokens) -> bool:
    return bool(tokens) and tokens[0].lower_ == "that"


_CALL_PARTICLES = frozenset(LEXICON.call_particles)


def _call_content(verb):
    """What a speech act of calling says: "for"/"on" and what follows, or an
    object with its predicate ("called the charges unsubstantiated")."""
    children = [c for c in verb.children if c.i > verb.i]
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return [], None  # "has been called a charlatan ... for promoting": a name given, not a call
    for c in children:
        if any(d.dep_ in ("dobj", "oprd") and d.i < c.i for d in children):
            break  # "called the plan a mistake for ...": the "for" is not "called for"
        if c.dep_ in ("prep", "prt") and c.lower_ in _CALL_PARTICLES and any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            if c.lower_ == "on" and not any(d.dep_ in ("xcomp", "ccomp") for d in children):
                return [], None  # "called on Monday"
            start = next(g for g in c.children if g.dep_ in ("pobj", "pcomp")).left_edge.i
            end = verb.right_edge.i
            return [t for t in verb.doc[start : end + 1] if not (t.is_punct and t.i == end)], c
    if any(c.dep_ == "dobj" for c in children) and any(c.dep_ == "oprd" for c in children):
        obj = next(c for c in children if c.dep_ == "dobj")
        pred = next(c for c in children if c.dep_ == "oprd")
        return list(verb.doc[obj.left_edge.i : pred.right_edge.i + 1]), None
    return [], None


# participles that open a statement of their own after the content:
# "said he would run, adding that ..." holds two statements
_ADDING = frozenset(LEXICON.adding_verbs)


def _without_added_statements(content, verb):
    """The content less any participle clause that adds a statement, and those participles."""
    inside = {t.i for t in content}
    cut = set()
    added = []
    for t in content:
        if (
            t.tag_ == "VBG"
            and t.i > verb.i
            and _lemma(t) in _ADDING
            and t.dep_ in _DEPS.adding
            and t.i - 1 in inside
            and t.doc[t.i - 1].text == ","
            and any(c.dep_ in ("ccomp", "dobj") for c in t.children)
        ):
            cut |= {x.i for x in t.subtree} | {t.i - 1}
            added.append(t)
        elif (
            # "said it was opposed to the test and warned North Korea to ...": the
            # speaker's second act, which the parser hung inside the first one's words
            t.dep_ == "conj"
            and t.i > verb.i
            and t.tag_ in _DEPS.second_act_tags
            and _lemma(t) in REPORTING_VERBS
            and not any(c.dep_ in _SUBJECTS for c in t.children)
            and t.doc[t.i - 1].dep_ == "cc"
        ):
            cut |= {x.i for x in t.subtree if x.i >= t.i} | {t.i - 1}
            added.append(t)
    return ([t for t in content if t.i not in cut] if cut else content), added


def _run_before_parenthetical(tokens, verb, subj):
    """The content's words before a cue clause set inside it by commas or dashes,
    when the words after it are the rest of the same clause."""
    if subj is None or subj.i > verb.i or not tokens:
        return []
    lo, hi = verb.left_edge.i, verb.right_edge.i  # a subtree is contiguous in these parses
    before = [t for t in sorted(tokens, key=lambda t: t.i) if t.i < lo]
    after = sorted((t for t in tokens if t.i > hi), key=lambda t: t.i)
    if not before or not after:
        return []
    if after[0].dep_ == "cc" or any(t.text in _QUOTE_CHARS or t.text in LEXICON.single_quote_marks for t in before):
        return []  # "“Follow us,” Ms. Gil said, and the boys followed": a quote, then the story
    doc = verb.doc
    marks = (",", "—", "–")
    left = doc[lo].text in marks or (lo > 0 and doc[lo - 1].text in marks)
    right = doc[hi].text in marks or (hi + 1 < len(doc) and doc[hi + 1].text in marks)
    if not (left and right):
        return []
    run = [before[-1]]
    for t in reversed(before[:-1]):
        if t.i != run[0].i - 1:
            break
        run.insert(0, t)
    while run and run[-1].is_punct:
        run.pop()
    while run and run[0].is_punct and run[0].text not in _CONTENT_OPENING:
        run.pop(0)
    return run if len(run) >= 2 or (run and run[0].tag_ in _NOUN_TAGS) else []


def _stray_subject(verb, subj, content):
    """"Ukraine, Stoltenberg said, will join": the parser gives the cue both
    subjects; the farther one, set off by a comma, opens the content."""
    if subj is None or not content or content[0].i < verb.i:
        return []
    others = [c for c in verb.children if c.dep_ == "nsubj" and c.i < subj.i]
    if len(others) != 1 or verb.doc[others[0].right_edge.i + 1].text != ",":
        return []
    return [t for t in others[0].subtree if not t.is_punct]


_DASH_TEXTS = frozenset({"-", "—", "–"})


def _before_writers_aside(tokens):
    """The words end at a lone dash after their closing quotation mark:
    likened the rules to "burning the Constitution" - a charge that might have stung."""
    for k in range(1, len(tokens)):
        t = tokens[k]
        if t.text in _DASH_TEXTS and tokens[k - 1].text in _QUOTE_CHARS and tokens[k - 1].whitespace_ and t.whitespace_:
            if not any(u.text in _DASH_TEXTS for u in tokens[k + 1 :]):
                return tokens[:k]
    return tokens


_CONTRAST = frozenset(LEXICON.contrast_marks)
_TAIL_RELATIVES = frozenset(LEXICON.tail_relatives)


def _without_writers_tail(tokens, verb):
    """The reported words less a tail the writer set after a comma: a relative clause
    on a noun ("..., which votes on March 1") or a contrast ("..., even though he
    picked Manning"). A tail with quoted words and no cue of its own stays: those are
    the speaker's words going on ("a large turnout, which “will help ...”")."""
    if len(tokens) < 4:
        return tokens
    last = tokens[-1].i
    inside = {t.i for t in tokens}
    for k in range(2, len(tokens) - 1):
        if tokens[k - 1].text not in (",", "—", "–", "-"):
            continue
        first = head = tokens[k]
        # the phrase that starts right after the comma and runs to the end
        while head.head.i != head.i and head.head.i in inside and head.head.left_edge.i >= first.i:
            head = head.head
        if head.left_edge.i != first.i or head.right_edge.i < last - 1 or head.i == verb.i:
            continue
        relative = head.dep_ == "relcl" and first.lower_ in _TAIL_RELATIVES
        contrast = head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in head.children)
        if not (relative or contrast):
            continue
        tail = tokens[k:]
        reports = any(_is_verb(u) and _lemma(u) in REPORTING_VERBS for u in tail)
        if any(u.text in _QUOTE_CHARS for u in tail) and not reports:
            continue
        return tokens[: k - 1]
    return tokens


def _longest_run(tokens):
    """The longest stretch of consecutive tokens: content never jumps over the cue clause."""
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


def _hearer(verb):
    if _lemma(verb) not in HEARER_VERBS:
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and c.i > verb.i:
            return c
    return None


_OPENING_MARKS = frozenset(LEXICON.colon_opening_marks)
# marks kept at the ends of a content span (strings: a token is tested as a substring)
_CONTENT_OPENING: str = LEXICON.content_opening_marks
_CONTENT_CLOSING: str = LEXICON.content_closing_marks


def _introduces_quote(tok, doc):
    """Any verb with a subject whose clause ends in a colon before a quotation:
    "McCaskill scolded him: “The scientific community ...”"."""
    if not _is_verb(tok) or not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    # the colon may hang elsewhere in the parse ("Sanders made the following comment:
    # “...”") and may end the sentence, the quotation opening the next paragraph
    colon = next((c for c in tok.children if c.text == ":" and c.i > tok.i), None)
    if colon is None:
        # the first colon after the verb, with no other verb between
        for t in doc[tok.i + 1 :]:
            if t.text == ":":
                colon = t
                break
            if _is_verb(t):
                return None
        if colon is None:
            return None
    after = [t for t in doc[colon.i + 1 :] if not t.is_space]
    return colon if not after or after[0].text[:1] in _OPENING_MARKS else None


def find_attributions(frame: Frame, doc, frame_index: int) -> list[Attribution]:
    found: list[Attribution] = []
    added_by: dict = {}  # participle -> the speaker of the statement it adds to
    # frame.text, not doc.text: spaCy rebuilds doc.text from its tokens on every access
    has_colon = ":" in frame.text  # most frames have none: skip the colon test per token
    has_marks = any(m in frame.text for m in _QUOTE_CHARS)  # most frames have none
    paired_marks = has_marks and sum(t.text in _QUOTE_CHARS for t in doc) % 2 == 0
    for i in _candidates(doc, any_verb=has_colon or has_marks):
        tok = doc[i]
        lemma = _lemma(tok)
        if tok.text.lower() == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            found.extend(_according_to(frame, doc, tok, frame_index))
            continue
        if tok.tag_ in ("NN", "NNS"):
            act = _noun_act(frame, doc, tok, frame_index)
            if act is not None:
                found.append(act)
            continue
        if tok.lower_ in _USE_FORMS:
            act = _words_used(frame, doc, tok, frame_index)
            if act is not None:
                found.append(act)
                continue
        colon = _introduces_quote(tok, doc) if has_colon and lemma not in REPORTING_VERBS else None
        if colon is None and (lemma not in REPORTING_VERBS or not _is_verb(tok)):
            if has_marks and _is_verb(tok):
                act = _characterisation(frame, doc, tok, frame_index)
                if act is not None:
                    found.append(act)
            continue
        if tok.dep_ in ("amod", "compound") or tok.tag_ == "VBN" and tok.dep_ == "acl":
            continue  # "the said agreement", "a report written by"
        if _set_phrase(tok, doc):
            continue  # "That said, ...", "Having said that, ...", "Needless to say, ..."
        if lemma == "put" and not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
            continue  # only "as X put it"
        subj = _subject_of(tok)
        if paired_marks and subj is not None and _across_marks(subj, tok, doc):
            subj = None  # "''That makes me smart'' -- and ... asserting": a word of a quote is no speaker
        content, cue_after = _content_of(tok, doc)
        if not content and lemma in SPEECH_VERBS:
            content = _that_clause_after(tok, doc)
        quote_only = lemma in QUOTE_ONLY_VERBS and lemma != "put"
        particle = None
        if lemma == "rule" and not any(c.dep_ == "ccomp" for c in tok.children) and not _content_is_that(content):
            continue  # "ruled out a rise", "ruled the country": a ruling needs its that-clause
        if lemma == "call":
            # "called for a moratorium", "called on Trump to stop", "called the plan a
            # mistake" report speech without quotation marks; "called a meeting" does not
            act, particle = _call_content(tok)
            if act:
                content, cue_after, quote_only = act, False, False
        if tok.i in added_by:
            subj = added_by[tok.i]  # "X said A, adding B": X adds B
        if content:
            content, added = _without_added_statements(content, tok)
            added_by.update((t.i, subj) for t in added if subj is not None)
        if subj is not None and any(t.i == subj.i for t in content):
            content = [t for t in content if t.i not in _own_tokens(subj, tok)]
        if colon is not None:
            # what follows the colon is what was said, in this frame or the next paragraph
            # ("used one of her quotes as its headline: “...”", "made the following comment:")
            content = [t for t in content if t.i > colon.i]
        if subj is None and not content:
            continue
        hearer = _hearer(tok)
        cue_end_tok = hearer if hearer is not None else tok
        if lemma == "call" and not quote_only and particle is not None:
            cue_end_tok = particle  # "called for", "called on"
        if colon is not None and colon.i > tok.i + 1:
            cue_end_tok = doc[colon.i - 1]  # "made the following comment" up to its colon
        cue_start, cue_end = tok.idx, cue_end_tok.idx + len(cue_end_tok.text)
        if hearer is not None:
            cue_end = max(t.idx + len(t.text) for t in hearer.subtree)
        speaker = speaker_text = kind = label = head = antecedent = None
        if subj is not None:
            stoks = _speaker_tokens(subj)
            if stoks:
                s, e = _span_of(stoks)
                if e > s:
                    speaker = frame.to_article(s, e)
                    speaker_text = frame.text[s:e]
                    kind, label = _kind_of(subj, stoks)
                    head = subj.lower_
                    if subj.lower_ in _RELATIVE and tok.dep_ == "relcl" and tok.head.tag_ in _NOUN_TAGS:
                        # the mention as written is "who"; it stands for the noun the clause hangs from
                        inner = {t.i for t in tok.subtree}
                        ref = [t for t in _speaker_tokens(tok.head) if t.i not in inner]
                        if ref:
                            antecedent = frame.text[ref[0].idx : ref[-1].idx + len(ref[-1].text)]
                            kind, label = _kind_of(tok.head, ref)
                            head = tok.head.lower_
        cspan = lead = None
        holes: tuple[Span, ...] = ()
        if content:
            ctoks = [t for t in content if not t.is_space]
            # do not let the content swallow the cue or the speaker
            drop = {tok.i} | (_own_tokens(subj, tok) if subj is not None else set())
            ctoks = [t for t in ctoks if t.i not in drop]
            while ctoks and ctoks[-1].is_punct and ctoks[-1].text not in _CONTENT_CLOSING:
                ctoks.pop()
            while ctoks and ctoks[0].is_punct and ctoks[0].text not in _CONTENT_OPENING:
                ctoks.pop(0)
            before = _run_before_parenthetical(ctoks, tok, subj) or _stray_subject(tok, subj, ctoks)
            ctoks = _without_writers_tail(_before_writers_aside(_longest_run(ctoks)), tok)
            while ctoks and (ctoks[0].dep_ == "cc" or ctoks[0].is_punct and ctoks[0].text not in _CONTENT_OPENING):
                ctoks.pop(0)
            if before and ctoks and before[-1].i < tok.i < ctoks[0].i:
                s, e = before[0].idx, before[-1].idx + len(before[-1].text)
                lead = frame.to_article(s, e)
            if ctoks:
                s = min(t.idx for t in ctoks)
                e = max(t.idx + len(t.text) for t in ctoks)
                cspan = frame.to_article(s, e)
                holes = tuple(orig for hole, orig in frame.holes if hole.start < e and s < hole.end)
        strength = REPORTING_VERBS.get(lemma, 0.7 if colon is not None else 0.5)
        if lemma == "put":
            strength = 0.9  # "as X put it" is an explicit attribution
        found.append(
            Attribution(
                cue=frame.to_article(cue_start, cue_end),
                cue_text=frame.text[cue_start:cue_end],
                speaker=speaker,
                speaker_text=speaker_text,
                speaker_kind=kind,
                speaker_head=head,
                speaker_label=label,
                content=cspan,
                holes=holes,
                strength=strength,
                thought=lemma in THOUGHT_VERBS and lemma not in SPEECH_VERBS,
                frame=frame_index,
                cue_after_content=cue_after,
                antecedent=antecedent,
                quote_only=quote_only,
                lead=lead,
            )
        )
    return found


_POSSESSIVE = LEXICON.possessive_pronouns


# verbs whose object can be "the words", "the phrase": "used the phrase “...”",
# "added the words, ''Hillary Clinton''", "coined the term “...”"
_USE_FORMS = frozenset(
    form for lemma in LEXICON.using_verbs for form in word_forms(lemma) | set(LEXICON.using_irregular)
)
_WORD_NOUNS = frozenset(LEXICON.word_nouns)


def _words_used(frame: Frame, doc, verb, frame_index: int) -> Attribution | None:
    """"Trump has used the phrase “Islamic terrorism”": the quoted words are the subject's."""
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _WORD_NOUNS), None)
    subj = _subject_of(verb)
    if noun is None or subj is None:
        return None
    words = [t for t in noun.subtree if t.i > noun.i]
    if not any(t.text in _QUOTE_CHARS for t in words):
        return None
    cue_end = noun.idx + len(noun.text)
    return _named_attribution(
        frame, doc, frame_index, (verb.idx, cue_end), frame.text[verb.idx : cue_end], subj, _speaker_tokens(subj),
        (words[0].idx, words[-1].idx + len(words[-1].text)), strength=0.6, quote_only=True,
    )


def _definite(noun) -> bool:
    """A name, a pronoun or a determined noun phrase: something a speaker can call
    names ("Trump", "the proposal", "32% of claims"), unlike "gained fame as"."""
    return noun.tag_ in _PROPN_TAGS or noun.tag_ == "PRP" or any(
        c.dep_ in _DEPS.determiner for c in noun.children
    )


def _characterisation(frame: Frame, doc, verb, frame_index: int) -> Attribution | None:
    """"Reid has been pounding Trump as a “con artist”", "admires Putin as a “strong
    leader”": the quoted words that characterise the object are the subject's."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # "known as “the Justice Act”": a name, not anyone's words
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.tag_ not in _NOUN_TAGS or subj.lower_ in LEXICON.not_characterising:
        return None
    obj = None
    has_object = any(c.dep_ == "dobj" for c in verb.children)  # "whom Bush introduced to cheers as"
    for c in verb.children:
        if c.i <= verb.i:
            continue
        if c.dep_ == "dobj":
            obj = c
        elif c.dep_ in ("prep", "prt") and c.i == verb.i + 1 and c.lower_ != "as" and not has_object:
            # "has gone after Trump as ...", "referred to Rubio as ...": the phrasal verb's object
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ == "prep" and c.lower_ == "as" and obj is not None and c.i > obj.right_edge.i and _definite(obj):
            words = list(c.subtree)
            if not any(t.text in _QUOTE_CHARS for t in words):
                return None
            # the characterisation ends with its quoted words ("as a “con artist” this year")
            end = next(t for t in reversed(words) if t.text in _QUOTE_CHARS)
            if sum(t.text in _QUOTE_CHARS for t in doc[obj.left_edge.i : end.i + 1]) % 2:
                # the parse cut the last quoted words short ("and a “spoiled brat.”"):
                # they run to the closing mark
                end = next((t for t in doc[end.i + 1 :] if t.text in _QUOTE_CHARS), end)
            return _named_attribution(
                frame, doc, frame_index, (verb.idx, verb.idx + len(verb.text)), verb.text, subj, _speaker_tokens(subj),
                (obj.left_edge.idx, end.idx + len(end.text)), strength=0.45, quote_only=True,
            )
    return None


def _named_attribution(
    frame: Frame, doc, frame_index: int, cue: tuple[int, int], cue_text: str, subj, stoks,
    content: tuple[int, int], *, strength: float, cue_after_content: bool = False, quote_only: bool = False,
) -> Attribution | None:
    """An attribution whose speaker is the noun phrase ``stoks`` headed by ``subj``
    (None when that phrase is empty); ``cue`` and ``content`` are frame offsets."""
    s, e = _span_of(stoks)
    if e <= s:
        return None
    cs, ce = content
    kind, label = _kind_of(subj, stoks)
    return Attribution(
        cue=frame.to_article(*cue),
        cue_text=cue_text,
        speaker=frame.to_article(s, e),
        speaker_text=frame.text[s:e],
        speaker_kind=kind,
        speaker_head=subj.lower_,
        speaker_label=label,
        content=frame.to_article(cs, ce),
        holes=tuple(orig for hole, orig in frame.holes if hole.start < ce and cs < hole.end),
        strength=strength,
        thought=False,
        frame=frame_index,
        cue_after_content=cue_after_content,
        quote_only=quote_only,
    )


def _noun_act(frame: Frame, doc, noun, frame_index: int) -> Attribution | None:
    """A speech noun and its that-clause: "his claim that people would ''learn nothing''".
    The possessor, if any, is the speaker."""
    word = noun.lower_
    lemma = word[:-1] if word.endswith("s") and word[:-1] in SPEECH_NOUNS else word
    if lemma not in SPEECH_NOUNS:
        return None
    clause = next(
        (c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
         and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)),
        None,
    )
    if clause is None:
        return None
    ctoks = list(clause.subtree)
    while ctoks and ctoks[-1].is_punct and ctoks[-1].text not in LEXICON.noun_clause_closing_marks:
        ctoks.pop()
    if len(ctoks) < 3:
        return None
    cs, ce = ctoks[0].idx, ctoks[-1].idx + len(ctoks[-1].text)
    speaker = speaker_text = kind = label = head = None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        stoks = [t for t in _speaker_tokens(owner) if t.dep_ != "case"]
        if stoks:
            s, e = _span_of(stoks)
            if e > s:
                speaker, speaker_text = frame.to_article(s, e), frame.text[s:e]
                if owner.tag_ == "PRP$":
                    kind, label, head = "pronoun", None, _POSSESSIVE.get(owner.lower_, owner.lower_)
                else:
                    kind, label = _kind_of(owner, stoks)
                    head = owner.lower_
    return Attribution(
        cue=frame.to_article(noun.idx, noun.idx + len(noun.text)),
        cue_text=noun.text,
        speaker=speaker,
        speaker_text=speaker_text,
        speaker_kind=kind,
        speaker_head=head,
        speaker_label=label,
        content=frame.to_article(cs, ce),
        holes=tuple(orig for hole, orig in frame.holes if hole.start < ce and cs < hole.end),
        strength=SPEECH_NOUNS[lemma],
        thought=False,
        frame=frame_index,
        cue_after_content=False,
    )


def _according_to(frame: Frame, doc, tok, frame_index: int) -> list[Attribution]:
    to = doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs:
        return []
    subj = objs[0]
    stoks = _speaker_tokens(subj)
    s, e = _span_of(stoks)
    if e <= s:
        return []
    phrase = set(t.i for t in tok.subtree) | {tok.i, to.i} | set(t.i for t in subj.subtree)
    # the content is the rest of the sentence around the phrase
    rest = [t for t in doc if t.i not in phrase and not (t.is_punct and t.text not in LEXICON.according_kept_marks)]
    if not rest:
        return []
    # keep the side of the sentence that is contiguous with the main clause
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.i not in phrase:
        rest = [t for t in root.subtree if t.i not in phrase]
        while rest and rest[-1].is_punct and rest[-1].text not in _CONTENT_CLOSING:
            rest.pop()
        while rest and rest[0].is_punct and rest[0].text not in _CONTENT_OPENING:
            rest.pop(0)
    if not rest:
        return []
    content = (min(t.idx for t in rest), max(t.idx + len(t.text) for t in rest))
    cue = (tok.idx, to.idx + len(to.text))
    att = _named_attribution(
        frame, doc, frame_index, cue, "according to", subj, stoks, content,
        strength=0.9, cue_after_content=tok.i > rest[0].i,
    )
    return [att] if att is not None else []
