"""Error grouping, the report and the `saidwhat eval` command, on a small real-shaped gold file."""

from __future__ import annotations

import json

from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.evaluate import evaluate, evaluate_docs, format_errors, format_table, read_gold
from saidwhat.evaluate.analysis import render_context
from saidwhat.evaluate.run import Evaluation, check_floors, read_floors, write_floors
from saidwhat.evaluate.score import Item
from saidwhat.evaluate.systems import Prediction
from saidwhat.models import Span

TEXT = (
    "Senate Passes Bill.\n\n"
    '"This is a great day for the country," Senator Ann Lee said after the vote. '
    "She added that the bill would cut costs. "
    "Polls show voters support the measure. "
    '"Nobody expected this," one aide whispered.\n'
)


def at(fragment: str) -> list[int]:
    start = TEXT.index(fragment)
    return [start, start + len(fragment)]


GOLD = {
    "id": "senate",
    "text": TEXT,
    "quotes": [
        {"spans": [at('"This is a great day for the country,"')], "speaker": [at("Senator Ann Lee")]},
        {"spans": [at("that the bill would cut costs")], "speaker": [at("She")]},
        {"spans": [at("voters support the measure")], "speaker": [at("Polls")], "cue": [at("show")]},
    ],
}


def span(fragment: str) -> tuple[Span, ...]:
    return (Span(*at(fragment)),)


def gold_docs(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    return path, list(read_gold(path))


def test_errors_are_grouped_by_pattern_with_context(tmp_path):
    _, docs = gold_docs(tmp_path)
    preds = [
        # right quote, speaker resolved to a pronoun elsewhere: a wrong speaker
        Prediction(Item(span('"This is a great day for the country,"'), span("She"), kind="direct"), "said", "She"),
        # a quote with no speaker where gold has none: a false alarm with no speaker
        Prediction(Item(span('"Nobody expected this,"'), (), kind="direct"), "", ""),
    ]
    result = evaluate_docs(docs, [preds], name="saidwhat", errors=True)
    groups = {(g.type, g.pattern): g for g in result.errors}
    assert ("wrong speaker", "predicted a pronoun, gold a name") in groups
    assert ("false alarm", "direct, no speaker, no gold quote there") in groups
    assert ("miss", "indirect, speech cue, source, content") in groups  # "She added that": no cue span
    assert ("miss", "indirect, thought/evidence cue, source, cue, content") in groups
    wrong = groups[("wrong speaker", "predicted a pronoun, gold a name")].cases[0]
    assert "⟦" in wrong.context and "⟨Senator Ann Lee⟩" in wrong.context and "{She}" in wrong.context
    evaluation = Evaluation("gold.jsonl", None, 1, 3, [result])
    listing = format_errors(evaluation)
    assert "== wrong speaker (1) ==" in listing and "predicted 'She' vs gold 'Senator Ann Lee'" in listing
    table = format_table(evaluation)
    assert "attributed F1, all" in table and "direct/mixed" in table


def test_render_context_marks_and_trims():
    text = "word " * 100 + "the quote here" + " word" * 100
    start = text.index("the quote")
    shown = render_context(text, [((Span(start, start + 14),), "«", "»")])
    assert "«the quote here»" in shown
    assert shown.startswith("… ") and shown.endswith(" …")
    assert len(shown) < 300


def test_floors_round_trip_and_gate(tmp_path):
    _, docs = gold_docs(tmp_path)
    perfect = [[Prediction(Item(tuple(q.spans), tuple(q.speaker), kind=q.kind)) for q in docs[0].quotes]]
    good = Evaluation("gold.jsonl", None, 1, 3, [evaluate_docs(docs, perfect, name="saidwhat")])
    floors_path = tmp_path / "floors.json"
    pinned = write_floors(good, floors_path)
    assert pinned["scores"]["all.attributed.f1"] == 100.0
    assert check_floors(good, read_floors(floors_path)) == []
    worse = Evaluation("gold.jsonl", None, 1, 3, [evaluate_docs(docs, [perfect[0][:2]], name="saidwhat")])
    failures = check_floors(worse, read_floors(floors_path))
    assert any(f.startswith("all.attributed.f1") for f in failures)


def test_eval_command_on_jsonl_gold(tmp_path):
    path, _ = gold_docs(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["eval", str(path), "--format", "json", "--errors"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    scores = report["systems"]["saidwhat"]["scores"]
    assert report["gold_quotes"] == 3 and "all.attributed.f1" in scores
    assert report["systems"]["saidwhat"]["counts"]["all"]["gold"] == 3
    # whatever the extractor finds, every gold quote is either matched or listed as an error
    errors = report["systems"]["saidwhat"]["errors"]
    missed = sum(g["count"] for g in errors if g["type"] in ("miss", "boundary"))
    assert missed + report["systems"]["saidwhat"]["counts"]["all"]["matched"]["partial"] == 3

    floors = tmp_path / "floors.json"
    result = runner.invoke(main, ["eval", str(path), "--write-floors", str(floors)])
    assert result.exit_code == 0, result.output
    assert "all (gold 3" in result.output
    assert json.loads(floors.read_text())["gold_quotes"] == 3
    result = runner.invoke(main, ["eval", str(path), "--check-floors", str(floors)])
    assert result.exit_code == 0, result.output


def test_eval_command_reports_missing_gold_cleanly(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(tmp_path)])
    assert result.exit_code == 4
    assert "no PolNeAR split" in result.output


def test_textacy_baseline_runs_and_counts_failures(tmp_path):
    path, _ = gold_docs(tmp_path)
    evaluation = evaluate(path, systems=("saidwhat", "textacy"))
    textacy = evaluation.result("textacy")
    assert textacy.counts["all"].gold == 3
    # the two well-formed direct quotes are what textacy is built to find
    assert textacy.failed == 0
    assert textacy.counts["direct/mixed"].matched["lenient"] >= 1


def test_prediction_kind_sees_marks_just_outside_its_spans():
    from saidwhat.evaluate.systems import item_from_quote
    from saidwhat.models import Quote, QuoteKind

    inner = at("This is a great day for the country,")
    quote = Quote("x", (Span(*inner),), QuoteKind.DIRECT)
    assert item_from_quote(quote, TEXT).item.kind == "direct"
    plain = Quote("x", (Span(*at("the bill would cut costs")),), QuoteKind.INDIRECT)
    assert item_from_quote(plain, TEXT).item.kind == "indirect"
    nested = Quote("x", (Span(*inner),), QuoteKind.NESTED)
    headline = Quote("x", (Span(0, 6),), QuoteKind.HEADLINE, where="headline")
    assert item_from_quote(nested, TEXT) is None and item_from_quote(headline, TEXT) is None


def test_a_speaker_found_inside_the_quote_is_its_own_pattern(tmp_path):
    _, docs = gold_docs(tmp_path)
    inside = Prediction(Item(span('"This is a great day for the country,"'), span("the country"), kind="direct"))
    result = evaluate_docs(docs, [[inside]], errors=True)
    patterns = {(g.type, g.pattern) for g in result.errors}
    assert ("wrong speaker", "predicted a mention inside the quote, gold a name") in patterns
