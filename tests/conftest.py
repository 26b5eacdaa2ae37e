"""Shared fixtures and the --slow switch.

Tests marked ``slow`` (full-size fuzzing, whole corpora, crash trials) run only
with ``--slow`` (or SAIDWHAT_SLOW=1); the default suite stays fast. Tests that
read ../shared skip with a reason when it is absent.
"""

from __future__ import annotations

import os
import sqlite3
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


def stored_articles(db: Path) -> int:
    """Articles in a store another process is writing; 0 while it does not exist or is not migrated yet."""
    try:
        conn = sqlite3.connect(f"{Path(db).as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


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
