"""HTML pages: main text and metadata with trafilatura; no boilerplate rules of our own.

trafilatura gives one line per block (paragraph, heading, list item); we join
blocks with blank lines so ``Article.paragraphs`` matches the page's blocks.
"""

from __future__ import annotations

from datetime import datetime

from ..models import Article, Skip
from .articles import article_id, kept_url, outlet_of
from .dates import parse_published

__all__ = ["html_to_article", "main_text"]

# Comments are readers' words, not the article's; tables often carry the story's figures.
# favor_precision: on the 181-page benchmark it scored macro F1 0.966 (P 0.967, R 0.975)
# against 0.961 (P 0.951, R 0.983) by default; stray page furniture yields false quotes,
# so precision is what the extractor downstream needs more.
EXTRACT_OPTIONS = {"include_comments": False, "include_tables": True, "with_metadata": True, "favor_precision": True}
# Shorter main text is a navigation, error or paywall page: trafilatura's fallback
# still returns its few words ("Home"), which are not an article. Characters, not
# words, so that Chinese and Japanese pages, written without spaces, are measured alike.
MIN_PAGE_CHARS = 120
# Ask htmldate for the time and offset too, not only the day it returns by default.
_DATE_PARAMS = {"original_date": True, "extensive_search": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


def _extract(html: bytes | str, url: str | None):
    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        return None
    _tweets_as_text(tree)
    return trafilatura.bare_extraction(tree, url=url, date_extraction_params=_DATE_PARAMS, **EXTRACT_OPTIONS)


# Twitter's embed code: the tweet's words in <p>, then "&mdash; Name (@handle) <a>Month D, YYYY</a>".
_TWEET_EMBEDS = "//blockquote[contains(concat(' ', normalize-space(@class), ' '), ' twitter-tweet ')]"
_DASHES = "—–-"
# How many wrappers around an embed (boxes holding nothing else) are taken away with it.
_EMBED_WRAPPERS = 4


def _tweets_as_text(tree) -> None:
    """Each embedded tweet as pages that keep it as text give it: its words as one paragraph, then its
    signature line, which the extractor reads (extract/verbless.py, assembly:embedded-tweet). Read as it
    is, trafilatura gave a line of the tweet a paragraph ("Senate resolves to:" ¶ "Observe a minute ..."),
    and dropped the tweets whose page boxes them in a widget ("social-media-embed", "sdc-article-tweet"):
    in the article-extraction benchmark 7 of the 17 tweets its articleBody keeps. The box goes with the
    tweet, so its words stand where the page shows them."""
    from lxml import etree

    for quote in tree.xpath(_TWEET_EMBEDS):
        for br in quote.iter("br"):
            br.tail = " " + (br.tail or "")  # the tweet's lines, one paragraph
        lines = [" ".join(p.text_content().split()) for p in quote.iter("p")]
        signature = _signature_of(quote)
        if not signature and lines and lines[-1][:1] in _DASHES:
            signature = lines.pop()  # some pages put the signature in a <p> of its own
        words = " ".join(line for line in lines if line)
        box = _embed_box(quote)
        parent = box.getparent()
        if not words or not signature or parent is None:
            continue
        at = parent.index(box)
        first, second = etree.Element("p"), etree.Element("p")
        first.text, second.text, second.tail = words, signature, box.tail
        parent.remove(box)
        parent.insert(at, first)
        parent.insert(at + 1, second)


def _signature_of(quote) -> str:
    """The embed's text outside its <p>: "— Name (@handle) Month D, YYYY"."""
    parts = [quote.text or ""]
    for child in quote:
        if child.tag != "p":
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _embed_box(quote):
    """The outermost of the few wrappers that hold the embed and nothing else (its script aside)."""
    box, own = quote, " ".join(quote.text_content().split())
    for _ in range(_EMBED_WRAPPERS):
        parent = box.getparent()
        if parent is None or parent.tag in ("body", "article", "main") or parent.getparent() is None:
            break
        if " ".join(parent.text_content().split()) != own:
            break
        box = parent
    return box


def main_text(html: bytes | str, *, url: str | None = None) -> str:
    """The article body of a page as blank-line separated paragraphs ('' when none is found)."""
    doc = _extract(html, url)
    if doc is None or not doc.text:
        return ""
    return _body(doc.text, doc.title)


def _body(text: str, title: str | None) -> str:
    blocks = [b.strip() for b in text.split("\n")]
    blocks = [b for b in blocks if b]
    # trafilatura often repeats the page title as the first block; it is the headline, not body
    if blocks and title and blocks[0] == title.strip():
        blocks = blocks[1:]
    return "\n\n".join(blocks)


def html_to_article(
    html: bytes | str,
    *,
    source: str,
    url: str | None = None,
    fallback_published: datetime | None = None,
) -> Article | Skip:
    """One page to an Article, or a Skip saying why not. Never raises on page content."""
    try:
        doc = _extract(html, url)
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup
        return Skip(source, "malformed", f"HTML extraction failed: {type(exc).__name__}: {exc}")
    if doc is None or not doc.text or not doc.text.strip():
        return Skip(source, "empty", "trafilatura found no main text in the page")
    body = _body(doc.text, doc.title)
    if not body:
        return Skip(source, "empty", "the page's main text is only its title")
    if len(body) < MIN_PAGE_CHARS:
        return Skip(source, "not-article", f"main text has {len(body)} characters, fewer than {MIN_PAGE_CHARS}")
    page_url = kept_url(doc.url) or kept_url(url)
    if page_url and not page_url.lower().startswith(("http://", "https://")):
        page_url = None
    headline = doc.title.strip() if doc.title else None
    published = parse_published(doc.date) or fallback_published
    return Article(
        id=article_id(page_url, body),
        text=body,
        headline=headline,
        url=page_url,
        outlet=(doc.sitename or "").strip() or outlet_of(page_url),
        published=published,
        language=doc.language or None,
        author=(doc.author or "").strip() or None,
        source=source,
    )
