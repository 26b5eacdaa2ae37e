"""Attributions with no verb: a transcript label, or a dash and a name next to the quote.

Owns the verbless shapes assembly accepts for a marked quote that no cue
covers or adjoins; each gives the attribution it stands for and the rule id
that found it. Reads names through the article's name index, writes nothing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..models import Span
from ..names.inarticle import NameIndex, person_named
from .attribute import Attribution
from .frames import FORM_TO_LEMMA
from .lexicon import LEXICON
from .marks import MarkedQuote
from .rules import DASHES, TRANSCRIPT_LABEL
from .sentences import ends_abbreviation

__all__ = ["LABEL", "Verbless", "find_verbless", "name_colon"]

LABEL = TRANSCRIPT_LABEL
_NAME_RE = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
_DASHES = re.escape("".join(DASHES))
# a hyphen alone joins words ("Jean-Marie"); two stand for a dash
_LONG_DASHES = re.escape("".join(d for d in DASHES if d != "-"))
_DASH_AFTER = re.compile(rf"^\s*[,.]?\s*(?P<cue>[{_DASHES}]+)\s*(?P<speaker>{_NAME_RE})")
# a name and a dash right before the opening mark: "including Mitt Romney -- ''It is ...''"
_DASH_BEFORE = re.compile(rf"(?P<speaker>{_NAME_RE})\s*(?P<cue>--|[{_LONG_DASHES}])\s*$")


# a name and a colon right before the opening mark, the name opening its sentence or set off by a
# dash: 'Clinton: "Our goal is ..."', '... JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “...”'
_NAME_COLON = re.compile(
    rf"(?:^|[{re.escape(LEXICON.name_colon_after)}]\s+|\n\s*|\s[{_DASHES}]+\s+)"
    rf"(?P<speaker>{_NAME_RE}(?:\s+and\s+{_NAME_RE})?)\s*(?P<cue>:)\s*$"
)


# a source after "From" or "More from" and a colon right before the opening mark, opening its sentence
# or set off by a dash: 'From the report: “...”', '... presidential election - More from Jones: “...”',
# "From Bush's Facebook post: ..." (a name and up to two words after it)
_OPENERS = "|".join(re.escape(w) for w in LEXICON.source_colon_openers)
_SOURCE_COLON = re.compile(
    rf"(?:^|[{re.escape(LEXICON.name_colon_after)}]\s+|\n\s*|\s[{_DASHES}]+\s*)(?:{_OPENERS})\s+"
    rf"(?P<speaker>(?:the\s+)?{_NAME_RE}(?:\s+and\s+{_NAME_RE}|\s+[a-z]+){{0,2}}|the\s+[a-z]+)\s*(?P<cue>:)\s*$"
)


class Verbless(NamedTuple):
    att: Attribution
    pieces: list[Span]
    rule: str


def _label(text: str, mq: MarkedQuote, frame: int) -> Verbless | None:
    """assembly:transcript-label: "PENCE: Well, I think ..." inside the marks names its speaker."""
    first = mq.pieces[0]
    m = LABEL.match(text, first.start, first.end)
    if not m or m.end() >= first.end:
        return None
    speaker = Span(m.start("speaker"), m.end("speaker"))
    cue = Span(m.start("cue"), m.end("cue"))
    pieces = [Span(m.end(), first.end), *mq.pieces[1:]]
    return Verbless(_synthetic(text, cue, speaker, pieces, frame), pieces, "assembly:transcript-label")


def _dash_after(text: str, mq: MarkedQuote, frame: int) -> Verbless | None:
    """assembly:dash-after: “We are not going anywhere.” ― Jane Doe"""
    if mq.close_mark is None:
        return None
    m = _DASH_AFTER.match(text[mq.close_mark + 1 : mq.close_mark + 80])
    if not m:
        return None
    base = mq.close_mark + 1
    speaker = Span(base + m.start("speaker"), base + m.end("speaker"))
    cue = Span(base + m.start("cue"), base + m.end("cue"))
    pieces = list(mq.pieces)
    return Verbless(_synthetic(text, cue, speaker, pieces, frame), pieces, "assembly:dash-after")


def _dash_before(text: str, mq: MarkedQuote, frame: int, names: NameIndex) -> Verbless | None:
    """assembly:dash-before: "including Mitt Romney -- ''It is a disgrace''", the name one the article knows."""
    m = _DASH_BEFORE.search(text, max(0, mq.open_mark - 60), mq.open_mark)
    if not m or person_named(m.group("speaker"), None, m.start("speaker"), names) is None:
        return None
    speaker, cue = Span(m.start("speaker"), m.end("speaker")), Span(m.start("cue"), m.end("cue"))
    pieces = list(mq.pieces)
    return Verbless(_synthetic(text, cue, speaker, pieces, frame), pieces, "assembly:dash-before")


def name_colon(text: str, mq: MarkedQuote, frame: int) -> Verbless | None:
    """assembly:name-colon: 'Clinton: "Our goal is not to deter ISIS."' and the roundup line
    'IOWA POLLS NOT WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “...”', and with "From" or
    "More from" before the source ('From the report: “...”', '- More from Jones: “...”'): the name before
    the colon speaks, not the subject of a clause before it. Not a word in capitals alone ("UPDATE:"),
    nor an inverted cue ("Said Mr Fogg:")."""
    m = _SOURCE_COLON.search(text, max(0, mq.open_mark - 80), mq.open_mark) or _NAME_COLON.search(
        text, max(0, mq.open_mark - 80), mq.open_mark
    )
    if not m or m.group("speaker").isupper() or m.group("speaker").split()[0].lower() in FORM_TO_LEMMA:
        return None  # "Said Mr Fogg: ..." is a cue verb and its speaker, which the cue rules read
    if text[m.start() : m.start() + 1] == "." and ends_abbreviation(text, m.start()):
        return None  # 'Nelson Diaz said of Mr. Rubio: ...': the full stop of "Mr." ends no sentence
    speaker, cue = Span(m.start("speaker"), m.end("speaker")), Span(m.start("cue"), m.end("cue"))
    pieces = list(mq.pieces)
    return Verbless(_synthetic(text, cue, speaker, pieces, frame), pieces, "assembly:name-colon")


def find_verbless(text: str, mq: MarkedQuote, frame: int, names: NameIndex) -> Verbless | None:
    """The first verbless shape that attributes ``mq``; ``frame`` numbers the made-up attribution."""
    return _label(text, mq, frame) or _dash_after(text, mq, frame) or _dash_before(text, mq, frame, names)


def _synthetic(text: str, cue: Span, speaker: Span, pieces: list[Span], frame: int) -> Attribution:
    return Attribution(
        cue=cue, cue_text=cue.of(text), speaker=speaker, speaker_text=speaker.of(text), speaker_kind="name",
        speaker_head=speaker.of(text).split()[-1].lower(), speaker_label=None,
        content=Span(pieces[0].start, pieces[-1].end), holes=(), strength=0.8, thought=False,
        frame=frame, cue_after_content=cue.start > pieces[0].start,
    )
