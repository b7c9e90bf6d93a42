"""The Chatbot client against the simulated Chatbot gateway, over real loopback HTTP."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import zxingcpp
from aiohttp import web
from PIL import Image

from tests.support.counting import CountingTransport
from wadesk.domain import (
    Account,
    Ambiguous,
    AuthError,
    Capability,
    ContactCard,
    DeliveryStatus,
    DeviceState,
    Location,
    MediaRef,
    MessageKind,
    NotSupported,
    OutgoingMessage,
    PollContent,
    QrKind,
    RateLimited,
    Recipient,
    Rejected,
    ValidationError,
)
from wadesk.providers.base import validate_message
from wadesk.providers.chatbot import INFO, ChatbotProvider
from wadesk.providers.registry import build_provider, provider_info
from wadesk.services.pairing import qr_png
from wadesk.simulator.chatbot import DEFAULT_SECRET_KEY, ChatbotState
from wadesk.simulator.clock import ManualClock
from wadesk.simulator.server import SimulatorServer

TO = "6281234567001"
NOT_ON_WA = "6281200000000"
GROUP = "120363025246125486"


@dataclass
class Receiver:
    """Our side of the callbacks: the notify URL and a keyword webhook."""

    url: str = ""
    notified: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    keyword_requests: list[bytes] = field(default_factory=list)


@pytest.fixture
async def sim(clock: ManualClock) -> AsyncIterator[SimulatorServer]:
    async with SimulatorServer(providers=["chatbot"], clock=clock) as server:
        yield server


@pytest.fixture
def state(sim: SimulatorServer) -> ChatbotState:
    st = sim.state.provider("chatbot")
    assert isinstance(st, ChatbotState)
    return st


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    rec = Receiver()

    async def notify(request: web.Request) -> web.StreamResponse:
        rec.notified.append((dict(request.headers), await request.read()))
        return web.json_response({"ok": True})

    async def keyword(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        rec.keyword_requests.append(body)
        try:
            asked = ChatbotProvider.parse_keyword_webhook(body, "sim-chatbot-webhookkey")
        except AuthError:
            return web.json_response({"success": False, "message": "Unauthorized"})
        replies: list[tuple[str, Any]] = [("message", f"Terima kasih {asked.args[0]}" if asked.args else "Halo")]
        replies.append(("location", (-6.2, 106.816666)))
        return web.Response(body=ChatbotProvider.keyword_reply(replies), content_type="application/json")

    app = web.Application()
    app.router.add_post("/notify", notify)
    app.router.add_post("/keyword", keyword)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    rec.url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    yield rec
    await runner.cleanup()


def make_provider(
    sim: SimulatorServer,
    *,
    secrets: dict[str, str] | None = None,
    settings: dict[str, str] | None = None,
    base_url: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> ChatbotProvider:
    account = Account(1, "bot", "chatbot", base_url or sim.base_url("chatbot"), settings or {})
    provider = build_provider(account, secrets or sim.credentials("chatbot"), transport=transport)
    assert isinstance(provider, ChatbotProvider)
    return provider


@pytest.fixture
async def client(sim: SimulatorServer, receiver: Receiver) -> AsyncIterator[ChatbotProvider]:
    provider = make_provider(sim, settings={"notifyurl": receiver.url + "/notify"})
    yield provider
    await provider.aclose()


@pytest.fixture
async def paired(client: ChatbotProvider, state: ChatbotState) -> ChatbotProvider:
    state.scan()
    return client


def text(to: str = TO, body: str = "Halo dari wadesk", *, ref: str = "r1", group: bool = False) -> OutgoingMessage:
    return OutgoingMessage(ref, Recipient(to, is_group=group), MessageKind.TEXT, text=body)


async def flush(sim: SimulatorServer) -> list[dict[str, Any]]:
    """Make the simulator POST the due ack changes now."""
    async with httpx.AsyncClient() as http:
        answer = await http.post(sim.url + "/__sim/chatbot/notify")
    answer.raise_for_status()
    sent = answer.json()
    assert isinstance(sent, list)
    return sent


# -- declaration -------------------------------------------------------------------


def test_registered_with_the_documents_capabilities() -> None:
    info = provider_info("chatbot")
    assert info is INFO
    for cap in (
        Capability.SEND_TEXT,
        Capability.SEND_IMAGE,
        Capability.SEND_AUDIO,
        Capability.SEND_DOCUMENT,
        Capability.LOCATION,
        Capability.CONTACT_CARD,
        Capability.GROUP_SEND,
        Capability.STATUS_CALLBACK,
        Capability.DEVICE_INFO,
        Capability.QR_PAIRING,
        Capability.CHECK_NUMBER,
        Capability.GROUPS,
    ):
        assert info.supports(cap), cap
    for cap in (
        Capability.SEND_VIDEO,
        Capability.LOCAL_UPLOAD,
        Capability.BATCH_SEND,
        Capability.NATIVE_SCHEDULE,
        Capability.STATUS_POLL,
        Capability.CONTACTS,
        Capability.BUTTONS,
        Capability.LIST,
    ):
        assert not info.supports(cap), cap
    assert info.limits.max_batch == 1


def test_simulator_publishes_demo_credentials(sim: SimulatorServer) -> None:
    assert sim.credentials("chatbot") == {"secretkey": DEFAULT_SECRET_KEY}
    assert sim.base_url("chatbot") == sim.url
    assert any("secretkey=" in line for line in sim.banner())


# -- pairing and device ------------------------------------------------------------


async def test_qr_pairing_rotates_and_a_scan_pairs(
    client: ChatbotProvider, state: ChatbotState, clock: ManualClock
) -> None:
    info = await client.device_info()
    assert info.state is DeviceState.DISCONNECTED and info.number is None

    first = await client.pairing_qr()
    assert first.kind is QrKind.TEXT
    assert isinstance(first.payload, str) and first.payload.startswith("2@")
    png = qr_png(first)
    assert png is not None
    [decoded] = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    assert decoded.text == first.payload

    clock.advance(21)
    second = await client.pairing_qr()
    assert second.payload != first.payload

    with pytest.raises(ValueError, match="expired"):
        state.scan(str(first.payload))
    state.scan(str(second.payload))

    info = await client.device_info()
    assert info.state is DeviceState.CONNECTED
    assert info.number == state.device.number and info.name == state.device.number
    with pytest.raises(Rejected, match="already paired"):
        await client.pairing_qr()


async def test_scan_debug_route_pairs(sim: SimulatorServer, client: ChatbotProvider) -> None:
    async with httpx.AsyncClient() as http:
        qr = (await http.get(sim.url + "/__sim/chatbot/qr")).text
        answer = await http.post(sim.url + "/__sim/chatbot/scan", json={"payload": qr})
    assert answer.status_code == 200
    assert (await client.device_info()).state is DeviceState.CONNECTED


async def test_sending_before_pairing_fails_in_the_providers_words(client: ChatbotProvider) -> None:
    [result] = await client.send([text()])
    assert result.status is DeliveryStatus.FAILED
    assert result.error is not None and "belum terhubung" in result.error


# -- sending -----------------------------------------------------------------------


def every_kind(group: bool) -> list[OutgoingMessage]:
    to = Recipient(GROUP if group else TO, is_group=group)
    return [
        OutgoingMessage("t", to, MessageKind.TEXT, text="Halo semua"),
        OutgoingMessage(
            "i", to, MessageKind.IMAGE, media=MediaRef(url="https://cdn.example.com/promo.png"), caption="Promo"
        ),
        OutgoingMessage("a", to, MessageKind.AUDIO, media=MediaRef(url="https://cdn.example.com/voice.mp3")),
        OutgoingMessage(
            "d", to, MessageKind.DOCUMENT, media=MediaRef(url="https://cdn.example.com/katalog.pdf"), caption="Katalog"
        ),
        OutgoingMessage("l", to, MessageKind.LOCATION, location=Location(0.52596, 101.426866, name="Kantor Pusat")),
        OutgoingMessage("c", to, MessageKind.CONTACT_CARD, content=ContactCard("Budi Santoso", "0812-3456-7001")),
    ]


@pytest.mark.parametrize("group", [False, True], ids=["personal", "group"])
async def test_every_kind_is_accepted(paired: ChatbotProvider, state: ChatbotState, group: bool) -> None:
    messages = every_kind(group)
    for message in messages:
        validate_message(paired.info, message)
        [result] = await paired.send([message])
        assert result.ref_id == message.ref_id
        assert result.status is DeliveryStatus.ACCEPTED, result.error
        assert result.provider_message_id is not None and result.provider_message_id.startswith("3EB0")
    routes = [m.route for m in state.messages.values()]
    if group:
        assert routes == ["sendwatogroup", *["sendmediatogroup"] * 3, "sendlocationtogroup", "sendcontacttogroup"]
    else:
        assert routes == ["sendwa", *["sendmedia"] * 3, "sendlocation", "sendcontact"]
    location = next(m for m in state.messages.values() if m.route.startswith("sendlocation"))
    assert location.fields == {"latitude": "0.525960", "longitude": "101.426866", "pesan": "Kantor Pusat"}
    contact = next(m for m in state.messages.values() if m.route.startswith("sendcontact"))
    assert contact.fields["contact"] == {"name": "Budi Santoso", "numbers": ["6281234567001"]}
    target = GROUP if group else TO
    assert [t for t, _ in state.delivery_log] == [target] * len(messages)


async def test_message_to_a_number_not_on_whatsapp_fails_with_the_words(paired: ChatbotProvider) -> None:
    [result] = await paired.send([text(NOT_ON_WA)])
    assert result.status is DeliveryStatus.FAILED
    assert result.error == f"Nomor {NOT_ON_WA} tidak terdaftar di WhatsApp"


async def test_unknown_group_fails_with_the_words(paired: ChatbotProvider) -> None:
    [result] = await paired.send([text("120363999999999999", group=True)])
    assert result.status is DeliveryStatus.FAILED
    assert result.error is not None and "tidak ditemukan" in result.error


async def test_acks_reach_the_notify_url_and_are_parsed(
    paired: ChatbotProvider, sim: SimulatorServer, receiver: Receiver, clock: ManualClock
) -> None:
    [result] = await paired.send([text()])
    msgid = result.provider_message_id
    assert await flush(sim) == []  # still ack 0: nothing changed yet
    statuses = []
    for _ in range(3):
        clock.advance(sim.state.step_seconds)
        await flush(sim)
    for headers, body in receiver.notified:
        assert headers.get("Content-Type", "").startswith("application/json")
        for update in paired.parse_callback(headers, body):
            assert update.provider_message_id == msgid
            statuses.append(update.status)
    assert statuses == [DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.READ]
    clock.advance(10)
    assert await flush(sim) == []  # read is the last ack


async def test_background_notifier_posts_without_being_asked(
    paired: ChatbotProvider, sim: SimulatorServer, receiver: Receiver, clock: ManualClock
) -> None:
    await paired.send([text()])
    clock.advance(5)
    for _ in range(200):
        if len(receiver.notified) == 3:
            break
        await asyncio.sleep(0.01)
    acks = [paired.parse_callback(h, b)[0].status for h, b in receiver.notified]
    assert acks == [DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.READ]


async def test_per_message_notify_url_overrides_the_setting(
    paired: ChatbotProvider, state: ChatbotState, receiver: Receiver
) -> None:
    message = OutgoingMessage(
        "r", Recipient(TO), MessageKind.TEXT, text="x", extra={"notifyurl": receiver.url + "/notify?m=1"}
    )
    await paired.send([message])
    [stored] = state.messages.values()
    assert stored.notifyurl == receiver.url + "/notify?m=1"


# -- numbers and groups ------------------------------------------------------------


async def test_check_numbers(paired: ChatbotProvider) -> None:
    checks = await paired.check_numbers([TO, "+62 812-0000-0000"])
    assert [(c.number, c.on_whatsapp) for c in checks] == [(TO, True), ("+62 812-0000-0000", False)]


async def test_list_groups(paired: ChatbotProvider, state: ChatbotState, clock: ManualClock) -> None:
    groups = await paired.list_groups()
    assert [(g.group_id, g.name) for g in groups] == [
        ("120363025246125486", "Toko Maju Pelanggan"),
        ("120363041234567890", "Reseller Jakarta"),
    ]
    assert all(g.account_id == 1 for g in groups)
    clock.advance(60)
    await paired.send([text(GROUP, group=True)])
    assert state.groups[GROUP].last_chat == int(clock.now())


async def test_groups_need_a_paired_device(client: ChatbotProvider) -> None:
    with pytest.raises(Rejected) as info:
        await client.list_groups()
    assert info.value.http_status == 400
    assert info.value.provider_message is not None and "belum terhubung" in info.value.provider_message


# -- keyword webhook ----------------------------------------------------------------


async def test_keyword_webhook_round_trip(sim: SimulatorServer, state: ChatbotState, receiver: Receiver) -> None:
    async with httpx.AsyncClient() as http:
        await http.post(
            sim.url + "/__sim/chatbot/keywords", json={"keyword": "penawaran#", "url": receiver.url + "/keyword"}
        )
        answer = (
            await http.post(
                sim.url + "/__sim/chatbot/incoming", json={"from": TO, "text": "penawaran#Jhon Doe#jd@example.com"}
            )
        ).json()
    assert answer["payload"] == {
        "keyword": "penawaran#",
        "data": ["Jhon Doe", "jd@example.com"],
        "webhookkey": "sim-chatbot-webhookkey",
        "from": TO,
    }
    assert [r["type"] for r in answer["replies"]] == ["message", "location"]
    assert state.delivery_log == [(TO, "Terima kasih Jhon Doe"), (TO, "-6.200000-106.816666")]


# -- credentials and failures ---------------------------------------------------------


async def test_wrong_key_is_an_auth_error_in_the_providers_words(sim: SimulatorServer, state: ChatbotState) -> None:
    state.scan()
    provider = make_provider(sim, secrets={"secretkey": "wrong"})
    try:
        with pytest.raises(AuthError) as info:
            await provider.device_info()
        assert info.value.http_status == 400 and info.value.provider_message == "SecretKey tidak valid"
        with pytest.raises(AuthError):
            await provider.send([text()])
    finally:
        await provider.aclose()
    assert state.messages == {}


async def test_injected_invalid_credentials(sim: SimulatorServer, paired: ChatbotProvider) -> None:
    sim.state.faults = "invalid_credentials=1"
    with pytest.raises(AuthError, match="SecretKey tidak valid"):
        await paired.check_numbers([TO])


async def test_key_with_the_samples_noise_still_works(sim: SimulatorServer, state: ChatbotState) -> None:
    provider = make_provider(sim, secrets={"secretkey": f" {DEFAULT_SECRET_KEY} ;"})
    try:
        assert (await provider.device_info()).state is DeviceState.DISCONNECTED
    finally:
        await provider.aclose()


async def test_base_url_ending_in_api_is_accepted(sim: SimulatorServer) -> None:
    provider = make_provider(sim, base_url=sim.base_url("chatbot") + "/api")
    try:
        assert (await provider.qr_state()).authenticated is False
    finally:
        await provider.aclose()


async def test_rate_limit_and_gateway_pages(sim: SimulatorServer, paired: ChatbotProvider, state: ChatbotState) -> None:
    sim.state.faults = "rate_limit_rate=1,retry_after=7"
    with pytest.raises(RateLimited) as limited:
        await paired.send([text()])
    assert limited.value.retry_after == 7
    sim.state.faults = "html_5xx_rate=1"
    with pytest.raises(Ambiguous, match="502 Bad Gateway"):
        await paired.send([text()])
    assert state.messages == {}


async def test_cut_answer_after_processing_is_uncertain(
    sim: SimulatorServer, paired: ChatbotProvider, state: ChatbotState
) -> None:
    sim.state.faults = "malformed_rate=1"
    with pytest.raises(Ambiguous, match="not valid data"):  # the outbox records it as uncertain
        await paired.send([text()])
    assert len(state.messages) == 1  # the gateway did take it


# -- limits: refused before any request ---------------------------------------------------


async def test_limits_are_refused_before_any_request(sim: SimulatorServer, state: ChatbotState) -> None:
    state.scan()
    transport = CountingTransport()
    provider = make_provider(sim, transport=transport)
    refused = [
        OutgoingMessage("v", Recipient(TO), MessageKind.VIDEO, media=MediaRef(url="https://x.example/v.mp4")),
        OutgoingMessage("p", Recipient(TO), MessageKind.IMAGE, media=MediaRef(path=Path("/tmp/local.png"))),
        OutgoingMessage("e", Recipient(TO), MessageKind.TEXT, text="   "),
        OutgoingMessage("q", Recipient(TO), MessageKind.POLL, content=PollContent("?", ("a", "b"))),
        OutgoingMessage("c", Recipient(TO), MessageKind.CONTACT_CARD),
        OutgoingMessage("m", Recipient(TO), MessageKind.IMAGE),
    ]
    try:
        for message in refused:
            with pytest.raises(ValidationError):
                validate_message(provider.info, message)
            with pytest.raises(ValidationError):
                await provider.send([message])
        with pytest.raises(ValidationError, match="one message per request"):
            await provider.send([text(ref="a"), text(ref="b")])
        with pytest.raises(NotSupported):
            await provider.schedule([text()], at=datetime.now(UTC))
        with pytest.raises(NotSupported):
            await provider.fetch_statuses(["3EB0"])
    finally:
        await provider.aclose()
    assert transport.requests == []
    assert state.messages == {}
