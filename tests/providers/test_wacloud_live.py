"""The WACloud client against the simulated WACloud gateway, over real loopback HTTP."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

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
    DeliveryStatus,
    DeviceState,
    ListContent,
    ListRow,
    Location,
    MediaRef,
    MessageKind,
    NotSupported,
    OutgoingMessage,
    PollContent,
    ProviderError,
    QrKind,
    RateLimited,
    Recipient,
    Rejected,
    TemplateContent,
    ValidationError,
)
from wadesk.providers.base import validate_message
from wadesk.providers.registry import build_provider, provider_info
from wadesk.providers.wacloud import WacloudProvider
from wadesk.simulator.clock import ManualClock
from wadesk.simulator.server import SimulatorServer
from wadesk.simulator.wacloud import DEMO_DEVICE_ID, DEMO_TEMPLATE_ID, WacloudState

TO = "6281234567001"
NOT_ON_WA = "6281200000000"


@dataclass
class Receiver:
    """A webhook endpoint: what WACloud POSTed to it."""

    url: str
    calls: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


@pytest.fixture
async def sim(clock: ManualClock) -> AsyncIterator[SimulatorServer]:
    async with SimulatorServer(providers=["wacloud"], clock=clock) as server:
        yield server


@pytest.fixture
def state(sim: SimulatorServer) -> WacloudState:
    st = sim.state.provider("wacloud")
    assert isinstance(st, WacloudState)
    return st


def make_client(
    sim: SimulatorServer, transport: httpx.AsyncBaseTransport | None = None, **secrets: str
) -> WacloudProvider:
    account = Account(
        id=1,
        name="wacloud-sim",
        provider="wacloud",
        base_url=sim.base_url("wacloud"),
        settings=sim.settings("wacloud"),
    )
    provider = build_provider(account, {**sim.credentials("wacloud"), **secrets}, transport=transport)
    assert isinstance(provider, WacloudProvider)
    return provider


@pytest.fixture
async def client(sim: SimulatorServer, transport: CountingTransport) -> AsyncIterator[WacloudProvider]:
    provider = make_client(sim, transport)
    yield provider
    await provider.aclose()


@pytest.fixture
async def paired(client: WacloudProvider, state: WacloudState) -> WacloudProvider:
    state.scan(DEMO_DEVICE_ID)
    return client


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    calls: list[tuple[dict[str, str], bytes]] = []

    async def hook(request: web.Request) -> web.StreamResponse:
        calls.append((dict(request.headers), await request.read()))
        return web.Response(text="OK")

    app = web.Application()
    app.router.add_post("/webhook", hook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield Receiver(f"http://127.0.0.1:{port}/webhook", calls)
    finally:
        await runner.cleanup()


def msg(kind: MessageKind = MessageKind.TEXT, to: str = TO, ref: str = "r1", **kw: object) -> OutgoingMessage:
    return OutgoingMessage(ref_id=ref, to=Recipient(to), kind=kind, **kw)  # type: ignore[arg-type]


async def flush(sim: SimulatorServer) -> dict[str, int]:
    async with httpx.AsyncClient() as http:
        answer = await http.post(f"{sim.url}/__sim/wacloud/webhooks/flush")
        answer.raise_for_status()
        result: dict[str, int] = answer.json()
        return result


# -- declaration -------------------------------------------------------------------


def test_registered_with_its_settings(sim: SimulatorServer) -> None:
    info = provider_info("wacloud")
    assert info.default_base_url == "https://app.wacloud.id/api/v1"
    assert sim.base_url("wacloud").endswith("/api/v1")
    assert set(sim.credentials("wacloud")) == {"api_key"}
    assert sim.settings("wacloud") == {"device_id": DEMO_DEVICE_ID}


# -- devices and pairing ----------------------------------------------------------------


async def test_qr_pairing_png_rotates_and_a_scan_pairs(
    client: WacloudProvider, clock: ManualClock, state: WacloudState
) -> None:
    info = await client.device_info()
    assert (info.device_id, info.state) == (DEMO_DEVICE_ID, DeviceState.PAIRING)

    qr = await client.pairing_qr()
    assert qr.kind is QrKind.PNG and isinstance(qr.payload, bytes)
    assert qr.payload.startswith(b"\x89PNG")
    start = datetime.fromtimestamp(clock.now(), UTC)
    assert qr.expires_at is not None and (qr.expires_at - start).total_seconds() == 120
    [barcode] = zxingcpp.read_barcodes(Image.open(io.BytesIO(qr.payload)))
    assert barcode.text.startswith("2@")

    clock.advance(60)
    assert (await client.pairing_qr()).payload == qr.payload  # still valid: the same code

    clock.advance(61)
    fresh = await client.pairing_qr()
    assert fresh.payload != qr.payload
    assert fresh.expires_at is not None and fresh.expires_at > qr.expires_at
    [again] = zxingcpp.read_barcodes(Image.open(io.BytesIO(fresh.payload)))

    with pytest.raises(ValueError, match="expired"):
        state.scan(DEMO_DEVICE_ID, barcode.text)  # the old code no longer pairs
    state.scan(DEMO_DEVICE_ID, again.text)
    assert (await client.device_info()).state is DeviceState.CONNECTED
    assert await client.device_status() is DeviceState.CONNECTED
    with pytest.raises(Rejected, match="already connected"):
        await client.pairing_qr()


async def test_scan_over_the_debug_route(client: WacloudProvider, sim: SimulatorServer) -> None:
    async with httpx.AsyncClient() as http:
        answer = await http.post(f"{sim.url}/__sim/wacloud/scan", json={"device": DEMO_DEVICE_ID})
        assert answer.json() == {"device_id": DEMO_DEVICE_ID, "status": "connected"}
        await http.post(f"{sim.url}/__sim/wacloud/disconnect")
    assert (await client.device_info()).state is DeviceState.DISCONNECTED


async def test_devices_list_create_get(paired: WacloudProvider, state: WacloudState) -> None:
    listed = await paired.list_devices()
    assert [d.device_id for d in listed] == [DEMO_DEVICE_ID]  # only connected devices
    assert listed[0].number == "6281200000002"

    made = await paired.create_device("Device Dua", "0812-3456-7890")
    assert made.state is DeviceState.PAIRING and made.name == "Device Dua"
    assert state.devices[made.device_id].phone_number == "81234567890"  # sent without the country code
    got = await paired.get_device(made.device_id)
    assert (got.device_id, got.number) == (made.device_id, "6281234567890")
    assert await paired.device_status(made.device_id) is DeviceState.PAIRING
    assert [d.device_id for d in await paired.list_devices()] == [DEMO_DEVICE_ID]

    with pytest.raises(Rejected, match="Device not found"):
        await paired.get_device("00000000-0000-0000-0000-000000000000")
    with pytest.raises(ValidationError):
        await paired.create_device("  ", "081234567890")


# -- sending ---------------------------------------------------------------------------


async def test_sending_needs_a_paired_device(client: WacloudProvider, state: WacloudState) -> None:
    [result] = await client.send([msg(text="hello")])
    assert result.status is DeliveryStatus.FAILED
    assert result.error is not None and "Device is not connected" in result.error
    assert state.messages == {}


async def test_every_declared_kind_is_sent(paired: WacloudProvider, state: WacloudState) -> None:
    batch = [
        msg(ref="text", text="Halo dari wadesk"),
        msg(MessageKind.IMAGE, ref="image", media=MediaRef(url="https://example.com/a.jpg"), caption="gambar"),
        msg(MessageKind.VIDEO, ref="video", media=MediaRef(url="https://example.com/v.mp4"), caption="video"),
        msg(
            MessageKind.DOCUMENT,
            ref="doc",
            media=MediaRef(url="https://example.com/files/invoice.pdf"),
            caption="dokumen",
        ),
        msg(MessageKind.POLL, ref="poll", content=PollContent("Pertanyaan?", ("Opsi 1", "Opsi 2"))),
        msg(
            MessageKind.LIST,
            ref="list",
            content=ListContent("Menu", "Pilih satu", "Pilih", (ListRow("Teh", "panas"), ListRow("Kopi"))),
        ),
        msg(
            MessageKind.TEMPLATE,
            ref="template",
            content=TemplateContent(
                template_id=DEMO_TEMPLATE_ID, variables={"name": "John Doe", "order_id": "ORD-1", "amount": "150.000"}
            ),
        ),
    ]
    for message in batch:
        validate_message(paired.info, message)
    results = await paired.send(batch)
    assert [r.ref_id for r in results] == [m.ref_id for m in batch]
    assert all(r.status is DeliveryStatus.ACCEPTED and r.provider_message_id for r in results), results
    sent = [state.messages[r.provider_message_id or ""] for r in results]
    assert [m.message_type for m in sent] == ["text", "image", "video", "document", "poll", "list", "template"]
    assert sent[2].fields["as_note"] is False and sent[2].fields["convert"] is False
    assert sent[3].fields["filename"] == "invoice.pdf"
    assert sent[5].fields["message"]["sections"][0]["rows"][0] == {
        "title": "Teh",
        "rowId": "row-1",
        "description": "panas",
    }
    assert sent[6].text == "Halo John Doe, pesanan Anda #ORD-1 telah dikonfirmasi. Total: Rp 150.000"
    assert [entry[0] for entry in state.delivery_log] == [TO] * 7


async def test_statuses_advance_through_the_status_webhook(
    paired: WacloudProvider, sim: SimulatorServer, clock: ManualClock, receiver: Receiver
) -> None:
    hook = await paired.create_webhook(receiver.url)
    assert hook.events == ("message", "status") and hook.device_id == DEMO_DEVICE_ID
    [result] = await paired.send([msg(text="lacak saya")])
    assert result.status is DeliveryStatus.ACCEPTED

    await flush(sim)
    assert receiver.calls == []  # nothing changed yet
    clock.advance(1)
    await flush(sim)  # (or the gateway's own once-a-second delivery, which a flush waits for)
    assert len(receiver.calls) == 1
    headers, body = receiver.calls[-1]
    [update] = paired.parse_callback(headers, body)
    assert (update.status, update.provider_message_id) == (DeliveryStatus.DELIVERED, result.provider_message_id)
    assert update.at == datetime.fromtimestamp(clock.now(), UTC)

    clock.advance(5)
    await flush(sim)
    [read] = paired.parse_callback(*receiver.calls[-1])
    assert read.status is DeliveryStatus.READ
    assert len(receiver.calls) == 2  # read is final: no more events


async def test_incoming_message_event_is_not_a_status(
    paired: WacloudProvider, sim: SimulatorServer, receiver: Receiver
) -> None:
    await paired.create_webhook(receiver.url, ["message"])
    async with httpx.AsyncClient() as http:
        answer = await http.post(f"{sim.url}/__sim/wacloud/incoming", json={"from": TO, "body": "Pesan masuk"})
    assert answer.json()["delivered"] == 1
    headers, body = receiver.calls[-1]
    assert b'"event": "message"' in body or b'"event":"message"' in body
    assert paired.parse_callback(headers, body) == []
    with pytest.raises(ProviderError, match="not valid data"):
        paired.parse_callback({}, b"{not json")


async def test_number_not_on_whatsapp_fails_in_the_providers_words(paired: WacloudProvider) -> None:
    results = await paired.send([msg(to=NOT_ON_WA, text="halo")])
    assert results[0].status is DeliveryStatus.FAILED
    assert results[0].error is not None and "not registered on WhatsApp" in results[0].error


async def test_a_batch_keeps_going_past_a_refused_message(paired: WacloudProvider) -> None:
    results = await paired.send([msg(ref="a", text="1"), msg(ref="b", to=NOT_ON_WA, text="2"), msg(ref="c", text="3")])
    assert [r.status for r in results] == [DeliveryStatus.ACCEPTED, DeliveryStatus.FAILED, DeliveryStatus.ACCEPTED]


async def test_limits_are_refused_before_any_request(
    paired: WacloudProvider, transport: CountingTransport, tmp_path: Path
) -> None:
    local = tmp_path / "photo.jpg"
    local.write_bytes(b"\xff\xd8\xff")
    refused = [
        msg(MessageKind.AUDIO, media=MediaRef(url="https://example.com/a.mp3")),
        msg(MessageKind.LOCATION, location=Location(-6.2, 106.8)),
        msg(MessageKind.IMAGE, media=MediaRef(path=local)),
        OutgoingMessage("g", Recipient("120363025246125486@g.us", is_group=True), text="hi"),
        msg(text="  "),
        msg(MessageKind.POLL, content=PollContent("Q?", ("a", "b"), multiple_answers=True)),
        msg(MessageKind.TEMPLATE, content=TemplateContent(text="no id")),
    ]
    for message in refused:
        with pytest.raises((ValidationError, NotSupported)):
            await paired.send([msg(ref="ok", text="fine"), message])
    assert transport.requests == []


# -- numbers and contacts ----------------------------------------------------------------


async def test_number_check(paired: WacloudProvider) -> None:
    checks = await paired.check_numbers([TO, "+62 812-0000-0000", "11231231231", "not a number"])
    assert [(c.number, c.on_whatsapp) for c in checks] == [
        (TO, True),
        ("+62 812-0000-0000", False),
        ("11231231231", True),
        ("not a number", None),
    ]


async def test_number_check_needs_the_device_connected(client: WacloudProvider) -> None:
    with pytest.raises(Rejected, match="not connected"):
        await client.check_numbers([TO])


async def test_contacts_list_get_update_picture(paired: WacloudProvider, state: WacloudState) -> None:
    for i in range(150):  # more than one page of 100
        number = f"62813{i:08d}"
        state.devices[DEMO_DEVICE_ID].contacts[f"{number}@c.us"] = {"id": f"{number}@c.us", "number": number}
    contacts = await paired.list_contacts()
    phones = {c.phone for c in contacts}
    assert len(contacts) == 153  # the @lid contact has no phone number
    assert {"6281234567001", "6281234567002", "6281234567003"} <= phones
    assert next(c for c in contacts if c.phone == TO).name == "Budi Santoso"

    one = await paired.get_contact(f"{TO}@c.us")
    assert (one.phone, one.name) == (TO, "Budi Santoso")
    await paired.update_contact(TO, "John", "Doe")
    assert (await paired.get_contact(TO)).name == "John Doe"
    assert await paired.profile_picture(TO, refresh=True) == f"https://pps.whatsapp.net/v/sim/{TO}.jpg"
    with pytest.raises(Rejected, match="Contact not found"):
        await paired.get_contact("6289999999999")


async def test_groups_are_not_offered(paired: WacloudProvider) -> None:
    assert Capability.GROUPS not in paired.info.capabilities
    with pytest.raises(NotSupported):
        await paired.list_groups()


# -- templates, webhooks, OTP ---------------------------------------------------------------


async def test_templates_crud_preview_and_send(paired: WacloudProvider, state: WacloudState) -> None:
    made = await paired.create_template(
        "Pengingat", "Halo @{{name}}, tagihan @{{invoice}} jatuh tempo.", description="reminder"
    )
    assert made.variables == ("name", "invoice")
    assert state.templates[made.template_id].variables == ["name", "invoice"]
    assert {t.template_id for t in await paired.list_templates()} == {DEMO_TEMPLATE_ID, made.template_id}
    assert (await paired.get_template(made.template_id)).name == "Pengingat"

    preview = await paired.preview_template(made.template_id, {"name": "Sari", "invoice": "INV-9"})
    assert preview == "Halo Sari, tagihan INV-9 jatuh tempo."

    updated = await paired.update_template(made.template_id, name="Pengingat 2", content="Hai @{{name}}")
    assert (updated.name, updated.content) == ("Pengingat 2", "Hai @{{name}}")
    content = TemplateContent(template_id=made.template_id, variables={"name": "Sari"})
    [result] = await paired.send([msg(MessageKind.TEMPLATE, content=content)])
    assert state.messages[result.provider_message_id or ""].text == "Hai Sari"

    await paired.delete_template(made.template_id)
    with pytest.raises(Rejected, match="Template not found"):
        await paired.get_template(made.template_id)


async def test_webhooks_crud(paired: WacloudProvider) -> None:
    hook = await paired.create_webhook("https://example.com/hook", ["status"])
    assert [w.webhook_id for w in await paired.list_webhooks()] == [hook.webhook_id]
    await paired.delete_webhook(hook.webhook_id)
    assert await paired.list_webhooks() == []
    with pytest.raises(Rejected, match="Webhook not found"):
        await paired.delete_webhook(hook.webhook_id)
    with pytest.raises(Rejected, match="Unsupported events"):
        await paired.create_webhook("https://example.com/hook", ["presence"])


async def test_otp_send_verify_status(paired: WacloudProvider, state: WacloudState, clock: ManualClock) -> None:
    ticket = await paired.send_otp("6281234567891")
    assert ticket.expires_in_minutes == 10
    start = datetime.fromtimestamp(clock.now(), UTC)
    assert ticket.expires_at is not None and (ticket.expires_at - start).total_seconds() == 600
    otp = state.otps[ticket.otp_id]
    assert otp.phone == "81234567891"  # sent without the country code
    assert state.delivery_log[-1][0] == "6281234567891" and otp.code in state.delivery_log[-1][1]
    assert await paired.otp_status(ticket.otp_id) == "pending"

    wrong = "000000" if otp.code != "000000" else "111111"
    with pytest.raises(Rejected, match="Invalid OTP code"):
        await paired.verify_otp("081234567891", wrong)
    with pytest.raises(ValidationError):
        await paired.verify_otp("081234567891", "12ab")  # refused before any request
    assert await paired.verify_otp("081234567891", otp.code) == "OTP verified successfully"
    assert await paired.otp_status(ticket.otp_id) == "verified"

    short = await paired.send_otp("6281234567891", expiry_minutes=1)
    clock.advance(61)
    assert await paired.otp_status(short.otp_id) == "expired"
    with pytest.raises(Rejected, match="OTP has expired"):
        await paired.verify_otp("6281234567891", state.otps[short.otp_id].code)


async def test_otp_with_a_template(paired: WacloudProvider, state: WacloudState) -> None:
    tpl = await paired.create_template("OTP", "Kode Anda @{{otp}}, berlaku @{{expiry_minutes}} menit")
    ticket = await paired.send_otp(TO, template_id=tpl.template_id, expiry_minutes=5)
    code = state.otps[ticket.otp_id].code
    assert state.delivery_log[-1] == (TO, f"Kode Anda {code}, berlaku 5 menit")


# -- failures --------------------------------------------------------------------------------


async def test_bad_api_key_is_an_auth_error_in_the_providers_words(sim: SimulatorServer) -> None:
    bad = make_client(sim, api_key="waha_wrong")
    try:
        with pytest.raises(AuthError) as info:
            await bad.device_info()
        assert info.value.provider_message == "Invalid API key"
        with pytest.raises(AuthError):
            await bad.send([msg(text="x")])
    finally:
        await bad.aclose()


async def test_injected_faults(paired: WacloudProvider, sim: SimulatorServer, state: WacloudState) -> None:
    sim.state.faults = "invalid_credentials=1"
    with pytest.raises(AuthError, match="Invalid API key"):
        await paired.device_info()
    sim.state.faults = "rate_limit_rate=1,retry_after=9"
    with pytest.raises(RateLimited) as limited:
        await paired.send([msg(text="x")])
    assert limited.value.retry_after == 9
    sim.state.faults = "html_5xx_rate=1"
    with pytest.raises(Ambiguous, match="502 Bad Gateway"):
        await paired.send([msg(text="x")])
    sim.state.faults = "malformed_rate=1"
    with pytest.raises(ProviderError, match="not valid data"):
        await paired.send([msg(text="x")])  # accepted, but the answer cannot be read
    assert len(state.messages) == 1
    sim.state.faults = None
    assert (await paired.device_info()).state is DeviceState.CONNECTED


async def test_the_gateway_delivers_due_webhooks_on_its_own(
    paired: WacloudProvider, clock: ManualClock, receiver: Receiver
) -> None:
    await paired.create_webhook(receiver.url, ["status"])
    [result] = await paired.send([msg(text="tanpa flush")])
    clock.advance(2)
    for _ in range(40):  # the once-a-second delivery, in real time
        if len(receiver.calls) >= 2:
            break
        await asyncio.sleep(0.1)
    updates = [u for call in receiver.calls for u in paired.parse_callback(*call)]
    assert [u.status for u in updates] == [DeliveryStatus.DELIVERED, DeliveryStatus.READ]
    assert {u.provider_message_id for u in updates} == {result.provider_message_id}


async def test_served_next_to_other_providers(clock: ManualClock) -> None:
    async with SimulatorServer(providers=["wablas", "wacloud"], clock=clock) as both:
        assert both.base_url("wacloud").endswith("/wacloud/api/v1")
        provider = make_client(both)
        try:
            assert (await provider.device_info()).state is DeviceState.PAIRING
        finally:
            await provider.aclose()
