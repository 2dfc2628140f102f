"""What the detail pane says when a poll cannot be voted on, and vote refusals as sentences."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from partner_desktop.models.polls import PollRoles
from tests.helpers.window import select_poll, show_only, signed_in, vote_and_confirm


def test_a_closed_poll_says_why_it_cannot_be_voted(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    window, _detail = signed_in(make_app, make_sandbox)  # alice has voted nowhere
    show_only(qtbot, window, "Closed", "closed")
    select_poll(window, lambda i: True)
    qtbot.waitUntil(lambda: window.detail.user_poll is not None, timeout=10_000)
    assert window.detail.user_poll.user_vote is None
    assert not window.detail.vote_button.isEnabled()
    text = window.detail.vote_status.text()
    assert text == "This poll is closed, so it cannot be voted on any more."
    assert not any(r.isEnabled() for r in window.detail.radio_buttons())


def test_without_tokens_of_the_partner_the_reason_is_shown(
    make_app: Any, sandbox: Any, qtbot: Any
) -> None:
    harness = make_app(sandbox, username="carol")
    harness.wait_loaded()
    harness.sign_in()
    window = harness.window
    select_poll(window, lambda i: i.data(PollRoles.StatusRole) == "open")
    qtbot.waitUntil(lambda: window.detail.user_poll is not None, timeout=10_000)
    assert "You hold no" in window.detail.vote_status.text()
    assert not window.detail.vote_button.isEnabled()
    assert not window.detail.token_count.isEnabled()


def test_cancelling_the_confirmation_sends_no_vote(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    window, detail = signed_in(make_app, make_sandbox)  # alice has voted nowhere
    voting: list[Any] = []
    window.services.votes.voting_changed.connect(lambda *args: voting.append(args))
    select_poll(window, lambda i: i.data(PollRoles.StatusRole) == "open")
    qtbot.waitUntil(lambda: detail.user_poll is not None, timeout=10_000)
    assert detail.user_poll.user_vote is None
    detail.radio_buttons()[0].setChecked(True)
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # vote shortcut
    qtbot.waitUntil(lambda: window.confirmation_box() is not None, timeout=5_000)
    box = window.confirmation_box()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    assert voting == []  # no vote was ever started
    assert not window.services.votes.is_voting(detail.poll.id)
    assert detail.user_poll.user_vote is None
    assert detail.vote_button.isEnabled()


def test_the_confirmation_is_ready_before_vote_and_asks_about_the_new_choice(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    window, detail = signed_in(make_app, make_sandbox)
    poll = select_poll(window, lambda i: i.data(PollRoles.StatusRole) == "open")
    qtbot.waitUntil(lambda: detail.user_poll is not None, timeout=10_000)
    detail.radio_buttons()[0].setChecked(True)
    # Built when the answer is chosen (its first build is a hitch), not shown yet.
    ready = detail.findChild(QMessageBox, "voteConfirm")
    assert ready is not None
    assert not ready.isVisible()
    qtbot.mouseClick(detail.vote_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.confirmation_box() is not None, timeout=5_000)
    assert window.confirmation_box() is ready
    assert poll.answers[0].answer in ready.text()
    qtbot.mouseClick(ready.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.confirmation_box() is None, timeout=5_000)

    detail.radio_buttons()[1].setChecked(True)
    qtbot.mouseClick(detail.vote_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.confirmation_box() is not None, timeout=5_000)
    box = window.confirmation_box()
    assert box is ready  # the same box, asking about the new choice
    assert poll.answers[1].answer in box.text()
    assert poll.answers[0].answer not in box.text()
    with qtbot.waitSignal(detail.vote_requested, timeout=5_000) as voted:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert voted.args[:2] == [poll.id, poll.answers[1].id]
    assert window.confirmation_box() is None


def test_a_refused_vote_is_explained(make_app: Any, make_sandbox: Any, qtbot: Any) -> None:
    server = make_sandbox()
    other = make_app(server)  # a second window of the same person votes first
    harness = make_app(server)
    harness.wait_loaded()
    harness.sign_in()
    other.sign_in()
    window = harness.window
    poll = select_poll(window, lambda i: i.data(PollRoles.StatusRole) == "open")
    detail = window.detail
    qtbot.waitUntil(lambda: detail.user_poll is not None, timeout=10_000)
    assert detail.user_poll.user_vote is None
    detail.radio_buttons()[0].setChecked(True)
    # The other window votes meanwhile; this one still shows the form.
    with qtbot.waitSignal(other.window.services.votes.voted, timeout=10_000):
        other.window.services.votes.start_vote(poll.id, poll.answers[1].id, 1)
        assert other.window.services.votes.is_voting(poll.id)  # at once, before the task runs
        other.window.services.votes.start_vote(poll.id, poll.answers[1].id, 1)  # ignored while busy
    vote_and_confirm(qtbot, window)
    qtbot.waitUntil(
        lambda: detail.user_poll is not None and detail.user_poll.user_vote is not None,
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: "You voted" in detail.vote_status.text(), timeout=10_000)
    assert detail.vote_status.text().startswith(
        "You have already voted on this poll; a vote is final. You voted “" + poll.answers[1].answer
    )
    assert poll.answers[1].answer in "".join(r.text() for r in detail.radio_buttons())
    assert not detail.vote_button.isEnabled()


def test_the_outcome_of_a_vote_is_scrolled_into_view_in_a_short_window(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    window, detail = signed_in(make_app, make_sandbox)
    window.resize(800, 520)  # the poll's answers and tally are taller than its pane
    select_poll(window, lambda i: i.data(PollRoles.StatusRole) == "open")
    qtbot.waitUntil(lambda: detail.user_poll is not None, timeout=10_000)
    detail.radio_buttons()[0].setChecked(True)
    vote_and_confirm(qtbot, window)
    qtbot.waitUntil(lambda: detail.vote_status.text().startswith("You voted"), timeout=10_000)
    qtbot.waitUntil(lambda: not detail.vote_status.visibleRegion().isEmpty(), timeout=2_000)
