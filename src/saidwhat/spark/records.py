"""Executor side of the Spark job: input files -> Articles -> flat rows. No pyspark here.

Everything in this module runs inside Spark's Python worker processes and
only calls the local pipeline's own functions (``saidwhat.ingest.read_bytes``,
the dispatch ``read_sources`` uses, and ``check_article``,
``saidwhat.extract.extract_many``, ``saidwhat.export.quote_rows``),
so it can be tested, and reasoned about, without a JVM.

The spaCy pipeline is held in a module-level cache: Spark reuses a Python
worker for many tasks (``spark.python.worker.reuse``, on by default), so it
is loaded once per worker process, never per record or per partition.

Nothing raised by one input stops a partition: a file or a record that
cannot be read, or an article whose extraction raises, becomes an error row
(source, stage, reason, detail) and the rest of the partition goes on.
"""

from __future__ import annotations

import json
import os
import traceback
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from ..models import Article, Extraction, Skip, article_from_dict, to_dict
from ..settings import Settings

__all__ = [
    "ARTICLE_COLUMNS",
    "ERROR_COLUMNS",
    "ROW_COLUMNS",
    "extract_partition",
    "local_source",
    "pipeline",
    "published_date",
    "read_payload",
]

# Columns of the article sidecar (OUTPUT/_articles) beyond the export's own article columns:
# with them an Extraction is rebuilt whole, including articles in which no quote was found.
ARTICLE_COLUMNS = ("author", "language", "source", "article_text", "paragraphs", "quote_count")
ERROR_COLUMNS = ("source", "stage", "reason", "detail")
# One row type for everything a partition yields; ``record`` says which kind it is.
# (export columns first; job.py builds the Spark schema from the same list)
ROW_COLUMNS: tuple[str, ...]  # set below, after the export columns are known

UNKNOWN_DATE = "unknown"

_PIPELINE: Any = None
_PIPELINE_LOADS = 0  # how many times this process loaded it: 1 when the cache works


def pipeline():
    """The spaCy pipeline of this process, loaded on first use and kept.

    It is the object ``saidwhat.extract`` uses by default (``load_pipeline()`` is
    itself cached per process), so loading it here loads it for the extractor.
    """
    global _PIPELINE, _PIPELINE_LOADS
    if _PIPELINE is None:
        from ..extract.nlp import load_pipeline

        _PIPELINE = load_pipeline()
        _PIPELINE_LOADS += 1
    return _PIPELINE


def _export_columns() -> tuple[str, ...]:
    from ..export import EXPORT_COLUMNS

    return EXPORT_COLUMNS


ROW_COLUMNS = ("record", *_export_columns(), "published_date", *ARTICLE_COLUMNS, "stage", "reason", "detail")


# --- reading: one input file's bytes -> article items ------------------------------------
# An item is ("article", json of models.to_dict(article)) or ("skip", source, reason, detail):
# plain tuples, because they cross a shuffle and pickle small.


def read_payload(
    path: str, data: bytes, *, settings: Settings, kind: str | None = None, in_folder: bool = False
) -> Iterator[tuple]:
    """The article items of one input file, read by the local pipeline's own dispatch.

    ``saidwhat.ingest.read_bytes`` picks the reader from the name, else the
    first bytes (``kind``, one of ``saidwhat.ingest.KINDS``, forces it), and
    ``check_article`` then applies the size and language checks, as
    ``read_sources`` does. ``in_folder``: the file was found in a folder or a
    glob, so README, images and the like are skipped by name, as in a folder
    given to ``saidwhat ingest``.
    """
    from ..ingest.articles import check_article
    from ..ingest.sources import folder_skip, read_bytes

    source = local_source(path)
    try:
        skip = folder_skip(source, source.rstrip("/").rsplit("/", 1)[-1]) if in_folder else None
        items = [skip] if skip is not None else read_bytes(data, source, settings=settings, kind=kind)
        for item in items:
            if isinstance(item, Article):
                item = check_article(item, settings)
            if isinstance(item, Article):
                yield ("article", json.dumps(to_dict(item), ensure_ascii=False))
            else:
                yield ("skip", item.source, item.reason, item.detail)
    except Exception as exc:  # read_bytes keeps every reason itself; this guards the job against a bug
        yield ("skip", source, "error", f"{type(exc).__name__}: {exc}")


