"""The compiled knowledge base: the world office tables and the curated base merged once
and written to one sorted text file, ``saidwhat/data/offices.kb.tsv``, then read back by key.

Owns writing that file (``compile_kb``; ``python -m saidwhat.names.kbfile`` rebuilds the
bundled one from the CSV tables and ``offices.json``) and reading it (``open_kb``, what
``kb.default_kb`` returns). Every process that extracts holds a knowledge base: built from
the tables it kept ~2.6 MB of Python objects for the life of the process, and building it
left the heap fragmented for the parses after.

Each map of ``KnowledgeBase`` and ``RolePhrases`` is a table, and the file holds one line per
entry, ``table<TAB>key<TAB>JSON value``, sorted. A lookup is a binary search over the file
by positioned reads (POSIX ``pread``), its answer (a miss too) kept in a small bounded cache
per table: the process holds only where each line starts, nothing is parsed before it is
asked for, and the queries of ``KnowledgeBase`` run unchanged over either form. A sorted
file rather than SQLite: SQLite's library alone kept 1.2 MB more resident in every process
(measured), and git shows a change to this file line by line.

Must not touch: the store, the network, extraction.
"""

from __future__ import annotations

import json
import os
import sys
import weakref
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .kb import ASKED, KnowledgeBase, Office, Person, Term, load_kb, role_key
from .world import RolePhrases, _Place, _RoleWord

__all__ = ["StoredKnowledgeBase", "compile_kb", "open_kb"]

BUNDLED = Path(__file__).resolve().parent.parent / "data" / "offices.kb.tsv"

# answers kept per table: an article asks about a few roles, names and offices, and a
# corpus keeps asking about the same few hundred
_CACHED = 256
_MISSING = object()
_BLOCK = 32  # lines read at once by a lookup: about 2.5 KB
_SEP = "|"  # joins the parts of a tuple key, as office ids do: (jurisdiction, role), (scope, words)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


# --- the tables: what is written for each, and how a value is read back -----------------------

def _terms_value(terms: list[Term]) -> list[list[Any]]:
    return [[t.person, _iso(t.start), _iso(t.end)] for t in terms]


def _read_terms(office: str, rows: list[list[Any]]) -> list[Term]:
    return [Term(person, office, _day(start), _day(end)) for person, start, end in rows]


def _read_words(key: Any, rows: list[list[Any]]) -> list[_RoleWord]:
    return [_RoleWord(tuple(roles), requires, frozenset(countries), title, label)
            for roles, requires, countries, title, label in rows]


_READERS: dict[str, Callable[[Any, Any], Any]] = {
    "people": lambda pid, v: Person(pid, v[0], v[1], tuple(v[2])),
    "offices": lambda oid, v: Office(oid, v[0], v[1], tuple(v[2]), v[3], v[4], v[5]),
    "by_name": lambda key, v: tuple(v),
    "by_role": lambda key, v: frozenset(v),
    "terms_of": _read_terms,
    "by_place": lambda key, v: v,
    "places": lambda key, v: tuple(_Place(*place) for place in v),
    "words": _read_words,
    "monarchies": lambda iso3, v: [(title, _day(start), _day(end)) for title, start, end in v],
}


def _rows(kb: KnowledgeBase) -> dict[str, dict[Any, Any]]:
    """Every table's values as written, by key."""
    phrases = kb.phrases or RolePhrases(role_key)
    return {
        "people": {p.id: [p.name, p.wikidata, list(p.aliases)] for p in kb.people.values()},
        "offices": {o.id: [o.label, o.wikidata, list(o.roles), o.jurisdiction, o.iso3, o.role]
                    for o in kb.offices.values()},
        "by_name": {key: list(ids) for key, ids in kb._by_name.items()},
        "by_role": {key: sorted(ids) for key, ids in kb._by_role.items()},
        "terms_of": {oid: _terms_value(terms) for oid, terms in kb._terms_of.items()},
        "by_place": dict(kb._by_place),
        "places": {key: [[p.jurisdiction, p.kind, p.iso3, p.label] for p in places]
                   for key, places in phrases.places.items()},
        "words": {key: [[list(w.roles), w.requires, sorted(w.countries), w.title, w.label] for w in words]
                  for key, words in phrases.words.items()},
        "monarchies": {iso3: [[title, _iso(start), _iso(end)] for title, start, end in reigns]
                       for iso3, reigns in phrases.monarchies.items()},
        "meta": {"jurisdictions": kb._jurisdictions(), "terms": len(kb.terms)},
    }


