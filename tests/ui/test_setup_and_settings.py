"""First start without credentials, the settings dialog, keyboard use."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from partner_desktop.config import ProfileStore


def open_settings(make_app: Any, sandbox: Any, qtbot: Any) -> tuple[Any, Any]:
    """The app on the Socios profile, its Settings dialog opened by the button."""
    harness = make_app(sandbox, profile="socios")
    window = harness.window
    qtbot.mouseClick(window.findChild(QPushButton, "openSettingsButton"), Qt.MouseButton.LeftButton)
    dialog = window.dialogs.settings_dialog
    assert dialog is not None
    return harness, dialog


def test_first_start_without_a_client_id_offers_the_sandbox(
    make_app: Any, sandbox: Any, qtbot: Any
) -> None:
    harness = make_app(sandbox, profile="socios")
    window = harness.window
    assert window.pages.currentWidget().objectName() == "setupPage"
    assert "no client id" in window.findChild(QLabel, "setupText").text()
    assert window.header.env_marker.text() == "SOCIOS"
    qtbot.mouseClick(window.findChild(QPushButton, "useSandboxButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: harness.app.window is not window, timeout=5_000)
    new_window = harness.app.window
    assert new_window.header.env_marker.text() == "SANDBOX"
    assert new_window.pages.currentWidget().objectName() == "mainPage"
    qtbot.waitUntil(lambda: new_window.lists.all_model.rowCount() > 0, timeout=10_000)
    assert harness.app.ui_settings.value("app/profile") == "sandbox"


def test_settings_validate_and_save_a_profile_with_its_secret_in_the_keyring(
    make_app: Any, sandbox: Any, qtbot: Any
) -> None:
    harness, dialog = open_settings(make_app, sandbox, qtbot)
    assert dialog.isVisible()
    error = dialog.findChild(QLabel, "settingsError")
    save = dialog.findChild(QPushButton, "saveSettingsButton")

    # Empty client id: a sentence, nothing saved.
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert error.text() == "The client id (consumer key) is empty."
    # An http URL to another computer is refused (tokens must not cross a network in clear).
    dialog.findChild(QLineEdit, "api_base").setText("http://example.com")
    dialog.findChild(QLineEdit, "clientId").setText("my-consumer-key")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert error.text() == (
        "The address http://example.com must use https unless it is on this computer."
    )
    # The error names its setting: that field is the one marked.
    assert dialog.findChild(QLineEdit, "api_base").property("invalid") is True
    assert dialog.findChild(QLineEdit, "clientId").property("invalid") is False
    dialog.findChild(QLineEdit, "api_base").setText("https://api-public.socios.com")
    dialog.findChild(QLineEdit, "clientSecret").setText("s3cr3t-value")
    dialog.findChild(QLineEdit, "partnerTag").setText("tag-1")
    dialog.findChild(QLineEdit, "tracking_campaign").setText("winter")
    dialog.findChild(QSpinBox, "redirectPort").setValue(53682)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: error.text() == "Saved.", timeout=5_000)

    saved = ProfileStore(harness.paths.profiles_dir).load("socios")
    assert saved.client_id == "my-consumer-key"
    assert saved.partner_tag == "tag-1"
    assert saved.tracking == {"campaign": "winter"}
    assert saved.redirect_port == 53682
    assert harness.services.store.load_secret("socios") == "s3cr3t-value"
    profile_text = (harness.paths.profiles_dir / "socios.toml").read_text()
    assert "s3cr3t" not in profile_text  # the secret lives in the keyring only
    assert dialog.findChild(QLineEdit, "clientSecret").text() == ""


def test_settings_scope_client_authentication_and_a_public_data_client(
    make_app: Any, sandbox: Any, qtbot: Any
) -> None:
    harness, dialog = open_settings(make_app, sandbox, qtbot)
    error = dialog.findChild(QLabel, "settingsError")
    method = dialog.findChild(QComboBox, "clientAuthMethod")
    assert method.currentData() == ""  # automatic until the partner chooses
    dialog.findChild(QLineEdit, "clientId").setText("desktop-app")
    dialog.findChild(QLineEdit, "scope").setText("  read   offline_access ")
    method.setCurrentIndex(method.findData("client_secret_post"))
    dialog.findChild(QLineEdit, "appClientId").setText("desktop-public")
    dialog.findChild(QLineEdit, "appClientSecret").setText("public-s3cr3t")
    dialog.findChild(QLineEdit, "clientSecret").setText("signin-s3cr3t")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveSettingsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: error.text() == "Saved.", timeout=5_000)

    saved = ProfileStore(harness.paths.profiles_dir).load("socios")
    assert saved.scope == "read offline_access"
    assert saved.client_auth_method == "client_secret_post"
    assert saved.app_client_id == "desktop-public"
    assert harness.services.store.load_secret("socios") == "signin-s3cr3t"
    assert harness.services.store.load_secret("socios", app=True) == "public-s3cr3t"
    profile_text = (harness.paths.profiles_dir / "socios.toml").read_text()
    assert "s3cr3t" not in profile_text
    assert dialog.findChild(QLineEdit, "appClientSecret").text() == ""
    # Shown again as saved.
    dialog._show("socios")
    assert dialog.findChild(QLineEdit, "scope").text() == "read offline_access"
    assert method.currentData() == "client_secret_post"
    assert dialog.findChild(QLineEdit, "appClientId").text() == "desktop-public"


def test_keyboard_search_refresh_and_enter(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox)
    window = harness.window
    window.activateWindow()
    harness.wait_loaded()
    window.lists.poll_list.setFocus()
    qtbot.keyClick(window.lists.poll_list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.findChild(QLineEdit, "pollSearch")

    window.lists.poll_list.setFocus()
    window.lists.poll_list.setCurrentIndex(window.lists.all_model.index(0, 0))
    qtbot.keyClick(window.lists.poll_list, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert window.detail.isAncestorOf(focused)

    loads: list[Any] = []
    window.services.polls.page_loaded.connect(lambda *args: loads.append(args))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bool(loads), timeout=10_000)
    assert loads[0][2] is True  # a fresh first page


def test_widgets_carry_accessible_names(make_app: Any, sandbox: Any) -> None:
    window = make_app(sandbox).window
    names = ["signInButton", "refreshButton", "pollSearch", "pollList", "myPollsList"]
    names += ["statusFilter", "partnerFilter", "tokenCount", "voteButton"]
    assert window.detail is not None  # built once the window is up (or when first needed)
    for name in names:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        # What a screen reader reads: a fixed name, or the widget's own text (the Vote button
        # reads what it shows; the vote message is read by its text, see test_trips).
        iface = QAccessible.queryAccessibleInterface(widget)
        assert iface.text(QAccessible.Text.Name), name


def test_the_first_frame_has_no_detail_pane_and_the_window_builds_it_when_idle(
    make_app: Any, sandbox: Any, qtbot: Any
) -> None:
    # Its widgets are ~15 ms of the first paint, and ~50 ms of a first click on a poll if
    # they waited for it; built while the first page loads, they would wait for the GIL.
    harness = make_app(sandbox, start=False)
    window = harness.window
    window.show()
    qtbot.waitExposed(window)
    placeholder = window.findChild(QLabel, "detailPlaceholder")
    assert placeholder is not None
    assert placeholder.isVisible()
    assert window.findChild(QWidget, "voteButton") is None
    assert window.splitter.widget(1) is placeholder
    sizes = window.splitter.sizes()
    harness.attach()
    assert window.findChild(QWidget, "voteButton") is None  # the first page is on its way
    qtbot.waitUntil(lambda: window.findChild(QWidget, "voteButton") is not None, timeout=5_000)
    assert window.lists.all_model.rowCount() > 0  # built once the first page was in
    assert not harness.services.polls.is_loading("all")
    assert window.splitter.count() == 2
    assert window.splitter.widget(1) is window.detail
    assert window.splitter.sizes() == sizes
    qtbot.waitUntil(lambda: window.findChild(QLabel, "detailPlaceholder") is not placeholder)
    assert window.detail.overview.isVisible()  # nothing chosen yet: the overview
