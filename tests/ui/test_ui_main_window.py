"""The main window: panels and shortcuts, remembered layout, status bar, the demo banner; the screenshots command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from tests.support.ui import add_every_gateway, add_sim_account, open_window, run
from tests.ui.panels.test_ui_composer import tab_order
from wadesk import launch
from wadesk.app import App
from wadesk.demo import DemoPhone, seed_address_book
from wadesk.simulator import SimulatorServer
from wadesk.ui.context import UiContext
from wadesk.ui.main_window import PANEL_KEYS, MainWindow
from wadesk.ui.panels.composer import ComposerPanel
from wadesk.ui.tasks import running
from wadesk.ui.theme import ThemeWatcher
from wadesk.ui.widgets.two_line import SUBTITLE_ROLE


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


def screenshots(tmp_path: Path, *arguments: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """``wadesk --demo --screenshots <tmp_path>/shots`` with ``arguments``, in its own process, its data folder in
    ``tmp_path``."""
    env = {**os.environ, "WADESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "wadesk", "--demo", "--screenshots", str(tmp_path / "shots"), *arguments]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, check=False)


@pytest.mark.slow
def test_demo_screenshots_command(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    done = screenshots(tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    for name in (*PANEL_KEYS, "pairing", "account", "contacts-import", "reports-campaign", "scheduler-agenda"):
        image = QImage(str(shots / f"{name}.png"))
        assert not image.isNull(), name
        assert (image.width(), image.height()) == (1280, 800), name
    assert not (tmp_path / "home" / "wadesk.sqlite3").exists()  # the demo never touches the real data


@pytest.fixture
def display_name() -> Iterator[str]:
    """The application's display name as ``wadesk`` sets it (Qt adds it to window titles on Windows and Linux)."""
    previous = QGuiApplication.applicationDisplayName()
    QGuiApplication.setApplicationDisplayName("wadesk")
    yield "wadesk"
    QGuiApplication.setApplicationDisplayName(previous)


@pytest.fixture
def full_window(
    qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer, watcher: ThemeWatcher
) -> Iterator[MainWindow]:
    """The demo's window as people see it most, in the application's look: every gateway's account checked, one
    refused, the demo banner, the demo's address book.  Closed after the test."""
    run(qtbot, add_every_gateway(app, sim))
    seed_address_book(app)
    ctx.devices.sync_accounts()
    ctx.demo = DemoPhone(sim)
    window = open_window(qtbot, ctx)
    run(qtbot, ctx.devices.refresh_all())
    window.bridge.flush()
    window.devices.model.flush()
    checks.activate(window)
    yield window
    window.close()


def every_panel(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """Show each panel in turn, once what it reads in the background (the contacts' first page, the facts) is
    shown; its key."""
    for key in PANEL_KEYS:
        window.show_panel(key)
        panel = window.panel(key)
        qtbot.waitUntil(lambda shown=panel: not running() and not composing(shown), timeout=10_000)
        yield key


def composing(panel: object) -> bool:
    """The Composer still about to plan (its timers pending): its buttons may yet change."""
    if not isinstance(panel, ComposerPanel):
        return False
    timers = (panel._plan_timer, panel.recipients._count_timer)
    return panel.planning or any(t.isActive() for t in timers)


def test_the_window_and_every_panel_pass_the_keyboard_walk(qtbot: QtBot, full_window: MainWindow) -> None:
    window = full_window
    for key in every_panel(qtbot, window):
        panel = window.panel(key)
        # The sidebar first, then the panel in reading order, then back to the sidebar.
        # The Composer's two columns are read one after the other (see its own test).
        order = tab_order(panel) if isinstance(panel, ComposerPanel) else checks.reading_order(checks.focusable(panel))
        checks.keyboard_walk(window, [window.sidebar, *order])


def test_the_window_and_every_panel_fit_1024_by_640(qtbot: QtBot, full_window: MainWindow) -> None:
    for _key in every_panel(qtbot, full_window):
        checks.fit_check(full_window)


def test_the_window_fits_half_a_1440_by_900_screen(qtbot: QtBot, full_window: MainWindow) -> None:
    """At 2× a 1440×900 screen is 720×450 logical pixels: the window must be allowed that small, nothing cut."""
    for _key in every_panel(qtbot, full_window):
        checks.fit_check(full_window, QSize(720, 450))


def test_the_window_menus_and_every_panel_speak_plain_words(
    qtbot: QtBot, display_name: str, full_window: MainWindow
) -> None:
    """(The display name is set before the window opens, as ``wadesk`` does.)"""
    assert checks.shown_title(full_window) == "Demo — wadesk"
    for _key in every_panel(qtbot, full_window):
        checks.wording_check(full_window, roles=[SUBTITLE_ROLE])


@pytest.mark.slow
def test_screenshots_at_a_small_size_and_twice_the_pixels(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    done = screenshots(tmp_path, "--size", "1024x640", "--scale", "2")
    assert done.returncode == 0, done.stderr
    for name in (*PANEL_KEYS, "pairing", "account", "preferences", "contacts-import"):
        image = QImage(str(shots / f"{name}.png"))
        assert (image.width(), image.height()) == (2048, 1280), name


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        (["--size", "big"], "--size 'big': give the width and height in pixels, e.g. 1024x640"),
        (["--size", "100x100"], "--size '100x100': from 320x240 to 3840x2160"),
        (["--scale", "0"], "--scale '0': a number from 1 to 4, e.g. 2"),
    ],
)
def test_screenshot_size_and_scale_are_checked(tmp_path: Path, arguments: list[str], error: str) -> None:
    done = screenshots(tmp_path, *arguments, timeout=60)
    assert done.returncode == 2
    assert done.stderr == f"wadesk: {error}\n"


def test_screenshots_get_a_screen_as_big_as_the_pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offscreen, Qt's screen is 800×800 unless told otherwise: dialogs would be squeezed to it."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    screen_file = launch._offscreen_screen((1024, 640), 2.0)
    assert screen_file is not None
    try:
        assert os.environ["QT_QPA_PLATFORM"] == f"offscreen:configfile={screen_file}"
        [screen] = json.loads(screen_file.read_text())["screens"]
        assert (screen["width"], screen["height"]) == (2048, 1280)
    finally:
        screen_file.unlink()
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert launch._offscreen_screen((1024, 640), 2.0) is None
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"


def test_a_first_window_opens_within_the_screen(qtbot: QtBot, ctx: UiContext) -> None:
    """No saved size yet: the window takes its usual size, or less on a smaller screen — never more than it."""
    window = open_window(qtbot, ctx)
    room = window.screen().availableGeometry().size()
    assert window.width() <= room.width() and window.height() <= room.height(), (window.size(), room)
    assert window.width() >= window.minimumSizeHint().width()
    window.close()
