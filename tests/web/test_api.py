"""The JSON API through the ASGI test client, over the session's test store."""

from __future__ import annotations

import json

import pytest

from .conftest import ORIGINAL
from .conftest import WRITE_TOKEN as TOKEN


def test_quotes_search_pages_with_total(client):
    first = client.get("/api/quotes", params={"q": "air defence", "limit": 2}).json()
    assert first["total"] >= 5 and first["limit"] == 2 and first["offset"] == 0
    assert len(first["items"]) == 2
    second = client.get("/api/quotes", params={"q": "air defence", "limit": 2, "offset": 2}).json()
    assert second["total"] == first["total"]
    assert {h["quote_id"] for h in first["items"]}.isdisjoint({h["quote_id"] for h in second["items"]})
    hit = first["items"][0]
    assert {"text", "speaker", "outlet", "published", "article", "idx", "statement", "flags", "kind"} <= set(hit)


def test_quotes_filters(client):
    by_outlet = client.get("/api/quotes", params={"outlet": "tabloid"}).json()
    assert by_outlet["total"] == 1 and by_outlet["items"][0]["outlet"] == "tabloid"
    assert "altered" in by_outlet["items"][0]["flags"]
    altered = client.get("/api/quotes", params={"flag": "altered"}).json()
    assert altered["total"] == 1 and altered["items"][0]["text"].startswith("We will abandon")
    recycled = client.get("/api/quotes", params={"flag": "recycled"}).json()
    assert [h["outlet"] for h in recycled["items"]] == ["dailyblog"]
    dated = client.get("/api/quotes", params={"since": "2024-09-19", "until": "2024-09-19"}).json()
    outlets = {h["outlet"] for h in dated["items"]}
    assert {"reuters", "apnews", "afp"} <= outlets and not {"tabloid", "dailyblog"} & outlets
    spk = client.get("/api/quotes", params={"speaker": "stoltenberg", "kind": "direct", "limit": 100}).json()
    assert spk["total"] >= 5
    assert all(h["kind"] == "direct" for h in spk["items"])
    assert all(h["speaker"] == "Jens Stoltenberg" for h in spk["items"])


@pytest.mark.parametrize("params", [
    {"q": '"unterminated', "syntax": "1"}, {"q": "foo:bar", "syntax": "1"}, {"q": "AND", "syntax": "1"},
    {"q": "(("}, {"q": "*"}, {"sort": "sideways"}, {"when": "decade"},
    {"limit": 0}, {"limit": 501}, {"limit": "ten"}, {"offset": -1}, {"since": "yesterday"},
    {"until": "2024-13-45"}, {"kind": "shouted"}, {"flag": "fake"}, {"q": "x" * 501}, {"plain": "maybe"},
])
def test_bad_search_parameters_are_400_with_a_message(client, params):
    r = client.get("/api/quotes", params=params)
    assert r.status_code == 400, r.text
    assert r.json()["detail"]


def test_plain_mode_reads_syntax_as_words(client):
    r = client.get("/api/quotes", params={"q": '"abandon Ukraine (', "plain": "1"})
    assert r.status_code == 200 and r.json()["total"] >= 1


def test_articles_list_and_one(client, web_store):
    listing = client.get("/api/articles", params={"limit": 3}).json()
    assert listing["total"] >= 6 and len(listing["items"]) == 3
    assert client.get("/api/articles", params={"outlet": "reuters"}).json()["total"] == 1
    one = client.get(f"/api/articles/{web_store['wire_ids'][0]}").json()
    assert one["article"]["outlet"] == "reuters"
    q = one["quotes"][0]
    assert q["text"] == ORIGINAL and q["speaker"]["mention"].endswith("Jens Stoltenberg")
    assert q["speaker_id"] == "Q57665" and q["statement"]
    assert client.get("/api/articles/nope").status_code == 404


def test_speakers_list_and_one(client):
    listing = client.get("/api/speakers").json()
    names = [s["name"] for s in listing["items"]]
    assert names[:2] == ["Ursula von der Leyen", "Jens Stoltenberg"]  # most quoted first
    assert listing["items"][0]["quotes"] == 18
    assert client.get("/api/speakers", params={"name": "stolten"}).json()["total"] == 1
    one = client.get("/api/speakers/Q57665").json()
    assert one["quotes_by_month"]["2024-09"] >= 4
    assert one["top_statements"][0]["n_outlets"] == 5
    assert "Stoltenberg" in one["aliases"]
    assert client.get("/api/speakers/Q0").status_code == 404


def test_statements_list_and_one(client):
    listing = client.get("/api/statements").json()
    assert listing["total"] >= 1
    top = listing["items"][0]
    assert top["n_outlets"] == 5
    paged = client.get("/api/statements", params={"min_outlets": 1, "limit": 1, "offset": 1}).json()
    assert len(paged["items"]) == 1 and paged["total"] > 1
    one = client.get(f"/api/statements/{top['id']}").json()
    assert one["first"]["outlet"] == "reuters"
    assert [s["outlet"] for s in one["sources"]][0] == "reuters"
    assert any("[-not-]" in v["diff"] for v in one["variants"])
    assert {f["kind"] for f in one["flags"]} == {"altered", "recycled"}
    assert client.get("/api/statements/999999").status_code == 404
    assert client.get("/api/statements/abc").status_code == 404  # no statement has that id: not a bad request
    assert client.get("/api/statements", params={"min_outlets": 0}).status_code == 400


