"""WARC and WARC.gz archives (Common Crawl News is the model), and the older ARC: HTML responses are articles.

Only ``response`` records are candidates: ``request``, ``warcinfo``,
``metadata`` and ``revisit`` records never hold a page, so passing over them
is not skipping an input. A response that is not a 2xx HTML page is a Skip.
Limits hold per record, not per archive, since real archives run to a
gigabyte: a record over ``max_file_bytes`` is skipped as too-large.

ARC files (the Internet Archive's format before WARC) are read by the same
iterator; their headers name the URL, crawl time and length differently
(``uri``, ``archive-date``, ``length``) and carry no record id, so an ARC
record is named by its number in the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from ..errors import TooLargeError
from ..models import Article, Skip
from ..settings import Settings
from .dates import parse_published
from .html import html_to_article
from .raw import read_capped

__all__ = ["read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(
    path: str | Path | BinaryIO, *, settings: Settings, name: str | None = None
) -> Iterator[Article | Skip]:
    """Articles of a WARC file (a path, or an open binary file with ``name`` for the sources)."""
    if isinstance(path, (str, Path)):
        with open(path, "rb") as fh:
            yield from read_warc(fh, settings=settings, name=name or str(path))
        return
    from warcio.archiveiterator import ArchiveIterator

    name = name or "<warc>"
    limit = min(settings.max_file_bytes, settings.max_decompressed_bytes)
    records = ArchiveIterator(path)
    last = None
    try:
        for number, record in enumerate(records, start=1):
            last = record
            if record.rec_type != "response":
                continue
            yield _read_record(record, f"{name}#{_record_id(record, number)}", limit)
    except Exception as exc:  # warcio raises ArchiveLoadFailed, zlib and EOF errors on bad archives
        yield Skip(name, "malformed", f"bad WARC data: {type(exc).__name__}: {exc}")
        return
    # warcio ends quietly when an archive is cut inside a record's headers (or inside
    # a gzip member before them): the bytes after the last whole record tell.
    left = _unread_tail(path, records.offset)
    if (last is None or last.rec_type is None) and not left:  # nothing, or only blank lines
        yield Skip(name, "empty", "no WARC records")
    elif left:
        yield Skip(name, "malformed", f"truncated WARC: the last {left:,} bytes are not a complete record")
    elif last is not None and last.rec_type != "response" and _cut_short(last):
        yield Skip(name, "malformed", f"truncated WARC: its last ({last.rec_type}) record is cut short")


def _record_id(record, number: int) -> str:
    """The WARC record id; an ARC record has none, so its number in the file (deterministic on every run).

    Not the byte offset: warcio only knows the offset once the record has been
    read to its end, which would empty its content stream."""
    if record.format == "arc":
        return str(number)
    return (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")


def _target_url(record) -> str | None:
    return record.rec_headers.get_header("uri" if record.format == "arc" else "WARC-Target-URI")


def _declared_length(record) -> str | None:
    return record.rec_headers.get_header("length" if record.format == "arc" else "Content-Length")


def _crawled(record) -> datetime | None:
    """When the page was fetched: WARC-Date, or an ARC record's 14-digit archive-date (UTC)."""
    if record.format != "arc":
        return parse_published(record.rec_headers.get_header("WARC-Date"))
    stamp = (record.rec_headers.get_header("archive-date") or "").strip()
    try:
        return datetime.strptime(stamp[:14], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def _cut_short(record) -> bool:
    """Whether a fully read record got fewer bytes than its headers promised (or promised none)."""
    length = _declared_length(record)
    if length is None or not length.strip().isdigit():
        return True
    missing = getattr(record.raw_stream, "limit", 0)
    return isinstance(missing, int) and missing > 0


def _unread_tail(fh: BinaryIO, offset: int) -> int:
    """How many bytes after ``offset`` are more than padding (0 when the stream cannot tell)."""
    try:
        fh.seek(offset)
        tail = fh.read(1 << 16)
    except (OSError, ValueError):
        return 0
    return len(tail) if tail.strip(b"\r\n\x00 ") else 0


def _read_record(record, where: str, limit: int) -> Article | Skip:
    url = _target_url(record)
    http = record.http_headers
    if http is None:
        return Skip(where, "not-article", "response record without HTTP headers")
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        return Skip(where, "not-article", f"HTTP status {status or 'missing'} for {url}")
    ctype = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    try:
        length = int(_declared_length(record) or 0)
    except ValueError:
        length = 0
    if length > limit:
        return Skip(where, "too-large", f"record of {length:,} bytes, limit {limit:,}")
    try:
        body = read_capped(record.content_stream(), limit, what="record")
    except TooLargeError as exc:
        return Skip(where, "too-large", str(exc))
    # warcio ends a cut-off record's stream quietly; the bytes its length promised tell.
    missing = getattr(record.raw_stream, "limit", 0)
    if isinstance(missing, int) and missing > 0:
        return Skip(where, "malformed", f"truncated record: {missing:,} bytes missing for {url}")
    if ctype and ctype not in _HTML_TYPES:
        return Skip(where, "not-article", f"content type {ctype} for {url}")
    if not ctype and b"<html" not in body[:2048].lower():
        return Skip(where, "not-article", f"no content type and no HTML for {url}")
    if not body.strip():
        return Skip(where, "empty", f"empty response for {url}")
    # The crawl time bounds the publication time from above; used only when the page gives none.
    return html_to_article(body, source=where, url=url, fallback_published=_crawled(record))
