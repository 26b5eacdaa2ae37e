"""The executor-side functions without Spark: reading payloads, partition rows, reading the output back."""

from __future__ import annotations

import gzip
import io
import json
from datetime import UTC, datetime

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from saidwhat.export import EXPORT_COLUMNS, quote_rows, write_rows
from saidwhat.extract import extract
from saidwhat.models import Article, article_from_dict, to_dict
from saidwhat.settings import Settings
from saidwhat.spark import records
from saidwhat.spark.parquet import read_extractions

SETTINGS = Settings()
TEXT = (
    '"We will not raise taxes this year," the finance minister, Maria Lopez, told parliament on Monday.\n\n'
    "She said the deficit would shrink to 2.1% of output."
)


def _items(path: str, data: bytes, **kw) -> list[tuple]:
    return list(records.read_payload(path, data, settings=SETTINGS, **kw))


def test_the_cli_offers_every_kind_of_the_one_dispatch():
    from saidwhat.cli.spark import INPUT_KINDS
    from saidwhat.ingest import KINDS

    assert INPUT_KINDS == KINDS


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("CC-NEWS-20240101000000-00000.warc.gz", gzip.compress(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n")),
        ("x", gzip.compress(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n")),  # by its first bytes
        ("notes.txt", b"plain words"),
        ("page.html", b"<html><body><p>Hello</p></body></html>"),
        ("x", b"PAR1 not really"),
        ("bomb.jsonl.gz", b"\x1f\x8b\x08\x00garbage"),
        ("empty.jsonl", b"\n\n"),
    ],
)
def test_a_file_read_by_spark_gives_what_read_sources_gives(tmp_path, name, data):
    """Same reader, same skip reasons: the executor's read_payload against read_sources on the same file."""
    from saidwhat.ingest import read_sources

    path = tmp_path / name
    path.write_bytes(data)
    local = [
        ("article", json.dumps(to_dict(i), ensure_ascii=False)) if isinstance(i, Article)
        else ("skip", i.source, i.reason, i.detail)
        for i in read_sources([path])
    ]
    assert _items(f"file:{path}", data) == local


def test_a_file_found_in_a_folder_is_skipped_by_name_as_ingest_skips_it():
    (item,) = _items("file:/in/README.txt", b"About this corpus", in_folder=True)
    assert item[:3] == ("skip", "/in/README.txt", "not-article")
    (item,) = _items("file:/in/logo.png", b"\x89PNG", in_folder=True)
    assert item[:3] == ("skip", "/in/logo.png", "not-article")
    assert _items("file:/in/README.txt", b"About this corpus")[0][0] == "article"  # named on its own


def test_jsonl_lines_become_articles_and_a_bad_line_a_skip_with_its_line():
    lines = [json.dumps({"id": "a", "text": TEXT}), "{broken", json.dumps({"id": "b", "text": TEXT})]
    data = "\n".join(lines).encode()
    items = _items("file:/in/x.jsonl.gz", gzip.compress(data))
    assert [i[0] for i in items] == ["article", "skip", "article"]
    assert items[1][2] == "malformed" and "line 2" in items[1][3]
    article = article_from_dict(json.loads(items[0][1]))
    assert article.given_id == "a" and article.text == TEXT and article.language == "en"


def test_a_whole_json_document_is_read_like_ingest_reads_it():
    data = json.dumps([{"id": "a", "text": TEXT}, {"id": "b", "text": TEXT}]).encode()
    assert [i[0] for i in _items("docs.json", data)] == ["article", "article"]


def test_parquet_rows_with_typed_dates_become_articles():
    table = pa.table(
        {
            "id": ["p1"],
            "title": ["Minister rules out tax rise"],
            "text": [TEXT],
            "published": pa.array([datetime(2024, 3, 4, 23, 30, tzinfo=UTC)], pa.timestamp("us", tz="UTC")),
        }
    )
    buf = io.BytesIO()
    pq.write_table(table, buf)
    (item,) = _items("file:/in/a.parquet", buf.getvalue())
    article = article_from_dict(json.loads(item[1]))
    assert article.headline == "Minister rules out tax rise"
    assert article.published == datetime(2024, 3, 4, 23, 30, tzinfo=UTC)


def test_an_unreadable_file_is_a_skip_not_an_exception():
    (item,) = _items("broken.parquet", b"PAR1 not really")
    assert item[0] == "skip" and item[2] == "malformed"
    (item,) = _items("bomb.jsonl.gz", b"\x1f\x8b\x08\x00garbage")
    assert item[0] == "skip" and item[2] in ("malformed", "encoding", "error")


@pytest.mark.parametrize(
    ("published", "day"),
    [
        (None, "unknown"),
        (datetime(2024, 9, 19, 10, 0), "2024-09-19"),  # naive: taken as UTC, as the export does
        (datetime.fromisoformat("2024-03-05T00:30:00+01:00"), "2024-03-04"),  # the UTC day
    ],
)
def test_partition_day(published, day):
    assert records.published_date(published) == day


def test_a_partition_yields_error_quote_and_article_rows():
    article = Article(id="art-1", text=TEXT, headline="Tax", published=datetime(2024, 3, 4, 12, tzinfo=UTC))
    items = [("skip", "file:/x.warc.gz#urn:1", "not-article", "HTTP status 404"),
             ("article", json.dumps(to_dict(article))),
             ("article", "{not json")]
    rows = [dict(zip(records.ROW_COLUMNS, r)) for r in records.extract_partition(items)]
    kinds = [r["record"] for r in rows]
    assert kinds.count("error") == 2 and kinds.count("article") == 1
    expected = quote_rows(extract(article))
    assert expected, "the sample text has a quote"
    got = [{k: r[k] for k in EXPORT_COLUMNS} for r in rows if r["record"] == "quote"]
    assert got == expected
    assert all(r["published_date"] == "2024-03-04" for r in rows if r["record"] != "error")
    (art,) = [r for r in rows if r["record"] == "article"]
    assert art["article_text"] == TEXT and art["quote_count"] == len(expected)
    assert records.pipeline() is records.pipeline()  # one pipeline per process
    assert records._PIPELINE_LOADS == 1


def test_read_extractions_from_a_plain_export_file_is_lossy_as_documented(tmp_path):
    article = Article(id="art-1", text=TEXT, headline="Tax", url="https://example.org/tax")
    extraction = extract(article)
    out = tmp_path / "quotes.parquet"
    write_rows(quote_rows(extraction), out, "parquet")
    (back,) = read_extractions(out)
    assert [to_dict(q) for q in back.quotes] == [to_dict(q) for q in extraction.quotes]
    assert back.article.id == "art-1" and back.article.url == "https://example.org/tax"
    assert back.article.text == ""  # no _articles sidecar: the text is not in the quote rows


def test_read_extractions_keeps_the_rules_and_reads_a_file_written_before_them(tmp_path):
    extraction = extract(Article(id="art-1", text=TEXT, headline="Tax"))
    assert any(q.rules for q in extraction.quotes), "extraction records the rules that made each quote"
    rows = quote_rows(extraction)
    write_rows(rows, tmp_path / "quotes.parquet", "parquet")
    (back,) = read_extractions(tmp_path / "quotes.parquet")
    assert [q.rules for q in back.quotes] == [q.rules for q in extraction.quotes]
    # an export made before the rules column: the quotes come back, with no rules
    older = pa.Table.from_pylist(rows).drop_columns(["rules"])
    pq.write_table(older, tmp_path / "older.parquet")
    (back,) = read_extractions(tmp_path / "older.parquet")
    assert [q.text for q in back.quotes] == [q.text for q in extraction.quotes]
    assert all(q.rules == () for q in back.quotes)


def test_the_job_module_and_submit_script_are_the_one_click_command():
    """`python -m saidwhat.spark.job` and spark-submit's submit.py: `saidwhat spark-extract` parses them."""
    import subprocess
    import sys

    from saidwhat.spark import submit

    def run(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    for entry in (["-m", "saidwhat.spark.job"], [submit.__file__]):
        shown = run(*entry, "--help")
        assert shown.returncode == 0, shown.stderr
        assert "Usage: saidwhat spark-extract [OPTIONS] INPUT OUTPUT" in shown.stdout
        assert "--format [warc|parquet|jsonl|json|html|feed|text]" in shown.stdout
        wrong = run(*entry, "in", "out", "--format", "pdf")
        assert wrong.returncode == 2 and "'pdf' is not one of" in wrong.stderr
