"""Measuring extraction against annotated news: gold readers, the scorer, error analysis.

    gold.py      PolNeAR brat standoff and the JSONL gold format -> GoldDoc
    rules.py     what counts as a quotation mark and as a speech cue (data)
    score.py     pure scoring: Dice pairing, P/R/F1, speaker accuracy
    systems.py   saidwhat's extractor and the textacy baseline -> predictions
    analysis.py  errors grouped by pattern, with context
    run.py       evaluate(), and the pinned floors that gate accuracy
    report.py    the table, the error listing, the per-rule table, JSON
    calibration.py  per-rule precision and recall, the calibration of confidence, its fit
    speakers_gold.py  the canonical-speaker gold set (evaluation/speakers): reader, scorer, report

Nothing here writes files except ``write_floors``.
"""

from __future__ import annotations

from .gold import GoldDoc, GoldQuote, read_gold, read_jsonl_gold, read_polnear
from .report import evaluation_to_dict, format_errors, format_rules, format_table
from .run import Evaluation, SystemResult, check_floors, evaluate, evaluate_docs, read_floors, write_floors
from .score import Counts, Item, score_document

__all__ = [
    "Counts",
    "Evaluation",
    "GoldDoc",
    "GoldQuote",
    "Item",
    "SystemResult",
    "check_floors",
    "evaluate",
    "evaluate_docs",
    "evaluation_to_dict",
    "format_errors",
    "format_rules",
    "format_table",
    "read_floors",
    "read_gold",
    "read_jsonl_gold",
    "read_polnear",
    "score_document",
    "write_floors",
]
