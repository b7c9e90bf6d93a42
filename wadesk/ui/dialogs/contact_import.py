"""Importing a contact file: choose it, say what its columns are, import it off the event loop, see what happened.

Four pages in one dialog, each one call of ``ContactService`` (``services/contact_files`` reads and writes; this
module only shows and asks):

1. **Choose**: a CSV, Excel (.xlsx) or vCard (.vcf) file from a file dialog, or dropped onto the dialog or the
   Contacts panel.  A file that cannot be read is said on this page in plain words; nothing else changes.
2. **Columns**: one line per column of the file — its heading, what it is used as (WhatsApp number, name, first /
   middle / last name, a detail kept with the contact, or left out) and its first values — prefilled from the
   mapping the service proposes, with the kind of file recognised said in words ("a Google Contacts export").
   Below: what to do with numbers already in the address book (update them, the default, as the command line
   does; or keep them as they are), and "mark everyone in this file as do not message" (a list of people who
   asked not to be messaged).
3. **Importing**: a progress bar and Cancel.  Contacts are saved 5,000 at a time; Cancel stops before the next
   batch, so what was saved (whole batches) stays, and the result page says so.
4. **Done**: imported / updated / kept, and each row that was not imported with its row number and why, in a
   table that can be copied or saved.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wadesk.services.contact_files import (
    IMPORT_CHUNK,
    VCARD_SUFFIXES,
    BadRow,
    Cancel,
    ColumnMapping,
    ColumnRole,
    ContactFile,
    DuplicatePolicy,
    ImportProgress,
    ImportResult,
    Layout,
)
from wadesk.services.contacts import ContactService
from wadesk.services.recipients_csv import CSV_SUFFIXES, XLSX_SUFFIXES
from wadesk.ui import format as fmt
from wadesk.ui import icons
from wadesk.ui.i18n import say
from wadesk.ui.tasks import Tasks
from wadesk.ui.widgets.notice import EmptyState, Notice

log = logging.getLogger("wadesk.ui")

IMPORT_SUFFIXES = frozenset(CSV_SUFFIXES | XLSX_SUFFIXES | VCARD_SUFFIXES)
_SAMPLES = 3  # first values shown beside each column
_SAMPLE_WIDTH = 280  # the room they ask for (they take what there is, the whole in the tooltip)


class Use(Enum):
    """What a column of the file is used as (the mapping step's choices, in the order the list shows them)."""

    PHONE = "phone"
    NAME = "name"
    FIRST = "first"
    MIDDLE = "middle"
    LAST = "last"
    FIELD = "field"
    SKIP = "skip"


_NAME_ORDER = (Use.NAME, Use.FIRST, Use.MIDDLE, Use.LAST)  # how name columns are joined: first, middle, last


def proposed_uses(file: ContactFile) -> list[Use]:
    """The proposed mapping as one choice per column: several name columns are first, middle(s) and last."""
    mapping = file.proposed
    uses = []
    for column in range(len(file.columns)):
        role = mapping.role(column)
        if role is ColumnRole.NAME:
            place = mapping.name.index(column)
            if len(mapping.name) == 1:
                uses.append(Use.NAME)
            else:
                uses.append(Use.FIRST if place == 0 else Use.LAST if place == len(mapping.name) - 1 else Use.MIDDLE)
        else:
            uses.append({ColumnRole.PHONE: Use.PHONE, ColumnRole.FIELD: Use.FIELD}.get(role, Use.SKIP))
    return uses


def field_name(file: ContactFile, column: int) -> str:
    """The name a column gets as a detail: the proposed one, or the column's heading made usable."""
    return file.proposed.field_name(column) or file.field_names[column]


def mapping_of(file: ContactFile, uses: Sequence[Use]) -> ColumnMapping:
    """The choices as the service's ``ColumnMapping``: name columns joined full name, first, middle, last."""
    phones = tuple(column for column, use in enumerate(uses) if use is Use.PHONE)
    name = tuple(column for kind in _NAME_ORDER for column, use in enumerate(uses) if use is kind)
    fields = tuple((column, field_name(file, column)) for column, use in enumerate(uses) if use is Use.FIELD)
    return ColumnMapping(phones, name, fields)


def droppable(paths: Sequence[Path]) -> Path | None:
    """The one contact file among dropped ``paths`` (None when it is not one file of a kind wadesk reads)."""
    if len(paths) != 1 or paths[0].suffix.lower() not in IMPORT_SUFFIXES:
        return None
    return paths[0]


class FileDrop(QObject):
    """Lets a contact file be dropped onto ``target``: ``dropped(path)`` is called with it."""

    def __init__(self, target: QWidget, dropped: Callable[[Path], object]) -> None:
        super().__init__(target)
        self._dropped = dropped
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDropEvent):
            data = event.mimeData()
            local = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()] if data.hasUrls() else []
            path = droppable(local)
            if path is None:
                return False
            event.acceptProposedAction()
            if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                self._dropped(path)
            return True
        return False


