"""The JSON WA client against the simulated gateway over real loopback HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from aiohttp import web

from wadesk.domain import (
    Account,
    Ambiguous,
    AuthError,
    Capability,
    DeliveryStatus,
    MediaRef,
    MessageKind,
    NotSupported,
    OutgoingMessage,
    ProviderError,
    RateLimited,
    Recipient,
    ValidationError,
)
from wadesk.providers.base import validate_message
from wadesk.providers.jsonwa import INFO, JsonWaProvider
from wadesk.providers.registry import build_provider, provider_info
from wadesk.simulator import ManualClock, SimulatorServer
from wadesk.simulator.jsonwa import JsonWaState

TEXT = "Halo kak, pesanan Anda sudah dikirim"
JAKARTA = ZoneInfo("Asia/Jakarta")


@dataclass
class Env:
    server: SimulatorServer
    clock: ManualClock
    provider: JsonWaProvider
    extra: list[JsonWaProvider] = field(default_factory=list)

    @property
    def state(self) -> JsonWaState:
        state = self.server.state.provider("jsonwa")
        assert isinstance(state, JsonWaState)
        return state

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock.now(), UTC)

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)

    def another(self, **secrets: str) -> JsonWaProvider:
        provider = make_provider(self.server, self.clock, secrets or None)
        self.extra.append(provider)
        return provider

    async def debug(self, method: str, path: str, **kw: Any) -> Any:
        async with httpx.AsyncClient() as client:
            response = await client.request(method, f"{self.server.url}/__sim/jsonwa/{path}", **kw)
            response.raise_for_status()
            return response.json()


def make_provider(server: SimulatorServer, clock: ManualClock, secrets: dict[str, str] | None = None) -> JsonWaProvider:
    account = Account(
        id=1,
        name="jsonwa-sim",
        provider="jsonwa",
        base_url=server.base_url("jsonwa"),
        settings=server.settings("jsonwa"),
    )
    provider = build_provider(account, secrets if secrets is not None else server.credentials("jsonwa"))
    assert isinstance(provider, JsonWaProvider)
    provider.now = lambda: datetime.fromtimestamp(clock.now(), UTC)
    return provider


@pytest.fixture
async def env() -> AsyncIterator[Env]:
    clock = ManualClock()
    async with SimulatorServer(providers=["jsonwa"], clock=clock) as server:
        provider = make_provider(server, clock)
        environment = Env(server, clock, provider)
        try:
            yield environment
        finally:
            for p in [provider, *environment.extra]:
                await p.aclose()


def text_to(ref: str, to: str, body: str = TEXT) -> OutgoingMessage:
    return OutgoingMessage(ref_id=ref, to=Recipient(to), kind=MessageKind.TEXT, text=body)


# -- declaration -------------------------------------------------------------------------


def test_declared_capabilities_limits_and_settings() -> None:
    info = provider_info("jsonwa")
    assert info is INFO
    assert info.capabilities == (
        Capability.SEND_TEXT
        | Capability.BATCH_SEND
        | Capability.NATIVE_SCHEDULE
        | Capability.STATUS_CALLBACK
        | Capability.BALANCE
    )
    assert (info.limits.min_text, info.limits.max_text, info.limits.max_batch) == (10, 480, 5)
    assert [f.name for f in info.settings.secret_fields] == ["apikey"]
    assert [f.name for f in info.settings.plain_fields] == ["waid", "time_zone", "allow_http"]
    assert info.default_base_url == ""  # the vendor gives each customer a host


# -- sending and statuses ------------------------------------------------------------------


async def test_send_one_text_and_follow_it_to_read(env: Env) -> None:
    [result] = await env.provider.send([text_to("m1", "6281234567001")])
    assert result.status is DeliveryStatus.ACCEPTED and result.error is None
    assert result.provider_message_id is not None and int(result.provider_message_id) > 2**32
    assert env.server.state.delivered("jsonwa") == [("6281234567001", TEXT)]  # URL-decoded by the gateway
    seen = []
    for _ in range(4):
        for item in await env.debug("GET", "callbacks", params={"kind": "tracking"}):
            seen.extend(env.provider.parse_callback({}, item["body"].encode()))
        env.advance(1)
    updates = list({(u.provider_message_id, u.status): u for u in seen}.values())
    assert [u.status for u in updates] == [
        DeliveryStatus.ACCEPTED,
        DeliveryStatus.SENT,
        DeliveryStatus.DELIVERED,
        DeliveryStatus.READ,
    ]
    assert {u.provider_message_id for u in updates} == {result.provider_message_id}


async def test_batch_of_five_in_one_request_with_per_packet_outcomes(env: Env) -> None:
    batch = [
        text_to("a", "6281234567001"),
        text_to("b", "12345"),  # not a phone number: the gateway says 60
        text_to("c", "6281200000000"),  # not on WhatsApp: accepted, rejected later
        text_to("d", "6281234567002", "Diskon 50% & ongkir + gratis? Ya!"),
        text_to("e", "6281234567003"),
    ]
    results = await env.provider.send(batch)
    assert [r.ref_id for r in results] == ["a", "b", "c", "d", "e"]
    assert [r.status for r in results] == [
        DeliveryStatus.ACCEPTED,
        DeliveryStatus.FAILED,
        DeliveryStatus.ACCEPTED,
        DeliveryStatus.ACCEPTED,
        DeliveryStatus.ACCEPTED,
    ]
    assert results[1].error == "Invalid Number (status 60)"
    ids = [int(r.provider_message_id or 0) for r in results if r.status is DeliveryStatus.ACCEPTED]
    assert ids == list(range(ids[0], ids[0] + 4))  # one request, consecutive sending ids
    assert ("6281234567002", "Diskon 50% & ongkir + gratis? Ya!") in env.server.state.delivered("jsonwa")
    env.advance(1)
    rejected = [
        u
        for item in await env.debug("GET", "callbacks")
        for u in env.provider.parse_callback({}, item["body"].encode())
        if u.provider_message_id == results[2].provider_message_id
    ]
    assert rejected[-1].status is DeliveryStatus.FAILED


async def test_packet_and_global_codes_from_the_gateway(env: Env) -> None:
    env.state.account.whatsapp_balance = 100  # one message's price is 70
    results = await env.provider.send([text_to("a", "6281234567001"), text_to("b", "6281234567002")])
    assert results[0].status is DeliveryStatus.ACCEPTED
    assert (results[1].status, results[1].error) == (DeliveryStatus.FAILED, "Minimum Balance (status 80)")

    env.state.account.whatsapp_expired = "2020-01-01"
    results = await env.provider.send([text_to("c", "6281234567001"), text_to("d", "6281234567002")])
    assert [(r.status, r.error) for r in results] == [(DeliveryStatus.FAILED, "Expired Balance (status 50)")] * 2


async def test_limits_are_refused_before_any_request(env: Env) -> None:
    too_short = text_to("a", "6281234567001", "too short")  # 9 characters
    too_long = text_to("b", "6281234567001", "x" * 481)
    image = OutgoingMessage(
        ref_id="c", to=Recipient("6281234567001"), kind=MessageKind.IMAGE, media=MediaRef(url="https://x/y.jpg")
    )
    group = OutgoingMessage(ref_id="d", to=Recipient("120363025246125486@g.us", is_group=True), text=TEXT)
    for message, error in [
        (too_short, ValidationError),
        (too_long, ValidationError),
        (image, NotSupported),
        (group, NotSupported),
    ]:
        with pytest.raises(error):
            validate_message(INFO, message)
        with pytest.raises(error):
            await env.provider.send([message])
    six = [text_to(str(i), "6281234567001") for i in range(6)]
    with pytest.raises(ValidationError, match="at most 5"):
        await env.provider.send(six)
    validate_message(INFO, text_to("ok", "6281234567001", "x" * 10))
    validate_message(INFO, text_to("ok", "6281234567001", "x" * 480))
    assert env.state.packets == {}


# -- native schedule -----------------------------------------------------------------------


async def test_schedule_on_the_gateway_goes_out_at_its_time(env: Env) -> None:
    at = env.now() + timedelta(hours=1)
    entries = await env.provider.schedule(
        [text_to("a", "6281234567001"), text_to("b", "081234567002"), text_to("c", "999")], at
    )
    assert [e.status for e in entries[:2]] == ["scheduled", "scheduled"]
    assert entries[2].schedule_id == "" and entries[2].status == "failed: Invalid Number (status 60)"
    packet = env.state.packets[int(entries[0].schedule_id)]
    assert packet.sendingdatetime == at.astimezone(JAKARTA).strftime("%Y-%m-%d %H:%M:%S")
    assert env.server.state.delivered("jsonwa") == []
    assert env.state.status_of(entries[0].schedule_id) == "pending"
    env.advance(3600)
    assert env.server.state.delivered("jsonwa") == [("6281234567001", TEXT), ("6281234567002", TEXT)]
    env.advance(1)
    assert env.state.status_of(entries[0].schedule_id) == "sent"
    with pytest.raises(NotSupported, match="no endpoint"):
        await env.provider.cancel_schedule(entries[0].schedule_id)
    with pytest.raises(NotSupported):
        await env.provider.update_schedule(entries[0].schedule_id, text_to("a", "6281234567001"), at)


# -- balance -----------------------------------------------------------------------------


async def test_balance_is_asked_at_most_every_15_minutes(env: Env) -> None:
    first = await env.provider.balance_details()
    assert not first.cached and first.whatsapp_id == "sim-jsonwa-waid"
    assert first.whatsapp_balance == "7000000"
    checked_at = env.state.account.last_balance_check
    await env.provider.send([text_to("a", "6281234567001")])
    env.advance(10 * 60)
    second = await env.provider.balance_details()
    assert second.cached and second.whatsapp_balance == "7000000"  # no request: the last answer
    assert env.state.account.last_balance_check == checked_at
    text = await env.provider.balance()
    assert "7000000" in text and "2024-05-01 03:00 UTC" in text and "15 minutes" in text
    env.advance(5 * 60 + 1)
    third = await env.provider.balance_details()
    assert not third.cached and third.whatsapp_balance == str(7_000_000 - 70)
    assert "fetched at 2024-05-01 03:15 UTC" in third.describe()


async def test_the_gateway_limit_without_a_remembered_answer_is_rate_limited(env: Env) -> None:
    await env.provider.balance_details()
    other = env.another()  # e.g. another wadesk process: it has no remembered answer
    with pytest.raises(RateLimited) as info:
        await other.balance()
    assert info.value.provider_message == "Check Balance Limit (15 minute)"
    assert info.value.retry_after == 900
    env.state.account.balance_error = True
    env.advance(15 * 60)
    with pytest.raises(ProviderError, match="Error Check Balance"):
        await other.balance()


# -- credentials and faults -----------------------------------------------------------------


async def test_bad_credentials_give_auth_errors_in_the_gateway_words(env: Env) -> None:
    bad = env.another(apikey="not-the-key")
    with pytest.raises(AuthError) as info:
        await bad.send([text_to("a", "6281234567001")])
    assert info.value.provider_message == "ApiKey not register"
    with pytest.raises(AuthError, match="ApiKey not register"):
        await bad.balance()

    env.server.state.faults = "invalid_credentials=1"  # the IP allow-list answer
    with pytest.raises(AuthError) as info:
        await env.provider.send([text_to("a", "6281234567001")])
    assert info.value.provider_message == "Ip address not register"
    with pytest.raises(AuthError, match="Ip address not register"):
        await env.provider.balance()
    assert env.state.packets == {}


async def test_unreadable_and_failed_answers(env: Env) -> None:
    env.server.state.faults = "malformed_rate=1"
    with pytest.raises(ProviderError, match="not valid data") as info:
        await env.provider.send([text_to("a", "6281234567001")])
    assert not isinstance(info.value, AuthError)
    env.server.state.faults = "html_5xx_rate=1"
    with pytest.raises(Ambiguous, match="502 Bad Gateway"):
        await env.provider.send([text_to("b", "6281234567001")])


async def test_gateway_codes_the_client_never_provokes(env: Env) -> None:
    url = env.server.base_url("jsonwa") + "/sms/api_whatsapp_send_json.php"
    creds = {**env.server.credentials("jsonwa"), **env.server.settings("jsonwa")}
    packet = {"number": "6281234567001", "message": "Message+1+whatsapp+json", "sendingdatetime": ""}
    async with httpx.AsyncClient() as client:
        six = await client.post(url, json={**creds, "datapacket": [packet] * 6})
        broken = await client.post(url, content=b"{not json", headers={"Content-Type": "application/json"})
        short = await client.post(url, json={**creds, "datapacket": [{**packet, "message": "short"}]})
        odd_time = await client.post(url, json={**creds, "datapacket": [{**packet, "sendingdatetime": "soon"}]})
        dashes = await client.post(
            url, json={**creds, "datapacket": [{**packet, "sendingdatetime": "2024-05-01 12-30-00"}]}
        )
    assert six.json()["sending_respon"][0]["globalstatus"] == 55
    assert six.json()["sending_respon"][0]["globalstatustext"] == "Maximum Data"
    assert broken.json()["sending_respon"][0]["globalstatustext"] == "Json Post Error"
    assert short.json()["sending_respon"][0]["datapacket"][0]["packet"]["sendingstatustext"] == "Invalid Message"
    assert odd_time.json()["sending_respon"][0]["datapacket"][0]["packet"]["sendingstatus"] == 90
    [accepted] = dashes.json()["sending_respon"][0]["datapacket"]
    assert accepted["packet"]["sendingstatus"] == 10 and accepted["packet"]["price"] == 70
    assert env.state.packets[accepted["packet"]["sendingid"]].text == "Message 1 whatsapp json"
    assert env.server.state.delivered("jsonwa") == []  # 12:30 Jakarta is later than the clock's 10:00


# -- callbacks POSTed to a receiver ---------------------------------------------------------


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[str, list[tuple[str, dict[str, str], bytes]]]]:
    got: list[tuple[str, dict[str, str], bytes]] = []

    async def hook(request: web.Request) -> web.Response:
        got.append((request.path, dict(request.headers), await request.read()))
        return web.Response(text="OK")

    app = web.Application()
    app.router.add_post("/tracking", hook)
    app.router.add_post("/inbox", hook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}", got
    finally:
        await runner.cleanup()


async def test_tracking_and_inbox_callbacks_are_form_posts(
    env: Env, receiver: tuple[str, list[tuple[str, dict[str, str], bytes]]]
) -> None:
    url, got = receiver
    await env.debug("POST", "webhooks", json={"tracking_url": f"{url}/tracking", "inbox_url": f"{url}/inbox"})
    [result] = await env.provider.send([text_to("a", "6281234567001")])
    env.advance(3)
    await env.debug("POST", "flush")
    tracking = [(headers, body) for path, headers, body in got if path == "/tracking"]
    assert all(h["Content-Type"].startswith("application/x-www-form-urlencoded") for h, _ in tracking)
    updates = [u for h, b in tracking for u in env.provider.parse_callback(h, b)]
    assert [u.status for u in updates] == [
        DeliveryStatus.ACCEPTED,
        DeliveryStatus.SENT,
        DeliveryStatus.DELIVERED,
        DeliveryStatus.READ,
    ]
    assert {u.provider_message_id for u in updates} == {result.provider_message_id}

    await env.debug("POST", "incoming", json={"number": "081234567002", "message": "Kak, masih ada stok?"})
    [(headers, body)] = [(h, b) for path, h, b in got if path == "/inbox"]
    assert env.provider.parse_callback(headers, body) == []
    assert env.provider.parse_inbox_callback(headers, body) == {
        "kind": "text",
        "from": "6281234567002",
        "number": "081234567002",
        "text": "Kak, masih ada stok?",
        "waid": "sim-jsonwa-waid",
    }


async def test_callbacks_are_posted_in_the_background_while_a_url_is_set(
    env: Env, receiver: tuple[str, list[tuple[str, dict[str, str], bytes]]]
) -> None:
    url, got = receiver
    await env.debug("POST", "webhooks", json={"tracking_url": f"{url}/tracking"})
    await env.provider.send([text_to("a", "6281234567001")])
    env.advance(1)
    for _ in range(100):
        if len(got) >= 2:
            break
        await asyncio.sleep(0.05)
    statuses = [u.status for _, h, b in got for u in env.provider.parse_callback(h, b)]
    assert statuses == [DeliveryStatus.ACCEPTED, DeliveryStatus.SENT]
