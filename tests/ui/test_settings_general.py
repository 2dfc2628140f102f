"""Settings: what a fan changes comes first (theme, text size, notifications) and applies at
once; the profile's OAuth fields are under Advanced (real widgets, real QSettings)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

# The palette and font are the whole app's: the next test starts light and Normal.
pytestmark = pytest.mark.usefixtures("light_again")


def _dialog(window: Any) -> Any:
    window.dialogs.open_settings()
    return window.dialogs.settings_dialog


def test_fan_settings_come_first_and_oauth_is_advanced(make_app: Any, sandbox: Any) -> None:
    window = make_app(sandbox).window
    dialog = _dialog(window)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["General", "Advanced"]
    assert dialog.tabs.currentWidget() is dialog.general_page
    assert dialog.general_page.isAncestorOf(dialog.theme)
    assert dialog.general_page.isAncestorOf(dialog.text_size)
    assert dialog.general_page.isAncestorOf(dialog.notify)
    assert not dialog.general_page.isAncestorOf(dialog.client_id)
    assert dialog.tabs.widget(1).isAncestorOf(dialog.client_id)
    # Saving is for a profile: Save shows on Advanced only; the dialog fits a 640x480 screen.
    assert not dialog.save_button.isVisibleTo(dialog)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.save_button.isVisibleTo(dialog)
    assert dialog.minimumSizeHint().height() <= 480
    assert dialog.minimumSizeHint().width() <= 640


def test_a_first_run_opens_settings_on_the_client_id(make_app: Any) -> None:
    window = make_app(None, profile="socios").window
    dialog = _dialog(window)
    assert dialog.tabs.currentIndex() == 1


def test_dark_theme_and_larger_text_apply_at_once_and_are_kept(make_app: Any, sandbox: Any) -> None:
    window = make_app(sandbox).window
    app = QApplication.instance()
    before = app.font().pointSizeF()
    dialog = _dialog(window)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert app.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
    dialog.text_size.setCurrentIndex(dialog.text_size.findText("Larger"))
    assert app.font().pointSizeF() == pytest.approx(before * 1.3, rel=0.01)
    assert "font-size: 22.1pt" in window.styleSheet()  # the question's 17 pt, scaled
    assert window.ui_settings.value("appearance/theme") == "dark"
    dialog.text_size.setCurrentIndex(dialog.text_size.findText("Normal"))
    assert app.font().pointSizeF() == pytest.approx(before, rel=0.01)


def test_notification_settings_mirror_the_header_menu(make_app: Any, sandbox: Any) -> None:
    window = make_app(sandbox).window
    dialog = _dialog(window)
    assert dialog.notify.isChecked() == window.header.notify_action.isChecked()
    dialog.notify.setChecked(not window.header.notify_action.isChecked())
    assert dialog.notify.isChecked() == window.header.notify_action.isChecked()
    window.header.notify_action.toggle()
    assert dialog.notify.isChecked() == window.header.notify_action.isChecked()


def test_the_sandbox_shows_where_it_runs_and_saves_its_own_address(
    make_app: Any, sandbox: Any
) -> None:
    window = make_app(sandbox).window
    dialog = _dialog(window)
    api_base = dialog.urls["api_base"]
    assert api_base.text() == window.profile.api_base  # the sandbox this window talks to
    assert api_base.text() == sandbox.base_url
    assert api_base.isReadOnly()
    assert dialog.edited_profile().api_base == "http://127.0.0.1:8765"  # the file keeps its own


def test_a_validation_error_marks_its_field(make_app: Any) -> None:
    window = make_app(None, profile="socios").window
    dialog = _dialog(window)
    dialog.client_id.clear()
    dialog.save_button.click()
    assert "client id" in dialog.error.text()
    assert dialog.client_id.property("invalid") is True
    assert dialog.tabs.currentIndex() == 1
    dialog.client_id.setText("desktop")
    dialog.urls["token_url"].setText("ftp://example.com/token")
    dialog.save_button.click()
    assert dialog.urls["token_url"].property("invalid") is True
    assert dialog.client_id.property("invalid") is False
