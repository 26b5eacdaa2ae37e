"""Find the stretches of text inside quotation marks.

Works on the raw string with paragraph spans, before any parsing, so it is
cheap and never fails: an unbalanced mark ends its quote at the end of its
paragraph (with ``closed=False``) instead of swallowing the rest of the text.

The news convention for long quotes is followed: a paragraph that opens a
quote and does not close it continues into the next paragraph that reopens
it, or (as in translated wire copy) simply continues until a later paragraph
closes it, as long as no mark opens before that close.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Span
from .lexicon import LEXICON
from .rules import (
    ALL_MARKS,
    DOUBLE_PAIRS,
    MAX_OPEN_PARAGRAPHS,
    STRAIGHT_DOUBLE,
    TRANSCRIPT_LABEL,
    word_forms,
)

__all__ = ["MarkedQuote", "find_marked_quotes"]

_OPEN_CONTEXT = set(" \t\n\r([{—–-/:;\u2060") | ALL_MARKS
_CLOSE_CONTEXT = set(" \t\n\r)]}.,;:!?…—–-/") | ALL_MARKS
# what each mark may do: marks.toml
_ALWAYS_OPENING = frozenset(LEXICON.always_opening)
_TYPOGRAPHIC_CLOSERS = frozenset(LEXICON.typographic_closers)
_LOOSELY_CLOSED = frozenset(LEXICON.loosely_closed)
_EXCERPT_OPEN, _EXCERPT_CLOSE = LEXICON.excerpt_pair
_DIGRAPHS: tuple[str, ...] = LEXICON.double_digraphs
_WRITER_LINE = re.compile(LEXICON.writer_line)
_WRITER_VERBS = frozenset(f for lemma in LEXICON.writer_line_verbs for f in word_forms(lemma) if not f.endswith("ing"))
_SPEAKER_OWN = frozenset(LEXICON.speaker_own_subjects)


@dataclass(frozen=True, slots=True)
class MarkedQuote:
    pieces: tuple[Span, ...]  # content between the marks, one piece per paragraph
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when never closed
    paragraphs: tuple[int, ...]  # indices of the paragraphs it covers

    @property
    def closed(self) -> bool:
        return self.close_mark is not None

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end

    @property
    def outer(self) -> Span:
        """From the opening mark to just after the closing mark (or the content end)."""
        end = self.close_mark + 1 if self.close_mark is not None else self.end
        return Span(self.open_mark, end)


def _flanks(text: str, i: int) -> tuple[bool, bool]:
    """(can open, can close) for the mark at i, judged by its neighbours."""
    prev = text[i - 1] if i > 0 else " "
    # a two-character mark is read by what stands after both characters: "coalitions, '' said
    # Mr. Gunnels" closes its quote, as "coalitions, " said" does (archived wire copy spaces it so)
    after = i + 2 if i + 1 < len(text) and text[i + 1] == _FILLER else i + 1
    nxt = text[after] if after < len(text) else " "
    can_open = (prev in _OPEN_CONTEXT) and not nxt.isspace()
    can_close = (not prev.isspace()) and (nxt in _CLOSE_CONTEXT or not nxt.isalnum())
    return can_open, can_close


def _is_opening(text: str, i: int) -> bool:
    ch = text[i]
    can_open, can_close = _flanks(text, i)
    if ch in _ALWAYS_OPENING:
        return True
    if ch in _TYPOGRAPHIC_CLOSERS:
        # some copy uses ” or » to open; only when it clearly stands before a word
        return can_open and not can_close
    if ch == STRAIGHT_DOUBLE:
        return can_open and not (can_close and not can_open)
    return False


def _closes(text: str, i: int, opener: str) -> bool:
    ch = text[i]
    if opener == STRAIGHT_DOUBLE or ch == STRAIGHT_DOUBLE:
        # straight marks close anything; a typographic opener may be closed by a straight mark
        if ch == STRAIGHT_DOUBLE:
            can_open, can_close = _flanks(text, i)
            return can_close or not can_open
        # a typographic “ after a straight opener opens a nested quotation
        return ch in _TYPOGRAPHIC_CLOSERS
    if ch in DOUBLE_PAIRS.get(opener, ()):
        return True
    # bad typography: “...“ where the second mark stands after a word
    if ch == opener:
        can_open, can_close = _flanks(text, i)
        return can_close and not can_open
    return ch in _TYPOGRAPHIC_CLOSERS and opener in _LOOSELY_CLOSED


def _close_index(text: str, marks: list[int], start: int, opener: str) -> int | None:
    """The index in ``marks`` (from ``start``) of the mark that closes ``opener``. A straight-quoted
    passage that no straight mark closes in the paragraph runs on into the next one; a typographic
    “...” inside it is a quotation of its own ('"The Department isn’t about “Equal Justice Under
    Law” anymore. ... ¶ "...'), whose ” closes it, not the passage."""
    first = next((j for j in range(start, len(marks)) if _closes(text, marks[j], opener)), None)
    if first is None or opener != STRAIGHT_DOUBLE or any(text[m] == STRAIGHT_DOUBLE for m in marks[first:]):
        return first
    inner = False
    for j in range(start, len(marks)):
        ch = text[marks[j]]
        if ch in _ALWAYS_OPENING:
            inner = True
        elif inner and ch in _TYPOGRAPHIC_CLOSERS:
            inner = False
        elif _closes(text, marks[j], opener):
            return j
    return None


# any quotation mark: a regex scan finds them faster than a test of each character
_ANY_MARK = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")


def _marks_in(text: str, span: Span) -> list[int]:
    return [m.start() for m in _ANY_MARK.finditer(text, span.start, span.end)]


def _excerpt_marker_dropped(text: str, marks: list[int], par: Span, next_marks: list[int]) -> list[int]:
    """A lone straight mark opening a paragraph whose own quotations are typographic
    marks an excerpt ("Trump walked onto the stage, chanting “U-S-A!”), not a quote
    of its own: it would otherwise pair with the paragraph's typographic close. Not when
    the next paragraph reopens with a straight mark: then it opens a quote that runs over
    paragraphs ('"The U.S. Department of Justice isn’t about “Equal Justice Under Law”
    anymore. ... ¶ "The latest example ...'), whose first paragraph would be lost."""
    if not marks or marks[0] != par.start or text[marks[0]] != STRAIGHT_DOUBLE:
        return marks
    rest = [text[i] for i in marks[1:]]
    if STRAIGHT_DOUBLE in rest or _EXCERPT_OPEN not in rest or _EXCERPT_CLOSE not in rest:
        return marks
    return marks if _reopens(text, next_marks) else marks[1:]


def _reopens(text: str, marks: list[int]) -> bool:
    """The paragraph's first mark is a straight one that opens (the next paragraph of a long quote)."""
    return bool(marks) and text[marks[0]] == STRAIGHT_DOUBLE and _is_opening(text, marks[0])


def _strip(text: str, start: int, end: int) -> Span | None:
    while start < end and (text[start].isspace() or text[start] == _FILLER):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == _FILLER):
        end -= 1
    return Span(start, end) if end > start else None


