"""Fixtures of the reliability tests: the fuzzing budget, the shared BBC folder, a CLI runner.

The number of hypothesis examples a property test runs is ``fuzz_examples``:
a few dozen by default so the suite stays fast, 10,000 under ``--slow`` (or
SAIDWHAT_SLOW=1), and exactly ``$SAIDWHAT_HYPOTHESIS_EXAMPLES`` when that is set.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"

SLOW_EXAMPLES = 10_000


def pytest_configure(config: pytest.Config) -> None:
    import fuzzing

    fuzzing.SLOW = bool(config.getoption("--slow", default=False)) or os.environ.get("SAIDWHAT_SLOW") == "1"


@pytest.fixture(scope="session")
def bbc_dir() -> Path:
    path = SHARED / "data" / "bbc-news" / "bbc"
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path} (the ../shared folder beside the repo)")
    return path.resolve()


def run_cli(*args: str, cwd: Path, timeout: float = 600, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m saidwhat ARGS`` in a fresh process, as a user runs it (cwd keeps any saidwhat.toml out)."""
    return subprocess.run(
        [sys.executable, "-m", "saidwhat", *args],
        cwd=cwd, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(REPO / "src"), **(env or {})},
    )
