"""Delivery-status polling: requests per poll, the back-off over an hour, and silence when nothing is in flight.

For every gateway that can be asked about delivery (``STATUS_POLL``), against the simulator over loopback, with
wadesk and the gateway on one ``ManualClock`` (an hour passes in a moment), it prints:

- status requests per 1,000 in-flight messages per poll (sent today, and sent on an earlier day), against a
  baseline of one lookup per message measured here too (the same provider code asked one message at a time);
- status requests over the first hour of 1,000 messages that stay in flight at the gateway, with the live
  poller backing off from ``poll_min_seconds`` to ``poll_max_seconds``, against a poll every ``poll_min_seconds``;
- status requests over an idle minute (and hour): nothing in flight at all, and after everything was read.
  Both must be 0; the script says so when they are not (the figures are printed, never asserted).

Requests are counted by the simulator itself (``GET /__sim/requests``).  The simulator runs in this process, so
the times include its work too.

    python bench/poller.py [--count 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from wadesk.app import App, open_app
from wadesk.domain import Capability, DeliveryStatus, OutgoingMessage, Recipient
from wadesk.providers.registry import provider_ids, provider_info
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock
from wadesk.services.poller import LivePoller
from wadesk.simulator.server import PROVIDERS, SimulatorServer

START = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
HOUR = 3600.0


class GatewayTime:
    """The simulator reads wadesk's ``ManualClock``: one timeline for both."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock

    def now(self) -> float:
        return self.clock.now().timestamp()


async def status_requests(sim: SimulatorServer) -> int:
    """Status requests the gateway got so far, by its own count."""
    async with httpx.AsyncClient(timeout=10) as client:
        paths = (await client.get(f"{sim.url}/__sim/requests")).json()["paths"]
    return sum(n for path, n in paths.items() if "report" in path)


@asynccontextmanager
async def world(provider: str, clock: ManualClock, step_seconds: float) -> AsyncIterator[tuple[App, SimulatorServer]]:
    async with SimulatorServer([provider], clock=GatewayTime(clock), step_seconds=step_seconds) as sim:
        if provider == "wablas":
            sim.state.wablas.device.quota = None
        with tempfile.TemporaryDirectory() as home:
            app = open_app(Path(home), secrets=SecretStore(MemoryKeyring()))
            app.outbox.clock = clock
            app.live_poller.clock = clock
            try:
                await app.accounts.add(
                    provider,
                    provider,
                    base_url=sim.base_url(provider),
                    settings=sim.settings(provider),
                    secrets=sim.credentials(provider),
                )
                yield app, sim
            finally:
                await app.aclose()


async def send(app: App, provider: str, count: int) -> None:
    account = app.accounts.get(provider)
    campaign = app.store.outbox.create_campaign(account.id, "bench", "Halo", "none")
    messages = [OutgoingMessage(ref_id=f"b{i}", to=Recipient(f"62812{i:08d}1"), text="Halo") for i in range(count)]
    app.outbox.enqueue(account, messages, campaign_id=campaign)
    report = await app.outbox.run()
    if report.sent != count:
        raise SystemExit(f"{provider}: only {report.sent} of {count} accepted: {report.errors[:1]}")


async def per_poll(provider: str, count: int) -> tuple[int, int, int, float, float]:
    """Requests of one poll (today, an earlier day), of the one-lookup-per-message baseline, and both times."""
    clock = ManualClock(START)
    async with world(provider, clock, step_seconds=HOUR) as (app, sim):
        await send(app, provider, count)
        account = app.accounts.get(provider)
        before = await status_requests(sim)
        wall = time.perf_counter()
        await app.poller.poll(account)
        batched_seconds = time.perf_counter() - wall
        today = await status_requests(sim) - before
        ids = [m.provider_message_id for m in app.store.messages.in_flight(account.id) if m.provider_message_id]
        before = await status_requests(sim)
        wall = time.perf_counter()
        gateway = await app.accounts.provider(account)
        for message_id in ids:  # the baseline: one lookup per message, through the same provider code
            await gateway.fetch_statuses([message_id])
        baseline_seconds = time.perf_counter() - wall
        baseline = await status_requests(sim) - before
        clock.advance(2 * 24 * HOUR)  # no longer "today" for the gateway
        before = await status_requests(sim)
        await app.poller.poll(account)
        earlier = await status_requests(sim) - before
    return today, earlier, baseline, batched_seconds, baseline_seconds


