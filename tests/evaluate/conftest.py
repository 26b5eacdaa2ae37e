from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
POLNEAR = SHARED / "data" / "polnear"


@pytest.fixture(scope="session")
def polnear() -> Path:
    if not (POLNEAR / "data" / "dev" / "text").is_dir():
        pytest.skip(f"PolNeAR is not at {POLNEAR.resolve()} (the shared data sits beside the repository)")
    return POLNEAR
