"""A small cache for answers that read the whole store (facet counts, totals,
the statements ranking), keyed by what was asked and by the store's version,
and bounded by the bytes its answers take, not by how many there are.

The version changes whenever an ingest, a link or ``POST /api/articles``
commits (see ``store_version``), so a cached answer is never stale for long:
the first request after a write recomputes it.

Why bytes: one entry may be a few bytes (a count) or megabytes (the ranking of
every statement), so a bound of N entries says nothing about memory. Sizes
are measured once per stored answer by walking its containers.
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from ..store import Store

__all__ = ["DEFAULT_CACHE_BYTES", "AnswerCache", "size_of", "store_version"]

T = TypeVar("T")

DEFAULT_CACHE_BYTES = 64 * 1024 * 1024


def store_version(store: Store) -> tuple:
    """Cheap fingerprint of the store's content: how many times an article was written or deleted
    (a replace may keep the quote count and, SQLite reusing freed ids, the newest quote id) or a
    link rebuilt what one left, linked articles, newest flag and statement, and how many times an
    alias was added or removed (a link may drop aliases and change nothing else)."""
    return store.connection.execute(
        "SELECT (SELECT n FROM store_changes), (SELECT count(*) FROM linked_articles),"
        " (SELECT max(id) FROM flags), (SELECT max(id) FROM statements),"
        " (SELECT n FROM across_alias_changes)").fetchone()


def size_of(value: Any) -> int:
    """Bytes held by ``value`` and everything it contains (tuples, lists, sets, dicts, dataclass-free
    plain data), each object counted once. An estimate in the spirit of ``sys.getsizeof``: good
    enough to bound memory, not an exact accounting of the allocator."""
    seen: set[int] = set()
    total = 0
    todo = [value]
    while todo:
        item = todo.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        if isinstance(item, dict):
            todo.extend(item.keys())
            todo.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            todo.extend(item)
    return total


class AnswerCache:
    """Least recently used answers, at most ``max_bytes`` of them in all.

    An answer bigger than a quarter of the budget is computed and returned but not kept:
    one request must not be able to empty the cache for everyone else."""

    def __init__(self, max_bytes: int = DEFAULT_CACHE_BYTES) -> None:
        self.max_bytes = int(max_bytes)
        self.bytes = 0
        self._items: OrderedDict[Hashable, tuple[tuple, Any, int]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable, version: tuple, compute: Callable[[], T]) -> T:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and hit[0] == version:
                self._items.move_to_end(key)
                return hit[1]
        value = compute()  # outside the lock: two threads may compute the same answer once each
        self.put(key, version, value)
        return value

    def put(self, key: Hashable, version: tuple, value: Any) -> None:
        size = size_of(key) + size_of(value) + size_of(version)
        with self._lock:
            self._drop(key)
            if size > self.max_bytes // 4:
                return
            self._items[key] = (version, value, size)
            self.bytes += size
            while self.bytes > self.max_bytes and self._items:
                self._drop(next(iter(self._items)))

    def _drop(self, key: Hashable) -> None:
        old = self._items.pop(key, None)
        if old is not None:
            self.bytes -= old[2]
