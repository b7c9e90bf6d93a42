"""Wablas (batches of 100): the outbox's throughput against raw httpx with four batches in flight.

wadesk's figure: ``--count`` messages queued in a campaign (pace ``none``) and sent by ``Outbox.run()`` — persisted
in SQLite, each committed ``sending`` before its request, every answer recorded — to the simulator in its own
process, so the CPU time measured (this process's, every thread) is wadesk's own.  The baseline, in the same run and
to the same simulator: the same messages POSTed 100 a request to ``v2/send-message`` by a bare
``httpx.AsyncClient``, four requests in flight, with no persistence.  Each runs ``--rounds`` times, in turn; the best
round of each counts (the machine may be shared).

    .venv/bin/python bench/send_wablas.py [--count 20000] [--rounds 2]
"""

from __future__ import annotations

import argparse
import asyncio

import httpx
from common import SIM_SECRETS, Measured, Simulator, best_of, measure, per_message, report, simulator
from send_chatbot import messages, through_outbox

BATCH = 100
IN_FLIGHT = 4


async def raw_httpx(sim: Simulator, count: int) -> Measured:
    url = sim.urls["wablas"].rstrip("/") + "/v2/send-message"
    secrets = SIM_SECRETS["wablas"]
    headers = {"Authorization": f"{secrets['token']}.{secrets['secret_key']}"}
    items = [{"phone": m.to.address, "message": m.text, "ref_id": m.ref_id} for m in messages(count, "r")]
    batches = iter(range(0, count, BATCH))
    async with httpx.AsyncClient() as client:

        async def worker() -> None:
            for start in batches:
                answer = await client.post(url, json={"data": items[start : start + BATCH]}, headers=headers)
                answer.raise_for_status()
                answer.json()

        with measure() as measured:
            await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))
    return measured


async def main(count: int, rounds: int) -> None:
    with simulator() as sim:
        best = await best_of(
            rounds,
            lambda n: (("raw", raw_httpx(sim, count)), ("wadesk", through_outbox(sim, "wablas", count, f"w{n}-"))),
        )
    rate, cpu = per_message(best, count)
    print(f"{count:,} Wablas messages, {BATCH} a request, simulator in its own process (best of {rounds})")
    print(f"  wadesk outbox                 {rate['wadesk']:8,.0f} msg/s  {cpu['wadesk']:.3f} ms CPU/msg")
    print(f"  raw httpx, {IN_FLIGHT} batches at once   {rate['raw']:8,.0f} msg/s  {cpu['raw']:.3f} ms CPU/msg")
    report(
        "Wablas outbox throughput",
        rate["wadesk"],
        rate["raw"],
        "msg/s",
        target="≥ 10,000 msg/s, ≤ 0.1 ms CPU/msg",
        higher_is_better=True,
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    asyncio.run(main(args.count, args.rounds))
