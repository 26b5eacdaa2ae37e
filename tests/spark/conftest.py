"""Fixtures for the Spark tests: a small WARC.gz of real pages, and a local[2] session.

The session is shared by the module's tests because starting a JVM costs
seconds; it is skipped, with the reason, when pyspark or Java is missing.
"""

from __future__ import annotations

import gzip
import io
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
HTML_DIR = SHARED / "data" / "article-extraction-benchmark" / "html"
# Pages with quotations in them, so the comparison covers quote rows and not only articles.
N_PAGES = 4
MIN_QUOTE_MARKS = 10
CRAWLED = datetime(2024, 9, 19, 10, 0, tzinfo=timezone.utc)  # WARC-Date: the fallback publication time


def _pages(n: int) -> list[tuple[str, bytes]]:
    """The ``n`` smallest pages that hold quotations: real layouts, kept small so the test is quick."""
    if not HTML_DIR.is_dir():
        pytest.skip(f"the article-extraction benchmark pages are absent ({HTML_DIR}); see ../shared/README.md")
    candidates = []
    for path in sorted(HTML_DIR.glob("*.html.gz")):
        html = gzip.decompress(path.read_bytes())
        opening_marks = html.count(b"&#8220;") + html.count("\u201c".encode()) + html.count(b"&ldquo;")
        if opening_marks >= MIN_QUOTE_MARKS:
            candidates.append((len(html), path.name, html))
    candidates.sort()
    return [(f"https://example.org/news/{name.split('.')[0][:16]}", html) for _, name, html in candidates[:n]]


def write_warc(out: Path, pages: list[tuple[str, bytes]], *, extra_records: bool = True) -> Path:
    """A gzipped WARC with one response record a page, as Common Crawl News writes them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(out, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, (url, html) in enumerate(pages):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            date = (CRAWLED + timedelta(minutes=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=http,
                                               warc_headers_dict={"WARC-Date": date})
            writer.write_record(record)
        if extra_records:
            # a page that is not there and an image: both must reach the error output, not kill the job
            http = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record("https://example.org/gone", "response",
                                                          payload=io.BytesIO(b"<html>gone</html>"),
                                                          http_headers=http))
            http = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record("https://example.org/a.png", "response",
                                                          payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)),
                                                          http_headers=http))
    return out


@pytest.fixture(scope="session")
def small_warc(tmp_path_factory) -> Path:
    return write_warc(tmp_path_factory.mktemp("warc") / "news.warc.gz", _pages(N_PAGES))


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'saidwhat[spark]')")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime on PATH: Spark needs one (Debian: apt-get install openjdk-17-jre-headless)")
    from saidwhat.spark.job import session

    spark = session("local[2]", app_name="saidwhat-tests")
    yield spark
    spark.stop()
