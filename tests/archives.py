"""Test inputs of the kinds a crawl or a data team hands over: WARC and ARC archives, Parquet tables.

Built from real pages and articles of ../shared (the article-extraction
benchmark's HTML, the BBC corpus); a test that needs them skips when they are
absent. Used by tests/ingest (read locally) and tests/spark (read by the job).
"""

from __future__ import annotations

import gzip
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
HTML_DIR = SHARED / "data" / "article-extraction-benchmark" / "html"
BBC_DIR = SHARED / "data" / "bbc-news" / "bbc"
MIN_QUOTE_MARKS = 10
CRAWLED = datetime(2024, 9, 19, 10, 0, tzinfo=UTC)  # the fallback publication time of an undated page


def quoted_pages(n: int, *, skip: int = 0) -> list[tuple[str, bytes]]:
    """(url, html) of the benchmark's smallest pages holding quotations, after the ``skip`` smallest."""
    if not HTML_DIR.is_dir():
        pytest.skip(
            f"the article-extraction benchmark pages are absent ({HTML_DIR}); see ../shared/README.md"
        )
    candidates = []
    for path in sorted(HTML_DIR.glob("*.html.gz")):
        html = gzip.decompress(path.read_bytes())
        opening_marks = html.count(b"&#8220;") + html.count("\u201c".encode()) + html.count(b"&ldquo;")
        if opening_marks >= MIN_QUOTE_MARKS:
            candidates.append((len(html), path.name, html))
    candidates.sort()
    chosen = candidates[skip : skip + n]
    return [(f"https://example.org/news/{name.split('.')[0][:16]}", html) for _, name, html in chosen]


def write_warc(
    out: Path, pages: list[tuple[str, bytes]], crawled: datetime = CRAWLED, *, extra_records: bool = True
) -> Path:
    """A gzipped WARC with one response record a page, as Common Crawl News writes them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(out, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, (url, html) in enumerate(pages):
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            date = (crawled + timedelta(minutes=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(html),
                http_headers=http,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(record)
        if extra_records:
            # a page that is not there and an image: both must reach the error output, not kill the job
            http = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    "https://example.org/gone",
                    "response",
                    payload=io.BytesIO(b"<html>gone</html>"),
                    http_headers=http,
                )
            )
            http = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    "https://example.org/a.png",
                    "response",
                    payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)),
                    http_headers=http,
                )
            )
    return out


def _arc_record(url: str, stamp: str, content_type: str, body: bytes) -> bytes:
    # ARC v1: a one-line header "URL IP date content-type length", the bytes, then a newline
    return f"{url} 192.0.2.1 {stamp} {content_type} {len(body)}\n".encode() + body + b"\n"


def write_arc(
    out: Path, pages: list[tuple[str, bytes]], crawled: datetime = CRAWLED, *, extra_records: bool = True
) -> Path:
    """An ARC file (the Internet Archive's format before WARC): a filedesc record, then one a page.

    With ``extra_records``, a 404 page and an image follow, which readers must skip as not-article."""
    desc = b"1 0 saidwhat-tests\nURL IP-address Archive-date Content-type Archive-length\n"
    stamp = crawled.strftime("%Y%m%d%H%M%S")
    records = [_arc_record(f"filedesc://{out.name}", stamp, "text/plain", desc)]
    for i, (url, html) in enumerate(pages):
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
        records.append(
            _arc_record(url, (crawled + timedelta(minutes=i)).strftime("%Y%m%d%H%M%S"), "text/html", http)
        )
    if extra_records:
        gone = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>gone</html>"
        records.append(_arc_record("https://example.org/gone", stamp, "text/html", gone))
        image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n" + bytes(64)
        records.append(_arc_record("https://example.org/a.png", stamp, "image/png", image))
    # .arc.gz as crawlers write it: one gzip member a record, so a reader can seek to any of them
    gzipped = out.name.endswith(".gz")
    out.write_bytes(b"".join(gzip.compress(r) if gzipped else r for r in records))
    return out


def bbc_records(n: int) -> list[dict]:
    """The first ``n`` BBC business articles as JSONL-style records (headline, text), as a data team would
    keep them in a table."""
    folder = BBC_DIR / "business"
    if not folder.is_dir():
        pytest.skip(f"the BBC corpus is absent ({folder}); see ../shared/README.md")
    records = []
    for path in sorted(folder.glob("*.txt"))[:n]:
        headline, _, body = path.read_text(encoding="latin-1").partition("\n")
        records.append({"headline": headline.strip(), "text": body.strip()})
    return records


def write_parquet(out: Path, records: list[dict]) -> Path:
    """A Parquet table of article records; a column absent from a record is null there."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = list(dict.fromkeys(k for r in records for k in r))
    pq.write_table(pa.table({k: [r.get(k) for r in records] for k in names}), out)
    return out
