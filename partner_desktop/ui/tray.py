"""The system tray icon, and the words of the notifications about followed polls."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from partner_desktop.api.notices import Notice, NoticeKind

if TYPE_CHECKING:
    from partner_desktop.controllers.notify import Notifier


class Tray(QObject):
    """A tray icon (where the desktop has a tray) with Show and Quit: notifications without a
    D-Bus service show through it, and "close to the tray" keeps the app running in it."""

    show_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QWidget) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("Partner Desktop")
        self.menu = QMenu(parent)
        self.show_action = self.menu.addAction("")
        self.show_action.triggered.connect(self.show_requested)
        self.quit_action = self.menu.addAction("")
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.retranslate()
        self.icon.show()

    @classmethod
    def where_available(cls, icon: QIcon, parent: QWidget) -> Tray | None:
        """A tray icon, or None on a desktop without a system tray."""
        return cls(icon, parent) if QSystemTrayIcon.isSystemTrayAvailable() else None

    def retranslate(self) -> None:
        self.show_action.setText(self.tr("Show Partner Desktop"))
        self.quit_action.setText(self.tr("Quit"))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()

    def still_running(self) -> None:
        """Say that closing the window left the app running here."""
        self.icon.showMessage(
            "Partner Desktop",
            self.tr("Still running in the tray: your followed polls are being checked."),
            QSystemTrayIcon.MessageIcon.Information,
            4000,
        )


class NoticeWords(QObject):
    """The title and body of a notification about a followed poll, in the interface language."""

    def words(self, notice: Notice) -> tuple[str, str] | None:
        question = notice.poll.question
        close_at = notice.poll.close_at
        if notice.event == NoticeKind.OPENED:
            title = self.tr("A poll you follow is open")
            body = f"{question}\n" + self.tr("Vote before it closes.")
        elif notice.event == NoticeKind.CLOSING and close_at is not None:
            left = max(0, int((close_at - datetime.now(UTC)).total_seconds()))
            title = self.tr("A poll you follow closes soon")
            body = f"{question}\n" + self.tr(
                "It closes in %n minute(s) and you have not voted.", "", left // 60
            )
        elif notice.event == NoticeKind.DISCLOSED:
            title = self.tr("Results are out")
            body = f"{question}\n" + self.tr("See how the fans voted.")
        else:
            return None
        return title, body


def tell(notifier: Notifier, notice: Notice) -> None:
    """Show ``notice`` through ``notifier``, in the interface language."""
    words = NoticeWords().words(notice)
    if words is not None:
        notifier.show(notice.poll_id, *words)
