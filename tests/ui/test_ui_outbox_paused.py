"""When the outbox service of the open window stops on an error, the window says so in plain words and the
service carries on by itself (the details, traceback included, go to the log only)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qasync import QEventLoop

from tests.support.ui import run
from wadesk.app import App, open_app
from wadesk.domain import OutgoingMessage, Recipient
from wadesk.domain.models import Account, SendResult
from wadesk.launch import show_window
from wadesk.providers.base import Provider
from wadesk.providers.registry import build_provider
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.simulator import SimulatorServer
from wadesk.ui.main_window import MainWindow
from wadesk.ui.theme import ThemeWatcher


def buggy(account: Account, secrets: Mapping[str, str]) -> Provider:
    """A real provider whose every send hits a bug (a plain ``RuntimeError``, not a gateway answer)."""
    provider = build_provider(account, secrets)

    async def send(batch: Sequence[OutgoingMessage]) -> list[SendResult]:
        raise RuntimeError("KeyError: 'data'")

    provider.send = send  # type: ignore[method-assign]
    return provider


@pytest.fixture
def buggy_app(tmp_path: Path, qtbot: QtBot, qloop: QEventLoop) -> Iterator[App]:
    opened = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()), factory=buggy)
    try:
        yield opened
    finally:
        run(qtbot, opened.aclose())


def test_the_window_says_that_sending_paused(
    qtbot: QtBot, buggy_app: App, sim: SimulatorServer, watcher: ThemeWatcher
) -> None:
    app = buggy_app
    account = run(
        qtbot,
        app.accounts.add(
            "shop", "wablas", base_url=sim.base_url("wablas"), settings={}, secrets=sim.credentials("wablas")
        ),
    )
    app.outbox.enqueue(account, [OutgoingMessage(ref_id="r1", to=Recipient("6281234567890"), text="Halo")])
    shown = asyncio.ensure_future(show_window(app, watcher))
    qtbot.waitUntil(lambda: any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets()))
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    try:
        qtbot.waitUntil(lambda: "Sending paused" in window.statusBar().currentMessage(), timeout=15_000)
        text = window.statusBar().currentMessage()
        assert "log" in text and "tries again" in text
        assert "Traceback" not in text and "unexpected" not in text.lower() and "KeyError" not in text
    finally:
        window.close()
        qtbot.waitUntil(shown.done, timeout=15_000)
    assert shown.result() == 0
    assert app.outbox.on_trouble is None
