"""The sending governor on a controlled clock, over real loopback HTTP to the simulator and a real SQLite file.

A new device never sends more than its warm-up day's cap; the hourly cap spreads a burst; three "banned" or
"not connected" answers in a row pause the device (every campaign on it, nothing lost), a restart keeps the pause,
and resuming sends the rest exactly once; campaigns and one person's message on one device share one pace.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from collections.abc import AsyncIterator, Coroutine
from datetime import datetime, timedelta
from typing import TypeVar

import pytest

from tests.services.outbox.hostile import messages
from tests.support.gateways import START, paired_chatbot
from wadesk.app import App
from wadesk.domain import DeliveryStatus
from wadesk.services.clock import ManualClock
from wadesk.services.events import DeviceChanged, SendingStateChanged
from wadesk.services.outbox import Outbox
from wadesk.services.pacing import policy_from
from wadesk.services.pacing.governor import device_limits
from wadesk.services.pacing.warmup import GovernorTable, WarmupStep
from wadesk.services.sending.estimate import estimate
from wadesk.services.sending.plan import HeldBy
from wadesk.simulator.chatbot import NOT_PAIRED
from wadesk.simulator.faults import BANNED
from wadesk.simulator.server import SimulatorServer

T = TypeVar("T")
S = DeliveryStatus


@pytest.fixture
async def sim() -> AsyncIterator[SimulatorServer]:
    async with paired_chatbot(step_seconds=0.01) as server:
        yield server


def clock_of(app: App) -> ManualClock:
    assert isinstance(app.outbox.clock, ManualClock)
    return app.outbox.clock


async def drive(clock: ManualClock, work: Coroutine[object, object, T]) -> T:
    """Run ``work``, which waits on the network (really) and on the clock (jumped over at once)."""
    task = asyncio.ensure_future(work)
    while not task.done():
        await asyncio.wait([task], timeout=0.02)
        wakeup = clock.next_wakeup
        if not task.done() and wakeup is not None:
            clock.set(max(wakeup, clock.now()))
    return task.result()


def sent_times(app: App) -> list[datetime]:
    clock = clock_of(app)
    times: list[datetime] = []
    app.outbox.on_progress = lambda row: times.append(clock.now()) if row.status is S.ACCEPTED else None
    return times


async def test_a_new_device_never_exceeds_its_warm_up_days_cap(app: App, sim: SimulatorServer) -> None:
    account = app.accounts.get("chatbot")
    campaign = app.store.outbox.create_campaign(account.id, "promo", "Halo", "safe")
    app.outbox.enqueue(account, messages(75), campaign_id=campaign)
    times = sent_times(app)
    state = app.outbox.sending_state(account)
    assert state.warmup.day == 1 and state.cap_today == 20 and "warm-up day 1 of 21" in state.text

    report = await drive(clock_of(app), app.outbox.run())

    assert report.sent == 75
    tz = app.outbox.governor.tz
    per_day = Counter(t.astimezone(tz).date() for t in times)
    days = sorted(per_day)
    assert [per_day[d] for d in days] == [20, 20, 20, 15]  # 20 a day for three good days, then up to 50
    assert days[-1] - days[0] == timedelta(days=3)
    assert max(Counter(t.replace(minute=0, second=0, microsecond=0) for t in times).values()) <= 25
    assert app.outbox.sending_state(account).warmup.day == 4  # three good days behind it


async def test_a_day_with_many_refusals_holds_the_warm_up_step(app: App, sim: SimulatorServer) -> None:
    account = app.accounts.get("chatbot")
    governor = app.outbox.governor
    now = clock_of(app).now()
    for day in range(3):
        governor.count(account.id, now - timedelta(days=3 - day), 20, 1 if day != 2 else 10)
    ramp = governor.warmup(account.id, now.astimezone(governor.tz).date())
    assert ramp.held and ramp.day == 3 and ramp.daily_cap == 20  # the third day's refusals held it at step one


async def test_the_hourly_cap_spreads_a_burst(app: App, sim: SimulatorServer) -> None:
    account = app.accounts.get("chatbot")
    app.outbox.governor.table = GovernorTable(warmup=(), hourly_cap=10)  # a device already warmed up
    campaign = app.store.outbox.create_campaign(account.id, "burst", "Halo", "min=1,max=2")
    app.outbox.enqueue(account, messages(35), campaign_id=campaign)
    times = sent_times(app)

    report = await drive(clock_of(app), app.outbox.run())

    assert report.sent == 35
    per_hour = Counter(t.replace(minute=0, second=0, microsecond=0) for t in times)
    assert sorted(per_hour.values()) == [5, 10, 10, 10]  # 35 in 4 clock hours, never more than 10 in one
    assert min(per_hour) == START.replace(minute=0)


async def test_campaigns_and_a_single_send_on_one_device_share_one_pace(app: App, sim: SimulatorServer) -> None:
    account = app.accounts.get("chatbot")
    app.outbox.governor.table = GovernorTable(warmup=(WarmupStep(1, 5),))
    first = app.store.outbox.create_campaign(account.id, "one", "Halo", "min=10,max=20")
    second = app.store.outbox.create_campaign(account.id, "two", "Halo", "min=10,max=20")
    app.outbox.enqueue(account, messages(3, "a"), campaign_id=first)
    app.outbox.enqueue(account, messages(3, "b"), campaign_id=second)
    [single] = app.outbox.enqueue(account, messages(1, "s"))
    times = sent_times(app)

    report = await drive(clock_of(app), app.outbox.run())

    assert report.sent == 7
    assert app.store.messages.get(single.id).status is S.ACCEPTED
    tz = app.outbox.governor.tz
    per_day = Counter(t.astimezone(tz).date() for t in times)
    assert sorted(per_day.values()) == [2, 5]  # one cap of 5 for the device: the single send counted in it
    campaign_gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times[1:])]
    assert all(gap >= 10 for gap in campaign_gaps)  # both campaigns' messages spaced by one pace


async def test_three_banned_answers_pause_every_campaign_and_resuming_sends_the_rest_once(
    app: App, sim: SimulatorServer
) -> None:
    account = app.accounts.get("chatbot")
    told: list[SendingStateChanged] = []
    app.events.subscribe(told.append, SendingStateChanged)
    first = app.store.outbox.create_campaign(account.id, "one", "Halo", "min=1,max=2")
    second = app.store.outbox.create_campaign(account.id, "two", "Halo", "min=1,max=2")
    rows = app.outbox.enqueue(account, messages(5, "a"), campaign_id=first)
    rows += app.outbox.enqueue(account, messages(5, "b"), campaign_id=second)
    sim.state.faults = "banned_rate=1"

    await drive(clock_of(app), app.outbox.run())

    statuses = Counter(r.status for r in app.store.outbox.get_many([r.id for r in rows]))
    assert statuses == {S.FAILED: 3, S.QUEUED: 7}  # three refused, the rest kept
    state = app.outbox.sending_state(account)
    assert state.paused and BANNED in (state.reason or "") and state.until is None
    assert [(e.account_id, e.paused) for e in told] == [(account.id, True)] and BANNED in told[0].reason
    queued = {r.campaign_id for r in app.store.outbox.get_many([r.id for r in rows]) if r.status is S.QUEUED}
    assert queued == {first, second}  # both campaigns on the device wait

    sim.state.faults = None  # the gateway is fine again, but only the user says to send again
    clock_of(app).advance(3600)
    assert (await drive(clock_of(app), app.outbox.run())).sent == 0

    # A restart (a new dispatcher over the same store) keeps the pause.
    again = Outbox(app.store, app.accounts, clock=clock_of(app), events=app.events)
    assert again.sending_state(account).paused
    assert (await drive(clock_of(app), again.run())).sent == 0

    assert again.resume_sending(account.id)
    assert not again.sending_state(account).paused
    assert told[-1] == SendingStateChanged(account.id, False, device="chatbot")
    report = await drive(clock_of(app), again.run())
    assert report.sent == 7
    delivered = sim.state.delivered("chatbot")
    assert len(delivered) == 7 and len(set(delivered)) == 7  # the rest, each exactly once


async def test_not_connected_answers_pause_the_device_in_the_gateways_words(app: App, sim: SimulatorServer) -> None:
    account = app.accounts.get("chatbot")
    sim.state.provider("chatbot").logout()  # type: ignore[attr-defined]
    rows = app.outbox.enqueue(account, messages(6))
    await drive(clock_of(app), app.outbox.run())
    state = app.outbox.sending_state(account)
    assert state.paused and NOT_PAIRED in (state.reason or "")
    assert "paused: " in state.text
    assert {r.status for r in app.store.outbox.get_many([r.id for r in rows])} == {S.FAILED}  # all went at once
    later = app.outbox.enqueue(account, messages(2, "later"))
    assert (await app.outbox.run()).sent == 0
    assert {r.status for r in app.store.outbox.get_many([r.id for r in later])} == {S.QUEUED}  # kept for later


async def test_a_rate_limit_pauses_until_its_wait_is_over(app: App, sim: SimulatorServer) -> None:
    account = app.accounts.get("chatbot")
    app.outbox.enqueue(account, messages(3))
    sim.state.faults = "rate_limit_rate=1,retry_after=120"
    await app.outbox.run()
    state = app.outbox.sending_state(account)
    assert state.paused and state.until == START + timedelta(seconds=120) and "paused until" in state.text
    sim.state.faults = None
    clock_of(app).advance(121)
    assert not app.outbox.sending_state(account).paused  # the stated wait is over: it resumes by itself
    assert (await app.outbox.run()).sent == 3


async def test_a_device_that_drops_pauses_its_sending(app: App, sim: SimulatorServer) -> None:
    account = app.accounts.get("chatbot")
    stop = app.outbox.governor.watch_devices()  # as the sending service does while it runs (``Outbox.serve``)
    app.events.publish(DeviceChanged(account.id, None, went_offline=True))
    state = app.outbox.sending_state(account)
    assert state.paused and "not connected" in state.text
    rows = app.outbox.enqueue(account, messages(2))
    assert (await app.outbox.run()).sent == 0
    assert {r.status for r in app.store.outbox.get_many([r.id for r in rows])} == {S.QUEUED}
    assert app.outbox.resume_sending(account.id)
    assert (await app.outbox.run()).sent == 2
    stop()
    app.events.publish(DeviceChanged(account.id, None, went_offline=True))
    assert not app.outbox.sending_state(account).paused  # no longer followed once the service stopped


async def test_the_composers_estimate_counts_the_same_caps(app: App, sim: SimulatorServer) -> None:
    account = app.accounts.get("chatbot")
    policy = policy_from("safe")
    limits = device_limits(app.store, account.id, policy.tz)
    when = await estimate(policy, START, 75, held_by=HeldBy.WADESK, paced=True, day_count=lambda day: 0, limits=limits)
    days = (when.finish.astimezone(policy.tz).date() - START.astimezone(policy.tz).date()).days
    assert days == 3  # 20 a day for three days, the last 15 on the fourth, as the dispatcher sends them
    unlimited = await estimate(policy, START, 75, held_by=HeldBy.WADESK, paced=True, day_count=lambda day: 0)
    assert unlimited.finish < when.finish
