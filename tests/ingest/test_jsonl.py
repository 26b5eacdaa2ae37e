from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from saidwhat.ingest import read_sources
from saidwhat.models import Article, Skip, article_id


def _write(tmp_path, lines, name="articles.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_text_is_verbatim_and_offsets_index_it(tmp_path):
    body = "  Leading spaces stay.\n\n\u201cA quote,\u201d she said.  \n\n\tTrailing too.\n"
    path = _write(tmp_path, [json.dumps({"id": "a1", "text": body, "headline": "H", "url": "https://Example.com/x?utm_source=feed"})])
    (article,) = list(read_sources([path]))
    assert isinstance(article, Article)
    assert article.text == body  # not stripped, not normalised
    assert article.given_id == "a1"  # ids given are kept, beside the id every reader derives
    assert article.id == article_id(article.url, body)
    start = body.index("\u201cA quote")
    assert article.text[start : start + 9] == "\u201cA quote,"
    for span in article.paragraphs:
        assert span.of(article.text).strip()
    assert article.paragraph_texts()[1] == "\u201cA quote,\u201d she said."
    assert article.url == "https://example.com/x"
    assert article.outlet == "example.com"


def test_optional_fields(tmp_path):
    record = {
        "id": 7,
        "text": "The mayor said the bridge would reopen next week after repairs to its deck.",
        "published": "2024-09-19T05:23:00Z",
        "outlet": "The Daily",
        "author": "A. Writer",
        "language": "en",
    }
    (article,) = list(read_sources([_write(tmp_path, [json.dumps(record)])]))
    assert article.given_id == "7"
    assert article.published == datetime(2024, 9, 19, 5, 23, tzinfo=UTC)
    assert (article.outlet, article.author, article.language) == ("The Daily", "A. Writer", "en")


def test_malformed_lines_are_skipped_with_their_line_number(tmp_path):
    good = json.dumps({"id": "ok", "text": "The council said it would vote on the plan on Tuesday."})
    lines = [
        good,
        '{"id": "broken", "text": "no closing brace"',
        "",
        json.dumps({"id": "notext"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "badpub", "text": "x", "published": "not a date"}),
        good.replace('"ok"', '"ok2"'),
    ]
    items = list(read_sources([_write(tmp_path, lines)]))
    assert [i.given_id for i in items if isinstance(i, Article)] == ["ok", "ok2"]
    skips = [i for i in items if isinstance(i, Skip)]
    assert [(s.reason, s.source.rsplit(":", 1)[1]) for s in skips] == [
        ("malformed", "2"),
        ("malformed", "4"),
        ("malformed", "5"),
        ("malformed", "6"),
    ]
    assert skips[0].detail.startswith("line 2:")


def test_gzipped_jsonl(tmp_path):
    import gzip

    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps({"id": "z", "text": "Officials said the talks went well."}).encode()))
    (article,) = list(read_sources([path]))
    assert article.given_id == "z"


@pytest.mark.parametrize("key", ["published", "date", "published_at"])
def test_a_date_is_read_under_the_names_exports_give_it(tmp_path, key):
    record = {"id": "rec-7", "text": "\"We will win,\" said Joe Biden on Tuesday.", key: "2021-06-01"}
    (article,) = list(read_sources([_write(tmp_path, [json.dumps(record)])]))
    assert article.published == datetime(2021, 6, 1)
    bad = {**record, key: "soon"}
    (skip,) = list(read_sources([_write(tmp_path, [json.dumps(bad)], name="bad.jsonl")]))
    assert isinstance(skip, Skip) and f"cannot read {key!r}" in skip.detail


def test_whole_json_file_that_is_not_articles(tmp_path):
    path = tmp_path / "ground-truth.json"
    path.write_text(json.dumps({"abc": {"articleBody": "x"}}))
    (skip,) = list(read_sources([path]))
    assert isinstance(skip, Skip) and skip.reason == "not-article"


def test_urls_that_differ_only_in_their_query_stay_distinct(tmp_path):
    """index.php?curid=1 and ?curid=2 are two articles; tracking parameters still go."""
    import json

    from saidwhat import Article, read_sources

    path = tmp_path / "two.jsonl"
    rows = [
        {"id": "a", "text": "First article text.", "url": "https://en.wikinews.org/w/index.php?curid=1"},
        {"id": "b", "text": "Second article text.", "url": "https://en.wikinews.org/w/index.php?curid=2&utm_source=x"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    urls = [a.url for a in read_sources([path]) if isinstance(a, Article)]
    assert urls == ["https://en.wikinews.org/w/index.php?curid=1", "https://en.wikinews.org/w/index.php?curid=2"]


def test_an_address_with_an_open_bracketed_host_names_no_outlet(tmp_path):
    # found by tests/reliability/test_fuzz_readers.py: urlsplit raises on "https://[::1",
    # which made the whole record a reader error instead of an article without an outlet
    text = "The mayor said the bridge would reopen next week after repairs to its deck."
    path = _write(tmp_path, [json.dumps({"text": text, "url": "https://[::1"})])
    (article,) = list(read_sources([path]))
    assert isinstance(article, Article)
    assert article.outlet is None
    assert article.text == text
