"""The Devices panel: gateway status changes reach the table; disconnects are notified; the loop never stalls."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from tests.support.indonesian import speaking_indonesian
from tests.support.ui import add_every_gateway, add_sim_account, run
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


class Heartbeat(QObject):
    """A 5 ms timer that records the most CPU time the loop's thread spent between two of its ticks.

    CPU time of this thread, not wall time: on a loaded machine the thread waits for a
    processor for hundreds of milliseconds at times, which says nothing about the window;
    the work done on the loop without letting the timer tick is what a stall is.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.beats = 0
        self.longest = 0.0
        self.longest_wall = 0.0  # for the failure message only
        self._last = time.thread_time()
        self._last_wall = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def _beat(self) -> None:
        now, wall = time.thread_time(), time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self.longest_wall = max(self.longest_wall, wall - self._last_wall)
        self._last, self._last_wall = now, wall
        self.beats += 1

    def stop(self) -> None:
        """Stop, counting the work since the last tick too (a quick refresh may fit between a few ticks)."""
        self._beat()
        self._timer.stop()


def make_panel(qtbot: QtBot, ctx: UiContext) -> DevicesPanel:
    panel = DevicesPanel(ctx, EventBridge(ctx.events))
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    return panel


def cell(panel: DevicesPanel, account: Account, column: Column, role: int = 0) -> object:
    panel.bridge.flush()  # what the bridge would hand over at the end of its window
    panel.model.flush()
    row = panel.model.row_of(account.id)
    assert row is not None
    return panel.model.index(row, column).data(role)


