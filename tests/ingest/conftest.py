"""Fixtures of the reader tests: where ../shared and its corpora are, skipping when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not found at {path} (the ../shared folder beside the repo)")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return _need(SHARED / "fixtures" / "seed" / "stoltenberg-2024-09-19.txt")


@pytest.fixture(scope="session")
def bbc_dir() -> Path:
    return _need(SHARED / "data" / "bbc-news" / "bbc")


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    return _need(SHARED / "data" / "article-extraction-benchmark")


@pytest.fixture(scope="session")
def bench_pages(bench_dir: Path) -> list[Path]:
    """The benchmark's pages in a fixed order."""
    return sorted((bench_dir / "html").glob("*.html.gz"))
