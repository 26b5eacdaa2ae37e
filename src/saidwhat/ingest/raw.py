"""Bytes in, text out: size caps, gzip with a decompression cap, binary sniffing, decoding.

Every reader goes through here before it looks at content, so the limits of
``Settings`` (max_file_bytes, max_decompressed_bytes) hold for every source.
Failures are raised as ``TooLargeError`` / ``UnreadableError`` and the caller
turns them into a ``Skip``; nothing here knows about articles.
"""

from __future__ import annotations

import gzip
import io
import zlib
from typing import BinaryIO

from ..errors import TooLargeError, UnreadableError

__all__ = ["GZIP_MAGIC", "decode_text", "gunzip_capped", "looks_binary", "read_capped"]

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 16

# Control characters that text does not hold (tab, newline, form feed and carriage return it does),
# and the bytes outside ASCII: deleted by bytes.translate to count them in C, not a byte at a time.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_HIGH_BYTES = bytes(range(128, 256))
# Signatures of common binary formats that sometimes sit in a news folder.
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"BZh", b"\xfd7zXZ")


def read_capped(stream: BinaryIO, limit: int, *, what: str = "input") -> bytes:
    """Read a whole stream, refusing more than ``limit`` bytes (streams have no size up front)."""
    buf = io.BytesIO()
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return buf.getvalue()
        buf.write(chunk)
        if buf.tell() > limit:
            raise TooLargeError(f"{what} is larger than {limit:,} bytes")


def gunzip_capped(data: bytes, limit: int) -> bytes:
    """Decompress gzip (several members allowed, as in WARC.gz) without ever holding more than ``limit``.

    ``gzip.decompress`` would inflate a bomb whole before we could look at its
    size; a streaming decompressobj with ``max_length`` stops at the cap.
    """
    out = io.BytesIO()
    rest = data
    try:
        while rest:
            d = zlib.decompressobj(wbits=31)  # 31: expect a gzip header
            pending = rest
            while pending:
                room = limit - out.tell()
                chunk = d.decompress(pending, room + 1)
                out.write(chunk)
                if out.tell() > limit:
                    raise TooLargeError(f"decompresses to more than {limit:,} bytes")
                pending = d.unconsumed_tail
                if d.eof:
                    break
            if not d.eof:
                raise UnreadableError("truncated gzip data", reason="malformed")
            rest = d.unused_data.lstrip(b"\x00")  # some writers pad between members
            if rest and not rest.startswith(GZIP_MAGIC):
                break  # trailing garbage after the last member: keep what we have, as gzip(1) does
    except zlib.error as exc:
        raise UnreadableError(f"corrupt gzip data: {exc}", reason="malformed") from exc
    return out.getvalue()


def looks_binary(data: bytes, *, sample: int = 8192) -> bool:
    """True for images, PDFs, archives and other non-text: NUL bytes or many control characters."""
    head = data[:sample]
    if head.startswith(_BINARY_MAGIC):
        return True
    if b"\x00" in head:
        # UTF-16 text has NULs too, but only with a byte-order mark; we do not read it without one
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > 0.05


def decode_text(data: bytes) -> str:
    """Bytes to str: UTF-8 (with or without BOM), UTF-16 with a BOM, else a guessed legacy encoding.

    charset-normalizer guesses badly on mostly-ASCII English with a stray
    legacy byte (it calls the BBC's one latin-1 pound sign cp932), so when
    non-ASCII bytes are rare we take cp1252, the usual legacy encoding of
    English news, and ask charset-normalizer only for texts that are largely
    non-ASCII.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnreadableError(f"bad UTF-16: {exc}", reason="encoding") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if high <= max(8, len(data) // 100):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")  # every byte is a latin-1 character
    import charset_normalizer  # only the rare hard case pays for the import

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UnreadableError("cannot tell the text encoding", reason="encoding")
    return str(best)


def open_maybe_gzip(data: bytes, limit: int) -> bytes:
    """The content of ``data``, decompressed when it is gzip."""
    if data.startswith(GZIP_MAGIC):
        return gunzip_capped(data, limit)
    return data


def peek_gzip(path: str, n: int = 64) -> bytes:
    """The first ``n`` decompressed bytes of a gzip file, for sniffing without inflating it."""
    try:
        with gzip.open(path, "rb") as fh:
            return fh.read(n)
    except (OSError, EOFError, zlib.error):
        return b""
