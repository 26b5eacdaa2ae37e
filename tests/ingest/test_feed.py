"""Feed files written here (RSS 2.0 and Atom); page fetching through httpx's MockTransport, no network."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import httpx

from saidwhat.ingest import read_sources
from saidwhat.ingest.fetch import Fetcher
from saidwhat.models import Article, Skip
from saidwhat.settings import Settings

BODY = "The minister said the new bridge would open in the spring after a two-year delay caused by flooding."

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Times</title><link>https://times.example.com/</link>
<item><title>Bridge to open in spring</title><link>https://times.example.com/bridge?utm_source=rss</link>
<pubDate>Thu, 19 Sep 2024 05:23:00 +0200</pubDate>
<content:encoded><![CDATA[<p>{BODY}</p>\
<p>\u201cWe are nearly there,\u201d she told reporters.</p>]]></content:encoded></item>
<item><title>Short note</title><link>https://times.example.com/note</link>
<description>Officials said the council would meet again on Friday to discuss the budget.</description></item>
<item><title>Nothing here</title><link>https://times.example.com/empty</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title>Bridge to open in spring</title><link href="https://atom.example.org/bridge"/>
<id>urn:1</id><updated>2024-09-19T05:23:00Z</updated><author><name>A. Reporter</name></author>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_file_offline(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_sources([path]))
    first, second, third = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.headline == "Bridge to open in spring"
    assert first.outlet == "Example Times"
    assert first.url == "https://times.example.com/bridge"
    assert first.published == datetime(2024, 9, 19, 5, 23, tzinfo=timezone(timedelta(hours=2)))
    assert first.paragraph_texts() == [BODY, "\u201cWe are nearly there,\u201d she told reporters."]
    assert first.source == f"{path}#entry-1"
    assert second.text.startswith("Officials said the council")
    assert isinstance(third, Skip) and third.reason == "empty"


def test_atom_file_sniffed_as_xml(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(ATOM, encoding="utf-8")
    (article,) = list(read_sources([path]))
    assert article.text == BODY
    assert article.author == "A. Reporter"
    assert article.published == datetime(2024, 9, 19, 5, 23, tzinfo=UTC)
    assert article.outlet == "Atom News"


def _page(text: str) -> str:
    paras = "".join(f"<p>{text} Paragraph {i} adds more of the minister's remarks on the works.</p>" for i in range(6))
    return (
        "<html><head><title>Bridge page</title></head>"
        f"<body><article><h1>Bridge page</h1>{paras}</article></body></html>"
    )


def test_feed_pages_fetched_politely(tmp_path):
    seen: list[tuple[str, str, float]] = []
    import time

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((str(request.url), request.headers["user-agent"], time.monotonic()))
        if request.url.path == "/robots.txt":
            return httpx.Response(200, text="User-agent: *\nDisallow: /note\n")
        if request.url.path == "/bridge":
            return httpx.Response(200, html=_page("The full story from the page."))
        return httpx.Response(404)

    settings = Settings(per_host_delay=0.2, user_agent="saidwhat-test/1")
    path = tmp_path / "news.rss"
    path.write_text(RSS, encoding="utf-8")
    with Fetcher(settings, transport=httpx.MockTransport(handler)) as fetcher:
        items = list(read_sources([path], settings=settings, fetch=fetcher))
    first, second, third = items
    assert first.text.startswith("The full story from the page.")  # the page, not the feed entry
    assert second.text.startswith("Officials said the council")  # robots.txt disallows /note: entry text
    assert isinstance(third, Skip)  # 404 page and no entry text
    urls = [u for u, _, _ in seen]
    assert urls[0].endswith("/robots.txt") and not any(u.endswith("/note") for u in urls)
    assert all(agent == "saidwhat-test/1" for _, agent, _ in seen)
    times = [t for _, _, t in seen]
    assert all(b - a >= 0.19 for a, b in zip(times, times[1:]))  # one host: the delay holds between hits


def test_offline_falls_back_to_entry_text_after_one_failure(tmp_path, caplog):
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url)
        raise httpx.ConnectError("network unreachable", request=request)

    path = tmp_path / "news.rss"
    path.write_text(RSS, encoding="utf-8")
    settings = Settings(per_host_delay=0.0)
    with Fetcher(settings, transport=httpx.MockTransport(handler)) as fetcher:
        items = list(read_sources([path], settings=settings, fetch=fetcher))
    assert items[0].text.startswith(BODY)
    assert len(calls) == 1  # offline is noticed once, not paid per entry
    assert "cannot connect" in caplog.text


def test_broken_feed_is_malformed(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>x</title><item><title>unclosed", encoding="utf-8")
    (skip,) = list(read_sources([path]))
    assert isinstance(skip, Skip) and skip.reason in ("malformed", "empty")
