"""Issue 18's search and quote check in real headless Chromium (Debian's, driven by Playwright, as
test_browser.py): everyday words with punctuation typed into the search box, the highlighted match of
a stemmed search, the /check page's three answers, and the search at a phone's width of 375 px.

The store is the web tests' store plus six real articles run through the real extractor, when
../shared is present: four BBC politics reports of 2004-05 (taxes, "Mr Blair's", "don't", e-mail,
co-operation, 50%) and two from PolNeAR's train split ("U.S.", "9/11"). Tests that need them skip
without ../shared; the check and the narrow width run over the wire copies either way. Screenshots go to
a temporary folder (printed with -s; kept by pytest's tmp_path retention).
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from .browsing import launched_browser, needs_chromium, screenshots, serving
from .conftest import ORIGINAL, SHARED

PHONE = {"width": 375, "height": 740}

BBC = SHARED / "data" / "bbc-news" / "bbc" / "politics"
POLNEAR = SHARED / "data" / "polnear" / "data" / "train" / "text"
# Chosen by searching the extracted quotes of candidate articles: together their quotes hold every
# word the issue lists, and the tax report's quotes say "tax" where the search says "taxes".
BBC_FILES = ("009.txt", "110.txt", "138.txt", "363.txt")
POLNEAR_FILES = ("politico_2016-06-13_terrorism-experts-rebuke-trump-p.txt",
                 "wash-post_2015-11-16_clinton-s-missteps-at-debate-arm.txt")
# The everyday words, each of which gave a 400 "Cannot do that" page.
EVERYDAY = ("Blair's", "don't", "U.S.", "Mr. Blair", "e-mail", "co-operation", "9/11", "50%", "what?")

pytestmark = needs_chromium



def _real_articles() -> list:
    """The six articles as ingest reads them: BBC's outlet named, PolNeAR's outlet and day from its file name."""
    from saidwhat.ingest import read_text_article

    articles = []
    for name in BBC_FILES:
        path = BBC / name
        art = read_text_article(path.read_text(encoding="utf-8"), source=str(path))
        articles.append(dataclasses.replace(art, outlet="bbc"))
    for name in POLNEAR_FILES:
        path = POLNEAR / name
        outlet, day, _ = name.split("_", 2)
        art = read_text_article(path.read_text(encoding="utf-8"), source=str(path))
        articles.append(dataclasses.replace(art, outlet=outlet, published=datetime.fromisoformat(day)))
    return articles


@pytest.fixture(scope="module")
def search_store(web_store, tmp_path_factory, nlp) -> dict:
    """A copy of the web test store, with the six real articles extracted and linked in when ../shared has them."""
    from saidwhat.across.link import link
    from saidwhat.extract import extract
    from saidwhat.settings import Settings
    from saidwhat.store import Store

    path = tmp_path_factory.mktemp("search") / "search.db"
    shutil.copy(web_store["path"], path)
    real = all((BBC / n).is_file() for n in BBC_FILES) and all((POLNEAR / n).is_file() for n in POLNEAR_FILES)
    if real:
        with Store.open(path) as st:
            for art in _real_articles():
                st.add(extract(art, nlp=nlp))
            link(st, Settings())
    return {"path": path, "real": real}


@pytest.fixture
def real(search_store) -> None:
    if not search_store["real"]:
        pytest.skip(f"shared data not found under {SHARED} (BBC politics and PolNeAR train articles)")


@pytest.fixture(scope="module")
def server(search_store):
    from saidwhat.web import create_app

    with serving(create_app(search_store["path"])) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with launched_browser() as b:
        yield b


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return screenshots(tmp_path_factory)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = context.new_page()
    yield p
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    p = context.new_page()
    yield p
    context.close()


def _shot(page, shots: Path, name: str) -> Path:
    path = shots / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
    return path


def _search(page, server: str, words: str):
    """Type ``words`` into the search box of the front page and press Enter, as a person would."""
    page.goto(server + "/")
    page.fill("#q", words)
    with page.expect_navigation() as nav:
        page.press("#q", "Enter")
    return nav.value


def _fold(text: str) -> str:
    return re.sub(r"\W", "", text).lower()


def _total(page) -> int:
    """The number of quotes the results heading gives ("1–20 of 95 quotes"), 0 for none."""
    heading = page.locator("#rh").inner_text()
    found = re.search(r"of ([\d,]+) quotes", heading)
    return int(found.group(1).replace(",", "")) if found else 0


def test_everyday_words_give_results_and_keep_the_form(server, page, shots, real):
    for words in EVERYDAY:
        response = _search(page, server, words)
        assert response.status == 200, f"{words!r}: {response.status} {page.locator('main').inner_text()[:300]}"
        assert page.locator(".error[role=alert]").count() == 0, words
        assert page.locator("#q").input_value() == words  # the form is there, holding what was typed
        assert _total(page) >= 1, f"{words!r} found nothing: {page.locator('#rh').inner_text()}"
        assert page.locator("article.card").first.is_visible()
        marked = {_fold(m) for m in page.locator("article.card mark.hit").all_inner_texts()}
        # what is highlighted is the word typed ("U.S" for "U.S.", "Mr" and "Blair" for "Mr. Blair")
        assert {_fold(w) for w in words.split()} <= marked, (words, marked)
    _shot(page, shots, "search-what")  # the last word's page: "what?" as a plain word


def test_taxes_finds_tax_with_the_match_highlighted(server, page, shots, real):
    response = _search(page, server, "taxes")
    assert response.status == 200
    marks = page.locator("article.card mark.hit")
    words = {m.lower() for m in marks.all_inner_texts()}
    assert "tax" in words, words  # stemmed: quotes that say "tax", not only "taxes"
    first_tax = page.locator("article.card mark.hit", has_text=re.compile(r"^tax$", re.IGNORECASE)).first
    first_tax.scroll_into_view_if_needed()
    assert first_tax.is_visible()
    background = first_tax.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # marked on screen, not only in the DOM
    box = first_tax.bounding_box()
    assert box["width"] > 0 and box["height"] > 0
    _shot(page, shots, "search-taxes")
    _snippets_cut_between_words(page, server)
    assert _total(page) == _total_of(page, server, "tax")  # the same quotes as the bare word


def _snippets_cut_between_words(page, server: str) -> None:
    """A long quote's snippet ("…words…") starts and ends on whole words, as the screenshot shows them:
    each card's text is compared with the full quote the JSON API gives for the same search."""
    full = [item["text"] for item in page.request.get(server + "/api/quotes?q=taxes&limit=20").json()["items"]]
    shown = page.locator("article.card blockquote").all_inner_texts()
    assert len(shown) == len(full)
    for snippet, text in zip(shown, full):
        inner = snippet.strip().removeprefix("…").removesuffix("…")
        at = text.find(inner)
        assert at >= 0, (snippet, text)
        if snippet.startswith("…"):
            assert text[at - 1].isspace(), f"cut inside a word: {snippet[:40]!r}"
        if snippet.rstrip().endswith("…"):
            assert text[at + len(inner)].isspace(), f"cut inside a word: {snippet[-40:]!r}"


