"""Issue 18, hardening: bounded caches, ids, messages without paths, CSV injection, bidi
isolation, trusted hosts, HEAD, pages past the end, the favicon, and pages that speak
plainly about plain-text corpora (no outlet, no date)."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime

import pytest

from saidwhat.models import Article, Cue, Extraction, Quote, QuoteKind, Span, Speaker
from saidwhat.web.cache import AnswerCache, size_of

RLO = "\u202e"
FORMULAS = ['=HYPERLINK("http://evil.example","click") is all it takes',
            "+1 for the plan, and we will see it through",
            "-2 degrees is what the forecast promised us",
            "@SUM(1,2) was written on the board",
            "\tTabs lead this quote for no good reason"]
PLAIN_WORDS = "We will build the new hospital in Leeds before the next election"


def _article(aid: str, words: str, mention: str, outlet: str | None,
             published: datetime | None) -> Extraction:
    # the closing line differs, so that copies of one quote are distinct articles, as in a real corpus
    text = f"\u201c{words},\u201d {mention} said on a visit.\n\nNo more was said in {aid}."
    start, end = 1, 1 + len(words)
    m0 = end + 3
    quote = Quote(words, (Span(start, end),), QuoteKind.DIRECT,
                  cue=Cue("said", Span(m0 + len(mention) + 1, m0 + len(mention) + 5)),
                  speaker=Speaker(mention, Span(m0, m0 + len(mention))), confidence=0.9)
    article = Article(aid, text, headline=f"Headline {aid}", outlet=outlet, published=published)
    return Extraction(article, (quote,))


@pytest.fixture(scope="module")
def hard(tmp_path_factory):
    """A store like a plain-text corpus (three undated copies from no named outlet), an outlet
    name with an unclosed right-to-left override, and quotes that start like spreadsheet formulas."""
    from fastapi.testclient import TestClient

    from saidwhat.across.link import link
    from saidwhat.settings import Settings
    from saidwhat.store import Store
    from saidwhat.web import create_app

    path = tmp_path_factory.mktemp("hard") / "hard.db"
    with Store.open(path) as st:
        for k in range(3):
            st.add(_article(f"plain{k}", PLAIN_WORDS, "Health Secretary Alan Milburn", None, None))
        st.add(_article("rlo", "Nothing in this line may be turned around", "Mayor Ken Livingstone",
                        f"{RLO}Evil News", datetime(2024, 1, 2)))
        for k, words in enumerate(FORMULAS):
            day = datetime(2024, 1, 3 + k)
            st.add(_article(f"formula{k}", words, "Mayor Ken Livingstone", "reuters", day))
        link(st, Settings())
        statement = st.connection.execute("SELECT statement_id FROM statement_quotes GROUP BY statement_id"
                                          " HAVING count(*) = 3").fetchone()[0]
        speaker = st.connection.execute(
            "SELECT ql.speaker_id FROM quote_links ql JOIN quotes q ON q.id = ql.quote_id"
            " WHERE q.article_id = (SELECT id FROM articles WHERE outlet = 'reuters' LIMIT 1)").fetchone()[0]
    with TestClient(create_app(path)) as client:
        yield {"client": client, "path": path, "statement": statement, "speaker": speaker}


# --- caches ------------------------------------------------------------------------------------


def test_the_answer_cache_is_bounded_in_bytes_not_entries():
    cache = AnswerCache(max_bytes=200_000)
    for k in range(200):
        cache.get(("big", k), (1,), lambda: list(range(500)))  # ~ 18 KB each with its ints
        assert cache.bytes <= cache.max_bytes
    assert 0 < len(cache) < 20
    assert cache.bytes == sum(size_of(k) + size_of(v[1]) + size_of(v[0]) for k, v in cache._items.items())


def test_an_answer_over_a_quarter_of_the_budget_is_returned_but_not_kept():
    cache = AnswerCache(max_bytes=100_000)
    cache.get("small", (1,), lambda: "x")
    huge = cache.get("huge", (1,), lambda: "y" * 60_000)
    assert len(huge) == 60_000 and "huge" not in cache._items and "small" in cache._items


def test_a_new_store_version_recomputes():
    cache = AnswerCache()
    assert cache.get("k", (1,), lambda: 1) == 1
    assert cache.get("k", (1,), lambda: 2) == 1
    assert cache.get("k", (2,), lambda: 3) == 3


def test_the_statements_list_ranks_once_per_version_and_pages_from_it(client, web_store):
    from saidwhat.across.queries import list_statements
    from saidwhat.store import Store

    client.app.state.cache = AnswerCache()  # a fresh cache: only what these requests leave
    pages = [client.get("/api/statements", params={"min_outlets": 1, "offset": o, "limit": 2}).json()
             for o in range(0, 12, 2)]
    client.get("/statements", params={"min_outlets": 1, "page": 1})
    keys = [k for k in client.app.state.cache._items if k[0] == "statements"]
    assert keys == [("statements", 1, None)]  # one ranking, whatever the offset
    with Store.open(web_store["path"], readonly=True) as st:
        everything = list_statements(st, min_outlets=1)
    assert [s["id"] for p in pages for s in p["items"]] == [s["id"] for s in everything[:12]]
    assert all(p["total"] == len(everything) for p in pages)


# --- ids and messages ---------------------------------------------------------------------------


@pytest.mark.parametrize("sid", ["99999999999999999999999", str(2**63), "12abc", "-1", "1e3", "٣"])
def test_statement_ids_that_cannot_exist_are_404_not_500(client, sid):
    page = client.get(f"/statements/{sid}")
    api = client.get(f"/api/statements/{sid}")
    assert page.status_code == 404 and api.status_code == 404, sid
    assert "statement" in api.json()["detail"]


def test_not_found_messages_name_no_file(client, web_store):
    path = str(web_store["path"])
    for url in ("/api/articles/nope", "/articles/nope", "/api/statements/987654", "/statements/987654"):
        r = client.get(url)
        assert r.status_code == 404
        assert path not in r.text and str(web_store["path"].parent) not in r.text and ".db" not in r.text, url
    assert client.get("/api/articles/nope").json()["detail"] == "no article with id 'nope' in the store"


# --- CSV ------------------------------------------------------------------------------------------


def _cells(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_csv_downloads_escape_formulas(hard):
    r = hard["client"].get("/download", params={"format": "csv", "outlet": "reuters"})
    texts = {row["text"] for row in _cells(r.text)}
    assert texts == {"'" + words for words in FORMULAS}
    assert not r.text.startswith("\ufeff")
    bom = hard["client"].get("/download", params={"format": "csv", "outlet": "reuters", "bom": 1})
    assert bom.content.startswith(b"\xef\xbb\xbf") and {row["text"] for row in _cells(bom.text)} == texts


def test_the_export_escapes_formulas_and_writes_a_bom_when_asked(hard, tmp_path):
    from saidwhat.export import export
    from saidwhat.store import Store

    with Store.open(hard["path"], readonly=True) as st:
        export(st, tmp_path / "plain.csv", "csv")
        export(st, tmp_path / "bom.csv", "csv", bom=True)
    plain = (tmp_path / "plain.csv").read_bytes()
    assert not plain.startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "bom.csv").read_bytes() == b"\xef\xbb\xbf" + plain
    rows = _cells(plain.decode("utf-8"))
    escaped = {row["text"] for row in rows if row["outlet"] == "reuters"}
    assert escaped == {"'" + words for words in FORMULAS}
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row.values())
    assert {row["confidence"] for row in rows} == {"0.9"}  # numbers stay numbers


def test_the_cli_search_csv_escapes_formulas(hard):
    from click.testing import CliRunner

    from saidwhat.cli import main

    result = CliRunner().invoke(main, ["search", "--db", str(hard["path"]), "--outlet", "reuters",
                                       "--format", "csv", "--bom", "--limit", "50"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("\ufeff")
    assert {row["text"] for row in _cells(result.output)} == {"'" + words for words in FORMULAS}


@pytest.mark.parametrize(("value", "cell"), [("=1+1", "'=1+1"), ("+44 20", "'+44 20"), ("-x", "'-x"),
                                             ("@me", "'@me"), ("\tx", "'\tx"), ("\rx", "'\rx"),
                                             ("a=b", "a=b"), ("", ""), (None, None), (-1.5, -1.5), (3, 3)])
def test_csv_cell_follows_owasp(value, cell):
    from saidwhat.export import csv_cell

    assert csv_cell(value) == cell


# --- bidi -------------------------------------------------------------------------------------------


def test_untrusted_text_is_isolated_for_bidi(hard):
    client = hard["client"]
    for url in ("/articles", "/?outlet=Evil", f"/speakers/{hard['speaker']}"):
        r = client.get(url)
        assert r.status_code == 200
        # the name is inside a <bdi>, and its override inside an isolate that ends with it
        assert re.search(f"<bdi>\u2068{RLO}Evil News\u2069</bdi>", r.text), url
    css = client.get("/static/style.css").text
    assert "bdi { unicode-bidi: isolate; }" in css


def test_isolate_bidi_leaves_ordinary_text_alone():
    from markupsafe import Markup

    from saidwhat.web.app import isolate_bidi

    assert isolate_bidi("Reuters") == "Reuters" and isolate_bidi(None) is None and isolate_bidi(3) == 3
    assert isolate_bidi(f"{RLO}x") == f"\u2068{RLO}x\u2069"
    assert isolate_bidi(Markup(f"<b>{RLO}</b>")) == Markup(f"<b>{RLO}</b>")  # markup a template built


# --- hosts, HEAD, pages past the end, favicon ---------------------------------------------------------


def test_only_allowed_hosts_are_answered(web_store):
    from fastapi.testclient import TestClient

    from saidwhat.web import create_app

    with TestClient(create_app(web_store["path"], allowed_hosts=["quotes.example.org"]),
                    base_url="http://quotes.example.org") as c:
        assert c.get("/").status_code == 200
        evil = c.get("/articles/", headers={"host": "evil.example"}, follow_redirects=False)
        assert evil.status_code == 400 and "--allowed-host" in evil.json()["detail"]
        assert "evil.example" not in evil.text and evil.headers["x-frame-options"] == "DENY"
        assert c.get("/", headers={"host": "quotes.example.org:8443"}).status_code == 200


def test_the_default_hosts_are_this_machines_names(client):
    from saidwhat.web.app import host_allowed
    from saidwhat.web.serve import default_hosts

    assert client.get("/", headers={"host": "evil.example"}).status_code == 400
    for host in ("localhost:8000", "127.0.0.1:8000", "[::1]:8000", "app.localhost"):
        assert client.get("/favicon.ico", headers={"host": host}).status_code == 200, host
    assert "quotes.lan" in default_hosts("quotes.lan") and "0.0.0.0" not in default_hosts("0.0.0.0")
    assert host_allowed("anything", ("*",)) and not host_allowed(None, ("localhost",))
    assert host_allowed("a.b.example.org", ("*.example.org",))
    assert not host_allowed("example.org.evil", ("*.example.org",))


def _get_routes(app) -> list[str]:
    from fastapi.routing import APIRoute

    from saidwhat.web import api, pages

    routes = [*app.routes, *api.router.routes, *pages.router.routes]
    return [r.path for r in routes if isinstance(r, APIRoute) and "GET" in r.methods]


def test_head_answers_every_get_route_without_a_body(client, web_store):
    statement = client.get("/api/statements", params={"min_outlets": 1}).json()["items"][0]
    fill = {"{article_id}": web_store["wire_ids"][0], "{speaker_id:path}": statement["speaker_id"],
            "{statement_id}": str(statement["id"])}
    paths = _get_routes(client.app)
    assert len(paths) >= 15
    for path in paths:
        for hole, value in fill.items():
            path = path.replace(hole, value)
        get, head = client.get(path), client.head(path)
        assert head.status_code == get.status_code == 200, path
        assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"], path
        assert head.headers["x-content-type-options"] == "nosniff"


def test_pages_past_the_end_go_to_the_last_page(client):
    for url in ("/?page=5000", "/?q=Ukraine&page=5000", "/articles?page=5000", "/speakers?page=5000",
                "/flags?page=5000", "/statements?min_outlets=1&page=5000"):
        r = client.get(url, follow_redirects=False)
        assert r.status_code == 303, url
        location = r.headers["location"]
        assert location.startswith("/") and "page=" in location and "page=5000" not in location
        last = client.get(location)
        pages = re.search(r"Page ([\d,]+) of ([\d,]+)", last.text)
        assert pages is None or pages.group(1) == pages.group(2), url
        shown = re.search(r"([\d,]+)–([\d,]+) of ([\d,]+) quotes", last.text)
        assert shown is None or (shown.group(2) == shown.group(3) and "article" in last.text), url


def test_the_pager_never_says_page_n_of_fewer():
    from saidwhat.web.pages import _pager

    p = _pager(883, 17_623, 20, {})
    assert (p["page"], p["pages"], p["first"], p["last"]) == (882, 882, 17_621, 17_623)


def test_the_favicon(client):
    r = client.get("/favicon.ico")
    assert r.status_code == 200 and r.headers["content-type"] == "image/x-icon"
    assert r.content[:4] == b"\x00\x00\x01\x00"  # an ICO header
    assert 'rel="icon"' in client.get("/articles").text


# --- plain-text corpora: no outlet, no date -------------------------------------------------------------


def test_a_statement_with_no_outlet_or_date_is_told_plainly(hard):
    r = hard["client"].get(f"/statements/{hard['statement']}")
    assert r.status_code == 200
    text = re.sub(r"\s+", " ", r.text)
    assert "carried by 0" not in text and "unknown outlet" not in text and "undated in" not in text
    assert "No source gives a date" in text and "3 sources, none naming its outlet" in text
    assert 'class="first"' not in text and "firstmark" not in text


def test_the_statements_list_says_outlet_not_recorded(hard):
    r = hard["client"].get("/statements", params={"min_outlets": 1})
    assert "0 outlets" not in r.text and "outlet not recorded" in r.text


def test_the_speaker_page_links_all_quotes_by_speaker_id(hard, client):
    r = client.get("/api/statements", params={"min_outlets": 1}).json()["items"][0]
    page = client.get(f"/speakers/{r['speaker_id']}")
    link = re.search(r'<a href="/\?([^"]+)">All (\d+) quotes? of', page.text)
    assert link and link.group(1) == f"speaker_id={r['speaker_id']}"
    listed = client.get("/api/quotes", params={"speaker_id": r["speaker_id"]}).json()["total"]
    assert int(link.group(2)) == listed
