"""Fixtures: the Wablas simulator on a loopback port with a manual clock, and an httpx client for it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from wadesk.simulator import ManualClock, SimulatorServer


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
async def sim(clock: ManualClock) -> AsyncIterator[SimulatorServer]:
    async with SimulatorServer(["wablas"], clock=clock) as server:
        yield server


@pytest.fixture
def auth(sim: SimulatorServer) -> dict[str, str]:
    """The usual Wablas header: ``Authorization: token.secret_key``."""
    creds = sim.credentials("wablas")
    return {"Authorization": f"{creds['token']}.{creds['secret_key']}"}


@pytest.fixture
async def client(sim: SimulatorServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=sim.base_url("wablas"), timeout=5.0) as http:
        yield http


@pytest.fixture
async def root_client(sim: SimulatorServer) -> AsyncIterator[httpx.AsyncClient]:
    """A client at the provider root (``/check-phone-number``, ``/__sim/…``, uploaded files)."""
    async with httpx.AsyncClient(base_url=sim.url, timeout=5.0) as http:
        yield http