class BadRowModel(QAbstractTableModel):
    """The rows not imported: their number and why (a plain list model: there may be many)."""

    def __init__(self, rows: Sequence[BadRow], what: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = list(rows)
        self._headings = (what, self.tr("Why it was not imported"))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return fmt.number(row.row) if index.column() == 0 else _reason(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headings[section]
        return None


def _reason(row: BadRow) -> str:
    """Why ``row`` was not imported, in the window's language, as a sentence begins."""
    words = say(row.words)
    return words[:1].upper() + words[1:]


def bad_rows_text(rows: Sequence[BadRow], what: str, why: str) -> str:
    """The rows not imported as tab-separated lines with a heading (what a spreadsheet pastes as columns)."""
    return "\n".join([f"{what}\t{why}", *(f"{row.row}\t{say(row.words)}" for row in rows)]) + "\n"


def save_bad_rows(path: Path, rows: Sequence[BadRow], what: str, why: str) -> None:
    """Write the rows not imported to a CSV file Excel opens (UTF-8 with a BOM)."""
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([what, why])
        writer.writerows([row.row, say(row.words)] for row in rows)


class _Elided(QLabel):
    """A muted line cut to the width it is given ("…"), the whole of it in its tooltip."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._whole = text
        self.setObjectName("Muted")
        self.setToolTip(text)
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(min(_SAMPLE_WIDTH, self.fontMetrics().horizontalAdvance(self._whole)), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setText(
            self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, self.contentsRect().width())
        )


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    for widget in widgets:
        layout.addWidget(widget)
    return page


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("Muted")
    label.setWordWrap(True)
    return label


class ContactImportDialog(QDialog):
    """The import wizard (see the module docstring).  ``imported(result)`` once an import has ended."""

    imported = Signal(object)  # the ImportResult
    progressed = Signal(object)  # each ImportProgress, as the bar shows it

    def __init__(self, contacts: ContactService, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts = contacts
        self.region = region
        self._tasks = Tasks(self)
        self.file: ContactFile | None = None
        self._opening: Path | None = None
        self.outcome: ImportResult | None = None
        self.cancel: Cancel | None = None
        self.use_boxes: list[QComboBox] = []  # by column of the file
        self.column_order: list[int] = []  # the columns as listed
        self.setWindowTitle(self.tr("Import contacts"))
        self.setMinimumSize(620, 480)  # the columns page's options and notice need their height at any width
        self.resize(760, 580)
        FileDrop(self, self.open_file)

        self.title = QLabel()
        self.title.setObjectName("PanelTitle")
        self.title.setWordWrap(True)
        self.notice = Notice(hide_after_ms=60_000)

        # -- 1. choose -------------------------------------------------------------
        self.choose_state = EmptyState(
            "import",
            self.tr("Choose a file of contacts"),
            self.tr(
                "A CSV or Excel sheet, a Google Contacts or Outlook export, or a vCard file from a phone. "
                "You can also drop the file here."
            ),
            self.tr("Choose file…"),
        )
        assert self.choose_state.button is not None
        self.choose_button = self.choose_state.button
        self.choose_button.setIcon(icons.icon("import", "#ffffff"))
        self.choose_button.clicked.connect(self.choose_file)
        self.choose_page = _page(self.choose_state)

        # -- 2. columns ------------------------------------------------------------
        self.kind_label = _muted()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        grid_widget = QWidget()
        grid_widget.setLayout(self.grid)
        self.columns_area = QScrollArea()
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setWidget(grid_widget)
        self.columns_area.setAccessibleName(self.tr("Columns of the file"))
        self.columns_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through its choices
        self.update_radio = QRadioButton(self.tr("Update them with what this file says"))
        self.keep_radio = QRadioButton(self.tr("Keep them as they are"))
        # Exclusive by hand: Qt's own exclusive radio buttons take Tab on the checked one only.
        for radio in (self.update_radio, self.keep_radio):
            radio.setAutoExclusive(False)
            radio.clicked.connect(self._policy_clicked)
        self.update_radio.setChecked(True)
        self.opt_out_box = QCheckBox(self.tr("Mark everyone in this file as “Do not message”"))
        self.opt_out_box.setToolTip(
            self.tr(
                "For a list of people who asked not to receive messages: "
                "wadesk will not message them until you allow it again."
            )
        )
        options = QWidget()
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 0, 0)
        options_layout.setSpacing(4)
        options_layout.addWidget(QLabel(self.tr("Numbers already in your address book:")))
        radios = QHBoxLayout()
        radios.setSpacing(18)
        radios.addWidget(self.update_radio)
        radios.addWidget(self.keep_radio)
        radios.addStretch()
        options_layout.addLayout(radios)
        options_layout.addSpacing(4)
        options_layout.addWidget(self.opt_out_box)
        self.mapping_page = _page(self.kind_label, self.columns_area, options)
        self.mapping_page.layout().setStretchFactor(self.columns_area, 1)  # type: ignore[union-attr]

        # -- 3. importing ----------------------------------------------------------
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress_label = _muted()
        cancel_words = _muted(
            self.tr(
                "Contacts are saved %1 at a time. Stopping keeps those already saved in your address book."
            ).replace("%1", fmt.number(IMPORT_CHUNK))
        )
        self.progress_page = _page(self.progress, self.progress_label, cancel_words)
        self.progress_page.layout().addStretch()  # type: ignore[union-attr]

        # -- 4. done ---------------------------------------------------------------
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.errors_label = _muted()
        self.errors_view = QTableView()
        self.errors_view.setAccessibleName(self.tr("Rows not imported"))
        self.errors_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errors_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_view.setTabKeyNavigation(False)
        self.errors_view.setWordWrap(False)
        self.errors_view.setAlternatingRowColors(True)
        self.errors_view.setShowGrid(False)
        self.errors_view.verticalHeader().setVisible(False)
        self.errors_view.horizontalHeader().setStretchLastSection(True)
        self.errors_view.horizontalHeader().setHighlightSections(False)
        self.errors_model: BadRowModel | None = None
        self.copy_button = QPushButton(icons.icon("copy"), self.tr("Copy list"))
        self.copy_button.clicked.connect(self.copy_errors)
        self.save_errors_button = QPushButton(icons.icon("export"), self.tr("Save list…"))
        self.save_errors_button.clicked.connect(self.save_errors)
        error_buttons = QHBoxLayout()
        error_buttons.setContentsMargins(0, 0, 0, 0)
        error_buttons.addWidget(self.copy_button)
        error_buttons.addWidget(self.save_errors_button)
        error_buttons.addStretch()
        self.error_buttons = QWidget()
        self.error_buttons.setLayout(error_buttons)
        self.result_page = _page(self.summary, self.errors_label, self.errors_view, self.error_buttons)
        self.result_page.layout().setStretchFactor(self.errors_view, 1)  # type: ignore[union-attr]
        self.result_page.layout().addStretch(0)  # type: ignore[union-attr]

        self.stack = QStackedWidget()
        for page in (self.choose_page, self.mapping_page, self.progress_page, self.result_page):
            self.stack.addWidget(page)

        # -- buttons ---------------------------------------------------------------
        self.back_button = QPushButton(self.tr("Another file…"))
        self.back_button.clicked.connect(self.choose_file)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self._close_or_stop)
        self.import_button = QPushButton(icons.icon("import", "#ffffff"), self.tr("Import"))
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(self.start_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._show_page(self.choose_page)

    # -- pages -------------------------------------------------------------------

    def _show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        choosing, mapping = page is self.choose_page, page is self.mapping_page
        running, done = page is self.progress_page, page is self.result_page
        name = self.file.name if self.file is not None else ""
        self.title.setText(
            self.tr("Import contacts")
            if choosing
            else self.tr("Which column is what in %1?").replace("%1", name)
            if mapping
            else self.tr("Importing %1…").replace("%1", name)
            if running
            else self.tr("Import stopped")
            if self.outcome is not None and self.outcome.cancelled
            else self.tr("Import finished")
        )
        self.back_button.setVisible(mapping or done)
        self.import_button.setVisible(mapping)
        self.close_button.setText(self.tr("Stop") if running else self.tr("Close") if done else self.tr("Cancel"))
        self.close_button.setEnabled(True)
        # Enter does what the page is for: choose a file, import, close.
        self.choose_button.setDefault(choosing)
        self.import_button.setDefault(mapping)
        self.close_button.setDefault(done)
        if choosing:
            self.choose_button.setFocus()
        elif mapping and self.column_order:
            self.use_boxes[self.column_order[0]].setFocus()
        elif done:
            self.close_button.setFocus()

    def _policy_clicked(self) -> None:
        clicked = self.sender()
        for radio in (self.update_radio, self.keep_radio):
            radio.setChecked(radio is clicked)

    def _say(self, words: str, tone: str = "error") -> None:
        """Show ``words`` above the buttons, as a sentence (a file's name as it is written)."""
        names = [path.name for path in (self._opening, self.file.path if self.file else None) if path is not None]
        if not any(words.startswith(name) for name in names):
            words = words[:1].upper() + words[1:]
        self.notice.show_message(words, tone)

    # -- 1. choose ---------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for a file (a dialog of the desktop's own), then open it."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file of contacts"),
            str(self.file.path.parent) if self.file is not None else "",
            self.tr("Contact files (%1);;All files (*)").replace(
                "%1", " ".join(f"*{suffix}" for suffix in sorted(IMPORT_SUFFIXES))
            ),
        )
        if chosen:
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> None:
        """Read ``path``'s columns and first rows off the event loop; then the columns page (or why not)."""
        if self._tasks.busy or self.stack.currentWidget() is self.progress_page:
            return
        self.notice.dismiss()
        self.choose_button.setEnabled(False)
        self._opening = path
        self._tasks.start(
            self.contacts.open_contact_file(path, self.region), done=self._opened, failed=self._open_failed
        )

    def _open_failed(self, words: str) -> None:
        self.choose_button.setEnabled(True)
        self._say(say(words))

    def _opened(self, file: ContactFile) -> None:
        self.choose_button.setEnabled(True)
        self.file = file
        self.outcome = None
        self._fill_columns(file)
        self.kind_label.setText(self._kind_words(file))
        if file.problem:
            self._say(say(file.problem) + " " + self.tr("Choose “WhatsApp number” for the column that holds them."))
        elif file.notice:
            self._say(say(file.notice), "info")
        self.update_radio.setChecked(True)
        self.opt_out_box.setChecked(False)
        self._show_page(self.mapping_page)

    def _kind_words(self, file: ContactFile) -> str:
        kind = {
            Layout.GOOGLE: self.tr("a Google Contacts export"),
            Layout.OUTLOOK: self.tr("an Outlook export"),
            Layout.VCARD: self.tr("a vCard file of contacts"),
        }.get(file.layout)
        if kind is None:
            kind = self.tr("an Excel sheet") if file.path.suffix.lower() in XLSX_SUFFIXES else self.tr("a table")
        if file.layout is Layout.VCARD:
            size = self.tr("%1 contacts").replace("%1", fmt.number(file.rows_estimate or 0))
        elif file.rows_estimate is not None:
            size = self.tr("about %1 rows").replace("%1", fmt.number(file.rows_estimate))
        else:
            size = self.tr("%1 columns").replace("%1", fmt.number(len(file.columns)))
        return (
            self.tr("Recognised as %1 (%2). Check what each column is used as, then import.")
            .replace("%1", kind)
            .replace("%2", size)
        )

    # -- 2. columns --------------------------------------------------------------

    def _use_words(self, use: Use, detail: str) -> str:
        return {
            Use.PHONE: self.tr("WhatsApp number"),
            Use.NAME: self.tr("Name"),
            Use.FIRST: self.tr("First name"),
            Use.MIDDLE: self.tr("Middle name"),
            Use.LAST: self.tr("Last name"),
            Use.FIELD: self.tr("Detail “%1”").replace("%1", detail),
            Use.SKIP: self.tr("Leave out"),
        }[use]

    def _fill_columns(self, file: ContactFile) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.use_boxes = []
        for place, heading in enumerate((self.tr("Column in the file"), self.tr("Use as"), self.tr("First values"))):
            label = QLabel(heading)
            label.setObjectName("SectionTitle")
            self.grid.addWidget(label, 0, place)
        metrics = self.fontMetrics()
        uses = proposed_uses(file)
        samples = [
            " · ".join(
                [v for v in (cells[i].strip() for _line, cells in file.preview if i < len(cells)) if v][:_SAMPLES]
            )
            for i in range(len(file.columns))
        ]

        # The numbers first, then the other columns used, then those left out, the empty ones last, each in the
        # file's order: an export's many unused columns would otherwise hide the ones that matter.
        def rank(column: int) -> int:
            use = uses[column]
            return 0 if use is Use.PHONE else 1 if use is not Use.SKIP else 2 if samples[column] else 3

        self.column_order = sorted(range(len(file.columns)), key=rank)
        boxes: dict[int, QComboBox] = {}
        for line, column in enumerate(self.column_order, start=1):
            heading = file.columns[column]
            name = QLabel(metrics.elidedText(heading, Qt.TextElideMode.ElideRight, 220))
            name.setToolTip(heading)
            box = QComboBox()
            box.setAccessibleName(self.tr("Use column “%1” as").replace("%1", heading))
            for choice in Use:
                box.addItem(self._use_words(choice, field_name(file, column)))
            box.setCurrentIndex(list(Use).index(uses[column]))
            shown = samples[column] or self.tr("(empty in the first rows)")
            sample = _Elided(shown)
            self.grid.addWidget(name, line, 0)
            self.grid.addWidget(box, line, 1)
            self.grid.addWidget(sample, line, 2)
            boxes[column] = box
        self.use_boxes = [boxes[column] for column in range(len(file.columns))]
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(len(file.columns) + 1, 1)

    def uses(self) -> list[Use]:
        choices = list(Use)
        return [choices[box.currentIndex()] for box in self.use_boxes]

    def set_use(self, column: int, use: Use) -> None:
        self.use_boxes[column].setCurrentIndex(list(Use).index(use))

    def mapping(self) -> ColumnMapping:
        assert self.file is not None
        return mapping_of(self.file, self.uses())

    # -- 3. importing ------------------------------------------------------------

    def start_import(self) -> None:
        file = self.file
        if file is None or self._tasks.busy:
            return
        mapping = self.mapping()
        if not mapping.phones:
            self._say(self.tr("Choose “WhatsApp number” for the column that holds the numbers."))
            if self.column_order:
                self.use_boxes[self.column_order[0]].setFocus()
            return
        self.notice.dismiss()
        self.cancel = Cancel()
        estimate = file.rows_estimate
        self.progress.setRange(0, estimate or 0)  # unknown (a workbook): a busy bar
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Reading the file…"))
        self._show_page(self.progress_page)
        self.close_button.setFocus()
        policy = DuplicatePolicy.KEEP_EXISTING if self.keep_radio.isChecked() else DuplicatePolicy.UPDATE
        self._tasks.start(
            self.contacts.import_contacts(
                file,
                mapping,
                policy=policy,
                progress=self._progressed,
                cancel=self.cancel,
                opt_out=self.opt_out_box.isChecked(),
            ),
            done=self._done,
            failed=self._import_failed,
        )

    def _progressed(self, done: ImportProgress) -> None:
        if self.progress.maximum():
            self.progress.setValue(min(done.rows_read, self.progress.maximum()))
        self.progress_label.setText(
            self.tr("%1 rows read, %2 contacts saved")
            .replace("%1", fmt.number(done.rows_read))
            .replace("%2", fmt.number(done.written))
        )
        self.progressed.emit(done)

    def stop_import(self) -> None:
        """Stop after the batch being saved; what was saved stays (the result page says how much)."""
        if self.cancel is not None:
            self.cancel.cancel()
            self.close_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping after the contacts being saved…"))

    def _import_failed(self, words: str) -> None:
        self._show_page(self.mapping_page)
        self._say(say(words))

    def _done(self, result: ImportResult) -> None:
        self.outcome = result
        self.cancel = None
        what = self.tr("Card") if self.file is not None and self.file.layout is Layout.VCARD else self.tr("Row")
        lines = [
            self.tr("%1 added, %2 updated.")
            .replace("%1", fmt.number(result.imported))
            .replace("%2", fmt.number(result.updated))
        ]
        if result.skipped:
            lines.append(
                self.tr("%1 already in your address book kept as they were.").replace("%1", fmt.number(result.skipped))
            )
        if result.opted_out:
            lines.append(self.tr("%1 marked “Do not message”.").replace("%1", fmt.number(result.opted_out)))
        if result.cancelled:
            lines.append(
                self.tr("Stopped before the end: the contacts above were saved, the rest of the file was not.")
            )
        self.summary.setText("\n".join(lines))
        self.errors_model = BadRowModel(result.errors, what, self)
        self.errors_view.setModel(self.errors_model)
        self.errors_view.resizeColumnToContents(0)
        has_errors = bool(result.errors)
        self.errors_label.setText(
            self.tr("%1 rows could not be imported:").replace("%1", fmt.number(len(result.errors)))
            if len(result.errors) != 1
            else self.tr("1 row could not be imported:")
        )
        for widget in (self.errors_label, self.errors_view, self.error_buttons):
            widget.setVisible(has_errors)
        if result.notice:
            self._say(say(result.notice), "info")
        self._show_page(self.result_page)
        self.imported.emit(result)

    # -- 4. done -----------------------------------------------------------------

    def _error_words(self) -> tuple[str, str]:
        model = self.errors_model
        return (str(model.headerData(0, Qt.Orientation.Horizontal)) if model else "", self.tr("Why"))

    def copy_errors(self) -> None:
        if self.outcome is not None:
            what, why = self._error_words()
            QGuiApplication.clipboard().setText(bad_rows_text(self.outcome.errors, what, why))
            self._say(self.tr("The list is copied: paste it into a spreadsheet or a message."), "ok")

    def save_errors(self) -> None:
        if self.outcome is None or self.file is None:
            return
        suggested = self.file.path.with_name(f"{self.file.path.stem}-{self.tr('not-imported')}.csv")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the rows not imported"), str(suggested), self.tr("CSV file (*.csv)")
        )
        if chosen:
            self.save_errors_to(Path(chosen))

    def save_errors_to(self, path: Path) -> None:
        assert self.outcome is not None
        what, why = self._error_words()
        try:
            save_bad_rows(path, self.outcome.errors, what, why)
        except OSError:
            log.warning("could not save the rows not imported to %s", path, exc_info=True)
            self._say(
                self.tr(
                    "Could not save the list to %1: the folder may be read-only, or the file open in another program."
                ).replace("%1", str(path))
            )
            return
        self._say(self.tr("Saved to %1").replace("%1", str(path)), "ok")

    # -- closing -----------------------------------------------------------------

    def _close_or_stop(self) -> None:
        if self.stack.currentWidget() is self.progress_page:
            self.stop_import()
        else:
            self.reject()

    def reject(self) -> None:
        if self.stack.currentWidget() is self.progress_page:
            self.stop_import()  # Esc or the window's ✕ while importing: stop, and show what was saved
            return
        super().reject()

    def shutdown(self) -> None:
        """The window closes: stop an import (its whole batches stay) and close."""
        if self.cancel is not None:
            self.cancel.cancel()
        self._tasks.cancel_all()
        self.done(QDialog.DialogCode.Rejected)
