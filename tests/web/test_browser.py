"""The pages in real headless Chromium (Debian's chromium, driven by Playwright),
against a real uvicorn server over the test store.

search -> a quote -> the article with the quote highlighted -> the speaker's
chart -> a statement's diff, with a screenshot of each page in
artifacts/screenshots/; and a hostile article that must execute nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .browsing import launched_browser, needs_chromium, serving

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"

pytestmark = needs_chromium



@pytest.fixture(scope="module")
def server(web_store):
    from saidwhat.web import create_app

    with serving(create_app(web_store["path"])) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with launched_browser() as b:
        yield b


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.dialogs = []  # type: ignore[attr-defined]
    p.csp_errors = []  # type: ignore[attr-defined]

    def on_dialog(dialog):
        p.dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()

    p.on("dialog", on_dialog)
    p.on("console", lambda m: p.csp_errors.append(m.text) if "Content Security Policy" in m.text else None)  # type: ignore[attr-defined]
    yield p
    context.close()


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_search_to_article_speaker_and_statement(server, page):
    response = page.goto(server + "/")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    page.fill("#q", "air defence")
    page.press("#q", "Enter")
    page.wait_for_url("**/?q=air+defence*")
    cards = page.locator("article.card")
    assert cards.count() >= 5
    _shot(page, "1-search")

    # open a quote: the article page, scrolled to the highlighted quote
    first = page.locator("a.qlink").first
    quote_text = first.inner_text()
    first.click()
    page.wait_for_url("**/articles/*#q*")
    target = page.locator("mark.q:target")
    assert target.count() == 1
    assert quote_text[:30] in target.inner_text()
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    tip = target.locator(".tip")
    # Chromium focuses a focusable fragment target, so landing on the quote shows its details;
    # away from it (no focus, no pointer) they are hidden.
    page.mouse.move(0, 0)
    target.evaluate("el => el.blur()")
    assert not tip.is_visible()
    target.focus()
    assert tip.is_visible()  # focus shows who, mention, cue, kind and confidence
    assert "cue:" in tip.inner_text() and "confidence" in tip.inner_text()
    _shot(page, "2-article")

    # the speaker's page with the timeline chart
    page.locator(".legend a.more").first.click()
    page.wait_for_url("**/speakers/*")
    bars = page.locator("svg#timeline rect.bar")
    assert bars.count() >= 1
    assert page.locator("svg#timeline").bounding_box()["height"] > 50
    _shot(page, "3-speaker")

    # the most widely carried statement, with its word diff
    page.locator("section[aria-labelledby=sh] a[href^='/statements/']").first.click()
    page.wait_for_url("**/statements/*")
    assert page.locator("ol.variants del, ol.variants ins").count() >= 1
    assert page.locator("tr.first .firstmark").count() == 1
    _shot(page, "4-statement")

    page.goto(server + "/flags")
    assert page.locator("article.flagcard").count() >= 1
    _shot(page, "5-flags")
    page.goto(server + "/docs")
    _shot(page, "6-docs")
    assert page.csp_errors == []  # our own pages never trip their own policy
    assert page.dialogs == []


def test_legend_button_focuses_one_speaker(server, page, web_store):
    page.goto(f"{server}/articles/{web_store['xss_id']}")
    buttons = page.locator(".legend .sw")
    assert buttons.count() >= 2
    buttons.first.click()
    assert page.locator("body.focus-one").count() == 1
    assert buttons.first.get_attribute("aria-pressed") == "true"


def test_hostile_article_executes_nothing(server, page, web_store):
    page.goto(f"{server}/articles/{web_store['xss_id']}")
    # hover and focus every highlighted quote and link, where inline handlers would fire
    for mark in page.locator("mark.q").all():
        mark.hover()
        mark.focus()
    _shot(page, "7-hostile-article")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []
    assert page.locator("main img").count() == 0
    assert page.locator("main script").count() == 0
    assert page.locator("[onerror], [onmouseover], [onclick]").count() == 0
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert "<script>" in page.locator(".doc .body").inner_text()  # shown as text
    assert page.locator(".inert").count() >= 1  # the article's javascript: URL, not a link

    page.goto(f"{server}/?q=oldest+trick")
    page.goto(f"{server}/?q=javascript")
    for link in page.locator("main a").all()[:20]:
        href = link.get_attribute("href") or ""
        assert not href.lower().startswith("javascript:")
    page.goto(f"{server}/flags")
    page.goto(f"{server}/?speaker=%3Cscript%3Ewindow.__pwned%3D9%3C/script%3E")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []
