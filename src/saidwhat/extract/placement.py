"""Where quoted words stand against cues, sentences and each other: the geometry assembly reads.

Owns small tests on offsets into an article's text (does a cue adjoin a quote,
does a quote open its sentence, does only a cue clause stand between two
stretches of quoted words). Each answers one question and decides nothing
about a quote by itself; assemble.py's passes do that. Touches no parse.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..models import Span
from .attribute import Attribution
from .lexicon import LEXICON
from .marks import MarkedQuote
from .rules import ALL_MARKS, ROLE_NOUNS
from .syntax import HANDING_ON_MARKS

__all__ = [
    "adjoins", "enclosing_quote", "has_marks", "misread_content", "only_cue_between", "only_cue_outside",
    "only_glue", "opens_sentence", "overlaps_any", "paragraph_of", "resumes", "trim", "words", "words_in",
]

_INTRO_GLUE = frozenset(LEXICON.cue_to_quote_glue)
_INTRODUCERS = frozenset(LEXICON.quote_introducers)
_SENTENCE_BEFORE = frozenset(".!?:\n")
# what ends a clause before an opening mark: a colon, a comma, an aside's bracket or dash
_CLAUSE_BREAKS = tuple(LEXICON.clause_breaks_before_quote)


def only_glue(text: str) -> bool:
    return all(not ch.isalnum() for ch in text)


def words(text: str, span: Span) -> int:
    return len(text[span.start : span.end].split())


def words_in(text: str, spans: Sequence[Span]) -> int:
    return sum(words(text, s) for s in spans)


def sentence_of(sentences: Sequence[Span], pos: int) -> int:
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if sentences[mid].end <= pos:
            lo = mid + 1
        elif sentences[mid].start > pos:
            hi = mid - 1
        else:
            return mid
    return max(0, min(lo, len(sentences) - 1))


def paragraph_of(paragraphs: Sequence[Span], pos: int) -> int:
    for i, p in enumerate(paragraphs):
        if pos < p.end:
            return i
    return len(paragraphs) - 1


def _cue_follows(text: str, att: Attribution, mq: MarkedQuote, own_words: bool) -> bool:
    """“...,” he said: the cue clause right after the closing mark, glue between."""
    cue_start = att.speaker.start if att.speaker is not None and att.speaker.start < att.cue.start else att.cue.start
    if mq.close_mark is None or cue_start < mq.close_mark or own_words:
        return False
    if cue_start - mq.close_mark > 7:  # (more than six characters between: no glue, and no need to copy them)
        if cue_start - mq.close_mark > 40 or not _role_words_only(text[mq.close_mark + 1 : cue_start]):
            return False
        between = ""
    else:
        between = text[mq.close_mark + 1 : cue_start]
    after = text[att.cue.end : att.cue.end + 3].lstrip()
    # "Caddell continued: ..." introduces the next quote, not this one
    return len(between) <= 6 and only_glue(between) and "\n" not in between and not after.startswith(":")


# a role noun inside a longer word: "screenwriter" (not "after", which only ends like "writer" does)
_LONG_ROLES = tuple(r for r in ROLE_NOUNS if len(r) >= 5)


def _role_words_only(between: str) -> bool:
    """'“...,” screenwriter Cole Haddon wrote on Twitter': between the closing mark and the speaker the
    parse gave the cue stand only lowercase role words of the name ("screenwriter", "party chairman"),
    which the mention left out; the cue still follows the quote."""
    words = between.strip().split()
    return (
        "\n" not in between and only_glue(between[: len(between) - len(between.lstrip(" ,"))])
        and 1 <= len(words) <= 3
        and all(w.isalpha() and w.islower() and (w in ROLE_NOUNS or w.endswith(_LONG_ROLES)) for w in words)
    )


def _introduces_later(text: str, att: Attribution, mq: MarkedQuote) -> bool:
    """'... we must address the problem." President Bush, speaking at a press conference, said "this is a
    pivotal moment."': the quoted words are a sentence, closed on a full stop inside the marks, and the cue
    after them reports a later quote of its own; it introduces that one, not the words before it (words
    that hand on to the cue, '"A," he said, "B."', make one quote around it; a fragment closed outside the
    marks, '... was "free speech". The leader will call for ...', is left as it was)."""
    return (
        mq.close_mark is not None and text[mq.close_mark - 1] == "."
        and all(h.start > att.cue.end for h in att.holes)
    )


def _hands_on(text: str, mq: MarkedQuote) -> bool:
    """The quoted words end on a comma, "?" or "!": the sentence goes on to say who spoke them."""
    return mq.close_mark is not None and mq.close_mark > 0 and text[mq.close_mark - 1] in HANDING_ON_MARKS


def _set_off(text: str, att: Attribution, mq: MarkedQuote) -> bool:
    """The quote opens its sentence and the cue's own content stands after a comma ("went on, as if
    ..."), unlike a reported clause right after the verb ("“...?” Mr Milburn replied that they were not")."""
    at = mq.open_mark  # the last character before the mark that is no space (the article's prefix is long)
    while at > 0 and text[at - 1] == " ":
        at -= 1
    opens = at == 0 or text[at - 1] in _SENTENCE_BEFORE or text[at - 1] in ALL_MARKS
    return opens and att.content is not None and "," in text[att.cue.end : att.content.start]


