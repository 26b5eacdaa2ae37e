"""The named entities inside quotes: spaCy's recogniser run over the quotes' own text.

Owns the entity pass of ``extract_many(..., entities=True)``; reads the drafted
quotes and fills ``Quote.entities`` and nothing else (quotes, speakers and spans
are left as assembly made them).

Only names are kept (``ENTITY_LABELS``), and a name holds a capital letter, so
the recogniser runs only over windows of each quote around its capitalised
tokens ('I' and a stop word capitalised by the start of a sentence do not
count) instead of over the whole quote; a quote without a capital is skipped
and a window text seen twice in a batch is recognised once.

Why the windows give the same names: ``en_core_web_sm``'s recogniser has its
own tok2vec (window 1, depth 4: each token sees ±4 tokens) and its transitions
look at the current token, the open entity's first token and the one before.
A window reaching ``MARGIN`` = 4 tokens past each capital gives every capital
the vector it has in the whole quote. Windows begin and end at a space, so
their text splits into the same tokens.

Measured on the 2,225 BBC articles:
- against the whole-quote pass, a margin of 8: 11,111 of 11,148 entities
  identical (99.67%), every entity holding a capital identical; the rest were
  lowercase tags of the small model ('200bn' PERSON, 'grey areas' ORG). The
  pass took 32.4 s before and 13.8 s after.
- a margin of 4 against 8: the same 10,718 entities holding a capital, in
  8.4 s instead of 11.5 s; a margin of 3 changed 49. The lowercase tags
  moved with the margin ('slam' ORG, 'verdict' PERSON), and are no names,
  so an entity without a capital letter is dropped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..models import Article, Entity, Quote, Span
from .lexicon import LEXICON

__all__ = ["ENTITY_LABELS", "MARGIN", "add_entities"]

ENTITY_LABELS = frozenset(LEXICON.entity_labels)

# Tokens kept on each side of a capitalised token: the tok2vec's reach, so that
# a capital sees its real context (see the module docstring for the measurement).
MARGIN = 4

# A title-case stop word right after one of these is capitalised by the sentence, not by a name.
_SENTENCE_ENDS = frozenset({".", "!", "?", "...", "…", ":"})

Draft = tuple[Article, Sequence[Quote]]


def add_entities(drafts: Sequence[Draft], nlp) -> list[Draft]:
    """The drafts with each quote's named entities, offsets into its article's text (or headline)."""
    if "ner" not in nlp.pipe_names:
        return list(drafts)
    # imported here: spaCy loads with the pipeline, not when saidwhat is imported
    from spacy.attrs import IDX, IS_STOP, IS_TITLE, LOWER, ORTH, SPACY

    attrs = [ORTH, LOWER, IDX, SPACY, IS_TITLE, IS_STOP]
    jobs: list[tuple[int, int, int, str]] = []  # (draft, quote, where the window starts, its text)
    for di, (article, quotes) in enumerate(drafts):
        for qi, q in enumerate(quotes):
            source = article.headline if q.where == "headline" else article.text
            for span in q.spans:
                text = source[span.start : span.end]
                if text.lower() == text:  # no capital, no name
                    continue
                for start, end in _windows(nlp.make_doc(text), attrs):
                    jobs.append((di, qi, span.start + start, text[start:end]))
    texts = list(dict.fromkeys(j[3] for j in jobs))  # a repeated window is recognised once
    off = [name for name in nlp.pipe_names if name != "ner"]
    ents = {
        text: [
            (e.text, e.label_, e.start_char, e.end_char)
            for e in doc.ents
            if e.label_ in ENTITY_LABELS and e.text.lower() != e.text  # a name holds a capital
        ]
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=256, disable=off))
    }
    found: dict[tuple[int, int], list[Entity]] = {}
    for di, qi, base, text in jobs:
        if ents[text]:
            found.setdefault((di, qi), []).extend(
                Entity(t, label, Span(base + s, base + e)) for t, label, s, e in ents[text]
            )
    return [
        (article, tuple(_with(q, found.get((di, qi), ())) for qi, q in enumerate(quotes)))
        for di, (article, quotes) in enumerate(drafts)
    ]


def _with(quote: Quote, entities) -> Quote:
    return dataclasses.replace(quote, entities=tuple(entities))


def _windows(doc, attrs) -> list[tuple[int, int]]:
    """Character ranges of ``doc`` around its name-like tokens, overlapping ones merged.

    A window begins and ends at a space, so that its text splits into the same
    tokens as they had in the whole quote.
    """
    arr = doc.to_array(attrs)  # ORTH, LOWER, IDX, SPACY, IS_TITLE, IS_STOP
    starts, spaced = arr[:, 2].tolist(), arr[:, 3].tolist()
    n = len(starts)
    merged: list[list[int]] = []
    for i in (arr[:, 0] != arr[:, 1]).nonzero()[0].tolist():  # ORTH != LOWER: a capital letter
        if arr[i, 4] and arr[i, 5] and (doc[i].text == "I" or _starts_sentence(doc, i)):
            continue  # 'I', or 'We' / 'The' / 'But' capitalised only by the sentence
        a, b = max(0, i - MARGIN), min(n, i + MARGIN + 1)
        while a > 0 and not spaced[a - 1]:
            a -= 1
        while b < n and not spaced[b - 1]:
            b += 1
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(b, merged[-1][1])
        else:
            merged.append([a, b])
    return [(starts[a], starts[b - 1] + len(doc[b - 1])) for a, b in merged]


def _starts_sentence(doc, i: int) -> bool:
    while i > 0:
        i -= 1
        token = doc[i]
        if not (token.is_space or token.is_left_punct or token.is_quote):
            return token.text in _SENTENCE_ENDS
    return True
