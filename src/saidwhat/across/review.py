"""Reviewing cross-article identity: the weakest merges, and splitting a wrong one.

The Python API behind ``saidwhat merges`` and ``saidwhat split`` (and the API's
``POST /api/speakers/{id}/split``). A merge is a link that joined a mention to a
person by something other than the person's own full name: a surname seen next to
the full name, an office held on the day, a surname seen lately in the outlet.
``weakest_merges`` lists them weakest evidence first. ``split_speaker`` stores a
rule (``across_splits``, migration 0016) that the linker obeys at every link, unlinks
the articles it touches and links them again, so the split holds now, after
``saidwhat link`` and after a full re-link. Owns ``across_splits``; changes the
other across tables only through ``link``.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from ..errors import QueryError, StoreError
from ..names.identity import EVIDENCE_STRENGTH
from ..names.kb import KnowledgeBase, name_key
from ..settings import Settings
from .link import LinkReport, link, write_transaction

__all__ = ["relink_all", "speaker_evidence", "split_speaker", "splits", "unlink_articles", "weakest_merges"]


def _is_merge(mention: str | None, name: str, evidence: dict[str, Any]) -> bool:
    """Whether a link joined something other than the speaker's own name to them."""
    if evidence.get("kind") in ("full-name", "split"):
        return False
    return not mention or name_key(mention) != name_key(name)


def weakest_merges(store, *, limit: int = 20) -> list[dict[str, Any]]:
    """The merges with the weakest evidence, for review: one row per (speaker, mention,
    evidence kind), weakest kind first, then the fewest quotes. Each row says what joined
    them and in which articles; links made before evidence was kept are left out."""
    rows = store.connection.execute(
        "SELECT l.speaker_id, s.name, q.speaker_mention, l.evidence, q.article_id, count(*)"
        " FROM quote_links l JOIN quotes q ON q.id = l.quote_id JOIN across_speakers s ON s.id = l.speaker_id"
        " WHERE l.evidence IS NOT NULL"
        " GROUP BY l.speaker_id, q.speaker_mention, l.evidence, q.article_id").fetchall()
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for sid, name, mention, evidence, article, n in rows:
        ev = json.loads(evidence)
        if not _is_merge(mention, name, ev):
            continue
        key = (sid, mention or "", ev["kind"])
        item = merged.setdefault(key, {
            "speaker_id": sid, "name": name, "mention": mention, "evidence": ev["kind"],
            "strength": EVIDENCE_STRENGTH.get(ev["kind"], 0), "quotes": 0, "articles": [], "support": ev,
        })
        item["quotes"] += n
        item["articles"].append(article)
    ranked = sorted(merged.values(),
                    key=lambda m: (m["strength"], m["quotes"], m["speaker_id"], m["mention"] or ""))
    return ranked[:limit]


