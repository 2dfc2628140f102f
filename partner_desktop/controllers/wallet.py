"""The signed-in person's wallet: a balance per fan token, loaded off the GUI thread."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from partner_desktop.api.models import WalletEntry
from partner_desktop.controllers.tasks import TaskSet, in_worker
from partner_desktop.errors import PartnerError

if TYPE_CHECKING:
    from partner_desktop.api.client import PollsClient

log = logging.getLogger(__name__)


class WalletController(QObject):
    """Loads the wallet; a newer load makes an older answer stale."""

    loaded = Signal(object)  # tuple[WalletEntry, ...], largest balance first
    failed = Signal(object)  # exception

    def __init__(self, client: PollsClient, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._tasks = TaskSet()
        self._generation = 0

    def start_load(self) -> None:
        self._tasks.spawn(self.load(), name="load wallet")

    async def load(self) -> tuple[WalletEntry, ...] | None:
        self._generation += 1
        generation = self._generation
        try:
            entries = await in_worker(self._client.get_wallet)
        except PartnerError as exc:
            if generation == self._generation:
                log.warning("Loading the wallet failed: %s", exc)
                self.failed.emit(exc)
            return None
        if generation != self._generation:
            return None
        shown = tuple(
            sorted(entries, key=lambda e: (-e.total_balance, e.currency.short_code.casefold()))
        )
        self.loaded.emit(shown)
        return shown

    def shutdown(self) -> None:
        self._tasks.cancel_all()