def test_flags(client):
    every = client.get("/api/flags").json()
    kinds = {f["kind"] for f in every["items"]}
    assert {"altered", "recycled"} <= kinds
    altered = client.get("/api/flags", params={"kind": "altered"}).json()
    assert altered["total"] == 1
    assert altered["items"][0]["evidence"]["changes"][0]["kind"] == "negation-dropped"
    late = client.get("/api/flags", params={"since": "2024-11-01"}).json()
    assert all(f["day"] >= "2024-11-01" for f in late["items"]) and late["total"] >= 1
    assert client.get("/api/flags", params={"kind": "odd"}).status_code == 400
    assert client.get("/api/flags", params={"since": "soon"}).status_code == 400
    assert client.get("/api/flags", params={"limit": 1}).json()["items"].__len__() == 1


def test_openapi_and_docs_are_self_hosted(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/quotes", "/api/articles", "/api/speakers", "/api/statements", "/api/flags"} <= set(schema["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/api/quotes" in docs.text and "cdn" not in docs.text.lower()
    assert "<script src=\"http" not in docs.text


def test_every_response_has_security_headers(client):
    for url in ("/", "/api/quotes", "/docs", "/static/style.css", "/nope", "/api/quotes?limit=x"):
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"


# --- writing ---------------------------------------------------------------------------------

NEW_TEXT = ("Harbour master Tom Reyes said the new pier would open in spring. "
            "\u201cWe expect the first ferries in April,\u201d Reyes said on Monday.")


def test_write_needs_the_token(write_client):
    body = {"text": NEW_TEXT}
    assert write_client.post("/api/articles", json=body).status_code == 401
    assert write_client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert write_client.post("/api/articles", json=body, headers={"X-Write-Token": "wrong"}).status_code == 403


def test_write_adds_an_article_with_its_quotes(write_client):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    before = write_client.get("/api/quotes", params={"limit": 1}).json()["total"]  # counted, then cached
    r = write_client.post("/api/articles", json={"text": NEW_TEXT, "outlet": "harbour-news",
                                           "published": "2024-10-01T09:00:00"}, headers=headers)
    assert r.status_code == 201, r.text
    got = r.json()
    assert got["stored"] is True
    assert any("first ferries in April" in q["text"] for q in got["quotes"])
    article_id = got["article"]["id"]
    assert write_client.get(f"/api/articles/{article_id}").status_code == 200
    assert write_client.get("/api/quotes", params={"q": "ferries"}).json()["total"] >= 1
    # the cached total is not stale after the write
    assert write_client.get("/api/quotes", params={"limit": 1}).json()["total"] == before + len(got["quotes"])
    again = write_client.post("/api/articles", json={"text": NEW_TEXT}, headers=headers)
    assert again.status_code == 200 and again.json()["stored"] is False


def test_write_from_html(write_client):
    html = ("<html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1>"
            + "".join(f"<p>{NEW_TEXT.replace('April', m)} More details followed in a statement from the port.</p>"
                      for m in ("May", "June", "July", "August"))
            + "</article></body></html>")
    r = write_client.post("/api/articles", json={"html": html, "url": "https://port.example/reopens"},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code in (200, 201), r.text
    assert r.json()["article"]["url"] == "https://port.example/reopens"


def test_write_rejects_bad_bodies(write_client):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    assert write_client.post("/api/articles", json={}, headers=headers).status_code == 400
    assert (
        write_client.post("/api/articles", json={"text": "a", "html": "<p>b</p>"}, headers=headers).status_code == 400
    )
    assert write_client.post("/api/articles", json={"text": "   "}, headers=headers).status_code == 400
    r = write_client.post(
        "/api/articles", content=b"{not json", headers={**headers, "content-type": "application/json"}
    )
    assert r.status_code == 400


def test_body_over_the_limit_is_413(write_client):
    limit = write_client.app.state.settings.max_request_bytes
    big = json.dumps({"text": "x" * (limit + 10)})
    r = write_client.post("/api/articles", content=big, headers={"content-type": "application/json",
                                                             "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413

    def chunks():  # no Content-Length: counted as it streams
        yield b'{"text": "'
        for _ in range(limit // 65536 + 2):
            yield b"y" * 65536
        yield b'"}'
    r = write_client.post("/api/articles", content=chunks(), headers={"content-type": "application/json",
                                                                 "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413


def test_write_disabled_without_a_token(client):
    r = client.post("/api/articles", json={"text": NEW_TEXT}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 404
    assert "disabled" in r.json()["detail"]


def test_openapi_documents_400_not_422(client):
    schema = client.get("/openapi.json").json()
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            assert "422" not in op["responses"], (method, path)
    assert "400" in schema["paths"]["/api/quotes"]["get"]["responses"]


def test_an_internal_error_is_a_500_with_security_headers(web_store):
    from fastapi.testclient import TestClient

    from saidwhat.web import create_app

    app = create_app(web_store["path"])

    @app.get("/api/boom")
    def boom():
        raise RuntimeError("boom")

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/boom")
        assert r.status_code == 500
        assert "boom" not in r.text  # no internals leak
        assert "default-src 'self'" in r.headers["content-security-policy"]
