from __future__ import annotations

from datetime import date, datetime

import pytest

from saidwhat.across.dates import resolve_spoken_date

THURSDAY = datetime(2024, 9, 19, 5, 23)


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("Stoltenberg said on Tuesday", date(2024, 9, 17)),
        ("he told reporters last week", date(2024, 9, 12)),
        ("she said on 11 October", date(2023, 10, 11)),  # a later day this year is last year's
        ("said on Sept. 3", date(2024, 9, 3)),
        ("said on September 3, 2022", date(2022, 9, 3)),
        ("he said yesterday", date(2024, 9, 18)),
        ("said on Thursday", date(2024, 9, 19)),  # the article's own weekday is that day
        ("said last Thursday", date(2024, 9, 12)),
        ("told the BBC this morning", date(2024, 9, 19)),
        ("he said", None),
        ("said on 31 February", None),
    ],
)
def test_resolve_spoken_date(context, expected):
    assert resolve_spoken_date(context, THURSDAY) == expected


def test_no_article_date():
    assert resolve_spoken_date("said on Tuesday", None) is None
