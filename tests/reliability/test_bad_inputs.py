"""The bad-input corpus (generated, see badcorpus.py): every file has its expected outcome,
in bounded time and memory, alone through the library and the CLI, and all together in one ingest.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from badcorpus import BIG_TEXT_BYTES, write_corpus
from click.testing import CliRunner
from clirun import REPO, run_cli

from saidwhat.cli import main
from saidwhat.ingest import read_sources
from saidwhat.models import Article, Skip
from saidwhat.settings import Settings

PER_FILE_SECONDS = 30  # generous: the slowest file reads in ~3 s on a loaded 2-core box
PEAK_RSS_MB = 1_000  # reading any one file; the decompression cap is 200 MB


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("bad")
    return folder, write_corpus(folder)


def _outcomes(items: list[Article | Skip]) -> list[str]:
    return ["article" if isinstance(i, Article) else i.reason for i in items]


def test_corpus_covers_every_case_of_the_issue(corpus):
    _, expected = corpus
    for name in ("random-bytes", "empty.txt", "invalid-utf8.txt", "mixed-encodings.txt", "navigation.html",
                 "nested.html", "truncated.html", "fifty-megabytes.txt", "controls.txt", "unbalanced-quotes.txt",
                 "truncated.txt.gz", "truncated.warc.gz", "bomb.txt.gz"):
        assert name in expected


def test_each_bad_input_alone_has_its_expected_outcome(corpus):
    folder, expected = corpus
    wrong = {}
    for name, expect in expected.items():
        started = time.monotonic()
        items = list(read_sources([folder / name], settings=Settings()))
        seconds = time.monotonic() - started
        outcomes = _outcomes(items)
        assert seconds < PER_FILE_SECONDS, f"{name} took {seconds:.1f}s"
        if not outcomes or not all(expect.allows(o) for o in outcomes) or (expect.must and expect.must not in outcomes):
            wrong[name] = [(o, getattr(i, "detail", "")) for o, i in zip(outcomes, items)]
        for item in items:
            if isinstance(item, Skip):
                assert item.detail, f"{name}: a skip without a reason's detail"
    assert not wrong, wrong


def test_the_entity_bomb_in_a_feed_is_not_expanded(corpus):
    folder, _ = corpus
    for item in read_sources([folder / "billion-laughs.rss"], settings=Settings(languages=())):
        if isinstance(item, Article):
            assert len(item.text) < 1_000 and "lollollol" not in item.text


@pytest.mark.parametrize("name", ["bomb.txt.gz", "bomb-members.jsonl.gz", "fifty-megabytes.txt", "nested.html"])
def test_reading_a_big_input_stays_within_memory(corpus, name):
    # A fresh process, so that its peak RSS is this input's alone. Its peak is read from VmHWM, the
    # high-water mark of its own memory map: getrusage's ru_maxrss keeps, across fork and exec, the
    # size of the parent it was forked from (a pytest process past 1 GB late in the suite).
    folder, _ = corpus
    code = (
        "import re, sys\n"
        "from saidwhat.ingest import read_sources\n"
        "items = list(read_sources([sys.argv[1]]))\n"
        "status = open('/proc/self/status').read()\n"
        "peak_kb = int(re.search(r'VmHWM:\\s+(\\d+)', status).group(1))\n"
        "print(items[0].reason if items else 'nothing', peak_kb // 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(folder / name)], capture_output=True, text=True,
                         timeout=120, env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    reason, peak_mb = out.stdout.split()
    assert int(peak_mb) < PEAK_RSS_MB, f"{name}: peak {peak_mb} MB"


def test_limits_are_settings(corpus, tmp_path):
    folder, _ = corpus
    # Raise the file limit and the 50 MB text passes the size check, then the article limit stops it.
    big = Settings(max_file_bytes=BIG_TEXT_BYTES * 2)
    (item,) = read_sources([folder / "fifty-megabytes.txt"], settings=big)
    assert isinstance(item, Skip) and item.reason == "too-large" and "characters" in item.detail
    # A lower decompression cap stops a small gzip too.
    small = tmp_path / "small.txt.gz"
    small.write_bytes(__import__("gzip").compress(b"Headline\n\n" + b"words and more words. " * 5_000))
    (item,) = read_sources([small], settings=Settings(max_decompressed_bytes=10_000))
    assert isinstance(item, Skip) and item.reason == "too-large"


def test_cli_names_the_reason_for_one_bad_input(corpus, nlp):
    # ``saidwhat extract FILE`` on a file that is no article: exit 1, the reason on stderr, no traceback.
    folder, expected = corpus
    runner = CliRunner()
    for name, expect in expected.items():
        if expect.article or name.startswith(("fifty", "bomb")):
            continue  # articles are fine; the big ones are covered by the batch run below
        result = runner.invoke(main, ["extract", str(folder / name)])
        assert result.exit_code == 1, (name, result.output, result.exception)
        assert isinstance(result.exception, SystemExit), (name, result.exception)
        assert "skipped" in result.stderr and "no article could be read" in result.stderr, (name, result.stderr)
        assert any(reason in result.stderr for reason in expect.reasons), (name, result.stderr)
        assert "Traceback" not in result.output


def test_ingest_of_the_whole_bad_corpus_finishes_and_lists_every_skip(corpus, tmp_path):
    folder, expected = corpus
    report = tmp_path / "skipped.jsonl"
    started = time.monotonic()
    out = run_cli("ingest", str(folder), "--db", str(tmp_path / "bad.db"), "--quiet",
                  "--skipped-report", str(report), cwd=tmp_path, timeout=600)
    seconds = time.monotonic() - started
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    skips = [json.loads(line) for line in report.read_text().splitlines()]
    by_file: dict[str, set[str]] = {}
    for skip in skips:
        name = Path(skip["source"].split("#")[0].rsplit(":", 1)[0] if not Path(skip["source"]).exists()
                    else skip["source"]).name
        by_file.setdefault(name, set()).add(skip["reason"])
    for name, expect in expected.items():
        if not expect.article:
            assert name in by_file, f"{name} left no skip in the report"
        for reason in by_file.get(name, ()):
            assert reason in expect.reasons or reason in ("not-english", "empty"), (name, reason)
    # The closing summary lists every skip reason with its count.
    for reason in {s["reason"] for s in skips}:
        assert f"  {reason}" in out.stdout, (reason, out.stdout)
    assert seconds < 300, f"ingest of the bad corpus took {seconds:.0f}s"
