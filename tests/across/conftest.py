"""Builders for hand-made extractions shaped like wire copy, and a store on disk."""

from __future__ import annotations

from datetime import datetime

import pytest

from saidwhat.models import Article, Cue, Extraction, Quote, QuoteKind, Span, Speaker


def make_wire(
    aid: str,
    outlet: str,
    day: str,
    quotes: list[tuple[str, str]],
    *,
    headline: str | None = None,
    kind: QuoteKind = QuoteKind.DIRECT,
    lead: str = "",
) -> Extraction:
    """An article whose body is one paragraph per quote: “words,” Speaker said on Tuesday.
    ``quotes``: (words, speaker mention)."""
    spans = []
    text = lead + ("\n\n" if lead else "")
    for words, mention in quotes:
        start = len(text) + 1
        text += f"\u201c{words},\u201d {mention} said.\n\n"
        spans.append((start, start + len(words), mention))
    qs = tuple(
        Quote(
            text[s:e], (Span(s, e),), kind,
            cue=Cue("said", Span(e + 4 + len(m), e + 8 + len(m))),
            speaker=Speaker(m, Span(e + 3, e + 3 + len(m))),
        )
        for s, e, m in spans
    )
    art = Article(aid, text.strip() + "\n", headline=headline, url=f"https://{outlet}.example/{aid}",
                  outlet=outlet, published=datetime.fromisoformat(day))
    return Extraction(art, qs)


@pytest.fixture
def store(tmp_path):
    from saidwhat.store import Store

    with Store.open(tmp_path / "across.db") as st:
        yield st


@pytest.fixture
def wire():
    return make_wire


FARMERS_DEAL = "We will not accept a deal that sacrifices our farmers"


def farmers_deal_wires(wire) -> list[Extraction]:
    """One remark in three outlets: verbatim, reworded by an unnamed "minister", and quoted in full
    with its reworded second sentence, so linking the third article joins the first two statements."""
    return [
        wire("c1", "eastgate", "2025-06-10T08:00", [(FARMERS_DEAL, "Ms Dubois")]),
        wire("c2", "capital", "2025-06-10T09:00", [("We won't accept an agreement that sacrifices our farmers",
                                                    "the minister")]),
        wire("c3", "brief", "2025-06-10T10:00", [(f"{FARMERS_DEAL}. We will not accept an agreement that sacrifices"
                                                  " our farmers", "Claire Dubois")]),
    ]
