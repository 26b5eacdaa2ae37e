"""``read_sources``: files, folders and stdin in, Articles and Skips out.

Dispatch is by extension first and by content when the extension says
nothing, so a feed saved as ``.xml`` or an HTML page with no extension is
still read right. Every failure of one input becomes a Skip; nothing raised
while reading one input stops the batch.
"""

from __future__ import annotations

import os
import sys
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
from .raw import GZIP_MAGIC, decode_text, looks_binary, open_maybe_gzip, peek_gzip, read_capped
from .text import read_text_article
from .warc import read_warc

__all__ = ["read_sources", "sniff_kind"]

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
    ".rss": "feed",
    ".atom": "feed",
}
# Also read inside folders, by content: feeds and XHTML are often saved as .xml.
FOLDER_EXTRA_SUFFIXES = frozenset({".xml", ".arc"})
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


def _read_path(path: str, settings: Settings, fetcher: Fetcher | None) -> Iterator[tuple[Article | Skip, str]]:
    """Each item read under ``path`` with the file it came from (for per-file metadata)."""
    if path == STDIN:
        try:
            data = read_capped(sys.stdin.buffer, settings.max_file_bytes, what="stdin")
        except InputError as exc:
            yield Skip("<stdin>", exc.reason, str(exc)), path
            return
        for item in _read_bytes(data, "<stdin>", "", settings, fetcher):
            yield item, path
        return
    p = Path(path)
    if p.is_dir():
        for file in _walk(p):
            skip = _not_article(file)
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


def _not_article(file: Path) -> Skip | None:
    """A Skip for a file in a folder that is not an article by its name or extension, else None."""
    suffix = _suffix(file.name)
    if suffix and suffix not in EXTENSION_KINDS and suffix not in FOLDER_EXTRA_SUFFIXES:
        # images, PDFs and the like beside the articles: named in the report, not read
        return Skip(str(file), "not-article", f"{suffix} files in a folder are not read as articles")
    stem = file.name.lower().split(".", 1)[0]
    if stem in NOT_ARTICLE_NAMES:
        return Skip(str(file), "not-article", f"{file.name} describes the corpus (README, licence and the like); "
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
        if _is_warc(path):
            yield from read_warc(path, settings=settings)
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


def _read_bytes(
    data: bytes, source: str, suffix: str, settings: Settings, fetcher: Fetcher | None
) -> Iterator[Article | Skip]:
    # Every input shows up in the results: one that held nothing (a lone BOM, a
    # JSONL of blank lines) is an "empty" Skip rather than silence.
    produced = False
    for item in _read_content(data, source, suffix, settings, fetcher):
        produced = True
        yield item
    if not produced:
        yield Skip(source, "empty", "no articles in it")


def _read_content(
    data: bytes, source: str, suffix: str, settings: Settings, fetcher: Fetcher | None
) -> Iterator[Article | Skip]:
    try:
        data = open_maybe_gzip(data, settings.max_decompressed_bytes)
        if not data.strip():
            yield Skip(source, "empty", "no content")
            return
        if looks_binary(data):
            yield Skip(source, "binary", "not text (NUL bytes, control characters or a binary format)")
            return
        kind = EXTENSION_KINDS.get(suffix) or sniff_kind(data)
        if kind == "warc":  # stdin, or a WARC under another name: warcio wants a stream
            yield from _read_warc_bytes(data, source, settings)
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


def _read_warc_bytes(data: bytes, source: str, settings: Settings) -> Iterator[Article | Skip]:
    import tempfile

    # warcio reads from a file object; a spooled file keeps small archives in memory
    with tempfile.SpooledTemporaryFile(max_size=8_000_000) as fh:
        fh.write(data)
        fh.seek(0)
        for item in read_warc(fh, settings=settings, name=source):
            yield item


def sniff_kind(data: bytes) -> str:
    """The kind of a decompressed input from its first bytes: warc, feed, html, jsonl or text."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
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
    if name.endswith(".gz"):
        name = name[:-3]
    dot = name.rfind(".")
    return name[dot:] if dot > 0 else ""


def _is_warc(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return True
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError:
        return False
    if head.startswith(GZIP_MAGIC):
        return peek_gzip(str(path), 5).upper() == b"WARC/"
    return head.upper().startswith(b"WARC/")
