"""The store on a real SQLite file: writes, identity, search, errors."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, datetime

import pytest
from store_helpers import dump, fts_ok, make_extraction

from saidwhat.errors import QueryError, StoreBusyError, StoreError
from saidwhat.store import Store, canonical_url, identify


def test_add_is_idempotent(store, tmp_path):
    extractions = [make_extraction(n) for n in range(5)]
    assert [store.add(e) for e in extractions] == [True] * 5
    before = dump(tmp_path / "quotes.db")
    assert [store.add(e) for e in extractions] == [False] * 5
    assert dump(tmp_path / "quotes.db") == before
    assert store.counts() == {"articles": 5, "quotes": 10, "speakers": 1, "speaker_mentions": 10,
                              "entities": 5, "figures": 5}
    assert fts_ok(tmp_path / "quotes.db")


def test_add_many_stores_a_chunk_as_add_does(store, tmp_path):
    extractions = [make_extraction(n) for n in range(5)]
    one_by_one = tmp_path / "one.db"
    with Store.open(one_by_one) as other:
        assert [other.add(e) for e in extractions] == [True] * 5
    # one article twice in a chunk, and articles already stored: False, as add says
    assert store.add_many([extractions[0], extractions[1], extractions[0]]) == [True, True, False]
    assert store.add_many(extractions) == [False, False, True, True, True]
    assert dump(tmp_path / "quotes.db") == dump(one_by_one)
    assert fts_ok(tmp_path / "quotes.db")


def test_add_many_leaves_nothing_of_a_chunk_that_fails(store):
    broken = dataclasses.replace(make_extraction(2), quotes=(None,))  # not a Quote: fails while inserting
    with pytest.raises(AttributeError):
        store.add_many([make_extraction(1), broken])
    assert store.counts()["articles"] == 0


def test_round_trip_keeps_every_field(store):
    original = make_extraction(3)
    store.add(original)
    article_id = identify(original.article).id
    stored = store.get_article(article_id)
    assert stored.quotes == original.quotes
    # the id the Article was built with is kept as its given id, and finds it too
    assert stored.article.given_id == original.article.id != article_id
    assert dataclasses.replace(stored.article, id=original.article.id, given_id=None) == original.article
    assert [e.article.id for e in store.iter_extractions()] == [article_id]
    assert store.get_article(original.article.id).article.id == article_id


def test_get_missing_article_is_a_query_error(store):
    with pytest.raises(QueryError, match="no article"):
        store.get_article("nope")


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("https://Example.com/a?utm_source=x&b=2&a=1#top", "https://example.com:443/a?a=1&b=2", True),
        ("https://example.com/a", "https://example.com/b", False),
        (None, None, True),  # no URL: the same text is the same article
    ],
)
def test_identity_is_canonical_url_else_text(store, first, second, same):
    a = make_extraction(1, url=first)
    b = dataclasses.replace(a, article=dataclasses.replace(a.article, url=second, id="other"))
    assert store.add(a) is True
    assert store.add(b) is (not same)
    assert store.has_article(b.article)


def test_same_text_under_two_urls_is_two_articles(store):
    a = make_extraction(1, url="https://one.example/x")
    b = make_extraction(1, url="https://two.example/x")
    assert store.add(a) and store.add(b)
    assert store.counts()["articles"] == 2


def test_canonical_url_leaves_other_schemes_out():
    assert canonical_url("file:///tmp/a.txt") is None
    assert canonical_url("HTTP://WWW.BBC.CO.UK:80/news/?fbclid=1") == "http://www.bbc.co.uk/news/"


def test_replace_rewrites_rows_and_keeps_the_index_consistent(store, tmp_path):
    original = make_extraction(2)
    store.add(original)
    changed_quote = dataclasses.replace(original.quotes[0], text="Something else entirely.")
    changed = dataclasses.replace(original, quotes=(changed_quote,))
    assert store.add(changed, replace=True) is True
    assert store.counts()["quotes"] == 1
    assert store.search("entirely")
    assert not store.search("deliver")
    assert fts_ok(tmp_path / "quotes.db")


def test_search_by_word_speaker_outlet_and_kind(store):
    store.add(make_extraction(0, speaker="Jens Stoltenberg", outlet="NATO Watch"))
    store.add(make_extraction(1, speaker="Ursula von der Leyen", outlet="EU Observer"))
    hits = store.search("air defence")
    assert {h.quote.speaker.name for h in hits} == {"Jens Stoltenberg", "Ursula von der Leyen"}
    assert all(h.rank > 0 for h in hits)
    by_speaker = store.search("deliver", speaker="leyen")
    assert [h.quote.speaker.name for h in by_speaker] == ["Ursula von der Leyen"]
    assert by_speaker[0].headline.startswith("Leyen urges")
    # The speaker's name is indexed too: a column filter finds it.
    assert {h.article_id for h in store.search("speaker:stoltenberg", syntax=True)} == {
        identify(make_extraction(0).article).id}
    assert [h.outlet for h in store.search(outlet="observer")] == ["EU Observer", "EU Observer"]
    indirect = store.search(kind="indirect")
    assert len(indirect) == 2 and all(h.quote.kind.value == "indirect" for h in indirect)
    assert store.search("billion", kind="direct") == []


def test_search_by_date_range(store):
    for n in range(10):  # published 2024-09-01 ... 2024-09-10, 12:00 UTC
        store.add(make_extraction(n))
    days = lambda hits: sorted({h.published.day for h in hits})  # noqa: E731
    assert days(store.search("defence", since="2024-09-03", until="2024-09-05", limit=100)) == [3, 4, 5]
    assert days(store.search(since="2024-09-09", limit=100)) == [9, 10]
    assert days(store.search(until="2024-09-01", limit=100)) == [1]
    assert days(store.search(since=datetime(2024, 9, 10, 13, tzinfo=UTC))) == []
    assert len(store.search(since="2024-09", until="2024", limit=100)) == 20
    # Without query words the newest come first.
    assert store.search(limit=1)[0].published.day == 10
    assert store.search(limit=2, offset=2)[0].published.day == 9


@pytest.mark.parametrize("bad", ['AND (', '"unbalanced', 'defence OR', 'nosuchcolumn:x', '(air'])
def test_malformed_syntax_is_a_query_error_only_when_syntax_is_asked_for(store, bad):
    store.add(make_extraction(0))
    with pytest.raises(QueryError, match="as search syntax"):
        store.search(bad, syntax=True)
    store.search(bad)  # the same text as plain words (the default) never fails
    store.search(bad, plain=True)


def test_plain_mode_finds_words_literally(store):
    store.add(make_extraction(0))
    assert len(store.search('"deliver Ukraine')) == 1
    with pytest.raises(QueryError, match="no letters or digits"):
        store.search("(((")


@pytest.mark.parametrize(("option", "value"), [("since", "yesterday"), ("until", "2024-02-30"),
                                               ("kind", "shouted")])
def test_bad_filter_values_are_query_errors(store, option, value):
    with pytest.raises(QueryError, match=value):
        store.search("x", **{option: value})


def test_speakers_counts_and_dates(store):
    for n in range(3):
        store.add(make_extraction(n, speaker="Jens Stoltenberg"))
    store.add(make_extraction(7, speaker="Mark Rutte"))
    top = store.speakers(top=5)
    assert [(s.name, s.quotes, s.articles) for s in top] == [("Jens Stoltenberg", 6, 3), ("Mark Rutte", 2, 1)]
    assert top[0].first_seen.day == 1 and top[0].last_seen.day == 3
    assert len(store.speakers(top=1)) == 1


def test_renaming_a_speaker_updates_the_index(store, tmp_path):
    """What cross-article linking will do: rewrite a speaker row; search follows."""
    store.add(make_extraction(0))
    store.connection.execute("UPDATE speakers SET name = 'J. Stoltenberg-Renamed'")
    assert store.search("speaker:renamed", syntax=True)
    assert fts_ok(tmp_path / "quotes.db")


def test_readonly_and_missing_stores(tmp_path):
    with pytest.raises(StoreError, match="no store at .*run saidwhat ingest first"):
        Store.open(tmp_path / "missing.db", readonly=True)
    path = tmp_path / "q.db"
    Store.open(path).close()
    with Store.open(path, readonly=True) as ro:
        assert ro.counts()["articles"] == 0
        with pytest.raises(StoreError, match="read-only"):
            ro.add(make_extraction(0))


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store.open(path)


def test_wal_mode_and_foreign_keys(store):
    assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_held_write_lock_is_a_busy_error(tmp_path):
    path = tmp_path / "q.db"
    Store.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Store.open(path, timeout=0.2) as s, pytest.raises(StoreBusyError, match="busy"):
            s.add(make_extraction(0))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_the_rules_of_a_quote_round_trip(tmp_path):
    from saidwhat.models import Article, Extraction, Quote, QuoteKind, Span, quote_from_dict, to_dict
    from saidwhat.store import Store

    article = Article(id="r", text='"We will stand by Ukraine," she said.')
    quote = Quote(text="We will stand by Ukraine,", spans=(Span(1, 26),), kind=QuoteKind.DIRECT,
                  rules=("cue:say-verb", "subject:nsubj", "assembly:direct"))
    assert quote_from_dict(to_dict(quote)).rules == quote.rules
    with Store.open(tmp_path / "q.db") as store:
        store.add(Extraction(article, (quote,)))
        (stored,) = store.get_article(article_id_of(store)).quotes
    assert stored.rules == ("cue:say-verb", "subject:nsubj", "assembly:direct")


def article_id_of(store) -> str:
    (aid,) = store.connection.execute("SELECT id FROM articles").fetchone()
    return aid


def test_an_id_given_to_two_articles_names_neither(store):
    """Two sources may both number their records from 1: the store's ids tell their articles apart."""
    first, second = (dataclasses.replace(x, article=dataclasses.replace(x.article, given_id="1"))
                     for x in (make_extraction(1), make_extraction(2)))
    store.add_many([first, second])
    with pytest.raises(QueryError, match="more than one article was given the id '1'"):
        store.get_article("1")
    assert store.get_article(identify(second.article).id).article.given_id == "1"


