"""A store as an older saidwhat left it: its schema taken back to an earlier migration.

The current ``Store`` stands in for that version's writer, which is faithful for
triggers and tables (the old schema does not have them) but not for columns the
writer fills: since migration 0015 it writes ``quotes.rules``. So an older store
is given those columns while the current code writes to it (``add_later_columns``)
and loses them, with whatever was written there, before it is migrated
(``drop_later_columns``): what that version's writer would have left.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from saidwhat.store.migrate import MIGRATIONS_DIR, find_migrations, migrate


def _schema(folder: Path) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """What the migrations in ``folder`` build: each object's kind by name, and each table's columns
    with their declared types."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn, folder)
    kinds = {name: kind for name, kind in conn.execute("SELECT name, type FROM sqlite_master")}
    columns = {t: {c[1]: c[2] for c in conn.execute(f'PRAGMA table_info("{t}")')}
               for t, k in kinds.items() if k == "table"}
    conn.close()
    return kinds, columns


def _migrations_up_to(version: int, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    for m in find_migrations():
        if m.version <= version:
            shutil.copy(m.path, folder / m.path.name)
    return folder


def drop_later_columns(conn: sqlite3.Connection, version: int, folder: Path) -> None:
    """Drop every column of ``conn``'s tables that schema ``version`` does not have."""
    _, columns = _schema(_migrations_up_to(version, folder))
    for table, cols in columns.items():
        for (col,) in conn.execute(f'SELECT name FROM pragma_table_info("{table}")').fetchall():
            if col not in cols:
                conn.execute(f'ALTER TABLE "{table}" DROP COLUMN "{col}"')


def add_later_columns(conn: sqlite3.Connection, version: int, folder: Path) -> None:
    """Add to ``conn``'s tables of schema ``version`` the columns later migrations add (plain, NULL),
    so that the current Store can write to it as that version's writer."""
    _, old = _schema(_migrations_up_to(version, folder))
    _, latest = _schema(MIGRATIONS_DIR)
    for table, cols in latest.items():
        for col, kind in cols.items():
            if table in old and col not in old[table]:
                conn.execute(f'ALTER TABLE "{table}" ADD COLUMN "{col}" {kind}')


def _old_sql(folder: Path) -> dict[str, list[str]]:
    """Each table's CREATE statement in the schema of ``folder``'s migrations, then its indexes' and triggers'."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn, folder)
    out: dict[str, list[str]] = {}
    rows = conn.execute("SELECT type, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                        " ORDER BY type != 'table'").fetchall()
    for _, table, sql in rows:
        out.setdefault(table, []).append(sql)
    conn.close()
    return out


def _primary_key(conn: sqlite3.Connection, table: str) -> list[str]:
    return [c[1] for c in sorted(conn.execute(f'PRAGMA table_info("{table}")'), key=lambda c: c[5]) if c[5]]


def rebuild_reshaped(conn: sqlite3.Connection, version: int, folder: Path) -> None:
    """Give back their old shape to the tables a later migration rebuilt with another primary key
    (0017: statement_quotes, a row per quote sentence), keeping the rows of the common columns
    (the first of each old key)."""
    sql = _old_sql(_migrations_up_to(version, folder))
    old = sqlite3.connect(":memory:", isolation_level=None)
    migrate(old, _migrations_up_to(version, folder))
    for table, statements in sql.items():
        if not statements[0].upper().startswith("CREATE TABLE"):
            continue
        exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
        if not exists or _primary_key(old, table) == _primary_key(conn, table):
            continue
        common = [c[1] for c in old.execute(f'PRAGMA table_info("{table}")')]
        conn.execute(f'ALTER TABLE "{table}" RENAME TO "{table}_later"')
        conn.execute(statements[0])
        cols = ", ".join(f'"{c}"' for c in common)
        conn.execute(f'INSERT OR IGNORE INTO "{table}" ({cols}) SELECT {cols} FROM "{table}_later"')
        conn.execute(f'DROP TABLE "{table}_later"')  # its indexes and triggers with it
        for extra in statements[1:]:
            conn.execute(extra)
    old.close()


def as_schema(db: Path, version: int, folder: Path) -> None:
    """Make ``db`` what a saidwhat at schema ``version`` left: drop every table, index, trigger
    and column the later migrations added (read from a store built by the migrations up to ``version``)."""
    keep, _ = _schema(_migrations_up_to(version, folder))
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA legacy_alter_table = ON")  # a rename must not rewrite the triggers that name the table
    rebuild_reshaped(conn, version, folder)
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master").fetchall():
        if name not in keep and kind in ("table", "index", "trigger", "view") and not name.startswith("sqlite_"):
            conn.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
    drop_later_columns(conn, version, folder)
    conn.execute(f"PRAGMA user_version = {version:d}")
    conn.close()
