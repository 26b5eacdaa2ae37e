"""The HTML pages through the ASGI test client: content, escaping, links, downloads, errors."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest


def test_search_page_keeps_the_query_in_the_url_and_pages(client):
    r = client.get("/", params={"q": "Ukraine", "outlet": "reuters"})
    assert r.status_code == 200
    assert 'value="Ukraine"' in r.text and 'value="reuters"' in r.text
    assert "/articles/" in r.text and "#q0" in r.text
    assert "Download:" in r.text and "format=csv" in r.text
    everything = client.get("/")
    assert re.search(r"1–\d+ of \d+ quotes", everything.text)


def test_search_pager_links_carry_the_filters(client):
    # 20 quotes a page: the test store holds more than that only with the seed article
    r = client.get("/")
    total = int(re.search(r"of ([\d,]+) quotes", r.text).group(1).replace(",", ""))
    if total <= 20:
        pytest.skip("fewer than one page of quotes in the test store (no seed article)")
    assert "page=2" in r.text
    second = client.get("/", params={"page": 2})
    assert second.status_code == 200 and "21–" in second.text


def test_bad_page_parameters_are_400_pages(client):
    for params in ({"page": 0}, {"page": "x"}, {"q": '"open', "syntax": "1"}, {"since": "June"}, {"kind": "loud"}):
        r = client.get("/", params=params)
        assert r.status_code == 400, params
        assert r.headers["content-type"].startswith("text/html")
        assert 'role="alert"' in r.text
    assert client.get("/flags", params={"since": "later"}).status_code == 400


def test_missing_records_are_404_pages(client):
    for url in ("/articles/nope", "/speakers/nobody", "/statements/987654", "/statements/xyz", "/no/such/page"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert r.headers["content-type"].startswith("text/html")


def test_article_page_highlights_quotes_with_details(client, web_store):
    r = client.get(f"/articles/{web_store['wire_ids'][0]}")
    assert r.status_code == 200
    mark = re.search(r'<mark class="q (c\d)" tabindex="0" id="q0"[^>]*>', r.text)
    assert mark, r.text
    tip = re.search(r'<span class="tip" role="tooltip" id="tip0">(.*?)</span>', r.text, re.DOTALL).group(1)
    assert "Jens Stoltenberg" in tip and "cue: said" in tip and "kind: direct" in tip and "confidence 0.90" in tip
    assert 'href="/speakers/Q57665"' in r.text


def test_article_page_shows_headline_flags(client):
    flags = client.get("/api/flags", params={"kind": "headline"}).json()["items"]
    if not flags:
        pytest.skip("no headline flag in the test store")
    r = client.get(f"/articles/{flags[0]['article']}")
    assert 'class="banner"' in r.text and "flag-headline" in r.text


def test_hostile_article_is_escaped(client, web_store):
    r = client.get(f"/articles/{web_store['xss_id']}")
    assert r.status_code == 200
    body = r.text
    assert "<script>" not in body.replace('<script src="/static/app.js" defer></script>', "")
    assert "<img" not in body
    assert 'href="javascript:' not in body.lower()
    assert "&lt;script&gt;" in body
    assert "onerror=" not in body or "onerror=&#34;" in body or "onerror=&quot;" in body
    assert "<b onmouseover" not in body and "&lt;b onmouseover" in body
    # the article's own javascript: URL is shown inert, not as a link
    assert 'class="inert"' in body
    search = client.get("/", params={"q": "oldest trick"}).text
    assert "&lt;script&gt;" in search and "<script>window" not in search


def test_speaker_page_has_chart_statements_and_coquoted(client):
    r = client.get("/speakers/Q57665")
    assert r.status_code == 200
    svg = re.search(r'<svg id="timeline".*?</svg>', r.text, re.DOTALL).group(0)
    assert len(re.findall(r'<rect class="bar"', svg)) == 4  # Sep to Dec, the empty months included
    assert "2024-09:" in svg and "2024-12:" in svg
    assert "Most widely carried statements" in r.text and "/statements/" in r.text


def test_statement_page_shows_diff_sources_and_flags(client):
    top = client.get("/api/statements").json()["items"][0]
    r = client.get(f"/statements/{top['id']}")
    assert r.status_code == 200
    assert "<del>not</del>" in r.text
    assert 'class="firstmark"' in r.text
    first_row = re.search(r'<tr class="first">.*?</tr>', r.text, re.DOTALL).group(0)
    assert "reuters" in first_row
    assert "flag-altered" in r.text and "flag-recycled" in r.text


def test_flags_page_filters(client):
    r = client.get("/flags", params={"kind": "altered"})
    assert r.status_code == 200
    assert "flag-altered" in r.text and "<del>not</del>" in r.text
    recycled = client.get("/flags", params={"kind": "recycled"}).text
    assert "days before" in recycled


def test_list_pages(client):
    assert "reuters" in client.get("/articles").text
    assert "Jens Stoltenberg" in client.get("/speakers").text
    assert "/statements/" in client.get("/statements").text


def test_downloads_csv_and_jsonl(client):
    r = client.get("/download", params={"q": "Ukraine", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    api_total = client.get("/api/quotes", params={"q": "Ukraine"}).json()["total"]
    assert len(rows) == api_total and rows[0]["text"]
    j = client.get("/download", params={"flag": "altered", "format": "jsonl"})
    lines = [json.loads(x) for x in j.text.splitlines()]
    assert len(lines) == 1 and "altered" in lines[0]["flags"]
    assert client.get("/download", params={"q": '"open', "syntax": "1", "format": "csv"}).status_code == 400
    assert client.get("/download", params={"format": "xml"}).status_code == 400


def test_no_inline_script_or_style_on_any_page(client, web_store):
    for url in ("/", "/articles", f"/articles/{web_store['xss_id']}", "/speakers/Q57665", "/flags", "/docs"):
        html = client.get(url).text
        assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", html), url
        assert " style=" not in html and "<style" not in html, url


# --- the speakers list is cached per store version; alias changes must change it --------------


def _listed(client, name: str) -> bool:
    return 'href="/speakers/Q57665"' in client.get("/speakers", params={"name": name}).text


def test_the_speakers_page_forgets_an_alias_link_drops(write_client):
    """`saidwhat link` drops the pronoun aliases an older store recorded; the cached list must follow."""
    from click.testing import CliRunner

    from saidwhat.cli import main
    from saidwhat.store import Store

    db = write_client.app.state.db_path
    assert not _listed(write_client, "who")
    with Store.open(db) as st:  # what a store linked by an earlier saidwhat holds
        st.connection.execute("INSERT INTO across_speaker_aliases VALUES ('Q57665', 'who')")
        # an earlier saidwhat never checked its aliases against today's rule (migration 0018)
        st.connection.execute("UPDATE across_alias_rules SET version = 0")
    assert _listed(write_client, "who")  # the empty answer cached above is not reused
    r = CliRunner().invoke(main, ["link", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert not _listed(write_client, "who")


def test_the_speakers_page_forgets_the_alias_of_a_replaced_article(write_client):
    """Reuters corrects its article: "NATO Secretary General Jens Stoltenberg" becomes "Jens Stoltenberg"."""
    from saidwhat.across.link import link
    from saidwhat.store import Store

    from .conftest import ORIGINAL, wire

    db = write_client.app.state.db_path
    assert _listed(write_client, "Secretary General Jens")
    with Store.open(db) as st:
        assert st.add(wire("w1", "reuters", "2024-09-19T08:00", ORIGINAL, "Jens Stoltenberg"), replace=True)
        link(st)
    assert not _listed(write_client, "Secretary General Jens")
    assert _listed(write_client, "Jens Stoltenberg")


def test_article_page_says_why_this_speaker(client, web_store):
    """An extracted quote shows the rules that made its attribution, in the tooltip and the quote list."""
    r = client.get(f"/articles/{web_store['xss_id']}")
    assert r.status_code == 200
    why = re.search(r'<details class="why"><summary>why this speaker</summary>(.*?)</details>', r.text, re.DOTALL)
    assert why, r.text
    assert "assembly:" in why.group(1) and "speaker:" in why.group(1) and "confidence" in why.group(1)
    assert "why this speaker: " in re.search(r'<span class="tip"[^>]*>(.*?)</span>', r.text, re.DOTALL).group(1)


def test_a_quote_of_several_sentences_links_each_of_its_statements(client, web_store):
    """Statements are sentences (issue 17): the article page links every statement of a quote, in order."""
    import sqlite3

    conn = sqlite3.connect(web_store["path"])
    row = conn.execute(
        "SELECT q.article_id, q.idx, group_concat(s.statement_id) FROM quotes q"
        " JOIN (SELECT quote_id, statement_id FROM statement_quotes ORDER BY quote_id, part) s ON s.quote_id = q.id"
        " GROUP BY q.id HAVING count(DISTINCT s.statement_id) > 1 ORDER BY q.id LIMIT 1").fetchone()
    conn.close()
    if row is None:
        pytest.skip("no quote of several statements in the test store (the seed article is absent)")
    article, idx, statements = row
    r = client.get(f"/articles/{article}")
    assert r.status_code == 200
    item = re.search(rf'<li class="[^"]*"><a href="#q{idx}">.*?</li>', r.text, re.DOTALL).group(0)
    links = re.findall(r'<a href="/statements/(\d+)" class="more">statement (\d+)</a>', item)
    assert [sid for sid, _ in links] == statements.split(",")
    assert [n for _, n in links] == [str(k) for k in range(1, len(links) + 1)]
