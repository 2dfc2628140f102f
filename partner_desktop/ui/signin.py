"""The "Continue in your browser" panel shown while a sign-in waits for the browser."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partner_desktop.ui.i18n import Retranslatable


class SignInDialog(Retranslatable, QDialog):
    """Non-modal: the person works in the browser; Cancel, Copy link and Open again stay at hand."""

    cancel_requested = Signal()
    open_again_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeout: float | None = None  # seconds the wait lasts, once it has begun
        self.setObjectName("signInDialog")
        self.setModal(False)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        title = self.title = QLabel(self)
        title.setObjectName("signInTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.url = QLineEdit(self)
        self.url.setObjectName("signInUrl")
        self.url.setReadOnly(True)
        layout.addWidget(self.url)

        # No animated busy bar: it repainted the dialog ~60 times a second while the browser
        # starts, and each repaint waited for the display server (GUI gaps of 50-200 ms in
        # bench/scenario.py); the title says what the app is waiting for.

        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyLinkButton")
        self.copy_button.clicked.connect(self.copy_link)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openAgainButton")
        self.open_button.clicked.connect(self.open_again_requested)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelSignInButton")
        self.cancel_button.clicked.connect(self._cancel)
        # A child timer: it dies with the dialog, so it never touches a deleted button.
        self._copied = QTimer(self)
        self._copied.setSingleShot(True)
        self._copied.setInterval(1500)
        self._copied.timeout.connect(lambda: self.copy_button.setText(self.tr("Copy link")))
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
        self.title.setText(self.tr("Continue in your browser"))
        self._show_message()
        self.url.setAccessibleName(self.tr("Sign-in link"))
        copied = self._copied.isActive()
        self.copy_button.setText(self.tr("Copied") if copied else self.tr("Copy link"))
        self.open_button.setText(self.tr("Open again"))
        self.cancel_button.setText(self.tr("Cancel"))

    def waiting(self, url: str, timeout: float) -> None:
        """Show the URL and the waiting state; the wait ends after ``timeout`` seconds."""
        self._timeout = timeout
        self._show_message()
        self.url.setText(url)
        self.url.setCursorPosition(0)
        self.open_button.setEnabled(True)
        self.copy_button.setText(self.tr("Copy link"))
        self.show()
        self._fit()
        self.raise_()

    def _show_message(self) -> None:
        """The waiting text, the dialog as tall as its wrapped lines need (longer languages)."""
        self.message.setText(self._waiting_text())
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped lines need at the shown width (once shown)."""
        layout = self.layout()
        if not self.isVisible() or layout is None:
            return
        layout.activate()
        # A top-level window does not ask its wrapped labels for their height at its width.
        self.message.setMinimumHeight(self.message.heightForWidth(self.message.width()))

    def _waiting_text(self) -> str:
        """What to do in the browser, and how long this window waits for it."""
        timeout = self._timeout
        if timeout is None:
            return self.tr(
                "A sign-in page has opened in your web browser. Sign in there and allow access; "
                "this window updates by itself. If no browser opened, copy the link below into "
                "one."
            )
        if timeout >= 120:
            return self.tr(
                "A sign-in page has opened in your web browser. Sign in there and allow access; "
                "this window updates by itself and waits for it at most %n minute(s). If no "
                "browser opened, copy the link below into one.",
                "",
                round(timeout / 60),
            )
        return self.tr(
            "A sign-in page has opened in your web browser. Sign in there and allow access; "
            "this window updates by itself and waits for it at most %n second(s). If no "
            "browser opened, copy the link below into one.",
            "",
            round(timeout),
        )

    def copy_link(self) -> None:
        QGuiApplication.clipboard().setText(self.url.text())
        self.copy_button.setText(self.tr("Copied"))
        self._copied.start()

    def _cancel(self) -> None:
        self.cancel_requested.emit()

    def reject(self) -> None:  # Esc or the window's close button
        self.cancel_requested.emit()
        super().reject()

    def finish(self) -> None:
        self.url.clear()
        self.hide()
