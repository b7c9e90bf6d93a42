"""A small window showing a file export under way: what is written where, a progress bar and Stop.

Generic: it runs whatever export coroutine it is handed (``work(progress)``, which calls ``progress(done, total)``
on the event loop and returns how many rows it wrote) and says ``exported(count)`` or ``failed(words)``.  Stop
(or Esc, or closing it) cancels the coroutine; the export services leave no file then.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from wadesk.ui.tasks import Tasks

Progress = Callable[[int, int], None]


class ExportProgressDialog(QDialog):
    exported = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        title: str,
        heading: str,
        work: Callable[[Progress], Coroutine[Any, Any, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._tasks = Tasks(self)
        self._task: asyncio.Task[int] | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.heading = QLabel(heading)
        self.heading.setObjectName("SectionTitle")
        self.heading.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 0)
        hint = QLabel(self.tr("Stopping leaves no file behind."))
        hint.setObjectName("Muted")
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(hint)
        layout.addLayout(buttons)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        self._task = self._tasks.start(self._work(self._progressed), done=self._done, failed=self._failed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _done(self, count: int) -> None:
        self.exported.emit(count)
        self.accept()

    def _failed(self, words: str) -> None:
        self.failed.emit(words)
        self.accept()

    def reject(self) -> None:
        """Stop: the export's worker ends at its next page and removes its temporary file."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        super().reject()
