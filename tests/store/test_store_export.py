"""Exports of a real store, read back: JSONL, CSV, and Parquet through DuckDB."""

from __future__ import annotations

import csv
import json

import pyarrow as pa
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


# PolNeAR train shapes (the dates gold's rows): a quote dated by a stretch, one by a day, one by nothing.
DATED = [
    {"id": "smith", "published": "2016-03-15T10:00:00+00:00", "outlet": "wire", "headline": "Smith on the vote",
     "text": "Smith on the vote\n\n\u201cThere is no doubt about it,\u201d Senator Tom Smith said last week.\n\n"
             "\u201cWe will win this vote,\u201d Smith said on Monday.\n\n"
             "\u201cThe count is not over,\u201d said Mary Jones, his Democratic opponent."},
]


def test_every_export_format_carries_the_stretch_the_words_were_spoken_in(tmp_path):
    """``saidwhat ingest`` then ``saidwhat export`` in each format: "said last week" in an article of
    Tuesday 15 March 2016 is the week of 7-13 March with its words, "said on Monday" the day
    before, typed as dates in Parquet; a quote the article does not date (another speaker's, so
    Smith's Monday is not hers) has none."""
    from click.testing import CliRunner

    from saidwhat.cli import main

    src, db = tmp_path / "dated.jsonl", tmp_path / "q.db"
    src.write_text("".join(json.dumps(r) + "\n" for r in DATED), encoding="utf-8")
    assert CliRunner().invoke(main, ["ingest", str(src), "--db", str(db)]).exit_code == 0
    wanted = {
        "There is no doubt about it": ("2016-03-07", "2016-03-13", "last week"),
        "We will win this vote": ("2016-03-14", "2016-03-14", None),
        "The count is not over": (None, None, None),
    }
    read = {
        "jsonl": lambda out: [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()],
        "csv": lambda out: [{k: v or None for k, v in r.items()} for r in csv.DictReader(out.open(encoding="utf-8"))],
        "parquet": lambda out: [{k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in r.items()}
                                for r in pq.read_table(out).to_pylist()],
    }
    for fmt, rows_of in read.items():
        out = tmp_path / f"q.{fmt}"
        assert CliRunner().invoke(main, ["export", str(out), "--db", str(db), "--format", fmt]).exit_code == 0
        got = {r["text"].rstrip(",."): (r["spoken_from"], r["spoken_to"], r["spoken_words"]) for r in rows_of(out)}
        assert got == wanted, fmt
    types = {f.name: f.type for f in pq.read_schema(tmp_path / "q.parquet")}
    assert types["spoken_from"] == types["spoken_to"] == pa.date32() and types["spoken_words"] == pa.string()
