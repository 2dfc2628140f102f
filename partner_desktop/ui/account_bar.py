"""The window's header: the environment, the actions, and the account with sign-in and sign-out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from partner_desktop.config import Profile, ProfileKind
from partner_desktop.models.text import plain_rich_text
from partner_desktop.ui.i18n import Retranslatable

ENV_COLOURS = {
    ProfileKind.SANDBOX: "#d97706",
    ProfileKind.PRODUCTION: "#15803d",
    ProfileKind.CUSTOM: "#2563eb",
}


class AccountBar(Retranslatable, QFrame):
    """The environment marker, Refresh, Notifications, Settings, Help, and the account.

    Signed out it offers Sign in (disabled, with the reason, while the profile has no client
    id); signed in it names the account and offers Wallet and Sign out. ``set_wide(False)``
    (a narrow window) drops the title and shows Refresh and Help as symbols.
    """

    sign_in_requested = Signal()
    sign_out_requested = Signal()
    refresh_requested = Signal()
    settings_requested = Signal()
    wallet_requested = Signal()
    shortcuts_requested = Signal()
    about_requested = Signal()

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self._profile = profile
        self._wide = True
        self._signing_in = False
        self._username = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(6)
        self.app_title = QLabel("Partner Desktop", self)
        self.app_title.setObjectName("appTitle")
        # The title never sets the window's minimum width: a narrow window drops its text (the
        # title bar names the app).
        self.app_title.setMinimumWidth(1)  # not its text's width
        row.addWidget(self.app_title)
        self.env_marker = QLabel(profile.label.upper(), self)
        self.env_marker.setObjectName("envMarker")
        colour = ENV_COLOURS.get(profile.kind, ENV_COLOURS[ProfileKind.CUSTOM])
        self.env_marker.setStyleSheet(
            f"background:{colour}; color:white; border-radius:9px; padding:2px 10px;"
            " font-weight:700; letter-spacing:1px;"
        )
        row.addWidget(self.env_marker)
        row.addStretch(1)

        self.refresh_button = self._button("refreshButton", self.refresh_requested, row)
        self.notify_button = self._button("notificationsButton", None, row)
        menu = QMenu(self.notify_button)
        self.notify_action = menu.addAction("")
        self.notify_action.setObjectName("notifyAction")
        self.notify_action.setCheckable(True)
        self.tray_action = menu.addAction("")
        self.tray_action.setObjectName("closeToTrayAction")
        self.tray_action.setCheckable(True)
        self.notify_button.setMenu(menu)
        self.settings_button = self._button("settingsButton", self.settings_requested, row)
        self.help_button = self._button("helpButton", None, row)
        help_menu = QMenu(self.help_button)
        self.shortcuts_action = help_menu.addAction("")
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.triggered.connect(self.shortcuts_requested)
        self.about_action = help_menu.addAction("")
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.about_requested)
        self.help_button.setMenu(help_menu)
        # Their words never hold the window wider: a narrow window shows them as symbols.
        for button in (self.refresh_button, self.help_button):
            button.setMinimumWidth(1)

        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setObjectName("headerSeparator")
        row.addWidget(separator)
        self.account_label = QLabel("", self)
        self.account_label.setTextFormat(Qt.TextFormat.PlainText)  # the server's username
        self.account_label.setObjectName("accountLabel")
        row.addWidget(self.account_label)
        self.sign_in_button = self._button("signInButton", self.sign_in_requested, row)
        self.wallet_button = self._button("walletButton", self.wallet_requested, row)
        self.sign_out_button = self._button("signOutButton", self.sign_out_requested, row)
        self.retranslate()
        self.show_signed_out()

    def _button(self, name: str, signal: SignalInstance | None, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        if signal is not None:
            button.clicked.connect(signal)
        row.addWidget(button)
        return button

    @property
    def can_sign_in(self) -> bool:
        """Signing in needs the client id (a first run of a partner profile has none)."""
        return bool(self._profile.client_id.strip())

    def retranslate(self) -> None:
        label = self._profile.label
        self.env_marker.setToolTip(self.tr("Connected to %1").replace("%1", self._profile.api_base))
        self.env_marker.setAccessibleName(self.tr("Environment: %1").replace("%1", label))
        self._show_words()
        self.refresh_button.setToolTip(self.tr("Refresh (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.notify_button.setText(self.tr("Notifications"))
        self.notify_button.setAccessibleName(self.tr("Notification settings"))
        self.notify_button.setToolTip(self.tr("Desktop notifications about the polls you follow"))
        self.notify_action.setText(self.tr("Notify me about the polls I follow"))
        self.tray_action.setText(self.tr("Close to the system tray"))
        if not self.tray_action.isEnabled():
            self.tray_action.setToolTip(self.tr("This desktop has no system tray"))
        self.settings_button.setText(self.tr("Settings"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.help_button.setAccessibleName(self.tr("Help"))
        self.help_button.setToolTip(self.tr("Help"))
        self.shortcuts_action.setText(self.tr("Keyboard shortcuts"))
        self.about_action.setText(self.tr("About Partner Desktop"))
        self.wallet_button.setText(self.tr("Wallet"))
        self.wallet_button.setAccessibleName(self.tr("Your wallet"))
        self.wallet_button.setToolTip(self.tr("Your balance of each fan token"))
        self.account_label.setAccessibleName(self.tr("Signed-in account"))
        self.account_label.setToolTip(
            plain_rich_text(self.signed_in_as(self._username))
            if self._username
            else self.tr("Not signed in")
        )
        self.sign_in_button.setToolTip(
            ""
            if self.can_sign_in
            else self.tr("Enter the client id in Settings before signing in.")
        )
        self.sign_in_button.setText(
            self.tr("Signing in…") if self._signing_in else self.tr("Sign in")
        )
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))

    def signed_in_as(self, username: str) -> str:
        return self.tr("Signed in as %1").replace("%1", username)

    def show_signed_in(self, username: str, *, wallet: bool = True) -> None:
        """Name the account; offer Sign out (and the wallet, when there is one)."""
        self._username = username
        self.account_label.setText(username)
        # Tool tips guess rich text from the content: give them the username escaped.
        self.account_label.setToolTip(plain_rich_text(self.signed_in_as(username)))
        self.sign_in_button.hide()
        self.sign_out_button.show()
        self.wallet_button.setVisible(wallet)

    def show_signed_out(self) -> None:
        self._username = ""
        self.account_label.setText("")
        self.account_label.setToolTip(self.tr("Not signed in"))
        self.sign_in_button.show()
        self.sign_in_button.setEnabled(self.can_sign_in)
        self.sign_in_button.setToolTip(
            ""
            if self.can_sign_in
            else self.tr("Enter the client id in Settings before signing in.")
        )
        self.sign_out_button.hide()
        self.wallet_button.hide()

    def set_signing_in(self, busy: bool) -> None:
        """A sign-in is on its way: Sign in says so and waits."""
        self._signing_in = busy
        self.sign_in_button.setEnabled(not busy and self.can_sign_in)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))

    def set_tray_available(self, available: bool) -> None:
        self.tray_action.setEnabled(available)
        if not available:
            self.tray_action.setToolTip(self.tr("This desktop has no system tray"))

    def set_wide(self, wide: bool) -> None:
        """A narrow window keeps the header's buttons on screen: symbols instead of words."""
        self._wide = wide
        self._show_words()

    def _show_words(self) -> None:
        wide = self._wide
        # The title gives way in a narrow window (the window's title names the app).
        self.app_title.setText("Partner Desktop" if wide else "")
        # Refresh and Help as symbols (their accessible names and tooltips stay).
        self.refresh_button.setText(self.tr("Refresh") if wide else "↻")
        self.help_button.setText(self.tr("Help") if wide else "?")
