"""The outbox tells the change feed what it wrote: one ``MessagesChanged`` per committed transaction (not per
row), read back from the store as the listener hears it, and ``CampaignsChanged`` when a campaign has nothing
left to send."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from tests.services.outbox.hostile import messages
from tests.support.gateways import START
from wadesk.app import App
from wadesk.domain import DeliveryStatus
from wadesk.services import outbox
from wadesk.services.clock import ManualClock
from wadesk.services.events import CampaignsChanged, MessagesChanged
from wadesk.simulator.server import SimulatorServer

S = DeliveryStatus


@pytest.fixture
async def sim() -> AsyncIterator[SimulatorServer]:
    async with SimulatorServer(providers=["wablas"], step_seconds=3600) as server:
        server.state.wablas.device.quota = None
        yield server


class Heard:
    """Every event, with what the store said about its messages at that moment (status, attempt)."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.events: list[object] = []
        self.seen: list[dict[int, tuple[S, int]]] = []
        app.events.subscribe(self.hear)

    def hear(self, event: object) -> None:
        self.events.append(event)
        if isinstance(event, MessagesChanged):
            rows = self.app.store.outbox.get_many(sorted(event.message_ids))
            self.seen.append({r.id: (r.status, r.attempt) for r in rows})

    @property
    def messages(self) -> list[MessagesChanged]:
        return [e for e in self.events if isinstance(e, MessagesChanged)]

    def statuses(self) -> list[set[S]]:
        return [{status for status, _ in seen.values()} for seen in self.seen]


async def test_a_campaign_is_told_once_per_transaction_and_once_finished(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outbox, "WRITE_EVERY", 3600.0)  # the answers are recorded together once all are in
    account = app.accounts.get("wablas")
    campaign = app.store.outbox.create_campaign(account.id, "promo", "Halo", "none")
    heard = Heard(app)

    rows = app.outbox.enqueue(account, messages(250), campaign_id=campaign)
    await app.outbox.run()

    ids = frozenset(r.id for r in rows)
    # stored, marked sending (three requests of 100 at once: one transaction), answered (one transaction)
    assert [e.message_ids for e in heard.messages] == [ids, ids, ids]
    assert heard.statuses() == [{S.QUEUED}, {S.SENDING}, {S.ACCEPTED}]  # committed before it was told
    for event in heard.messages:
        assert event.campaign_ids == {campaign} and event.account_ids == {account.id}
    assert heard.events[-1] == CampaignsChanged(frozenset({campaign}))
    assert sum(isinstance(e, CampaignsChanged) for e in heard.events) == 1


async def test_a_rate_limited_attempt_is_told_once_it_no_longer_counts(app: App, sim: SimulatorServer) -> None:
    [row] = app.outbox.enqueue(app.accounts.get("wablas"), messages(1))
    heard = Heard(app)
    sim.state.faults = "rate_limit_rate=1,retry_after=60"

    await app.outbox.run()

    # sending (attempt 1), then back in the queue with the attempt taken back, in one event
    assert [seen[row.id] for seen in heard.seen] == [(S.SENDING, 1), (S.QUEUED, 0)]
    assert not any(isinstance(e, CampaignsChanged) for e in heard.events)  # not a campaign


async def test_recovery_and_released_schedules_are_told(app: App) -> None:
    clock = app.outbox.clock
    assert isinstance(clock, ManualClock)
    account = app.accounts.get("wablas")
    [stuck] = app.outbox.enqueue(account, messages(1, "s"))
    app.store.messages.mark_sending([stuck.id])  # ... and wadesk was killed before the request
    [later] = app.outbox.enqueue(account, messages(1, "l"), at=START + timedelta(minutes=5))
    heard = Heard(app)

    await app.outbox.run()  # recovery: the gateway never had it, so it goes back to the queue and out
    clock.advance(5 * 60)
    await app.outbox.run()  # the schedule is due

    told = [(sorted(seen), {status for status, _ in seen.values()}) for seen in heard.seen]
    assert told == [
        ([stuck.id], {S.QUEUED}),  # recovered: the gateway had not received it
        ([stuck.id], {S.SENDING}),
        ([stuck.id], {S.ACCEPTED}),
        ([later.id], {S.QUEUED}),  # released
        ([later.id], {S.SENDING}),
        ([later.id], {S.ACCEPTED}),
    ]


async def test_a_campaign_finished_again_after_a_retry_is_told_again(app: App, sim: SimulatorServer) -> None:
    account = app.accounts.get("wablas")
    campaign = app.store.outbox.create_campaign(account.id, "promo", "Halo", "none")
    rows = app.outbox.enqueue(account, messages(3), campaign_id=campaign)
    heard = Heard(app)
    sim.state.faults = "invalid_credentials=1"  # refused: failed, and nothing left to send
    await app.outbox.run()
    assert {app.store.messages.get(r.id).status for r in rows} == {S.FAILED}
    finished = [e for e in heard.events if isinstance(e, CampaignsChanged)]
    assert finished == [CampaignsChanged(frozenset({campaign}))]

    sim.state.faults = None
    await app.outbox.retry(app.outbox.retry_plan(campaign_id=campaign))
    await app.outbox.run()  # nothing more to do: nothing more to tell

    assert {app.store.messages.get(r.id).status for r in rows} == {S.ACCEPTED}
    finished = [e for e in heard.events if isinstance(e, CampaignsChanged)]
    assert finished == [CampaignsChanged(frozenset({campaign}))] * 2


async def test_messages_queued_off_the_event_loop_are_told_once_stored(app: App) -> None:
    account = app.accounts.get("wablas")
    heard = Heard(app)

    rows = await app.outbox.queue(account, messages(300))  # what the window and the sending service use

    assert [e.message_ids for e in heard.messages] == [frozenset(r.id for r in rows)]
    assert heard.statuses() == [{S.QUEUED}]  # committed before it was told
