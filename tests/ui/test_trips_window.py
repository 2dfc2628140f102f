"""What a person trips on around the poll pane: signing in without a client id, a server that
comes back, the window on a small screen, the title, Ctrl+Q, Help, empty states with a way out,
the keyring line and names a screen reader reads (real sandbox, real widgets, QAccessible)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget

from partner_desktop.models.polls import PollRoles
from tests.helpers.window import select_poll


def _failed_poll(make_app: Any, make_sandbox: Any, qtbot: Any) -> tuple[Any, Any, Any]:
    """An open poll shown, then the server stops and loading it again fails."""
    server = make_sandbox()
    harness = make_app(server)
    harness.wait_loaded()
    window = harness.window
    detail = window.detail
    poll = select_poll(window, lambda i: i.data(PollRoles.StatusRole) == "open")
    qtbot.waitUntil(lambda: detail.poll is not None and not detail.showing_overview())
    server.stop()
    window.services.polls.start_open_poll(poll.id)
    qtbot.waitUntil(lambda: detail.load_failed, timeout=30_000)
    return server, window, detail


def _name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_sign_in_waits_for_a_client_id(make_app: Any) -> None:
    harness = make_app(None, profile="socios", start=False)
    window = harness.window
    assert window.profile.client_id == ""
    assert not window.header.sign_in_button.isEnabled()
    assert "client id" in window.header.sign_in_button.toolTip()


def test_the_pane_recovers_when_the_server_comes_back(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    server, window, detail = _failed_poll(make_app, make_sandbox, qtbot)
    assert detail.retry_button.isVisible()
    failed = detail.vote_status.text()
    assert failed
    server.restart()  # the server comes back, on its port and database
    window.refresh()  # the next refresh finds the server
    qtbot.waitUntil(lambda: "Connected" in window.status.connection_label.text(), timeout=30_000)
    qtbot.waitUntil(lambda: not detail.load_failed, timeout=30_000)
    assert detail.vote_status.text() != failed
    assert not detail.retry_button.isVisible()


def test_retry_in_the_pane_loads_the_poll_again(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    server, _window, detail = _failed_poll(make_app, make_sandbox, qtbot)
    server.restart()  # the server comes back, on its port and database
    qtbot.mouseClick(detail.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not detail.load_failed, timeout=30_000)


def test_the_window_fits_the_screen(make_app: Any, sandbox: Any) -> None:
    harness = make_app(sandbox)
    window = harness.window
    area = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    window.resize(area.width() + 700, area.height() + 500)
    window.move(area.left() + 300, area.top() + 200)
    window.fit_screen()
    assert window.width() <= area.width()
    assert window.height() <= area.height()
    assert area.contains(window.geometry())


def test_title_quit_and_help(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox)
    window = harness.window
    assert "Partner Desktop" not in window.windowTitle()  # Qt adds the application's name
    assert window.quit_action.shortcut().matches(Qt.Key.Key_Q | Qt.KeyboardModifier.ControlModifier)
    menu = window.header.help_button.menu()
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == ["Keyboard shortcuts", "About Partner Desktop"]
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_empty_states_offer_a_way_out(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox)
    harness.wait_loaded()
    window = harness.window
    window.lists.setCurrentIndex(1)
    action = window.findChild(QWidget, "myPollsListEmptyAction")
    qtbot.waitUntil(action.isVisible)
    assert action.text() == "Sign in"
    window.lists.setCurrentIndex(0)
    window.filters.search.setText("no poll is called this zzzz")
    clear = window.findChild(QWidget, "pollListEmptyAction")
    qtbot.waitUntil(clear.isVisible, timeout=10_000)
    assert clear.text() == "Clear search and filters"
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert window.filters.search.text() == ""
    harness.wait_loaded()


def test_the_keyring_line_shows_only_while_signed_in(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    harness = make_app(make_sandbox())
    harness.wait_loaded()
    window = harness.window
    qtbot.waitUntil(lambda: "Connected" in window.status.connection_label.text(), timeout=10_000)
    assert not window.status.keyring_label.isVisible()
    harness.sign_in()
    qtbot.waitUntil(window.status.keyring_label.isVisible)


def test_names_a_screen_reader_reads(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox)
    harness.wait_loaded()
    window = harness.window
    clear = window.filters.search.findChildren(QToolButton)
    assert clear
    assert all(_name(b) == "Clear search" for b in clear)
    for box, name in (
        (window.filters.status_filter, "Filter by status"),
        (window.filters.partner_filter, "Filter by partner"),
        (window.filters.sort_order, "Sort polls"),
    ):
        # On Linux a combo box is read by its value and named by the label it is labelled by.
        iface = QAccessible.queryAccessibleInterface(box)
        labels = [other.text(QAccessible.Text.Name) for other, _ in iface.relations()]
        assert name in labels
    poll = select_poll(window, lambda i: True)
    detail = window.detail
    qtbot.waitUntil(lambda: detail.poll is not None)
    assert _name(detail.logo) == f"{poll.partner_name} logo"
