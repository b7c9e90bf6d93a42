"""Render every panel, the QR pairing view and the account dialog into PNG files (works offscreen).

Dialogs are drawn over the dimmed window, as a person sees them.  Each picture
is taken as soon as what it shows is ready (``settle``), never after a fixed
wait: the pictures are the same however fast the machine is.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from wadesk.domain.capabilities import Capability
from wadesk.domain.models import Account, DeviceState
from wadesk.ui.dialogs.accounts import AccountDialog
from wadesk.ui.dialogs.preferences import PreferencesDialog
from wadesk.ui.main_window import PANEL_KEYS, MainWindow
from wadesk.ui.tasks import running
from wadesk.ui.widgets.qr_view import QrState

SIZE = QSize(1280, 800)


async def settle(window: MainWindow) -> None:
    """Return once what the window shows is current.

    That is: the change feed's pending events delivered (not left to the
    bridge's coalescing timer), every read a widget started finished and shown,
    and Qt's queued work (zero-delay timers, layouts) done.
    """
    while True:
        await asyncio.sleep(0)  # one turn of the loop: Qt's zero-delay timers and queued signals run
        window.bridge.flush()
        QCoreApplication.sendPostedEvents()
        pending = running()
        if not pending:
            return
        await asyncio.wait(pending)


async def wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True


def _over_window(window: QWidget, dialog: QWidget) -> QPixmap:
    base = window.grab()
    painter = QPainter(base)  # in logical pixels, whatever the pictures' device pixel ratio
    outer = base.deviceIndependentSize().toSize()
    painter.fillRect(0, 0, outer.width(), outer.height(), QColor(0, 0, 0, 96))
    picture = dialog.grab()
    inner = picture.deviceIndependentSize().toSize()
    top_left = QPoint((outer.width() - inner.width()) // 2, max(24, (outer.height() - inner.height()) // 2))
    painter.setPen(QColor(0, 0, 0, 60))
    painter.drawRect(top_left.x() - 1, top_left.y() - 1, inner.width() + 1, inner.height() + 1)
    painter.drawPixmap(top_left, picture)
    painter.end()
    return base


def _pairing_candidate(window: MainWindow) -> Account | None:
    """An account whose phone is not paired yet, preferring one whose code wadesk renders itself."""
    snapshots = [s for s in window.ctx.devices.snapshots() if s.info.supports(Capability.QR_PAIRING)]
    unpaired = [s for s in snapshots if s.state is not DeviceState.CONNECTED]
    ranked = sorted(unpaired or snapshots, key=lambda s: not s.info.supports(Capability.DEVICE_INFO))
    return ranked[0].account if ranked else None


async def capture(window: MainWindow, directory: Path, size: QSize = SIZE) -> list[Path]:
    """Write ``<panel>.png`` for every panel, ``pairing.png`` (and, in the demo, ``pairing-paired.png``)
    ``account.png`` and ``preferences.png`` into ``directory``, the window ``size`` logical pixels.

    The pictures have the application's device pixel ratio (``QT_SCALE_FACTOR``): at 2, twice as many pixels.
    """
    directory.mkdir(parents=True, exist_ok=True)
    window.resize(size)
    window.show()
    await settle(window)
    await window.ctx.devices.refresh_all()
    window.devices.model.flush()
    await settle(window)
    written: list[Path] = []

    def save(pixmap: QPixmap, name: str) -> None:
        path = directory / f"{name}.png"
        # Quality 80 is zlib's fastest level: the same pixels, files ~10% larger, written several times faster.
        if not pixmap.save(str(path), "PNG", 80):
            raise OSError(f"could not write {path}")
        written.append(path)

    for key in PANEL_KEYS:
        window.show_panel(key)
        await settle(window)
        save(window.grab(), key)

    window.show_panel("devices")
    account = _pairing_candidate(window)
    if account is not None:
        window.devices.select_account(account.id)
        dialog = window.devices.open_pairing(account)
        await wait_for(lambda: dialog.qr.state is not QrState.LOADING)
        await settle(window)
        save(_over_window(window, dialog), "pairing")
        if dialog.simulate_button is not None and dialog.qr.state is QrState.CODE:
            dialog.simulate_button.click()
            await wait_for(lambda: dialog.qr.state is not QrState.CODE)
            await settle(window)
            save(_over_window(window, dialog), "pairing-paired")
        dialog.close()
        await settle(window)

    editor = AccountDialog(window.ctx, None, window)
    editor.name_edit.setText("Toko Sumber Rejeki")
    first_secret = next(iter(editor.info.settings.secret_fields), None)
    if first_secret is not None:
        editor.field(first_secret.name).setText("kept-in-the-keyring")
    editor.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
    editor.show()
    editor.adjustSize()
    await settle(window)
    save(_over_window(window, editor), "account")
    editor.close()
    await settle(window)

    preferences = PreferencesDialog(window.ctx.home, window)
    preferences.show()
    preferences.adjustSize()
    await settle(window)
    save(_over_window(window, preferences), "preferences")
    preferences.close()
    await settle(window)
    return written
