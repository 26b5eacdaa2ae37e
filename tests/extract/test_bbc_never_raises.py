"""Extraction never raises on real text: all 2,225 BBC articles."""

from __future__ import annotations

from saidwhat import Article, extract_many, read_sources
from tests.conftest import shared_path


def test_every_bbc_article_extracts(nlp):
    root = shared_path("data", "bbc-news", "bbc")
    folders = sorted(p for p in root.iterdir() if p.is_dir())
    articles = [a for a in read_sources(folders) if isinstance(a, Article)]
    assert len(articles) == 2225
    count = 0
    for ex in extract_many(articles, nlp=nlp):
        count += 1
        for q in ex.quotes:
            source = ex.article.headline if q.where == "headline" else ex.article.text
            assert " ".join(s.of(source) for s in q.spans) == q.text
    assert count == 2225
