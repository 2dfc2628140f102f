"""Per-application state and the per-request database connection."""

from __future__ import annotations

import collections
import queue
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from flask import current_app, g

from partner_desktop.sandbox import db
from partner_desktop.sandbox.settings import Faults, SandboxConfig


@dataclass
class SandboxState:
    """What every request of one sandbox instance shares."""

    config: SandboxConfig
    faults: Faults
    extras: dict[str, Any] = field(default_factory=dict)
    _pool: queue.SimpleQueue[sqlite3.Connection] = field(default_factory=queue.SimpleQueue)
    _pool_lock: threading.Lock = field(default_factory=threading.Lock)
    _pool_size: int = 0
    _closed: bool = False

    #: Idle connections kept for reuse; opening one costs more than a small query.
    POOL_LIMIT = 16

    def acquire(self) -> sqlite3.Connection:
        """A connection for one request: reused from the pool, or a new one."""
        try:
            connection = self._pool.get_nowait()
        except queue.Empty:
            return db.connect(self.config.db_path)
        with self._pool_lock:
            self._pool_size -= 1
        return connection

    def release(self, connection: sqlite3.Connection) -> None:
        """Give a request's connection back (rolled back if a transaction was left open)."""
        if connection.in_transaction:
            connection.rollback()
        with self._pool_lock:
            keep = not self._closed and self._pool_size < self.POOL_LIMIT
            if keep:
                self._pool_size += 1
        if keep:
            self._pool.put(connection)
        else:
            connection.close()

    def close_pool(self) -> None:
        """Close every idle connection; later releases close theirs at once."""
        with self._pool_lock:
            self._closed = True
        while True:
            try:
                connection = self._pool.get_nowait()
            except queue.Empty:
                return
            with self._pool_lock:
                self._pool_size -= 1
            connection.close()

    _throttle_lock: threading.Lock = field(default_factory=threading.Lock)
    _hits: dict[str, collections.deque[float]] = field(default_factory=dict)

    def throttle_wait(self, key: str, limit: int, *, now: float | None = None) -> int:
        """Seconds to wait when ``key`` used up ``limit`` in the past minute; else count it, 0."""
        now = time.monotonic() if now is None else now
        with self._throttle_lock:
            hits = self._hits.setdefault(key, collections.deque())
            while hits and hits[0] <= now - 60.0:
                hits.popleft()
            if len(hits) >= limit:
                return max(1, int(hits[0] + 60.0 - now + 0.999))
            hits.append(now)
            return 0


def state() -> SandboxState:
    """The running app's shared state."""
    value = current_app.extensions["partner_sandbox"]
    if not isinstance(value, SandboxState):
        raise RuntimeError("not a sandbox application")
    return value


def conn() -> sqlite3.Connection:
    """This request's connection, opened on first use and closed when the request ends."""
    existing = g.get("sandbox_db")
    if existing is None:
        existing = state().acquire()
        g.sandbox_db = existing
    if not isinstance(existing, sqlite3.Connection):
        raise RuntimeError("unexpected request database handle")
    return existing


def close_conn(_exc: BaseException | None = None) -> None:
    """Teardown hook: hand the request's connection back to the pool."""
    existing = g.pop("sandbox_db", None)
    if existing is not None:
        state().release(existing)
