"""Put marks, attributions and names together into an article's Quotes.

This is the article-level step: it sees every marked quotation and every
attribution found in the parsed frames, decides which cue and speaker each
quote gets (direct, mixed, indirect, nested), carries speakers over to
quotes that continue someone's words without a cue of their own, resolves
the speaker mentions to names, and adds figures (entities come later, from entities.py).

``assemble`` is a sequence of passes, each taking the drafts so far and
returning new ones (in order: ``_marked_drafts``, ``_reported_drafts``,
``_embedded_tweets``, ``_carry_over``, ``_carried_backshift``, ``_note_speakers``, ``_resolve_speakers``, ``_quotes``,
``_link_late_parents``); a pass that decides something about a quote records its
rule id ("assembly:...") in the draft, and the Quote carries the ids after the
attribution's own (``Quote.rules``). The one pass that writes outside its
result is ``_note_speakers``: the name index learns who speaks where, which
pronoun resolution reads (names.inarticle).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date

from ..models import Article, Cue, Quote, QuoteKind, Span, Speaker
from ..names.inarticle import (
    NEUTER,
    Holder,
    Mention,
    NameIndex,
    known_gender,
    pronoun_gender,
    repaired_name,
    resolve_with_rule,
)
from .attribute import Attribution
from .figures import find_figures
from .frames import FORM_TO_LEMMA, Frame
from .lexicon import LEXICON
from .marks import MarkedQuote
from .placement import (
    adjoins,
    enclosing_quote,
    has_marks,
    misread_content,
    only_cue_between,
    only_cue_outside,
    only_glue,
    opens_sentence,
    overlaps_any,
    paragraph_of,
    resumes,
    sentence_of,
    trim,
    words,
    words_in,
)
from .rules import (
    ALL_MARKS,
    DOCUMENT_HEADS,
    GENDER_WORDS,
    GROUP_HEADS,
    ORG_NOUNS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TITLES,
)
from .subjects import ANSWERING_FORMS
from .syntax import HANDING_ON_MARKS, PERSONAL_RELATIVES
from .verbless import LABEL, Excerpt, find_excerpts, find_tweets, find_verbless, name_colon

__all__ = ["RULES", "assemble"]

# A marked quote this short with no cue is a scare quote or a title, not speech.
_MIN_UNATTRIBUTED_WORDS = 4
# How far (in characters) from a quote its cue can stand: a long sentence's reach.
_REACH = 1500
_CLAUSE_MARKS = frozenset(LEXICON.clause_opening_marks)
_CLAUSE_WORDS = frozenset(LEXICON.clause_opening_words)
_SUBORDINATING = frozenset(LEXICON.subordinating_words)
# Unattributed fragments inside a sentence need this many words to be kept.
_MIN_MIDSENTENCE_WORDS = 10
# Reported words shorter than this (in characters) are glue or a fragment the parse split off, not speech ...
_MIN_INDIRECT_CHARS = 12
# ... except what a call asks for, named by its particle ("for", "on"): "Donald Trump was calling for change",
# "14 national anti-doping organizations called for the ban" (PolNeAR train annotates each such call)
_CALL_PARTICLES = frozenset(LEXICON.call_particles)
# ... and the words that stand for what is asked without naming it ("what", "it", "that")
_STANDING_FOR_WHAT = frozenset(LEXICON.naming_relatives) | frozenset(LEXICON.not_characterising)
# ... and a pledge's infinitive that ends in its particle: "they vowed to fight on"
_INFINITIVE_PARTICLES = frozenset(LEXICON.infinitive_particles)
_PLEDGING_CUES = frozenset(LEXICON.pledging_cues)

# Every rule id assembly records, with the shape it reads (the docstrings say more).
RULES = {
    "assembly:cue-content": "the quote stands inside the words a cue reports",
    "assembly:cue-adjoins": '"...," he said / He said: "..."',
    "assembly:infinitive-particle": "they vowed to fight on: a pledge's short infinitive ending in its particle",
    "assembly:direct": "the quoted words are all the cue reports",
    "assembly:mixed": "a quoted fragment inside reported speech",
    "assembly:transcript-label": "PENCE: Well, ...",
    "assembly:dash-after": '"..." ― Jane Doe',
    "assembly:dash-before": "Mitt Romney -- ''...''",
    "assembly:signature": '"...\nJane Roe, Policy Institute."',
    "assembly:name-colon": 'Clinton: "..." / a roundup line: headline - Name: "..."',
    "assembly:embedded-tweet": "an embedded tweet's words, then '— Jane Roe (@janeroe) November 18, 2019'",
    "assembly:credited-excerpt": "a roundup's excerpt of a review, then its outlet's line '[ Engadget ]'",
    "assembly:colon-block": "Hewitt writes: ¶ The movie mentions neither ...: a paragraph with no quotation marks "
    "after a cue paragraph ending in a colon is the cue's quote",
    "assembly:adjoining-cue-first": '"A," Trump said, after Doe said ...: the quote is the adjoining cue\'s, though '
    "the parse hung it on the later one",
    "assembly:cue-before": 'Bystrom agreed. "..." / Clinton shared her anxiety with an audience, "..."',
    "assembly:cue-before-paragraph": 'Howard continued his scathing remarks. ¶ "..."',
    "assembly:uncued": "quoted words with no cue, long enough or opening their sentence",
    "assembly:lost-speaker": 'Earlier, Mr. Doe ... posted on Twitter that "..." (the parse lost the subject)',
    "assembly:indirect": "reported speech no marked quote accounts for",
    "assembly:nested": "speech reported inside a quote",
    "assembly:cue-interrupts": '"A," he said. "B.": one quote around its cue',
    "assembly:continues": '"A," he said. "B." "C.": a quote with no cue goes on with the previous speaker, '
    "same paragraph (joins the quote before when that is quoted words)",
    "assembly:continues-next-paragraph": "... or in the next paragraph",
    "assembly:carried-paragraph": '"A," said X. ¶ "B.": a next paragraph\'s quote after a closed one is a quote of '
    "its own, X's (PolNeAR's scorer joins it to A, as PolNeAR annotates it)",
    "assembly:carried-after-narrative": '"A," said X. The writer\'s own sentences. "B.": in one paragraph, B is a '
    "quote of its own, X's (PolNeAR's scorer joins it to A, as for carried-paragraph)",
    "assembly:continues-past-tweet": 'X said in a statement: "A. ¶ <embedded tweet> ¶ "B.": an unclosed quote goes on '
    "past a tweet set inside it",
    "assembly:carried-backshift": "X said the plan was dead. It would be replaced next year.: a sentence with a past "
    "modal and no cue right after someone's words in their paragraph is their reported speech carried on",
    "assembly:subject-before": 'X said. Y wants ... . "B": uncued words after a sentence whose subject is another '
    "named person are that person's, not a piece of X's quote",
    "assembly:cue-clause-aside": '"A," said X, who noted that ... . "B": B goes on with X, not the aside',
    "assembly:outer-source-after": 'Nothing the president said "will assuage fears," the senator said: the senator\'s',
    "assembly:outer-source": '"A," X said, according to Y / X said "A," Y recalled: the quote is Y\'s',
    "assembly:same-person-outer": 'Clinton acknowledged that she had misspoken when she claimed "...": the '
    "outer mention of the person the pronoun stands for",
    "assembly:parenthetical-source": 'CNN, Cruz said, called it "highly significant": the quote is Cruz\'s',
    "assembly:cue-between": 'X scolded him: "A," she said. "B.": B is hers, the cue between is its own',
    "assembly:sentence-pronoun": 'He also seeks "a permanent injunction": the pronoun opening the sentence speaks',
    "assembly:paragraph-cue": 'Obama said: "A. ¶ "B," Obama said. "C.": the last paragraph is the second cue\'s',
    "assembly:sentence-subject": 'Later, Trump issued a statement, "A": the person the sentence opens with speaks',
    "assembly:sentence-description": 'A friend referred to him as "A": the described subject the sentence opens '
    "with speaks",
    "assembly:sentence-cue": 'His campaign protested that ... "A": the verb of speech before in the sentence speaks',
    "assembly:clause-pronoun": 'Trump tweaked his promise when he announced his running mate, calling Pence "my '
    'partner": the pronoun subject of the clause nearer the quote, not the name the sentence opens with',
    "assembly:naming-pronoun": 'Cruz has railed against what he calls the "Washington cartel": the person the '
    "sentence opens with, whom the pronoun stands for",
    "assembly:contrast-clause-cue": "The mayor conceded some delays, even as she defended the plan: the clause "
    "\"even as\" opens reports her own words, not the mayor's",
    "assembly:object-speaks": "The campaign director has denied a report claiming he warned the leader: the report "
    "says the words, not the one who denies it",
    "assembly:relative-speaks": "Trump mocked Carson's story, an event that Carson says led him to Christ: the "
    "relative clause's own speaker says the words, not the act around it",
    "assembly:carried-saying": "Trump continued to question whether ...: the verb of saying that \"continued\" "
    "carries reports the clause; \"continued\" reports only quoted words",
    "assembly:repeated-speech-noun": "The prime minister ..., repeating his insistence that ...: the speech noun a "
    "quote-only verb takes as object reports its clause",
    "assembly:announced-saying": "Mr Brown is expected to say that ...: the verb of speech after \"expected to\" "
    "reports the clause, a speech announced",
}


@dataclass(frozen=True, slots=True)
class _Draft:
    spans: tuple[Span, ...]
    kind: QuoteKind
    att: Attribution | None
    confidence: float
    marked: int | None = None  # index of the marked quote
    parent_marked: int | None = None  # for nested speech
    continued: bool = False  # carries the speaker of an earlier quote
    rules: tuple[str, ...] = ()
    spoken_on: date | None = None  # when the text says the words were said (an embedded tweet's date)


@dataclass(frozen=True, slots=True)
class _Scene:
    """What every pass reads: the article's text, its marked quotes and its attributions."""

    article: Article
    marked: list[MarkedQuote]
    sentences: list[Span]
    attributions: list[Attribution]
    inner_of: list[int | None]  # the marked quote a cue stands inside, by attribution
    by_cue: list[int]  # attributions by cue offset, so a quote looks only at cues within reach
    cue_starts: list[int]
    framed_quotes: frozenset[int]
    names: NameIndex
    marked_starts: list[int]

    @property
    def text(self) -> str:
        return self.article.text

    def near(self, span: Span) -> list[int]:
        """Attributions whose cue starts within reach of ``span``: keeps quote-dense articles linear."""
        lo = bisect.bisect_left(self.cue_starts, span.start - _REACH)
        hi = bisect.bisect_right(self.cue_starts, span.end + _REACH)
        return self.by_cue[lo:hi]


def _scene(article, marked, sentences, frames, attributions, names) -> _Scene:
    marked_starts = [mq.start for mq in marked]
    by_cue = sorted(range(len(attributions)), key=lambda ai: attributions[ai].cue.start)
    return _Scene(
        article=article, marked=marked, sentences=sentences, attributions=list(attributions),
        # a cue inside quoted words reports speech within the quote, never the quote itself
        inner_of=[enclosing_quote(marked, marked_starts, att.cue) for att in attributions],
        by_cue=by_cue, cue_starts=[attributions[ai].cue.start for ai in by_cue],
        framed_quotes=frozenset(f.inside_quote for f in frames if f.inside_quote is not None), names=names,
        marked_starts=marked_starts,
    )


def assemble(
    article: Article,
    marked: list[MarkedQuote],
    sentences: list[Span],
    frames: list[Frame],
    attributions: list[Attribution],
    names: NameIndex,
    *,
    holder: Holder | None = None,
) -> list[Quote]:
    """The article's quotes, in text order, from its marked quotes and attributions.

    ``names`` learns which people speak where (pronoun resolution reads it); the other inputs are not changed.
    """
    scene = _scene(article, marked, sentences, frames, attributions, names)
    quoted, used = _marked_drafts(scene)
    drafts = sorted(quoted + _reported_drafts(scene, quoted, used), key=lambda d: d.spans[0].start)
    drafts = _embedded_tweets(scene, drafts)
    drafts = _credited_excerpts(scene, drafts)
    drafts = _colon_blocks(scene, drafts)
    drafts = _carry_over(scene, drafts)
    drafts = _carried_backshift(scene, drafts)
    _note_speakers(drafts, names)
    resolved = _resolve_speakers(scene, drafts, holder)
    return _link_late_parents(_quotes(scene, drafts, resolved))


# --- pass 1: marked quotes ------------------------------------------------------------


def _marked_drafts(scene: _Scene) -> tuple[list[_Draft], frozenset[int]]:
    """A draft for every marked quote that has a cue, a verbless attribution or enough words,
    and the attributions those cues used."""
    drafts: list[_Draft] = []
    used: set[int] = set()
    made_up = 0  # verbless attributions, numbered after the parsed ones
    last_mixed: Span | None = None
    for mi, mq in enumerate(scene.marked):
        if last_mixed is not None and last_mixed.contains(mq.outer):
            continue  # a second quoted fragment of the same reported clause
        labelled = name_colon(scene.text, mq, len(scene.attributions) + made_up)
        best = _best_cue(scene, mq, used) if labelled is None else None
        if labelled is not None:
            made_up += 1
            draft = _verbless_draft(mi, labelled)
        elif best is not None:
            first = _adjoining_cue_first(scene, mq, best[1], used)
            best = (1, first) if first is not None else best
            used.add(best[1])
            draft = _cued_draft(scene, mi, mq, best[0], scene.attributions[best[1]])
            source = _other_source(scene, mq, best[1], used, draft.kind)
            if source is not None:
                # a parenthetical cue (score 0) still reports its own words before it as reported speech
                used.update(source[:1] if source[2] else ())
                draft = _sourced_draft(scene, mi, mq, draft, source)
            else:
                drafts.extend(_paragraph_cue_drafts(scene, mi, mq, best, used))
                draft = drafts.pop()
                if _in_contrast_clause(scene, mq, draft.att):
                    draft = dataclasses.replace(draft, rules=(*draft.rules, "assembly:contrast-clause-cue"))
            if first is not None:
                draft = dataclasses.replace(draft, rules=(*draft.rules, "assembly:adjoining-cue-first"))
            last_mixed = draft.spans[0] if draft.kind is QuoteKind.MIXED else last_mixed
        else:
            found = find_verbless(scene.text, mq, len(scene.attributions) + made_up, scene.names)
            made_up += found is not None
            draft = _verbless_draft(mi, found) if found is not None else _uncued_draft(scene, mi, mq, drafts)
            before = _cue_before(scene, mi, mq, used) if found is None and draft is not None else None
            if before is not None:
                used.add(before)
                draft = _cue_before_draft(scene, draft, scene.attributions[before], mq)
            elif found is None and draft is not None:
                draft = _sentence_subject_draft(scene, _sentence_pronoun_draft(scene, draft, mq), mq)
                draft = _sentence_cue_draft(scene, draft, mq, used)
                draft = _sentence_description_draft(scene, draft, mq)
        if draft is not None:
            drafts.append(_naming_pronoun_draft(scene, _lost_speaker_draft(scene, draft)))
    return drafts, frozenset(used)


