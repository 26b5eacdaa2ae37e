"""One URL canonicaliser for readers and store, and stored articles keep their identity.

The ids below were computed by saidwhat before the two canonicalisers became one
(readers: courlan ``normalize_url(strict=False)``; store: its own rules over the
reader's URL), so they are what stores written then hold.
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from saidwhat.ingest import articles as ingest_articles
from saidwhat.ingest import read_sources
from saidwhat.models import Article, Extraction
from saidwhat.store import Store, canonical_url, identify

# raw URL as a source gives it -> (canonical URL, store id) of an article read from it
STORED_BEFORE = {
    "https://en.wikinews.org/w/index.php?curid=101354":
        ("https://en.wikinews.org/w/index.php?curid=101354", "b89ebe2f88c8196f"),
    "https://en.wikinews.org/w/index.php?curid=101355&utm_source=feed":
        ("https://en.wikinews.org/w/index.php?curid=101355", "60b2727f63481719"),
    "https://en.wikinews.org/wiki/Pope_John_Paul_II_meets_Iraq's_Ambassador":
        ("https://en.wikinews.org/wiki/Pope_John_Paul_II_meets_Iraq%27s_Ambassador", "10a1845655430d32"),
    "http://entermedia.co.kr/news/news_view.html?idx=8723&page=1&bc=&mc=&find=&sch_date=":
        ("http://entermedia.co.kr/news/news_view.html?idx=8723&page=1", "c1ac1421cfbaac8b"),
    "HTTPS://WWW.BBC.CO.UK:443/news/uk-politics-123?fbclid=x&ocid=y#comments":
        ("https://www.bbc.co.uk/news/uk-politics-123", "833deb668267640f"),
    "https://x.example//a//b?b=2&a=1":
        ("https://x.example/a/b?a=1&b=2", "097204cee2014739"),
}


def _jsonl(tmp_path, urls):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps({"text": f"Article number {k} of the test.", "url": u})
                              for k, u in enumerate(urls)), encoding="utf-8")
    return [a for a in read_sources([path]) if isinstance(a, Article)]


def test_readers_and_store_share_one_canonicaliser():
    assert ingest_articles.canonical_url is canonical_url


def test_articles_read_before_keep_their_store_identity(tmp_path):
    read = _jsonl(tmp_path, list(STORED_BEFORE))
    assert len(read) == len(STORED_BEFORE)
    for article, (canon, store_id) in zip(read, STORED_BEFORE.values()):
        ident = identify(article)
        assert (ident.canonical_url, ident.id) == (canon, store_id), article.url
        # what a reader keeps is already canonical: the store finds nothing more to change
        assert canonical_url(article.url) == article.url == canon


def test_the_store_finds_what_it_stored_before(tmp_path):
    read = _jsonl(tmp_path, list(STORED_BEFORE))
    with Store.open(tmp_path / "s.db") as store:
        for article in read:
            assert store.add(Extraction(article, ()))
        ids = {r[0] for r in store.connection.execute("SELECT id FROM articles")}
        assert ids == {store_id for _, store_id in STORED_BEFORE.values()}
        # read again (the same sources, or the raw URL given to the Python API): already stored
        for article in _jsonl(tmp_path, list(STORED_BEFORE)):
            assert store.has_article(article) and not store.add(Extraction(article, ()))
        for raw in STORED_BEFORE:
            assert store.has_article(raw)
        assert store.counts()["articles"] == len(STORED_BEFORE)


def test_an_article_added_with_its_raw_url_before_is_still_found(tmp_path):
    """The store used to apply only its own rules to a URL given straight to ``Store.add``
    (the Python API, ``POST /api/articles`` with text): such rows keep their key and are found."""
    raw = "https://en.wikinews.org/wiki/Pope_John_Paul_II_meets_Iraq's_Ambassador"
    old_id, old_canon = "c6893c54d1bf3e87", raw  # what the store recorded for it then
    article = Article("x", "The Pope met the ambassador.", url=raw)
    with Store.open(tmp_path / "s.db") as store:
        assert store.add(Extraction(article, ()))
        store.connection.execute("UPDATE articles SET id = ?, canonical_url = ?", (old_id, old_canon))
        assert store.has_article(article) and store.has_article(raw)
        assert store.add(Extraction(dataclasses.replace(article, id="again"), ())) is False
        assert [r[0] for r in store.connection.execute("SELECT id FROM articles")] == [old_id]


@pytest.mark.parametrize("one, other", [
    ("https://en.wikinews.org/w/index.php?curid=1", "https://en.wikinews.org/w/index.php?curid=2"),
    ("https://en.wikinews.org/w/index.php?title=A&oldid=5", "https://en.wikinews.org/w/index.php?title=A&oldid=6"),
    ("https://news.example/story?id=3", "https://news.example/story?id=4"),
])
def test_urls_that_differ_in_a_real_parameter_stay_distinct(tmp_path, one, other):
    assert canonical_url(one) != canonical_url(other)
    a, b = _jsonl(tmp_path, [one, other])
    assert identify(a).id != identify(b).id


def test_canonical_form_is_a_fixed_point_on_real_urls():
    """A reader keeps the canonical URL and the store canonicalises it again: that must change nothing,
    or articles read before would get new keys."""
    from tests.conftest import shared_path

    urls = [json.loads(line).get("url") for line in
            shared_path("data", "wikinews", "wikinews_articles.jsonl").read_text(encoding="utf-8").splitlines()]
    urls = [u for u in urls if u]
    assert len(urls) > 100
    for u in urls:
        once = canonical_url(u)
        assert once and canonical_url(once) == once, u
