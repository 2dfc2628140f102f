"""Settings use cases: save a profile, and its client secret in the keyring."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from partner_desktop.config import Profile, ProfileStore
from partner_desktop.controllers.tasks import TaskSet, in_worker
from partner_desktop.errors import PartnerError

if TYPE_CHECKING:
    from partner_desktop.auth.token_store import TokenStore

log = logging.getLogger(__name__)


class SettingsController(QObject):
    """Profiles live in TOML files; the client secret goes to the keyring only."""

    saved = Signal(str)  # profile name
    failed = Signal(object)  # exception

    def __init__(
        self, profiles: ProfileStore, store: TokenStore, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._profiles = profiles
        self._store = store
        self._tasks = TaskSet()

    def names(self) -> list[str]:
        return self._profiles.names()

    def load(self, name: str) -> Profile:
        return self._profiles.load(name)

    def start_save(
        self, profile: Profile, secret: str | None, app_secret: str | None = None
    ) -> None:
        self._tasks.spawn(self.save(profile, secret, app_secret), name="save settings")

    async def save(
        self, profile: Profile, secret: str | None, app_secret: str | None = None
    ) -> bool:
        """Validate and write the profile (``ProfileStore.save``), and store the secrets (None
        keeps the stored one); ``app_secret`` is the public-data client's (``app_client_id``)."""
        try:
            await in_worker(self._write, profile, secret, app_secret)
        except PartnerError as exc:
            log.warning("Saving the profile %s failed: %s", profile.name, exc)
            self.failed.emit(exc)
            return False
        self.saved.emit(profile.name)
        return True

    def _write(self, profile: Profile, secret: str | None, app_secret: str | None) -> None:
        # One worker call: a save whose window closes meanwhile still writes every part.
        self._profiles.save(profile)
        if secret:
            self._store.save_secret(profile.name, secret)
        if app_secret:
            self._store.save_secret(profile.name, app_secret, app=True)

    def shutdown(self) -> None:
        """Stop waiting for a save (its worker call still writes the whole profile)."""
        self._tasks.cancel_all()
