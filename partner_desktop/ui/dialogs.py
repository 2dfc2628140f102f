"""The main window's dialogs: settings, sign-in and wallet, each built when first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from partner_desktop.api.models import WalletEntry
from partner_desktop.config import Profile
from partner_desktop.ui.appearance import text_scale, theme_name
from partner_desktop.ui.errors import describe
from partner_desktop.ui.i18n import SETTING as LANGUAGE_SETTING
from partner_desktop.ui.i18n import available_languages, language_name

if TYPE_CHECKING:
    from partner_desktop.ui.main_window import MainWindow
    from partner_desktop.ui.settings_dialog import SettingsDialog
    from partner_desktop.ui.signin import SignInDialog
    from partner_desktop.ui.wallet import WalletDialog
    from partner_desktop.wiring import ProfileServices


class WindowDialogs(QObject):
    """Opens the window's dialogs over ``window`` and connects them to the services; nothing
    opens before ``attach``."""

    appearance_changed = Signal(str, float)  # theme, text size
    language_chosen = Signal(str)
    profile_chosen = Signal(str)  # "Use this profile" in Settings

    def __init__(
        self,
        window: MainWindow,
        profile: Profile,
        ui_settings: QSettings,
        *,
        advanced: bool,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._profile = profile
        self._ui_settings = ui_settings
        self._advanced = advanced
        self.services: ProfileServices | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.sign_in: SignInDialog | None = None
        self.wallet: WalletDialog | None = None

    def attach(self, services: ProfileServices) -> None:
        self.services = services
        services.wallet.loaded.connect(self._on_wallet)
        services.wallet.failed.connect(self._on_wallet_failed)
        services.session.sign_in_started.connect(self._on_sign_in_started)

    def open_settings(self) -> None:
        if self.services is None:
            return
        # Dialogs load when first opened, not before the first paint (python -X importtime:
        # settings 9.5 ms, wallet 2.9 ms, sign-in 1.6 ms).
        from partner_desktop.ui.settings_dialog import SettingsDialog  # noqa: PLC0415

        controller, s = self.services.settings, self._ui_settings
        dialog = SettingsDialog(
            controller.names(),
            controller.load,
            self._profile.name,
            self._window,
            theme=theme_name(s.value("appearance/theme", "system")),
            text_size=text_scale(s.value("appearance/text_size", 1.0)),
            notify_action=self._window.header.notify_action,
            tray_action=self._window.header.tray_action,
            advanced=self._advanced,
            live=self._profile,
            languages=[(code, language_name(code)) for code in available_languages()],
            language=str(s.value(LANGUAGE_SETTING, "") or ""),
        )
        dialog.appearance_changed.connect(self.appearance_changed)
        dialog.language_chosen.connect(self.language_chosen)
        dialog.save_requested.connect(controller.start_save)
        controller.saved.connect(dialog.saved)
        controller.failed.connect(dialog.failed)
        dialog.use_requested.connect(self.profile_chosen)
        dialog.finished.connect(lambda _r: self._settings_closed(dialog))
        self.settings_dialog = dialog
        dialog.open()

    def _settings_closed(self, dialog: SettingsDialog) -> None:
        if self.services is not None:
            self.services.settings.saved.disconnect(dialog.saved)
            self.services.settings.failed.disconnect(dialog.failed)
        self.settings_dialog = None
        dialog.deleteLater()

    def sign_in_dialog(self) -> SignInDialog:
        """The sign-in dialog, built when a sign-in first starts."""
        if self.sign_in is None:
            from partner_desktop.ui.signin import SignInDialog  # noqa: PLC0415 - see open_settings

            self.sign_in = SignInDialog(self._window)
            if self.services is not None:
                self.sign_in.cancel_requested.connect(self.services.session.cancel_sign_in)
                self.sign_in.open_again_requested.connect(self.services.session.open_again)
        return self.sign_in

    def _on_sign_in_started(self, url: str) -> None:
        if self.services is not None:
            self.sign_in_dialog().waiting(url, self.services.session.sign_in_timeout)

    def finish_sign_in(self) -> None:
        if self.sign_in is not None:
            self.sign_in.finish()

    def open_wallet(self) -> None:
        """The wallet dialog, loading the balances afresh."""
        s = self.services
        if s is None or not s.session.is_signed_in:
            return
        if self.wallet is None:
            from partner_desktop.ui.wallet import WalletDialog  # noqa: PLC0415 - see open_settings

            self.wallet = WalletDialog(self._window)
            self.wallet.refresh_requested.connect(s.wallet.start_load)
        self.wallet.show_failure(self.tr("Loading your wallet…"))
        self.wallet.open()
        s.wallet.start_load()

    def close_wallet(self) -> None:
        if self.wallet is not None:
            self.wallet.reject()

    def _on_wallet(self, entries: tuple[WalletEntry, ...]) -> None:
        if self.wallet is not None:
            self.wallet.show_entries(entries)

    def _on_wallet_failed(self, exc: BaseException) -> None:
        if self.wallet is not None:
            self.wallet.show_failure(describe(exc))
