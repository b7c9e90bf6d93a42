"""Crash recovery: 1,000 Wablas messages left ``sending``, 50 ms of gateway latency.

The simulator runs in its own process (``bench/common.py``) with 50 ms of latency on every request.  The scene
is a crash right after the gateway accepted: the messages are stored and marked ``sending`` by wadesk, and
accepted by the gateway (``v2/send-message`` with their references) without wadesk writing that down.  Then:

- wadesk: ``Outbox.recover()`` — one ``report/message?ref_id=`` per message (the document filters by one
  reference), a few at a time (``LOOKUPS_IN_FLIGHT``), the answers written in a few transactions;
- baseline, measured in the same run on a second data folder in the same state: a naive loop with 8 lookups at a
  time (an ``asyncio.Semaphore`` around raw httpx requests) and one transaction per message.

Printed: wall time of each, their ratio, and how many transactions wadesk's recovery committed.

Run from the project's root (about half a minute):

    .venv/bin/python bench/recovery.py [--count 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path

import httpx
from common import SIM_SECRETS, measure, report, simulator

from wadesk.app import App, open_app
from wadesk.domain import Account, DeliveryStatus, OutgoingMessage, Recipient
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.events import MessagesChanged
from wadesk.store import Outcome

NAIVE_IN_FLIGHT = 8


async def stuck(home: Path, base_url: str, messages: list[OutgoingMessage]) -> tuple[App, Account]:
    """A data folder whose messages a crash left in ``sending``."""
    app = open_app(home, secrets=SecretStore(MemoryKeyring()))
    account = await app.accounts.add("wablas", "wablas", base_url=base_url, settings={}, secrets=SIM_SECRETS["wablas"])
    rows = app.outbox.enqueue(account, messages)
    app.store.messages.mark_sending([r.id for r in rows])
    return app, account


async def accept(base_url: str, messages: list[OutgoingMessage]) -> None:
    """The gateway takes the messages (with their references), as it did before the crash."""
    secrets = SIM_SECRETS["wablas"]
    headers = {"Authorization": f"{secrets['token']}.{secrets['secret_key']}"}
    async with httpx.AsyncClient(base_url=base_url + "/", headers=headers, timeout=30) as client:
        for start in range(0, len(messages), 100):
            items = [
                {"phone": m.to.address, "message": m.text, "ref_id": m.ref_id} for m in messages[start : start + 100]
            ]
            (await client.post("v2/send-message", json={"data": items})).raise_for_status()


async def naive(app: App, base_url: str) -> None:
    """8 lookups at a time, one transaction per message."""
    secrets = SIM_SECRETS["wablas"]
    headers = {"Authorization": f"{secrets['token']}.{secrets['secret_key']}"}
    gate = asyncio.Semaphore(NAIVE_IN_FLIGHT)
    async with httpx.AsyncClient(base_url=base_url + "/", headers=headers, timeout=30) as client:

        async def one(row_id: int, ref: str) -> None:
            async with gate:
                answer = await client.get("report/message", params={"ref_id": ref})
            found = [m for m in answer.json().get("message") or [] if m.get("ref_id") == ref]
            if found:
                outcome = Outcome(row_id, DeliveryStatus.ACCEPTED, str(found[0]["id"]))
                await asyncio.to_thread(app.store.messages.record_outcomes, [outcome])
            else:
                await asyncio.to_thread(app.store.outbox.requeue, [row_id], app.outbox.clock.now(), "not received")

        await asyncio.gather(*(one(r.id, r.ref_id) for r in app.store.messages.stuck_sending()))


async def main(count: int) -> None:
    messages = [OutgoingMessage(ref_id=f"r{i}", to=Recipient(f"62812{i:08d}1"), text="Halo") for i in range(count)]
    with simulator() as sim, tempfile.TemporaryDirectory() as tmp:
        base_url = sim.urls["wablas"]
        ours, _ = await stuck(Path(tmp) / "ours", base_url, messages)
        theirs, _ = await stuck(Path(tmp) / "naive", base_url, messages)
        try:
            await accept(base_url, messages)
            sim.post("faults", "latency_ms=50")
            with measure() as baseline:
                await naive(theirs, base_url)
            transactions: list[MessagesChanged] = []
            ours.events.subscribe(transactions.append, MessagesChanged)  # one event per committed transaction
            with measure() as wadesk:
                done = await ours.outbox.recover()
            assert done.errors == [] and done.recovered == count, done
            assert ours.store.messages.stuck_sending() == [] and theirs.store.messages.stuck_sending() == []
            report(
                f"crash recovery, {count:,} Wablas messages left sending, 50 ms latency: wall",
                wadesk.wall,
                baseline.wall,
                "s",
                target=f"≤ 10 s, batched writes (wadesk: {len(transactions)} transactions, baseline: {count:,});"
                f" wadesk CPU {wadesk.cpu:.2f} s",
                higher_is_better=False,
            )
        finally:
            await ours.aclose()
            await theirs.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    asyncio.run(main(parser.parse_args().count))
