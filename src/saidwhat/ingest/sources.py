"""``read_sources``: files, folders and stdin in, Articles and Skips out.

Dispatch is by extension first and by content when the extension says
nothing, so a feed saved as ``.xml`` or an HTML page with no extension is
still read right. Every failure of one input becomes a Skip; nothing raised
while reading one input stops the batch.

This is the one dispatch of the project: ``read_bytes`` reads one input held
in memory exactly as ``read_sources`` reads a file of that name, and the Spark
job's executors call it on each file Spark hands them (``saidwhat.spark.records``),
so a cluster reads every kind, with the same Skip reasons, as one machine does.
Archives and Parquet tables (``STREAM_KINDS``) are read a record at a time with
the limits per record, since they run to a gigabyte; every other kind is read
whole, up to ``max_file_bytes``.
"""

from __future__ import annotations

import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Article, Skip
from ..settings import Settings
from .articles import check_article
from .feed import read_feed
from .fetch import Fetcher
from .html import html_to_article
from .jsonl import read_json_document, read_jsonl
from .metadata import SourceMetadata
from .parquet import PARQUET_MAGIC, read_parquet
from .raw import GZIP_MAGIC, decode_text, looks_binary, open_maybe_gzip, peek_gzip, read_capped
from .text import read_text_article
from .warc import read_warc

__all__ = ["KINDS", "folder_skip", "read_bytes", "read_sources", "sniff_kind"]

STDIN = "-"
# Extensions, after any .gz, that name a kind outright.
EXTENSION_KINDS = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".warc": "warc",
    ".arc": "warc",  # the Internet Archive's format before WARC; warcio reads both
    ".parquet": "parquet",
    ".rss": "feed",
    ".atom": "feed",
}
# Also read inside folders, by content: feeds and XHTML are often saved as .xml.
FOLDER_EXTRA_SUFFIXES = frozenset({".xml"})
# Kinds read from a stream a record at a time, with the size limits per record.
STREAM_KINDS = frozenset({"warc", "parquet"})
# Every kind the dispatch knows, for a caller that forces one (spark-extract --format).
KINDS = ("warc", "parquet", "jsonl", "json", "html", "feed", "text")
# Bytes of decompressed content enough to tell a stream kind by its signature.
_HEAD_BYTES = 64
# Files beside the articles that describe the corpus, whatever their extension
# (the BBC corpus's README.TXT): never articles, so skipped in folders by name.
NOT_ARTICLE_NAMES = frozenset({"readme", "license", "licence", "copying", "notice", "authors", "changelog",
                               "changes", "contributing", "citation"})


def read_sources(
    paths: Iterable[str | os.PathLike[str]],
    *,
    settings: Settings | None = None,
    fetch: bool | Fetcher = False,
    metadata: SourceMetadata | None = None,
) -> Iterator[Article | Skip]:
    """Read every article in ``paths`` (files, folders read recursively in sorted order, ``-`` for stdin).

    Yields an Article for each one read and a Skip (source, reason, detail)
    for each input or record that could not be used. With ``fetch=True`` the
    pages of feed entries are fetched over the network, politely; a
    ``Fetcher`` may be passed instead to share one (and its per-host clock).
    ``metadata`` adds an outlet, a date, a URL or a headline that the files do
    not carry (see ``SourceMetadata``). In folders, README, LICENSE, COPYING
    and the like are skipped as "not-article".
    """
    settings = settings or Settings()
    own = fetch is True
    fetcher = Fetcher(settings) if own else (fetch or None)
    try:
        for path in paths:
            for item, file in _read_path(str(path), settings, fetcher):
                if isinstance(item, Article) and metadata:
                    item = metadata.apply(item, file)
                yield check_article(item, settings) if isinstance(item, Article) else item
    finally:
        if own and fetcher is not None:
            fetcher.close()


def _read_path(
    path: str, settings: Settings, fetcher: Fetcher | None
) -> Iterator[tuple[Article | Skip, str]]:
    """Each item read under ``path`` with the file it came from (for per-file metadata)."""
    if path == STDIN:
        try:
            data = read_capped(sys.stdin.buffer, settings.max_file_bytes, what="stdin")
        except InputError as exc:
            yield Skip("<stdin>", exc.reason, str(exc)), path
            return
        for item in read_bytes(data, "<stdin>", name="", settings=settings, fetcher=fetcher):
            yield item, path
        return
    p = Path(path)
    if p.is_dir():
        for file in _walk(p):
            skip = folder_skip(str(file), file.name)
            if skip is not None:
                yield skip, str(file)
                continue
            for item in _read_file(file, settings, fetcher):
                yield item, str(file)
    elif p.exists():
        for item in _read_file(p, settings, fetcher):
            yield item, path
    else:
        yield Skip(path, "error", "no such file or directory"), path


