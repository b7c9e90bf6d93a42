"""The status poller against the Wablas simulator over loopback: every message in flight gets its report, in as
few requests as fit in a request line of 8 KiB, whether it was sent today or earlier (the simulator refuses a longer
line, as a real front server does)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import httpx

from tests.support.counting import CountingTransport
from wadesk.app import App
from wadesk.domain import Account, DeliveryStatus, OutgoingMessage, Recipient
from wadesk.providers.base import LOOKUPS_IN_FLIGHT
from wadesk.services.clock import ManualClock
from wadesk.services.events import MessagesChanged
from wadesk.simulator.server import MAX_REQUEST_LINE_BYTES, SimulatorServer
from wadesk.store import Outcome, open_store

IN_FLIGHT = 1000
AT_SCALE = 10_000  # a shop's day


async def send_many(app: App, count: int) -> Account:
    account = app.accounts.get("wablas")
    campaign = app.store.outbox.create_campaign(account.id, "promo", "Halo", "none")
    messages = [OutgoingMessage(ref_id=f"r{i}", to=Recipient(f"62812{i:08d}1"), text="Halo") for i in range(count)]
    app.outbox.enqueue(account, messages, campaign_id=campaign)
    assert (await app.outbox.run()).sent == count
    return account


def seed_in_flight(app: App, sim: SimulatorServer, clock: ManualClock, count: int) -> Account:
    """``count`` messages the gateway accepted at the clock's time, stored as the outbox records them.

    The rows go in through the store, not one send at a time: the same three
    steps as a send (stored, marked ``sending``, the gateway's id recorded), on
    a second handle to the same file whose clock is the test's, so that the
    rows' times and the gateway's agree.  The poller reads that clock too.
    """
    account = app.accounts.get("wablas")
    app.poller.clock = clock
    messages = [OutgoingMessage(ref_id=f"r{i}", to=Recipient(f"62812{i:08d}1"), text="Halo") for i in range(count)]
    gateway = sim.state.wablas
    ids = [gateway.accept(phone=m.to.address, category="text", message=m.text, ref_id=m.ref_id).id for m in messages]
    with open_store(app.home, now=clock.now) as store:
        rows = store.messages.add_many(account.id, messages)
        store.messages.mark_sending([r.id for r in rows])
        store.messages.record_outcomes(
            [Outcome(r.id, DeliveryStatus.ACCEPTED, i) for r, i in zip(rows, ids, strict=True)]
        )
    return account


def request_line(request: httpx.Request) -> int:
    """``GET <absolute URL> HTTP/1.1``: longer than the line sent (path and query only), so a safe measure."""
    return len(f"{request.method} {request.url} HTTP/1.1")


def ids_asked(request: httpx.Request) -> list[str]:
    return request.url.params["message_id"].split(",")


def reports(transport: CountingTransport) -> Counter[str]:
    return Counter(r.url.path.rsplit("/api/", 1)[-1] for r in transport.requests)


def assert_as_few_as_fit(requests: list[httpx.Request]) -> None:
    """Every request fits in 8 KiB; every one but the last (the fewest ids) is full: one more id would not fit."""
    for request in requests:
        assert request_line(request) <= MAX_REQUEST_LINE_BYTES
    for request in sorted(requests, key=lambda r: len(ids_asked(r)), reverse=True)[:-1]:
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


async def test_ten_thousand_messages_in_flight_take_under_sixty_requests_none_over_8_kib(
    app: App, sim: SimulatorServer, clock: ManualClock, transport: CountingTransport
) -> None:
    account = seed_in_flight(app, sim, clock, AT_SCALE)
    clock.advance(sim.state.step_seconds)

    [result] = await app.poller.refresh()

    assert result.error is None and result.asked == AT_SCALE and result.changed == AT_SCALE
    assert Counter(m.status for m in app.store.messages.in_flight(account.id)) == {DeliveryStatus.SENT: AT_SCALE}
    assert set(reports(transport)) == {"report-realtime"}
    assert len(transport.requests) < 60
    assert all(request_line(r) <= MAX_REQUEST_LINE_BYTES for r in transport.requests)


async def test_ten_thousand_sent_on_an_earlier_day_are_asked_where_older_messages_are(
    app: App, sim: SimulatorServer, clock: ManualClock, transport: CountingTransport
) -> None:
    """wadesk knows they were sent before today: not one request is spent on today's report for them."""
    account = seed_in_flight(app, sim, clock, AT_SCALE)
    clock.advance(2 * 24 * 3600)

    [result] = await app.poller.refresh()

    assert result.error is None and result.asked == AT_SCALE and result.changed == AT_SCALE
    assert app.store.messages.in_flight(account.id) == []  # all read now
    assert set(reports(transport)) == {"report/message"}
    assert len(transport.requests) < 60
    assert_as_few_as_fit(transport.requests)


async def test_a_message_sent_before_midnight_is_still_found_when_its_day_changed_meanwhile(
    app: App, sim: SimulatorServer, clock: ManualClock, transport: CountingTransport
) -> None:
    """The hint only says where to ask first: a message wadesk thinks is today's is asked elsewhere if need be."""
    clock.set(datetime(2026, 11, 23, 16, 59, tzinfo=UTC))  # 23:59 in Jakarta
    account = seed_in_flight(app, sim, clock, 3)
    clock.advance(120)  # 00:01 the next day: report-realtime no longer lists them
    app.poller.clock = ManualClock(clock.now() - timedelta(minutes=5))  # wadesk's clock lags the gateway's

    [result] = await app.poller.refresh()

    assert result.changed == 3 and app.store.messages.in_flight(account.id) == []
    assert reports(transport) == {"report-realtime": 1, "report/message": 1}


async def test_ids_the_gateway_does_not_know_cost_one_request_each_once_and_a_few_at_a_time(
    app: App, sim: SimulatorServer, clock: ManualClock, transport: CountingTransport
) -> None:
    """A multi-id report that lists none of them is asked id by id, but only once: not for every 200 ids."""
    account = seed_in_flight(app, sim, clock, IN_FLIGHT)
    sim.state.wablas.messages.clear()  # the gateway forgot them all (an account reset, a purge)
    clock.advance(2 * 24 * 3600)

    [result] = await app.poller.refresh()

    assert result.error is None and result.changed == 0
    assert len(app.store.messages.in_flight(account.id)) == IN_FLIGHT
    singles = [r for r in transport.requests if len(ids_asked(r)) == 1]
    assert len(transport.requests) - len(singles) == 5  # every id in a list: 36-character ids, about 200 a request
    assert len(singles) == len(ids_asked(transport.requests[0]))  # the first list's ids, one by one: no more
    assert transport.most_at_once == LOOKUPS_IN_FLIGHT