def _total_of(page, server: str, words: str) -> int:
    page.goto(f"{server}/?q={words}")
    return _total(page)


def _check(page, server: str, claim: str):
    """Type ``claim`` into the check page's box and press its button."""
    page.goto(server + "/check")
    page.fill("#claim", claim)
    with page.expect_navigation() as nav:
        page.get_by_role("button", name="Check").click()
    assert nav.value.status == 200, page.locator("main").inner_text()[:300]
    return page.locator("section.verdict")


def _words(locator) -> str:
    """The text as written in the page: inner_text() would give the verdict upper-cased by its CSS."""
    return " ".join((locator.text_content() or "").split())


def _first_source(page) -> str:
    return page.locator("dl.facts dt:text-is('First recorded') + dd").inner_text()


def test_check_names_a_changed_word_and_the_first_source(server, page, shots):
    verdict = _check(page, server, ORIGINAL.replace("40 more", "400 more"))
    assert _words(verdict.locator("h2")) == "Verdict: altered"
    explanation = verdict.locator("p[role=status]").inner_text()
    assert '"40" became "400"' in explanation, explanation  # the change, named
    assert verdict.locator(".diff del").all_inner_texts() == ["40"]
    assert verdict.locator(".diff ins").all_inner_texts() == ["400"]
    assert verdict.locator(".diff ins").is_visible()
    assert _first_source(page).startswith("2024-09-19 in reuters")  # the wire copy printed first
    assert "Jens Stoltenberg" in verdict.locator("dl.facts").inner_text()
    _shot(page, shots, "check-altered")


def test_check_finds_a_truncated_quote(server, page, shots):
    truncated = ORIGINAL.split(" before winter")[0]  # the claim stops halfway through the sentence
    verdict = _check(page, server, truncated)
    heading = _words(verdict.locator("h2"))
    assert heading == "Verdict: verbatim", heading  # found: the words are the record's, only fewer
    assert "13 words left out" in verdict.locator("p[role=status]").inner_text()
    assert _first_source(page).startswith("2024-09-19 in reuters")
    assert "[…" in verdict.locator(".diff").inner_text()  # the words the claim leaves off, counted
    _shot(page, shots, "check-truncated")


def test_check_reports_an_invented_sentence_as_not_found(server, page, shots):
    verdict = _check(page, server, "Penguins will run the central bank from next spring, the minister promised")
    assert _words(verdict.locator("h2")) == "Verdict: not found in the store"
    assert verdict.locator("dl.facts").count() == 0  # no source is offered for words nobody said
    assert page.locator("#claim").input_value().startswith("Penguins")
    _shot(page, shots, "check-not-found")


def test_search_at_375px_fits_and_works(server, phone, shots, search_store):
    words = "taxes" if search_store["real"] else "defences"
    phone.goto(server + "/")
    box = phone.locator("#q").bounding_box()
    assert 0 <= box["x"] and box["x"] + box["width"] <= PHONE["width"]  # the box is on screen
    phone.locator("#q").tap()
    phone.fill("#q", words)
    with phone.expect_navigation() as nav:
        phone.locator("form.search button[type=submit]").tap()
    assert nav.value.status == 200
    assert _total(phone) >= 1
    card = phone.locator("article.card").first
    assert card.is_visible()
    assert card.bounding_box()["x"] + card.bounding_box()["width"] <= PHONE["width"]
    mark = phone.locator("article.card mark.hit").first
    mark.scroll_into_view_if_needed()
    assert mark.is_visible()
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the search page is {width} px wide at {PHONE['width']} px"
    _shot(phone, shots, f"375-search-{words}")
    # the next page of results is reachable with a thumb, and fits as well
    if phone.locator("a[rel=next]").count():
        phone.locator("a[rel=next]").first.tap()
        phone.wait_for_load_state()
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