async def follow(
    app: App, clock: ManualClock, seconds: float, before: Callable[[], Awaitable[None]] | None = None
) -> None:
    """Run the live poller for ``seconds`` of clock time, jumping from one of its wake-ups to the next."""
    poller = app.live_poller
    task = asyncio.ensure_future(poller.serve())
    try:
        await asleep(poller, task, 0)
        if before is not None:
            naps = poller.naps
            await before()
            await asleep(poller, task, naps)
        end = clock.now() + timedelta(seconds=seconds)
        while (wake := clock.next_wakeup) is not None and wake <= end:
            naps = poller.naps
            clock.set(max(wake, clock.now()))
            await asleep(poller, task, naps)
        clock.set(end)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def asleep(poller: LivePoller, task: asyncio.Future[None], naps: int) -> None:
    while True:
        await asyncio.wait([task], timeout=0.002)
        if task.done():
            raise SystemExit(f"the live poller stopped: {task.exception()!r}")
        if poller.asleep and poller.naps > naps:
            await asyncio.sleep(0)
            return


async def first_hour(provider: str, count: int) -> tuple[int, float, float]:
    """Status requests in the first hour after a send of ``count`` messages that stay in flight; min and max waits."""
    clock = ManualClock(START)
    async with world(provider, clock, step_seconds=100 * HOUR) as (app, sim):
        before = await status_requests(sim)
        await follow(app, clock, HOUR, lambda: send(app, provider, count))
        requests = await status_requests(sim) - before
        return requests, app.live_poller.min_seconds, app.live_poller.max_seconds


async def idle(provider: str, count: int) -> tuple[int, int, int, int]:
    """Requests over an idle minute and hour: with nothing sent, and after ``count`` messages were all read."""
    clock = ManualClock(START)
    async with world(provider, clock, step_seconds=15) as (app, sim):
        before = await status_requests(sim)
        await follow(app, clock, 60)
        empty_minute = await status_requests(sim) - before
        await follow(app, clock, HOUR)
        empty_hour = await status_requests(sim) - before - empty_minute
        await follow(app, clock, HOUR, lambda: send(app, provider, count))  # read 45 s after the send
        account = app.accounts.get(provider)
        left = app.store.messages.count_by_status(account.id)
        if left[DeliveryStatus.READ] != count:
            raise SystemExit(f"{provider}: not every message was read: {left}")
        before = await status_requests(sim)
        await follow(app, clock, 60)
        read_minute = await status_requests(sim) - before
        await follow(app, clock, HOUR)
        read_hour = await status_requests(sim) - before - read_minute
    return empty_minute, empty_hour, read_minute, read_hour


async def main(count: int) -> None:
    polling = [p for p in provider_ids() if provider_info(p).supports(Capability.STATUS_POLL) and p in PROVIDERS]
    print(f"delivery-status polling, {count:,} messages in flight, simulator over loopback, one manual clock")
    print(f"gateways that can be asked about delivery: {', '.join(polling)}")
    for provider in polling:
        today, earlier, baseline, batched_s, baseline_s = await per_poll(provider, count)
        per = 1000 / count
        print(f"\n{provider}: status requests per 1,000 in-flight messages per poll")
        print(f"  sent today            {today * per:7.1f}   ({today} requests for {count:,})")
        print(f"  sent on an earlier day {earlier * per:6.1f}   (today's report first, then the older one)")
        print(f"  baseline, one lookup per message: {baseline * per:7.1f}")
        print(
            f"  requests: baseline/batched {baseline / today:.0f}x; time: {baseline_s / batched_s:.1f}x "
            f"({baseline_s * 1000:.0f} ms vs {batched_s * 1000:.0f} ms)"
        )
        requests, low, high = await first_hour(provider, count)
        fixed = int(HOUR // low) * today
        print(
            f"  first hour, {count:,} messages that stay in flight: {requests} status requests "
            f"(back-off {low:.0f} s to {high:.0f} s); a poll every {low:.0f} s: {fixed} ({fixed / requests:.0f}x)"
        )
        empty_minute, empty_hour, read_minute, read_hour = await idle(provider, count)
        print(f"  idle, nothing ever sent:        {empty_minute} requests over a minute, {empty_hour} over an hour")
        print(f"  idle, after all {count:,} were read: {read_minute} requests over a minute, {read_hour} over an hour")
        if empty_minute or empty_hour or read_minute or read_hour:
            print("  NOT SILENT: an idle poller must make no request at all")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    asyncio.run(main(parser.parse_args().count))