def _cue_precedes(text: str, att: Attribution, mq: MarkedQuote) -> bool:
    """He said: “...”: the cue clause right before the opening mark, a colon or comma between."""
    cue_end = att.speaker.end if att.speaker is not None and att.speaker.start > att.cue.end else att.cue.end
    if cue_end > mq.open_mark or mq.open_mark - cue_end > 40:
        return False
    between = text[cue_end : mq.open_mark]
    if "\n" in between and between.strip() not in (":", ",") and not _colon_ends_paragraph(between):
        return False
    stripped = between.strip()
    return stripped in _INTRO_GLUE or (stripped.endswith((":", ",")) and len(stripped) < 35)


def _colon_ends_paragraph(between: str) -> bool:
    """'Cruz called them on it: ¶ “The questions asked ...”', 'The Clinton Foundation describes
    itself in the following way: ¶ “...”': the cue clause ends its paragraph on a colon and the
    quote opens the next; the line break stands only after the colon, and no comma sets off another
    clause ("The New York Times confirmed that observation, reporting: ¶ ...": the last cue's)."""
    return "\n" not in between.strip() and between.rstrip().endswith(":") and "," not in between


def misread_content(text: str, att: Attribution, mq: MarkedQuote) -> bool:
    """'..., especially fundraising: “There’s just a ton of bullshit with this job,” he said.': the
    cue stands after the closing mark and the words the parse gave it start before the opening one
    and break there on a colon, a comma or what opens an aside ('... members ("I want my dues
    back," wrote Edward Nelson ...)', '... was unserious - "Again, ...," she said - and ...'); the
    parse, which sees the quote as a placeholder, took the sentence's first clause for the cue's
    words, and the cue reports the quote alone. Not a quote that goes on with the clause before it
    ('... in doing so he "made a strategic mistake," X said', 'The party, typically attended by
    hundreds, "allows us to get our message out," X said': those are its words too)."""
    content = att.content
    if content is None or mq.close_mark is None or att.cue.start <= mq.close_mark or content.start >= mq.open_mark:
        return False
    first = text[mq.pieces[0].start : mq.pieces[0].end].lstrip()[:1]
    return first.isupper() and text[content.start : mq.open_mark].rstrip().endswith(_CLAUSE_BREAKS)