def _paragraph_cue_drafts(
    scene: _Scene, mi: int, mq: MarkedQuote, best: tuple[int, int], used: set[int]
) -> list[_Draft]:
    """The quote's drafts, two when assembly:paragraph-cue splits it: 'Obama said: "There's no magic
    to the phrase ... It's not a strategy. ¶ "Calling a threat by a different name does not make it go
    away," Obama said. "Not once ..."': a quote run over paragraphs whose last paragraph, reopened,
    has a cue of its own right after its closing mark while its first paragraphs have another; annotated
    news gives the last paragraph to its own cue and the ones before to the first (as it would were the
    first paragraph closed)."""
    score, ai = best
    last = _last_paragraph(scene, mq)
    att = scene.attributions[ai]
    if last is None or att.cue.end > last.open_mark or _introduces_next(scene, mi):
        return [_cued_draft(scene, mi, mq, score, att)]
    for oi in scene.near(last.outer):
        o = scene.attributions[oi]
        if oi in used or oi == ai or scene.inner_of[oi] is not None or o.speaker is None:
            continue
        if min(o.cue.start, o.speaker.start) > last.close_mark and adjoins(scene.text, o, last):
            used.add(oi)
            head = MarkedQuote(mq.pieces[:-1], mq.open_mark, None, mq.paragraphs[:-1])
            tail = _cued_draft(scene, mi, last, 1, o)
            return [_cued_draft(scene, mi, head, score, att),
                    dataclasses.replace(tail, rules=(*tail.rules, "assembly:paragraph-cue"))]
    return [_cued_draft(scene, mi, mq, score, att)]


def _introduces_next(scene: _Scene, mi: int) -> bool:
    """The words after the quote end on a colon before the next quote: their cue clause introduces that
    one ('... How Green Was My Valley?" Responding to Ms James' criticisms, Mr Pugh said: "...')."""
    mq = scene.marked[mi]
    if mq.close_mark is None or mi + 1 >= len(scene.marked):
        return False
    between = scene.text[mq.close_mark + 1 : scene.marked[mi + 1].open_mark]
    return "\n" not in between and between.rstrip().endswith(":")


def _last_paragraph(scene: _Scene, mq: MarkedQuote) -> MarkedQuote | None:
    """The last paragraph of a closed quote run over paragraphs, as a quote of its own, when a mark
    reopens it and its words hand on to a cue ('..., "B," he said')."""
    if len(mq.pieces) < 2 or mq.close_mark is None:
        return None
    opening = scene.article.paragraphs[mq.paragraphs[-1]].start
    if opening >= mq.pieces[-1].start or scene.text[opening] not in ALL_MARKS:
        return None
    if scene.text[mq.close_mark - 1] not in HANDING_ON_MARKS:
        return None  # ('... inflated. "However, ... here." Mr Wallace agreed and said ...': a sentence ends)
    return MarkedQuote(mq.pieces[-1:], opening, mq.close_mark, mq.paragraphs[-1:])


def _cue_score(text: str, att: Attribution, mq: MarkedQuote) -> int:
    """2 when the quote stands inside the cue's words, 1 when the cue adjoins it, else 0 (a cue whose
    parsed words were the clause before the quote at most adjoins it: placement.misread_content)."""
    if misread_content(text, att, mq):
        return 1 if adjoins(text, att, mq) else 0
    if any(h.overlaps(p) for h in att.holes for p in mq.pieces) or (
        att.content is not None and att.content.overlaps(mq.outer)
    ):
        return 2
    return 1 if adjoins(text, att, mq) else 0


def _best_cue(scene: _Scene, mq: MarkedQuote, used: set[int]) -> tuple[int, int] | None:
    """(score, attribution index) of the cue that covers or adjoins the quote best."""
    if LABEL.match(scene.text, mq.pieces[0].start, mq.pieces[0].end):
        return None  # a transcript turn names its speaker; verbs inside it are the speaker's words
    best = None
    for ai in scene.near(mq.outer):
        att = scene.attributions[ai]
        if ai in used or scene.inner_of[ai] is not None or att.cue.contains(mq.outer):
            continue  # (a quoted name inside the cue: "tells MSNBC’s “Morning Joe” that ...")
        score = _cue_score(scene.text, att, mq)
        if not score:
            continue
        # a cue that names its speaker wins a tie ("When asked why, Sembler responded: ..."),
        # then the strongest cue, then the widest content (the outer clause)
        rank = (score, att.speaker is not None, att.strength, len(att.content) if att.content else 0)
        if best is None or rank > best[2]:
            best = (score, ai, rank)
    return None if best is None else (best[0], best[1])


def _adjoining_cue_first(scene: _Scene, mq: MarkedQuote, ai: int, used: set[int]) -> int | None:
    """assembly:adjoining-cue-first: '“I never said that,” Trump said, after Jane Doe said he had called
    Rubio a “senator” of Facebook': the cue whose parsed words hold the quote stands after it, behind a
    cue with a speaker that adjoins the quote; the parser hung the quote on the later verb (the root),
    but the cue right after the closing mark is the quote's, and the later one, in a clause a
    subordinating word opens, reports its own words. Not '“...,” O’Malley said, according to the Las
    Vegas Sun': a source that reports the quote with its cue (assembly:outer-source)."""
    att = scene.attributions[ai]
    if mq.close_mark is None or att.speaker is None or att.cue.start <= mq.close_mark:
        return None
    if not _subordinate(scene.text, att):
        return None
    if _cue_score(scene.text, att, mq) != 2:
        return None
    between = [
        oi for oi in scene.near(mq.outer)
        if oi not in used and oi != ai and scene.inner_of[oi] is None
        and (o := scene.attributions[oi]).speaker is not None
        and mq.close_mark < o.cue.start and max(o.cue.end, o.speaker.end) <= min(att.cue.start, att.speaker.start)
        and _cue_score(scene.text, o, mq) == 1
    ]
    return min(between, key=lambda oi: scene.attributions[oi].cue.start) if between else None


def _other_source(
    scene: _Scene, mq: MarkedQuote, ai: int, used: set[int], kind: QuoteKind
) -> tuple[int, str, int] | None:
    """(attribution index, rule id, cue score) of a source that owns the words the quote's cue at ``ai``
    stands in: an outer source, a cue after the quote or, for a quoted fragment, a parenthetical cue."""
    outer = _outer_source(scene, mq, ai, used)
    if outer is not None:
        # ('Francis made clear that ..., saying that ... “...”, according to Reuters': the source of
        # the source reports both; annotated news gives the quote to the outermost)
        seen = {ai, outer}
        while (further := _outer_source(scene, mq, outer, used | seen)) is not None:
            outer = further
            seen.add(further)
        return outer, "assembly:outer-source", 2
    trailing = _trailing_source(scene, mq, ai, used)
    if trailing is not None:
        return trailing[0], "assembly:outer-source-after", trailing[1]
    # ('..., Robert Costa reported, his wife whispered to him: "..."': a direct quote is the wife's)
    aside = _parenthetical_source(scene, mq, ai, used) if kind is QuoteKind.MIXED else None
    if aside is not None:
        return aside, "assembly:parenthetical-source", 0
    same = _same_person_outer(scene, mq, ai, used)
    return None if same is None else (same, "assembly:same-person-outer", 2)


def _sourced_draft(scene: _Scene, mi: int, mq: MarkedQuote, draft: _Draft, source: tuple[int, str, int]) -> _Draft:
    """The quote given to the other source; a parenthetical source (cue score 0) keeps the words its
    inner cue reports ('Nor, he said, did he say anything that could be "interpreted as ..."'); the
    words before the cue clause stay a quote of their own, as annotated news splits them ('Mr. Trump
    intends to deliver ..., Mr. Manafort said, adding that he would ... address his "gender gap."')."""
    oi, rule, score = source
    att = scene.attributions[oi]
    if score:
        draft = _cued_draft(scene, mi, mq, score, att)
        return dataclasses.replace(draft, rules=(*draft.rules, rule))
    return dataclasses.replace(draft, att=att, rules=(*draft.rules, rule))


def _parenthetical_source(scene: _Scene, mq: MarkedQuote, ai: int, used: set[int]) -> int | None:
    """assembly:parenthetical-source: 'CNN, Cruz said, called the announcement “highly significant.”',
    'no different, he said, from George H.W. Bush calling Ronald Reagan’s policies “voodoo
    economics”': a cue clause set off by commas inside the sentence that the quote's own cue goes on
    after reports the whole sentence; annotated news gives the quote to its speaker."""
    att, sentence = scene.attributions[ai], _sentence_span(scene, mq.open_mark)
    if sentence is None or not sentence.contains(att.cue):
        return None
    for oi in scene.near(mq.outer):
        o = scene.attributions[oi]
        if oi in used or oi == ai or scene.inner_of[oi] is not None or o.speaker is None or not _speaks(o):
            continue
        start, end = min(o.cue.start, o.speaker.start), max(o.cue.end, o.speaker.end)
        if (
            sentence.start < start and end < att.cue.start
            and (o.content is None or o.content.contains(att.cue) or o.content.end <= start)
            and scene.text[max(0, start - 3) : start].rstrip().endswith(",")
            and scene.text[end : end + 3].lstrip().startswith(",")
        ):
            return oi
    return None


def _outer_source(scene: _Scene, mq: MarkedQuote, ai: int, used: set[int]) -> int | None:
    """assembly:outer-source: '“...,” Sanders said, according to CNN', 'Grayson said Randolph “would
    have no chance,” the source recalled', 'According to GMA News, Salceda said the “ugliness ...”':
    the quote's cue and speaker stand inside what a second cue reports, and annotated news gives the
    quote to that outer source, who reports the inner speaker's words."""
    att = scene.attributions[ai]
    if att.speaker is None or att.antecedent is not None or _subordinate(scene.text, att):
        return None
    for oi in scene.near(mq.outer):
        o = scene.attributions[oi]
        if oi in used or scene.inner_of[oi] is not None or o.speaker is None or o.content is None:
            continue
        if _quotes_people(o) or _contrast_clause(scene, o, att) is not None:
            continue  # ('Roe endorsed the deal, although she made it clear that she has “doubts”': her words)
        if (o.thought and not att.thought) or att.cue.end <= o.cue.start < mq.outer.start:
            # 'He sincerely believes, he said, that ...': the speech frames the thought; 'said that
            # according to its analysis, the party has won “...”': the second cue is part of the words
            continue
        # (the verb and the speaker's start inside: a long cue may end past the words, 'he told Sen.
        # Jeff Flake (R-Ariz.), according to officials' holds the bracket in the cue, not the words)
        inside = o.content.start <= min(att.cue.start, att.speaker.start) and att.cue.start < o.content.end
        if inside and att.speaker.start < o.content.end and o.content.overlaps(mq.outer):
            return oi
    return None


def _same_person_outer(scene: _Scene, mq: MarkedQuote, ai: int, used: set[int]) -> int | None:
    """assembly:same-person-outer: 'Clinton acknowledged that she had misspoken when she claimed that Comey
    had called her statements “truthful”': the quote's cue has "he" or "she" for its speaker and stands
    inside the words an earlier cue of speech in the sentence reports, whose speaker is a person of the
    pronoun's gender, no other person who could be the pronoun named between; the pronoun is that speaker,
    and annotated news gives the quote to the mention of the outer cue."""
    att = scene.attributions[ai]
    pronoun = (att.speaker_text or "").lower()
    if att.speaker is None or att.speaker_kind != "pronoun" or pronoun not in ("he", "she"):
        return None
    sentence = _sentence_span(scene, mq.open_mark)
    if sentence is None or not sentence.contains(att.speaker):
        return None
    for oi in scene.near(mq.outer):
        o = scene.attributions[oi]
        if oi in used or oi == ai or scene.inner_of[oi] is not None or o.speaker is None or o.content is None:
            continue
        # ('Sanders appeared to dismiss the issue, when he told Clinton that ...': no verb of speech)
        if o.speaker_kind == "pronoun" or not _speaks(o) or not sentence.contains(o.speaker):
            continue
        end = max(o.speaker.end, o.cue.end)
        if end > att.speaker.start or not (o.content.start <= att.speaker.start and att.cue.end <= o.content.end):
            continue
        person = _person_named(scene, o.speaker_text or "")
        if person is None or pronoun_gender(person) != GENDER_WORDS[pronoun]:
            continue
        if o.content.overlaps(mq.outer) and not _other_person_between(scene, person, end, att.speaker.start):
            return oi
    return None


def _other_person_between(scene: _Scene, person, start: int, end: int) -> bool:
    """Someone else the article names, of the person's gender or of none it knows, stands between."""
    gender = pronoun_gender(person)
    for m in re.finditer(r"[A-Z][\w'’-]+", scene.text[start:end]):
        found = scene.names.find(m.group())
        for other in scene.names.by_last(m.group()) + ([found] if found is not None else []):
            if other is not person and pronoun_gender(other) in (gender, None):
                return True
    return False


_QUOTING = frozenset(LEXICON.quoting_verbs)


def _quotes_people(o: Attribution) -> bool:
    """'It quoted critics like barrister Colin Yeo and campaigner Caitlin Boswell, with Boswell stating:
    "..."': a quoting verb whose object is the people quoted names sources, not words; the cue inside that
    gives one of them words keeps them (as "the newspaper quoted X as saying" is X's)."""
    words = o.cue_text.lower().split()
    return bool(words) and FORM_TO_LEMMA.get(words[0]) in _QUOTING and "content:noun-phrase" in o.rules


def _trailing_source(scene: _Scene, mq: MarkedQuote, ai: int, used: set[int]) -> tuple[int, int] | None:
    """assembly:outer-source-after: 'Nothing the president said "will assuage people's fears," the
    Florida senator said', 'Candidates who think "America no longer has ... dangerously wrong," she
    said': the cue before the quote is part of the words the cue right after the quote reports, so
    the quote is that second speaker's (as annotated news gives it). With the cue score its words take."""
    att, sentence = scene.attributions[ai], _sentence_span(scene, mq.open_mark)
    if sentence is None or att.cue.end > mq.open_mark or not sentence.contains(att.cue):
        return None
    if att.speaker is None or _subordinate(scene.text, att):
        # 'When Trump said "...," the crowd applauded': the main clause reports nothing; 'Asked whether
        # Clinton "has the integrity ...," 75 percent said yes': the question is not theirs
        return None
    for oi in scene.near(mq.outer):
        o = scene.attributions[oi]
        if oi in used or oi == ai or scene.inner_of[oi] is not None or o.speaker is None or not _speaks(o):
            continue
        if o.cue.start < mq.outer.end or o.speaker.start < mq.outer.end or not sentence.contains(o.cue):
            continue
        if _reports_after(scene, o, mq):
            return oi, 1
        if _closes_sentence(scene, o, mq, sentence):
            return oi, 2  # the quote within the words that cue reports: a mixed quote
        if _reporter_ends_sentence(scene, o, sentence):
            return oi, 0  # the words stay those of the cue before; only the source changes
    return None


