from __future__ import annotations

import asyncio
import dataclasses
import itertools
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest

from wadesk.domain.errors import ValidationError
from wadesk.services.clock import ManualClock
from wadesk.services.pacing import PRESETS, PacePolicy, Pacer, local_zone, policy_from, zone

JAKARTA = ZoneInfo("Asia/Jakarta")
# 10:00 in Jakarta.
START = datetime(2024, 5, 1, 3, 0, tzinfo=UTC)


def make(
    policy: PacePolicy,
    start: datetime = START,
    sent_today: Callable[[date], int] | None = None,
    seed: int = 1,
) -> tuple[ManualClock, Pacer]:
    clock = ManualClock(start)
    return clock, Pacer(policy, clock, random.Random(seed), sent_today)


async def grants(clock: ManualClock, pacer: Pacer, count: int, wanted: int = 1) -> list[tuple[datetime, int]]:
    """Acquire ``count`` times in a row, confirming each grant; return (time, n) per grant."""

    async def go() -> list[tuple[datetime, int]]:
        out = []
        for _ in range(count):
            n = await pacer.acquire(wanted)
            out.append((clock.now(), n))
            pacer.record_sent(n)
        return out

    return await clock.run(go())


def gaps(times: list[datetime]) -> list[float]:
    return [(b - a).total_seconds() for a, b in itertools.pairwise(times)]


# -- policies -------------------------------------------------------------------------


def test_presets() -> None:
    safe = PRESETS["safe"]
    assert (safe.min_delay, safe.max_delay) == (30, 60)
    assert (safe.rest_every, safe.rest_min, safe.rest_max, safe.daily_cap) == (20, 300, 600, 200)
    normal = PRESETS["normal"]
    assert (normal.min_delay, normal.max_delay, normal.rest_every, normal.daily_cap) == (8, 15, None, None)
    none = PRESETS["none"]
    assert (none.min_delay, none.max_delay) == (0, 0)
    assert none.batch_ok and not safe.batch_ok and not normal.batch_ok
    assert PacePolicy(0, 5).batch_ok
    assert policy_from("Safe") is safe
    assert policy_from(" none ") is none


def test_custom_policy_string() -> None:
    policy = policy_from("min=5,max=10,rest_every=20,rest=300-600,daily_cap=150,quiet=21:00-07:00,tz=Asia/Jakarta")
    assert policy == PacePolicy(
        min_delay=5,
        max_delay=10,
        rest_every=20,
        rest_min=300,
        rest_max=600,
        daily_cap=150,
        quiet_start=time(21, 0),
        quiet_end=time(7, 0),
        tz=JAKARTA,
    )
    assert policy.name == "custom"
    assert policy_from(policy.spec()) == policy
    assert policy_from(PRESETS["safe"].spec()) == PRESETS["safe"]


