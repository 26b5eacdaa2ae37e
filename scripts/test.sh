#!/usr/bin/env bash
# Install saidwhat with its test extras into .venv and run the test suite.
# Usage: bash scripts/test.sh [pytest args...]   (--slow runs the long suites too)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[test]"
exec .venv/bin/python -m pytest "$@"
