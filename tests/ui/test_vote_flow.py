"""The core flow against the real sandbox: sign in, list, open a poll, vote, My polls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from partner_desktop.models.polls import PollRoles
from tests.fixtures.qt import save_screenshot


def _first_row(model: Any, predicate: Any) -> int:
    for row in range(model.rowCount()):
        if predicate(model.index(row, 0)):
            return row
    raise AssertionError("no row matches")


def _open_row(qtbot: Any, view: QListView, row: int) -> None:
    view.setCurrentIndex(view.model().index(row, 0))


def _confirm(qtbot: Any, window: Any, button: QMessageBox.StandardButton) -> None:
    qtbot.waitUntil(lambda: window.confirmation_box() is not None)
    box = window.confirmation_box()
    assert box is not None
    assert "final" in box.informativeText()
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


def test_sign_in_vote_and_see_it_in_my_polls(make_app: Any, make_sandbox: Any, qtbot: Any) -> None:
    harness = make_app(make_sandbox())
    window = harness.window
    assert window.objectName() == "mainWindow"
    harness.wait_loaded("all")

    # Signed out: the account label names nobody and the vote button offers signing in.
    account = window.findChild(QLabel, "accountLabel")
    assert account.text() == ""
    poll_list = window.findChild(QListView, "pollList")
    model = poll_list.model()
    assert question_in_display_role(model)
    row = _first_row(model, lambda i: i.data(PollRoles.StatusRole) == "open")
    _open_row(qtbot, poll_list, row)
    vote_button = window.findChild(QPushButton, "voteButton")
    qtbot.waitUntil(lambda: vote_button.text() == "Sign in to vote")

    harness.sign_in()
    assert account.text() == "alice"
    assert harness.browser.urls
    assert "code_challenge=" in harness.browser.urls[0]
    assert not window.findChild(QPushButton, "signInButton").isVisible()
    assert window.findChild(QPushButton, "signOutButton").isVisible()
    save_screenshot(window, "signed-in")

    # The open poll now shows alice's balance, and the spin box is capped by it and the limit.
    question = model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
    qtbot.waitUntil(lambda: window.detail.user_poll is not None, timeout=10_000)
    assert window.findChild(QLabel, "pollQuestion").text() == question
    user_poll = window.detail.user_poll
    spin = window.findChild(QSpinBox, "tokenCount")
    limit = user_poll.poll.token_limit or user_poll.user_token_balance
    assert spin.maximum() == min(limit, user_poll.user_token_balance)
    radios = window.findChild(QWidget, "answerOptions").findChildren(QRadioButton)
    assert len(radios) == len(user_poll.poll.answers)
    assert {r.text().split("  ")[0] for r in radios} == {a.answer for a in user_poll.poll.answers}
    save_screenshot(window, "poll-open")

    radios[0].click()
    spin.setValue(min(2, spin.maximum()))
    tokens = spin.value()
    qtbot.waitUntil(vote_button.isEnabled)
    qtbot.mouseClick(vote_button, Qt.MouseButton.LeftButton)
    _confirm(qtbot, window, QMessageBox.StandardButton.Yes)

    status = window.findChild(QLabel, "voteStatus")
    qtbot.waitUntil(lambda: status.text().startswith("You voted"), timeout=15_000)
    assert radios_text(window)[0] in status.text()
    assert f"{tokens} token" in status.text()
    assert not vote_button.isEnabled()
    save_screenshot(window, "after-vote")

    # My polls lists the poll with the vote.
    window.lists.setCurrentIndex(1)
    mine = window.findChild(QListView, "myPollsList")
    qtbot.waitUntil(
        lambda: any(
            mine.model().index(r, 0).data(Qt.ItemDataRole.DisplayRole) == question
            and mine.model().index(r, 0).data(PollRoles.UserVoteRole) is not None
            for r in range(mine.model().rowCount())
        ),
        timeout=15_000,
    )


def question_in_display_role(model: Any) -> bool:
    poll = model.index(0, 0).data(PollRoles.PollRole)
    return poll.question in model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)


def radios_text(window: Any) -> list[str]:
    return [r.text().split("  ")[0] for r in window.detail.radio_buttons()]
