"""The Composer's recipients: numbers typed or pasted, contacts, local groups, WhatsApp groups, a file.

Everything chosen is one list under the sources (Delete removes the selected
entry); numbers that cannot be read and file rows that cannot be used stay
in it, in red with their reason, and are left out of the send.  The count
under the list is the sending service's own (``services.sending.count``: the
same gathering as a plan, off the event loop): who is reached, and who is
left out and why — asked not to be messaged, given twice, not on WhatsApp.
"""

from __future__ import annotations

import asyncio
import dataclasses
import enum
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.models import Contact, Group
from wadesk.domain.phone import DEFAULT_REGION
from wadesk.services.compose import Draft
from wadesk.services.contact_files import ContactFile
from wadesk.services.contacts import ContactService
from wadesk.services.events import ContactsChanged, Event, SettingsChanged
from wadesk.services.recipient_columns import choice_by_names, read_mapped
from wadesk.services.recipients_csv import RecipientTable
from wadesk.services.sending import RecipientCount, SendRequest, count_recipients
from wadesk.services.settings import SettingsFile
from wadesk.store.contact_list import ContactRow
from wadesk.store.tags import Tag
from wadesk.ui import format as fmt
from wadesk.ui import icons
from wadesk.ui.composer.recipients_file import RecipientsFileDialog
from wadesk.ui.composer.recipients_list import ChosenModel, Line
from wadesk.ui.composer.recipients_text import ReadNumber, read_numbers
from wadesk.ui.context import UiContext
from wadesk.ui.i18n import say, translate_marked
from wadesk.ui.tasks import Tasks

SEARCH_DELAY_MS = 200  # typing pauses this long before contacts are searched
COUNT_DELAY_MS = 150  # changes this close together are counted once
SEARCH_LIMIT = 50  # contacts listed for a search
ROWS_LISTED = 50  # bad rows of a file listed one by one; the rest are counted in one line
# The theme styles tables, not lists: the same focus border, and rows with room to read and to aim at.
_FOCUS = "QListView:focus { border: 2px solid palette(highlight); } QListView::item { padding: 3px 2px; }"
# The source shown stands out as the theme's primary buttons do (filled, a dark border when focused).
_TAB_STYLE = (
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
    "QPushButton:checked:focus { border: 2px solid palette(text); }"
)


class Source(enum.Enum):
    """Where an entry of the chosen list comes from."""

    NUMBER = "number"
    CONTACT = "contact"
    TAG = "tag"
    GROUP = "group"
    FILE = "file"


@dataclass(frozen=True)
class RecipientChoice:
    """The recipients chosen, as ``SendRequest`` takes them: only what can be used.

    ``numbers`` are the numbers (``+`` and the country code) and group ids typed; ``tables`` hold
    only their usable rows; ``unusable`` says what was left out (a number
    that cannot be read, a file row), each with its reason, for the checks.
    """

    numbers: tuple[str, ...] = ()  # "+6281234567890": with its country code, read the same in any region
    contacts: tuple[Contact, ...] = ()
    tags: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    tables: tuple[RecipientTable, ...] = ()
    region: str = DEFAULT_REGION
    unusable: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.numbers or self.contacts or self.tags or self.groups or self.tables)

    def fill(self, request: SendRequest) -> SendRequest:
        """``request`` with these recipients (whatever recipients it had replaced)."""
        return dataclasses.replace(
            request,
            numbers=self.numbers,
            contacts=self.contacts,
            tags=self.tags,
            groups=self.groups,
            tables=self.tables,
            region=self.region,
        )


@dataclass
class _Entry:
    """One line of the chosen list."""

    source: Source
    key: str  # what makes it the same entry: an address, a tag's name, a group id, a file's path
    text: str
    tip: str
    problem: bool = False  # a number that cannot be read, or a file row that cannot be used: not sent
    group: bool = False  # a WhatsApp group id typed
    raw: str = ""  # a typed number as typed
    contact: Contact | None = None
    table: RecipientTable | None = None  # as read, with its bad rows
    rows: list[str] = field(default_factory=list)  # a file's bad rows, listed under it


