"""Settings: first what a fan changes (theme, text size, notifications), then, under Advanced,
the profile: URLs, client ids and secrets (keyring), scope, client authentication, partner tag,
tracking, redirect port."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partner_desktop.config import TRACKING_KEYS, Profile
from partner_desktop.errors import ConfigError
from partner_desktop.ui.appearance import TEXT_SIZES, THEMES
from partner_desktop.ui.errors import describe

#: (shown text, ``Profile.client_auth_method``)
_AUTH_METHODS = (
    ("Automatic (HTTP Basic, or what the server publishes)", ""),
    ("HTTP Basic (client_secret_basic)", "client_secret_basic"),
    ("In the form body (client_secret_post)", "client_secret_post"),
    ("None: a public client without secret", "none"),
)

_URL_FIELDS = (
    ("api_base", "API base URL"),
    ("authorize_url", "Authorize URL"),
    ("token_url", "Token URL"),
    ("revoke_url", "Revoke URL"),
)


def _line_edit(
    parent: QWidget, name: str, accessible: str, placeholder: str = "", *, secret: bool = False
) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SettingsDialog(QDialog):
    """Edits one profile at a time; saving goes through a controller (files + keyring)."""

    #: Profile, secret, public-data client secret (each a str, or None to keep the stored one)
    save_requested = Signal(object, object, object)
    use_requested = Signal(str)  # switch the app to this profile
    appearance_changed = Signal(str, float)  # theme, text size (applied at once)

    def __init__(
        self,
        names: list[str],
        load: Any,
        current: str,
        parent: Any = None,
        *,
        theme: str = "system",
        text_size: float = 1.0,
        notify_action: QAction | None = None,
        tray_action: QAction | None = None,
        advanced: bool = False,
        live: Profile | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.setMinimumWidth(min(560, parent.width()) if parent is not None else 560)
        self._load = load
        self._profile: Profile | None = None
        #: The profile the window uses now: the embedded sandbox's address is chosen at start.
        self._live = live
        self._marked: QWidget | None = None  # the field the last error is about

        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        outer.addWidget(self.tabs)
        self.general_page = self._build_general(theme, text_size, notify_action, tray_action)
        self.tabs.addTab(self.general_page, "General")
        # Advanced scrolls: the dialog fits a small screen (640x480).
        scroll = QScrollArea(self)
        scroll.setObjectName("advancedScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        advanced_page = QWidget(scroll)
        advanced_page.setObjectName("advancedSettings")
        scroll.setWidget(advanced_page)
        self.tabs.addTab(scroll, "Advanced")
        if advanced:
            self.tabs.setCurrentWidget(scroll)

        layout = QVBoxLayout(advanced_page)
        intro = QLabel(
            "The service this app talks to and the client it signs in as. "
            "The sandbox needs nothing here.",
            advanced_page,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(QLabel("Profile:", self))
        self.profiles = QComboBox(self)
        self.profiles.setObjectName("profileCombo")
        self.profiles.setAccessibleName("Profile")
        self.profiles.addItems(names)
        top.addWidget(self.profiles, 1)
        self.new_button = QPushButton("New profile…", self)
        self.new_button.setObjectName("newProfileButton")
        self.new_button.clicked.connect(self._new_profile)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        general = QGroupBox("Service", self)
        form = QFormLayout(general)
        self.name = QLineEdit(self)
        self.name.setObjectName("profileName")
        self.label = QLineEdit(self)
        self.label.setObjectName("profileLabel")
        form.addRow("Name:", self.name)
        form.addRow("Shown as:", self.label)
        self.urls: dict[str, QLineEdit] = {}
        for key, text in _URL_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(key)
            edit.setAccessibleName(text)
            self.urls[key] = edit
            form.addRow(f"{text}:", edit)
        layout.addWidget(general)

        client = QGroupBox("Client (from the developer portal)", self)
        form = QFormLayout(client)
        self.client_id = _line_edit(self, "clientId", "Client id")
        form.addRow("Client id:", self.client_id)
        self.client_secret = _line_edit(
            self,
            "clientSecret",
            "Client secret",
            "Stored in the system keyring; leave empty to keep it",
            secret=True,
        )
        form.addRow("Client secret:", self.client_secret)
        self.scope = _line_edit(self, "scope", "Scope", "The server's default")
        form.addRow("Scope:", self.scope)
        self.auth_method = QComboBox(self)
        self.auth_method.setObjectName("clientAuthMethod")
        self.auth_method.setAccessibleName("Client authentication")
        for text, value in _AUTH_METHODS:
            self.auth_method.addItem(text, value)
        form.addRow("Client authentication:", self.auth_method)
        self.app_client_id = _line_edit(
            self, "appClientId", "Public-data client id", "The client id above"
        )
        form.addRow("Public-data client id:", self.app_client_id)
        self.app_client_secret = _line_edit(
            self,
            "appClientSecret",
            "Public-data client secret",
            "For a separate public-data client; stored in the system keyring",
            secret=True,
        )
        form.addRow("Public-data secret:", self.app_client_secret)
        self.partner_tag = QLineEdit(self)
        self.partner_tag.setObjectName("partnerTag")
        form.addRow("Partner tag:", self.partner_tag)
        self.port = QSpinBox(self)
        self.port.setObjectName("redirectPort")
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText("Chosen automatically")
        self.port.setAccessibleName("Pinned redirect port")
        form.addRow("Redirect port:", self.port)
        layout.addWidget(client)

        tracking = QGroupBox("Conversion tracking (optional)", self)
        form = QFormLayout(tracking)
        self.tracking: dict[str, QLineEdit] = {}
        for key in TRACKING_KEYS:
            edit = QLineEdit(self)
            edit.setObjectName(f"tracking_{key}")
            self.tracking[key] = edit
            form.addRow(f"{key}:", edit)
        layout.addWidget(tracking)

        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout = outer

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveSettingsButton")
        self.use_button = self.buttons.addButton(
            "Save and use", QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.use_button.setObjectName("useProfileButton")
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.save_button.clicked.connect(lambda: self._save(use=False))
        self.use_button.clicked.connect(lambda: self._save(use=True))
        layout.addWidget(self.buttons)
        # Saving is for a profile (Advanced); the General settings apply as they change.
        self.tabs.currentChanged.connect(self._show_profile_buttons)
        self._show_profile_buttons(self.tabs.currentIndex())

        self._use_after_save = False
        self.profiles.currentTextChanged.connect(self._show)
        index = self.profiles.findText(current)
        self.profiles.setCurrentIndex(max(0, index))
        self._show(self.profiles.currentText())

    def _build_general(
        self,
        theme: str,
        text_size: float,
        notify_action: QAction | None,
        tray_action: QAction | None,
    ) -> QWidget:
        """Theme, text size and notifications: applied as they change (no Save)."""
        page = QWidget(self)
        page.setObjectName("generalSettings")
        column = QVBoxLayout(page)
        look = QGroupBox("Appearance", page)
        form = QFormLayout(look)
        self.theme = QComboBox(look)
        self.theme.setObjectName("themeCombo")
        self.theme.setAccessibleName("Theme")
        for text, value in THEMES:
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        form.addRow("&Theme:", self.theme)
        self.text_size = QComboBox(look)
        self.text_size.setObjectName("textSizeCombo")
        self.text_size.setAccessibleName("Text size")
        for text, scale in TEXT_SIZES:
            self.text_size.addItem(text, scale)
        chosen = min(range(len(TEXT_SIZES)), key=lambda i: abs(TEXT_SIZES[i][1] - text_size))
        self.text_size.setCurrentIndex(chosen)
        form.addRow("Te&xt size:", self.text_size)
        # The language row belongs in this group, after the text size.
        self.appearance_form = form
        self.theme.currentIndexChanged.connect(lambda _i: self._appearance_edited())
        self.text_size.currentIndexChanged.connect(lambda _i: self._appearance_edited())
        column.addWidget(look)

        notices = QGroupBox("Notifications", page)
        box = QVBoxLayout(notices)
        self.notify = QCheckBox("Notify me about the polls I follow", notices)
        self.notify.setObjectName("notifyCheck")
        self.tray = QCheckBox("Close to the system tray (keep checking followed polls)", notices)
        self.tray.setObjectName("trayCheck")
        # Each box shows and sets its action (the header's Notifications menu shows the same).
        self._mirrors: list[tuple[QCheckBox, QAction]] = []
        for check, action in ((self.notify, notify_action), (self.tray, tray_action)):
            if action is None:
                check.hide()
                continue
            check.setChecked(action.isChecked())
            check.setEnabled(action.isEnabled())
            check.setToolTip("" if action.isEnabled() else action.toolTip())
            check.toggled.connect(action.setChecked)
            action.toggled.connect(self._actions_toggled)
            self._mirrors.append((check, action))
            box.addWidget(check)
        column.addWidget(notices)
        column.addStretch(1)
        return page

    def _show_profile_buttons(self, index: int) -> None:
        on_profile = index == 1
        self.save_button.setVisible(on_profile)
        self.use_button.setVisible(on_profile)

    def _actions_toggled(self, _on: bool) -> None:
        for check, action in self._mirrors:
            with QSignalBlocker(check):
                check.setChecked(action.isChecked())

    def _appearance_edited(self) -> None:
        self.appearance_changed.emit(
            str(self.theme.currentData()), float(self.text_size.currentData())
        )

    def _show(self, name: str) -> None:
        if not name:
            return
        try:
            profile: Profile = self._load(name)
        except ConfigError as exc:
            self.error.setText(describe(exc))
            return
        self._profile = profile
        self.name.setText(profile.name)
        self.name.setReadOnly(True)
        self.label.setText(profile.label)
        live = self._live if profile.kind == "sandbox" else None
        shown = live if live is not None and live.kind == "sandbox" else profile
        for key, edit in self.urls.items():
            edit.setText(getattr(shown, key))
            # The embedded sandbox's address is the one it runs on now, not one to edit.
            edit.setReadOnly(shown is not profile)
            edit.setToolTip(
                "The sandbox built into the app runs here; it picks a free port when it starts."
                if shown is not profile
                else ""
            )
        self.client_id.setText(profile.client_id)
        self.client_secret.clear()
        self.scope.setText(profile.scope)
        self.auth_method.setCurrentIndex(
            max(0, self.auth_method.findData(profile.client_auth_method))
        )
        self.app_client_id.setText(profile.app_client_id)
        self.app_client_secret.clear()
        self.partner_tag.setText(profile.partner_tag)
        self.port.setValue(profile.redirect_port or 0)
        for key, edit in self.tracking.items():
            edit.setText(profile.tracking.get(key, ""))
        self.error.clear()

    def _new_profile(self) -> None:
        base = self._profile
        if base is None:
            return
        self._profile = replace(
            base, name="", label="", kind="custom", client_id="", app_client_id=""
        )
        self.name.setReadOnly(False)
        self.name.clear()
        self.label.clear()
        self.client_id.clear()
        self.client_secret.clear()
        self.app_client_id.clear()
        self.app_client_secret.clear()
        self.name.setFocus()
        self.error.setText("Give the new profile a name, then its URLs and client id.")

    def edited_profile(self) -> Profile:
        """The profile as edited; raises ConfigError with a sentence if it is not valid."""
        if self._profile is None:
            raise ConfigError("Choose a profile first.")
        name = self.name.text().strip()
        urls = self._urls_to_save()
        profile = replace(
            self._profile,
            name=name,
            label=self.label.text().strip() or name,
            client_id=self.client_id.text().strip(),
            scope=" ".join(self.scope.text().split()),
            client_auth_method=str(self.auth_method.currentData() or ""),
            app_client_id=self.app_client_id.text().strip(),
            partner_tag=self.partner_tag.text().strip(),
            redirect_port=self.port.value() or None,
            tracking={k: e.text().strip() for k, e in self.tracking.items() if e.text().strip()},
            api_base=urls["api_base"],
            authorize_url=urls["authorize_url"],
            token_url=urls["token_url"],
            revoke_url=urls["revoke_url"],
        )
        profile.validate()
        return profile

    def _urls_to_save(self) -> dict[str, str]:
        """The URLs as edited; the sandbox's live address (read-only) is not saved."""
        saved = self._profile
        return {
            key: str(getattr(saved, key)) if edit.isReadOnly() else edit.text().strip()
            for key, edit in self.urls.items()
        }

    def _field_of(self, sentence: str) -> QWidget | None:
        """The field a validation sentence is about."""
        text = sentence.casefold()
        for key, edit in self.urls.items():
            if key.replace("_", " ") in text:
                return edit
        for words, widget in (
            ("client-credentials", self.app_client_id),
            ("client id", self.client_id),
            ("profile name", self.name),
            ("redirect port", self.port),
            ("tracking", next(iter(self.tracking.values()), None)),
        ):
            if words in text:
                return widget
        return None

    def _mark(self, field: QWidget | None) -> None:
        """Mark ``field`` as the one to fix (and only it), and put the cursor there."""
        for widget in (self._marked, field):
            if widget is not None:
                widget.setProperty("invalid", widget is field)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self._marked = field
        if field is not None:
            page = self.tabs.widget(1)
            if page is not None and page.isAncestorOf(field):
                self.tabs.setCurrentWidget(page)
                if isinstance(page, QScrollArea):
                    page.ensureWidgetVisible(field)
            field.setFocus()

    def _save(self, *, use: bool) -> None:
        try:
            profile = self.edited_profile()
        except ConfigError as exc:
            sentence = describe(exc)
            self.error.setText(sentence)
            self._mark(self._field_of(sentence))
            return
        self._mark(None)
        self.error.setText("Saving…")
        self._use_after_save = use
        secret = self.client_secret.text() or None
        app_secret = self.app_client_secret.text() or None
        self.save_requested.emit(profile, secret, app_secret)

    def saved(self, name: str) -> None:
        self.client_secret.clear()
        self.app_client_secret.clear()
        if self.profiles.findText(name) < 0:
            self.profiles.addItem(name)
        self.error.setText("Saved.")
        if self._use_after_save:
            self.use_requested.emit(name)
            self.accept()

    def failed(self, exc: BaseException) -> None:
        self.error.setText(describe(exc))
