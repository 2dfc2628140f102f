"""The status bar: the connection, when the lists were refreshed, where the sign-in is kept."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from partner_desktop.errors import Storage
from partner_desktop.ui.errors import storage_sentence
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
        self._storage: Storage | None = None  # not known yet
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
        self.keyring_label.setText(storage_sentence(self._storage))

    @property
    def refreshed_at(self) -> datetime | None:
        return self._refreshed_at

    def set_online(self, online: bool | None) -> None:
        self._online = online
        self._show_connection()

    def set_refreshed(self, moment: datetime | None) -> None:
        self._refreshed_at = moment
        self._show_refreshed()

    def set_storage_status(self, status: Storage) -> None:
        """Where the token store keeps the sign-in."""
        self._storage = status
        self.keyring_label.setText(storage_sentence(status))

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
