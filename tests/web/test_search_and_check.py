"""Issue 18 on the web: the search page that forgives (highlights, sort, presets, syntax on request, errors
that keep the form, "did you mean") and the quote check at /check and /api/check, over the session's
test store (wire copies of one statement across five outlets, one altered, and the hostile article)."""

from __future__ import annotations

import re

from .conftest import ORIGINAL


def _results(html: str) -> str:
    return re.search(r'<section class="results".*?</section>', html, re.DOTALL).group(0)


def test_matches_are_marked_and_escaped(client):
    page = client.get("/", params={"q": "defences"})  # stemmed: finds "defence"
    assert page.status_code == 200
    assert re.search(r'<mark class="hit">defence</mark>', page.text)
    hostile = client.get("/", params={"q": "oldest trick"})
    assert '<mark class="hit">oldest</mark>' in hostile.text
    assert "<script>window" not in hostile.text and "&lt;script&gt;" in hostile.text
    api = client.get("/api/quotes", params={"q": "defences"}).json()
    assert ["defence", True] in api["items"][0]["highlight"]


def test_sort_and_presets_are_kept_in_the_form_and_the_links(client):
    page = client.get("/", params={"q": "Ukraine", "sort": "oldest", "when": "year"})
    assert page.status_code == 200
    assert '<option value="oldest" selected>' in page.text and '<option value="year" selected>' in page.text
    newest = client.get("/api/quotes", params={"q": "air defence", "sort": "newest"}).json()["items"]
    oldest = client.get("/api/quotes", params={"q": "air defence", "sort": "oldest"}).json()["items"]
    days = [h["published"] for h in newest]
    assert days == sorted(days, reverse=True) and [h["published"] for h in oldest] == sorted(days)
    assert oldest[0]["outlet"] == "reuters" and newest[0]["outlet"] == "dailyblog"


def test_a_syntax_error_keeps_the_form_and_offers_the_plain_reading(client):
    page = client.get("/", params={"q": '"abandon Ukraine', "syntax": "1"})
    assert page.status_code == 400
    assert 'name="q"' in page.text and 'value="&#34;abandon Ukraine"' in page.text
    alert = re.search(r'<p class="error" role="alert">(.*?)</p>', page.text, re.DOTALL).group(1)
    assert "a quote mark" in alert and "is not closed" in alert
    assert "Search these words as typed instead" in alert
    assert client.get("/", params={"q": '"abandon Ukraine'}).status_code == 200  # plain words: no error


def test_syntax_as_a_fallback_says_so(client):
    page = client.get("/", params={"q": "abandon OR zzzyzx"})
    assert page.status_code == 200 and 'role="status"' in page.text and "search syntax" in page.text
    assert "syntax=1" in page.text  # the links repeat the search as it ran


def test_did_you_mean_a_speaker(client):
    page = client.get("/", params={"speaker": "Stoltenbrg"})
    assert "Did you mean" in page.text and 'href="/?speaker=Jens+Stoltenberg"' in page.text
    assert "Did you mean" not in client.get("/", params={"speaker": "Stoltenberg"}).text


def test_the_check_page_finds_the_statement_and_its_first_source(client):
    page = client.get("/check", params={"claim": ORIGINAL})
    assert page.status_code == 200
    assert "Verdict: <span class=\"flag\">verbatim</span>" in page.text
    assert 'href="/speakers/' in page.text and "Jens Stoltenberg" in page.text
    assert re.search(r"First recorded</dt><dd>2024-09-19 in <bdi>reuters</bdi>", page.text)
    for outlet in ("afp", "apnews", "dailyblog", "reuters"):
        assert f"<bdi>{outlet}</bdi>" in page.text
    assert 'href="/statements/' in page.text


def test_the_check_api_names_a_change_and_a_repeated_misquote(client):
    changed = client.get("/api/check", params={"claim": ORIGINAL.replace("40", "400")}).json()
    assert changed["verdict"] == "altered"
    assert {"kind": changed["changes"][0]["kind"], "recorded": ["40"], "claimed": ["400"]} in changed["changes"]
    # The tabloid printed "We will abandon Ukraine": repeating it word for word is still a misquote.
    misquote = client.get("/api/check", params={"claim": ORIGINAL.replace("will not abandon", "will abandon")})
    answer = misquote.json()
    assert answer["verdict"] == "altered" and answer["match"]["outlet"] == "tabloid"
    assert answer["changes"][0]["kind"] == "negation-dropped"
    assert "These exact words were printed" in answer["explanation"]


def test_the_check_with_a_speaker_and_without_a_match(client):
    other = client.get("/api/check", params={"claim": ORIGINAL, "speaker": "Ursula von der Leyen"}).json()
    assert other["verdict"] == "other-speaker" and "Jens Stoltenberg" in other["explanation"]
    missing = client.get("/api/check", params={"claim": "Penguins will run the central bank from next spring"})
    assert missing.json()["verdict"] == "not-found" and missing.json()["match"] is None


def test_bad_claims_are_400s_and_the_page_keeps_its_form(client):
    assert client.get("/api/check").status_code == 400
    short = client.get("/api/check", params={"claim": "we will"})
    assert short.status_code == 400 and "too short" in short.json()["detail"]
    page = client.get("/check", params={"claim": "we will"})
    assert page.status_code == 400 and 'role="alert"' in page.text and ">we will</textarea>" in page.text
    assert client.get("/check").status_code == 200  # the empty form


def test_a_hostile_claim_is_escaped(client):
    claim = "<script>window.__pwned = 1; alert('xss')</script> is the oldest trick there is"
    page = client.get("/check", params={"claim": claim})
    assert page.status_code == 200
    assert "<script>window" not in page.text and "&lt;script&gt;" in page.text
