"""Flags for fact-checkers, each with its evidence.

Owns three checks, all pure:
- ``altered_flags``: a quote whose wording changes the meaning-bearing words
  of its statement's most common wording (negation, figure, name, inserted or
  swapped words) — never for trimming, punctuation, case or quote-mark style;
- ``recycled_flags``: an article presents a statement first seen more than
  ``days`` before the article's date;
- ``headline_flags``: a headline attributes words to a speaker and the body's
  direct quotes by that speaker do not carry them; each clause of the headline
  is "supported by a direct quote", "supported only by the reporter's
  paraphrase" or "not found".
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..models import Extraction, QuoteKind
from .diff import classify, meaningful, render, word_diff
from .speakers import Resolution, SpeakerLinker
from .statements import StatementView
from .text import normalize, words

__all__ = ["Flag", "altered_flags", "headline_flags", "recycled_flags", "split_clauses"]

DIRECT = "supported by a direct quote"
PARAPHRASE = "supported only by the reporter's paraphrase"
NOT_FOUND = "not found"
FOUND_SHARE = 0.8  # share of a clause's words that must appear, in order, in the supporting text


@dataclass(frozen=True)
class Flag:
    kind: str  # "altered", "recycled", "headline"
    article_id: str
    evidence: dict[str, Any] = field(default_factory=dict)
    quote: str | None = None  # the member key (store: quote row id)
    statement: str | None = None
    day: date | None = None  # the flagged article's date


# --- altered -------------------------------------------------------------------------


def altered_flags(view: StatementView) -> list[Flag]:
    """One flag per quote whose wording alters the statement's reference wording."""
    flags = []
    for member in view.members:
        if normalize(member.text) == view.wording:
            continue
        d = word_diff(view.text, member.text)
        changes = meaningful(classify(d, member.text))
        if not changes:
            continue
        flags.append(Flag(
            "altered", member.article_id, quote=member.quote, statement=view.id, day=member.day,
            evidence={
                "reference": view.text, "variant": member.text, "diff": render(d),
                "changes": [{"kind": c.kind, "removed": list(c.removed), "added": list(c.added)} for c in changes],
                "outlet": member.outlet, "url": member.url,
                "reference_count": sum(normalize(m.text) == view.wording for m in view.members),
            },
        ))
    return flags


# --- recycled ------------------------------------------------------------------------


def recycled_flags(view: StatementView, days: int = 30) -> list[Flag]:
    """One flag per article presenting the statement more than ``days`` after its first appearance."""
    first_day = view.first_day()
    if first_day is None:
        return []
    first = next((m for m in view.members if m.day == first_day or m.spoken_on == first_day), view.first)
    flags, seen = [], set()
    for m in view.members:
        if m.day is None or m.article_id in seen or m.article_id == first.article_id:
            continue
        gap = (m.day - first_day).days
        if gap > days:
            seen.add(m.article_id)
            flags.append(Flag(
                "recycled", m.article_id, quote=m.quote, statement=view.id, day=m.day,
                evidence={
                    "first_seen": first_day.isoformat(), "first_outlet": first.outlet, "first_url": first.url,
                    "first_article": first.article_id, "days": gap, "threshold_days": days,
                    "text": m.text, "outlet": m.outlet,
                },
            ))
    return flags


# --- headline ------------------------------------------------------------------------

_CLAUSE_SPLIT = re.compile(r"\s*[,;:]\s+|\s+[-\u2013\u2014]\s+")
_QUOTED = re.compile(r"[\"\u201c\u201e\u00ab]([^\"\u201c\u201d\u201e\u00ab\u00bb]+)[\"\u201d\u00bb]")


def split_clauses(text: str) -> list[str]:
    """A headline statement cut at commas, semicolons, colons and dashes; pieces
    of fewer than three words stay with the one before them."""
    clauses: list[str] = []
    for piece in _CLAUSE_SPLIT.split(text.strip().strip("\"'\u201c\u201d\u2018\u2019")):
        piece = piece.strip(" .\"'\u201c\u201d\u2018\u2019")
        if not piece:
            continue
        if clauses and len(words(piece)) < 3:
            clauses[-1] += ", " + piece
        else:
            clauses.append(piece)
    return clauses


