"""Reading the Spark job's Parquet output back as ``Extraction`` records, for ``saidwhat ingest``.

``read_extractions(path)`` takes the job's OUTPUT directory (or one Parquet
file written by ``saidwhat export --format parquet``) and yields one
Extraction per article, a publication day at a time, so a year of output
streams through in day-sized pieces. Needs pyarrow only, no Spark.

What survives the round trip, and what does not:

- every field of every Quote (offsets, cue, speaker, entities, figures,
  parent, spoken_on, rules) is kept: the export row carries them all;
- with the job's ``_articles`` sidecar, every Article field is kept and
  articles in which no quote was found come back too;
- lossy: ``Article.published`` comes back in UTC (the original offset is
  gone; a time that had none was taken as UTC when written);
- lossy without the sidecar (a plain ``saidwhat export`` file): the article
  text, paragraphs, author, language and source are unknown (text is "",
  so the quotes' offsets point into nothing), and articles with no quote
  are absent.

To query the output in place instead, DuckDB reads it directly::

    SELECT speaker_name, count(*) FROM read_parquet('OUTPUT/*/*.parquet', hive_partitioning = true)
    GROUP BY 1 ORDER BY 2 DESC;
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Article, Extraction, Quote, Span, quote_from_dict

__all__ = ["read_extractions"]

_PARTITION = "published_date="
_ARTICLES = "_articles"


def read_extractions(path: str | os.PathLike[str]) -> Iterator[Extraction]:
    """Every article of the job's output at ``path`` with its quotes, in (day, article id) order."""
    import pyarrow.parquet as pq

    root = Path(path)
    if root.is_file():
        yield from _assemble(pq.read_table(root).to_pylist(), None)
        return
    if not root.is_dir():
        raise InputError(f"{root}: no such file or directory", source=str(root))
    quote_days = _day_files(root)
    article_days = _day_files(root / _ARTICLES) if (root / _ARTICLES).is_dir() else None
    days = set(quote_days) | set(article_days or ())
    for day in sorted(days):
        quotes = _read_rows(quote_days.get(day, []))
        articles = _read_rows(article_days.get(day, [])) if article_days is not None else None
        yield from _assemble(quotes, articles)


def _day_files(root: Path) -> dict[str, list[Path]]:
    """Parquet files of a partitioned directory by day; files at the top count as day ''."""
    days: dict[str, list[Path]] = defaultdict(list)
    for file in sorted(root.rglob("*.parquet")):
        rel = file.relative_to(root).parts
        if any(part.startswith(("_", ".")) for part in rel):
            continue  # _articles, _errors and Spark's hidden files are not quote rows
        day = next((p[len(_PARTITION):] for p in rel[:-1] if p.startswith(_PARTITION)), "")
        days[day].append(file)
    return days


def _read_rows(files: list[Path]) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = []
    for file in files:
        rows.extend(pq.read_table(file).to_pylist())
    return rows


def _assemble(quote_rows: list[dict[str, Any]], article_rows: list[dict[str, Any]] | None) -> Iterator[Extraction]:
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in quote_rows:
        by_article[row["article_id"]].append(row)
    if article_rows is not None:
        articles = {row["article_id"]: _article(row, full=True) for row in article_rows}
    else:
        articles = {}
    for article_id, rows in by_article.items():
        articles.setdefault(article_id, _article(rows[0], full=False))
    for article_id in sorted(articles):
        rows = sorted(by_article.get(article_id, ()), key=lambda r: r["quote_idx"])
        yield Extraction(articles[article_id], tuple(_quote(r) for r in rows))


def _article(row: dict[str, Any], *, full: bool) -> Article:
    common = dict(
        id=row["article_id"],
        given_id=row.get("given_id"),
        headline=row.get("headline"),
        url=row.get("url"),
        outlet=row.get("outlet"),
        published=_utc(row.get("published")),
    )
    if not full:
        return Article(text="", language=None, **common)
    paragraphs = tuple(Span(int(s), int(e)) for s, e in json.loads(row.get("paragraphs") or "[]"))
    return Article(
        text=row.get("article_text") or "",
        language=row.get("language"),
        author=row.get("author"),
        source=row.get("source"),
        paragraphs=paragraphs,
        **common,
    )


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    # Spark and pyarrow both read the column as UTC; an older file may give a naive UTC time
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _quote(row: dict[str, Any]) -> Quote:
    def span(start: Any, end: Any) -> dict[str, int] | None:
        return None if start is None or end is None else {"start": int(start), "end": int(end)}

    spoken_on = row.get("spoken_on")
    return quote_from_dict(
        {
            "text": row["text"],
            "spans": json.loads(row["spans"]),
            "kind": row["kind"],
            "cue": {"text": row["cue"], "span": span(row.get("cue_start"), row.get("cue_end"))}
            if row.get("cue") is not None
            else None,
            "speaker": {
                "mention": row["speaker_mention"],
                "span": span(row.get("speaker_start"), row.get("speaker_end")),
                "name": row.get("speaker_name"),
                "type": row.get("speaker_type"),
            }
            if row.get("speaker_mention") is not None
            else None,
            "confidence": row["confidence"],
            "where": row["where"],
            "entities": json.loads(row.get("entities") or "[]"),
            "figures": json.loads(row.get("figures") or "[]"),
            "rules": json.loads(row.get("rules") or "[]"),  # a file written before the column: none
            "parent": row.get("parent"),
            "spoken_on": spoken_on.isoformat() if isinstance(spoken_on, date) else spoken_on,
        }
    )
