"""A replaced article leaves nothing behind: after `saidwhat link`, the linked record of a
store whose article was replaced by a revised version is the one a fresh store gets from
the final versions of the same articles.

Real BBC politics articles ingested into a SQLite file. The revision of 153 is dated two
days later, corrects two speaker descriptions (Davis's role changes) and drops the
sentences quoting Mark Oaten, whom no other article quotes; a wire copy of 153 makes
statements carried by two outlets and an altered quote.
"""

from __future__ import annotations

import json
import shutil

import pytest

from saidwhat.across.link import link
from saidwhat.across.queries import speaker_info
from saidwhat.extract import extract
from saidwhat.pipeline import ingest
from saidwhat.store import Store
from tests.across.replacing import (
    CORRECTED,
    CORRECTIONS,
    OTHERS,
    as_left,
    bbc_article,
    link_cli,
    older_store,
    write_jsonl,
)
from tests.conftest import stored_articles

OATEN = ("Liberal Democrat home affairs spokesman Mark Oaten said Labour was right to reject the Tories' idea"
         " of quotas on asylum. But he said it was yet to be seen if Mr Clarke could deliver"
         " \"a fair and efficient asylum system\".")
REVISION = {**CORRECTIONS, OATEN: ""}


def _first_versions():
    return [
        bbc_article(CORRECTED, published="2005-02-01T09:00:00+00:00"),
        bbc_article(OTHERS[0], published="2005-02-02T09:00:00+00:00"),
        bbc_article(OTHERS[1], published="2005-02-04T09:00:00+00:00"),
        bbc_article(CORRECTED, outlet="wire",
                    changes={OATEN: "", "after eight years of failure": "after seven years of failure"},
                    url="https://wire.example/clarke-immigration", published="2005-02-05T09:00:00+00:00"),
    ]


def _revised():
    return bbc_article(CORRECTED, changes=REVISION, published="2005-02-06T09:00:00+00:00")


def _ingest(db, tmp_path, articles) -> None:
    src = tmp_path / f"{db.stem}.jsonl"
    write_jsonl(src, articles)
    with Store.open(db) as store:
        assert ingest([src], store=store, jobs=1).new == len(articles)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """The final versions ingested into a new store and linked once."""
    tmp = tmp_path_factory.mktemp("fresh")
    db = tmp / "fresh.db"
    _ingest(db, tmp, [_revised() if a.url == _revised().url else a for a in _first_versions()])
    link_cli(db)
    return linked_record(db)


@pytest.fixture(scope="module")
def first_db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("first")
    db = tmp / "first.db"
    _ingest(db, tmp, _first_versions())
    link_cli(db)
    return db


def _replace(store: Store, nlp) -> None:
    assert store.add(extract(_revised(), nlp=nlp), replace=True)
    assert stored_articles(store.path) == 4  # replaced, not added


