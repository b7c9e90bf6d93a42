"""Clocks: every time-dependent piece of simulator state reads one of these.

``SystemClock`` is wall time.  ``ManualClock`` only moves when told to, so tests
can walk a message through its statuses or rotate a QR code without sleeping.
"""

from __future__ import annotations

import time
from typing import Protocol, runtime_checkable

# 2024-05-01 03:00:00 UTC, i.e. 10:00 in Asia/Jakarta: a working-day morning.
DEFAULT_MANUAL_START = 1_714_532_400.0


@runtime_checkable
class Clock(Protocol):
    """Seconds since the Unix epoch, as a float."""

    def now(self) -> float: ...


class SystemClock:
    """The real time (``time.time``)."""

    def now(self) -> float:
        return time.time()

    def __repr__(self) -> str:
        return "SystemClock()"


class ManualClock:
    """A clock that stands still until ``advance`` or ``set`` moves it."""

    def __init__(self, start: float = DEFAULT_MANUAL_START) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        """Move forward by ``seconds`` (never backwards) and return the new time."""
        if seconds < 0:
            raise ValueError("a ManualClock only moves forward")
        self._now += seconds
        return self._now

    def set(self, when: float) -> None:
        """Jump to ``when`` (not earlier than now)."""
        if when < self._now:
            raise ValueError("a ManualClock only moves forward")
        self._now = float(when)

    def __repr__(self) -> str:
        return f"ManualClock({self._now!r})"
