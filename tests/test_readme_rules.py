"""README's "How extraction works" names every rule table of the extraction core, and only tables that exist."""

from __future__ import annotations

import ast
import importlib
import re

from tests.conftest import REPO

EXTRACT = REPO / "src" / "saidwhat" / "extract"


def _section() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return text.split("## How extraction works", 1)[1].split("\n## ", 1)[0]


def _tables_in_code() -> set[str]:
    """module.NAME for every module-level table of rules: names ending in RULES or TRIMS."""
    found = set()
    for path in [*EXTRACT.glob("*.py"), EXTRACT.parent / "names" / "inarticle.py"]:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, ast.AnnAssign) else []
            for t in targets:
                if isinstance(t, ast.Name) and re.fullmatch(r"(?:[A-Z_]+_)?(?:RULES|TRIMS)", t.id):
                    found.add(f"{path.stem}.{t.id}")
    return found


def test_every_rule_table_is_in_the_readme_and_exists():
    named = set(re.findall(r"`(\w+\.(?:[A-Z_]+_)?(?:RULES|TRIMS))`", _section()))
    assert named == _tables_in_code()
    for ref in named:
        module, name = ref.split(".")
        package = "names" if module == "inarticle" else "extract"
        table = getattr(importlib.import_module(f"saidwhat.{package}.{module}"), name)
        assert len(table) > 0, ref
