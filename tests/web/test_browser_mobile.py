"""Issue 18.5 in real headless Chromium (Debian's, driven by Playwright, as test_browser.py):
the pages at a phone's width of 375 px, and an outlet name with an unclosed right-to-left
override that must not reverse the rest of its line. Screenshots go to a temporary folder
(printed with -s; kept by pytest's tmp_path retention).
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from .browsing import launched_browser, needs_chromium, screenshots, serving
from .conftest import wire

RLO = "\u202e"
PHONE = {"width": 375, "height": 740}

pytestmark = needs_chromium



@pytest.fixture(scope="module")
def store_path(web_store, tmp_path_factory) -> Path:
    """The web test store plus an article from an outlet whose name opens an override it never closes."""
    from saidwhat.across.link import link
    from saidwhat.settings import Settings
    from saidwhat.store import Store

    path = tmp_path_factory.mktemp("mobile") / "mobile.db"
    shutil.copy(web_store["path"], path)
    evil = wire("rlo1", "x", "2024-11-05T09:00", "Nothing in this line may be turned around by a name",
                "Mayor Ken Livingstone", headline="Mayor speaks on the record")
    evil = dataclasses.replace(evil, article=dataclasses.replace(evil.article, outlet=f"{RLO}Evil News"))
    with Store.open(path) as st:
        st.add(evil)
        link(st, Settings())
    return path


@pytest.fixture(scope="module")
def server(store_path):
    from saidwhat.web import create_app

    with serving(create_app(store_path)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with launched_browser() as b:
        yield b


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return screenshots(tmp_path_factory)


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


def _no_sideways_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width} px wide at {PHONE['width']} px"


def test_search_at_375px_has_collapsible_facets_above_the_results(server, phone, shots):
    phone.goto(server + "/?q=Ukraine")
    refine = phone.locator("details.refine")
    results = phone.locator("section.results")
    assert refine.count() == 1
    assert refine.bounding_box()["y"] < results.bounding_box()["y"]  # above, not after every result
    assert refine.evaluate("el => el.open") is False  # closed: the results are in view
    assert phone.locator("article.card").first.is_visible()
    assert not phone.locator(".facetcounts li a").first.is_visible()
    _no_sideways_scroll(phone)
    phone.screenshot(path=str(shots / "375-search.png"), full_page=True)

    phone.locator("details.refine > summary").click()
    assert refine.evaluate("el => el.open") is True
    facet = phone.locator(".facetcounts li a").first
    assert facet.is_visible()
    phone.screenshot(path=str(shots / "375-search-refine-open.png"), full_page=True)
    facet.click()
    phone.wait_for_load_state()
    assert phone.locator("article.card").count() >= 1


def test_the_timeline_is_readable_at_375px(server, phone, shots, web_store):
    from saidwhat.store import Store

    with Store.open(web_store["path"], readonly=True) as st:
        speaker = st.connection.execute("SELECT speaker_id FROM quote_links GROUP BY speaker_id"
                                        " ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    phone.goto(f"{server}/speakers/{speaker}")
    labels = phone.locator("svg#timeline text.tick")
    assert labels.count() >= 3
    heights = [labels.nth(k).bounding_box()["height"] for k in range(labels.count())]
    assert min(heights) >= 9, heights  # at least 9 CSS px of text, not a shrunken 720 px drawing
    _no_sideways_scroll(phone)  # the chart scrolls inside its own box; the page does not
    chart = phone.locator("figure.chart")
    assert chart.evaluate("el => el.scrollWidth > el.clientWidth")
    phone.screenshot(path=str(shots / "375-speaker.png"), full_page=True)


@pytest.mark.parametrize("path", ["/docs", "/statements?min_outlets=1", "/articles", "/flags"])
def test_pages_fit_375px(server, phone, shots, path):
    phone.goto(server + path)
    _no_sideways_scroll(phone)
    if path == "/docs":
        cell = phone.locator(".endpoint td").first
        assert cell.bounding_box()["width"] <= PHONE["width"]
    phone.screenshot(path=str(shots / f"375-{path.strip('/').split('?')[0]}.png"), full_page=True)


def test_a_statement_page_fits_375px(server, phone, shots):
    phone.goto(server + "/statements?min_outlets=2")
    phone.locator("ol.plain a[href^='/statements/']").first.click()
    phone.wait_for_url("**/statements/*")
    _no_sideways_scroll(phone)
    phone.screenshot(path=str(shots / "375-statement.png"), full_page=True)


def _left(page, selector: str, text: str) -> float:
    """Where on screen the first text node of ``selector`` holding ``text`` starts."""
    return page.evaluate("""([selector, text]) => {
        for (const el of document.querySelectorAll(selector)) {
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf(text);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at); range.setEnd(node, at + text.length);
                    return range.getBoundingClientRect().left;
                }
            }
        }
        return null;
    }""", [selector, text])


def test_an_unclosed_override_in_an_outlet_name_stays_in_the_name(server, browser, shots):
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    page = context.new_page()
    try:
        # The check itself: the same line with the name not isolated is reversed after the name.
        page.set_content(f'<p class="src"><span>{RLO}Evil News</span> · 2024-11-05 · '
                         '<a href="#">Mayor speaks</a></p>')
        assert _left(page, "p.src", "2024-11-05") > _left(page, "p.src a", "Mayor")

        page.goto(server + "/?q=turned+around")
        line = "article.card p.src"
        assert page.locator(line).count() == 1
        name, day, headline = (_left(page, line, "Evil"), _left(page, line, "2024-11-05"),
                               _left(page, line + " a", "Mayor speaks"))
        # the date and the headline read left to right after the name
        assert name < day < headline, (name, day, headline)
        page.screenshot(path=str(shots / "bidi-search.png"), full_page=True)

        page.goto(server + "/articles")
        row = page.locator("tr", has_text="Evil News")
        assert _left(page, "table.data tr", "2024-11-05") < _left(page, "table.data tr a", "Mayor speaks")
        assert row.count() == 1
        page.screenshot(path=str(shots / "bidi-articles.png"), full_page=True)
    finally:
        context.close()
