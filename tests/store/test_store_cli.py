"""The store's commands through click: ingest, search, show, speakers, export, and their errors."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from saidwhat.cli import main

ARTICLE = """{name} warns of a long winter

{name} said on Monday that Europe must prepare for a hard winter.
"We have to be ready for every scenario," {name} told reporters. "Nobody should be complacent."
"""


@pytest.fixture
def db(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for n, name in enumerate(["Kadri Simson", "Fatih Birol", "Ursula von der Leyen"]):
        (folder / f"{n}.txt").write_text(ARTICLE.format(name=name), encoding="utf-8")
    (folder / "empty.txt").write_text("")
    path = tmp_path / "q.db"
    report = tmp_path / "skipped.jsonl"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(path), "--skipped-report", str(report)])
    assert result.exit_code == 0, result.output
    assert "read 4: 3 new" in result.output and "1 skipped" in result.output
    assert [json.loads(line)["reason"] for line in report.read_text().splitlines()] == ["empty"]
    return path


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_ingest_again_adds_nothing(db, tmp_path):
    result = run("ingest", str(tmp_path / "news"), "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["read"], summary["new"], summary["already_stored"]) == (4, 0, 3)


def test_search_formats(db):
    table = run("search", "scenario", "--db", str(db))
    assert table.exit_code == 0 and "scenario" in table.output
    hits = json.loads(run("search", "scenario", "--db", str(db), "--format", "json").output)
    assert len(hits) == 3 and all("scenario" in h["quote"]["text"] for h in hits)
    assert {h["quote"]["speaker"]["name"] for h in hits} == {"Kadri Simson", "Fatih Birol", "Ursula von der Leyen"}
    lines = run("search", "complacent", "--db", str(db), "--format", "jsonl").output.splitlines()
    assert len(lines) == len(hits) and all(json.loads(line)["article_id"] for line in lines)
    rows = list(csv.DictReader(io.StringIO(run("search", "scenario", "--db", str(db), "--format", "csv").output)))
    assert len(rows) == 3 and all("scenario" in r["text"] for r in rows)


def test_search_by_speaker(db):
    hits = json.loads(run("search", "--speaker", "birol", "--db", str(db), "--format", "json").output)
    assert hits and all(h["quote"]["speaker"]["name"] == "Fatih Birol" for h in hits)
    assert len({h["article_id"] for h in hits}) == 1


@pytest.mark.parametrize(("args", "message"), [
    (["search", "AND (", "--syntax"], "cannot read 'AND (' as search syntax"),
    (["search", "?!", "--db"], "no letters or digits"),
    (["search", "x", "--since", "last week"], "bad since date"),
    (["search", "x", "--kind", "yelled"], "unknown quote kind"),
])
def test_bad_queries_exit_with_a_message(db, args, message):
    result = run(*args, str(db)) if args[-1] == "--db" else run(*args, "--db", str(db))
    assert result.exit_code == 6
    assert message in result.output


def test_plain_words_are_the_default_and_never_fail(db):
    for query in ("AND (", '"unbalanced', "nosuchcolumn:x", "(air"):
        assert run("search", query, "--db", str(db)).exit_code == 0, query
        assert run("search", query, "--plain", "--db", str(db)).exit_code == 0, query


@pytest.mark.parametrize("query, plain", [
    ("-headline: winter", False),  # FTS5: look everywhere but in the headline
    ("-complacent", True),  # a pasted word with a dash before it
    ("-2.4", True),
    ("-hard winter", True),  # begins like -h, the help option
])
def test_a_query_may_begin_with_a_dash(db, query, plain):
    """`saidwhat search -x ...` once stopped at "No such option '-x'" unless written `search -- -x`."""
    extra = ["--plain"] if plain else []
    natural = run("search", query, *extra, "--db", str(db), "--format", "json")
    assert natural.exit_code == 0, natural.output
    assert natural.output == run("search", "--db", str(db), "--format", "json", *extra, "--", query).output
    # options after the query still count, and so does the query between options
    between = run("search", "--db", str(db), query, *extra, "--format", "json", "--limit", "1")
    assert between.exit_code == 0 and len(json.loads(between.stdout)) == min(1, len(json.loads(natural.stdout)))


def test_a_dash_query_found_what_it_says(db):
    hits = json.loads(run("search", "-headline: winter", "--db", str(db), "--format", "json").stdout)
    assert hits and all("winter" in (h["quote"]["text"] + (h["quote"]["speaker"] or {}).get("mention", "")).lower()
                        for h in hits)
    assert len(json.loads(run("search", "-complacent", "--plain", "--db", str(db), "--format", "json").output)) == 3


def test_options_are_still_options(db):
    assert "search [OPTIONS] [QUERY]" in run("search", "-h").output
    assert run("search", "--help").exit_code == 0
    mistyped = run("search", "scenario", "--limt", "1", "--db", str(db))
    assert mistyped.exit_code == 2 and "No such option" in mistyped.output


def test_missing_store(tmp_path):
    for args in (["search", "x"], ["show", "abc"], ["speakers"], ["export", str(tmp_path / "o.jsonl")]):
        result = run(*args, "--db", str(tmp_path / "none.db"))
        assert result.exit_code == 5
        assert "no store at" in result.output and "run saidwhat ingest first" in result.output
    assert not (tmp_path / "none.db").exists()


def test_show_speakers_and_export(db, tmp_path):
    hit = json.loads(run("search", "scenario", "--db", str(db), "--format", "json").output)[0]
    shown = run("show", hit["article_id"], "--db", str(db))
    assert shown.exit_code == 0 and "warns of a long winter" in shown.output
    assert "We have to be ready" in shown.output and "told reporters" in shown.output
    assert run("show", "nope", "--db", str(db)).exit_code == 6

    speakers = json.loads(run("speakers", "--db", str(db), "--format", "json").output)
    assert {s["name"] for s in speakers} == {"Kadri Simson", "Fatih Birol", "Ursula von der Leyen"}
    assert all(s["quotes"] >= 1 and s["articles"] == 1 for s in speakers)

    out = tmp_path / "quotes.parquet"
    result = run("export", str(out), "--db", str(db))
    assert result.exit_code == 0 and "(parquet)" in result.output and out.stat().st_size > 0


def test_brackets_in_text_are_printed_not_read_as_markup(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Minister [bold]rejects[/bold] claims\n\n"
        '"The [red]figures[/red] are wrong," the minister, Anna Berg, said on Tuesday.\n', encoding="utf-8")
    db = tmp_path / "q.db"
    assert run("ingest", str(folder), "--db", str(db)).exit_code == 0
    table = run("search", "figures", "--db", str(db))
    assert table.exit_code == 0 and "[red]figures[/red]" in table.output and "[direct]" in table.output
    article_id = json.loads(run("search", "figures", "--db", str(db), "--format", "json").output)[0]["article_id"]
    shown = run("show", article_id, "--db", str(db))
    assert "[bold]rejects[/bold]" in shown.output and "[red]figures[/red]" in shown.output
