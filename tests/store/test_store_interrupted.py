"""An ingest killed with SIGKILL partway, then rerun, ends with the rows of a clean run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_helpers import dump, fts_ok

from saidwhat.pipeline import CHUNK_SIZE, ingest
from saidwhat.store import Store
from tests.conftest import stored_articles

REPO = Path(__file__).resolve().parents[2]


def _files(bbc_dir: Path, per_category: int | None) -> list[Path]:
    files = []
    for category in sorted(p for p in bbc_dir.iterdir() if p.is_dir()):
        files += sorted(category.glob("*.txt"))[:per_category]
    return files


def _cli(files: list[Path], db: Path, tmp_path: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "saidwhat", "ingest", *map(str, files), "--db", str(db), "--quiet", *extra],
        cwd=tmp_path,  # no saidwhat.toml of the developer's leaks in
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _run_interrupted(files: list[Path], tmp_path: Path, kill_after: int, jobs: int = 1,
                     link: bool = False) -> None:
    """Clean run in-process; the same ingest through the CLI, SIGKILLed, then rerun; compare.

    Cross-article linking (``--link``) only writes its own tables, which the
    comparison leaves out; the default test skips it to stay quick.
    """
    flags = () if link else ("--no-link",)
    clean_db = tmp_path / "clean.db"
    with Store.open(clean_db) as store:
        clean = ingest(files, store=store, jobs=1)
    assert clean.new > kill_after * 2, "too few articles to interrupt partway"

    db = tmp_path / "killed.db"
    proc = _cli(files, db, tmp_path, "--jobs", str(jobs), *flags)
    deadline = time.monotonic() + 600
    try:
        while stored_articles(db) < kill_after:
            assert proc.poll() is None, f"ingest ended before it could be killed: {proc.communicate()}"
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = stored_articles(db)
    assert kill_after <= partial < clean.new, "the kill did not land partway"

    rerun = _cli(files, db, tmp_path, "--json", *flags)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    summary = json.loads(out)
    assert summary["read"] == clean.read
    assert summary["new"] == clean.new - partial
    assert summary["already_stored"] == clean.already_stored + partial

    got, want = dump(db), dump(clean_db)
    for table in want:
        missing = sorted(set(want[table]) - set(got[table]), key=repr)[:3]
        extra = sorted(set(got[table]) - set(want[table]), key=repr)[:3]
        assert got[table] == want[table], f"{table}: missing {missing}, extra {extra}"
    assert fts_ok(db)
    conn = sqlite3.connect(db)
    try:
        # No duplicates by any identity: article ids, canonical keys, quote keys.
        assert conn.execute("SELECT count(*) = count(DISTINCT content_hash) FROM articles").fetchone()[0] == 1
        assert conn.execute(
            "SELECT count(*) = count(DISTINCT article_id || ':' || idx) FROM quotes").fetchone()[0] == 1
    finally:
        conn.close()


def test_killed_ingest_resumes_to_the_clean_result(bbc_dir, tmp_path):
    # Ingest commits a chunk of articles at a time (pipeline.CHUNK_SIZE, Store.add_many):
    # enough files for three chunks, killed once the first is stored.
    _run_interrupted(_files(bbc_dir, 30), tmp_path, kill_after=CHUNK_SIZE)


@pytest.mark.slow
def test_killed_full_bbc_ingest_resumes_to_the_clean_result(bbc_dir, tmp_path):
    _run_interrupted(_files(bbc_dir, None), tmp_path, kill_after=600, jobs=2, link=True)
