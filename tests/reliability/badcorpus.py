"""The bad-input corpus: generated on the fly (nothing binary is committed), with each file's expected outcome.

``write_corpus(folder)`` writes every file and returns ``{name: Expect}``.
An ``Expect`` lists the Skip reasons acceptable for the file, or ``article``
when a reader should make an article of it (a legacy-encoded text is still
news). Every case of issue 8 is here: binary, empty, invalid UTF-8, mixed
encodings, HTML that is not an article, 100k-deep and truncated HTML, a
50 MB one-paragraph text, control characters, thousands of unbalanced
quotation marks, truncated gzip and WARC, a gzip bomb; plus a few the issue
implies (deep JSON, XML entity expansion in a feed, a NUL-filled file).
"""

from __future__ import annotations

import gzip
import io
import random
import zlib
from dataclasses import dataclass
from pathlib import Path

BIG_TEXT_BYTES = 50 * 1024 * 1024  # "a 50 MB single-paragraph text"
BOMB_BYTES = 1 << 30  # 1 GiB of zeros, about 1 MB compressed
NEST_DEPTH = 100_000

SENTENCE = ('"We must deliver more air defence to Ukraine," NATO Secretary General Jens Stoltenberg '
            "said on Thursday, adding that allies had given 2.4 billion euros this year. ")


@dataclass(frozen=True)
class Expect:
    reasons: frozenset[str] = frozenset()  # acceptable Skip reasons
    article: bool = False  # an Article is an acceptable outcome
    must: str | None = None  # a Skip reason that has to appear (a cut archive may still yield its whole records)

    def allows(self, outcome: str) -> bool:
        return self.article if outcome == "article" else outcome in self.reasons


def skip(*reasons: str) -> Expect:
    return Expect(frozenset(reasons))


ARTICLE = Expect(article=True)


