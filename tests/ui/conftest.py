"""Fixtures of the widget tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from partner_desktop.ui.appearance import apply_appearance


@pytest.fixture
def light_again() -> Iterator[None]:
    """The light theme again after a test that changed it (the theme is the whole app's)."""
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_appearance(app, "light", 1.0)
