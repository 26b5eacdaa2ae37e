"""Error analysis: every miss, false alarm, boundary error and wrong speaker of a run,
with its context, grouped by the pattern that most likely explains it.

The groups are chosen for someone writing extraction rules: a miss is
grouped by its kind, by whether its cue reports speech or a thought, and by
the order of source, cue and content ("content, cue, source" is the
"..., said Trump" shape); a false alarm by its kind, whether it named a
speaker, and whether it splits a gold quote already matched by another
prediction; a wrong speaker by what each side named (nothing, a pronoun,
a name, or a mention inside the quoted words themselves). Within a group the most frequent cues are counted.

In the context lines gold content is «…» and gold source ⟨…⟩; predicted
content is ⟦…⟧ and the predicted speaker {…}.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..models import Span
from .gold import GoldDoc
from .score import DocScore
from .systems import Prediction

__all__ = ["ErrorCase", "ErrorGroup", "analyse_errors", "PRONOUNS"]

# Mentions that name nobody by themselves: the coreference cases.
PRONOUNS = frozenset(
    "he she they it we i you him her them us me his its their our this that who which "
    "the spokesman the spokeswoman the campaign the official officials".split()
)

CONTEXT_CHARS = 100  # shown on each side of the spans involved
MAX_CONTEXT = 700  # longer contexts are cut in the middle


@dataclass(frozen=True, slots=True)
class ErrorCase:
    doc: str
    gold_id: str  # the annotation id, "" for a false alarm
    context: str
    cue: str  # the cue that the fine count groups by
    detail: str = ""


@dataclass
class ErrorGroup:
    type: str  # "miss", "false alarm", "boundary", "wrong speaker"
    pattern: str
    cases: list[ErrorCase] = field(default_factory=list)

    @property
    def cue_counts(self) -> list[tuple[str, int]]:
        return Counter(c.cue for c in self.cases).most_common()


def _text(spans: Iterable[Span], text: str) -> str:
    return " ".join(" ".join(s.of(text).split()) for s in spans)


def render_context(text: str, marks: Sequence[tuple[Sequence[Span], str, str]]) -> str:
    """``text`` around the marked spans, with each (spans, open, close) marker inserted."""
    spans = [s for group, _, _ in marks for s in group]
    if not spans:
        return ""
    lo = max(0, min(s.start for s in spans) - CONTEXT_CHARS)
    hi = min(len(text), max(s.end for s in spans) + CONTEXT_CHARS)
    # Snap the window to word boundaries so it does not start mid-word.
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    inserts: list[tuple[int, int, str]] = []  # (offset, order, marker): closers before openers at one offset
    for group, opener, closer in marks:
        for s in group:
            inserts.append((s.start, 1, opener))
            inserts.append((s.end, 0, closer))
    inserts.sort()
    out, pos = [], lo
    for offset, _, marker in inserts:
        offset = min(max(offset, lo), hi)
        out.append(text[pos:offset])
        out.append(marker)
        pos = offset
    out.append(text[pos:hi])
    shown = " ".join("".join(out).split())
    if len(shown) > MAX_CONTEXT:
        half = MAX_CONTEXT // 2
        shown = shown[:half] + " … " + shown[-half:]
    return ("… " if lo > 0 else "") + shown + (" …" if hi < len(text) else "")


def _who(mention: str) -> str:
    if not mention.strip():
        return "nothing"
    return "a pronoun" if " ".join(mention.lower().split()) in PRONOUNS else "a name"


def _order(gold) -> str:
    """The surface order of source, cue and content, e.g. "source, cue, content"."""
    parts = [("content", gold.spans[0].start)]
    if gold.speaker:
        parts.append(("source", gold.speaker[0].start))
    if gold.cue:
        parts.append(("cue", gold.cue[0].start))
    return ", ".join(name for name, _ in sorted(parts, key=lambda p: p[1]))


def _norm_cue(cue: str) -> str:
    words = cue.lower().split()
    return " ".join(words[:3]) + (" …" if len(words) > 3 else "") if words else "(none)"


def analyse_errors(
    docs: Sequence[GoldDoc], predictions: Sequence[Sequence[Prediction]], scores: Sequence[DocScore]
) -> list[ErrorGroup]:
    """Every error of a run, grouped; groups sorted by size, largest first."""
    groups: dict[tuple[str, str], ErrorGroup] = {}

    def add(kind: str, pattern: str, case: ErrorCase) -> None:
        groups.setdefault((kind, pattern), ErrorGroup(kind, pattern)).cases.append(case)

    for doc, preds, score in zip(docs, predictions, scores):
        text = doc.article.text
        for gi, gold in enumerate(doc.quotes):
            pair = score.by_gold.get(gi)
            gold_marks = [(gold.spans, "«", "»"), (gold.speaker, "⟨", "⟩")]
            cue = _norm_cue(_text(gold.cue, text))
            if pair is None:
                thought = "speech cue" if gold.speech else "thought/evidence cue"
                pattern = f"{gold.kind}, {thought}, {_order(gold)}"
                add("miss", pattern, ErrorCase(doc.article.id, gold.id, render_context(text, gold_marks), cue))
                continue
            pred = preds[pair.pred]
            pred_marks = [(pred.item.spans, "⟦", "⟧"), (pred.item.speaker, "{", "}")]
            context = render_context(text, gold_marks + pred_marks)
            if not pair.at("partial"):
                g_len = sum(len(s) for s in gold.spans)
                p_len = sum(len(s) for s in pred.item.spans)
                shape = (
                    "prediction too short"
                    if p_len < g_len / 2
                    else "prediction too long"
                    if p_len > 2 * g_len
                    else "shifted"
                )
                add(
                    "boundary",
                    f"{gold.kind}, {shape}",
                    ErrorCase(doc.article.id, gold.id, context, cue, f"Dice {pair.dice:.2f}"),
                )
            elif not pair.speaker_ok:
                gold_src = _text(gold.speaker, text)
                pattern = f"predicted {_who(pred.speaker_text)}, gold {_who(gold_src)}"
                if any(c.contains(sp) for c in gold.spans for sp in pred.item.speaker):
                    # a speaker found inside the quoted words: an attribution rule read the quote itself
                    pattern = f"predicted a mention inside the quote, gold {_who(gold_src)}"
                detail = f"predicted {pred.speaker_text or '-'!r} vs gold {gold_src or '-'!r}"
                add("wrong speaker", pattern, ErrorCase(doc.article.id, gold.id, context, cue, detail))
        for pi, pred in enumerate(preds):
            if pi in score.by_pred:
                continue
            covered = [
                g for g in doc.quotes if any(gs.overlaps(ps) for gs in g.spans for ps in pred.item.spans)
            ]
            where = "splits or repeats a matched gold quote" if covered else "no gold quote there"
            spoke = "with a speaker" if pred.item.speaker else "no speaker"
            pattern = f"{pred.item.kind}, {spoke}, {where}"
            marks = [(pred.item.spans, "⟦", "⟧"), (pred.item.speaker, "{", "}")]
            for g in covered[:1]:
                marks += [(g.spans, "«", "»"), (g.speaker, "⟨", "⟩")]
            add("false alarm", pattern, ErrorCase(doc.article.id, "", render_context(text, marks), _norm_cue(pred.cue)))
    order = {"miss": 0, "boundary": 1, "wrong speaker": 2, "false alarm": 3}
    return sorted(groups.values(), key=lambda g: (order[g.type], -len(g.cases), g.pattern))
