"""Clocks and the faults string, without HTTP."""

from __future__ import annotations

import random
import time

import pytest

from wadesk.simulator import Faults, ManualClock, SystemClock
from wadesk.simulator.clock import DEFAULT_MANUAL_START, Clock
from wadesk.simulator.faults import Holds


def test_manual_clock_moves_only_when_told() -> None:
    clock = ManualClock()
    assert clock.now() == DEFAULT_MANUAL_START
    assert clock.advance(2.5) == DEFAULT_MANUAL_START + 2.5
    clock.set(DEFAULT_MANUAL_START + 10)
    assert clock.now() == DEFAULT_MANUAL_START + 10
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        clock.set(0)
    assert ManualClock(100).now() == 100.0


def test_system_clock_is_wall_time() -> None:
    clock = SystemClock()
    assert isinstance(clock, Clock)
    assert abs(clock.now() - time.time()) < 5


def test_parse_every_documented_fault() -> None:
    faults = Faults.parse(
        "error_rate=0.1,latency_ms=200,rate_limit_rate=0.05,retry_after=3,html_5xx_rate=0.05,"
        "malformed_rate=0.05,drop_rate=0.02,invalid_credentials=1"
    )
    assert faults == Faults(
        error_rate=0.1,
        latency_ms=200,
        rate_limit_rate=0.05,
        retry_after=3,
        html_5xx_rate=0.05,
        malformed_rate=0.05,
        drop_rate=0.02,
        invalid_credentials=True,
    )
    assert Faults.parse(str(faults)) == faults
    assert Faults.parse(" seed = 7 , ") == Faults(seed=7)


@pytest.mark.parametrize("text", [None, "", "  "])
def test_no_faults(text: str | None) -> None:
    assert Faults.parse(text) == Faults()
    assert str(Faults()) == ""


def test_unknown_key_is_named() -> None:
    with pytest.raises(ValueError, match="explode_rate"):
        Faults.parse("error_rate=0.1,explode_rate=1")


@pytest.mark.parametrize(
    "text",
    [
        "error_rate=2",
        "error_rate=abc",
        "latency_ms=-1",
        "error_rate=0.6,drop_rate=0.6",
        "invalid_credentials=maybe",
        "retry_after=1.5",
        "drop_rate",
    ],
)
def test_bad_values(text: str) -> None:
    with pytest.raises(ValueError):
        Faults.parse(text)


def test_pick_is_seeded_and_exclusive() -> None:
    faults = Faults(drop_rate=0.25, html_5xx_rate=0.25, rate_limit_rate=0.25, error_rate=0.25)
    first = [faults.pick(random.Random(3)) for _ in range(1)]
    rng_a, rng_b = random.Random(3), random.Random(3)
    seq_a = [faults.pick(rng_a) for _ in range(50)]
    seq_b = [faults.pick(rng_b) for _ in range(50)]
    assert seq_a == seq_b
    assert seq_a[0] == first[0]
    assert set(seq_a) == {"drop", "html_5xx", "rate_limit", "error"}
    assert Faults(malformed_rate=1).pick(random.Random()) == "malformed"
    assert Faults().pick(random.Random()) is None


async def test_holds_release_wakes_every_waiter() -> None:
    import asyncio

    holds = Holds()
    await holds.maybe_hold()  # not armed: returns at once
    holds.hold_next(2)
    waiters = [asyncio.create_task(holds.maybe_hold()) for _ in range(3)]
    await asyncio.sleep(0)
    assert holds.held == 2
    assert waiters[2].done()
    holds.release()
    await asyncio.gather(*waiters)
    assert holds.held == 0
    assert holds.total == 2
    with pytest.raises(ValueError):
        holds.hold_next(-1)
