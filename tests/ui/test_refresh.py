"""An open poll on screen refreshes by itself, so its results and quorum stay current."""

from __future__ import annotations

from typing import Any

from partner_desktop.models.polls import PollRoles


def test_a_visible_open_poll_is_refreshed_periodically(
    make_app: Any, sandbox: Any, qtbot: Any
) -> None:
    harness = make_app(sandbox, detail_refresh_ms=150)
    window = harness.window
    harness.wait_loaded()
    model = window.lists.all_model
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(PollRoles.StatusRole) == "open"
    )
    loaded: list[str] = []
    window.services.polls.poll_loaded.connect(lambda poll, _up: loaded.append(poll.id))
    window.lists.poll_list.setCurrentIndex(model.index(row, 0))
    poll_id = model.index(row, 0).data(PollRoles.IdRole)
    qtbot.waitUntil(lambda: loaded.count(poll_id) >= 3, timeout=10_000)


def test_a_closed_poll_is_not_polled(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox, detail_refresh_ms=100)
    window = harness.window
    harness.wait_loaded()
    window.filters.status_filter.setCurrentIndex(window.filters.status_filter.findText("Closed"))
    model = window.lists.all_model
    qtbot.waitUntil(
        lambda: (
            model.rowCount() > 0
            and not window.services.polls.is_loading("all")
            and all(
                model.index(r, 0).data(PollRoles.StatusRole) == "closed"
                for r in range(model.rowCount())
            )
        ),
        timeout=10_000,
    )
    loaded: list[str] = []
    window.services.polls.poll_loaded.connect(lambda poll, _up: loaded.append(poll.id))
    window.lists.poll_list.setCurrentIndex(model.index(0, 0))
    qtbot.waitUntil(lambda: len(loaded) == 1, timeout=10_000)  # the one load on selection
    qtbot.wait(500)  # five refresh periods
    assert len(loaded) == 1
