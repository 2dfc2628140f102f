"""Spawning asyncio tasks from Qt slots: keep a reference, report what escapes."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

_T = TypeVar("_T")
_P = ParamSpec("_P")


async def in_worker(fn: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
    """``fn(*args, **kwargs)`` on a worker thread (blocking I/O never runs on the GUI thread)."""
    return await asyncio.to_thread(fn, *args, **kwargs)


class TaskSet:
    """Holds running tasks (asyncio keeps only weak references) and reports unexpected errors.

    Controllers catch the errors they expect and turn them into signals; anything else
    reaches the loop's exception handler, which logs it once and shows it once.
    """

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, Any], *, name: str | None = None) -> None:
        task = asyncio.ensure_future(coro)
        if name:
            task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
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
