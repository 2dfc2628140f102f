#!/usr/bin/env bash
# The static checks CI runs before the tests (and pre-commit runs on a commit): lint, formatting,
# and mypy strict on the whole package. Stops at the first that fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

echo "ruff check" && .venv/bin/ruff check .
echo "ruff format --check" && .venv/bin/ruff format --check .
echo "mypy" && .venv/bin/mypy
