"""The first screen a fan sees, signed out and signed in, at a small and a large window size:
screenshots for reviewers (artifacts), and what must be on them."""

from __future__ import annotations

import os
from typing import Any

import pytest

from partner_desktop.models.polls import PollRoles
from tests.fixtures.qt import save_screenshot


@pytest.mark.parametrize("size", [(800, 600), (1600, 1000)])
def test_the_first_screen_signed_out_then_signed_in(
    make_app: Any, make_sandbox: Any, qtbot: Any, size: tuple[int, int]
) -> None:
    width, height = size
    scale = os.environ.get("QT_SCALE_FACTOR", "")
    suffix = f"{width}x{height}" + (f"-scale{scale}" if scale else "")
    harness = make_app(make_sandbox())
    window = harness.window
    window.resize(width, height)
    harness.wait_loaded()
    qtbot.waitUntil(lambda: window.services.overview.last is not None, timeout=10_000)
    panel = window.detail.overview
    qtbot.waitUntil(lambda: "open now" in panel.open_button.text(), timeout=5_000)
    qtbot.wait(300)  # partner logos arrive and paint
    view = window.lists.poll_list
    first = view.model().index(0, 0)
    assert view.viewport().rect().contains(view.visualRect(first))
    assert first.data(PollRoles.StatusRole) == "open"
    assert panel.isVisible()
    # Nothing is cut at the right edge: the detail pane's content fits the pane.
    assert panel.width() <= window.detail.width()
    save_screenshot(window, f"first-screen-signed-out-{suffix}")

    harness.sign_in()
    qtbot.waitUntil(panel.to_vote_button.isVisible, timeout=10_000)
    qtbot.waitUntil(lambda: bool(panel.token_buttons()), timeout=10_000)
    qtbot.wait(300)
    assert "you have not voted on yet" in panel.to_vote_button.text()
    save_screenshot(window, f"first-screen-signed-in-{suffix}")
