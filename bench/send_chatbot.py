"""Chatbot (one request per message): the outbox's throughput against a naive sequential httpx loop.

wadesk's figure: ``--count`` messages queued in a campaign (pace ``none``) and sent by ``Outbox.run()`` —
persisted in SQLite, each committed ``sending`` before its request, every answer recorded — to the simulator in
its own process, so the CPU time measured (this process's, every thread) is wadesk's own.  The baseline, in the
same run and to the same simulator: the same messages POSTed one after the other by a bare ``httpx.AsyncClient``
with no persistence.  A second reference, printed but not used for the ratio: aiohttp with 16 requests in flight.
Each contender runs ``--rounds`` times, in turn; the best round of each counts (the machine may be shared).

    .venv/bin/python bench/send_chatbot.py [--count 5000] [--rounds 2]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path

import aiohttp
import httpx
from common import SIM_SECRETS, Measured, Simulator, best_of, measure, per_message, report, simulator

from wadesk.app import open_app
from wadesk.domain import OutgoingMessage, Recipient
from wadesk.secrets import MemoryKeyring, SecretStore


def messages(count: int, prefix: str) -> list[OutgoingMessage]:
    return [
        OutgoingMessage(ref_id=f"{prefix}{i}", to=Recipient(f"62812{i:08d}1"), text=f"Halo pelanggan {i}")
        for i in range(count)
    ]


async def through_outbox(sim: Simulator, provider: str, count: int, prefix: str) -> Measured:
    """``count`` messages queued in a campaign (pace ``none``) and sent by ``Outbox.run()``; wall and CPU of the run."""
    with tempfile.TemporaryDirectory() as home:
        app = open_app(Path(home), secrets=SecretStore(MemoryKeyring()))
        try:
            account = await app.accounts.add(
                provider, provider, base_url=sim.urls[provider], settings={}, secrets=SIM_SECRETS[provider]
            )
            campaign = app.store.outbox.create_campaign(account.id, "bench", "Halo", "none")
            app.outbox.enqueue(account, messages(count, prefix), campaign_id=campaign)
            with measure() as measured:
                result = await app.outbox.run()
        finally:
            await app.aclose()
    if result.sent != count:
        raise SystemExit(f"the outbox sent {result.sent} of {count}: {result.errors[:3]}")
    return measured


async def naive_loop(sim: Simulator, count: int) -> Measured:
    url = sim.urls["chatbot"].rstrip("/") + "/api/sendwa"
    headers = {"secretkey": SIM_SECRETS["chatbot"]["secretkey"]}
    async with httpx.AsyncClient() as client:
        with measure() as measured:
            for message in messages(count, "n"):
                answer = await client.post(
                    url, json={"nohp": message.to.address, "pesan": message.text}, headers=headers
                )
                answer.raise_for_status()
    return measured


async def aiohttp_in_flight(sim: Simulator, count: int, in_flight: int = 16) -> Measured:
    url = sim.urls["chatbot"].rstrip("/") + "/api/sendwa"
    headers = {"secretkey": SIM_SECRETS["chatbot"]["secretkey"]}
    todo = iter(messages(count, "a"))
    async with aiohttp.ClientSession() as session:

        async def worker() -> None:
            for message in todo:
                body = {"nohp": message.to.address, "pesan": message.text}
                async with session.post(url, json=body, headers=headers) as answer:
                    answer.raise_for_status()
                    await answer.read()

        with measure() as measured:
            await asyncio.gather(*(worker() for _ in range(in_flight)))
    return measured


async def main(count: int, rounds: int) -> None:
    with simulator() as sim:
        best = await best_of(
            rounds,
            lambda n: (
                ("naive", naive_loop(sim, count)),
                ("wadesk", through_outbox(sim, "chatbot", count, f"w{n}-")),
                ("aiohttp", aiohttp_in_flight(sim, count)),
            ),
        )
    rate, cpu = per_message(best, count)
    print(f"{count:,} Chatbot messages, one request each, simulator in its own process (best of {rounds})")
    print(f"  wadesk outbox       {rate['wadesk']:7,.0f} msg/s  {cpu['wadesk']:.2f} ms CPU/msg")
    print(f"  naive httpx loop    {rate['naive']:7,.0f} msg/s  {cpu['naive']:.2f} ms CPU/msg")
    print(f"  aiohttp, 16 at once {rate['aiohttp']:7,.0f} msg/s  {cpu['aiohttp']:.2f} ms CPU/msg (reference)")
    report(
        "Chatbot outbox throughput",
        rate["wadesk"],
        rate["naive"],
        "msg/s",
        target="≥ 1.5× the naive sequential httpx loop, ≤ 1.0 ms CPU/msg",
        higher_is_better=True,
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    asyncio.run(main(args.count, args.rounds))
