"""Failures seen from the window: sentences with Retry, never tracebacks; no freezing."""

from __future__ import annotations

import itertools
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton

from partner_desktop.errors import (
    ApiError,
    AuthError,
    EndpointUnavailable,
    NetworkError,
    SignInTimeout,
    VoteOutcomeUnknown,
    VoteRejected,
)
from partner_desktop.ui.errors import UnexpectedErrors, describe


def test_a_failing_server_is_reported_as_a_sentence_with_retry(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    server = make_sandbox(error_rate=1.0)
    harness = make_app(server, retry_budget=0.5)
    window = harness.window
    banner = window.banner
    qtbot.waitUntil(banner.isVisible, timeout=15_000)
    text = window.findChild(QLabel, "errorText").text()
    assert text == "The server had a problem answering. Try again in a moment."
    assert "Traceback" not in text
    assert "{" not in text
    assert (
        "Cannot reach" in window.status.connection_label.text()
        or window.lists.all_model.rowCount() == 0
    )
    server.set_faults(error_rate=0.0)
    qtbot.mouseClick(window.findChild(QPushButton, "retryButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.lists.all_model.rowCount() > 0, timeout=15_000)
    assert not banner.isVisible()


def test_the_window_stays_responsive_while_requests_are_slow(
    make_app: Any, make_sandbox: Any, qtbot: Any
) -> None:
    server = make_sandbox(latency_ms=800)
    harness = make_app(server, start=False)
    window = harness.window
    window.show()
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
    heartbeat.start()
    try:
        harness.attach()
        qtbot.waitUntil(window.loading_bar.isVisible, timeout=5_000)
        qtbot.waitUntil(lambda: window.lists.all_model.rowCount() > 0, timeout=15_000)
    finally:
        heartbeat.stop()
    gaps = [b - a for a, b in itertools.pairwise(beats)]
    assert beats[-1] - beats[0] >= 0.7  # the page really took its time
    assert max(gaps) < 0.2, f"the GUI thread was blocked for {max(gaps):.3f} s"
    assert not window.loading_bar.isVisible()


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (NetworkError(NetworkError.REFUSED), "The server could not be reached."),
        (
            NetworkError(NetworkError.TIMEOUT, host="api.example"),
            "(The server at api.example did not answer in time)",
        ),
        (
            VoteOutcomeUnknown(poll_id="p", idempotency_key="k"),
            "it is not known whether it counted",
        ),
        (VoteRejected(reason=VoteRejected.CLOSED, message="Poll closed"), "not open for votes"),
        (VoteRejected(reason=VoteRejected.ALREADY_VOTED), "already voted"),
        (VoteRejected(reason=VoteRejected.OVER_LIMIT), "more tokens"),
        (ApiError(status=429, message="Message throttled out"), "busy"),
        (ApiError("not_string", status=200, field="data.question"), "field data.question"),
        (
            ApiError(status=400, message="limit is too high"),
            "refused the request. (limit is too high)",
        ),
        (EndpointUnavailable(endpoint="vote", status=410), "no longer available"),
        (AuthError("invalid_client"), "client id or secret"),
        (AuthError("invalid_client", missing_secret=True), "has no client secret"),
        (AuthError("invalid_grant"), "sign in again"),
        (SignInTimeout("timeout"), "took too long"),
        (KeyError("boom"), "Something unexpected went wrong"),
    ],
)
def test_describe_gives_a_sentence(exc: BaseException, expected: str) -> None:
    sentence = describe(exc)
    assert expected in sentence
    assert sentence.endswith((".", ")"))
    assert sentence[0].isupper()
    assert "Traceback" not in sentence


def test_unexpected_errors_are_logged_and_shown_once(caplog: Any) -> None:
    shown: list[str] = []
    reporter = UnexpectedErrors(shown.append)
    for _ in range(3):
        try:
            raise ZeroDivisionError("division by zero")
        except ZeroDivisionError as exc:
            reporter.excepthook(type(exc), exc, exc.__traceback__)
    reporter.loop_handler(None, {"message": "Task failed", "exception": ValueError("v")})  # type: ignore[arg-type]
    assert reporter.count == 4
    assert shown == [describe(ZeroDivisionError()), describe(ValueError())]
    assert "ZeroDivisionError" in caplog.text  # the details go to the log, not to the person


def test_a_failed_task_is_named_once_in_its_log_line(caplog: Any) -> None:
    from types import SimpleNamespace

    try:
        raise ZeroDivisionError("x")
    except ZeroDivisionError as exc:
        failure = exc
    reporter = UnexpectedErrors(lambda _sentence: None)
    task = SimpleNamespace(get_name=lambda: "load polls")  # what the handler reads of a Task
    context = {"message": "Unexpected error in load polls", "exception": failure, "task": task}
    reporter.loop_handler(None, context)  # type: ignore[arg-type]
    (record,) = [r for r in caplog.records if r.name == "partner_desktop.ui.errors"]
    assert record.getMessage() == "Unexpected error in the task 'load polls'"
    assert record.exc_info is not None  # with its traceback
