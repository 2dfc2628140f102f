"""What a fan sees first: open polls closing soonest, the whole question, the overview, polls
that open and close on screen, followed polls and their notifications (real sandbox)."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from partner_desktop.api.models import PollQuery
from partner_desktop.models.polls import PollRoles
from partner_desktop.sandbox import admin
from partner_desktop.ui.delegate import ROW_HEIGHT, question_lines
from tests.fixtures.qt import save_screenshot
from tests.helpers.notifications import NotificationService

LONG = (
    "If the club reaches the final of the continental cup this season, which of these three "
    "classic home kits from the club's history should the players wear on the night, knowing "
    "that the winning design will also be sold in the club shop for the whole next season?"
)


class Requests:
    """The app's HTTP session, with a record of every request it sends (an observer only)."""

    def __init__(self) -> None:
        self.session = requests.Session()
        self.urls: list[str] = []
        self._lock = threading.Lock()
        self.session.hooks["response"].append(self._seen)

    def _seen(self, response: requests.Response, *_args: Any, **_kwargs: Any) -> None:
        with self._lock:
            self.urls.append(response.request.url or "")

    def polls(self) -> list[str]:
        with self._lock:
            return [u for u in self.urls if "/polls/" in u]


def _statuses(db: Path) -> dict[str, str]:
    """Each poll's status as the sandbox computes it now."""
    now = time.time()
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT id, cancelled, open_at, close_at, disclosed_at FROM polls"
        ).fetchall()
    out = {}
    for poll_id, cancelled, open_at, close_at, disclosed_at in rows:
        if cancelled:
            out[poll_id] = "cancelled"
        elif now < open_at:
            out[poll_id] = "upcoming"
        elif now < close_at:
            out[poll_id] = "open"
        else:
            out[poll_id] = "disclosed" if disclosed_at and now >= disclosed_at else "closed"
    return out


def _visible_rows(view: Any) -> list[int]:
    model = view.model()
    height = view.viewport().height()
    return [
        r
        for r in range(model.rowCount())
        if view.visualRect(model.index(r, 0)).top() >= 0
        and view.visualRect(model.index(r, 0)).bottom() <= height
    ]


def test_the_first_screen_shows_open_polls_closing_soonest_first(
    make_app: Any, sandbox: Any, qtbot: Any
) -> None:
    harness = make_app(sandbox)
    window = harness.window
    window.resize(1240, 800)
    harness.wait_loaded()
    qtbot.wait(50)
    view = window.lists.poll_list
    rows = _visible_rows(view)
    assert len(rows) >= 4
    polls = [view.model().index(r, 0).data(PollRoles.PollRole) for r in rows]
    assert {p.status for p in polls} == {"open"}
    closing = [p.close_at for p in polls]
    assert closing == sorted(closing)
    assert window.filters.sort_order.currentText() == "Closing soon"


def test_each_sort_choice_is_sent_shown_and_remembered(
    make_app: Any, sandbox: Any, qtbot: Any, tmp_path: Path
) -> None:
    record = Requests()
    base = tmp_path / "sorted"
    harness = make_app(sandbox, base=base, http_session=record.session)
    window = harness.window
    harness.wait_loaded()
    model = window.lists.all_model
    for label, wire, key in (
        ("Most tokens cast", "orderBy=usedTokenCount&direction=desc", "used_token_count"),
        ("Newest", "orderBy=publicationDate&direction=desc", "publication_date"),
    ):
        before = len(record.polls())
        window.filters.sort_order.setCurrentIndex(window.filters.sort_order.findText(label))
        qtbot.waitUntil(
            lambda wire=wire, before=before: (
                any(wire in u for u in record.polls()[before:])
                and not window.services.polls.is_loading("all")
            ),
            timeout=10_000,
        )
        first = model.index(0, 0).data(PollRoles.PollRole)
        order_by = wire.split("&")[0].split("=")[1]
        client = harness.services.client
        expected = client.list_polls(PollQuery(order_by=order_by, direction="desc", limit=1))
        assert first.id == expected.items[0].id
        values = [getattr(model.index(r, 0).data(PollRoles.PollRole), key) for r in range(5)]
        assert values == sorted(values, reverse=True)
    window.close()
    harness.close()
    again = make_app(sandbox, base=base)
    assert again.window.filters.sort_order.currentText() == "Newest"
    assert again.window.services.polls.sort("all") == "newest"


