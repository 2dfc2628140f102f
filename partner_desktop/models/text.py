"""Text a person meets in rows and tool tips: poll statuses as plain words in the interface
language, and server text where Qt guesses the format from the content (tool tips), escaped,
never markup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import Qt as QtGui

translate = QCoreApplication.translate


def plain_rich_text(text: str) -> str:
    """``text`` as rich text that shows exactly these characters: a server's ``<img src=…>``
    in a tool tip would otherwise load a local file at any size."""
    return str(QtGui.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal))


#: The statuses the app has a word for (contract section 3.2), in the order the filters list them.
STATUSES = ("open", "upcoming", "closed", "disclosed", "cancelled")


def status_labels() -> dict[str, str]:
    """A plain word per known status, in the interface language, for the eye and the ear."""
    return {
        "open": translate("format", "Open"),
        "upcoming": translate("format", "Upcoming"),
        "closed": translate("format", "Closed"),
        "disclosed": translate("format", "Results out"),
        "cancelled": translate("format", "Cancelled"),
    }


def status_label(status: str) -> str:
    """A word for a status; unknown values are shown as they come (contract section 3.2)."""
    known = status_labels().get(status)
    return known or status.replace("_", " ").capitalize() or translate("format", "Unknown")
