"""List candidate pairs of quotes for a pairs file (PolNeAR's, or the BBC corpus's), to be read by hand.

The search of POLNEAR.md's second round (polgroup20), written down so that a new pairs file can
be drawn the same way: the quoted words of an article are its gold ``direct`` and ``mixed``
quotes (for a mixed quote only the words inside quotation marks) and every span between
quotation marks in its text (straight, curly or two-apostrophe marks; a mark left open runs to
the paragraph's end). Two quoted spans of two articles (not one outlet on one day) are a
candidate when

- they share a run of 6+ words, or of 3+ words with two that are not function words that is half
  the shorter span or more, or of 4-5 words with two that are not function words; or
- one is a quoted fragment of two words, neither a function word, found in a row in the other; or
- their content words in order, gaps allowed, are 4+ and 60% of the shorter span's, or 3 of a
  span of 5 content words or fewer beside a shared run of 2.

``--only SPLIT`` keeps the candidates with at least one side in that split (``dev``: the dev
pairs file, read with train articles beside it). ``--skip FILE`` (repeatable) drops a candidate whose
two sides fall in the two sides of a pair that pairs file holds: the same two quotes read again (the
train pairs of round pairs31 were drawn with ``--splits train --only train`` and both earlier
files skipped). Prints one JSON object a line, with each side's
article, outlet, day, kind, span, ``at`` (the shared words' characters), gold source and the
paragraph around it, sorted for reading: shared runs of 5+ words first.

    python scripts/polnear_pair_candidates.py ../shared/data/polnear --splits train,dev --only dev > cands.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from typing import NamedTuple

from saidwhat.across.diff import FUNCTION_WORDS
from saidwhat.evaluate.across_pairs import bbc_records
from saidwhat.evaluate.gold import read_polnear
from saidwhat.models import Article

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’$%.-]*[A-Za-z0-9%]|[A-Za-z0-9]")
MARKS = re.compile(r"\"([^\"\n]{3,}?)(?:\"|(?=\n))|“([^”\n]{3,}?)(?:”|(?=\n))|''([^'\n]{3,}?)(?:''|(?=\n))")
MIXED_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]|''(.+?)''")


def words_of(text: str, base: int) -> list[tuple[str, int, int]]:
    out = []
    for m in WORD.finditer(text):
        w = m.group().lower().replace("’", "'").strip(".")
        if w:
            out.append((w, base + m.start(), base + m.end()))
    return out


def quoted_spans(doc) -> list[dict]:
    """Each quoted piece of an article: gold direct/mixed quotes, then every span between marks."""
    text = doc.article.text
    pieces, seen = [], set()
    for q in doc.quotes:
        if q.kind not in ("direct", "mixed"):
            continue
        source = " ".join(sp.of(text) for sp in q.speaker)
        spans = [(sp.start, sp.end) for sp in q.spans]
        for s, e in spans:
            if q.kind == "direct":
                parts = [(s, e)]
            else:
                parts = [(s + m.start(m.lastindex), s + m.end(m.lastindex)) for m in MIXED_QUOTED.finditer(text[s:e])]
            for ps, pe in parts:
                pieces.append({"kind": q.kind, "span": [list(x) for x in spans], "piece": (ps, pe),
                               "source": source})
                seen.add((ps, pe))
    for m in MARKS.finditer(text):
        ps, pe = m.start(m.lastindex), m.end(m.lastindex)
        if any(a <= ps and pe <= b for a, b in seen):
            continue
        pieces.append({"kind": "unannotated", "span": [[ps, pe]], "piece": (ps, pe), "source": ""})
    for p in pieces:
        p["words"] = words_of(text[p["piece"][0]:p["piece"][1]], p["piece"][0])
    return [p for p in pieces if p["words"]]


class Plain(NamedTuple):
    """An article without gold quotes, shaped as ``read_polnear``'s documents are."""

    article: Article
    quotes: tuple = ()


def read_bbc(root: str) -> dict[str, Plain]:
    """The BBC corpus's articles by id (a copy of an earlier article's text is left out by ``bbc_records``)."""
    return {rec["id"]: Plain(Article(id=rec["id"], text=rec["text"], outlet=rec["outlet"]))
            for rec in bbc_records(root)}


def longest_run(a: list[str], b: list[str]) -> tuple[int, int, int]:
    """Length and start in a and b of the longest run of words in a row the two share."""
    best = (0, 0, 0)
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best[0]:
                    best = (cur[j], i - cur[j], j - cur[j])
        prev = cur
    return best


def lcs_length(a: list[str], b: list[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[-1]))
        prev = cur
    return prev[-1]


def content(ws: list[str]) -> list[str]:
    return [w for w in ws if w not in FUNCTION_WORDS]


