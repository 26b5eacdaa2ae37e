"""Audit cross-article identity on a linked store: is each quote credited to the right person?

    python scripts/identity_audit.py sample STORE.db [--n 430] [--seed 1] [--tsv OUT.tsv]
    python scripts/identity_audit.py again STORE.db JUDGED.tsv     # the same quotes, linked anew
    python scripts/identity_audit.py suspects STORE.db [--limit 40]
    python scripts/identity_audit.py count JUDGED.tsv

``sample`` draws a seeded random sample of quotes linked to a person (any speaker id but an
organisation's) and prints, per quote, the speaker as the article writes it (mention), the
extraction's name, the id and name it was linked to, the link's evidence, the speaker's other
aliases and the words around the mention, so a reader can judge right person / wrong person /
no person. ``--tsv`` writes the same rows with an empty ``verdict`` column to fill in (see
evaluation/identity/README.md for the verdicts). Quotes are named by (article id, quote index),
which a re-link keeps, so ``again`` reprints a judged sample against a store linked by another
linker and marks the rows whose link changed: those, and only those, are judged again.

``suspects`` lists speakers whose aliases hold two different full names, or honorifics of both
genders: candidate wrong merges. ``saidwhat merges --weakest N`` lists the weakest evidence.
``count`` tallies a judged file's verdicts.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import sys
from collections import Counter
from pathlib import Path

from saidwhat.names.identity import gender_cue
from saidwhat.names.kb import name_key
from saidwhat.names.linker import TITLES, _is_name, strip_titles

COLUMNS = ["n", "article", "idx", "outlet", "day", "mention", "extracted_name", "speaker_id", "speaker_name",
           "how", "evidence", "other_aliases", "context", "verdict", "note"]
# Verdicts (evaluation/identity/README.md): right (the person the mention means), wrong-link (another
# person: linking's error), wrong-speaker (the extraction's name or mention is someone else's: an error
# in the article, not linking's), bad-name (the right person under a misread name), no-person (an
# organisation, document or junk given a person's id), apart (a bare surname or first name kept
# apart: no person claimed), unlinked (linked to nobody now: several people, or someone not named),
# unsure.
VERDICTS = ("right", "wrong-link", "wrong-speaker", "bad-name", "no-person", "apart", "unlinked", "org", "unsure")

def _connect(db: str) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro", uri=True)


def _person_keys(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every quote linked to a person, in a fixed order: the population a sample is drawn from."""
    return sorted(conn.execute(
        "SELECT q.article_id, q.idx FROM quote_links l JOIN quotes q ON q.id = l.quote_id"
        " WHERE l.speaker_id IS NOT NULL AND l.speaker_id NOT LIKE 'org:%'").fetchall())


def _aliases(conn: sqlite3.Connection, speaker_id: str | None, mention: str | None, limit: int = 8) -> str:
    if speaker_id is None:
        return ""
    rows = [a for (a,) in conn.execute(
        "SELECT alias FROM across_speaker_aliases WHERE speaker_id = ? ORDER BY alias", (speaker_id,))]
    others = [a for a in rows if a != mention]
    more = f" (+{len(others) - limit})" if len(others) > limit else ""
    return " | ".join(others[:limit]) + more


