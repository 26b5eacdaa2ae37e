"""Which stored article an Article is: its canonical URL, else its text's hash.

The store names each article by an id derived from that identity, so the same
article read twice, from two runs or two copies of a file, lands on one row,
and ids do not depend on the order in which articles were ingested. The
canonical URL is ``saidwhat.urls.canonical_url``, the one the readers use too;
``earlier_url`` is the key stores recorded for a URL given straight to
``Store.add`` before readers and store shared it, so such rows are still found.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..models import Article, article_id, content_hash
from ..urls import canonical_url, store_rules

__all__ = ["Identity", "canonical_url", "earlier_url", "identify"]


def earlier_url(url: str | None) -> str | None:
    """The store's key for ``url`` before it shared the readers' canonical form, when it differs."""
    earlier = store_rules(url)
    return earlier if earlier != canonical_url(url) else None


@dataclass(frozen=True)
class Identity:
    id: str  # the store's article id
    canonical_url: str | None
    content_hash: str
    earlier_url: str | None = None  # another canonical_url a row for this article may carry

    @property
    def key(self) -> str:
        return f"url:{self.canonical_url}" if self.canonical_url else f"hash:{self.content_hash}"


def identify(article: Article) -> Identity:
    return _identity(article.url, article.text)


# Ingest asks an article's identity four times (its dedup, the store's lookup and insert, the
# link), each hashing the whole text: 0.46 s of CPU over the BBC corpus, now one hash. The
# entries cover the articles ingest holds between reading and linking (about 5 chunks of 64
# with two workers); a text asked again after that is hashed again.
@lru_cache(maxsize=1024)
def _identity(url: str | None, text: str) -> Identity:
    return Identity(article_id(url, text), canonical_url(url), content_hash(text), earlier_url(url))