def _reporter_ends_sentence(scene: _Scene, o: Attribution, sentence: Span) -> bool:
    """'Cecile Richards noted that abortion ... is “central” to the party's platform, reported the
    Washington Examiner.': a reporting verb after a comma with its source after it
    (subject:inverted-after-inner-cue) ends the sentence; it reports the whole sentence, the cue before
    the quote and its words, and annotated news gives the quote to that source."""
    return (
        "subject:inverted-after-inner-cue" in o.rules and o.speaker is not None
        and only_glue(scene.text[o.speaker.end : sentence.end])
    )


def _reports_after(scene: _Scene, o: Attribution, mq: MarkedQuote) -> bool:
    """'Nothing the president said "will assuage people's fears," the Florida senator said': a cue
    with no words of its own right after a quote that hands on to it (a cue with words of its own
    reports those: '"...," the club charged $100,000')."""
    return (
        o.content is None and mq.close_mark is not None and scene.text[mq.close_mark - 1] in HANDING_ON_MARKS
        and adjoins(scene.text, o, mq)
    )


def _closes_sentence(scene: _Scene, o: Attribution, mq: MarkedQuote, sentence: Span) -> bool:
    """'Andrean High School fans also chanted, “Build a wall,” referring to ... border, the Chicago
    Tribune reports.': the cue that ends the sentence reports the words with the quote in them."""
    return (
        o.content is not None and o.content.overlaps(mq.outer) and o.cue_after_content
        and only_glue(scene.text[max(o.cue.end, o.speaker.end) : sentence.end])
    )


def _speaks(att: Attribution) -> bool:
    """The cue is a verb of speech ('said', 'recalled'), not any verb after a quote ('named "...,"
    scored one or two points')."""
    words = att.cue_text.lower().split()
    return bool(words) and FORM_TO_LEMMA.get(words[0]) in SPEECH_VERBS


def _sentence_span(scene: _Scene, pos: int) -> Span | None:
    return scene.sentences[sentence_of(scene.sentences, pos)] if scene.sentences else None


def _subordinate(text: str, att: Attribution) -> bool:
    """The cue clause opens with a subordinating word ('when he told Clinton that ...')."""
    start = min(att.speaker.start, att.cue.start)
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower() in _SUBORDINATING


def _cued_draft(scene: _Scene, mi: int, mq: MarkedQuote, score: int, att: Attribution) -> _Draft:
    """assembly:mixed: 'He said the plan was “dead on arrival” and would not pass' (the reported
    clause holds more words than the quote); otherwise assembly:direct: 'He said: “The plan is dead.”'"""
    text, content = scene.text, att.content
    link = "assembly:cue-content" if score == 2 else "assembly:cue-adjoins"
    if (
        content is not None
        and score == 2
        and _words_beside(text, content, mq) > 1
        and not only_cue_outside(text, content, mq)
    ):
        span = Span(min(content.start, mq.start), max(content.end, mq.end))
        return _Draft((span,), QuoteKind.MIXED, att, 0.8 * att.strength + 0.1, mi, rules=(link, "assembly:mixed"))
    return _Draft(mq.pieces, QuoteKind.DIRECT, att, 0.6 + 0.35 * att.strength, mi, rules=(link, "assembly:direct"))


def _words_beside(text: str, content: Span, mq: MarkedQuote) -> int:
    """The words of the reported clause outside the quote. The clause may end inside the quote when the
    parser read the quoted words ('Patrick told the crowd that Cruz has “taken every punch they’ve thrown,
    and he’s standing tall.”': the clause ends at "thrown"): the words before the mark count then."""
    before = Span(content.start, max(content.start, min(content.end, mq.outer.start)))
    after = Span(min(content.end, max(content.start, mq.outer.end)), content.end)
    return words(text, before) + words(text, after)


def _verbless_draft(mi: int, found) -> _Draft:
    return _Draft(tuple(found.pieces), QuoteKind.DIRECT, found.att, 0.8, mi, rules=(found.rule,))


def _cue_before(scene: _Scene, mi: int, mq: MarkedQuote, used: set[int]) -> int | None:
    """assembly:cue-before: 'Iowa State University's Dianne Bystrom agreed. “...”', 'Regarding the
    front-runner, Westmacott said Hillary Clinton and Obama “did a remarkable job ...”': a quote no
    cue covers or adjoins takes the last cue with a speaker before it in its sentence, or in the
    sentence before when the quote opens its own; a cue that reports something else ('Rhimes declared
    the need for strong will: “...”'), one in the sentence of an earlier quote (its cue clause's
    asides) or a cue after the quote in its sentence ('- “...” she said -') leaves it alone."""
    if not scene.sentences or not scene.article.paragraphs:
        return None
    sentence = sentence_of(scene.sentences, mq.open_mark)
    after = scene.marked[mi - 1].outer.end if mi > 0 else 0
    if _cue_after_in_sentence(scene, mq, sentence):
        return None
    best = None
    for ai in scene.near(mq.outer):
        att = scene.attributions[ai]
        if ai in used or scene.inner_of[ai] is not None or att.speaker is None or att.cue.end > mq.open_mark:
            continue
        at = sentence_of(scene.sentences, att.cue.start)
        # the sentence before lends its cue only if that cue reports nothing there ('Bystrom agreed.')
        # or announces the words ('tweeted a warning.')
        before_sentence = (
            at == sentence - 1
            and (att.content is None or _announces(scene, att, scene.sentences[at]))
            and opens_sentence(scene.text, scene.sentences, mq)
        )
        if (
            (at == sentence or before_sentence)
            and scene.sentences[at].start >= after
            and _reports_quote(scene, att, mq)
            and _opens_clause(scene, att, scene.sentences[at])
        ):
            best = ai if best is None or att.cue.start > scene.attributions[best].cue.start else best
    return best


def _cue_after_in_sentence(scene: _Scene, mq: MarkedQuote, sentence: int) -> bool:
    end = scene.sentences[sentence].end
    return any(
        scene.attributions[ai].speaker is not None and mq.outer.end <= scene.attributions[ai].cue.start < end
        for ai in scene.near(mq.outer)
    )


def _reports_quote(scene: _Scene, att: Attribution, mq: MarkedQuote) -> bool:
    """The cue reports nothing, or what it reports runs up to the quote, in its paragraph or in a
    paragraph that ends with the cue's sentence right before the quote's (assembly:cue-before-paragraph)."""
    if _paragraphs_apart(scene, att, mq) not in (0, 1):
        return False
    return att.content is None or only_glue(scene.text[att.content.end : mq.open_mark])


def _paragraphs_apart(scene: _Scene, att: Attribution, mq: MarkedQuote) -> int:
    pars = scene.article.paragraphs
    return paragraph_of(pars, mq.open_mark) - paragraph_of(pars, att.cue.start)


def _announces(scene: _Scene, att: Attribution, sentence: Span) -> bool:
    """assembly:cue-before: 'Sen. Ted Cruz ... tweeted a warning. "Missouri: Remember in November
    ..."', 'Howard continued his scathing remarks. ¶ “Eight years ago ...”': what the cue reports is
    a noun of speech that ends its sentence, which the quote after it spells out ('He didn't suggest
    retaliation. "..."' announces nothing)."""
    content = att.content
    last = scene.text[content.start : content.end].split()[-1:]
    noun = last[0].lower().strip(".,;:!?") if last else ""
    return (
        (noun in SPEECH_NOUNS or noun.removesuffix("s") in SPEECH_NOUNS)
        and only_glue(scene.text[content.end : sentence.end])
    )


def _opens_clause(scene: _Scene, att: Attribution, sentence: Span) -> bool:
    """The speaker opens the sentence or a clause of it (after a comma, "and", "but")."""
    before = scene.text[sentence.start : att.speaker.start].strip()
    if not before or before[-1] in _CLAUSE_MARKS:
        return True
    return before.split()[-1].lower() in _CLAUSE_WORDS


def _cue_before_draft(scene: _Scene, draft: _Draft, att: Attribution, mq: MarkedQuote) -> _Draft:
    """The quote with the cue before it; with the words that cue reports up to the quote in its
    sentence, one mixed quote ('The IMF said Liberia's economy started to grow thanks to a "continued
    strong recovery"'). assembly:cue-before-paragraph: 'In a press release, the committee said about
    its platform: ¶ "The platform goes further ..."': the cue sentence ends the paragraph before."""
    rules = ("assembly:cue-before",)
    if _paragraphs_apart(scene, att, mq):
        rules += ("assembly:cue-before-paragraph",)
    same_sentence = sentence_of(scene.sentences, att.cue.start) == sentence_of(scene.sentences, mq.open_mark)
    if att.content is None or len(draft.spans) > 1 or not same_sentence:
        return dataclasses.replace(draft, att=att, confidence=0.5 + 0.3 * att.strength, rules=rules)
    span = Span(min(att.content.start, draft.spans[0].start), draft.spans[-1].end)
    return dataclasses.replace(
        draft, spans=(span,), kind=QuoteKind.MIXED, att=att, confidence=0.7 * att.strength + 0.1,
        rules=(*rules, "assembly:mixed"),
    )


_SUBJECT_PRONOUNS = frozenset(LEXICON.sentence_subject_pronouns)
# "his", "her": a possessive opening a speaker's mention is a relative's gender, not theirs
_PERSONAL_POSSESSIVES = frozenset(p for p in LEXICON.possessive_pronouns if p in GENDER_WORDS)
_LINKERS = frozenset(LEXICON.pronoun_linkers)


def _sentence_pronoun_draft(scene: _Scene, draft: _Draft, mq: MarkedQuote) -> _Draft:
    """assembly:sentence-pronoun: 'He also seeks “a permanent injunction barring Chairman Gowdy from
    repeating false ... statements”', 'She signed an agreement barring her from publishing a “diary,
    memoir, ...”': quoted words no cue covers, inside a sentence that a third-person pronoun opens as
    its subject (after "But", "Yet" ...; the verb right after it, an adverb between at most), are that
    subject's; carried
    over, they went to the speaker before, whom annotated news does not name here."""
    if not scene.sentences or opens_sentence(scene.text, scene.sentences, mq):
        return draft
    sentence = _sentence_span(scene, mq.open_mark)
    head = scene.text[sentence.start : mq.open_mark].split()
    if has_marks(scene.text[sentence.start : mq.open_mark]):
        return draft  # ('“..., She lied to me,” Smith said, “She told me ...”': quoted words open it)
    if _cue_after_in_sentence(scene, mq, sentence_of(scene.sentences, mq.open_mark)):
        return draft  # ('But he was released ... and "as far as we're aware, ...", Mr Smernicki added')
    if head and head[0].lower() in _LINKERS:
        head = head[1:]  # ('But he wanted ...', 'Yet she added ...')
    if len(head) < 2 or head[0].lower() not in _SUBJECT_PRONOUNS or not (head[1].isalpha() and head[1].islower()):
        return draft
    start = scene.text.index(head[0], sentence.start)
    speaker = Span(start, start + len(head[0]))
    verb_at = scene.text.index(head[1], speaker.end)
    att = Attribution(
        cue=Span(verb_at, verb_at + len(head[1])), cue_text=head[1], speaker=speaker, speaker_text=head[0],
        speaker_kind="pronoun", speaker_head=head[0].lower(), speaker_label=None, content=None, holes=(),
        strength=0.5, thought=False, frame=-1, cue_after_content=False,
    )
    return dataclasses.replace(draft, att=att, confidence=0.5, rules=(*draft.rules, "assembly:sentence-pronoun"))


def _lost_speaker_draft(scene: _Scene, draft: _Draft) -> _Draft:
    """assembly:lost-speaker: 'Earlier in the campaign, Mr. Doe suggested a boycott ... and posted on Twitter
    that its stock would “crash”', 'He struggles with a basic task - bragging - conceding that he feels “...”':
    a reporting verb's cue for whose speaker no subject rule answered (the parse lost the sentence's subject:
    "Doe" read as a noun the verb modifies) gets the subject its sentence opens with, a person the article
    names or a third-person pronoun (as assembly:sentence-subject and assembly:sentence-pronoun read it for
    words no cue covers). Not across quoted words between that subject and the cue."""
    att = draft.att
    if att is None or att.speaker is not None or _CUE_VERB_RULE not in att.rules or not scene.sentences:
        return draft
    if any(r.startswith("subject:") for r in att.rules):
        return draft  # a subject rule read the shape and found that it names no one
    if scene.text[: att.cue.start].rstrip().endswith(",") and not att.cue_text.endswith("ing"):
        return draft  # 'Mr Howard denied Mr Yeo, his spokesman, said the plans “stink”': an apposition's head speaks
    start = _series_start(scene, att.cue.start)
    if has_marks(scene.text[start : att.cue.start]):
        return draft
    named, pronoun = _named_subject(scene, start, att.cue.start), _opening_pronoun(scene, start)
    # of a name and a pronoun, the one after the other: the first is the opening phrase's ("In South
    # Carolina, he prevailed ... and declared")
    if named is not None and (pronoun is None or pronoun.start < named[0].start):
        speaker, kind = named[0], "name"
    else:
        speaker, kind = pronoun, "pronoun"
    if speaker is None or speaker.end >= att.cue.start:
        return draft
    name = speaker.of(scene.text)
    found = dataclasses.replace(
        att, speaker=speaker, speaker_text=name, speaker_kind=kind, speaker_head=name.split()[-1].lower(),
        speaker_label=None,
    )
    return dataclasses.replace(draft, att=found, rules=(*draft.rules, "assembly:lost-speaker"))


_CUE_VERB_RULE = "cue:reporting-verb"
_NAMING_VERBS = frozenset(LEXICON.naming_verbs)
_NAMING_RELATIVES = frozenset(LEXICON.naming_relatives)


def _person_named(scene: _Scene, name: str):
    """The person the article's names know by this mention, or by its last word ("Mrs. Clinton")."""
    return scene.names.find(name) or next(iter(scene.names.by_last(name.split()[-1])), None)


