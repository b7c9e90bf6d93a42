"""The ``line`` and ``app`` fixtures most outbox tests share; each module brings its own ``sim``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.services.outbox.hostile import GatewayLine
from tests.support.gateways import outbox_app
from wadesk.app import App
from wadesk.simulator.server import SimulatorServer


@pytest.fixture
def line() -> GatewayLine:
    return GatewayLine()


@pytest.fixture
async def app(tmp_path: Path, sim: SimulatorServer, line: GatewayLine) -> AsyncIterator[App]:
    async with outbox_app(tmp_path / "home", sim, line) as app:
        yield app
