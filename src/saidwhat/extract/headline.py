"""Quotes in headlines: "Statement - Surname", "Surname: statement",
"Statement, says Surname" and quoted words with their speaker."""

from __future__ import annotations

import re

from ..models import Cue, Quote, QuoteKind, Span, Speaker

__all__ = ["find_headline_quotes"]

_NAME = r"(?:[A-Z][\w'’.-]+)(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|al|bin)){0,3}"
_PATTERNS = (
    # Statement - Surname   (also with – or —, or a closing colon-less dash)
    re.compile(rf"^(?P<content>.{{12,}}?)\s+(?P<cue>[-–—―])\s+(?P<speaker>{_NAME})\s*$"),
    # Statement, says Surname / Statement, Surname says
    re.compile(rf"^(?P<content>.{{12,}}?),\s+(?P<cue>says|said|warns|tells \w+|claims|insists)\s+(?P<speaker>{_NAME})\s*$"),
    re.compile(rf"^(?P<content>.{{12,}}?),\s+(?P<speaker>{_NAME})\s+(?P<cue>says|said|warns|claims|insists)\s*$"),
    # Surname: statement
    re.compile(rf"^(?P<speaker>{_NAME})\s*(?P<cue>:)\s+(?P<content>.{{12,}})$"),
    # Surname says statement / Surname warns of ...
    # ("X warns of a long winter" names a topic, not words: no of/about/against)
    re.compile(
        rf"^(?P<speaker>{_NAME})\s+(?P<cue>says|warns|claims|insists|tells \w+)\s+"
        rf"(?!(?:of|about|against|on|over)\b)(?P<content>.{{12,}})$"
    ),
)
# quoted words stand between a mark after a space and a mark before a space or
# punctuation, so "state's closest ever governor's race" holds no quote
_QUOTED = re.compile(r"(?:^|(?<=[\s(\[]))[‘'“\"](?P<content>[^‘“”\"]{3,}?)[’'”\"](?=$|[\s,.;:!?)\]])")


def find_headline_quotes(headline: str) -> list[Quote]:
    if not headline or not headline.strip():
        return []
    for pattern in _PATTERNS:
        m = pattern.match(headline)
        if not m:
            continue
        content = m.group("content").strip(" ‘’'\"“”")
        cs = headline.find(content, m.start("content"))
        speaker = m.group("speaker")
        if speaker.split()[0] in ("The", "A", "An", "This", "It", "Why", "How", "What"):
            continue
        return [
            Quote(
                text=content,
                spans=(Span(cs, cs + len(content)),),
                kind=QuoteKind.HEADLINE,
                cue=Cue(m.group("cue"), Span(m.start("cue"), m.end("cue"))),
                speaker=Speaker(speaker, Span(m.start("speaker"), m.end("speaker")), None, None),
                confidence=0.7,
                where="headline",
            )
        ]
    m = _QUOTED.search(headline)
    if m and len(m.group("content").split()) >= 2:
        s, e = m.span("content")
        return [Quote(text=headline[s:e], spans=(Span(s, e),), kind=QuoteKind.HEADLINE, confidence=0.4, where="headline")]
    return []
