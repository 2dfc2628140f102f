"""Partner logos: fetched off the GUI thread, then served from memory and from the disk cache."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from partner_desktop.api.client import PollsClient
from partner_desktop.api.models import PollQuery
from partner_desktop.config import SANDBOX
from partner_desktop.controllers.images import ImageController, decode_logo, image_format
from partner_desktop.errors import ApiError
from tests.helpers.hostile import HostileServer, NoTokens, huge_png, reply


def test_a_logo_is_fetched_once_and_cached_on_disk(
    wire: Any, make_sandbox: Any, run_async: Any, qtbot: Any, tmp_path: Path
) -> None:
    sandbox = make_sandbox()
    w = wire(sandbox)
    url = w.client.list_polls(PollQuery(limit=1)).items[0].logo_url
    assert url is not None
    images = ImageController(w.client, tmp_path / "images")
    assert images.pixmap(url) is None  # not yet: a fetch starts
    with qtbot.waitSignal(images.image_ready, timeout=10_000) as ready:
        pass
    assert ready.args == [url]
    pixmap = images.pixmap(url)
    assert pixmap is not None
    assert pixmap.width() > 0
    assert images.cache_file(url).is_file()

    # A new start reads the disk cache: it works even with the server gone.
    sandbox.stop()
    again = ImageController(w.client, tmp_path / "images")
    fresh = run_async(again.fetch(url))
    assert fresh is not None
    assert fresh.size() == pixmap.size()
    images.shutdown()
    again.shutdown()


def test_a_broken_image_is_not_retried_on_every_paint(
    wire: Any, sandbox: Any, run_async: Any, tmp_path: Path
) -> None:
    w = wire(sandbox)
    images = ImageController(w.client, tmp_path / "images")
    url = sandbox.base_url + "/static/partners/no-such-partner.png"
    assert run_async(images.fetch(url)) is None
    assert images.pixmap(url) is None
    assert images._tasks.running == 0  # remembered as failed: no new fetch


# -- hostile pictures: dimensions checked before decoding, both caches bounded -------------------


#: The list draws a logo at 44 px: three times that serves the densest screens.
LOGO_PIXELS = 132


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.fixture
def picture_host() -> Iterator[tuple[HostileServer, PollsClient]]:
    """A host serving a PNG whose side is the number in its path (``/8000.png``), and a client
    of the sandbox profile (which allows pictures from this machine)."""
    made: dict[int, bytes] = {}

    def answer(handler: BaseHTTPRequestHandler) -> None:
        side = int(handler.path.strip("/").split(".")[0].split("-")[0])
        data = made.setdefault(side, huge_png(side, side))
        reply(handler, 200, data, {"Content-Type": "image/png"})

    with HostileServer(answer) as host:
        client = PollsClient(SANDBOX.with_sandbox_base(host.url("")), NoTokens())
        yield host, client
        client.close()


def test_a_huge_picture_is_refused_from_its_header_and_a_large_one_decoded_at_logo_size(
    picture_host: tuple[HostileServer, PollsClient], run_async: Any, tmp_path: Path
) -> None:
    host, client = picture_host
    images = ImageController(client, tmp_path / "images")
    before = _rss_mb()
    # Four small files of 8000 x 8000 pixels would take 1 GB decoded.
    for i in range(4):
        assert run_async(images.fetch(host.url(f"/8000-{i}.png"))) is None
    assert _rss_mb() - before < 100
    assert images.memory_used == 0
    # A 2000 x 2000 picture is fine, but is kept at the size a logo is drawn.
    pixmap = run_async(images.fetch(host.url("/2000.png")))
    assert pixmap is not None
    assert max(pixmap.width(), pixmap.height()) == LOGO_PIXELS
    images.shutdown()


def test_the_decoded_logos_in_memory_stay_within_their_budget(
    picture_host: tuple[HostileServer, PollsClient], run_async: Any, qtbot: Any, tmp_path: Path
) -> None:
    host, client = picture_host
    one = LOGO_PIXELS * LOGO_PIXELS * 4
    images = ImageController(client, tmp_path / "images", memory_budget=3 * one)
    urls = [host.url(f"/400-{i}.png") for i in range(8)]
    for url in urls:
        assert run_async(images.fetch(url)) is not None
        assert images.memory_used <= 3 * one
    assert images.pixmap(urls[-1]) is not None  # the latest are at hand
    # The first was dropped from memory; painting it again reads it back from the disk cache.
    asked = len(host.requests)
    with qtbot.waitSignal(images.image_ready, timeout=10_000) as ready:
        assert images.pixmap(urls[0]) is None
    assert ready.args == [urls[0]]
    assert images.pixmap(urls[0]) is not None
    assert len(host.requests) == asked
    images.shutdown()


def test_the_disk_cache_drops_old_pictures_and_stays_within_its_size(
    picture_host: tuple[HostileServer, PollsClient], run_async: Any, tmp_path: Path
) -> None:
    host, client = picture_host
    folder = tmp_path / "images"
    size = len(huge_png(600, 600))
    images = ImageController(client, folder, disk_budget=3 * size, disk_max_age=3600)
    urls = [host.url(f"/600-{i}.png") for i in range(6)]
    for url in urls:
        assert run_async(images.fetch(url)) is not None
    images.prune_disk()
    assert sum(p.stat().st_size for p in folder.glob("*.img")) <= 3 * size
    assert images.cache_file(urls[-1]).is_file()
    # A picture cached two hours ago is downloaded again (a partner's new logo shows).
    old = time.time() - 7200
    os.utime(images.cache_file(urls[-1]), (old, old))
    fresh = ImageController(client, folder, disk_budget=3 * size, disk_max_age=3600)
    asked = len(host.requests)
    assert run_async(fresh.fetch(urls[-1])) is not None
    assert len(host.requests) == asked + 1
    assert images.cache_file(urls[-1]).stat().st_mtime > old + 3600
    images.shutdown()
    fresh.shutdown()


def test_an_expired_logo_is_still_shown_while_its_host_cannot_be_reached(
    run_async: Any, tmp_path: Path
) -> None:
    client = PollsClient(SANDBOX.with_sandbox_base("http://127.0.0.1:1"), NoTokens())
    images = ImageController(client, tmp_path / "images", disk_max_age=3600)
    url = "http://127.0.0.1:1/logo.png"  # nothing listens there
    cached = images.cache_file(url)
    cached.parent.mkdir(parents=True)
    cached.write_bytes(huge_png(100, 100))
    old = time.time() - 7200
    os.utime(cached, (old, old))
    pixmap = run_async(images.fetch(url))
    assert pixmap is not None
    assert pixmap.width() == 100
    images.shutdown()
    client.close()


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "GIF", "WEBP", "SVG"])
def test_each_logo_format_is_decoded_by_its_own_reader_at_logo_size(qapp: Any, kind: str) -> None:
    # The reader is told the format from the first bytes, so no other plugin is asked: asking
    # them made a signal connection on the worker thread, which could hang the app.
    expected = (LOGO_PIXELS, LOGO_PIXELS // 2)
    if kind == "SVG":
        data = (
            b'<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200">'
            b'<rect width="400" height="200" fill="#d97706"/></svg>'
        )
    elif kind == "GIF":  # Qt reads GIF but does not write it: the smallest one, 1 x 1
        data = bytes.fromhex(
            "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"
        )
        expected = (1, 1)  # never enlarged
    else:
        picture = QImage(400, 200, QImage.Format.Format_RGB32)
        picture.fill(0xD97706)
        bytes_ = QByteArray()
        buffer = QBuffer(bytes_)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        assert picture.save(buffer, kind)
        data = bytes(bytes_.data())
    assert image_format(data) == kind.lower().encode()
    image = decode_logo(data)
    assert (image.width(), image.height()) == expected


def test_bytes_of_no_picture_are_refused_as_undecodable() -> None:
    with pytest.raises(ApiError) as caught:
        decode_logo(b"\x00\x01 not a picture at all")
    assert caught.value.problem == "undecodable"
