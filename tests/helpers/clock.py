"""A clock the test sets and moves forward: expiry and "time left" without sleeping.

One instant, two faces, for the two ways the code reads the time:

- ``clock()``: seconds since the epoch, a float, for code that takes a ``clock`` callable
  (``AuthSession(clock=...)``, like ``time.time``);
- ``clock.datetime``: a ``datetime`` class whose ``now(tz)`` is the clock's instant, for a module
  that calls ``datetime.now`` (``monkeypatch.setattr(module, "datetime", clock.datetime)``).

``advance(seconds)`` and ``set(instant)`` move both faces.
"""

from __future__ import annotations

import datetime as _dt
import time


class Clock:
    def __init__(self, start: float | _dt.datetime | None = None) -> None:
        self.now = time.time()
        if start is not None:
            self.set(start)
        clock = self

        class _Now(_dt.datetime):
            @classmethod
            def now(cls, tz: _dt.tzinfo | None = None) -> _Now:
                return cls.fromtimestamp(clock.now, tz)

        #: A ``datetime`` class whose ``now()`` reads this clock.
        self.datetime: type[_dt.datetime] = _Now

    def __call__(self) -> float:
        return self.now

    def set(self, instant: float | _dt.datetime) -> None:
        """Jump to ``instant`` (an aware ``datetime`` or seconds since the epoch)."""
        self.now = instant.timestamp() if isinstance(instant, _dt.datetime) else float(instant)

    def advance(self, seconds: float) -> None:
        self.now += seconds
