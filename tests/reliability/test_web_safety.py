"""Hostile content and malformed queries through the web app: escaped pages, 400s with a message, the write token."""

from __future__ import annotations

import pytest
from storecheck import hostile_extraction

from saidwhat.store import Store

pytest.importorskip("fastapi")
web_app = pytest.importorskip("saidwhat.web.app", reason="the web app is not built yet")

SCRIPT = "<script>alert('x')</script>"
BAD_QUERIES = ["AND (", '"unbalanced', "*", "NEAR(", "a OR *"]


@pytest.fixture
def client(tmp_path):
    from fastapi.testclient import TestClient

    db = tmp_path / "q.db"
    with Store.open(db) as store:
        store.add(hostile_extraction(0, SCRIPT))
        store.add(hostile_extraction(1, "'; DROP TABLE articles; --"))
    with TestClient(web_app.create_app(db, write_token="s3cret")) as c:
        yield c


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_malformed_query_is_a_400_with_a_message(client, query):
    # Plain words are the default (issue 18): syntax is what the user asks for.
    response = client.get("/api/quotes", params={"q": query, "syntax": "1"})
    assert response.status_code == 400, response.text
    assert "search syntax" in response.text
    page = client.get("/", params={"q": query, "syntax": "1"})
    assert page.status_code in (200, 400) and "Traceback" not in page.text


def test_script_in_an_article_is_escaped_in_pages_and_verbatim_in_json(client):
    api = client.get("/api/quotes", params={"q": "script"}).json()
    assert api["items"] and any(SCRIPT in str(item) for item in api["items"])
    ids = {item["article"] for item in api["items"]}
    for article_id in filter(None, ids):
        html = client.get(f"/articles/{article_id}").text
        assert SCRIPT not in html and "&lt;script&gt;" in html
    html = client.get("/", params={"q": "script"}).text
    assert SCRIPT not in html


def test_the_write_token_guards_posting(client):
    body = {"text": '"We will stay," the minister said on Monday, and more words follow here.', "id": "t1"}
    assert client.post("/api/articles", json=body).status_code == 401
    assert client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
    ok = client.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code in (200, 201), ok.text
