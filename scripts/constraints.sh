#!/usr/bin/env bash
# Writes constraints.txt: the newest versions that pyproject.toml allows, installed into a
# throw-away virtual environment and frozen. Run it to update the pins, then run the whole suite
# (bash scripts/test.sh) before committing the new constraints.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV="$(mktemp -d -t partner-desktop-constraints.XXXXXX)"
trap 'rm -rf "$VENV"' EXIT
"$PYTHON" -m venv "$VENV"
LOG="$VENV/pip-install.log"
if ! { "$VENV/bin/python" -m pip install --quiet --upgrade pip \
    && "$VENV/bin/python" -m pip install --quiet -e '.[dev]'; } >"$LOG" 2>&1; then
    cat "$LOG"
    exit 1
fi
{
    echo "# The versions the tests ran with; scripts/setup.sh installs with -c constraints.txt."
    echo "# Written by scripts/constraints.sh (see README, \"Pinned versions\")."
    # setuptools is the one the venv came with: builds use their own, from [build-system].
    "$VENV/bin/python" -m pip freeze --all --exclude-editable | grep -v '^setuptools=='
} >constraints.txt
echo "constraints.txt: $(grep -vc '^#' constraints.txt) packages pinned"
