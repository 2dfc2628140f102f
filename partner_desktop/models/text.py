"""Server text where Qt guesses the format from the content (tool tips): escaped, never markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui


def plain_rich_text(text: str) -> str:
    """``text`` as rich text that shows exactly these characters: a server's ``<img src=…>``
    in a tool tip would otherwise load a local file at any size."""
    return str(QtGui.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal))