def test_a_long_question_is_whole_in_the_tooltip_and_detail_and_two_lines_in_the_row(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    server = make_sandbox()
    statuses = _statuses(server.config.db_path)
    poll_id = next(p for p, s in statuses.items() if s == "open")
    admin.update_poll(server.config.db_path, poll_id, question=LONG, close_at=time.time() + 600)
    harness = make_app(server)
    window = harness.window
    window.resize(800, 600)
    harness.wait_loaded()
    model = window.lists.all_model
    row = model.row_of(poll_id)
    assert row == 0  # closes first
    index = model.index(row, 0)
    assert LONG in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == LONG
    view = window.lists.poll_list
    rect = view.visualRect(view.model().index(row, 0))
    assert rect.height() == ROW_HEIGHT
    font = view.font()
    font.setBold(True)
    first, second = question_lines(LONG, font, rect.width() - 200)
    assert first
    assert second.endswith("…")  # two lines, then elided
    assert LONG.startswith(first)
    view.setCurrentIndex(model.index(row, 0))
    label = window.detail.findChild(QLabel, "pollQuestion")
    qtbot.waitUntil(lambda: label.text() == LONG, timeout=5_000)
    assert label.accessibleDescription() == LONG
    for width in (800, 2560):
        window.resize(width, 700)
        qtbot.wait(50)
        scale = os.environ.get("QT_SCALE_FACTOR", "")
        save_screenshot(window, f"long-question-{width}" + (f"-scale{scale}" if scale else ""))
        # Wrapped whole: as tall as its text needs at its width, and no wider than the pane.
        assert label.height() >= label.heightForWidth(label.width())
        assert label.width() <= window.detail.width()


def test_the_overview_counts_match_the_sandbox_and_open_their_poll(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    server = make_sandbox()
    statuses = _statuses(server.config.db_path)
    # The next poll to close quotes markup in its question: its line and tool tip show it as is.
    closing = next(p for p, s in statuses.items() if s == "open")
    question = 'Who wins? <img src="/etc/hosts"> <b>bold</b>'
    admin.update_poll(server.config.db_path, closing, question=question, close_at=time.time() + 600)
    harness = make_app(server)
    window = harness.window
    qtbot.waitUntil(lambda: window.services.overview.last is not None, timeout=10_000)
    open_ids = {p for p, s in statuses.items() if s == "open"}
    panel = window.detail.overview
    assert window.detail.showing_overview()
    assert f">{len(open_ids)} polls are open now</a>" in panel.open_button.text()
    assert "Closes in" in panel.next_button.text()
    assert panel.target(panel.next_button) == closing
    for shown_as in (panel.next_button.text(), panel.next_button.toolTip()):
        document = QTextDocument()
        document.setHtml(shown_as)
        assert question in document.toPlainText()
    assert panel.sign_in_link.isVisible()  # signed out: the way to the rest

    panel.sign_in_link.linkActivated.emit("sign-in")  # as a click on its link does
    qtbot.waitUntil(lambda: window.header.account_label.text() == "alice", timeout=20_000)
    harness.browser.join()
    qtbot.waitUntil(panel.to_vote_button.isVisible, timeout=10_000)
    with sqlite3.connect(server.config.db_path) as conn:
        voted = {
            p
            for (p,) in conn.execute(
                "SELECT v.poll_id FROM votes v JOIN users u ON u.id = v.user_id "
                "WHERE u.username = 'alice'"
            )
        }
    to_vote = len(open_ids - voted)
    assert f"{to_vote} open polls you have not voted on yet" in panel.to_vote_button.text()
    assert panel.token_buttons()
    assert not panel.sign_in_link.isVisible()
    # Each line shows as a link a person can follow, not as its markup.
    for line in (
        panel.open_button,
        panel.next_button,
        panel.to_vote_button,
        *panel.token_buttons(),
    ):
        assert line.textFormat() == Qt.TextFormat.RichText, line.objectName()
        shown = QTextDocument()
        shown.setHtml(line.text())
        assert "<a" not in shown.toPlainText()
        assert line.height() >= line.heightForWidth(line.width()), "wrapped whole, not cut"

    target = panel.target(panel.next_button)
    panel.open_line(panel.next_button)
    qtbot.waitUntil(
        lambda: window.detail.poll is not None and window.detail.poll.id == target, timeout=5_000
    )
    assert window.lists.poll_list.currentIndex().data(PollRoles.IdRole) == target


def test_a_poll_closing_while_shown_turns_closed_without_a_request(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    server = make_sandbox()
    poll_id = next(p for p, s in _statuses(server.config.db_path).items() if s == "open")
    admin.update_poll(server.config.db_path, poll_id, close_at=time.time() + 6)
    record = Requests()
    harness = make_app(server, http_session=record.session, detail_refresh_ms=3_600_000)
    window = harness.window
    harness.wait_loaded()
    harness.sign_in()
    model = window.lists.all_model
    row = model.row_of(poll_id)
    assert row is not None
    window.lists.poll_list.setCurrentIndex(model.index(row, 0))
    detail = window.detail
    qtbot.waitUntil(lambda: detail.user_poll is not None, timeout=10_000)
    detail.radio_buttons()[0].setChecked(True)
    assert detail.status.text() == "Open"
    assert detail.vote_button.isEnabled()
    assert "s" in detail.timing.text()
    qtbot.wait(500)  # the lists and the overview settle
    sent = len(record.polls())
    qtbot.waitUntil(lambda: detail.status.text() == "Closed", timeout=10_000)
    assert len(record.polls()) == sent  # known from the clock, no request
    assert not detail.vote_button.isEnabled()
    assert not any(b.isEnabled() for b in detail.radio_buttons())
    assert "closed" in window.findChild(QLabel, "voteStatus").text()
    delegate = window.lists.poll_list.itemDelegate()
    assert delegate._timing(model.index(row, 0).data(PollRoles.PollRole))[0] == "closed"


@pytest.fixture
def notifications() -> Iterator[NotificationService]:
    service = NotificationService()
    try:
        yield service
    finally:
        service.stop()


def test_a_followed_poll_that_opens_notifies_once_and_the_click_opens_it(
    make_app: Any, make_sandbox: Any, qtbot: Any, notifications: NotificationService
) -> None:
    server = make_sandbox()
    poll_id = next(p for p, s in _statuses(server.config.db_path).items() if s == "upcoming")
    admin.update_poll(server.config.db_path, poll_id, open_at=time.time() + 120)
    record = Requests()
    harness = make_app(server, http_session=record.session, follow_check_ms=700)
    window = harness.window
    harness.wait_loaded()
    model = window.lists.all_model

    def listed() -> bool:
        window.lists.poll_list.scrollToBottom()  # the upcoming polls come after the open ones
        return model.row_of(poll_id) is not None

    qtbot.waitUntil(listed, timeout=10_000)
    window.lists.poll_list.setCurrentIndex(model.index(model.row_of(poll_id), 0))
    detail = window.detail
    qtbot.waitUntil(lambda: detail.poll is not None and detail.poll.id == poll_id, timeout=5_000)
    assert detail.follow_button.text() == "☆ Follow"
    qtbot.mouseClick(detail.follow_button, Qt.MouseButton.LeftButton)
    assert detail.follow_button.text() == "★ Following"
    assert window.services.follows.followed() == (poll_id,)
    assert poll_id in str(window.ui_settings.value("follow/sandbox"))
    window.show_overview()  # the person looks elsewhere
    qtbot.wait(1500)  # checks while the poll is still upcoming: nothing to tell
    assert notifications.shown == []
    admin.update_poll(server.config.db_path, poll_id, open_at=time.time() + 1)  # opens soon

    qtbot.waitUntil(lambda: len(notifications.shown) == 1, timeout=15_000)
    shown = notifications.shown[0]
    assert shown.summary == "A poll you follow is open"
    assert "default" in shown.actions
    checks = window.services.follows.checks
    qtbot.waitUntil(lambda: window.services.follows.checks >= checks + 3, timeout=10_000)
    assert len(notifications.shown) == 1  # told once

    def follow_requests() -> list[str]:
        return [u for u in record.polls() if "ids%5B%5D=" in u or "ids[]=" in u]

    # One list request per check (a check is counted when its request leaves, and the request
    # is recorded when its answer arrives: wait for the one in flight).
    qtbot.waitUntil(lambda: len(follow_requests()) == window.services.follows.checks, timeout=5_000)

    notifications.click(shown.id)
    qtbot.waitUntil(lambda: detail.poll is not None and detail.poll.id == poll_id, timeout=10_000)
    assert window.lists.poll_list.currentIndex().data(PollRoles.IdRole) == poll_id
    qtbot.waitUntil(lambda: detail.status.text() == "Open", timeout=10_000)


def test_new_controls_are_reachable_by_tab_named_and_have_shortcuts(
    make_app: Any, sandbox: Any, qtbot: Any
) -> None:
    harness = make_app(sandbox)
    window = harness.window
    harness.wait_loaded()
    window.lists.poll_list.setCurrentIndex(window.lists.all_model.index(0, 0))
    detail = window.detail
    qtbot.waitUntil(lambda: detail.poll is not None, timeout=5_000)
    chain = []
    widget = window.filters.search
    for _ in range(200):
        widget = widget.nextInFocusChain()
        chain.append(widget)
        if widget is window.filters.search:
            break
    for control in (
        window.filters.sort_order,
        window.header.notify_button,
        detail.follow_button,
        detail.overview_button,
    ):
        assert control in chain, control.objectName()
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.objectName()
        assert control.accessibleName(), control.objectName()

    # Ctrl+D follows the shown poll, and again stops following it.
    poll_id = detail.poll.id
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.services.follows.is_followed(poll_id)
    assert detail.follow_button.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not window.services.follows.is_followed(poll_id)
    # Ctrl+Shift+S goes to the sort control.
    qtbot.keyClick(
        window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.filters.sort_order.view().isVisible()  # its choices open, for the arrow keys
    window.filters.sort_order.hidePopup()
    assert window.focusWidget() is window.filters.sort_order
    # Esc goes back to the overview.
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert detail.showing_overview()


def test_the_row_menu_follows_and_notifications_can_be_turned_off(
    make_app: Any, sandbox: Any, qtbot: Any, tmp_path: Path
) -> None:
    base = tmp_path / "follow"
    harness = make_app(sandbox, base=base)
    window = harness.window
    harness.wait_loaded()
    view = window.lists.poll_list
    poll_id = window.lists.all_model.index(1, 0).data(PollRoles.IdRole)
    window.lists.show_row_menu(view, view.visualRect(view.model().index(1, 0)).center())
    menu = window.lists.row_menu
    follow = next(a for a in menu.actions() if a.objectName() == "followRowAction")
    assert follow.text() == "☆ Follow"
    follow.trigger()
    menu.close()
    assert window.services.follows.followed() == (poll_id,)
    assert window.services.follows.running  # notifications are on by default
    assert not window.header.tray_action.isChecked()  # close to the tray is off by default
    window.header.notify_action.setChecked(False)
    assert not window.services.follows.running  # off: no checks, no requests
    window.close()
    harness.close()

    again = make_app(sandbox, base=base)  # remembered per profile, in the settings
    assert again.window.services.follows.followed() == (poll_id,)
    assert not again.window.header.notify_action.isChecked()
    assert not again.window.services.follows.running


def test_scrolling_pages_keep_the_fans_order(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox, page_size=5)
    window = harness.window
    harness.wait_loaded()
    model = window.lists.all_model
    view = window.lists.poll_list

    def everything() -> bool:
        view.scrollToBottom()  # as a person scrolls: the view asks for the next page
        return not model.has_more and not window.services.polls.is_loading("all")

    qtbot.waitUntil(everything, timeout=30_000)
    polls = [model.index(r, 0).data(PollRoles.PollRole) for r in range(model.rowCount())]
    assert len(polls) == 48  # the whole seed, each poll once
    assert len({p.id for p in polls}) == 48
    rank = {"open": 0, "upcoming": 1, "closed": 2, "disclosed": 2, "cancelled": 3}
    ranks = [rank[p.status] for p in polls]
    assert ranks == sorted(ranks)
    opened = [p.close_at for p in polls if p.status == "open"]
    assert opened == sorted(opened)
    upcoming = [p.open_at for p in polls if p.status == "upcoming"]
    assert upcoming == sorted(upcoming)
