"""Test-wide set-up: no real screen unless a test asks for one, shared fixtures as plugins."""

from __future__ import annotations

import os

# Qt reads this when the first QApplication is built; set it before any test imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.fixtures.sandbox",
    "tests.fixtures.qt",
]
