"""A WARC.gz built here with warcio from benchmark pages, plus records that must not become articles."""

from __future__ import annotations

import gzip
import io
from datetime import UTC, datetime

import pytest

from saidwhat.ingest import read_sources
from saidwhat.models import Article, Skip

warcio = pytest.importorskip("warcio")


def _response(writer, url, body, content_type="text/html; charset=utf-8", status="200 OK", date=None):
    from warcio.statusandheaders import StatusAndHeaders

    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    headers = {"WARC-Date": date} if date else None
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=headers
    )
    writer.write_record(record)


@pytest.fixture()
def warc_path(tmp_path, bench_pages):
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
        for i, page in enumerate(bench_pages[:3]):
            _response(writer, f"https://news.example.com/story-{i}", gzip.decompress(page.read_bytes()),
                      date="2019-11-20T10:00:00Z")
        _response(writer, "https://news.example.com/report.pdf", b"%PDF-1.4 not a page", content_type="application/pdf")
        _response(writer, "https://news.example.com/gone", b"<html><body>gone</body></html>", status="404 Not Found")
        req = writer.create_warc_record(
            "https://news.example.com/story-0", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(req)
    return path


def test_warc_gz_responses_become_articles(warc_path):
    items = list(read_sources([warc_path]))
    articles = [i for i in items if isinstance(i, Article)]
    skips = [i for i in items if isinstance(i, Skip)]
    assert len(articles) == 3
    assert [s.reason for s in skips] == ["not-article", "not-article"]
    assert "application/pdf" in skips[0].detail and "404" in skips[1].detail
    for article in articles:
        assert article.source.startswith(str(warc_path) + "#urn:uuid:")
        assert article.text and article.headline
        assert article.published is not None
    assert len({a.id for a in articles}) == 3


def test_warc_date_is_the_fallback_publication_time(tmp_path):
    from warcio.warcwriter import WARCWriter

    page = (
        "<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>"
        + "".join(
            f"<p>The council said on Tuesday it would vote on the plan, paragraph {i} of the report.</p>"
            for i in range(8)
        )
        + "</article></body></html>"
    ).encode()
    path = tmp_path / "one.warc"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        _response(writer, "https://example.org/council", page, date="2024-09-19T05:23:00Z")
    (article,) = list(read_sources([path]))
    assert isinstance(article, Article)
    assert article.url == "https://example.org/council"
    assert article.published == datetime(2024, 9, 19, 5, 23, tzinfo=UTC)


def test_truncated_warc_is_a_skip_not_a_crash(warc_path, tmp_path):
    data = warc_path.read_bytes()
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(data[: len(data) // 2])
    items = list(read_sources([broken]))
    assert items and isinstance(items[-1], Skip) and items[-1].reason == "malformed"
