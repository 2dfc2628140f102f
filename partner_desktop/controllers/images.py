"""Partner logos: fetched off the GUI thread, cached in memory and on disk, both bounded."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from partner_desktop.controllers.tasks import TaskSet, in_worker
from partner_desktop.errors import ApiError, NetworkError, PartnerError
from partner_desktop.paths import write_atomically

if TYPE_CHECKING:
    from partner_desktop.api.client import PollsClient

log = logging.getLogger(__name__)

#: Downloads at a time: a screenful of new logos must not fill every worker thread (each one
#: competes with the GUI thread for the GIL; bench/gui_stall.py).
MAX_DOWNLOADS = 3
#: Longest side of a decoded logo: the list draws it at 44 px, three times that on the densest
#: screens. A picture is decoded straight to this size, never kept larger.
LOGO_PIXELS = 132
#: Largest picture decoded at all. Qt decodes a PNG whole before scaling it, so a 250 KB file of
#: 8000 x 8000 pixels would take 256 MB for a moment (bench/image_memory.py); read from the
#: header first (QImageReader.size), anything past this is refused without decoding.
MAX_SOURCE_PIXELS = 4096 * 4096
#: Decoded logos kept in memory (bytes, 4 per pixel); the least recently used go first.
MEMORY_BUDGET = 16 * 1024 * 1024
#: Downloaded pictures kept on disk (bytes), and for how long (seconds): a partner's new logo
#: shows within a week, and the folder never grows past this.
DISK_BUDGET = 20 * 1024 * 1024
DISK_MAX_AGE = 7 * 24 * 3600.0
#: The disk cache is pruned at the first download and after every this many.
_PRUNE_EVERY = 25

#: One decode at a time: the peak memory of a decode is then that of one picture.
_DECODE_LOCK = threading.Lock()


def image_format(data: bytes) -> bytes:
    """The format of a picture by its first bytes (PNG, JPEG, GIF, WebP), else SVG's.

    Told the format, Qt's reader asks no other format's plugin whether it can read the data.
    Asking them runs the SVG plugin's text sniffing, which makes a signal connection; made on a
    worker thread that holds the GIL, it waited for a Qt lock the GUI thread held while it waited
    for the GIL: the app hung (seen once in the UI tests, the stack in the worker's
    ``QImageReader::size``)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return b"png"
    if data.startswith(b"\xff\xd8\xff"):
        return b"jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return b"gif"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return b"webp"
    return b"svg"


def decode_logo(data: bytes, *, side: int = LOGO_PIXELS) -> QImage:
    """``data`` decoded to fit in ``side`` x ``side`` pixels (never enlarged), dimensions first."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(image_format(data)))
    reader.setAutoDetectImageFormat(False)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        raise ApiError("undecodable")
    if size.width() * size.height() > MAX_SOURCE_PIXELS:
        raise ApiError("too_large")
    if size.width() > side or size.height() > side:
        reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    with _DECODE_LOCK:
        image = reader.read()
    if image.isNull():
        raise ApiError("undecodable")
    return image


class ImageController(QObject):
    """``pixmap(url)`` answers from memory, else starts a fetch and emits ``image_ready``."""

    image_ready = Signal(str)  # url
    #: The last download on its way has ended (loaded or failed).
    idle = Signal()

    def __init__(
        self,
        client: PollsClient,
        cache_dir: Path,
        parent: QObject | None = None,
        *,
        memory_budget: int = MEMORY_BUDGET,
        disk_budget: int = DISK_BUDGET,
        disk_max_age: float = DISK_MAX_AGE,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._cache_dir = cache_dir
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._memory_used = 0
        self._memory_budget = memory_budget
        self._disk_budget = disk_budget
        self._disk_max_age = disk_max_age
        self._writes = 0
        self._prune_lock = threading.Lock()
        self._pending: set[str] = set()
        self._failed: set[str] = set()
        self._tasks = TaskSet()
        self._slots = asyncio.Semaphore(MAX_DOWNLOADS)

    @property
    def memory_used(self) -> int:
        """Bytes of the decoded logos held in memory."""
        return self._memory_used

    def cache_file(self, url: str) -> Path:
        return self._cache_dir / (hashlib.sha256(url.encode()).hexdigest() + ".img")

    def pixmap(self, url: str) -> QPixmap | None:
        cached = self._pixmaps.get(url)
        if cached is not None:
            self._pixmaps.move_to_end(url)
            return cached
        if url not in self._pending and url not in self._failed:
            self._pending.add(url)
            self._tasks.spawn(self.fetch(url), name="fetch image")
        return None

    async def fetch(self, url: str) -> QPixmap | None:
        try:
            async with self._slots:
                image = await in_worker(self._load, url)
            pixmap = QPixmap.fromImage(image)  # QPixmap belongs to the GUI thread
        except (PartnerError, OSError, ValueError) as exc:
            # ValueError: an address no parser accepts. Remembered, so no repaint asks again.
            log.info("Image %s not available: %s", url[:200], exc)
            self._failed.add(url)
            return None
        finally:
            self._pending.discard(url)
            if not self._pending:
                self.idle.emit()
        self._keep(url, pixmap)
        self.image_ready.emit(url)
        return pixmap

    def _keep(self, url: str, pixmap: QPixmap) -> None:
        """Hold ``pixmap`` in memory, dropping the least recently painted past the budget."""
        old = self._pixmaps.pop(url, None)
        if old is not None:
            self._memory_used -= _cost(old)
        self._pixmaps[url] = pixmap
        self._memory_used += _cost(pixmap)
        while self._memory_used > self._memory_budget and len(self._pixmaps) > 1:
            _, dropped = self._pixmaps.popitem(last=False)
            self._memory_used -= _cost(dropped)

    def _load(self, url: str) -> QImage:
        """Read or download, and decode, on a worker thread (QImage is not tied to a thread)."""
        return decode_logo(self._read_or_download(url))

    def _read_or_download(self, url: str) -> bytes:
        path = self.cache_file(url)
        try:
            age = time.time() - path.stat().st_mtime
        except OSError:
            age = None
        if age is not None and age <= self._disk_max_age:
            return path.read_bytes()
        try:
            data = self._client.fetch_image(url)
        except NetworkError:
            if age is None:
                raise
            return path.read_bytes()  # offline: last week's logo beats none
        write_atomically(path, data)
        self._writes += 1
        if self._writes % _PRUNE_EVERY == 1:
            self.prune_disk()
        return data

    def prune_disk(self) -> None:
        """Delete cached pictures older than the maximum age, then the oldest past the budget."""
        with self._prune_lock:
            now = time.time()
            files: list[tuple[float, int, Path]] = []
            try:
                entries = list(self._cache_dir.glob("*.img"))
            except OSError:
                return
            for path in entries:
                try:
                    info = path.stat()
                except OSError:
                    continue
                if now - info.st_mtime > self._disk_max_age:
                    path.unlink(missing_ok=True)
                else:
                    files.append((info.st_mtime, info.st_size, path))
            total = sum(size for _, size, _ in files)
            for _, size, path in sorted(files):
                if total <= self._disk_budget:
                    break
                path.unlink(missing_ok=True)
                total -= size

    def shutdown(self) -> None:
        self._tasks.cancel_all()


def _cost(pixmap: QPixmap) -> int:
    return max(pixmap.width() * pixmap.height() * 4, 1)