def local_source(path: str) -> str:
    """A file of the local file system named as ``read_sources`` names it (``file:/x`` is ``/x``),
    so the sources of skips and articles read by Spark and by one machine agree."""
    # Hadoop writes file:/x; a user may write file:///x
    return path.removeprefix("file://") if path.startswith("file:///") else path.removeprefix("file:")


# --- extraction: article items -> rows ----------------------------------------------------


def published_date(published: datetime | None) -> str:
    """The partition value: the UTC day of publication, or 'unknown'."""
    if published is None:
        return UNKNOWN_DATE
    return _utc(published).date().isoformat()


def _row(record: str, values: dict[str, Any]) -> tuple:
    values["record"] = record
    return tuple(values.get(c) for c in ROW_COLUMNS)


def error_row(source: str, stage: str, reason: str, detail: str) -> tuple:
    return _row("error", {"source": source, "stage": stage, "reason": reason, "detail": detail[:2000]})


def _rows_of(extraction: Extraction) -> list[tuple]:
    from ..export import quote_rows

    art = extraction.article
    day = published_date(art.published)
    rows = [_row("quote", {**q, "published_date": day}) for q in quote_rows(extraction)]
    # The article itself: the export's article columns plus what the rows cannot carry.
    meta = {
        "article_id": art.id,
        "given_id": art.given_id,
        "url": art.url,
        "outlet": art.outlet,
        "headline": art.headline,
        "published": _utc(art.published) if art.published else None,
        "published_date": day,
        "author": art.author,
        "language": art.language,
        "source": art.source,
        "article_text": art.text,
        "paragraphs": json.dumps([[p.start, p.end] for p in art.paragraphs]),
        "quote_count": len(extraction.quotes),
    }
    rows.append(_row("article", meta))
    return rows


def _utc(value: datetime) -> datetime:
    # as saidwhat.export does: a naive time from a source with no offset is taken as UTC
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _extract_batch(articles: list[Article]) -> Iterator[tuple]:
    # The local ingest's own batch step: extract_many over the batch, and when something in it
    # raises, one article at a time so that only the article at fault becomes an error.
    # A ModelError (no spaCy model on this executor) is not one record's fault: it fails the task.
    from ..pipeline import extract_chunk

    for result in extract_chunk(articles):
        if isinstance(result, Skip):
            yield error_row(result.source, "extract", result.reason, result.detail)
            continue
        try:
            rows = _rows_of(result)
        except Exception as exc:
            yield error_row(result.article.source or result.article.id, "extract", "error", _why(exc))
        else:
            yield from rows


def _why(exc: BaseException) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    at = f" (at {os.path.basename(where.filename)}:{where.lineno})" if where else ""
    return f"{type(exc).__name__}: {exc}{at}"


def extract_partition(items: Iterable[tuple], *, batch_size: int | None = None) -> Iterator[tuple]:
    """Rows for one partition of article items: quote rows, article rows and error rows.

    Articles go to the extractor ``batch_size`` at a time, by default as the local
    ingest chunks them (``saidwhat.pipeline.CHUNK_SIZE``)."""
    from ..pipeline import CHUNK_SIZE

    batch_size = batch_size or CHUNK_SIZE
    batch: list[Article] = []
    for item in items:
        if item[0] == "skip":
            _, source, reason, detail = item
            yield error_row(source, "read", reason, detail or "")
            continue
        try:
            article = article_from_dict(json.loads(item[1]))
        except Exception as exc:
            yield error_row("?", "read", "malformed", _why(exc))
            continue
        batch.append(article)
        if len(batch) >= batch_size:
            pipeline()
            yield from _extract_batch(batch)
            batch = []
    if batch:
        pipeline()
        yield from _extract_batch(batch)
