"""The status poller against the Wablas simulator over loopback: every message in flight gets its report, in as
few requests as fit in a request line of 8 KiB, whether it was sent today or earlier."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from tests.support.clocks import GatewayTime
from tests.support.counting import CountingTransport
from wadesk.app import App, open_app
from wadesk.domain import Account, DeliveryStatus, OutgoingMessage, Recipient
from wadesk.providers.base import Provider
from wadesk.providers.registry import build_provider
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock
from wadesk.services.events import MessagesChanged
from wadesk.simulator.server import MAX_REQUEST_LINE_BYTES, SimulatorServer

START = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # where the test's clock starts; wadesk and the gateway both read it
IN_FLIGHT = 1000


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def sim(clock: ManualClock) -> AsyncIterator[SimulatorServer]:
    async with SimulatorServer(["wablas"], clock=GatewayTime(clock)) as server:
        server.state.wablas.device.quota = None
        yield server


@pytest.fixture
def transport() -> CountingTransport:
    return CountingTransport()


@pytest.fixture
async def app(
    tmp_path: Path, sim: SimulatorServer, clock: ManualClock, transport: CountingTransport
) -> AsyncIterator[App]:
    def factory(account: Account, secrets: Mapping[str, str]) -> Provider:
        return build_provider(account, secrets, transport=transport)

    app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()), factory=factory)
    app.outbox.clock = clock
    await app.accounts.add(
        "wablas", "wablas", base_url=sim.base_url("wablas"), settings={}, secrets=sim.credentials("wablas")
    )
    try:
        yield app
    finally:
        await app.aclose()


async def send_many(app: App, count: int) -> Account:
    account = app.accounts.get("wablas")
    campaign = app.store.outbox.create_campaign(account.id, "promo", "Halo", "none")
    messages = [OutgoingMessage(ref_id=f"r{i}", to=Recipient(f"62812{i:08d}1"), text="Halo") for i in range(count)]
    app.outbox.enqueue(account, messages, campaign_id=campaign)
    assert (await app.outbox.run()).sent == count
    return account


def request_line(request: httpx.Request) -> int:
    """``GET <absolute URL> HTTP/1.1``: longer than the line sent (path and query only), so a safe measure."""
    return len(f"{request.method} {request.url} HTTP/1.1")


def ids_asked(request: httpx.Request) -> list[str]:
    return request.url.params["message_id"].split(",")


def reports(transport: CountingTransport) -> Counter[str]:
    return Counter(r.url.path.rsplit("/api/", 1)[-1] for r in transport.requests)


def assert_as_few_as_fit(requests: list[httpx.Request]) -> None:
    """Every request fits in 8 KiB; every one but the last is full: one more id would not fit."""
    for request in requests:
        assert request_line(request) <= MAX_REQUEST_LINE_BYTES
    for request in requests[:-1]:
        one_more = len(str(httpx.QueryParams({"x": "," + ids_asked(request)[0]}))) - len("x=")
        assert request_line(request) + one_more > MAX_REQUEST_LINE_BYTES


async def test_a_thousand_messages_in_flight_all_get_their_reports(
    app: App, sim: SimulatorServer, clock: ManualClock, transport: CountingTransport
) -> None:
    account = await send_many(app, IN_FLIGHT)
    clock.advance(sim.state.step_seconds)  # one status step at the gateway: every message is "sent" there
    transport.reset()

    [result] = await app.poller.refresh()

    assert result.error is None and result.asked == IN_FLIGHT and result.changed == IN_FLIGHT
    assert Counter(m.status for m in app.store.messages.in_flight(account.id)) == {DeliveryStatus.SENT: IN_FLIGHT}
    asked = transport.requests
    assert set(reports(transport)) == {"report-realtime"}
    assert sorted(i for r in asked for i in ids_asked(r)) == sorted(sim.state.wablas.messages)
    assert_as_few_as_fit(asked)
    assert len(asked) == 5  # 36-character ids, about 200 to a request


async def test_messages_sent_on_an_earlier_day_are_asked_in_batches_too(
    app: App, sim: SimulatorServer, clock: ManualClock, transport: CountingTransport
) -> None:
    account = await send_many(app, IN_FLIGHT)
    clock.advance(2 * 24 * 3600)  # no longer "today" for report-realtime
    transport.reset()

    [result] = await app.poller.refresh()

    assert result.error is None and result.changed == IN_FLIGHT
    assert app.store.messages.in_flight(account.id) == []  # all read now
    assert reports(transport) == {"report-realtime": 5, "report/message": 5}
    assert_as_few_as_fit([r for r in transport.requests if r.url.path.endswith("/report/message")])


async def test_one_answer_is_applied_in_one_transaction_and_told_once(
    app: App, sim: SimulatorServer, clock: ManualClock
) -> None:
    account = await send_many(app, IN_FLIGHT)
    clock.advance(sim.state.step_seconds)
    heard: list[tuple[MessagesChanged, set[DeliveryStatus]]] = []

    def hear(event: MessagesChanged) -> None:  # what the store says as the event is heard
        heard.append((event, {r.status for r in app.store.outbox.get_many(sorted(event.message_ids))}))

    app.events.subscribe(hear, MessagesChanged)
    [result] = await app.poller.refresh()

    assert result.changed == IN_FLIGHT
    [(event, statuses)] = heard  # five requests, one transaction, one event
    assert statuses == {DeliveryStatus.SENT}
    assert len(event.message_ids) == IN_FLIGHT and event.account_ids == {account.id}
    assert len(event.campaign_ids) == 1

    heard.clear()
    await app.poller.refresh()  # nothing moved at the gateway: nothing to tell
    assert heard == []