def is_candidate(a: list[str], b: list[str]) -> tuple[bool, int, int, int]:
    run, i, j = longest_run(a, b)
    shorter = min(len(a), len(b))
    inside = content(a[i:i + run])
    if run >= 6:
        return True, run, i, j
    if run >= 3 and len(inside) >= 2 and (2 * run >= shorter or run >= 4):
        return True, run, i, j
    if run == 2 and shorter == 2 and len(inside) == 2:
        return True, run, i, j
    ca, cb = content(a), content(b)
    if ca and cb:
        common = lcs_length(ca, cb)
        short = min(len(ca), len(cb))
        if (common >= 4 and common >= 0.6 * short) or (common >= 3 and short <= 5 and run >= 2):
            return True, run, i, j
    return False, run, i, j


def _overlaps(side: dict, read: dict) -> bool:
    """Whether a candidate's side falls in a read pair's side: one article, and the shared words
    inside that side's gold span or touching its shared words."""
    if side["article"] != read["article"]:
        return False
    a, b = side["at"]
    spans = [tuple(x) for x in read["span"]] + [tuple(read["at"])]
    return any(s <= b and a <= e for s, e in spans)


def already_read(candidate: dict, pairs: list[dict]) -> bool:
    """Whether both sides of ``candidate`` fall in the two sides of one pair of ``pairs``."""
    a, b = candidate["a"], candidate["b"]
    return any((_overlaps(a, p["a"]) and _overlaps(b, p["b"])) or (_overlaps(a, p["b"]) and _overlaps(b, p["a"]))
               for p in pairs)


def paragraph(text: str, at: int, width: int = 350) -> str:
    lo, hi = max(0, at - width), min(len(text), at + width)
    return " ".join(text[lo:hi].split())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root", help="the PolNeAR folder, or with --bbc the BBC corpus's")
    ap.add_argument("--bbc", action="store_true", help="read the root as the BBC corpus")
    ap.add_argument("--splits", default="train,dev", help="splits to read (comma-separated)")
    ap.add_argument("--only", default=None,
                    help="keep candidates with a side in this split [PolNeAR: dev] or section [BBC: any]")
    ap.add_argument("--skip", action="append", default=[],
                    help="a pairs file whose pairs are not listed again (repeatable)")
    args = ap.parse_args(argv)
    read = [json.loads(line) for path in args.skip for line in open(path, encoding="utf-8") if line.strip()]
    docs, split_of = {}, {}
    if args.bbc:
        docs = read_bbc(args.root)
        split_of = {d: d.split("/", 1)[0] for d in docs}
    else:
        for split in args.splits.split(","):
            for doc in read_polnear(args.root, split=split):
                docs[doc.article.id] = doc
                split_of[doc.article.id] = split
    only = args.only if args.only is not None or args.bbc else "dev"
    pieces = {d: quoted_spans(doc) for d, doc in docs.items()}
    # an index of word pairs in a row, to compare only pieces that share one (a sentence with every
    # other word changed is missed: none was found in the earlier searches)
    index = defaultdict(set)
    for d, ps in pieces.items():
        for n, p in enumerate(ps):
            ws = [w for w, _, _ in p["words"]]
            keys = {(ws[k], ws[k + 1]) for k in range(len(ws) - 1)}
            for k in keys:
                index[k].add((d, n))
    out, done = [], set()
    for d, ps in pieces.items():
        if only is not None and split_of[d] != only:
            continue
        for n, p in enumerate(ps):
            ws = [w for w, _, _ in p["words"]]
            keys = {(ws[k], ws[k + 1]) for k in range(len(ws) - 1)}
            others = set().union(*(index[k] for k in keys)) if keys else set()
            for od, on in others:
                if od == d or (min((d, n), (od, on)), max((d, n), (od, on))) in done:
                    continue
                done.add((min((d, n), (od, on)), max((d, n), (od, on))))
                a_doc, b_doc = docs[d].article, docs[od].article
                if a_doc.outlet == b_doc.outlet and a_doc.published and a_doc.published == b_doc.published:
                    continue
                q = pieces[od][on]
                qs = [w for w, _, _ in q["words"]]
                ok, run, i, j = is_candidate(ws, qs)
                if not ok:
                    continue
                run = max(run, 1)
                sides = []
                for doc, piece, start in ((a_doc, p, i), (b_doc, q, j)):
                    at = [piece["words"][start][1], piece["words"][min(start + run, len(piece["words"])) - 1][2]]
                    sides.append({"article": doc.id, "outlet": doc.outlet,
                                  "day": doc.published.date().isoformat() if doc.published else None,
                                  "kind": piece["kind"], "span": piece["span"], "at": at,
                                  "source": piece["source"], "split": split_of[doc.id],
                                  "context": paragraph(doc.text, at[0])})
                found = {"a": sides[0], "b": sides[1], "run": run, "words": " ".join(ws[i:i + run][:12])}
                if not already_read(found, read):
                    out.append(found)
    out.sort(key=lambda c: (-c["run"], c["words"]))
    for c in out:
        sys.stdout.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(out)} candidates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
