"""Partner logos: fetched off the GUI thread, cached in memory and on disk."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from partner_desktop.controllers.tasks import TaskSet, in_worker
from partner_desktop.errors import PartnerError
from partner_desktop.paths import write_atomically

if TYPE_CHECKING:
    import asyncio

    from partner_desktop.api.client import PollsClient  # type only: keeps requests out of start-up

log = logging.getLogger(__name__)

#: Downloads at a time: a screenful of new logos must not fill every worker thread (each one
#: competes with the GUI thread for the GIL; bench/gui_stall.py).
MAX_DOWNLOADS = 3


class ImageController(QObject):
    """``pixmap(url)`` answers from memory, else starts a fetch and emits ``image_ready``."""

    image_ready = Signal(str)  # url

    def __init__(self, client: PollsClient, cache_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._cache_dir = cache_dir
        self._pixmaps: dict[str, QPixmap] = {}
        self._pending: set[str] = set()
        self._failed: set[str] = set()
        self._tasks = TaskSet()
        self._slots: asyncio.Semaphore | None = None  # made with the first download

    def cache_file(self, url: str) -> Path:
        return self._cache_dir / (hashlib.sha256(url.encode()).hexdigest() + ".img")

    def pixmap(self, url: str) -> QPixmap | None:
        cached = self._pixmaps.get(url)
        if cached is not None:
            return cached
        if url not in self._pending and url not in self._failed:
            self._pending.add(url)
            self._tasks.spawn(self.fetch(url), name="fetch image")
        return None

    async def fetch(self, url: str) -> QPixmap | None:
        try:
            if self._slots is None:
                import asyncio

                self._slots = asyncio.Semaphore(MAX_DOWNLOADS)
            async with self._slots:
                image = await in_worker(self._load, url)
            pixmap = QPixmap.fromImage(image)  # QPixmap belongs to the GUI thread
        except (PartnerError, OSError) as exc:
            log.info("Image %s not available: %s", url, exc)
            self._failed.add(url)
            return None
        finally:
            self._pending.discard(url)
        self._pixmaps[url] = pixmap
        self.image_ready.emit(url)
        return pixmap

    def _load(self, url: str) -> QImage:
        """Read or download, and decode, on a worker thread (QImage is not tied to a thread)."""
        image = QImage.fromData(self._read_or_download(url))
        if image.isNull():
            raise PartnerError("The image could not be decoded.")
        return image

    def _read_or_download(self, url: str) -> bytes:
        path = self.cache_file(url)
        if path.is_file():
            return path.read_bytes()
        data = self._client.fetch_image(url)
        write_atomically(path, data)
        return data

    def shutdown(self) -> None:
        self._tasks.cancel_all()
