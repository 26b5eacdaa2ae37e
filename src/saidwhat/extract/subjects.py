"""Who speaks: the subject rules, an ordered table of small functions over a cue verb.

Each rule reads one sentence shape (its docstring) and returns the token that heads
the speaker's noun phrase, ``None`` when the shape is not there (the next rule is
tried), or ``NOBODY`` when the shape is there and names no speaker (no later rule
may guess one). ``subject_of`` returns the speaker and the id of the rule that
found it (or that found none). Reads the parse only.
"""

from __future__ import annotations

from collections.abc import Callable

from .lexicon import LEXICON
from .rules import (
    DOCUMENT_HEADS,
    HEARER_VERBS,
    OCCASION_NOUNS,
    POST_NOMINALS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)
from .syntax import (
    CALENDAR,
    COMMON_NOUN_TAGS,
    DASH_TEXTS,
    DEPS,
    FINITE_TAGS,
    HANDING_ON_MARKS,
    NOUN_TAGS,
    PROPN_TAGS,
    QUOTE_CHARS,
    RELATIVE,
    SUBJECTS,
    TIME_WORDS,
    Token,
    across_marks,
    agent_in,
    as_phrase,
    before_parenthetical,
    children,
    finite_taken_for_participle,
    inverted_aside,
    is_verb,
    lemma_of,
    name_after_uncommaed_cue,
    passive,
    per_token,
    subordinate,
    verb_forms,
)

__all__ = ["NOBODY", "SUBJECT_RULES", "holder_in_clause_on_occasion", "subject_of"]

NOBODY = object()  # a rule's answer: this shape names no speaker
# what an inverted speaker ("said another New Hampshire Republican") is made of, and its longest run
_INVERTED_STOPS = frozenset(LEXICON.inverted_speaker_stop_tags)
_INVERTED_JOINERS = frozenset(LEXICON.inverted_speaker_joiner_tags)
_NOUN_LIKE_VERB_TAGS = frozenset(LEXICON.noun_like_verb_tags)
_PRONOUN_TAGS = frozenset(LEXICON.pronoun_tags)
_NAME_PAST_HYPHEN = frozenset(LEXICON.name_past_hyphen_deps)
_INVERTED_MAX_WORDS = 8
_PRONOMINAL = frozenset(LEXICON.inverted_pronominal_speakers)
# "..., her senior policy adviser, Jake Sullivan, said": how a speaker hangs on the phrase before it
_HUNG = frozenset(LEXICON.hung_speaker_deps)
_PREPOSED_OBJECTS = frozenset(LEXICON.preposed_object_deps)
_HEARER_PREPOSITIONS = frozenset(LEXICON.fronted_hearer_prepositions)
_FRONTED_OCCASIONS = frozenset(LEXICON.occasion_nouns) | frozenset(LEXICON.issued_words_nouns)
_MAX_APPOSITIONS = 4
# verbs that make their object do the next verb: "led the journalist to fear"
_CAUSING = verb_forms(LEXICON.causing_verbs, LEXICON.causing_irregular)
# verbs whose object feels what the subject causes: "doesn't surprise Daron Shaw: “...”"
_FEELING = frozenset(LEXICON.feeling_verbs)
_FEELING_FORMS = verb_forms(LEXICON.feeling_verbs, ())
_ISSUED = frozenset(LEXICON.issued_words_nouns)
_ISSUING_PREPOSITIONS = frozenset(LEXICON.issuing_prepositions)
# verbs that answer a report rather than issue it (assembly reads them too: ``_object_speaks``)
ANSWERING_FORMS = verb_forms(LEXICON.answering_verbs, LEXICON.answering_irregular)
_THING_RELATIVES = frozenset(LEXICON.thing_relatives)
# how an occasion's phrase hangs on the verb of the clause it sits in: "spent much of his speech"
_OCCASION_PATH_DEPS = frozenset(LEXICON.occasion_path_deps)
_OCCASION_MAX_STEPS = 4
_STANDING_FOR_PEOPLE = frozenset(LEXICON.caused_object_pronominal_tags)
_INFINITIVE_SUBJECT_PREPOSITIONS = frozenset(LEXICON.infinitive_subject_prepositions)
_INFINITIVE_SUBJECT_TAGS = frozenset(LEXICON.infinitive_subject_tags)
_MEANS = verb_forms(LEXICON.means_verbs, ())
_PARTICIPLE_SUBJECT_PREPOSITIONS = frozenset(LEXICON.participle_subject_prepositions)
_QUESTION_MARKS = frozenset(LEXICON.question_marks)
_EXTRAPOSING = frozenset(LEXICON.extraposing_subjects)
_CAPACITY = frozenset(LEXICON.capacity_adjectives)
_WILLINGNESS = frozenset(LEXICON.willingness_adjectives)
_OBJECT_RAISING = frozenset(LEXICON.object_raising_adjectives)
_COPULAS = frozenset(LEXICON.copula_forms)
_FLOATING = frozenset(LEXICON.floating_quantifiers)
_COUNTED_TAGS = frozenset(LEXICON.counted_noun_tags)
_ASKED = frozenset(LEXICON.asked_participles)
# verb forms a modal never stands before: "Will wrote" is a name and its verb
_AFTER_MODAL_TAGS = frozenset(LEXICON.not_after_modal_tags)
_ASIDE_RELATIVES = frozenset(LEXICON.aside_relatives)
_SENTENCE_ENDS = frozenset(LEXICON.sentence_end_marks)
# how a reported clause hangs on its reporting verb: "said that ...", "said ... after the senator won"
_REPORTED_CLAUSE = frozenset(LEXICON.reported_clause_deps)
_INNER_CLAUSES = frozenset(LEXICON.inner_clause_deps)
_CLOSED_CLAUSES = frozenset(LEXICON.closed_clause_deps)
_HAS_CONTRACTED = frozenset(LEXICON.has_contracted)
_LOST_VERB_DEPS = frozenset(LEXICON.lost_verb_deps)
_WH_TAGS = frozenset(LEXICON.wh_pronoun_tags)
# "NBC News will accuse", "has not said": the words between a subject and its verb that make the verb finite
_VERB_GROUP_DEPS = frozenset(LEXICON.verb_group_deps)
_FINITE_AUX_TAGS = frozenset(LEXICON.finite_auxiliary_tags)
_ASIDE_MAX_WORDS = 30
# steps from an indirect question's verb up to the verb it hangs on: "divided over which ... is"
_QUESTION_MAX_STEPS = 3
# words after which a name opens a clause: "and", "but", "after", "when"
_CLAUSE_OPENERS = frozenset(LEXICON.clause_opening_words) | frozenset(LEXICON.subordinating_words)
_ADJECTIVE_TAGS = frozenset(LEXICON.adjective_tags)
# the words of a time phrase besides its time word: "on Wednesday", "last week", "this morning"
_TIME_PHRASE_TAGS = frozenset(LEXICON.time_phrase_tags)

_BETWEEN_SUBJECT_AND_VERB = frozenset(LEXICON.between_subject_and_verb_deps)
_QUOTING = frozenset(LEXICON.quoting_verbs)
# "said ... after the senator won his primary, remarking": subordinators of a clause that happened before or
# after the report, so a participle after it goes on with the report (not "as", "while": the same scene)
_SEQUENCE_MARKS = frozenset(LEXICON.sequence_marks)
# what sets off a phrase about the speaker before a cue: "Corey Lewandowski, his former manager, said"
_SPEAKER_ASIDE_DEPS = frozenset(LEXICON.speaker_aside_deps)
_LIST_OPENER_DEPS = frozenset(LEXICON.subordinate_opener_deps)
_LIST_OPENER_TAGS = frozenset(LEXICON.subordinate_opener_tags)
_REPORTING_TAGS = frozenset(LEXICON.inverted_report_tags)  # a relative aside longer than this is a sentence of its own


def _pobj(prep: Token | None) -> Token | None:
    return next((g for g in children(prep) if g.dep_ == "pobj"), None) if prep is not None else None


def _or_nobody(tok: Token | None):
    return NOBODY if tok is None else tok


def quoted_as_saying(verb: Token):
    """"“...,” the aid agency was quoted as saying", "he is quoted as saying by a German magazine": the one
    quoted, the passive's subject, speaks the words the as-phrase's participle reports, not the outlet that
    quotes them (the by-phrase) and not nobody (a passive without an agent). Not the active verb ("AP quoted
    the prosecutor as saying"), whose subject annotated news credits (4 PolNeAR train pairs): subject:nsubj."""
    if lemma_of(verb) not in _QUOTING or not passive(verb):
        return None
    as_ = as_phrase(verb)
    if as_ is None or not any(c.tag_ == "VBG" and lemma_of(c) in SPEECH_VERBS for c in children(as_)):
        return None
    return next((c for c in children(verb) if c.dep_ in SUBJECTS and c.i < verb.i), None)


