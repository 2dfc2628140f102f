"""Sandbox settings and the run-time fault-injection switches."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SandboxConfig:
    """How one sandbox instance runs: where its database lives, lifetimes, injected faults."""

    db_path: Path
    host: str = "127.0.0.1"
    port: int = 0
    access_ttl: int = 7200
    refresh_ttl: int = 7_776_000
    client_ttl: int = 3600
    code_ttl: int = 60
    latency_ms: int = 0
    error_rate: float = 0.0
    throttle: int = 0
    seed: bool = True
    #: The address clients reach this sandbox at (``http://127.0.0.1:8765``): issued URLs and
    #: the server metadata use it, never the request's Host header. Set by ``SandboxServer``;
    #: empty means ``http://{host}:{port}``.
    base_url: str = ""
    #: Wrong passwords at the sign-in form before an account, or a client address, waits
    #: for the oldest of them to be ``signin_window`` seconds old.
    signin_failures_per_account: int = 5
    signin_failures_per_client: int = 20
    signin_window: float = 300.0

    def public_base(self) -> str:
        """The base URL of this sandbox, from the configuration only."""
        if self.base_url:
            return self.base_url.rstrip("/")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"


class Faults:
    """Fault injection that tests and demos change while the server runs (thread-safe).

    Besides the steady switches (latency, error rate, throttle) there are one-shot faults
    counted down per answer: ``drop_after_vote`` commits a vote and then closes the
    connection without any answer; ``reset_mid_answer`` sends the first half of an API
    answer and then breaks the connection.
    """

    def __init__(self, latency_ms: int = 0, error_rate: float = 0.0, throttle: int = 0) -> None:
        self._lock = threading.Lock()
        self._latency_ms = 0
        self._error_rate = 0.0
        self._throttle = 0
        self._one_shot: dict[str, int] = {"drop_after_vote": 0, "reset_mid_answer": 0}
        self._fired: dict[str, int] = {}
        self.set(latency_ms=latency_ms, error_rate=error_rate, throttle=throttle)

    def arm(self, name: str, count: int) -> None:
        """Make the next ``count`` answers suffer the one-shot fault ``name`` (0 disarms it)."""
        if name not in self._one_shot:
            raise ValueError(f"unknown one-shot fault {name!r}")
        if count < 0:
            raise ValueError(f"{name} must be zero or more")
        with self._lock:
            self._one_shot[name] = int(count)

    def take(self, name: str) -> bool:
        """True (and one fewer left) when the one-shot fault ``name`` is armed."""
        with self._lock:
            left = self._one_shot.get(name, 0)
            if left <= 0:
                return False
            self._one_shot[name] = left - 1
            self._fired[name] = self._fired.get(name, 0) + 1
            return True

    def record(self, name: str) -> None:
        """Count one injected fault of a steady switch (an injected 503 or 429)."""
        with self._lock:
            self._fired[name] = self._fired.get(name, 0) + 1

    def fired(self) -> dict[str, int]:
        """How many times each fault was injected since the server was made."""
        with self._lock:
            return dict(self._fired)

    def armed(self, name: str) -> int:
        """How many answers the one-shot fault ``name`` will still hit."""
        with self._lock:
            return self._one_shot.get(name, 0)

    def set(
        self,
        *,
        latency_ms: int | None = None,
        error_rate: float | None = None,
        throttle: int | None = None,
    ) -> None:
        """Change the given switches; ``None`` leaves one as it is."""
        if latency_ms is not None and latency_ms < 0:
            raise ValueError("latency_ms must be zero or more")
        if error_rate is not None and not 0.0 <= error_rate <= 1.0:
            raise ValueError("error_rate must be between 0 and 1")
        if throttle is not None and throttle < 0:
            raise ValueError("throttle must be zero or more")
        with self._lock:
            if latency_ms is not None:
                self._latency_ms = int(latency_ms)
            if error_rate is not None:
                self._error_rate = float(error_rate)
            if throttle is not None:
                self._throttle = int(throttle)

    def snapshot(self) -> tuple[int, float, int]:
        """``(latency_ms, error_rate, throttle)`` read together."""
        with self._lock:
            return self._latency_ms, self._error_rate, self._throttle
