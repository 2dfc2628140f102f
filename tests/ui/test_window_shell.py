"""The window before its services: the saved page on screen, and nothing breaks on a click."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from partner_desktop.api.listing import Sort, View, sections_for
from partner_desktop.api.models import Page, PollList, PollQuery
from partner_desktop.api.page_cache import CachedPage
from partner_desktop.config import SANDBOX
from partner_desktop.models.polls import PollRoles
from partner_desktop.ui.format import local_time
from partner_desktop.ui.main_window import MainWindow
from tests.helpers.polls import make_poll


def _shell(qtbot: Any, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("filters/sort", Sort.NEWEST.value)
    settings.setValue("filters/search", "derby")
    window = MainWindow(profile=SANDBOX, ui_settings=settings)
    qtbot.addWidget(window)
    return window


def test_the_saved_page_shows_with_its_date_before_any_service(
    qtbot: Any, tmp_path: Path, aloop: Any
) -> None:
    window = _shell(qtbot, tmp_path)
    # The saved page that fits the restored filters: All polls' first query, as the polls
    # controller will ask it.
    base = PollQuery(search="derby")
    assert window.saved_page_query() == sections_for(View.ALL, base, Sort.NEWEST)[0].query
    assert (
        window.saved_page_query(50)
        == sections_for(View.ALL, PollQuery(search="derby", limit=50), Sort.NEWEST)[0].query
    )

    saved_at = datetime.now(UTC) - timedelta(days=2)
    polls = PollList(items=tuple(make_poll(i) for i in range(4)), page=Page(page=1, total=9))
    window.show_saved_page(CachedPage(polls, saved_at))
    window.show_saved_page(None)  # nothing saved: nothing changes
    window.show()
    qtbot.waitExposed(window)
    model = window.lists.all_model
    assert [model.index(r, 0).data(PollRoles.IdRole) for r in range(4)] == [
        f"poll-{i}" for i in range(4)
    ]
    assert not model.canFetchMore(model.index(-1, 0))  # no request before the services
    assert window.status.refresh_label.text() == f"Updated {local_time(saved_at)}"
    # The partner filter offers the saved page's partners already.
    partners = {p.partner_name for p in polls.items}
    shown = window.filters.partner_filter
    assert {shown.itemText(i) for i in range(1, shown.count())} == partners
    assert window.services is None


def test_clicks_before_the_services_do_nothing_and_break_nothing(
    qtbot: Any, tmp_path: Path, aloop: Any
) -> None:
    window = _shell(qtbot, tmp_path)
    polls = PollList(items=tuple(make_poll(i) for i in range(3)), page=Page())
    window.show_saved_page(CachedPage(polls, datetime.now(UTC)))
    window.show()
    qtbot.waitExposed(window)
    for button in (
        window.header.sign_in_button,
        window.header.refresh_button,
        window.header.settings_button,
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.dialogs.settings_dialog is None
    window.lists.poll_list.setCurrentIndex(window.lists.all_model.index(1, 0))
    assert window.detail.poll is not None
    assert window.detail.poll.id == "poll-1"  # the saved poll is shown, from the saved page
    for key in (Qt.Key.Key_F5, Qt.Key.Key_Escape):
        QTest.keyClick(window, key)
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.filters.clear()  # the filters change: kept, nothing asked
    assert window.ui_settings.value("filters/search") == ""
    empty = window.findChild(QPushButton, "myPollsListEmptyAction")
    window.lists.set_current_view(View.MINE)
    assert empty is not None
    assert window.confirmation_box() is None


def test_a_wider_window_widens_the_detail_pane_too(qtbot: Any, tmp_path: Path) -> None:
    window = _shell(qtbot, tmp_path)
    window.resize(800, 700)
    window.show()
    qtbot.waitExposed(window)
    detail = window.detail  # built in the placeholder's place while the window is narrow
    qtbot.waitUntil(lambda: detail.width() > 0)
    before = window.splitter.sizes()
    window.resize(1400, 700)
    qtbot.waitUntil(lambda: window.splitter.sizes() != before, timeout=2_000)
    after = window.splitter.sizes()
    # Both panes share the new room (5 to 4), as the placeholder did.
    assert after[1] - before[1] >= (sum(after) - sum(before)) * 0.3
