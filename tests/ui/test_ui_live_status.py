"""While the window is open, delivery is followed live: a message the window sent reaches ``read`` without
anyone asking; closing the window stops the status poller with the dispatcher."""

from __future__ import annotations

import asyncio

import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.ui import run
from wadesk.app import App
from wadesk.domain import DeliveryStatus, OutgoingMessage, Recipient
from wadesk.launch import show_window
from wadesk.simulator import ManualClock, SimulatorServer
from wadesk.ui.main_window import MainWindow
from wadesk.ui.theme import ThemeWatcher


def test_the_open_window_follows_delivery(qtbot: QtBot, app: App, sim: SimulatorServer, watcher: ThemeWatcher) -> None:
    account = run(
        qtbot,
        app.accounts.add(
            "shop", "wablas", base_url=sim.base_url("wablas"), settings={}, secrets=sim.credentials("wablas")
        ),
    )
    app.live_poller.min_seconds = app.live_poller.max_seconds = 0.2  # the window's clock is the real one
    # Built before the window opens: the device monitor and the dispatcher would both build it at once, and
    # AccountService.provider keeps only one of the two (the other's connections are never closed).
    run(qtbot, app.accounts.provider(account))
    listeners = app.events.listener_count
    [row] = app.outbox.enqueue(account, [OutgoingMessage(ref_id="r1", to=Recipient("6281234567890"), text="Halo")])

    def status() -> DeliveryStatus:
        return app.store.messages.get(row.id).status

    shown = asyncio.ensure_future(show_window(app, watcher))
    qtbot.waitUntil(lambda: any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets()))
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    try:
        qtbot.waitUntil(lambda: status() is DeliveryStatus.ACCEPTED, timeout=15_000)  # the window sent it
        clock = sim.state.clock
        assert isinstance(clock, ManualClock)
        clock.advance(3 * sim.state.step_seconds)  # at the gateway: sent, received, read
        qtbot.waitUntil(lambda: status() is DeliveryStatus.READ, timeout=15_000)
        qtbot.waitUntil(lambda: app.live_poller.following == {}, timeout=15_000)  # nothing in flight: it rests
    finally:
        window.close()
        qtbot.waitUntil(shown.done, timeout=15_000)
        shiboken6.delete(window)  # gone, not only hidden: the next test looks for its own window
    assert shown.result() == 0
    assert app.events.listener_count == listeners  # the poller stopped with the window
    assert not app.live_poller.asleep
