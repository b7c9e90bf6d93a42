"""The live status poller against the Wablas simulator over loopback, on a clock the test moves: it asks soon
after a send and then less and less often, honours 429, keeps asking about the other accounts when one gateway
fails, tells what changed, and asks nothing at all while nothing is in flight."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from tests.support.clocks import GatewayTime
from wadesk.app import App, open_app
from wadesk.domain import Account, DeliveryStatus, OutgoingMessage, Recipient
from wadesk.providers.base import Provider
from wadesk.providers.registry import build_provider
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock
from wadesk.services.events import MessagesChanged
from wadesk.services.outbox import SenderBusy
from wadesk.services.poller import LivePoller, serve_sending
from wadesk.services.settings import SettingsFile
from wadesk.simulator.server import SimulatorServer
from wadesk.store.lock import SenderLock

START = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
MIN, MAX = 10, 300  # the settings' defaults: poll_min_seconds, poll_max_seconds
BACK_OFF = [10, 30, 70, 150, 310, 610, 910]  # seconds after the send: waits of 10, 20, 40, 80, 160, then 300


class Line(httpx.AsyncBaseTransport):
    """Real loopback HTTP that notes when (on the test's clock) each status request went out; can be cut."""

    def __init__(self, clock: ManualClock) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.clock = clock
        self.asked: list[datetime] = []
        self.down = False

    def seconds(self, since: datetime = START) -> list[float]:
        return [(at - since).total_seconds() for at in self.asked]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if "report" in request.url.path:
            self.asked.append(self.clock.now())
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def sim(clock: ManualClock) -> AsyncIterator[SimulatorServer]:
    # A message moves on at the gateway every 100,000 s unless a test says otherwise.
    async with SimulatorServer(["wablas"], clock=GatewayTime(clock), step_seconds=100_000) as server:
        server.state.wablas.device.quota = None
        yield server


@pytest.fixture
def lines(clock: ManualClock) -> dict[str, Line]:
    return {"shop": Line(clock), "branch": Line(clock)}


@pytest.fixture
async def app(tmp_path: Path, sim: SimulatorServer, clock: ManualClock, lines: dict[str, Line]) -> AsyncIterator[App]:
    def factory(account: Account, secrets: Mapping[str, str]) -> Provider:
        return build_provider(account, secrets, transport=lines[account.name])

    app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()), factory=factory)
    app.outbox.clock = clock
    app.live_poller.clock = clock
    assert (app.live_poller.min_seconds, app.live_poller.max_seconds) == (MIN, MAX)
    for name in lines:
        await app.accounts.add(
            name, "wablas", base_url=sim.base_url("wablas"), settings={}, secrets=sim.credentials("wablas")
        )
    try:
        yield app
    finally:
        await app.aclose()


@pytest.fixture
async def poller(app: App) -> AsyncIterator[asyncio.Task[None]]:
    task = asyncio.ensure_future(app.live_poller.serve())
    await asleep(app.live_poller, task, 0)
    try:
        yield task
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def asleep(poller: LivePoller, task: asyncio.Future[None], naps: int) -> None:
    """Let the poller work (real loopback I/O) until it has gone to sleep more than ``naps`` times in all."""
    for _ in range(10_000):
        await asyncio.wait([task], timeout=0.005)  # what it was told meanwhile reaches it first
        if task.done():
            raise AssertionError(f"the poller stopped: {task.exception()!r}")
        if poller.asleep and poller.naps > naps:
            await asyncio.sleep(0)  # its clock sleeper registers itself
            return
    raise AssertionError("the poller never went back to sleep")


async def run_until(clock: ManualClock, poller: LivePoller, task: asyncio.Future[None], when: datetime) -> None:
    """Move the clock to each of the poller's wake-ups up to ``when``, letting it finish each round first."""
    await asleep(poller, task, poller.naps - 1)
    while (wake := clock.next_wakeup) is not None and wake <= when:
        naps = poller.naps
        clock.set(max(wake, clock.now()))
        await asleep(poller, task, naps)
    clock.set(when)


