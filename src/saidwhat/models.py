"""The records that cross every boundary: Article, Quote and their parts.

Everything here is a frozen dataclass holding plain values and character
offsets into the article's own strings, never library objects (no spaCy
tokens, no lxml nodes), so the database, the JSON API, exports and the Spark
job all serialise a record the same way through ``to_dict`` / ``from_dict``.

Offsets: a ``Span`` is ``[start, end)`` in Python string indices. Every span
of a Quote (its content spans, its cue, its speaker mention, its entities and
figures) indexes the same string: ``Article.text`` when ``Quote.where`` is
``"body"``, ``Article.headline`` when it is ``"headline"``. ``Quote.text`` is
the span texts joined with a single space, so it always round-trips.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import operator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, ClassVar, TypeVar

__all__ = [
    "Article",
    "Cue",
    "Entity",
    "Extraction",
    "Figure",
    "Quote",
    "QuoteKind",
    "Skip",
    "Span",
    "Speaker",
    "content_hash",
]


_T = TypeVar("_T")


def _pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle the record as its class called with its fields. Ingest's workers send back every
    extraction pickled, and a frozen slotted dataclass's own pickling looks its fields up
    (``dataclasses.fields``) for each of the ~140k records the BBC corpus makes: unpickling them
    in ingest's main process took 1.0 s CPU, 0.4 s this way, and pickling in the workers 0.44 s,
    0.17 s."""
    fields_of = operator.attrgetter(*(f.name for f in dataclasses.fields(cls)))  # type: ignore[arg-type]

    def __reduce__(self: _T) -> tuple[type[_T], tuple[Any, ...]]:
        return cls, fields_of(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


class QuoteKind(str, enum.Enum):
    DIRECT = "direct"  # words inside quotation marks
    INDIRECT = "indirect"  # reported speech with no quotation marks
    MIXED = "mixed"  # reported speech carrying a quoted fragment
    HEADLINE = "headline"  # a quote found in the headline
    NESTED = "nested"  # speech reported inside another quote

    def __str__(self) -> str:
        return self.value


@_pickled_by_fields
@dataclass(frozen=True, slots=True, order=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Cue:
    """The reporting expression: "said", "told reporters", "according to", a dash or a colon."""

    text: str
    span: Span | None = None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Speaker:
    """Who is quoted: the mention as written, and the name it resolves to.

    ``name`` is the resolved person or organisation ("Jens Stoltenberg" for the
    mention "the NATO Secretary General"), or None when the article does not
    say. ``type`` is "person", "org", "group" (plural or generic sources: "analysts"), "document"
    (a report, a statement or a filing that speaks: "the report said") or None when unknown.
    """

    mention: str
    span: Span | None = None
    name: str | None = None
    type: str | None = None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP ... (spaCy's labels)
    span: Span


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Figure:
    """An amount or a percentage, normalised to a number: "2,4 billion" is 2.4e9."""

    text: str
    value: float
    span: Span
    unit: str | None = None  # "%", "USD", "EUR", ... when written


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    spans: tuple[Span, ...]
    kind: QuoteKind
    cue: Cue | None = None
    speaker: Speaker | None = None
    confidence: float = 0.5
    where: str = "body"  # "body" or "headline": which string the spans index
    entities: tuple[Entity, ...] = ()
    figures: tuple[Figure, ...] = ()
    parent: int | None = None  # index of the enclosing quote, for nested speech
    spoken_on: date | None = None  # when the text says when the words were said
    # the rules that made the attribution, in the order they applied: "cue:...",
    # "subject:...", "content:...", "assembly:..." (extract/attribute.py, assemble.py)
    rules: tuple[str, ...] = ()

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    headline: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    language: str | None = "en"
    author: str | None = None
    paragraphs: tuple[Span, ...] = ()
    source: str | None = None  # the file, archive record or feed it was read from
    # The id the source gave the article (a JSONL or Parquet record's "id"), kept beside ``id``,
    # which is always ``article_id``: one id everywhere, and the source's own still findable.
    given_id: str | None = None

    def __post_init__(self) -> None:
        if not self.paragraphs:
            object.__setattr__(self, "paragraphs", split_paragraphs(self.text))

    def paragraph_texts(self) -> list[str]:
        return [p.of(self.text) for p in self.paragraphs]


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Extraction:
    """One article with the quotes found in it: what ``extract`` returns."""

    article: Article
    quotes: tuple[Quote, ...]


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Skip:
    """An input a reader did not turn into an article, and why."""

    source: str
    reason: str  # a short code: "empty", "binary", "too-large", "encoding", "not-article", ...
    detail: str = ""

    REASONS: ClassVar[tuple[str, ...]] = (
        "empty",
        "binary",
        "too-large",
        "encoding",
        "not-article",
        "not-english",
        "malformed",
        "error",
    )


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Paragraph spans: runs of text separated by blank lines, or by single
    newlines when the text has no blank line at all (one paragraph a line)."""
    sep = "\n\n" if "\n\n" in text else "\n"
    spans: list[Span] = []
    pos = 0
    for chunk in text.split(sep):
        start = pos
        pos += len(chunk) + len(sep)
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        spans.append(Span(start + lead, start + lead + len(stripped)))
    return tuple(spans)


# Ingest asks it three times an article read from a file (the reader's ``article_id``, then the
# identity's id and hash, ``store.identity``): 0.2 s of CPU over the BBC corpus for two repeats.
# The article's own text comes back at once, so a few entries are enough.
@lru_cache(maxsize=256)
def content_hash(text: str) -> str:
    """A stable id for an article with no URL: the hash of its whitespace-normalised text."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:24]


def article_id(url: str | None, text: str) -> str:
    """The one id of an article, the same in every reader, the store, the API and Spark.

    The hash of the canonical URL (``saidwhat.urls``) when the article has a web
    address, so the same page read twice is one article; else of its text's
    ``content_hash``. Ids do not depend on the order articles were read in.
    """
    from .urls import canonical_url

    url = canonical_url(url)
    key = f"url:{url}" if url else f"hash:{content_hash(text)}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# --- serialisation -------------------------------------------------------------
# One generic to_dict / from_dict for every record, so that all layers agree.


def _dump(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _dump(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_dump(v) for v in value]
    return value


def _span(d: Any) -> Span | None:
    if d is None:
        return None
    if isinstance(d, Span):
        return d
    if isinstance(d, (list, tuple)):
        return Span(int(d[0]), int(d[1]))
    return Span(int(d["start"]), int(d["end"]))


def _parse_datetime(v: Any) -> datetime | None:
    if v is None or isinstance(v, datetime):
        return v
    return datetime.fromisoformat(str(v))


def _parse_date(v: Any) -> date | None:
    if v is None or isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


def article_from_dict(d: dict[str, Any]) -> Article:
    return Article(
        id=str(d["id"]),
        text=d["text"],
        headline=d.get("headline"),
        url=d.get("url"),
        outlet=d.get("outlet"),
        published=_parse_datetime(d.get("published")),
        language=d.get("language", "en"),
        author=d.get("author"),
        paragraphs=tuple(_span(p) for p in d.get("paragraphs") or ()),  # type: ignore[misc]
        source=d.get("source"),
        given_id=d.get("given_id"),
    )


def quote_from_dict(d: dict[str, Any]) -> Quote:
    cue = d.get("cue")
    spk = d.get("speaker")
    return Quote(
        text=d["text"],
        spans=tuple(_span(s) for s in d["spans"]),  # type: ignore[misc]
        kind=QuoteKind(d["kind"]),
        cue=Cue(cue["text"], _span(cue.get("span"))) if cue else None,
        speaker=Speaker(spk["mention"], _span(spk.get("span")), spk.get("name"), spk.get("type"))
        if spk
        else None,
        confidence=float(d.get("confidence", 0.5)),
        where=d.get("where", "body"),
        entities=tuple(Entity(e["text"], e["label"], _span(e["span"])) for e in d.get("entities") or ()),  # type: ignore[arg-type]
        figures=tuple(
            Figure(f["text"], float(f["value"]), _span(f["span"]), f.get("unit"))  # type: ignore[arg-type]
            for f in d.get("figures") or ()
        ),
        parent=d.get("parent"),
        spoken_on=_parse_date(d.get("spoken_on")),
        rules=tuple(d.get("rules") or ()),
    )


def to_dict(record: Any) -> dict[str, Any]:
    """Any record of this module as JSON-ready dicts, lists, strings and numbers."""
    return _dump(record)


def extraction_from_dict(d: dict[str, Any]) -> Extraction:
    return Extraction(article_from_dict(d["article"]), tuple(quote_from_dict(q) for q in d["quotes"]))
