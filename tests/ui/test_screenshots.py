"""Screenshots of the main window: artifacts for reviewers, and the one in docs/."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from partner_desktop.models.polls import PollRoles

DOCS_SHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshot-main.png"


def test_signed_in_window_with_an_open_poll_renders(
    make_app: Any, make_sandbox: Any, qtbot: Any, tmp_path: Path
) -> None:
    """Signed in, filtered to open polls, one open: the window renders it whole.

    The picture goes to the artefacts folder; with PARTNER_DOCS_SCREENSHOT=1 it also
    replaces docs/screenshot-main.png.
    """
    harness = make_app(make_sandbox())
    window = harness.window
    window.resize(1280, 800)
    harness.wait_loaded("all")
    harness.sign_in()
    model = window.lists.all_model
    window.filters.status_filter.setCurrentIndex(window.filters.status_filter.findText("Open"))
    qtbot.waitUntil(
        lambda: (
            model.rowCount() > 0
            and all(
                model.index(r, 0).data(PollRoles.StatusRole) == "open"
                for r in range(model.rowCount())
            )
        ),
        timeout=10_000,
    )
    open_rows = [
        r for r in range(model.rowCount()) if model.index(r, 0).data(PollRoles.StatusRole) == "open"
    ]
    with_results = [
        r for r in open_rows if model.index(r, 0).data(PollRoles.PollRole).results_visible
    ]
    row = next((r for r in with_results if r < 6), open_rows[0])
    window.lists.poll_list.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: window.detail.user_poll is not None, timeout=10_000)
    window.detail.radio_buttons()[0].setChecked(True)
    window.lists.poll_list.scrollToTop()
    qtbot.wait(300)  # let partner logos arrive and paint
    window.lists.poll_list.viewport().update()
    qtbot.wait(100)
    image = window.grab()
    assert image.width() >= 1200
    artifacts = os.environ.get("PARTNER_TEST_ARTIFACTS")
    target = Path(artifacts) / "screenshots" if artifacts else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    assert image.save(str(target / "main-open-poll.png"))
    if os.environ.get("PARTNER_DOCS_SCREENSHOT"):
        assert image.save(str(DOCS_SHOT))
    question = model.index(row, 0).data(PollRoles.PollRole).question
    assert window.detail.findChild(QLabel, "pollQuestion").text() == question
