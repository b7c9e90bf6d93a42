"""Sorting and filtering 100,000 messages: the SQL-paged table model against a Python list model.

Three ways to sort and filter the same rows, all in this script:
- a Python list model under a QSortFilterProxyModel (the proxy calls ``data``
  for every comparison: the whole window waits);
- the same list sorted in Python, then ``layoutChanged`` (what the issue quotes
  as ~0.1 s; filtering that way means rebuilding the list);
- the paged model (``ui/models/paged.py``): SQL counts, sorts and filters in a
  worker thread and the first page is shown; the window's thread is measured
  with a 5 ms heartbeat.
Figures are printed, never asserted.  Run:
QT_QPA_PLATFORM=offscreen python bench/paged_model.py [ROWS]
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QTableView
from qasync import QEventLoop

from wadesk.domain.models import OutgoingMessage, Recipient
from wadesk.launch import make_application
from wadesk.services.history import MessageFilter, MessageHistory
from wadesk.store import Store, open_store
from wadesk.ui.models.messages import MessageColumn, MessageTableModel

WORDS = ("halo", "promo", "diskon", "besar", "hari", "ini", "jangan", "lupa", "datang", "ke", "toko", "kami")
FILTER = "kupon"  # in one message of 7


class Heartbeat(QObject):
    """The longest the window's thread went without running a 5 ms timer."""

    def __init__(self) -> None:
        super().__init__()
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._beat()
        self._timer.stop()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


class ListModel(QAbstractTableModel):
    """Every row in a Python list; ``data`` as cheap as it gets (the stored text, no formatting)."""

    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MessageColumn)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self.rows[index.row()][index.column()]

    def sort_in_python(self, column: int) -> None:
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda row: row[column])
        self.layoutChanged.emit()


def fill(store: Store, count: int) -> None:
    rng = random.Random(7)
    account = store.accounts.add("Toko Cahaya", "wablas")
    for start in range(0, count, 10_000):
        batch = []
        for n in range(start, min(count, start + 10_000)):
            words = rng.choices(WORDS, k=6)
            if n % 7 == 0:
                words.insert(3, FILTER)
            batch.append(
                OutgoingMessage(f"m{n}", Recipient(f"628{rng.randrange(10**9, 10**10)}"), text=" ".join(words))
            )
        store.messages.add_many(account.id, batch)


def timed(action: Any) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


async def paged(model: MessageTableModel, heartbeat: Heartbeat, action: Any) -> tuple[float, float]:
    """Seconds until the first page of the new order is there, and the longest stall of the window's thread."""
    done = asyncio.Event()
    model.ready.connect(done.set)
    heartbeat.start()
    started = time.perf_counter()
    action()
    await done.wait()
    elapsed = time.perf_counter() - started
    heartbeat.stop()
    model.ready.disconnect(done.set)
    return elapsed, heartbeat.longest


def stalled(seconds: float) -> str:
    return f"longest stall of the window's thread {seconds * 1000:.0f} ms (its repaint included)"


def ratio(what: str, proxy: float, listed: float, paged: float) -> None:
    print(f"{what + ':':<8} proxy / paged = {proxy / paged:7.1f}x   list / paged = {listed / paged:5.2f}x")


def line(label: str, seconds: float, note: str = "") -> None:
    print(f"{label:<58} {seconds * 1000:10.1f} ms  {note}")


async def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder))
        try:
            print(f"writing {count:,} messages…", flush=True)
            fill(store, count)
            rows = [
                (r.created_at.isoformat(), r.account, r.recipient, r.text, str(r.status), r.updated_at.isoformat())
                for r in store.message_list.page(0, count)
            ]
            heartbeat = Heartbeat()

            # -- the paged model ------------------------------------------------------------------------
            model = MessageTableModel(MessageHistory(store))
            view = QTableView()
            view.setModel(model)
            view.resize(1000, 700)
            view.show()
            opened, _ = await paged(model, heartbeat, lambda: None)
            sort_paged, sort_stall = await paged(
                model, heartbeat, lambda: model.sort(MessageColumn.RECIPIENT, Qt.SortOrder.AscendingOrder)
            )
            filter_paged, filter_stall = await paged(model, heartbeat, lambda: model.set_filter(MessageFilter(FILTER)))
            matches = model.rowCount()
            held = model.rows_in_memory()
            view.close()

            # -- the list model ---------------------------------------------------------------------------
            source = ListModel(list(rows))
            proxy = QSortFilterProxyModel()
            proxy.setSourceModel(source)
            sort_proxy = timed(lambda: proxy.sort(MessageColumn.RECIPIENT, Qt.SortOrder.AscendingOrder))
            proxy.setFilterKeyColumn(MessageColumn.TEXT)
            filter_proxy = timed(lambda: proxy.setFilterFixedString(FILTER))
            assert proxy.rowCount() == matches
            plain = ListModel(list(rows))
            sort_list = timed(lambda: plain.sort_in_python(MessageColumn.RECIPIENT))
            filter_list = timed(lambda: setattr(plain, "rows", [r for r in plain.rows if FILTER in r[3]]))

            print(f"\n{count:,} messages, sorted by number, then filtered to {matches:,} holding {FILTER!r}:\n")
            waits = "the window waits all along (its repaint not counted)"
            line("paged model: open (count + first page)", opened)
            line("paged model: sort, until the first page is there", sort_paged, stalled(sort_stall))
            line("paged model: filter, until the first page is there", filter_paged, stalled(filter_stall))
            line("list model + QSortFilterProxyModel: sort", sort_proxy, waits)
            line("list model + QSortFilterProxyModel: filter", filter_proxy, waits)
            line("list sorted in Python + layoutChanged", sort_list, waits)
            line("list filtered in Python (a new list)", filter_list, waits)
            print()
            ratio("sort", sort_proxy, sort_list, sort_paged)
            ratio("filter", filter_proxy, filter_list, filter_paged)
            most = model.max_pages * model.page_size
            print(f"rows in memory: paged model {held:,} (never more than {most:,}), list models {count:,} each")
        finally:
            store.close()


if __name__ == "__main__":
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    qt_app = make_application()
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(main(total))
