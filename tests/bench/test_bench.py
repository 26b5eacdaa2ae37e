"""The benchmark on a handful of BBC articles: every system runs, and the table holds numbers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat import bench as benchmod
from saidwhat.cli import main

BBC = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "bbc-news" / "bbc"
LIMIT = 4

NUMBER = r"[0-9][0-9,]*(?:\.[0-9]+)?"


@pytest.fixture(scope="module")
def bbc() -> Path:
    if not BBC.is_dir():
        pytest.skip(f"the BBC corpus is absent ({BBC}); see ../shared/README.md")
    return BBC


@pytest.fixture(scope="module")
def report(bbc):
    return benchmod.bench(bbc, limit=LIMIT, jobs=2)


def test_find_article_files_skips_readmes_and_keeps_order(bbc):
    files = benchmod.find_article_files(bbc)
    assert len(files) == 2225
    assert files == sorted(files)
    assert not any(f.name.lower().startswith("readme") for f in files)
    assert benchmod.find_article_files(bbc, limit=3) == files[:3]


def test_the_latin1_file_is_read(bbc):
    (article,) = benchmod.read_articles([bbc / "sport" / "199.txt"])
    assert article.text and article.headline


def test_every_system_runs_over_the_same_articles(report):
    systems = [(r.system, r.jobs) for r in report.results]
    assert systems == [("saidwhat", 1), ("saidwhat-core", 1), ("textacy", 1), ("tokenizer", 1), ("saidwhat", 2)]
    words = {r.words for r in report.results}
    assert {r.articles for r in report.results} == {LIMIT} and len(words) == 1 and words.pop() > 500
    for r in report.results:
        assert r.seconds > 0 and r.articles_per_s > 0
        assert 20 < r.peak_rss_mb < 4000  # megabytes of a Python process with or without spaCy
    assert report.get("tokenizer").quotes > 500  # tokens
    assert report.ratio is not None and report.ratio > 0
    assert report.scaling is not None and report.scaling > 0


def test_the_table_has_a_row_of_numbers_per_run_and_the_ratio(report):
    table = benchmod.format_table(report)
    lines = table.splitlines()
    assert lines[0].split()[:3] == ["system", "jobs", "articles"]
    rows = [ln for ln in lines if re.match(r"^(saidwhat|textacy|tokenizer)\s+\d", ln)]
    assert len(rows) == 4
    for row in rows:
        cells = row.split()
        assert all(re.fullmatch(NUMBER, c) for c in cells[1:]), row
    assert re.search(rf"saidwhat / textacy .*: {NUMBER}x", table)
    assert re.search(rf"with 2 processes / 1 process: {NUMBER}x", table)
    # what the numbers depend on
    assert re.search(r"^machine: Python 3\.\d+\.\d+, spaCy 3\.\d+\.\d+, \d+ CPUs", table, re.MULTILINE)


def test_json_report_round_trips(report):
    data = json.loads(json.dumps(report.to_dict()))
    assert data["ratio_vs_textacy"] == round(report.ratio, 2)
    assert {r["system"] for r in data["results"]} == {"saidwhat", "saidwhat-core", "textacy", "tokenizer"}
    assert all(r["articles_per_s"] > 0 for r in data["results"])


def test_cli_json_without_textacy(bbc):
    result = CliRunner().invoke(main, ["bench", str(bbc), "--limit", "2", "--jobs", "1", "--no-textacy",
                                       "--no-tokenizer", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(r["system"], r["jobs"]) for r in data["results"]] == [("saidwhat", 1), ("saidwhat-core", 1)]
    assert data["ratio_vs_textacy"] is None


def test_a_missing_textacy_is_a_note_not_a_failure(bbc, monkeypatch):
    monkeypatch.setattr(benchmod, "_textacy_available", lambda: False)
    report = benchmod.bench(bbc, limit=1, jobs=1, tokenizer=False)
    assert [r.system for r in report.results] == ["saidwhat", "saidwhat-core"]
    assert report.ratio is None
    assert any("pip install 'saidwhat[compare]'" in n for n in report.notes)
    assert "n/a" in benchmod.format_table(report)


def test_a_directory_without_articles_is_a_config_error(tmp_path):
    from saidwhat.errors import ConfigError

    with pytest.raises(ConfigError):
        benchmod.find_article_files(tmp_path)
