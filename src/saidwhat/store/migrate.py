"""Versioned schema migrations: ordered ``NNNN_name.sql`` files, applied once each.

The schema version lives in ``PRAGMA user_version``. Each file runs in its own
``BEGIN IMMEDIATE`` transaction together with the version bump, so a crash
leaves the database at the previous version, never halfway through a file,
and two processes opening a new store at once cannot both apply it.

Any ``NNNN_*.sql`` in the folder is picked up: the store owns 0001-0009,
cross-article linking adds 0010 and up.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError

__all__ = ["MIGRATIONS_DIR", "Migration", "find_migrations", "latest_version", "migrate", "schema_version"]

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

_NAME = re.compile(r"^(\d{4})_[A-Za-z0-9_\-]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    path: Path

    def statements(self) -> list[str]:
        return split_statements(self.path.read_text(encoding="utf-8"))


def split_statements(script: str) -> list[str]:
    """Cut a script into single statements.

    ``executescript`` would be simpler but commits any open transaction first,
    which would break the one-transaction-per-migration rule; sqlite3's own
    ``complete_statement`` knows where a trigger's BEGIN ... END really ends.
    """
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if _strip_comments(pending).strip(" \t\r\n;"):
                statements.append(pending.strip())
            pending = ""
    if _strip_comments(pending).strip():
        raise StoreError(f"unterminated SQL statement at the end of a migration: {pending.strip()[:80]!r}")
    return statements


def _strip_comments(sql: str) -> str:
    return "\n".join(line.split("--", 1)[0] for line in sql.splitlines())


def find_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    found: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _NAME.match(path.name)
        if not match:
            continue
        version = int(match.group(1))
        if version in found:
            raise StoreError(f"two migrations numbered {version:04d}: {found[version].path.name}, {path.name}")
        found[version] = Migration(version, path)
    return [found[v] for v in sorted(found)]


def latest_version(directory: Path = MIGRATIONS_DIR) -> int:
    migrations = find_migrations(directory)
    return migrations[-1].version if migrations else 0


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, directory: Path = MIGRATIONS_DIR) -> list[int]:
    """Bring ``conn`` up to the newest migration; returns the versions applied.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so that the
    transactions here are the only ones.
    """
    migrations = find_migrations(directory)
    newest = migrations[-1].version if migrations else 0
    current = schema_version(conn)
    if current > newest:
        raise StoreError(
            f"the store is at schema version {current}, newer than this saidwhat knows ({newest}); "
            "upgrade saidwhat"
        )
    applied = []
    for migration in migrations:
        if migration.version <= current:
            continue
        statements = migration.statements()
        try:
            conn.execute("BEGIN IMMEDIATE")
            # Another process may have migrated while we waited for the lock.
            if schema_version(conn) >= migration.version:
                conn.execute("ROLLBACK")
                current = schema_version(conn)
                continue
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"migration {migration.path.name} failed: {exc}") from exc
        applied.append(migration.version)
        current = migration.version
    return applied
