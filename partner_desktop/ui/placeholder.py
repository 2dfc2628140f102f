"""The detail pane's placeholder: the window shows it in the pane's place until the pane is
built, and the pane shows it while no poll is chosen (the same sentence, the same style)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from partner_desktop.ui.i18n import Retranslatable


class _Placeholder(Retranslatable, QLabel):
    def retranslate(self) -> None:
        self.setText(
            QCoreApplication.translate("detail_placeholder", "Select a poll to see its details.")
        )


def detail_placeholder(parent: QWidget) -> QLabel:
    label = _Placeholder(parent)
    label.retranslate()
    label.setObjectName("detailPlaceholder")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label
