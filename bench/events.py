"""Event-to-repaint count for a 10,000-message campaign: what the window redraws while the dispatcher publishes.

The campaign's 10,000 messages are in a real store; a worker thread (as the dispatcher's executor would) publishes
``MessagesChanged`` on the change feed, one per committed batch of 100 (Wablas takes 100 a request) and, the worst
case, one per message — in one burst, and spread over a few seconds as a fast gateway would answer.  The window's
side is the real one: the bridge (``ui/bridge.py``) and the status bar's outbox summary, which counts the outbox
in SQL on each signal.  The naive baseline, measured alongside: a relay that turns each event into one queued
signal (so one recount and repaint per event).

    QT_QPA_PLATFORM=offscreen python bench/events.py [--spread SECONDS]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Qt, Signal
from qasync import QEventLoop

from wadesk.app import App, open_app
from wadesk.domain import OutgoingMessage, Recipient
from wadesk.domain.status import DeliveryStatus
from wadesk.launch import make_application
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.events import EventHub, MessagesChanged
from wadesk.ui.bridge import WINDOW_MS, EventBridge
from wadesk.ui.widgets.status_summary import OutboxSummary

MESSAGES = 10_000
BATCH = 100


class NaiveRelay(QObject):
    """One queued signal per event: what a bridge without coalescing would emit."""

    changed = Signal(object)

    def __init__(self, hub: EventHub) -> None:
        super().__init__()
        self.received = 0
        self.changed.connect(self._count, Qt.ConnectionType.QueuedConnection)
        self.close = hub.subscribe(self.changed.emit, MessagesChanged)

    def _count(self, event: MessagesChanged) -> None:
        self.received += 1


def publish(hub: EventHub, batches: list[list[int]], campaign: int, account: int, spread: float) -> float:
    """Publish one event per batch, evenly over ``spread`` seconds; the publisher's CPU seconds."""
    cpu = time.thread_time()
    started = time.perf_counter()
    for n, ids in enumerate(batches):
        hub.publish(MessagesChanged.of(ids, campaign_ids=[campaign], account_ids=[account]))
        if spread:
            ahead = started + spread * (n + 1) / len(batches) - time.perf_counter()
            if ahead > 0:
                cpu -= time.thread_time()
                time.sleep(ahead)
                cpu += time.thread_time()
    return time.thread_time() - cpu


async def scenario(app: App, ids: list[int], campaign: int, account: int, per_event: int, spread: float) -> str:
    recounts = 0
    count = app.store.messages.count_by_status

    def counting() -> dict[DeliveryStatus, int]:
        nonlocal recounts
        recounts += 1
        return count()

    app.store.messages.count_by_status = counting  # type: ignore[method-assign]
    bridge = EventBridge(app.events)
    naive = NaiveRelay(app.events)
    summary = OutboxSummary(app.store, bridge)
    received: list[MessagesChanged] = []
    bridge.messages_changed.connect(received.append)
    while recounts == 0 or summary.text() == "Outbox: checking…":  # the summary's first count, at start
        await asyncio.sleep(0.01)
    recounts = 0
    batches = [ids[i : i + per_event] for i in range(0, len(ids), per_event)]
    cpu: list[float] = []
    worker = threading.Thread(target=lambda: cpu.append(publish(app.events, batches, campaign, account, spread)))
    worker.start()
    while worker.is_alive() or sum(len(e.message_ids) for e in received) < len(ids) or naive.received < len(batches):
        await asyncio.sleep(0.02)
    await asyncio.sleep(3 * WINDOW_MS / 1000)  # let the last window close and its recount finish
    summary.shutdown()
    bridge.close()
    naive.close()
    app.store.messages.count_by_status = count  # type: ignore[method-assign]
    delivered = {i for e in received for i in e.message_ids} == set(ids)
    events, signals = len(batches), len(received)
    label = f"one per {'message' if per_event == 1 else f'batch of {per_event}'}, " + (
        f"over {spread:g} s" if spread else "one burst"
    )
    return (
        f"  {label:<32} {events:>7,} {signals:>8} {recounts:>9} {naive.received:>7,}"
        f"   {naive.received / max(1, signals):>7,.0f}x"
        f"   {cpu[0] * 1e6 / events:>6.1f} µs   {'yes' if delivered else 'NO'}"
    )


async def main(spread: float) -> None:
    with tempfile.TemporaryDirectory(prefix="wadesk-bench-") as folder:
        app = open_app(Path(folder), secrets=SecretStore(MemoryKeyring()))
        try:
            account = await app.accounts.add(
                "bench",
                "wablas",
                base_url="https://wablas.example.com/api",
                settings={},
                secrets={"token": "t", "secret_key": "s"},
            )
            campaign = app.store.outbox.create_campaign(account.id, "bench", "Halo", "none")
            messages = [
                OutgoingMessage(ref_id=f"b{i}", to=Recipient(f"62812{i:08d}1"), text="Halo") for i in range(MESSAGES)
            ]
            ids = [row.id for row in app.outbox.enqueue(account, messages, campaign_id=campaign)]
            print(
                f"{MESSAGES:,}-message campaign; MessagesChanged published from a worker thread; "
                f"bridge window {WINDOW_MS} ms"
            )
            print(
                f"  {'published':<32} {'events':>7} {'signals':>8} {'recounts':>9} {'naive':>7}   {'ratio':>8}"
                f"   {'cost/event':>9}   all ids"
            )
            for per_event in (BATCH, 1):
                for seconds in (0.0, spread):
                    print(await scenario(app, ids, campaign, account.id, per_event, seconds))
            print("  signals: the bridge's messages_changed; recounts: the status bar's SQL count and repaint;")
            print("  naive: a relay's signals, one (and a repaint) per event; ratio: naive / signals;")
            print("  cost/event: the publisher thread's CPU per publish (hub, bridge and relay listeners)")
        finally:
            await app.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--spread", type=float, default=5.0, help="seconds the slower runs spread the events over")
    qt_app = make_application()
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(main(parser.parse_args().spread))
