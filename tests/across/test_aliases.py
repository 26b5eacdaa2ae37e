"""Speaker aliases are names and role descriptions a reader could search for, never pronouns.

A real ingest of four BBC politics articles quoting Tony Blair as "He", "he" and
"who" (resolved right by the extractor, so the quotes stay his) into a SQLite file.
"""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from saidwhat.across.link import link
from saidwhat.across.queries import find_speakers, speaker_info
from saidwhat.across.speakers import is_alias
from saidwhat.cli import main
from saidwhat.pipeline import ingest
from saidwhat.settings import Settings
from saidwhat.store import Store

from tests.conftest import shared_path

BLAIR_ARTICLES = ("102.txt", "126.txt", "130.txt", "184.txt")
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "his", "her", "its", "him", "them"}


@pytest.fixture(scope="module")
def blair_db(tmp_path_factory):
    folder = shared_path("data", "bbc-news", "bbc", "politics")
    src = tmp_path_factory.mktemp("blair")
    for name in BLAIR_ARTICLES:
        shutil.copy(folder / name, src / name)
    db = tmp_path_factory.mktemp("db") / "blair.db"
    with Store.open(db) as store:
        summary = ingest([src], store=store, jobs=1)
        assert summary.new == len(BLAIR_ARTICLES)
        link(store, Settings())
    return db


def _blair(store):
    (info,) = speaker_info(store, "Tony Blair")
    return info


def test_no_pronoun_is_recorded_as_an_alias(blair_db):
    with Store.open(blair_db) as store:
        info = _blair(store)
        mentions = {r[0] for r in store.connection.execute(
            "SELECT q.speaker_mention FROM quote_links l JOIN quotes q ON q.id = l.quote_id WHERE l.speaker_id = ?",
            (info["id"],))}
        # the precondition that makes this test mean something: pronoun mentions were linked to him
        assert {m.lower() for m in mentions} & PRONOUNS, mentions
        aliases = {a for (a,) in store.connection.execute("SELECT alias FROM across_speaker_aliases")}
    assert not {a for a in aliases if a.lower() in PRONOUNS}, sorted(aliases)
    assert {"Blair", "Mr Blair", "Tony Blair"} <= set(info["aliases"])
    assert {"the prime minister", "The prime minister"} & set(info["aliases"])


def test_a_pronoun_finds_no_speaker(blair_db):
    with Store.open(blair_db) as store:
        assert find_speakers(store, "he") == []
        assert find_speakers(store, "who") == []


def test_link_drops_pronoun_aliases_a_store_recorded_before(blair_db, tmp_path):
    """A store linked by an earlier saidwhat holds "He" and "who": the next `saidwhat link` removes them."""
    db = tmp_path / "old.db"
    shutil.copy(blair_db, db)
    with Store.open(db) as store:
        sid = _blair(store)["id"]
        store.connection.executemany("INSERT OR IGNORE INTO across_speaker_aliases VALUES (?, ?)",
                                     [(sid, "He"), (sid, "who"), (sid, "It"), (sid, "some people")])
    r = CliRunner().invoke(main, ["link", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    with Store.open(db) as store:
        aliases = _blair(store)["aliases"]
    assert not {"He", "who", "It", "some people"} & set(aliases), aliases
    assert "Mr Blair" in aliases


@pytest.mark.parametrize("mention, expected", [
    ("He", False), ("she", False), ("It", False), ("who", False), ("which", False), ("that", False),
    ("His", False), ("they", False), ("Those", False), ("some people", False), ("Many", False),
    ("a spokesman", False), ("A spokeswoman for Human Rights Watch", False), ("his spokesman", False),
    ("Mr Blair", True), ("Blair", True), ("Tony Blair", True), ("the prime minister", True),
    ("The Tory leader", True), ("Prime Minister Tony Blair", True), ("the NATO Secretary General", True),
    ("Downing Street", True), ("Who", False), ("His Holiness the Dalai Lama", True),
])
def test_is_alias(mention, expected):
    assert is_alias(mention) is expected