def linked_record(db) -> dict:
    """The cross-article tables, keyed by what two stores share: quotes by (article, index),
    statements by their speaker and quotes (their row ids depend on the order of writing)."""
    with Store.open(db) as store:
        c = store.connection
        quote = {qid: (aid, idx) for qid, aid, idx in c.execute("SELECT id, article_id, idx FROM quotes")}
        members: dict[int, list] = {sid: [] for (sid,) in c.execute("SELECT id FROM statements")}
        for qid, sid in c.execute("SELECT quote_id, statement_id FROM statement_quotes"):
            members[sid].append(quote[qid])
        speaker_of = dict(c.execute("SELECT id, speaker_id FROM statements"))
        statement = {sid: (speaker_of[sid], tuple(sorted(m))) for sid, m in members.items()}

        def each(sql, sid):
            return sorted(r[0] if len(r) == 1 else r for r in c.execute(sql, (sid,)))

        speakers = {}
        for sid, name, wikidata, first, last, notes in c.execute(
                "SELECT id, name, wikidata, first_seen, last_seen, notes FROM across_speakers").fetchall():
            speakers[sid] = {
                "name": name, "wikidata": wikidata, "first_seen": first, "last_seen": last,
                "notes": sorted(json.loads(notes)),  # in the order articles were linked
                "aliases": each("SELECT alias FROM across_speaker_aliases WHERE speaker_id = ?", sid),
                "roles": each("SELECT role FROM across_speaker_roles WHERE speaker_id = ?", sid),
                "outlets": each("SELECT outlet, last_seen FROM across_speaker_outlets WHERE speaker_id = ?", sid),
                "quotes": c.execute("SELECT count(*) FROM quote_links WHERE speaker_id = ?", (sid,)).fetchone()[0],
            }
        return {
            "speakers": speakers,
            "links": {quote[r[0]]: r[1:] for r in c.execute(
                "SELECT quote_id, speaker_id, how, note, spoken_on, role FROM quote_links")},
            "statements": sorted(statement.values()),
            "bands": sorted({(band, key, statement[sid]) for band, key, sid in c.execute(
                "SELECT band, key, statement_id FROM statement_bands")}),
            "flags": sorted(
                (kind, aid, quote.get(qid), statement.get(sid), day, evidence)
                for kind, aid, qid, sid, day, evidence in c.execute(
                    "SELECT kind, article_id, quote_id, statement_id, day, evidence FROM flags")),
            "linked": sorted(r[0] for r in c.execute("SELECT article_id FROM linked_articles")),
        }


def test_the_first_versions_give_what_the_revision_takes_away(first_db, fresh):
    """The precondition that makes the comparison mean something."""
    before = linked_record(first_db)["speakers"]
    assert "name:mark-oaten" in before and "name:mark-oaten" not in fresh["speakers"]
    assert before["Q9545"]["first_seen"] == "2005-02-01"
    assert fresh["speakers"]["Q9545"]["first_seen"] == "2005-02-02"
    assert any(len({m[0] for m in members}) > 1 for _, members in fresh["statements"])  # carried by two articles
    assert {f[0] for f in fresh["flags"]} >= {"altered"}


def test_replace_then_link_gives_what_a_fresh_store_gets(first_db, fresh, tmp_path, nlp):
    db = tmp_path / "replaced.db"
    shutil.copy(first_db, db)
    with Store.open(db) as store:
        _replace(store, nlp)
    report = link_cli(db)
    assert report["articles"] == 1  # incremental: only the replaced article was linked again
    got = linked_record(db)
    assert got["speakers"] == fresh["speakers"]
    assert got == fresh


def test_an_older_store_replaced_then_migrated_and_linked_gives_what_a_fresh_store_gets(first_db, fresh, tmp_path, nlp):
    """A store of schema 0011 (no recorded roles, no statement trigger) whose article was
    replaced by that version's writer: opening it migrates it, and the next link mends it."""
    conn, store = older_store(first_db, tmp_path, 11)
    _replace(store, nlp)
    as_left(conn, 11, tmp_path)
    conn.close()
    db = store.path
    link_cli(db)
    assert linked_record(db) == fresh


def test_a_role_only_the_replaced_version_gave_is_gone(tmp_path, wire):
    """The role a quote was resolved with ("NATO chief") follows the quote, like its alias."""
    words = "We will stand by Ukraine for as long as it takes"
    first = wire("a1", "reuters", "2024-09-10T10:00:00+00:00", [(words, "NATO chief Jens Stoltenberg")])
    other = wire("a2", "apnews", "2024-09-12T10:00:00+00:00", [(words, "Jens Stoltenberg")])
    revised = wire("a1", "reuters", "2024-09-11T10:00:00+00:00", [(words, "Jens Stoltenberg")])
    with Store.open(tmp_path / "replaced.db") as store:
        store.add(first)
        store.add(other)
        link(store)
        assert speaker_info(store, "Jens Stoltenberg")[0]["roles"] == ["NATO chief"]  # the precondition
        assert store.add(revised, replace=True)
        link(store)
    with Store.open(tmp_path / "fresh.db") as store:
        store.add(revised)
        store.add(other)
        link(store)
    got = linked_record(tmp_path / "replaced.db")
    assert got["speakers"]["Q57665"]["roles"] == []
    assert got == linked_record(tmp_path / "fresh.db")
