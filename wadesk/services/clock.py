"""Time for the services: what time it is, and waiting.

Every service that waits (pacing, scheduling, polling back-off) takes a
``Clock`` instead of calling ``datetime.now`` and ``asyncio.sleep`` itself.
``SystemClock`` is the real thing.  ``ManualClock`` is virtual time for tests:
it stands still, and ``sleep`` suspends until ``advance``/``set`` (or one of the
``run_*`` helpers) moves the time past the sleeper's due time, so hours of
pacing can be checked in milliseconds without any real waiting.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import math
from collections.abc import Awaitable
from datetime import UTC, datetime, timedelta
from typing import Protocol, TypeVar, runtime_checkable

__all__ = ["DEFAULT_MANUAL_START", "Clock", "ManualClock", "SystemClock", "sleep_or_wake"]

T = TypeVar("T")

# 2024-05-01 03:00 UTC, i.e. 10:00 in Asia/Jakarta: a working-day morning.
DEFAULT_MANUAL_START = datetime(2024, 5, 1, 3, 0, tzinfo=UTC)


@runtime_checkable
class Clock(Protocol):
    """The current time (timezone-aware, UTC) and a way to wait."""

    def now(self) -> datetime: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """Wall time and ``asyncio.sleep``."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(_seconds(seconds))

    def __repr__(self) -> str:
        return "SystemClock()"


async def sleep_or_wake(clock: Clock, seconds: float, wake: asyncio.Event) -> None:
    """Sleep ``seconds`` on ``clock``, or less when ``wake`` is set first; an error of the sleep is raised."""
    sleeper = asyncio.ensure_future(clock.sleep(seconds))
    waker = asyncio.ensure_future(wake.wait())
    try:
        await asyncio.wait((sleeper, waker), return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (sleeper, waker):
            if not task.done():
                task.cancel()
        await asyncio.gather(sleeper, waker, return_exceptions=True)
    if not sleeper.cancelled() and (error := sleeper.exception()) is not None:
        raise error


def _seconds(seconds: float) -> float:
    """Non-negative, finite seconds (NaN and negatives mean "don't wait")."""
    if math.isnan(seconds) or seconds <= 0:
        return 0.0
    if math.isinf(seconds):
        raise ValueError("cannot sleep forever")
    return float(seconds)


def _aware_utc(when: datetime) -> datetime:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"a timezone-aware datetime is required, got {when!r}")
    return when.astimezone(UTC)


