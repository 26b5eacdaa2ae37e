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

EU_LINES = [
    "Europe must spend more on its own defence, and it must start this year",
    "Farmers are the backbone of our rural communities and deserve fair prices",
    "The single market is our greatest asset in a world of rising tariffs",
    "Cheap Russian gas was never cheap; we paid for it with our security",
    "Every child in the union should breathe clean air by the end of the decade",
    "Artificial intelligence needs guardrails that protect people without stopping inventors",
    "Migration is a European challenge that calls for a European answer",
    "We stand with Ukraine for as long as it takes",
    "Small businesses drown in paperwork and we will cut reporting by a quarter",
    "Housing has become unaffordable for young people in too many of our cities",
    "Our partnership with Africa is about investment, not charity",
    "Clean steel made in Europe is possible and it is already happening",
    "Democracy dies in silence when disinformation goes unanswered",
    "Research funding must reach the best laboratories wherever they are",
    "The green deal is our growth strategy, not a burden on industry",
    "Vaccines developed together saved lives across all twenty seven member states",
    "Enlargement is a geopolitical investment in peace on our continent",
    "Critical raw materials cannot come from a single supplier any longer",
]

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
    cue = Cue("said", Span(m0 + len(mention) + 1, m0 + len(mention) + 5))
    quote = Quote(words, (Span(start, end),), QuoteKind.DIRECT, cue=cue,
                  speaker=Speaker(mention, Span(m0, m0 + len(mention))), confidence=0.9)
    art = Article(aid, text, headline=headline or "NATO chief pledges more air defence for Ukraine",
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
    # A second speaker quoted month after month: enough quotes to page, and a timeline to draw.
    for k, words in enumerate(EU_LINES):
        month = 1 + (k * 5) % 12
        wires.append(wire(f"e{k}", ("euronews", "politico", "dw")[k % 3], f"2024-{month:02d}-{10 + k}T12:00",
                          words, "Commission President Ursula von der Leyen",
                          headline=f"Von der Leyen sets out the Commission's priorities, part {k + 1}"))
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

    return create_app(web_store["path"])


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


WRITE_TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def write_client(web_store, tmp_path_factory):
    """A writable server over a copy of the store, so that writes never change what other tests read."""
    import shutil

    from fastapi.testclient import TestClient

    from saidwhat.web import create_app

    copy = tmp_path_factory.mktemp("write") / "copy.db"
    shutil.copy(web_store["path"], copy)
    with TestClient(create_app(copy, write_token=WRITE_TOKEN)) as c:
        yield c
