"""Wrong passwords at the sandbox's sign-in form, counted per account and per client address."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

#: Keys remembered at most (accounts and addresses); past it, the quietest are forgotten.
_MAX_KEYS = 10_000


class SignInThrottle:
    """After ``per_account`` wrong passwords for one account, or ``per_client`` from one
    address, within ``window`` seconds, sign-ins for it wait until the oldest failure ages out.
    Even a right password is refused meanwhile, so guessing gains nothing."""

    def __init__(
        self,
        *,
        per_account: int,
        per_client: int,
        window: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limits = {"account": per_account, "client": per_client}
        self._window = window
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[tuple[str, str], deque[float]] = {}

    def wait(self, account: str, client: str) -> float:
        """Seconds before ``account`` may be tried from ``client`` again; 0 when it may now."""
        now = self._clock()
        longest = 0.0
        with self._lock:
            for key in (("account", account), ("client", client)):
                times = self._recent(key, now)
                if times is not None and len(times) >= self._limits[key[0]]:
                    longest = max(longest, times[0] + self._window - now)
        return longest

    def failed(self, account: str, client: str) -> None:
        now = self._clock()
        with self._lock:
            if len(self._failures) >= _MAX_KEYS:
                self._forget_oldest(now)
            for key in (("account", account), ("client", client)):
                times = self._failures.setdefault(key, deque())
                times.append(now)
                while len(times) > self._limits[key[0]]:
                    times.popleft()

    def succeeded(self, account: str) -> None:
        with self._lock:
            self._failures.pop(("account", account), None)

    def _recent(self, key: tuple[str, str], now: float) -> deque[float] | None:
        times = self._failures.get(key)
        if times is None:
            return None
        while times and times[0] <= now - self._window:
            times.popleft()
        if not times:
            del self._failures[key]
            return None
        return times

    def _forget_oldest(self, now: float) -> None:
        for key in list(self._failures):
            self._recent(key, now)
        by_age = sorted(self._failures, key=lambda k: self._failures[k][-1])
        for key in by_age[: len(by_age) // 2]:
            del self._failures[key]
