"""Spawning asyncio tasks from Qt slots: keep a reference, report what escapes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)


class TaskSet:
    """Holds running tasks (asyncio keeps only weak references) and reports unexpected errors.

    Controllers catch the errors they expect and turn them into signals; anything else
    reaches the loop's exception handler, which the app logs and shows once.
    """

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(
        self, coro: Coroutine[Any, Any, Any], *, name: str | None = None
    ) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        if name:
            task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("Task %s failed", task.get_name(), exc_info=exc)
            task.get_loop().call_exception_handler(
                {
                    "message": f"Unexpected error in {task.get_name()}",
                    "exception": exc,
                    "task": task,
                }
            )

    @property
    def running(self) -> int:
        return len(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()
