"""A 429, whatever its ``Retry-After`` says, means "later": never a burst of retries, never a failed message.

The simulator's real 429 fault over loopback; the odd header values are what a badly behaved gateway sends
(rewritten in transit, so the whole path — HTTP client, header parsing, outbox — sees them).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from tests.services.outbox.hostile import GatewayLine, messages
from tests.support.gateways import START, paired_chatbot
from wadesk.app import App
from wadesk.domain import DeliveryStatus
from wadesk.providers.chatbot import INFO as CHATBOT
from wadesk.services.clock import ManualClock
from wadesk.services.outbox import MAX_ATTEMPTS
from wadesk.simulator.server import SimulatorServer


@pytest.fixture
async def sim() -> AsyncIterator[SimulatorServer]:
    async with paired_chatbot(step_seconds=0.01) as server:
        yield server


def clock_of(app: App) -> ManualClock:
    assert isinstance(app.outbox.clock, ManualClock)
    return app.outbox.clock


async def test_retry_after_zero_is_not_a_burst_and_fails_nothing(
    app: App, sim: SimulatorServer, line: GatewayLine
) -> None:
    rows = app.outbox.enqueue(app.accounts.get("chatbot"), messages(20))
    sim.state.faults = "rate_limit_rate=1,retry_after=0"
    await app.outbox.run()
    stored = app.store.outbox.get_many([r.id for r in rows])
    assert {r.status for r in stored} == {DeliveryStatus.QUEUED}  # not one failed
    assert line.requests <= CHATBOT.limits.max_in_flight  # the first answer said "later": the account waits
    waiting = [r for r in stored if r.next_attempt_at is not None]
    assert waiting and all(r.next_attempt_at >= START + timedelta(seconds=5) for r in waiting)

    sim.state.faults = None  # the gateway is fine again
    clock_of(app).advance(5)
    report = await app.outbox.run()
    assert report.sent == 20
    assert len(sim.state.delivered("chatbot")) == 20


@pytest.mark.parametrize("header", ["0", "-5", "inf", "-inf", "nan", "1e12", "1e400", "99999999999999999999"])
async def test_any_retry_after_gives_a_sane_wait(
    app: App, sim: SimulatorServer, line: GatewayLine, header: str
) -> None:
    [row] = app.outbox.enqueue(app.accounts.get("chatbot"), messages(1))
    sim.state.faults = "rate_limit_rate=1"
    line.retry_after = header
    await app.outbox.run()
    stored = app.store.messages.get(row.id)
    assert stored.status is DeliveryStatus.QUEUED
    assert stored.next_attempt_at is not None
    wait = (stored.next_attempt_at - START).total_seconds()
    assert 5 <= wait <= 3600, wait
    assert line.requests == 1

    sim.state.faults = None
    clock_of(app).advance(wait)
    assert (await app.outbox.run()).sent == 1


async def test_rate_limits_never_use_up_the_attempts(app: App, sim: SimulatorServer, line: GatewayLine) -> None:
    [row] = app.outbox.enqueue(app.accounts.get("chatbot"), messages(1))
    sim.state.faults = "rate_limit_rate=1,retry_after=10"
    for _ in range(3 * MAX_ATTEMPTS):  # the gateway says "later", again and again
        await app.outbox.run()
        stored = app.store.messages.get(row.id)
        assert stored.status is DeliveryStatus.QUEUED, stored.error
        clock_of(app).advance(10)
    assert line.requests == 3 * MAX_ATTEMPTS
    sim.state.faults = None
    assert (await app.outbox.run()).sent == 1
    assert sim.state.delivered("chatbot") == [(row.to.address, "Halo r0")]
