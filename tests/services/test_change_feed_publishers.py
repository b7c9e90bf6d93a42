"""Services publish on the change feed once the change is committed: a listener that reads the store (or the
settings file) inside its callback already sees it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from wadesk.app import App, open_app
from wadesk.domain import DeliveryStatus, OutgoingMessage, Recipient
from wadesk.domain.models import Account
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.events import AccountsChanged, CampaignsChanged, EventHub, MessagesChanged, SettingsChanged
from wadesk.services.settings import SettingsFile
from wadesk.simulator.server import SimulatorServer


@pytest.fixture
async def sim() -> AsyncIterator[SimulatorServer]:
    async with SimulatorServer(["wablas"]) as server:
        yield server


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    opened = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
    yield opened
    opened.store.close()


def messages(count: int) -> list[OutgoingMessage]:
    return [OutgoingMessage(ref_id=f"r{n}", to=Recipient(f"6281234567{n:03d}"), text="Halo") for n in range(count)]


async def add_account(app: App, sim: SimulatorServer, name: str = "Toko") -> Account:
    return await app.accounts.add(
        name, "wablas", base_url=sim.base_url("wablas"), settings={}, secrets=sim.credentials("wablas")
    )


async def test_account_add_edit_and_remove_are_published_once_stored(app: App, sim: SimulatorServer) -> None:
    seen: list[tuple[object, object]] = []

    def accounts(event: AccountsChanged) -> None:
        seen.append((event, [(a.name, a.settings.get("phone_check_url")) for a in app.store.accounts.list()]))

    def cancelled(event: MessagesChanged) -> None:
        seen.append((event, {m.status for m in app.store.outbox.get_many(sorted(event.message_ids))}))

    app.events.subscribe(accounts, AccountsChanged)
    app.events.subscribe(cancelled, MessagesChanged)

    account = await add_account(app, sim)
    assert seen == [(AccountsChanged(frozenset({account.id})), [("Toko", "https://phone.wablas.com")])]  # its default

    settings = {"phone_check_url": "https://phone.example.com"}
    await app.accounts.update(account, base_url=sim.base_url("wablas"), settings=settings, secrets={})
    assert seen[1:] == [(AccountsChanged(frozenset({account.id})), [("Toko", "https://phone.example.com")])]

    queued = app.outbox.enqueue(account, messages(3))
    assert seen[2:] == [(MessagesChanged.of([m.id for m in queued], account_ids=[account.id]), {DeliveryStatus.QUEUED})]
    await app.accounts.remove("Toko")
    assert seen[3:] == [
        (AccountsChanged(frozenset({account.id}), removed=True), []),
        (MessagesChanged.of([m.id for m in queued], account_ids=[account.id]), {DeliveryStatus.CANCELLED}),
    ]


async def test_campaign_pause_resume_and_cancel_are_published_once_stored(app: App, sim: SimulatorServer) -> None:
    account = await add_account(app, sim)
    campaign = app.store.outbox.create_campaign(account.id, "promo", "Halo", "none")
    queued = app.outbox.enqueue(account, messages(3), campaign_id=campaign)
    seen: list[tuple[object, object]] = []
    app.events.subscribe(lambda e: seen.append((e, app.store.outbox.campaign_settings(campaign)[1])), CampaignsChanged)
    app.events.subscribe(
        lambda e: seen.append((e, {m.status for m in app.store.outbox.get_many(sorted(e.message_ids))})),
        MessagesChanged,
    )

    assert app.campaigns.pause(campaign).state == "paused"
    assert app.campaigns.resume(campaign).state == "active"
    assert app.campaigns.cancel(campaign).state == "cancelled"

    changed = CampaignsChanged(frozenset({campaign}))
    assert seen == [
        (changed, "paused"),
        (changed, "active"),
        (changed, "cancelled"),
        (
            MessagesChanged.of([m.id for m in queued], campaign_ids=[campaign], account_ids=[account.id]),
            {DeliveryStatus.CANCELLED},
        ),
    ]


def test_settings_saves_are_published_with_the_keys_that_changed(tmp_path: Path) -> None:
    hub = EventHub()
    seen: list[tuple[frozenset[str], str, str]] = []

    def look(event: SettingsChanged) -> None:
        on_disk = SettingsFile(tmp_path).load()
        seen.append((event.keys, on_disk.region, on_disk.pace))

    hub.subscribe(look, SettingsChanged)
    store = SettingsFile(tmp_path, hub)
    store.set("region", "my")
    store.set("region", "MY")  # the same value again: nothing changed, nothing said
    store.update({"region": "MY", "pace": "normal"})
    store.unset("region")
    assert seen == [
        (frozenset({"region"}), "MY", "safe"),
        (frozenset({"pace"}), "MY", "normal"),
        (frozenset({"region"}), "ID", "normal"),
    ]


def test_settings_saved_in_the_app_are_the_ones_in_force(app: App) -> None:
    assert app.settings.region == "ID"
    SettingsFile(app.home, app.events).set("region", "SG")  # as the Preferences dialog saves
    assert app.settings.region == "SG"
