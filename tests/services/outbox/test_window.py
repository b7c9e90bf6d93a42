"""The dispatcher keeps its gateway's ``max_in_flight`` requests going (a sliding window, not rounds that wait for
their slowest request) and records the answers in few transactions, each told once after its commit."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from tests.services.outbox.hostile import GatewayLine, messages, step_until
from tests.support.gateways import paired_chatbot
from wadesk.app import App
from wadesk.domain import DeliveryStatus
from wadesk.providers.chatbot import INFO as CHATBOT
from wadesk.services import outbox
from wadesk.services.clock import ManualClock
from wadesk.services.events import MessagesChanged
from wadesk.simulator.server import SimulatorServer

S = DeliveryStatus


@pytest.fixture
async def sim() -> AsyncIterator[SimulatorServer]:
    async with paired_chatbot() as server:
        yield server


def counts(app: App) -> dict[S, int]:
    return app.store.messages.count_by_status()


async def test_the_next_request_starts_while_an_earlier_one_is_still_unanswered(app: App, sim: SimulatorServer) -> None:
    assert CHATBOT.limits.max_in_flight > 1
    rows = app.outbox.enqueue(app.accounts.get("chatbot"), messages(20))
    sim.state.hold_next(1)  # the gateway takes the first request and keeps its answer back
    clock = app.outbox.clock
    assert isinstance(clock, ManualClock)
    run = asyncio.ensure_future(app.outbox.run())
    try:
        # every other message goes out and is answered while the first request is still held
        await step_until(clock, run, lambda: counts(app)[S.ACCEPTED] == 19)
        assert sim.state.held == 1
        assert counts(app)[S.SENDING] == 1
    finally:
        sim.state.release_held()
    report = await run
    assert report.sent == 20
    assert {r.status for r in app.store.outbox.get_many([r.id for r in rows])} == {S.ACCEPTED}


async def test_answers_are_recorded_in_fewer_transactions_than_requests(
    app: App, sim: SimulatorServer, line: GatewayLine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outbox, "WRITE_EVERY", 3600.0)  # answers wait for the window to be quiet: one commit
    rows = app.outbox.enqueue(app.accounts.get("chatbot"), messages(40))
    told: list[set[S]] = []

    def hear(event: object) -> None:  # what the store says about the messages as each event is heard
        if isinstance(event, MessagesChanged):
            told.append({r.status for r in app.store.outbox.get_many(sorted(event.message_ids))})

    app.events.subscribe(hear)
    sim.state.hold_next(1)
    clock = app.outbox.clock
    assert isinstance(clock, ManualClock)
    run = asyncio.ensure_future(app.outbox.run())
    try:
        await step_until(clock, run, lambda: line.requests == 40)  # every request started
    finally:
        sim.state.release_held()
    report = await run

    assert report.sent == 40 and {r.status for r in app.store.outbox.get_many([r.id for r in rows])} == {S.ACCEPTED}
    answered = [statuses for statuses in told if S.SENDING not in statuses]
    assert answered == [{S.ACCEPTED}]  # 40 requests, one transaction for their answers, told after its commit
    marked = [statuses for statuses in told if statuses == {S.SENDING}]
    assert len(marked) == 40 // CHATBOT.limits.max_in_flight  # committed ``sending`` a window at a time
