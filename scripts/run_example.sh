#!/usr/bin/env bash
# Install saidwhat into .venv, ingest the bundled examples into a fresh SQLite
# store (no server needed), link speakers and statements, and query the record.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e .
SW=.venv/bin/saidwhat
DB=${SAIDWHAT_DB:-example.db}
rm -f "$DB" "$DB-wal" "$DB-shm"
echo "== saidwhat extract examples/stoltenberg-2024-09-19.txt"
$SW extract examples/stoltenberg-2024-09-19.txt
echo "== saidwhat ingest examples/stoltenberg-2024-09-19.txt examples/wikinews.jsonl --db $DB"
$SW ingest examples/stoltenberg-2024-09-19.txt examples/wikinews.jsonl --db "$DB"
echo "== saidwhat search \"air defense\" --db $DB"
$SW search "air defense" --db "$DB" --limit 3
echo "== saidwhat speakers --db $DB --top 8"
$SW speakers --db "$DB" --top 8
echo "== saidwhat flags --kind headline --db $DB"
$SW flags --kind headline --db "$DB" || true
echo
echo "Explore it in a browser:  .venv/bin/saidwhat serve --db $DB   (then open http://127.0.0.1:8000)"
