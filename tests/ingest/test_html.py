from __future__ import annotations

import gzip
import json

from saidwhat.ingest import bench_html, html_to_article, read_sources
from saidwhat.ingest.bench import token_scores
from saidwhat.models import Article, Skip

WSJ = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"


def test_benchmark_page_text_and_metadata(bench_dir):
    path = bench_dir / "html" / f"{WSJ}.html.gz"
    (article,) = list(read_sources([path]))
    assert isinstance(article, Article)
    assert article.headline == "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play\u2026and Pay"
    assert article.url == (
        "https://www.wsj.com/articles/google-stadia-microsoft-xcloud-apple-arcade-so-many-ways-to-playand-pay-11574168580"
    )
    assert article.outlet == "Wall Street Journal"
    assert article.author == "Sarah E Needleman"
    assert article.published is not None and article.published.utcoffset() is not None  # the page gives +00:00
    assert article.language == "en"
    assert "Gaming used to be so simple." in article.text
    assert not article.text.startswith(article.headline)  # the title is metadata, not body
    assert len(article.paragraphs) == 3  # the paywalled page holds three paragraphs, as the gold does
    assert all("\n" not in p for p in article.paragraph_texts())
    assert article.id == read_sources_id(path)  # stable across reads


def read_sources_id(path):
    (article,) = list(read_sources([path]))
    return article.id


def test_benchmark_pages_against_gold(bench_dir, bench_pages):
    truth = json.loads((bench_dir / "ground-truth.json").read_text(encoding="utf-8"))
    scores = []
    for path in bench_pages[:12]:
        item = html_to_article(gzip.decompress(path.read_bytes()), source=str(path))
        assert isinstance(item, Article), item
        page_id = path.name.split(".")[0]
        scores.append(token_scores(item.text, truth[page_id]["articleBody"]).f1)
    assert sum(scores) / len(scores) > 0.85


def test_page_without_main_text_is_skipped(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    (skip,) = list(read_sources([path]))
    assert isinstance(skip, Skip) and skip.reason == "not-article"
    assert "characters" in skip.detail


def test_html_sniffed_without_extension(tmp_path, bench_pages):
    path = tmp_path / "page"
    path.write_bytes(gzip.decompress(bench_pages[0].read_bytes()))
    (article,) = list(read_sources([path]))
    assert isinstance(article, Article)


def test_token_scores():
    s = token_scores("the cat sat on the mat", "the cat sat on a mat today")
    assert (s.shared, s.predicted, s.gold) == (5, 6, 7)
    assert abs(s.precision - 5 / 6) < 1e-9 and abs(s.recall - 5 / 7) < 1e-9
    nothing = token_scores("", "some gold text")
    assert (nothing.precision, nothing.recall, nothing.f1) == (0.0, 0.0, 0.0)


def test_bench_html_on_a_subset(tmp_path, bench_dir, bench_pages):
    truth = json.loads((bench_dir / "ground-truth.json").read_text(encoding="utf-8"))
    subset = {p.name.split(".")[0]: truth[p.name.split(".")[0]] for p in bench_pages[:8]}
    subset["not-there"] = {"articleBody": "x"}
    gt = tmp_path / "gt.json"
    gt.write_text(json.dumps(subset))
    report = bench_html(bench_dir / "html", gt)
    assert len(report.pages) == 8 and report.missing == ("not-there",)
    p, r, f = report.macro()
    assert 0.8 < f <= 1.0 and 0 < p <= 1 and 0 < r <= 1
    assert "macro" in report.table() and "micro" in report.table()


NJ = "3f65af7b6b98b1c9ae9a3e0d8a09a85600cdc44e26e4b3a6db96a31f4b1767e3"  # nj.com, 2019: five tweets in widgets


def test_embedded_tweets_read_as_their_words_and_signature_line(bench_dir):
    # the page boxes each tweet in a "social-media-embed" widget, which trafilatura alone dropped
    page = gzip.decompress((bench_dir / "html" / f"{NJ}.html.gz").read_bytes())
    article = html_to_article(page, source=NJ)
    paragraphs = article.paragraph_texts()
    at = paragraphs.index("— tall glass of coquito 🎄 (@_orabora) November 19, 2019")
    # the tweet's three lines (<br>) stay one paragraph, the one right before its signature
    assert paragraphs[at - 1] == "on. meth. dot. com. meth. we’re. on. it. https://t.co/HO1ZRs9T1P"
    assert sum("(@" in p for p in paragraphs) == 5


def test_embedded_tweet_with_its_signature_in_a_paragraph_of_its_own():
    body = " ".join(["The Senate met on Tuesday after its annual recess, and its leader spoke first."] * 3)
    page = (
        f"<html><head><title>Senate resumes</title></head><body><article><p>{body}</p>"
        '<div class="embed"><blockquote class="twitter-tweet"><p lang="en">Senate resolves to:<br>Observe a minute '
        'silence.</p><p>— The Nigerian Senate (@NGRSenate) <a href="https://twitter.com/x">October 9, 2018</a></p>'
        f"</blockquote></div><p>{body}</p></article></body></html>"
    )
    article = html_to_article(page, source="senate")
    paragraphs = article.paragraph_texts()
    at = paragraphs.index("— The Nigerian Senate (@NGRSenate) October 9, 2018")
    assert paragraphs[at - 1] == "Senate resolves to: Observe a minute silence."
