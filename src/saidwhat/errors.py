"""The one exception tree of saidwhat.

    SaidwhatError                 base: catch this to catch everything of ours
    ├── ConfigError               bad settings file or option value
    ├── ModelError                the spaCy English pipeline is missing or broken
    ├── InputError                one input cannot be read as an article
    │   ├── TooLargeError         over a configured size limit
    │   └── UnreadableError       binary, undecodable, truncated or malformed
    ├── StoreError                the database cannot be opened, migrated or written
    │   └── StoreBusyError        another process holds the write lock too long
    └── QueryError                a malformed search query or filter value

Third-party exceptions (sqlite3, lxml, warcio, spaCy) are translated where
they are caught, with ``raise ... from exc``. In batch work a reader does not
raise for one bad input: it records a ``models.Skip`` with the reason.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "InputError",
    "ModelError",
    "QueryError",
    "SaidwhatError",
    "StoreBusyError",
    "StoreError",
    "TooLargeError",
    "UnreadableError",
]


class SaidwhatError(Exception):
    """Base of every error saidwhat raises on purpose."""

    exit_code = 1


class ConfigError(SaidwhatError):
    exit_code = 2


class ModelError(SaidwhatError):
    exit_code = 3


class InputError(SaidwhatError):
    exit_code = 4

    def __init__(self, message: str, *, source: str | None = None, reason: str = "error") -> None:
        super().__init__(message)
        self.source = source
        self.reason = reason


class TooLargeError(InputError):
    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message, source=source, reason="too-large")


class UnreadableError(InputError):
    pass


class StoreError(SaidwhatError):
    exit_code = 5


class StoreBusyError(StoreError):
    pass


class QueryError(SaidwhatError):
    exit_code = 6
