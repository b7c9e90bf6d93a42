"""The messages service: cancel, resend and revoke at the gateway where it can, the user's answer for an uncertain
message, the listings — and the events, published once the store has the change."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from datetime import timedelta

import pytest

from tests.support.gateways import STEP_SECONDS, Gateways
from wadesk.app import App
from wadesk.domain import DeliveryStatus, OutgoingMessage, Recipient
from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import NotSupported, ValidationError
from wadesk.domain.models import StoredMessage
from wadesk.services.events import MessagesChanged, SchedulesChanged
from wadesk.services.messages import GatewayAnswer
from wadesk.store import Outcome

PHONE = "6281234567891"


async def send(gateways: Gateways, *phones: str) -> list[StoredMessage]:
    """Messages sent through Wablas by the outbox: accepted, each with the gateway's id."""
    app = gateways.app
    queued = app.outbox.enqueue(
        app.accounts.get("wablas"),
        [OutgoingMessage(ref_id=f"r{i}-{p}", to=Recipient(p), text="Halo") for i, p in enumerate(phones)],
    )
    assert (await app.outbox.run()).sent == len(phones)
    gateways.events.clear()
    return app.store.outbox.get_many([r.id for r in queued])


def seed(app: App, account: str, status: DeliveryStatus, provider_id: str | None = None) -> StoredMessage:
    """One message as the outbox leaves it after an answer (``accepted`` with an id, or ``uncertain``)."""
    [row] = app.store.messages.add_many(
        app.accounts.get(account).id,
        [OutgoingMessage(ref_id=f"seed-{account}-{status}", to=Recipient(PHONE), text="Halo")],
    )
    app.store.messages.mark_sending([row.id])
    app.store.messages.record_outcomes([Outcome(row.id, status, provider_message_id=provider_id)])
    return app.store.messages.get(row.id)


def status_seen_by_listener(app: App, message_id: int) -> list[DeliveryStatus]:
    seen: list[DeliveryStatus] = []
    app.events.subscribe(lambda event: seen.append(app.store.messages.get(message_id).status), MessagesChanged)
    return seen


async def test_cancel_at_wablas_cancels_what_it_has_not_sent_yet(gateways: Gateways) -> None:
    app = gateways.app
    first, second = await send(gateways, PHONE, "6281234567892")
    seen = status_seen_by_listener(app, first.id)

    answer = await app.messages.cancel([first.id])  # the gateway's clock stands: still pending there

    assert answer.done == {first.id} and answer.count == 1 and answer.gateway == "Wablas"
    assert app.store.messages.get(first.id).status is DeliveryStatus.CANCELLED
    assert seen == [DeliveryStatus.CANCELLED]  # the listener already reads it cancelled
    assert gateways.events == [MessagesChanged.of([first.id], account_ids=[first.account_id])]

    gateways.advance(STEP_SECONDS)  # sent at the gateway: too late to cancel
    late = await app.messages.cancel([second.id])
    assert late.done == frozenset() and [r.id for r in late.rows] == [second.id]
    assert app.store.messages.get(second.id).status is DeliveryStatus.ACCEPTED
    assert len(gateways.events) == 1  # nothing changed: no event


async def test_revoke_and_resend_at_wablas(gateways: Gateways) -> None:
    app = gateways.app
    [row] = await send(gateways, PHONE)
    gateways.advance(STEP_SECONDS)
    wablas = gateways.sim.state.wablas
    assert row.provider_message_id is not None

    revoked = await app.messages.revoke([row.id])
    assert revoked == GatewayAnswer("Wablas", [row], frozenset({row.id}), 1)
    assert wablas.messages[row.provider_message_id].revoked

    resent = await app.messages.resend([row.id])
    assert resent.count == 1 and resent.done == {row.id}
    assert len(gateways.sim.state.delivered("wablas", PHONE)) == 2  # the gateway sent it a second time
    assert gateways.events == []  # nothing of wadesk's changed


@pytest.mark.parametrize(
    ("action", "flag", "words"),
    [
        (lambda app, ids: app.messages.cancel(ids), Capability.CANCEL, "cancelling messages"),
        (lambda app, ids: app.messages.resend(ids), Capability.RESEND, "resending messages"),
        (lambda app, ids: app.messages.revoke(ids), Capability.REVOKE, "deleting sent messages"),
    ],
)
@pytest.mark.parametrize("gateway", ["chatbot", "jsonwa"])
async def test_a_gateway_without_the_capability_says_so_and_nothing_changes(
    gateways: Gateways,
    gateway: str,
    action: Callable[[App, list[int]], Awaitable[GatewayAnswer]],
    flag: Capability,
    words: str,
) -> None:
    app = gateways.app
    info = app.accounts.info(app.accounts.get(gateway))
    assert not info.supports(flag)
    row = seed(app, gateway, DeliveryStatus.ACCEPTED, "gw-1")
    with pytest.raises(NotSupported, match=f"{info.name} does not support {words}"):
        await action(app, [row.id])
    assert app.store.messages.get(row.id).status is DeliveryStatus.ACCEPTED
    assert gateways.events == []


