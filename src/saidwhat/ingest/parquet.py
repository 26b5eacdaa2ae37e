"""Parquet articles: one row an article, with the JSONL fields as columns (``text`` plus optional metadata).

A row is read exactly as a JSONL line is (``jsonl.article_from_record``), so
an id, a headline or title, a URL and a date mean the same in both; Parquet's
typed dates and times are taken as ISO strings first. Like a WARC, a Parquet
file is read a batch of rows at a time and the size limit holds per row, so
a large file of many articles is not refused whole.

A Parquet file without a ``text`` column is not an article file: the quote
rows of ``saidwhat export`` or a Spark OUTPUT folder are stored with
``saidwhat ingest OUTPUT`` (``saidwhat.spark.parquet.read_extractions``), not read here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from ..models import Article, Skip
from ..settings import Settings
from .jsonl import article_from_record

__all__ = ["PARQUET_MAGIC", "read_parquet"]

PARQUET_MAGIC = b"PAR1"
_BATCH_ROWS = 1024


def read_parquet(
    file: str | Path | BinaryIO, *, settings: Settings, name: str | None = None
) -> Iterator[Article | Skip]:
    """Articles of a Parquet file (a path, or an open binary file with ``name`` for the sources)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    name = name or str(file)
    try:
        reader = pq.ParquetFile(file)
    except (pa.ArrowException, OSError) as exc:
        yield Skip(name, "malformed", f"not a readable Parquet file: {exc}")
        return
    if "text" not in reader.schema_arrow.names:
        yield Skip(name, "not-article", "Parquet without a 'text' column; the output of saidwhat export or "
                                        "spark-extract is stored with `saidwhat ingest OUTPUT`")
        return
    number = 0
    try:
        for batch in reader.iter_batches(batch_size=_BATCH_ROWS):
            for record in batch.to_pylist():
                number += 1
                yield _read_row(record, f"{name}#{number}", number, settings.max_file_bytes)
    except (pa.ArrowException, OSError) as exc:  # a corrupt row group after good ones: keep what was read
        yield Skip(name, "malformed", f"bad Parquet data after row {number}: {exc}")
        return
    if number == 0:
        yield Skip(name, "empty", "no rows")


def _read_row(record: dict[str, Any], where: str, number: int, limit: int) -> Article | Skip:
    text = record.get("text")
    if isinstance(text, str) and len(text) > limit:  # characters, a lower bound on the bytes
        return Skip(where, "too-large", f"row {number}: text of {len(text):,} characters, "
                                        f"limit {limit:,} bytes")
    # The JSONL reader wants strings where JSON has them; Parquet has typed values.
    return article_from_record({k: _as_json_value(v) for k, v in record.items()}, where=where, line=number)


def _as_json_value(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value
