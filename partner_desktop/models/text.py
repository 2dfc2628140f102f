"""Text a person meets in rows and tool tips: poll statuses as plain words, and server text
where Qt guesses the format from the content (tool tips), escaped, never markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui


def plain_rich_text(text: str) -> str:
    """``text`` as rich text that shows exactly these characters: a server's ``<img src=…>``
    in a tool tip would otherwise load a local file at any size."""
    return str(QtGui.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal))


#: Plain words for the API's poll statuses (contract section 3.2), for the eye and the ear.
STATUS_LABELS = {
    "open": "Open",
    "upcoming": "Upcoming",
    "closed": "Closed",
    "disclosed": "Results out",
    "cancelled": "Cancelled",
}


def status_label(status: str) -> str:
    """A word for a status; unknown values are shown as they come (contract section 3.2)."""
    return STATUS_LABELS.get(status, status.replace("_", " ").capitalize() or "Unknown")