async def test_messages_of_two_accounts_or_never_sent_are_refused(gateways: Gateways) -> None:
    app = gateways.app
    wablas = seed(app, "wablas", DeliveryStatus.ACCEPTED, "a-1")
    chatbot = seed(app, "chatbot", DeliveryStatus.ACCEPTED, "b-1")
    with pytest.raises(ValidationError, match="one account at a time"):
        await app.messages.cancel([wablas.id, chatbot.id])
    [queued] = app.outbox.enqueue(app.accounts.get("wablas"), [OutgoingMessage(ref_id="q", to=Recipient(PHONE))])
    with pytest.raises(ValidationError, match=f"message\\(s\\) {queued.id} never reached the gateway"):
        await app.messages.revoke([wablas.id, queued.id])


async def test_mark_sent_settles_an_uncertain_message(gateways: Gateways) -> None:
    app = gateways.app
    row = seed(app, "wablas", DeliveryStatus.UNCERTAIN)
    seen = status_seen_by_listener(app, row.id)

    decided = app.messages.decide_uncertain(row.id, send_again=False)

    assert decided.status is DeliveryStatus.SENT
    assert seen == [DeliveryStatus.SENT]
    assert gateways.events == [MessagesChanged.of([row.id], account_ids=[row.account_id])]
    assert (await app.outbox.run()).sent == 0
    assert gateways.sim.state.delivered("wablas", PHONE) == []


async def test_send_again_queues_an_uncertain_message_and_the_outbox_sends_it_once(gateways: Gateways) -> None:
    app = gateways.app
    row = seed(app, "wablas", DeliveryStatus.UNCERTAIN)
    seen = status_seen_by_listener(app, row.id)

    assert app.messages.decide_uncertain(row.id, send_again=True).status is DeliveryStatus.QUEUED
    assert seen == [DeliveryStatus.QUEUED]
    assert (await app.outbox.run()).sent == 1
    assert len(gateways.sim.state.delivered("wablas", PHONE)) == 1


async def test_only_an_uncertain_message_can_be_decided(gateways: Gateways) -> None:
    app = gateways.app
    row = seed(app, "wablas", DeliveryStatus.ACCEPTED, "a-1")
    with pytest.raises(ValidationError, match="not uncertain"):
        app.messages.decide_uncertain(row.id, send_again=True)
    assert gateways.events == []


async def test_an_uncertain_schedule_decided_is_a_schedule_change_too(gateways: Gateways) -> None:
    app = gateways.app
    at = gateways.clock.now() + timedelta(days=1)
    [row] = await app.outbox.enqueue_for_gateway(
        app.accounts.get("wablas"), [OutgoingMessage(ref_id="s", to=Recipient(PHONE))], at
    )
    app.store.messages.mark_sending([row.id])
    app.store.outbox.record_handover([], [Outcome(row.id, DeliveryStatus.UNCERTAIN, error="timeout")])
    gateways.events.clear()  # what storing it told

    app.messages.decide_uncertain(row.id, send_again=True)

    assert gateways.events == [
        SchedulesChanged(frozenset({row.id})),
        MessagesChanged.of([row.id], account_ids=[row.account_id]),
    ]


async def test_listings_of_the_outbox_and_the_latest_messages(gateways: Gateways) -> None:
    app = gateways.app
    accepted = seed(app, "wablas", DeliveryStatus.ACCEPTED, "a-1")
    uncertain = seed(app, "chatbot", DeliveryStatus.UNCERTAIN)
    assert [r.id for r in app.messages.unsettled()] == [uncertain.id]
    assert [r.id for r in app.messages.unsettled(everything=True)] == [accepted.id, uncertain.id]
    listing = app.messages.unsettled(everything=True)
    assert isinstance(listing, Iterator) and not isinstance(listing, list)  # read a page at a time as it is used
    assert [r.id for r in app.messages.latest()] == [uncertain.id, accepted.id]
    assert [r.id for r in app.messages.latest(app.accounts.get("wablas"))] == [accepted.id]
    assert [r.id for r in app.messages.latest(limit=1)] == [uncertain.id]
    counts = app.messages.count_by_status()
    assert counts[DeliveryStatus.UNCERTAIN] == 1 and counts[DeliveryStatus.ACCEPTED] == 1
    assert counts[DeliveryStatus.FAILED] == 0

    await app.accounts.remove("chatbot")
    assert app.messages.removed_accounts() == {uncertain.account_id: "chatbot"}