def folder_skip(source: str, name: str) -> Skip | None:
    """A Skip for a file found in a folder (``name`` its base name) that is not an article, else None.

    By its extension (images, PDFs and the like beside the articles) or by its
    name (README, LICENSE ...). A file named on its own is always read."""
    suffix = _suffix(name)
    if suffix and suffix not in EXTENSION_KINDS and suffix not in FOLDER_EXTRA_SUFFIXES:
        return Skip(source, "not-article", f"{suffix} files in a folder are not read as articles")
    stem = name.lower().split(".", 1)[0]
    if stem in NOT_ARTICLE_NAMES:
        return Skip(source, "not-article", f"{name} describes the corpus (README, licence and the like); "
                                           "name the file itself to read it as an article")
    return None


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` in a fixed order (sorted by name at each level); hidden entries left out."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def _read_file(path: Path, settings: Settings, fetcher: Fetcher | None) -> Iterator[Article | Skip]:
    source = str(path)
    try:
        kind = _stream_kind(path.name, _file_head(path))
        if kind is not None:
            yield from _read_stream(kind, path, source, settings)
            return
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            yield Skip(source, "too-large", f"{size:,} bytes, limit {settings.max_file_bytes:,}")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skip(source, "error", f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, source, _suffix(path.name), settings, fetcher)


def read_bytes(
    data: bytes,
    source: str,
    *,
    settings: Settings,
    name: str | None = None,
    kind: str | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Article | Skip]:
    """The articles of one input held in memory, read as ``read_sources`` reads a file named ``name``.

    ``source`` names the input in Articles and Skips; ``name`` (default:
    ``source``) gives the extension the dispatch reads first. ``kind`` (one of
    ``KINDS``) forces the reader. Articles are not yet checked for size and
    language (``check_article``), as the reader functions of each kind do not.
    """
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown input kind {kind!r}; choose one of {', '.join(KINDS)}")
    name = source if name is None else name
    kind = kind or _stream_kind(name, _bytes_head(data))
    if kind in STREAM_KINDS:
        yield from _read_stream(kind, io.BytesIO(data), source, settings)
        return
    if len(data) > settings.max_file_bytes:
        yield Skip(source, "too-large", f"{len(data):,} bytes, limit {settings.max_file_bytes:,}")
        return
    yield from _read_bytes(data, source, _suffix(name), settings, fetcher, kind)


def _read_stream(
    kind: str, file: Path | io.BytesIO, source: str, settings: Settings
) -> Iterator[Article | Skip]:
    """An archive or a Parquet table, from a path or from memory, one record at a time."""
    reader = read_warc if kind == "warc" else read_parquet
    try:
        yield from reader(file, settings=settings, name=source)
    except Exception as exc:  # a reader bug on one input must not end the batch; keep the reason
        yield Skip(source, "error", f"{type(exc).__name__}: {exc}")


def _read_bytes(
    data: bytes,
    source: str,
    suffix: str,
    settings: Settings,
    fetcher: Fetcher | None,
    kind: str | None = None,
) -> Iterator[Article | Skip]:
    # Every input shows up in the results: one that held nothing (a lone BOM, a
    # JSONL of blank lines) is an "empty" Skip rather than silence.
    produced = False
    for item in _read_content(data, source, suffix, settings, fetcher, kind):
        produced = True
        yield item
    if not produced:
        yield Skip(source, "empty", "no articles in it")


def _read_content(
    data: bytes, source: str, suffix: str, settings: Settings, fetcher: Fetcher | None, kind: str | None
) -> Iterator[Article | Skip]:
    try:
        data = open_maybe_gzip(data, settings.max_decompressed_bytes)
        if not data.strip():
            yield Skip(source, "empty", "no content")
            return
        if looks_binary(data):
            yield Skip(source, "binary", "not text (NUL bytes, control characters or a binary format)")
            return
        kind = kind or EXTENSION_KINDS.get(suffix) or sniff_kind(data)
        if kind in STREAM_KINDS:  # only when a gzip member hides the signature from _stream_kind
            yield from _read_stream(kind, io.BytesIO(data), source, settings)
        elif kind == "feed":
            yield from read_feed(data, source=source, fetcher=fetcher)
        elif kind == "html":
            yield html_to_article(data, source=source)
        else:
            text = decode_text(data)
            if kind == "jsonl":
                yield from read_jsonl(text, source=source)
            elif kind == "json":
                yield from read_json_document(text, source=source)
            else:
                yield read_text_article(text, source=source)
    except InputError as exc:
        yield Skip(source, exc.reason, str(exc))
    except Exception as exc:  # a reader bug on one input must not end the batch; keep the reason
        yield Skip(source, "error", f"{type(exc).__name__}: {exc}")


def sniff_kind(data: bytes) -> str:
    """The kind of a decompressed input from its first bytes: warc (or ARC), feed, html, jsonl or text."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"warc/", b"filedesc://")):
        return "warc"
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        if b"<html" in head:
            return "html"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def _suffix(name: str) -> str:
    name = name.lower()
    name = name.removesuffix(".gz")
    dot = name.rfind(".")
    return name[dot:] if dot > 0 else ""


def _stream_kind(name: str, head: bytes) -> str | None:
    """warc or parquet when the file's name or its first (decompressed) bytes say so, else None."""
    kind = EXTENSION_KINDS.get(_suffix(name))
    if kind in STREAM_KINDS:
        return kind
    if head.startswith(PARQUET_MAGIC):
        return "parquet"
    if head.upper().startswith(b"WARC/") or head.startswith(b"filedesc://"):
        return "warc"
    return None


def _file_head(path: Path) -> bytes:
    """The first bytes of a file's content, through gzip, without reading it whole."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(_HEAD_BYTES)
    except OSError:
        return b""
    return peek_gzip(str(path), _HEAD_BYTES) if head.startswith(GZIP_MAGIC) else head


def _bytes_head(data: bytes) -> bytes:
    """The first bytes of an input held in memory, through gzip, without inflating it whole."""
    if not data.startswith(GZIP_MAGIC):
        return data[:_HEAD_BYTES]
    try:
        return zlib.decompressobj(wbits=31).decompress(data[:65536], _HEAD_BYTES)
    except zlib.error:
        return b""
