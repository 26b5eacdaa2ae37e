"""The Spark job in local[2] mode against the local pipeline on the same articles.

One job run (module fixture) over a directory holding a small WARC.gz of real
pages, an ARC of other real pages, a Parquet table of BBC articles, a JSONL
file with a broken line and a README; the tests read what it wrote.
Skipped without pyspark or Java (see conftest.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from saidwhat.export import EXPORT_COLUMNS, quote_rows
from saidwhat.ingest import read_sources
from saidwhat.models import Article, Extraction, Skip, to_dict
from saidwhat.pipeline import extract_chunk
from tests.archives import bbc_records, quoted_pages, write_arc, write_parquet

GOOD_JSONL = [
    {
        "id": "jsonl-1",
        "headline": "Council approves budget",
        "published": "2024-03-05T09:30:00+01:00",
        "text": '"This budget protects every school," the mayor, Anna Berg, told reporters on Tuesday.\n\n'
        "She said the city would borrow less than last year.",
    },
    {"id": "jsonl-2", "text": '"We will appeal," said John Smith, the union\'s leader.'},  # no date: unknown
]


@pytest.fixture(scope="module")
def inputs(small_warc: Path, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    (folder / small_warc.name).write_bytes(small_warc.read_bytes())
    lines = [json.dumps(r) for r in GOOD_JSONL[:1]] + ["{not json"] + [json.dumps(r) for r in GOOD_JSONL[1:]]
    (folder / "extra.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_arc(folder / "older-crawl.arc.gz", quoted_pages(2, skip=4))  # not the WARC's pages
    table = bbc_records(2) + [{"headline": "a row without text", "text": None}]
    write_parquet(folder / "table.parquet", [{**table[0], "id": "bbc-table-1"}, *table[1:]])
    (folder / "README.txt").write_text("What these files are.\n", encoding="utf-8")  # skipped in a folder
    return folder


@pytest.fixture(scope="module")
def local(inputs: Path) -> tuple[list[Extraction], list[Skip]]:
    """What `saidwhat ingest` does with the same folder: read_sources, then the ingest's extract step."""
    items = list(read_sources([inputs]))
    articles = [i for i in items if isinstance(i, Article)]
    skips = [i for i in items if isinstance(i, Skip)]
    done = extract_chunk(articles)
    assert all(isinstance(d, Extraction) for d in done)
    return done, skips


@pytest.fixture(scope="module")
def job(spark, inputs: Path, tmp_path_factory):
    from saidwhat.spark.job import run_job

    out = tmp_path_factory.mktemp("job") / "out"
    stats = run_job(spark, str(inputs), str(out))
    return stats, out


def _key(row: dict) -> tuple:
    return (row["article_id"], row["quote_idx"])


def _spark_quote_rows(out: Path) -> list[dict]:
    import pyarrow.parquet as pq

    rows = []
    for file in sorted(out.glob("published_date=*/*.parquet")):
        day = file.parent.name.split("=", 1)[1]
        for row in pq.read_table(file).to_pylist():
            row["published_date"] = day
            rows.append(row)
    return rows


def test_the_local_pipeline_finds_quotes_in_the_inputs(local):
    done, _ = local
    assert len(done) >= 4  # most of the 4 pages and both good JSONL lines are articles
    assert sum(len(x.quotes) for x in done) >= 10, "the comparison below would be empty"


def test_job_output_equals_the_local_pipeline(job, local):
    stats, out = job
    done, _ = local
    expected = sorted((r for x in done for r in quote_rows(x)), key=_key)
    got = sorted(_spark_quote_rows(out), key=_key)
    assert stats.articles == len(done)
    assert stats.quotes == len(expected)
    assert [{k: r[k] for k in EXPORT_COLUMNS} for r in got] == expected


def _errors(out: Path) -> list[dict]:
    files = sorted((out / "_errors").glob("*.json"))
    return [json.loads(line) for f in files for line in f.read_text().splitlines()]


