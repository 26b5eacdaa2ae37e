"""Publication dates from metadata strings (ISO 8601, RFC 822, free forms).

Time zones are kept when the string gives one and never invented when it
does not: "2024-09-19" is a naive midnight, "2024-09-19T05:23:00Z" is UTC.
"""

from __future__ import annotations

import warnings
from datetime import datetime

__all__ = ["parse_published"]


def parse_published(value: str | None) -> datetime | None:
    if not value or not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        pass
    from dateutil import parser as dateparser

    with warnings.catch_warnings():
        # "CET", "EDT" ...: dateutil warns and returns a naive time, which is what we want
        warnings.simplefilter("ignore")
        try:
            return dateparser.parse(text, default=datetime(1900, 1, 1))
        except (ValueError, OverflowError, TypeError):
            return None
