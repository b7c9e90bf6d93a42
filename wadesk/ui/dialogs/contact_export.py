"""Exporting contacts from the Contacts panel to a CSV or Excel file, off the event loop.

What is exported: the selected contacts when more than one is selected (one selected row is only where the
cursor is), otherwise every contact the table shows — the whole address book, or what the search or filter finds.
The save dialog's title says which and how many (``panels/contact_files.py``); the file's type (.xlsx or .csv) is
the one chosen there.  The export runs in an executor (``ContactService.export_contacts``) with a progress bar and
Cancel; a cancelled export leaves no file (one already there under that name stays as it was).  The panel then says
where the file was saved.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from wadesk.services.contact_source import ContactFilter, ContactSort, ContactSource
from wadesk.services.contacts import EXPORT_PAGE, ContactService
from wadesk.services.paging import Sort
from wadesk.ui import format as fmt
from wadesk.ui.tasks import Tasks


@dataclass(frozen=True)
class ExportScope:
    """What an export writes: the table's filter and order, or a selection (row ranges of that table)."""

    filter: ContactFilter
    sort: Sort
    count: int  # how many contacts it writes
    ranges: tuple[tuple[int, int], ...] = ()  # the selected rows (first, last); empty: everything the filter finds

    @property
    def selection(self) -> bool:
        return bool(self.ranges)


def scope_of(filter: ContactFilter, sort: Sort, shown: int, ranges: Sequence[tuple[int, int]]) -> ExportScope:
    """The selection when more than one row is selected (and not every row), else everything ``filter`` finds."""
    selected = sum(last - first + 1 for first, last in ranges)
    if 1 < selected < shown:
        return ExportScope(filter, sort, selected, tuple(ranges))
    return ExportScope(filter, sort, shown)


def selected_numbers(source: ContactSource, scope: ExportScope) -> list[str]:
    """The numbers of the selected rows, in the table's order, read a page at a time (in an executor)."""
    numbers: list[str] = []
    for first, last in scope.ranges:
        for start in range(first, last + 1, EXPORT_PAGE):
            rows = source.page(start, min(EXPORT_PAGE, last + 1 - start), scope.sort, scope.filter)
            numbers.extend(row.number for row in rows)
    return numbers


class ExportDialog(QDialog):
    """Shows an export under way: a progress bar and Cancel.  ``exported(count, path)`` or ``failed(words)``."""

    exported = Signal(int, object)
    failed = Signal(str)

    def __init__(
        self,
        contacts: ContactService,
        source: ContactSource,
        scope: ExportScope,
        path: Path,
        region: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.contacts = contacts
        self.source = source
        self.scope = scope
        self.path = path
        self.region = region
        self._tasks = Tasks(self)
        self._task: asyncio.Task[int] | None = None
        self.setWindowTitle(self.tr("Export contacts"))
        self.setMinimumWidth(440)
        title = QLabel(
            self.tr("Exporting %1 contacts to %2…").replace("%1", fmt.number(scope.count)).replace("%2", path.name)
            if scope.count != 1
            else self.tr("Exporting 1 contact to %1…").replace("%1", path.name)
        )
        title.setObjectName("SectionTitle")
        title.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 0)
        hint = QLabel(self.tr("Stopping leaves no file behind."))
        hint.setObjectName("Muted")
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.progress)
        layout.addWidget(hint)
        layout.addLayout(buttons)

    def start(self) -> None:
        self._task = self._tasks.start(self._export(), done=self._done, failed=self._failed)

    async def _export(self) -> int:
        scope = self.scope
        if scope.selection:
            numbers = await asyncio.to_thread(selected_numbers, self.source, scope)
            return await self.contacts.export_contacts(
                self.path, phones=numbers, region=self.region, progress=self._progressed
            )
        try:
            order = ContactSort(scope.sort.key)
        except ValueError:
            order = ContactSort.NAME
        return await self.contacts.export_contacts(
            self.path,
            filter=scope.filter,
            sort=order,
            descending=scope.sort.descending,
            region=self.region,
            progress=self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _done(self, count: int) -> None:
        self.exported.emit(count, self.path)
        self.accept()

    def _failed(self, words: str) -> None:
        self.failed.emit(words)
        self.accept()

    def reject(self) -> None:
        """Stop: the export's worker ends at its next page and removes its temporary file."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        super().reject()
