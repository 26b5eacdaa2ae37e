"""Helpers of the store reliability tests: a store's contents by natural keys, hand-made extractions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from saidwhat.models import Article, Cue, Extraction, Quote, QuoteKind, Span, Speaker

# Tables whose rows must survive everything, keyed without rowids or ingest times.
CONTENT_SQL = {
    "articles": "SELECT id, url, canonical_url, content_hash, outlet, headline, published, language, author,"
                " text, paragraphs, source FROM articles",
    "quotes": 'SELECT q.article_id, q.idx, q.text, q.spans, q.kind, q."where", q.cue, q.cue_start, q.cue_end,'
              " q.speaker_mention, q.speaker_name, q.speaker_type, s.name, q.confidence, q.parent, q.spoken_on"
              " FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id",
    "speakers": "SELECT name, type FROM speakers",
    "entities": "SELECT q.article_id, q.idx, e.n, e.text, e.label, e.start, e.\"end\" FROM entities e"
                " JOIN quotes q ON q.id = e.quote_id",
    "figures": "SELECT q.article_id, q.idx, f.n, f.text, f.value, f.unit FROM figures f"
               " JOIN quotes q ON q.id = f.quote_id",
}


def contents(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {name: sorted(conn.execute(sql).fetchall(), key=repr) for name, sql in CONTENT_SQL.items()}
    finally:
        conn.close()


def healthy(path: Path) -> None:
    """SQLite's and FTS5's own integrity checks pass, and every quote is indexed once."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO quote_fts(quote_fts) VALUES('integrity-check')")
        assert conn.execute("SELECT count(*) FROM quotes").fetchone() == conn.execute(
            "SELECT count(*) FROM quote_fts").fetchone()
    finally:
        conn.close()


def hostile_extraction(n: int, payload: str) -> Extraction:
    """An article whose every field carries ``payload``, with one quote and speaker carrying it too."""
    said = f'"{payload}," said {payload} Smith.'
    body = f"Report {n}.\n\n{said}\n\nEnd of report {n}."
    start = body.index(payload)
    spk = body.index(f"{payload} Smith")
    cue = body.index("said")
    quote = Quote(
        text=payload, spans=(Span(start, start + len(payload)),), kind=QuoteKind.DIRECT,
        cue=Cue("said", Span(cue, cue + 4)),
        speaker=Speaker(f"{payload} Smith", Span(spk, spk + len(payload) + 6), f"{payload} Smith", "person"),
        confidence=0.9,
    )
    article = Article(id=f"h{n}", text=body, headline=f"{payload} headline", url=f"https://example.com/{n}?q={payload}",
                      outlet=payload, author=payload, source=payload)
    return Extraction(article, (quote,))
