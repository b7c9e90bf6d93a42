"""The Contacts panel: the address book as a table of any length, searched as you type; add, edit, delete.

The table reads only the rows on screen (``ui/models/paged.py``): counting,
sorting and searching happen in SQL, so 100,000 contacts open and search as
quickly as 100.  Every write goes through ``ContactService``, whose change
events (from this panel, the command line's imports, a sync) refresh the rows
shown without losing the place.

The toolbar keeps room for what comes next to the selection (import, export,
tagging, opting out, number checks): they join ``toolbar`` and the context
menu, after the edit and delete buttons.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.models import Contact
from wadesk.services.contact_source import ContactFilter, ContactSource
from wadesk.services.contacts import ContactService
from wadesk.services.events import Event, SettingsChanged
from wadesk.services.paging import Sort
from wadesk.services.settings import SettingsFile
from wadesk.ui import format as fmt
from wadesk.ui import icons
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.dialogs.contact import ContactDialog
from wadesk.ui.i18n import say
from wadesk.ui.models.contacts import ContactColumn, ContactTableModel, column_samples, contact_of
from wadesk.ui.models.paged import KEY_ROLE
from wadesk.ui.panels.base import Panel
from wadesk.ui.panels.contact_files import ContactFiles
from wadesk.ui.panels.contact_gateway import ContactGateway
from wadesk.ui.panels.contact_groups import ContactGroups
from wadesk.ui.panels.devices import ActionButton
from wadesk.ui.tasks import Tasks
from wadesk.ui.widgets.button_row import ButtonRow
from wadesk.ui.widgets.notice import EmptyState, Notice
from wadesk.ui.widgets.spinner import Spinner
from wadesk.ui.widgets.table_setup import configure_table

SEARCH_DELAY_MS = 250  # typing pauses this long before the table is searched


class ContactsPanel(Panel):
    def __init__(
        self,
        ctx: UiContext,
        bridge: EventBridge,
        parent: QWidget | None = None,
        *,
        contacts: ContactService | None = None,
        page_size: int = 100,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self.contacts = contacts or ctx.contacts
        self.region = SettingsFile(ctx.home).load().region
        self._tasks = Tasks(self)
        self.dialog: ContactDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._to_delete: list[Contact] = []
        self._delete_button: QPushButton | None = None

        self.source: ContactSource = self.contacts.source()
        self.model = ContactTableModel(self.source, self, page_size=page_size)
        self.files = ContactFiles(self)  # Import… (the wizard, a dropped file) and Export…

        # -- actions -------------------------------------------------------------
        self.add_action = self._action("add", self.tr("Add contact…"), None, self.add_contact)
        self.edit_action = self._action("edit", self.tr("Edit…"), QKeySequence("F2"), self.edit_current)
        self.delete_action = self._action(
            "remove", self.tr("Delete…"), QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected
        )
        self.find_action = self._action(
            "", self.tr("Search"), QKeySequence(QKeySequence.StandardKey.Find), self.focus_search
        )
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # from the sidebar too, when shown
        self.groups = ContactGroups(self)  # tags and Do not message: the filter, the Tags menu, opting out
        self.gateway = ContactGateway(self)  # number checks, contacts from and to a device, WhatsApp groups

        # -- header --------------------------------------------------------------
        title = QLabel(self.tr("Contacts"))
        title.setObjectName("PanelTitle")
        subtitle = QLabel(self.tr("Your customers' names and WhatsApp numbers."))
        subtitle.setObjectName("PanelSubtitle")
        subtitle.setWordWrap(True)
        subtitle.setMinimumWidth(100)  # wraps onto more lines in a narrow window
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(subtitle)
        self.spinner = Spinner(18)
        self.header_buttons = ButtonRow()
        self.header_buttons.add(ActionButton(self.files.import_action))
        self.header_buttons.add(ActionButton(self.files.export_action))
        self.add_button = self.header_buttons.add(ActionButton(self.add_action))
        self.add_button.setProperty("primary", True)
        self.add_button.setIcon(icons.icon("add", "#ffffff"))
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        header.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.groups.filter, 0, Qt.AlignmentFlag.AlignVCenter)  # everyone, a tag, or Do not message
        header.addWidget(self.header_buttons, 0, Qt.AlignmentFlag.AlignVCenter)

        # -- search and the selection's buttons ----------------------------------
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or number"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        clear = self.search.findChild(QAction, "_q_qlineeditclearaction")  # Qt's own name for the ✕ in the box
        if clear is not None:
            clear.setToolTip(self.tr("Clear the search"))
        self.search.setMinimumWidth(120)
        self.search.setMaximumWidth(360)
        self.search.textChanged.connect(self._search_typed)
        self.search.returnPressed.connect(self.apply_search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.toolbar = ButtonRow()
        self.edit_button = self.toolbar.add(ActionButton(self.edit_action))
        self.delete_button = self.toolbar.add(ActionButton(self.delete_action))
        self.delete_button.setProperty("danger", True)
        self.groups.add_buttons(self.toolbar)  # Tags (with Do not message in its menu)
        self.toolbar.add(self.gateway.menu_button)  # WhatsApp: Check numbers…, contacts on a device, its groups
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        tools = QHBoxLayout()
        tools.setSpacing(12)
        tools.addWidget(self.search, 1)
        tools.addWidget(self.toolbar, 0)
        tools.addStretch(0)
        tools.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignVCenter)

        self.notice = Notice()

        # -- table ---------------------------------------------------------------
        self.view = QTableView()
        self.view.setModel(self.model)
        head = configure_table(self.view, self.tr("Contacts"), self._context_menu, self._activated, row_height=34)
        # The model's own order first: enabling sorting sorts by the header's indicator, and each order is a read.
        head.setSortIndicator(ContactColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # before sizing the columns: a heading's size counts the sort arrow's room
        # The last column takes what is left, never less than its heading (a narrow window scrolls sideways).
        head.setMinimumSectionSize(max(60, head.sectionSizeFromContents(ContactColumn.DETAILS).width() + 4))
        self.view.setColumnWidth(ContactColumn.NAME, 220)
        for column, samples in column_samples().items():
            widest = max(self.view.fontMetrics().horizontalAdvance(text) for text in samples) + 24
            self.view.setColumnWidth(column, max(widest, head.sectionSizeFromContents(column).width() + 4))
        self.remember("columns", head)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.empty = EmptyState(
            "contacts",
            self.tr("No contacts yet"),
            self.tr(
                "Add the people you send messages to, with their name and WhatsApp number. "
                "The address book stays on this computer."
            ),
            self.tr("Add contact…"),
        )
        assert self.empty.button is not None
        self.empty.button.clicked.connect(self.add_contact)
        self.not_found = EmptyState(
            "contacts",
            self.tr("No contact found"),
            self.tr("No contact's name or number has what you typed."),
            self.tr("Clear the search"),
        )
        assert self.not_found.button is not None
        self.not_found.button.clicked.connect(self.clear_search)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.not_found)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addLayout(tools)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)

        # -- feeding -------------------------------------------------------------
        self.model.ready.connect(self._shown)
        self.model.failed.connect(self._read_failed)
        self.model.modelReset.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_actions)
        self._shown_once = False
        self.spinner.set_running(True)
        self._update_actions()

    # -- building blocks ---------------------------------------------------------

    def _action(self, icon_name: str, text: str, shortcut: QKeySequence | None, slot: Callable[[], None]) -> QAction:
        action = QAction(icons.icon(icon_name), text, self) if icon_name else QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- what is shown -----------------------------------------------------------

    @property
    def query(self) -> ContactFilter:
        return self.model.current_filter

    def _shown(self) -> None:
        """The rows are current: say how many, and show the table or what to do when there is none."""
        self.spinner.set_running(False)
        count = self.model.rowCount()
        searching = bool(self.query.search.strip()) or self.groups.filtering
        if count:
            self.stack.setCurrentWidget(self.view)
        elif searching:
            self.not_found.body.setText(
                self.tr("No contact's name or number has “%1”.").replace("%1", self.query.search.strip())
            )
            self.groups.explain_not_found(self.not_found)
            self.stack.setCurrentWidget(self.not_found)
        else:
            self.stack.setCurrentWidget(self.empty)
        self.search.setVisible(count > 0 or searching)
        self.groups.filter.setVisible(count > 0 or searching)
        self.toolbar.setVisible(count > 0)
        if not self._shown_once and count:
            self._shown_once = True
            self.view.selectRow(0)
        self._update_actions()

    def _count_words(self) -> str:
        count = self.model.rowCount()
        selected = self.selected_count()
        if self.query.search.strip():
            text = self.tr("%1 found").replace("%1", fmt.number(count))
        elif count == 1:
            text = self.tr("1 contact")
        else:
            text = self.tr("%1 contacts").replace("%1", fmt.number(count))
        if selected > 1:
            text += " · " + self.tr("%1 selected").replace("%1", fmt.number(selected))
        return text

    def _read_failed(self, words: str) -> None:
        self.spinner.set_running(False)
        self.notice.show_message(self.tr("Could not read the address book: %1").replace("%1", say(words)), "error")
        self.groups.read_failed(words)  # after: a tag gone elsewhere is said in plain words instead

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        selected = self.selected_count()
        self.edit_action.setEnabled(selected > 0 and self.view.currentIndex().isValid())
        self.delete_action.setEnabled(selected > 0)
        self.gateway.update_actions(selected, self.model.rowCount())
        self.count_label.setText(self._count_words() if self.model.rowCount() or self.query.search else "")
        self.groups.update_actions()

    def selected_ranges(self) -> list[tuple[int, int]]:
        """The selected rows as (first, last) runs, in order: a selection of 100,000 rows is one run."""
        selection = self.view.selectionModel().selection()
        runs = sorted(
            {(r.top(), r.bottom()) for r in (selection.at(i) for i in range(selection.size())) if r.isValid()}
        )
        merged: list[tuple[int, int]] = []
        for top, bottom in runs:
            if merged and top <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
            else:
                merged.append((top, bottom))
        return merged

    def selected_count(self) -> int:
        return sum(bottom - top + 1 for top, bottom in self.selected_ranges())

    def current_contact(self) -> Contact | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        row = self.model.contact_at(index.row())
        return contact_of(row) if row is not None else None

    # -- search ------------------------------------------------------------------

    def _search_typed(self) -> None:
        self._search_timer.start()

    def apply_search(self) -> None:
        self._search_timer.stop()
        wanted = self.groups.narrow(self.contacts.query(self.search.text().strip(), region=self.region))
        if wanted != self.query:
            self.spinner.set_running(True)
            self.model.set_filter(wanted)

    def clear_search(self) -> None:
        self.search.clear()
        self.groups.show_all()
        self.apply_search()
        self.search.setFocus()

    def focus_search(self) -> None:
        self.search.setVisible(True)
        self.search.setFocus()
        self.search.selectAll()

    # -- add, edit, delete -------------------------------------------------------

    def add_contact(self) -> None:
        self._open_dialog(None)

    def edit_current(self) -> None:
        contact = self.current_contact()
        if contact is not None:
            self._open_dialog(contact)

    def _open_dialog(self, contact: Contact | None) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog = ContactDialog(self.contacts, self.region, contact, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._added if contact is None else self._edited)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _added(self, contact: Contact) -> None:
        self.notice.show_message(self.tr("%1 added.").replace("%1", _who(contact)), "ok")

    def _edited(self, contact: Contact) -> None:
        self.notice.show_message(self.tr("Changes to %1 saved.").replace("%1", _who(contact)), "ok")

    def delete_selected(self) -> None:
        """Ask, then delete the selected contacts (read by position from SQL: the selection may be 100,000)."""
        ranges = self.selected_ranges()
        if not ranges or self._tasks.busy:
            return
        sort, query = self.model.current_sort, self.query
        self._tasks.start(asyncio.to_thread(self._read_ranges, ranges, sort, query), done=self._confirm_delete)

    def _read_ranges(self, ranges: Sequence[tuple[int, int]], sort: Sort, query: ContactFilter) -> list[Contact]:
        found: list[Contact] = []
        for top, bottom in ranges:
            found.extend(contact_of(row) for row in self.source.page(top, bottom - top + 1, sort, query))
        return found

    def _confirm_delete(self, contacts: list[Contact]) -> None:
        if not contacts:
            return
        self._to_delete = contacts
        question = (
            self.tr("Delete %1?").replace("%1", _who(contacts[0]))
            if len(contacts) == 1
            else self.tr("Delete %1 contacts?").replace("%1", fmt.number(len(contacts)))
        )
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete contacts"), question, parent=self)
        box.setInformativeText(
            self.tr(
                "They are removed from the address book on this computer. "
                "Messages already sent to them stay in the history."
            )
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        self._delete_button = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._confirm_finished)  # a bound method: see DevicesPanel._confirm
        self.confirm_box = box
        box.open()

    def _confirm_finished(self) -> None:
        box, button, contacts = self.confirm_box, self._delete_button, self._to_delete
        self.confirm_box, self._delete_button, self._to_delete = None, None, []
        if box is None or button is None or box.clickedButton() is not button:
            return
        ids = [contact.id for contact in contacts if contact.id is not None]
        words = (
            self.tr("%1 deleted.").replace("%1", _who(contacts[0]))
            if len(contacts) == 1
            else self.tr("%1 contacts deleted.").replace("%1", fmt.number(len(contacts)))
        )
        self._tasks.start(
            self.contacts.remove_contacts(ids),
            done=lambda _count: self._deleted(words),
            failed=lambda reason: self.notice.show_message(
                self.tr("Could not delete: %1").replace("%1", say(reason)), "error"
            ),
        )

    def _deleted(self, words: str) -> None:
        # The rows selected now hold other contacts: a second Delete must not be aimed at them.
        self.view.clearSelection()
        self.notice.show_message(words, "ok")

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(KEY_ROLE) is not None:
            self.edit_current()

    def _context_menu(self, pos: QPoint) -> None:
        if not self.view.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.delete_action)
        menu.addAction(self.files.export_action)
        self.groups.add_to_menu(menu)
        self.gateway.add_to_menu(menu)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- the panel contract --------------------------------------------------------

    def on_changes(self, events: Sequence[Event]) -> None:
        if any(isinstance(event, SettingsChanged) for event in events):
            self.region = SettingsFile(self.ctx.home).load().region
        self.model.on_changes(events)
        self.groups.on_changes(events)

    def shutdown(self) -> None:
        self._search_timer.stop()
        self._tasks.cancel_all()
        self.model.shutdown()
        self.files.shutdown()
        self.groups.shutdown()
        self.gateway.shutdown()
        if self.dialog is not None:
            self.dialog.close()


def _who(contact: Contact) -> str:
    """A contact as a sentence names it: “Budi Santoso”, or its number when it has no name."""
    return f"“{contact.name}”" if contact.name else fmt.phone(contact.phone)
