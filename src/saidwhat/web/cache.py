"""A small cache for answers that read the whole store (facet counts, totals,
the statements list), keyed by what was asked and by the store's version.

The version changes whenever an ingest, a link or ``POST /api/articles``
commits (see ``store_version``), so a cached answer is never stale for long:
the first request after a write recomputes it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from ..store import Store

__all__ = ["AnswerCache", "store_version"]

T = TypeVar("T")


def store_version(store: Store) -> tuple:
    """Cheap fingerprint of the store's content: how many times an article was written or deleted
    (a replace may keep the quote count and, SQLite reusing freed ids, the newest quote id) or a
    link rebuilt what one left, linked articles, newest flag and statement, and how many times an
    alias was added or removed (a link may drop aliases and change nothing else)."""
    return store.connection.execute(
        "SELECT (SELECT n FROM store_changes), (SELECT count(*) FROM linked_articles),"
        " (SELECT max(id) FROM flags), (SELECT max(id) FROM statements),"
        " (SELECT n FROM across_alias_changes)").fetchone()


class AnswerCache:
    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, tuple[tuple, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, version: tuple, compute: Callable[[], T]) -> T:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and hit[0] == version:
                self._items.move_to_end(key)
                return hit[1]
        value = compute()  # outside the lock: two threads may compute the same answer once each
        with self._lock:
            self._items[key] = (version, value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value
