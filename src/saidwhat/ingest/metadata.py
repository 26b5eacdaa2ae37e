"""Metadata the user gives for articles whose files carry none: plain-text corpora.

A folder of .txt files says nothing of its outlet, and usually nothing of the
date. ``SourceMetadata`` fills that in, per run or per file:

    SourceMetadata.build(outlet="BBC News")                       every article
    SourceMetadata.build(date="2005-03-01")                       a fixed date
    SourceMetadata.build(date=r"(?P<year>\\d{4})/(?P<month>\\d\\d)/")  the date from each file's path
    SourceMetadata.build(sidecar="meta.csv")                      per file: outlet, date, url, headline

The run-wide outlet and date fill only what a file does not say itself; a
sidecar's values are about one named file and win over what it says. Sidecar
paths are relative to the sidecar's own folder (or absolute). Owns reading
those options; applies them to Articles; reads no article text.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..models import Article, article_id

__all__ = ["SIDECAR_FIELDS", "SourceMetadata", "date_from_path", "read_sidecar"]

SIDECAR_FIELDS = ("outlet", "date", "url", "headline")


@dataclass(frozen=True)
class SourceMetadata:
    """What to add to each article read: see the module docstring."""

    outlet: str | None = None
    date: datetime | None = None
    date_pattern: re.Pattern[str] | None = None
    sidecar: Mapping[Path, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def build(cls, *, outlet: str | None = None, date: str | None = None,
              sidecar: str | Path | None = None) -> SourceMetadata:
        """From the ``ingest`` options: ``date`` is an ISO date (or date and time), or a regular
        expression with named groups ``year`` (and optionally ``month``, ``day``) searched in each
        file's path."""
        fixed, pattern = _date_option(date) if date else (None, None)
        return cls(outlet=(outlet or "").strip() or None, date=fixed, date_pattern=pattern,
                   sidecar=read_sidecar(sidecar) if sidecar else {})

    def __bool__(self) -> bool:
        return bool(self.outlet or self.date or self.date_pattern or self.sidecar)

    def apply(self, article: Article, path: str | Path) -> Article:
        """``article`` read from the file at ``path``, with the metadata it lacks."""
        changes: dict[str, Any] = {}
        if self.outlet and not article.outlet:
            changes["outlet"] = self.outlet
        if article.published is None:
            when = self.date or (date_from_path(str(path), self.date_pattern) if self.date_pattern else None)
            if when is not None:
                changes["published"] = when
        entry = self.sidecar.get(_key(path))
        if entry:
            changes.update({k: v for k, v in entry.items() if v})
        if not changes:
            return article
        if "url" in changes and changes["url"] != article.url:
            # the id follows the URL, as in every reader
            changes["id"] = article_id(changes["url"], article.text)
        return dataclasses.replace(article, **changes)


def _key(path: str | Path) -> Path:
    return Path(path).expanduser().resolve()


def _date_option(value: str) -> tuple[datetime | None, re.Pattern[str] | None]:
    try:
        return datetime.fromisoformat(value.strip()), None
    except ValueError:
        pass
    try:
        pattern = re.compile(value)
    except re.error as exc:
        raise ConfigError(f"--date {value!r} is neither a date (YYYY-MM-DD) nor a regular expression: "
                          f"{exc}") from None
    if "year" not in pattern.groupindex:
        raise ConfigError(f"--date {value!r} is not a date (YYYY-MM-DD); as a pattern for the file path it "
                          "needs a named group (?P<year>...), and may have (?P<month>...) and (?P<day>...)")
    return None, pattern


def date_from_path(path: str, pattern: re.Pattern[str]) -> datetime | None:
    """The date that ``pattern``'s groups year, month and day find in ``path``, or None."""
    found = pattern.search(path.replace("\\", "/"))
    if found is None:
        return None
    parts = found.groupdict()
    try:
        return datetime(int(parts["year"]), int(parts.get("month") or 1), int(parts.get("day") or 1))
    except (TypeError, ValueError):
        return None  # "2005/13/40": not a date, so no date rather than a wrong one


def read_sidecar(path: str | Path) -> dict[Path, dict[str, Any]]:
    """Per-file metadata from a CSV (a ``path`` column and any of outlet, date, url, headline) or a
    JSON file (an object of path -> fields, or a list of objects with a ``path``), keyed by the
    resolved path of each file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the metadata file {path}: {exc}") from None
    records = _json_records(text, path) if path.suffix.lower() == ".json" else _csv_records(text, path)
    out: dict[Path, dict[str, Any]] = {}
    for n, record in enumerate(records, 1):
        name = str(record.get("path") or "").strip()
        if not name:
            raise ConfigError(f"{path}: entry {n} has no path")
        out[_key(path.parent / name)] = _fields(record, path, n)
    return out


def _csv_records(text: str, path: Path) -> list[dict[str, Any]]:
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "path" not in reader.fieldnames:
        raise ConfigError(f"{path}: a metadata CSV needs a header with a 'path' column and any of "
                          f"{', '.join(SIDECAR_FIELDS)}")
    return list(reader)


def _json_records(text: str, path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not JSON ({exc})") from None
    if isinstance(data, dict):
        data = [{"path": k, **(v if isinstance(v, dict) else {})} for k, v in data.items()]
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ConfigError(f"{path}: a metadata JSON is an object of path -> fields, or a list of objects "
                          "each with a 'path'")
    return data


def _fields(record: dict[str, Any], path: Path, n: int) -> dict[str, Any]:
    unknown = set(record) - {"path", "published", *SIDECAR_FIELDS}
    if unknown:
        raise ConfigError(f"{path}: entry {n} has unknown fields {', '.join(sorted(unknown))}; "
                          f"known: path, {', '.join(SIDECAR_FIELDS)}")
    out: dict[str, Any] = {k: str(record[k]).strip() for k in ("outlet", "url", "headline") if record.get(k)}
    when = record.get("date") or record.get("published")
    if when:
        try:
            out["published"] = datetime.fromisoformat(str(when).strip())
        except ValueError:
            raise ConfigError(f"{path}: entry {n} has the date {when!r}; write it as YYYY-MM-DD") from None
    return out