class _NumbersBox(QPlainTextEdit):
    """Numbers typed or pasted, several lines; Enter adds them (Shift+Enter starts a new line)."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class SourceTabs(QWidget):
    """The sources as a row of buttons over their pages: one page shown, the buttons in the Tab order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # No QButtonGroup: Qt gives a group's buttons one Tab stop (the checked one, arrows for the rest);
        # every source is its own Tab stop here, and ``select`` keeps exactly one checked.
        self._buttons: list[QPushButton] = []
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(4)
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self.buttons)
        layout.addWidget(self.pages, 1)
        self.setStyleSheet(_TAB_STYLE)

    def add(self, page: QWidget, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setAccessibleName(text)
        index = self.pages.count()
        button.clicked.connect(lambda _checked=False: self.select(index))
        self._buttons.append(button)
        self.buttons.addWidget(button, 1)
        self.pages.addWidget(page)
        if self.pages.count() == 1:
            button.setChecked(True)
        self._order_tabs()
        return button

    def _order_tabs(self) -> None:
        """Tab reads as the eye does: every source's button along the row, then the page shown."""
        pages = [page for page in (self.pages.widget(i) for i in range(self.pages.count())) if page is not None]
        inside = [
            widget
            for page in pages
            for widget in page.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        for first, second in itertools.pairwise([*self._buttons, *inside]):
            QWidget.setTabOrder(first, second)

    def select(self, index: int) -> None:
        """Show the page of source ``index`` (0: numbers, 1: contacts, 2: groups, 3: a file)."""
        self.pages.setCurrentIndex(index)
        for position, button in enumerate(self._buttons):
            button.setChecked(position == index)

    def current(self) -> int:
        return self.pages.currentIndex()

    def count(self) -> int:
        return self.pages.count()


class RecipientsPicker(QWidget):
    """Who a message goes to, from every source, with the count always shown (see the module docstring).

    ``changed`` is emitted whenever the choice changes; ``counted(RecipientCount)`` when the count that follows
    is known.  The panel calls ``set_enabled_sources`` when the chosen devices change, and forwards the change
    feed to ``on_changes``.
    """

    changed = Signal()
    counted = Signal(object)  # RecipientCount

    def __init__(
        self,
        ctx: UiContext,
        contacts: ContactService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contacts = contacts or ctx.contacts
        self.region = SettingsFile(ctx.home).load().region
        self._tasks = Tasks(self)
        self._entries: list[_Entry] = []
        self._typed_twice = 0  # numbers typed again, merged at once
        self._count = RecipientCount()
        self._count_task: asyncio.Task[RecipientCount] | None = None
        self._search_task: asyncio.Task[list[ContactRow]] | None = None
        self._groups_allowed = False
        self._tags: list[Tag] = []
        self._groups: list[Group] = []
        self.file_dialog: RecipientsFileDialog | None = None

        self.tabs = SourceTabs()
        self.tabs.add(self._numbers_page(), self.tr("Numbers"))
        self.tabs.add(self._contacts_page(), self.tr("Contacts"))
        self.tabs.add(self._groups_page(), self.tr("Groups"))
        self.tabs.add(self._file_page(), self.tr("File"))

        self.chosen_model = ChosenModel()
        self.chosen = QListView()
        self.chosen.setModel(self.chosen_model)
        self.chosen.setAccessibleName(self.tr("Recipients chosen"))
        self.chosen.setStyleSheet(_FOCUS)
        self.chosen.setMinimumHeight(72)
        self.chosen.setUniformItemSizes(True)
        self.chosen.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.chosen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen.installEventFilter(self)
        self.chosen.selectionModel().currentChanged.connect(self._update_buttons)
        self.remove_button = QPushButton(icons.icon("remove"), self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected recipient (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        chosen_title = QLabel(self.tr("Sending to"))
        chosen_title.setObjectName("SectionTitle")
        chosen_head = QHBoxLayout()
        chosen_head.addWidget(chosen_title, 1)
        chosen_head.addWidget(self.remove_button)

        self.count_label = QLabel()
        self.count_label.setObjectName("SectionTitle")
        self.count_label.setAccessibleName(self.tr("Recipient count"))
        self.count_details = QLabel()
        self.count_details.setObjectName("Muted")
        self.count_details.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(chosen_head)
        layout.addWidget(self.chosen, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.count_details)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._recount)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_contacts)
        self._show_count()
        self._update_buttons()
        self.reload_groups()
        self.search_contacts()

    # -- the sources ---------------------------------------------------------------

    def _numbers_page(self) -> QWidget:
        page = QWidget()
        hint = QLabel(self.tr("One per line, or separated by commas. Enter adds them."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        self.numbers_box = _NumbersBox()
        self.numbers_box.setTabChangesFocus(True)
        self.numbers_box.setPlaceholderText(self.tr("0812-3456-7890, +62 813 1111 2222 …"))
        self.numbers_box.setAccessibleName(self.tr("Numbers to add"))
        self.numbers_box.setMinimumHeight(48)
        self.numbers_box.setMaximumHeight(120)
        self.numbers_box.submitted.connect(self.add_typed)
        self.add_numbers_button = QPushButton(icons.icon("add"), self.tr("Add numbers"))
        self.add_numbers_button.clicked.connect(self.add_typed)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.numbers_box, 1)
        layout.addWidget(self.add_numbers_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(0)
        return page

    def _contacts_page(self) -> QWidget:
        page = QWidget()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or number"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_entered)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Contacts found"))
        self.results.setStyleSheet(_FOCUS)
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setMinimumHeight(48)
        self.results.itemActivated.connect(self._result_activated)  # double-click, or Enter
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        return page

    def _groups_page(self) -> QWidget:
        page = QWidget()
        self.group_list = QListWidget()
        self.group_list.setAccessibleName(self.tr("Groups"))
        self.group_list.setStyleSheet(_FOCUS)
        self.group_list.setWordWrap(True)
        self.group_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.group_list.setMinimumHeight(48)
        self.group_list.itemActivated.connect(self._group_activated)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.group_list, 1)
        return page

    def _file_page(self) -> QWidget:
        page = QWidget()
        hint = QLabel(
            self.tr("A CSV or Excel file of customers: you choose which column holds the numbers on the next step.")
        )
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        self.file_button = QPushButton(icons.icon("open"), self.tr("Choose a file…"))
        self.file_button.clicked.connect(self.choose_file)
        self.file_status = QLabel()
        self.file_status.setWordWrap(True)
        self.file_status.setVisible(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.file_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.file_status)
        layout.addStretch(1)
        return page

    # -- numbers -------------------------------------------------------------------

    def add_typed(self) -> None:
        """Add what the numbers box holds (read off the event loop) and empty it."""
        text = self.numbers_box.toPlainText()
        if not text.strip():
            return
        self.numbers_box.clear()
        self.add_numbers(text)

    def add_numbers(self, text: str) -> None:
        """Add every number in ``text``; those that cannot be read are listed with why."""
        self._tasks.start(asyncio.to_thread(read_numbers, text, self.region), done=self._numbers_read)

    def _numbers_read(self, numbers: list[ReadNumber]) -> None:
        keys = {entry.key for entry in self._entries if entry.source is Source.NUMBER}
        for number in numbers:
            key = number.address if number.address is not None else "?" + number.raw
            if key in keys:
                self._typed_twice += 1
                continue
            keys.add(key)
            if number.address is None:
                problem = translate_marked("Composer", number.problem or "")
                text = self.tr("%1 — %2").replace("%1", number.raw).replace("%2", problem)
                tip = self.tr("Cannot be read, left out: %1").replace("%1", problem)
                self._entries.append(_Entry(Source.NUMBER, key, text, tip, problem=True, raw=number.raw))
            elif number.is_group:
                text = self.tr("WhatsApp group %1").replace("%1", number.address)
                self._entries.append(_Entry(Source.NUMBER, key, text, text, group=True, raw=number.address))
            else:
                shown = fmt.phone(number.address)
                tip = self.tr("Number typed: %1").replace("%1", shown)
                self._entries.append(_Entry(Source.NUMBER, key, shown, tip, raw=number.raw))
        self._choice_changed()

    # -- contacts ------------------------------------------------------------------

    def search_contacts(self) -> None:
        """List the contacts the search box finds (searched in SQL, off the event loop)."""
        self._search_timer.stop()
        if self._search_task is not None:
            self._search_task.cancel()
        query = self.contacts.query(self.search.text().strip(), region=self.region)
        self._search_task = self._tasks.start(
            asyncio.to_thread(self.contacts.rows, query, limit=SEARCH_LIMIT), done=self._found
        )

    def _found(self, rows: list[ContactRow]) -> None:
        self.results.clear()
        for row in rows:
            text = f"{row.name} · {fmt.phone(row.number)}" if row.name else fmt.phone(row.number)
            tip = text
            item = QListWidgetItem(text)
            if row.opted_out:
                item.setText(text + " · " + self.tr("asked not to be messaged"))
                item.setForeground(self.palette().placeholderText())
                tip = self.tr("%1 asked not to be messaged: left out if added").replace("%1", tip)
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.UserRole, Contact(row.number, row.name, row.fields, row.on_whatsapp, row.id))
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        elif self.search.text().strip():
            self._placeholder(self.results, self.tr("No contact has what you typed."))
        else:
            self._placeholder(self.results, self.tr("No contacts yet: add them in Contacts."))

    def _search_entered(self) -> None:
        if self._search_timer.isActive() or (self._search_task is not None and not self._search_task.done()):
            self.search_contacts()
            return
        item = self.results.currentItem()
        if item is not None:
            self._result_activated(item)

    def _result_activated(self, item: QListWidgetItem) -> None:
        contact = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(contact, Contact):
            self.add_contact(contact)

    def add_contact(self, contact: Contact) -> None:
        if any(e.source is Source.CONTACT and e.key == contact.phone for e in self._entries):
            return
        shown = fmt.phone(contact.phone)
        text = f"{contact.name} · {shown}" if contact.name else shown
        tip = self.tr("Contact: %1").replace("%1", text)
        self._entries.append(_Entry(Source.CONTACT, contact.phone, text, tip, contact=contact))
        self._choice_changed()

    # -- groups ----------------------------------------------------------------------

    def reload_groups(self) -> None:
        """Read the local groups (with their member counts) and the devices' WhatsApp groups again."""
        self._tasks.start(asyncio.to_thread(self._read_groups), done=self._groups_read)

    def _read_groups(self) -> tuple[list[Tag], list[Group]]:
        return self.contacts.tags(), self.contacts.groups()

    def _groups_read(self, found: tuple[list[Tag], list[Group]]) -> None:
        self._tags, self._groups = found
        self._fill_groups()

    def _fill_groups(self) -> None:
        self.group_list.clear()
        if self._tags:
            self._heading(self.group_list, self.tr("Your groups (tags)"))
        for tag in self._tags:
            item = QListWidgetItem(icons.icon("contacts"), self._tag_words(tag))
            item.setToolTip(self.tr("Local group: %1").replace("%1", item.text()))
            item.setData(Qt.ItemDataRole.UserRole, tag)
            self.group_list.addItem(item)
        groups = self._groups if self._groups_allowed else []
        if groups:
            self._heading(self.group_list, self.tr("WhatsApp groups"))
        for group in groups:
            item = QListWidgetItem(icons.icon("phone_link"), group.name or group.group_id)
            item.setToolTip(self.tr("WhatsApp group %1").replace("%1", group.group_id))
            item.setData(Qt.ItemDataRole.UserRole, group)
            self.group_list.addItem(item)
        if not self._tags and not groups:
            self._placeholder(self.group_list, self.tr("No groups yet: tag contacts in Contacts to make one."))
        first = next((r for r in range(self.group_list.count()) if self._selectable(self.group_list.item(r))), None)
        if first is not None:
            self.group_list.setCurrentRow(first)

    def _tag_words(self, tag: Tag) -> str:
        words = self.tr("1 person") if tag.members == 1 else self.tr("%1 people").replace("%1", fmt.number(tag.members))
        if tag.opted_out:
            words += ", " + self.tr("%1 asked not to be messaged").replace("%1", fmt.number(tag.opted_out))
        return f"{tag.name} · {words}"

    def _group_activated(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(value, Tag):
            self.add_tag(value)
        elif isinstance(value, Group):
            self.add_group(value)

    def add_tag(self, tag: Tag) -> None:
        if any(e.source is Source.TAG and e.key == tag.name for e in self._entries):
            return
        people = (
            self.tr("1 person") if tag.members == 1 else self.tr("%1 people").replace("%1", fmt.number(tag.members))
        )
        tip = self.tr("Local group: %1").replace("%1", self._tag_words(tag))
        self._entries.append(_Entry(Source.TAG, tag.name, f"{tag.name} · {people}", tip))
        self._choice_changed()

    def add_group(self, group: Group) -> None:
        if any(e.source is Source.GROUP and e.key == group.group_id for e in self._entries):
            return
        text = self.tr("%1 · WhatsApp group").replace("%1", group.name or group.group_id)
        self._entries.append(_Entry(Source.GROUP, group.group_id, text, group.group_id))
        self._choice_changed()

    def set_enabled_sources(self, can_send_to_groups: bool) -> None:
        """Offer the devices' WhatsApp groups only where the chosen devices' gateways can send to groups.

        WhatsApp groups chosen before stay listed, marked as not sent, until a device that can is chosen.
        """
        if can_send_to_groups == self._groups_allowed:
            return
        self._groups_allowed = can_send_to_groups
        self._fill_groups()
        self._choice_changed()

    # -- a file ----------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a list of recipients"), "", self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv)")
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Open ``path`` off the event loop, then show its mapping step (``file_dialog``)."""
        self.file_status.setText(self.tr("Opening %1…").replace("%1", path.name))
        self.file_status.setObjectName("Muted")
        self.file_status.setVisible(True)
        self.file_button.setEnabled(False)
        self._tasks.start(self.contacts.open_contact_file(path, self.region), done=self._file_opened,
                          failed=self._file_failed)  # fmt: skip

    def _file_opened(self, file: ContactFile) -> None:
        self.file_button.setEnabled(True)
        self.file_status.setVisible(False)
        if self.file_dialog is not None:
            self.file_dialog.close()
        dialog = RecipientsFileDialog(file, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.add_table)
        dialog.finished.connect(self._file_dialog_closed)
        self.file_dialog = dialog
        dialog.open()

    def _file_dialog_closed(self) -> None:
        self.file_dialog = None

    def _file_failed(self, words: str) -> None:
        self.file_button.setEnabled(True)
        self.file_status.setText(words)
        self.file_status.setObjectName("FieldError")
        self.file_status.style().polish(self.file_status)

    def add_table(self, file: ContactFile, table: RecipientTable) -> None:
        """Add a file's recipients as read; its bad rows are listed under it, left out."""
        key = str(file.path)
        self._entries = [e for e in self._entries if not (e.source is Source.FILE and e.key == key)]
        good = len(table.rows)
        text = self.tr("%1 · %2").replace("%1", file.name).replace("%2", self._rows_words(good))
        rows = [_capital(say(error.words)) for error in table.errors[:ROWS_LISTED]]  # "Row 4: …"
        if len(table.errors) > ROWS_LISTED:
            more = len(table.errors) - ROWS_LISTED
            rows.append(
                self.tr("1 more row cannot be used")
                if more == 1
                else self.tr("%1 more rows cannot be used").replace("%1", fmt.number(more))
            )
        tip = self.tr("File: %1").replace("%1", str(file.path))
        if table.errors:
            bad = len(table.errors)
            tip += "\n" + (
                self.tr("1 row cannot be used, listed below")
                if bad == 1
                else self.tr("%1 rows cannot be used, listed below").replace("%1", fmt.number(bad))
            )
        if table.notice:
            tip += "\n" + say(table.notice)
        self._entries.append(_Entry(Source.FILE, key, text, tip, table=table, rows=rows))
        self._choice_changed()

    # -- a draft's choice, kept and brought back --------------------------------------

    def file_mapping(self) -> tuple[Path | None, dict[str, str]]:
        """The recipients file chosen (the first) and its columns by name, for a draft to keep."""
        for entry in self._entries:
            if entry.source is Source.FILE and entry.table is not None:
                table = entry.table
                return Path(entry.key), {"phone": table.phone_column, "variables": "\t".join(table.variable_names)}
        return None, {}

    def restore(
        self,
        contact_ids: Sequence[int],
        tags: Sequence[str],
        group_ids: Sequence[str],
        file: Path | None = None,
        mapping: Mapping[str, str] | None = None,
    ) -> None:
        """Choose again what a draft had: its contacts, local groups and WhatsApp groups (read off the event
        loop; those deleted since are left out) and its file, read again with the same columns (the column step
        is shown when the file no longer has them)."""
        if contact_ids or tags or group_ids:

            def read() -> tuple[list[Contact], list[Tag], list[Group]]:
                contacts = self.contacts.with_ids(contact_ids)
                kept = [t for t in self.contacts.tags() if t.name in set(tags)]
                groups = [g for g in self.contacts.groups() if g.group_id in set(group_ids)]
                return contacts, sorted(kept, key=lambda t: list(tags).index(t.name)), groups

            self._tasks.start(asyncio.to_thread(read), done=self._restored)
        if file is not None:
            self._reopen_file(file, dict(mapping or {}))

    def _restored(self, found: tuple[list[Contact], list[Tag], list[Group]]) -> None:
        contacts, tags, groups = found
        for contact in contacts:
            self.add_contact(contact)
        for tag in tags:
            self.add_tag(tag)
        for group in groups:
            self.add_group(group)

    def _reopen_file(self, path: Path, mapping: dict[str, str]) -> None:
        self.file_status.setText(self.tr("Opening %1…").replace("%1", path.name))
        self.file_status.setObjectName("Muted")
        self.file_status.setVisible(True)
        self.file_button.setEnabled(False)
        variables = [name for name in mapping.get("variables", "").split("\t") if name]

        async def reread() -> tuple[ContactFile, RecipientTable | None]:
            opened = await self.contacts.open_contact_file(path, self.region)
            choice = choice_by_names(opened, mapping.get("phone", ""), variables)
            if choice is None:
                return opened, None
            return opened, await asyncio.to_thread(read_mapped, opened, choice)

        self._tasks.start(reread(), done=self._reopened, failed=self._file_failed)

    def _reopened(self, result: tuple[ContactFile, RecipientTable | None]) -> None:
        opened, table = result
        if table is None:  # its number column is gone: the user maps it again
            self._file_opened(opened)
            return
        self.file_button.setEnabled(True)
        self.file_status.setVisible(False)
        self.add_table(opened, table)

    # -- the chosen list -------------------------------------------------------------

    def _fill_chosen(self) -> None:
        current = self.chosen.currentIndex().row()
        lines: list[Line] = []
        for index, entry in enumerate(self._entries):
            not_sent = entry.source is Source.GROUP and not self._groups_allowed
            text = entry.text
            if not_sent:
                text += " · " + self.tr("not sent: the device cannot send to groups")
            icon = "error" if entry.problem else _ICONS[entry.source]
            lines.append(Line(text, entry.tip, icon, index, entry.problem or not_sent))
            lines.extend(
                Line(row, self.tr("Left out: %1").replace("%1", row), "error", index, True) for row in entry.rows
            )
        height = max(self.chosen.fontMetrics().height(), self.chosen.iconSize().height(), 16) + 10
        self.chosen_model.set_lines(lines, height)
        if lines:
            self.chosen.setCurrentIndex(self.chosen_model.index(min(max(current, 0), len(lines) - 1)))
        self._update_buttons()

    def chosen_texts(self) -> list[str]:
        """The lines of the list, as shown (whole, before eliding)."""
        model = self.chosen_model
        return [str(model.index(row).data()) for row in range(model.rowCount())]

    def remove_current(self) -> None:
        """Remove the selected entry (a file's bad row removes the file)."""
        line = self.chosen_model.line(self.chosen.currentIndex().row())
        if line is None:
            return
        del self._entries[line.entry]
        if not any(e.source is Source.NUMBER for e in self._entries):
            self._typed_twice = 0
        self._choice_changed()

    def clear(self) -> None:
        """Choose no one."""
        self._entries.clear()
        self._typed_twice = 0
        self._choice_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.chosen and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.chosen.currentIndex().isValid())

    # -- the choice and its count ----------------------------------------------------

    def choice(self) -> RecipientChoice:
        """What to send to: only what can be used (see ``RecipientChoice``)."""
        usable = [e for e in self._entries if not e.problem]
        unusable = [e.text for e in self._entries if e.problem]
        unusable += [f"{Path(e.key).name}, {row}" for e in self._entries for row in e.rows]  # "list.csv, Row 4: …"
        return RecipientChoice(
            numbers=tuple(e.raw if e.group else "+" + e.key for e in usable if e.source is Source.NUMBER),
            contacts=tuple(e.contact for e in usable if e.contact is not None),
            tags=tuple(e.key for e in usable if e.source is Source.TAG),
            groups=tuple(e.key for e in usable if e.source is Source.GROUP and self._groups_allowed),
            tables=tuple(dataclasses.replace(e.table, errors=[]) for e in usable if e.table is not None),
            region=self.region,
            unusable=tuple(unusable),
        )

    def _count_request(self) -> SendRequest:
        """The choice as a request the sending service gathers, what cannot be used included (it counts it)."""
        request = self.choice().fill(SendRequest(Draft(), ()))
        typed = [e.raw for e in self._entries if e.source is Source.NUMBER and e.problem]
        tables = [e.table for e in self._entries if e.table is not None]
        return dataclasses.replace(request, numbers=(*request.numbers, *typed), tables=tables)

    def count(self) -> int:
        """How many the choice reaches, as last counted (``counted`` tells when a count is new)."""
        return self._count.reached

    def last_count(self) -> RecipientCount:
        return self._count

    def count_text(self) -> str:
        """The count as shown: "128 recipients · 3 left out: asked not to be messaged · …"."""
        return " · ".join(text for text in (self.count_label.text(), self.count_details.text()) if text)

    def variable_names(self) -> list[str]:
        """The ``{variables}`` the recipients have: the contact fields, and the columns of the files chosen."""
        names: dict[str, None] = {}
        if any(e.source is not Source.FILE and not e.problem for e in self._entries):
            names.update({"name": None, "phone": None})
        for entry in self._entries:
            if entry.contact is not None:
                names.update(dict.fromkeys(entry.contact.fields))
            if entry.table is not None:
                names.update(dict.fromkeys(["phone", *entry.table.variable_names]))
        return list(names)

    def _choice_changed(self) -> None:
        self._fill_chosen()
        self.changed.emit()
        self._count_timer.start()

    def _recount(self) -> None:
        if self._count_task is not None:
            self._count_task.cancel()
        if not self._entries:
            self._counted(RecipientCount())
            return
        self._count_task = self._tasks.start(
            count_recipients(self._count_request(), self.ctx.store, self.ctx.store.tags), done=self._counted
        )

    def _counted(self, count: RecipientCount) -> None:
        self._count = count
        self._show_count()
        self.counted.emit(count)

    def _show_count(self) -> None:
        """The number reached in bold, then who is left out and why."""
        words = self._count_words(self._count)
        self.count_label.setText(words[0])
        self.count_details.setText(" · ".join(words[1:]))
        self.count_details.setVisible(len(words) > 1)

    def _count_words(self, count: RecipientCount) -> list[str]:
        if not self._entries:
            return [self.tr("No recipients yet"), self.tr("Add numbers, contacts, groups or a file.")]
        parts = [
            self.tr("1 recipient")
            if count.reached == 1
            else self.tr("%1 recipients").replace("%1", fmt.number(count.reached))
        ]
        if count.opted_out:
            parts.append(self.tr("%1 left out: asked not to be messaged").replace("%1", fmt.number(count.opted_out)))
        merged = count.duplicates + self._typed_twice
        if merged:
            parts.append(
                self.tr("1 duplicate merged")
                if merged == 1
                else self.tr("%1 duplicates merged").replace("%1", fmt.number(merged))
            )
        if count.not_on_whatsapp:
            parts.append(self.tr("%1 not on WhatsApp").replace("%1", fmt.number(count.not_on_whatsapp)))
        if count.unreadable:
            parts.append(
                self.tr("1 number cannot be read")
                if count.unreadable == 1
                else self.tr("%1 numbers cannot be read").replace("%1", fmt.number(count.unreadable))
            )
        if count.bad_rows:
            parts.append(
                self.tr("1 row cannot be used")
                if count.bad_rows == 1
                else self.tr("%1 rows cannot be used").replace("%1", fmt.number(count.bad_rows))
            )
        return parts

    # -- helpers ---------------------------------------------------------------------

    def _rows_words(self, count: int) -> str:
        """``1 row``, ``12 rows``."""
        return self.tr("1 row") if count == 1 else self.tr("%1 rows").replace("%1", fmt.number(count))

    def _placeholder(self, view: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        view.addItem(item)

    def _heading(self, view: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        view.addItem(item)

    @staticmethod
    def _selectable(item: QListWidgetItem) -> bool:
        return bool(item.flags() & Qt.ItemFlag.ItemIsSelectable)

    # -- the panel contract ----------------------------------------------------------

    def on_changes(self, events: Sequence[Event]) -> None:
        """The change feed: the address book's groups and the region may have changed."""
        if any(isinstance(event, SettingsChanged) for event in events):
            self.region = SettingsFile(self.ctx.home).load().region
        if any(isinstance(event, ContactsChanged) for event in events):
            self.reload_groups()
            self.search_contacts()
            self._count_timer.start()

    def shutdown(self) -> None:
        self._count_timer.stop()
        self._search_timer.stop()
        self._tasks.cancel_all()
        if self.file_dialog is not None:
            self.file_dialog.close()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


_ICONS = {
    Source.NUMBER: "phone_link",
    Source.CONTACT: "contacts",
    Source.TAG: "contacts",
    Source.GROUP: "phone_link",
    Source.FILE: "open",
}
