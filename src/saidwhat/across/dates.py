"""When the words were spoken, from the words around the cue.

Owns ``resolve_spoken_date``: "said on Tuesday", "told reporters last week",
"on 11 October", "yesterday" resolved against the article's date. A pure
function: the extractor or the linker passes the sentence and the date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

__all__ = ["resolve_spoken_date"]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
# Ordered: explicit calendar dates first, they are the most precise.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}\b", re.I)),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("today", re.compile(r"\b(?:today|this (?:morning|afternoon|evening)|tonight|earlier today)\b", re.I)),
    ("last_weekday", re.compile(r"\blast\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("weekday", re.compile(r"\b(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("last_week", re.compile(r"\blast\s+week\b", re.I)),
]


def _as_day(published: datetime | date | None) -> date | None:
    if published is None:
        return None
    return published.date() if isinstance(published, datetime) else published


def _calendar(m: re.Match[str], pub: date) -> date | None:
    month = _MONTHS[m.group("month").lower()[:3]]
    day = int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else pub.year
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    # "on 28 December" in a January article is last year's December.
    if not m.group("year") and found > pub:
        try:
            found = date(year - 1, month, day)
        except ValueError:
            return None
    return found


def resolve_spoken_date(context: str, published: datetime | date | None) -> date | None:
    """The day the words were spoken when ``context`` (the sentence or the text
    around the cue) says so, resolved against the article's ``published`` date.

    "yesterday" is the day before; a bare weekday is the latest such day on or
    before the article's day ("said on Tuesday" in a Tuesday article is that
    day); "last Tuesday" is strictly before; "last week" is approximated by the
    day a week before. None when the text gives no time or the date is unknown.
    """
    pub = _as_day(published)
    if pub is None or not context:
        return None
    for kind, pattern in _PATTERNS:
        m = pattern.search(context)
        if not m:
            continue
        if kind in ("dmy", "mdy"):
            found = _calendar(m, pub)
            if found is not None:
                return found
            continue
        if kind == "yesterday":
            return pub - timedelta(days=1)
        if kind == "today":
            return pub
        if kind == "last_week":
            return pub - timedelta(days=7)
        back = (pub.weekday() - _WEEKDAYS.index(m.group("wd").lower())) % 7
        if kind == "last_weekday" and back == 0:
            back = 7
        return pub - timedelta(days=back)
    return None
