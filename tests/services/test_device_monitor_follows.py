"""The device monitor follows the accounts through the change feed, without anyone calling ``sync_accounts``,
and publishes what it learns as ``DeviceChanged`` (a device that went offline says so) and ``DevicesRefreshing``."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from pathlib import Path

import pytest

from wadesk.app import App, open_app
from wadesk.domain.models import Account, DeviceInfo, DeviceState
from wadesk.providers.base import Provider
from wadesk.providers.registry import build_provider
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.devices import DeviceMonitor, DeviceSnapshot
from wadesk.services.events import DeviceChanged, DevicesRefreshing
from wadesk.simulator.server import SimulatorServer


@pytest.fixture
async def sim() -> AsyncIterator[SimulatorServer]:
    async with SimulatorServer(["wablas"]) as server:
        yield server


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    opened = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
    try:
        yield opened
    finally:
        await opened.aclose()


@pytest.fixture
def monitor(app: App) -> Iterator[DeviceMonitor]:
    made = DeviceMonitor(app.accounts, app.events)
    made.sync_accounts()
    yield made
    made.stop()


class Heard:
    """Every ``DeviceChanged`` and ``DevicesRefreshing``, and a way to wait for one that matches."""

    def __init__(self, app: App) -> None:
        self.events: list[DeviceChanged | DevicesRefreshing] = []
        self._waiting: list[tuple[Callable[[DeviceChanged], bool], asyncio.Future[DeviceChanged]]] = []
        app.events.subscribe(self._heard, DeviceChanged, DevicesRefreshing)

    def _heard(self, event: DeviceChanged | DevicesRefreshing) -> None:
        self.events.append(event)
        if isinstance(event, DeviceChanged):
            for wanted, future in self._waiting:
                if not future.done() and wanted(event):
                    future.set_result(event)

    async def first(self, wanted: Callable[[DeviceChanged], bool]) -> DeviceChanged:
        for event in self.events:
            if isinstance(event, DeviceChanged) and wanted(event):
                return event
        future: asyncio.Future[DeviceChanged] = asyncio.get_running_loop().create_future()
        self._waiting.append((wanted, future))
        return await asyncio.wait_for(future, timeout=10)


def checked(account: Account, state: DeviceState) -> Callable[[DeviceChanged], bool]:
    def match(event: DeviceChanged) -> bool:
        snapshot = event.detail
        return (
            isinstance(snapshot, DeviceSnapshot)
            and snapshot.account == account
            and not snapshot.checking
            and snapshot.checked_at is not None
            and snapshot.state is state
        )

    return match


async def add_account(app: App, sim: SimulatorServer, name: str) -> Account:
    return await app.accounts.add(
        name, "wablas", base_url=sim.base_url("wablas"), settings={}, secrets=sim.credentials("wablas")
    )


async def test_accounts_added_edited_and_removed_are_followed_and_asked_about(
    app: App, sim: SimulatorServer, monitor: DeviceMonitor
) -> None:
    heard = Heard(app)
    account = await add_account(app, sim, "Toko")
    assert monitor.snapshot(account.id) is not None  # there as soon as the account is stored
    assert heard.events[0] == DeviceChanged(account.id, monitor.snapshot(account.id))
    await heard.first(checked(account, DeviceState.DISCONNECTED))  # and asked about without a refresh

    sim.state.wablas.scan()
    settings = {"phone_check_url": "https://phone.example.com"}
    edited = await app.accounts.update(account, base_url=sim.base_url("wablas"), settings=settings, secrets={})
    await heard.first(checked(edited, DeviceState.CONNECTED))  # an edited account is asked about again
    snapshot = monitor.snapshot(account.id)
    assert snapshot is not None and snapshot.account.settings["phone_check_url"] == "https://phone.example.com"

    await app.accounts.remove("Toko")
    assert monitor.snapshots() == []
    assert heard.events[-1] == DeviceChanged(account.id, None)


async def test_a_stopped_monitor_follows_nothing(app: App, sim: SimulatorServer, monitor: DeviceMonitor) -> None:
    monitor.stop()
    await add_account(app, sim, "Toko")
    assert monitor.snapshots() == []


async def test_a_device_that_went_offline_says_so_and_a_refresh_is_announced(
    app: App, sim: SimulatorServer, monitor: DeviceMonitor
) -> None:
    heard = Heard(app)
    account = await add_account(app, sim, "Toko")
    await heard.first(checked(account, DeviceState.DISCONNECTED))  # the check of a new account is over
    sim.state.wablas.scan()
    await monitor.refresh_all()
    assert not any(isinstance(e, DeviceChanged) and e.went_offline for e in heard.events)

    sim.state.wablas.disconnect()
    mark = len(heard.events)
    await monitor.refresh_all()
    events = heard.events[mark:]
    assert events[0] == DevicesRefreshing(running=True)
    assert events[-1] == DevicesRefreshing(running=False)
    [offline] = [e for e in events if isinstance(e, DeviceChanged) and e.went_offline]
    assert offline.account_id == account.id
    assert isinstance(offline.detail, DeviceSnapshot) and offline.detail.state is DeviceState.DISCONNECTED


async def test_an_answer_overtaken_by_a_later_check_is_dropped(tmp_path: Path, sim: SimulatorServer) -> None:
    """A slow check started before a refresh must not put back what the refresh already corrected."""
    release, first_answered = asyncio.Event(), asyncio.Event()
    calls = 0

    def slow_first_answer(account: Account, secrets: Mapping[str, str]) -> Provider:
        provider = build_provider(account, secrets)
        ask = provider.device_info

        async def device_info() -> DeviceInfo:
            nonlocal calls
            calls += 1
            first = calls == 1
            answer = await ask()
            if first:  # asked before the phone was paired; its answer arrives last
                first_answered.set()
                await release.wait()
            return answer

        provider.device_info = device_info  # type: ignore[method-assign]
        return provider

    app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()), factory=slow_first_answer)
    monitor = DeviceMonitor(app.accounts, app.events)
    monitor.sync_accounts()
    try:
        account = await add_account(app, sim, "Toko")  # the monitor asks about it at once (the slow check)
        await asyncio.wait_for(first_answered.wait(), timeout=10)
        sim.state.wablas.scan()
        refreshed = await monitor.refresh_one(account.id)
        assert refreshed is not None and refreshed.state is DeviceState.CONNECTED
        release.set()
        while monitor.snapshot(account.id).checking:  # type: ignore[union-attr]
            await asyncio.sleep(0)
        for _ in range(10):
            await asyncio.sleep(0)
        snapshot = monitor.snapshot(account.id)
        assert snapshot is not None and snapshot.state is DeviceState.CONNECTED
    finally:
        monitor.stop()
        await app.aclose()
