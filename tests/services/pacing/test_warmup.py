"""The governor's table: a new number's warm-up advances on good days only; gateway words that mean trouble."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from wadesk.services.clock import ManualClock
from wadesk.services.pacing import Pacer, lay_out, policy_from
from wadesk.services.pacing.warmup import GOVERNOR, DayCount, is_trouble, warmup

DAY = date(2026, 11, 23)


def test_the_ramp_is_20_50_120_300_then_the_paces_own_cap() -> None:
    caps = [GOVERNOR.warmup_cap(good) for good in range(GOVERNOR.warmup_days + 1)]
    assert caps[:3] == [20] * 3 and caps[3:7] == [50] * 4 and caps[7:14] == [120] * 7 and caps[14:21] == [300] * 7
    assert caps[21] is None and GOVERNOR.warmup_days == 21
    assert GOVERNOR.hourly_cap < 30 and max(c for c in caps[:3] if c) <= 50  # the most careful published advice


def test_only_good_days_advance_the_warm_up() -> None:
    good = [DayCount(DAY - timedelta(days=n), 20, 0) for n in (1, 2, 3)]
    assert warmup(good, DAY).daily_cap == 50 and warmup(good, DAY).day == 4
    bad = [*good[1:], DayCount(DAY - timedelta(days=1), 10, 10)]
    ramp = warmup(bad, DAY)
    assert ramp.held and ramp.daily_cap == 20 and ramp.day == 3
    assert warmup([DayCount(DAY, 20, 0)], DAY).day == 1  # today does not count yet
    assert warmup([], DAY).daily_cap == 20


@pytest.mark.parametrize(
    "words",
    [
        "wablas: whatsapp sender not connected, need scan qr code again",
        "wacloud: HTTP 400: Device is not connected (status: disconnected). Pair it first.",
        "chatbot: HTTP 403: This number is banned from using WhatsApp",
        "Chatbot: WhatsApp belum terhubung, silakan scan QR code terlebih dahulu",
        "your number is blocked",
    ],
)
def test_words_that_mean_trouble(words: str) -> None:
    assert is_trouble(words)


@pytest.mark.parametrize("words", [None, "", "invalid number", "Server Error", "the number is not on WhatsApp"])
def test_words_that_do_not(words: str | None) -> None:
    assert not is_trouble(words)


async def test_the_pacer_applies_the_governors_caps_to_a_paced_policy_only() -> None:
    start = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    policy = policy_from("min=1,max=1,tz=UTC")
    times = lay_out(policy, start, 30, limits=lambda day: (None, 10))
    assert times[9] < start + timedelta(hours=1) <= times[10]  # ten an hour
    assert times[29] >= start + timedelta(hours=2)
    unpaced = lay_out(policy_from("none,tz=UTC"), start, 30, limits=lambda day: (5, 10))
    assert unpaced[-1] == start  # the "none" pace (simulators, tests) is left alone

    clock = ManualClock(start)
    pacer = Pacer(policy, clock, limits=lambda day: (3, None))
    for _ in range(3):
        assert await pacer.acquire() == 1
        pacer.record_sent()
        clock.advance(1)
    assert pacer.waiting_for == "daily cap" and pacer.remaining_today == 0 and pacer.daily_cap == 3
