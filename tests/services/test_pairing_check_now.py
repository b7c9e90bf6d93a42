"""A pairing flow told that the code was just scanned asks the gateway at once, not at its next poll.

The clock never moves in these tests: a check that waited for the poll interval would never come.
"""

from __future__ import annotations

import asyncio

import pytest

from tests.support.gateways import START
from wadesk.domain import DeviceState
from wadesk.providers.base import Provider
from wadesk.services.clock import ManualClock
from wadesk.services.pairing_flow import PairingFlow, PairingStage, PairingUpdate
from wadesk.simulator.server import SimulatorServer


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


async def _until(condition: asyncio.Event, task: asyncio.Task[PairingUpdate]) -> None:
    waiting = asyncio.ensure_future(condition.wait())
    await asyncio.wait({waiting, task}, return_when=asyncio.FIRST_COMPLETED)
    waiting.cancel()
    assert not task.done(), task.result()


async def test_check_now_reads_the_device_at_once(provider: Provider, sim: SimulatorServer, clock: ManualClock) -> None:
    flow = PairingFlow(provider, poll_seconds=3600, clock=clock)
    shown = asyncio.Event()
    run = asyncio.ensure_future(flow.run(lambda u: shown.set() if u.stage is PairingStage.SCAN else None))
    await _until(shown, run)
    sim.state.wablas.scan()
    flow.check_now()
    last = await asyncio.wait_for(run, timeout=10)
    assert last.stage is PairingStage.PAIRED
    assert last.device is not None and last.device.state is DeviceState.CONNECTED
    assert clock.now() == START  # no poll interval went by


async def test_check_now_during_a_check_is_not_lost(
    provider: Provider, sim: SimulatorServer, clock: ManualClock
) -> None:
    """Asked while a status request is on its way (which still says "not paired"), the next check follows at once."""
    flow = PairingFlow(provider, poll_seconds=3600, clock=clock)
    shown = asyncio.Event()
    run = asyncio.ensure_future(flow.run(lambda u: shown.set() if u.stage is PairingStage.SCAN else None))
    await _until(shown, run)
    in_flight = asyncio.Event()
    device_info = provider.device_info

    async def slow_device_info() -> object:
        answer = await device_info()  # the gateway answers "not paired yet"...
        in_flight.set()
        await asyncio.sleep(0)
        sim.state.wablas.scan()  # ...and the phone scans right after
        flow.check_now()
        return answer

    provider.device_info = slow_device_info  # type: ignore[method-assign]
    flow.check_now()  # a first check, which the scan races
    await _until(in_flight, run)
    provider.device_info = device_info  # type: ignore[method-assign]
    last = await asyncio.wait_for(run, timeout=10)
    assert last.stage is PairingStage.PAIRED
    assert clock.now() == START
