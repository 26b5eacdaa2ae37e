"""ARC archives and Parquet tables of articles, read by the local readers (`saidwhat read-sources`, `ingest`).

The Spark job reads them through the same dispatch; tests/spark/test_job.py
checks it finds the same articles and skips.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.ingest import read_sources
from saidwhat.models import Article, Skip
from saidwhat.store import Store
from tests.archives import bbc_records, quoted_pages, write_arc, write_parquet, write_warc

CRAWLED = datetime(2024, 9, 19, 10, 0, tzinfo=UTC)


def _read_sources_cli(*paths: Path) -> tuple[list[dict], list[dict], str]:
    runner = CliRunner()
    with runner.isolated_filesystem():
        result = runner.invoke(main, ["read-sources", *map(str, paths), "--skipped-report", "skips.jsonl"])
        skips = [json.loads(line) for line in Path("skips.jsonl").read_text().splitlines()]
    assert result.exit_code == 0, result.output
    articles = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return articles, skips, result.stderr


def test_an_arc_file_gives_the_articles_of_the_same_pages_in_a_warc(tmp_path):
    pages = quoted_pages(3)
    arc = write_arc(tmp_path / "crawl.arc.gz", pages, CRAWLED)
    warc = write_warc(tmp_path / "crawl.warc.gz", pages)
    articles, skips, stderr = _read_sources_cli(arc)
    from_warc = [i for i in read_sources([warc]) if isinstance(i, Article)]
    assert [a["id"] for a in articles] == [a.id for a in from_warc]  # ids from the URL, as in the WARC
    assert [a["url"] for a in articles] == [a.url for a in from_warc]  # the page's canonical URL, else ARC's
    assert any(a["url"] == pages[0][0] for a in articles)
    assert [a["text"] for a in articles] == [a.text for a in from_warc]
    # the ARC's record number names each one; the 404 and the image are skipped as a WARC's are
    assert [a["source"] for a in articles] == [f"{arc}#{n}" for n in (2, 3, 4)]
    assert [(s["source"], s["reason"]) for s in skips] == [(f"{arc}#{n}", "not-article") for n in (5, 6)]
    assert "HTTP status 404" in skips[0]["detail"] and "image/png" in skips[1]["detail"]
    assert "read 3 articles; skipped 2 (not-article 2)" in stderr


def test_an_arc_page_without_a_date_is_dated_by_its_crawl(tmp_path):
    page = [("https://example.org/news/undated", b"<html><body><article><p>" + b"The council met. " * 40
             + b"</p></article></body></html>")]
    (article,) = read_sources([write_arc(tmp_path / "one.arc", page, CRAWLED, extra_records=False)])
    assert isinstance(article, Article)
    assert article.published == CRAWLED


def test_an_arc_under_another_name_is_known_by_its_first_bytes(tmp_path):
    arc = write_arc(tmp_path / "crawl.arc", quoted_pages(1), CRAWLED, extra_records=False)
    renamed = tmp_path / "crawl.bin"
    renamed.write_bytes(arc.read_bytes())
    (a,) = read_sources([arc])
    (b,) = read_sources([renamed])
    assert isinstance(b, Article) and (b.id, b.url, b.text) == (a.id, a.url, a.text)


def _parquet_input(folder: Path) -> tuple[Path, list[dict]]:
    records = bbc_records(3)
    records[0]["id"] = "bbc-business-001"
    records[1]["published"] = datetime(2005, 3, 4, 23, 30, tzinfo=UTC)
    records.append({"headline": "no text", "text": None})  # a row that is not an article
    return write_parquet(folder / "articles.parquet", records), records


def _as_jsonl(folder: Path, records: list[dict]) -> Path:
    jsonl = folder / "articles.jsonl"
    as_json = [{**r, "published": r["published"].isoformat()} if "published" in r else r for r in records]
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in as_json), encoding="utf-8")
    return jsonl


def test_a_parquet_table_of_articles_reads_like_the_same_records_in_jsonl(tmp_path):
    parquet, records = _parquet_input(tmp_path)
    articles, skips, _ = _read_sources_cli(parquet)
    from_jsonl = list(read_sources([_as_jsonl(tmp_path, records)]))
    want = [i for i in from_jsonl if isinstance(i, Article)]
    assert [a["id"] for a in articles] == [a.id for a in want]
    assert articles[0]["given_id"] == "bbc-business-001"
    assert [a["text"] for a in articles] == [a.text for a in want]
    assert [a["headline"] for a in articles] == [r["headline"] for r in records[:3]]
    assert articles[1]["published"].startswith("2005-03-04T23:30")
    assert [(s["source"], s["reason"]) for s in skips] == [(f"{parquet}#4", "malformed")]
    assert [s.reason for s in from_jsonl if isinstance(s, Skip)] == ["malformed"]


def test_ingest_stores_a_parquet_table_as_it_stores_the_same_records_in_jsonl(tmp_path):
    parquet, records = _parquet_input(tmp_path)
    stored = {}
    for source in (parquet, _as_jsonl(tmp_path, records)):
        db = tmp_path / f"{source.suffix[1:]}.db"
        result = CliRunner().invoke(main, ["ingest", str(source), "--db", str(db), "--quiet", "--no-link"])
        assert result.exit_code == 0, result.output
        with Store.open(db) as store:
            stored[source.suffix] = sorted((ex.article.id, ex.article.text, len(ex.quotes))
                                           for ex in store.iter_extractions())
    assert len(stored[".parquet"]) == 3 and sum(n for *_, n in stored[".parquet"]) > 0
    assert stored[".parquet"] == stored[".jsonl"]
    # a row with no id of its own is stored under the id read-sources gives it
    read = {i.id for i in read_sources([parquet]) if isinstance(i, Article)}
    assert len(read & {i for i, *_ in stored[".parquet"]}) >= 2


def test_parquet_files_that_are_not_articles_are_skipped_with_the_reason(tmp_path):
    quotes = write_parquet(tmp_path / "quotes.parquet", [{"quote_text": "We will win", "speaker_name": "A"}])
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 then nothing a Parquet reader can use")
    empty = write_parquet(tmp_path / "empty.parquet", [])
    got = {Path(s.source).name: s.reason for s in read_sources([quotes, broken, empty])}
    assert got == {"quotes.parquet": "not-article", "broken.parquet": "malformed",
                   "empty.parquet": "not-article"}
