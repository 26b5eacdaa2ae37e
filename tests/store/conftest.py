"""Fixtures of the store tests: a store in tmp_path, the shared corpora."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import SHARED, need

from saidwhat.store import Store


@pytest.fixture(scope="session")
def bbc_dir() -> Path:
    return need(SHARED / "data" / "bbc-news" / "bbc")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "quotes.db") as s:
        yield s
