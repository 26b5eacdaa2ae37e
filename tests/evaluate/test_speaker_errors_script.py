"""scripts/speaker_errors.py: the misses mode counts the gold quotes no prediction matched by their cue's verb."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "speaker_errors.py"


def _script():
    spec = importlib.util.spec_from_file_location("speaker_errors", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_miss_is_counted_by_the_verb_of_its_cue(capsys):
    script = _script()
    assert script._cue_class("has been called") == "call"
    assert script._cue_class("calling") == "call"
    assert script._cue_class("-- ") == "--"  # a dash cue: no verb, its own words
    assert script._cue_class("") == "(none)"
    rows = [
        {"kind": "mixed", "gold_cue": "called"},
        {"kind": "direct", "gold_cue": "calling"},
        {"kind": "direct", "gold_cue": "said"},
        {"kind": "indirect", "gold_cue": "said"},
    ]
    script._miss_summary(rows, "train")
    out = capsys.readouterr().out
    assert "4 gold quotes with no partial pair" in out
    assert "direct/mixed      3  by cue: call 2, say 1" in out
    assert "indirect          1  by cue: say 1" in out
