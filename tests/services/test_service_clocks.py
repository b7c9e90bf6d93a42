"""Services that read the time or wait take the one ``Clock`` (services/clock.py): tests move it by hand.

The device monitor stamps its checks with it; pairing keeps its codes fresh, polls
the gateway and gives up on it, so ten minutes of pairing take no real time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest

from tests.support.gateways import START
from wadesk.app import open_app
from wadesk.domain import DeviceState
from wadesk.providers.base import Provider
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock
from wadesk.services.devices import DeviceMonitor
from wadesk.services.pairing_flow import PairingFlow, PairingStage, PairingUpdate
from wadesk.simulator.server import SimulatorServer

T = TypeVar("T")


class WatchedClock(ManualClock):
    """A ``ManualClock`` that says when someone goes to sleep on it, so that a test can move it on at once."""

    def __init__(self, start: datetime) -> None:
        super().__init__(start)
        self.asleep = asyncio.Event()

    async def sleep(self, seconds: float) -> None:
        self.asleep.set()
        await super().sleep(seconds)


async def drive(clock: WatchedClock, work: Coroutine[Any, Any, T], at_wakeup: Callable[[], None] = lambda: None) -> T:
    """Run ``work`` (which talks to the simulator over loopback), jumping the clock to each wake-up it sleeps for."""
    task = asyncio.ensure_future(work)
    for _ in range(1000):
        asleep = asyncio.ensure_future(clock.asleep.wait())
        await asyncio.wait({task, asleep}, return_when=asyncio.FIRST_COMPLETED)
        asleep.cancel()
        if task.done():
            return task.result()
        clock.asleep.clear()
        due = clock.next_wakeup
        assert due is not None
        clock.set(due)
        at_wakeup()
    task.cancel()
    raise AssertionError("still running after 1000 wake-ups")


@pytest.fixture
def clock() -> WatchedClock:
    return WatchedClock(START)


async def test_the_device_monitor_stamps_its_checks_with_the_clock(
    tmp_path: Path, sim: SimulatorServer, clock: ManualClock
) -> None:
    app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
    try:
        account = await app.accounts.add(
            "shop", "wablas", base_url=sim.base_url("wablas"), settings={}, secrets=sim.credentials("wablas")
        )
        monitor = DeviceMonitor(app.accounts, clock=clock)
        monitor.sync_accounts()
        first = await monitor.refresh_one(account.id)
        assert first is not None and first.error is None
        assert first.checked_at == START
        clock.advance(90)
        again = await monitor.refresh_one(account.id)
        assert again is not None and again.checked_at == START + timedelta(seconds=90)
    finally:
        await app.aclose()


async def test_pairing_gives_up_after_its_time_on_the_clock(provider: Provider, clock: WatchedClock) -> None:
    flow = PairingFlow(provider, poll_seconds=5, code_lifetime=20, give_up_after=120, clock=clock)
    updates: list[PairingUpdate] = []
    last = await drive(clock, flow.run(updates.append))
    assert last.stage is PairingStage.FAILED
    assert last.error == "nobody scanned the code for 2 minutes; start again when the phone is at hand"
    scans = [u for u in updates if u.stage is PairingStage.SCAN]
    assert [u.expires_at for u in scans] == [START + timedelta(seconds=s) for s in (20, 40, 60, 80, 100, 120)]
    assert clock.now() == START + timedelta(minutes=2)


async def test_pairing_notices_the_scan_at_its_next_poll(
    provider: Provider, sim: SimulatorServer, clock: WatchedClock
) -> None:
    flow = PairingFlow(provider, poll_seconds=5, code_lifetime=20, give_up_after=600, clock=clock)

    def phone_scans_after_half_a_minute() -> None:
        if clock.now() == START + timedelta(seconds=30):
            sim.state.wablas.scan()

    last = await drive(clock, flow.run(lambda _update: None), phone_scans_after_half_a_minute)
    assert last.stage is PairingStage.PAIRED
    assert last.device is not None and last.device.state is DeviceState.CONNECTED
    assert last.codes_shown == 2  # the first expired at 20 s
    assert clock.now() == START + timedelta(seconds=30)
