"""Editing the text of a scheduled message: on the gateway first where it can edit (Wablas), in the store where
wadesk holds it, refused in plain words — before any request — where it cannot or the text is not one the gateway
takes."""

from __future__ import annotations

from datetime import datetime, timedelta

import httpx
import pytest

from tests.support.gateways import Gateways
from wadesk.domain import DeliveryStatus, OutgoingMessage, Recipient
from wadesk.domain.errors import ValidationError
from wadesk.domain.models import MediaRef, MessageKind, StoredMessage
from wadesk.services.events import MessagesChanged, SchedulesChanged

PHONE = "6281234567891"
OTHER = "6281234567892"
NEW = "Pengingat: acara diundur ke jam 11"


def later(gateways: Gateways, minutes: float) -> datetime:
    return (gateways.clock.now() + timedelta(minutes=minutes)).replace(second=0, microsecond=0)


async def requests(gateways: Gateways) -> int:
    async with httpx.AsyncClient() as client:
        return int((await client.get(f"{gateways.sim.url}/__sim/requests")).json()["total"])


def local(
    gateways: Gateways, *phones: str, text: str = "Pengingat", campaign_id: int | None = None
) -> list[StoredMessage]:
    app = gateways.app
    messages = [OutgoingMessage(ref_id=f"l-{p}", to=Recipient(p), text=text) for p in phones]
    return app.outbox.enqueue(app.accounts.get("wablas"), messages, at=later(gateways, 60), campaign_id=campaign_id)


async def on_gateway(gateways: Gateways, provider: str = "wablas", text: str = "Pengingat acara") -> StoredMessage:
    app = gateways.app
    account = app.accounts.get(provider)
    message = OutgoingMessage(ref_id=f"g-{provider}", to=Recipient(PHONE), text=text)
    rows = await app.outbox.enqueue_for_gateway(account, [message], later(gateways, 60))
    [row] = await app.outbox.schedule_native(account, rows)
    assert row.remote_schedule_id
    return row


def changed(row: StoredMessage) -> list[object]:
    return [SchedulesChanged(frozenset({row.id})), MessagesChanged.of([row.id], [row.campaign_id], [row.account_id])]


async def test_a_wablas_schedule_gets_its_new_text_on_wablas_first_at_the_same_time(gateways: Gateways) -> None:
    app = gateways.app
    row = await on_gateway(gateways)
    assert app.schedules.list()[0].holder.can_edit
    gateways.events.clear()
    seen: list[object] = []
    app.events.subscribe(lambda event: seen.append(app.store.messages.get(row.id).body.get("text")), SchedulesChanged)

    edited = await app.schedules.edit_text(row.id, NEW)

    held = gateways.sim.state.wablas.schedules[edited.remote_schedule_id or ""]
    assert held.text == NEW and held.state == "waiting"
    assert held.at == later(gateways, 60).timestamp() and edited.scheduled_at == later(gateways, 60)
    assert edited.body["text"] == NEW and edited.status is DeliveryStatus.SCHEDULED
    assert seen == [NEW]  # announced once stored
    assert gateways.events == changed(row)


async def test_a_schedule_wadesk_holds_changes_in_the_store_only(gateways: Gateways) -> None:
    app = gateways.app
    [row] = local(gateways, PHONE)
    before = await requests(gateways)

    edited = await app.schedules.edit_text(row.id, NEW)

    assert edited.body == {"text": NEW} and edited.scheduled_at == row.scheduled_at
    assert await requests(gateways) == before
    gateways.advance(61 * 60)
    assert (await app.outbox.run()).sent == 1
    assert gateways.sim.state.delivered("wablas", PHONE)[0][1] == NEW  # the new words went out


async def test_a_text_over_the_gateways_limit_is_refused_before_any_request(gateways: Gateways) -> None:
    app = gateways.app
    row = await on_gateway(gateways)
    gateways.events.clear()
    before = await requests(gateways)

    with pytest.raises(ValidationError, match="1,025 characters; Wablas allows at most 1,024"):
        await app.schedules.edit_text(row.id, "x" * 1025)
    with pytest.raises(ValidationError, match="text is empty"):
        await app.schedules.edit_text(row.id, "   ")

    assert await requests(gateways) == before
    assert app.store.messages.get(row.id).body == {"text": "Pengingat acara"}
    assert gateways.sim.state.wablas.schedules[row.remote_schedule_id or ""].text == "Pengingat acara"
    assert gateways.events == []


async def test_a_gateway_that_cannot_edit_its_schedules_is_named_and_nothing_changes(gateways: Gateways) -> None:
    app = gateways.app
    row = await on_gateway(gateways, "jsonwa", "Pengingat acara besok")
    assert not app.schedules.list()[0].holder.can_edit
    before = await requests(gateways)
    with pytest.raises(ValidationError, match=r"held by JSON WA, which cannot change the text .* goes out as planned"):
        await app.schedules.edit_text(row.id, NEW)
    assert await requests(gateways) == before
    assert app.store.messages.get(row.id).body == {"text": "Pengingat acara besok"}


async def test_a_caption_changes_and_a_sent_message_is_refused(gateways: Gateways) -> None:
    app = gateways.app
    image = OutgoingMessage(
        ref_id="img",
        to=Recipient(PHONE),
        kind=MessageKind.IMAGE,
        caption="Menu lama",
        media=MediaRef(url="https://example.com/menu.jpg", mime="image/jpeg"),
    )
    [row] = app.outbox.enqueue(app.accounts.get("wablas"), [image], at=later(gateways, 30))
    edited = await app.schedules.edit_text(row.id, "Menu baru")
    assert edited.body["caption"] == "Menu baru" and edited.body["media"] == row.body["media"]

    [now] = app.outbox.enqueue(app.accounts.get("wablas"), [OutgoingMessage(ref_id="now", to=Recipient(OTHER))])
    with pytest.raises(ValidationError, match="queued, not scheduled"):
        await app.schedules.edit_text(now.id, NEW)


async def test_a_campaigns_message_changes_alone_and_several_change_together_or_not_at_all(
    gateways: Gateways,
) -> None:
    app = gateways.app
    campaign_id = app.store.outbox.create_campaign(app.accounts.get("wablas").id, "promo", "Halo", "none")
    first, second = local(gateways, PHONE, OTHER, text="Halo", campaign_id=campaign_id)
    await app.schedules.edit_text(first.id, NEW)
    assert app.store.messages.get(first.id).body["text"] == NEW
    assert app.store.messages.get(second.id).body["text"] == "Halo"
    assert app.store.outbox.campaign(campaign_id).template == "Halo"

    one, two = (local(gateways, phone, text="Sama")[0] for phone in ("6281234567893", "6281234567894"))
    with pytest.raises(ValidationError, match="Wablas allows at most"):
        await app.schedules.edit_texts([one.id, two.id], "y" * 2000)
    assert [app.store.messages.get(r.id).body["text"] for r in (one, two)] == ["Sama", "Sama"]
    edited = await app.schedules.edit_texts([one.id, two.id], NEW)
    assert [r.body["text"] for r in edited] == [NEW, NEW]
