"""Fixtures of the reliability tests: the fuzzing budget and the shared BBC folder.

The number of hypothesis examples a property test runs comes from
``fuzzing.examples``: a few dozen by default so the suite stays fast, 10,000
under ``--slow`` (or SAIDWHAT_SLOW=1), and exactly
``$SAIDWHAT_HYPOTHESIS_EXAMPLES`` when that is set.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from clirun import SHARED


def pytest_configure(config: pytest.Config) -> None:
    import fuzzing

    fuzzing.SLOW = bool(config.getoption("--slow", default=False)) or os.environ.get("SAIDWHAT_SLOW") == "1"


@pytest.fixture(scope="session")
def bbc_dir() -> Path:
    path = SHARED / "data" / "bbc-news" / "bbc"
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path} (the ../shared folder beside the repo)")
    return path.resolve()
