"""The Devices panel's Sending column: the governor's state of each phone, a pause told in the tray, Resume sending."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from tests.support.ui import add_sim_account, run
from wadesk.app import App
from wadesk.domain.models import Account
from wadesk.simulator import SimulatorServer
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.models.devices import Column
from wadesk.ui.panels.devices import DevicesPanel
from wadesk.ui.theme import ThemeWatcher
from wadesk.ui.tray import Tray
from wadesk.ui.widgets.two_line import SUBTITLE_ROLE

BANNED = "wablas: HTTP 403: This number is banned from using WhatsApp"
SHOWN = "wablas: This number is banned from using WhatsApp"  # without the HTTP status


def cell(panel: DevicesPanel, account: Account, role: int = 0) -> object:
    panel.bridge.flush()
    panel.model.flush()
    row = panel.model.row_of(account.id)
    assert row is not None
    return panel.model.index(row, Column.SENDING).data(role)


def test_a_pause_shows_in_the_sending_column_and_the_tray_and_resume_sending_ends_it(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, watcher: ThemeWatcher
) -> None:
    account = run(qtbot, add_sim_account(app, sim, "wablas", "Toko"))
    ctx.devices.sync_accounts()
    panel = DevicesPanel(ctx, EventBridge(ctx.events))
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    window = QMainWindow()
    qtbot.addWidget(window)
    tray = Tray(window, panel.bridge)
    qtbot.waitUntil(lambda: cell(panel, account) == "Ready", timeout=10_000)
    assert cell(panel, account, SUBTITLE_ROLE) == "Warm-up day 1 of 21, 0 of 20 today"
    assert "25 messages an hour" in str(cell(panel, account, 3))  # the tooltip says the caps in plain words
    panel.select_account(account.id)
    assert not panel.resume_action.isEnabled()
    assert not panel.resume_button.isEnabled()  # Ready: nothing to resume, and the button says so too

    with qtbot.waitSignal(tray.notified, timeout=10_000) as notified:
        app.outbox.governor.pause(account.id, BANNED, app.outbox.clock.now())
        panel.bridge.flush()
    title, text = notified.args
    assert title == "Sending paused" and "Toko" in text and SHOWN in text and "resume it from Devices" in text
    qtbot.waitUntil(lambda: cell(panel, account) == "Paused", timeout=10_000)
    assert cell(panel, account, SUBTITLE_ROLE) == SHOWN  # the gateway's own words
    qtbot.waitUntil(panel.resume_action.isEnabled, timeout=5000)
    assert panel.resume_button.isEnabled()
    checks.activate(panel)
    checks.keyboard_walk(panel)
    checks.fit_check(panel)
    checks.wording_check(panel, roles=[SUBTITLE_ROLE])

    panel.resume_button.click()
    assert panel.notice.tone == "ok" and "Toko" in panel.notice.text
    qtbot.waitUntil(lambda: cell(panel, account) == "Ready", timeout=10_000)
    assert not app.outbox.sending_state(account).paused
    qtbot.waitUntil(lambda: not panel.resume_action.isEnabled(), timeout=5000)
    assert not panel.resume_button.isEnabled()
    panel.close()
