"""Settings: first what a fan changes (theme, text size, language, notifications), then, under
Advanced, the profile: URLs, client ids and secrets (keyring), scope, client authentication,
partner tag, tracking, redirect port."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
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

from partner_desktop.config import TRACKING_KEYS, Profile, ProfileKind
from partner_desktop.errors import ConfigError
from partner_desktop.ui.appearance import TEXT_SIZES, THEMES, text_size_names, theme_names
from partner_desktop.ui.errors import describe
from partner_desktop.ui.i18n import Retranslatable

translate = QCoreApplication.translate

#: ``Profile.client_auth_method`` values, in the order offered.
_AUTH_METHODS = ("", "client_secret_basic", "client_secret_post", "none")

_URL_FIELDS = ("api_base", "authorize_url", "token_url", "revoke_url")


def _auth_method_texts() -> tuple[str, ...]:
    return (
        translate("SettingsDialog", "Automatic (HTTP Basic, or what the server publishes)"),
        translate("SettingsDialog", "HTTP Basic (client_secret_basic)"),
        translate("SettingsDialog", "In the form body (client_secret_post)"),
        translate("SettingsDialog", "None: a public client without secret"),
    )


def _url_texts() -> tuple[str, ...]:
    return (
        translate("SettingsDialog", "API base URL"),
        translate("SettingsDialog", "Authorize URL"),
        translate("SettingsDialog", "Token URL"),
        translate("SettingsDialog", "Revoke URL"),
    )


def _line_edit(parent: QWidget, name: str, *, secret: bool = False) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SettingsDialog(Retranslatable, QDialog):
    """Edits one profile at a time; saving goes through a controller (files + keyring)."""

    #: Profile, secret, public-data client secret (each a str, or None to keep the stored one)
    save_requested = Signal(object, object, object)
    use_requested = Signal(str)  # switch the app to this profile
    appearance_changed = Signal(str, float)  # theme, text size (applied at once)
    #: A language code, or "" for the system's: applied at once, and remembered.
    language_chosen = Signal(str)

    def __init__(
        self,
        names: list[str],
        load: Callable[[str], Profile],
        current: str,
        parent: QWidget | None = None,
        *,
        theme: str = "system",
        text_size: float = 1.0,
        notify_action: QAction | None = None,
        tray_action: QAction | None = None,
        advanced: bool = False,
        live: Profile | None = None,
        languages: list[tuple[str, str]] | None = None,
        language: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(min(560, parent.width()) if parent is not None else 560)
        self._load = load
        self._profile: Profile | None = None
        #: Labels whose words follow the language, with the function that gives them.
        self._form_labels: list[tuple[QLabel, Callable[[], str]]] = []
        self._status: Callable[[], str] | None = None  # the sentence under the form
        #: The profile the window uses now: the embedded sandbox's address is chosen at start.
        self._live = live
        self._marked: QWidget | None = None  # the field the last error is about

        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        outer.addWidget(self.tabs)
        self.general_page = self._build_general(theme, text_size, notify_action, tray_action)
        self._add_language(languages or [], language)
        self.tabs.addTab(self.general_page, "")
        # Advanced scrolls: the dialog fits a small screen (640x480).
        scroll = QScrollArea(self)
        scroll.setObjectName("advancedScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        advanced_page = QWidget(scroll)
        advanced_page.setObjectName("advancedSettings")
        scroll.setWidget(advanced_page)
        self.tabs.addTab(scroll, "")
        if advanced:
            self.tabs.setCurrentWidget(scroll)

        layout = QVBoxLayout(advanced_page)
        self.intro = QLabel(advanced_page)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        top = QHBoxLayout()
        self.profile_label = QLabel(self)
        top.addWidget(self.profile_label)
        self.profiles = QComboBox(self)
        self.profiles.setObjectName("profileCombo")
        self.profiles.addItems(names)
        top.addWidget(self.profiles, 1)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newProfileButton")
        self.new_button.clicked.connect(self._new_profile)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.service = QGroupBox(self)
        form = QFormLayout(self.service)
        self.name = QLineEdit(self)
        self.name.setObjectName("profileName")
        self.label = QLineEdit(self)
        self.label.setObjectName("profileLabel")
        self._row(form, lambda: self.tr("Name:"), self.name)
        self._row(form, lambda: self.tr("Shown as:"), self.label)
        self.urls: dict[str, QLineEdit] = {}
        for number, key in enumerate(_URL_FIELDS):
            edit = QLineEdit(self)
            edit.setObjectName(key)
            self.urls[key] = edit
            self._row(form, partial(self._url_label, number), edit)
        layout.addWidget(self.service)

        self.client = QGroupBox(self)
        form = QFormLayout(self.client)
        self.client_id = _line_edit(self, "clientId")
        self._row(form, lambda: self.tr("Client id:"), self.client_id)
        self.client_secret = _line_edit(self, "clientSecret", secret=True)
        self._row(form, lambda: self.tr("Client secret:"), self.client_secret)
        self.scope = _line_edit(self, "scope")
        self._row(form, lambda: self.tr("Scope:"), self.scope)
        self.auth_method = QComboBox(self)
        self.auth_method.setObjectName("clientAuthMethod")
        # Its longest choice, translated, would widen the dialog past small screens: the
        # closed box shows what fits, the open list shows every choice whole.
        self.auth_method.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.auth_method.setMinimumContentsLength(24)
        for value in _AUTH_METHODS:
            self.auth_method.addItem("", value)
        self._row(form, lambda: self.tr("Client authentication:"), self.auth_method)
        self.app_client_id = _line_edit(self, "appClientId")
        self._row(form, lambda: self.tr("Public-data client id:"), self.app_client_id)
        self.app_client_secret = _line_edit(self, "appClientSecret", secret=True)
        self._row(form, lambda: self.tr("Public-data secret:"), self.app_client_secret)
        self.partner_tag = QLineEdit(self)
        self.partner_tag.setObjectName("partnerTag")
        self._row(form, lambda: self.tr("Partner tag:"), self.partner_tag)
        self.port = QSpinBox(self)
        self.port.setObjectName("redirectPort")
        self.port.setRange(0, 65535)
        self._row(form, lambda: self.tr("Redirect port:"), self.port)
        layout.addWidget(self.client)

        self.tracking_box = tracking = QGroupBox(self)
        form = QFormLayout(tracking)
        self.tracking: dict[str, QLineEdit] = {}
        for key in TRACKING_KEYS:
            edit = QLineEdit(self)
            edit.setObjectName(f"tracking_{key}")
            self.tracking[key] = edit
            form.addRow(f"{key}:", edit)  # a parameter's name, as the partner portal spells it
        layout.addWidget(tracking)

        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout = outer

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveSettingsButton")
        self.use_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ApplyRole)
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
        self.retranslate()

    def _row(self, form: QFormLayout, text: Callable[[], str], field: QWidget) -> None:
        """A labelled row whose label (and the field's accessible name) follow the language."""
        label = QLabel(self)
        label.setBuddy(field)
        self._form_labels.append((label, text))
        form.addRow(label, field)

    def _url_label(self, number: int) -> str:
        return self.tr("%1:").replace("%1", _url_texts()[number])

    def _add_language(self, languages: list[tuple[str, str]], language: str) -> None:
        """The Language row of Appearance: the system's, then each language by its own name."""
        self.language = QComboBox(self.general_page)
        self.language.setObjectName("languageCombo")
        self.language.addItem("", "")  # the system's language (its words: retranslate)
        for code, name in languages:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(str(self.language.currentData() or ""))
        )
        self._row(self.appearance_form, lambda: self.tr("&Language:"), self.language)

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Advanced"))
        self.look.setTitle(self.tr("Appearance"))
        for row, name in enumerate(theme_names()):
            self.theme.setItemText(row, name)
        for row, name in enumerate(text_size_names()):
            self.text_size.setItemText(row, name)
        self.language.setItemText(0, self.tr("System default"))
        self.notices.setTitle(self.tr("Notifications"))
        self.notify.setText(self.tr("Notify me about the polls I follow"))
        self.tray.setText(self.tr("Close to the system tray"))
        self.tray_hint.setText(self.tr("The app keeps checking the polls you follow from there."))
        self.tray.setAccessibleDescription(self.tray_hint.text())
        for label, text in self._form_labels:
            label.setText(text())
            # The field is read by its label's words, without the mnemonic and the colon.
            label.buddy().setAccessibleName(label.text().replace("&", "").rstrip(": ").strip())
        self.intro.setText(
            self.tr(
                "The service this app talks to and the client it signs in as. "
                "The sandbox needs nothing here."
            )
        )
        self.profile_label.setText(self.tr("Profile:"))
        self.profiles.setAccessibleName(self.tr("Profile"))
        self.new_button.setText(self.tr("New profile…"))
        self.service.setTitle(self.tr("Service"))
        self.client.setTitle(self.tr("Client (from the developer portal)"))
        self.client_secret.setPlaceholderText(
            self.tr("Stored in the system keyring; leave empty to keep it")
        )
        self.scope.setPlaceholderText(self.tr("The server's default"))
        for row, method in enumerate(_auth_method_texts()):
            self.auth_method.setItemText(row, method)
        self.app_client_id.setPlaceholderText(self.tr("The client id above"))
        self.app_client_secret.setPlaceholderText(
            self.tr("For a separate public-data client; stored in the system keyring")
        )
        self.port.setSpecialValueText(self.tr("Chosen automatically"))
        self.port.setAccessibleName(self.tr("Pinned redirect port"))
        self.tracking_box.setTitle(self.tr("Conversion tracking (optional)"))
        self.save_button.setText(self.tr("Save"))
        self.use_button.setText(self.tr("Save and use"))
        self._show_sandbox_tips()
        if self._status is not None:
            self.error.setText(self._status())

    def _say(self, text: Callable[[], str] | None) -> None:
        """Show a sentence under the form, kept in step with the language."""
        self._status = text
        self.error.setText(text() if text is not None else "")

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
        look = self.look = QGroupBox(page)
        form = QFormLayout(look)
        self.theme = QComboBox(look)
        self.theme.setObjectName("themeCombo")
        for value in THEMES:
            self.theme.addItem("", value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self._row(form, lambda: self.tr("&Theme:"), self.theme)
        self.text_size = QComboBox(look)
        self.text_size.setObjectName("textSizeCombo")
        for scale in TEXT_SIZES:
            self.text_size.addItem("", scale)
        chosen = min(range(len(TEXT_SIZES)), key=lambda i: abs(TEXT_SIZES[i] - text_size))
        self.text_size.setCurrentIndex(chosen)
        self._row(form, lambda: self.tr("Te&xt size:"), self.text_size)
        # The language row belongs in this group, after the text size.
        self.appearance_form = form
        self.theme.currentIndexChanged.connect(lambda _i: self._appearance_edited())
        self.text_size.currentIndexChanged.connect(lambda _i: self._appearance_edited())
        column.addWidget(look)

        notices = self.notices = QGroupBox(page)
        box = QVBoxLayout(notices)
        self.notify = QCheckBox(notices)
        self.notify.setObjectName("notifyCheck")
        self.tray = QCheckBox(notices)
        self.tray.setObjectName("trayCheck")
        self.tray_hint = QLabel(notices)
        self.tray_hint.setObjectName("trayHint")
        self.tray_hint.setWordWrap(True)
        self.tray_hint.setIndent(24)  # under the check box's text, not its box
        # Each box shows and sets its action (the header's Notifications menu shows the same).
        self._mirrors: list[tuple[QCheckBox, QAction]] = []
        for check, action in ((self.notify, notify_action), (self.tray, tray_action)):
            if action is None:
                check.hide()
                if check is self.tray:
                    self.tray_hint.hide()
                continue
            check.setChecked(action.isChecked())
            check.setEnabled(action.isEnabled())
            check.setToolTip("" if action.isEnabled() else action.toolTip())
            check.toggled.connect(action.setChecked)
            action.toggled.connect(self._actions_toggled)
            self._mirrors.append((check, action))
            box.addWidget(check)
            if check is self.tray:
                # What "close to the tray" means, on a line that wraps (a check box's text does
                # not, and a translation may be long).
                box.addWidget(self.tray_hint)
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
            error = exc
            self._say(lambda: describe(error))
            return
        self._profile = profile
        self.name.setText(profile.name)
        self.name.setReadOnly(True)
        self.label.setText(profile.label)
        live = self._live if profile.kind == ProfileKind.SANDBOX else None
        shown = live if live is not None and live.kind == ProfileKind.SANDBOX else profile
        for key, edit in self.urls.items():
            edit.setText(getattr(shown, key))
            # The embedded sandbox's address is the one it runs on now, not one to edit.
            edit.setReadOnly(shown is not profile)
        self._show_sandbox_tips()
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
        self._say(None)

    def _show_sandbox_tips(self) -> None:
        for edit in self.urls.values():
            edit.setToolTip(
                self.tr(
                    "The sandbox built into the app runs here; it picks a free port when it starts."
                )
                if edit.isReadOnly()
                else ""
            )

    def _new_profile(self) -> None:
        base = self._profile
        if base is None:
            return
        self._profile = replace(
            base, name="", label="", kind=ProfileKind.CUSTOM, client_id="", app_client_id=""
        )
        self.name.setReadOnly(False)
        self.name.clear()
        self.label.clear()
        self.client_id.clear()
        self.client_secret.clear()
        self.app_client_id.clear()
        self.app_client_secret.clear()
        self.name.setFocus()
        self._say(lambda: self.tr("Give the new profile a name, then its URLs and client id."))

    def edited_profile(self) -> Profile:
        """The profile as edited; raises ConfigError if it is not valid."""
        if self._profile is None:
            raise ConfigError(ConfigError.NOT_CHOSEN)
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

    def _field_of(self, error: ConfigError) -> QWidget | None:
        """The field a validation error is about (the setting it names)."""
        fields: dict[str, QWidget | None] = {
            **self.urls,
            "app_client_id": self.app_client_id,
            "client_id": self.client_id,
            "name": self.name,
            "redirect_port": self.port,
            "tracking": next(iter(self.tracking.values()), None),
        }
        return fields.get(error.setting or "")

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
            error = exc
            self._say(lambda: describe(error))
            self._mark(self._field_of(error))
            return
        self._mark(None)
        self._say(lambda: self.tr("Saving…"))
        self._use_after_save = use
        secret = self.client_secret.text() or None
        app_secret = self.app_client_secret.text() or None
        self.save_requested.emit(profile, secret, app_secret)

    def saved(self, name: str) -> None:
        self.client_secret.clear()
        self.app_client_secret.clear()
        if self.profiles.findText(name) < 0:
            self.profiles.addItem(name)
        self._say(lambda: self.tr("Saved."))
        if self._use_after_save:
            self.use_requested.emit(name)
            self.accept()

    def failed(self, exc: BaseException) -> None:
        self._say(lambda: describe(exc))
