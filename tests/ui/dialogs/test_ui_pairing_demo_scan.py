"""The demo's simulated scan is confirmed at once, not at the dialog's next status poll."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.support.ui import add_sim_account, run
from wadesk.app import App
from wadesk.simulator import SimulatorServer
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.panels.devices import DevicesPanel
from wadesk.ui.widgets.qr_view import QrState


def test_a_simulated_scan_is_confirmed_without_waiting_for_the_poll(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    from wadesk.demo import DemoPhone

    ctx.demo = DemoPhone(sim)
    ctx.pairing_poll_seconds = 3600  # the next regular status check is an hour away
    account = run(qtbot, add_sim_account(app, sim, "chatbot"))
    panel = DevicesPanel(ctx, EventBridge(ctx.events))
    qtbot.addWidget(panel)
    panel.show()
    run(qtbot, ctx.devices.refresh_all())
    dialog = panel.open_pairing(account)
    qtbot.waitUntil(lambda: dialog.qr.state is QrState.CODE, timeout=10_000)
    assert dialog.simulate_button is not None
    qtbot.mouseClick(dialog.simulate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.qr.state is QrState.PAIRED, timeout=10_000)
    dialog.close()
