from __future__ import annotations

import asyncio
import math
from datetime import UTC, datetime, timedelta, timezone

import pytest

from wadesk.services.clock import DEFAULT_MANUAL_START, Clock, ManualClock, SystemClock, sleep_or_wake

START = datetime(2024, 5, 1, 3, 0, tzinfo=UTC)


def test_both_clocks_satisfy_the_protocol() -> None:
    assert isinstance(SystemClock(), Clock)
    assert isinstance(ManualClock(START), Clock)


async def test_system_clock_is_aware_utc_and_sleeps() -> None:
    clock = SystemClock()
    before = clock.now()
    assert before.tzinfo is UTC
    await clock.sleep(0)
    await clock.sleep(-5)  # negative means no wait
    await clock.sleep(0.001)
    assert clock.now() >= before


def test_manual_clock_needs_an_aware_start_and_stores_utc() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        ManualClock(datetime(2024, 5, 1, 10, 0))
    jakarta = timezone(timedelta(hours=7))
    clock = ManualClock(datetime(2024, 5, 1, 10, 0, tzinfo=jakarta))
    assert clock.now() == START
    assert clock.now().tzinfo is UTC
    assert ManualClock().now() == DEFAULT_MANUAL_START


def test_manual_clock_only_moves_forward() -> None:
    clock = ManualClock(START)
    assert clock.advance(90) == START + timedelta(seconds=90)
    clock.set(START + timedelta(hours=1))
    assert clock.now() == START + timedelta(hours=1)
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        clock.set(START)


async def test_sleep_suspends_until_the_clock_reaches_the_due_time() -> None:
    clock = ManualClock(START)
    woke: list[datetime] = []

    async def sleeper() -> None:
        await clock.sleep(10)
        woke.append(clock.now())

    task = asyncio.create_task(sleeper())
    await clock.settle()
    assert clock.pending_sleepers == 1
    assert clock.next_wakeup == START + timedelta(seconds=10)

    clock.advance(9.5)
    await clock.settle()
    assert woke == [] and not task.done()

    clock.advance(0.5)
    await clock.settle()
    assert woke == [START + timedelta(seconds=10)]
    assert clock.pending_sleepers == 0
    assert clock.next_wakeup is None
    await task


async def test_zero_sleep_only_yields() -> None:
    clock = ManualClock(START)
    await clock.sleep(0)
    await clock.sleep(float("nan"))
    assert clock.pending_sleepers == 0
    assert clock.now() == START


async def test_one_advance_wakes_waiters_in_due_order() -> None:
    clock = ManualClock(START)
    order: list[str] = []

    async def sleeper(name: str, seconds: float) -> None:
        await clock.sleep(seconds)
        order.append(name)

    tasks = [
        asyncio.create_task(sleeper("c", 30)),
        asyncio.create_task(sleeper("a", 10)),
        asyncio.create_task(sleeper("late", 100)),
        asyncio.create_task(sleeper("b", 20)),
        asyncio.create_task(sleeper("a2", 10)),  # same due time as "a": in the order they slept
    ]
    await clock.settle()
    assert clock.pending_sleepers == 5

    clock.advance(60)
    await clock.settle()
    assert order == ["a", "a2", "b", "c"]
    assert clock.pending_sleepers == 1

    clock.set(START + timedelta(seconds=100))
    await clock.settle()
    assert order[-1] == "late"
    await asyncio.gather(*tasks)


async def test_cancelled_sleepers_are_forgotten() -> None:
    clock = ManualClock(START)
    task = asyncio.create_task(clock.sleep(10))
    await clock.settle()
    assert clock.pending_sleepers == 1
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert clock.pending_sleepers == 0
    assert clock.next_wakeup is None
    clock.advance(20)  # waking a cancelled sleeper must not fail


async def test_run_for_steps_through_each_wakeup() -> None:
    clock = ManualClock(START)
    ticks: list[float] = []

    async def ticker() -> None:
        for _ in range(5):
            await clock.sleep(7)
            ticks.append((clock.now() - START).total_seconds())

    task = asyncio.create_task(ticker())
    await clock.run_for(20)
    # Each sleeper saw the time it was due at, not the end of the window.
    assert ticks == [7, 14]
    assert clock.now() == START + timedelta(seconds=20)
    await clock.run_for(100)
    assert ticks == [7, 14, 21, 28, 35]
    await task


async def test_run_until_idle_and_its_limit() -> None:
    clock = ManualClock(START)

    async def chain() -> None:
        for seconds in (5, 50, 500):
            await clock.sleep(seconds)

    task = asyncio.create_task(chain())
    await clock.run_until_idle()
    assert task.done()
    assert clock.now() == START + timedelta(seconds=555)

    forever = asyncio.create_task(clock.sleep(3600))
    with pytest.raises(TimeoutError):
        await clock.run_until_idle(max_seconds=60)
    assert clock.now() == START + timedelta(seconds=555 + 60)
    forever.cancel()
    await asyncio.gather(forever, return_exceptions=True)


async def test_run_drives_an_awaitable_and_returns_its_result() -> None:
    clock = ManualClock(START)

    async def work() -> str:
        await clock.sleep(30)
        await asyncio.sleep(0)  # ordinary awaits in between are fine
        await clock.sleep(30)
        return "done"

    assert await clock.run(work()) == "done"
    assert clock.now() == START + timedelta(minutes=1)


async def test_run_reports_timeouts_and_foreign_waits() -> None:
    clock = ManualClock(START)
    with pytest.raises(TimeoutError):
        await clock.run(clock.sleep(120), max_seconds=60)
    assert clock.pending_sleepers == 0  # the awaitable was cancelled

    never = asyncio.Event()
    with pytest.raises(RuntimeError, match="something other than this clock"):
        await clock.run(never.wait())


async def test_run_propagates_exceptions() -> None:
    clock = ManualClock(START)

    async def fail() -> None:
        await clock.sleep(1)
        raise LookupError("boom")

    with pytest.raises(LookupError, match="boom"):
        await clock.run(fail())


async def test_sleep_or_wake_ends_when_the_clock_gets_there_or_when_woken() -> None:
    clock = ManualClock(START)
    wake = asyncio.Event()
    napping = asyncio.ensure_future(sleep_or_wake(clock, 60, wake))
    await clock.run_for(59)
    assert not napping.done()
    await clock.run_for(1)
    assert napping.done() and napping.result() is None
    woken = asyncio.ensure_future(sleep_or_wake(clock, 60, wake))
    await clock.settle()
    wake.set()
    await clock.settle()
    assert woken.done() and clock.now() == START + timedelta(seconds=60)
    assert clock.pending_sleepers == 0  # the sleep it cut short is gone


async def test_sleep_or_wake_raises_what_the_sleep_raises() -> None:
    with pytest.raises(ValueError, match="forever"):
        await sleep_or_wake(ManualClock(START), math.inf, asyncio.Event())