def _naming_pronoun_draft(scene: _Scene, draft: _Draft) -> _Draft:
    """assembly:naming-pronoun: 'Williamson assails in scoffing prose what he calls the “immoral” “lie” of
    the current political moment', 'Cruz has railed against what he calls the “Washington cartel”': a verb
    of naming whose subject is "he" or "she" right after a relative word ("what", "whom") names a thing
    inside the clause of the person the sentence opens with; the pronoun stands for that person, and
    annotated news credits the words to them (the mention that names them) rather than to the pronoun.
    Only when the pronoun's gender is the person's, as far as the article tells it, and the person's verb
    is not one of speech."""
    att = draft.att
    if att is None or att.speaker is None or att.speaker_kind != "pronoun" or not scene.sentences:
        return draft
    pronoun = (att.speaker_text or "").lower()
    if pronoun not in ("he", "she") or att.cue_text.lower() not in _NAMING_VERBS:
        return draft
    before = scene.text[: att.speaker.start].split()
    if not before or before[-1].lower() not in _NAMING_RELATIVES:
        return draft
    start = _series_start(scene, att.speaker.start)
    if has_marks(scene.text[start : att.speaker.start]):
        return draft
    named = _named_subject(scene, start, att.speaker.start)
    if named is None or FORM_TO_LEMMA.get(named[1].of(scene.text)) in SPEECH_VERBS:
        # ('DeSantis said he has supported legislation ..., which he called “...”': his reported words,
        # inside which the naming clause keeps its own speaker)
        return draft
    speaker = named[0]
    name = speaker.of(scene.text)
    person = _person_named(scene, name)
    if person is None or pronoun_gender(person) not in (GENDER_WORDS[pronoun], None):
        return draft
    found = dataclasses.replace(
        att, speaker=speaker, speaker_text=name, speaker_kind="name", speaker_head=name.split()[-1].lower(),
        speaker_label=None,
    )
    return dataclasses.replace(draft, att=found, rules=(*draft.rules, "assembly:naming-pronoun"))


def _series_start(scene: _Scene, pos: int) -> int:
    """Where the sentence at ``pos`` starts, back over the semicolons of a series that goes on with its
    subject's verbs ("he was booed on stage; was denounced by the Pope; and declared that ..."): a piece the
    sentence splitter cut after a semicolon that opens in lower case goes on with the piece before."""
    at = sentence_of(scene.sentences, pos)
    while at > 0:
        start = scene.sentences[at].start
        before = scene.text[scene.sentences[at - 1].start : start].rstrip()
        if not before.endswith(";") or not scene.text[start : start + 1].islower():
            break
        at -= 1
    return scene.sentences[at].start


def _opening_pronoun(scene: _Scene, start: int) -> Span | None:
    """The third-person pronoun that opens the sentence at ``start`` as its subject (after "But", "And" ...,
    or after an opening phrase and a comma, as _named_subject reads a name), a lowercase word after it: "And
    he made a point of saying", "In South Carolina, he prevailed ... and declared"."""
    text = scene.text[start : start + 120]
    comma = text.find(",")
    for at in (0, comma + 1) if comma != -1 and len(text[:comma].split()) <= 6 else (0,):
        head = text[at:].split()
        if head and head[0].lower() in _LINKERS:
            head = head[1:]
        if len(head) >= 2 and head[0].lower() in _SUBJECT_PRONOUNS and head[1].isalpha() and head[1].islower():
            found = scene.text.index(head[0], start + at)
            return Span(found, found + len(head[0]))
    return None


# not the verb of a subject that speaks: "and", "or"; a copula ("Miyagishima is the 18th recipient of the
# Sawyer Award, which is “presented to ...”": the words describe the award)
_NOT_VERBS = frozenset(LEXICON.coordinators) | frozenset(LEXICON.copula_forms)


def _sentence_subject_draft(scene: _Scene, draft: _Draft, mq: MarkedQuote) -> _Draft:
    """assembly:sentence-subject: 'Immediately after the attacks, Trump issued a statement, “Last night,
    our nation was attacked ...”', 'Ted Nordhaus, co-founder of the Breakthrough Institute, welcomed
    "the recognition that we do not ... have all the technology we need"': quoted words no cue covers,
    inside a sentence whose subject is a person the article names (opening it, after their titles or an
    opening phrase set off by a comma), are that person's, as assembly:sentence-pronoun gives them to a
    pronoun; carried over, they went to the speaker before."""
    if draft.att is not None or not scene.sentences or opens_sentence(scene.text, scene.sentences, mq):
        return draft
    sentence = _sentence_span(scene, mq.open_mark)
    if has_marks(scene.text[sentence.start : mq.open_mark]):
        return draft
    if _cue_after_in_sentence(scene, mq, sentence_of(scene.sentences, mq.open_mark)):
        return draft
    found = _named_subject(scene, sentence.start, mq.open_mark)
    if found is None:
        return draft
    speaker, verb = found
    name, kind, rule = speaker.of(scene.text), "name", "assembly:sentence-subject"
    nearer = _clause_pronoun(scene, name, verb.end, mq.open_mark)
    if nearer is not None:
        speaker, verb = nearer
        name, kind, rule = speaker.of(scene.text), "pronoun", "assembly:clause-pronoun"
    att = Attribution(
        cue=verb, cue_text=verb.of(scene.text), speaker=speaker, speaker_text=name, speaker_kind=kind,
        speaker_head=name.split()[-1].lower(), speaker_label=None, content=None, holes=(),
        strength=0.5, thought=False, frame=-1, cue_after_content=False,
    )
    return dataclasses.replace(draft, att=att, confidence=0.5, rules=(*draft.rules, rule))


_AFTER_SUBJECT = frozenset(LEXICON.verbs_after_subject)
_DESCRIBED_SUBJECT = re.compile(
    r"(?P<subject>(?i:" + "|".join(LEXICON.description_openers) + r")(?:\s+[\w'’-]+){1,4}?)\s+"
    r"(?P<verb>[a-z]+(?:s|ed))\b"
)


def _sentence_description_draft(scene: _Scene, draft: _Draft, mq: MarkedQuote) -> _Draft:
    """assembly:sentence-description: 'A friend referred to him as “the most beautiful soul I’ve ever met in
    my whole life” in a Facebook post', 'The ad targets a “corrupt political system that keeps in place a
    rigged economy ...”': quoted words no cue covers, inside a sentence that a described subject opens
    (a determiner, a few words, then its verb, the words running into the mark with no comma or colon
    between), are that subject's, as assembly:sentence-subject gives them to a person named there;
    carried over, they went to the speaker of an earlier sentence."""
    if draft.att is not None or not scene.sentences or opens_sentence(scene.text, scene.sentences, mq):
        return draft
    sentence = _sentence_span(scene, mq.open_mark)
    before = scene.text[sentence.start : mq.open_mark]
    if has_marks(before) or before.rstrip().endswith((",", ":")) or "," in before:
        return draft
    if _cue_after_in_sentence(scene, mq, sentence_of(scene.sentences, mq.open_mark)):
        return draft
    start = sentence.start + len(before) - len(before.lstrip())
    m = _DESCRIBED_SUBJECT.match(scene.text, start, mq.open_mark)
    if m is None or m.group("verb") in _NOT_VERBS or m.group("verb") in _AFTER_SUBJECT:
        return draft
    if any(w in _AFTER_SUBJECT for w in m.group("subject").split()):
        return draft  # ('The school had collaborated with ... on two articles that examined “...”': a verb group)
    speaker, verb = Span(m.start("subject"), m.end("subject")), Span(m.start("verb"), m.end("verb"))
    name, kind = speaker.of(scene.text), "role"
    inner = [w for w in re.finditer(r"\w+", name) if w.group() in _SUBJECT_PRONOUNS]
    if inner:  # ('The major danger he sees for these plans is “...”': the pronoun of the clause sees it)
        speaker = Span(speaker.start + inner[-1].start(), speaker.start + inner[-1].end())
        name, kind = inner[-1].group(), "pronoun"
    att = Attribution(
        cue=verb, cue_text=verb.of(scene.text), speaker=speaker, speaker_text=name, speaker_kind=kind,
        speaker_head=name.split()[-1].lower(), speaker_label=None, content=None, holes=(),
        strength=0.5, thought=False, frame=-1, cue_after_content=False,
    )
    return dataclasses.replace(draft, att=att, confidence=0.5, rules=(*draft.rules, "assembly:sentence-description"))


_CLAUSE_PRONOUN = re.compile(
    r"\b(?:" + "|".join(LEXICON.clause_pronoun_openers) + r")\s+(?P<pronoun>he|she)\s+"
    r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b"  # ("when he formally announced")
)


def _clause_pronoun(scene: _Scene, name: str, start: int, end: int) -> tuple[Span, Span] | None:
    """assembly:clause-pronoun: 'Smiling broadly, Mrs. Clinton drew cheers as she thanked her home state and
    then boomed, “...”', 'Trump tweaked his campaign promise Saturday when he formally announced his running
    mate, calling Pence “my partner ...”': between the named subject and the quoted words, a clause opened
    by "as", "when" ... whose subject is "he" or "she" of the named person's gender; the quote stands in
    that clause, and annotated news credits its pronoun (the last such clause before the quote). Returns
    (pronoun, verb)."""
    found = list(_CLAUSE_PRONOUN.finditer(scene.text, start, end))
    if not found:
        return None
    m = found[-1]
    person = _person_named(scene, name)
    if person is None or pronoun_gender(person) != GENDER_WORDS[m.group("pronoun")]:
        return None
    return Span(m.start("pronoun"), m.end("pronoun")), Span(m.start("verb"), m.end("verb"))


def _sentence_cue_draft(scene: _Scene, draft: _Draft, mq: MarkedQuote, used: set[int]) -> _Draft:
    """assembly:sentence-cue: 'A group of 67 Latin American artists ... published an open letter about
    the "hateful discourse of Trump" and called on people to "remember the historic campaigns ..."',
    '... that Sanders during a Sunday thanked its members "..." and called National Nurses United
    "one of the sponsors of my campaign"': quoted words no cue covers, inside a sentence whose verb of
    speech stands before them, are that cue's speaker's; carried over, they went to a speaker of an
    earlier sentence, or to nobody."""
    if draft.att is not None or not scene.sentences or opens_sentence(scene.text, scene.sentences, mq):
        return draft
    if _cue_after_in_sentence(scene, mq, sentence_of(scene.sentences, mq.open_mark)):
        return draft  # ('... ''deep and genuine faith'' - ''faith that ...,'' he said - and ...')
    sentence = _sentence_span(scene, mq.open_mark)
    # (no quoted words between the cue and the quote: 'He said, "A" - at which point the crowd chanted
    # "Build the wall!" - "and restore law and order"' goes on with him)
    after = Span(max(sentence.start, _end_of_quote_before(scene, mq)), mq.open_mark)
    best = None
    for ai in scene.near(mq.outer):
        att = scene.attributions[ai]
        if ai not in used and scene.inner_of[ai] is None and _speaks_in(att, sentence, after):
            best = att if best is None or att.cue.start > best.cue.start else best
    if best is None:
        return draft
    return dataclasses.replace(draft, att=best, confidence=0.5, rules=(*draft.rules, "assembly:sentence-cue"))


def _speaks_in(att: Attribution, sentence: Span, after: Span) -> bool:
    """A cue of speech in ``after`` whose speaker stands before it in ``sentence`` (not a parse that ran
    the subject over its verb and object: 'The judges called Guy's My Heart is My Own ...')."""
    return (
        att.speaker is not None and _speaks(att) and after.contains(att.cue)
        and sentence.start <= att.speaker.start and att.speaker.end <= att.cue.start
    )


def _end_of_quote_before(scene: _Scene, mq: MarkedQuote) -> int:
    i = bisect.bisect_left(scene.marked_starts, mq.start) - 1
    return scene.marked[i].outer.end if i >= 0 else 0


def _named_subject(scene: _Scene, start: int, end: int) -> tuple[Span, Span] | None:
    """(name, verb) of the person the words from ``start`` to ``end`` open with, after their titles
    ("Former Obama speechwriter Jon Favreau published"), or after an opening phrase and a comma
    ("Earlier this week, Clinton shared"); the verb right after the name or after an apposition set
    off by commas ("Ted Nordhaus, co-founder of ..., welcomed")."""
    text = scene.text
    comma = text.find(",", start, end)
    for at in (start, comma + 1) if comma != -1 and len(text[start:comma].split()) <= 6 else (start,):
        toks = [(m.group(), m.start()) for m in _TOKEN.finditer(text, at, end)]
        run = _name_run(scene, toks)
        if run is not None:
            verb = _verb_after(toks, run[1])
            if verb is not None:
                return Span(toks[run[0]][1], toks[run[1] - 1][1] + len(toks[run[1] - 1][0])), verb
    return None


def _name_run(scene: _Scene, toks: list[tuple[str, int]]) -> tuple[int, int] | None:
    """Token indices [i, j) of the first capitalised run, within the first six words, whose last word is
    the surname of a person the article names; the words before it are titles: capitalised, or a
    lowercase role word before a capitalised one ("screenwriter Cole Haddon", not "Former Obama
    speechwriter Jon Favreau"'s Obama)."""
    for j in range(1, min(len(toks), 6) + 1):
        word = toks[j - 1][0]
        if _titles_next(toks, j - 1):
            continue
        if not word[:1].isupper():
            return None
        # the name's own words and titles before the surname ("Dr. Muhammad Babar"), not "Under" or "Here's"
        own = {t for p in scene.names.people if p.tokens[-1] == word for t in p.tokens}
        if own and not (j < len(toks) and toks[j][0][:1].isupper()) and not _titles_next(toks, j):
            i = j - 1
            while i > 0 and (toks[i - 1][0] in own or toks[i - 1][0].lower() in TITLES):
                i -= 1
            return i, j
    return None


def _titles_next(toks: list[tuple[str, int]], k: int) -> bool:
    """The lowercase word at ``k`` is a role before a name ("speechwriter Jon Favreau")."""
    if k + 1 >= len(toks) or not toks[k][0].islower() or not toks[k + 1][0][:1].isupper():
        return False
    word = toks[k][0]
    return word in ROLE_NOUNS or word.endswith(_ROLE_ENDINGS)


_ROLE_ENDINGS = tuple(LEXICON.role_word_endings)


def _verb_after(toks: list[tuple[str, int]], j: int) -> Span | None:
    """The lowercase word right after the name, or after the apposition the name's comma opens."""
    if j < len(toks) and toks[j][0] == ",":
        j = next((k + 1 for k in range(j + 1, len(toks)) if toks[k][0] == ","), len(toks))
    if j >= len(toks) or not toks[j][0].isalpha() or not toks[j][0].islower() or toks[j][0] in _NOT_VERBS:
        return None
    word, at = toks[j]
    return Span(at, at + len(word))