class ManualClock:
    """Virtual time that moves only when told to.

    ``sleep(s)`` registers a waiter due at ``now() + s`` and suspends until the
    clock reaches it.  ``advance``/``set`` jump synchronously and wake every
    waiter that has come due, earliest first (ties in the order they went to
    sleep).  The async helpers step through time one wake-up at a time,
    letting the woken tasks run (and go back to sleep) before moving on:

    - ``settle()``: let every runnable task run until all are waiting again;
    - ``run_for(seconds)`` / ``run_until(when)``: step through each wake-up in
      the window, ending exactly at its end;
    - ``run_until_idle()``: step until nobody sleeps on this clock any more;
    - ``run(awaitable)``: drive one awaitable to completion and return its result.
    """

    def __init__(self, start: datetime = DEFAULT_MANUAL_START) -> None:
        self._now = _aware_utc(start)
        self._waiters: list[tuple[datetime, int, asyncio.Future[None]]] = []
        self._sequence = itertools.count()

    # -- the Clock protocol ---------------------------------------------------

    def now(self) -> datetime:
        return self._now

    async def sleep(self, seconds: float) -> None:
        seconds = _seconds(seconds)
        if seconds == 0:
            await asyncio.sleep(0)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        due = self._now + timedelta(seconds=seconds)
        heapq.heappush(self._waiters, (due, next(self._sequence), future))
        await future  # cancelling the sleeper cancels the future; wake-ups skip it

    # -- moving time ------------------------------------------------------------

    def advance(self, seconds: float) -> datetime:
        """Move forward by ``seconds`` and wake the waiters now due; return the new time."""
        if math.isnan(seconds) or seconds < 0:
            raise ValueError("a ManualClock only moves forward")
        self.set(self._now + timedelta(seconds=seconds))
        return self._now

    def set(self, when: datetime) -> None:
        """Jump to ``when`` (not earlier than now) and wake the waiters now due."""
        when = _aware_utc(when)
        if when < self._now:
            raise ValueError(f"a ManualClock only moves forward ({when.isoformat()} < {self._now.isoformat()})")
        self._now = when
        self._wake_due()

    def _wake_due(self) -> None:
        while self._waiters and self._waiters[0][0] <= self._now:
            _, _, future = heapq.heappop(self._waiters)
            if not future.done():
                future.set_result(None)

    # -- inspection ---------------------------------------------------------------

    def _prune(self) -> None:
        while self._waiters and self._waiters[0][2].done():
            heapq.heappop(self._waiters)

    @property
    def pending_sleepers(self) -> int:
        """How many tasks are sleeping on this clock right now."""
        return sum(1 for _, _, future in self._waiters if not future.done())

    @property
    def next_wakeup(self) -> datetime | None:
        """When the earliest sleeper is due, or None when nobody sleeps."""
        self._prune()
        return self._waiters[0][0] if self._waiters else None

    # -- stepping helpers for tests -------------------------------------------------

    async def settle(self, max_rounds: int = 10_000) -> None:
        """Let every runnable task run until all of them wait (on this clock or anything else)."""
        loop = asyncio.get_running_loop()
        for _ in range(max_rounds):
            await asyncio.sleep(0)
            ready = getattr(loop, "_ready", None)
            if ready is None:
                # An event loop without a visible ready queue: a generous fixed number of rounds.
                for _ in range(100):
                    await asyncio.sleep(0)
                return
            if not ready:
                return
        raise RuntimeError(f"tasks kept running for {max_rounds} rounds without waiting")

    async def run_until(self, when: datetime) -> None:
        """Step through every wake-up up to ``when``, then stop exactly at ``when``."""
        when = _aware_utc(when)
        if when < self._now:
            raise ValueError("a ManualClock only moves forward")
        await self.settle()
        while (due := self.next_wakeup) is not None and due <= when:
            self.set(max(due, self._now))
            await self.settle()
        self.set(when)
        await self.settle()

    async def run_for(self, seconds: float) -> None:
        """Step through every wake-up in the next ``seconds``."""
        if math.isnan(seconds) or seconds < 0:
            raise ValueError("a ManualClock only moves forward")
        await self.run_until(self._now + timedelta(seconds=seconds))

    async def run_until_idle(self, max_seconds: float | None = None, max_steps: int = 1_000_000) -> None:
        """Step from wake-up to wake-up until nobody sleeps on this clock.

        Raises ``TimeoutError`` if that would take the clock more than
        ``max_seconds`` ahead (the clock is then left at the limit).
        """
        limit = None if max_seconds is None else self._now + timedelta(seconds=max_seconds)
        await self.settle()
        for _ in range(max_steps):
            due = self.next_wakeup
            if due is None:
                return
            if limit is not None and due > limit:
                self.set(limit)
                await self.settle()
                raise TimeoutError(f"still {self.pending_sleepers} sleeper(s) after {max_seconds} s of clock time")
            self.set(max(due, self._now))
            await self.settle()
        raise RuntimeError(f"sleepers kept coming back after {max_steps} steps")

    async def run(self, awaitable: Awaitable[T], *, max_seconds: float | None = None) -> T:
        """Run ``awaitable`` to completion, moving the clock from wake-up to wake-up as it needs.

        Raises ``TimeoutError`` if it is not done within ``max_seconds`` of
        clock time, and ``RuntimeError`` if it waits for something other than
        this clock (a deadlock as far as virtual time is concerned).
        """
        limit = None if max_seconds is None else self._now + timedelta(seconds=max_seconds)
        task = asyncio.ensure_future(awaitable)
        try:
            while True:
                await self.settle()
                if task.done():
                    return task.result()
                due = self.next_wakeup
                if due is None:
                    raise RuntimeError("the awaitable waits for something other than this clock")
                if limit is not None and due > limit:
                    self.set(limit)
                    raise TimeoutError(f"not done after {max_seconds} s of clock time")
                self.set(max(due, self._now))
        finally:
            if not task.done():
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)

    def __repr__(self) -> str:
        return f"ManualClock({self._now.isoformat()!r}, sleepers={self.pending_sleepers})"
