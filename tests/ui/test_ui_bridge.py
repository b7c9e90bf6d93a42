"""The bridge: the change feed's only crossing into Qt, coalescing bursts (also from worker threads); the status bar
and the Devices panel follow its signals, with no timer re-reading the store."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from tests.support.ui import add_sim_account, run
from wadesk.app import App
from wadesk.domain import OutgoingMessage, Recipient
from wadesk.domain.models import Account, DeviceState
from wadesk.services.devices import DeviceSnapshot
from wadesk.services.events import (
    AccountsChanged,
    ContactsChanged,
    DeviceChanged,
    DevicesRefreshing,
    EventHub,
    MessagesChanged,
)
from wadesk.simulator import SimulatorServer
from wadesk.ui.bridge import WINDOW_MS, EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.main_window import MainWindow
from wadesk.ui.panels.devices import DevicesPanel

MESSAGES = 10_000
CAMPAIGN = 7


class Received:
    """What a bridge signal carried, and whether it arrived on the GUI thread."""

    def __init__(self) -> None:
        self.events: list[MessagesChanged] = []
        self.off_gui_thread = 0

    def __call__(self, event: MessagesChanged) -> None:
        self.events.append(event)
        self.off_gui_thread += threading.current_thread() is not threading.main_thread()

    @property
    def ids(self) -> set[int]:
        return {i for event in self.events for i in event.message_ids}


def one_per_message(hub: EventHub) -> None:
    """The worst case: the dispatcher publishing one event per message."""
    for n in range(MESSAGES):
        hub.publish(MessagesChanged.of([n], campaign_ids=[CAMPAIGN], account_ids=[1]))


def test_a_burst_of_ten_thousand_events_is_one_signal_with_every_id(qtbot: QtBot) -> None:
    hub = EventHub()
    bridge = EventBridge(hub)
    received = Received()
    bridge.messages_changed.connect(received)
    with qtbot.waitSignal(bridge.messages_changed, timeout=5000):
        one_per_message(hub)
    assert len(received.events) == 1
    [merged] = received.events
    assert merged == MessagesChanged(frozenset(range(MESSAGES)), frozenset({CAMPAIGN}), frozenset({1}))


def test_events_published_on_a_worker_thread_reach_the_gui_thread_merged(qtbot: QtBot) -> None:
    hub = EventHub()
    bridge = EventBridge(hub)
    received = Received()
    bridge.messages_changed.connect(received)
    worker = threading.Thread(target=one_per_message, args=(hub,))
    worker.start()
    worker.join()  # the whole burst is in before the GUI thread runs again
    qtbot.waitUntil(lambda: len(received.ids) == MESSAGES, timeout=5000)
    assert len(received.events) == 1 and received.off_gui_thread == 0


def test_a_stream_from_a_worker_thread_is_a_few_signals_a_second(qtbot: QtBot) -> None:
    hub = EventHub()
    bridge = EventBridge(hub)
    received = Received()
    bridge.messages_changed.connect(received)
    started = time.monotonic()
    worker = threading.Thread(target=one_per_message, args=(hub,))
    worker.start()  # the GUI thread goes on meanwhile, its windows opening and closing as events come
    qtbot.waitUntil(lambda: len(received.ids) == MESSAGES, timeout=30_000)
    worker.join()
    elapsed_ms = (time.monotonic() - started) * 1000
    assert received.off_gui_thread == 0
    assert sum(len(e.message_ids) for e in received.events) == MESSAGES  # each id in exactly one signal
    # One signal per window at most, however fast or slow this machine publishes (a timer may fire a little early).
    assert len(received.events) <= 1 + elapsed_ms / (WINDOW_MS * 0.9)


def snapshot(account_id: int, state: DeviceState) -> DeviceSnapshot:
    account = Account(id=account_id, name=f"Toko {account_id}", provider="wablas", base_url="https://wablas.com/api")
    return DeviceSnapshot(account, state=state, checked_at=datetime(2026, 11, 23, tzinfo=UTC))


def test_device_events_are_merged_per_account_the_latest_winning(qtbot: QtBot) -> None:
    hub = EventHub()
    bridge = EventBridge(hub)
    devices: list[dict[int, DeviceSnapshot | None]] = []
    offline: list[DeviceSnapshot] = []
    refreshing: list[bool] = []
    bridge.devices_changed.connect(devices.append)
    bridge.went_offline.connect(offline.append)
    bridge.refreshing.connect(refreshing.append)
    went = snapshot(1, DeviceState.DISCONNECTED)
    with qtbot.waitSignal(bridge.devices_changed, timeout=5000):
        hub.publish(DevicesRefreshing(running=True))
        hub.publish(DeviceChanged(1, snapshot(1, DeviceState.CONNECTED)))
        hub.publish(DeviceChanged(2, snapshot(2, DeviceState.CONNECTED)))
        hub.publish(DeviceChanged(1, went, went_offline=True))
        hub.publish(DeviceChanged(3, None))
    assert devices == [{1: went, 2: snapshot(2, DeviceState.CONNECTED), 3: None}]
    assert offline == [went] and refreshing == [True]


def test_ids_are_united_and_empty_ids_that_mean_any_stay_any(qtbot: QtBot) -> None:
    hub = EventHub()
    bridge = EventBridge(hub)
    accounts: list[AccountsChanged] = []
    contacts: list[ContactsChanged] = []
    bridge.accounts_changed.connect(accounts.append)
    bridge.contacts_changed.connect(contacts.append)
    with qtbot.waitSignals([bridge.accounts_changed, bridge.contacts_changed], timeout=5000):
        hub.publish(AccountsChanged(frozenset({1})))
        hub.publish(AccountsChanged(frozenset({2}), removed=True))
        hub.publish(ContactsChanged(frozenset({5})))
        hub.publish(ContactsChanged())  # an import: any contact may have changed
    assert accounts == [AccountsChanged(frozenset({1, 2}), removed=True)]
    assert contacts == [ContactsChanged()]


def test_a_closed_bridge_emits_nothing(qtbot: QtBot) -> None:
    hub = EventHub()
    bridge = EventBridge(hub, window_ms=10)
    received = Received()
    bridge.messages_changed.connect(received)
    bridge.close()
    hub.publish(MessagesChanged.of([1]))
    bridge.flush()
    assert received.events == [] and hub.listener_count == 0


def test_the_status_bar_follows_events_without_a_timer(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.outbox.text() == "Outbox empty", timeout=5000)
    assert window.connection.label.text() == "No accounts yet"
    assert not [t for t in window.outbox.findChildren(QTimer) if t.isActive()]  # nothing re-reads the store

    account = run(qtbot, add_sim_account(app, sim, "wablas", "Toko"))  # the device monitor asks about it
    qtbot.waitUntil(lambda: window.connection.label.text() == "0 of 1 phones connected", timeout=10_000)

    rows = app.outbox.enqueue(
        account, [OutgoingMessage(ref_id=f"r{n}", to=Recipient("6281234567890")) for n in range(3)]
    )
    app.events.publish(MessagesChanged.of([r.id for r in rows], account_ids=[account.id]))  # as the outbox does
    qtbot.waitUntil(lambda: window.outbox.text() == "Outbox: 3 waiting", timeout=5000)
    window.close()


def test_the_devices_panel_follows_accounts_added_and_removed_elsewhere(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    panel = DevicesPanel(ctx, EventBridge(ctx.events))
    qtbot.addWidget(panel)
    panel.show()
    assert panel.stack.currentWidget() is panel.empty
    run(qtbot, add_sim_account(app, sim, "wablas", "Toko"))  # as the command line's service call would
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert panel.stack.currentWidget() is panel.view
    run(qtbot, app.accounts.remove("Toko"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    assert panel.stack.currentWidget() is panel.empty
