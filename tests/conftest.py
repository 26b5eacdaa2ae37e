"""Shared fixtures and the --slow switch.

Tests marked ``slow`` (full-size fuzzing, whole corpora, crash trials) run only
with ``--slow`` (or SAIDWHAT_SLOW=1); the default suite stays fast. Tests that
read ../shared skip with a reason when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False, help="also run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow") or os.environ.get("SAIDWHAT_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found at {path} (the ../shared folder beside the repo)")
    return path


@pytest.fixture(scope="session")
def nlp():
    """The spaCy English pipeline, loaded once per test session."""
    from saidwhat.extract.nlp import load_pipeline

    return load_pipeline()
