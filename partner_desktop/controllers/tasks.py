"""Spawning asyncio tasks from Qt slots: keep a reference, report what escapes.

``asyncio`` (with ssl, socket and subprocess, ~70 ms) is imported when the first task is
made, not when the controllers are: the app paints its window before it loads. Tasks spawned
while the app holds them (``hold_tasks``: the window's first paint, before the event loop
exists) are started by ``release_tasks``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

_T = TypeVar("_T")
_P = ParamSpec("_P")


class _Held:
    """Tasks waiting for the event loop, while held: (task set, coroutine, name)."""

    tasks: list[tuple[TaskSet, Coroutine[Any, Any, Any], str | None]] | None = None


def hold_tasks() -> None:
    """Keep tasks spawned from now on until ``release_tasks`` (there is no event loop yet)."""
    if _Held.tasks is None:
        _Held.tasks = []


def release_tasks() -> None:
    """Start the held tasks, in the order they were spawned, and stop holding."""
    held, _Held.tasks = _Held.tasks or [], None
    for tasks, coro, name in held:
        tasks.spawn(coro, name=name)


async def in_worker(fn: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
    """``fn(*args, **kwargs)`` on a worker thread (blocking I/O never runs on the GUI thread)."""
    import asyncio

    return await asyncio.to_thread(fn, *args, **kwargs)


class TaskSet:
    """Holds running tasks (asyncio keeps only weak references) and reports unexpected errors.

    Controllers catch the errors they expect and turn them into signals; anything else
    reaches the loop's exception handler, which the app logs and shows once.
    """

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, Any], *, name: str | None = None) -> None:
        if _Held.tasks is not None:
            _Held.tasks.append((self, coro, name))
            return
        import asyncio

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
        if _Held.tasks is not None:
            for owner, coro, _name in _Held.tasks:
                if owner is self:
                    coro.close()  # never started: no "never awaited" warning
            _Held.tasks = [held for held in _Held.tasks if held[0] is not self]
        for task in list(self._tasks):
            task.cancel()