async def send(app: App, name: str, tag: str = "r") -> int:
    """One message through the outbox (its accepted outcome is on the change feed); its id."""
    message = OutgoingMessage(ref_id=f"{name}-{tag}", to=Recipient("6281234567890"), text="Halo")
    [row] = app.outbox.enqueue(app.accounts.get(name), [message])
    await app.outbox.run()
    assert app.store.messages.get(row.id).status is DeliveryStatus.ACCEPTED
    return row.id


async def sent(app: App, task: asyncio.Future[None], name: str, tag: str = "r") -> int:
    naps = app.live_poller.naps
    message_id = await send(app, name, tag)
    await asleep(app.live_poller, task, naps)  # it heard of it
    return message_id


def status(app: App, message_id: int) -> DeliveryStatus:
    return app.store.messages.get(message_id).status


async def test_asks_soon_after_a_send_then_less_and_less_often(
    app: App, clock: ManualClock, lines: dict[str, Line], poller: asyncio.Task[None]
) -> None:
    await sent(app, poller, "shop")

    await run_until(clock, app.live_poller, poller, START + timedelta(seconds=1000))

    assert lines["shop"].seconds() == BACK_OFF  # at most MAX apart
    assert lines["branch"].asked == []  # it has nothing in flight


async def test_a_new_send_starts_the_back_off_again(
    app: App, clock: ManualClock, lines: dict[str, Line], poller: asyncio.Task[None]
) -> None:
    await sent(app, poller, "shop", "first")
    await run_until(clock, app.live_poller, poller, START + timedelta(seconds=400))  # now 300 s apart
    second = clock.now()
    await sent(app, poller, "shop", "second")

    await run_until(clock, app.live_poller, poller, second + timedelta(seconds=100))

    before = [t - 400 for t in BACK_OFF[:5]]  # 10 … 310 s after the first send
    assert lines["shop"].seconds(second) == [*before, 10, 30, 70]  # soon after the second, not at 610 s


async def test_nothing_is_asked_once_nothing_is_in_flight(
    app: App, sim: SimulatorServer, clock: ManualClock, lines: dict[str, Line], poller: asyncio.Task[None]
) -> None:
    sim.state.step_seconds = 15  # at the gateway: sent at 15 s, received at 30 s, read at 45 s
    message_id = await sent(app, poller, "shop")
    told: list[tuple[frozenset[int], DeliveryStatus]] = []
    app.events.subscribe(lambda e: told.append((e.message_ids, status(app, message_id))), MessagesChanged)

    await run_until(clock, app.live_poller, poller, START + timedelta(hours=2))

    # 10 s: still pending there; 30 s: received (its own news does not start the back-off again); 70 s: read
    assert lines["shop"].seconds() == [10, 30, 70]
    assert status(app, message_id) is DeliveryStatus.READ
    assert told == [({message_id}, DeliveryStatus.DELIVERED), ({message_id}, DeliveryStatus.READ)]  # after commit
    assert app.live_poller.following == {}
    assert clock.next_wakeup is None  # it sleeps until the next event, not on a timer


async def test_an_idle_poller_asks_nothing(app: App, clock: ManualClock, lines: dict[str, Line]) -> None:
    account = app.accounts.get("shop")
    [failed] = app.outbox.enqueue(account, [OutgoingMessage(ref_id="x", to=Recipient("6281234567890"), text="x")])
    app.store.messages.mark_sending([failed.id])
    app.store.messages.apply_update(failed.id, DeliveryStatus.UNCERTAIN)  # not in flight: nothing to ask
    task = asyncio.ensure_future(app.live_poller.serve())
    try:
        await asleep(app.live_poller, task, 0)
        await run_until(clock, app.live_poller, task, START + timedelta(days=1))
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert lines["shop"].asked == [] and lines["branch"].asked == []
    assert app.live_poller.naps == 1  # it went to sleep once and nothing woke it