_FILLER = "\u2060"  # stands for the second character of a two-character mark


def _normalise(text: str) -> str:
    """Two-character marks ('' and ``, as some wires and archives write double
    quotes) become one straight mark plus a filler, keeping every offset."""
    if not any(pair in text for pair in _DIGRAPHS):
        return text
    for pair in _DIGRAPHS:
        text = text.replace(pair, STRAIGHT_DOUBLE + _FILLER)
    return text


def find_marked_quotes(text: str, paragraphs: tuple[Span, ...] | list[Span]) -> list[MarkedQuote]:
    """Every quotation in ``text``, in order, with its content pieces."""
    text = _normalise(text)
    found = [_marks_in(text, p) for p in paragraphs]
    marks_by_par = [
        _excerpt_marker_dropped(text, found[i], p, found[i + 1] if i + 1 < len(found) else [])
        for i, p in enumerate(paragraphs)
    ]
    quotes: list[MarkedQuote] = []
    p = 0
    skip_until: dict[int, int] = {}  # paragraph -> first mark index still to read
    while p < len(paragraphs):
        par = paragraphs[p]
        marks = marks_by_par[p]
        k = skip_until.pop(p, 0)
        while k < len(marks):
            i = marks[k]
            if not _is_opening(text, i):
                k += 1  # a stray closing mark: nothing opened it in this paragraph
                continue
            opener = text[i]
            # look for the close in this paragraph
            close_k = _close_index(text, marks, k + 1, opener)
            cut = _writer_line_cut(text, marks, k, close_k, par)
            if cut is not None:
                end, k = cut
                piece = _strip(text, i + 1, end)
                if piece is not None:
                    quotes.append(MarkedQuote((piece,), i, None, (p,)))
                continue
            if close_k is not None:
                piece = _strip(text, i + 1, marks[close_k])
                if piece is not None:
                    quotes.append(MarkedQuote((piece,), i, marks[close_k], (p,)))
                k = close_k + 1
                continue
            # open at paragraph end: try to continue into later paragraphs
            result = _continue(text, paragraphs, marks_by_par, p, i, opener)
            if result is None:
                piece = _strip(text, i + 1, par.end)
                if piece is not None:
                    quotes.append(MarkedQuote((piece,), i, None, (p,)))
                k = len(marks)
                continue
            quote, last_par, next_k = result
            quotes.append(quote)
            if last_par == p:
                k = next_k
                continue
            skip_until[last_par] = next_k
            p = last_par - 1
            break
        p += 1
    return quotes


