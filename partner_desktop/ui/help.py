"""The Help menu's boxes: About, and the keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from partner_desktop import __version__
from partner_desktop.config import Profile
from partner_desktop.ui.format import fill


def show_about(parent: QWidget, profile: Profile) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("Help", "About Partner Desktop"),
        f"Partner Desktop {__version__}\n\n"
        + QCoreApplication.translate(
            "Help", "Vote on the polls of the clubs whose fan tokens you hold."
        )
        + "\n"
        + fill(
            QCoreApplication.translate("Help", "Connected to %1: %2"),
            profile.label,
            profile.api_base,
        ),
    )


def show_shortcuts(parent: QWidget) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Help", "Keyboard shortcuts"),
        QCoreApplication.translate(
            "Help",
            "Ctrl+F  Search polls\n"
            "Ctrl+1 / Ctrl+2  All polls / My polls\n"
            "Ctrl+Shift+S  Sort the lists\n"
            "Enter  Open the chosen poll\n"
            "Tab, arrow keys  Move between and choose answers\n"
            "Ctrl+Enter  Vote\n"
            "Ctrl+D  Follow the poll\n"
            "Esc  Back to the overview\n"
            "F5  Refresh\n"
            "Ctrl+Q  Quit",
        ),
    )
