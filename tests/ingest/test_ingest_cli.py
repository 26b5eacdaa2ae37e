from __future__ import annotations

import json

from click.testing import CliRunner

from saidwhat.cli import main


def test_read_sources_command(tmp_path, seed_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00" * 64)
    report = tmp_path / "skipped.jsonl"
    result = CliRunner().invoke(
        main, ["read-sources", str(seed_path), str(tmp_path / "bin.txt"), "--skipped-report", str(report)]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1 and lines[0]["published"] == "2024-09-19T05:23:00"
    assert "read 1 articles; skipped 1 (binary 1)" in result.stderr
    assert json.loads(report.read_text())["reason"] == "binary"


def test_bench_html_command(tmp_path, bench_dir, bench_pages):
    truth = json.loads((bench_dir / "ground-truth.json").read_text(encoding="utf-8"))
    ids = [p.name.split(".")[0] for p in bench_pages[:3]]
    gt = tmp_path / "gt.json"
    gt.write_text(json.dumps({i: truth[i] for i in ids}))
    result = CliRunner().invoke(main, ["bench-html", str(bench_dir / "html"), str(gt), "--per-page"])
    assert result.exit_code == 0, result.output
    assert "macro" in result.output and "3 pages" in result.output
