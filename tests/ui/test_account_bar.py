"""The header on its own: environment marker, account, sign-in and sign-out, narrow windows."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt

from partner_desktop.config import SANDBOX, SOCIOS, ProfileKind
from partner_desktop.ui.account_bar import ENV_COLOURS, AccountBar


def _bar(qtbot: Any, profile: Any = SANDBOX) -> AccountBar:
    bar = AccountBar(profile)
    qtbot.addWidget(bar)
    bar.resize(1200, 50)
    bar.show()
    return bar


def test_the_environment_marker_names_and_colours_the_profile(qtbot: Any) -> None:
    bar = _bar(qtbot)
    assert bar.env_marker.text() == "SANDBOX"
    assert ENV_COLOURS[ProfileKind.SANDBOX] in bar.env_marker.styleSheet()
    assert bar.env_marker.toolTip() == f"Connected to {SANDBOX.api_base}"
    production = _bar(qtbot, SOCIOS)
    assert ENV_COLOURS[ProfileKind.PRODUCTION] in production.env_marker.styleSheet()


def test_signed_out_offers_sign_in_and_its_click_is_a_request(qtbot: Any) -> None:
    bar = _bar(qtbot)
    assert bar.sign_in_button.isVisible()
    assert bar.sign_in_button.isEnabled()
    assert not bar.sign_out_button.isVisible()
    assert not bar.wallet_button.isVisible()
    assert bar.account_label.toolTip() == "Not signed in"
    with qtbot.waitSignal(bar.sign_in_requested, timeout=1_000):
        qtbot.mouseClick(bar.sign_in_button, Qt.MouseButton.LeftButton)


def test_signed_in_names_the_account_as_plain_text(qtbot: Any) -> None:
    bar = _bar(qtbot)
    bar.show_signed_in("<b>alice</b>")
    assert bar.account_label.text() == "<b>alice</b>"
    assert bar.account_label.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;b&gt;alice&lt;/b&gt;" in bar.account_label.toolTip()  # escaped: no markup
    assert not bar.sign_in_button.isVisible()
    assert bar.sign_out_button.isVisible()
    assert bar.wallet_button.isVisible()
    with qtbot.waitSignal(bar.sign_out_requested, timeout=1_000):
        qtbot.mouseClick(bar.sign_out_button, Qt.MouseButton.LeftButton)
    bar.show_signed_out()
    assert bar.account_label.text() == ""
    assert bar.sign_in_button.isVisible()


def test_a_sign_in_on_its_way_disables_the_button_and_says_so(qtbot: Any) -> None:
    bar = _bar(qtbot)
    bar.set_signing_in(True)
    assert bar.sign_in_button.text() == "Signing in…"
    assert not bar.sign_in_button.isEnabled()
    bar.set_signing_in(False)
    assert bar.sign_in_button.text() == "Sign in"
    assert bar.sign_in_button.isEnabled()


def test_without_a_client_id_sign_in_is_disabled_with_the_reason(qtbot: Any) -> None:
    bar = _bar(qtbot, dataclasses.replace(SOCIOS, client_id=""))
    assert not bar.can_sign_in
    assert not bar.sign_in_button.isEnabled()
    assert bar.sign_in_button.toolTip() == "Enter the client id in Settings before signing in."


def test_a_narrow_window_shows_symbols_and_keeps_the_names(qtbot: Any) -> None:
    bar = _bar(qtbot)
    assert bar.app_title.text() == "Partner Desktop"
    bar.set_wide(False)
    assert bar.app_title.text() == ""
    assert bar.refresh_button.text() == "↻"
    assert bar.help_button.text() == "?"
    assert bar.refresh_button.accessibleName() == "Refresh"
    assert bar.help_button.toolTip() == "Help"
    bar.set_wide(True)
    assert bar.refresh_button.text() == "Refresh"


def test_the_help_menu_asks_for_its_boxes(qtbot: Any) -> None:
    bar = _bar(qtbot)
    with qtbot.waitSignal(bar.shortcuts_requested, timeout=1_000):
        bar.shortcuts_action.trigger()
    with qtbot.waitSignal(bar.about_requested, timeout=1_000):
        bar.about_action.trigger()
    bar.set_tray_available(False)
    assert not bar.tray_action.isEnabled()
    assert bar.tray_action.toolTip() == "This desktop has no system tray"
