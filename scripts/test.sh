#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine: set-up first, then pytest
# inside a private D-Bus session with an unlocked gnome-keyring, on a virtual X screen.
# Extra arguments go to pytest (for example: scripts/test.sh tests/sandbox -x).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# gnome-keyring keeps its files under $HOME: a throw-away home keeps the person's keyring untouched.
TEST_HOME="$(mktemp -d -t partner-desktop-test-home.XXXXXX)"
trap 'rm -rf "$TEST_HOME"' EXIT
export HOME="$TEST_HOME"
export XDG_DATA_HOME="$TEST_HOME/.local/share" XDG_CONFIG_HOME="$TEST_HOME/.config"
export XDG_CACHE_HOME="$TEST_HOME/.cache" XDG_RUNTIME_DIR="$TEST_HOME/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export PARTNER_TEST_ARTIFACTS="${PARTNER_TEST_ARTIFACTS:-$PWD/artifacts}"
mkdir -p "$PARTNER_TEST_ARTIFACTS"

# shellcheck disable=SC2016
exec dbus-run-session -- sh -c '
    echo -n test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m pytest "$@"
' partner-desktop-tests "$@"
