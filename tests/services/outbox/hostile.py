"""Shared pieces for the outbox tests against a hostile gateway: the app on a manual clock, a transport that
counts requests and can rewrite a 429's ``Retry-After`` the way a badly behaved gateway sends it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx

from wadesk.app import App, open_app
from wadesk.domain import OutgoingMessage, Recipient
from wadesk.domain.models import Account
from wadesk.providers.base import Provider
from wadesk.providers.registry import build_provider
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock
from wadesk.simulator.server import SimulatorServer

START = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)


class GatewayLine(httpx.AsyncBaseTransport):
    """Real loopback HTTP to the simulator; counts requests; optionally replaces a 429's ``Retry-After``."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.requests = 0
        self.retry_after: str | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        response = await self.inner.handle_async_request(request)
        if response.status_code == 429 and self.retry_after is not None:
            response.headers["Retry-After"] = self.retry_after
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


ProviderHook = Callable[[Provider], Provider]


@asynccontextmanager
async def outbox_app(
    home: Path, sim: SimulatorServer, line: GatewayLine, hook: ProviderHook | None = None
) -> AsyncIterator[App]:
    """An app with one account per simulated provider, on a ``ManualClock`` starting at ``START``."""

    def factory(account: Account, secrets: Mapping[str, str]) -> Provider:
        provider = build_provider(account, secrets, transport=line)
        return hook(provider) if hook is not None else provider

    app = open_app(home, secrets=SecretStore(MemoryKeyring()), factory=factory)
    app.outbox.clock = ManualClock(START)
    for provider in sim.providers:
        await app.accounts.add(
            provider, provider, base_url=sim.base_url(provider), settings={}, secrets=sim.credentials(provider)
        )
    try:
        yield app
    finally:
        await app.aclose()


def messages(n: int, tag: str = "r") -> list[OutgoingMessage]:
    return [
        OutgoingMessage(ref_id=f"{tag}{i}", to=Recipient(f"62812{i:08d}1"), text=f"Halo {tag}{i}") for i in range(n)
    ]


async def step_until(clock: ManualClock, task: asyncio.Future[object], done: Callable[[], bool]) -> None:
    """Let ``task`` work (real loopback I/O) and jump the clock to each of its wake-ups until ``done()``.

    Fails if the task ends (a service that should run forever stopped) or nothing changes for a long while.
    """
    for _ in range(4000):
        if done():
            return
        await asyncio.wait([task], timeout=0.005)
        if task.done():
            raise AssertionError(f"the service stopped: {task.exception()!r}")
        wakeup = clock.next_wakeup
        if wakeup is not None:
            clock.set(max(wakeup, clock.now()))
    raise AssertionError("the condition never came true")
