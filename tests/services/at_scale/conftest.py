"""Many messages against the Wablas simulator over loopback, on one manual clock, with every request counted."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.support.counting import CountingTransport
from tests.support.gateways import START, outbox_app, wablas_on
from wadesk.app import App
from wadesk.services.clock import ManualClock
from wadesk.simulator.server import SimulatorServer


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def sim(clock: ManualClock) -> AsyncIterator[SimulatorServer]:
    async with wablas_on(clock, unlimited=True) as server:
        yield server


@pytest.fixture
def transport() -> CountingTransport:
    return CountingTransport()


@pytest.fixture
async def app(
    tmp_path: Path, sim: SimulatorServer, clock: ManualClock, transport: CountingTransport
) -> AsyncIterator[App]:
    async with outbox_app(tmp_path / "home", sim, transport, clock=clock) as app:
        yield app