async def test_messages_in_flight_at_start_are_asked_about(
    app: App, clock: ManualClock, lines: dict[str, Line]
) -> None:
    await send(app, "branch")  # sent before the poller ran (say, by 'wadesk send')
    task = asyncio.ensure_future(app.live_poller.serve())
    try:
        await run_until(clock, app.live_poller, task, START + timedelta(seconds=100))
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert lines["branch"].seconds() == [10, 30, 70]
    assert lines["shop"].asked == []


@pytest.mark.parametrize(("retry_after", "wait"), [(120, 120), (0, 5)])  # 0 is not an invitation to hammer
async def test_a_429_is_honoured(
    app: App,
    sim: SimulatorServer,
    clock: ManualClock,
    lines: dict[str, Line],
    poller: asyncio.Task[None],
    retry_after: int,
    wait: int,
) -> None:
    await sent(app, poller, "shop")
    sim.state.faults = f"rate_limit_rate=1,retry_after={retry_after}"
    await run_until(clock, app.live_poller, poller, START + timedelta(seconds=10))
    sim.state.faults = None

    await run_until(clock, app.live_poller, poller, START + timedelta(seconds=10 + wait + 20))

    assert lines["shop"].seconds() == [10, 10 + wait, 10 + wait + 20]  # then the back-off goes on


async def test_a_new_send_does_not_cut_a_429_short(
    app: App, sim: SimulatorServer, clock: ManualClock, lines: dict[str, Line], poller: asyncio.Task[None]
) -> None:
    await sent(app, poller, "shop", "first")
    sim.state.faults = "rate_limit_rate=1,retry_after=120"
    await run_until(clock, app.live_poller, poller, START + timedelta(seconds=20))
    sim.state.faults = None
    await sent(app, poller, "shop", "second")  # would be asked about 10 s later, but the gateway said 120 s

    await run_until(clock, app.live_poller, poller, START + timedelta(seconds=200))

    assert lines["shop"].seconds() == [10, 130, 150, 190]  # then the back-off goes on


async def test_a_failing_gateway_backs_off_and_never_stops_the_others(
    app: App,
    clock: ManualClock,
    lines: dict[str, Line],
    poller: asyncio.Task[None],
    caplog: pytest.LogCaptureFixture,
) -> None:
    await sent(app, poller, "shop")
    await sent(app, poller, "branch")
    lines["branch"].down = True

    with caplog.at_level(logging.WARNING, logger="wadesk.services.poller"):
        await run_until(clock, app.live_poller, poller, START + timedelta(seconds=1000))

    assert lines["shop"].seconds() == BACK_OFF
    assert lines["branch"].seconds() == BACK_OFF  # refused every time: asked less and less often, still asked
    failures = [r.getMessage() for r in caplog.records if "branch" in r.getMessage()]
    assert len(failures) == len(BACK_OFF) and "Traceback" not in "".join(failures)
    assert not poller.done()


async def test_serve_sending_stops_following_when_sending_cannot_start(app: App) -> None:
    other = SenderLock(app.home)  # another wadesk sends from this folder
    assert other.acquire()
    listeners = app.events.listener_count
    try:
        with pytest.raises(SenderBusy):
            await serve_sending(app.outbox, app.live_poller, busy_is_error=True)
    finally:
        other.release()
    assert app.events.listener_count == listeners  # the poller stopped and stopped listening
    assert not app.live_poller.asleep


async def test_bounds_saved_in_preferences_are_followed(
    app: App, clock: ManualClock, lines: dict[str, Line], poller: asyncio.Task[None]
) -> None:
    SettingsFile(app.home, app.events).update({"poll_min_seconds": "5", "poll_max_seconds": "20"})

    await sent(app, poller, "shop")
    await run_until(clock, app.live_poller, poller, START + timedelta(seconds=100))

    assert lines["shop"].seconds() == [5, 15, 35, 55, 75, 95]  # waits of 5, 10, then 20 at most
