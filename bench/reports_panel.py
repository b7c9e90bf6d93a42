"""The Reports panel at 100,000 messages: opening it, filtering by words and by status, and the window's event
loop while 10,000 delivery reports arrive.

One process, one store of ``--messages`` messages over the last 30 days on three accounts (the demo's status
mix; the newest 10,000 accepted by the gateway and still on their way), written straight into the store.

- **Open**: ``ReportsPanel`` constructed and shown (offscreen) until its model says the first page is ready and
  the per-status counts are read; median of a few openings, each a new panel.  Baseline: the same panel on a store
  of 100 messages.
- **Filter**: the words in the search box applied (the typing pause left out), then a status picked, each until
  the first page and the counts are ready.  Baseline: plain SQL on the same file (the count, one page newest
  first and the per-status ``GROUP BY`` of the same condition, ``LIKE`` for the words).
- **Stall**: a 5 ms heartbeat on the window's loop while 10,000 reports (sent, delivered, read) arrive in batches
  of 500 through ``StatusPoller.apply_callback`` — the forward-only path a poll's answer takes — with the panel
  open and following the change feed through the bridge.  The longest gap between beats is how long the window
  could not react.  Baseline: the idle panel over the same time.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/reports_panel.py [--messages 100000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import statistics
import tempfile
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import report
from qasync import QEventLoop
from ui_stall import Heartbeat, describe

from wadesk.app import App, open_app
from wadesk.domain.models import OutgoingMessage, Recipient, StatusUpdate
from wadesk.domain.status import DeliveryStatus
from wadesk.launch import keep_startup_out_of_collections, make_application, window_context
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.panels.reports import ReportsPanel

OPENINGS = 3
REPORTS = 10_000
BATCH = 500
WORDS = ("promo", "diskon", "pesanan", "jadwal", "kontrol", "paket", "pembayaran", "katalog", "kupon", "ongkir")
FILTER_WORDS = "kupon ongkir"
MIX = (
    (DeliveryStatus.READ, 52),
    (DeliveryStatus.DELIVERED, 20),
    (DeliveryStatus.SENT, 8),
    (DeliveryStatus.FAILED, 9),
    (DeliveryStatus.CANCELLED, 3),
    (DeliveryStatus.UNCERTAIN, 2),
)


def fill(app: App, count: int, in_flight: int) -> list[tuple[int, str]]:
    """``count`` messages over 30 days on three accounts; the newest ``in_flight`` accepted.  Returns those
    (account id, gateway id)."""
    rng = random.Random(15)
    now = datetime.now(UTC)
    accounts = [app.store.accounts.add(name, "wablas") for name in ("Toko Cahaya", "Klinik Sehat", "Kurir Kilat")]
    statuses, weights = [s for s, _ in MIX], [w for _, w in MIX]
    flying: list[tuple[int, str]] = []
    step = timedelta(days=30) / count
    for start in range(0, count, 10_000):
        numbers = range(start, min(count, start + 10_000))
        account = accounts[(start // 10_000) % len(accounts)]
        messages = [
            OutgoingMessage(
                f"m{n}", Recipient(f"628{rng.randrange(10**9, 10**10)}"), text=" ".join(rng.choices(WORDS, k=5))
            )
            for n in numbers
        ]
        ids = app.store.messages.add_many_ids(account.id, messages)
        entries = []
        for n, message_id in zip(numbers, ids, strict=True):
            created = now - timedelta(days=30) + step * n
            if n >= count - in_flight:
                status, provider_id, error = DeliveryStatus.ACCEPTED, f"g{n}", None
                flying.append((account.id, provider_id))
            else:
                status = rng.choices(statuses, weights)[0]
                provider_id = f"g{n}"
                error = "phone number is not registered" if status is DeliveryStatus.FAILED else None
            entries.append((message_id, status, created, created + timedelta(minutes=3), provider_id, error))
        app.store.messages.set_history(entries)
    return flying


async def ready(panel: ReportsPanel) -> None:
    view = panel.messages
    while view.busy:
        await asyncio.sleep(0.001)


async def open_panels(ctx: UiContext, bridge: EventBridge) -> tuple[float, ReportsPanel]:
    """Median ms until the first page and the counts are shown; the last panel stays open."""
    opened: list[float] = []
    panel: ReportsPanel | None = None
    for _ in range(OPENINGS):
        if panel is not None:
            panel.shutdown()
            panel.close()
            panel.deleteLater()
        started = time.perf_counter()
        panel = ReportsPanel(ctx, bridge)
        panel.resize(1000, 640)
        panel.show()
        await ready(panel)
        opened.append((time.perf_counter() - started) * 1000)
        assert panel.messages.model.rowCount() > 0
    assert panel is not None
    return statistics.median(opened), panel


async def filtered(panel: ReportsPanel, change: object) -> float:
    started = time.perf_counter()
    assert callable(change)
    change()
    await asyncio.sleep(0)
    await ready(panel)
    return (time.perf_counter() - started) * 1000


def plain_sql(database: Path, where: str, params: tuple[object, ...]) -> float:
    """ms for the count, a page newest first and the counts per status of ``where``, straight in SQL."""
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("SELECT count(*) FROM messages").fetchone()
        started = time.perf_counter()
        connection.execute(f"SELECT count(*) FROM messages WHERE {where}", params).fetchone()
        connection.execute(
            f"SELECT id, recipient, body_json, status FROM messages WHERE {where} ORDER BY id DESC LIMIT 100",
            params,
        ).fetchall()
        connection.execute(f"SELECT status, count(*) FROM messages WHERE {where} GROUP BY status", params).fetchall()
        return (time.perf_counter() - started) * 1000


async def reports_arrive(app: App, panel: ReportsPanel, flying: list[tuple[int, str]]) -> tuple[list[float], float]:
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    accounts = {a.id: a for a in app.accounts.list()}
    order = (DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.READ)
    sent = 0
    for start in range(0, len(flying), BATCH):
        batch = flying[start : start + BATCH]
        status = order[(start // BATCH) % len(order)]
        for account_id in {a for a, _ in batch}:
            updates = [StatusUpdate(status, pid) for a, pid in batch if a == account_id]
            await app.poller.apply_callback(accounts[account_id], updates, source="bench")
            sent += len(updates)
        await asyncio.sleep(0.02)  # a poll's answers come apart
    assert panel.bridge is not None
    panel.bridge.flush()
    await ready(panel)
    seconds = time.perf_counter() - started
    assert sent == len(flying)
    return heartbeat.stop(), seconds


async def idle(seconds: float) -> list[float]:
    heartbeat = Heartbeat()
    heartbeat.start()
    await asyncio.sleep(seconds)
    return heartbeat.stop()


async def measure(home: Path, small: Path, count: int) -> None:
    app = open_app(home, secrets=SecretStore(MemoryKeyring()))
    few = open_app(small, secrets=SecretStore(MemoryKeyring()))
    flying = await asyncio.to_thread(fill, app, count, min(REPORTS, count))
    await asyncio.to_thread(fill, few, 100, 10)
    ctx, few_ctx = window_context(app, refresh_seconds=3600), window_context(few, refresh_seconds=3600)
    bridge, few_bridge = EventBridge(ctx.events), EventBridge(few_ctx.events)
    try:
        small_open, small_panel = await open_panels(few_ctx, few_bridge)
        small_panel.shutdown()
        small_panel.close()
        open_ms, panel = await open_panels(ctx, bridge)
        bridge.changes.connect(panel.on_changes)
        keep_startup_out_of_collections()  # as the window does once it is shown
        view = panel.messages

        def words() -> None:
            view.filters.search.setText(FILTER_WORDS)
            view.filters.search.returnPressed.emit()

        def failed() -> None:
            view.filters.status.setCurrentIndex(view.filters.status.findData(str(DeliveryStatus.FAILED)))

        def clear() -> None:
            view.filters.clear()

        text_ms = await filtered(panel, words)
        shown_words = view.model.rowCount()
        await filtered(panel, clear)
        status_ms = await filtered(panel, failed)
        shown_failed = view.model.rowCount()
        await filtered(panel, clear)
        database = home / "wadesk.sqlite3"
        like = "(json_extract(body_json, '$.text') LIKE ?1 OR recipient LIKE ?1 OR error LIKE ?1)"
        sql_text_ms = plain_sql(database, like, (f"%{FILTER_WORDS}%",))
        sql_status_ms = plain_sql(database, "status = ?", ("failed",))

        gaps, seconds = await reports_arrive(app, panel, flying)
        quiet = await idle(max(2.0, seconds))
        read = view.chips.counts.get(DeliveryStatus.READ, 0)
        panel.shutdown()
        panel.close()
    finally:
        bridge.close()
        few_bridge.close()
        await ctx.devices.aclose()
        await few_ctx.devices.aclose()
        await app.aclose()
        await few.aclose()

    print(f"{count:,} messages; {shown_words:,} with “{FILTER_WORDS}”, {shown_failed:,} failed; {read:,} read after")
    describe(f"{len(flying):,} reports arriving", gaps, seconds)
    describe("idle panel", quiet, max(2.0, seconds))
    report(f"Reports panel open at {count:,} (first page and counts ready), vs the same panel at 100", open_ms,
           small_open, "ms", target="< 300 ms", higher_is_better=False)  # fmt: skip
    report(f"filter by words at {count:,} (page and counts ready), vs plain SQL LIKE", text_ms, sql_text_ms, "ms",
           target="< 100 ms", higher_is_better=False)  # fmt: skip
    report(f"filter by status at {count:,} (page and counts ready), vs plain SQL", status_ms, sql_status_ms, "ms",
           target="< 100 ms", higher_is_better=False)  # fmt: skip
    report(f"longest event-loop stall while {len(flying):,} reports arrive, vs the idle panel", max(gaps),
           max(quiet), "ms", target="< 50 ms", higher_is_better=False)  # fmt: skip


def main(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="wadesk-bench-") as folder:
        qt_app = make_application()
        loop = QEventLoop(qt_app)
        asyncio.set_event_loop(loop)
        with loop:
            loop.run_until_complete(measure(Path(folder) / "home", Path(folder) / "small", count))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=100_000)
    main(parser.parse_args().messages)
