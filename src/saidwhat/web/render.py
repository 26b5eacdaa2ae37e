"""Turning records into what the templates draw: highlighted article text, the
monthly timeline as SVG geometry, word diffs, safe links. No HTML strings are
built here: templates escape everything, so article text can never become markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..models import Extraction, Quote

__all__ = ["Piece", "colour_classes", "diff_pieces", "highlight", "safe_url", "timeline"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PALETTE_SIZE = 8  # speaker colours c0..c7 in style.css, chosen for contrast with dark text


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) link, else None: javascript:, data: and the like are never rendered as links."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def speaker_key(quote: Quote, link: dict[str, Any] | None = None) -> str:
    """Who a quote belongs to, for colouring: the linked speaker, else the extractor's name or mention."""
    if link and link.get("speaker_id"):
        return str(link["speaker_id"])
    if quote.speaker is not None:
        return quote.speaker.name or quote.speaker.mention
    return "?"


def colour_classes(keys: list[str]) -> dict[str, str]:
    """One colour class per speaker, in order of first appearance; unknown speakers are grey."""
    out: dict[str, str] = {}
    for key in keys:
        if key not in out:
            out[key] = "cx" if key == "?" else f"c{sum(k != '?' for k in out) % PALETTE_SIZE}"
    return out


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text inside a paragraph; ``quote`` is the index of the quote covering it, or None.
    ``anchor`` is set on the first piece of each quote, so ``#q<idx>`` links land on it."""

    text: str
    quote: int | None = None
    anchor: bool = False
    mention: int | None = None  # index of the quote whose speaker mention this is


def highlight(ex: Extraction, *, where: str = "body") -> list[list[Piece]]:
    """The article's paragraphs (or its headline) cut into pieces at quote boundaries.

    Nested speech lies inside its enclosing quote; each piece takes the
    innermost quote covering it, so nesting never produces overlapping marks."""
    text = ex.article.text if where == "body" else (ex.article.headline or "")
    quotes = [(i, q) for i, q in enumerate(ex.quotes) if q.where == where]
    cover: list[tuple[int, int, int]] = []  # (start, end, quote index)
    mentions: list[tuple[int, int, int]] = []
    for i, q in quotes:
        for s in q.spans:
            if s.end <= len(text) and s.start < s.end:
                cover.append((s.start, s.end, i))
        if q.speaker is not None and q.speaker.span is not None and q.speaker.span.end <= len(text):
            mentions.append((q.speaker.span.start, q.speaker.span.end, i))
    # A mention inside a quote (nested speech) is not underlined: the quote mark already speaks for it.
    mentions = [m for m in mentions if not any(c[0] < m[1] and m[0] < c[1] for c in cover)]
    paragraphs = ex.article.paragraphs if where == "body" else ()
    bounds = [(p.start, p.end) for p in paragraphs] or [(0, len(text))]
    seen: set[int] = set()
    out = []
    for p_start, p_end in bounds:
        cuts = {p_start, p_end}
        for s, e, _ in cover + mentions:
            if s < p_end and p_start < e:
                cuts.update((max(s, p_start), min(e, p_end)))
        edges = sorted(cuts)
        pieces: list[Piece] = []
        for a, b in zip(edges, edges[1:]):
            inside = [c for c in cover if c[0] <= a and b <= c[1]]
            quote = min(inside, key=lambda c: c[1] - c[0])[2] if inside else None
            mention = next((m[2] for m in mentions if m[0] <= a and b <= m[1]), None)
            anchor = quote is not None and quote not in seen
            if quote is not None:
                seen.add(quote)
            prev = pieces[-1] if pieces else None
            if prev is not None and prev.quote == quote and prev.mention == mention and not anchor:
                pieces[-1] = Piece(prev.text + text[a:b], quote, prev.anchor, mention)
            else:
                pieces.append(Piece(text[a:b], quote, anchor, mention))
        out.append(pieces)
    return out


def timeline(months: list[tuple[str, int]], *, width: int = 720, height: int = 180) -> dict[str, Any]:
    """Bar geometry for quotes per month: bars, y-axis ticks and the year labels under the axis."""
    left, bottom, top = 36, 24, 10
    plot_w, plot_h = width - left - 8, height - bottom - top
    peak = max((n for _, n in months), default=0) or 1
    step = plot_w / max(len(months), 1)
    bar_w = min(max(step * 0.8, 1.0), 48.0)  # a few months should not look like a wall
    bars, labels = [], []
    every_month = len(months) <= 18  # short spans name each month; long ones only the years
    for k, (month, n) in enumerate(months):
        h = plot_h * n / peak
        x = left + k * step + (step - bar_w) / 2
        bars.append({"x": round(x, 1), "y": round(top + plot_h - h, 1), "w": round(bar_w, 1), "h": round(h, 1),
                     "month": month, "n": n})
        new_year = k == 0 or month.endswith("-01")
        if every_month:
            name = _MONTHS[int(month[5:]) - 1] + (f" {month[:4]}" if new_year else "")
            labels.append({"x": round(left + k * step + step / 2, 1), "label": name, "anchor": "middle"})
        elif new_year:
            labels.append({"x": round(left + k * step, 1), "label": month[:4], "anchor": "start"})
    ticks = [0, peak] if peak < 4 or peak % 2 else [0, peak // 2, peak]
    return {
        "width": width, "height": height, "left": left, "top": top, "base": top + plot_h, "right": width - 8,
        "bars": bars, "labels": labels,
        "ticks": [{"y": round(top + plot_h - plot_h * t / peak, 1), "label": t} for t in ticks],
    }


def diff_pieces(ops: list[list[Any]]) -> list[tuple[str, str]]:
    """A variant's diff ops ([tag, reference words, variant words]) as (kind, text) runs: same, del, ins.

    Reordered stretches are shown as one replacement (``across.diff.readable_ops``), never
    as a struck word that both wordings share."""
    from ..across.diff import readable_ops

    out: list[tuple[str, str]] = []
    for tag, removed, added in readable_ops([(tag, tuple(r), tuple(v)) for tag, r, v in ops]):
        if tag == "equal":
            out.append(("same", " ".join(removed)))
            continue
        if removed:
            out.append(("del", " ".join(removed)))
        if added:
            out.append(("ins", " ".join(added)))
    return out