_TOKEN = re.compile(r"[\w.'’-]+|,")


def _uncued_draft(scene: _Scene, mi: int, mq: MarkedQuote, drafts: list[_Draft]) -> _Draft | None:
    """assembly:uncued: '“We will not be moved.”' with no cue anywhere near, kept when it is long
    enough, a parsed frame stands inside it, or it resumes the previous quote after its cue."""
    text = scene.text
    n_words = words_in(text, mq.pieces)
    prev = drafts[-1] if drafts else None
    goes_on = (
        prev is not None and prev.kind is QuoteKind.DIRECT and resumes(text, prev.att, prev.spans[-1], mq)
    )
    if n_words < _MIN_UNATTRIBUTED_WORDS and mi not in scene.framed_quotes and not goes_on:
        return None
    if not opens_sentence(text, scene.sentences, mq) and n_words < _MIN_MIDSENTENCE_WORDS and not goes_on:
        return None  # a fragment inside someone else's sentence with no cue: not attributable
    return _Draft(mq.pieces, QuoteKind.DIRECT, None, 0.45 if mq.closed else 0.3, mi, rules=("assembly:uncued",))


# --- pass 2: reported speech ------------------------------------------------------------


def _reported_drafts(scene: _Scene, quoted: list[_Draft], used: frozenset[int]) -> list[_Draft]:
    """Drafts for the reported speech that no marked quote accounts for."""
    quoted_spans = sorted(sp for d in quoted if d.marked is not None for sp in d.spans)
    quoted_starts = [sp.start for sp in quoted_spans]
    misread = _misread(scene, quoted, used)
    out = []
    for ai, att in enumerate(scene.attributions):
        if ai in used or att.content is None or att.speaker is None:
            continue
        if scene.inner_of[ai] is not None:
            draft = _nested_draft(scene, att, scene.inner_of[ai])
        elif overlaps_any(quoted_starts, quoted_spans, att.content):
            draft = None
        else:
            draft = _indirect_draft(scene, att, misread)
        if draft is not None:
            out.append(draft)
    return out


def _misread(scene: _Scene, quoted: list[_Draft], used: frozenset[int]) -> frozenset[int]:
    """The cues quotes took whose parsed words were the clause before the quote (placement.misread_content)."""
    return frozenset(
        ai for d in quoted
        if d.marked is not None and d.att is not None and d.kind is QuoteKind.DIRECT
        for ai in scene.near(d.spans[0]) if ai in used and scene.attributions[ai] is d.att
        and misread_content(scene.text, d.att, scene.marked[d.marked])
    )


def _nested_draft(scene: _Scene, att: Attribution, parent: int) -> _Draft | None:
    """assembly:nested: '“My father told me he would never sell the farm,” she said.' A third
    party's words, by a speech verb, inside someone's quote."""
    if att.thought or att.strength < 0.8 or att.speaker_kind == "pronoun":
        return None
    if not any(p.contains(att.content) for p in scene.marked[parent].pieces):
        return None
    conf = 0.5 + 0.3 * att.strength
    return _Draft((att.content,), QuoteKind.NESTED, att, conf, None, parent, rules=("assembly:nested",))


def _indirect_draft(scene: _Scene, att: Attribution, misread: frozenset[int] = frozenset()) -> _Draft | None:
    """assembly:indirect: 'The minister said the talks would resume next week.' Not when the words
    are too short, only glue, need quotation marks, or stand inside a wider reported clause (not one
    a parse misread: 'Clinton suggested that Sanders's latest plan was unserious - "...," she said':
    "said" reports the quote, so "suggested" reports its own words)."""
    text, content = scene.text, att.content
    particle = len(content) < _MIN_INDIRECT_CHARS and _pledged_infinitive_with_particle(text, att)
    shortest = 1 if _asks_for(text, att) or particle else _MIN_INDIRECT_CHARS
    if len(content) < shortest or only_glue(text[content.start : content.end]) or att.quote_only:
        return None
    rules: tuple[str, ...] = ("assembly:indirect",)
    if particle:
        rules = ("assembly:indirect", "assembly:infinitive-particle")
    for i in scene.near(content):
        o = scene.attributions[i]
        if o is att or i in misread or o.content is None:
            continue
        inside = _speaks_inside(text, o, att)
        if inside is not None:
            rules = ("assembly:indirect", inside)
            continue  # the outer verb answers the document, or acts on what the relative's speaker claims
        if _speaks_inside(text, att, o) is not None:
            return None  # "denied a report claiming ...", "mocked ... an event that Carson says ...": not the act's
        if _contrast_clause(scene, o, att) is not None:
            rules = ("assembly:indirect", "assembly:contrast-clause-cue")
            continue  # the clause is an aside of the sentence, not the outer speaker's words
        if o.content.contains(content) and len(o.content) > len(content):
            if _carries_saying(text, o, att):
                rules = ("assembly:indirect", "assembly:carried-saying")
                continue  # "continued to question whether ...": the outer verb says nothing of its own
            if _repeats_speech_noun(text, o, att):
                rules = ("assembly:indirect", "assembly:repeated-speech-noun")
                continue  # "repeating his insistence that ...": the noun's clause is its words
            if _announces_saying(text, o, att):
                rules = ("assembly:indirect", "assembly:announced-saying")
                continue  # "is expected to say that ...": the speech announced, not an expectation's words
            return None  # reported speech inside reported speech: the outer attribution owns the words
        cut = _contrast_clause(scene, att, o)
        if cut is not None:
            content = Span(content.start, cut)
    if len(text[content.start : content.end].strip(" ,;")) < shortest:
        return None
    conf = (0.35 if att.thought else 0.75) * att.strength + 0.1
    if att.thought:
        conf = min(conf, 0.35)
    lead = (att.lead,) if att.lead is not None and att.lead.end <= content.start else ()
    return _Draft((*lead, content), QuoteKind.INDIRECT, att, conf, rules=rules)


def _carries_saying(text: str, outer: Attribution, inner: Attribution) -> bool:
    """assembly:carried-saying: 'Trump continued to question whether Cruz's birth in Canada makes him ineligible',
    'He seemed to indicate that he would run', 'continue calling himself a Democrat': the outer verb reports only
    quoted words and carries the tense of the reporting verb right after it (lexicon ``tense_carrying_verbs``),
    whose clause it is; the outer verb owns none. A verb of evidence only with a clause "that" opens (lexicon
    ``evidence_verbs``: "polls continue to show that ...", not "the country continued to show breakneck
    growth"); nor a quote-only verb with an object ("repeated calls for the mayor to apologise")."""
    if not outer.quote_only or FORM_TO_LEMMA.get(outer.cue_text.split()[-1].lower()) not in _TENSE_CARRIERS:
        return False
    if inner.cue.start < outer.cue.end or text[outer.cue.end : inner.cue.start].split() not in ([], ["to"]):
        return False
    lemma = FORM_TO_LEMMA.get(inner.cue_text.split()[0].lower())
    if lemma in _EVIDENCE_VERBS:
        return text[inner.content.start : inner.content.end].lower().split()[:1] == ["that"]
    return lemma is not None


def _repeats_speech_noun(text: str, outer: Attribution, inner: Attribution) -> bool:
    """assembly:repeated-speech-noun: 'The prime minister denied all that as well, repeating his insistence that it
    was inconceivable ...', 'pressing the case that low rates are important': the object of a verb that reports
    only quoted words is a speech noun, a determiner or possessive before it; the noun's clause is its words."""
    if not outer.quote_only or "cue:speech-noun" not in inner.rules or outer.content is None:
        return False
    return outer.content.start <= inner.cue.start and len(text[outer.content.start : inner.cue.start].split()) <= 1


def _announces_saying(text: str, outer: Attribution, inner: Attribution) -> bool:
    """assembly:announced-saying: 'Mr Brown is expected to say that the economy is stronger ...', 'The prime
    minister is expected to tell the conference that ...': a speech the article announces before it is made. The
    verb of expectation (lexicon ``announcing_verbs``, itself a thought verb that would own the clause) has a verb
    of speech right after its "to", whose clause it is; "is expected to believe", a thought, is not read, nor a noun
    phrase ("is expected to announce profits of £2bn": results to come, not words)."""
    if FORM_TO_LEMMA.get(outer.cue_text.split()[-1].lower()) not in _ANNOUNCERS or "content:noun-phrase" in inner.rules:
        return False
    if inner.cue.start < outer.cue.end or text[outer.cue.end : inner.cue.start].split() != ["to"]:
        return False
    return FORM_TO_LEMMA.get(inner.cue_text.split()[0].lower()) in SPEECH_VERBS


_ANNOUNCERS = frozenset(LEXICON.announcing_verbs)
_TENSE_CARRIERS = frozenset(LEXICON.tense_carrying_verbs)
_EVIDENCE_VERBS = frozenset(LEXICON.evidence_verbs)


def _pledged_infinitive_with_particle(text: str, att: Attribution) -> bool:
    """assembly:infinitive-particle: 'After Sunday's announcement they vowed to fight on.', 'Sanders vows to press
    on': a pledge's words (lexicon ``pledging_cues``) that are an infinitive of one verb ending in its particle
    (``infinitive_particles``) are a whole act however short, not a fragment the parse split off."""
    if att.content is None or att.cue_text.split()[-1].lower() not in _PLEDGING_CUES:
        return False
    words = text[att.content.start : att.content.end].strip(" ,;.").lower().split()
    return len(words) == 3 and words[0] == "to" and words[2] in _INFINITIVE_PARTICLES


def _asks_for(text: str, att: Attribution) -> bool:
    """A call with its particle ("called for", "calling on"): what it asks for is its words however short, when
    they name it: not a pronoun standing for it ("That's what we're calling for", "which it called for")."""
    called = "content:call" in att.rules or "content:request" in att.rules
    if not called or att.cue_text.split()[-1].lower() not in _CALL_PARTICLES:
        return False
    words = text[att.content.start : att.content.end].lower().split()
    return bool(words) and words[0] not in _STANDING_FOR_WHAT


def _object_speaks(text: str, outer: Attribution, inner: Attribution) -> bool:
    """assembly:object-speaks: 'The Conservatives' campaign director has denied a report claiming he warned
    ...', 'The figures echo similar research from WebSideStory which suggested that ...': the words the
    outer cue takes are a noun phrase whose own clause (a participle, a relative) reports speech with
    that noun, inside the phrase, as its speaker; the noun phrase says the words, and the outer verb
    answers or echoes it (the speech guidelines give the words to the report or the research). Only a
    document answered (lexicon ``answering_verbs``): annotated news gives "Sanders highlighted polls that
    show ..." and "dismissed Sanders' accusations that ..." to the outer speaker. The inner speaker opens
    the phrase or is a relative pronoun on it; not a subject further in ("expressed doubts over whether
    Speegle and similar sites added anything": no one speaks there)."""
    oc, speaker = outer.content, inner.speaker
    if oc is None or inner.content is None or speaker is None or "content:noun-phrase" not in outer.rules:
        return False
    if outer.cue_text.split()[0].lower() not in ANSWERING_FORMS:
        return False
    phrase = text[oc.start : inner.cue.start].lower().split()
    on_phrase = speaker.start == oc.start or "subject:relative-antecedent" in inner.rules
    return on_phrase and any(w in DOCUMENT_HEADS for w in phrase) and (
        oc.start <= speaker.start and speaker.end <= inner.cue.start and oc.contains(inner.content)
    )


def _speaks_inside(text: str, outer: Attribution, inner: Attribution) -> str | None:
    """The rule by which the inner cue's speaker, inside the noun phrase the outer cue takes, owns the words."""
    if _object_speaks(text, outer, inner):
        return "assembly:object-speaks"
    return "assembly:relative-speaks" if _relative_speaks(text, outer, inner) else None


def _relative_speaks(text: str, outer: Attribution, inner: Attribution) -> bool:
    """assembly:relative-speaks: 'Trump also mocked Carson's story about attacking someone with a hunting knife, an
    event that Carson says led him to Christ': the noun phrase an act verb takes (content:noun-phrase) holds a
    relative clause whose own speaker, a name, says the rest of that clause; the claim is that speaker's, and the
    act around it reports no words (the gold leaves the mocking out and keeps Carson's "says"). Not a relative
    "which" or "that" that speaks itself (assembly:object-speaks reads a document's; a "who" is ``_who_speaks``'s),
    a pronoun or a description (PolNeAR train gives "the state's town halls which he said could not be corrupted"
    and "calls that some of them said were previously unanswered" to the outer speaker), a relative after a
    preposition ("the extent to which Clinton continued ..."), nor the "that" of a document's or a speech noun's
    clause ("cited reports that Mateen said ...", "dismissed a report in Politico that Jeb Bush has been
    considering ..."), read in the relative's own phrase after any comma."""
    oc, speaker = outer.content, inner.speaker
    if oc is None or inner.content is None or speaker is None or "content:noun-phrase" not in outer.rules:
        return False
    if not (oc.start < speaker.start and speaker.end <= inner.cue.start and oc.contains(inner.content)):
        return False
    if _who_speaks(text, oc, inner):
        return True
    if inner.speaker_kind != "name":
        return False
    before = text[oc.start : speaker.start].lower().split()
    if len(before) < 2 or before[-1] not in _RELATIVE_PRONOUNS or before[-2] in _RELATIVE_PREPOSITIONS:
        return False
    said = text[inner.content.start : inner.content.end].lower().split()
    # only the relative's own noun phrase: an apposition after a comma starts it anew ("Carson's story about ...,
    # an event that Carson says": the "that" is the event's, not a clause of the story)
    own = text[oc.start : speaker.start].rsplit(",", 1)[-1].lower().split()
    return said[:1] != ["that"] and not any(_names_words(w) for w in own[:-1])


def _who_speaks(text: str, taken: Span, inner: Attribution) -> bool:
    """assembly:relative-speaks: 'Gordon Brown has criticised a union leader who said conflict between himself and
    Tony Blair was harming ...', 'angering a sheriff who says he was tricked into letting TV crews in': the act's
    object is a person the relative "who" (lexicon ``personal_relative_pronouns``) stands for, who says the rest
    of the clause; the gold keeps the relative's words and leaves the criticism out. Only a reported clause
    (content:clause) on the noun the act's words open with: "promising donors who raise $10,800 ...", "expressed
    particular concern over those ... who had defended the host's remarks" and "hinted at ...: a figure who can
    argue, plainly and personally, that ..." stay the outer speaker's (PolNeAR train)."""
    said_as = text[inner.speaker.start : inner.speaker.end].lower()
    if said_as not in PERSONAL_RELATIVES or not inner.antecedent or "content:clause" not in inner.rules:
        return False
    return text.startswith(inner.antecedent, taken.start)