def _stored_key(key: str | tuple[str, ...]) -> str:
    return _SEP.join(key) if isinstance(key, tuple) else key


def _lines(kb: KnowledgeBase) -> list[bytes]:
    """The file's lines, sorted: by table and key, as no line's table and key (each closed by
    its tab) can begin another's."""
    out = []
    for table, values in _rows(kb).items():
        for parts, value in values.items():
            key = _stored_key(parts)
            if not key or "\t" in key or "\n" in key or (isinstance(parts, tuple) and key.count(_SEP) >= len(parts)):
                raise ConfigError(f"knowledge base: {table} key {key!r} cannot be a key of the compiled file")
            # JSON escapes every tab and newline inside a value
            out.append(f"{table}\t{key}\t{json.dumps(value, ensure_ascii=False, separators=(',', ':'))}\n".encode())
    return sorted(out)


def compile_kb(kb: KnowledgeBase, path: str | os.PathLike[str]) -> dict[str, int]:
    """Write ``kb`` to a new file at ``path`` (replaced whole); returns entries per table.
    The same base always gives the same bytes."""
    path = Path(path)
    lines = _lines(kb)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(b"".join(lines))
    os.replace(partial, path)
    counts: dict[str, int] = {}
    for line in lines:
        table = line.partition(b"\t")[0].decode()
        counts[table] = counts.get(table, 0) + 1
    return counts


# --- reading ------------------------------------------------------------------------------------

