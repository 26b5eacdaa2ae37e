"""The extraction core: an Article in, its attributed Quotes out.

No files, network or database here. ``extract`` handles one article,
``extract_many`` a stream of them with the spaCy pipeline batched.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..models import Article, Extraction

__all__ = ["extract", "extract_many"]


def extract(article: Article, *, nlp=None) -> Extraction:
    """Find every quote of ``article`` and attribute it. Never raises on text."""
    return next(extract_many([article], nlp=nlp))


def extract_many(articles: Iterable[Article], *, nlp=None, batch_size: int = 32) -> Iterator[Extraction]:
    """Extract a stream of articles in order, one Extraction per Article."""
    # Placeholder while the core is written: the real implementation replaces this body.
    for article in articles:
        yield Extraction(article, ())
