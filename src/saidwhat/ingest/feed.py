"""RSS and Atom feeds: each entry becomes an article.

The entry's own content (or summary) is the text; with ``fetcher`` given and
an http(s) link, the page itself is fetched and read with trafilatura, and
when that fails the entry text is used and the reason logged on the
``saidwhat.ingest`` logger. Local feed files work offline.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from ..models import Article, Skip
from .articles import article_id, kept_url, outlet_of
from .dates import parse_published
from .fetch import Fetcher
from .html import html_to_article

__all__ = ["fragment_text", "read_feed"]

log = logging.getLogger("saidwhat.ingest")

# Elements after which text starts a new paragraph when an entry's HTML is flattened.
BLOCK_TAGS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 blockquote pre tr table ul ol section article header footer figure".split()
)


def read_feed(data: bytes, *, source: str, fetcher: Fetcher | None = None) -> Iterator[Article | Skip]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            yield Skip(source, "malformed", f"feed unreadable: {parsed.get('bozo_exception')}")
        else:
            yield Skip(source, "empty", "feed has no entries")
        return
    feed_title = (parsed.feed.get("title") or "").strip() or None
    for i, entry in enumerate(parsed.entries):
        yield _entry_article(entry, where=f"{source}#entry-{i + 1}", feed_title=feed_title, fetcher=fetcher)


def _entry_article(entry, *, where: str, feed_title: str | None, fetcher: Fetcher | None) -> Article | Skip:
    link = (entry.get("link") or "").strip() or None
    headline = (entry.get("title") or "").strip() or None
    # The raw string keeps the zone as written; feedparser's *_parsed fields are converted to UTC.
    published = parse_published(entry.get("published") or entry.get("updated"))
    author = (entry.get("author") or "").strip() or None
    if fetcher is not None and link and link.lower().startswith(("http://", "https://")):
        page = fetcher.fetch(link)
        if page is not None:
            article = html_to_article(page, source=where, url=link, fallback_published=published)
            if isinstance(article, Article):
                return article
            reason = f"page unusable ({article.reason}: {article.detail})"
        else:
            reason = fetcher.last_error
        log.warning("%s: using the feed's entry text, page %s not read: %s", where, link, reason)
    text = _entry_text(entry)
    if not text:
        return Skip(where, "empty", "entry has no content or summary")
    url = kept_url(link)
    return Article(
        id=article_id(url, text),
        text=text,
        headline=headline,
        url=url,
        outlet=feed_title or outlet_of(url),
        published=published,
        language=None,
        author=author,
        source=where,
    )


def _entry_text(entry) -> str:
    candidates = [c.get("value", "") for c in entry.get("content") or ()]
    candidates.append(entry.get("summary") or "")
    best = max(candidates, key=len)
    return fragment_text(best) if "<" in best else best.strip()


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed entry's content), blocks separated by blank lines."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return html.strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            blocks.append(text)
        current.clear()

    def walk(el) -> None:
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            if el.tail:
                current.append(el.tail)
            return
        block = el.tag in BLOCK_TAGS
        if block:
            flush()
        if el.text:
            current.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            current.append(el.tail)

    walk(root)
    flush()
    return "\n\n".join(blocks)
