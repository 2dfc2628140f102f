#!/usr/bin/env bash
# Runs Partner Desktop against its embedded sandbox: set-up first, then the app.
# Extra arguments go to the app (for example: scripts/run-sandbox.sh --log-level debug).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m partner_desktop --sandbox "$@"
