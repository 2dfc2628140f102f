"""What a person trips on in the poll pane: who is offered "Sign in to vote", the keyboard path
through the vote form, what a screen reader reads, the token limit, the confirmation's words and
plain words for results (real sandbox, real widgets, QAccessible)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from partner_desktop.models.polls import PollRoles
from tests.helpers.contrast import contrast
from tests.helpers.window import select_poll, show_only, signed_in


def _name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_only_a_votable_poll_offers_sign_in_to_vote(
    make_app: Any, sandbox: Any, qtbot: Any
) -> None:
    harness = make_app(sandbox)
    harness.wait_loaded()
    window = harness.window
    detail = window.detail
    for label, status in (("Closed", "closed"), ("Results out", "disclosed")):
        show_only(qtbot, window, label, status)
        select_poll(window, lambda i: True)
        qtbot.waitUntil(lambda: detail.poll is not None and not detail.showing_overview())
        assert detail.vote_button.text() == "Vote"
        assert not detail.vote_button.isEnabled()
        assert "cannot be voted on" in detail.vote_status.text()
    show_only(qtbot, window, "Open", "open")
    select_poll(window, lambda i: True)
    qtbot.waitUntil(lambda: detail.vote_button.text() == "Sign in to vote")
    assert detail.vote_button.isEnabled()


def test_tab_goes_answers_tokens_vote_and_arrows_choose(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    window, detail = signed_in(make_app, make_sandbox)
    window.show()
    qtbot.waitExposed(window)
    select_poll(window, lambda i: i.data(PollRoles.StatusRole) == "open")
    qtbot.waitUntil(lambda: detail.user_poll is not None, timeout=10_000)
    radios = detail.radio_buttons()
    assert len(radios) >= 2
    radios[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is radios[0])
    qtbot.keyClick(radios[0], Qt.Key.Key_Down)
    assert radios[1].isChecked()  # the arrow chose the next answer
    assert QApplication.focusWidget() is radios[1]
    qtbot.keyClick(radios[1], Qt.Key.Key_Up)
    assert radios[0].isChecked()
    focused: list[QWidget] = []
    for _ in range(len(radios) + 3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        focused.append(detail.token_count if detail.token_count.isAncestorOf(widget) else widget)
    # Tab leaves the answers (the chosen one keeps the choice) for the tokens, Max, then Vote.
    after = focused[focused.index(detail.token_count) :][:3]
    assert after == [detail.token_count, detail.max_button, detail.vote_button]
    assert all(w in radios for w in focused[: focused.index(detail.token_count)])
    assert radios[0].isChecked()


def test_a_screen_reader_reads_the_real_text(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox)
    harness.wait_loaded()
    window = harness.window
    detail = window.detail
    select_poll(window, lambda i: i.data(PollRoles.StatusRole) == "open")
    qtbot.waitUntil(lambda: detail.poll is not None and not detail.showing_overview())
    assert _name(detail.question) == detail.poll.question
    assert _name(detail.vote_button) == "Sign in to vote"
    detail.show_message("The server could not be reached.")
    assert _name(detail.vote_status) == "The server could not be reached."


def test_the_token_limit_is_said_and_max_offered(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    window, detail = signed_in(make_app, make_sandbox)
    model = window.lists.all_model
    for row in range(model.rowCount()):
        poll = model.index(row, 0).data(PollRoles.PollRole)
        if model.index(row, 0).data(PollRoles.StatusRole) != "open" or not poll.token_limit:
            continue
        window.lists.poll_list.setCurrentIndex(model.index(row, 0))
        qtbot.waitUntil(lambda: detail.user_poll is not None, timeout=10_000)
        if detail.user_poll.user_token_balance > poll.token_limit:
            break
    else:
        raise AssertionError("no open poll with a limit below alice's balance")
    limit = poll.token_limit
    assert (
        detail.token_limit.text() == f"You can vote with 1 to {limit} tokens (this poll's limit)."
    )
    qtbot.mouseClick(detail.max_button, Qt.MouseButton.LeftButton)
    assert detail.token_count.value() == limit


def test_the_confirmation_names_the_vote_and_says_tokens_are_kept(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    window, detail = signed_in(make_app, make_sandbox)
    poll = select_poll(window, lambda i: i.data(PollRoles.StatusRole) == "open")
    qtbot.waitUntil(lambda: detail.user_poll is not None, timeout=10_000)
    detail.radio_buttons()[0].setChecked(True)
    detail.token_count.setValue(1)
    detail.request_vote()
    box = window.confirmation_box()
    assert box is not None
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Vote 1 token"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"
    assert "not spent" in box.informativeText()
    assert poll.partner_name in box.windowTitle()
    box.reject()


def test_results_and_quorum_follow_the_real_rules(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox)
    harness.wait_loaded()
    window = harness.window
    detail = window.detail
    show_only(qtbot, window, "Cancelled", "cancelled")
    select_poll(window, lambda i: True)
    qtbot.waitUntil(lambda: detail.poll is not None and not detail.showing_overview())
    assert detail.disclosed.text() == "None: the poll was cancelled"
    assert "not reached" not in detail.quorum.text()
    show_only(qtbot, window, "Open", "open")
    select_poll(window, lambda i: not i.data(PollRoles.PollRole).results_visible)
    qtbot.waitUntil(lambda: detail.poll is not None and detail.poll.status == "open")
    assert detail.disclosed.text().startswith("Shown once you vote or when the poll closes")


def test_focus_shows_on_filters_list_and_answers(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    window, detail = signed_in(make_app, make_sandbox)
    select_poll(window, lambda i: i.data(PollRoles.StatusRole) == "open")
    qtbot.waitUntil(lambda: detail.user_poll is not None, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    first = detail.radio_buttons()[0]
    for widget in (
        window.filters.status_filter,
        window.filters.sort_order,
        window.lists.poll_list,
        first,
    ):
        window.filters.search.setFocus()
        qtbot.waitUntil(window.filters.search.hasFocus)
        before = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        qtbot.wait(20)
        after = widget.grab().toImage()
        assert before != after, f"{widget.objectName()} looks the same with the focus"


def test_closed_answers_read_clearly_with_my_vote_and_the_winner_marked(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    window, detail = signed_in(make_app, make_sandbox)
    show_only(qtbot, window, "Results out", "disclosed")

    def one_winner(index: Any) -> bool:
        counts = sorted(a.token_count or 0 for a in index.data(PollRoles.PollRole).answers)
        return len(counts) > 1 and counts[-1] > counts[-2]

    select_poll(window, one_winner)
    qtbot.waitUntil(lambda: detail.user_poll is not None, timeout=10_000)
    radios = detail.radio_buttons()
    assert not any(r.isEnabled() for r in radios)
    for radio in radios:
        row = radio.parentWidget()
        text = radio.palette().color(QPalette.ColorGroup.Disabled, radio.foregroundRole())
        back = row.palette().color(row.backgroundRole())
        assert contrast(text, back) >= 4.5, (text.name(), back.name())
    winners = [r for r in radios if r.parentWidget().property("winner")]
    assert len(winners) >= 1
    assert all("winning answer" in r.text() for r in winners)


def test_my_polls_are_those_voted_or_votable_and_all_polls_marks_votes(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    server = make_sandbox()
    carol = make_app(server, username="carol")  # no fan tokens, no votes
    carol.wait_loaded()
    carol.sign_in()
    window = carol.window
    qtbot.waitUntil(lambda: not window.services.polls.is_loading("mine"), timeout=15_000)
    qtbot.wait(300)
    assert window.lists.mine_model.rowCount() == 0

    alice = make_app(server)
    alice.wait_loaded()
    alice.sign_in()
    window = alice.window
    detail = window.detail
    alice.wait_loaded("mine")
    mine = window.lists.mine_model
    for row in range(mine.rowCount()):
        user_poll = mine.index(row, 0).data(PollRoles.UserPollRole)
        votable = user_poll.user_token_balance > 0 and user_poll.poll.status in ("open", "upcoming")
        assert user_poll.user_vote is not None or votable
    poll = select_poll(window, lambda i: i.data(PollRoles.StatusRole) == "open")
    qtbot.waitUntil(lambda: detail.user_poll is not None, timeout=10_000)
    detail.radio_buttons()[0].setChecked(True)
    with qtbot.waitSignal(window.services.votes.voted, timeout=10_000):
        window.services.votes.start_vote(poll.id, poll.answers[0].id, 1)
    row = window.lists.all_model.row_of(poll.id)
    qtbot.waitUntil(
        lambda: window.lists.all_model.index(row, 0).data(PollRoles.UserVoteRole) is not None
    )
    harness_out = window.header.sign_out_button
    qtbot.mouseClick(harness_out, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.lists.all_model.index(row, 0).data(PollRoles.UserVoteRole) is None
    )
