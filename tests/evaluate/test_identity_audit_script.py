"""scripts/identity_audit.py: a judged file is read again against a real linked store, and a judged
quote is found by the words around its speaker mention when a re-extraction re-indexed the article."""

from __future__ import annotations

import importlib.util
import sqlite3
from datetime import datetime
from pathlib import Path

from saidwhat.across.link import link
from saidwhat.extract import extract
from saidwhat.models import Article
from saidwhat.store import Store

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "identity_audit.py"

TEXT = (
    "Alice Haddon, the mayor of Redbridge, said the budget would be tight next year.\n\n"
    '"We will have to cut spending on roads," she said on Monday.\n\n'
    'Bernard Ollerton, a councillor, disagreed. "There is no need for cuts," Mr Ollerton said.\n'
)


def _script():
    spec = importlib.util.spec_from_file_location("identity_audit", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _store(tmp_path, nlp) -> Path:
    db = tmp_path / "store.db"
    article = Article(id="redbridge", text=TEXT, headline="Mayor warns of cuts", outlet="Redbridge Post",
                      published=datetime(2024, 3, 4), url="https://example.org/redbridge")
    with Store.open(db) as store:
        store.add(extract(article, nlp=nlp))
        link(store)
    return db


def _judged(script, db: Path) -> list[dict[str, str]]:
    conn = sqlite3.connect(db)
    keys = conn.execute("SELECT article_id, idx FROM quotes WHERE speaker_mention IS NOT NULL"
                        " ORDER BY idx").fetchall()
    rows = [{"n": str(i), **script._row(conn, key), "verdict": "right", "note": ""} for i, key in enumerate(keys, 1)]
    assert len(rows) >= 2, rows
    return rows


def test_a_judged_quote_is_found_again_at_its_new_index(tmp_path, nlp, capsys):
    script = _script()
    db = _store(tmp_path, nlp)
    rows = _judged(script, db)
    # A re-extraction that found one more quote early in the article shifts every index by one.
    shifted = [{**r, "idx": str(int(r["idx"]) + 1)} for r in rows]
    judged, out = tmp_path / "judged.tsv", tmp_path / "again.tsv"
    script._write(str(judged), shifted)
    script.again(str(db), str(judged), str(out))
    printed = capsys.readouterr().out
    assert f"0 of {len(rows)} links changed ({len(rows)} quotes found at another index" in printed
    again = script._read(str(out))
    assert [r["idx"] for r in again] == [r["idx"] for r in rows]
    assert {r["verdict"] for r in again} == {"right"}


def test_a_quote_whose_mention_is_gone_is_judged_again(tmp_path, nlp, capsys):
    script = _script()
    db = _store(tmp_path, nlp)
    rows = _judged(script, db)
    gone = {**rows[0], "context": "words no store holds [[she]] said"}
    judged = tmp_path / "judged.tsv"
    script._write(str(judged), [gone, *rows[1:]])
    script.again(str(db), str(judged), None)
    printed = capsys.readouterr().out
    assert f"1 of {len(rows)} links changed (0 quotes found at another index" in printed
    assert "#1 CHANGED" in printed
