"""Event-loop stall while the Devices panel refreshes 50 devices against the simulator.

A 5 ms heartbeat timer runs on the Qt/asyncio loop while the window refreshes
every device; the longest gap between two beats is the longest time the window
could not react.  Run:  QT_QPA_PLATFORM=offscreen python bench/ui_stall.py [DEVICES]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, QTimer
from qasync import QEventLoop

from wadesk.app import open_app
from wadesk.launch import make_application
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.devices import DeviceMonitor
from wadesk.simulator import SimulatorServer
from wadesk.ui.context import UiContext
from wadesk.ui.main_window import MainWindow
from wadesk.ui.theme import ThemeWatcher


class Heartbeat(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now


def report(label: str, gaps: list[float], seconds: float) -> None:
    ordered = sorted(gaps)
    p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0
    print(
        f"{label:<28} max stall {max(gaps) * 1000:6.1f} ms   p99 {p99 * 1000:5.1f} ms   "
        f"median {statistics.median(gaps) * 1000:4.1f} ms   refresh took {seconds:.2f} s"
    )


async def main(devices: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with SimulatorServer(["wablas"], port=0) as sim:
            app = open_app(Path(folder), secrets=SecretStore(MemoryKeyring()))
            try:
                for n in range(devices):
                    await app.accounts.add(
                        f"Toko {n:03d}",
                        "wablas",
                        base_url=sim.base_url("wablas"),
                        settings=sim.settings("wablas"),
                        secrets=sim.credentials("wablas"),
                    )
                monitor = DeviceMonitor(app.accounts, app.events)
                monitor.sync_accounts()
                ctx = UiContext(
                    home=app.home,
                    store=app.store,
                    secrets=app.secrets,
                    accounts=app.accounts,
                    devices=monitor,
                    events=app.events,
                    refresh_seconds=3600,
                )
                window = MainWindow(ctx)
                window.resize(1280, 800)
                window.show()
                await asyncio.sleep(0.2)
                heartbeat = Heartbeat()
                for label in ("first refresh (cold)", "second refresh (warm)"):
                    heartbeat.start()
                    started = time.perf_counter()
                    await monitor.refresh_all()
                    window.bridge.flush()
                    await asyncio.sleep(0.05)
                    elapsed = time.perf_counter() - started
                    heartbeat.stop()
                    report(f"{devices} devices, {label}", heartbeat.gaps, elapsed)
                window.close()
            finally:
                await app.aclose()


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    qt_app = make_application()
    ThemeWatcher(qt_app)
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(main(count))
