"""Amounts and percentages in a stretch of text, normalised to numbers.

"2,4 billion" is 2.4e9 (a decimal comma, as translated copy writes it),
"$5.3bn" is 5.3e9 USD, "12 per cent" is 12 %. A number cut off by an
ellipsis and corrected ("2,5… 2,4 billion") is a false start, not a figure;
bare small numbers and years are not figures either.
"""

from __future__ import annotations

import re

from ..models import Figure, Span
from .lexicon import LEXICON
from .rules import CURRENCY_SYMBOLS, CURRENCY_WORDS, PERCENT_WORDS, SCALES

__all__ = ["find_figures"]

_SCALE = "|".join(sorted((re.escape(s) for s in SCALES), key=len, reverse=True))
_CUR_WORDS = "|".join(sorted((re.escape(s) for s in CURRENCY_WORDS), key=len, reverse=True))
_CURRENCY_ONLY_SCALES = frozenset(LEXICON.currency_only_scales)
_PCT = "|".join(re.escape(p) for p in PERCENT_WORDS)
_FIGURE = re.compile(
    rf"(?P<cur>[{''.join(CURRENCY_SYMBOLS)}])?\s?"
    rf"(?P<num>(?<![\w.,])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|(?<![\w.,])\d+(?:[.,]\d+)?)"
    rf"(?P<ell>\s?(?:…|\.\.\.))?"
    rf"(?:\s?(?P<scale>{_SCALE})\b)?"
    rf"(?:\s?(?P<pct>{_PCT}))?"
    rf"(?:\s(?P<curw>{_CUR_WORDS})\b)?",
    re.IGNORECASE,
)


def _number(raw: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        return float(raw.replace(",", ""))
    if re.fullmatch(r"\d+,\d{1,2}", raw):
        return float(raw.replace(",", "."))  # decimal comma
    return float(raw.replace(",", ""))


# every figure has a digit; most quotes have none, and _FIGURE is tried at each of their characters
_DIGIT = re.compile(r"\d")


def find_figures(text: str, span: Span) -> list[Figure]:
    if not _DIGIT.search(text, span.start, span.end):
        return []
    out: list[Figure] = []
    chunk = text[span.start : span.end]
    for m in _FIGURE.finditer(chunk):
        if m.group("ell"):
            continue
        raw, scale, pct = m.group("num"), m.group("scale"), m.group("pct")
        cur = CURRENCY_SYMBOLS.get(m.group("cur") or "") or CURRENCY_WORDS.get((m.group("curw") or "").lower())
        if scale and scale.lower() in _CURRENCY_ONLY_SCALES and not cur:
            scale = None  # "5 m" without a currency is a distance more often than millions
        try:
            value = _number(raw)
        except ValueError:
            continue
        if not (cur or scale or pct):
            plain = raw.replace(",", "")
            if "," not in raw or re.fullmatch(r"\d+,\d{1,2}", raw):
                continue  # small bare numbers, years, and lone decimals are not amounts
            if len(plain) == 4 and 1800 <= value <= 2100:
                continue
        if scale:
            value *= SCALES[scale.lower()]
        start = m.start("cur") if m.group("cur") else m.start("num")
        end = m.end()
        while end > start and chunk[end - 1].isspace():
            end -= 1
        unit = "%" if pct else cur
        out.append(Figure(chunk[start:end], value, Span(span.start + start, span.start + end), unit))
    return out
