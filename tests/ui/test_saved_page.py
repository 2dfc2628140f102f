"""At start the window shows the polls the last run saw, with their time, then the server's."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from partner_desktop.models.polls import PollListModel, PollRoles
from partner_desktop.ui.format import clock_time, local_time


def _ids(model: PollListModel) -> list[str]:
    return [model.index(r, 0).data(PollRoles.IdRole) for r in range(model.rowCount())]


def test_a_second_start_shows_the_saved_polls_at_once_then_the_servers(
    make_app: Any, make_sandbox: Any, qtbot: Any, tmp_path: Any
) -> None:
    server = make_sandbox()
    base = tmp_path / "person"
    first = make_app(server, base=base)
    first.wait_loaded()
    seen = _ids(first.window.all_model)
    assert len(seen) == 16  # the first section: the open polls
    first.close()

    # The saved page says it is from three days ago, and the server is slow today.
    saved = next(first.paths.page_cache_dir.glob("*.json"))
    record = json.loads(saved.read_text(encoding="utf-8"))
    days_ago = datetime.now(UTC) - timedelta(days=3)
    record["saved_at"] = days_ago.isoformat()
    saved.write_text(json.dumps(record), encoding="utf-8")
    server.set_faults(latency_ms=800)

    second = make_app(server, base=base, start=False)
    window = second.window
    window.polls.show_saved_page()
    window.show()
    # On screen before any answer: the same polls, and the day they were saved.
    assert _ids(window.all_model) == seen
    # Dated as the interface language writes dates (tests/ui/test_translations.py checks each).
    assert window.refresh_label.text() == f"Updated {local_time(days_ago)}"
    assert window.poll_list.isVisible()

    with qtbot.waitSignal(window.polls.refreshed, timeout=15_000):  # the server's answer
        window.start()
    # Today, from the server: the time of day alone.
    assert window.refresh_label.text() == f"Updated {clock_time(window._refreshed_at)}"
    assert _ids(window.all_model) == seen
