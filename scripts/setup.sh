#!/usr/bin/env bash
# Sets up a fresh Debian machine for Partner Desktop: system packages, a virtual
# environment in .venv, and the project installed into it (editable, with dev tools).
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's xcb platform plugin, a virtual X screen, a Secret Service keyring, a browser.
DEBIAN_PACKAGES=(
    python3-venv xvfb xauth dbus gnome-keyring chromium
    libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
    libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core desktop-file-utils binutils
)

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "Installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
# Every install takes the versions the tests ran with from constraints.txt (see README to update it);
# a change to either file installs again.
stamp=.venv/.installed-$(cat pyproject.toml constraints.txt | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
    # pip's and setuptools' chatter goes to a log; it is shown only if the install fails.
    if ! { .venv/bin/python -m pip install --quiet --upgrade pip -c constraints.txt \
        && .venv/bin/python -m pip install --quiet -c constraints.txt -e '.[dev]'; } \
        >.venv/pip-install.log 2>&1; then
        cat .venv/pip-install.log
        exit 1
    fi
    rm -f .venv/.installed-*
    touch "$stamp"
fi

# The compiled translations (.qm) are build output: made from resources/translations/*.ts.
.venv/bin/python scripts/translations.py build >/dev/null
