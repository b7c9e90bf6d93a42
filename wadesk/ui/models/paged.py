"""A table model for 100,000 rows that reads only what is shown: pages from SQL, sorted and filtered there.

The model knows how many rows match (``PagedSource.count``) and keeps a few
pages of them (``page_size`` rows each, at most ``max_pages``, the least
recently shown dropped first).  A row that is not in memory is blank for a
moment: asking for it queues its page, which is read in a worker thread and
then shown with ``dataChanged``.  Nothing that reads the database runs on the
window's thread.

Sorting (``sort``, as a header click asks) and filtering (``set_filter``) are
the source's job, in SQL; no ``QSortFilterProxyModel`` stands in between (it
would call ``data`` a million times to sort 100,000 rows).  A new order or
filter is a new list: the model is reset when its first page is read.

Change events (``on_changes``, from the window's bridge) never reset it: the
count is read again and the pages in memory are read again, rows added or
removed at the end, and ``dataChanged`` only for the rows whose values
differ.  Whatever changed between, a position shows what the source has there
now.  A burst of events while a refresh runs costs one more refresh, not one
per event; a page read before a change is read again rather than shown.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from wadesk.services.events import Event
from wadesk.services.paging import PagedSource, Sort
from wadesk.ui.models.base import Index
from wadesk.ui.tasks import Tasks

R = TypeVar("R")
F = TypeVar("F")

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's key (e.g. a message id), for selections that survive reloads
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row itself


@dataclass(frozen=True)
class PagedColumn(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort_key: str | None = None  # the source's name for this order; None: the column cannot be sorted


class PagedTableModel(QAbstractTableModel, Generic[R, F]):
    # The roles ``row_data`` answers: a view asks for a dozen per cell and repaint, the rest are None at once.
    roles: ClassVar[frozenset[int]] = frozenset({Qt.ItemDataRole.DisplayRole, KEY_ROLE, ROW_ROLE})

    ready = Signal()  # the rows shown are current: after a (re)load, a refresh, or a page read
    failed = Signal(str)  # reading failed, in plain words

    def __init__(
        self,
        source: PagedSource[R, F],
        columns: Sequence[PagedColumn[R]],
        filter: F,
        *,
        sort: Sort,
        key: Callable[[R], Hashable],
        page_size: int = 100,
        max_pages: int = 8,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._columns = list(columns)
        self._filter = filter
        self._sort = sort
        self._key = key
        self.page_size = page_size
        self.max_pages = max(2, max_pages)
        self._tasks = Tasks(self)
        self._count = 0
        self._pages: OrderedDict[int, Sequence[R]] = OrderedDict()  # least recently shown first
        self._wanted: dict[int, None] = {}  # pages to read, most recently asked for last
        self._generation = 0  # which order and filter the rows are for
        self._version = 0  # how many relevant change events have arrived
        self._loading = False
        self._reading_page = False
        self._refreshing = False
        self._dirty = False
        self.reload()

    # -- what is shown ----------------------------------------------------------

    @property
    def current_sort(self) -> Sort:
        return self._sort

    @property
    def current_filter(self) -> F:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._columns[column].sort_key is None:
            return
        key = self._columns[column].sort_key
        assert key is not None
        wanted = Sort(key, descending=order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self.reload()

    def set_filter(self, filter: F) -> None:
        if filter != self._filter:
            self._filter = filter
            self.reload()

    def reload(self) -> None:
        """Count and read the first page again for the current order and filter; the model is reset then."""
        self._generation += 1
        self._wanted.clear()
        self._loading = True
        generation, version, sort, filter = self._generation, self._version, self._sort, self._filter

        def read() -> tuple[int, Sequence[R]]:
            return self._source.count(filter), self._source.page(0, self.page_size, sort, filter)

        self._tasks.start(
            asyncio.to_thread(read),
            done=lambda result: self._loaded(generation, version, result),
            failed=self._failed,
        )

    def _loaded(self, generation: int, version: int, result: tuple[int, Sequence[R]]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        count, first = result
        self._wanted.clear()  # positions in the old order
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        self._pages[0] = first
        self.endResetModel()
        if version != self._version:
            self._dirty = True
        self._settled()

    # -- pages ------------------------------------------------------------------

    def _row(self, position: int) -> R | None:
        """The row at ``position`` if its page is in memory; otherwise ask for the page and say ``None``."""
        number, offset = divmod(position, self.page_size)
        page = self._pages.get(number)
        if page is None:
            self._want(number)
            return None
        self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def _want(self, number: int) -> None:
        self._wanted.pop(number, None)
        self._wanted[number] = None
        while len(self._wanted) > self.max_pages:  # scrolled past: those would be dropped again at once
            del self._wanted[next(iter(self._wanted))]
        self._read_next_page()

    def _read_next_page(self) -> None:
        if self._reading_page or self._loading or not self._wanted:
            return
        number = next(reversed(self._wanted))  # the page asked for last is the one on screen
        del self._wanted[number]
        self._reading_page = True
        generation, version, sort, filter = self._generation, self._version, self._sort, self._filter
        self._tasks.start(
            asyncio.to_thread(self._source.page, number * self.page_size, self.page_size, sort, filter),
            done=lambda rows: self._page_read(generation, version, number, rows),
            failed=self._failed,
        )

    def _page_read(self, generation: int, version: int, number: int, rows: Sequence[R]) -> None:
        self._reading_page = False
        if generation == self._generation:
            if version != self._version:
                self._want(number)  # read before a change: read it again
                return
            self._keep(number, rows)
            first = number * self.page_size
            last = min(first + len(rows), self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))
        self._read_next_page()
        self._settled()

    def _keep(self, number: int, rows: Sequence[R]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)

    # -- changes ----------------------------------------------------------------

    def on_changes(self, events: Sequence[Event]) -> None:
        """Committed changes (a coalesced burst): refresh what is in memory if the source says they touch it."""
        if not self._source.affected_by(events):
            return
        self._version += 1
        self._refresh()

    def _refresh(self) -> None:
        if self._refreshing or self._loading:
            return  # when that ends, it sees that a change came after it started
        self._dirty = False
        self._refreshing = True
        generation, version, sort, filter = self._generation, self._version, self._sort, self._filter
        numbers = list(self._pages)
        size = self.page_size

        def read() -> tuple[int, dict[int, Sequence[R]]]:
            count = self._source.count(filter)
            return count, {n: self._source.page(n * size, size, sort, filter) for n in numbers if n * size < count}

        self._tasks.start(
            asyncio.to_thread(read),
            done=lambda result: self._refreshed(generation, version, result),
            failed=self._failed,
        )

    def _refreshed(self, generation: int, version: int, result: tuple[int, dict[int, Sequence[R]]]) -> None:
        self._refreshing = False
        if generation == self._generation:
            count, pages = result
            self._resize(count)
            for number, rows in sorted(pages.items()):
                old = self._pages.get(number)
                if old is None:
                    continue  # dropped meanwhile
                self._pages[number] = rows
                self._rows_changed(number * self.page_size, old, rows)
            if version != self._version:
                self._dirty = True
        self._settled()

    def _resize(self, count: int) -> None:
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            for number in [n for n in self._pages if n * self.page_size >= count]:
                del self._pages[number]
            self.endRemoveRows()

    def _rows_changed(self, first: int, old: Sequence[R], new: Sequence[R]) -> None:
        """``dataChanged`` for each run of rows whose values differ, within the rows that exist."""
        end = min(max(len(old), len(new)), self._count - first)
        run_start: int | None = None
        for offset in range(end + 1):
            differs = offset < end and (offset >= len(old) or offset >= len(new) or old[offset] != new[offset])
            if differs and run_start is None:
                run_start = offset
            elif not differs and run_start is not None:
                top, bottom = first + run_start, first + offset - 1
                self.dataChanged.emit(self.index(top, 0), self.index(bottom, len(self._columns) - 1))
                run_start = None

    def _settled(self) -> None:
        if self._dirty and not (self._refreshing or self._loading):
            self._refresh()
            return
        if not self.busy:
            self.ready.emit()

    def _failed(self, words: str) -> None:
        self._loading = self._reading_page = self._refreshing = False
        self._wanted.clear()  # asked for again when shown again
        self.failed.emit(words)

    # -- reading ----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a count or a page is being read."""
        return self._loading or self._reading_page or self._refreshing or bool(self._wanted)

    def rows_in_memory(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def row_data(self, row: R, column: int, role: int) -> Any:
        """What ``data`` answers for a row in memory; subclasses add roles (and name them in ``roles``)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[column].text(row)
        if role == KEY_ROLE:
            return self._key(row)
        if role == ROW_ROLE:
            return row
        return None

    def shutdown(self) -> None:
        """Stop reading (the window is closing)."""
        self._tasks.cancel_all()

    # -- Qt model interface -------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns)
        return self._columns[section].title if horizontal and role == Qt.ItemDataRole.DisplayRole else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self.roles or not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self._row(index.row())
        return None if row is None else self.row_data(row, index.column(), role)
