"""Reading the linked record: speakers, statements and flags.

The Python API behind ``saidwhat speaker``, ``statement``, ``statements`` and
``flags``. Each function takes an open ``Store`` and returns plain dicts, ready
for JSON. Reads only; ``link`` must have run for there to be anything to read.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ..errors import QueryError
from ..names.kb import name_key
from ..store.query import FLAG_KINDS
from .flags import renderings_note
from .link import statement_view

__all__ = ["describe_statements", "find_speakers", "list_flags", "list_statements", "rank_statements",
           "speaker_info", "statement_info"]

def find_speakers(store, name: str) -> list[str]:
    """Speaker ids whose name, alias or id matches ``name`` (case and accents folded)."""
    conn = store.connection
    key = name_key(name)
    ids = []
    for sid, sname in conn.execute("SELECT id, name FROM across_speakers"):
        if sid == name or name_key(sname) == key:
            ids.append(sid)
    if not ids:
        for sid, alias in conn.execute("SELECT speaker_id, alias FROM across_speaker_aliases"):
            if name_key(alias) == key and sid not in ids:
                ids.append(sid)
    if not ids:  # a name the knowledge base knows ("Zelensky" for Volodymyr Zelenskyy)
        from ..names.kb import default_kb

        person = default_kb().lookup_name(name)
        known = person and conn.execute(
            "SELECT 1 FROM across_speakers WHERE id = ?", (person.wikidata or person.id,)
        ).fetchone()
        if known:
            ids.append(person.wikidata or person.id)
    if not ids and len(key.split()) == 1:  # a bare surname: every speaker who bears it
        for sid, sname in conn.execute("SELECT id, name FROM across_speakers ORDER BY id"):
            if name_key(sname).split()[-1:] == [key]:
                ids.append(sid)
    return ids


def speaker_info(store, name: str) -> list[dict[str, Any]]:
    """Every speaker ``name`` may mean: aliases, roles, quote counts by month, first/last seen, notes."""
    conn = store.connection
    out = []
    for sid in find_speakers(store, name):
        row = conn.execute(
            "SELECT id, name, wikidata, first_seen, last_seen, notes FROM across_speakers WHERE id = ?", (sid,)
        ).fetchone()
        months = conn.execute(
            "SELECT substr(a.published_utc, 1, 7) AS m, count(*) FROM quote_links l JOIN quotes q ON q.id = l.quote_id"
            " JOIN articles a ON a.id = q.article_id WHERE l.speaker_id = ? GROUP BY m ORDER BY m", (sid,)
        ).fetchall()
        out.append({
            "id": row[0], "name": row[1], "wikidata": row[2], "first_seen": row[3], "last_seen": row[4],
            "notes": json.loads(row[5]),
            "aliases": [r[0] for r in conn.execute(
                "SELECT alias FROM across_speaker_aliases WHERE speaker_id = ? ORDER BY alias", (sid,))],
            "roles": [r[0] for r in conn.execute(
                "SELECT role FROM across_speaker_roles WHERE speaker_id = ? ORDER BY role", (sid,))],
            "outlets": [r[0] for r in conn.execute(
                "SELECT outlet FROM across_speaker_outlets WHERE speaker_id = ? ORDER BY outlet", (sid,))],
            "quotes": sum(n for _, n in months),
            "quotes_by_month": {m or "unknown": n for m, n in months},
            "statements": conn.execute(
                "SELECT count(*) FROM statements WHERE speaker_id = ?", (sid,)).fetchone()[0],
        })
    return out


def statement_info(store, statement_id: int) -> dict[str, Any]:
    """One statement: reference wording, when it was said (with the evidence), sources in time
    order, variants with their diffs, flags."""
    view = statement_view(store.connection, int(statement_id))
    if view is None:
        raise QueryError(f"no statement {statement_id} in the store")
    first = view.first
    flags = list_flags(store, statement_id=int(statement_id))
    return {
        "id": int(statement_id), "speaker": view.speaker, "wording": view.text,
        "first": {"date": str(first.day) if first.day else None, "outlet": first.outlet, "url": first.url,
                  "article": first.article_id,
                  # the earliest day any source gives, its publication day or the day it says the
                  # words were spoken, unchecked: not when they were said (that is ``said``)
                  "earliest_day": str(view.first_day()) if view.first_day() else None},
        "said": view.said(),  # the earliest credible date, with its evidence
        "outlets": view.outlets,
        "sources": [
            {"quote": int(m.quote), "article": m.article_id, "date": str(m.day) if m.day else None, "outlet": m.outlet,
             "url": m.url, "where": m.where, "kind": m.kind, "spoken_on": str(m.spoken_on) if m.spoken_on else None,
             "spoken": _spoken_dict(m.spoken), "text": m.text}
            for m in view.members
        ],
        "variants": view.variants,
        "renderings": renderings_note(view),  # independent translations: a note, not a flag
        "flags": flags,
    }


def _spoken_dict(spoken) -> dict[str, str] | None:
    """A source's own word on when the words were spoken: a day or a stretch, read for a person."""
    if spoken is None:
        return None
    return {"from": spoken.first.isoformat(), "to": spoken.last.isoformat(), "words": spoken.words,
            "shown": spoken.describe()}


