"""The store under stress: a full disk, a read-only database, an old schema, hostile content, bad queries."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from clirun import run_cli
from storecheck import contents, healthy, hostile_extraction

from saidwhat.cli import main
from saidwhat.errors import QueryError, StoreError
from saidwhat.store import Store
from saidwhat.store.migrate import find_migrations, latest_version, migrate
from tests.older_schema import add_later_columns, drop_later_columns

PAYLOADS = [
    "'; DROP TABLE articles; --",
    "Robert'); DELETE FROM quotes WHERE ('1'='1",
    '" OR 1=1 --',
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "{{ 7*7 }} ${7*7} %s %(x)s",
    "\u202eevil\u202c \x00nul",
    "quote_fts MATCH 'x'",
]


def _fill(store: Store, n: int = 5) -> None:
    for i, payload in enumerate(PAYLOADS[:n]):
        store.add(hostile_extraction(i, payload))


# --- a full disk ------------------------------------------------------------------


def test_a_full_database_is_a_clear_error_and_keeps_what_was_stored(tmp_path):
    db = tmp_path / "full.db"
    with Store.open(db) as store:
        _fill(store, 3)
        before = contents(db)
        pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
        # SQLite's own cap on the file's size: the next article does not fit.
        store.connection.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError, match="full"):
            for i in range(3, 200):
                store.add(hostile_extraction(i, "x" * 5000 + str(i)))
    assert contents(db) == before
    healthy(db)
    with Store.open(db) as store:  # still usable once there is room
        assert store.add(hostile_extraction(99, "room again"))


def _mount_tmpfs(where: Path, size: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    where.mkdir()
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


def test_ingest_onto_a_full_filesystem(tmp_path, bbc_dir):
    disk = tmp_path / "disk"
    # Ingest commits a chunk of 64 articles at a time (pipeline.CHUNK_SIZE, Store.add_many):
    # room for the empty store and the first chunk, not for the 200 articles
    if not _mount_tmpfs(disk, "4000k"):
        pytest.skip("needs root and tmpfs to make a small filesystem")
    try:
        files = sorted((bbc_dir / "business").glob("*.txt"))[:200]
        db = disk / "q.db"
        out = run_cli("ingest", *map(str, files), "--db", str(db), "--quiet", cwd=tmp_path)
        assert out.returncode == 5, (out.returncode, out.stdout, out.stderr)  # StoreError's exit code
        assert "error:" in out.stderr and ("full" in out.stderr or "disk" in out.stderr), out.stderr
        assert "Traceback" not in out.stderr
        # Copy the store off the full disk (SQLite needs room for its -shm to check it in place).
        kept = tmp_path / "kept"
        kept.mkdir()
        for f in disk.iterdir():
            shutil.copy(f, kept / f.name)
        healthy(kept / "q.db")
        partial = contents(kept / "q.db")
        assert partial["articles"], "nothing was stored before the disk filled"
        # A rerun with room finishes the job, and whole articles were kept: the result equals a clean run.
        for f in kept.iterdir():
            f.rename(tmp_path / f.name)
        out = run_cli("ingest", *map(str, files), "--db", str(tmp_path / "q.db"), "--quiet", cwd=tmp_path)
        assert out.returncode == 0, out.stderr
        clean = tmp_path / "clean.db"
        clean_run = run_cli("ingest", *map(str, files), "--db", str(clean), "--quiet", cwd=tmp_path)
        assert clean_run.returncode == 0, clean_run.stderr
        assert contents(tmp_path / "q.db") == contents(clean)
        assert set(partial["articles"]) <= set(contents(clean)["articles"])
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)


# --- read-only ----------------------------------------------------------------------


def test_a_store_opened_readonly_refuses_writes_and_is_untouched(tmp_path):
    db = tmp_path / "q.db"
    with Store.open(db) as store:
        _fill(store)
    before = contents(db)
    with Store.open(db, readonly=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.add(hostile_extraction(50, "new"))
        assert len(store.search("headline")) == 5
    assert contents(db) == before


def test_a_store_on_a_readonly_filesystem(tmp_path):
    disk = tmp_path / "ro"
    if not _mount_tmpfs(disk, "4m"):
        pytest.skip("needs root and tmpfs to make a read-only filesystem")
    try:
        db = disk / "q.db"
        with Store.open(db) as store:
            _fill(store)
        before = contents(db)
        assert subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True).returncode == 0
        # Writing: a clear error and exit code, no traceback.
        seed = tmp_path / "a.txt"
        seed.write_text('Headline\n\n"We will stay," the minister said on Monday.\n')
        out = run_cli("ingest", str(seed), "--db", str(db), "--quiet", cwd=tmp_path)
        assert out.returncode == 5 and "error:" in out.stderr and "Traceback" not in out.stderr, out.stderr
        assert "read" in out.stderr.lower(), out.stderr  # "readonly" / "read-only"
        # Reading still works.
        out = run_cli("search", "headline", "--db", str(db), "--format", "json", cwd=tmp_path)
        assert out.returncode == 0, out.stderr
        assert contents(db) == before
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)


# --- migrations ----------------------------------------------------------------------


def test_a_store_of_the_previous_schema_version_migrates_without_losing_rows(tmp_path):
    migrations = find_migrations()
    if len(migrations) < 2:
        pytest.skip("only one schema version exists")
    old = tmp_path / "old-migrations"
    old.mkdir()
    for m in migrations[:-1]:  # every migration up to N-1, from their own SQL files
        shutil.copy(m.path, old / m.path.name)
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    migrate(conn, old)
    previous = migrations[-2].version
    assert conn.execute("PRAGMA user_version").fetchone()[0] == previous
    # the writer of that version: same tables, no newer ones; the columns it did not write
    # (0015's quotes.rules) are there only while the current code writes as that version
    add_later_columns(conn, previous, tmp_path / "schema")
    old_store = Store(conn, db, readonly=False)
    _fill(old_store, len(PAYLOADS))
    drop_later_columns(conn, previous, tmp_path / "schema")
    conn.close()
    before = contents(db)
    assert len(before["articles"]) == len(PAYLOADS)

    with Store.open(db) as store:  # the current code migrates on open
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        assert store.counts()["articles"] == len(PAYLOADS)
        assert store.add(hostile_extraction(100, "after the migration"))
    after = contents(db)
    for table, rows in before.items():
        assert set(rows) <= set(after[table]), f"{table} lost rows in the migration"
    healthy(db)


# --- hostile content -------------------------------------------------------------------


def test_hostile_text_and_metadata_are_stored_and_returned_verbatim(tmp_path):
    db = tmp_path / "q.db"
    with Store.open(db) as store:
        originals = {}  # by text, which is unique per article here; the store assigns its own ids
        for i, payload in enumerate(PAYLOADS):
            ex = hostile_extraction(i, payload)
            store.add(ex)
            originals[ex.article.text] = ex
        tables = {r[0] for r in store.connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"articles", "quotes", "speakers", "quote_fts"} <= tables
        assert store.counts()["articles"] == len(PAYLOADS)
        for ex in store.iter_extractions():
            want = originals[ex.article.text]
            for field in ("text", "headline", "url", "outlet", "author", "source"):
                assert getattr(ex.article, field) == getattr(want.article, field), field
            assert ex.quotes[0].text == want.quotes[0].text
            assert ex.quotes[0].speaker.mention == want.quotes[0].speaker.mention
        # Searching for a payload literally finds its own article and nothing is executed.
        for payload in PAYLOADS:
            hits = store.search(payload, plain=True, limit=100)
            if any(ch.isalnum() for ch in payload):
                assert any(payload in h.quote.text for h in hits), payload
            hits = store.search(speaker=payload, limit=100)
            assert all(payload in (h.quote.speaker.name or "") for h in hits)
        assert store.counts()["articles"] == len(PAYLOADS)
    healthy(db)


def test_hostile_text_through_the_cli_is_printed_not_interpreted(tmp_path):
    db = tmp_path / "q.db"
    with Store.open(db) as store:
        for i, payload in enumerate(PAYLOADS):
            store.add(hostile_extraction(i, payload))
    out = run_cli("search", "script", "--db", str(db), "--format", "json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "<script>alert('x')</script>" in __import__("json").loads(out.stdout)[0]["quote"]["text"]


BAD_QUERIES = ["AND (", "\"unbalanced", "*", "NEAR(", "(", ")", "OR", "a AND", "NOT", "\"", "speaker:",
               "nosuchcol:x", "^", "a:b:c", "AND AND", "-x", "x -y", "**", "*a", "a OR *", "{a b}: x", "\x00"]


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


# Plain words are the default reading since a2d7797 (issue 18): syntax is read only when asked
# for (syntax=True, --syntax), so that is where a malformed query must be a clean QueryError.
# Read plainly, text holding a letter or digit never fails; text with none is a QueryError
# saying there is nothing to look for (on purpose: tests/store/test_store_db.py).
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_malformed_query_is_a_query_error_in_the_library(tmp_path, query):
    with Store.open(tmp_path / "q.db") as store:
        _fill(store)
        with pytest.raises(QueryError) as caught:  # every one of these is malformed FTS5
            store.search(query, syntax=True)
        assert f"cannot read {query!r} as search syntax" in str(caught.value)
        assert "without search syntax the words are looked for as typed" in str(caught.value)
        for plain in ({}, {"plain": True}):  # the default, and the older callers' spelling of it
            if _has_word(query):
                store.search(query, **plain)
            else:
                with pytest.raises(QueryError, match="has no letters or digits to look for"):
                    store.search(query, **plain)


@pytest.mark.parametrize("query", ["a\x00b", "\x00nul", "\u202eevil\u202c \x00nul"])
def test_a_nul_in_plain_words_splits_them_like_the_index_does(tmp_path, query):
    with Store.open(tmp_path / "q.db") as store:
        _fill(store)
        store.add(hostile_extraction(50, "a b and nul, \u202eevil\u202c"))
        # SQLite reads a NUL inside a quoted FTS5 phrase as the end of the query ("unterminated string")
        hits = store.search(query)
        assert any("a b and nul" in h.quote.text for h in hits), query


def test_malformed_query_in_the_cli_is_a_message_and_exit_6(tmp_path):
    db = tmp_path / "q.db"
    with Store.open(db) as store:
        _fill(store)
    runner = CliRunner()
    for query in BAD_QUERIES:
        result = runner.invoke(main, ["search", "--db", str(db), "--syntax", "--", query])
        assert result.exception is None or isinstance(result.exception, SystemExit), (query, result.exception)
        assert result.exit_code == 6, (query, result.exit_code, result.output)
        assert f"error: cannot read {query!r} as search syntax" in result.stderr, (query, result.stderr)
        assert "Traceback" not in result.output
        # the same text as plain words: found or not, or nothing to look for
        result = runner.invoke(main, ["search", "--db", str(db), "--", query])
        assert result.exception is None or isinstance(result.exception, SystemExit), (query, result.exception)
        if _has_word(query):
            assert result.exit_code == 0, (query, result.exit_code, result.output)
        else:
            assert result.exit_code == 6, (query, result.exit_code, result.output)
            assert "has no letters or digits" in result.stderr, (query, result.stderr)
        assert "Traceback" not in result.output
    # And one real process, as a user sees it.
    out = run_cli("search", "AND (", "--syntax", "--db", str(db), cwd=tmp_path)
    assert out.returncode == 6 and "error: cannot read 'AND (' as search syntax" in out.stderr
    assert "Traceback" not in out.stderr