def test_status_changes_at_the_gateway_reach_the_table(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    account = run(qtbot, add_sim_account(app, sim, "wablas", "Toko Berkah Jaya"))
    panel = make_panel(qtbot, ctx)
    # The monitor asks about a new account by itself, without a refresh.
    qtbot.waitUntil(lambda: cell(panel, account, Column.STATUS) == "Not connected", timeout=10_000)
    assert cell(panel, account, Column.STATUS, SUBTITLE_ROLE) == "Pair the phone to send messages"

    sim.state.wablas.scan()
    qtbot.waitUntil(panel.refresh_action.isEnabled, timeout=10_000)  # disabled while a refresh is still running
    panel.refresh_action.trigger()
    qtbot.waitUntil(lambda: cell(panel, account, Column.STATUS) == "Connected", timeout=10_000)
    assert cell(panel, account, Column.NUMBER) == "+62 812-0000-0001"
    assert cell(panel, account, Column.QUOTA)
    assert cell(panel, account, Column.EXPIRES)


def test_a_disconnect_is_notified(qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer) -> None:
    account = run(qtbot, add_sim_account(app, sim, "wablas", "Toko"))
    panel = make_panel(qtbot, ctx)
    tray = Tray(_window(qtbot), panel.bridge)
    sim.state.wablas.scan()
    run(qtbot, ctx.devices.refresh_all())

    sim.state.wablas.disconnect()
    with qtbot.waitSignal(tray.notified, timeout=10_000) as notified:
        panel.refresh()
    title, text = notified.args
    assert title == "Phone disconnected"
    assert "Toko" in text and "Wablas" in text
    qtbot.waitUntil(lambda: cell(panel, account, Column.STATUS) == "Not connected", timeout=5000)


def test_disconnect_and_restart_from_the_panel(qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer) -> None:
    account = run(qtbot, add_sim_account(app, sim, "wablas", "Toko"))
    panel = make_panel(qtbot, ctx)
    sim.state.wablas.scan()
    run(qtbot, ctx.devices.refresh_all())
    panel.bridge.flush()  # what the bridge would hand over at the end of its window
    panel.select_account(account.id)
    assert panel.disconnect_action.isEnabled() and panel.restart_action.isEnabled()

    panel.restart_action.trigger()
    qtbot.waitUntil(lambda: panel.notice.isVisible(), timeout=10_000)
    assert panel.notice.tone == "ok" and "restarting" in panel.notice.text
    assert sim.state.wablas.device.restarts == 1

    panel.disconnect_action.trigger()
    box = panel.confirm_box
    assert box is not None
    go = next(b for b in box.buttons() if b.text() == "Disconnect")
    go.click()
    qtbot.waitUntil(lambda: cell(panel, account, Column.STATUS) == "Not connected", timeout=10_000)
    assert sim.state.wablas.device.status == "disconnected"


def test_capabilities_decide_the_actions(qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer) -> None:
    account = run(qtbot, add_sim_account(app, sim, "jsonwa", "Kurir"))
    panel = make_panel(qtbot, ctx)

    def checked() -> bool:  # the monitor asks about a new account by itself (JSON WA: once in 15 minutes)
        snapshot = ctx.devices.snapshot(account.id)
        return snapshot is not None and snapshot.checked_at is not None and not snapshot.checking

    qtbot.waitUntil(checked, timeout=10_000)
    panel.select_account(account.id)
    assert not panel.pair_action.isEnabled()
    assert not panel.disconnect_action.isEnabled()
    assert panel.edit_action.isEnabled() and panel.remove_action.isEnabled()
    assert "does not offer" in panel.selection_hint.text()
    assert cell(panel, account, Column.STATUS) == "Not reported"


def test_an_unreachable_gateway_shows_in_its_row_only(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer
) -> None:
    good = run(qtbot, add_sim_account(app, sim, "wablas", "Good"))
    bad = run(
        qtbot,
        app.accounts.add(
            "Bad",
            "wablas",
            base_url="http://127.0.0.1:9/api",
            settings={},
            secrets=sim.credentials("wablas"),
        ),
    )
    panel = make_panel(qtbot, ctx)
    run(qtbot, ctx.devices.refresh_all())
    assert cell(panel, good, Column.STATUS) == "Not connected"
    assert cell(panel, bad, Column.STATUS) == "Needs attention"
    assert (
        cell(panel, bad, Column.STATUS, SUBTITLE_ROLE) == "Could not reach the gateway; check the internet connection"
    )
    # The gateway's own words are a detail, with context, in the Devices menu and the row's context menu.
    assert panel.select_account(good.id)
    assert not panel.details_action.isEnabled()  # nothing more than the table says
    assert panel.select_account(bad.id)
    assert panel.details_action.isEnabled()
    panel.details_action.trigger()
    box = panel.words_box
    assert box is not None
    assert box.text() == "“Bad”: Could not reach the gateway; check the internet connection"
    assert "in its own words" in box.informativeText()
    assert box.detailedText().startswith("Wablas: could not reach the gateway")
    box.close()


def test_no_stall_while_fifty_devices_refresh(qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer) -> None:
    """A generous bound on the most work done between two heartbeats; bench/ui_stall.py prints the precise figures.

    The first refresh also builds each account's HTTP client (a one-time cost per account, about 20 ms each
    for loading the TLS certificates, measured by the benchmark); the refresh measured here is the one the
    panel repeats every interval.
    """
    for n in range(50):
        run(qtbot, add_sim_account(app, sim, "wablas", f"Toko {n:02d}"))
    panel = make_panel(qtbot, ctx)
    run(qtbot, ctx.devices.refresh_all(), timeout=60_000)
    sim.state.wablas.scan()  # every device changes: the table gets 50 updates
    heartbeat = Heartbeat(panel)
    run(qtbot, ctx.devices.refresh_all(), timeout=60_000)
    panel.bridge.flush()
    heartbeat.stop()
    assert panel.model.rowCount() == 50
    assert all(cell(panel, a, Column.STATUS) == "Connected" for a in ctx.accounts.list())
    assert heartbeat.beats > 0  # however quick the refresh, the stretch up to its end is measured
    assert heartbeat.longest < 0.100, (
        f"the event loop worked {heartbeat.longest * 1000:.0f} ms without a tick "
        f"({heartbeat.longest_wall * 1000:.0f} ms of wall time)"
    )


def _window(qtbot: QtBot) -> object:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def full_panel(qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer) -> DevicesPanel:
    run(qtbot, add_every_gateway(app, sim))
    ctx.devices.sync_accounts()
    panel = make_panel(qtbot, ctx)
    run(qtbot, ctx.devices.refresh_all())
    panel.bridge.flush()
    panel.model.flush()
    checks.activate(panel)
    return panel


def test_the_devices_panel_passes_the_window_checks(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, watcher: ThemeWatcher
) -> None:
    """Tab leaves the table, every control shows its focus, nothing is cut at 1024×640, no developer words."""
    panel = full_panel(qtbot, ctx, app, sim)
    checks.keyboard_walk(panel)
    checks.fit_check(panel)
    checks.wording_check(panel, roles=[SUBTITLE_ROLE])
    panel.close()


def test_a_narrow_window_shows_the_buttons_icons_with_their_words_in_tooltips(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, watcher: ThemeWatcher
) -> None:
    panel = full_panel(qtbot, ctx, app, sim)
    panel.resize(1100, 640)
    qtbot.waitUntil(lambda: not panel.toolbar.compact)
    assert panel.disconnect_button.text() == "Disconnect"
    panel.resize(checks.minimum_size(panel))
    qtbot.waitUntil(lambda: panel.toolbar.compact and panel.header_buttons.compact)
    for button, words in (
        (panel.pair_button, "Pair phone…"),
        (panel.disconnect_button, "Disconnect"),
        (panel.edit_button, "Edit account…"),
        (panel.add_button, "Add account…"),
    ):
        assert button.text() == "" and not button.icon().isNull()
        assert button.toolTip().startswith(words) and button.accessibleName() == words
    assert checks.fit_problems(panel, panel.size()) == []
    panel.close()


def test_a_wide_account_column_never_squashes_the_status(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, watcher: ThemeWatcher
) -> None:
    panel = full_panel(qtbot, ctx, app, sim)
    panel.resize(1024 - 212, 600)  # the panel's share of a 1024-wide window
    qtbot.waitUntil(lambda: panel.view.viewport().width() < 800)
    metrics = panel.view.fontMetrics()
    needed = max(metrics.horizontalAdvance(text) for text in ("Waiting for scan", "Needs attention", "Not connected"))
    panel.view.horizontalHeader().resizeSection(Column.ACCOUNT, 700)
    assert panel.view.columnWidth(Column.STATUS) >= needed + 12 + 2 * 10
    panel.close()


def test_in_indonesian_the_panel_speaks_it_and_still_fits(
    qtbot: QtBot,
    ctx: UiContext,
    app: App,
    sim: SimulatorServer,
    watcher: ThemeWatcher,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with speaking_indonesian(tmp_path / "qm", monkeypatch):
        panel = full_panel(qtbot, ctx, app, sim)
        assert panel.disconnect_action.text() == "Putuskan"
        assert panel.model.headerData(Column.ACCOUNT, Qt.Orientation.Horizontal) == "Akun"
        checks.fit_check(panel)
        checks.wording_check(panel, roles=[SUBTITLE_ROLE])
        panel.close()
