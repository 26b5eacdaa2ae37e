"""Compare the linked record of two stores: statements, links, speakers, flags and LSH bands.

    python scripts/compare_links.py BEFORE.db AFTER.db

Used to check that a change to linking's speed leaves its output as it was. Everything
is compared by natural keys (article id and quote index) as the kill test does, and
statement ids and bands by value too, so a renumbering shows; ``band_rows`` compares the
bands' rows by statement and band alone, for stores whose band keys are worked out
differently (before and after migration 0022). Exit status 1 on any difference.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.across.test_link_killed import record  # noqa: E402

EXTRA_SQL = {
    "evidence": "SELECT q.article_id, q.idx, l.evidence FROM quote_links l JOIN quotes q ON q.id = l.quote_id",
    "statement_ids": "SELECT q.article_id, q.idx, s.statement_id FROM statement_quotes s"
    " JOIN quotes q ON q.id = s.quote_id",
    # as a set: since migration 0018 a statement's band row repeated by two of its wordings is kept once
    "bands": "SELECT DISTINCT band, key, statement_id FROM statement_bands",
    # the bands' shape whatever the key function (migration 0022 changed it): rows a statement and band
    "band_rows": (
        "SELECT statement_id, band, unnamed, count(*) FROM statement_bands"
        " GROUP BY statement_id, band, unnamed"
    ),
    "statements_table": "SELECT id, speaker_id FROM statements",
}


def full_record(db: Path) -> dict[str, list]:
    out = record(db)
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        for name, sql in EXTRA_SQL.items():
            out[name] = sorted(conn.execute(sql).fetchall(), key=repr)
    finally:
        conn.close()
    return out


def main(before: str, after: str) -> int:
    a, b = full_record(Path(before)), full_record(Path(after))
    differ = 0
    for name in sorted(a):
        same = a[name] == b[name]
        differ += not same
        print(f"{name:18s} {len(a[name]):8d} {len(b[name]):8d}  {'same' if same else 'DIFFERENT'}")
        if not same:
            sa, sb = set(map(repr, a[name])), set(map(repr, b[name]))
            for r in sorted(sa - sb)[:3]:
                print("   before only:", r[:300])
            for r in sorted(sb - sa)[:3]:
                print("   after only: ", r[:300])
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
