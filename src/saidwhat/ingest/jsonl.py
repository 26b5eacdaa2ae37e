"""JSONL articles: one JSON object a line, ``{"text"}`` plus optional metadata.

The fields: ``text`` (required), ``id``, ``headline`` (or ``title``), ``published``
(or ``date``, ``published_at``), ``url``, ``outlet``, ``author``, ``language``; other
keys are ignored. A record's ``id`` is kept as the article's ``given_id``: its ``id`` is
``models.article_id`` as for every reader, so the id ``extract`` prints is the one the
store, the API and Spark use, and ``show`` finds the article by either.

``text`` is taken verbatim, not stripped or normalised, because callers hold
offsets into it. A bad line becomes a Skip naming its line number; the lines
around it are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..models import Article, Skip
from .articles import article_id, kept_url, outlet_of
from .dates import parse_published

__all__ = ["read_json_document", "read_jsonl"]

# The names a publication date goes by in exported records; the first one present is read.
_DATE_KEYS = ("published", "date", "published_at")
_OPTIONAL = ("headline", *_DATE_KEYS, "url", "outlet", "author", "language")


def read_jsonl(text: str, *, source: str) -> Iterator[Article | Skip]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skip(where, "malformed", f"line {number}: not JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:  # json.loads recurses per nesting level: a hostile line can exhaust the stack
            yield Skip(where, "malformed", f"line {number}: JSON nested too deeply")
            continue
        yield article_from_record(record, where=where, line=number)


def read_json_document(text: str, *, source: str) -> Iterator[Article | Skip]:
    """A whole-file ``.json``: one article object or a list of them; anything else is not an article."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Skip(source, "malformed", f"not JSON ({exc.msg} at line {exc.lineno})")
        return
    except RecursionError:
        yield Skip(source, "malformed", "JSON nested too deeply")
        return
    if isinstance(data, dict) and "text" in data:
        yield article_from_record(data, where=source, line=None)
    elif isinstance(data, list) and data and all(isinstance(d, dict) and "text" in d for d in data):
        for i, record in enumerate(data):
            yield article_from_record(record, where=f"{source}[{i}]", line=None)
    else:
        yield Skip(source, "not-article", "JSON without article records (objects with a 'text' field)")


def article_from_record(record: Any, *, where: str, line: int | None) -> Article | Skip:
    at = f"line {line}: " if line is not None else ""
    if not isinstance(record, dict):
        return Skip(where, "malformed", f"{at}expected an object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        return Skip(where, "malformed", f"{at}'text' missing or not a string")
    for name in _OPTIONAL:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return Skip(where, "malformed", f"{at}{name!r} is not a string")
    published = None
    date_key = next((key for key in _DATE_KEYS if record.get(key)), None)
    if date_key is not None:
        published = parse_published(record[date_key])
        if published is None:
            return Skip(where, "malformed", f"{at}cannot read {date_key!r} {record[date_key]!r} as a date")
    url = record.get("url") or None
    headline = record.get("headline") or record.get("title") or None
    raw_id = record.get("id")
    if raw_id is not None and not isinstance(raw_id, (str, int)):
        return Skip(where, "malformed", f"{at}'id' must be a string or a number")
    return Article(
        id=article_id(url, text),
        given_id=str(raw_id) if raw_id is not None else None,
        text=text,
        headline=headline if isinstance(headline, str) else None,
        url=kept_url(url),
        outlet=record.get("outlet") or outlet_of(url),
        published=published,
        language=record.get("language") or None,
        author=record.get("author") or None,
        source=where,
    )
