from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from saidwhat.ingest import parse_dateline, read_sources, read_text_article
from saidwhat.models import Article


def test_seed_dateline_headline_and_paragraphs(seed_path):
    article = read_text_article(seed_path.read_text(encoding="utf-8"), source=str(seed_path))
    assert article.published == datetime(2024, 9, 19, 5, 23)
    assert article.published.tzinfo is None  # the dateline gives no zone; none is invented
    assert article.headline == (
        "The Alliance agreed that Ukraine will become a member of NATO, your fight is our fight - Stoltenberg"
    )
    paragraphs = article.paragraph_texts()
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("The Alliance agreed that Ukraine will become a member of NATO, your fight")
    assert paragraphs[1].startswith("\u201cFirst of all, we need today")
    assert paragraphs[-1].endswith("- said Jens Stoltenberg.")
    assert not article.text.startswith("19 September")  # the body holds neither dateline nor headline
    assert article.headline not in article.text.split("\n\n")[0] or article.text.startswith("The Alliance agreed")


def test_seed_through_public_api(seed_path):
    import saidwhat

    (article,) = list(saidwhat.read_sources([seed_path]))
    assert isinstance(article, Article)
    assert article.language == "en"
    assert article.published == datetime(2024, 9, 19, 5, 23)
    assert article.source == str(seed_path)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("19 September 2024,\u00a0\u00a0 05:23", datetime(2024, 9, 19, 5, 23)),
        ("19 September 2024,   05:23", datetime(2024, 9, 19, 5, 23)),
        ("September 19, 2024", datetime(2024, 9, 19)),
        ("2024-09-19 05:23", datetime(2024, 9, 19, 5, 23)),
        ("19.09.2024 05:23", datetime(2024, 9, 19, 5, 23)),
        ("01.02.2024", datetime(2024, 2, 1)),  # dotted dates are day first
        ("Sep 19, 2024 5:23 PM", datetime(2024, 9, 19, 17, 23)),
        ("Sept. 19, 2024, 5:23 p.m.", datetime(2024, 9, 19, 17, 23)),
        ("Thursday 19 September 2024", datetime(2024, 9, 19)),
        ("Thursday, September 19, 2024 at 05:23", datetime(2024, 9, 19, 5, 23)),
        ("Updated: 19 Sep 2024 05:23 GMT", datetime(2024, 9, 19, 5, 23, tzinfo=UTC)),
        ("2024-09-19T05:23:00+02:00", datetime(2024, 9, 19, 5, 23, tzinfo=timezone(timedelta(hours=2)))),
        ("Thu, 19 Sep 2024 05:23:00 +0000", datetime(2024, 9, 19, 5, 23, tzinfo=UTC)),
    ],
)
def test_dateline_forms(line, expected):
    value = parse_dateline(line)
    assert value == expected
    assert (value.tzinfo is None) == (expected.tzinfo is None)


@pytest.mark.parametrize(
    "line",
    [
        "Ad sales boost Time Warner profit",
        "12 killed in 2024 attack on market",
        "Ukraine war: what happened in 2024",
        "The Alliance agreed that Ukraine will become a member of NATO - Stoltenberg",
        "19 September",  # no year: too little to date an article by
        "",
    ],
)
def test_not_a_dateline(line):
    assert parse_dateline(line) is None


def test_bbc_layout_headline_blank_line_body(bbc_dir):
    path = bbc_dir / "business" / "001.txt"
    article = read_text_article(path.read_text(encoding="utf-8"))
    assert article.headline == "Ad sales boost Time Warner profit"
    assert article.published is None
    assert article.text.startswith("Quarterly profits at US media giant TimeWarner jumped 76%")
    assert len(article.paragraphs) == 5
    for span in article.paragraphs:  # paragraphs are spans into the body
        assert span.of(article.text) == span.of(article.text).strip()


def test_latin1_byte_is_decoded_as_pound_sign(bbc_dir):
    path = bbc_dir / "sport" / "199.txt"
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    (article,) = list(read_sources([path]))
    assert isinstance(article, Article)
    assert "a \u00a315.8m signing" in article.text


def test_body_only_text_has_no_headline():
    long_first = "The minister said on Monday that the budget would be balanced by 2026. " * 6
    article = read_text_article(long_first.strip())
    assert article.headline is None
    assert article.text == long_first.strip()


def test_crlf_and_leading_blank_lines():
    article = read_text_article("\r\n\r\nHeadline here\r\n\r\nFirst paragraph.\r\n\r\nSecond one.\r\n")
    assert article.headline == "Headline here"
    assert article.text == "First paragraph.\n\nSecond one."
    assert article.paragraph_texts() == ["First paragraph.", "Second one."]


def test_ids_are_stable_and_content_based():
    a = read_text_article("Head\n\nBody text.")
    b = read_text_article("Head\n\nBody text.", source="elsewhere.txt")
    c = read_text_article("Head\n\nOther body.")
    assert a.id == b.id != c.id
    assert read_text_article("Head\n\nBody text.", id="given").id == "given"
