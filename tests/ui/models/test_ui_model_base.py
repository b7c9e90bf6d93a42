"""The incremental table-model base: coalesced bursts become targeted signals, never a reset."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wadesk.ui.models.base import IncrementalTableModel


class Item(NamedTuple):
    key: str
    name: str
    count: int
    note: str = ""


class ItemModel(IncrementalTableModel[str, Item]):
    def key_of(self, row: Item) -> str:
        return row.key

    def column_count(self) -> int:
        return 3

    def cell(self, row: Item, column: int) -> object:
        return (row.name, row.count, row.note)[column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(self.cell(self.row_at(index.row()), index.column()))


class Signals:
    """What the model told its views."""

    def __init__(self, model: ItemModel) -> None:
        self.log: list[tuple[object, ...]] = []
        model.modelReset.connect(lambda: self.log.append(("reset",)))
        model.layoutChanged.connect(lambda: self.log.append(("layout",)))
        model.rowsInserted.connect(lambda _p, first, last: self.log.append(("inserted", first, last)))
        model.rowsRemoved.connect(lambda _p, first, last: self.log.append(("removed", first, last)))
        model.dataChanged.connect(
            lambda top, bottom, _roles=(): self.log.append(
                ("changed", top.row(), top.column(), bottom.row(), bottom.column())
            )
        )


def names(model: ItemModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_base_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = ItemModel()
    model.reset_to([Item("a", "Ani", 1), Item("b", "Budi", 2)])
    qtmodeltester.check(model, force_py=True)
    model.upsert(Item("c", "Citra", 3))
    model.remove("a")
    model.flush()
    qtmodeltester.check(model, force_py=True)


def test_a_burst_is_one_round_of_targeted_signals(qtbot: QtBot) -> None:
    model = ItemModel(coalesce_ms=30)
    model.reset_to([Item(k, k.upper(), 0) for k in "abcdef"])
    seen = Signals(model)

    for n in range(100):  # the same row changes a hundred times
        model.upsert(Item("c", "C", n))
    model.upsert(Item("e", "E", 0, "new note"))
    model.upsert(Item("g", "G", 0))
    model.upsert(Item("h", "H", 0))
    assert seen.log == []  # nothing yet: coalesced
    qtbot.waitUntil(lambda: bool(seen.log), timeout=2000)

    assert seen.log == [
        ("changed", 2, 1, 2, 1),  # only the count of row c
        ("changed", 4, 2, 4, 2),  # only the note of row e
        ("inserted", 6, 7),  # both new rows in one insertion
    ]
    assert model.index(2, 1).data() == "99"


def test_removals_come_in_runs_and_keys_follow(qtbot: QtBot) -> None:
    model = ItemModel()
    model.reset_to([Item(k, k.upper(), 0) for k in "abcdefgh"])
    selected = QPersistentModelIndex(model.index(6, 0))  # "G"
    seen = Signals(model)
    for key in "bcdf":
        model.remove(key)
    model.upsert(Item("g", "G", 7))
    model.flush()

    assert seen.log == [("removed", 5, 5), ("removed", 1, 3), ("changed", 2, 1, 2, 1)]
    assert names(model) == ["A", "E", "G", "H"]
    assert [model.row_of(k) for k in "aegh"] == [0, 1, 2, 3]
    assert model.row_of("b") is None and model.row_of("f") is None
    assert selected.row() == 2  # a view's selection stays on its row

    model.remove("x")  # not there: nothing happens
    model.reset_to([Item("h", "H", 0), Item("a", "A", 1)])
    assert names(model) == ["A", "H"]
    assert ("reset",) not in seen.log and ("layout",) not in seen.log