def _found(clause: list[str], text: str) -> tuple[float, str]:
    """Share of the clause's words found in order in ``text``, and the stretch found."""
    hay_tokens = text.split()
    hay = [normalize(t) for t in hay_tokens]
    if not clause or not hay:
        return 0.0, ""
    # Compare word lists; a clause may be spread over punctuation the tokens ignore.
    flat: list[str] = []
    owner: list[int] = []
    for k, h in enumerate(hay):
        for w in h.split():
            flat.append(w)
            owner.append(k)
    sm = difflib.SequenceMatcher(None, clause, flat, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    matched = sum(b.size for b in blocks if b.size >= 2 or len(clause) < 4)
    if not blocks:
        return 0.0, ""
    lo, hi = owner[blocks[0].b], owner[blocks[-1].b + blocks[-1].size - 1]
    return matched / len(clause), " ".join(hay_tokens[lo : hi + 1])


def _headline_statements(ex: Extraction, resolutions: Sequence[Resolution | None]):
    """(headline words, speaker mention, speaker id) the headline attributes."""
    out = []
    for q, r in zip(ex.quotes, resolutions):
        if q.where == "headline" or q.kind == QuoteKind.HEADLINE:
            out.append((q.text, q.speaker.mention if q.speaker else None, r.speaker_id if r else None))
    # Only what the extractor read as a headline quote (extract/headline.py): a second,
    # looser reading here took "FIFA World Cup 2018 day five: ..." for "Speaker: words".
    return out


def headline_flags(ex: Extraction, resolutions: Sequence[Resolution | None], linker: SpeakerLinker | None = None) -> list[Flag]:
    """A flag when a headline's attributed words are not all in the body's direct quotes of that speaker."""
    art = ex.article
    flags = []
    for words_text, mention, speaker_id in _headline_statements(ex, resolutions):
        if speaker_id is None and mention and linker is not None:
            # Resolve a headline speaker we parsed ourselves against the body's speakers.
            surname = words(mention)[-1:] if mention else []
            for q, r in zip(ex.quotes, resolutions):
                if r and r.speaker_id and r.name and surname and words(r.name)[-1:] == surname:
                    speaker_id = r.speaker_id
                    break
        same = [
            (q, r) for q, r in zip(ex.quotes, resolutions)
            if q.where == "body" and r is not None and speaker_id is not None and r.speaker_id == speaker_id
        ]
        direct_texts: list[tuple[int, str]] = []
        paraphrase_texts: list[tuple[int, str]] = []
        for q, _ in same:
            idx = ex.quotes.index(q)
            if q.kind in (QuoteKind.DIRECT, QuoteKind.NESTED):
                direct_texts.append((idx, q.text))
            elif q.kind == QuoteKind.MIXED:
                quoted = [m.group(1) for s in q.spans for m in _QUOTED.finditer(s.of(art.text))]
                direct_texts += [(idx, t) for t in quoted]
                paraphrase_texts.append((idx, q.text))
            else:
                paraphrase_texts.append((idx, q.text))
        clauses = []
        for clause in split_clauses(words_text):
            cw = words(clause)
            status, evidence, where = NOT_FOUND, None, None
            # the speaker's direct quotes first, then their reported speech
            for texts, found_status, found_kind in (
                (direct_texts, DIRECT, "direct"),
                (paraphrase_texts, PARAPHRASE, "reported speech"),
            ):
                for idx, text in texts:
                    share, stretch = _found(cw, text)
                    if share >= FOUND_SHARE:
                        status, evidence, where = found_status, stretch, {"quote": idx, "kind": found_kind}
                        break
                if status != NOT_FOUND:
                    break
            if status == NOT_FOUND:
                share, stretch = _found(cw, art.text)
                if share >= FOUND_SHARE:
                    status, evidence, where = PARAPHRASE, stretch, {"kind": "reporter's text"}
            clauses.append({"clause": clause, "support": status, "evidence": evidence, "where": where})
        if all(c["support"] == DIRECT for c in clauses):
            continue
        flags.append(Flag(
            "headline", art.id, day=art.published.date() if art.published else None,
            evidence={
                "headline": art.headline, "attributed": words_text, "speaker": mention, "speaker_id": speaker_id,
                "clauses": clauses,
                "summary": "; ".join(f"{c['clause']!r}: {c['support']}" for c in clauses),
            },
        ))
    return flags
