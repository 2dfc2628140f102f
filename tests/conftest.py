"""Test-wide set-up: no real screen unless a test asks for one, shared fixtures as plugins."""

from __future__ import annotations

import os

# Qt reads this when the first QApplication is built; set it before any test imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings

# Time limits per example measure the machine, not the code (these run on 2 shared cores);
# CI replays a fixed set of examples so that a submission's result does not depend on luck,
# while local runs keep exploring new ones.
settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

pytest_plugins = [
    "tests.fixtures.sandbox",
    "tests.fixtures.qt",
]
