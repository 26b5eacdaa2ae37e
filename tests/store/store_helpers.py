"""Helpers of the store tests: hand-made extractions, dumps of a store by natural keys."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from saidwhat.models import Article, Cue, Entity, Extraction, Figure, Quote, QuoteKind, Span, Speaker

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not found at {path} (the ../shared folder beside the repo)")
    return path


def _quote(text: str, body: str, speaker: str, name: str | None, kind=QuoteKind.DIRECT, **extra) -> Quote:
    """A quote located in ``body`` by searching for its words and its speaker's mention."""
    start = body.index(text)
    spk = body.index(speaker)
    cue = body.index("said") if "said" in body else None
    return Quote(
        text=text,
        spans=(Span(start, start + len(text)),),
        kind=kind,
        cue=Cue("said", Span(cue, cue + 4)) if cue is not None else None,
        speaker=Speaker(speaker, Span(spk, spk + len(speaker)), name, "person" if name else None),
        confidence=0.9,
        **extra,
    )


def make_extraction(n: int = 0, *, url: str | None = "auto", outlet: str = "Example News",
                    published: datetime | None | str = "auto", speaker: str = "Jens Stoltenberg") -> Extraction:
    """Article ``n`` with two quotes by ``speaker``: one with entities and a figure, one indirect."""
    surname = speaker.split()[-1]
    body = (
        f"{speaker} said on Thursday: \"We must deliver more air defence to Ukraine, number {n}.\"\n\n"
        f"{surname} said allies had given 2.4 billion euros and that the alliance would not waver."
    )
    q1_text = f"We must deliver more air defence to Ukraine, number {n}."
    q2_text = "allies had given 2.4 billion euros and that the alliance would not waver"
    ukraine = body.index("Ukraine")
    money = body.index("2.4 billion euros")
    q1 = _quote(q1_text, body, speaker, speaker, entities=(Entity("Ukraine", "GPE", Span(ukraine, ukraine + 7)),),
                spoken_on=date(2024, 9, 19))
    q2 = _quote(q2_text, body, surname, speaker, kind=QuoteKind.INDIRECT,
                figures=(Figure("2.4 billion euros", 2.4e9, Span(money, money + 17), "EUR"),))
    if published == "auto":
        published = datetime(2024, 9, 1, 12, 0, tzinfo=UTC) + timedelta(days=n)
    article = Article(
        id=f"a{n}",
        text=body,
        headline=f"{surname} urges allies to send air defence ({n})",
        url=f"https://example.com/news/{n}" if url == "auto" else url,
        outlet=outlet,
        published=published,
        author="A. Reporter",
        source=f"test-{n}",
    )
    return Extraction(article, (q1, q2))


def fts_ok(path: Path) -> bool:
    """FTS5's own integrity check, and one index row per quote."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO quote_fts(quote_fts) VALUES('integrity-check')")
        quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM quote_fts").fetchone()[0]
        joined = conn.execute("SELECT count(*) FROM quote_fts JOIN quotes ON quotes.id = quote_fts.rowid").fetchone()[0]
        return quotes == indexed == joined
    finally:
        conn.close()


def dump(path: Path) -> dict[str, list[tuple]]:
    """Everything a store holds, by natural keys (no rowids, no ingest times), sorted.

    Two stores that hold the same articles, quotes, speakers, entities and
    figures dump equal whatever order the rows were written in.
    """
    conn = sqlite3.connect(path)
    try:
        return {
            "articles": sorted(conn.execute(
                "SELECT id, url, canonical_url, content_hash, outlet, headline, published, published_utc,"
                " language, author, text, paragraphs, source FROM articles").fetchall()),
            "quotes": sorted(conn.execute(
                'SELECT q.article_id, q.idx, q.text, q.spans, q.kind, q."where", q.cue, q.cue_start, q.cue_end,'
                " q.speaker_mention, q.speaker_start, q.speaker_end, q.speaker_name, q.speaker_type, s.name,"
                " q.confidence, q.parent, q.spoken_on FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id"
            ).fetchall(), key=repr),
            "speakers": sorted(conn.execute("SELECT name, type FROM speakers").fetchall(), key=repr),
            "mentions": sorted(conn.execute(
                'SELECT s.name, m.article_id, q.idx, m.mention, m.start, m."end" FROM speaker_mentions m'
                " JOIN speakers s ON s.id = m.speaker_id JOIN quotes q ON q.id = m.quote_id").fetchall(), key=repr),
            "entities": sorted(conn.execute(
                'SELECT q.article_id, q.idx, e.n, e.text, e.label, e.start, e."end" FROM entities e'
                " JOIN quotes q ON q.id = e.quote_id").fetchall(), key=repr),
            "figures": sorted(conn.execute(
                'SELECT q.article_id, q.idx, f.n, f.text, f.value, f.unit, f.start, f."end" FROM figures f'
                " JOIN quotes q ON q.id = f.quote_id").fetchall(), key=repr),
        }
    finally:
        conn.close()
