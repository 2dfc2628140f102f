"""The overview controller against the real sandbox: one load at a time is visible to callers."""

from __future__ import annotations

import asyncio
from typing import Any

from partner_desktop.controllers.overview import OverviewController


def test_a_load_on_its_way_is_known_until_its_answer_is_shown(
    wire: Any, make_sandbox: Any, qtbot: Any
) -> None:
    """The window's clock asks for a new overview only when none is on its way: on a server
    slower than its one-second tick, each new load would make the last one out of date."""
    w = wire(make_sandbox(latency_ms=400))
    overview = OverviewController(w.client)
    loaded: list[object] = []
    overview.loaded.connect(loaded.append)
    assert not overview.loading
    task = asyncio.ensure_future(overview.load())
    qtbot.waitUntil(lambda: overview.loading, timeout=2_000)
    qtbot.waitUntil(task.done, timeout=10_000)
    assert not overview.loading
    assert loaded == [overview.last]
    assert overview.last is not None
    assert overview.last.open_count > 0
