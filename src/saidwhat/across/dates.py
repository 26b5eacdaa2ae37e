"""When the words were spoken, from the words around the cue.

Owns ``resolve_spoken_date``: "said on Tuesday", "on 11 October", "yesterday"
resolved against the article's date to one day, and ``resolve_spoken_range``
for what names a stretch of time rather than a day ("last week", "in 2019",
"last year"). Pure functions: the extractor or the linker passes the sentence
and the date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

__all__ = ["IN_MONTH", "Spoken", "fronted_day", "leading_day", "may_name_a_day", "may_name_a_stretch", "named_times",
           "resolve_spoken_date", "resolve_spoken_range"]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
# Ordered: explicit calendar dates first, they are the most precise.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}\b", re.I)),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("today", re.compile(r"\b(?:today|this (?:morning|afternoon|evening)|tonight|earlier today)\b", re.I)),
    ("last_weekday", re.compile(r"\blast\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    # a weekday to come ("next Tuesday", "on Tuesday's vote", "until Friday") is no day the words were said
    ("weekday", re.compile(
        r"(?<!next )(?<!this coming )(?<!until )(?<!by )(?<!following )\b(?:on\s+)?"
        r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!'s|\u2019s)", re.I)),
]
# What every pattern above needs: a word starting with a month's name, or "day" (each weekday,
# "today", "yesterday"), "tonight", "morning", "afternoon", "evening". Asked first of the words
# around a cue (``may_name_a_day``): 9 in 10 BBC cues have none, and then no sentence need be cut.
_DAY_WORDS = re.compile(r"day|tonight|morning|afternoon|evening|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
                        re.I)
# An explicit year other than the article's: the words are not of the article's week.
_IN_YEAR = re.compile(
    r"\b(?:in|during|back in)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_RANGES: list[tuple[str, re.Pattern[str]]] = [
    ("year", _IN_YEAR),
    ("last_week", re.compile(r"\blast\s+week\b", re.I)),
    ("last_month", re.compile(r"\blast\s+month\b", re.I)),
    ("last_year", re.compile(r"\blast\s+year\b", re.I)),
    # the article's own week or month, no day of it: "he said earlier this week", "told ... this month"
    ("this_week", re.compile(r"\b(?:(?:earlier|late|later)\s+)?this\s+week\b|\bearlier\s+in\s+the\s+week\b", re.I)),
    ("this_month", re.compile(r"\b(?:(?:earlier|late|later)\s+)?this\s+month\b|\bearlier\s+in\s+the\s+month\b",
                              re.I)),
]
# Stretches of the article's own week or month: ``named_times`` leaves them out, as it leaves out weekdays.
_OWN_TIME = ("this_week", "this_month")

_MONTH_NAMES = list(calendar.month_name[1:])
# "Fox said in February" in a July article: a month named as when something happened (also "in a
# December interview", "during his March visit"). A year after it ("in October 2019") is read
# without being part of the match, which the recycled flag quotes as its evidence.
IN_MONTH = re.compile(
    r"\b(?:[Ii]n|[Dd]uring)\s+(?:(?:a|an|the|his|her|their|its|that)\s+)?(?:early\s+|late\s+|mid-)?("
    + "|".join(_MONTH_NAMES) + r")\b(?=(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?)"
)


@dataclass(frozen=True, slots=True)
class Spoken:
    """When a source says the words were spoken: one day ("on Tuesday": ``first == last``) or a
    stretch of days ("last week"), with the words that say so. The one way callers read a quote's
    utterance date, whether the store kept a day or a stretch."""

    first: date
    last: date
    words: str = ""

    @property
    def day(self) -> date | None:
        """The day, when the source names one; None for a stretch."""
        return self.first if self.first == self.last else None

    @property
    def width(self) -> int:
        """How many days the stretch spans (1 for a day)."""
        return (self.last - self.first).days + 1

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last

    def describe(self) -> str:
        """For a reader: "24 Nov 2026", "the week of 23-29 Nov 2026", "Nov 2026", "2019",
        "1-24 Nov 2026"."""
        a, b = self.first, self.last
        if a == b:
            return _day_text(a)
        if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
            return str(a.year)
        if a.day == 1 and (a.year, a.month) == (b.year, b.month) and b.day == calendar.monthrange(b.year, b.month)[1]:
            return a.strftime("%b %Y")
        head = f"{a.day}" if (a.year, a.month) == (b.year, b.month) else \
            (f"{a.day} {a:%b}" if a.year == b.year else _day_text(a))
        span = f"{head}-{_day_text(b)}"
        return f"the week of {span}" if self.width == 7 and a.weekday() == 0 else span


def _day_text(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


# Words before a date that make it the name of an event rather than a day something was said
# ("on the 11th of October" is a day).
_EVENT_DAY = re.compile(r"(?:(?<!\bon )\bthe|\bthis|\bnext|\bupcoming|['\u2019]s)\s+$", re.I)


def _as_day(published: datetime | date | None) -> date | None:
    if published is None:
        return None
    return published.date() if isinstance(published, datetime) else published


def _calendar(m: re.Match[str], pub: date) -> date | None:
    if _EVENT_DAY.search(m.string, 0, m.start()):
        return None  # "New York's April 19 primary", "the Nov. 8 election": an event's day, not a day of speaking
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


def _other_year(context: str, pub: date) -> int | None:
    m = _IN_YEAR.search(context)
    year = int(m.group("year")) if m else None
    return year if year is not None and year != pub.year else None


# A day at the head of reported speech: "Adelson said on Friday he met Trump", where the extractor's
# content starts at "on Friday": the day is the cue's, not the reported words'.
_LEADING_DAY = re.compile(rf"\s*(?:on\s+)?(?:last\s+)?(?:{'|'.join(_WEEKDAYS)}|yesterday)\b(?!['\u2019]s)", re.I)


def leading_day(text: str) -> int:
    """How many characters at the head of ``text`` name the day it was said ("on Friday",
    "yesterday"); 0 when it does not open with one."""
    m = _LEADING_DAY.match(text)
    return m.end() if m else 0


# A day that opens a sentence, before its comma: "On Monday, an airline spokesman ... said",
# "Late on Tuesday, the minister told". Its day is the main verb's.
_FRONTED_DAY = re.compile(
    rf"(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?(?:{'|'.join(_WEEKDAYS)}|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,", re.I)


def fronted_day(sentence: str, published: datetime | date | None) -> date | None:
    """The day ``sentence`` opens with ("On Monday, ..."), resolved against ``published`` as
    ``resolve_spoken_date`` resolves it; None when it opens otherwise."""
    m = _FRONTED_DAY.match(sentence.lstrip())
    return resolve_spoken_date(m.group(0), published) if m else None


# What every pattern of ``_RANGES`` and ``IN_MONTH`` needs: "week", "month", "year", a year's
# digits or a month's name.
_STRETCH_WORDS = re.compile(r"week|month|year|\b(?:19|20)\d\d\b|\b(?:" + "|".join(calendar.month_name[1:]) + r")\b")


def may_name_a_stretch(text: str) -> bool:
    """False when no part of ``text`` can name a stretch for ``resolve_spoken_range`` (as
    ``may_name_a_day`` for days)."""
    return _STRETCH_WORDS.search(text) is not None


def may_name_a_day(text: str) -> bool:
    """False when no part of ``text`` (a sentence of it, say) can name a day for
    ``resolve_spoken_date``: none of the words its patterns need is there. A cheap test to run
    before cutting ``text`` down to the sentence to ask."""
    return _DAY_WORDS.search(text) is not None


def resolve_spoken_date(context: str, published: datetime | date | None) -> date | None:
    """The day the words were spoken when ``context`` (the sentence or the text
    around the cue) names one, resolved against the article's ``published`` date.

    "yesterday" is the day before; a bare weekday is the latest such day on or
    before the article's day ("said on Tuesday" in a Tuesday article is that
    day); "last Tuesday" is strictly before; a weekday to come ("next Tuesday")
    is none. "Last week" names no day (``resolve_spoken_range`` gives its span).
    An explicit other year ("in 2019") is honoured: a day-month date is of that
    year, and words relative to the article's date resolve to nothing.
    None when the text gives no day or the date is unknown.
    """
    pub = _as_day(published)
    if pub is None or not context:
        return None
    year = _other_year(context, pub)
    for kind, pattern in _PATTERNS:
        m = pattern.search(context)
        if not m:
            continue
        if kind in ("dmy", "mdy"):
            found = _calendar(m, pub if year is None or m.group("year") else date(year, 12, 31))
            if found is not None:
                return found
            continue
        if year is not None:
            return None  # "in 2019 ... on Tuesday": not this week's Tuesday, and no telling which
        if kind == "yesterday":
            return pub - timedelta(days=1)
        if kind == "today":
            return pub
        back = (pub.weekday() - _WEEKDAYS.index(m.group("wd").lower())) % 7
        if kind == "last_weekday" and back == 0:
            back = 7
        return pub - timedelta(days=back)
    return None


def resolve_spoken_range(context: str, published: datetime | date | None) -> tuple[date, date, str] | None:
    """The stretch of time ``context`` says the words were spoken in, with the words that say
    so: "last week" (Monday to Sunday of the week before the article's), "last month", "last
    year", "in 2019", "in February" (``IN_MONTH``), "earlier this week" (Monday to the article's
    day), "earlier this month".
    A day ``resolve_spoken_date`` finds is a stretch of one day. None when the text names no time."""
    pub = _as_day(published)
    if pub is None or not context:
        return None
    day = resolve_spoken_date(context, pub)
    if day is not None:
        return day, day, "day"
    month = _named_month(context, pub)
    if month is not None:
        return month
    for kind, pattern in _RANGES:
        m = pattern.search(context)
        if m and (kind != "year" or int(m.group("year")) <= pub.year):
            return (*_stretch(kind, m, pub), m.group(0))
    return None


def _named_month(context: str, pub: date) -> tuple[date, date, str] | None:
    """The month ``context`` names as when something happened ("told ABC News in February"): the
    latest such month on or before the article's, unless a year follows ("in October 2019");
    its days up to the article's day. None for a month after the article's."""
    m = IN_MONTH.search(context)
    if m is None:
        return None
    month = _MONTH_NAMES.index(m.group(1)) + 1
    year = int(m.group("year")) if m.group("year") else pub.year - (month > pub.month)
    first = date(year, month, 1)
    if first > pub:
        return None
    words = context[m.start():m.end("year")] if m.group("year") else m.group(0)
    return first, min(date(year, month, calendar.monthrange(year, month)[1]), pub), words


def _stretch(kind: str, m: re.Match[str], pub: date) -> tuple[date, date]:
    """The first and last day of what a match of ``_RANGES`` names, against the article's day."""
    if kind == "year":
        year = int(m.group("year"))
        return date(year, 1, 1), min(date(year, 12, 31), pub)
    if kind == "last_week":
        monday = pub - timedelta(days=pub.weekday() + 7)
        return monday, monday + timedelta(days=6)
    if kind == "this_week":
        return pub - timedelta(days=pub.weekday()), pub
    if kind == "this_month":
        return pub.replace(day=1), pub
    if kind == "last_month":
        end = pub.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    return date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31)


def named_times(context: str, published: datetime | date | None) -> list[tuple[date, date, str]]:
    """Every stretch of time before the article's day that ``context`` names as when something
    happened, with its words: a calendar date ("on Dec. 4"), a month ("in December", the latest
    December on or before the article's month unless a year follows), "last month", "last year".
    Not weekdays, "yesterday" or "today": those name the article's own week. Not a bare year
    either: the paragraph around a quote often names one for something else ("the 2003 invasion").
    Empty when the date is unknown."""
    pub = _as_day(published)
    if pub is None or not context:
        return []
    times = []
    for _, pattern in _PATTERNS[:2]:  # the calendar dates
        for m in pattern.finditer(context):
            day = _calendar(m, pub)
            if day is not None:
                times.append((day, day, m.group(0)))
    for m in IN_MONTH.finditer(context):
        month = _MONTH_NAMES.index(m.group(1)) + 1
        year = int(m.group("year")) if m.group("year") else pub.year - (month > pub.month)
        times.append((date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), m.group(0)))
    for kind, pattern in _RANGES:
        m = pattern.search(context) if kind != "year" and kind not in _OWN_TIME else None
        if m:
            times.append((*_stretch(kind, m, pub), m.group(0)))
    return times