def passive_agent(verb: Token):
    """"The song was written by Springsteen": the agent of a passive speaks, not its subject."""
    if not passive(verb):
        return None
    agent = next((c for c in children(verb) if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return _or_nobody(_pobj(agent))


# the prepositions of a phrase that sets a passive cue's words in a document: "In a report compiled by ..., graft was
# said to be ..."
_DOCUMENT_FRAME_LEADS = frozenset(LEXICON.document_frame_leads)


def document_framing_passive(verb: Token):
    """"In a report compiled by anti-corruption body Transparency International in 2003, graft was said to be
    “pervasive”": a passive cue with no agent, opened by a phrase whose object is a document, speaks through
    that document (its issuer named in the phrase); the passive's subject is what is spoken of, not who speaks."""
    if not passive(verb) or any(c.dep_ == "agent" for c in children(verb)):
        return None
    if any(c.dep_ == "xcomp" and lemma_of(c) in REPORTING_VERBS for c in children(verb)):
        return None  # "In Mr Peston's book Mr Brown is alleged to have told ...": the saying is the subject's
    for prep in children(verb):
        if prep.dep_ == "prep" and prep.i < verb.i and prep.lower_ in _DOCUMENT_FRAME_LEADS:
            noun = _pobj(prep)
            if noun is not None and noun.lower_ in DOCUMENT_HEADS:
                return noun
    return None


def participle_agent(verb: Token):
    """"As reported by Western Journalism, investigators found ...", "- as described by FBI Director
    James Comey -", "Asked by Stephanopoulos to respond to Trump's criticism, Carson said": a reporting
    verb's participle with no subject of its own and a by-phrase; its agent speaks (annotated news
    gives the question to the asker). Not "Angered by the cultural transformations, Schlafly led"."""
    if verb.tag_ != "VBN" or lemma_of(verb) not in SPEECH_VERBS or any(c.dep_ in SUBJECTS for c in children(verb)):
        return None
    if any(c.dep_ == "prt" for c in children(verb)):
        return None  # "written off by the pundits": a phrasal verb that reports nothing
    agent = next((c for c in children(verb) if c.dep_ == "agent"), None)
    return _pobj(agent) if agent is not None else None


def passive_as_by(verb: Token):
    """"The plan was described as “irresponsible” by the commission": the agent hangs in
    the as-phrase; a passive without an agent names no speaker ("was quoted as ...")."""
    if not passive(verb) or has_taken_for_is(verb) is not None:
        return None
    return _or_nobody(_pobj(agent_in(as_phrase(verb))))


def occasion_holder(verb: Token):
    """"His speech - in which he joked about ..., cited his appearance in an ad", "Clinton's speech said":
    the cue's subject is an occasion of speaking or what is said at it (``occasion_nouns``); annotated news
    credits the one who holds it, not the noun: the subject of a clause on the noun, else its possessor.
    None when nothing in the sentence holds it ("The remarks suggested")."""
    noun = next((c for c in children(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if noun is None or noun.lower_ not in OCCASION_NOUNS or across_marks(noun, verb, verb.doc):
        return None  # "The address ''was ...,'' said Jon Favreau": the noun is in the quote
    return holder_in_clause_on_occasion(noun) or _possessor(noun)


def occasion_participle_holder(verb: Token):
    """"who spent much of his 30-minute speech defending ...", "Trump's campaign entered Thursday's
    conversation believing ...", "she said at a recent news conference announcing ...": a participle the
    parser hung on an occasion noun goes with the one who holds the occasion (as ``occasion_holder``),
    else with the subject of the clause the noun is the object of, else with its possessor. After
    ``issuer``, which reads the speeches a verb issues ("comments Clinton made during a speech attacking")."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.i >= verb.i or noun.lower_ not in OCCASION_NOUNS:
        return None
    if any(c.dep_ in SUBJECTS for c in children(verb)):
        return None
    return holder_in_clause_on_occasion(noun) or _subject_of_clause_holding(noun) or _possessor(noun)


def holder_in_clause_on_occasion(noun: Token) -> Token | None:
    """"an interview his brother gave to ITV", "His speech - in which he joked": for an occasion noun, the
    subject of a relative clause on it, when that is not the relative pronoun (which stands for the noun)."""
    if noun.lower_ not in OCCASION_NOUNS:
        return None
    for clause in (c for c in children(noun) if c.dep_ == "relcl"):
        own = next((c for c in children(clause) if c.dep_ in SUBJECTS and c.i < clause.i), None)
        if own is not None and own.tag_ in NOUN_TAGS and own.lower_ not in RELATIVE and own.tag_ not in _WH_TAGS:
            return own
    return None


def _subject_of_clause_holding(noun: Token) -> Token | None:
    """The subject of the active verb whose object (or a preposition's object under it) the noun is:
    "spent much of his speech", "entered Thursday's conversation", "she said at a news conference
    announcing". Only an occasion someone owns or one spoken at: "Gara received a telephone call saying"
    is the caller's, not the one who took it."""
    if noun.dep_ != "pobj" and _possessor(noun) is None:
        return None
    node = noun
    for _ in range(_OCCASION_MAX_STEPS):
        if node.dep_ not in _OCCASION_PATH_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if is_verb(node):
            return None if passive(node) else _own_subject(node)
    return None


def _possessor(noun: Token) -> Token | None:
    """"Clinton's speech", "his remarks": the one the noun belongs to."""
    return next((c for c in children(noun) if c.dep_ == "poss"), None)


def has_taken_for_is(verb: Token):
    """"He's said he gets his ideas about monetary policy from ...": "'s" before a participle with a clause
    of its own is "has", not the "is" of a passive; its subject speaks."""
    aux = [c for c in children(verb) if c.dep_ == "auxpass"]
    if len(aux) != 1 or aux[0].lower_ not in _HAS_CONTRACTED or not any(c.dep_ == "ccomp" for c in children(verb)):
        return None
    subject = next((c for c in children(verb) if c.dep_ == "nsubjpass"), None)
    # "It's predicted that by 2006 ...": a passive after all, and no one says it
    return subject if subject is not None and subject.lower_ not in _EXTRAPOSING else None


def asked_question(verb: Token):
    """"Asked if she believed Putin wanted Trump to win the White House, Clinton said ...", "Maddow
    asked whether he thought ...": a cue in the question a verb of asking reports is asked, and no one
    says it; the asker's words hold it."""
    head = verb.head
    if head.i == verb.i or not (lemma_of(head) == "ask" or head.lower_ in _ASKED):
        return None
    return NOBODY if any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in children(verb)) else None


def name_before_unclosed_apposition(verb: Token):
    """"“...,” Mr Prettejohn, Lloyd's chief executive said": an apposition that lacks its closing
    comma makes the parser give the verb two subjects, the name and the role after its comma; the
    speaker is the name (the nearer subject is only its role). The role may come in two parts, the
    parser hanging the first on the name ("Whitey MacDonald, chairperson of Local 1520, Canadian Auto
    Workers union said"): the second then opens right after the comma that ends the first."""
    subjects = sorted((c for c in children(verb) if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i)
    if len(subjects) != 2:
        return None
    name, role = subjects
    doc = verb.doc
    if name.tag_ not in PROPN_TAGS or role.tag_ not in COMMON_NOUN_TAGS or name.i + 2 > role.left_edge.i:
        return None
    after_name = role.left_edge.i == name.i + 2
    after_apposition = role.left_edge.i == name.right_edge.i + 2 and any(
        c.dep_ == "appos" and c.i > name.i for c in children(name)
    )
    if doc[name.i + 1].text != "," or not (after_name or after_apposition) or role.right_edge.i != verb.i - 1:
        return None  # the role right after the name's comma (or its apposition's), the verb right after it
    return name if doc[role.left_edge.i - 1].text == "," else None


def name_before_post_nominal(verb: Token):
    """"Deputy High Court Judge Richard Mawrey, QC told the hearing" (BBC politics/148): the parser took the
    letters after the name's comma (an office or honour, lexicon ``post_nominals``: "QC", "MP", "OBE") for the
    verb's subject and hung the name elsewhere; the name right before the comma speaks."""
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.text not in POST_NOMINALS or subject.i < 2 or subject.i > verb.i:
        return None
    doc = verb.doc
    comma, name = doc[subject.i - 1], doc[subject.i - 2]
    return name if comma.text == "," and name.tag_ in PROPN_TAGS else None


def nearest_subject(verb: Token):
    """"Tulsa police Chief Chuck Jordan said": the verb's nearest nominal subject (else its
    clausal subject: "What he said was ..."). Not words of the quote the verb follows when its speaker
    stands after it ("“... Is Obama profiling?” reacted Trump": ``inverted_after_quote`` reads that)."""
    subjects = [c for c in children(verb) if c.dep_ == "nsubj"] or [c for c in children(verb) if c.dep_ == "csubj"]
    subjects = [c for c in subjects if not _part_of_hyphenated(c)] or _past_hyphen(verb, subjects) or subjects
    subjects = _without_hearer_after(verb, subjects)
    subjects = _without_relative_tail(subjects)
    nearest = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
    nearest = _counted_noun(nearest, subjects)
    # a frame that starts inside the quote has no paired marks, so the caller's quote guard misses it;
    # not "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could ...": a whole quote between
    if nearest is not None and nearest.i < verb.i and across_marks(nearest, verb, verb.doc):
        return None if inverted_after_quote(verb) is not None else nearest
    return nearest


def _without_hearer_after(verb: Token, subjects: list[Token]) -> list[Token]:
    """"“...,” Jack Buser, director for games at Google, tells The Hollywood Reporter": the parser may make
    the hearer of a verb that takes one ("tell", "assure") a second subject after the verb; with a subject
    before it, the one after is the hearer, nearer as it stands."""
    if lemma_of(verb) not in HEARER_VERBS or not any(c.i < verb.i for c in subjects):
        return subjects
    return [c for c in subjects if c.i < verb.i]


def _without_relative_tail(subjects: list[Token]) -> list[Token]:
    """"A spokesperson who did not wish to be named because of agency policy said": the parser may cut the
    last noun of a relative clause off it ("policy") and make it a second subject of the verb, nearer than
    the one the clause describes; a subject that starts right where the relative clause of an earlier
    subject ends is that clause's."""
    def tail_of_relative(late: Token) -> bool:
        return any(
            c.dep_ == "relcl" and c.right_edge.i + 1 == late.left_edge.i
            for early in subjects if early.i < late.i for c in children(early)
        )

    return [c for c in subjects if not tail_of_relative(c)] or subjects


def _part_of_hyphenated(subject: Token) -> bool:
    """"said study co-author Anezina Solomonidou", "co-founder Jane Doe said": the parser splits a
    hyphenated role at its hyphen and may hang its prefix ("co") or the hyphen on the verb as subjects of
    their own, beside the name; they are no speaker."""
    doc = subject.doc
    if subject.text == "-":
        return True
    nxt = doc[subject.i + 1] if subject.i + 1 < len(doc) else None
    return nxt is not None and nxt.text == "-" and not subject.whitespace_ and not nxt.whitespace_


def _past_hyphen(verb: Token, parts: list[Token]) -> list[Token]:
    """"mused Blaze co-host Stu Burguiere": when the parser's only subject is a hyphenated role's prefix, the
    name after the role, which it made the verb's object, is the speaker (PolNeAR train, west-journal 2016-06-23,
    was "Blaze co"): the word the hyphen opens, up its heads to the one the verb governs."""
    doc, found = verb.doc, []
    for part in parts:
        at = part.i + (1 if part.text == "-" else 2)
        word = doc[at] if at < len(doc) else None
        while word is not None and word.head is not verb and word.head.i > word.i:
            word = word.head
        if word is not None and word.head is verb and word.dep_ in _NAME_PAST_HYPHEN and word.tag_ in PROPN_TAGS:
            found.append(word)
    return found


def _counted_noun(subject: Token | None, subjects: list[Token]) -> Token | None:
    """"Republican establishment figures — whose party was once respected ... — both suggested": of two
    subjects of one verb, a floating quantifier ("both", "all") counts the plural noun before it, which
    speaks."""
    if subject is None or subject.lower_ not in _FLOATING:
        return subject
    before = [c for c in subjects if c.i < subject.i and c.tag_ in _COUNTED_TAGS]
    return before[-1] if before else subject


def name_after_reported_words(verb: Token):
    """"Or maybe Jeb Bush, digital consultant Phil Musser says.": reported words end on a name, a comma,
    then the speaker's name right before the verb; the parser made the speaker an apposition of the name
    the words end on and that name the subject. An apposition no comma closes before the verb ("Jeb Bush,
    the former governor, says" has one) is the subject itself, when words of the sentence stand before it."""
    subject = next((c for c in children(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.tag_ not in PROPN_TAGS or subject.left_edge.i == 0:
        return None
    name = next((c for c in children(subject) if c.dep_ == "appos" and c.i > subject.i), None)
    if name is None or name.tag_ not in PROPN_TAGS or name.right_edge.i != verb.i - 1:
        return None
    comma = name.left_edge.i - 1
    if verb.doc[comma].text != "," or any(t.is_punct for t in verb.doc[name.left_edge.i : verb.i]):
        return None
    return name if any(not t.is_punct for t in verb.doc[: subject.left_edge.i]) else None


def name_after_cue_without_comma(verb: Token):
    """"... the complex rules of cinematography and editing said John Wyver, from TV producer ...", "... that have
    educational elements said Mr Owen.": reported words run into a reversed cue with no comma before it; the
    speaker is the name right after the verb (syntax's name_after_uncommaed_cue), not the last noun of the words
    the parser also made the verb's subject."""
    found = name_after_uncommaed_cue(verb)
    return None if found is None else found[1]


def speaker_in_inverted_aside(verb: Token):
    """"Any interpretation of Mr. Kerry's actions, said Michael Kofman, an expert on Russia, would read this
    as ...", "“The contrast with Trump,” said Doyle and others, “would be clear ...”": a cue set off by commas
    inside the clause it reports, its speaker right after it; the parser made the reported clause's subject
    the cue's and the speaker the subject of the clause's verb. The speaker is the phrase right after the
    cue, closed by a comma before that verb."""
    doc = verb.doc
    if verb.tag_ not in _REPORTING_TAGS or verb.i < 2 or verb.i + 1 >= len(doc):
        return None
    before = [t for t in doc[max(0, verb.i - 2) : verb.i] if t.text not in QUOTE_CHARS]
    if not before or before[-1].text != ",":
        return None
    subject = next((c for c in children(verb) if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if subject is None or _closes_apposition(doc[before[-1].i - 1], subject):
        return None  # "Mr. Trump's former campaign manager, Corey Lewandowski, said": a speaker before the cue
    for clause in children(verb):
        if clause.dep_ not in _REPORTED_CLAUSE or clause.i < verb.i:
            continue
        speaker = next((c for c in children(clause) if c.dep_ in SUBJECTS and c.left_edge.i == verb.i + 1), None)
        if speaker is None or speaker.tag_ not in NOUN_TAGS or speaker.lower_ in RELATIVE:
            continue
        # the comma that closes the aside may hang inside the speaker's phrase
        words = [t for t in speaker.subtree if not t.is_punct]
        after = [t for t in doc[words[-1].i + 1 : clause.i] if t.text not in QUOTE_CHARS]
        if after and after[0].text == ",":
            return speaker
    return None


def name_in_inverted_aside(verb: Token):
    """"If Steam proves effective ..., said Mr Fahey, other game makers may be tempted ...", "Also, said Mr
    Trainor, research is being done ...": the name right after an inverted cue set off by commas inside its
    sentence (``inverted_aside``) speaks, where the parser made it the subject (or the apposition's head)
    of the words after the aside; its head is the name's word the parser hung outside the name."""
    shape = inverted_aside(verb)
    if shape is None:
        return None
    name = shape[1]
    inside = {t.i for t in name}
    return next((t for t in name if t.head.i not in inside), name[-1])


def _closes_apposition(last: Token, subject: Token) -> bool:
    """The word before the comma ends an apposition or a relative clause of the subject."""
    node = last
    while node.i != subject.i and node.head.i != node.i:
        if node.dep_ in _SPEAKER_ASIDE_DEPS:
            return True
        node = node.head
    return False


def name_taken_for_modal(verb: Token):
    """"“... especially Donald Trump,” Will wrote.", "Instead, Will called for Republicans to ...": a
    capitalised modal right before a past or third-person form, which no modal takes, is a name
    (George Will) that the tagger read as "will"."""
    if verb.i == 0 or verb.tag_ not in _AFTER_MODAL_TAGS:
        return None
    prev = verb.doc[verb.i - 1]
    return prev if prev.tag_ == "MD" and prev.text[:1].isupper() and prev.head.i == verb.i else None


def raised_from_passive(verb: Token):
    """"Mr Brown is alleged to have told the prime minister: “...”", "The minister is said to have told
    colleagues ...", "He was forced to admit ...": an infinitive cue with no subject of its own under a
    passive verb speaks through that verb's subject."""
    if verb.dep_ != "xcomp" or any(c.dep_ in SUBJECTS for c in children(verb)):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        return None
    head = verb.head
    if not any(c.dep_ == "auxpass" for c in children(head)):
        return None
    return next((c for c in children(head) if c.dep_ == "nsubjpass"), None)


def unnamed_asker(verb: Token):
    """"Asked about the polls, Carson said ...", "..., Christie said when asked whether he would ...":
    a participle of asking with no subject or agent of its own reports what an unnamed asker said
    to the sentence's subject, who is the hearer, not the speaker."""
    if verb.lower_ not in _ASKED or verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in DEPS.participle_clause:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "agent" for c in children(verb)):
        return None
    return NOBODY


def inverted_after_quote(verb: Token):
    """"“Having access to the RNC file is valuable,” said Skelly", "“...,” added another New Hampshire
    Republican": a cue verb right after a quote that ends on a comma, "?" or "!" has its speaker
    after it, which the parser often leaves as an adverb or an object. Not a participle ("defense of
    “New York values,” saying the city embodied ...", "“...,” referencing the large number of ...") nor
    a verb whose object has a possessive ("“...,” denounced her record"): what follows is its object."""
    doc = verb.doc
    if verb.tag_ == "VBG" or (verb.i + 1 < len(doc) and doc[verb.i + 1].tag_ == "PRP$"):
        return None
    before = [t for t in doc[max(0, verb.i - 4) : verb.i] if not t.is_space][-2:]
    if len(before) < 2 or before[1].text not in QUOTE_CHARS or before[0].text not in HANDING_ON_MARKS:
        return None
    return _inverted_speaker(verb)


def inverted_after_inner_cue(verb: Token):
    """"“...,” said Kristen Day, executive director of Democrats for Life, reports USA Today.": a
    reporting verb after the comma that ends a quote's own cue clause, with no subject of its own and
    only a noun phrase after it to the sentence's end, has its speaker there: the source that reports the
    quote and its speaker."""
    doc = verb.doc
    if verb.tag_ not in _REPORTING_TAGS or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJECTS for c in children(verb)) or not any(t.text in QUOTE_CHARS for t in doc[: verb.i]):
        return None
    rest = [t for t in doc[verb.i + 1 :] if not t.is_space]
    if not rest or len(rest) > _INVERTED_MAX_WORDS or rest[-1].text not in _SENTENCE_ENDS:
        return None
    return _inverted_speaker(verb)


def inverted_after_reported_clause(verb: Token):
    """"The band were still hopeful they could play on Wednesday, added the spokesman.": a reporting verb
    after the comma that ends the reported clause (its complement, before it), with no subject of its own
    and only a noun phrase after it to the sentence's end, has its speaker there; the parser makes that
    noun phrase the verb's object ("added the spokesman")."""
    doc = verb.doc
    if verb.tag_ not in _REPORTING_TAGS or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    kids = children(verb)
    if any(c.dep_ in SUBJECTS for c in kids) or not any(c.dep_ == "ccomp" and c.i < verb.i for c in kids):
        return None
    rest = [t for t in doc[verb.i + 1 :] if not t.is_space]
    if not rest or len(rest) > _INVERTED_MAX_WORDS or rest[-1].text not in _SENTENCE_ENDS:
        return None
    if any(t.text in QUOTE_CHARS for t in rest):
        return None  # "Mr Howard denied Mr Yeo, his spokesman, said the plans "stink"": words, not a speaker
    return _inverted_speaker(verb)


def _inverted_speaker(verb: Token) -> Token | None:
    """The head of the noun phrase right after a cue verb that has its speaker after it."""
    doc = verb.doc
    run = []
    for t in doc[verb.i + 1 : verb.i + 1 + _INVERTED_MAX_WORDS]:
        if (t.is_punct and t.tag_ not in _INVERTED_JOINERS and not _inside_word(t)) or _ends_inverted_speaker(t):
            break  # "said Jurgen den Hartog, one of ...", "added the Uruguayan-born researcher, who ..."
        run.append(t)
    heads = [t for t in run if t.tag_ in NOUN_TAGS or t.text[0].isupper()]
    if not heads and len(run) == 1 and run[0].lower_ in _PRONOMINAL:
        return run[0]  # "“...,” tweeted another"
    return heads[-1] if heads and heads[-1].tag_ not in _PRONOUN_TAGS else None


def _inside_word(t: Token) -> bool:
    """A hyphen written inside a word, the tagger's noun or not: "mused Blaze co-host Stu Burguiere" runs on
    past "co" (PolNeAR train, west-journal 2016-06-23, was "Blaze co")."""
    return t.text == "-" and t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_


def _ends_inverted_speaker(t: Token) -> bool:
    """A lower-case verb, adverb or function word ends the speaker; not a noun the tagger took for a
    present-tense verb inside a name or title ("England sevens coach Mike Friday", "Tory shadow
    ... secretary", "Jurgen den Hartog"), which a noun follows."""
    if t.text[0].isupper() or t.tag_ not in _INVERTED_STOPS:
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    mistagged = t.tag_ in _NOUN_LIKE_VERB_TAGS and nxt is not None and (nxt.tag_ in NOUN_TAGS or nxt.tag_ == "JJ")
    return not mistagged


def lost_before_cue(verb: Token):
    """"... the editorial board of the Washington Post Trump said that", "And Skelly called Braynard
    “...”": the parser lost the subject; a name or pronoun right before a past or present-tense cue
    (or a name the tagger took for an adverb, before any form, or before an adverb of the verb's in lower
    case: "but Early still says Ubisoft are ...") is its speaker."""
    if verb.i == 0:
        return None
    at = _before_adverbs(verb)
    if at < verb.i and at > 0 and _name_taken_for_adverb(verb.doc[at - 1]):
        return verb.doc[at - 1]
    if verb.tag_ not in FINITE_TAGS and not _name_taken_for_adverb(verb.doc[verb.i - 1]):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.lower_ in CALENDAR:
        return None  # "who Beck on Wednesday called “...”": the day of the telling, not its speaker
    if (prev.tag_ in ("NNP", "PRP") and prev.dep_ in DEPS.lost_subject) or _name_taken_for_adverb(prev):
        return prev
    return None


def _before_adverbs(verb: Token) -> int:
    """The index right after the word before the verb, up to two lower-case adverbs of the verb's passed over
    ("still", "also")."""
    at = verb.i
    while at > 0 and verb.i - at < 2 and verb.doc[at - 1].tag_ == "RB" and verb.doc[at - 1].head.i == verb.i and (
        verb.doc[at - 1].text.islower()
    ):
        at -= 1
    return at


def name_before_time(verb: Token):
    """"Bannon, who Beck on Wednesday called “a horrible, despicable human being”", "whom Trump last week
    dubbed ...": the parser lost the subject of a finite cue with no subject of its own; a name right before
    the time phrase ("on Wednesday", "last week") that stands right before the verb is its speaker (the day
    itself is not: ``lost_before_cue``)."""
    if verb.tag_ not in FINITE_TAGS or any(c.dep_ in SUBJECTS for c in children(verb)):
        return None
    doc, i = verb.doc, verb.i - 1
    if i < 1 or doc[i].lower_ not in TIME_WORDS:
        return None
    i -= 1
    while i >= 0 and (doc[i].lower_ in TIME_WORDS or doc[i].tag_ in _TIME_PHRASE_TAGS) and i >= verb.i - 4:
        i -= 1  # "on", "last", "this"
    name = doc[i] if i >= 0 else None
    if name is None or name.tag_ not in PROPN_TAGS or name.lower_ in CALENDAR:
        return None
    before = doc[i - 1] if i > 0 else None
    # only after a relative pronoun that is the verb's object: "who Beck ...", "whom Trump ..."
    return name if before is not None and before.lower_ in _ASIDE_RELATIVES | {"whom"} else None


def _name_taken_for_adverb(word: Token) -> bool:
    """"And Skelly called Braynard “a real smart guy”", "Informed of the local district’s anti-Trump lean,
    Early described it as “news to me.”": a capitalised word the tagger read as an adverb after "and",
    "but" or a comma, right before a verb with no subject, is a name."""
    if word.tag_ != "RB" or not word.text[:1].isupper() or word.i == 0 or any(
        c.dep_ in SUBJECTS for c in children(word.head)
    ):
        return False
    before = word.doc[word.i - 1]
    return before.tag_ == "CC" or (before.text == "," and word.head.i == word.i + 1)


def described_name_after_list(verb: Token):
    """"Others targeted include Oliver Letwin, David Davis and Theresa May, Lib Dem's elections chief Lord
    Rennard said", "... the rift between Russia and the US, Boeing Executive Vice President Scott Carson
    replied": the parser joined the speaker to the list of names before the comma; a name after the comma
    that follows the list's "and" item, a role before it (in lower case, or a title such as "President"),
    right before the cue, speaks alone (the list is the quote's or the clause's before it)."""
    prev = _before_verb_group(verb)
    if prev is None or prev.tag_ != "NNP" or prev.dep_ != "conj":
        return None
    start = prev.left_edge.i
    if start == 0 or verb.doc[start - 1].text != ",":
        return None
    if not any(t.dep_ == "cc" and t.i < start for t in prev.head.children):
        return None  # "Twickenham and Kirwan says": the names' own coordination, no list closed before
    described = any(_role_word(t) for t in verb.doc[start : prev.i])
    return prev if described else None


def _role_word(word: Token) -> bool:
    """A role before a name: a common noun in lower case ("elections chief") or a title written as part of
    the name ("Executive Vice President"), one of the lexicon's ``role_nouns``; a list has no such word
    between its "and" and its last name, so the word marks a new phrase."""
    if word.tag_ in ("NN", "NNS") and word.text.islower():
        return True
    return word.tag_ in PROPN_TAGS and word.text[:1].isupper() and word.lower_ in ROLE_NOUNS


def lost_coordinated_names(verb: Token):
    """"..., Obama and Clinton call them “lone wolves”", "the Washington Post will brand you a liar and NBC
    News will accuse you of ...": the names were joined to the phrase before (right before the verb or its
    own auxiliary); the first of them heads the coordination."""
    prev = _before_verb_group(verb)
    if prev is None or prev.tag_ != "NNP" or prev.dep_ != "conj":
        return None
    while prev.dep_ == "conj" and prev.head.tag_ in PROPN_TAGS and prev.head.i < prev.i:
        prev = prev.head
    return prev


def _before_verb_group(verb: Token) -> Token | None:
    """The word before a finite verb, or before the auxiliaries that make it finite ("will accuse",
    "has not said"); None when the verb is not finite."""
    doc, i = verb.doc, verb.i - 1
    while i >= 0 and doc[i].head is verb and doc[i].dep_ in _VERB_GROUP_DEPS and doc[i].tag_ != "TO":
        i -= 1
    finite = verb.tag_ in FINITE_TAGS or any(t.tag_ in _FINITE_AUX_TAGS for t in doc[i + 1 : verb.i])
    return doc[i] if i >= 0 and finite else None


def hung_on_preposed_phrase(verb: Token):
    """"In a statement to the Observer, her senior policy adviser, Jake Sullivan, said", "Alarmed by
    the unrest in Nevada, Senator Harry Reid, the minority leader, said", "at the party convention
    Sen. Elizabeth Warren (D-MA) said": the parser hung the speaker right before a subjectless verb on
    the phrase that opens the sentence, as an apposition or a conjunct of its last noun."""
    found = _hung_on_preposed(verb)
    if found is None:
        return None
    node = found[-1]
    # not "a ballooning trade deficit and analysts said": a true coordination of the object
    return None if _coordinated(node) else _object_across_comma(node.head) or _name_beside(node)


def speaker_after_fronted_hearer(verb: Token):
    """"In a statement to the Observer, her senior policy adviser, Jake Sullivan, said", "In an interview
    with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential candidate stated
    that": the parser hung the speaker on the object of a "to" or "with" on the occasion that opens the
    sentence. That object is who heard the words, never who said them: the speaker is the first phrase
    hung on it that opens after a comma."""
    found = _hung_on_preposed(verb)
    if found is None or not _fronted_hearer(found[-1].head, verb):
        return None
    return next((node for node in reversed(found) if _after_comma(node)), None)


def _hung_on_preposed(verb: Token) -> list[Token] | None:
    """The phrases the parser hung, one on the next, from the word before a subjectless verb up to the
    noun of the phrase that opens the sentence (the last one hangs on that noun); None for other shapes."""
    if verb.tag_ not in FINITE_TAGS or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    before = _before_commas_and_brackets(verb)
    if before is None or before.tag_ not in NOUN_TAGS:
        return None
    node, hung = _out_of_trailing_phrase(before), []
    for _ in range(_MAX_APPOSITIONS):
        if node.dep_ not in _HUNG or node.head.i >= node.i:
            return None
        hung.append(node)
        if node.head.dep_ in _PREPOSED_OBJECTS and verb in node.head.ancestors:
            return hung
        node = node.head
    return None


def _fronted_hearer(noun: Token, verb: Token) -> bool:
    """"to the Observer" in "In a statement to the Observer, ...", "with Morning Joe hosts ..." in "In an
    interview with Morning Joe hosts ..., ...": the object of a hearer's preposition on an occasion of speaking
    or words issued, in a phrase on the verb before it."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _HEARER_PREPOSITIONS:
        return False
    occasion = noun.head.head
    if occasion.lower_ not in _FRONTED_OCCASIONS or occasion.dep_ != "pobj":
        return False
    return occasion.head.head is verb and occasion.i < verb.i


def _after_comma(node: Token) -> bool:
    return node.left_edge.i > 0 and node.doc[node.left_edge.i - 1].text == ","


def _object_across_comma(noun: Token) -> Token | None:
    """"As we've noted, a March 2019 study by the Centre for Economic Policy Research, a London-based think
    tank, concluded that": the parser made the whole subject the object of the preposed clause's verb, across
    the comma that closes the clause ("noted ... study"), and hung the apposition on the name inside it. The
    noun the name's prepositions hang on speaks (the study), not the name; not "In a statement to the
    Observer, her senior policy adviser ... said", whose phrase opens the sentence."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.tag_ in NOUN_TAGS:
        noun = noun.head.head
    if noun.dep_ != "dobj" or noun.head.i > noun.i or noun.left_edge.i == 0:
        return None
    return noun if noun.doc[noun.left_edge.i - 1].text == "," else None


def antecedent_of_aside(verb: Token):
    """"Sanders, meanwhile, who sits at zero such endorsements, said that ...", "a White House official
    who spoke anonymously to discuss internal strategy said Wednesday, ...": the parser made the
    relative clause before a subjectless verb part of the sentence and left the verb no subject; the
    noun the relative pronoun stands for speaks. Not a verb of the relative clause itself ("who
    spoke and said"), whose speaker the relative pronoun is."""
    if verb.tag_ not in FINITE_TAGS or verb.dep_ == "conj" or any(c.dep_ in SUBJECTS for c in children(verb)):
        return None  # "Her campaign announced support from mothers who have lost children and said"
    doc = verb.doc
    for t in reversed(doc[max(0, verb.i - _ASIDE_MAX_WORDS) : verb.i]):
        if t.text in QUOTE_CHARS or t.text in _SENTENCE_ENDS:
            return None
        if t.lower_ in _ASIDE_RELATIVES and t.dep_ in SUBJECTS:
            if t.head is verb or any(a is t.head for a in verb.ancestors):
                return None
            return _noun_before(t)
    return None


def name_before_aside(verb: Token):
    """"Trump, in Kentucky, said Tuesday that ...", "“...,” Texas delegate Bill Eastland, wearing a cowboy
    hat and “Ted Cruz” campaign pins, said", "after Mr. Trump, asked about the deaths of journalists, had
    said": a finite verb with no subject right after an aside set off by commas; the parser hung the
    name before the aside elsewhere, and it speaks. Only a name, and only when nothing but auxiliaries,
    adverbs and a time ("on Tuesday") stands between the aside and the verb."""
    if not _finite_or_lost(verb) or any(c.dep_ in SUBJECTS for c in children(verb)):
        return None
    doc, i = verb.doc, verb.i - 1
    while i > 0 and (doc[i].dep_ in _BETWEEN_SUBJECT_AND_VERB or _in_time_phrase(doc[i])):
        i -= 1
    if doc[i].text != ",":
        return None
    aside = list(doc[max(0, i - _ASIDE_MAX_WORDS) : i])
    opening = next((t.i for t in reversed(aside) if t.text == ","), None)
    if opening is None or opening == 0 or any(t.text in _SENTENCE_ENDS for t in doc[opening:i]):
        return None
    name = doc[opening - 1]
    while name.dep_ == "compound" and opening <= name.head.i < i:
        name = name.head
    if name.tag_ not in PROPN_TAGS or name.lower_ in CALENDAR:
        return None
    return name if _opens_clause(doc, min(opening - 1, name.left_edge.i)) else None


def _finite_or_lost(verb: Token) -> bool:
    """A finite verb, or a past tense tagged as a participle where the parser lost the sentence's verb
    ("Mr. Bush, channeling his respectful roots, responded by first saying ...")."""
    if verb.tag_ in FINITE_TAGS or (verb.tag_ == "VBN" and verb.dep_ in _LOST_VERB_DEPS):
        return True
    return any(c.dep_ == "aux" and c.tag_ != "TO" for c in children(verb))


def _opens_clause(doc, start: int) -> bool:
    """Whether the words from ``start`` open a sentence or a clause: after punctuation or a word
    like "and", "after", "when"; not an object ("took a hands-off approach to the Islamic State, ...")."""
    i = start - 1
    while i >= 0 and doc[i].is_space:
        if "\n" in doc[i].text:
            return True  # a paragraph break the frame kept: "... Super Tuesday polls ¶ Trump, in Kentucky, said"
        i -= 1
    return i < 0 or doc[i].is_punct or doc[i].lower_ in _CLAUSE_OPENERS


def _in_time_phrase(tok: Token) -> bool:
    """A word of "on Tuesday", "last week": a time the parser put between a subject and its verb."""
    phrase = tok if tok.dep_ in ("prep", "npadvmod") else tok.head
    return any(t.lower_ in TIME_WORDS or t.lower_ in CALENDAR for t in phrase.subtree) and phrase.dep_ in (
        "prep", "npadvmod")


def _noun_before(relative: Token) -> Token | None:
    """The noun a relative pronoun follows, past commas and adverbs ("Sanders, meanwhile, who")."""
    i = relative.i - 1
    while i >= 0 and (relative.doc[i].text == "," or relative.doc[i].tag_ in ("RB", "RBR")):
        i -= 1
    noun = relative.doc[i] if i >= 0 else None
    if noun is None or noun.tag_ not in NOUN_TAGS:
        return None
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _out_of_trailing_phrase(noun: Token) -> Token:
    """"Col. Steven H. Warren, a military spokesman in Baghdad, said": the apposition that a
    prepositional phrase ends, rather than that phrase's noun."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ in _HUNG:
        noun = noun.head.head
    return noun


def _name_beside(node: Token) -> Token:
    """"Welcoming the ruling, Maeve Sherlock, chief executive of the Refugee Council, said": the name
    a description stands beside, when the parser hung the description on it."""
    if node.dep_ == "appos" and node.tag_ not in PROPN_TAGS and node.head.tag_ in PROPN_TAGS:
        return node.head
    return node


def _coordinated(node: Token) -> bool:
    return node.dep_ == "conj" and any(c.dep_ == "cc" and c.i < node.i for c in node.head.children)


def _before_commas_and_brackets(verb: Token) -> Token | None:
    """The word before the verb, past commas and one bracket ("Warren (D-MA) said")."""
    doc, i = verb.doc, verb.i - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and doc[i].text == ")":
        while i >= 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    return doc[i] if i >= 0 else None


def subject_in_aside(verb: Token):
    """"Clinton, exasperated, responded": the parser gave the subject to the short aside."""
    for c in children(verb):
        if c.i < verb.i and c.dep_ in ("parataxis", "advcl") and not subordinate(c):
            subject = next((g for g in children(c) if g.dep_ == "nsubj" and g.i < c.i), None)
            if subject is not None and subject.tag_ in NOUN_TAGS and c.tag_ == "VBD" and len(list(c.subtree)) <= 4:
                return subject
    return None


def name_before_participle(verb: Token):
    """"footage of Hillary Clinton asking, ...", "The conversation ended with Maddow asking Clinton
    whether ...": the name right before the participle speaks; not a place ("freed from Guantanamo
    Bay telling them") nor a date."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.dep_ not in DEPS.participle_clause:
        return None
    name = verb.doc[verb.i - 1]
    if name.tag_ not in PROPN_TAGS or name.lower_ in CALENDAR:
        return None
    while name.dep_ == "compound" and name.head.i < verb.i:
        name = name.head
    return name if name.dep_ != "pobj" or name.head.lower_ in _PARTICIPLE_SUBJECT_PREPOSITIONS else None


def feeling_object_before_colon(verb: Token):
    """"The timing of the surge doesn’t surprise pollster Daron Shaw: “...”": a verb of feeling whose object
    ends the clause before a colon; the one it moves (the object) speaks the quote, not the thing that moves
    them (the subject)."""
    if lemma_of(verb) not in _FEELING and verb.lower_ not in _FEELING_FORMS:
        return None
    obj = next((c for c in children(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.tag_ not in NOUN_TAGS or obj.right_edge.i + 1 >= len(verb.doc):
        return None
    return obj if verb.doc[obj.right_edge.i + 1].text == ":" else None


def document_held_before_colon(verb: Token):
    """"She proceeded to share ... onmeth.com, the website for the initiative, which contains the following
    statement: “...”": a document that ends the clause before the colon, the object of a relative clause
    (what a website or a sign holds), speaks the quote; the one who shares the thing does not. Not under a
    reporting verb, which says who speaks ("he said he was too busy to look for evidence that would back up
    his earlier statements: ...")."""
    if lemma_of(verb) in REPORTING_VERBS or lemma_of(verb) in SPEECH_VERBS:
        return None
    colon = next((t for t in verb.doc[verb.i + 1 :] if t.text in (":", ".", "!", "?")), None)
    if colon is None or colon.text != ":":
        return None
    obj = verb.doc[colon.i - 1]
    if obj.dep_ != "dobj" or obj.lower_ not in DOCUMENT_HEADS:
        return None
    return obj if any(c.dep_ in SUBJECTS and c.lower_ in RELATIVE for c in children(obj.head)) else None


def caused_object(verb: Token):
    """"The report led the journalist to fear ...", "forced Stumpf to admit", "leaving some to question
    whether ...": the object speaks, also a determiner standing for people ("some", "many")."""
    if verb.dep_ != "xcomp" or verb.head.i >= verb.i or verb.head.lower_ not in _CAUSING:
        return None
    obj = next((c for c in children(verb.head) if c.dep_ == "dobj" and c.i < verb.i), None)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        return None  # "could leave it thinking that ...": no one is made to speak
    return obj if obj is not None and (obj.tag_ in NOUN_TAGS or obj.tag_ in _STANDING_FOR_PEOPLE) else None


def left_object(verb: Token):
    """"The killings ... have left 62 percent of voters saying race relations are growing worse", "the
    extent of his equivocation has left many Republicans, including his supporters, wondering what he
    really believes": a participle after the object of "leave" is what the object does; not "could leave
    it thinking that ...", a thing."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in DEPS.climbing or head.i >= verb.i or head.lower_ not in _CAUSING:
        return None
    if any(c.dep_ in SUBJECTS for c in children(verb)):
        return None
    obj = next((c for c in children(head) if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.lower_ == "it":
        return None
    # people, or a count of them ("62 percent of voters")
    counted = any(c.dep_ == "nummod" for c in children(obj))
    return obj if obj.tag_ in _INFINITIVE_SUBJECT_TAGS or obj.tag_ in _STANDING_FOR_PEOPLE or counted else None


def noun_before_infinitive(verb: Token):
    """"Another method would require individual delegates to challenge existing party rules", "a natural
    opening for Clinton to highlight her experience": the noun phrase that ends right before an
    infinitive's "to", the object of the verb above it or of "for", does the infinitive (the parser
    hangs the infinitive on the verb above, whose subject does not). Not a means ("used the comments to urge")."""
    to = next((c for c in children(verb) if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0 or verb.dep_ not in DEPS.climbing or verb.head.i >= to.i:
        return None
    noun = verb.doc[to.i - 1]
    while noun.dep_ == "compound" and noun.head.i < to.i:
        noun = noun.head
    if noun.right_edge.i != to.i - 1 or noun.tag_ not in _INFINITIVE_SUBJECT_TAGS or noun.lower_ in TIME_WORDS:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in _INFINITIVE_SUBJECT_PREPOSITIONS:
        return noun
    by_object = noun.dep_ == "dobj" and noun.head.i == verb.head.i and verb.dep_ == "xcomp"
    return noun if by_object and verb.head.lower_ not in _MEANS else None


def extraposed_infinitive(verb: Token):
    """"It's easy to criticize the length of American campaigns", "That's not to suggest that Trump's
    comments are making people racist": an infinitive after a copula whose subject is "it" or "that"
    is what the pronoun stands for, and no one says it."""
    head = verb.head
    if verb.dep_ not in DEPS.climbing or head.i >= verb.i or head.lower_ not in _COPULAS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        return None
    subject = next((c for c in children(head) if c.dep_ in SUBJECTS), None)
    return NOBODY if subject is not None and subject.lower_ in _EXTRAPOSING else None


def issuer(verb: Token):
    """"Trump and Ryan issued a statement describing their meeting as ...", "His office put out a
    statement saying ...", "Mr. Manafort helped draft a report defending ...": a participle on a
    statement that is the object of a verb speaks for that verb's subject (annotated news gives the
    words to the issuer, not to the statement)."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.i >= verb.i or noun.lower_ not in _ISSUED or noun.dep_ not in ("dobj", "pobj"):
        return None
    return _issued_by(noun)


def issuer_to_addressee(verb: Token):
    """"His campaign sent out a text message to supporters saying: “...”", "as she put it in her memo to
    employees explaining the deal, “...”": a participle the parser hung on the one the words are sent to
    (after "to") describes the statement, ad or message the same verb issues; that verb's subject speaks,
    not the addressee (``participle_noun`` would give them the words)."""
    to = verb.head.head
    if verb.dep_ != "acl" or verb.head.dep_ != "pobj" or to.lower_ != "to" or not is_verb(to.head):
        return None
    issuing = to.head
    issued = [c for c in children(issuing) if c.dep_ == "dobj" and c.i < to.i]
    issued += [g for c in children(issuing) if c.dep_ == "prep" and c.i < to.i for g in children(c) if g.dep_ == "pobj"]
    if passive(issuing) or not any(n.lower_ in _ISSUED for n in issued):
        return None
    return subject_of(issuing)[0]


def relative_issuer(verb: Token):
    """"Trump released a marketing video that said, “...”", "The Washington Post recently ran a piece
    that noted his “health care plan would benefit affluent households ...”": a statement, ad or article
    whose relative clause says the words speaks for the subject of the verb it is the object of, as with
    a participle (``issuer``). Not a sign, which annotated news lets speak for itself."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.i >= verb.i or noun.lower_ not in _ISSUED or noun.dep_ not in ("dobj", "pobj"):
        return None
    relative = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if relative is None or relative.lower_ not in _THING_RELATIVES:
        return None
    return _issued_by(noun)


def names_its_issuer(noun: Token) -> bool:
    """Whether a name before ``noun`` says whose it is: a possessive ("Hillary Clinton’s Tuesday speech") or a
    compound of two capitalised words at least ("a Washington Post editorial"); one word alone is as often a
    date or a topic ("a March speech", "a key Benghazi email") as an issuer."""
    proper = [c for c in children(noun) if c.tag_ in ("NNP", "NNPS") and c.i < noun.i]
    if any(c.dep_ == "poss" for c in proper):
        return True
    return sum(_proper_words(c) for c in proper if c.dep_ == "compound") >= 2


def _proper_words(token: Token) -> int:
    """The proper nouns of a name compounded on ``token``, itself included ("Washington Post": 2)."""
    return 1 + sum(_proper_words(c) for c in children(token) if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS"))


def _issued_by(noun: Token) -> Token | None:
    """The subject of the verb that issues ``noun``, its object or its object through a preposition; the noun
    itself when it names its own issuer before it ("a withering Washington Post editorial that accuses")."""
    # "comments Clinton made during a speech attacking ...", "helped launch the movement with a March
    # speech denouncing ...": the verb the object's preposition hangs on issues it
    if noun.dep_ == "pobj" and noun.head.lower_ not in _ISSUING_PREPOSITIONS:
        return None  # "included millions of dollars in ads attacking ...": the ads speak
    if noun.text == noun.lower_ and names_its_issuer(noun):
        # "her campaign is planning to reprint a withering Washington Post editorial that accuses ...": a
        # document that names its own issuer speaks for that issuer, not for who reprints or sends it on (not
        # a title, "the government-commissioned Gershon Report which recommended", whose capitals name no issuer)
        return noun
    issuing = noun.head if noun.dep_ == "dobj" else noun.head.head
    if not is_verb(issuing) or passive(issuing) or issuing.lower_ in ANSWERING_FORMS:
        return None  # "denied a report claiming ...": the report speaks, not the one who denies it
    return subject_of(issuing)[0]


def holder_of_infinitive_noun(verb: Token):
    """"Trump has a rare chance to show that ...", "Federal investigators have no evidence to suggest
    that ...", "Trump went on to criticize the convention for its failure to mention ...": an infinitive on a noun
    (a chance, an effort, a refusal) says what its holder says, the subject of the nearest verb above
    the noun whose subject the noun is not (annotated news gives the words to that subject). The parser
    also makes such an infinitive a relative clause of an occasion of speaking: "Obama on Friday held an
    impromptu press briefing to brag that ..." (with "a press briefing" it reads "to brag" as a purpose clause of
    "held"); not of other nouns, whose relative infinitive is often no one's words ("every reason to believe
    they would see", "the site was supposed to be a forum to discuss": BBC)."""
    noun = verb.head
    relative = verb.dep_ == "relcl" and noun.lower_ in OCCASION_NOUNS
    if (verb.dep_ != "acl" and not relative) or noun.tag_ not in NOUN_TAGS or noun.i >= verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        return None
    if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in children(noun)):
        return None  # "Turkey's refusal to acknowledge ...": the named possessor (participle-noun) speaks
    below = noun
    for node in noun.ancestors:
        if is_verb(node):
            # "party procedures give the chair of the DNC authority to call ...": the one given the noun
            given = next((c for c in children(node) if c.dep_ == "dative" and c.i < noun.i), None)
            if given is not None and given.tag_ in NOUN_TAGS:
                return given
            own = next((c for c in children(node) if c.dep_ in SUBJECTS and c is not below), None)
            if own is not None:
                return own
        below = node
    return None


def participle_after_comma(verb: Token):
    """"Clinton ended a Democratic debate last December with a reference to the “Star Wars” sequel,
    remarking, “...”": a participle after a comma that the parser hung on a common noun of the clause
    before is that clause's: the subject of the verb the noun's phrase hangs on speaks, not the noun."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.i >= verb.i or noun.tag_ not in COMMON_NOUN_TAGS:
        return None
    if verb.doc[verb.i - 1].text != ",":
        return None
    above = _verb_above(noun)
    if noun.dep_ == "nsubj" and (above is None or above.i > verb.i):
        # "WeWork’s parent company, The We Company, announced on Sept. 30 that ..., shortly after Neumann
        # stepped down": the noun opens the sentence and the participle is its own verb; the parser hung
        # the noun on a verb after it, whose other subject is someone else
        return noun
    return subject_of(above)[0] if above is not None else None


def _verb_above(node: Token) -> Token | None:
    """The nearest verb above ``node`` in the parse (None at the root)."""
    while node.head.i != node.i:
        node = node.head
        if is_verb(node):
            return node
    return None


def listed_verb_read_as_participle(verb: Token):
    """"he asked about the Muslim Brotherhood, called Omar a “terrorist” and said, ...": a past-tense verb set off
    by a comma that the parser hung on the noun before it as a participle ("the Brotherhood, called ...") is the
    middle of a list of verbs when the verb whose phrase holds that noun has a conjunct after it ("asked ...,
    called ... and said"); the list's subject speaks, not the noun."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    node = verb.head
    while not is_verb(node) and node.head is not node:
        node = node.head
    if not is_verb(node) or node.i >= verb.i or not any(c.dep_ == "conj" and c.i > verb.i for c in children(node)):
        return None
    return _own_subject(node)


def participle_after_said_thing(verb: Token):
    """'Mr Blair derided Tory claims they could cut £35bn in "wasteful spending" saying the party had got its
    sums wrong', "rejected the Labour claims saying ...": a speech verb's participle with no comma before it
    that the parser hung on a speech noun ("claims") or on quoted words closing right before it: neither a
    claim nor quoted words speak, so the participle goes on with the clause that holds them, and the subject
    of its highest verb (not of a verb the claim reports, "they could cut") speaks."""
    noun, doc = verb.head, verb.doc
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or lemma_of(verb) not in SPEECH_VERBS or noun.i >= verb.i:
        return None
    quoted = noun.i == verb.i - 2 and doc[verb.i - 1].text in QUOTE_CHARS
    # not a document's noun: "issued a statement saying ..." is the statement's (a document speaks)
    said_thing = lemma_of(noun) in SPEECH_NOUNS and noun.lower_ not in DOCUMENT_HEADS
    if not quoted and (noun.i != verb.i - 1 or not said_thing):
        return None
    above = _verb_above(noun)
    while above is not None and above.dep_ in _REPORTED_CLAUSE and is_verb(above.head):
        above = above.head
    # the claim in the verb's object or phrase; "A US government claim accusing ... has been thrown out": the
    # claim is the subject, the participle its own
    return _own_subject(above) if above is not None and above.i < noun.i else None


def name_compounded_with_participle(verb: Token):
    """"The ad then cuts to footage of Trump saying, “...”": a speech verb's "-ing" the tagger read as a noun
    compounded with the name before it (``_participle_taken_for_noun`` in attribute.py makes it a cue); the
    name speaks, not the footage."""
    if verb.tag_ not in COMMON_NOUN_TAGS or not verb.lower_.endswith("ing") or verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    return name if name.tag_ in PROPN_TAGS and name.head.i == verb.i and name.dep_ == "compound" else None


def participle_noun(verb: Token):
    """"a video of the candidate saying ...": the noun the participle clause hangs from speaks."""
    if verb.dep_ == "acl" and verb.head.tag_ in NOUN_TAGS and verb.head.i < verb.i:
        return verb.head
    return None


def joined_to_inner_clause(verb: Token):
    """"Republicans were quick to chime in, with Donald Trump tweeting that it was a “disaster” for
    Clinton and asking, “...”", "Trump jumped onto his Twitter account — as he so often does — and
    retweeted ...", "telling CNN that Trump is a “faker” and questioning how ...": after "and", the
    parser joined the verb to the last verb of a clause inside another verb's clause; that verb's form
    is not its own and the outer verb's is, so the verb goes on with the outer one and shares its speaker."""
    head = verb.head
    if verb.dep_ not in ("conj", "advcl") or head.i >= verb.i or verb.doc[verb.i - 1].dep_ != "cc":
        return None
    if head.tag_ == verb.tag_ or head.dep_ not in _INNER_CLAUSES or not is_verb(head.head):
        return None
    outer = head.head
    if outer.tag_ != verb.tag_ or outer.i >= head.i or any(c.dep_ in SUBJECTS for c in children(verb)):
        return None
    return subject_of(outer)[0]


def conjunct_after_dash_aside(verb: Token):
    """"Mr. Biden suggested Mr. Trump had demonstrated a fondness for brutal leaders - ''He would have
    loved Stalin,'' Mr. Biden said twice - and repeatedly reminded the crowd of the stakes": a verb after
    "and" right after a dash-enclosed aside goes on with the clause before the aside, though the parser
    joined it to the aside's verb; that clause's speaker speaks (annotated news marks that mention)."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    doc, close = verb.doc, verb.left_edge.i - 1
    while close > 0 and (doc[close].dep_ == "cc" or doc[close].dep_ == "advmod"):
        close -= 1
    if close < 1 or doc[close].text not in DASH_TEXTS:
        return None
    opening = next((t.i for t in reversed(doc[max(0, close - _ASIDE_MAX_WORDS) : close]) if t.text in DASH_TEXTS), None)
    if opening is None or opening < 1 or not opening < verb.head.i < close:
        return None
    # the highest verb before the aside ("suggested"), not one of its clause ("had demonstrated")
    node, main = doc[opening - 1], None
    while True:
        main = node if is_verb(node) else main
        if node.head.i == node.i or node.head.i >= opening:
            break
        node = node.head
    return subject_of(main)[0] if main is not None else None


def coordinated_verb(verb: Token):
    """"He smiled and said ...": the subject of the coordinated verb, also when the parser hung
    the second verb as a clause of the first ("said that ... but said “...”"); a participle
    coordinated with one that has no subject of its own shares whatever speaker the first one
    has ("Romney went after Trump, calling it “disqualifying” and asserting that ...")."""
    coordinated = verb.dep_ == "conj" or (
        verb.i > 0 and verb.doc[verb.i - 1].dep_ == "cc" and verb.tag_ == verb.head.tag_ and verb.head.i < verb.i
    )
    if not coordinated or not (is_verb(verb.head) or _mistagged_verb(verb.head)):
        return None
    if _finite_after_infinitive(verb):
        return _subject_of_finite_above(verb.head)
    own = _nearer_conjunct_subject(verb) or _own_subject(verb.head)
    if own is not None and _opens_question(own) and verb.head.dep_ != "relcl":
        return _subject_above_question(verb.head)
    if own is not None or verb.head.i >= verb.i:
        return own
    # "Romney went after Trump ..., calling it “disqualifying” and asserting that ...": the first
    # participle found its speaker by another rule; the second shares it
    return subject_of(verb.head)[0]


def _mistagged_verb(head: Token) -> bool:
    """"George Zimmerman (left) shot and killed Trayvon Martin ..., but claimed self-defense" (a PolNeAR train
    caption): the parser tagged the sentence's first verb a noun ("(left) shot", a photograph's shot) yet gave it
    the sentence's subject; a root with a subject before it is the verb the coordinated verbs go on with."""
    return head.dep_ == "ROOT" and head.tag_ in NOUN_TAGS and any(
        c.dep_ in SUBJECTS and c.i < head.i for c in children(head)
    )


def _finite_after_infinitive(verb: Token) -> bool:
    """"Trump went after Hillary Clinton for following Obama's refusal to use the term as well and called for
    her to quit": the parser joined a past tense to an infinitive ("to use") inside the clause before it; a
    finite verb goes on with no infinitive, so it goes on with the finite verb above."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in FINITE_TAGS
        and head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(head))
    )


def _subject_of_finite_above(clause: Token) -> Token | None:
    """The subject of the nearest finite verb above the clause ("went" above "to use"); None when none has one."""
    for node in clause.ancestors:
        if is_verb(node) and node.tag_ in FINITE_TAGS:
            return _own_subject(node)
    return None


def _opens_question(subject: Token) -> bool:
    """"which approach", "what policy": a noun a wh-word determines stands inside an indirect question. Not
    a bare "what" ("what has been made available suggests that ...", a free relative, which PolNeAR train
    gives the words to) nor a clause ("What the Law Lords did was acknowledge ..., but say that ...")."""
    return subject.tag_ in NOUN_TAGS and subject.left_edge.tag_ in _WH_TAGS and subject.left_edge is not subject


def _subject_above_question(clause: Token) -> Token | None:
    """"Analysts are divided over which approach is best and say that ...": the parser joined "say" to the
    verb of the question ("is"), whose subject ("which approach") is no speaker; the verb the question
    hangs on holds the subject the two verbs share. None when no verb above has one."""
    node = clause
    for _ in range(_QUESTION_MAX_STEPS):
        if node.head.i == node.i:
            return None
        node = node.head
        own = _own_subject(node) if is_verb(node) else None
        if own is not None:
            return None if _opens_question(own) or own.lower_ in RELATIVE else own
    return None


def _nearer_conjunct_subject(verb: Token) -> Token | None:
    """"a group of rabbis called for a boycott of his speech, and the Anti-Defamation League strongly denounced
    Trump's rhetoric and said ...": the parser joined every verb to the first; the nearest conjunct before the
    verb with a subject of its own is the one it goes on with."""
    siblings = [c for c in children(verb.head) if c.dep_ == "conj" and verb.head.i < c.i < verb.i and is_verb(c)]
    for sibling in reversed(siblings):
        own = next((c for c in children(sibling) if c.dep_ in SUBJECTS and c.i < sibling.i), None)
        if own is not None:
            return own
    return None


def first_of_misread_list(verb: Token):
    """"Trump further summed up Clinton as “terrible,” denounced her record ... and said ...": the
    parser hung the first verb of the list on the cue as a clause of its own, with the list's
    subject. A clause before the cue, in the cue's tense, opened by no word that makes it
    subordinate ("When Trump spoke, ... said" has "when") and opening on its subject, is the list's
    first verb; its subject speaks. The cue must have no subject of its own."""
    if any(c.dep_ in SUBJECTS for c in children(verb)):
        return None
    for clause in children(verb):
        if clause.dep_ != "advcl" or clause.i > verb.i or clause.tag_ != verb.tag_:
            continue
        if any(c.dep_ in _LIST_OPENER_DEPS or c.tag_ in _LIST_OPENER_TAGS for c in children(clause)):
            continue
        subject = _own_subject(clause)
        # the list opens on its subject; not "What this is really about, believes Mr Blair, is ..."
        if subject is not None and subject.left_edge.i == clause.left_edge.i:
            return subject
    return None


def before_dash_aside(verb: Token):
    """"looping the streets around the stadium - where the Panthers played - while chanting":
    a participle after a parenthetical set off by dashes belongs to the clause before it."""
    if verb.tag_ != "VBG" or any(c.dep_ in SUBJECTS for c in children(verb)):
        return None
    before = before_parenthetical(verb)
    if before is None or before.i >= verb.left_edge.i:  # leftwards only: no cycles
        return None
    subject, _ = subject_of(before)
    return subject if subject is not None else NOBODY


def participle_after_clause(verb: Token):
    """"Bloomberg pegged him at $2.9 billion, which Mr. Trump called ''a disgrace,'' blaming Michael R.
    Bloomberg", "... the Trump Taj Mahal, where about 50 protesters had gathered on Wednesday morning,
    chanting “...”", "a speech ..., when Sanders protesters interrupted her speech, shouting “...”": a
    participle right after the comma that ends a relative, adverbial or coordinated clause goes on with that
    clause, though the parser hung it on the verb above; the clause's own subject speaks. Not a clause
    opened by a subordinator or "to" ("apologized after they came out, saying") or by no comma or dash
    ("declined to speculate upon when the U.S. government would sell ..., saying"), nor a relative
    pronoun ("Clinton, who ..., saying": the noun before it, for the other rules), nor a clause inside
    reported words ("said Trump lies and Clinton cheats, adding": the report goes on)."""
    doc, head = verb.doc, verb.head
    # the comma may stand inside the closing mark: "called ''a disgrace,'' blaming"
    comma = verb.i - 2 if verb.i > 2 and doc[verb.i - 1].text in QUOTE_CHARS else verb.i - 1
    if verb.tag_ != "VBG" or comma < 1 or doc[comma].text != "," or head.i >= verb.i:
        return None
    if verb.dep_ not in DEPS.climbing or any(c.dep_ in SUBJECTS for c in children(verb)):
        return None
    clause = _closed_clause(doc[comma - 1], head)
    own = next((c for c in children(clause) if c.dep_ in SUBJECTS), None) if clause is not None else None
    if own is None or own.lower_ in RELATIVE or any(t.tag_ in _WH_TAGS for t in own.subtree):
        return None
    return own


def _closed_clause(last: Token, head: Token) -> Token | None:
    """The highest relative, adverbial or coordinated clause between ``last`` (the word before the comma)
    and ``head``, set off before and not subordinated: "Beattie, whose dismissal put Everton on the back
    foot in a game they ultimately lost 1-0, saying" is "put" (whose subject is no speaker), not "lost"."""
    node, clause = last, None
    while node.head.i != node.i and node.head is not head:
        node = node.head
        if node.dep_ in _REPORTED_CLAUSE:
            return None
        if is_verb(node) and node.dep_ in _CLOSED_CLAUSES and not _subordinated(node) and _set_off_before(node):
            clause = node
    return clause


def _set_off_before(verb: Token) -> bool:
    """A comma or dash opens the clause ("..., which Mr. Trump called"); not a question inside the sentence
    ("declined to speculate upon when the U.S. government would sell its stake in the company, saying")."""
    start = verb.left_edge.i
    return start > 0 and (verb.doc[start - 1].text == "," or verb.doc[start - 1].text in DASH_TEXTS)


def _subordinated(verb: Token) -> bool:
    """A clause opened by a subordinator or an infinitive's "to": "apologized for the columns after they came
    out, saying", "called for Trump to drop out of the race, calling": the participle goes on with the clause above."""
    return any(c.dep_ == "mark" or c.tag_ == "TO" for c in children(verb))


def participle_before_its_quote(verb: Token):
    """"Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, “Some people get a
    little carried away, have you noticed that?”": the parser hung the participle after the comma on a verb
    of the quote it introduces; it goes on with the clause before the comma, whose highest verb's subject
    speaks (the quote's own subject, "Some people", is no speaker)."""
    doc, head = verb.doc, verb.head
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != "," or head.i <= verb.i:
        return None
    if any(c.dep_ in SUBJECTS for c in children(verb)):
        return None
    if not any(t.text in QUOTE_CHARS for t in doc[verb.i + 1 : head.i]):
        return None  # "..., saying he would ...": the words after it are its own clause
    main = _highest_verb_over(doc[verb.i - 2], verb.i)
    return _own_subject(main) if main is not None else None


def _highest_verb_over(word: Token, limit: int) -> Token | None:
    """The highest verb above ``word`` (or ``word`` itself) that stands before ``limit``."""
    node, main = word, (word if is_verb(word) else None)
    while node.head.i != node.i and node.head.i < limit:
        node = node.head
        main = node if is_verb(node) else main
    return main


def participle_after_subordinate_clause(verb: Token):
    """"Hannity said during a panel after the first-term senator easily won his Senate primary, remarking
    that ...": a participle after the comma that ends a clause opened by a subordinator ("after", "when",
    "as") goes on with the clause that one hangs on, though the parser hung it on the subordinate verb;
    that clause's speaker speaks when it reports speech, not the subordinate clause's subject (who won, not
    who remarks)."""
    doc, head = verb.doc, verb.head
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != "," or not head.i < verb.i:
        return None
    if verb.dep_ not in DEPS.climbing or any(c.dep_ in SUBJECTS for c in children(verb)):
        return None
    if head.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS for c in children(head)):
        return None  # "Clinton asks as a maintenance guy walks in front of her, saying": the scene's actor speaks
    upper = head.head
    if not is_verb(upper) or upper.i >= head.left_edge.i or lemma_of(upper) not in REPORTING_VERBS:
        return None  # "The fracas erupted after the tycoon entered the race ..., calling them rapists": no report
    return subject_of(upper)[0]


def subject_of_pseudo_cleft(verb: Token):
    """"all she could do was shout ''Yessss!''", "the meanest he ever really got was to label ...": a verb
    that completes a copula whose subject ("all", "the meanest") carries a relative clause with a subject of
    its own; that clause's subject does the verb, not the word the copula's subject stands on."""
    copula = verb.head
    if verb.dep_ not in DEPS.climbing or copula.lower_ not in _COPULAS or copula.i >= verb.i:
        return None
    subject = next((c for c in children(copula) if c.dep_ == "nsubj" and c.i < copula.i), None)
    clause = next((c for c in children(subject) if c.dep_ == "relcl"), None) if subject is not None else None
    if clause is None or clause.i >= copula.i:
        return None
    own = next((c for c in children(clause) if c.dep_ == "nsubj"), None)
    if own is None or own.lower_ in RELATIVE or own.tag_ in _WH_TAGS:
        return None  # "the man who was there was shouting": the relative pronoun stands for the subject
    return own


def participle_after_passive_agent(verb: Token):
    """"Motley Crue guitarist Mick Mars is being sued by his ex-girlfriend for $10 million, claiming he broke a
    promise": a participle after a comma hung on a passive with a by-agent speaks for the agent, who does the
    passive's deed, not for its subject. Not when a verb stands between the agent and the participle ("Mido was
    axed by former coach Marco Tardelli after failing to answer a call-up, claiming he had a groin injury": the
    clause between turns back to the subject), nor after a passive of asking ("was pressed by reporters, saying":
    the one asked answers), nor when the passive's subject is a document ("a new report was published by the Institute
    of Fiscal Studies, suggesting that ...": the report says it)."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.i >= verb.i or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJECTS for c in children(verb)) or not passive(head) or head.lower_ in _ASKED:
        return None
    if any(c.dep_ == "nsubjpass" and c.lower_ in DOCUMENT_HEADS for c in children(head)):
        return None
    agent = next((c for c in children(head) if c.dep_ == "agent"), None)
    if agent is None or any(is_verb(t) for t in verb.doc[agent.i + 1 : verb.i]):
        return None
    return _pobj(agent)


def climbed(verb: Token):
    """"was quoted as saying", "went on to say", "said, going on to say", "began by saying",
    "despite admitting", "was quick to add": climb to the verb that has the subject (through an
    adjective that completes a copula, whose subject is the adjective's). A participle with no subject
    of its own shares the main clause's, even after "while" ("marched while chanting, “...”"), also
    when another rule found that clause's speaker ("“...,” said Skelly, explaining he worked ...")."""
    node = verb
    for _ in range(3):
        participle = node.tag_ == "VBG" and not any(c.dep_ in SUBJECTS for c in children(node))
        if node.dep_ not in DEPS.climbing or (subordinate(node) and not participle) or node.head.i == node.i:
            return None
        node = node.head
        if node.tag_ == "IN" and node.head.i != node.i:  # "by saying", "despite admitting"
            prep, node = node, node.head
            held = _held_to_account(prep, node)
            if held is not None:
                return held
            node = _clause_despite(prep, node)
        if node.dep_ == "acomp":  # "was quick to add", "were not willing to say"
            node = _copula_of_adjective(node)
            if node is None:
                return None
        if not is_verb(node):
            return None
        reporter = _reporter_above(verb, node)
        if reporter is not None:
            return reporter
        found = _subject_or_first_conjunct(node)
        if found is None and finite_taken_for_participle(node):
            # "Donald Trump, who is vying to be the next president, tweeted on Friday to say he had never ...": the
            # parser read the finite verb as a participle hung on the name; that noun does the infinitive too
            found = node.head
        if found is None and node.tag_ in FINITE_TAGS:
            # "Giuliani, who backs Trump, trashed Comey ..., calling it": the parser lost the subject;
            # "“...,” said Skelly, explaining he worked ...": the verb's speaker stands after it
            found = antecedent_of_aside(node) or subject_of(node)[0]
        if found is not None:
            return found
    return None


def _held_to_account(prep: Token, verb: Token) -> Token | None:
    """"UKIP have suspended a candidate for allegedly suggesting ...", "to sack somebody for telling the truth": a
    "for" gerund on a verb of a sanction on its object is what the object did; the object speaks, not the verb's
    subject. Not a verb of criticism ("criticized Obama for proposing", the critic's words), nor a passive ("was
    suspended for saying", whose subject is the one sanctioned)."""
    if prep.lower_ not in _ACCOUNTING_PREPOSITIONS or verb.lower_ not in _ACCOUNTING_FORMS or passive(verb):
        return None  # ("who was fined £15,000 in December for accusing ...": the sum is no one)
    return next((c for c in children(verb) if c.dep_ == "dobj" and c.i < prep.i), None)


def _clause_despite(prep: Token, verb: Token) -> Token:
    """"will allow the dollar to weaken despite saying they favour a strong currency": a concessive gerund the
    parser hung on an infinitive with a subject of its own goes with the finite clause above it, whose subject
    says it (not "the dollar"); the verb whose subject is sought."""
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))
    if prep.lower_ in _CONCESSIVE and infinitive and verb.dep_ in ("ccomp", "xcomp") and is_verb(verb.head):
        return verb.head
    return verb


_ACCOUNTING_FORMS = verb_forms(LEXICON.accounting_verbs, ())
_ACCOUNTING_PREPOSITIONS = frozenset({"for"})
_CONCESSIVE = frozenset(LEXICON.concessive_prepositions)


def _copula_of_adjective(adjective: Token) -> Token | None:
    """The verb an adjective completes ("Trump was quick to add"), when its subject is a noun phrase that
    does it. Not when the subject stands for the words after the adjective ("it's worth pointing out that
    ...", "it is easy to say": no one says those), nor after an adjective of capacity ("were able to
    observe": what they could do), nor when the subject is what is done ("The claim is hard to believe")."""
    verb = adjective.head
    # (a comparative compares: "The system is cheaper than installing and maintaining ...")
    if verb.i == adjective.i or adjective.lower_ in _CAPACITY | _OBJECT_RAISING or adjective.tag_ != "JJ":
        return None
    subject = next((c for c in children(verb) if c.dep_ in SUBJECTS), None)
    if subject is None or subject.dep_ != "nsubj":
        return None
    # ("It was keen to point out that": one who is keen is someone, not the infinitive extraposed)
    if subject.lower_ in _EXTRAPOSING and adjective.lower_ not in _WILLINGNESS:
        return None
    return verb


def _reporter_above(participle: Token, node: Token) -> Token | None:
    """"Cruz said last week that Trump represents “New York values,” stating during the debate that
    ...", "The two lawmakers argue that “there is precedent,” citing ...", "Gore insisted it was
    “premature” to back Clinton while adding, “...”": a participle after a comma or a subordinator
    ("while") that the parser hung on a verb of a reported clause goes on with the report; the
    reporting verb's subject speaks, not the reported clause's."""
    doc = participle.doc
    before = doc[max(0, participle.i - 2) : participle.i]
    if participle.tag_ != "VBG" or not any(t.text == "," or t.dep_ == "mark" for t in before):
        return None
    if node.dep_ in _REPORTED_CLAUSE and _stance_adjective(node):
        return _own_subject(node.head)  # "She was adamant that she and the company keep ..., telling"
    if node.dep_ not in _REPORTED_CLAUSE or not is_verb(node.head) or lemma_of(node.head) not in REPORTING_VERBS:
        return None
    if _after_quote(next((c for c in children(node) if c.dep_ in SUBJECTS), node)):
        return None  # 'Grayson said Randolph “would have no chance,” the source recalled, adding': the outer cue
    return next((c for c in children(node.head) if c.dep_ in SUBJECTS and c.i < node.head.i), None)


def _stance_adjective(clause: Token) -> bool:
    """"She was adamant that she and the company keep the upper hand, telling Keyworth they wouldn't ...": the
    clause hangs on a copula whose adjective says what its subject holds ("was adamant", "is confident")."""
    copula = clause.head
    return is_verb(copula) and any(
        c.dep_ == "acomp" and c.tag_ in _ADJECTIVE_TAGS and copula.i < c.i < clause.i for c in children(copula))


def _after_quote(subject: Token) -> bool:
    """The subject's phrase follows a closing quotation mark (an even count of marks up to it), with
    or without a comma between; not an opening one ("adding of Mr. Trump, ''He cares ...''")."""
    doc, i = subject.doc, subject.left_edge.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].text in QUOTE_CHARS and sum(t.text in QUOTE_CHARS for t in doc[: i + 1]) % 2 == 0


def _subject_or_first_conjunct(node: Token) -> Token | None:
    """The verb's subject, else (for "appeared on MSNBC and began by saying") the first verb's."""
    own = _own_subject(node)
    if own is not None or node.dep_ != "conj" or not is_verb(node.head):
        return own
    return _own_subject(node.head)


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject; of two, the one after a comma, dash or bracket: "Speaking at a town hall
    event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff”", "Washington (AFP)
    – Democrat Hillary Clinton has taken a swipe at ..., saying": the parser also made the place before
    the name a subject. Not "A US rapper awaiting trial for murder has filmed ...", one phrase, nor
    "Others, however, who had stayed out ..., continued to warn", a relative pronoun."""
    subjects = [c for c in children(verb) if c.dep_ in SUBJECTS]
    own = subjects[0] if subjects else None
    for later in subjects[1:]:
        if later.lower_ in RELATIVE or not _right_before(later, verb):
            continue
        if any(t.is_punct and t.text != "-" for t in verb.doc[own.i + 1 : later.left_edge.i]) or _name_after_role(
            own, later
        ):
            own = later
    return own


def _name_after_role(role: Token, name: Token) -> bool:
    """"Kenteris' lawyer Gregory Ioannidis described ... but told BBC Sport ...": the parser made the role and
    the name it titles two subjects of one verb; the name, right after the role, is the speaker, as
    ``nearest_subject`` reads it for the first verb."""
    return role.tag_ in COMMON_NOUN_TAGS and name.tag_ in PROPN_TAGS and role.right_edge.i + 1 == name.left_edge.i


def _right_before(subject: Token, verb: Token) -> bool:
    """Only auxiliaries and adverbs stand between the subject's phrase and the verb ("Clinton has
    taken"); not a quotation mark ("Ryan, despite admitting ..., the victims “do need ...”")."""
    between = verb.doc[subject.right_edge.i + 1 : verb.i]
    return all(t.dep_ in _BETWEEN_SUBJECT_AND_VERB for t in between)


# Tried in order; the first answer wins.
SUBJECT_RULES: tuple[tuple[str, Callable[[Token], object]], ...] = (
    ("subject:quoted-as-saying", quoted_as_saying),
    ("subject:passive-agent", passive_agent),
    ("subject:document-framing-passive", document_framing_passive),
    ("subject:participle-agent", participle_agent),
    ("subject:has-taken-for-is", has_taken_for_is),
    ("subject:passive-as-by", passive_as_by),
    ("subject:relative-issuer", relative_issuer),
    ("subject:asked-question", asked_question),
    ("subject:feeling-object-before-colon", feeling_object_before_colon),
    ("subject:document-held-before-colon", document_held_before_colon),
    ("subject:name-before-unclosed-apposition", name_before_unclosed_apposition),
    ("subject:name-after-reported-words", name_after_reported_words),
    ("subject:name-after-uncommaed-cue", name_after_cue_without_comma),
    ("subject:inverted-aside", speaker_in_inverted_aside),
    ("subject:name-in-inverted-aside", name_in_inverted_aside),
    ("subject:occasion-holder", occasion_holder),
    ("subject:name-before-post-nominal", name_before_post_nominal),
    ("subject:nsubj", nearest_subject),
    ("subject:name-taken-for-modal", name_taken_for_modal),
    ("subject:raised-from-passive", raised_from_passive),
    ("subject:unnamed-asker", unnamed_asker),
    ("subject:inverted-after-quote", inverted_after_quote),
    ("subject:inverted-after-inner-cue", inverted_after_inner_cue),
    ("subject:inverted-after-reported-clause", inverted_after_reported_clause),
    ("subject:lost-before-cue", lost_before_cue),
    ("subject:name-before-time", name_before_time),
    ("subject:described-name-after-list", described_name_after_list),
    ("subject:lost-coordinated-names", lost_coordinated_names),
    ("subject:speaker-after-fronted-hearer", speaker_after_fronted_hearer),
    ("subject:hung-on-preposed-phrase", hung_on_preposed_phrase),
    ("subject:antecedent-of-aside", antecedent_of_aside),
    ("subject:aside", subject_in_aside),
    ("subject:name-before-aside", name_before_aside),
    ("subject:name-before-participle", name_before_participle),
    ("subject:caused-object", caused_object),
    ("subject:left-object", left_object),
    ("subject:noun-before-infinitive", noun_before_infinitive),
    ("subject:extraposed-infinitive", extraposed_infinitive),
    ("subject:issuer", issuer),
    ("subject:issuer-to-addressee", issuer_to_addressee),
    ("subject:occasion-participle-holder", occasion_participle_holder),
    ("subject:holder-of-infinitive-noun", holder_of_infinitive_noun),
    ("subject:participle-after-comma", participle_after_comma),
    ("subject:listed-verb-read-as-participle", listed_verb_read_as_participle),
    ("subject:participle-after-said-thing", participle_after_said_thing),
    ("subject:name-compounded-with-participle", name_compounded_with_participle),
    ("subject:participle-noun", participle_noun),
    ("subject:joined-to-inner-clause", joined_to_inner_clause),
    ("subject:conjunct-after-dash-aside", conjunct_after_dash_aside),
    ("subject:coordinated-verb", coordinated_verb),
    ("subject:first-of-misread-list", first_of_misread_list),
    ("subject:before-dash-aside", before_dash_aside),
    ("subject:participle-after-clause", participle_after_clause),
    ("subject:participle-before-its-quote", participle_before_its_quote),
    ("subject:participle-after-subordinate-clause", participle_after_subordinate_clause),
    ("subject:pseudo-cleft", subject_of_pseudo_cleft),
    ("subject:participle-after-passive-agent", participle_after_passive_agent),
    ("subject:climbed", climbed),
)


@per_token
def subject_of(verb: Token) -> tuple[Token | None, str | None]:
    """The head of the speaker's noun phrase for a cue verb and the id of the rule that found it;
    (None, the rule's id) when a rule read a shape that names no speaker, so the attribution says why."""
    for rule_id, rule in SUBJECT_RULES:
        found = rule(verb)
        if found is NOBODY:
            return None, rule_id
        if found is not None:
            return found, rule_id
    return None, None