def _names_words(word: str) -> bool:
    """A document or a speech noun, whose "that" opens what it says, not a relative clause."""
    word = word.strip(",;:")
    return word in DOCUMENT_HEADS or word in SPEECH_NOUNS or word.removesuffix("s") in SPEECH_NOUNS


_RELATIVE_PREPOSITIONS = frozenset(LEXICON.relative_prepositions)


_CONTRAST = re.compile(r"[\s,;]+(?:" + "|".join(LEXICON.contrast_openers) + r")\s+$", re.IGNORECASE)


def _in_contrast_clause(scene: _Scene, mq: MarkedQuote, att: Attribution | None) -> bool:
    """The quote's cue stands in a clause "even as", "although" ... opens inside another cue's words
    (assembly:contrast-clause-cue), which kept that outer cue from taking the quote (assembly:outer-source)."""
    return att is not None and any(
        _contrast_clause(scene, scene.attributions[oi], att) is not None for oi in scene.near(mq.outer)
    )


def _contrast_clause(scene: _Scene, outer: Attribution, inner: Attribution) -> int | None:
    """assembly:contrast-clause-cue: 'The mayor conceded some delays, even as she defended the plan', 'Roe endorsed
    the deal, although she made it clear that ...': the words a cue reports run, in the parse, over a clause
    that "even as", "although" ... opens, whose subject, right after the opening words, has a cue of its own;
    that clause is the sentence's aside, not the first speaker's words, and annotated news gives its words to
    its own speaker. Where the outer words end (before the comma or space ahead of the opening words), or
    None. Not when the outer words are a "that" clause ('said that it would act, even as its chief ...': the
    aside is inside what was said)."""
    oc = outer.content
    if oc is None or inner.speaker is None or inner.content is None or inner.thought:
        return None
    if not (oc.start < inner.speaker.start and inner.cue.end <= oc.end and inner.speaker.end <= inner.cue.start):
        return None
    first = scene.text[oc.start : oc.end].split()[:1]
    if not first or first[0].lower() == "that":
        return None
    m = _CONTRAST.search(scene.text, oc.start, inner.speaker.start)
    return None if m is None or m.end() != inner.speaker.start else m.start()


# --- pass 2b: embedded tweets -----------------------------------------------------------

_TWEET = "assembly:embedded-tweet"


def _embedded_tweets(scene: _Scene, drafts: list[_Draft]) -> list[_Draft]:
    """assembly:embedded-tweet (verbless.find_tweets): a tweet a page embeds is its account's direct quote,
    said on the tweet's date. It takes the place of what the other rules read inside its words or its
    signature line (the uncued '"Meth. We're On It." campaign', reported speech credited to its "I").
    Nested speech inside a tweet is left out with the rest: the tweet has no marked quote to hang it on."""
    tweets = find_tweets(scene.text, scene.article.paragraphs, len(scene.attributions) + len(drafts))
    if not tweets:
        return drafts
    taken = [Span(t.words.start, t.att.cue.end) for t in tweets]
    kept = [d for d in drafts if not any(sp.overlaps(t) for sp in d.spans for t in taken)]
    made = [
        _Draft((t.words,), QuoteKind.DIRECT, t.att, 0.8, rules=(_TWEET,), spoken_on=t.posted)
        for t in tweets
    ]
    return sorted(kept + made, key=lambda d: d.spans[0].start)


_EXCERPT = "assembly:credited-excerpt"


def _credited_excerpts(scene: _Scene, drafts: list[_Draft]) -> list[_Draft]:
    """assembly:credited-excerpt (verbless.find_excerpts): a roundup's excerpt is its outlet's direct quote, one
    span a paragraph. Like a tweet it takes the place of what the other rules read inside it (a reviewer's
    "I", "Google says ..."): the speech an excerpt reports is nested in it, and the excerpt has no marks to
    hang that on."""
    excerpts = find_excerpts(scene.text, scene.article.paragraphs, len(scene.attributions) + len(drafts))
    if not excerpts:
        return drafts
    drafts = _credit_marked(drafts, [e for e in excerpts if e.in_paragraph])
    blocks = [e for e in excerpts if not e.in_paragraph]
    taken = [Span(e.words[0].start, e.att.cue.end) for e in blocks]
    kept = [d for d in drafts if not any(sp.overlaps(t) for sp in d.spans for t in taken)]
    made = [_Draft(e.words, QuoteKind.DIRECT, e.att, 0.8, rules=(_EXCERPT,)) for e in blocks]
    return sorted(kept + made, key=lambda d: d.spans[0].start)


def _credit_marked(drafts: list[_Draft], excerpts: list[Excerpt]) -> list[_Draft]:
    """A paragraph a credit ends ('HEADLINE “...” [WaPo.]') mixes the roundup's own words (its headline, "Tune in
    tonight ...") with the outlet's, which the marks set apart: its marked quotes with no cue are the outlet's.
    One with a cue keeps its speaker (the roundup's "Bernie Sanders said ... “serious trouble.” [NYT.]": the
    credit is the link, the words are his)."""
    credited = []
    for d in drafts:
        uncued = d.att is None and d.marked is not None
        e = next((e for e in excerpts if uncued and e.words[0].contains(d.spans[0])), None)
        if e is not None:
            att = dataclasses.replace(e.att, content=Span(d.spans[0].start, d.spans[-1].end))
            d = dataclasses.replace(d, att=att, confidence=0.8, rules=(*d.rules, _EXCERPT))
        credited.append(d)
    return credited


# --- pass 2c: block quotations after a colon ---------------------------------------------

_BLOCK = "assembly:colon-block"
_BLOCK_LIST = re.compile(LEXICON.block_list_opening)
# a shorter paragraph after the colon is a heading or a caption, not a passage quoted ("Federal role in
# education policy.", "1 Donald Trump.", PolNeAR train)
_MIN_BLOCK_WORDS = 8
_LINE = re.compile(r"[^\n]+")


def _colon_blocks(scene: _Scene, drafts: list[_Draft]) -> list[_Draft]:
    """assembly:colon-block: 'Hewitt writes: ¶ The movie mentions neither the president nor ...', 'In a speech
    last July, he said: ¶ Let no one be mistaken ...' (PolNeAR train, Western Journalism): opinion columns and
    aggregators set a long quotation as its own paragraph, without quotation marks, after a cue paragraph that
    ends in a colon. The paragraph is one direct quote of that cue's speaker (its words as written, set apart by
    the layout as a tweet or an excerpt is), one span a line. What the other rules read inside it stays there as
    nested speech when its speaker is inside too ("in what State Department whistleblowers believed ...");
    the rest (the block's own sentences read on their own, "He thinks it's un-American" given to Trump) goes."""
    paragraphs = scene.article.paragraphs
    made: list[_Draft] = []
    for lead, block in zip(paragraphs, paragraphs[1:]):
        att = _block_cue(scene, lead, drafts)
        if att is not None and _reads_as_block(scene, block, drafts):
            lines = [Span(block.start + m.start(), block.start + m.end()) for m in _LINE.finditer(block.of(scene.text))]
            made.append(_Draft(tuple(lines), QuoteKind.DIRECT, att, 0.7, rules=(_BLOCK,)))
    if not made:
        return drafts
    kept = [_inside_block(d, made) for d in drafts]
    return sorted([d for d in kept if d is not None] + made, key=lambda d: d.spans[0].start)


def _block_cue(scene: _Scene, lead: Span, drafts: list[_Draft]) -> Attribution | None:
    """The cue a paragraph ending in a colon hands on to the paragraph after it: the last verb of speech in its
    last sentence that has a subject and reports nothing in that sentence ("Hewitt writes:", "He wrote about
    the event ... on his blog, observing of Trump:", whose participle has no subject of its own). Not "CNN also
    noted the relatively sparse attendance:" nor "O'Malley reminded viewers that he doesn't:" (what the verb
    reports is before the colon), nor a colon with no speaker ("Here's the list:", "Watch the ad below:"), nor
    any verb a colon reads as a cue only before quotation marks ("cue:colon": "Nor has he stood idle while
    China breaks WTO rules:", "I am here to tell you what I am doing to show that I have learned from them:",
    PolNeAR train, each before the writer's own paragraph)."""
    text = scene.text
    if not lead.of(text).endswith(":"):
        return None
    sentence = _sentence_span(scene, lead.end - 1)
    start = max(lead.start, sentence.start if sentence is not None else lead.start)
    taken = {id(d.att) for d in drafts if d.att is not None}
    cues = [
        att for ai, att in enumerate(scene.attributions)
        if start <= att.cue.start < lead.end and att.speaker is not None and not att.thought
        and _CUE_VERB_RULE in att.rules and scene.inner_of[ai] is None and id(att) not in taken
    ]
    if not cues:
        return None
    att = max(cues, key=lambda a: a.cue.start)
    return att if att.content is None else None


def _reads_as_block(scene: _Scene, block: Span, drafts: list[_Draft]) -> bool:
    """The paragraph after the colon is quoted prose: not opened by a quotation mark (the marked quote's own rules
    read that one), not a list or markup, not a heading, not a cue paragraph of its own, and not a tweet or an
    excerpt another rule has taken."""
    words = block.of(scene.text)
    if words[0] in ALL_MARKS or _BLOCK_LIST.match(words) or words.endswith(":"):
        return False
    if len(words.split()) < _MIN_BLOCK_WORDS:
        return False
    return not any(_TWEET in d.rules or _EXCERPT in d.rules for d in drafts if d.spans[0].overlaps(block))


def _inside_block(d: _Draft, blocks: list[_Draft]) -> _Draft | None:
    """A draft whose words lie in a block: nested speech when its speaker is inside the block too, else left out
    (the block's words are its cue's). Drafts outside every block stay as they are."""
    block = next((b for b in blocks if any(bs.overlaps(sp) for bs in b.spans for sp in d.spans)), None)
    if block is None:
        return d
    whole = Span(block.spans[0].start, block.spans[-1].end)
    if d.att is None or d.att.speaker is None or not whole.contains(d.att.speaker):
        return None
    return dataclasses.replace(d, kind=QuoteKind.NESTED, marked=None, parent_marked=None, rules=(*d.rules, _BLOCK))


# --- pass 3: quotes with no cue of their own -------------------------------------------------


def _carry_over(scene: _Scene, drafts: list[_Draft]) -> list[_Draft]:
    """Quotes with no cue of their own continue the previous speaker's words: in the same
    paragraph they are one quote interrupted by its cue, or a continuation; in the next
    paragraph a continuation."""
    merged: list[_Draft] = []
    last = None  # index in ``merged`` of the last draft with a speaker
    quoted = None  # ... and of the last direct quote with one
    carried_on = None  # ... and of the last uncued words carried over after reported speech
    # (a cue whose parse read the sentence before as its words made reported speech of it: not a quote's)
    taken = frozenset(d.att.cue for d in drafts if d.att is not None and d.marked is not None)
    tweet_paragraphs: set[int] = set()  # the paragraphs embedded tweets hold, words and signature line
    for d in drafts:
        if d.kind is QuoteKind.NESTED:
            merged.append(d)
            continue
        between = _cue_between(scene, merged[last], d, taken) if last is not None and d.att is None else None
        if between is not None:
            d = dataclasses.replace(d, att=between, confidence=0.5 + 0.3 * between.strength,
                                    rules=(*d.rules, "assembly:cue-between"))
        if _TWEET in d.rules or _EXCERPT in d.rules:
            merged.append(d)  # a tweet stands apart: the article's words after it do not go on with it
            pars = scene.article.paragraphs
            tweet_paragraphs.update(range(paragraph_of(pars, d.spans[0].start), paragraph_of(pars, d.att.cue.end) + 1))
            continue
        if d.att is not None and d.att.speaker is not None and not _relative_speaker(d.att):
            last = len(merged)
            quoted = last if d.kind is QuoteKind.DIRECT else quoted
            merged.append(d)
            continue
        if d.att is not None and d.att.speaker is not None:
            merged.append(d)  # (a relative pronoun's claim is no turn: the words after go on with the speaker's)
            continue
        aside = d.att is None and quoted is not None and quoted != last and _within_cue_clause(scene, merged, quoted)
        carrier = quoted if aside else last
        about = _subject_before(scene, merged[carrier], d) if carrier is not None else None
        if about is not None:
            merged.append(dataclasses.replace(d, att=about, confidence=0.5, rules=(*d.rules, SUBJECT_BEFORE)))
            # that person's turn goes on: the next uncued words are theirs, not the speaker's before
            last = quoted = len(merged) - 1
            continue
        # (carried-on words have no cue of their own to interrupt: the next quoted words are a quote of their own)
        if carrier is not None and carrier != carried_on and _interrupted(scene, merged[carrier], d):
            merged[carrier] = _joined(merged[carrier], d, aside)
        elif carrier is not None and d.att is None:
            goes_on = _continued(scene, merged[carrier], d, aside, tweet_paragraphs)
            joinable = goes_on.continued and merged[carrier].kind in _JOINABLE and carrier != carried_on
            turn = _new_turn(scene, merged[carrier], goes_on) if joinable else None
            if turn is not None:
                merged.append(dataclasses.replace(goes_on, rules=(*goes_on.rules, turn)))
                # the turn goes on from this paragraph: the next uncued one carries the speaker over again
                # (a roundup's paragraphs, "David Blunkett in quotes")
                last = quoted = len(merged) - 1
            elif joinable and not any(m.att is not None and _relative_speaker(m.att) for m in merged[carrier + 1 :]):
                merged[carrier] = _joined_continuation(merged[carrier], goes_on)
            else:
                merged.append(goes_on)
                if _carries_on(goes_on):
                    last = quoted = carried_on = len(merged) - 1
        else:
            merged.append(d)
    return merged


def _carries_on(goes_on: _Draft) -> bool:
    """'... the tax burden would have to rise, he claims. ¶ "We are being straightforward with people ..." ¶
    "That is a clear cut choice for people ..."' (BBC politics/284): quoted words with no cue that go on from
    reported speech, a quote of their own, carry its speaker on: the next uncued paragraph goes on from them
    (each a quote of its own, as they are, not a piece of the one before), not only the paragraph right after
    the reported speech."""
    return goes_on.continued and goes_on.kind is QuoteKind.DIRECT


