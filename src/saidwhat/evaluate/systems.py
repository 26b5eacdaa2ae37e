"""The systems the evaluation runs, each turned into scorer Items.

* ``saidwhat``: ``saidwhat.extract.extract_many``. Only body quotes are
  scored (``where == "body"``; the PolNeAR articles have no separate
  headline, so this drops nothing there); quotes of kind ``nested`` are
  left out because PolNeAR is univocal: speech reported inside a quote is
  part of the outer quote's content, never a separate attribution. A
  quoted paragraph with no cue after a closed quote, which the extractor
  gives as a quote of its own (``assembly:carried-paragraph``, the speaker
  gold's carry-over), is scored as a piece of the quote it carries over:
  PolNeAR's annotators join the two (on train, 40 of the 64 such paragraphs
  are one attribution with the quote before, 16 apart, 8 not annotated).
* ``textacy``: spaCy's ``en_core_web_sm`` with
  ``textacy.extract.triples.direct_quotations``, the baseline the issue
  asks to beat. textacy is an optional dependency (the ``compare`` extra).

Both sides' kinds come from rules.quote_kind, the rule the gold gets, not
from the extractor's own label. PolNeAR's content spans include the
quotation marks; an extractor may leave them outside its spans, so a
prediction is read one character wider on each side (``_widened``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..errors import ConfigError
from ..models import Article, Quote, QuoteKind, Span
from .rules import is_speech_cue, quote_kind
from .score import Item

__all__ = ["SYSTEMS", "Prediction", "item_from_quote", "predict_saidwhat", "predict_textacy"]


@dataclass(frozen=True, slots=True)
class Prediction:
    """A scored prediction, kept with what error analysis shows about it."""

    item: Item
    cue: str = ""
    speaker_text: str = ""
    rules: tuple[str, ...] = ()  # the rules that made it (saidwhat only)
    confidence: float = 0.5
    speaker_type: str = ""  # "person", "org", "group", "document" or empty (saidwhat only)


@dataclass(frozen=True, slots=True)
class SystemOutput:
    """One article's predictions by one system; ``failed`` holds the error of a system that raised."""

    predictions: tuple[Prediction, ...]
    failed: str | None = None


def _widened(spans: tuple[Span, ...], text: str) -> str:
    """The content with one more character on each side, to see marks just outside the spans."""
    start, end = max(0, spans[0].start - 1), min(len(text), spans[-1].end + 1)
    inner = " ".join(s.of(text) for s in spans)
    head, tail = text[start : spans[0].start], text[spans[-1].end : end]
    return _mark_only(head) + inner + _mark_only(tail)


def _mark_only(ch: str) -> str:
    return ch if ch and not ch.isalnum() and not ch.isspace() else ""  # a mark, never a letter


def item_from_quote(quote: Quote, text: str) -> Prediction | None:
    """The scorer's view of a saidwhat Quote, or None when it is not scored (headline, nested)."""
    if quote.where != "body" or quote.kind == QuoteKind.NESTED or not quote.spans:
        return None
    spans = tuple(sorted(quote.spans))
    kind = quote_kind(_widened(spans, text))
    cue = quote.cue.text if quote.cue else ""
    speaker = (quote.speaker.span,) if quote.speaker and quote.speaker.span else ()
    name = (quote.speaker.name or "") if quote.speaker else ""
    cue_spans = (quote.cue.span,) if quote.cue and quote.cue.span else ()
    item = Item(
        spans=spans,
        speaker=speaker,
        kind=kind,
        speech=kind != "indirect" or is_speech_cue(cue),
        speaker_name=name,
        cue=cue_spans,
    )
    mention = quote.speaker.mention if quote.speaker else ""
    kind_of_speaker = (quote.speaker.type or "") if quote.speaker else ""
    return Prediction(
        item, cue=cue, speaker_text=mention, rules=quote.rules, confidence=quote.confidence,
        speaker_type=kind_of_speaker,
    )


# the rules of carried-over quoted words the extractor keeps apart (extract/assemble.py): a next
# paragraph's, and one after the writer's own sentences in the same paragraph
_CARRIED = ("assembly:carried-paragraph", "assembly:carried-after-narrative")


def _carried_paragraphs_joined(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes as PolNeAR annotates them: each carried-over paragraph joined, as a last piece, to the
    nearest quote before it with its speaker (the one whose turn it goes on), with that paragraph's
    rules the carrier lacks, as the extractor joined them before it kept them apart."""
    kept: list[Quote] = []
    for q in quotes:
        carrier = next(
            (i for i in range(len(kept) - 1, -1, -1)
             if kept[i].kind != QuoteKind.NESTED and kept[i].speaker == q.speaker),
            None,
        ) if any(r in q.rules for r in _CARRIED) else None
        if carrier is None:
            kept.append(q)
            continue
        first = kept[carrier]
        added = tuple(r for r in q.rules if r not in first.rules and r not in ("assembly:uncued", *_CARRIED))
        kept[carrier] = dataclasses.replace(first, spans=first.spans + q.spans, rules=(*first.rules, *added))
    return kept


def predict_saidwhat(articles: Sequence[Article], *, nlp=None) -> Iterator[SystemOutput]:
    from ..extract import extract_many  # spaCy loads only when a run asks for it

    for extraction in extract_many(articles, nlp=nlp):
        text = extraction.article.text
        preds = (item_from_quote(q, text) for q in _carried_paragraphs_joined(extraction.quotes))
        yield SystemOutput(tuple(p for p in preds if p is not None))


def _token_span(tokens: Iterable) -> tuple[Span, ...]:
    tokens = list(tokens)
    if not tokens:
        return ()
    return (Span(min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)),)


def predict_textacy(articles: Sequence[Article], *, nlp=None) -> Iterator[SystemOutput]:
    """textacy's direct quotations as predictions; an article on which it raises gets none."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:
        raise ConfigError(
            "--compare textacy needs the optional dependency textacy: pip install 'saidwhat[compare]'"
        ) from exc
    if nlp is None:
        from ..extract.nlp import load_pipeline

        nlp = load_pipeline()
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        try:
            triples = list(direct_quotations(doc))
        except Exception as exc:  # textacy raises ValueError on unbalanced quote marks, and worse on odd parses
            yield SystemOutput((), failed=f"{type(exc).__name__}: {exc}")
            continue
        preds = []
        for speaker, cue, content in triples:
            spans = (Span(content.start_char, content.end_char),)
            kind = quote_kind(content.text)
            cue_text = " ".join(t.text for t in cue)
            item = Item(
                spans=spans,
                speaker=_token_span(speaker),
                kind=kind,
                speech=kind != "indirect" or is_speech_cue(cue_text),
            )
            preds.append(Prediction(item, cue=cue_text, speaker_text=" ".join(t.text for t in speaker)))
        yield SystemOutput(tuple(preds))


SYSTEMS = {"saidwhat": predict_saidwhat, "textacy": predict_textacy}
