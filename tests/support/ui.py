"""Helpers for GUI tests: run coroutines on the qasync loop while Qt processes events."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Coroutine
from typing import Any, TypeVar

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage, QPixmap
from pytestqt.qtbot import QtBot

from wadesk.app import App
from wadesk.domain.models import Account
from wadesk.simulator import SimulatorServer
from wadesk.ui.context import UiContext
from wadesk.ui.main_window import MainWindow

T = TypeVar("T")


def run(qtbot: QtBot, coro: Coroutine[Any, Any, T], timeout: int = 15_000) -> T:
    """Run ``coro`` on the qasync loop, with Qt processing events meanwhile; return its result."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def decode_qr(picture: QPixmap | QImage) -> str:
    """The text of the QR code in a picture, read the way a phone's camera would."""
    image = picture.toImage() if isinstance(picture, QPixmap) else picture
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))
    assert found, "no QR code could be read from the picture"
    return str(found[0].text)


async def add_sim_account(app: App, sim: SimulatorServer, provider: str, name: str | None = None) -> Account:
    """An account of ``provider`` configured for the simulator (the way a person would fill the form)."""
    return await app.accounts.add(
        name or f"{provider} shop",
        provider,
        base_url=sim.base_url(provider),
        settings=sim.settings(provider),
        secrets=sim.credentials(provider),
    )


def open_window(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    """The main window, shown and exposed."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


async def add_every_gateway(app: App, sim: SimulatorServer) -> list[Account]:
    """One account per simulated gateway (long names, as shops have), and one whose key the gateway refuses.

    What a window shows most of: every kind of row, a gateway's error, a balance instead of a device.
    """
    accounts = [
        await add_sim_account(app, sim, provider, f"Toko Sumber Rejeki {provider.title()} Cabang Surabaya")
        for provider in sim.providers
    ]
    accounts.append(
        await app.accounts.add(
            "Klinik Sehat Sentosa",
            "wablas",
            base_url=sim.base_url("wablas"),
            settings=sim.settings("wablas"),
            secrets={**sim.credentials("wablas"), "token": "a-token-the-gateway-refuses"},
        )
    )
    return accounts
