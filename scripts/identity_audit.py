"""Audit cross-article identity on a linked store: is each quote credited to the right person?

    python scripts/identity_audit.py build DIR [--jobs 2]            # the mixed store: DIR/store.db
    python scripts/identity_audit.py mixed DIR [--jobs 2]            # build if need be, then every list
    python scripts/identity_audit.py sample STORE.db [--n 430] [--seed 1] [--tsv OUT.tsv]
    python scripts/identity_audit.py again STORE.db JUDGED.tsv     # the same quotes, linked anew
    python scripts/identity_audit.py suspects STORE.db [--limit 40]
    python scripts/identity_audit.py count JUDGED.tsv
    python scripts/identity_audit.py twins STORE.db                # one person under two ids?
    python scripts/identity_audit.py crossing STORE.db [--years 3]   # one id in corpora years apart
    python scripts/identity_audit.py merges STORE.db [--skip 50] [--n 50] [--seed 1]

``sample`` draws a seeded random sample of quotes linked to a person (any speaker id but an
organisation's) and prints, per quote, the speaker as the article writes it (mention), the
extraction's name, the id and name it was linked to, the link's evidence, the speaker's other
aliases and the words around the mention, so a reader can judge right person / wrong person /
no person. ``--tsv`` writes the same rows with an empty ``verdict`` column to fill in (see
evaluation/identity/README.md for the verdicts). Quotes are named by (article id, quote index),
which a re-link keeps, so ``again`` reprints a judged sample against a store linked by another
linker and marks the rows whose link changed: those, and only those, are judged again. A
re-extraction may re-index an article's quotes: ``again`` then finds each judged quote by the words
around its speaker mention, and a row whose mention is gone is judged again too.

``build`` ingests one large mixed store, to find people merged or split across corpora: the BBC
corpus (2004-2005, as "BBC News"), PolNeAR train and dev (seven US outlets, 2015-2016), the
Wikinews articles (2004-2023) and the web benchmark's pages (2019-2020), then links it.

``suspects`` lists speakers whose aliases hold two different full names, or honorifics of both
genders: candidate wrong merges. ``saidwhat merges --weakest N`` lists the weakest evidence.
``count`` tallies a judged file's verdicts.

On a mixed store three more lists: ``twins`` groups the person ids by surname whose given names are
one name written alike, with initials, a suffix or a short form (``identity.name_variant``,
``nickname_variant``): candidate people split under two ids. ``crossing`` lists the person ids whose
quotes stand in articles years apart or in two corpora (BBC, PolNeAR, Wikinews, the web pages), by
full name alone or otherwise: candidate namesakes merged. ``merges`` prints a seeded sample of the
merges ``saidwhat merges`` ranks below its ``--skip`` weakest, with a quote's context each.
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

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def build(folder: str, jobs: int) -> None:
    """Ingest the mixed store into FOLDER/store.db and link it (a few minutes per 1,000 articles)."""
    from saidwhat.across.link import link
    from saidwhat.evaluate.across_pairs import polnear_records
    from saidwhat.ingest.metadata import SourceMetadata
    from saidwhat.pipeline import ingest
    from saidwhat.settings import Settings
    from saidwhat.store import Store

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    if (out / "store.db").exists():
        raise SystemExit(f"{out / 'store.db'} exists: build into an empty folder")
    # PolNeAR's files are whole articles with their outlet and day in metadata.tsv: written as JSONL
    polnear = out / "polnear-train-dev.jsonl"
    records = polnear_records(SHARED / "polnear", "train") + polnear_records(SHARED / "polnear", "dev")
    polnear.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    bbc = SHARED / "bbc-news" / "bbc"
    settings = Settings()
    with Store.open(out / "store.db") as store:
        # the BBC's plain-text files name no outlet or day: every one is dated 2005-01-01
        ingest(sorted(d for d in bbc.iterdir() if d.is_dir()), store=store, settings=settings, jobs=jobs,
               metadata=SourceMetadata.build(outlet="BBC News", date="2005-01-01"))
        ingest([polnear, SHARED / "wikinews" / "wikinews_articles.jsonl",
                SHARED / "article-extraction-benchmark" / "html"], store=store, settings=settings, jobs=jobs)
        report = link(store, settings)
    print(report)


def mixed(folder: str, jobs: int) -> None:
    """The mixed store's audit in one command: the store built (once: DIR/store.db kept), then the
    weakest 50 merges and a seed-1 sample of 50 others, the candidate splits and the ids across
    corpora, each list written to DIR (merges.txt, twins.txt, crossing.txt) to be read."""
    import contextlib
    import io

    out = Path(folder)
    db = out / "store.db"
    if not db.exists():
        build(folder, jobs)
    for name, run in (("merges", lambda: merges(str(db), 50, 50, 1)), ("twins", lambda: twins(str(db))),
                      ("crossing", lambda: crossing(str(db), 3))):
        text = io.StringIO()
        with contextlib.redirect_stdout(text):
            run()
        (out / f"{name}.txt").write_text(text.getvalue(), "utf-8")
        print(f"{out / f'{name}.txt'}: {text.getvalue().splitlines()[0]}")


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
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def _read(path: str) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _same_mention(conn: sqlite3.Connection, old: dict[str, str]) -> tuple[str, int]:
    """The key of the quote a judged row meant. A re-extraction can re-index an article's quotes,
    so when the quote at the judged index has another speaker mention than the judged context
    shows, the article's quote whose mention stands at that context is taken (the nearest index
    if several quotes share the mention); the judged index when none does."""
    key = (old["article"], int(old["idx"]))
    if not old.get("context") or _row(conn, key).get("context") == old["context"]:
        return key
    text = conn.execute("SELECT text FROM articles WHERE id = ?", (key[0],)).fetchone()
    quotes = conn.execute("SELECT idx, speaker_start, speaker_end FROM quotes WHERE article_id = ?",
                          (key[0],)).fetchall() if text else []
    same = [idx for idx, start, end in quotes if _context(text[0], start, end) == old["context"]]
    return (key[0], min(same, key=lambda idx: abs(idx - key[1]))) if same else key


def again(db: str, judged: str, tsv: str | None) -> None:
    """The judged quotes against this store's links: a row whose speaker id changed is printed
    with the old verdict struck (to judge again); the others keep theirs. A row is found by its
    mention's context first, so a judged file outlives a re-extraction that re-indexed quotes."""
    conn = _connect(db)
    out, changed, moved = [], 0, 0
    for old in _read(judged):
        key = _same_mention(conn, old)
        moved += key[1] != int(old["idx"])
        row = {**_row(conn, key), "n": old["n"]}
        if row.get("speaker_id") == old["speaker_id"] and row.get("context") == old.get("context"):
            row.update(verdict=old["verdict"], note=old["note"])
        else:
            changed += 1
            row.update(verdict="", note=f"was {old['speaker_id'] or 'none'} ({old['verdict']}) {old['note']}".strip())
            _print(row, int(old["n"]), " CHANGED")
        out.append(row)
    print(f"\n{changed} of {len(out)} links changed ({moved} quotes found at another index by their mention)")
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