def test_every_kind_gives_the_same_articles_and_skips_as_read_sources(job, local):
    """WARC, ARC, Parquet and JSONL read by the job's executors and by one machine: same ids, same skips."""
    import pyarrow.parquet as pq

    _, out = job
    done, skips = local
    sidecar = pq.read_table(out / "_articles").to_pylist()
    got = {r["article_id"]: r["source"] for r in sidecar}
    assert sorted(got.items()) == sorted((x.article.id, x.article.source) for x in done)
    # one id everywhere: the records' own ids are their given ids, the article ids ingest's
    given = {r["given_id"]: r["article_id"] for r in sidecar if r["given_id"]}
    assert given == {x.article.given_id: x.article.id for x in done if x.article.given_id}
    sources = {s.rsplit("#", 1)[0].rsplit(":", 1)[0] for s in got.values()}
    files = {"news.warc.gz", "older-crawl.arc.gz", "table.parquet", "extra.jsonl"}
    assert {Path(s).name for s in sources} == files
    assert {"bbc-table-1", "jsonl-1", "jsonl-2"} <= set(given)
    expected = sorted((s.source, s.reason, s.detail) for s in skips)
    assert sorted((e["source"], e["reason"], e["detail"]) for e in _errors(out)) == expected
    skipped = {Path(s).name.split("#")[0].split(":")[0] for s, *_ in expected}
    assert skipped == files | {"README.txt"}


def test_rows_are_partitioned_by_publication_day(job):
    _, out = job
    for row in _spark_quote_rows(out):
        published = row["published"]
        assert row["published_date"] == (published.date().isoformat() if published else "unknown")
    days = {p.name for p in out.glob("published_date=*")}
    assert "published_date=2024-03-05" in days  # 09:30 at +01:00 is 08:30 UTC, the same day
    assert "published_date=unknown" in days


def test_failed_records_go_to_the_error_output_with_their_reason(job, local):
    stats, out = job
    _, skips = local
    errors = _errors(out)
    assert stats.errors == len(errors) == len(skips)
    assert {(e["stage"], e["reason"]) for e in errors} >= {("read", "malformed"), ("read", "not-article")}
    assert sorted(e["reason"] for e in errors) == sorted(s.reason for s in skips)
    assert any("404" in e["detail"] for e in errors)
    assert any("line 2" in e["detail"] for e in errors)  # the broken JSONL line, named as ingest names it


def test_read_extractions_rebuilds_what_the_local_pipeline_found(job, local):
    from saidwhat.spark.parquet import read_extractions

    _, out = job
    done, _ = local
    back = {x.article.id: x for x in read_extractions(out)}
    assert set(back) == {x.article.id for x in done}  # articles without quotes too, from _articles
    for x in done:
        got = back[x.article.id]
        assert [to_dict(q) for q in got.quotes] == [to_dict(q) for q in x.quotes]
        assert got.article.text == x.article.text
        assert got.article.paragraphs == x.article.paragraphs
        assert got.article.headline == x.article.headline
        if x.article.published is not None:  # lossy by design: the instant is kept, in UTC
            assert got.article.published == x.article.published.astimezone(got.article.published.tzinfo) or (
                x.article.published.tzinfo is None
            )


def test_duckdb_queries_the_output_in_place(job):
    duckdb = pytest.importorskip("duckdb")
    stats, out = job
    con = duckdb.connect()
    (n,) = con.execute(
        f"SELECT count(*) FROM read_parquet('{out}/*/*.parquet', hive_partitioning = true)"
    ).fetchone()
    assert n == stats.quotes
    (articles,) = con.execute(f"SELECT count(*) FROM read_parquet('{out}/_articles/*/*.parquet')").fetchone()
    assert articles == stats.articles


def test_ingest_loads_the_job_output_into_the_store(job, local, tmp_path):
    """`saidwhat ingest OUTPUT` stores a cluster's results as they are, once."""
    from saidwhat.pipeline import ingest
    from saidwhat.store import Store

    extractions, _ = local
    _, out = job
    with Store.open(tmp_path / "from-spark.db") as store:
        first = ingest([out], store=store)
        again = ingest([out], store=store)
        stored = {ex.article.id: ex for ex in store.iter_extractions()}
    assert first.new == len(extractions) and first.quotes == sum(len(e.quotes) for e in extractions)
    assert again.new == 0 and again.already_stored == first.new
    want = sorted(q.text for e in extractions for q in e.quotes)
    assert sorted(q.text for e in stored.values() for q in e.quotes) == want