def list_statements(
    store, *, min_outlets: int = 2, speaker: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Statements carried by at least ``min_outlets`` outlets, the most widely carried first."""
    return describe_statements(store, rank_statements(store, min_outlets=min_outlets, speaker=speaker, limit=limit))


def rank_statements(store, *, min_outlets: int = 2, speaker: str | None = None,
                    limit: int | None = None) -> list[tuple[int, int, int, str | None, str | None]]:
    """``(statement id, outlets, quotes, first seen, speaker id)`` of the statements carried by at
    least ``min_outlets`` outlets, the most widely carried first: the order alone, cheap to keep,
    so that a list can be paged without describing every statement before the page."""
    sql = (
        "SELECT s.statement_id, count(DISTINCT coalesce(a.outlet, '')) AS n, count(*) AS q,"
        " min(a.published_utc), s.speaker_id"
        " FROM statement_quotes s JOIN quotes qq ON qq.id = s.quote_id JOIN articles a ON a.id = qq.article_id"
        + (" WHERE s.speaker_id = ?" if speaker else "")
        + " GROUP BY s.statement_id HAVING n >= ? ORDER BY n DESC, q DESC, s.statement_id"
    )
    params: list[Any] = ([speaker] if speaker else []) + [min_outlets]
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return [tuple(row) for row in store.connection.execute(sql, params).fetchall()]


def describe_statements(store, ranked: list[tuple]) -> list[dict[str, Any]]:
    """The rows of ``rank_statements`` with each statement's wording, outlets, variants and speaker's name."""
    conn = store.connection
    out = []
    for sid, n, q, first, speaker_id in ranked:
        view = statement_view(conn, sid)
        name = conn.execute("SELECT name FROM across_speakers WHERE id = ?", (speaker_id,)).fetchone()
        out.append({
            "id": sid, "speaker_id": speaker_id, "speaker": name[0] if name else None, "outlets": view.outlets,
            "n_outlets": n, "quotes": q, "first_seen": first, "wording": view.text, "variants": len(view.variants),
        })
    return out


def list_flags(
    store, *, kind: str | None = None, since: date | str | None = None, statement_id: int | None = None,
    article_id: str | None = None,
) -> list[dict[str, Any]]:
    """Flags with their evidence, newest article first; filter by kind, article date, statement or article."""
    if kind is not None and kind not in FLAG_KINDS:
        raise QueryError(f"unknown flag kind {kind!r}; one of {', '.join(FLAG_KINDS)}")
    where, params = [], []
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if since:
        try:
            since = date.fromisoformat(str(since)[:10])
        except ValueError as exc:
            raise QueryError(f"--since wants a date YYYY-MM-DD, not {since!r}") from exc
        where.append("day >= ?")
        params.append(since.isoformat())
    if statement_id is not None:
        where.append("statement_id = ?")
        params.append(int(statement_id))
    if article_id is not None:
        where.append("article_id = ?")
        params.append(article_id)
    sql = "SELECT id, kind, article_id, quote_id, statement_id, day, evidence FROM flags"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY day DESC, id"
    return [
        {"id": r[0], "kind": r[1], "article": r[2], "quote": r[3], "statement": r[4], "day": r[5],
         "evidence": json.loads(r[6])}
        for r in store.connection.execute(sql, params).fetchall()
    ]
