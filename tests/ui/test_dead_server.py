"""Against a server that is down or refuses: every wait has a bound the window states, and the
sentence says what happened (real sandbox with injected 503s, real loopback sockets)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt

from partner_desktop.models.polls import PollRoles
from tests.helpers.window import select_poll, vote_and_confirm


def test_a_vote_answered_503_says_the_bound_then_not_counted(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    server = make_sandbox()
    harness = make_app(server)
    harness.wait_loaded()
    harness.sign_in()
    window = harness.window
    window.services.votes.deadline = 3.0
    detail = window.detail
    select_poll(window, lambda i: i.data(PollRoles.StatusRole) == "open")
    qtbot.waitUntil(lambda: detail.user_poll is not None, timeout=10_000)
    before = detail.user_poll.poll.used_token_count
    detail.radio_buttons()[0].setChecked(True)
    server.set_faults(error_rate=1.0)
    vote_and_confirm(qtbot, window)
    started = time.monotonic()
    qtbot.waitUntil(lambda: "Sending" in detail.vote_status.text(), timeout=2_000)
    assert "at most 3 seconds" in detail.vote_status.text()
    qtbot.waitUntil(lambda: "Sending" not in detail.vote_status.text(), timeout=10_000)
    assert time.monotonic() - started < 3.0 + 1.5
    text = detail.vote_status.text()
    assert "unavailable" in text
    assert "not counted" in text
    assert "connection" not in text
    assert detail.vote_button.isEnabled(), "the vote can be sent again"
    # Once the server is back, the same vote is sent again and counts once.
    server.set_faults(error_rate=0.0)
    tokens = detail.token_count.value()
    vote_and_confirm(qtbot, window)
    qtbot.waitUntil(
        lambda: detail.user_poll is not None and detail.user_poll.user_vote is not None,
        timeout=10_000,
    )
    assert detail.user_poll.poll.used_token_count == before + tokens


def test_sign_in_says_how_long_it_waits(make_app: Any, sandbox: Any, qtbot: Any) -> None:
    harness = make_app(sandbox)
    harness.wait_loaded()
    window = harness.window
    said: list[str] = []
    window.services.session.sign_in_started.connect(
        lambda _url: said.append(window.dialogs.sign_in_dialog().message.text())
    )
    harness.sign_in()
    assert said, "the dialog was shown"
    minutes = round(window.services.session.sign_in_timeout / 60)
    assert f"at most {minutes} minutes" in said[0]


def test_sign_in_against_a_stopped_server_says_so_and_opens_no_browser(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    server = make_sandbox()
    harness = make_app(server)
    harness.wait_loaded()
    window = harness.window
    server.stop()
    started = time.monotonic()
    qtbot.waitUntil(window.header.sign_in_button.isEnabled)  # the remembered sign-in is read
    qtbot.mouseClick(window.header.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    assert time.monotonic() - started < 6.0
    assert "browser was not opened" in window.banner.text.text()
    assert harness.browser.urls == []
    assert window.dialogs.sign_in_dialog().isHidden()
    qtbot.waitUntil(window.header.sign_in_button.isEnabled, timeout=2_000)
