"""The status bar: the connection, when the lists were refreshed, where the sign-in is kept."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from partner_desktop.ui.errors import their_sentence
from partner_desktop.ui.format import clock_time, local_time
from partner_desktop.ui.i18n import Retranslatable


class StatusBar(Retranslatable, QStatusBar):
    """Shows values it is given: whether ``server`` (a profile's label) answers, the time of the
    last answer, and the token store's status (shown while signed in and connected)."""

    def __init__(self, server: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._server = server
        self._online: bool | None = None  # None: not known yet
        self._refreshed_at: datetime | None = None
        self._storage_status = ""
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connectionStatus")
        self.refresh_label = QLabel("", self)
        self.refresh_label.setObjectName("lastRefresh")
        self.keyring_label = QLabel(self)
        self.keyring_label.setObjectName("keyringStatus")
        # Where the sign-in is kept matters only while signed in and connected.
        self.keyring_label.hide()
        self.addWidget(self.connection_label)
        self.addPermanentWidget(self.refresh_label)
        self.addPermanentWidget(self.keyring_label)
        self.retranslate()

    def retranslate(self) -> None:
        self._show_connection()
        self._show_refreshed()
        self.keyring_label.setText(self._storage_sentence(self._storage_status))

    @property
    def online(self) -> bool | None:
        return self._online

    @property
    def refreshed_at(self) -> datetime | None:
        return self._refreshed_at

    def set_online(self, online: bool | None) -> None:
        self._online = online
        self._show_connection()

    def set_refreshed(self, moment: datetime | None) -> None:
        self._refreshed_at = moment
        self._show_refreshed()

    def set_storage_status(self, status: str) -> None:
        """The token store's status, as the non-Qt layer writes it."""
        self._storage_status = status
        self.keyring_label.setText(self._storage_sentence(status))

    def set_signed_in(self, signed_in: bool) -> None:
        self.keyring_label.setVisible(bool(self._online) and signed_in)

    def _show_refreshed(self) -> None:
        moment = self._refreshed_at
        if moment is None:
            self.refresh_label.setText("")
            return
        # At start the saved polls show the time they were saved, maybe days ago.
        today = moment.astimezone().date() == date.today()
        when = clock_time(moment) if today else local_time(moment)
        self.refresh_label.setText(self.tr("Updated %1").replace("%1", when))

    def _show_connection(self) -> None:
        if self._online is None:
            text = self.tr("Connecting to %1…")
        elif self._online:
            text = self.tr("● Connected to %1")
        else:
            text = self.tr("○ Cannot reach %1")
        self.connection_label.setText(text.replace("%1", self._server))

    def _keyring_name(self, label: str) -> str:
        """A keyring's name as the token store gives it ("the system keyring (Secret
        Service)"), in the interface language."""
        known = {
            "the system keyring (Secret Service)": self.tr("the system keyring (Secret Service)"),
            "the system keyring (libsecret)": self.tr("the system keyring (libsecret)"),
            "the macOS Keychain": self.tr("the macOS Keychain"),
            "Windows Credential Manager": self.tr("Windows Credential Manager"),
        }
        if label in known:
            return known[label]
        other = re.fullmatch(r"the (.+) keyring", label)
        return self.tr("the %1 keyring").replace("%1", other.group(1)) if other else label

    def _storage_sentence(self, status: str) -> str:
        """The token store's status (written by the non-Qt layer) in the interface language."""
        remembered = "Sign-in remembered in "
        if status.startswith(remembered):
            where = status.removeprefix(remembered).removesuffix(".")
            return self.tr("Sign-in remembered in %1.").replace("%1", self._keyring_name(where))
        if status.startswith("Sign-in kept for this session only"):
            return self.tr("Sign-in kept for this session only.")
        return their_sentence(status) if status else ""
