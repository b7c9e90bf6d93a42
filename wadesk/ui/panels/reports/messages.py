"""The Reports panel's Messages tab: every message wadesk sent, where it stands, live.

* The filters (``filters.py``) narrow the table; the line under them says how many messages they find per status
  (one SQL ``GROUP BY``, read again after each burst of changes, never two at once).
* The table (``table.py``) pages from SQL: 100,000 messages open, scroll and filter as quickly as 100.  Statuses
  change on screen as the poller and the callback receiver record them (the bridge coalesces the change feed into
  a few bursts a second; each burst is one re-read of the rows in memory).
* Above the table, in a splitter the user can drag shut, the daily overview (``overview.DailyOverview``).
* The selected message's actions (``actions.py``) are in its right-click menu and under "Message"; a message
  wadesk is not sure about shows why, with Send again and Mark as sent, in a strip above the table.
* Export… writes what the table shows (its filter and order) to an Excel or CSV file, off the event loop with
  progress and Stop (``services.message_export``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.status import DeliveryStatus
from wadesk.services.events import AccountsChanged, CampaignsChanged, Event
from wadesk.services.history import MessageFilter, MessageHistory, MessageListRow
from wadesk.services.message_export import export_messages
from wadesk.services.messages import MessageService
from wadesk.services.paging import Sort
from wadesk.ui import format as fmt
from wadesk.ui import icons
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.dialogs.export_progress import ExportProgressDialog
from wadesk.ui.i18n import say
from wadesk.ui.models.messages import status_words
from wadesk.ui.panels.reports.actions import MessageActions
from wadesk.ui.panels.reports.chips import StatusChips
from wadesk.ui.panels.reports.filters import MessageFilters
from wadesk.ui.panels.reports.overview import MIN_HEIGHT as OVERVIEW_MIN_HEIGHT
from wadesk.ui.panels.reports.overview import DailyOverview
from wadesk.ui.panels.reports.table import ReportColumn, ReportTableModel, columns, recipient_words
from wadesk.ui.tasks import Tasks
from wadesk.ui.widgets.notice import EmptyState, Notice

_WIDTHS = {
    ReportColumn.TO: 250,
    ReportColumn.DEVICE: 150,
    ReportColumn.CAMPAIGN: 130,
    ReportColumn.KIND: 80,
    ReportColumn.TEXT: 260,
    ReportColumn.STATUS: 150,
    ReportColumn.WORDS: 220,
}
_TIME_SAMPLE = datetime(2026, 12, 30, 23, 59, tzinfo=UTC)  # the widest a time gets: a two-digit day


class CountedHistory:
    """The history as the table reads it, counting with the per-status ``GROUP BY``: one scan gives both the
    table's row count and the line of counts under the filters (``latest``, read by the window's thread once the
    model says it is ready)."""

    def __init__(self, history: MessageHistory) -> None:
        self.history = history
        self.latest: tuple[MessageFilter, dict[DeliveryStatus, int]] | None = None

    def count(self, filter: MessageFilter) -> int:
        counts = self.history.count_by_status(filter.any_status())
        self.latest = (filter, counts)  # one assignment: a reader sees the old pair or the new one
        return sum(counts[s] for s in filter.statuses) if filter.statuses else sum(counts.values())

    def page(self, offset: int, limit: int, sort: Sort, filter: MessageFilter) -> list[MessageListRow]:
        return self.history.page(offset, limit, sort, filter)

    def affected_by(self, events: Sequence[Event]) -> bool:
        return self.history.affected_by(events)


class ElidedLabel(QLabel):
    """One line of text, cut with "…" to the width it is given; the whole text in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    @property
    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        width = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(width, 0)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 6, super().minimumSizeHint().height())


