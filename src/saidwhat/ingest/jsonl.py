"""JSONL articles: one JSON object a line, ``{"id", "text"}`` plus optional metadata.

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

_OPTIONAL = ("headline", "published", "url", "outlet", "author", "language")


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
    if record.get("published"):
        published = parse_published(record["published"])
        if published is None:
            return Skip(where, "malformed", f"{at}cannot read 'published' {record['published']!r} as a date")
    url = record.get("url") or None
    headline = record.get("headline") or record.get("title") or None
    raw_id = record.get("id")
    if raw_id is not None and not isinstance(raw_id, (str, int)):
        return Skip(where, "malformed", f"{at}'id' must be a string or a number")
    return Article(
        id=str(raw_id) if raw_id is not None else article_id(url, text),
        text=text,
        headline=headline if isinstance(headline, str) else None,
        url=kept_url(url),
        outlet=record.get("outlet") or outlet_of(url),
        published=published,
        language=record.get("language") or None,
        author=record.get("author") or None,
        source=where,
    )
