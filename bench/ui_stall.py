"""UI stall: the window's event loop while its outbox sends 20,000 Wablas messages, and while 5,000 are queued in it.

A 5 ms heartbeat timer runs on the window's Qt/asyncio loop (qasync); the gaps between beats are how long the
window could not react.  Measured in one run, against the simulator in its own process:

* the idle window (the baseline): the main window shown, nothing sending;
* sending: ``--count`` Wablas messages queued (pace ``none``) and sent by the outbox service the window runs
  (``Outbox.serve``), the window following the change feed (status bar, panels), until all are answered;
* queuing ``--queue`` messages from the window's loop the way the sending service does it (``Outbox.queue``;
  ``--sync`` measures the synchronous ``Outbox.enqueue`` instead, for comparison).

    .venv/bin/python bench/ui_stall.py [--count 20000] [--queue 5000] [--sync]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import SIM_SECRETS, Simulator, report, simulator
from PySide6.QtCore import QObject, QTimer
from qasync import QEventLoop
from send_chatbot import messages

from wadesk.app import App, open_app
from wadesk.domain import Account, DeliveryStatus
from wadesk.launch import keep_startup_out_of_collections, make_application, window_context
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.ui.main_window import MainWindow
from wadesk.ui.theme import ThemeWatcher


class Heartbeat(QObject):
    """A 5 ms timer on the window's loop, recording the gaps between its beats."""

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

    def stop(self) -> list[float]:
        self._timer.stop()
        return [gap * 1000 for gap in self.gaps]

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now


def p99(gaps: list[float]) -> float:
    ordered = sorted(gaps)
    return ordered[max(0, int(len(ordered) * 0.99) - 1)] if ordered else 0.0


def describe(label: str, gaps: list[float], seconds: float) -> None:
    print(f"  {label:<34} max {max(gaps):6.1f} ms   p99 {p99(gaps):5.1f} ms   over {seconds:5.1f} s")


async def idle(heartbeat: Heartbeat, seconds: float = 2.0) -> list[float]:
    heartbeat.start()
    await asyncio.sleep(seconds)
    return heartbeat.stop()


async def sending(app: App, account: Account, heartbeat: Heartbeat, count: int) -> tuple[list[float], float]:
    campaign = app.store.outbox.create_campaign(account.id, "bench", "Halo", "none")
    await app.outbox.queue(account, messages(count, "s"), campaign_id=campaign)
    heartbeat.start()
    started = time.perf_counter()
    service = asyncio.ensure_future(app.outbox.serve())
    try:
        while True:  # the outbox says when it ran out of work; counted off the loop like the status bar does
            await asyncio.sleep(0.25)
            counts = await asyncio.to_thread(app.store.messages.count_by_status, account.id)
            if not counts[DeliveryStatus.QUEUED] and not counts[DeliveryStatus.SENDING]:
                break
    finally:
        service.cancel()
        await asyncio.gather(service, return_exceptions=True)
    elapsed = time.perf_counter() - started
    accepted = app.store.messages.count_by_status(account.id)[DeliveryStatus.ACCEPTED]
    if accepted < count:
        raise SystemExit(f"only {accepted} of {count} were accepted")
    return heartbeat.stop(), elapsed


async def queuing(app: App, account: Account, heartbeat: Heartbeat, count: int, sync: bool) -> list[float]:
    batch = messages(count, "q")  # what the window would have in hand already
    heartbeat.start()
    await asyncio.sleep(0.05)
    if sync:
        app.outbox.enqueue(account, batch)
    else:
        await app.outbox.queue(account, batch)
    await asyncio.sleep(0.05)
    return heartbeat.stop()


async def main(sim: Simulator, count: int, queue: int, sync: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        app = open_app(Path(folder), secrets=SecretStore(MemoryKeyring()))
        try:
            account = await app.accounts.add(
                "Toko", "wablas", base_url=sim.urls["wablas"], settings={}, secrets=SIM_SECRETS["wablas"]
            )
            ctx = window_context(app, refresh_seconds=3600)
            monitor = ctx.devices
            window = MainWindow(ctx)
            window.resize(1280, 800)
            window.show()
            keep_startup_out_of_collections()  # as the app does once its window is shown
            await asyncio.sleep(0.5)
            heartbeat = Heartbeat()
            base = await idle(heartbeat)
            sent, seconds = await sending(app, account, heartbeat, count)
            queued = await queuing(app, account, heartbeat, queue, sync)
            window.close()
            await monitor.aclose()
        finally:
            await app.aclose()
    print("Window's event loop (5 ms heartbeat), Wablas simulator in its own process")
    describe("idle window (baseline)", base, 2.0)
    describe(f"sending {count:,} (Wablas, 100 a request)", sent, seconds)
    describe(f"queuing {queue:,} ({'enqueue' if sync else 'Outbox.queue'})", queued, 0.0)
    report("UI stall while sending", max(sent), max(base), "ms max gap", target="max < 50 ms", higher_is_better=False)
    report(
        "UI stall while sending (p99)", p99(sent), p99(base), "ms p99 gap", target="p99 < 16 ms", higher_is_better=False
    )
    report(
        f"UI stall while queuing {queue:,}",
        max(queued),
        max(base),
        "ms max gap",
        target="not hundreds of ms",
        higher_is_better=False,
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--queue", type=int, default=5_000)
    parser.add_argument("--sync", action="store_true", help="queue with the synchronous Outbox.enqueue")
    args = parser.parse_args()
    qt_app = make_application()
    ThemeWatcher(qt_app)
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with simulator() as sim, loop:
        loop.run_until_complete(main(sim, args.count, args.queue, args.sync))
