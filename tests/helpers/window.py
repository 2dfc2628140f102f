"""Driving the whole app's main window the way a person does: filter, pick a poll, vote."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from partner_desktop.models.polls import PollRoles


def signed_in(make_app: Any, make_sandbox: Any) -> tuple[Any, Any]:
    """A fresh sandbox (alice has voted nowhere), alice signed in: the window and its pane."""
    harness = make_app(make_sandbox())
    harness.wait_loaded()
    harness.sign_in()
    return harness.window, harness.window.detail


def show_only(qtbot: Any, window: Any, label: str, status: str) -> None:
    """Choose ``label`` in the status filter and wait until every row listed has ``status``."""
    window.filters.status_filter.setCurrentIndex(window.filters.status_filter.findText(label))
    model = window.lists.all_model
    qtbot.waitUntil(
        lambda: (
            model.rowCount() > 0
            and all(
                model.index(r, 0).data(PollRoles.StatusRole) == status
                for r in range(model.rowCount())
            )
        ),
        timeout=10_000,
    )


def select_poll(window: Any, predicate: Any) -> Any:
    """Select the first row of the list that ``predicate(index)`` accepts; return its poll."""
    model = window.lists.all_model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if predicate(index):
            window.lists.poll_list.setCurrentIndex(index)
            return index.data(PollRoles.PollRole)
    raise AssertionError("no poll matches")


def vote_and_confirm(qtbot: Any, window: Any) -> None:
    """Click Vote and then the confirmation's vote button."""
    qtbot.mouseClick(window.detail.vote_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.confirmation_box() is not None, timeout=5_000)
    box = window.confirmation_box()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
