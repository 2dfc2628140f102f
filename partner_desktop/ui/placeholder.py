"""The detail pane's placeholder: the window shows it in the pane's place until the pane is
built, and the pane shows it while no poll is chosen (the same sentence, the same style)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def detail_placeholder(parent: QWidget) -> QLabel:
    label = QLabel("Select a poll to see its details.", parent)
    label.setObjectName("detailPlaceholder")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label
