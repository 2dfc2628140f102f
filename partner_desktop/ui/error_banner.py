"""The error banner over the poll lists: a sentence, an optional Retry, and a dismiss button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from partner_desktop.ui.i18n import Retranslatable


class ErrorBanner(Retranslatable, QFrame):
    """Says what went wrong in a sentence; Retry (when given) does it again and hides the banner.

    ``source`` names what the sentence is about (a list's view), so that news about that one
    thing can clear it, while a sentence about something else stays until the person acts.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # may quote the server
        self.text.setObjectName("errorText")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self._on_retry)
        row.addWidget(self.retry_button)
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setText("✕")
        self.dismiss_button.clicked.connect(self.dismiss)
        row.addWidget(self.dismiss_button)
        self._retry: Callable[[], object] | None = None
        self.source = ""
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Retry"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))

    def show_error(
        self, sentence: str, retry: Callable[[], object] | None = None, *, source: str = ""
    ) -> None:
        """Show ``sentence``; ``retry``, when given, is what the Retry button does."""
        self.text.setText(sentence)
        self._retry = retry
        self.source = source
        self.retry_button.setVisible(retry is not None)
        self.show()

    def dismiss(self) -> None:
        self._retry = None
        self.source = ""
        self.hide()

    def clear_about(self, source: str) -> None:
        """Hide the banner if its sentence is about ``source``."""
        if source and self.source == source:
            self.dismiss()

    def _on_retry(self) -> None:
        retry = self._retry
        self.dismiss()
        if retry is not None:
            retry()
