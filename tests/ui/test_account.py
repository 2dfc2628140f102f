"""Signing in and out from the window: dialog, cancel, denial, sign-out, restore at start-up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from tests.helpers.keyrings import MemoryKeyring


def test_sign_in_dialog_shows_the_link_and_cancel_ends_it(
    make_app: Any, sandbox: Any, qtbot: Any
) -> None:
    harness = make_app(sandbox)
    window = harness.window
    harness.browser.enabled = False  # as if no browser opened
    qtbot.waitUntil(window.header.sign_in_button.isEnabled)  # the remembered sign-in is read
    qtbot.mouseClick(window.header.sign_in_button, Qt.MouseButton.LeftButton)
    dialog = window.dialogs.sign_in_dialog()
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    # The browser is opened from a worker thread, possibly just after the dialog shows.
    qtbot.waitUntil(lambda: bool(harness.browser.urls), timeout=10_000)
    url = dialog.findChild(QLineEdit, "signInUrl").text()
    assert url == harness.browser.urls[0]
    assert "Continue in your browser" in dialog.findChild(QLabel, "signInTitle").text()
    qtbot.mouseClick(dialog.findChild(QPushButton, "copyLinkButton"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == url
    qtbot.mouseClick(dialog.findChild(QPushButton, "openAgainButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(harness.browser.urls) == 2, timeout=5_000)
    qtbot.mouseClick(dialog.findChild(QPushButton, "cancelSignInButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not dialog.isVisible() and window.header.sign_in_button.isEnabled(), timeout=10_000
    )
    assert window.header.account_label.text() == ""
    assert not window.banner.isVisible()  # a cancel is not an error


def test_denied_access_is_said_in_a_sentence(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox, decision="deny")
    window = harness.window
    qtbot.waitUntil(window.header.sign_in_button.isEnabled)  # the remembered sign-in is read
    qtbot.mouseClick(window.header.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.banner.isVisible, timeout=15_000)
    assert window.banner.text.text() == (
        "Access was not granted in the browser, so you are not signed in."
    )
    assert window.header.account_label.text() == ""


def test_sign_out_returns_to_the_signed_out_window(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox)
    window = harness.window
    harness.wait_loaded()
    harness.sign_in()
    window.lists.setCurrentIndex(1)
    harness.wait_loaded("mine")
    qtbot.mouseClick(window.header.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.header.account_label.text() == "", timeout=10_000)
    assert window.header.sign_in_button.isVisible()
    assert not window.header.sign_out_button.isVisible()
    assert window.lists.mine_model.rowCount() == 0
    assert "Sign in" in window.lists.mine_empty.text()
    assert harness.services.store.load("sandbox") is None  # the keyring no longer holds the grant
    # The person's own sign-out is no failure: a word in the status bar, no banner.
    assert window.statusBar().currentMessage() == "Signed out."
    assert not window.banner.isVisible()


def test_a_remembered_sign_in_is_restored_at_start_up(
    make_app: Any, sandbox: Any, qtbot: Any, tmp_path: Any
) -> None:
    keyring = MemoryKeyring()
    first = make_app(sandbox, keyring_backend=keyring, base=tmp_path / "a")
    first.sign_in()
    assert first.services.store.load("sandbox") is not None
    first.close()
    second = make_app(sandbox, keyring_backend=keyring, base=tmp_path / "a")
    qtbot.waitUntil(lambda: second.window.header.account_label.text() == "alice", timeout=15_000)
    assert second.browser.urls == []  # no browser needed
    assert "remembered" in second.window.status.keyring_label.text()


def test_a_grant_revoked_elsewhere_signs_out_with_a_sentence(
    make_app: Any, sandbox: Any, qtbot: Any
) -> None:
    import requests

    from partner_desktop.config import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET

    harness = make_app(sandbox)
    window = harness.window
    harness.wait_loaded()
    harness.sign_in()
    grant = harness.services.store.load("sandbox")
    assert grant is not None
    # Revoked on the server (RFC 7009), e.g. from the partner's account page.
    with requests.Session() as http:
        answer = http.post(
            f"{sandbox.base_url}/oauth2/revoke",
            auth=(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET),
            data={"token": grant.refresh_token, "token_type_hint": "refresh_token"},
            timeout=10,
        )
    assert answer.status_code == 200
    window.lists.setCurrentIndex(1)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.header.account_label.text() == "", timeout=15_000)
    qtbot.waitUntil(window.banner.isVisible, timeout=5_000)
    # The session's SignedOut reaches the window as it is; describe() words it, once for all.
    assert window.banner.text.text() == (
        "Your sign-in has expired or was revoked. Please sign in again."
    )
    assert window.header.sign_in_button.isVisible()
