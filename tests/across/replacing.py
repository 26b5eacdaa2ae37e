"""Real BBC politics articles ingested into a SQLite file and replaced by a revised version:
shared by the tests of what a replace must leave behind (aliases, speakers, statements)."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from datetime import datetime

from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.ingest import read_text_article
from saidwhat.models import Article
from saidwhat.store.migrate import find_migrations, migrate

from tests.conftest import shared_path

# 153 calls Blair "The prime minister" and Davis "Conservative shadow home
# secretary David Davis", and no other of these articles does; 106 and 353 quote Blair too.
CORRECTED = "153.txt"
OTHERS = ("106.txt", "353.txt")
CORRECTIONS = {  # what the outlet's corrected version says instead
    "The prime minister on Sunday said immigration": "On Sunday, Mr Blair said immigration",
    "Conservative shadow home secretary David Davis": "Shadow home secretary David Davis",
}


def bbc_url(name: str) -> str:
    return f"https://bbc.example/politics/{name.removesuffix('.txt')}"


def bbc_article(name: str, *, changes: dict[str, str] | None = None, published: str | None = None,
                outlet: str = "bbc", url: str | None = None) -> Article:
    """The article ``name`` with each key of ``changes`` (which must be in it) replaced by its value."""
    text = (shared_path("data", "bbc-news", "bbc", "politics") / name).read_text(encoding="utf-8")
    for old, new in (changes or {}).items():
        assert old in text
        text = text.replace(old, new)
    return dataclasses.replace(read_text_article(text, source=name), url=url or bbc_url(name), outlet=outlet,
                               published=datetime.fromisoformat(published) if published else None)


def write_jsonl(path, articles: list[Article]) -> None:
    """``articles`` as the JSONL ``saidwhat ingest`` reads, URLs (the identity a replace keeps) included."""
    records = [{"id": a.source, "text": a.text, "headline": a.headline, "outlet": a.outlet, "url": a.url,
                **({"published": a.published.isoformat()} if a.published else {})} for a in articles]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def link_cli(db) -> dict:
    """`saidwhat link --json` on ``db``; its report."""
    r = CliRunner().invoke(main, ["link", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def as_schema(db, version: int, folder) -> None:
    """Make ``db`` what a saidwhat at schema ``version`` left: drop every table, index, trigger
    and column the later migrations added (read from a store built by the migrations up to ``version``)."""
    folder.mkdir()
    for m in find_migrations():
        if m.version <= version:
            shutil.copy(m.path, folder / m.path.name)
    old = sqlite3.connect(":memory:", isolation_level=None)
    migrate(old, folder)
    keep = {name: kind for name, kind in old.execute("SELECT name, type FROM sqlite_master")}
    columns = {t: {c[1] for c in old.execute(f'PRAGMA table_info("{t}")')} for t, k in keep.items() if k == "table"}
    old.close()
    conn = sqlite3.connect(db, isolation_level=None)
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master").fetchall():
        if name not in keep and kind in ("table", "index", "trigger", "view"):
            conn.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
    for table, cols in columns.items():
        for (col,) in conn.execute(f'SELECT name FROM pragma_table_info("{table}")').fetchall():
            if col not in cols:
                conn.execute(f'ALTER TABLE "{table}" DROP COLUMN "{col}"')
    conn.execute(f"PRAGMA user_version = {version:d}")
    conn.close()


def older_store(source, tmp_path, version: int):
    """A copy of the store ``source`` as a saidwhat at schema ``version`` left it, opened the
    way that version's writer had it (no migration on open): (connection, Store). The
    caller closes the connection."""
    from saidwhat.store import Store

    db = tmp_path / "old.db"
    shutil.copy(source, db)
    as_schema(db, version, tmp_path / "migrations")
    conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn, Store(conn, db, readonly=False)


def table_rows(conn, tables=None) -> dict[str, list]:
    """Every row of every table (or of ``tables``), to compare a store before and after a migration."""
    if tables is None:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                             " AND name NOT LIKE 'sqlite_%'")]
    return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
