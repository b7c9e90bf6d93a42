"""The callback receiver over real loopback HTTP, a real SQLite file, and the simulated gateways calling it back."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from tests.support.clocks import GatewayTime
from wadesk.app import App, open_app
from wadesk.domain import DeliveryStatus, OutgoingMessage, Recipient
from wadesk.domain.models import StoredMessage
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock
from wadesk.services.events import MessagesChanged
from wadesk.services.receiver import MAX_BODY, CallbackReceiver
from wadesk.simulator.server import SimulatorServer

START = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
STEP = 60  # a message moves one status at the simulated gateway per minute of the clock


@dataclass
class World:
    app: App
    sim: SimulatorServer
    clock: ManualClock
    receiver: CallbackReceiver
    http: httpx.AsyncClient

    async def hook(self, name: str, *, new: bool = False) -> str:
        return (await self.app.hooks.hook(name, self.receiver.address, new=new)).url

    async def send(self, name: str, to: str = "6281234567891") -> StoredMessage:
        """One message through the outbox; returned as stored once the gateway took it."""
        message = OutgoingMessage(ref_id=secrets.token_hex(4), to=Recipient(to), text="Halo, pesanan Anda siap")
        [row] = self.app.outbox.enqueue(self.app.accounts.get(name), [message])
        await self.app.outbox.run()
        stored = self.app.store.messages.get(row.id)
        assert stored.status is DeliveryStatus.ACCEPTED and stored.provider_message_id
        return stored

    def status(self, row: StoredMessage) -> DeliveryStatus:
        return self.app.store.messages.get(row.id).status

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    clock = ManualClock(START)
    gateways = ["chatbot", "jsonwa", "wacloud"]
    async with SimulatorServer(providers=gateways, clock=GatewayTime(clock), step_seconds=STEP) as sim:
        for paired in ("chatbot", "wacloud"):
            sim.state.provider(paired).scan(None)  # type: ignore[attr-defined]  # pair the simulated phone
        app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
        app.outbox.clock = clock
        for name in gateways:
            await app.accounts.add(
                name, name, base_url=sim.base_url(name), settings=sim.settings(name), secrets=sim.credentials(name)
            )
        receiver = CallbackReceiver(app.accounts, app.poller, app.hooks, port=0)
        await receiver.start()
        try:
            async with httpx.AsyncClient(timeout=10) as http:
                yield World(app, sim, clock, receiver, http)
        finally:
            await receiver.stop()
            await app.aclose()


def events_of(app: App, row: StoredMessage) -> int:
    return len(app.store.events.for_message(row.id))


async def test_a_chatbot_callback_moves_a_message_forward_and_never_back(world: World) -> None:
    url = await world.hook("chatbot")
    row = await world.send("chatbot")
    heard: list[MessagesChanged] = []
    world.app.events.subscribe(heard.append, MessagesChanged)
    for ack, expected in ((2, DeliveryStatus.DELIVERED), (3, DeliveryStatus.READ), (1, DeliveryStatus.READ)):
        answer = await world.http.post(url, json={"msgid": row.provider_message_id, "ack": ack})
        assert answer.status_code == 200
        assert world.status(row) is expected
    assert [e.message_ids for e in heard] == [frozenset({row.id})] * 2  # told twice: the late "sent" moved nothing


async def test_a_jsonwa_callback_moves_a_message_forward_and_never_back(world: World) -> None:
    url = await world.hook("jsonwa")
    row = await world.send("jsonwa")
    waid = world.sim.settings("jsonwa")["waid"]
    for word, expected in (
        ("received", DeliveryStatus.DELIVERED),
        ("read", DeliveryStatus.READ),
        ("sent", DeliveryStatus.READ),
    ):
        form = {"id": row.provider_message_id, "waid": waid, "number": "6281234567891", "status": word}
        answer = await world.http.post(url, data=form)
        assert answer.status_code == 200
        assert world.status(row) is expected


@pytest.mark.parametrize(
    ("why", "content", "expected"),
    [
        ("not JSON", b"{{ not json", 400),
        ("JSON of another shape", b'{"hello": "world"}', 400),
        ("an ack no one documents", b'{"msgid": "MSGID", "ack": 99}', 400),
        ("nothing at all", b"", 400),
        ("too big", b'{"msgid": "MSGID", "ack": 3, "pad": "' + b"x" * MAX_BODY + b'"}', 413),
    ],
)
async def test_a_forged_callback_with_the_right_token_changes_nothing(
    world: World, why: str, content: bytes, expected: int
) -> None:
    url = await world.hook("chatbot")
    row = await world.send("chatbot")
    before = events_of(world.app, row)
    body = content.replace(b"MSGID", (row.provider_message_id or "").encode())
    answer = await world.http.post(url, content=body, headers={"content-type": "application/json"})
    assert answer.status_code == expected, why
    assert world.status(row) is DeliveryStatus.ACCEPTED
    assert events_of(world.app, row) == before


async def test_a_callback_without_the_right_token_changes_nothing(world: World) -> None:
    url = await world.hook("chatbot")
    row = await world.send("chatbot")
    report = {"msgid": row.provider_message_id, "ack": 3}
    base = url.rsplit("/", 1)[0]
    for wrong in (f"{base}/{secrets.token_urlsafe(32)}", f"{base}/", f"{base}/short", world.receiver.address + "/"):
        answer = await world.http.post(wrong, json=report)
        assert answer.status_code in (404, 405), wrong
    other = await world.hook("jsonwa")  # another account's token: the Chatbot's report is not JSON WA's shape
    assert (await world.http.post(other, json=report)).status_code == 400
    assert world.status(row) is DeliveryStatus.ACCEPTED


async def test_a_new_url_retires_the_old_one(world: World) -> None:
    old = await world.hook("chatbot")
    assert await world.hook("chatbot") == old  # the same URL until a new one is asked for
    new = await world.hook("chatbot", new=True)
    assert new != old
    row = await world.send("chatbot")
    assert (await world.http.post(old, json={"msgid": row.provider_message_id, "ack": 3})).status_code == 404
    assert world.status(row) is DeliveryStatus.ACCEPTED
    assert (await world.http.post(new, json={"msgid": row.provider_message_id, "ack": 3})).status_code == 200
    assert world.status(row) is DeliveryStatus.READ


async def test_a_report_about_an_unknown_message_changes_nothing(world: World) -> None:
    url = await world.hook("chatbot")
    row = await world.send("chatbot")
    counts = world.app.messages.count_by_status()
    answer = await world.http.post(url, json={"msgid": "3EB0NOT-OURS", "ack": 3})
    assert answer.status_code == 200  # taken, so that the gateway does not retry it for ever
    assert world.app.messages.count_by_status() == counts
    assert world.status(row) is DeliveryStatus.ACCEPTED


async def test_the_simulated_chatbot_calls_back_and_the_receiver_records_it(world: World) -> None:
    await world.hook("chatbot")  # the Chatbot is told the URL with each message (notifyurl)
    row = await world.send("chatbot")
    world.advance(3 * STEP)  # sent, delivered, read at the gateway
    notified = await world.http.post(f"{world.sim.url}/__sim/chatbot/notify")
    assert notified.status_code == 200
    assert world.status(row) is DeliveryStatus.READ
    made = world.sim.state.provider("chatbot").callbacks  # type: ignore[attr-defined]
    assert {c.status for c in made if c.payload["msgid"] == row.provider_message_id} == {200}


async def test_the_simulated_jsonwa_calls_back_and_the_receiver_records_it(world: World) -> None:
    url = await world.hook("jsonwa")
    root = world.sim.url
    assert (await world.http.post(f"{root}/__sim/jsonwa/webhooks", json={"tracking_url": url})).status_code == 200
    row = await world.send("jsonwa")
    world.advance(STEP)
    assert (await world.http.post(f"{root}/__sim/jsonwa/flush")).status_code == 200
    assert world.status(row) is DeliveryStatus.SENT
    world.advance(3 * STEP)
    assert (await world.http.post(f"{root}/__sim/jsonwa/flush")).status_code == 200
    assert world.status(row) is DeliveryStatus.READ


async def test_wacloud_status_webhooks_reach_the_receiver(world: World) -> None:
    url = await world.hook("wacloud")
    base, key = world.sim.base_url("wacloud"), world.sim.credentials("wacloud")["api_key"]
    device = world.sim.settings("wacloud")["device_id"]
    made = await world.http.post(
        f"{base}/webhooks", json={"url": url, "events": ["status"], "device_id": device}, headers={"X-Api-Key": key}
    )
    assert made.status_code == 201, made.text
    row = await world.send("wacloud")
    world.advance(2 * STEP)  # delivered, then read at the gateway
    assert (await world.http.post(f"{world.sim.url}/__sim/wacloud/webhooks/flush")).status_code == 200
    assert world.status(row) is DeliveryStatus.READ


async def test_the_token_stays_out_of_the_database(world: World) -> None:
    url = await world.hook("chatbot")
    await world.send("chatbot")  # the URL went out with the message
    token = url.rsplit("/", 1)[-1].encode()
    files = [p for p in (world.app.home).rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert token not in path.read_bytes(), path


async def test_a_removed_accounts_url_stops_working_and_its_token_leaves_the_keyring(world: World) -> None:
    url = await world.hook("chatbot")
    account = world.app.accounts.get("chatbot")
    await world.app.accounts.remove("chatbot", purge=True)
    assert (await world.http.post(url, json={"msgid": "x", "ack": 3})).status_code == 404
    assert world.app.secrets.get_all(account.key_id, ["hook_token", "hook_url"]) == {}