def paragraph_text(n_bytes: int, *, unit: str = SENTENCE) -> bytes:
    """One paragraph (no newline at all) of about ``n_bytes`` bytes, headed by a headline line."""
    body = (unit * (n_bytes // len(unit) + 1))[:n_bytes]
    return ("Allies pledge more air defence\n\n" + body).encode("utf-8")


def gzip_bomb(n_bytes: int = BOMB_BYTES) -> bytes:
    """A gzip member of ``n_bytes`` zeros, compressed chunk by chunk so making it needs no big buffer."""
    comp = zlib.compressobj(1, zlib.DEFLATED, 31)  # level 1: ten times faster to make, still ~1000:1
    chunk = bytes(1 << 20)
    parts = [comp.compress(chunk) for _ in range(n_bytes // len(chunk))]
    parts.append(comp.flush())
    return b"".join(parts)


def warc_bytes(pages: list[str]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for i, page in enumerate(pages):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://news.example.com/story/{i}", "response",
            payload=io.BytesIO(page.encode("utf-8")), http_headers=http))
    return out.getvalue()


def article_html(n_paragraphs: int = 6) -> str:
    paras = "".join(f"<p>{SENTENCE} Paragraph {i} goes on about the alliance and its plans.</p>"
                    for i in range(n_paragraphs))
    return ("<!DOCTYPE html><html><head><title>Allies pledge more air defence</title></head>"
            f"<body><article><h1>Allies pledge more air defence</h1>{paras}</article></body></html>")


def write_corpus(folder: Path, *, big: bool = True) -> dict[str, Expect]:
    """Write the corpus into ``folder``; ``big=False`` leaves out the 50 MB text and the bomb."""
    rng = random.Random(8)
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, tuple[bytes, Expect]] = {}

    def add(name: str, data: bytes, expect: Expect) -> None:
        files[name] = (data, expect)

    add("random-bytes", rng.randbytes(64_000) + b"\x00", skip("binary"))
    add("picture.txt", b"\x89PNG\r\n\x1a\n" + rng.randbytes(4000), skip("binary"))
    add("document.html", b"%PDF-1.7\n" + rng.randbytes(4000), skip("binary"))
    add("nul-filled.txt", bytes(10_000), skip("binary", "empty"))
    add("empty.txt", b"", skip("empty"))
    add("blank.txt", b" \n\n\t \r\n", skip("empty"))
    add("empty.jsonl", b"\n\n", skip("empty"))
    # A stray legacy byte (a cp1252 pound sign) in UTF-8 English: still an article, decoded as cp1252.
    add("invalid-utf8.txt", ("Pound falls\n\n" + SENTENCE * 3).encode("utf-8") + b" It cost \xa34m. "
        + SENTENCE.encode("utf-8"), ARTICLE)
    add("mixed-encodings.txt", "Café talks\n\n".encode() + (SENTENCE * 2).encode("utf-8")
        + " Le café coûte 3 €.".encode("cp1252") + " Naïve “quotes”.".encode(), ARTICLE)
    # Mostly high bytes that are no encoding at all.
    add("undecodable.txt", bytes(rng.choice(range(0x80, 0x100)) for _ in range(20_000)),
        skip("encoding", "binary", "not-english"))
    add("utf16-no-bom.txt", ("Headline\n\n" + SENTENCE * 4).encode("utf-16-le"), skip("binary"))
    add("navigation.html", (b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> "
        b"<a href='/news'>News</a> <a href='/sport'>Sport</a></nav><footer>(c) 2024</footer></body></html>"),
        skip("empty", "not-article"))
    add("login.html", b"<html><body><form><input name=user><input type=password></form></body></html>",
        skip("empty", "not-article"))
    add("nested.html", ("<html><body>" + "<div>" * NEST_DEPTH + SENTENCE * 5 + "</div>" * NEST_DEPTH
        + "</body></html>").encode(), Expect(frozenset({"malformed", "empty", "not-article", "too-large"}), False))
    add("nested-unclosed.html", ("<html><body>" + "<span><b><i>" * (NEST_DEPTH // 3) + SENTENCE * 5).encode(),
        Expect(frozenset({"malformed", "empty", "not-article", "too-large"}), False))
    add("truncated.html", article_html(12).encode()[: len(article_html(12)) // 2], ARTICLE)
    # Control characters at about the binary threshold (5%): binary, or text in no language we keep.
    controls = "".join(rng.choice(SENTENCE + "\x01\x02\x03\x1b\x7f\x08") for _ in range(20_000))
    add("controls.txt", ("Control\n\n" + controls).encode(), skip("binary", "not-english"))
    add(
        "mostly-controls.txt", bytes(rng.choice(b"\x01\x02\x03\x1b\x7f\x08abc ") for _ in range(20_000)), skip("binary")
    )
    add("some-controls.txt", ("Control\n\n" + SENTENCE.replace(" ", " \x1b", 3) * 20).encode(), ARTICLE)
    # 3,500 quotation marks, none of them paired as a quote should be
    add(
        "unbalanced-quotes.txt",
        ("Unbalanced\n\n" + "\u201cHe said " * 1500 + "\" she said \"" * 1000).encode(),
        ARTICLE,
    )
    add("apostrophes.txt", ("Apostrophes\n\n" + "'" * 20_000 + " it's O'Neill's '90s").encode(), ARTICLE)
    packed = gzip.compress(("Cut short\n\n" + SENTENCE * 200).encode())
    add("truncated.txt.gz", packed[: len(packed) // 2], skip("malformed"))
    add("corrupt.jsonl.gz", b"\x1f\x8b\x08\x00" + rng.randbytes(2000), skip("malformed"))
    warc = warc_bytes([article_html(), article_html(8)])
    add("truncated.warc.gz", warc[: len(warc) * 2 // 3], Expect(frozenset({"malformed"}), True, must="malformed"))
    add("garbage.warc", b"WARC/1.0\r\nWARC-Type: response\r\n" + rng.randbytes(3000), skip("malformed"))
    add("deep.json", b'{"text": ' + b"[" * NEST_DEPTH + b"]" * NEST_DEPTH + b"}", skip("malformed", "not-article"))
    add("deep.jsonl", b"[" * NEST_DEPTH + b"\n" + b'{"text": "x"}', Expect(frozenset({"malformed"}), True))
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                        for i in range(1, 10))
              + ']><rss version="2.0"><channel><title>&lol9;</title><item><title>x</title>'
              "<description>&lol9;</description></item></channel></rss>")
    # The entities must not be expanded: a skip, or an article of the few literal characters.
    add("billion-laughs.rss", laughs.encode(), Expect(frozenset({"malformed", "empty", "not-article", "too-large",
                                                                "not-english"}), True))
    if big:
        add("fifty-megabytes.txt", paragraph_text(BIG_TEXT_BYTES), skip("too-large"))
        add("bomb.txt.gz", gzip_bomb(), skip("too-large"))
        # The same gigabyte as 1,024 gzip members of 1 MiB each (as WARC.gz files are made).
        member = gzip.compress(bytes(1 << 20))
        add("bomb-members.jsonl.gz", member * 1024, skip("too-large"))
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: expect for name, (_, expect) in files.items()}
