"""The Wasender client against the simulated Wasender gateway, over real loopback HTTP."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
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
    Button,
    ButtonsContent,
    Capability,
    DeliveryStatus,
    DeviceState,
    ListContent,
    ListRow,
    MediaRef,
    MessageKind,
    NotSupported,
    OutgoingMessage,
    ProviderError,
    QrKind,
    RateLimited,
    Recipient,
    Rejected,
    TemplateContent,
    ValidationError,
)
from wadesk.providers.registry import build_provider, provider_info
from wadesk.providers.wasender import WasenderProvider
from wadesk.simulator.clock import ManualClock
from wadesk.simulator.server import SimulatorServer
from wadesk.simulator.wasender import WasenderState

TO = "6281234567001"


@pytest.fixture
async def sim(clock: ManualClock) -> AsyncIterator[SimulatorServer]:
    async with SimulatorServer(providers=["wasender"], clock=clock) as server:
        yield server


@pytest.fixture
def state(sim: SimulatorServer) -> WasenderState:
    st = sim.state.provider("wasender")
    assert isinstance(st, WasenderState)
    return st


def make(
    sim: SimulatorServer,
    transport: httpx.AsyncBaseTransport,
    clock: ManualClock,
    *,
    secrets: dict[str, str] | None = None,
    settings: dict[str, str] | None = None,
) -> WasenderProvider:
    account = Account(
        id=1,
        name="shop",
        provider="wasender",
        base_url=sim.base_url("wasender"),
        settings=settings if settings is not None else sim.settings("wasender"),
    )
    provider = build_provider(
        account, secrets if secrets is not None else sim.credentials("wasender"), transport=transport
    )
    assert isinstance(provider, WasenderProvider)

    async def advance(seconds: float) -> None:  # the poll wait moves the simulator's clock instead of sleeping
        clock.advance(seconds)

    provider.sleep = advance
    return provider


@pytest.fixture
async def provider(
    sim: SimulatorServer, transport: CountingTransport, clock: ManualClock
) -> AsyncIterator[WasenderProvider]:
    p = make(sim, transport, clock)
    yield p
    await p.aclose()


@pytest.fixture
async def paired(provider: WasenderProvider, state: WasenderState) -> WasenderProvider:
    await provider.pairing_qr()
    state.scan()
    return provider


def message(kind: MessageKind = MessageKind.TEXT, ref: str = "m1", to: str = TO, **kw: object) -> OutgoingMessage:
    fields: dict[str, object] = {"text": "Hello from wadesk!"} if kind is MessageKind.TEXT else {}
    fields.update(kw)
    return OutgoingMessage(ref_id=ref, to=Recipient(to), kind=kind, **fields)  # type: ignore[arg-type]


def decode(png: bytes) -> str:
    [barcode] = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    return barcode.text


async def debug(sim: SimulatorServer, path: str, **json: object) -> httpx.Response:
    async with httpx.AsyncClient() as client:
        if json or path.endswith(("scan", "incoming", "webhook", "disconnect")):
            return await client.post(f"{sim.url}/__sim/wasender/{path}", json=json)
        return await client.get(f"{sim.url}/__sim/wasender/{path}")


# -- what is declared --------------------------------------------------------------


def test_registry_knows_wasender() -> None:
    info = provider_info("wasender")
    assert info.default_base_url == "https://wasenderdha.my.id"
    assert [f.name for f in info.settings.secret_fields] == ["api_key"]
    assert [f.name for f in info.settings.plain_fields] == ["sender", "time_zone", "allow_http"]
    for missing in (Capability.STATUS_POLL, Capability.BATCH_SEND, Capability.LOCAL_UPLOAD, Capability.GROUP_SEND):
        assert missing not in info.capabilities


async def test_undeclared_capabilities_are_not_supported(provider: WasenderProvider) -> None:
    with pytest.raises(NotSupported):
        await provider.fetch_statuses(["x"])
    with pytest.raises(NotSupported):
        await provider.check_numbers([TO])
    with pytest.raises(NotSupported):
        await provider.list_groups()
    with pytest.raises(NotSupported):
        await provider.device_info()
    with pytest.raises(NotSupported):
        provider.parse_callback({}, b"{}")


# -- pairing ----------------------------------------------------------------------


async def test_qr_pairing(
    provider: WasenderProvider, sim: SimulatorServer, state: WasenderState, clock: ManualClock
) -> None:
    assert state.device.status == "disconnected"
    # The first answer is "processing"; the client asks again after the poll interval.
    assert await provider.request_qr() is None
    assert await provider.connection_state() is DeviceState.PAIRING
    challenge = await provider.pairing_qr()
    assert challenge.kind is QrKind.PNG and isinstance(challenge.payload, bytes)
    assert challenge.payload.startswith(b"\x89PNG")
    first = decode(challenge.payload)
    assert first == (await debug(sim, "qr")).text

    clock.advance(25)  # the payload rotates
    rotated = await provider.pairing_qr()
    assert isinstance(rotated.payload, bytes)
    second = decode(rotated.payload)
    assert second != first

    stale = await debug(sim, "scan", payload=first)
    assert stale.status_code == 409
    assert (await debug(sim, "scan", payload=second)).status_code == 200
    assert state.device.status == "connected"

    assert await provider.connection_state() is DeviceState.CONNECTED
    with pytest.raises(Rejected) as info:
        await provider.pairing_qr()
    assert info.value.provider_message == "Device already connected!"


async def test_qr_processing_gives_up_after_the_timeout(
    sim: SimulatorServer, transport: CountingTransport, clock: ManualClock
) -> None:
    provider = make(sim, transport, clock)
    waits: list[float] = []

    async def still(seconds: float) -> None:  # time does not pass: the gateway stays "processing"
        waits.append(seconds)

    provider.sleep = still
    provider.qr_timeout = 10.0
    try:
        with pytest.raises(ProviderError) as info:
            await provider.pairing_qr()
    finally:
        await provider.aclose()
    assert "still preparing" in str(info.value)
    assert all(2 <= w <= 3 for w in waits)
    assert len(transport.requests) == len(waits) + 1 == 5


# -- sending ----------------------------------------------------------------------


async def test_sending_needs_a_paired_device(provider: WasenderProvider) -> None:
    [result] = await provider.send([message()])
    assert result.status is DeliveryStatus.FAILED
    assert result.error == "Failed to send message! (Failed to access whatsapp server)"


async def test_every_kind_end_to_end(
    paired: WasenderProvider, sim: SimulatorServer, state: WasenderState, clock: ManualClock
) -> None:
    batch = [
        message(ref="text"),
        message(MessageKind.IMAGE, "img", media=MediaRef(url="https://example.com/image.jpg"), caption="Promo"),
        message(MessageKind.VIDEO, "vid", media=MediaRef(url="https://example.com/clip.mp4"), caption="Clip"),
        message(MessageKind.AUDIO, "aud", media=MediaRef(url="https://example.com/note.ogg"), extra={"ppt": True}),
        message(MessageKind.DOCUMENT, "doc", media=MediaRef(url="https://example.com/invoice.pdf")),
        message(MessageKind.DOCUMENT, "xls", media=MediaRef(url="https://example.com/prices.xlsx")),
        message(
            MessageKind.BUTTONS,
            "btn",
            content=ButtonsContent(
                "Silahkan pilih opsi:",
                (Button("Setuju"), Button("Tolak")),
                footer="Wasender Powered",
                image_url="https://example.com/header.jpg",
            ),
        ),
        message(
            MessageKind.TEMPLATE,
            "tpl",
            content=TemplateContent(
                text="Hubungi kami atau kunjungi situs:",
                buttons=(Button("Hubungi Kami", "call", "628123456789"), Button("Kunjungi Situs", "url", "google.com")),
                footer="Wasender Systems",
            ),
        ),
        message(
            MessageKind.LIST,
            "lst",
            content=ListContent(
                title="Menu Layanan",
                description="Silahkan pilih menu di bawah ini:",
                button_text="Lihat Menu",
                rows=(ListRow("Layanan A"), ListRow("Layanan B"), ListRow("Layanan C")),
                footer="Wasender Powered",
            ),
            extra={"name": "Pilih Layanan"},
        ),
    ]
    results = await paired.send(batch)
    assert [r.ref_id for r in results] == [m.ref_id for m in batch]
    assert all(r.status is DeliveryStatus.ACCEPTED and r.provider_message_id is None for r in results)

    got = state.snapshot()["messages"]
    assert [m["route"] for m in got] == [
        "send-message",
        *["send-media"] * 5,
        "send-button",
        "send-template",
        "send-list",
    ]
    assert [m["fields"]["media_type"] for m in got[1:6]] == ["image", "video", "audio", "pdf", "xlsx"]
    assert got[1]["fields"]["caption"] == "Promo"
    assert got[3]["fields"]["ppt"] is True
    assert got[6]["fields"]["button"] == ["Setuju", "Tolak"]
    assert got[6]["fields"]["url"] == "https://example.com/header.jpg"
    assert got[7]["fields"]["template"] == ["call|Hubungi Kami|628123456789", "url|Kunjungi Situs|google.com"]
    assert got[8]["fields"]["list"] == ["Layanan A", "Layanan B", "Layanan C"]
    assert got[8]["fields"]["name"] == "Pilih Layanan"
    assert all(m["sender"] == sim.settings("wasender")["sender"] for m in got)
    assert sim.state.delivered("wasender", TO)[0] == (TO, "Hello from wadesk!")

    # The gateway moves the messages on; the API has no way to tell, so the client's status stays "accepted".
    assert {m["status"] for m in got} == {"pending"}
    clock.advance(3.5)
    assert {m["status"] for m in state.snapshot()["messages"]} == {"read"}


async def test_voice_note_extra(paired: WasenderProvider, state: WasenderState) -> None:
    result = await paired.send_voice_note("0812-3456-7001", "https://example.com/voice.ogg")
    assert result.status is DeliveryStatus.ACCEPTED
    sent = state.messages[-1]
    assert sent.number == TO and sent.fields["ppt"] is True and sent.fields["media_type"] == "audio"


async def test_number_not_on_whatsapp_fails_with_the_gateway_words(paired: WasenderProvider) -> None:
    ok, bad = await paired.send([message(ref="ok"), message(ref="bad", to="6281200000000")])
    assert ok.status is DeliveryStatus.ACCEPTED
    assert bad.status is DeliveryStatus.FAILED and bad.error == "Message failed to send!"


async def test_limits_are_refused_before_any_request(paired: WasenderProvider, transport: CountingTransport) -> None:
    before = len(transport.requests)
    refused = [
        message(MessageKind.BUTTONS, content=ButtonsContent("pick", tuple(Button(f"b{i}") for i in range(6)))),
        message(
            MessageKind.TEMPLATE,
            content=TemplateContent(text="t", buttons=tuple(Button(f"b{i}", "url", "x.com") for i in range(4))),
        ),
        message(MessageKind.LIST, content=ListContent("t", "d", "open", tuple(ListRow(f"r{i}") for i in range(11)))),
        message(MessageKind.DOCUMENT, media=MediaRef(url="https://example.com/notes.txt")),
        message(MessageKind.IMAGE, media=MediaRef(path=Path("/tmp/photo.jpg"))),
        message(MessageKind.LOCATION),
        message(MessageKind.POLL),
        OutgoingMessage(ref_id="g", to=Recipient("120363025246125486@g.us", is_group=True), text="hi"),
        message(MessageKind.DOCUMENT, media=MediaRef(url="https://example.com/a.pdf"), caption="captions: image/video"),
    ]
    for bad in refused:
        with pytest.raises(ValidationError):
            await paired.send([message(ref="fine"), bad])  # the good one is not sent either
    assert len(transport.requests) == before


async def test_batch_stops_cleanly_when_a_later_request_cannot_be_made(
    sim: SimulatorServer, state: WasenderState, clock: ManualClock
) -> None:
    state.generate_qr()
    clock.advance(3)
    state.scan()
    transport = CountingTransport(fail_on=2)
    provider = make(sim, transport, clock)
    try:
        results = await provider.send([message(ref="a"), message(ref="b"), message(ref="c")])
    finally:
        await provider.aclose()
    assert [r.status for r in results] == [DeliveryStatus.ACCEPTED, DeliveryStatus.QUEUED, DeliveryStatus.QUEUED]
    assert all("not sent" in (r.error or "") for r in results[1:])


# -- credentials -----------------------------------------------------------------


async def test_bad_api_key_is_an_auth_error(
    sim: SimulatorServer, transport: CountingTransport, clock: ManualClock
) -> None:
    provider = make(sim, transport, clock, secrets={"api_key": "wrong"})
    try:
        with pytest.raises(AuthError) as info:
            await provider.send([message()])
        assert info.value.provider_message == "Invalid data! (api_key: The selected api key is invalid.)"
        with pytest.raises(AuthError):
            await provider.pairing_qr()
    finally:
        await provider.aclose()


async def test_wrong_sender_is_rejected(sim: SimulatorServer, transport: CountingTransport, clock: ManualClock) -> None:
    provider = make(sim, transport, clock, settings={"sender": "6281399999999"})
    try:
        with pytest.raises(Rejected) as info:
            await provider.send([message()])
        assert "sender" in (info.value.provider_message or "")
        with pytest.raises(Rejected) as qr:
            await provider.pairing_qr()
        assert "device" in (qr.value.provider_message or "")
    finally:
        await provider.aclose()


async def test_invalid_credentials_fault(sim: SimulatorServer, paired: WasenderProvider) -> None:
    sim.state.faults = "invalid_credentials=1"
    with pytest.raises(AuthError):
        await paired.send([message()])


# -- faults -----------------------------------------------------------------------


async def test_rate_limit_fault(sim: SimulatorServer, paired: WasenderProvider, state: WasenderState) -> None:
    sim.state.faults = "rate_limit_rate=1,retry_after=7"
    with pytest.raises(RateLimited) as info:
        await paired.send([message()])
    assert info.value.retry_after == 7
    assert state.messages == []


@pytest.mark.parametrize("fault", ["html_5xx_rate=1", "error_rate=1", "drop_rate=1"])
async def test_server_faults_are_ambiguous(sim: SimulatorServer, paired: WasenderProvider, fault: str) -> None:
    sim.state.faults = fault
    with pytest.raises(Ambiguous):
        await paired.send([message()])


async def test_malformed_answer_to_an_accepted_send_is_ambiguous(
    sim: SimulatorServer, paired: WasenderProvider, state: WasenderState
) -> None:
    sim.state.faults = "malformed_rate=1"
    with pytest.raises(Ambiguous) as info:
        await paired.send([message()])
    assert "not valid data" in str(info.value)
    assert len(state.messages) == 1  # the gateway did take it: never resend blindly


# -- the webhook ------------------------------------------------------------------


async def test_incoming_webhook(sim: SimulatorServer, provider: WasenderProvider) -> None:
    received: list[tuple[dict[str, str], bytes]] = []

    async def hook(request: web.Request) -> web.Response:
        received.append((dict(request.headers), await request.read()))
        return web.Response(status=200)

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        port = runner.addresses[0][1]
        assert (await debug(sim, "webhook", url=f"http://127.0.0.1:{port}/hook")).status_code == 200
        answer = await debug(sim, "incoming", message="Halo, apa kabar?", **{"from": "120363025246125486@g.us"})
        assert answer.json()["webhook_status"] == 200
    finally:
        await runner.cleanup()
    [(headers, body)] = received
    [incoming] = provider.parse_incoming(headers, body)
    assert incoming.chat == "120363025246125486@g.us"
    assert incoming.text == "Halo, apa kabar?"
    assert incoming.participant == "6281234567001"
    assert incoming.image is None
