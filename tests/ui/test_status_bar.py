"""The status bar on its own: connection, refresh time and where the sign-in is kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtWidgets import QMainWindow

from partner_desktop.errors import Storage, StorageReason
from partner_desktop.ui.format import clock_time, local_time
from partner_desktop.ui.status_bar import StatusBar

_KEEP: list[QMainWindow] = []  # the windows, alive while their bar is tested


def _bar(qtbot: Any) -> StatusBar:
    window = QMainWindow()
    qtbot.addWidget(window)
    _KEEP[:] = [window]
    bar = StatusBar("Sandbox", window)
    window.setStatusBar(bar)
    window.show()
    return bar


def test_the_connection_reads_connecting_then_connected_then_unreachable(qtbot: Any) -> None:
    bar = _bar(qtbot)
    assert bar.connection_label.text() == "Connecting to Sandbox…"
    bar.set_online(True)
    assert bar.connection_label.text() == "● Connected to Sandbox"
    bar.set_online(False)
    assert bar.connection_label.text() == "○ Cannot reach Sandbox"


def test_the_refresh_time_is_a_time_today_and_a_date_before(qtbot: Any) -> None:
    bar = _bar(qtbot)
    assert bar.refresh_label.text() == ""
    now = datetime.now(UTC)
    bar.set_refreshed(now)
    assert bar.refresh_label.text() == f"Updated {clock_time(now)}"
    days_ago = now - timedelta(days=3)
    bar.set_refreshed(days_ago)
    assert bar.refresh_label.text() == f"Updated {local_time(days_ago)}"
    assert bar.refreshed_at == days_ago


def test_the_keyring_line_shows_only_while_signed_in_and_connected(qtbot: Any) -> None:
    bar = _bar(qtbot)
    assert bar.keyring_label.text() == ""  # not known yet
    bar.set_storage_status(Storage(keyring="SecretService"))
    assert bar.keyring_label.text() == (
        "Sign-in remembered in the system keyring (Secret Service)."
    )
    bar.set_signed_in(True)
    assert not bar.keyring_label.isVisible()  # the connection is not known yet
    bar.set_online(True)
    bar.set_signed_in(True)
    assert bar.keyring_label.isVisible()
    bar.set_signed_in(False)
    assert not bar.keyring_label.isVisible()
    bar.set_storage_status(Storage(reason=StorageReason.NO_KEYRING))
    assert bar.keyring_label.text() == "Sign-in kept for this session only."