def _context(text: str, start: int | None, end: int | None, width: int = 110) -> str:
    if start is None or end is None:
        return ""
    lo, hi = max(0, start - width), min(len(text), end + width // 2)
    return " ".join(text[lo:start].split()) + " [[" + text[start:end] + "]] " + " ".join(text[end:hi].split())


def _row(conn: sqlite3.Connection, key: tuple[str, int]) -> dict[str, str]:
    """One quote's audit row; a quote linked to nobody now has an empty speaker id."""
    found = conn.execute(
        "SELECT q.article_id, q.idx, a.outlet, substr(a.published, 1, 10), q.speaker_mention, q.speaker_name,"
        " l.speaker_id, s.name, l.how, l.evidence, q.speaker_start, q.speaker_end, a.text"
        " FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN quote_links l ON l.quote_id = q.id"
        " LEFT JOIN across_speakers s ON s.id = l.speaker_id WHERE q.article_id = ? AND q.idx = ?", key).fetchone()
    if found is None:
        return {"article": key[0], "idx": str(key[1]), "how": "gone"}
    art, idx, outlet, day, mention, extracted, sid, name, how, evidence, start, end, text = found
    ev = json.loads(evidence) if evidence else {}
    return {"article": art, "idx": str(idx), "outlet": outlet or "", "day": day or "", "mention": mention or "",
            "extracted_name": extracted or "", "speaker_id": sid or "", "speaker_name": name or "",
            "how": how or "", "evidence": " ".join(f"{k}={v}" for k, v in ev.items()),
            "other_aliases": _aliases(conn, sid, mention), "context": _context(text, start, end)}


def _print(row: dict[str, str], n: int, mark: str = "") -> None:
    print(f"#{n}{mark} {row.get('outlet', '')} {row.get('day', '')} {row.get('article', '')}:{row.get('idx')}")
    print(f"   mention  {row.get('mention')!r} (extraction's name {row.get('extracted_name')!r})")
    print(f"   linked   {row.get('speaker_id')} = {row.get('speaker_name')} by {row.get('how')}"
          f" [{row.get('evidence')}]")
    print(f"   aliases  {row.get('other_aliases')}")
    print(f"   context  {row.get('context')}")
    if row.get("verdict"):
        print(f"   verdict  {row['verdict']} {row.get('note', '')}")


def sample(db: str, n: int, seed: int, tsv: str | None) -> None:
    conn = _connect(db)
    keys = _person_keys(conn)
    chosen = random.Random(seed).sample(keys, min(n, len(keys)))
    print(f"{len(chosen)} of {len(keys)} quotes linked to a person, seed {seed}\n")
    rows = []
    for i, key in enumerate(chosen, 1):
        row = {"n": str(i), **_row(conn, key), "verdict": "", "note": ""}
        rows.append(row)
        _print(row, i)
    if tsv:
        _write(tsv, rows)


def _write(path: str, rows: list[dict[str, str]]) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def _read(path: str) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def again(db: str, judged: str, tsv: str | None) -> None:
    """The judged quotes against this store's links: a row whose speaker id changed is printed
    with the old verdict struck (to judge again); the others keep theirs."""
    conn = _connect(db)
    out, changed = [], 0
    for old in _read(judged):
        row = {**_row(conn, (old["article"], int(old["idx"]))), "n": old["n"]}
        if row.get("speaker_id") == old["speaker_id"]:
            row.update(verdict=old["verdict"], note=old["note"])
        else:
            changed += 1
            row.update(verdict="", note=f"was {old['speaker_id'] or 'none'} ({old['verdict']}) {old['note']}".strip())
            _print(row, int(old["n"]), " CHANGED")
        out.append(row)
    print(f"\n{changed} of {len(out)} links changed")
    if tsv:
        _write(tsv, out)


def _given_and_surnames(aliases: list[str]) -> set[tuple[str, str]]:
    """(given name, surname) of each alias that ends in a full name: "Vermont Sen. Bernie Sanders" ->
    ("bernie", "sanders"). The words before the given name (titles, places, offices) are left out."""
    pairs = set()
    for alias in aliases:
        clean = strip_titles(alias.split(",")[0].strip())
        words = name_key(clean).split()
        # a title, honorific or demonym before the surname is no given name ("Mr Brown", "Salford MP")
        if len(words) >= 2 and _is_name(clean) and len(words[-2]) > 1 and words[-2] not in TITLES \
                and len(clean.split()) >= 2 and clean.split()[-2][:1].isupper():
            pairs.add((words[-2], words[-1]))
    return pairs


def _different(pairs: set[tuple[str, str]]) -> bool:
    """Another surname, or another given name that is not a shortening of the other ("Bill" and
    "William" are listed: the reader decides)."""
    if len({s for _, s in pairs}) > 1:
        return True
    firsts = {g for g, _ in pairs}
    return any(not (a.startswith(b) or b.startswith(a)) for a in firsts for b in firsts)


def suspects(db: str, limit: int) -> None:
    conn = _connect(db)
    by_speaker: dict[str, list[str]] = {}
    for sid, alias in conn.execute("SELECT speaker_id, alias FROM across_speaker_aliases"
                                   " WHERE speaker_id NOT LIKE 'org:%'"):
        by_speaker.setdefault(sid, []).append(alias)
    quotes = Counter(dict(conn.execute("SELECT speaker_id, count(*) FROM quote_links GROUP BY speaker_id")))
    names = dict(conn.execute("SELECT id, name FROM across_speakers"))
    found = []
    for sid, aliases in by_speaker.items():
        full = _given_and_surnames(aliases)
        genders = {g for g in map(gender_cue, aliases) if g}
        why = []
        if len(full) > 1 and _different(full):
            why.append("names: " + " / ".join(sorted(" ".join(p) for p in full)))
        if len(genders) > 1:
            why.append("honorifics of both genders: " + " / ".join(a for a in sorted(aliases) if gender_cue(a)))
        if why:
            found.append((quotes[sid], sid, why))
    found.sort(reverse=True)
    print(f"{len(found)} speakers whose aliases disagree (most quoted first)\n")
    for n, sid, why in found[:limit]:
        print(f"{sid} = {names.get(sid)} ({n} quotes)")
        for w in why:
            print(f"   {w}")


def count(judged: str) -> None:
    rows = _read(judged)
    verdicts = Counter(r["verdict"] or "(not judged)" for r in rows)
    print(f"{len(rows)} quotes: " + ", ".join(f"{v} {verdicts[v]}" for v in (*VERDICTS, "(not judged)")
                                            if verdicts[v]))
    for r in rows:
        if r["verdict"] not in ("right", "apart", "unlinked", "org"):
            print(f"  #{r['n']} {r['verdict']}: {r['mention']!r} -> {r['speaker_id']} {r['speaker_name']}: {r['note']}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("db")
    s.add_argument("--n", type=int, default=430)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--tsv")
    a = sub.add_parser("again")
    a.add_argument("db")
    a.add_argument("judged")
    a.add_argument("--tsv", help="write the rows, verdicts of unchanged links kept")
    u = sub.add_parser("suspects")
    u.add_argument("db")
    u.add_argument("--limit", type=int, default=40)
    c = sub.add_parser("count")
    c.add_argument("judged")
    args = p.parse_args(argv)
    if args.command == "sample":
        sample(args.db, args.n, args.seed, args.tsv)
    elif args.command == "again":
        again(args.db, args.judged, args.tsv)
    elif args.command == "suspects":
        suspects(args.db, args.limit)
    else:
        count(args.judged)
    return 0


if __name__ == "__main__":
    sys.exit(main())
