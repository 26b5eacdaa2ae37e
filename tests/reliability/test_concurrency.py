"""Concurrent use: an ingest process writing while a searching process (library and web app) reads,
and CLI searches run alongside: zero errors, results that only grow, no "database is locked" for the user.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from clirun import REPO, run_cli


def test_search_and_serve_while_an_ingest_runs(bbc_dir, tmp_path):
    files = [f for cat in sorted(p for p in bbc_dir.iterdir() if p.is_dir()) for f in sorted(cat.glob("*.txt"))[:20]]
    db = tmp_path / "q.db"
    stop = tmp_path / "stop"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    searcher = subprocess.Popen([sys.executable, str(Path(__file__).with_name("searcher.py")), str(db), str(stop)],
                                cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ingest = subprocess.Popen([sys.executable, "-m", "saidwhat", "ingest", *map(str, files), "--db", str(db),
                               "--quiet", "--json"], cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    cli_results = []
    try:
        while ingest.poll() is None:  # CLI searches, each its own process, while the ingest writes
            if db.exists():
                cli_results.append(run_cli("search", "said", "--db", str(db), "--format", "jsonl",
                                           "--limit", "5", cwd=tmp_path))
            time.sleep(0.2)
        out, err = ingest.communicate(timeout=600)
    finally:
        stop.touch()
        s_out, s_err = searcher.communicate(timeout=120)
    assert ingest.returncode == 0, err
    summary = json.loads(out)
    assert summary["new"] == len(files) - summary["already_stored"] - sum(summary["skipped"].values())
    assert searcher.returncode == 0, s_err
    report = json.loads(s_out.strip().splitlines()[-1])
    assert report["n_errors"] == 0, report["errors"]
    assert report["searches"] > 3, report
    assert not report["went_down"] and not report["web_down"], report
    assert cli_results, "no CLI search ran during the ingest"
    for result in cli_results:
        assert result.returncode == 0, result.stderr
        assert "locked" not in result.stderr and "Traceback" not in result.stderr
    # After the ingest, the searcher saw what a fresh search sees (or less, if it stopped a little early).
    final = run_cli("search", "--db", str(db), "--format", "json", "--limit", "100000", cwd=tmp_path)
    assert final.returncode == 0
    assert report["last"][0] <= len(json.loads(final.stdout))
    print(f"{report['searches']} library searches, {report['web']} web searches, {len(cli_results)} CLI searches, "
          f"hits grew {report['first']} -> {report['last']}")
