"""Status refresh of 10,000 Wablas messages in flight: requests, request-line length, and the cost of applying.

The simulator runs in its own process (``bench/common.py``) on a manual clock, with 50 ms of latency on every
request.  10,000 messages are sent through wadesk's outbox (at no latency), then:

- sent today, one status step later: wadesk's refresh (``StatusPoller.refresh``: the ids in as few requests as fit
  in 8 KiB, the answer applied in one transaction) against a baseline that asks the very same requests
  (``fetch_statuses``) and applies each update in its own transaction, the naive way.  Both move 10,000 messages
  one status forward.  Printed: wall time (and wadesk's requests, against one request per message — the
  single ``message_id`` the Wablas document gives ``report/message`` — and its longest request line);
- sent two days earlier: wadesk's refresh (told when each message was sent, so it asks ``report/message`` only)
  against the same provider asked without that hint (``report-realtime`` first, as before): requests.

Run from the project's root (about a minute):

    .venv/bin/python bench/status_refresh.py [--count 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from common import SIM_SECRETS, Simulator, measure, report, simulator

from wadesk.app import App, open_app
from wadesk.domain import Account, OutgoingMessage, Recipient
from wadesk.providers.base import Provider
from wadesk.providers.registry import build_provider
from wadesk.providers.wablas import MAX_REQUEST_LINE
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock

STEP = 60.0  # the simulator's seconds per status step


class Lines(httpx.AsyncHTTPTransport):
    """Loopback HTTP that keeps the longest request line it carried."""

    longest = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        Lines.longest = max(Lines.longest, len(f"{request.method} {request.url} HTTP/1.1"))
        return await super().handle_async_request(request)


def advance(sim: Simulator, seconds: float) -> None:
    httpx.post(f"{sim.root}/__sim/clock?advance={seconds}").raise_for_status()


async def sent(home: Path, sim: Simulator, count: int) -> tuple[App, Account]:
    def factory(account: Account, secrets: Mapping[str, str]) -> Provider:
        return build_provider(account, secrets, transport=Lines())

    app = open_app(home, secrets=SecretStore(MemoryKeyring()), factory=factory)
    account = await app.accounts.add(
        "wablas", "wablas", base_url=sim.urls["wablas"], settings={}, secrets=SIM_SECRETS["wablas"]
    )
    messages = [OutgoingMessage(ref_id=f"r{i}", to=Recipient(f"62812{i:08d}1"), text="Halo") for i in range(count)]
    app.outbox.enqueue(account, messages)
    done = await app.outbox.run()
    assert done.sent == count, done
    return app, account


async def main(count: int) -> None:
    with simulator("--manual-clock", "--step", str(STEP)) as sim, tempfile.TemporaryDirectory() as tmp:
        app, account = await sent(Path(tmp) / "home", sim, count)
        try:
            provider = await app.accounts.provider(account)
            sim.post("faults", "latency_ms=50")

            # -- sent today: the same requests, one transaction per update (baseline) or per answer (wadesk)
            advance(sim, STEP)
            rows = app.store.messages.in_flight(account.id)
            by_id = {r.provider_message_id: r.id for r in rows if r.provider_message_id}
            with measure() as naive:
                for update in await provider.fetch_statuses(list(by_id)):
                    row = by_id.get(update.provider_message_id or "")
                    if row is not None:
                        app.store.messages.apply_update(row, update.status, at=update.at, source=provider.id)
            advance(sim, STEP)
            before, Lines.longest = sim.requests(), 0
            with measure() as ours:
                [result] = await app.poller.refresh()
            asked = sim.requests() - before
            assert result.error is None and result.changed == count, result
            report(
                f"status refresh, {count:,} in flight sent today (50 ms latency): wall",
                ours.wall,
                naive.wall,
                "s",
                target="one transaction per answer (baseline: the same requests, one transaction per update)",
                higher_is_better=False,
            )
            report(
                f"status refresh, {count:,} in flight sent today: requests",
                asked,
                count,
                "requests",
                target=f"≤ 60 per 10,000 (baseline: one per message); longest request line {Lines.longest:,} bytes"
                f" (limit {MAX_REQUEST_LINE:,})",
                higher_is_better=False,
            )

            # -- sent two days ago: asked where older messages are, or today's report first (without the hint)
            advance(sim, 2 * 24 * 3600)
            ids = [r.provider_message_id for r in app.store.messages.in_flight(account.id) if r.provider_message_id]
            before = sim.requests()
            await provider.fetch_statuses(ids)
            unhinted = sim.requests() - before
            app.poller.clock = ManualClock(datetime.now(UTC) + timedelta(days=2))  # the simulator's time, near enough
            before, Lines.longest = sim.requests(), 0
            with measure() as older:
                [result] = await app.poller.refresh()
            asked = sim.requests() - before
            assert result.error is None and result.changed == count, result
            report(
                f"status refresh, {count:,} in flight sent on an earlier day: requests",
                asked,
                unhinted,
                "requests",
                target=f"≤ 60 per 10,000 (baseline: report-realtime asked first); {older.wall:.2f} s wall,"
                f" longest request line {Lines.longest:,} bytes",
                higher_is_better=False,
            )
        finally:
            await app.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    asyncio.run(main(parser.parse_args().count))
