"""Poll texts from a hostile server are shown as typed: never as Qt rich text that would load a
local file or stretch a label to 900 pixels (the detail pane, the list's tool tip, the vote
confirmation, the error banner, the account label)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListView, QMessageBox, QRadioButton, QWidget

from partner_desktop.models.polls import PollRoles
from tests.helpers.hostile import huge_png

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def _hostile(local: Path) -> str:
    return f'<img src="{local}" width=900 height=900><b>Pick</b> me'


def test_server_text_is_never_rich_text(
    make_app: Any, make_sandbox: Any, qtbot: Any, tmp_path: Path
) -> None:
    local = tmp_path / "private.png"
    local.write_bytes(huge_png(64, 64))  # a file of the person's that must not be shown
    hostile = _hostile(local)
    srv = make_sandbox()
    with sqlite3.connect(srv.db_path) as db:
        db.execute("UPDATE polls SET question = ?, information = ?", (hostile, hostile))
        db.execute("UPDATE answers SET answer = ? || position", (hostile,))
        db.execute("UPDATE partners SET name = ?", (hostile,))
    harness = make_app(srv)
    harness.wait_loaded("all")
    harness.sign_in()
    window = harness.window
    model = window.findChild(QListView, "pollList").model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(PollRoles.StatusRole) == "open":
            window.findChild(QListView, "pollList").setCurrentIndex(model.index(row, 0))
            break
    qtbot.waitUntil(lambda: window.detail.user_poll is not None, timeout=10_000)

    question = window.findChild(QLabel, "pollQuestion")
    assert question.text() == hostile  # shown as typed
    showing = [label for label in window.detail.findChildren(QLabel) if "<img" in label.text()]
    assert len(showing) >= 3  # question, information, partner
    for label in showing:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        assert label.sizeHint().height() < 900, label.objectName()  # no 900-px picture
        if label.wordWrap():
            assert label.sizeHint().width() < 900, label.objectName()

    # The list's tool tip: Qt guesses rich text there, so the question must come escaped.
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip
    assert "&lt;img" in tip

    # The vote confirmation names the server's answer.
    radios = window.findChild(QWidget, "answerOptions").findChildren(QRadioButton)
    radios[0].click()
    window.detail.vote_button.click()
    qtbot.waitUntil(lambda: window.confirmation_box() is not None)
    box = window.confirmation_box()
    assert "<img" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    # The error banner may quote the server.
    window.show_error(f"The server said: {hostile}")
    assert window.banner.text.textFormat() == Qt.TextFormat.PlainText
    assert window.banner.text.sizeHint().height() < 900
    account = window.findChild(QLabel, "accountLabel")
    assert account.textFormat() == Qt.TextFormat.PlainText
