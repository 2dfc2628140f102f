"""Partner logos: fetched off the GUI thread, then served from memory and from the disk cache."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from partner_desktop.api.models import PollQuery
from partner_desktop.controllers.images import ImageController


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
