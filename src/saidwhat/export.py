"""Flat quote rows and the files made of them: JSONL, CSV and Parquet.

One row per quote, with its article's metadata joined in, so a spreadsheet,
pandas, polars or DuckDB can use the export without knowing our data model.
``quote_rows`` and ``ARROW_SCHEMA`` are the one definition of that row: the
store's ``export`` and the Spark job both build their output from them, so
the columns and their types cannot drift apart.

Types: ``published`` is a UTC timestamp (a naive datetime from a source that
gives no offset is taken as UTC), ``spoken_on`` (the day the extractor read: an
embedded tweet's), ``spoken_from`` and ``spoken_to`` (the days the article says the
words were spoken in, as the linker reads them: one day, or a stretch such as "last
week" with its ``spoken_words``) dates, offsets are int32,
and the nested parts (spans, entities, figures, rules) are JSON strings in the
``models.to_dict`` shape, because every reader handles a string column and
not every one handles nested lists of structs the same way.

This module reads a store; it never writes one.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from .across.link import spoken_times
from .errors import SaidwhatError
from .models import Extraction, to_dict

if TYPE_CHECKING:
    from .store import Store

__all__ = ["ARROW_SCHEMA", "CSV_BOM", "EXPORT_COLUMNS", "FORMATS", "csv_cell", "csv_row", "export",
           "quote_rows", "write_rows"]

FORMATS = ("jsonl", "csv", "parquet")

ARROW_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("outlet", pa.string()),
        pa.field("headline", pa.string()),
        pa.field("published", pa.timestamp("us", tz="UTC")),
        pa.field("quote_idx", pa.int32(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("where", pa.string(), nullable=False),
        pa.field("spans", pa.string(), nullable=False),  # JSON: [{"start": s, "end": e}, ...]
        pa.field("cue", pa.string()),
        pa.field("cue_start", pa.int32()),
        pa.field("cue_end", pa.int32()),
        pa.field("speaker_mention", pa.string()),
        pa.field("speaker_start", pa.int32()),
        pa.field("speaker_end", pa.int32()),
        pa.field("speaker_name", pa.string()),
        pa.field("speaker_type", pa.string()),
        pa.field("confidence", pa.float64(), nullable=False),
        pa.field("parent", pa.int32()),
        pa.field("spoken_on", pa.date32()),
        pa.field("entities", pa.string(), nullable=False),  # JSON list of models.Entity dicts
        pa.field("figures", pa.string(), nullable=False),  # JSON list of models.Figure dicts
        # JSON list of the ids of the rules that made the quote (Quote.rules); last, so the
        # columns before it keep the places they had before it was added
        pa.field("rules", pa.string(), nullable=False),
        # the id the article's source record gave it (Article.given_id), beside article_id, the
        # article's one id; last for the same reason
        pa.field("given_id", pa.string()),
        # when the article says the words were spoken, as the linker reads it (across/link.py,
        # ``spoken_times``): the first and last day (the same day for "on Tuesday", a stretch for
        # "last week"), and the words naming a stretch; last for the same reason
        pa.field("spoken_from", pa.date32()),
        pa.field("spoken_to", pa.date32()),
        pa.field("spoken_words", pa.string()),
    ]
)

EXPORT_COLUMNS: tuple[str, ...] = tuple(ARROW_SCHEMA.names)

# Rows are written to Parquet in groups this size, so a large store streams.
_PARQUET_BATCH = 2_000


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def _json(items: Iterable[Any]) -> str:
    return json.dumps([to_dict(item) for item in items], ensure_ascii=False, separators=(",", ":"))


def quote_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """One flat dict per quote of ``extraction``, keyed by ``EXPORT_COLUMNS``.

    Values are Python objects that ``pa.Table.from_pylist(rows, schema=ARROW_SCHEMA)``
    accepts as they are (a UTC datetime, a date, ints, strings); ``write_rows``
    turns them into text for JSONL and CSV.
    """
    art = extraction.article
    published = _utc(art.published)
    rows = []
    for idx, (q, spoken) in enumerate(zip(extraction.quotes, spoken_times(extraction))):
        cue, spk = q.cue, q.speaker
        rows.append(
            {
                "article_id": art.id,
                "url": art.url,
                "outlet": art.outlet,
                "headline": art.headline,
                "published": published,
                "quote_idx": idx,
                "text": q.text,
                "kind": str(q.kind),
                "where": q.where,
                "spans": _json(q.spans),
                "cue": cue.text if cue else None,
                "cue_start": cue.span.start if cue and cue.span else None,
                "cue_end": cue.span.end if cue and cue.span else None,
                "speaker_mention": spk.mention if spk else None,
                "speaker_start": spk.span.start if spk and spk.span else None,
                "speaker_end": spk.span.end if spk and spk.span else None,
                "speaker_name": spk.name if spk else None,
                "speaker_type": spk.type if spk else None,
                "confidence": float(q.confidence),
                "parent": q.parent,
                "spoken_on": q.spoken_on,
                "entities": _json(q.entities),
                "figures": _json(q.figures),
                "rules": json.dumps(list(q.rules), ensure_ascii=False, separators=(",", ":")),
                "given_id": art.given_id,
                "spoken_from": spoken.first if spoken else None,
                "spoken_to": spoken.last if spoken else None,
                # a day names no stretch: no words, as the store keeps it ("this month" on the 1st is a day)
                "spoken_words": (spoken.words or None) if spoken and spoken.day is None else None,
            }
        )
    return rows


def _as_text(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


# Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"):
# a quote text "=HYPERLINK(...)" or "@SUM(...)" must arrive as text, not run.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel reads a CSV as the machine's legacy code page unless the file starts with a BOM.
CSV_BOM = "\ufeff"


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell that no spreadsheet runs: text starting with =, +, -, @, a tab or a
    carriage return gets a leading single quote, as OWASP advises. Numbers stay numbers
    (a confidence of -1 is data), and the csv module quotes separators and double quotes."""
    value = _as_text(value)
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(row: dict[str, Any], columns: Iterable[str]) -> dict[str, Any]:
    """``row``'s ``columns`` as safe CSV cells (see ``csv_cell``); a missing column is empty."""
    return {k: csv_cell(row.get(k)) for k in columns}


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_rows(rows: Iterable[dict[str, Any]], out: str | os.PathLike[str], format: str = "jsonl", *,
               bom: bool = False) -> int:
    """Write quote rows to ``out`` in ``format``; returns how many were written.

    The file is written beside its final name and renamed at the end, so an
    interrupted export never leaves a half file that looks complete. CSV cells
    that a spreadsheet would run as formulas are escaped (``csv_cell``); ``bom``
    starts a CSV with a UTF-8 byte order mark, for Excel.
    """
    if format not in FORMATS:
        raise SaidwhatError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    count = 0
    try:
        if format == "jsonl":
            with open(tmp, "w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps({k: _as_text(row[k]) for k in EXPORT_COLUMNS}, ensure_ascii=False))
                    fh.write("\n")
                    count += 1
        elif format == "csv":
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                if bom:
                    fh.write(CSV_BOM)
                writer = csv.DictWriter(fh, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
                writer.writeheader()
                for row in rows:
                    writer.writerow(csv_row(row, EXPORT_COLUMNS))
                    count += 1
        else:
            import pyarrow.parquet as pq

            # An empty store still gets a valid file with the full schema.
            with pq.ParquetWriter(tmp, ARROW_SCHEMA, compression="zstd") as writer:
                for batch in _batches(rows, _PARQUET_BATCH):
                    writer.write_table(pa.Table.from_pylist(batch, schema=ARROW_SCHEMA))
                    count += len(batch)
        os.replace(tmp, out)
    except OSError as exc:
        raise SaidwhatError(f"cannot write {out}: {exc}") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return count


def export(store: Store, out: str | os.PathLike[str], format: str = "jsonl", *, bom: bool = False) -> int:
    """Every quote of ``store`` with its article metadata, written to ``out``; returns the row count.

    ``bom`` starts a CSV with a UTF-8 byte order mark (Excel needs it to read UTF-8)."""
    rows = (row for extraction in store.iter_extractions() for row in quote_rows(extraction))
    return write_rows(rows, out, format, bom=bom)
