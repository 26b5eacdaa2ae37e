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


def test_diff_lists_a_name_change_the_span_verdict_cannot_show(tmp_path, capsys):
    # PolNeAR judges the speaker span: "he" right both times, resolved first to the wrong person.
    script = _script()
    row = {"doc": "d1", "gold_id": "q1", "kind": "direct", "ok": "1", "gold_source": "he", "pred_speaker": "he",
           "cue": "said", "rules": "speaker:pronoun", "context": "..."}
    before = tmp_path / "before.tsv"
    after = tmp_path / "after.tsv"
    script._write(str(before), script.FIELDS, [{**row, "pred_name": "Kelli Ward", "pred_type": "person"}])
    script._write(str(after), script.FIELDS, [{**row, "pred_name": "John McCain", "pred_type": "person"}])
    script.diff(str(before), str(after))
    out = capsys.readouterr().out
    assert "== fixed: 0" in out and "== broken: 0" in out
    assert "== same verdict, name or type changed: 1" in out
    assert "'Kelli Ward' (person) -> 'John McCain' (person)" in out
