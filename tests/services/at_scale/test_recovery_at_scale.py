"""Recovery of many messages a crash left in ``sending`` (Wablas, over loopback): the gateway is asked a few
lookups at a time, the answers are written in a few transactions, and what may have arrived is never sent again."""

from __future__ import annotations

from collections import Counter

from tests.support.counting import CountingTransport
from wadesk.app import App
from wadesk.domain import DeliveryStatus, OutgoingMessage, Recipient
from wadesk.providers.base import LOOKUPS_IN_FLIGHT
from wadesk.services.clock import ManualClock
from wadesk.services.events import MessagesChanged
from wadesk.simulator.server import SimulatorServer

ARRIVED = 200  # the gateway accepted them, then wadesk died before writing that down
NEVER_SENT = 100  # wadesk died after marking them, before the request


async def test_many_stuck_messages_are_looked_up_a_few_at_a_time_and_written_in_a_few_transactions(
    app: App, sim: SimulatorServer, clock: ManualClock, transport: CountingTransport
) -> None:
    account = app.accounts.get("wablas")
    campaign = app.store.outbox.create_campaign(account.id, "promo", "Halo", "none")
    count = ARRIVED + NEVER_SENT
    messages = [OutgoingMessage(ref_id=f"r{i}", to=Recipient(f"62812{i:08d}1"), text="Halo") for i in range(count)]
    rows = app.outbox.enqueue(account, messages, campaign_id=campaign)
    app.store.messages.mark_sending([r.id for r in rows])
    gateway = sim.state.wablas
    known = {
        m.ref_id: gateway.accept(phone=m.to.address, category="text", message=m.text, ref_id=m.ref_id).id
        for m in messages[:ARRIVED]
    }
    clock.advance(sim.state.step_seconds)  # the gateway has sent them meanwhile
    told: list[MessagesChanged] = []
    app.events.subscribe(told.append, MessagesChanged)

    report = await app.outbox.recover()

    assert report.errors == [] and report.recovered == count
    after = {r.ref_id: r for r in app.store.outbox.get_many([r.id for r in rows])}
    assert Counter(r.status for r in after.values()) == {
        DeliveryStatus.SENT: ARRIVED,
        DeliveryStatus.QUEUED: NEVER_SENT,
    }
    assert {ref: after[ref].provider_message_id for ref in known} == known
    assert len(transport.requests) == count  # Wablas looks up one reference per request...
    assert transport.most_at_once == LOOKUPS_IN_FLIGHT  # ... a few at a time, never more
    assert len(told) == 3  # accepted, then "sent" as the gateway says, then back to the queue: three transactions
    assert len(gateway.messages) == ARRIVED  # recovery sends nothing
    assert sorted(sorted(e.message_ids) for e in told) == sorted(
        [
            sorted(after[ref].id for ref in known),
            sorted(after[ref].id for ref in known),
            sorted(r.id for ref, r in after.items() if ref not in known),
        ]
    )


async def test_after_a_rate_limit_the_rest_stays_sending_and_nothing_is_sent_again(
    app: App, sim: SimulatorServer, transport: CountingTransport
) -> None:
    account = app.accounts.get("wablas")
    messages = [OutgoingMessage(ref_id=f"r{i}", to=Recipient(f"62812{i:08d}1"), text="Halo") for i in range(50)]
    rows = app.outbox.enqueue(account, messages)
    app.store.messages.mark_sending([r.id for r in rows])
    sim.state.faults = "rate_limit_rate=1"  # every request: 429

    report = await app.outbox.recover()

    assert report.recovered == 0 and len(report.errors) == 1
    assert {r.status for r in app.store.outbox.get_many([r.id for r in rows])} == {DeliveryStatus.SENDING}
    assert len(transport.requests) <= LOOKUPS_IN_FLIGHT  # what was under way when the gateway said "later"
    assert sim.state.wablas.messages == {}
