"""The migration runner: ordered files, applied once, to new and existing stores."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from store_helpers import make_extraction

from saidwhat.errors import StoreError
from saidwhat.store import Store
from saidwhat.store.migrate import MIGRATIONS_DIR, find_migrations, latest_version, migrate, split_statements


def _connect(path):
    return sqlite3.connect(path, isolation_level=None)


def test_a_new_store_is_at_the_latest_version(tmp_path):
    with Store.open(tmp_path / "q.db") as s:
        assert s.connection.execute("PRAGMA user_version").fetchone()[0] == latest_version() >= 1


def test_migrations_are_numbered_files_in_order():
    versions = [m.version for m in find_migrations()]
    assert versions == sorted(versions) and versions[0] == 1
    assert len(set(versions)) == len(versions)


def test_a_later_migration_applies_to_an_existing_store_with_data(tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    shutil.copy(MIGRATIONS_DIR / "0001_initial.sql", folder)
    db = tmp_path / "q.db"
    conn = _connect(db)
    assert migrate(conn, folder) == [1]
    conn.close()

    # Fill it the normal way (the real folder may hold later migrations; apply them first).
    with Store.open(db) as s:
        s.add(make_extraction(0))
    conn = _connect(db)
    conn.execute("PRAGMA user_version = 1")  # pretend only 0001 ran, as in an old store

    (folder / "0002_flags.sql").write_text(
        "-- a later change: a column and an index, with a trigger's inner semicolons\n"
        "ALTER TABLE articles ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0;\n"
        "CREATE TABLE flag_log (article_id TEXT, at TEXT);\n"
        "CREATE TRIGGER flag_logged AFTER UPDATE OF flagged ON articles BEGIN\n"
        "    INSERT INTO flag_log VALUES (new.id, 'now');\n"
        "END;\n"
    )
    (folder / "notes.sql").write_text("this is not a migration and is ignored")
    assert migrate(conn, folder) == [2]
    assert migrate(conn, folder) == []  # applied once
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert conn.execute("SELECT count(*), sum(flagged) FROM articles").fetchone() == (1, 0)
    conn.execute("UPDATE articles SET flagged = 1")
    assert conn.execute("SELECT count(*) FROM flag_log").fetchone()[0] == 1
    conn.close()


def test_a_failing_migration_leaves_the_previous_version(tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_a.sql").write_text("CREATE TABLE a (x);\n")
    (folder / "0002_b.sql").write_text("CREATE TABLE b (x);\nINSERT INTO nowhere VALUES (1);\n")
    conn = _connect(tmp_path / "q.db")
    with pytest.raises(StoreError, match="0002_b.sql"):
        migrate(conn, folder)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    # 0002 was rolled back whole: its first table is not there either.
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'b'").fetchone()[0] == 0


def test_a_store_newer_than_the_code_is_refused(tmp_path):
    db = tmp_path / "q.db"
    Store.open(db).close()
    conn = _connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(StoreError, match="newer than this saidwhat"):
        Store.open(db)


def test_two_migrations_with_one_number_are_refused(tmp_path):
    (tmp_path / "0003_a.sql").write_text("SELECT 1;")
    (tmp_path / "0003_b.sql").write_text("SELECT 1;")
    with pytest.raises(StoreError, match="two migrations numbered 0003"):
        find_migrations(tmp_path)


def test_split_statements_keeps_triggers_whole():
    script = "CREATE TABLE t (x); -- note; with a semicolon\nCREATE TRIGGER g AFTER INSERT ON t BEGIN\n" \
             "  INSERT INTO t VALUES (1);\n  INSERT INTO t VALUES (2);\nEND;\n"
    statements = split_statements(script)
    assert len(statements) == 2
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].rstrip().endswith("END;")


def test_a_store_left_at_0019_gains_given_ids_and_keeps_its_articles(tmp_path):
    """0020: the column for a record's own id. An older store's rows keep their ids (their records' own
    ids were never stored: NULL), and articles stored after it are found by either id."""
    import dataclasses

    from saidwhat.store.identity import identify
    from tests.older_schema import as_schema

    db = tmp_path / "q.db"
    old = dataclasses.replace(make_extraction(0), article=dataclasses.replace(make_extraction(0).article, id="x"))
    with Store.open(db) as s:
        s.add(old)
    as_schema(db, 19, tmp_path / "migrations")
    conn = _connect(db)
    assert "given_id" not in {c[1] for c in conn.execute("PRAGMA table_info(articles)")}
    conn.close()

    new = make_extraction(1)
    new = dataclasses.replace(new, article=dataclasses.replace(new.article, given_id="rec-7"))
    with Store.open(db) as s:
        assert s.connection.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        stored = s.get_article(identify(old.article).id)
        assert stored.quotes == old.quotes and stored.article.given_id is None
        assert s.add(new)
        assert s.get_article("rec-7").article.id == identify(new.article).id
        assert s.get_article(identify(new.article).id).article.given_id == "rec-7"


def test_a_store_written_before_spoken_ranges_opens_and_relinks_without_loss(tmp_path):
    """tests/store/data/store_v25.db.gz: a real store written and linked by saidwhat at schema 25,
    before quote_links kept a stretch of days. Two articles: eastgate's "Dubois said on Tuesday"
    (24 Nov 2026) and capital's copy of 2 December, "Clara Dubois said last week", with her
    "The pension reform ..." that "Dubois told parliament last week"."""
    import gzip

    from saidwhat.across.queries import statement_info
    from saidwhat.across.review import relink_all
    from saidwhat.settings import Settings

    db = tmp_path / "old.db"
    db.write_bytes(gzip.decompress((Path(__file__).parent / "data" / "store_v25.db.gz").read_bytes()))
    conn = _connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 25
    before = conn.execute("SELECT q.text, l.speaker_id, l.spoken_on FROM quote_links l"
                          " JOIN quotes q ON q.id = l.quote_id ORDER BY q.id").fetchall()
    conn.close()
    with Store.open(db) as s:
        c = s.connection
        assert c.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        # opened: every link as it was, the new columns empty until the article is linked again
        assert c.execute("SELECT q.text, l.speaker_id, l.spoken_on FROM quote_links l"
                         " JOIN quotes q ON q.id = l.quote_id ORDER BY q.id").fetchall() == before
        assert c.execute("SELECT count(*) FROM quote_links WHERE spoken_from IS NOT NULL").fetchone()[0] == 0
        relink_all(s, Settings())
        after = c.execute("SELECT q.text, l.speaker_id, l.spoken_on, l.spoken_from, l.spoken_to, l.spoken_words"
                          " FROM quote_links l JOIN quotes q ON q.id = l.quote_id ORDER BY q.article_id, q.idx"
                          ).fetchall()
        assert sorted(map(repr, (r[:3] for r in after))) == sorted(map(repr, before))  # the same speakers, days
        ranged = {r[0]: r[3:] for r in after if r[3]}
        assert ranged == {
            "We will not raise taxes on working families this year or next,": ("2026-11-23", "2026-11-29", "last week"),
            "The pension reform will go ahead as planned in January,": ("2026-11-23", "2026-11-29", "last week"),
        }
        sid = c.execute("SELECT s.statement_id FROM statement_quotes s JOIN quotes q ON q.id = s.quote_id"
                        " WHERE q.text LIKE 'The pension reform%'").fetchone()[0]
        said = statement_info(s, sid)["said"]
        assert (said["shown"], said["basis"], said["evidence"], said["outlet"]) == (
            "the week of 23-29 Nov 2026", "spoken", "said last week, per the source", "capital")
        # the tax pledge: eastgate's Tuesday lies in capital's "last week" and is the more precise
        sid = c.execute("SELECT s.statement_id FROM statement_quotes s JOIN quotes q ON q.id = s.quote_id"
                        " WHERE q.text LIKE 'We will not raise%'").fetchone()[0]
        said = statement_info(s, sid)["said"]
        assert (said["date"], said["basis"], said["outlet"]) == ("2026-11-24", "spoken", "eastgate")
