"""The search's speaker filter: the facet links filter by the linked speaker's id, exactly;
the form's free-text field matches part of a name or mention, and says so."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from .conftest import wire

LINES = [
    "We will bring forward legislation on identity cards in this session of parliament",
    "The national health service will get more money in every year of this parliament",
    "Schools in every city will be able to become specialist schools by the end of the decade",
]


@pytest.fixture(scope="module")
def blair_client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from saidwhat.across.link import link
    from saidwhat.settings import Settings
    from saidwhat.store import Store
    from saidwhat.web import create_app

    path = tmp_path_factory.mktemp("blairs") / "blairs.db"
    with Store.open(path) as store:
        for k, words in enumerate(LINES):
            store.add(wire(f"tb{k}", "bbc", f"2005-0{k + 1}-10T09:00", words, "Tony Blair"))
            # the Metropolitan Police commissioner: same surname, another person
            store.add(wire(f"ib{k}", "bbc", f"2005-0{k + 1}-11T09:00", words.replace("We will", "Police will"),
                           "Sir Ian Blair"))
            # "Blair" is part of his name, and so is "Tony Blair"
            store.add(wire(f"bm{k}", "herald", f"2005-0{k + 1}-12T09:00", words.replace("We will", "They will"),
                           "Tony Blairmore"))
        link(store, Settings())
    with TestClient(create_app(path)) as client:
        yield client


def _speaker_ids(client) -> dict[str, str]:
    return {s["name"]: s["id"] for s in client.get("/api/speakers").json()["items"]}


def _facet_links(page: str) -> dict[str, str]:
    """Speaker facet label -> its href, from the 'Speakers' list of the search page."""
    block = re.search(r"<h2>Speakers</h2>\s*<ul>(.*?)</ul>", page, re.DOTALL).group(1)
    return {html.unescape(label): html.unescape(href)
            for href, label in re.findall(r'<a href="([^"]+)">(?:<bdi>)?([^<]+)(?:</bdi>)?</a>', block)}


def test_three_people_are_three_linked_speakers(blair_client):
    ids = _speaker_ids(blair_client)
    assert {"Tony Blair", "Ian Blair", "Tony Blairmore"} <= set(ids), ids
    assert len({ids["Tony Blair"], ids["Ian Blair"], ids["Tony Blairmore"]}) == 3


def test_facet_link_filters_by_the_linked_speaker_id(blair_client):
    ids = _speaker_ids(blair_client)
    links = _facet_links(blair_client.get("/").text)
    href = links["Tony Blair"]
    query = parse_qs(urlsplit(href).query)
    assert query.get("speaker_id") == [ids["Tony Blair"]], href
    assert "speaker" not in query
    hits = blair_client.get("/api/quotes", params={**{k: v[0] for k, v in query.items()}, "limit": 100}).json()
    assert hits["total"] == len(LINES)
    assert {h["speaker_id"] for h in hits["items"]} == {ids["Tony Blair"]}
    page = blair_client.get(href)
    assert page.status_code == 200
    assert f"of {len(LINES)} quotes" in page.text
    assert "Blairmore" not in re.search(r'<section class="results".*?</section>', page.text, re.DOTALL).group(0)
    # the page says which speaker it is filtered by, and keeps the filter in the form and the downloads
    assert re.search(r'<input type="hidden" name="speaker_id" value="' + re.escape(ids["Tony Blair"]) + '"', page.text)
    assert "speaker_id=" + ids["Tony Blair"].replace(":", "%3A") in page.text


def test_speaker_id_filter_is_exact_in_the_api(blair_client):
    ids = _speaker_ids(blair_client)
    for name in ("Tony Blair", "Ian Blair", "Tony Blairmore"):
        hits = blair_client.get("/api/quotes", params={"speaker_id": ids[name], "limit": 100}).json()
        assert hits["total"] == len(LINES) and {h["speaker"] for h in hits["items"]} == {name}
    assert blair_client.get("/api/quotes", params={"speaker_id": "name:nobody"}).json()["total"] == 0


def test_free_text_speaker_search_still_matches_part_of_a_name(blair_client):
    hits = blair_client.get("/api/quotes", params={"speaker": "blair", "limit": 100}).json()
    assert {h["speaker"] for h in hits["items"]} == {"Tony Blair", "Ian Blair", "Tony Blairmore"}
    page = blair_client.get("/", params={"speaker": "blair"}).text
    assert 'name="speaker" value="blair"' in page
    assert "name contains" in page.lower()