class MessagesView(QWidget):
    def __init__(
        self, ctx: UiContext, bridge: EventBridge | None, parent: QWidget | None = None, *, page_size: int = 100
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self.history = MessageHistory(ctx.store)
        self.messages = MessageService(ctx.store, ctx.accounts, ctx.events)
        self._tasks = Tasks(self)
        self.export_dialog: ExportProgressDialog | None = None
        self.last_folder = ""
        self._selected_id: int | None = None  # the message selected, followed when rows move

        self.filters = MessageFilters(ctx)
        self.filters.changed.connect(self.apply_filters)
        self.filters.chosen.connect(self._current_changed)
        self.source = CountedHistory(self.history)
        self.model = ReportTableModel(self.source, self, filter=self.filters.filter(self._now()), page_size=page_size)
        self.message_actions = MessageActions(self.messages, ctx.accounts, self)
        self.message_actions.said.connect(self._said)

        # -- the line of counts, and what can be done -----------------------------------
        self.count_label = QLabel()
        self.count_label.setObjectName("SectionTitle")
        self.chips = StatusChips()
        self.message_button = QPushButton(icons.icon("list"), self.tr("Message"))
        self.message_button.setToolTip(self.tr("What can be done with the selected message"))
        self.message_button.setMenu(self.message_actions.menu)
        self.export_button = QPushButton(icons.icon("export"), self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the messages shown to an Excel or CSV file"))
        self.export_button.clicked.connect(self.export)
        tools = QHBoxLayout()
        tools.setSpacing(10)
        tools.addWidget(self.filters.dates, 0, Qt.AlignmentFlag.AlignVCenter)
        tools.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignVCenter)
        tools.addWidget(self.chips, 1)
        tools.addWidget(self.message_button, 0, Qt.AlignmentFlag.AlignVCenter)
        tools.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)

        # -- why a message is uncertain, and the two answers --------------------------------
        self.uncertain = QFrame()
        self.uncertain.setObjectName("Card")
        self.uncertain_label = ElidedLabel()
        self.send_again_button = QPushButton(self.tr("Send again…"))
        self.send_again_button.clicked.connect(self.message_actions.send_again)
        self.mark_sent_button = QPushButton(self.tr("Mark as sent"))
        self.mark_sent_button.clicked.connect(self.message_actions.mark_sent)
        strip = QHBoxLayout(self.uncertain)
        strip.setContentsMargins(12, 8, 12, 8)
        strip.setSpacing(10)
        picture = QLabel()
        picture.setPixmap(icons.pixmap("info", 18))
        strip.addWidget(picture, 0, Qt.AlignmentFlag.AlignVCenter)
        strip.addWidget(self.uncertain_label, 1)
        strip.addWidget(self.send_again_button, 0, Qt.AlignmentFlag.AlignVCenter)
        strip.addWidget(self.mark_sent_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.uncertain.setVisible(False)

        self.notice = Notice()

        # -- the table -----------------------------------------------------------------
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(32)
        self.view.setAccessibleName(self.tr("Messages"))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        head = self.view.horizontalHeader()
        head.setHighlightSections(False)
        head.setStretchLastSection(True)
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSortIndicator(ReportColumn.TIME, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        time_width = self.view.fontMetrics().horizontalAdvance(fmt.moment(_TIME_SAMPLE)) + 24
        for column in range(len(columns())):
            heading = head.sectionSizeFromContents(column).width() + 8
            self.view.setColumnWidth(column, max(_WIDTHS.get(ReportColumn(column), time_width), heading))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.dataChanged.connect(self._rows_changed)
        self.model.modelReset.connect(self._current_changed)

        self.empty = EmptyState(
            "reports",
            self.tr("No messages yet"),
            self.tr("Every message you send appears here, with whether it was delivered and read."),
        )
        self.not_found = EmptyState(
            "reports", self.tr("No message found"), self.tr("No message matches these filters."), self.tr("Show all")
        )
        assert self.not_found.button is not None
        self.not_found.button.clicked.connect(self.filters.clear)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.not_found)

        self.overview = DailyOverview(ctx, bridge)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.addWidget(self.overview)
        self.splitter.addWidget(self.stack)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        # The overview as tall as it asks to be, the table the rest; dragged shut, the table has it all.
        self.splitter.setSizes([self.overview.sizeHint().height(), 400])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.filters)
        layout.addLayout(tools)
        layout.addWidget(self.uncertain)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

        self.model.ready.connect(self._shown)
        self.model.failed.connect(self._read_failed)
        self._shown_once = False
        self.filters.reload_choices()
        self._current_changed()

    # -- the filters ---------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_overview()

    def _fit_overview(self) -> None:
        """The chart above the table where the window has room for both; in a smaller window, the table alone
        (never a squeezed chart)."""
        room = self.height() - self.minimumSizeHint().height() - self.splitter.handleWidth()
        fits = room >= OVERVIEW_MIN_HEIGHT
        if fits != self.overview.isVisibleTo(self):
            self.overview.setVisible(fits)

    def _now(self) -> datetime:
        return self.ctx.clock.now()

    @property
    def filter(self) -> MessageFilter:
        return self.model.current_filter

    def apply_filters(self) -> None:
        wanted = self.filters.filter(self._now())
        if wanted != self.model.current_filter:
            self.model.set_filter(wanted)

    def show_campaign(self, campaign_id: int) -> None:
        """Only this campaign's messages (of any day)."""
        self.filters.set_campaign(campaign_id)

    def _show_counts(self) -> None:
        """The per-status counts the model's last count read, if they are for the filter shown."""
        counted = self.source.latest
        if counted is not None and counted[0] == self.model.current_filter:
            self.chips.show_counts(counted[1], counted[0].statuses)

    @property
    def busy(self) -> bool:
        return self.model.busy

    # -- what is shown -------------------------------------------------------------------

    def _shown(self) -> None:
        self._show_counts()
        count = self.model.rowCount()
        narrowed = self.filter.narrowed
        if count:
            self.stack.setCurrentWidget(self.view)
        else:
            self.stack.setCurrentWidget(self.not_found if narrowed else self.empty)
        if count == 1:
            self.count_label.setText(self.tr("1 message"))
        else:
            self.count_label.setText(self.tr("%1 messages").replace("%1", fmt.number(count)))
        self.export_button.setEnabled(count > 0)
        if not self._shown_once and count:
            self._shown_once = True
            self.view.selectRow(0)
        self._current_changed()

    def _read_failed(self, words: str) -> None:
        self.notice.show_message(self.tr("Could not read the messages: %1").replace("%1", words), "error")

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def _current_changed(self, *_args: object) -> None:
        position = self.current_row()
        row = self.model.row_at(position) if position is not None else None
        self._selected_id = row.id if row is not None else None
        self.message_actions.accounts = self.filters.accounts
        self.message_actions.set_row(row)
        self.message_button.setEnabled(self.message_actions.any_enabled)
        uncertain = row is not None and row.status is DeliveryStatus.UNCERTAIN
        if uncertain and row is not None:
            reason = say(row.error) if row.error else self.tr("wadesk could not tell whether the gateway got it.")
            self.uncertain_label.set_full_text(
                self.tr("Not sure the message to %1 arrived: %2")
                .replace("%1", recipient_words(row))
                .replace("%2", reason)
            )
        self.uncertain.setVisible(uncertain)

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        """The rows shown changed (a report arrived, a new message pushed the rows down): the selection stays on
        the message selected, wherever it moved; when it is no longer near, nothing is selected (an action is
        never aimed at another message than the one chosen)."""
        position = self.current_row()
        if position is None or not top.row() <= position <= bottom.row():
            return
        row = self.model.row_at(position)
        wanted = self._selected_id
        if row is None or wanted is None or row.id == wanted:
            self._current_changed()
            return
        moved = self.model.position_of(wanted)
        if moved is None:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
        else:
            self.view.selectRow(moved)  # the selected message, where it is now
        self._current_changed()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        if self.message_actions.any_enabled:
            self.message_actions.menu.popup(self.view.viewport().mapToGlobal(pos))

    def _said(self, words: str, tone: str) -> None:
        self.notice.show_message(words, tone)

    # -- export ----------------------------------------------------------------------------

    def export(self) -> None:
        """Ask where (the type chosen there: Excel or CSV), then export what the table shows."""
        if not self.model.rowCount():
            return
        excel, csv_file = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")
        name = self.tr("messages") + ".xlsx"
        chosen, kind = QFileDialog.getSaveFileName(
            self,
            self.tr("Export %1 messages").replace("%1", fmt.number(self.model.rowCount())),
            str(Path(self.last_folder) / name) if self.last_folder else name,
            f"{excel};;{csv_file}",
            excel,
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if kind == csv_file else ".xlsx"))
        self.last_folder = str(path.parent)
        self.export_to(path)

    def export_to(self, path: Path) -> ExportProgressDialog:
        """Export what the table shows (its filter and order) to ``path``, showing the progress."""
        if self.export_dialog is not None:
            self.export_dialog.reject()
        filter, sort = self.model.current_filter, self.model.current_sort
        header = self.export_header()

        dialog = ExportProgressDialog(
            self.tr("Export messages"),
            self.tr("Saving %1 messages to %2…")
            .replace("%1", fmt.number(self.model.rowCount()))
            .replace("%2", path.name),
            lambda progress: export_messages(
                self.history,
                path,
                filter,
                sort,
                zone=self._now().astimezone().tzinfo,
                header=header,
                status_words=status_words,
                progress=progress,
            ),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda count: self._exported(count, path))
        dialog.failed.connect(self._export_failed)
        dialog.finished.connect(self._export_closed)
        self.export_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def export_header(self) -> tuple[str, ...]:
        """The exported file's column names, in the order the export writes its cells (``message_export.HEADER``),
        in the window's language."""
        return (
            self.tr("Time"),
            self.tr("Number"),
            self.tr("Contact"),
            self.tr("Device"),
            self.tr("Campaign"),
            self.tr("Kind"),
            self.tr("Message"),
            self.tr("Status"),
            self.tr("Last update"),
            self.tr("Gateway's words"),
        )

    def _export_failed(self, words: str) -> None:
        self.notice.show_message(self.tr("Could not export: %1").replace("%1", words), "error")

    def _export_closed(self) -> None:
        self.export_dialog = None

    def _exported(self, count: int, path: Path) -> None:
        words = self.tr("1 message saved to %2") if count == 1 else self.tr("%1 messages saved to %2")
        self.notice.show_message(words.replace("%1", fmt.number(count)).replace("%2", str(path)), "ok")

    # -- the panel's contract ----------------------------------------------------------------

    def on_changes(self, events: Sequence[Event]) -> None:
        self.model.on_changes(events)  # its count reads the per-status counts again
        if any(isinstance(event, AccountsChanged | CampaignsChanged) for event in events):
            self.filters.reload_choices()
        self.overview.on_changes(events)

    def shutdown(self) -> None:
        self._tasks.cancel_all()
        self.filters.shutdown()
        self.message_actions.shutdown()
        self.model.shutdown()
        self.overview.shutdown()
        if self.export_dialog is not None:
            self.export_dialog.reject()
