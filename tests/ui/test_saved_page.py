"""At start the window shows the polls the last run saw, with their time, then the server's."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from partner_desktop.models.polls import PollListModel, PollRoles
from partner_desktop.sandbox import admin
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
    seen = _ids(first.window.lists.all_model)
    assert len(seen) == 16  # the first section: the open polls
    first.close()

    # The saved page says it is from three days ago, and the server is slow today.
    saved = next(first.paths.page_cache_dir.glob("*.json"))
    record = json.loads(saved.read_text(encoding="utf-8"))
    days_ago = datetime.now(UTC) - timedelta(days=3)
    record["saved_at"] = days_ago.isoformat()
    saved.write_text(json.dumps(record), encoding="utf-8")
    server.set_faults(latency_ms=800)

    second = make_app(server, base=base, start=False)  # the window, before its services start
    window = second.window
    window.show()
    # On screen before any answer: the same polls, and the day they were saved.
    assert _ids(window.lists.all_model) == seen
    # Dated as the interface language writes dates (tests/ui/test_translations.py checks each).
    assert window.status.refresh_label.text() == f"Updated {local_time(days_ago)}"
    assert window.lists.poll_list.isVisible()

    # A poll chosen while the server is still answering stays chosen: the server's page is the
    # same, so the rows are kept as they are.
    window.lists.poll_list.setCurrentIndex(window.lists.all_model.index(3, 0))
    resets: list[bool] = []
    window.lists.all_model.modelReset.connect(lambda: resets.append(True))
    second.attach()
    with qtbot.waitSignal(second.services.polls.refreshed, timeout=15_000):  # the answer
        pass  # the server answers after 0.8 s
    # Today, from the server: the time of day alone.
    refreshed_at = window.status.refreshed_at
    assert window.status.refresh_label.text() == f"Updated {clock_time(refreshed_at)}"
    assert _ids(window.lists.all_model) == seen
    assert resets == []
    assert window.lists.poll_list.currentIndex().row() == 3


def _saved_run(make_app: Any, server: Any, base: Path) -> list[str]:
    first = make_app(server, base=base)
    first.wait_loaded()
    seen = _ids(first.window.lists.all_model)
    first.close()
    return seen


def test_a_saved_page_that_changed_on_the_server_is_replaced(
    make_app: Any, make_sandbox: Any, qtbot: Any, tmp_path: Path
) -> None:
    server = make_sandbox()
    seen = _saved_run(make_app, server, tmp_path / "person")
    # The first poll's question was corrected on the server since the last run.
    admin.update_poll(server.config.db_path, seen[0], question="Who scores first tonight?")

    second = make_app(server, base=tmp_path / "person", start=False)
    window = second.window
    model = window.lists.all_model
    assert _ids(model) == seen  # the saved page, until the server answers
    assert model.index(0, 0).data(PollRoles.PollRole).question != "Who scores first tonight?"
    second.attach()
    qtbot.waitUntil(
        lambda: model.index(0, 0).data(PollRoles.PollRole).question == "Who scores first tonight?",
        timeout=15_000,
    )
    assert _ids(model) == seen


def test_with_the_server_down_the_saved_page_stays_with_an_error(
    make_app: Any, make_sandbox: Any, qtbot: Any, tmp_path: Path
) -> None:
    server = make_sandbox()
    seen = _saved_run(make_app, server, tmp_path / "person")
    server.stop()

    second = make_app(server, base=tmp_path / "person")
    window = second.window
    qtbot.waitUntil(window.banner.isVisible, timeout=15_000)
    assert _ids(window.lists.all_model) == seen
    assert window.banner.text.text()  # the sentence says why
    assert window.banner.retry_button.isVisible()
