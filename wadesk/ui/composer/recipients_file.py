"""The file step of choosing recipients: which column holds the numbers, which become {variables}, the first rows.

The file was opened already (``ContactService.open_contact_file``, off the
event loop); this dialog shows it and reads it whole as the user mapped it
(``services.recipient_columns.read_mapped``) in an executor, with progress
and Cancel.  ``chosen`` hands over the table.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wadesk.services.contact_files import Cancel, ContactFile
from wadesk.services.recipient_columns import ColumnChoice, proposed_choice, read_mapped
from wadesk.services.recipients_csv import RecipientTable
from wadesk.ui import icons
from wadesk.ui.i18n import say
from wadesk.ui.tasks import Tasks

PREVIEW_ROWS = 5  # the first rows shown


class RecipientsFileDialog(QDialog):
    """Map a recipient file's columns and read it; ``chosen(file, table)`` when read, nothing when cancelled."""

    chosen = Signal(object, object)  # (ContactFile, RecipientTable)

    def __init__(self, file: ContactFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self._tasks = Tasks(self)
        self._cancel: Cancel | None = None
        self.setWindowTitle(self.tr("Recipients from %1").replace("%1", file.name))

        intro = QLabel(
            self.tr("Choose the column that holds the WhatsApp numbers, and the columns to use in the message.")
        )
        intro.setWordWrap(True)
        self.notice = QLabel(" ".join(say(text) for text in (file.problem, file.notice) if text is not None))
        self.notice.setObjectName("FieldHelp")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(self.notice.text()))

        proposed = proposed_choice(file)
        self.phone_box = QComboBox()
        self.phone_box.setAccessibleName(self.tr("Column with the numbers"))
        for index, heading in enumerate(file.columns):
            sample = next((cells[index].strip() for _, cells in file.preview if index < len(cells)), "")
            self.phone_box.addItem(f"{heading} ({sample})" if sample else heading, index)
        self.phone_box.setCurrentIndex(proposed.phone if proposed else 0)
        self.phone_box.currentIndexChanged.connect(self._phone_changed)

        self.variables = QListWidget()
        self.variables.setAccessibleName(self.tr("Columns to use in the message"))
        self.variables.setMinimumHeight(60)
        self.variables.setMaximumHeight(120)
        for index, name in enumerate(file.field_names):
            heading = file.columns[index]
            item = QListWidgetItem(heading if heading == name else f"{heading} ({name})")
            item.setData(Qt.ItemDataRole.UserRole, index)
            wanted = proposed is None or index in proposed.variables
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            self.variables.addItem(item)
        self._phone_changed()

        form = QFormLayout()
        form.addRow(self.tr("Numbers are in"), self.phone_box)
        form.addRow(self.tr("Use in the message"), self.variables)

        self.preview = QTableWidget(min(PREVIEW_ROWS, len(file.preview)), len(file.columns))
        self.preview.setAccessibleName(self.tr("The first rows of the file"))
        self.preview.setHorizontalHeaderLabels(list(file.columns))
        self.preview.setVerticalHeaderLabels([str(line) for line, _ in file.preview[:PREVIEW_ROWS]])
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, (_, cells) in enumerate(file.preview[:PREVIEW_ROWS]):
            for column, value in enumerate(cells[: len(file.columns)]):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.preview.setItem(row, column, cell)
        self.preview.setMinimumHeight(120)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Reading the file"))
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.use_button = QPushButton(icons.icon("ok"), self.tr("Use these recipients"))
        self.use_button.setProperty("primary", True)
        self.use_button.setDefault(True)
        self.buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.use_button.clicked.connect(self.read)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The first rows:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 520)

    def choice(self) -> ColumnChoice:
        """The mapping as the user set it."""
        phone = int(self.phone_box.currentData())
        checked = [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.variables.item(row) for row in range(self.variables.count()))
            if item.checkState() == Qt.CheckState.Checked and not item.isHidden()
        ]
        return ColumnChoice(phone, tuple(i for i in checked if i != phone))

    def set_variables(self, columns: list[int]) -> None:
        """Check exactly these columns (by index) as variables."""
        for row in range(self.variables.count()):
            item = self.variables.item(row)
            wanted = int(item.data(Qt.ItemDataRole.UserRole)) in columns
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _phone_changed(self) -> None:
        phone = self.phone_box.currentData()
        for row in range(self.variables.count()):
            item = self.variables.item(row)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) == phone)  # the number is {phone} already

    def read(self) -> None:
        """Read the whole file as mapped, off the event loop; the dialog closes when it is read."""
        if self._tasks.busy:
            return
        loop = asyncio.get_running_loop()
        cancel = self._cancel = Cancel()
        self.error.setVisible(False)
        self.use_button.setEnabled(False)
        self.phone_box.setEnabled(False)
        self.variables.setEnabled(False)
        estimate = self.file.rows_estimate
        self.progress.setRange(0, estimate or 0)  # unknown: a busy bar
        self.progress.setValue(0)
        self.progress.setVisible(True)

        def report(rows: int) -> None:
            loop.call_soon_threadsafe(self._progressed, rows)

        self._tasks.start(
            asyncio.to_thread(read_mapped, self.file, self.choice(), progress=report, cancel=cancel),
            done=self._read,
            failed=self._failed,
        )

    def _progressed(self, rows: int) -> None:
        if self.progress.maximum():
            self.progress.setValue(min(rows, self.progress.maximum()))

    def _read(self, table: RecipientTable | None) -> None:
        self.progress.setVisible(False)
        if table is None:  # cancelled
            return
        self.chosen.emit(self.file, table)
        self.accept()

    def _failed(self, words: str) -> None:
        self.progress.setVisible(False)
        self.use_button.setEnabled(True)
        self.phone_box.setEnabled(True)
        self.variables.setEnabled(True)
        self.error.setText(words)
        self.error.setVisible(True)

    def reject(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()  # the reading stops at its next thousand rows
        self._tasks.cancel_all()
        super().reject()