def _cue_between(scene: _Scene, first: _Draft, d: _Draft, taken: frozenset[Span]) -> Attribution | None:
    """assembly:cue-between: 'Democratic Sen. Claire McCaskill scolded him: “The scientific community
    ...,” she said. “When you call a product a miracle, ...”': the quote before took a cue before it,
    and a cue no quote took stands alone between the two in the paragraph; annotated news gives it
    to the quote after it, which goes on with its speaker rather than the first quote's."""
    lo, hi = first.spans[-1].end, d.spans[0].start
    pars = scene.article.paragraphs
    if first.kind is not QuoteKind.DIRECT or hi - lo > 300 or paragraph_of(pars, lo) != paragraph_of(pars, hi):
        return None
    if first.att is None or first.att.cue.end > first.spans[0].start:
        return None  # ('"...," Arab News quoted Prince Saud as saying. "...": the cue clause is the first quote's)
    for ai in scene.near(Span(lo, hi)):
        o = scene.attributions[ai]
        if o.cue in taken or scene.inner_of[ai] is not None or o.speaker is None or not _speaks(o):
            continue  # ('"...," came the response. "...": no verb of speech)
        if o.content is not None and o.content.end > lo:
            continue  # (a parse may read the sentence before the first quote as its words)
        start, end = min(o.cue.start, o.speaker.start), max(o.cue.end, o.speaker.end)
        if lo <= start and end <= hi and only_glue(scene.text[lo:start]) and only_glue(scene.text[end:hi]):
            return o
    return None


# the quotes a continuation joins: quoted words, not reported speech ("He said the plan was dead. “...”")
_JOINABLE = (QuoteKind.DIRECT, QuoteKind.MIXED)


# a quoted paragraph with no cue after a closed quote: a quote of its own, the speaker carried over
CARRIED_PARAGRAPH = "assembly:carried-paragraph"
CARRIED_AFTER_NARRATIVE = "assembly:carried-after-narrative"


# an uncued quote after a sentence about someone other than the speaker before: that person's
SUBJECT_BEFORE = "assembly:subject-before"


def _subject_before(scene: _Scene, carrier: _Draft, d: _Draft) -> Attribution | None:
    """assembly:subject-before: '"...," said Nadal afterwards. US coach Patrick McEnroe wants Roddick ... to
    play more tennis on clay. "I think it will help these guys ..."', 'Ruddock, though, is keen to protect his
    players from injury and fatigue. "At this stage, ..."': uncued quoted words that open their sentence right
    after a whole sentence of narration whose subject is a person the article names, another than the
    speaker before, are that person's (annotated news credits them so), not a piece of the quote before.
    Only in the carrier's paragraph, with no quoted words and no cue of speech in that sentence (a cue there
    is assembly:cue-before's), and only when the speaker before is named too (a pronoun's person is not
    known yet)."""
    if d.att is not None or d.marked is None or d.kind is not QuoteKind.DIRECT or not scene.sentences:
        return None
    mq = scene.marked[d.marked]
    at = sentence_of(scene.sentences, mq.open_mark)
    if at == 0 or not opens_sentence(scene.text, scene.sentences, mq):
        return None
    before = scene.sentences[at - 1]
    att = carrier.att
    if att is None or att.speaker_kind != "name" or before.start < max(carrier.spans[-1].end, att.cue.end):
        return None
    pars = scene.article.paragraphs
    if len({paragraph_of(pars, before.start), paragraph_of(pars, mq.open_mark), paragraph_of(pars, att.cue.start)}) > 1:
        return None
    if has_marks(scene.text[before.start : mq.open_mark]) or _cue_in(scene, before):
        return None
    found = _named_subject(scene, before.start, before.end)
    if found is None:
        return None
    speaker, verb = found
    name = speaker.of(scene.text)
    person = _person_named(scene, name)
    if person is None or person is _person_named(scene, att.speaker_text or ""):
        return None
    return Attribution(
        cue=verb, cue_text=verb.of(scene.text), speaker=speaker, speaker_text=name, speaker_kind="name",
        speaker_head=name.split()[-1].lower(), speaker_label=None, content=None, holes=(),
        strength=0.5, thought=False, frame=-1, cue_after_content=False,
    )


_RELATIVE_PRONOUNS = frozenset(LEXICON.relative_pronouns)
_SPEAKER_HEADS = ROLE_NOUNS | GROUP_HEADS | ORG_NOUNS | DOCUMENT_HEADS


def _relative_speaker(att: Attribution) -> bool:
    """'People have to be educated about "sensible behaviour" he says, such as ignoring e-mails that claim you
    have won something. ¶ "I don't think ..."': a speaker that is a relative pronoun ("that", "which", "who")
    whose noun is no one who speaks (no name, no noun of a person, group, body or document: "e-mails") says
    words inside someone else's sentence, not a turn of their own: the next paragraph's uncued words go on with
    the speaker before it ("Mr. Ekovich, who noted", "critics who say" keep theirs), as a quote of its own (the
    relative's words stand between)."""
    if (att.speaker_text or "").strip().lower() not in _RELATIVE_PRONOUNS:
        return False
    noun = (att.antecedent or "").split()
    return not noun or not (noun[0][:1].isupper() or noun[-1].lower() in _SPEAKER_HEADS)


def _cue_in(scene: _Scene, sentence: Span) -> bool:
    """A cue with a speaker stands in the sentence (not one inside quoted words)."""
    return any(
        scene.attributions[ai].speaker is not None and sentence.contains(scene.attributions[ai].cue)
        and scene.inner_of[ai] is None
        for ai in scene.near(sentence)
    )


def _new_turn(scene: _Scene, carrier: _Draft, goes_on: _Draft) -> str | None:
    """The rule that keeps uncued quoted words going on with the carrier's speaker a quote of their own,
    or None when they are a piece of the carrier's quote."""
    if _carried_paragraph(scene, carrier, goes_on):
        return CARRIED_PARAGRAPH
    if _carried_after_narrative(scene, carrier, goes_on):
        return CARRIED_AFTER_NARRATIVE
    return None


def _carried_paragraph(scene: _Scene, carrier: _Draft, goes_on: _Draft) -> bool:
    """assembly:carried-paragraph: '“...,” according to Q magazine editor Paul Rees. ¶ “This makes them
    ...”': the carrier's marks close in its paragraph and the next paragraph opens quoted words with no
    cue, a quote of its own with the same speaker (the guidelines' carry-over), not a second piece of
    the first. A quote whose marks stay open over the paragraph break is one quote already (marks.py
    follows the news convention), and one that runs on past an embedded tweet stays open so too."""
    if "assembly:continues-next-paragraph" not in goes_on.rules or "assembly:continues-past-tweet" in goes_on.rules:
        return False
    return carrier.marked is not None and scene.marked[carrier.marked].closed


def _carried_after_narrative(scene: _Scene, carrier: _Draft, goes_on: _Draft) -> bool:
    """assembly:carried-after-narrative: '“The actual number ...,” said Dr Carpenter. Standards are vital
    ... . “Our first goal is ...”': in the same paragraph, two sentences of the writer's own or more stand
    between the carrier's closed quote (with its cue) and quoted words that open a sentence with no
    cue: the speaker's next turn, a quote of its own with the same speaker, as across a paragraph
    break (``_carried_paragraph``); '“A,” he said. “B.”', with nothing between, stays one quote."""
    if "assembly:continues" not in goes_on.rules or carrier.marked is None or goes_on.marked is None:
        return False
    if not scene.marked[carrier.marked].closed:
        return False
    mq = scene.marked[goes_on.marked]
    return _narrative_between(scene, carrier, goes_on) and opens_sentence(scene.text, scene.sentences, mq)


def _narrative_between(scene: _Scene, first: _Draft, d: _Draft) -> bool:
    """Two whole sentences or more stand between the end of the first quote's turn (its last words or
    its cue, whichever comes later) and the next quoted words: the writer's own, which end the turn.
    One is a beat inside it ('Barkley said: “A.” He paused. “B.”', one quote as PolNeAR train joins it)."""
    if not scene.sentences or first.att is None:
        return False
    turn_end = max(first.spans[-1].end, first.att.cue.end) - 1
    return sentence_of(scene.sentences, d.spans[0].start) - sentence_of(scene.sentences, turn_end) > 2


def _joined_continuation(first: _Draft, goes_on: _Draft) -> _Draft:
    """assembly:continues joins the quote it goes on: '“A,” he said. “B.” “C.”' is one quote of one
    speaker in three pieces, as a quote that runs over a paragraph break without closing its marks is
    one (annotated news joins them so too); a next paragraph's joins when the quote before stays
    open, not after a closed one (``_new_turn``)."""
    added = tuple(r for r in goes_on.rules if r not in first.rules and r != "assembly:uncued")
    return dataclasses.replace(first, spans=first.spans + goes_on.spans, rules=(*first.rules, *added))


def _within_cue_clause(scene: _Scene, merged: list[_Draft], quoted: int) -> bool:
    """assembly:cue-clause-aside: every speaker after the quote at ``quoted`` speaks inside the
    sentence of its cue ('“Revenues are up,” said Mr. Ekovich, who noted that ... . “Things are
    moving.”', '“...,” said Murphy, using a term Rubio has used, ...'): an aside of that cue
    clause, so the next quote without a cue goes on with the quote's speaker, not the aside's."""
    cue = merged[quoted].att.cue
    sentence = scene.sentences[sentence_of(scene.sentences, cue.start)] if scene.sentences else None
    later = [
        d for d in merged[quoted + 1 :]
        if d.att is not None and d.att.speaker is not None and d.kind is not QuoteKind.NESTED
    ]
    # the asides stand after the cue ('Ed Davey said instead of the “bonfire of quangos” New Labour
    # had promised, ...': the quote's cue is the aside there, the main cue came first)
    return (
        bool(later) and sentence is not None
        and all(sentence.contains(d.att.cue) and d.att.cue.start > cue.start for d in later)
        and not any(a.cue.start < cue.start and sentence.contains(a.cue) and a.speaker is not None
                    and scene.inner_of[i] is None  # ('“Do these people read newspapers?” said ...': quoted)
                    for i, a in ((i, scene.attributions[i]) for i in scene.near(sentence)))
    )


def _interrupted(scene: _Scene, first: _Draft, d: _Draft) -> bool:
    """assembly:cue-interrupts: '“We will win,” he said. “And we will stay.”' in one paragraph:
    nothing but the first part's cue clause stands between the two parts."""
    pars = scene.article.paragraphs
    return (
        d.att is None
        and first.kind is QuoteKind.DIRECT
        and d.kind is QuoteKind.DIRECT
        and paragraph_of(pars, d.spans[0].start) == paragraph_of(pars, first.spans[-1].end)
        and only_cue_between(scene.text, first.spans[-1].end, d.spans[0].start, first.att)
        and not _narrative_between(scene, first, d)  # the cue's sentence, then the writer's own
    )


def _joined(first: _Draft, d: _Draft, aside: bool = False) -> _Draft:
    added = ("assembly:cue-interrupts", *(("assembly:cue-clause-aside",) if aside else ()))
    rules = (*first.rules, *(r for r in added if r not in first.rules))
    return dataclasses.replace(first, spans=first.spans + d.spans, rules=rules)


def _continued(
    scene: _Scene, last: _Draft, d: _Draft, aside: bool = False, tweet_paragraphs: AbstractSet[int] = frozenset()
) -> _Draft:
    """assembly:continues: '“It was a mistake,” she said. Then: “We should have waited.”' carries
    her over (same paragraph); assembly:continues-next-paragraph: a paragraph that opens with
    quoted words and no cue, right after hers; assembly:continues-past-tweet: after an embedded tweet
    set inside a statement that runs on unclosed ('Tottenham said in a statement: "A. ¶ "B. ¶ Club
    statement ¶ — Tottenham Hotspur (@SpursOfficial) November 20, 2019 ¶ "C."'), the statement's
    next paragraph, as a page's reader sees the tweet set aside."""
    pars = scene.article.paragraphs
    gap = paragraph_of(pars, d.spans[0].start) - paragraph_of(pars, last.spans[-1].end)
    past_tweet = gap > 1 and _runs_on_past_tweet(scene, last, d, tweet_paragraphs)
    gap = 1 if past_tweet else gap
    if gap > 1 or (gap == 1 and (_cue_intervenes(scene, last, d) or not _opens_paragraph(scene, d))):
        return d
    rules = ("assembly:continues" if gap == 0 else "assembly:continues-next-paragraph",)
    rules += ("assembly:continues-past-tweet",) if past_tweet else ()
    rules += ("assembly:cue-clause-aside",) if aside else ()
    return dataclasses.replace(
        d, att=last.att, continued=True, confidence=0.6 if gap == 0 else 0.5, rules=(*d.rules, *rules)
    )


def _runs_on_past_tweet(scene: _Scene, last: _Draft, d: _Draft, tweet_paragraphs: AbstractSet[int]) -> bool:
    """For assembly:continues-past-tweet: the carrier is a direct quote whose marks never close and every
    paragraph between it and this quote is an embedded tweet's."""
    if last.kind is not QuoteKind.DIRECT or last.marked is None or scene.marked[last.marked].closed:
        return False
    pars = scene.article.paragraphs
    between = range(paragraph_of(pars, last.spans[-1].end) + 1, paragraph_of(pars, d.spans[0].start))
    return all(i in tweet_paragraphs for i in between)


def _opens_paragraph(scene: _Scene, d: _Draft) -> bool:
    """For assembly:continues-next-paragraph: the quoted words open their paragraph ('“...,” she said. ¶
    “...”') or a sentence of it ('... she said. ¶ He has served in Washington since 2014. “...”'), not
    a sentence of other words further on ('... she said. ¶ The ad then cuts to footage of Trump saying,
    “...”', whose own subject, not the speaker before, owns them)."""
    if d.marked is None or not scene.sentences:
        return True
    mq = scene.marked[d.marked]
    start = scene.article.paragraphs[paragraph_of(scene.article.paragraphs, mq.open_mark)].start
    before = scene.text[start : mq.open_mark]
    # (a phrase that introduces the words keeps them: 'Then, later that month on CNN: “...”')
    return only_glue(before) or opens_sentence(scene.text, scene.sentences, mq) or before.rstrip().endswith(":")


def _cue_intervenes(scene: _Scene, last: _Draft, d: _Draft) -> bool:
    """A cue with a speaker stands between the carrier's quote and this one ('“...,” Westmacott said.
    ¶ Later that day, the pro-ethanol group America's Renewable Future said it is “confident ...”',
    'Iowa State University's Dianne Bystrom agreed. “...”'): the carrier's turn has ended."""
    lo, hi = last.spans[-1].end, d.spans[0].start
    return any(
        scene.attributions[ai].speaker is not None and lo <= scene.attributions[ai].cue.start < hi
        and scene.inner_of[ai] is None and scene.attributions[ai].cue != last.att.cue
        and not _aside_of(scene, last.att, scene.attributions[ai])
        for ai in scene.near(Span(lo, hi))
    )


