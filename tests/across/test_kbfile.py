"""The compiled knowledge base (``names.kbfile``): the bundled file is what the tables and
the curated base build today, and read back it answers as the base built from them."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from saidwhat.errors import ConfigError
from saidwhat.names.kb import Office, default_kb, load_kb
from saidwhat.names.kbfile import BUNDLED, StoredKnowledgeBase, compile_kb, open_kb

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def built():
    return load_kb()


def test_the_bundled_file_is_what_the_tables_build(built, tmp_path):
    out = tmp_path / "offices.kb.tsv"
    compile_kb(built, out)
    assert out.read_bytes() == BUNDLED.read_bytes(), "stale: rebuild it with python -m saidwhat.names.kbfile"


def test_the_file_answers_as_the_built_base(built):
    stored = open_kb()
    for name in ("people", "offices", "_by_name", "_by_role", "_terms_of", "_by_place"):
        assert dict(getattr(stored, name)) == getattr(built, name), name
    for name in ("places", "words", "monarchies"):
        assert dict(getattr(stored.phrases, name)) == getattr(built.phrases, name), name
    assert sorted(map(repr, stored.terms)) == sorted(map(repr, built.terms))
    assert len(stored.terms) == len(built.terms) > 4500
    assert stored._jurisdictions() == built._jurisdictions()


def test_the_default_base_is_the_compiled_one():
    base = default_kb()
    assert isinstance(base, StoredKnowledgeBase)
    assert base.holder("the French president", date(2017, 5, 15)).name == "Emmanuel Macron"
    assert base.holder("the Zembla president", date(2017, 5, 15)) is None  # a miss, asked twice
    assert base.holder("the Zembla president", date(2017, 5, 15)) is None


def test_every_entry_is_found_by_key(built):
    stored = open_kb()
    for key, person in built.people.items():
        assert stored.people[key] == person
    for key, terms in built._terms_of.items():
        assert stored._terms_of[key] == terms
    assert "nobody at all" not in stored._by_name and ("Atlantis", "head_of_state") not in stored._by_place


def test_the_compiled_base_is_read_only():
    with pytest.raises(ConfigError, match="read-only"):
        open_kb().add_office(Office("x", "Head of X"))


def test_a_missing_file_says_how_to_build_it(tmp_path):
    with pytest.raises(ConfigError, match="saidwhat.names.kbfile"):
        open_kb(tmp_path / "none.kb.tsv")


def test_the_package_ships_the_file():
    assert resources.files("saidwhat").joinpath("data/offices.kb.tsv").is_file()
    with open(ROOT / "pyproject.toml", "rb") as fh:
        patterns = tomllib.load(fh)["tool"]["setuptools"]["package-data"]["saidwhat"]
    assert "data/*" in patterns