def test_custom_policy_conveniences() -> None:
    assert policy_from("delay=1m-2m; rest_every=10, rest=10m").rest_max == 600
    assert policy_from("delay=1m-2m").max_delay == 120
    assert policy_from("min=20").max_delay == 20  # a lone min raises the max with it
    tweaked = policy_from("safe,daily_cap=none,quiet=off,tz=+08:00")
    assert (tweaked.min_delay, tweaked.daily_cap, tweaked.quiet_start) == (30, None, None)
    assert tweaked.tz.utcoffset(None) == timedelta(hours=8)
    assert policy_from("normal", tz=JAKARTA).tz == JAKARTA
    assert policy_from("max=5", tz=UTC).tz == UTC


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "nothing given"),
        ("turbo", "unknown preset 'turbo'"),
        ("min=abc", "'min=abc'"),
        ("min=5,max", "'max' is not a setting"),
        ("min=5,speed=3", "'speed=3': unknown setting"),
        ("rest=5-x", "'rest=5-x'"),
        ("daily_cap=-1", "'daily_cap=-1'"),
        ("quiet=21:00", "'quiet=21:00'"),
        ("quiet=25:00-07:00", "'quiet=25:00-07:00'"),
        ("tz=Mars/Olympus", "'tz=Mars/Olympus'"),
        ("min=10,max=5", "max delay \\(5 s\\) is below min delay \\(10 s\\)"),
        ("safe,max=20", "below min delay"),
        ("quiet=07:00-07:00", "different times"),
    ],
)
def test_bad_policy_strings_name_the_bad_part(text: str, fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        policy_from(text)


def test_policy_validation() -> None:
    with pytest.raises(ValidationError, match="both a start and an end"):
        PacePolicy(quiet_start=time(21))
    with pytest.raises(ValidationError, match="rest_every"):
        PacePolicy(rest_every=0)
    with pytest.raises(ValidationError, match="min delay"):
        PacePolicy(min_delay=float("nan"))


def test_quiet_window_wrapping_midnight() -> None:
    policy = PacePolicy(quiet_start=time(21), quiet_end=time(7), tz=JAKARTA)
    local = datetime(2024, 5, 1, tzinfo=JAKARTA)
    assert not policy.in_quiet_hours(local.replace(hour=20, minute=59))
    assert policy.in_quiet_hours(local.replace(hour=21))
    assert policy.in_quiet_hours(local.replace(hour=23, minute=30))
    assert policy.in_quiet_hours(local.replace(hour=3))
    assert not policy.in_quiet_hours(local.replace(hour=7))
    assert policy.quiet_end_after(local.replace(hour=22)) == datetime(2024, 5, 2, 7, tzinfo=JAKARTA)
    assert policy.quiet_end_after(local.replace(hour=2)) == datetime(2024, 5, 1, 7, tzinfo=JAKARTA)


def test_time_zones() -> None:
    assert isinstance(local_zone(), tzinfo)
    assert datetime(2024, 1, 1, tzinfo=local_zone()).utcoffset() is not None
    assert PacePolicy().tz == local_zone()
    assert zone("Asia/Jakarta") == JAKARTA
    assert zone("UTC+7").utcoffset(None) == timedelta(hours=7)
    assert zone("-03:30").utcoffset(None) == timedelta(hours=-3, minutes=-30)
    with pytest.raises(ValidationError):
        zone("nowhere")


# -- the pacer ---------------------------------------------------------------------------


async def test_first_message_goes_at_once_then_delays_stay_within_bounds() -> None:
    clock, pacer = make(PacePolicy(8, 15, tz=JAKARTA))
    result = await grants(clock, pacer, 60)
    times = [at for at, _ in result]
    assert times[0] == START
    assert all(n == 1 for _, n in result)
    spaced = gaps(times)
    assert all(8 <= gap <= 15 for gap in spaced), spaced
    assert len({round(gap, 3) for gap in spaced}) > 30  # random, not a fixed beat
    assert min(spaced) < 9 and max(spaced) > 14


async def test_the_same_seed_gives_the_same_schedule() -> None:
    first = await grants(*make(PacePolicy(8, 15, tz=JAKARTA), seed=5), 10)
    second = await grants(*make(PacePolicy(8, 15, tz=JAKARTA), seed=5), 10)
    assert first == second


async def test_rest_after_every_twenty() -> None:
    policy = policy_from("min=1,max=2,rest_every=20,rest=300-600,tz=Asia/Jakarta")
    clock, pacer = make(policy)
    spaced = gaps([at for at, _ in await grants(clock, pacer, 61)])
    rests = [index for index, gap in enumerate(spaced) if gap >= 300]
    assert rests == [19, 39, 59]  # after the 20th, 40th and 60th message
    assert all(300 <= spaced[index] <= 600 for index in rests)
    assert all(1 <= gap <= 2 for index, gap in enumerate(spaced) if index not in rests)


async def test_batches_stop_at_the_rest() -> None:
    policy = PacePolicy(0, 0, rest_every=20, rest_min=60, rest_max=60, tz=JAKARTA)
    clock, pacer = make(policy)
    result = await grants(clock, pacer, 3, wanted=50)
    assert [n for _, n in result] == [20, 20, 20]
    assert gaps([at for at, _ in result]) == [60, 60]


async def test_policy_none_returns_full_batches_immediately() -> None:
    clock, pacer = make(PRESETS["none"])
    result = await grants(clock, pacer, 5, wanted=100)
    assert result == [(START, 100)] * 5
    assert pacer.next_allowed_at == START
    assert pacer.waiting_for is None


async def test_no_batches_when_a_delay_is_required() -> None:
    clock, pacer = make(PRESETS["normal"])
    assert await clock.run(pacer.acquire(100)) == 1


async def test_daily_cap_waits_for_local_midnight() -> None:
    # 16:00 UTC is 23:00 in Jakarta: local midnight comes at 17:00 UTC, long before UTC midnight.
    start = datetime(2024, 5, 1, 16, 0, tzinfo=UTC)
    asked: list[date] = []

    def sent_today(day: date) -> int:
        asked.append(day)
        return {date(2024, 5, 1): 2}.get(day, 0)  # two went out before a restart

    policy = PacePolicy(10, 10, daily_cap=5, tz=JAKARTA)
    clock, pacer = make(policy, start, sent_today)
    result = await grants(clock, pacer, 3 + 5 + 1)
    times = [at for at, _ in result]
    assert times[:3] == [start, start + timedelta(seconds=10), start + timedelta(seconds=20)]
    jakarta_midnight = datetime(2024, 5, 2, 0, 0, tzinfo=JAKARTA)
    assert times[3] == jakarta_midnight
    assert times[3] == datetime(2024, 5, 1, 17, 0, tzinfo=UTC)
    assert gaps(times[3:8]) == [10, 10, 10, 10]
    assert times[8] == datetime(2024, 5, 3, 0, 0, tzinfo=JAKARTA)
    assert asked == [date(2024, 5, 1), date(2024, 5, 2), date(2024, 5, 3)]


async def test_daily_cap_is_visible_to_the_ui_and_limits_batches() -> None:
    clock, pacer = make(PacePolicy(0, 0, daily_cap=150, tz=JAKARTA), sent_today=lambda day: 0)
    assert pacer.remaining_today == 150
    assert await clock.run(pacer.acquire(100)) == 100
    pacer.record_sent(100)
    assert await clock.run(pacer.acquire(100)) == 50
    pacer.record_sent(50)
    assert pacer.count_today == 150 and pacer.remaining_today == 0
    assert pacer.waiting_for == "daily cap"
    assert pacer.next_allowed_at == datetime(2024, 5, 2, tzinfo=JAKARTA)


async def test_granted_but_unconfirmed_messages_count_for_the_cap() -> None:
    clock, pacer = make(PacePolicy(0, 0, daily_cap=3, tz=JAKARTA))
    assert await clock.run(pacer.acquire(3)) == 3  # not yet confirmed
    assert pacer.remaining_today == 0
    pacer.release(1)  # one was not sent after all
    assert await clock.run(pacer.acquire(3)) == 1
    assert clock.now() == START


async def test_quiet_hours_wrapping_midnight() -> None:
    # 13:59:50 UTC is 20:59:50 in Jakarta, ten seconds before the quiet window.
    start = datetime(2024, 5, 1, 13, 59, 50, tzinfo=UTC)
    policy = policy_from("min=5,max=5,quiet=21:00-07:00,tz=Asia/Jakarta")
    clock, pacer = make(policy, start)
    times = [at for at, _ in await grants(clock, pacer, 4)]
    assert times[:2] == [start, start + timedelta(seconds=5)]
    assert times[2] == datetime(2024, 5, 2, 7, 0, tzinfo=JAKARTA)  # not at 21:00, but when the window ends
    assert times[3] == times[2] + timedelta(seconds=5)


async def test_starting_inside_the_quiet_window_after_midnight() -> None:
    start = datetime(2024, 5, 1, 19, 0, tzinfo=UTC)  # 02:00 on 2 May in Jakarta
    clock, pacer = make(policy_from("none,quiet=21:00-07:00,tz=Asia/Jakarta"), start)
    assert pacer.waiting_for == "quiet hours"
    assert pacer.next_allowed_at == datetime(2024, 5, 2, 7, tzinfo=JAKARTA)
    await clock.run(pacer.acquire(1))
    assert clock.now() == datetime(2024, 5, 2, 0, 0, tzinfo=UTC)


async def test_two_tasks_sharing_a_pacer_keep_the_minimum_delay() -> None:
    clock, pacer = make(PacePolicy(8, 15, tz=JAKARTA))
    sent: list[tuple[str, datetime]] = []

    async def campaign(name: str, count: int) -> None:
        for _ in range(count):
            n = await pacer.acquire(5)
            sent.append((name, clock.now()))
            await clock.sleep(3)  # the request takes a while
            pacer.record_sent(n)

    await clock.run(asyncio.gather(campaign("a", 15), campaign("b", 15)))
    times = [at for _, at in sent]
    assert len(times) == 30
    assert times == sorted(times)
    assert all(gap >= 8 for gap in gaps(times)), gaps(times)
    # First come, first served: the two campaigns take turns.
    assert [name for name, _ in sent[:6]] == ["a", "b", "a", "b", "a", "b"]


async def test_waiters_are_served_in_arrival_order() -> None:
    clock, pacer = make(PacePolicy(10, 10, tz=JAKARTA))
    order: list[int] = []

    async def one(index: int) -> None:
        await pacer.acquire()
        order.append(index)

    tasks = []
    for index in range(5):
        tasks.append(asyncio.create_task(one(index)))
        await clock.settle()
    await clock.run(asyncio.gather(*tasks))
    assert order == [0, 1, 2, 3, 4]
    assert clock.now() == START + timedelta(seconds=40)


async def test_retry_after_pause() -> None:
    clock, pacer = make(PacePolicy(1, 1, tz=JAKARTA))
    assert await clock.run(pacer.acquire()) == 1
    pacer.release(1)  # the provider answered 429
    pacer.pause_for(120)
    assert pacer.waiting_for == "paused"
    assert pacer.paused_until == START + timedelta(seconds=120)
    pacer.pause_until(START + timedelta(seconds=60))  # an earlier pause does not shorten it
    await clock.run(pacer.acquire())
    assert clock.now() == START + timedelta(seconds=120)
    assert pacer.paused_until is None
    with pytest.raises(ValueError):
        pacer.pause_until(datetime(2024, 5, 1, 12, 0))


async def test_resume_and_set_policy_cut_a_wait_short() -> None:
    clock, pacer = make(PacePolicy(1, 1, tz=JAKARTA))
    pacer.pause_for(3600)
    task = asyncio.create_task(pacer.acquire())
    await clock.run_for(10)
    assert not task.done()
    pacer.resume()
    await clock.settle()
    assert task.done() and task.result() == 1
    assert clock.now() == START + timedelta(seconds=10)

    clock2, slow = make(PRESETS["safe"].with_tz(JAKARTA))
    await clock2.run(slow.acquire())
    waiting = asyncio.create_task(slow.acquire(10))
    await clock2.settle()
    assert slow.waiting_for == "delay"
    slow.set_policy(PRESETS["none"])
    await clock2.settle()
    assert waiting.done() and waiting.result() == 10
    assert clock2.now() == START


async def test_cancelling_a_waiting_acquire_leaves_the_pacer_usable() -> None:
    clock, pacer = make(PacePolicy(30, 30, tz=JAKARTA))
    await clock.run(pacer.acquire())
    task = asyncio.create_task(pacer.acquire())
    await clock.run_for(5)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert clock.pending_sleepers == 0
    await clock.run(pacer.acquire())
    assert clock.now() == START + timedelta(seconds=30)


async def test_record_sent_without_acquire_counts_for_the_cap() -> None:
    _, pacer = make(PacePolicy(0, 0, daily_cap=10, tz=JAKARTA), sent_today=lambda day: 4)
    pacer.record_sent(6)
    assert pacer.count_today == 10
    assert pacer.last_sent_at == START
    assert pacer.next_allowed_at == datetime(2024, 5, 2, tzinfo=JAKARTA)


async def test_acquire_rejects_nonsense() -> None:
    _, pacer = make(PRESETS["none"])
    with pytest.raises(ValueError):
        await pacer.acquire(0)
    with pytest.raises(ValueError):
        pacer.record_sent(-1)


def test_policy_is_frozen_and_describable() -> None:
    policy = PRESETS["safe"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.min_delay = 1  # type: ignore[misc]
    assert "30–60 s" in policy.describe() and "200 a day" in policy.describe()
    assert PRESETS["none"].describe() == "no pacing"


def test_try_acquire_grants_what_may_go_now_and_never_waits() -> None:
    clock, pacer = make(PacePolicy(0, 0, rest_every=20, rest_min=60, rest_max=60, tz=JAKARTA))
    assert [pacer.try_acquire(8) for _ in range(3)] == [8, 8, 4]  # up to the rest
    assert pacer.try_acquire(8) == 0  # the rest has begun: nothing now, and no waiting
    clock.advance(60)
    assert pacer.try_acquire(8) == 8

    clock, pacer = make(PRESETS["normal"])
    assert pacer.try_acquire(5) == 1  # a delay is required: one at a time
    assert pacer.try_acquire(5) == 0