class _File:
    """The file, open for positioned reads, with the first table and key of every block of
    ``_BLOCK`` lines and where the block starts (about 20 KB in all). A lookup finds its
    block by bisection in memory, then reads that block alone. Read rather than mapped: the
    kernel maps the pages around each one a lookup touches, and a mapped file was 320 KB
    resident after one article; read, it stays in the OS's file cache, outside the process.
    A positioned read moves no shared offset, so forked workers may share the descriptor."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._firsts: list[bytes] = []
        self._starts = array("I")
        start = 0
        try:
            with open(self.path, "rb") as fh:
                for i, line in enumerate(fh):
                    if i % _BLOCK == 0:
                        self._firsts.append(line[:line.index(b"\t", line.index(b"\t") + 1) + 1])
                        self._starts.append(start)
                    start += len(line)
            self._fd = os.open(self.path, os.O_RDONLY)
        except (OSError, ValueError) as exc:  # ValueError: a line without its two tabs
            raise ConfigError(f"cannot read the knowledge base {self.path}: {exc}") from exc
        weakref.finalize(self, os.close, self._fd)
        self._starts.append(start)  # the end of the file, where a block after the last would start

    def get(self, table: str, key: str) -> Any:
        """The JSON value of a key, or ``_MISSING``."""
        head = f"{table}\t{key}\t".encode()
        block = bisect_right(self._firsts, head) - 1
        if block < 0:
            return _MISSING
        start, end = self._starts[block], self._starts[block + 1]
        lines = b"\n" + os.pread(self._fd, end - start, start)  # every line ends with its newline
        at = lines.find(b"\n" + head)
        if at < 0:
            return _MISSING
        at += 1 + len(head)
        return json.loads(lines[at:lines.index(b"\n", at)])

    def entries(self, table: str) -> Iterator[tuple[str, Any]]:
        """(key, JSON value) of every entry of a table, in key order: a pass over the file,
        for the rare caller that iterates a whole map."""
        prefix = f"{table}\t".encode()
        with open(self.path, "rb") as fh:
            for line in fh:
                if line.startswith(prefix):
                    key, _, value = line[len(prefix):].partition(b"\t")
                    yield key.decode(), json.loads(value)


class _Table(Mapping):
    """One map of the base, read by key from its table."""

    def __init__(self, file: _File, name: str, *, tuple_keys: bool = False) -> None:
        self._file, self._name, self._tuple_keys = file, name, tuple_keys
        self._read = _READERS[name]
        self._cached = lru_cache(maxsize=_CACHED)(self._fetch)

    def _fetch(self, key: Any) -> Any:
        value = self._file.get(self._name, _stored_key(key))
        return _MISSING if value is _MISSING else self._read(key, value)

    def __getitem__(self, key: Any) -> Any:
        value = self._cached(key)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __iter__(self) -> Iterator[Any]:
        for key, _ in self._file.entries(self._name):
            yield tuple(key.split(_SEP)) if self._tuple_keys else key

    def __len__(self) -> int:
        return sum(1 for _ in self._file.entries(self._name))


class _AllTerms:
    """Every term of the base, as ``KnowledgeBase.terms`` is iterated and counted."""

    def __init__(self, file: _File, count: int) -> None:
        self._file, self._count = file, count

    def __iter__(self) -> Iterator[Term]:
        for office, rows in self._file.entries("terms_of"):
            yield from _read_terms(office, rows)

    def __len__(self) -> int:
        return self._count


class StoredKnowledgeBase(KnowledgeBase):
    """A ``KnowledgeBase`` whose maps are the tables of a compiled file: the same queries,
    read-only (``load_kb`` builds a base that can take more)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        file = _File(path)
        meta = dict(file.entries("meta"))
        phrases = RolePhrases(role_key)
        phrases.places = _Table(file, "places")
        phrases.words = _Table(file, "words", tuple_keys=True)
        phrases.monarchies = _Table(file, "monarchies")
        phrases.role_words = frozenset(key.split(_SEP, 1)[1] for key, _ in file.entries("words"))
        phrases.shared_places = frozenset(key for key, places in file.entries("places") if len(places) > 1)
        super().__init__(
            people=_Table(file, "people"), offices=_Table(file, "offices"), terms=_AllTerms(file, meta["terms"]),
            phrases=phrases, _by_name=_Table(file, "by_name"), _by_role=_Table(file, "by_role"),
            _terms_of=_Table(file, "terms_of"), _by_place=_Table(file, "by_place", tuple_keys=True),
        )
        self._places = [tuple(pair) for pair in meta["jurisdictions"]]
        # Resolving one mention asks about the same texts several times (as an organisation, as an
        # office, the words after a role): a read-only base gives each answer once.
        self.is_role = lru_cache(maxsize=ASKED)(self.is_role)  # type: ignore[method-assign]
        self.lookup_name = lru_cache(maxsize=ASKED)(self.lookup_name)  # type: ignore[method-assign]

    def _jurisdictions(self) -> list[tuple[str, str | None]]:
        return self._places

    def _read_only(self, *args: Any, **kwargs: Any) -> None:
        raise ConfigError("the compiled knowledge base is read-only; load_kb() builds one that can grow")

    add_person = add_office = add_role = add_term = merge = _read_only


def open_kb(path: str | os.PathLike[str] = BUNDLED) -> StoredKnowledgeBase:
    """The compiled base at ``path`` (the bundled one by default)."""
    if not os.path.exists(path):
        raise ConfigError(f"no knowledge base at {path}: rebuild it with python -m saidwhat.names.kbfile")
    return StoredKnowledgeBase(path)


def main(argv: list[str]) -> int:
    """Rebuild the bundled file (or the one named) from the tables and the curated base."""
    out = Path(argv[0]) if argv else BUNDLED
    counts = compile_kb(load_kb(), out)
    print(f"wrote {out}: " + ", ".join(f"{n} {table}" for table, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
