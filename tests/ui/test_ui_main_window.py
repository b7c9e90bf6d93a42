"""The main window: panels and shortcuts, remembered layout, status bar, the demo banner; the screenshots command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.support.ui import add_sim_account, open_window, run
from wadesk.app import App
from wadesk.demo import DemoPhone
from wadesk.domain.models import Contact
from wadesk.simulator import SimulatorServer
from wadesk.ui.context import UiContext
from wadesk.ui.main_window import PANEL_KEYS


def test_five_panels_and_their_shortcuts(qtbot: QtBot, ctx: UiContext) -> None:
    window = open_window(qtbot, ctx)
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "Devices",
        "Composer",
        "Scheduler",
        "Contacts & groups",
        "Reports",
    ]
    for number, key in enumerate(PANEL_KEYS, start=1):
        action = window.panel_actions[key]
        assert action.shortcut().toString() == f"Ctrl+{number}"
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keySequence(window, "Ctrl+3")
    qtbot.waitUntil(lambda: window.current_panel == "scheduler", timeout=2000)
    qtbot.keySequence(window, "Ctrl+1")
    qtbot.waitUntil(lambda: window.current_panel == "devices", timeout=2000)
    window.panel_actions["reports"].trigger()
    assert window.current_panel == "reports"
    assert window.stack.currentWidget() is window.panels["reports"]
    window.close()


def test_size_and_panel_are_remembered(qtbot: QtBot, ctx: UiContext) -> None:
    window = open_window(qtbot, ctx)
    window.resize(790, 650)  # within the offscreen screen (800 × 800): a restored window is kept on screen
    window.show_panel("contacts")
    window.close()
    again = open_window(qtbot, ctx)
    assert again.size() == QSize(790, 650)
    assert again.current_panel == "contacts"
    again.close()


def test_status_bar_follows_devices_and_outbox(qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer) -> None:
    run(qtbot, add_sim_account(app, sim, "wablas", "Toko"))
    sim.state.wablas.scan()
    window = open_window(qtbot, ctx)
    qtbot.waitUntil(lambda: window.connection.label.text() == "1 of 1 phones connected", timeout=10_000)
    qtbot.waitUntil(lambda: window.outbox.text() == "Outbox empty", timeout=5000)
    window.close()


def test_coming_soon_pages_are_honest(qtbot: QtBot, ctx: UiContext, app: App) -> None:
    app.store.contacts.upsert_many([Contact(phone="6281234567890", name="Budi")])
    window = open_window(qtbot, ctx)
    window.show_panel("contacts")
    panel = window.panels["contacts"]
    qtbot.waitUntil(lambda: panel.facts.isVisible(), timeout=5000)
    assert panel.facts.text() == "Already in the address book: 1 contacts and 0 WhatsApp groups."
    window.show_panel("reports")
    qtbot.waitUntil(lambda: window.panels["reports"].facts.isVisible(), timeout=5000)
    assert window.panels["reports"].facts.text() == "No messages have been sent from this computer yet."
    window.close()


def test_the_demo_says_it_is_a_demo(qtbot: QtBot, ctx: UiContext, sim: SimulatorServer) -> None:
    plain = open_window(qtbot, ctx)
    assert plain.banner is None
    assert plain.windowTitle() == "wadesk"
    plain.close()
    ctx.demo = DemoPhone(sim)
    demo = open_window(qtbot, ctx)
    assert demo.banner is not None and demo.banner.isVisible()
    assert "simulator" in demo.banner.text.text()
    assert "Demo" in demo.windowTitle()
    demo.close()


def test_empty_state_invites_to_add_an_account(qtbot: QtBot, ctx: UiContext) -> None:
    window = open_window(qtbot, ctx)
    assert window.devices.stack.currentWidget() is window.devices.empty
    assert window.connection.label.text() == "No accounts yet"
    button = window.devices.empty.button
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.devices.account_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    window.close()


@pytest.mark.slow
def test_demo_screenshots_command(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    env = {**os.environ, "WADESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "wadesk", "--demo", "--screenshots", str(shots)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    for name in (*PANEL_KEYS, "pairing", "account"):
        image = QImage(str(shots / f"{name}.png"))
        assert not image.isNull(), name
        assert (image.width(), image.height()) == (1280, 800), name
    assert not (tmp_path / "home" / "wadesk.sqlite3").exists()  # the demo never touches the real data