def speaker_evidence(store, speaker_id: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """What joined each of a speaker's mentions to them: one row per (mention, evidence kind)
    with its quote count, a few articles and the support (alias, full name, office and day,
    split rule), weakest first. Links made before evidence was kept show as kind "unrecorded"."""
    rows = store.connection.execute(
        "SELECT q.speaker_mention, l.evidence, q.article_id FROM quote_links l"
        " JOIN quotes q ON q.id = l.quote_id WHERE l.speaker_id = ?", (speaker_id,)).fetchall()
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for mention, evidence, article in rows:
        ev = json.loads(evidence) if evidence else {"kind": "unrecorded"}
        item = found.setdefault((mention or "", ev["kind"]), {
            "mention": mention, "kind": ev["kind"], "strength": EVIDENCE_STRENGTH.get(ev["kind"], -1),
            "quotes": 0, "articles": [], "support": {k: v for k, v in ev.items() if k != "kind"}})
        item["quotes"] += 1
        if article not in item["articles"] and len(item["articles"]) < 3:
            item["articles"].append(article)
    ranked = sorted(found.values(), key=lambda e: (e["strength"], -e["quotes"], e["mention"] or ""))
    return ranked[:limit]


def unlink_articles(conn: sqlite3.Connection, article_ids: list[str]) -> None:
    """Forget the links of some articles so the next ``link`` links them afresh. The store's
    triggers note what that leaves to rebuild (the speakers and statements that lost quotes),
    and ``link`` rebuilds it first, as after an article replaced."""
    for article_id in article_ids:
        quote_ids = "SELECT id FROM quotes WHERE article_id = ?"
        conn.execute(f"DELETE FROM statement_quotes WHERE quote_id IN ({quote_ids})", (article_id,))
        conn.execute(f"DELETE FROM quote_links WHERE quote_id IN ({quote_ids})", (article_id,))
        conn.execute("DELETE FROM flags WHERE article_id = ? AND kind = 'headline'", (article_id,))
        conn.execute("DELETE FROM linked_articles WHERE article_id = ?", (article_id,))


def _articles_of(conn: sqlite3.Connection, speaker_id: str, mention: str | None,
                 article: str | None) -> list[str]:
    """The articles holding quotes a split of ``speaker_id`` by ``mention`` / ``article`` covers."""
    rows = conn.execute(
        "SELECT DISTINCT q.article_id, q.speaker_mention FROM quote_links l"
        " JOIN quotes q ON q.id = l.quote_id WHERE l.speaker_id = ?", (speaker_id,)).fetchall()
    key = name_key(mention) if mention else None
    return sorted({a for a, m in rows
                   if (article is None or a == article) and (key is None or (m and name_key(m) == key))})


def split_speaker(store, speaker_id: str, *, mention: str | None = None, article: str | None = None,
                  settings: Settings | None = None, kb: KnowledgeBase | None = None) -> dict[str, Any]:
    """Split the quotes of ``speaker_id`` whose mention is ``mention`` (by name key), or that
    stand in ``article``, off to a speaker of their own, and keep the rule for every later
    link. Returns the rule, the new speaker's id and how many quotes moved."""
    if not mention and not article:
        raise QueryError("say what to split: a mention (--mention \"Mr Brown\") or an article (--article ID)")
    conn: sqlite3.Connection = store.connection
    if not conn.execute("SELECT 1 FROM across_speakers WHERE id = ?", (speaker_id,)).fetchone():
        raise QueryError(f"no speaker {speaker_id!r}; see saidwhat merges or saidwhat speaker NAME for ids")
    articles = _articles_of(conn, speaker_id, mention, article)
    if not articles:
        what = " and ".join(filter(None, (f"mention {mention!r}" if mention else None,
                                          f"article {article!r}" if article else None)))
        raise QueryError(f"no quote of {speaker_id} matches {what}; nothing to split")
    try:
        with write_transaction(conn):
            rule = conn.execute(
                "INSERT INTO across_splits (speaker_id, mention, article_id, made_at) VALUES (?, ?, ?, ?)",
                (speaker_id, mention, article, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"))).lastrowid
            unlink_articles(conn, articles)
    except sqlite3.Error as exc:
        raise StoreError(f"splitting {speaker_id} failed: {exc}") from exc
    link(store, settings, kb=kb)
    new_id = f"split:{rule}"
    (moved,) = conn.execute("SELECT count(*) FROM quote_links WHERE speaker_id = ?", (new_id,)).fetchone()
    return {"rule": rule, "speaker_id": speaker_id, "mention": mention, "article": article,
            "new_speaker_id": new_id, "quotes_moved": moved, "articles_relinked": len(articles)}


def splits(store) -> list[dict[str, Any]]:
    """Every split rule, oldest first."""
    return [{"rule": r[0], "speaker_id": r[1], "mention": r[2], "article": r[3], "made_at": r[4]}
            for r in store.connection.execute(
                "SELECT id, speaker_id, mention, article_id, made_at FROM across_splits ORDER BY id")]


def relink_all(store, settings: Settings | None = None, *, kb: KnowledgeBase | None = None) -> LinkReport:
    """Link every article afresh (a full re-link), the split rules kept: for a store linked by
    an older linker, or to check that a split holds."""
    conn: sqlite3.Connection = store.connection
    try:
        with write_transaction(conn):
            unlink_articles(conn, [a for (a,) in conn.execute("SELECT article_id FROM linked_articles")])
    except sqlite3.Error as exc:
        raise StoreError(f"unlinking the store failed: {exc}") from exc
    return link(store, settings, kb=kb)
