"""Search that forgives (issue 18): everyday words with punctuation, stemming, highlighted matches, sort,
date presets and "did you mean", through the one query builder the CLI, the API and the web share.

The store holds real articles run through the real extractor: BBC News files that quote each of the
issue's words, and a PolNeAR train article for "U.S." (the BBC writes "US"). Skipped without ../shared.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from click.testing import CliRunner
from store_helpers import make_extraction

from saidwhat.cli import main
from saidwhat.errors import QueryError
from saidwhat.store import Store
from saidwhat.store import query as q
from tests.conftest import shared_path

# word -> the file (under ../shared/data) whose extracted quotes hold it
WORDS = {
    "Blair's": "bbc-news/bbc/politics/093.txt",
    "don't": "bbc-news/bbc/sport/256.txt",
    "U.S.": "polnear/data/train/text/west-journal_2016-01-26_fox-news-just-uncovered-a-game-c.txt",
    "Mr. Blair": "bbc-news/bbc/politics/249.txt",
    "e-mail": "bbc-news/bbc/tech/039.txt",
    "co-operation": "bbc-news/bbc/business/080.txt",
    "9/11": "bbc-news/bbc/entertainment/048.txt",
    "50%": "bbc-news/bbc/business/071.txt",
    "what?": "bbc-news/bbc/tech/110.txt",
}
TAX = "bbc-news/bbc/politics/398.txt"  # "the Lib Dems would make people pay more tax ..."


@pytest.fixture(scope="module")
def real_db(tmp_path_factory, nlp):
    from saidwhat.extract import extract
    from saidwhat.ingest import read_text_article

    db = tmp_path_factory.mktemp("search") / "real.db"
    with Store.open(db) as store:
        for rel in sorted({*WORDS.values(), TAX}):
            path = shared_path("data", *rel.split("/"))
            text = path.read_bytes().decode("utf-8", errors="replace")
            store.add(extract(read_text_article(text, source=str(path)), nlp=nlp))
    return db


def _said(word: str, text: str) -> bool:
    """Whether ``text`` holds ``word`` as the search reads it (BBC style drops the stop in "Mr.")."""
    folded = text.lower().replace("\u2019", "'")
    return word.lower() in folded or word.lower().replace("mr. ", "mr ") in folded


@pytest.mark.parametrize("word", list(WORDS))
def test_everyday_words_find_the_quotes_that_say_them(real_db, word):
    with Store.open(real_db, readonly=True) as store:
        hits = store.search(word, limit=50)
    assert any(_said(word, h.quote.text) for h in hits), [h.quote.text for h in hits]


@pytest.mark.parametrize("word", list(WORDS))
def test_the_cli_the_api_and_the_web_give_the_same_answer(real_db, word):
    from fastapi.testclient import TestClient

    from saidwhat.web import create_app

    cli = CliRunner().invoke(main, ["search", word, "--db", str(real_db), "--format", "json", "--limit", "50"])
    assert cli.exit_code == 0, cli.output
    from_cli = [(h["article_id"], h["quote_idx"]) for h in json.loads(cli.stdout)]
    with TestClient(create_app(real_db)) as client:
        api = client.get("/api/quotes", params={"q": word, "limit": 50})
        page = client.get("/", params={"q": word})
    assert api.status_code == 200, api.text
    assert [(h["article"], h["idx"]) for h in api.json()["items"]] == from_cli
    assert page.status_code == 200 and "Cannot do that" not in page.text
    assert 'name="q"' in page.text and '<mark class="hit">' in page.text


def test_taxes_finds_a_quote_that_says_tax_with_the_match_marked(real_db):
    with Store.open(real_db, readonly=True) as store:
        hits = store.search("taxes")
    tax = [h for h in hits if "pay more tax" in h.quote.text]
    assert tax and "taxes" not in tax[0].quote.text
    assert ("tax", True) in tax[0].highlight
    # the pieces put back together are the quote itself
    assert "".join(text for text, _ in tax[0].highlight) == tax[0].quote.text


def test_search_syntax_when_asked_and_as_a_fallback(real_db):
    with Store.open(real_db, readonly=True) as store:
        phrase = store.search('"pay more tax"', syntax=True)
        assert phrase and all("pay more tax" in h.quote.text for h in phrase)
        with pytest.raises(QueryError, match="as search syntax: a quote mark"):
            store.search('"pay more', syntax=True)
        # Plain words that find nothing but read as syntax are tried as syntax, and the page says so.
        page = store.search_page(q.SearchFilters(q="tax* OR zzzyzx"))
        assert page.hits and page.syntax and "search syntax" in page.note
        plain = store.search_page(q.SearchFilters(q="pay more tax"))
        assert plain.hits and not plain.syntax and plain.note is None


def test_a_search_with_no_letters_says_so(real_db):
    with Store.open(real_db, readonly=True) as store, pytest.raises(QueryError, match="no letters or digits"):
        store.search("?!")


def test_did_you_mean_a_stored_speaker_name(real_db):
    with Store.open(real_db, readonly=True) as store:
        names = [r[0] for r in store.connection.execute("SELECT name FROM speakers ORDER BY length(name) DESC")]
        name = names[0]
        typo = name[:-2] + name[-1] + name[-2]  # the last two letters swapped
        assert q.suggest_speakers(store.connection, typo)[0] == name
        assert q.suggest_speakers(store.connection, name) == []  # a stored name needs no suggestion
        assert q.suggest_speakers(store.connection, "Qwxz Vbnmk") == []


def test_mark_pieces_escape_nothing_and_cut_around_the_first_match():
    marked = "<b>" + "x " * 300 + q.MARK_START + "tax" + q.MARK_END + " end"
    pieces = q.mark_pieces(marked, limit=100)
    assert ("tax", True) in pieces and pieces[0] == ("…", False)
    assert sum(len(t) for t, _ in pieces) <= 102
    assert q.mark_pieces("<b>" + q.MARK_START + "a" + q.MARK_END) == [("<b>", False), ("a", True)]


def test_sort_by_date_both_ways_and_by_relevance(store):
    for n in range(5):  # published 2024-09-01 ... 2024-09-05
        store.add(make_extraction(n))
    store.add(make_extraction(9, published=None))
    def days(hits):
        return [h.published.day if h.published else None for h in hits]

    assert days(store.search("number", sort="newest")) == [5, 4, 3, 2, 1, None]
    assert days(store.search("number", sort="oldest")) == [1, 2, 3, 4, 5, None]
    assert days(store.search(sort="oldest", limit=2)) == [1, 1]
    best = store.search("air defence number 3")
    assert best[0].quote.text.endswith("number 3.") and best[0].rank >= best[-1].rank
    with pytest.raises(QueryError, match="unknown sort"):
        store.search("defence", sort="sideways")


def test_date_presets_reach_back_from_today(store):
    today = date.today()
    store.add(make_extraction(0, published=datetime.combine(today - timedelta(days=2), datetime.min.time())))
    store.add(make_extraction(1, published=datetime.combine(today - timedelta(days=20), datetime.min.time())))
    store.add(make_extraction(2, published=datetime.combine(today - timedelta(days=200), datetime.min.time())))
    def ages(when):
        return sorted({(today - h.published.date()).days for h in store.search(when=when)})

    assert ages("week") == [2]
    assert ages("month") == [2, 20]
    assert ages("year") == [2, 20, 200]
    assert q.preset_since("week", today=date(2024, 9, 19)) == "2024-09-13"
    with pytest.raises(QueryError, match="unknown date range"):
        store.search(when="decade")


def test_plain_query_keeps_each_word_whole():
    assert q.plain_query("Blair's U.S. 9/11 - what?") == '"Blair\'s" "U.S." "9/11" "what?"'
    assert q.plain_query('say "no') == '"say" """no"'
    assert q.plain_query("tax OR spend") == '"tax" "OR" "spend"'  # OR is a word here, not an operator