def _corpus(outlet: str | None, day: str | None) -> str:
    """Which corpus of the mixed store (``build``) an article comes from: the BBC's files are dated
    2005-01-01, its page among the web benchmark's 2019."""
    if outlet == "BBC News" and (day or "").startswith("2005-01-01"):
        return "bbc"
    if outlet == "wikinews.org":
        return "wikinews"
    if outlet in ("breitbart", "huff-post", "nyt", "politico", "usa-today", "wash-post", "west-journal"):
        return "polnear"
    return "web"


def _person_ids(conn: sqlite3.Connection) -> dict[str, tuple[str, int]]:
    """Every person id with quotes: id -> (name, quotes). Organisations, surnames kept apart and
    split rules' ids are no person claimed by a name."""
    return {sid: (name, n) for sid, name, n in conn.execute(
        "SELECT l.speaker_id, s.name, count(*) FROM quote_links l JOIN across_speakers s ON s.id = l.speaker_id"
        " WHERE l.speaker_id NOT LIKE 'org:%' AND l.speaker_id NOT LIKE 'surname:%'"
        " GROUP BY l.speaker_id")}


def twins(db: str) -> None:
    """Groups of person ids whose names may be one person's: candidate splits."""
    from saidwhat.names.identity import name_parts, name_variant, nickname_variant

    conn = _connect(db)
    people = _person_ids(conn)
    by_surname: dict[str, list[str]] = {}
    for sid, (name, _) in people.items():
        parts = name_parts(name)
        if parts:
            by_surname.setdefault(parts.surname, []).append(sid)
    groups = []
    for ids in by_surname.values():
        for i, a in enumerate(sorted(ids)):
            for b in sorted(ids)[i + 1:]:
                na, nb = people[a][0], people[b][0]
                pa, pb = name_parts(na), name_parts(nb)
                same_given = pa.given == pb.given and pa.suffix == pb.suffix
                if name_variant(na, nb) or nickname_variant(na, nb) or same_given:
                    groups.append((a, b))
    print(f"{len(groups)} pairs of person ids whose names may be one person's\n")
    for a, b in groups:
        print(f"{a} = {people[a][0]} ({people[a][1]} quotes) | {b} = {people[b][0]} ({people[b][1]} quotes)")
        for sid in (a, b):
            print("   " + _where(conn, sid))


def _where(conn: sqlite3.Connection, sid: str) -> str:
    rows = conn.execute(
        "SELECT a.id, a.outlet, substr(a.published, 1, 10), q.speaker_mention FROM quote_links l"
        " JOIN quotes q ON q.id = l.quote_id JOIN articles a ON a.id = q.article_id WHERE l.speaker_id = ?"
        " ORDER BY a.published, a.id", (sid,)).fetchall()
    corpora = Counter(_corpus(o, d) for _, o, d, _ in rows)
    days = sorted({d for _, _, d, _ in rows if d})
    mentions = Counter(m for *_, m in rows)
    span = f"{days[0]}..{days[-1]}" if days else "no day"
    return (f"{sid}: {dict(corpora)} {span}; mentions "
            + ", ".join(f"{m!r} {n}" for m, n in mentions.most_common(4)) + f"; e.g. {rows[0][0]}")


