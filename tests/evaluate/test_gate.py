"""The accuracy gate: saidwhat's PolNeAR dev scores may not drop below the pinned floors.

The floors live in evaluation/floors.json; re-pin after a real improvement with
    saidwhat eval ../shared/data/polnear --split dev --write-floors evaluation/floors.json
"""

from __future__ import annotations

from pathlib import Path

import pytest

from saidwhat.evaluate import check_floors, evaluate, read_floors

FLOORS = Path(__file__).resolve().parents[2] / "evaluation" / "floors.json"

pytestmark = pytest.mark.shared


def test_dev_scores_hold_their_floors(polnear):
    floors = read_floors(FLOORS)
    evaluation = evaluate(polnear, split=floors["split"])
    assert evaluation.articles == floors["articles"], "the gold changed under the floors: re-pin them"
    assert evaluation.gold_quotes == floors["gold_quotes"], "the gold changed under the floors: re-pin them"
    failures = check_floors(evaluation, floors)
    assert not failures, "scores dropped below their pinned floors:\n" + "\n".join(failures)