def test_migration_0013_rebuilds_the_index_of_an_older_store_with_the_stemmer(tmp_path):
    """A store made before 0013 (unicode61 only) gets a Porter index holding every stored quote."""
    import shutil
    import sqlite3

    from saidwhat.store.migrate import MIGRATIONS_DIR, migrate

    older = tmp_path / "migrations"
    older.mkdir()
    for path in MIGRATIONS_DIR.glob("*.sql"):
        if int(path.name[:4]) < 13:
            shutil.copy(path, older / path.name)
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, older)
    conn.execute("INSERT INTO articles (id, content_hash, text, headline, ingested_at)"
                 " VALUES ('a1', 'h1', 'x', 'Budget day', '2024-09-19T00:00:00')")
    conn.execute("INSERT INTO quotes (article_id, idx, text, spans, kind, speaker_name, confidence)"
                 " VALUES ('a1', 0, 'We will cut the tax on fuel', '[[0, 27]]', 'direct', 'Gordon Brown', 0.9)")
    assert conn.execute("SELECT count(*) FROM quote_fts WHERE quote_fts MATCH 'taxes'").fetchone()[0] == 0
    conn.close()
    with Store.open(db) as store:
        sql = store.connection.execute("SELECT sql FROM sqlite_master WHERE name = 'quote_fts'").fetchone()[0]
        assert "porter" in sql
        [hit] = store.search("taxes")
        assert hit.quote.text == "We will cut the tax on fuel" and hit.headline == "Budget day"
        assert store.search("brown", speaker="gordon")  # the speaker column came along
        store.add(make_extraction(0))  # and the triggers of 0001 write into the new table
        assert store.search("delivering defences")
