"""The outbox engine in-process, against the simulator over loopback, on a controllable clock."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Coroutine
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest

from tests.support.clocks import GatewayTime
from tests.support.gateways import outbox_app
from wadesk.app import App
from wadesk.domain import DeliveryStatus, OutgoingMessage, Recipient
from wadesk.services.clock import ManualClock
from wadesk.simulator.server import SimulatorServer

T = TypeVar("T")
START = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # where the test's clock starts; wadesk and the gateway both read it


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def sim(clock: ManualClock) -> AsyncIterator[SimulatorServer]:
    async with SimulatorServer(providers=["wablas", "chatbot"], clock=GatewayTime(clock), step_seconds=0.01) as server:
        server.state.provider("chatbot").scan(None)  # type: ignore[attr-defined]  # pair the simulated phone
        yield server


@pytest.fixture
async def app(tmp_path: Path, sim: SimulatorServer, clock: ManualClock) -> AsyncIterator[App]:
    async with outbox_app(tmp_path / "home", sim, clock=clock) as app:
        yield app


async def drive(clock: ManualClock, work: Coroutine[object, object, T]) -> T:
    """Run ``work``, which waits on the network (really) and on the clock (jumped over at once)."""
    task = asyncio.ensure_future(work)
    while not task.done():
        await asyncio.wait([task], timeout=0.05)  # network I/O under way
        wakeup = clock.next_wakeup
        if not task.done() and wakeup is not None:
            clock.set(wakeup)
    return task.result()


def messages(n: int) -> list[OutgoingMessage]:
    return [OutgoingMessage(ref_id=f"r{i}", to=Recipient(f"62812{i:08d}1"), text=f"Halo {i}") for i in range(n)]


async def test_local_schedule_is_sent_when_due(app: App, sim: SimulatorServer) -> None:
    clock = app.outbox.clock
    assert isinstance(clock, ManualClock)
    account = app.accounts.get("chatbot")
    [row] = app.outbox.enqueue(account, messages(1), at=START + timedelta(hours=1))
    assert row.status is DeliveryStatus.SCHEDULED
    assert (await app.outbox.run()).sent == 0  # not yet
    clock.advance(3600)
    report = await app.outbox.run()
    assert report.released == 1 and report.sent == 1
    assert app.store.messages.get(row.id).status is DeliveryStatus.ACCEPTED


async def test_missed_schedule_waits_for_the_user(app: App) -> None:
    clock = app.outbox.clock
    assert isinstance(clock, ManualClock)
    account = app.accounts.get("chatbot")
    [row] = app.outbox.enqueue(account, messages(1), at=START + timedelta(minutes=10))
    clock.advance(3 * 3600)  # wadesk was closed meanwhile
    report = await app.outbox.run()
    assert report.missed == 1 and report.sent == 0
    held = app.store.messages.get(row.id)
    assert held.hold == "missed" and held.status is DeliveryStatus.SCHEDULED
    app.store.outbox.decide_missed(row.id, send_now=True)
    assert (await app.outbox.run()).sent == 1


async def test_skipping_a_missed_schedule_cancels_it(app: App) -> None:
    clock = app.outbox.clock
    assert isinstance(clock, ManualClock)
    [row] = app.outbox.enqueue(app.accounts.get("chatbot"), messages(1), at=START + timedelta(minutes=10))
    clock.advance(3600)
    await app.outbox.run()
    assert app.store.outbox.decide_missed(row.id, send_now=False).status is DeliveryStatus.CANCELLED


async def test_past_time_is_refused(app: App) -> None:
    with pytest.raises(Exception, match="already passed"):
        app.outbox.enqueue(app.accounts.get("chatbot"), messages(1), at=START - timedelta(minutes=1))
    assert app.store.messages.list() == []


async def test_native_schedule_edit_and_cancel_reach_the_gateway(app: App, sim: SimulatorServer) -> None:
    account = app.accounts.get("wablas")
    at = START + timedelta(days=1)
    rows = await app.outbox.enqueue_for_gateway(account, messages(2), at)
    stored = await app.outbox.schedule_native(account, rows)
    assert all(r.remote_schedule_id for r in stored)
    schedules = sim.state.wablas.schedules
    first, second = (schedules[r.remote_schedule_id or ""] for r in stored)
    assert first.state == "waiting"

    moved = await app.outbox.move_scheduled(stored[0], at + timedelta(hours=2))
    assert moved.scheduled_at == at + timedelta(hours=2)
    assert schedules[moved.remote_schedule_id or ""].schedule_at.endswith("12:00:00")  # 05:00 UTC = 12:00 Jakarta

    await app.outbox.cancel_scheduled(stored[1])
    assert second.state == "cancel"
    assert app.store.messages.get(stored[1].id).status is DeliveryStatus.CANCELLED
    assert (await app.outbox.run()).sent == 0  # native schedules are the gateway's to send


async def test_paused_campaign_waits_and_cancel_stops_it(app: App) -> None:
    account = app.accounts.get("wablas")
    campaign = app.store.outbox.create_campaign(account.id, "promo", "Halo", "none")
    rows = app.outbox.enqueue(account, messages(5), campaign_id=campaign)
    app.store.outbox.set_campaign_state(campaign, "paused")
    assert (await app.outbox.run()).sent == 0
    app.store.outbox.set_campaign_state(campaign, "cancelled")
    assert {app.store.messages.get(r.id).status for r in rows} == {DeliveryStatus.CANCELLED}


async def test_unreachable_gateway_is_retried_not_lost(app: App, sim: SimulatorServer) -> None:
    clock = app.outbox.clock
    assert isinstance(clock, ManualClock)
    account = app.accounts.get("chatbot")
    rows = app.outbox.enqueue(account, messages(1))
    sim.state.faults = "drop_rate=1"  # the connection breaks: that is ambiguous, so uncertain
    await app.outbox.run()
    assert app.store.messages.get(rows[0].id).status is DeliveryStatus.UNCERTAIN

    rows = app.outbox.enqueue(account, [OutgoingMessage(ref_id="r-429", to=Recipient("6281299990001"), text="x")])
    sim.state.faults = "rate_limit_rate=1,retry_after=7"
    await app.outbox.run()
    row = app.store.messages.get(rows[0].id)
    assert row.status is DeliveryStatus.QUEUED and row.next_attempt_at == START + timedelta(seconds=7)
    sim.state.faults = None
    assert (await app.outbox.run()).sent == 0  # Retry-After respected
    clock.advance(7)
    assert (await app.outbox.run()).sent == 1


async def test_wablas_batches_a_campaign(app: App, sim: SimulatorServer) -> None:
    account = app.accounts.get("wablas")
    campaign = app.store.outbox.create_campaign(account.id, "promo", "Halo", "none")
    app.outbox.enqueue(account, messages(250), campaign_id=campaign)
    report = await app.outbox.run()
    assert report.sent == 250
    assert len(sim.state.delivered("wablas")) == 250


async def test_a_campaign_is_paced_on_the_device_clock(app: App, sim: SimulatorServer) -> None:
    clock = app.outbox.clock
    assert isinstance(clock, ManualClock)
    account = app.accounts.get("chatbot")
    campaign = app.store.outbox.create_campaign(account.id, "promo", "Halo", "min=10,max=20,rest_every=2,rest=300")
    app.outbox.enqueue(account, messages(4), campaign_id=campaign)
    sent_at: list[datetime] = []
    app.outbox.on_progress = lambda row: sent_at.append(clock.now())
    report = await drive(clock, app.outbox.run())
    assert report.sent == 4
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(sent_at)]
    assert 10 <= gaps[0] <= 20  # the random delay between two messages
    assert gaps[1] >= 300  # the rest after every 2 messages
    assert 10 <= gaps[2] <= 20


async def test_a_single_message_is_not_paced(app: App) -> None:
    clock = app.outbox.clock
    assert isinstance(clock, ManualClock)
    start = clock.now()
    rows = app.outbox.enqueue(app.accounts.get("chatbot"), messages(1))
    await app.outbox.dispatch(app.accounts.get("chatbot"), rows)
    assert clock.now() == start
    assert app.store.messages.get(rows[0].id).status is DeliveryStatus.ACCEPTED
