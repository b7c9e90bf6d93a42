"""Throughput of the outbox: 10,000 recipients persisted and sent to the simulator (--pace none).

The simulator runs in a separate process (``wadesk simulator``), so the CPU time measured is wadesk's own.

Prints messages per second, CPU milliseconds per message and HTTP requests per 1,000 messages for Wablas
(batched, 100 a request) and for a one-per-request provider (Chatbot), and the same 10,000 sent by a naive
sequential httpx loop without persistence, with the ratio.

    python bench/dispatch.py [--count 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from wadesk.app import open_app
from wadesk.domain import OutgoingMessage, Recipient
from wadesk.secrets import MemoryKeyring, SecretStore

SECRETS = {
    "wablas": {"token": "sim-wablas-token", "secret_key": "sim-wablas-secret"},
    "chatbot": {"secretkey": "sim-chatbot-secretkey"},
}


@contextmanager
def simulator() -> Iterator[dict[str, str]]:
    """``wadesk simulator`` in its own process; the base URL of each provider."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "wadesk", "simulator", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    urls = {}
    for line in proc.stdout:
        match = re.match(r"(\w+)\s+base URL (\S+)", line)
        if match:
            urls[match.group(1)] = match.group(2)
        if "Ctrl+C" in line:
            break
    try:
        root = str(httpx.URL(urls["wablas"]).copy_with(path="/")).rstrip("/")
        httpx.post(f"{root}/__sim/chatbot/scan").raise_for_status()
        httpx.post(f"{root}/__sim/wablas/quota?value=unlimited").raise_for_status()
        yield urls
    finally:
        proc.terminate()
        proc.wait(timeout=10)


class CountingTransport(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.requests = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return await super().handle_async_request(request)


def recipients(count: int) -> list[OutgoingMessage]:
    return [
        OutgoingMessage(ref_id=f"b{i}", to=Recipient(f"62812{i:08d}1"), text=f"Halo pelanggan {i}")
        for i in range(count)
    ]


async def through_outbox(urls: dict[str, str], provider: str, count: int) -> tuple[float, float, float]:
    transport = CountingTransport()
    with tempfile.TemporaryDirectory() as home:
        from wadesk.providers.registry import build_provider

        app = open_app(
            Path(home),
            secrets=SecretStore(MemoryKeyring()),
            factory=lambda a, s: build_provider(a, s, transport=transport),
        )
        account = await app.accounts.add(
            provider, provider, base_url=urls[provider], settings={}, secrets=SECRETS[provider]
        )
        wall, cpu = time.perf_counter(), time.process_time()
        campaign = app.store.outbox.create_campaign(account.id, "bench", "Halo", "none")
        app.outbox.enqueue(account, recipients(count), campaign_id=campaign)
        report = await app.outbox.run()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        await app.aclose()
    assert report.sent == count, report
    return count / wall, cpu * 1000 / count, transport.requests * 1000 / count


async def naive_loop(urls: dict[str, str], count: int) -> float:
    secret = SECRETS["chatbot"]["secretkey"]
    url = urls["chatbot"].rstrip("/") + "/api/sendwa"
    async with httpx.AsyncClient() as client:
        wall = time.perf_counter()
        for message in recipients(count):
            response = await client.post(
                url, json={"nohp": message.to.address, "pesan": message.text}, headers={"secretkey": secret}
            )
            response.raise_for_status()
        return count / (time.perf_counter() - wall)


async def main(count: int, urls: dict[str, str]) -> None:
    print(f"{count:,} recipients through the outbox, persisted in SQLite, --pace none, simulator in its own process")
    rates = {}
    for provider in ("wablas", "chatbot"):
        rate, cpu_ms, per_1000 = await through_outbox(urls, provider, count)
        rates[provider] = rate
        print(f"  {provider:<8} {rate:8,.0f} msg/s   {cpu_ms:5.2f} ms CPU/msg   {per_1000:7.1f} requests/1,000 msgs")
    naive = await naive_loop(urls, count)
    print(f"  naive sequential httpx loop (chatbot, no persistence): {naive:8,.0f} msg/s")
    print(f"  outbox/naive ratio: wablas {rates['wablas'] / naive:.1f}x, chatbot {rates['chatbot'] / naive:.1f}x")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    with simulator() as base_urls:
        asyncio.run(main(parser.parse_args().count, base_urls))
