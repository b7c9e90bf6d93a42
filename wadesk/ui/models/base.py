"""A table model held in memory and updated incrementally: the base of the window's small tables.

Rows arrive one at a time, keyed (``upsert``/``remove``).  A burst is
coalesced: it is applied at most every ``coalesce_ms``, as ``dataChanged`` for
the changed cells of each changed row only, one ``beginRemoveRows`` per run of
removed rows and one ``beginInsertRows`` for the new rows (added at the end).
The model is never reset for an update, so selections, scroll positions and
sort proxies stay where they are.

Rows are kept as given, in one list, with a dict from key to position: give
small immutable values compared by equality (a tuple, a frozen dataclass).
Tables that do not fit in memory are paged from SQL instead (``models/paged.py``).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer

Index = QModelIndex | QPersistentModelIndex

K = TypeVar("K", bound=Hashable)
R = TypeVar("R")


class IncrementalTableModel(QAbstractTableModel, Generic[K, R]):
    """Rows of type ``R`` keyed by ``K``.  Subclasses give ``key_of``, ``column_count`` and ``cell``, and ``data``."""

    def __init__(self, parent: QObject | None = None, *, coalesce_ms: int = 150) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._row_of: dict[K, int] = {}
        self._pending: dict[K, R | None] = {}
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(coalesce_ms)
        self._flush_timer.timeout.connect(self.flush)

    # -- what a subclass says -----------------------------------------------------

    def key_of(self, row: R) -> K:
        """The key that identifies ``row`` across updates."""
        raise NotImplementedError

    def column_count(self) -> int:
        raise NotImplementedError

    def cell(self, row: R, column: int) -> object:
        """What ``column`` shows of ``row``; a cell is repainted when this changes."""
        raise NotImplementedError

    # -- feeding --------------------------------------------------------------------

    def upsert(self, row: R) -> None:
        """Queue a new or changed row; applied with the next coalesced flush."""
        self._pending[self.key_of(row)] = row
        self._schedule()

    def remove(self, key: K) -> None:
        self._pending[key] = None
        self._schedule()

    def reset_to(self, rows: Iterable[R]) -> None:
        """Make the table hold exactly ``rows`` (incrementally, right now), e.g. at start."""
        wanted = {self.key_of(row): row for row in rows}
        for key in self._row_of:
            if key not in wanted:
                self._pending[key] = None
        self._pending.update(wanted)
        self.flush()

    def _schedule(self) -> None:
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush(self) -> None:
        """Apply every queued change now."""
        self._flush_timer.stop()
        pending, self._pending = self._pending, {}
        if not pending:
            return
        self._remove_rows([k for k, row in pending.items() if row is None and k in self._row_of])
        added: list[R] = []
        for key, row in pending.items():
            if row is None:
                continue
            position = self._row_of.get(key)
            if position is None:
                added.append(row)
                continue
            old = self._rows[position]
            if old == row:
                continue
            self._rows[position] = row
            changed = [c for c in range(self.column_count()) if self.cell(old, c) != self.cell(row, c)]
            if changed:
                self.dataChanged.emit(self.index(position, min(changed)), self.index(position, max(changed)))
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            for offset, row in enumerate(added):
                self._rows.append(row)
                self._row_of[self.key_of(row)] = first + offset
            self.endInsertRows()

    def _remove_rows(self, keys: list[K]) -> None:
        """Remove the rows of ``keys``: one signal pair per run of neighbours, the last run first."""
        if not keys:
            return
        positions = sorted(self._row_of.pop(key) for key in keys)
        runs: list[tuple[int, int]] = []
        for position in positions:
            if runs and runs[-1][1] == position - 1:
                runs[-1] = (runs[-1][0], position)
            else:
                runs.append((position, position))
        for first, last in reversed(runs):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self.endRemoveRows()
        for position in range(positions[0], len(self._rows)):
            self._row_of[self.key_of(self._rows[position])] = position

    def column_changed(self, column: int, roles: Iterable[int] = (Qt.ItemDataRole.DisplayRole,)) -> None:
        """Repaint one column of every row (e.g. "3 min ago" as time passes)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column), list(roles))

    # -- reading --------------------------------------------------------------------

    def row_at(self, position: int) -> R:
        return self._rows[position]

    def row_of(self, key: K) -> int | None:
        return self._row_of.get(key)

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
