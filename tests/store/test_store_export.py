"""Exports of a real store, read back: JSONL, CSV, and Parquet through DuckDB."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from store_helpers import make_extraction

from saidwhat.export import ARROW_SCHEMA, EXPORT_COLUMNS, export, quote_rows


@pytest.fixture
def filled(store):
    for n in range(4):
        store.add(make_extraction(n))
    store.add(make_extraction(9, url=None, published=None))  # no URL, no date: nulls must survive
    return store


def test_quote_rows_follow_the_schema(filled):
    extraction = next(filled.iter_extractions())
    rows = quote_rows(extraction)
    assert len(rows) == 2
    assert all(tuple(row) == EXPORT_COLUMNS for row in rows)
    import pyarrow as pa

    table = pa.Table.from_pylist(rows, schema=ARROW_SCHEMA)
    assert table.num_rows == 2 and table.schema == ARROW_SCHEMA


def test_jsonl_export(filled, tmp_path):
    out = tmp_path / "q.jsonl"
    assert export(filled, out, "jsonl") == 10
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 10 and list(rows[0]) == list(EXPORT_COLUMNS)
    figures = [json.loads(r["figures"]) for r in rows if r["figures"] != "[]"]
    assert figures and figures[0][0]["value"] == 2.4e9
    assert {r["published"] for r in rows} >= {"2024-09-01T12:00:00+00:00", None}


def test_csv_export(filled, tmp_path):
    out = tmp_path / "q.csv"
    assert export(filled, out, "csv") == 10
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 10 and tuple(rows[0]) == EXPORT_COLUMNS
    assert {r["speaker_name"] for r in rows} == {"Jens Stoltenberg"}
    assert any('"' in r["text"] or "," in r["text"] for r in rows)  # quoting round-trips


def test_parquet_export_reads_in_duckdb(filled, tmp_path):
    duckdb = pytest.importorskip("duckdb", reason="duckdb is in the test extra")
    out = tmp_path / "q.parquet"
    assert export(filled, out, "parquet") == 10
    assert pq.read_schema(out).equals(ARROW_SCHEMA, check_metadata=False)
    con = duckdb.connect()
    types = dict(con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out}')").fetchall()[i][:2]
                 for i in range(len(EXPORT_COLUMNS)))
    assert types["published"] == "TIMESTAMP WITH TIME ZONE"
    assert types["spoken_on"] == "DATE" and types["quote_idx"] == "INTEGER"
    n, nulls, speakers = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE published IS NULL), count(DISTINCT speaker_name)"
        f" FROM read_parquet('{out}')").fetchone()
    assert (n, nulls, speakers) == (10, 2, 1)
    value = con.execute(
        f"SELECT json_extract(figures, '$[0].value')::DOUBLE FROM read_parquet('{out}') WHERE figures <> '[]' LIMIT 1"
    ).fetchone()[0]
    assert value == 2.4e9


def test_an_empty_store_exports_a_valid_empty_parquet(store, tmp_path):
    out = tmp_path / "empty.parquet"
    assert export(store, out, "parquet") == 0
    table = pq.read_table(out)
    assert table.num_rows == 0 and table.schema.names == list(EXPORT_COLUMNS)
    assert not (tmp_path / "empty.parquet.part").exists()