def test_a_chunk_s_quotes_are_indexed_as_the_trigger_indexed_one(tmp_path):
    """0021: the full-text rows of a transaction's quotes are written at its end, in one statement
    (one FTS5 segment a chunk, not one a quote), holding what the insert trigger wrote: the text,
    the speaker's name and mention, the headline; a replaced article's rows follow it."""
    db = tmp_path / "quotes.db"
    with Store.open(db) as store:
        assert store.add_many([make_extraction(n) for n in range(3)]) == [True] * 3
        conn = store.connection
        rows = conn.execute("SELECT f.text, f.speaker, f.headline, q.text, a.headline FROM quote_fts f"
                            " JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id").fetchall()
        assert len(rows) == 6 and all(text == q_text and head == a_head for text, _, head, q_text, a_head in rows)
        assert {speaker for _, speaker, *_ in rows} == {"Jens Stoltenberg Jens Stoltenberg",
                                                         "Jens Stoltenberg Stoltenberg"}
        replaced = dataclasses.replace(make_extraction(1), quotes=make_extraction(1).quotes[:1])
        assert store.add(replaced, replace=True)
        assert len(store.search("Stoltenberg", limit=100)) == 5
    assert fts_ok(db)


def test_a_speaker_named_again_in_a_chunk_learns_its_type_as_one_by_one(store, tmp_path):
    """A chunk reads each speaker's row once (``Store._speaker_id``): a name first met without a
    type and then with one ends with that type, as storing the articles one at a time gives."""
    untyped = make_extraction(1, speaker="Ada Okafor")
    untyped = dataclasses.replace(untyped, quotes=tuple(
        dataclasses.replace(q, speaker=dataclasses.replace(q.speaker, type=None)) for q in untyped.quotes))
    chunk = [untyped, make_extraction(2, speaker="Ada Okafor"), make_extraction(3, speaker="Ada Okafor")]
    one_by_one = tmp_path / "one.db"
    with Store.open(one_by_one) as other:
        assert [other.add(e) for e in chunk] == [True] * 3
    assert store.add_many(chunk) == [True] * 3
    assert store.connection.execute("SELECT name, type FROM speakers").fetchall() == [("Ada Okafor", "person")]
    assert dump(tmp_path / "quotes.db") == dump(one_by_one)
