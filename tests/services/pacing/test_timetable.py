"""A paced timetable: the dispatcher's pacing laid out in advance, for a send scheduled on a gateway."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, date, datetime, timedelta

from wadesk.services.pacing import PRESETS, lay_out, policy_from, timetable

START = datetime(2024, 5, 1, 3, 0, tzinfo=UTC)  # 10:00 in Jakarta; only ever the start of virtual time


async def test_safe_spaces_messages_and_rests_after_twenty() -> None:
    times = await timetable(PRESETS["safe"].with_tz(UTC), START, 22, rng=random.Random(3))
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    assert times[0] == START
    assert all(30 <= gap <= 60 for gap in gaps[:19])
    assert 300 <= gaps[19] <= 600  # the rest after the 20th message
    assert 30 <= gaps[20] <= 60


async def test_same_seed_same_timetable_and_nothing_waits() -> None:
    policy = policy_from("normal")
    first = await timetable(policy, START, 50, rng=random.Random(7))
    assert first == await timetable(policy, START, 50, rng=random.Random(7))
    assert first[-1] - first[0] >= timedelta(seconds=8 * 49)  # hours of pacing, computed at once


async def test_the_cap_counts_what_the_day_already_has() -> None:
    policy = policy_from("min=0,max=0,daily_cap=5,tz=UTC")
    busy = {START.date(): 4}

    def planned_on(day: date) -> int:
        return busy.get(day, 0)

    times = await timetable(policy, START, 3, planned_on=planned_on)
    tomorrow = datetime.combine(START.date() + timedelta(days=1), datetime.min.time(), UTC)
    assert times == [START, tomorrow, tomorrow]


async def test_quiet_hours_push_the_start() -> None:
    policy = policy_from("min=10,max=10,quiet=09:00-12:00,tz=Asia/Jakarta")  # START is 10:00 there
    times = await timetable(policy, START, 2)
    noon = START + timedelta(hours=2)
    assert times == [noon, noon + timedelta(seconds=10)]


def test_a_long_timetable_is_laid_out_without_the_event_loop() -> None:
    """Each wait is leapt over in virtual time: no sleep goes through an event loop (none runs here)."""
    times = lay_out(policy_from("normal"), START, 100_000, rng=random.Random(5))
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    assert len(times) == 100_000 and times[0] == START
    assert all(8 <= gap <= 15 for gap in gaps)
