"""Retrying what certainly did not arrive (failed messages go back to the queue, nothing else does), and what a
following ``outbox run`` tells as it goes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.support.gateways import outbox_app
from wadesk.app import App
from wadesk.domain import DeliveryStatus, OutgoingMessage, Recipient
from wadesk.domain.errors import ValidationError
from wadesk.domain.status import RETRY, can_move, can_retry
from wadesk.services.clock import ManualClock
from wadesk.simulator.server import SimulatorServer
from wadesk.store import Outcome

START = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)


@pytest.fixture
async def sim() -> AsyncIterator[SimulatorServer]:
    """Wablas, and a Chatbot gateway whose phone is not paired yet: it refuses every send."""
    async with SimulatorServer(providers=["wablas", "chatbot"], step_seconds=0.01) as server:
        yield server


@pytest.fixture
async def app(tmp_path: Path, sim: SimulatorServer) -> AsyncIterator[App]:
    async with outbox_app(tmp_path / "home", sim) as app:
        yield app


def messages(n: int, prefix: str = "r") -> list[OutgoingMessage]:
    return [OutgoingMessage(ref_id=f"{prefix}{i}", to=Recipient(f"62812{i:08d}1"), text=f"Halo {i}") for i in range(n)]


def test_retry_is_a_named_transition_not_a_loosening_of_can_move() -> None:
    assert RETRY == (DeliveryStatus.FAILED, DeliveryStatus.QUEUED)
    assert not can_move(DeliveryStatus.FAILED, DeliveryStatus.QUEUED)  # no report or outcome can do it
    assert [s for s in DeliveryStatus if can_retry(s)] == [DeliveryStatus.FAILED]


async def test_a_refused_message_is_retried_once_with_a_fresh_attempt_count(app: App, sim: SimulatorServer) -> None:
    account = app.accounts.get("chatbot")
    [row] = app.outbox.enqueue(account, messages(1))
    [failed] = await app.outbox.dispatch(account, [row])
    assert failed.status is DeliveryStatus.FAILED and failed.attempt == 1  # the phone is not paired

    sim.state.provider("chatbot").scan(None)  # type: ignore[attr-defined]  # the user fixed the cause
    plan = app.outbox.retry_plan([row.id])
    assert plan.ids == [row.id] and plan.refused == []
    [retried] = await app.outbox.retry(plan)
    assert retried.status is DeliveryStatus.ACCEPTED
    assert retried.attempt == 1  # counted afresh: this is the retry's first attempt
    assert retried.error is None
    assert len(sim.state.delivered("chatbot")) == 1

    events = [(e.status, e.note) for e in app.store.events.for_message(row.id)]
    assert [s for s, _ in events] == [
        DeliveryStatus.QUEUED,
        DeliveryStatus.SENDING,
        DeliveryStatus.FAILED,
        DeliveryStatus.QUEUED,  # the retry, in the history
        DeliveryStatus.SENDING,
        DeliveryStatus.ACCEPTED,
    ]
    assert events[3][1].startswith("retry on request")
    assert failed.error and failed.error in events[3][1]  # why it had failed stays in the history


async def test_only_what_certainly_did_not_arrive_is_retried(app: App, sim: SimulatorServer) -> None:
    chatbot, wablas = app.accounts.get("chatbot"), app.accounts.get("wablas")
    [refused] = app.outbox.enqueue(chatbot, messages(1, "c"))
    await app.outbox.dispatch(chatbot, [refused])
    [accepted] = app.outbox.enqueue(wablas, messages(1, "w"))
    await app.outbox.dispatch(wablas, [accepted])
    [maybe] = app.outbox.enqueue(wablas, messages(1, "u"))
    app.store.messages.mark_sending([maybe.id])  # a timeout after sending, as the dispatcher records it
    app.store.messages.record_outcomes([Outcome(maybe.id, DeliveryStatus.UNCERTAIN, error="timeout")])
    [waiting] = app.outbox.enqueue(wablas, messages(1, "q"))

    plan = app.outbox.retry_plan([refused.id, accepted.id, maybe.id, waiting.id, 999])
    assert plan.ids == [refused.id]
    reasons = dict(plan.refused)
    assert "gateway has it (accepted)" in reasons[accepted.id]
    assert "uncertain" in reasons[maybe.id] and "may have reached" in reasons[maybe.id]
    assert "queued" in reasons[waiting.id]
    assert "no such message" in reasons[999]
    assert app.store.messages.get(maybe.id).status is DeliveryStatus.UNCERTAIN  # asking changes nothing


async def test_a_campaign_retries_its_failed_messages_only(app: App, sim: SimulatorServer) -> None:
    account = app.accounts.get("chatbot")
    campaign = app.store.outbox.create_campaign(account.id, "promo", "Halo", "none")
    rows = app.outbox.enqueue(account, messages(3), campaign_id=campaign)
    await app.outbox.run()
    assert {app.store.messages.get(r.id).status for r in rows} == {DeliveryStatus.FAILED}

    sim.state.provider("chatbot").scan(None)  # type: ignore[attr-defined]
    # Three "not connected" answers in a row paused the device's sending; the user says to send again.
    assert app.outbox.sending_state(account).paused
    assert app.outbox.resume_sending(account.id)
    app.store.outbox.set_campaign_state(campaign, "paused")
    with pytest.raises(ValidationError, match=f"campaign {campaign} is paused"):
        app.outbox.retry_plan(campaign_id=campaign)
    app.store.outbox.set_campaign_state(campaign, "active")
    plan = app.outbox.retry_plan(campaign_id=campaign)
    assert plan.ids == [r.id for r in rows]
    retried = await app.outbox.retry(plan)
    assert {r.status for r in retried} == {DeliveryStatus.ACCEPTED}
    assert app.outbox.retry_plan(campaign_id=campaign).ids == []  # nothing failed any more
    assert len(sim.state.delivered("chatbot")) == 3


async def test_a_retry_gets_a_fresh_reference_so_recovery_never_mistakes_the_failed_attempt(
    app: App, sim: SimulatorServer
) -> None:
    """Wablas accepted the first attempt and later reported it failed; the retry is cut off by a crash.

    Recovery asks Wablas by wadesk's reference.  Were the reference the same, Wablas would answer with the
    failed first attempt and the retry, which never went out, would be taken for accepted.
    """
    account = app.accounts.get("wablas")
    [row] = app.outbox.enqueue(account, messages(1))
    [first] = await app.outbox.dispatch(account, [row])
    assert first.status is DeliveryStatus.ACCEPTED
    app.store.messages.apply_update(row.id, DeliveryStatus.FAILED, note="reject")

    await app.outbox.retry(app.outbox.retry_plan([row.id]), send=False)
    queued = app.store.messages.get(row.id)
    assert queued.status is DeliveryStatus.QUEUED and queued.ref_id != row.ref_id
    assert queued.provider_message_id is None  # a late report about the failed attempt finds nothing to move
    app.store.messages.mark_sending([row.id])  # wadesk dies before the request leaves
    await app.outbox.recover()
    assert app.store.messages.get(row.id).status is DeliveryStatus.QUEUED  # not "accepted"
    assert len(sim.state.delivered("wablas")) == 1


async def test_a_following_run_tells_each_outcome_and_says_once_when_it_waits(app: App, sim: SimulatorServer) -> None:
    clock = app.outbox.clock
    assert isinstance(clock, ManualClock)
    sim.state.provider("chatbot").scan(None)  # type: ignore[attr-defined]
    account = app.accounts.get("chatbot")
    now = app.outbox.enqueue(account, messages(2))
    later = START + timedelta(minutes=2)
    [scheduled] = app.outbox.enqueue(account, messages(1, "s"), at=later)
    outcomes: list[tuple[int, DeliveryStatus]] = []
    idle: list[datetime | None] = []
    app.outbox.on_progress = lambda row: outcomes.append((row.id, row.status))
    app.outbox.on_idle = idle.append

    follow = asyncio.ensure_future(app.outbox.run(follow=True))
    while clock.now() < START + timedelta(minutes=10):  # many polls: every 30 s of clock time while idle
        await asyncio.wait([follow], timeout=0.05)  # network I/O under way
        wakeup = clock.next_wakeup
        if wakeup is not None:
            clock.set(wakeup)
    follow.cancel()
    await asyncio.gather(follow, return_exceptions=True)

    accepted = DeliveryStatus.ACCEPTED
    assert outcomes == [(now[0].id, accepted), (now[1].id, accepted), (scheduled.id, accepted)]
    assert idle == [later, None]  # once while waiting for the schedule, once with nothing left: not per poll
