"""A wadesk app on a real SQLite file, with one account per simulated gateway over loopback, on one clock."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from tests.support.clocks import GatewayTime
from wadesk.app import App, open_app
from wadesk.domain import Account
from wadesk.providers.base import Provider
from wadesk.providers.registry import build_provider
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock
from wadesk.simulator import ManualClock as SimClock
from wadesk.simulator import SimulatorServer

GATEWAYS = ("wablas", "chatbot", "jsonwa")
START = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # where a test's clock starts; wadesk and the gateway both read it
STEP_SECONDS = 60  # a message moves one status at the simulated gateway per minute of the clock


@dataclass
class Gateways:
    """The app and the simulator; ``events`` is every event the app published, in order."""

    app: App
    sim: SimulatorServer
    clock: ManualClock
    events: list[Any] = field(default_factory=list)

    def advance(self, seconds: float) -> None:
        """Move wadesk's clock and the gateways' together."""
        self.clock.advance(seconds)
        sim_clock = self.sim.state.clock
        assert isinstance(sim_clock, SimClock)
        sim_clock.advance(seconds)


ProviderHook = Callable[[Provider], Provider]


@asynccontextmanager
async def outbox_app(
    home: Path,
    sim: SimulatorServer,
    transport: httpx.AsyncBaseTransport | None = None,
    *,
    clock: ManualClock | None = None,
    hook: ProviderHook | None = None,
) -> AsyncIterator[App]:
    """An app with one account per simulated provider, its requests through ``transport`` (wadesk's own when none
    is given), on ``clock`` (a ``ManualClock`` starting at ``START`` if none is given); ``hook`` may wrap each
    provider it builds."""

    def factory(account: Account, secrets: Mapping[str, str]) -> Provider:
        provider = build_provider(account, secrets, transport=transport)
        return hook(provider) if hook is not None else provider

    app = open_app(home, secrets=SecretStore(MemoryKeyring()), factory=factory)
    app.outbox.clock = clock if clock is not None else ManualClock(START)
    for provider in sim.providers:
        await app.accounts.add(
            provider, provider, base_url=sim.base_url(provider), settings={}, secrets=sim.credentials(provider)
        )
    try:
        yield app
    finally:
        await app.aclose()


@asynccontextmanager
async def wablas_on(clock: ManualClock, *, unlimited: bool = False) -> AsyncIterator[SimulatorServer]:
    """The Wablas simulator on the test's clock; ``unlimited`` lifts the device's daily quota (tests at scale)."""
    async with SimulatorServer(["wablas"], clock=GatewayTime(clock)) as server:
        if unlimited:
            server.state.wablas.device.quota = None
        yield server


@asynccontextmanager
async def paired_chatbot(**options: Any) -> AsyncIterator[SimulatorServer]:
    """The Chatbot simulator with its phone paired (``options`` go to ``SimulatorServer``)."""
    async with SimulatorServer(providers=["chatbot"], **options) as server:
        server.state.provider("chatbot").scan(None)  # type: ignore[attr-defined]
        yield server


@asynccontextmanager
async def wablas_provider(sim: SimulatorServer) -> AsyncIterator[Provider]:
    """A Wablas provider for the simulator, built through the registry and closed afterwards."""
    account = Account(1, "shop", "wablas", sim.base_url("wablas"), sim.settings("wablas"))
    built = build_provider(account, sim.credentials("wablas"))
    try:
        yield built
    finally:
        await built.aclose()
