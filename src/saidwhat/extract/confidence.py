"""A quote's ``confidence``: the measured precision of the rules that made it.

Owns reading the confidence table (``saidwhat/data/confidence.json``, fitted on
PolNeAR train by ``saidwhat calibrate``; see ``evaluate.calibration``) and
looking a quote up in it. A quote's *signature* is its rules in a fixed order of
families (assembly, speaker, cue, subject, content); the table holds the
smoothed precision of every signature prefix seen often enough, and a quote takes
the precision of its longest prefix in the table. So a confidence of 0.8 means
that, on annotated news, four in five quotes made by the same rules were right.

Headline quotes (``where == "headline"``) and nested ones are not in the
annotated news the table is fitted on: they keep the confidence their rules set.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ..models import Quote
from .lexicon import LEXICON

__all__ = ["SIGNATURE_LEVELS", "calibrated", "signatures"]

FAMILIES = LEXICON.signature_families
SIGNATURE_LEVELS = 5


def _ordered(rules: tuple[str, ...]) -> list[str]:
    rank = {family: i for i, family in enumerate(FAMILIES)}
    return sorted(rules, key=lambda r: rank.get(r.partition(":")[0], len(FAMILIES)))


def signatures(rules: tuple[str, ...]) -> list[str]:
    """The signature prefixes of a quote's rules, shortest first: "assembly:direct",
    "assembly:direct|assembly:cue-content", ... up to ``SIGNATURE_LEVELS`` rules, then the
    whole signature closed by "|$" when it is that short: a quote made by "assembly:uncued"
    alone is right far less often than the uncued quotes other rules also vouch for."""
    ordered = _ordered(rules)
    keys = ["|".join(ordered[: k + 1]) for k in range(min(len(ordered), SIGNATURE_LEVELS))]
    if keys and len(ordered) <= SIGNATURE_LEVELS:
        keys.append(keys[-1] + "|$")
    return keys


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    try:
        data = json.loads(resources.files("saidwhat.data").joinpath("confidence.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {key: float(row["precision"]) for key, row in data.get("table", {}).items()}


def calibrated(quote: Quote, table: dict[str, float] | None = None) -> float:
    """The confidence a quote's rules have earned, or its own when the table cannot say."""
    if not (table if table is not None else _table()) or not quote.rules:
        return quote.confidence
    if quote.where != "body" or quote.kind == "nested":
        return quote.confidence
    found = _bundled_precision(quote.rules) if table is None else _precision(quote.rules, table)
    return quote.confidence if found is None else found


def _precision(rules: tuple[str, ...], table: dict[str, float]) -> float | None:
    """The precision of the longest signature of ``rules`` in ``table``, else of the empty one."""
    for key in reversed(signatures(rules)):
        if key in table:
            return table[key]
    return table.get("")


@lru_cache(maxsize=4096)
def _bundled_precision(rules: tuple[str, ...]) -> float | None:
    """``_precision`` in the bundled table, once per set of rules: a few hundred sets make
    every quote, and building their signatures was 2% of extraction's own time."""
    return _precision(rules, _table())
