"""Sentence spans from raw text, without a model.

The extractor parses only the sentences that can hold an attribution, so it
needs sentence boundaries before any parsing. News sentences end in . ! ? or
… (optionally followed by closing marks) before a capital, a digit or an
opening mark; abbreviations and initials do not end one.
"""

from __future__ import annotations

import re

from ..models import Span
from .frames import FORM_TO_LEMMA, PHRASAL_HEADS
from .lexicon import LEXICON

__all__ = ["ends_abbreviation", "split_sentences"]

_ABBREVIATIONS = frozenset(LEXICON.abbreviations)
_END = re.compile(LEXICON.sentence_end)


def split_sentences(text: str, paragraphs: tuple[Span, ...] | list[Span]) -> list[Span]:
    """Sentence spans in document order; no sentence crosses a paragraph break."""
    out: list[Span] = []
    for par in paragraphs:
        start = par.start
        chunk = text[par.start : par.end]
        for m in _END.finditer(chunk):
            end = par.start + m.end()
            if m.group().startswith(".") and _is_abbreviation(text, par.start + m.start()):
                continue
            if _cue_after_quote(text, par.start + m.start(), end):
                continue
            if end > start:
                out.append(_trim(text, start, end))
            start = end
        if par.end > start:
            out.append(_trim(text, start, par.end))
    return [piece for s in out if s.end > s.start for piece in _cap(text, _after_dateline(text, s))]


# A wire dateline opening a paragraph: "LOS ANGELES, Sept. 28 (UPI) — ",
# "WASHINGTON (AP) — ", "KYIV, Ukraine — ", "LA CROSSE, Wisc. — " (a first word of two capitals
# when another capitalised word follows), or the agency alone, as pages that drop
# the city print it: "(Reuters) — ". The city is in capitals, or in any case before
# a news agency in brackets, as agencies' reprints write it ("New York (AFP) – ");
# what follows the dash is the sentence (the parser would take the city for a subject).
_AGENCIES = "|".join(re.escape(a) for a in LEXICON.dateline_agencies)
_DATELINE = re.compile(
    r"(?:(?:[A-Z][A-Z.'’-]{2,}|[A-Z]{2}(?=\s+[A-Z]{2}))(?:\s+[A-Z][A-Z.'’-]+)*"
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
    r"(?:,?\s+[A-Z][a-z]{2,4}\.?\s*\d{1,2})?"
    r"\s*(?:\([A-Za-z][\w .-]{0,20}\))?|\([A-Z][\w .-]{0,20}\)"
    rf"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}},?\s+\((?:{_AGENCIES})\))\s*[—–-]{{1,2}}\s+"
)


def _after_dateline(text: str, sent: Span) -> Span:
    m = _DATELINE.match(text, sent.start, sent.end)
    if m is None or m.end() >= sent.end:
        return sent
    if m.group().rstrip().endswith(" -") and not _opens_paragraph(text, sent.start):
        # "EADS - Airbus' majority owner - admitted": inside a paragraph a capitalised word and a
        # hyphen is a subject with an aside; a dateline split off there keeps its long dash ("(AP) —")
        return sent
    return Span(m.end(), sent.end)


def _opens_paragraph(text: str, start: int) -> bool:
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start == 0 or text[start - 1] == "\n"


# A "sentence" longer than this has no sentence ends (a run-on page, a hostile
# input): parsing it whole costs time quadratic in its length, so it is cut at
# spaces into pieces of at most this many characters. Real sentences are far shorter.
MAX_SENTENCE_CHARS = 2_000


def _cap(text: str, sent: Span) -> list[Span]:
    if sent.end - sent.start <= MAX_SENTENCE_CHARS:
        return [sent]
    pieces = []
    start = sent.start
    while sent.end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        piece = _trim(text, start, cut)
        if piece.end > piece.start:
            pieces.append(piece)
        start = cut
    piece = _trim(text, start, sent.end)
    if piece.end > piece.start:
        pieces.append(piece)
    return pieces


# "“Who do they think they are?” Trump said of Apple", "“..., who knows?” Donald Trump told Britain's
# ITV": a quote that ends on "?" or "!" inside its marks, then a name of at most this many words and
# a reporting verb, is one sentence with its cue (the parser then sees who asked).
_NAME_BEFORE_CUE = re.compile(r"[ \t]+((?:[A-Z][\w.'’-]*[ \t]+){1,%d})(\w+)" % LEXICON.cue_after_quote_name_words)
_QUOTE_CLOSING = frozenset(LEXICON.quote_closing_marks_for_cue)


def _cue_after_quote(text: str, at: int, end: int) -> bool:
    """The end found at ``at`` (up to ``end``) is a "?" or "!" closing a quote whose cue follows it:
    "“You know, it happens, right?” Trump went on" is not two sentences."""
    if text[at] not in "?!" or text[end - 1] not in _QUOTE_CLOSING:
        return False
    m = _NAME_BEFORE_CUE.match(text, end)
    return m is not None and (m.group(2).lower() in FORM_TO_LEMMA or m.group(2).lower() in PHRASAL_HEADS)


def ends_abbreviation(text: str, dot: int) -> bool:
    """The full stop at ``dot`` ends an abbreviation or an initial ("Mr.", "J."), not a sentence."""
    return _is_abbreviation(text, dot)


def _is_abbreviation(text: str, dot: int) -> bool:
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if not word or _unit_after_figure(text, i, word):
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith", "U.S."
    return word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS or _middle_initials(text, i, word)


def _unit_after_figure(text: str, start: int, word: str) -> bool:
    """Letters written onto a figure are its unit or ordinal, never an initial or an abbreviation: "8,177
    cases worth £644m. Edward Leigh ... said" ends at the "m." ("21st.", "10ft." alike). Dotted forms keep
    their stops ("5p.m.")."""
    return start > 0 and text[start - 1].isdigit() and "." not in word


def _middle_initials(text: str, start: int, word: str) -> bool:
    """"George H.W. Bush": initials run together after a first name are no sentence end (unlike
    "Washington, D.C. The mayor ...", where no name stands before them)."""
    if len(word) < 3 or not all(len(part) == 1 and part.isalpha() for part in word.split(".")):
        return False
    before = text[max(0, start - 30) : start]
    name = before.split()[-1:] if before.endswith(" ") else []
    return bool(name) and name[0][:1].isupper() and name[0].isalpha()


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
