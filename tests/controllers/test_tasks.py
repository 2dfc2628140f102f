"""Tasks spawned before the event loop exists wait for it, in order; none is lost or leaked."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from partner_desktop.controllers.tasks import TaskSet, hold_tasks, in_worker, release_tasks


@pytest.fixture
def holding() -> Iterator[None]:
    hold_tasks()
    try:
        yield
    finally:
        release_tasks()


def test_held_tasks_start_in_order_when_released(holding: None, run_async: Any) -> None:
    ran: list[str] = []

    async def note(name: str) -> None:
        ran.append(name)

    tasks = TaskSet()
    tasks.spawn(note("logo"), name="first")
    tasks.spawn(note("restore"), name="second")
    run_async(asyncio.sleep(0.05))
    assert ran == []  # nothing runs while held
    assert tasks.running == 0
    release_tasks()
    run_async(asyncio.sleep(0.05))
    assert ran == ["logo", "restore"]


def test_cancelling_a_task_set_drops_its_held_tasks_only(holding: None, run_async: Any) -> None:
    ran: list[str] = []

    async def note(name: str) -> None:
        ran.append(name)

    closed, kept = TaskSet(), TaskSet()
    closed.spawn(note("closed window"))
    kept.spawn(note("new window"))
    closed.cancel_all()  # a closed profile: its held tasks never run, and never warn
    release_tasks()
    run_async(asyncio.sleep(0.05))
    assert ran == ["new window"]


def test_in_worker_runs_off_the_calling_thread(run_async: Any) -> None:
    import threading

    def where(label: str, *, suffix: str) -> str:
        return f"{label}{suffix}:{threading.current_thread() is threading.main_thread()}"

    assert run_async(in_worker(where, "worker", suffix="!")) == "worker!:False"
