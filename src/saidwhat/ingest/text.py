"""Plain-text articles: optional dateline, headline, paragraphs separated by blank lines.

Two layouts are read: the seed's (a dateline line, the headline, then the
body) and the BBC corpus's (headline, blank line, body). Article.text is the
body only, from its first character to its last non-blank one; the dateline
and headline are metadata.
"""

from __future__ import annotations

import re
from datetime import datetime

from ..models import Article
from .articles import article_id

__all__ = ["parse_dateline", "read_text_article"]

# Words a dateline may hold besides numbers and separators: data, not code.
MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
).split()
DATELINE_EXTRAS = "am pm a m p at on utc gmt z updated published posted".split()  # "a.m." splits to a, m
_DATELINE_WORDS = frozenset(MONTHS + WEEKDAYS + DATELINE_EXTRAS)

# A dateline is short: a line of 60+ characters is a headline that happens to hold a date.
_MAX_DATELINE = 60
_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")
_DOTTED = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.\d{2,4}")
_LEADING_WORD = re.compile(r"^\s*(updated|published|posted)\s*:?\s*", re.IGNORECASE)


def parse_dateline(line: str) -> datetime | None:
    """The datetime a dateline line states, or None when the line is not a dateline.

    The line must be made only of date material (numbers, month and weekday
    names, separators, am/pm, an offset or UTC/GMT) and carry a four-digit
    year; anything else, such as a headline with a year in it, is not a
    dateline. The result is naive unless the line gives a zone: no zone is
    invented. Day-first order is assumed only for dotted dates ("19.09.2024"),
    the European form; slashed ones follow dateutil's month-first default.
    """
    text = line.replace("\u00a0", " ").strip()
    if not text or len(text) > _MAX_DATELINE or not _YEAR.search(text):
        return None
    words = re.sub(r"(?<=\d)T(?=\d)", " ", text)  # the ISO date/time separator
    for word in re.findall(r"[^\W\d_]+", words):
        if word.lower() not in _DATELINE_WORDS:
            return None
    from dateutil import parser as dateparser

    cleaned = _LEADING_WORD.sub("", text)
    cleaned = re.sub(r"\s+at\s+", " ", cleaned, flags=re.IGNORECASE)
    try:
        default = datetime(1900, 1, 1)
        value = dateparser.parse(cleaned, dayfirst=bool(_DOTTED.match(cleaned)), default=default)
    except (ValueError, OverflowError, TypeError):
        return None
    if value.year == 1900:
        return None
    return value


def read_text_article(text: str, *, source: str | None = None, id: str | None = None) -> Article:
    """Read one plain-text article: optional dateline, headline line, body paragraphs.

    The first non-blank line is the dateline when ``parse_dateline`` accepts
    it; the next non-blank line is the headline when it is a single short line
    with more text after it; everything after that is the body. The article's
    language is left unset (None) for the caller to detect.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pos = 0
    published = None
    line, end = _next_line(text, pos)
    if line is not None:
        published = parse_dateline(line)
        if published is not None:
            pos = end
    headline = None
    line, end = _next_line(text, pos)
    if line is not None and _is_headline(line, text[end:]):
        headline = line
        pos = end
    body = text[pos:].lstrip("\n").rstrip()
    # Leading spaces of the first body line are indentation, not content.
    body = body.lstrip(" \t\u00a0") if body[:1] in (" ", "\t", "\u00a0") else body
    return Article(
        id=id or article_id(None, body),
        text=body,
        headline=headline,
        published=published,
        language=None,
        source=source,
    )


def _next_line(text: str, pos: int) -> tuple[str | None, int]:
    """The next non-blank line at or after ``pos`` and the offset just past it."""
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl + 1
        line = text[pos:end].strip()
        if line:
            return line, end
        pos = end
    return None, n


# A headline is one short line; a long first line is the body's first paragraph.
_MAX_HEADLINE = 300


def _is_headline(line: str, rest: str) -> bool:
    return len(line) <= _MAX_HEADLINE and bool(rest.strip())
