"""The first start of a profile without a client id: say so, offer the sandbox and the settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from partner_desktop.ui.i18n import Retranslatable


class SetupPage(Retranslatable, QWidget):
    use_sandbox_requested = Signal()
    settings_requested = Signal()

    def __init__(self, profile_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupPage")
        self._label = profile_label
        column = QVBoxLayout(self)
        column.setContentsMargins(60, 60, 60, 60)
        column.addStretch(1)
        self.welcome = QLabel(self)
        self.welcome.setObjectName("welcomeTitle")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.welcome)
        self.setup_text = QLabel(self)
        self.setup_text.setObjectName("setupText")
        self.setup_text.setWordWrap(True)
        self.setup_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.setup_text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.use_sandbox_button = QPushButton(self)
        self.use_sandbox_button.setObjectName("useSandboxButton")
        self.use_sandbox_button.setDefault(True)
        self.use_sandbox_button.clicked.connect(self.use_sandbox_requested)
        self.open_settings_button = QPushButton(self)
        self.open_settings_button.setObjectName("openSettingsButton")
        self.open_settings_button.clicked.connect(self.settings_requested)
        buttons.addWidget(self.use_sandbox_button)
        buttons.addWidget(self.open_settings_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.welcome.setText(self.tr("Welcome to Partner Desktop"))
        self.setup_text.setText(
            self.tr(
                "The profile “%1” has no client id yet. Enter the consumer key from your partner "
                "developer portal in the settings — or try everything right now on the built-in "
                "sandbox, with test accounts and no network."
            ).replace("%1", self._label)
        )
        self.use_sandbox_button.setText(self.tr("Use the sandbox"))
        self.open_settings_button.setText(self.tr("Open settings"))
