"""At start the window shows the polls the last run saw, with their time, then the server's."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from partner_desktop.models.polls import PollRoles


def test_a_second_start_shows_the_saved_polls_at_once_then_the_servers(
    make_app: Any, make_sandbox: Any, qtbot: Any, tmp_path: Any
) -> None:
    server = make_sandbox()
    base = tmp_path / "person"
    first = make_app(server, base=base)
    first.wait_loaded()
    seen = [first.window.all_model.index(r, 0).data(PollRoles.IdRole) for r in range(20)]
    first.close()

    # The saved page says it is from three days ago, and the server is slow today.
    saved = next((base / "cache" / "pages").glob("*.json"))
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
    assert [window.all_model.index(r, 0).data(PollRoles.IdRole) for r in range(20)] == seen
    assert window.refresh_label.text() == f"Updated {days_ago.astimezone():%d %b %Y %H:%M}"
    assert window.poll_list.isVisible()

    window.start()
    qtbot.waitUntil(lambda: not window.polls.is_loading("all"), timeout=15_000)
    qtbot.waitUntil(lambda: window.refresh_label.text().count(":") == 2, timeout=5_000)
    assert len(window.refresh_label.text()) == len("Updated 12:34:56")  # today, from the server
    assert [window.all_model.index(r, 0).data(PollRoles.IdRole) for r in range(20)] == seen
