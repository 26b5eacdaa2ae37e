"""Speaker aliases are names and role descriptions a reader could search for, never pronouns.

A real ingest of four BBC politics articles quoting Tony Blair as "He", "he" and
"who" (resolved right by the extractor, so the quotes stay his) into a SQLite file.
An alias also follows the stored articles that give it: when an article is replaced
by a corrected version, the names only the old version gave are dropped at the next link.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from saidwhat.across.link import link
from saidwhat.across.queries import find_speakers, speaker_info
from saidwhat.across.speakers import is_alias
from saidwhat.cli import main
from saidwhat.extract import extract
from saidwhat.ingest import read_text_article
from saidwhat.models import Article
from saidwhat.pipeline import ingest
from saidwhat.settings import Settings
from saidwhat.store import Store
from saidwhat.store.migrate import find_migrations, migrate

from tests.conftest import shared_path, stored_articles

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


# --- aliases follow the articles that give them --------------------------------------------

# 153 calls Blair "The prime minister" and Davis "Conservative shadow home
# secretary David Davis", and no other of these articles does; 106 and 353 quote Blair too.
CORRECTED = "153.txt"
OTHERS = ("106.txt", "353.txt")
CORRECTIONS = {  # what the outlet's corrected version says instead
    "The prime minister on Sunday said immigration": "On Sunday, Mr Blair said immigration",
    "Conservative shadow home secretary David Davis": "Shadow home secretary David Davis",
}


def _url(name: str) -> str:
    return f"https://bbc.example/politics/{name.removesuffix('.txt')}"


def _bbc_article(name: str, *, corrected: bool = False) -> Article:
    text = (shared_path("data", "bbc-news", "bbc", "politics") / name).read_text(encoding="utf-8")
    for old, new in CORRECTIONS.items() if corrected else ():
        assert old in text
        text = text.replace(old, new)
    return dataclasses.replace(read_text_article(text, source=name), url=_url(name), outlet="bbc")


@pytest.fixture(scope="module")
def bbc_db(tmp_path_factory):
    """The three articles ingested from JSONL with their URLs (the identity a replace keeps), and linked."""
    src = tmp_path_factory.mktemp("bbc") / "politics.jsonl"
    records = [{"id": n, "text": a.text, "headline": a.headline, "outlet": a.outlet, "url": a.url}
               for n, a in ((n, _bbc_article(n)) for n in (CORRECTED, *OTHERS))]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path_factory.mktemp("db") / "bbc.db"
    with Store.open(db) as store:
        assert ingest([src], store=store, jobs=1).new == 3
        link(store, Settings())
    return db


def _replace_with_correction(store: Store, nlp) -> None:
    assert store.add(extract(_bbc_article(CORRECTED, corrected=True), nlp=nlp), replace=True)
    assert stored_articles(store.path) == 3  # replaced, not added


def _link(db) -> dict:
    r = CliRunner().invoke(main, ["link", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def _aliases(db) -> dict[str, set[str]]:
    with Store.open(db) as store:
        rows = store.connection.execute("SELECT speaker_id, alias FROM across_speaker_aliases").fetchall()
    out: dict[str, set[str]] = {}
    for sid, alias in rows:
        out.setdefault(sid, set()).add(alias)
    return out


def _supported(db) -> dict[str, set[str]]:
    """The aliases linking the store afresh would record: the alias-like mentions of each speaker's quotes."""
    with Store.open(db) as store:
        rows = store.connection.execute(
            "SELECT DISTINCT l.speaker_id, q.speaker_mention"
            " FROM quote_links l JOIN quotes q ON q.id = l.quote_id"
            " WHERE l.speaker_id IS NOT NULL AND q.speaker_mention IS NOT NULL").fetchall()
    out: dict[str, set[str]] = {}
    for sid, mention in rows:
        if is_alias(mention):
            out.setdefault(sid, set()).add(mention)
    return out


def test_an_alias_only_the_replaced_version_gave_is_gone_after_link(bbc_db, tmp_path, nlp):
    db = tmp_path / "corrected.db"
    shutil.copy(bbc_db, db)
    before = _aliases(db)
    # the precondition: the first version gave these aliases
    assert {"The prime minister", "Mr Blair", "Tony Blair"} <= before["name:tony-blair"]
    assert "Conservative shadow home secretary David Davis" in before["name:david-davis"]

    with Store.open(db) as store:
        _replace_with_correction(store, nlp)
    report = _link(db)
    assert report["articles"] == 1  # only the replaced article was linked again
    after = _aliases(db)
    assert "The prime minister" not in after["name:tony-blair"]
    # still given by the corrected version or by the other articles
    assert {"Mr Blair", "Tony Blair"} <= after["name:tony-blair"]
    assert after["name:david-davis"] == {"Shadow home secretary David Davis"}
    assert after == _supported(db)
    assert report["aliases_removed"] == 2


def test_an_older_store_drops_the_aliases_of_replaced_articles_at_the_next_link(bbc_db, tmp_path, nlp):
    """A store of schema 0010 whose article was replaced keeps that article's old aliases;
    opening it migrates it, and the next `saidwhat link` drops them, losing no other row."""
    db = tmp_path / "old.db"
    shutil.copy(bbc_db, db)
    _as_schema(db, 10, tmp_path / "migrations")
    conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    # the writer of that version: the same store tables, none of 0011's triggers
    _replace_with_correction(Store(conn, db, readonly=False), nlp)
    before = _rows(conn)
    conn.close()
    assert ("name:tony-blair", "The prime minister") in before["across_speaker_aliases"]

    with Store.open(db) as store:  # the current code migrates on open
        assert _rows(store.connection, tables=before) == before
    _link(db)
    after = _aliases(db)
    assert "The prime minister" not in after["name:tony-blair"]
    assert after["name:david-davis"] == {"Shadow home secretary David Davis"}
    assert after == _supported(db)


def _as_schema(db, version: int, folder) -> None:
    """Make ``db`` what a saidwhat at schema ``version`` left: drop every table, index and trigger
    the later migrations added (read from a store built by the migrations up to ``version``)."""
    folder.mkdir()
    for m in find_migrations():
        if m.version <= version:
            shutil.copy(m.path, folder / m.path.name)
    old = sqlite3.connect(":memory:", isolation_level=None)
    migrate(old, folder)
    keep = {name for (name,) in old.execute("SELECT name FROM sqlite_master")}
    old.close()
    conn = sqlite3.connect(db, isolation_level=None)
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master").fetchall():
        if name not in keep and kind in ("table", "index", "trigger", "view"):
            conn.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
    conn.execute(f"PRAGMA user_version = {version:d}")
    conn.close()


def _rows(conn, tables=None) -> dict[str, list]:
    """Every row of every table (or of ``tables``), to compare a store before and after a migration."""
    if tables is None:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                             " AND name NOT LIKE 'sqlite_%'")]
    return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
