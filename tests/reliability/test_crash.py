"""Nothing lost or doubled: SIGKILL an ingest of the BBC folder at random points, rerun, compare row by row.

Default: 2 trials over 150 files; ``--slow``: 10 trials over the whole folder (2,225 files).
Each trial kills a fresh ``saidwhat ingest`` process once a random number of
articles is stored (or, in some trials, at a random moment of its start-up),
reruns it, and compares every table by natural keys with a clean run's store.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from clirun import REPO, run_cli
from storecheck import contents, healthy

from tests.conftest import stored_articles


def _files(bbc_dir: Path, per_category: int | None) -> list[Path]:
    return [f for cat in sorted(p for p in bbc_dir.iterdir() if p.is_dir())
            for f in sorted(cat.glob("*.txt"))[:per_category]]


def _ingest_args(files: list[Path], db: Path) -> list[str]:
    return ["ingest", *map(str, files), "--db", str(db), "--quiet"]


def _kill_partway(files: list[Path], db: Path, cwd: Path, rng: random.Random, total: int) -> int:
    """Start an ingest, SIGKILL it at a random point, return how many articles it had stored."""
    import os

    proc = subprocess.Popen([sys.executable, "-m", "saidwhat", *_ingest_args(files, db)], cwd=cwd,
                            env={**os.environ, "PYTHONPATH": str(REPO / "src")},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if rng.random() < 0.2:  # during start-up: creating or migrating the store, loading spaCy
            time.sleep(rng.uniform(0.0, 3.0))
        else:
            target = rng.randint(1, total - 1)
            deadline = time.monotonic() + 900
            while stored_articles(db) < target and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(rng.uniform(0.0, 0.05))
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    return stored_articles(db)


def _trials(bbc_dir: Path, tmp_path: Path, per_category: int | None, trials: int) -> None:
    files = _files(bbc_dir, per_category)
    clean = tmp_path / "clean.db"
    out = run_cli(*_ingest_args(files, clean), cwd=tmp_path, timeout=3600)
    assert out.returncode == 0, out.stderr
    want = contents(clean)
    total = len(want["articles"])
    rng = random.Random(20240919)
    partials = []
    for trial in range(trials):
        db = tmp_path / f"trial{trial}.db"
        partials.append(_kill_partway(files, db, tmp_path, rng, total))
        rerun = run_cli(*_ingest_args(files, db), cwd=tmp_path, timeout=3600)
        assert rerun.returncode == 0, (trial, rerun.stderr)
        got = contents(db)
        for table in want:
            missing = sorted(set(want[table]) - set(got[table]), key=repr)[:2]
            extra = sorted(set(got[table]) - set(want[table]), key=repr)[:2]
            assert got[table] == want[table], f"trial {trial}, {table}: missing {missing}, extra {extra}"
        healthy(db)
        for f in tmp_path.glob(f"trial{trial}.db*"):
            f.unlink()
    # The kills landed at different points, at least one of them partway.
    assert any(0 < n < total for n in partials), partials
    print(f"killed after {partials} of {total} articles")


def test_killed_ingests_resume_to_the_clean_result(bbc_dir, tmp_path):
    _trials(bbc_dir, tmp_path, per_category=30, trials=2)


@pytest.mark.slow
def test_ten_killed_full_bbc_ingests_resume_to_the_clean_result(bbc_dir, tmp_path):
    _trials(bbc_dir, tmp_path, per_category=None, trials=10)