def _writer_line_cut(text: str, marks: list[int], k: int, close_k: int | None, par: Span) -> tuple[int, int] | None:
    """Where a quotation opened at ``marks[k]`` ends when no mark closes it before the next one opens
    (or before the paragraph ends) and a line of the writer's own stands in between: the sentence
    end before that line, and the index of the first mark after it. A typing slip of the source
    ('"... at having one. Mr Hopkins said that ... "Everyone does this," he said', BBC tech/016)
    would otherwise run the quote on to the next closing mark and swallow the writer's cue."""
    opener = text[marks[k]]
    reopen = next((j for j in range(k + 1, len(marks)) if _opens_only(text, marks[j], opener)), None)
    if close_k is not None and (reopen is None or reopen > close_k):
        return None
    end = marks[reopen] if reopen is not None else par.end
    line = _writer_line(text, marks[k] + 1, end)
    if line is None:
        return None
    sentence_end, line_start = line
    return sentence_end, next((j for j in range(k + 1, len(marks)) if marks[j] >= line_start), len(marks))


def _opens_only(text: str, i: int, opener: str) -> bool:
    return _is_opening(text, i) and not _closes(text, i, opener)


def _writer_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(the end of the sentence before, the start) of the first writer's line in text[start:end]."""
    for m in _WRITER_LINE.finditer(text, start, end):
        if m.group("verb") in _WRITER_VERBS and m.group("subject").split()[0] not in _SPEAKER_OWN:
            return m.start() + 1, m.start("subject")
    return None


def _continue(
    text: str,
    paragraphs: tuple[Span, ...] | list[Span],
    marks_by_par: list[list[int]],
    p: int,
    open_at: int,
    opener: str,
) -> tuple[MarkedQuote, int, int] | None:
    """Follow a quote left open at the end of paragraph p. Returns the quote,
    the paragraph it closes in and the next mark index to read there."""
    pieces = []
    first = _strip(text, open_at + 1, paragraphs[p].end)
    if first is not None:
        pieces.append(first)
    covered = [p]
    q = p + 1
    while q < len(paragraphs) and q - p <= MAX_OPEN_PARAGRAPHS:
        par = paragraphs[q]
        marks = marks_by_par[q]
        start = par.start
        k = 0
        if marks and marks[0] == par.start and _is_opening(text, marks[0]) and _same_style(text[marks[0]], opener):
            # the paragraph reopens: the quote goes on (an excerpt whose paragraphs
            # open with " is not continued by the article's own “...” quotes)
            start = marks[0] + 1
            if TRANSCRIPT_LABEL.match(text, start, par.end):
                return None  # a quoted transcript: each "NAME:" turn is its own quote
            k = 1
        elif marks and not _closes(text, marks[0], opener):
            return None  # something else opens first: the earlier mark was unbalanced
        elif not marks and not _later_close(text, paragraphs, marks_by_par, q, p, opener):
            return None
        close_k = _close_index(text, marks, k, opener)
        if close_k is not None:
            piece = _strip(text, start, marks[close_k])
            if piece is not None:
                pieces.append(piece)
            covered.append(q)
            if not pieces:
                return None
            return MarkedQuote(tuple(pieces), open_at, marks[close_k], tuple(covered)), q, close_k + 1
        if k == 1 and any(_is_opening(text, m) for m in marks[1:]):
            return None
        piece = _strip(text, start, par.end)
        if piece is not None:
            pieces.append(piece)
        covered.append(q)
        q += 1
    return None


def _same_style(mark: str, opener: str) -> bool:
    return (mark == STRAIGHT_DOUBLE) == (opener == STRAIGHT_DOUBLE)


def _later_close(text, paragraphs, marks_by_par, q, p, opener) -> bool:
    """A paragraph with no marks continues the quote only if a later one closes it
    before anything reopens."""
    for r in range(q + 1, min(len(paragraphs), p + MAX_OPEN_PARAGRAPHS + 1)):
        marks = marks_by_par[r]
        if not marks:
            continue
        first = marks[0]
        if _is_opening(text, first) and not _closes(text, first, opener):
            return False  # a new quote opens first: the earlier mark was unbalanced
        return _closes(text, first, opener)
    return False