def crossing(db: str, years: int) -> None:
    """Person ids whose quotes stand in two corpora or more, or in articles ``years`` apart: the
    links a name alone made across a mixed store, each to read."""
    conn = _connect(db)
    people = _person_ids(conn)
    found = []
    for sid, (name, n) in people.items():
        rows = conn.execute(
            "SELECT a.id, a.outlet, substr(a.published, 1, 10) FROM quote_links l JOIN quotes q ON q.id = l.quote_id"
            " JOIN articles a ON a.id = q.article_id WHERE l.speaker_id = ?", (sid,)).fetchall()
        corpora = {_corpus(o, d) for _, o, d in rows}
        days = sorted({int(d[:4]) for *_, d in rows if d})
        if len(corpora) > 1 or (days and days[-1] - days[0] >= years):
            found.append((sid, name, n))
    print(f"{len(found)} person ids in two corpora or {years}+ years apart\n")
    for sid, name, n in sorted(found, key=lambda f: (f[0].startswith("Q"), f[1])):
        print(f"{name} ({n} quotes)")
        print("   " + _where(conn, sid))
        for corpus, mention, context in _one_per_corpus(conn, sid):
            print(f"   [{corpus}] {mention!r}: {context}")


def _one_per_corpus(conn: sqlite3.Connection, sid: str) -> list[tuple[str, str, str]]:
    seen: dict[str, tuple[str, str, str]] = {}
    for day, outlet, mention, start, end, text in conn.execute(
            "SELECT a.published, a.outlet, q.speaker_mention, q.speaker_start, q.speaker_end, a.text FROM quote_links l"
            " JOIN quotes q ON q.id = l.quote_id JOIN articles a ON a.id = q.article_id WHERE l.speaker_id = ?"
            " ORDER BY a.id, q.idx", (sid,)):
        corpus = _corpus(outlet, day)
        if corpus not in seen:
            seen[corpus] = (corpus, mention or "", _context(text, start, end, 80))
    return list(seen.values())


def merges(db: str, skip: int, n: int, seed: int) -> None:
    """The ``skip`` weakest merges (as ``saidwhat merges`` ranks them) and a seeded sample of ``n`` of
    the others, one quote's context each."""
    from saidwhat.across.review import weakest_merges
    from saidwhat.store import Store

    with Store.open(db) as store:
        ranked = weakest_merges(store, limit=10**9)
    rest = ranked[skip:]
    chosen = ranked[:skip] + random.Random(seed).sample(rest, min(n, len(rest)))
    conn = _connect(db)
    print(f"the {skip} weakest of {len(ranked)} merges, then {len(chosen) - skip} of the others, seed {seed}\n")
    for i, m in enumerate(chosen, 1):
        art = m["articles"][0]
        found = conn.execute("SELECT q.speaker_start, q.speaker_end, a.text, a.outlet FROM quotes q"
                             " JOIN articles a ON a.id = q.article_id"
                             " WHERE q.article_id = ? AND q.speaker_mention IS ?",
                             (art, m["mention"])).fetchone()
        context = _context(found[2], found[0], found[1], 90) if found else ""
        print(f"#{i} {m['mention']!r} -> {m['speaker_id']} = {m['name']} by {m['evidence']}"
              f" ({m['quotes']} quotes, {len(m['articles'])} articles; {art}, {found[3] if found else ''})")
        print(f"   support  {m['support']}")
        print(f"   context  {context}")


def count(judged: str) -> None:
    rows = _read(judged)
    verdicts = Counter(r["verdict"] or "(not judged)" for r in rows)
    print(f"{len(rows)} quotes: " + ", ".join(f"{v} {verdicts[v]}" for v in (*VERDICTS, "(not judged)")
                                            if verdicts[v]))
    for r in rows:
        if r["verdict"] not in ("right", "apart", "unlinked", "org"):
            print(f"  #{r['n']} {r['verdict']}: {r['mention']!r} -> {r['speaker_id']} {r['speaker_name']}: {r['note']}")


# each subcommand's function takes the subcommand's arguments by name
COMMANDS = {
    "build": build, "mixed": mixed, "sample": sample, "again": again, "suspects": suspects,
    "count": count, "twins": twins, "crossing": crossing, "merges": merges,
}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    for name in ("build", "mixed"):  # a store built from a corpus folder
        store = sub.add_parser(name)
        store.add_argument("folder")
        store.add_argument("--jobs", type=int, default=2)
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
    sub.add_parser("count").add_argument("judged")
    sub.add_parser("twins").add_argument("db")
    x = sub.add_parser("crossing")
    x.add_argument("db")
    x.add_argument("--years", type=int, default=3)
    m = sub.add_parser("merges")
    m.add_argument("db")
    m.add_argument("--skip", type=int, default=50)
    m.add_argument("--n", type=int, default=50)
    m.add_argument("--seed", type=int, default=1)
    args = vars(p.parse_args(argv))
    COMMANDS[args.pop("command")](**args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