def _aside_of(scene: _Scene, carrier: Attribution, att: Attribution) -> bool:
    """For assembly:continues-next-paragraph: '“...?” said Murphy, who thinks often
    about the son's words. ¶ “I mean, ...”': a cue later in the carrier's own cue sentence is an
    aside of that clause and does not end the carrier's turn."""
    if not scene.sentences or att.cue.start < carrier.cue.start:
        return False
    sentence = scene.sentences[sentence_of(scene.sentences, carrier.cue.start)]
    return sentence.contains(att.cue)


CARRIED_BACKSHIFT = "assembly:carried-backshift"
_BACKSHIFT_MODALS = frozenset(LEXICON.backshift_modals)


def _carried_backshift(scene: _Scene, drafts: list[_Draft]) -> list[_Draft]:
    """assembly:carried-backshift: 'The important thing was action and not words, he said, adding that ... only
    "six or seven million" had been spent. It would become easier in the coming weeks to assess just how much
    money would have to be put in.', '“This is not a hard race,” he said, citing ... . Trump would not need to put
    a woman or minority on the ticket ...': news carries on someone's words in the sentence after them with no
    cue, backshifted; annotated news credits such a sentence, a quote of its own, to the speaker before. Only
    the sentence right after one that is the speaker's words, on the same line, with no quote or cue of its own
    and "would" or "should" opening its main clause to say it is reported (the writer's own guesses after a
    quote speak in "could"); it carries on to the next sentence of that shape."""
    if not scene.sentences:
        return drafts
    spans = sorted(sp for d in drafts for sp in d.spans)
    starts = [sp.start for sp in spans]
    carriers: dict[int, _Draft] = {}  # the sentence a speaker's words end in -> the last such draft there
    for d in drafts:
        if _speech_sentence(scene, d):
            at = sentence_of(scene.sentences, _draft_end(d) - 1)
            if at not in carriers or _draft_end(carriers[at]) <= _draft_end(d):
                carriers[at] = d
    added = []
    for at, carrier in sorted(carriers.items()):
        nxt = at + 1
        while nxt < len(scene.sentences) and _backshifted(scene, scene.sentences[nxt], carrier, starts, spans):
            sentence = scene.sentences[nxt]
            content = _without_full_stop(scene.text, sentence)
            kind = QuoteKind.MIXED if has_marks(content.of(scene.text)) else QuoteKind.INDIRECT
            added.append(_Draft((content,), kind, carrier.att, 0.45, continued=True, rules=(CARRIED_BACKSHIFT,)))
            nxt += 1
    return sorted(drafts + added, key=lambda d: d.spans[0].start) if added else drafts


def _speech_sentence(scene: _Scene, d: _Draft) -> bool:
    """For assembly:carried-backshift: the draft's words open their sentence and its cue follows them ('The
    important thing was action and not words, he said', '"...," said Mr Hogan.'): the sentence is the
    speaker's words. Narration that names a speaker first ('Ms. Epstein noted that ...') is not carried on."""
    if d.kind is QuoteKind.NESTED or d.continued or d.att is None or d.att.speaker is None or _TWEET in d.rules:
        return False
    first = d.spans[0].start
    if d.att.cue.start < first:
        return False
    sentence = scene.sentences[sentence_of(scene.sentences, first)]
    return only_glue(scene.text[sentence.start : first])


def _draft_end(d: _Draft) -> int:
    return max(d.spans[-1].end, d.att.cue.end, d.att.speaker.end)


def _without_full_stop(text: str, sentence: Span) -> Span:
    """The sentence as reported words: without the space and full stop at its end, as a parsed clause is."""
    end = sentence.end
    while end > sentence.start and (text[end - 1].isspace() or text[end - 1] in ".!"):
        end -= 1
    return Span(sentence.start, end)


def _backshifted(scene: _Scene, sentence: Span, carrier: _Draft, starts: list[int], spans: list[Span]) -> bool:
    """For assembly:carried-backshift: the sentence follows on the carrier's line (no paragraph or line
    break between), holds no one's quote or cue, does not open with quoted words, and its main clause opens
    with a short subject and a past modal ('It would become easier', 'Trump would not need'), not a modal
    in a clause set before or after it ('While the technique ... might cause problems ...', 'He then
    provided a broad outline for how he would deal with that', which narration has)."""
    text = scene.text
    if "\n" in text[_draft_end(carrier) : sentence.start]:
        return False
    if overlaps_any(starts, spans, sentence) or any(sentence.contains(scene.attributions[ai].cue)
                                                    for ai in scene.near(sentence)):
        return False
    said = sentence.of(text).strip()
    if not said or has_marks(said[0]):
        return False
    return _opens_with_modal(said)


# the longest subject a carried-on sentence opens with before its modal ('The important thing would')
_MAX_SUBJECT_WORDS = 4


def _opens_with_modal(said: str) -> bool:
    """The sentence's first modal stands after a few words of subject with no comma or subordinating word."""
    toks = _TOKEN.findall(said)
    at = next((k for k, t in enumerate(toks) if t.lower() in _BACKSHIFT_MODALS), None)
    if at is None or at == 0 or at > _MAX_SUBJECT_WORDS:
        return False
    subject = toks[:at]
    return "," not in subject and not any(t.lower() in _SUBORDINATING for t in subject)


# --- pass 4: speakers ------------------------------------------------------------------


def _note_speakers(drafts: list[_Draft], names: NameIndex) -> None:
    """Tell the name index where each named person speaks (pronoun resolution reads it). Someone
    quoted inside a quote does not speak in the article's own voice: no pronoun goes back to them."""
    for d in drafts:
        if d.kind is QuoteKind.NESTED:
            continue
        if d.att and d.att.speaker is not None and d.att.speaker_kind == "name":
            person = names.find(d.att.speaker_text or "")
            for p in names.people:
                if p.name == (d.att.speaker_text or "") or (person is p):
                    p.is_speaker_at.append(d.att.speaker.start)


# descriptions that take up a named organisation: unresolved, they are no unnamed one for a later "it"
_NAMED_ORGANISATION_HEADS = (
    frozenset(LEXICON.named_organisation_heads) | frozenset(LEXICON.described_organisations)
    | frozenset(LEXICON.outlet_heads)
)


# the cue rule of a nominal claim: "his allegations that", "Mueller’s testimony that"
_NOMINAL_CLAIM = "cue:speech-noun"

# the name rule that names the originator of words a relay passes on ("Sanders said, according to CNN")
_RELAYED_ORIGINATOR = "speaker:relayed-originator"

# the rule that types a description no other rule resolved ("the man", "The businessman") as a person
_UNRESOLVED_PERSON = "speaker:gendered-noun"


def _resolve_speakers(scene: _Scene, drafts: list[_Draft], holder: Holder | None) -> dict[int, tuple]:
    """Name, type and deciding rule of every speaker mention, by its offset; in text order, so
    pronouns see earlier speakers (never a nested speaker: the outer quote's pronoun is not theirs)."""
    history: list[tuple[int, str | None, str | None]] = []
    resolved: dict[int, tuple[str | None, str | None, str | None]] = {}
    for d in drafts:
        att = d.att
        if att is None or att.speaker is None or not att.speaker_text or att.speaker.start in resolved:
            continue
        said_as = att.antecedent or att.speaker_text  # "who" resolves through its noun
        mention = Mention(said_as, att.speaker, att.speaker_kind, att.speaker_label, att.speaker_head)
        name, typ, rule = resolve_with_rule(
            mention, scene.names, history=history, published=scene.article.published, holder=holder
        )
        resolved[att.speaker.start] = (name, _issued_document_type(att, typ), rule)
        if d.kind is QuoteKind.NESTED:
            continue  # "“As President Zelensky just said, ...,” Stoltenberg said. ... he said": not Zelensky
        if rule == _RELAYED_ORIGINATOR:
            # '"...," Salceda said in a bill, according to the Philippine Star': the originator is named inside
            # the relay's sentence, not a turn of theirs a later "he" goes back to (the relay was no person);
            # the relay is still the organisation that spoke ("Right Wing Watch first reported" is no "she" later)
            _add_relay_organisation(history, mention, scene, holder)
            continue
        if _NOMINAL_CLAIM in att.rules and not _owner_opens_sentence(scene, att):
            # "Marion Jones has filed a lawsuit ... following his allegations that he gave her ... The Sydney
            # Olympic gold medallist says": a claim named inside another's sentence is no turn of its owner's;
            # the description after it is still the one the sentence was about
            continue
        if name and typ == "person":
            history.append((att.speaker.start, name, _gender(scene.names, att, name)))
        elif typ == "org" and (name or (att.speaker_head or "").lower() not in _NAMED_ORGANISATION_HEADS):
            # what a later "it" is; an organisation the article does not name too ("the government said ...
            # It also pledged"): the "it" is that body, not an older one that was named
            history.append((att.speaker.start, name, NEUTER))
        elif typ == "person" and att.speaker_kind != "pronoun" and GENDER_WORDS.get((att.speaker_head or "").lower()) \
                and rule != _UNRESOLVED_PERSON:
            # "a spokeswoman said ... She added": a later "she" is that unnamed speaker, nobody named before; not
            # a description no rule resolved ("The businessman ... also voiced concern. And he branded ..."):
            # it may be the person named before, whom the later "he" still is
            history.append((att.speaker.start, None, GENDER_WORDS[att.speaker_head.lower()]))
    return resolved


def _owner_opens_sentence(scene: _Scene, att: Attribution) -> bool:
    """Whether a claim's owner opens its sentence: "The Florida senator’s answer was that “...,” so government
    should help families. But he had a bit of a slip. ¶ “...,” he said" (PolNeAR train huff-post 2015-11-11): the
    sentence is about its owner, whose turn it is, so the "he" after it is Rubio, not the moderator who asked."""
    sentence = _sentence_span(scene, att.speaker.start)
    return sentence is not None and not scene.text[sentence.start : att.speaker.start].strip()


# the subject rule that gives a document's words to the subject that issued it ("published a blog post that said")
_RELATIVE_ISSUER = "subject:relative-issuer"


def _issued_document_type(att: Attribution, typ: str | None) -> str | None:
    """"The company published a blog post that said ...": the words are the document's, which the subject rule
    gives to its issuer (``subjects.relative_issuer``); an organisation's document keeps the type of a document,
    named by its issuer (GUIDELINES), while a person's stays theirs, their own words."""
    return "document" if typ == "org" and _RELATIVE_ISSUER in att.rules else typ


def _add_relay_organisation(history: list, mention: Mention, scene: _Scene, holder: Holder | None) -> None:
    """The relay whose originator the name rules named, as the organisation it is, a turn of its own."""
    relay, typ, _rule = resolve_with_rule(
        mention, scene.names, history=history, published=scene.article.published, holder=holder, as_relay=True
    )
    if relay and typ == "org":
        history.append((mention.span.start, relay, NEUTER))


def _gender(names: NameIndex, att: Attribution, name: str) -> str | None:
    """The speaker's gender from the mention ("Mrs May"), the person the index knows or their given name;
    a person the index knows without one learns it from the mention."""
    gender = GENDER_WORDS.get(_gender_word(att.speaker_text))
    person = names.find(name)
    if person and not person.gender and gender:
        person.gender = gender
    # (a later "she" is not "Paul Miller", whom no title gives a gender: the history holds his given name's
    # from the hand lists; not the birth counts', which do not overrule who spoke last: ``known_gender``)
    return gender if gender is not None or person is None else known_gender(person)


def _gender_word(mention: str) -> str:
    """The mention's word that tells its gender: its first, but past a possessive opening a longer mention,
    which is the relative's ("His wife Sharon, who called the police, said" is a woman, BBC entertainment/141;
    taking "His" made her a man and gave her later "She said" to a place)."""
    words = mention.lower().split()
    if len(words) > 1 and words[0] in _PERSONAL_POSSESSIVES:
        return words[1].strip(",")
    return words[0]


# --- pass 5: quotes -------------------------------------------------------------------------


def _quotes(scene: _Scene, drafts: list[_Draft], resolved: dict[int, tuple]) -> list[Quote]:
    """The Quotes of the drafts, nested ones pointing at the quote around them when it came first."""
    text = scene.text
    out: list[Quote] = []
    index_of_marked: dict[int, int] = {}
    for d in drafts:
        spans = tuple(sorted(t for t in (trim(text, sp) for sp in d.spans) if t is not None))
        if not spans:
            continue
        speaker = _speaker(text, d.att, resolved)
        parent = None
        if d.kind is QuoteKind.NESTED and d.parent_marked is not None:
            parent = index_of_marked.get(d.parent_marked)
            parent = _around(out, d.spans[0]) if parent is None else parent
        conf = d.confidence + (0.05 if speaker and speaker.name else 0)
        out.append(
            Quote(
                text=" ".join(text[s.start : s.end] for s in spans), spans=spans, kind=d.kind,
                # a continued quote's cue is elsewhere
                cue=Cue(d.att.cue_text, d.att.cue) if d.att is not None and not d.continued else None,
                speaker=speaker, confidence=round(min(1.0, max(0.0, conf)), 3),
                figures=tuple(f for s in spans for f in find_figures(text, s)), parent=parent,
                spoken_on=d.spoken_on,
                # the attribution's rules, assembly's, then the speaker's; a continued quote names the
                # attribution it borrows
                rules=(*(d.att.rules if d.att is not None else ()), *d.rules, *_speaker_rule(d.att, resolved)),
            )
        )
        if d.marked is not None:
            index_of_marked[d.marked] = len(out) - 1
    return out


def _speaker(text: str, att: Attribution | None, resolved: dict[int, tuple]) -> Speaker | None:
    if att is None or att.speaker is None or not att.speaker_text:
        return None
    name, typ, _rule = resolved[att.speaker.start]
    # The mention as the article writes it: the parser's text differs when the
    # subject took in a quoted stretch, which the frame holds as a placeholder.
    return Speaker(att.speaker.of(text), att.speaker, repaired_name(name), typ)


def _speaker_rule(att: Attribution | None, resolved: dict[int, tuple]) -> tuple[str, ...]:
    """The speaker-resolution rule that named the quote's speaker ("speaker:pronoun"), if any."""
    if att is None or att.speaker is None or att.speaker.start not in resolved:
        return ()
    rule = resolved[att.speaker.start][2]
    return (rule,) if rule else ()


def _around(quotes: list[Quote], span: Span) -> int | None:
    """The first quote (not itself nested) whose words hold ``span``."""
    return next(
        (i for i, q in enumerate(quotes) if q.kind is not QuoteKind.NESTED and any(s.contains(span) for s in q.spans)),
        None,
    )


def _link_late_parents(quotes: list[Quote]) -> list[Quote]:
    """Nested quotes found before their parent was emitted point at it now."""
    return [
        dataclasses.replace(q, parent=_around(quotes, q.spans[0]))
        if q.kind is QuoteKind.NESTED and q.parent is None
        else q
        for q in quotes
    ]
