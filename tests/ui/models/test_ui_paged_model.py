"""The SQL-paged table model: 100,000 messages in a real SQLite file, sorted and filtered there, a few pages held."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from qasync import QEventLoop

from wadesk.domain.models import OutgoingMessage, Recipient
from wadesk.domain.status import DeliveryStatus
from wadesk.services.events import MessagesChanged, SettingsChanged
from wadesk.services.history import MessageFilter, MessageHistory, MessageListRow
from wadesk.store import Store, open_store
from wadesk.store.timestamps import to_text
from wadesk.ui.models.messages import MessageColumn, MessageTableModel
from wadesk.ui.models.paged import ROW_ROLE

ROWS = 100_000
ACCOUNTS = {1: "Toko Cahaya", 2: "apotek Sehat", 3: "Bengkel Jaya"}  # name order: apotek, Bengkel, Toko
WORDS = ("halo", "promo", "diskon", "besar", "hari", "ini", "jangan", "lupa", "datang", "ke", "toko", "kami")
START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


class Made(NamedTuple):
    id: int
    account_id: int
    recipient: str
    text: str
    status: str
    updated: int  # seconds after START (the stored text sorts the same way)


_INDEXES = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages' AND sql IS NOT NULL"
_STAMP = f"strftime('%Y-%m-%dT%H:%M:%S.000000+00:00', ? + {int(START.timestamp())}, 'unixepoch')"


def fill(path: Path, count: int) -> list[Made]:
    """``count`` messages written straight into the file (the store's own insert takes a while for 100,000)."""
    rng = random.Random(7)
    statuses = [str(s) for s in DeliveryStatus]
    made: list[Made] = []
    for n in range(1, count + 1):
        words = rng.choices(WORDS, k=6)
        if n % 7 == 0:
            words.insert(3, "kupon")
        recipient = f"628{rng.randrange(10**9, 10**10)}"
        made.append(Made(n, n % 3 + 1, recipient, " ".join(words), rng.choice(statuses), n + rng.randrange(10**6)))
    with sqlite3.connect(path) as connection:
        # The message indexes are built once the rows are in, which is much faster than growing them row by row.
        indexes = connection.execute(_INDEXES).fetchall()
        for name, _sql in indexes:
            connection.execute(f"DROP INDEX {name}")
        connection.executemany(
            "INSERT INTO accounts (id, name, provider, created_at, key_id) VALUES (?, ?, 'wablas', ?, ?)",
            [(i, name, to_text(START), f"key{i}") for i, name in ACCOUNTS.items()],
        )
        connection.executemany(
            "INSERT INTO messages (id, account_id, ref_id, recipient, kind, body_json, status, created_at, updated_at)"
            f" VALUES (?, ?, 'ref' || ?, ?, 'text', json_object('text', ?), ?, {_STAMP}, {_STAMP})",
            ((m.id, m.account_id, m.id, m.recipient, m.text, m.status, m.id, m.updated) for m in made),
        )
        for _name, sql in indexes:
            connection.execute(sql)
    return made


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, list[Made]]]:
    home = tmp_path_factory.mktemp("big")
    open_store(home).close()  # the schema
    made = fill(home / "wadesk.sqlite3", ROWS)
    with open_store(home) as store:
        yield store, made


def settle(qtbot: QtBot, model: MessageTableModel) -> None:
    qtbot.waitUntil(lambda: not model.busy, timeout=20_000)


def row_at(qtbot: QtBot, model: MessageTableModel, position: int) -> MessageListRow:
    """The row at ``position``, its page read the way a view's asking reads it."""
    value = model.index(position, 0).data(ROW_ROLE)
    if value is None:
        settle(qtbot, model)
        value = model.index(position, 0).data(ROW_ROLE)
    assert isinstance(value, MessageListRow)
    return value


def ids_at(qtbot: QtBot, model: MessageTableModel, positions: list[int]) -> list[int]:
    return [row_at(qtbot, model, p).id for p in positions]


