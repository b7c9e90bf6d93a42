"""Composer stall: the window's event loop while a message for 5,000 recipients from a CSV file is written.

A 5 ms heartbeat timer runs on the window's Qt/asyncio loop (qasync); the gaps between beats are how long the
window could not react.  Measured in one run, in the Composer of the main window (a Wablas account on the
simulator, in its own process):

* the idle window (the baseline): the Composer shown, nothing happening;
* composing: a ``--rows`` CSV file chosen as the recipients (read, mapped, counted), a text with ``{Nama}`` and
  ``{Kota}`` typed a character at a time (each change previews, plans the whole send again and saves the draft,
  debounced), the preview stepped through 20 recipients, until the last plan is made.

    .venv/bin/python bench/composer_stall.py [--rows 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import SIM_SECRETS, Simulator, report, simulator
from qasync import QEventLoop
from ui_stall import Heartbeat, describe, p99

from wadesk.launch import keep_startup_out_of_collections, make_application, window_context
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.ui.main_window import MainWindow
from wadesk.ui.panels.composer import ComposerPanel
from wadesk.ui.theme import ThemeWatcher

TEXT = "Halo {Nama}, promo akhir tahun untuk pelanggan di {Kota}: diskon 30% sampai Minggu!"
CITIES = ("Bandung", "Surabaya", "Medan", "Solo", "Makassar")


def write_csv(path: Path, rows: int) -> Path:
    lines = ["Nama,Nomor HP,Kota"]
    lines += [f"Pelanggan {i},0812{i:08d},{CITIES[i % len(CITIES)]}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


async def until(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise SystemExit("the Composer did not get there in time")
        await asyncio.sleep(0.01)


def settled(panel: ComposerPanel) -> bool:
    timers = (panel._plan_timer, panel._preview_timer, panel.recipients._count_timer)
    return not any(t.isActive() for t in timers) and not panel.planning and panel.plan is not None


async def composing(panel: ComposerPanel, heartbeat: Heartbeat, path: Path, rows: int) -> tuple[list[float], float]:
    heartbeat.start()
    started = time.perf_counter()
    picker = panel.recipients
    picker.tabs.select(3)
    picker.open_file(path)
    await until(lambda: picker.file_dialog is not None and picker.file_dialog.isVisible())
    dialog = picker.file_dialog
    assert dialog is not None
    dialog.set_variables([0, 2])
    dialog.use_button.click()
    await until(lambda: picker.count() == rows)
    for end in range(1, len(TEXT) + 1):
        panel.editor.set_text(TEXT[:end])  # as typed, a character at a time
        await asyncio.sleep(0.03)
    await until(lambda: settled(panel) and len(panel.plan.messages) == rows if panel.plan else False)
    for _ in range(20):
        panel.next_button.click()
        await asyncio.sleep(0.03)
    elapsed = time.perf_counter() - started
    return heartbeat.stop(), elapsed


async def main(sim: Simulator, rows: int) -> None:
    from wadesk.app import open_app

    with tempfile.TemporaryDirectory() as folder:
        app = open_app(Path(folder) / "home", secrets=SecretStore(MemoryKeyring()))
        try:
            await app.accounts.add(
                "Toko", "wablas", base_url=sim.urls["wablas"], settings={}, secrets=SIM_SECRETS["wablas"]
            )
            ctx = window_context(app, refresh_seconds=3600)
            window = MainWindow(ctx)
            window.resize(1280, 800)
            window.show()
            keep_startup_out_of_collections()  # as the app does once its window is shown
            window.show_panel("composer")
            panel = window.panel("composer")
            assert isinstance(panel, ComposerPanel)
            await asyncio.sleep(0.5)
            heartbeat = Heartbeat()
            heartbeat.start()
            await asyncio.sleep(2.0)
            base = heartbeat.stop()
            gaps, seconds = await composing(panel, heartbeat, write_csv(Path(folder) / "pelanggan.csv", rows), rows)
            window.close()
            await ctx.devices.aclose()
        finally:
            await app.aclose()
    print("Window's event loop (5 ms heartbeat) in the Composer")
    describe("idle Composer (baseline)", base, 2.0)
    describe(f"composing for {rows:,} CSV recipients", gaps, seconds)
    report("Composer stall (max)", max(gaps), max(base), "ms max gap", target="max < 50 ms", higher_is_better=False)
    report("Composer stall (p99)", p99(gaps), p99(base), "ms p99 gap", target="p99 < 16 ms", higher_is_better=False)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=5_000)
    args = parser.parse_args()
    qt_app = make_application()
    ThemeWatcher(qt_app)
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with simulator() as sim, loop:
        loop.run_until_complete(main(sim, args.rows))
