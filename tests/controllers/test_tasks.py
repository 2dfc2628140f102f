"""Tasks spawned from Qt slots are kept until they end; what escapes them is reported once."""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

import pytest

from partner_desktop.controllers.tasks import TaskSet, in_worker
from partner_desktop.ui.errors import UnexpectedErrors


def test_a_task_runs_to_its_end_even_with_no_other_reference(run_async: Any) -> None:
    ran: list[str] = []

    async def note(name: str) -> None:
        await asyncio.sleep(0.01)
        ran.append(name)

    tasks = TaskSet()
    tasks.spawn(note("logo"), name="first")
    tasks.spawn(note("restore"), name="second")
    assert tasks.running == 2
    run_async(asyncio.sleep(0.1))
    assert ran == ["logo", "restore"]
    assert tasks.running == 0


def test_cancelling_a_task_set_ends_its_own_tasks_only(run_async: Any) -> None:
    ran: list[str] = []

    async def note(name: str) -> None:
        await asyncio.sleep(0.05)
        ran.append(name)

    closed, kept = TaskSet(), TaskSet()
    closed.spawn(note("closed window"))
    kept.spawn(note("new window"))
    closed.cancel_all()  # a closed profile: its work stops
    run_async(asyncio.sleep(0.15))
    assert ran == ["new window"]


def test_a_failed_task_is_logged_once_and_shown_once(
    aloop: asyncio.AbstractEventLoop, run_async: Any, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    reporter = UnexpectedErrors(shown.append)
    previous = aloop.get_exception_handler()
    aloop.set_exception_handler(reporter.loop_handler)

    async def fail() -> None:
        raise ValueError("broken page")

    try:
        with caplog.at_level(logging.DEBUG):
            tasks = TaskSet()
            tasks.spawn(fail(), name="load page")
            run_async(asyncio.sleep(0.05))
    finally:
        aloop.set_exception_handler(previous)
    with_traceback = [record for record in caplog.records if record.exc_info]
    assert len(with_traceback) == 1
    assert "load page" in with_traceback[0].getMessage()
    assert len(shown) == 1
    assert tasks.running == 0


def test_in_worker_runs_off_the_calling_thread(run_async: Any) -> None:
    def where(label: str, *, suffix: str) -> str:
        return f"{label}{suffix}:{threading.current_thread() is threading.main_thread()}"

    assert run_async(in_worker(where, "worker", suffix="!")) == "worker!:False"
