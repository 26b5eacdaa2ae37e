"""ruff passes over src and tests with the rules in pyproject.toml (issue 15: ruff run by the test command).

The rules, the line length and the complexity limit for extract/ live in pyproject.toml; this test only
runs them, so a developer's `ruff check src tests` and CI agree.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_passes():
    # ruff is in the `test` extra; without it (a bare install) there is nothing to run.
    if importlib.util.find_spec("ruff") is None:
        pytest.skip("ruff is not installed: pip install -e '.[test]'")
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "src", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, (
        "ruff found problems; fix them (`ruff check --fix` sorts imports) or see pyproject.toml [tool.ruff]:\n"
        + result.stdout
        + result.stderr
    )