SPOTS = [0, 1, 99, 100, 12_345, 54_321, 99_998, 99_999]


def test_sorting_100k_rows_in_sql_gives_the_right_rows(
    qtbot: QtBot, qloop: QEventLoop, big: tuple[Store, list[Made]]
) -> None:
    store, made = big
    model = MessageTableModel(MessageHistory(store), page_size=100, max_pages=4)
    settle(qtbot, model)
    assert model.rowCount() == ROWS
    assert ids_at(qtbot, model, SPOTS) == [ROWS - p for p in SPOTS]  # newest first

    orders = {
        (MessageColumn.RECIPIENT, False): sorted(made, key=lambda m: (m.recipient, m.id)),
        (MessageColumn.UPDATED, True): sorted(made, key=lambda m: (m.updated, m.id), reverse=True),
        (MessageColumn.STATUS, False): sorted(made, key=lambda m: (m.status, m.id)),
        (MessageColumn.ACCOUNT, True): sorted(made, key=lambda m: (ACCOUNTS[m.account_id].lower(), m.id), reverse=True),
        (MessageColumn.CREATED, False): made,
    }
    for (column, descending), expected in orders.items():
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        model.sort(column, order)
        settle(qtbot, model)
        assert model.rowCount() == ROWS
        assert ids_at(qtbot, model, SPOTS) == [expected[p].id for p in SPOTS], (column, descending)
        assert model.rows_in_memory() <= 4 * 100

    model.sort(MessageColumn.TEXT)  # not sortable: nothing happens
    assert not model.busy


def test_filtering_100k_rows_in_sql_gives_the_right_rows(
    qtbot: QtBot, qloop: QEventLoop, big: tuple[Store, list[Made]]
) -> None:
    store, made = big
    model = MessageTableModel(MessageHistory(store), page_size=100, max_pages=4)
    model.sort(MessageColumn.RECIPIENT, Qt.SortOrder.AscendingOrder)
    model.set_filter(MessageFilter("kupon"))
    settle(qtbot, model)
    expected = sorted((m for m in made if "kupon" in m.text), key=lambda m: (m.recipient, m.id))
    assert model.rowCount() == len(expected) == ROWS // 7
    last = len(expected) - 1
    spots = [0, 1, 250, 5_000, last]
    assert ids_at(qtbot, model, spots) == [expected[p].id for p in spots]
    assert "kupon" in model.index(last, MessageColumn.TEXT).data()

    model.set_filter(MessageFilter("apotek"))  # an account's name
    settle(qtbot, model)
    assert model.rowCount() == sum(m.account_id == 2 for m in made)
    model.set_filter(MessageFilter("no such words"))
    settle(qtbot, model)
    assert model.rowCount() == 0
    model.set_filter(MessageFilter())
    settle(qtbot, model)
    assert model.rowCount() == ROWS


def test_scrolling_reads_pages_and_keeps_only_a_few(
    qtbot: QtBot, qloop: QEventLoop, big: tuple[Store, list[Made]]
) -> None:
    store, made = big
    model = MessageTableModel(MessageHistory(store), page_size=100, max_pages=4)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    settle(qtbot, model)
    most = 0
    for position in range(0, ROWS, 2_500):
        view.scrollTo(model.index(position, 0), QTableView.ScrollHint.PositionAtTop)
        qtbot.waitUntil(lambda p=position: model.index(p, 0).data(ROW_ROLE) is not None, timeout=10_000)  # type: ignore[misc]
        most = max(most, model.rows_in_memory())
    view.scrollToBottom()
    bottom = model.index(ROWS - 1, MessageColumn.TEXT)
    qtbot.waitUntil(lambda: bottom.data() is not None, timeout=10_000)
    assert bottom.data() == made[0].text  # the oldest, at the bottom
    assert most <= 4 * 100
    assert model.rows_in_memory() <= 4 * 100


# -- change events ---------------------------------------------------------------------------------


