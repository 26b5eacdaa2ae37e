"""Every CLI command is documented in the README, and the public API is pinned."""

from __future__ import annotations

from pathlib import Path

import saidwhat
from saidwhat.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    missing = [name for name in main.commands if f"saidwhat {name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_command_has_help():
    for name, command in main.commands.items():
        assert (command.help or "").strip(), f"saidwhat {name} has no --help text"


EXPECTED_API = {
    "Article", "Cue", "Entity", "Extraction", "Figure", "Quote", "QuoteKind", "Skip", "Span", "Speaker",
    "to_dict", "SaidwhatError", "InputError", "ModelError", "StoreError", "QueryError", "ConfigError",
    "Settings", "load_settings", "extract", "extract_many", "read_sources", "read_text_article",
}


def test_public_api_is_pinned():
    exported = set(saidwhat.__all__)
    assert EXPECTED_API <= exported, EXPECTED_API - exported
    for name in exported - {"__version__"}:
        assert getattr(saidwhat, name) is not None, name
