"""A small multi-article store for the web tests, built on disk once per session.

Wire copy of one statement across five outlets (with an altered and a
recycled copy), articles run through the real extractor (one full of
<script>, onerror= and javascript: payloads), and the seed article when
../shared is present. Linked across articles, then opened read-only by the app.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from saidwhat.models import Article, Cue, Extraction, Quote, QuoteKind, Span, Speaker

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "fixtures" / "seed" / "stoltenberg-2024-09-19.txt"

ORIGINAL = ("We will not abandon Ukraine, and we will deliver 40 more air defence systems before winter, "
            "because air defence is what keeps the lights on in Kyiv")

XSS_TEXT = (
    "Security researcher Mallory Hacker warned the committee on Tuesday about unsafe websites.\n\n"
    "\u201c<script>window.__pwned = 1; alert('xss')</script> is the oldest trick there is,\u201d "
    "Mallory Hacker said. \u201cAn <img src=x onerror=\"window.__pwned = 2; alert('img')\"> tag "
    "still catches sites out,\u201d she added.\n\n"
    "Committee chair Alice Jones said the risk was real. \u201cClick <a href=\"javascript:alert('link')\">here</a> "
    "and javascript:alert(document.cookie) is all it takes,\u201d Jones said.\n\n"
    "The committee will meet again next week."
)
XSS_HEADLINE = "<img src=x onerror=\"window.__pwned=3\">Hacker: <script>alert('h')</script> still works"


def wire(aid: str, outlet: str, day: str, words: str, mention: str, *, headline: str | None = None) -> Extraction:
    """A wire-style article: one paragraph “words,” Mention said. plus a closing line."""
    text = f"\u201c{words},\u201d {mention} said on a visit to the region.\n\nOfficials gave no further details."
    start, end = 1, 1 + len(words)
    m0 = end + 3
    quote = Quote(words, (Span(start, end),), QuoteKind.DIRECT, cue=Cue("said", Span(m0 + len(mention) + 1, m0 + len(mention) + 5)),
                  speaker=Speaker(mention, Span(m0, m0 + len(mention))), confidence=0.9)
    art = Article(aid, text, headline=headline or f"{outlet.upper()}: NATO chief on air defence",
                  url=f"https://{outlet}.example/news/{aid}", outlet=outlet,
                  published=datetime.fromisoformat(day))
    return Extraction(art, (quote,))


def build_store(path: Path, *, nlp=None) -> dict:
    """Write the test store at ``path``; returns what the tests look for in it."""
    from saidwhat.across.link import link
    from saidwhat.extract import extract
    from saidwhat.ingest import read_text_article
    from saidwhat.settings import Settings
    from saidwhat.store import Store
    from saidwhat.store.identity import identify

    wires = [
        wire("w1", "reuters", "2024-09-19T08:00", ORIGINAL, "NATO Secretary General Jens Stoltenberg"),
        wire("w2", "apnews", "2024-09-19T09:00", ORIGINAL, "Stoltenberg"),
        wire("w3", "afp", "2024-09-19T10:00", ORIGINAL, "Jens Stoltenberg"),
        wire("w4", "tabloid", "2024-09-20T10:00", ORIGINAL.replace("We will not abandon", "We will abandon"),
             "Jens Stoltenberg"),
        wire("w5", "dailyblog", "2024-12-01T10:00", ORIGINAL, "Jens Stoltenberg"),  # recycled, months later
    ]
    extracted = [
        Article("xss", XSS_TEXT, headline=XSS_HEADLINE, url="javascript:alert('url')",
                outlet="<b onmouseover=alert(1)>Evil Outlet</b>", published=datetime(2024, 10, 2, 12, 0)),
    ]
    if SEED.is_file():
        extracted.append(read_text_article(SEED.read_text(encoding="utf-8"), source=str(SEED)))
    with Store.open(path) as store:
        for ex in wires:
            store.add(ex)
        for art in extracted:
            store.add(extract(art, nlp=nlp))
        link(store, Settings())
    return {
        "path": path,
        "wire_ids": [identify(ex.article).id for ex in wires],
        "xss_id": identify(extracted[0]).id,
        "seed": SEED.is_file(),
    }


@pytest.fixture(scope="session")
def web_store(tmp_path_factory, nlp) -> dict:
    return build_store(tmp_path_factory.mktemp("web") / "web.db", nlp=nlp)


@pytest.fixture(scope="session")
def app(web_store):
    from saidwhat.web import create_app

    return create_app(web_store["path"], write_token="s3cret-token")


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c