class CountingHistory(MessageHistory):
    """The real history, counting how often the model asks it to count."""

    counts = 0

    def count(self, filter: MessageFilter) -> int:
        self.counts += 1
        return super().count(filter)


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "home") as store:
        account = store.accounts.add("Toko", "wablas")
        store.messages.add_many(
            account.id, [OutgoingMessage(f"r{n}", Recipient(f"62811{n:07d}"), text=f"pesan {n}") for n in range(1, 301)]
        )
        yield store


class Signals:
    def __init__(self, model: MessageTableModel) -> None:
        self.log: list[tuple[object, ...]] = []
        model.modelReset.connect(lambda: self.log.append(("reset",)))
        model.rowsInserted.connect(lambda _p, first, last: self.log.append(("inserted", first, last)))
        model.rowsRemoved.connect(lambda _p, first, last: self.log.append(("removed", first, last)))
        model.dataChanged.connect(lambda top, bottom, _r=(): self.log.append(("changed", top.row(), bottom.row())))


def test_a_change_repaints_only_the_rows_it_touched(qtbot: QtBot, qloop: QEventLoop, small: Store) -> None:
    history = CountingHistory(small)
    model = MessageTableModel(history, page_size=50, max_pages=3)
    settle(qtbot, model)
    row_at(qtbot, model, 120)  # pages 0 and 2 in memory
    seen = Signals(model)
    target = row_at(qtbot, model, 7)  # message 293

    small.messages.apply_update(target.id, DeliveryStatus.FAILED, note="nomor tidak terdaftar")
    model.on_changes([MessagesChanged.of([target.id])])
    settle(qtbot, model)
    assert seen.log == [("changed", 7, 7)]
    assert model.index(7, MessageColumn.STATUS).data() == "Failed"
    assert model.index(7, MessageColumn.STATUS).data(Qt.ItemDataRole.ToolTipRole) == "nomor tidak terdaftar"

    seen.log.clear()
    account_id = target.account_id
    new = small.messages.add_many(account_id, [OutgoingMessage("new", Recipient("6281200000001"), text="baru")])
    model.on_changes([MessagesChanged.of([new[0].id])])
    settle(qtbot, model)
    # One more row; newest first, so every row in memory moved down by one and is repainted.
    assert seen.log == [("inserted", 300, 300), ("changed", 0, 49), ("changed", 100, 149)]
    assert model.index(0, MessageColumn.TEXT).data() == "baru"
    assert ("reset",) not in seen.log

    seen.log.clear()
    before = history.counts
    model.on_changes([SettingsChanged()])  # not about messages: not even a query
    assert not model.busy
    assert history.counts == before and seen.log == []


def test_a_burst_of_changes_costs_one_more_refresh(qtbot: QtBot, qloop: QEventLoop, small: Store) -> None:
    history = CountingHistory(small)
    model = MessageTableModel(history, page_size=50, max_pages=3)
    settle(qtbot, model)
    before = history.counts
    for n in range(1, 201):
        small.messages.apply_update(n, DeliveryStatus.CANCELLED)
        model.on_changes([MessagesChanged.of([n])])
    settle(qtbot, model)
    assert history.counts - before <= 2
    assert {row_at(qtbot, model, r).status for r in range(100, 150)} == {DeliveryStatus.CANCELLED}  # 200…151
    assert {row_at(qtbot, model, r).status for r in range(0, 50)} == {DeliveryStatus.QUEUED}  # 300…251


def test_paged_model_passes_qtmodeltester(
    qtbot: QtBot, qloop: QEventLoop, small: Store, qtmodeltester: ModelTester
) -> None:
    model = MessageTableModel(MessageHistory(small), page_size=50, max_pages=3)
    settle(qtbot, model)
    row_at(qtbot, model, 0)
    qtmodeltester.check(model, force_py=True)
    model.set_filter(MessageFilter("pesan 1"))
    settle(qtbot, model)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
