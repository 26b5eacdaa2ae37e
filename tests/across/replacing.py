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
from tests.conftest import shared_path
from tests.older_schema import add_later_columns, as_schema, drop_later_columns

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


def older_store(source, tmp_path, version: int):
    """A copy of the store ``source`` as a saidwhat at schema ``version`` left it, opened the
    way that version's writer had it (no migration on open): (connection, Store). The
    current Store writes columns that version lacks, so it has them until the caller
    calls ``as_left(conn, version, tmp_path)``, then closes the connection."""
    from saidwhat.store import Store

    db = tmp_path / "old.db"
    shutil.copy(source, db)
    as_schema(db, version, tmp_path / "migrations")
    conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    add_later_columns(conn, version, tmp_path / "migrations")
    return conn, Store(conn, db, readonly=False)


def as_left(conn, version: int, tmp_path) -> None:
    """The store ``older_store`` opened, without the later columns its writer did not have."""
    drop_later_columns(conn, version, tmp_path / "migrations")


def table_rows(conn, tables=None) -> dict[str, list]:
    """Every row of every table (or of ``tables``), to compare a store before and after a migration."""
    if tables is None:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                             " AND name NOT LIKE 'sqlite_%'")]
    return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