def adjoins(text: str, att: Attribution, mq: MarkedQuote) -> bool:
    """A cue right after the closing mark (“...,” he said) or right before the
    opening one (He said: “...”), with nothing but glue in between."""
    # a cue that reports words of its own elsewhere ("... “Fox News Sunday,” Pence said
    # his running mate ...") does not adjoin the quote before it
    own_words = att.content is not None and not att.content.overlaps(mq.outer) and (
        not att.holes or _introduces_later(text, att, mq)
    )
    if own_words and misread_content(text, att, mq):
        own_words = False
    if own_words and _hands_on(text, mq) and ("content:noun-phrase" in att.rules or _set_off(text, att, mq)):
        # "“You think I'm going to change?” Trump asked reporters": an object, not words; "“You know,
        # it happens, right,” Trump went on, as if he didn't hear her": a clause set off by a comma
        own_words = False
    if _cue_follows(text, att, mq, own_words):
        return True
    if own_words and mq.outer.end <= att.content.start and _MARK.search(text, att.content.start, att.content.end):
        return False  # "tells MSNBC’s “Morning Joe” that “exactly who did it” ...": the words are further on
    return _cue_precedes(text, att, mq)


# any quotation mark: one regex scan instead of a Python loop over every character
_MARK = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")


def has_marks(chunk: str) -> bool:
    return _MARK.search(chunk) is not None


def enclosing_quote(marked: Sequence[MarkedQuote], starts: Sequence[int], span: Span) -> int | None:
    """The marked quote whose words hold ``span``, if any."""
    i = bisect.bisect_right(starts, span.start) - 1
    # quotes do not nest in ``marked``, but a long one may start well before its neighbours
    for j in range(i, max(-1, i - 3), -1):
        mq = marked[j]
        if mq.start <= span.start and span.end <= mq.end and any(p.contains(span) for p in mq.pieces):
            return j
    return None


def overlaps_any(starts: Sequence[int], spans: Sequence[Span], span: Span) -> bool:
    i = bisect.bisect_left(starts, span.end)
    # spans starting before ``span`` ends; a few back suffice since quoted spans do not overlap
    return any(spans[j].overlaps(span) for j in range(max(0, i - 3), i))


def only_cue_between(text: str, first_end: int, second_start: int, att: Attribution | None) -> bool:
    """Between two stretches of quoted words stands nothing but the first one's cue clause."""
    gap = Span(first_end, second_start)
    if len(gap) > 300 or att is None:
        return False
    if gap.contains(att.cue):
        return True
    return len(gap) <= 4 and only_glue(text[gap.start : gap.end])


def opens_sentence(text: str, sentences: Sequence[Span], mq: MarkedQuote) -> bool:
    """The quotation mark stands at the start of its sentence (glue aside)."""
    sent = sentences[sentence_of(sentences, mq.open_mark)] if sentences else Span(0, 0)
    return only_glue(text[sent.start : mq.open_mark])


def resumes(text: str, att: Attribution | None, prev: Span, mq: MarkedQuote) -> bool:
    """The quote goes on after its cue: “We will win,” he said, “and we will stay.”
    or “I would,” Melanie said to the TV. “I would, Donald.” (``prev``: the words before the cue)"""
    if att is None:
        return False
    gap = text[prev.end : mq.outer.start]

    def inside(span: Span | None) -> bool:
        return span is not None and prev.end <= span.start and span.end <= mq.outer.start

    # only the cue clause stands between the two parts, set off by a comma
    return (
        inside(att.cue)
        and inside(att.speaker)
        and len(gap) < 60
        and gap.rstrip()[-1:] in (",", ".")
        and "\n" not in gap
    )


def only_cue_outside(text: str, content: Span, mq: MarkedQuote) -> bool:
    """The reported content is the quote itself, give or take a "that" or glue."""
    before = text[content.start : mq.outer.start].strip().lower()
    after = text[mq.outer.end : content.end].strip()
    return before in _INTRODUCERS and only_glue(after)


def trim(text: str, span: Span) -> Span | None:
    """A span without the whitespace at its ends (a mapped frame span can start on a space)."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None
