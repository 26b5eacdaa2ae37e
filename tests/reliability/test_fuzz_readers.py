"""Property tests of every reader: any bytes of any kind in, Articles and Skips out.

Files of each kind (text, JSONL, HTML, WARC, RSS/Atom, arbitrary bytes) are
generated, sometimes gzipped and sometimes cut short, and read with
``read_sources``; plain text also goes through ``read_text_article``. Nothing
may raise, every Skip carries a documented reason and no Skip hides a reader
crash (``reason="error"`` with a Python exception name), and every Article's
paragraphs index its text.
"""

from __future__ import annotations

import gzip
import io
import json
import tempfile
from pathlib import Path

from fuzzing import check_reader_item, fuzz_settings, news_text
from hypothesis import given
from hypothesis import strategies as st

from saidwhat.ingest import read_sources, read_text_article
from saidwhat.models import Skip
from saidwhat.settings import Settings

# Small limits so the cap paths run on small generated inputs too.
SMALL = Settings(max_file_bytes=200_000, max_decompressed_bytes=300_000, max_article_chars=50_000, languages=())
LIMITS = st.sampled_from([Settings(languages=()), Settings(), SMALL])


def _html(title: str, paragraphs: list[str], tags: list[str], truncate: int | None) -> str:
    from html import escape

    body = "".join(f"<{t}>{escape(p) if i % 2 else p}</{t}>" for i, (t, p) in enumerate(zip(tags * 50, paragraphs)))
    page = (
        f"<!DOCTYPE html><html><head><title>{escape(title)}</title></head><body><article>{body}</article></body></html>"
    )
    return page[:truncate] if truncate is not None else page


html_pages = st.builds(
    _html, news_text, st.lists(news_text, max_size=8),
    st.lists(st.sampled_from(["p", "div", "h1", "li", "blockquote", "script", "b", "span", "table"]), min_size=1),
    st.one_of(st.none(), st.integers(0, 400)),
)


def _jsonl(records: list[dict], junk: list[str]) -> str:
    lines = [json.dumps(r, ensure_ascii=bool(len(r) % 2)) for r in records] + junk
    return "\n".join(sorted(lines, key=len))


json_values = st.one_of(st.none(), st.integers(), news_text, st.lists(st.integers(), max_size=2))
jsonl_files = st.builds(
    _jsonl,
    st.lists(st.fixed_dictionaries(
        {"text": st.one_of(news_text, json_values)},
        optional={"id": json_values, "headline": json_values, "title": json_values,
                  "url": st.one_of(json_values, st.sampled_from(["https://Example.com:443/a?utm_source=x#f",
                                                                  "http://", "https://[::1", "urn:x"])),
                  "published": st.one_of(json_values, st.sampled_from(["2024-09-19T10:00:00+02:00", "yesterday",
                                                                        "9999-99-99", "2024-13-01"])),
                  "outlet": json_values, "author": json_values, "language": json_values}),
        max_size=5),
    st.lists(st.sampled_from(["{", "[]", "null", '{"text": 1}', "\x00", '{"text": "a"', "   "]), max_size=3),
)


def _warc(pages: list[str], statuses: list[str], ctypes: list[str], gz: bool, cut: int | None) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for i, (page, status, ctype) in enumerate(zip(pages, statuses * 10, ctypes * 10)):
        payload = page.encode("utf-8", "surrogatepass")
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(f"https://example.com/{i}", "response",
                                           payload=io.BytesIO(payload), http_headers=http)
        writer.write_record(record)
    data = out.getvalue()
    return data[:cut] if cut is not None else data


warc_files = st.builds(
    _warc, st.lists(html_pages, min_size=1, max_size=3),
    st.lists(st.sampled_from(["200 OK", "404 Not Found", "301 Moved", "500 Oops"]), min_size=1),
    st.lists(st.sampled_from(["text/html; charset=utf-8", "application/pdf", "", "text/plain"]), min_size=1),
    st.booleans(), st.one_of(st.none(), st.integers(0, 3000)),
)


def _feed(title: str, entries: list[tuple[str, str]], atom: bool, cut: int | None) -> str:
    from html import escape

    if atom:
        items = "".join(f"<entry><title>{escape(t)}</title><content type='html'>{escape(b)}</content>"
                        f"<link href='https://example.com/{i}'/><updated>2024-09-19T10:00:00Z</updated></entry>"
                        for i, (t, b) in enumerate(entries))
        doc = f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>{escape(title)}</title>{items}</feed>"
    else:
        items = "".join(f"<item><title>{escape(t)}</title><description>{escape(b)}</description>"
                        f"<link>https://example.com/{i}</link><pubDate>Thu, 19 Sep 2024 10:00:00 GMT</pubDate></item>"
                        for i, (t, b) in enumerate(entries))
        doc = f"<?xml version='1.0'?><rss version='2.0'><channel><title>{escape(title)}</title>{items}</channel></rss>"
    return doc[:cut] if cut is not None else doc


feed_files = st.builds(_feed, news_text, st.lists(st.tuples(news_text, news_text), max_size=4), st.booleans(),
                       st.one_of(st.none(), st.integers(0, 600)))


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "shift_jis"])
# (file name, bytes) pairs of every kind
files = st.one_of(
    st.tuples(st.sampled_from(["a.txt", "a", "a.text"]), st.builds(_encode, news_text, ENCODINGS)),
    st.tuples(st.sampled_from(["a.jsonl", "a.ndjson", "a.json"]), st.builds(_encode, jsonl_files, ENCODINGS)),
    st.tuples(st.sampled_from(["a.html", "a.htm", "page"]), st.builds(_encode, html_pages, ENCODINGS)),
    st.tuples(st.sampled_from(["a.warc", "a.warc.gz", "archive"]), warc_files),
    st.tuples(st.sampled_from(["a.rss", "a.atom", "feed.xml"]), st.builds(_encode, feed_files, ENCODINGS)),
    st.tuples(
        st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.warc", "a.bin", "a.rss", "a"]), st.binary(max_size=3000)
    ),
)


def _maybe_gzip(name: str, data: bytes, gz: bool, cut: int | None) -> tuple[str, bytes]:
    if not gz or name.endswith(".gz"):
        return name, data
    packed = gzip.compress(data)
    return name + ".gz", packed[:cut] if cut is not None else packed


@fuzz_settings(40)
@given(file=files, gz=st.booleans(), cut=st.one_of(st.none(), st.integers(0, 200)), limits=LIMITS)
def test_read_sources_on_any_file(file: tuple[str, bytes], gz: bool, cut: int | None, limits: Settings) -> None:
    name, data = _maybe_gzip(*file, gz, cut)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        items = list(read_sources([path], settings=limits))
    assert items, "an input vanished: neither an Article nor a Skip"
    for item in items:
        check_reader_item(item)
        if not isinstance(item, Skip):
            assert len(item.text) <= limits.max_article_chars


@fuzz_settings(40)
@given(text=st.one_of(news_text, st.text()))
def test_read_text_article_on_any_text(text: str) -> None:
    article = read_text_article(text, source="fuzz")
    check_reader_item(article)
    # The body is a piece of the input (after newline normalisation), never rewritten.
    assert article.text in text.replace("\r\n", "\n").replace("\r", "\n")



