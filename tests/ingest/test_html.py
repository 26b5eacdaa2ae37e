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
