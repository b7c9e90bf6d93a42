"""GUI fixtures: a qasync loop driven by pytest-qt, the simulator over loopback, a real store in tmp_path."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qasync import QEventLoop

from tests.support.indonesian import speaking_indonesian
from tests.support.ui import run
from wadesk.app import App, open_app
from wadesk.launch import window_context
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.simulator import ManualClock, SimulatorServer
from wadesk.ui.context import UiContext
from wadesk.ui.theme import ThemeWatcher


@pytest.fixture
def qloop(qapp: QApplication, qtbot: QtBot) -> Iterator[QEventLoop]:
    """An asyncio loop that runs inside Qt's: coroutines advance whenever qtbot lets Qt process events."""
    loop = QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = asyncio.all_tasks(loop)
        for task in pending:
            task.cancel()
        qtbot.waitUntil(lambda: all(task.done() for task in pending), timeout=5000)
        # Not loop.stop(): it calls QApplication.exit(), after which every nested Qt event loop (qtbot.wait)
        # returns at once for the rest of the session.  Mark it stopped the way qasync's run_forever ends.
        loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
        loop._after_run_forever()  # type: ignore[attr-defined]
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)
        loop.close()


@pytest.fixture
def sim(qtbot: QtBot, qloop: QEventLoop) -> Iterator[SimulatorServer]:
    """Every simulated gateway on a free loopback port, its clock standing at the time the test starts.

    The window reads the real clock, so the gateway starts there too (its subscription dates are ahead, not
    in the past), but stands still: a QR code shown is still the gateway's current one when the test scans it,
    however slow the machine and wherever the 20-second rotation falls.
    """
    server = SimulatorServer(port=0, clock=ManualClock(time.time()))
    run(qtbot, server.start())
    try:
        yield server
    finally:
        run(qtbot, server.stop())


@pytest.fixture
def keyring_memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def app(tmp_path: Path, qtbot: QtBot, qloop: QEventLoop, keyring_memory: MemoryKeyring) -> Iterator[App]:
    opened = open_app(tmp_path / "home", secrets=SecretStore(keyring_memory))
    try:
        yield opened
    finally:
        run(qtbot, opened.aclose())


@pytest.fixture
def ctx(app: App, qtbot: QtBot) -> Iterator[UiContext]:
    ctx = window_context(app, refresh_seconds=3600, pairing_poll_seconds=0.1)
    yield ctx
    run(qtbot, ctx.devices.aclose())  # its cancelled checks let go of their connections before the app closes


@pytest.fixture
def indonesian(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The window in Bahasa Indonesia, from a .qm built of the .ts sources as they are; English again after."""
    with speaking_indonesian(tmp_path / "qm", monkeypatch):
        yield


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """The window in English as on an English-speaking computer: numbers "100,000" whatever the machine's locale
    (the C locale of a bare machine writes 100000), as ``i18n.apply("en")`` sets it when wadesk starts."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        yield
    finally:
        QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def _collect_after_each() -> Iterator[None]:
    """A socket or file a test left open is reported at that test, not at whichever test the collector runs in."""
    yield
    gc.collect()


@pytest.fixture
def watcher(qapp: QApplication) -> Iterator[ThemeWatcher]:
    """The theme watcher the window is started with; the application's look is put back after the test."""
    watcher = ThemeWatcher(qapp)
    try:
        yield watcher
    finally:
        qapp.setStyleSheet("")
        qapp.setPalette(QPalette())
        watcher.deleteLater()
