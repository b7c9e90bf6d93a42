"""The schedules service and campaign actions: where a schedule is held, move, cancel, a missed one sent now or
skipped, a campaign paused, resumed, cancelled — each announced once the store has it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.support.gateways import Gateways
from wadesk.domain import DeliveryStatus, OutgoingMessage, Recipient
from wadesk.domain.errors import ValidationError
from wadesk.domain.models import StoredMessage
from wadesk.services.events import CampaignsChanged, MessagesChanged, SchedulesChanged

PHONE = "6281234567891"
OTHER = "6281234567892"


def later(gateways: Gateways, minutes: float) -> datetime:
    return (gateways.clock.now() + timedelta(minutes=minutes)).replace(second=0, microsecond=0)


def local_schedule(gateways: Gateways, minutes: float, *phones: str) -> list[StoredMessage]:
    app = gateways.app
    messages = [OutgoingMessage(ref_id=f"l{minutes}-{p}", to=Recipient(p), text="Pengingat") for p in phones]
    return app.outbox.enqueue(app.accounts.get("wablas"), messages, at=later(gateways, minutes))


async def wablas_schedule(gateways: Gateways, minutes: float) -> StoredMessage:
    app = gateways.app
    wablas = app.accounts.get("wablas")
    message = OutgoingMessage(ref_id=f"g{minutes}", to=Recipient(PHONE), text="Pengingat")
    rows = await app.outbox.enqueue_for_gateway(wablas, [message], later(gateways, minutes))
    [row] = await app.outbox.schedule_native(wablas, rows)
    assert row.remote_schedule_id
    return row


def changed(row: StoredMessage) -> list[object]:
    """What a schedule action publishes: the schedule, then the message."""
    return [
        SchedulesChanged(frozenset({row.id})),
        MessagesChanged.of([row.id], [row.campaign_id], [row.account_id]),
    ]


async def test_the_list_says_where_each_schedule_is_held_by_time(gateways: Gateways) -> None:
    [local] = local_schedule(gateways, 120, PHONE)
    remote = await wablas_schedule(gateways, 60)
    listed = gateways.app.schedules.list()
    assert [(s.row.id, s.holder.on_gateway, s.holder.text) for s in listed] == [
        (remote.id, True, "on Wablas"),
        (local.id, False, "in wadesk — sent while wadesk runs"),
    ]
    assert all(s.holder.can_cancel and s.holder.can_move for s in listed)


async def test_moving_a_local_schedule_is_announced_after_it_is_stored(gateways: Gateways) -> None:
    app = gateways.app
    [row] = local_schedule(gateways, 60, PHONE)
    gateways.events.clear()  # what storing it told
    seen: list[datetime | None] = []
    app.events.subscribe(lambda event: seen.append(app.store.messages.get(row.id).scheduled_at), SchedulesChanged)

    moved = await app.schedules.move(row.id, later(gateways, 90))

    assert moved.scheduled_at == later(gateways, 90)
    assert seen == [later(gateways, 90)]
    assert gateways.events == changed(row)


async def test_move_and_cancel_of_a_wablas_schedule_happen_at_the_gateway_first(gateways: Gateways) -> None:
    app = gateways.app
    row = await wablas_schedule(gateways, 60)
    gateways.events.clear()  # what storing and handing it over told

    await app.schedules.move(row.id, later(gateways, 180))
    moved = app.store.messages.get(row.id)
    held = gateways.sim.state.wablas.schedules[moved.remote_schedule_id or ""]
    assert held.at == later(gateways, 180).timestamp() and moved.scheduled_at == later(gateways, 180)

    cancelled = await app.schedules.cancel(row.id)
    assert cancelled.status is DeliveryStatus.CANCELLED and held.state == "cancel"
    assert gateways.events == changed(row) + changed(row)


async def test_only_a_scheduled_message_can_be_cancelled(gateways: Gateways) -> None:
    app = gateways.app
    [row] = app.outbox.enqueue(app.accounts.get("wablas"), [OutgoingMessage(ref_id="now", to=Recipient(PHONE))])
    gateways.events.clear()  # what storing it told
    with pytest.raises(ValidationError, match="queued, not scheduled"):
        await app.schedules.cancel(row.id)
    assert gateways.events == []


async def test_a_missed_schedule_is_sent_once_on_request_and_a_skipped_one_never(gateways: Gateways) -> None:
    app = gateways.app
    first, second = local_schedule(gateways, 1, PHONE, OTHER)
    gateways.advance(30 * 60)  # wadesk was closed when they were due
    assert (await app.outbox.run()).missed == 2
    assert [r.id for r in app.schedules.missed()] == [first.id, second.id]
    gateways.events.clear()

    assert app.schedules.decide_missed(first.id, send_now=True).status is DeliveryStatus.QUEUED
    assert app.schedules.decide_missed(second.id, send_now=False).status is DeliveryStatus.CANCELLED
    assert gateways.events == changed(first) + changed(second)
    assert app.schedules.missed() == []

    assert (await app.outbox.run()).sent == 1
    assert len(gateways.sim.state.delivered("wablas", PHONE)) == 1
    assert gateways.sim.state.delivered("wablas", OTHER) == []
    with pytest.raises(ValidationError, match="not a missed schedule"):
        app.schedules.decide_missed(second.id, send_now=True)


async def test_campaign_pause_resume_and_cancel(gateways: Gateways) -> None:
    app = gateways.app
    wablas = app.accounts.get("wablas")
    campaign_id = app.store.outbox.create_campaign(wablas.id, "promo", "Halo", "none")
    rows = app.outbox.enqueue(
        wablas,
        [OutgoingMessage(ref_id=f"c{i}", to=Recipient(p), text="Halo") for i, p in enumerate((PHONE, OTHER))],
        campaign_id=campaign_id,
    )
    gateways.events.clear()  # what storing them told
    states: list[str] = []
    app.events.subscribe(lambda event: states.append(app.store.outbox.campaign(campaign_id).state), CampaignsChanged)

    assert app.campaigns.pause(campaign_id).state == "paused"
    assert (await app.outbox.run()).sent == 0  # a paused campaign waits
    assert app.campaigns.resume(campaign_id).state == "active"
    cancelled = app.campaigns.cancel(campaign_id)

    assert cancelled.state == "cancelled" and cancelled.counts == {DeliveryStatus.CANCELLED: 2}
    assert states == ["paused", "active", "cancelled"]
    assert gateways.events == [
        CampaignsChanged(frozenset({campaign_id})),
        CampaignsChanged(frozenset({campaign_id})),
        CampaignsChanged(frozenset({campaign_id})),
        MessagesChanged.of([r.id for r in rows], campaign_ids=[campaign_id], account_ids=[wablas.id]),
    ]
    assert [c.id for c in app.campaigns.list()] == [campaign_id]
    assert all(app.store.messages.get(r.id).status is DeliveryStatus.CANCELLED for r in rows)
    with pytest.raises(ValidationError, match="was cancelled"):
        app.campaigns.resume(campaign_id)
    assert (await app.outbox.run()).sent == 0
