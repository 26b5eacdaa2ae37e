"""Running saidwhat as a user does: a fresh ``python -m saidwhat`` process with the repo's source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"


def run_cli(*args: str, cwd: Path, timeout: float = 600, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m saidwhat ARGS``; ``cwd`` is a temporary folder so no developer's saidwhat.toml leaks in."""
    return subprocess.run(
        [sys.executable, "-m", "saidwhat", *args],
        cwd=cwd, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(REPO / "src"), **(env or {})},
    )
