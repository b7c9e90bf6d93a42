"""The ``gateways`` fixture (see ``tests.support.gateways``), and a Wablas ``sim`` and ``provider`` on the test
module's ``clock`` fixture (a module without one that asks for them fails; most bring their own ``sim``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.support.gateways import GATEWAYS, STEP_SECONDS, Gateways, wablas_on, wablas_provider
from wadesk.app import open_app
from wadesk.providers.base import Provider
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock
from wadesk.simulator import ManualClock as SimClock
from wadesk.simulator import SimulatorServer


@pytest.fixture
async def gateways(tmp_path: Path) -> AsyncIterator[Gateways]:
    clock = ManualClock()
    async with SimulatorServer(
        list(GATEWAYS), clock=SimClock(clock.now().timestamp()), step_seconds=STEP_SECONDS
    ) as sim:
        app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
        app.outbox.clock = clock
        for provider in GATEWAYS:
            await app.accounts.add(
                provider,
                provider,
                base_url=sim.base_url(provider),
                settings=sim.settings(provider),
                secrets=sim.credentials(provider),
            )
        world = Gateways(app, sim, clock)
        app.events.subscribe(world.events.append)
        try:
            yield world
        finally:
            await app.aclose()


@pytest.fixture
async def sim(clock: ManualClock) -> AsyncIterator[SimulatorServer]:
    async with wablas_on(clock) as server:
        yield server


@pytest.fixture
async def provider(sim: SimulatorServer) -> AsyncIterator[Provider]:
    async with wablas_provider(sim) as built:
        yield built
