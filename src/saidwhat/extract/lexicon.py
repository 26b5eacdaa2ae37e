"""The lexicon: every word list, mark inventory and pattern of the extraction core, as data.

Owns loading ``saidwhat/data/lexicon/*.toml`` once into one frozen ``Lexicon``.
A table is read by name (``LEXICON.role_nouns``): a TOML array becomes a tuple
in file order, a TOML table a read-only mapping (an empty string stands for
"none", as TOML has no null; arrays inside it become tuples), a string or a
number stays as it is. Touches nothing but its own files.

The loader refuses what would make a data change silently do nothing or the
wrong thing: a key given twice (TOML itself refuses it within a file; here also
across files) and a table no code reads (``unread_tables``, checked by a test
over the package's source).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import ConfigError

__all__ = ["LEXICON", "Lexicon", "load_lexicon", "unread_tables"]


class Lexicon:
    """The tables of the lexicon files, by name, read-only."""

    def __init__(self, tables: dict[str, Any], sources: dict[str, str]) -> None:
        object.__setattr__(self, "_tables", MappingProxyType(dict(tables)))
        object.__setattr__(self, "_sources", MappingProxyType(dict(sources)))
        # each table is also a plain attribute of the instance, so that a rule reading
        # ``LEXICON.set_phrases`` per word pays a dict lookup, not the failed lookup and the
        # call of ``__getattr__``; a table named like a method stays reachable only there
        own = vars(self)
        own.update((name, value) for name, value in tables.items() if not hasattr(Lexicon, name))

    def __getattr__(self, name: str) -> Any:
        try:
            return self._tables[name]
        except KeyError:
            raise AttributeError(f"the lexicon has no table {name!r} (tables are in saidwhat/data/lexicon/)") from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("the lexicon is read-only: change saidwhat/data/lexicon/*.toml")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("the lexicon is read-only: change saidwhat/data/lexicon/*.toml")

    def names(self) -> list[str]:
        return sorted(self._tables)

    def source(self, name: str) -> str:
        """The file a table comes from."""
        return self._sources[name]


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: (None if v == "" else _frozen(v)) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


def _lexicon_files() -> list[tuple[str, str]]:
    folder = resources.files("saidwhat.data").joinpath("lexicon")
    return sorted((f.name, f.read_text("utf-8")) for f in folder.iterdir() if f.name.endswith(".toml"))


def load_lexicon(files: Iterable[tuple[str, str]] | None = None) -> Lexicon:
    """The lexicon from ``files`` (name, TOML text) pairs; by default the bundled ones."""
    tables: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for name, text in files if files is not None else _lexicon_files():
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:  # duplicate keys within a file land here too
            raise ConfigError(f"lexicon file {name}: {exc}") from exc
        for key, value in data.items():
            if key in tables:
                raise ConfigError(f"lexicon table {key!r} is in both {sources[key]} and {name}: keep one")
            tables[key] = _frozen(value)
            sources[key] = name
    return Lexicon(tables, sources)


@lru_cache(maxsize=1)
def _bundled() -> Lexicon:
    return load_lexicon()


LEXICON = _bundled()


def unread_tables(lexicon: Lexicon, source_files: Iterable[Path]) -> list[str]:
    """Tables no source file reads as ``LEXICON.<name>`` (or ``lexicon.<name>``)."""
    text = "\n".join(Path(p).read_text(encoding="utf-8") for p in source_files)
    return [name for name in lexicon.names() if f"LEXICON.{name}" not in text and f"lexicon.{name}" not in text]
