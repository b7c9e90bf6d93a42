"""The Contacts panel: the address book paged from a real SQLite file, searched as you type; add, edit, delete."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from qasync import QEventLoop

from tests.support import window_checks as checks
from tests.support.store import text_message
from tests.support.ui import open_window, run
from wadesk.app import App
from wadesk.demo import seed_address_book
from wadesk.domain.models import Contact
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.accounts import AccountService
from wadesk.services.contact_source import ContactFilter, ContactRow, ContactSource
from wadesk.services.contacts import ContactService
from wadesk.services.events import EventHub
from wadesk.services.paging import Sort
from wadesk.store import Store, open_store
from wadesk.ui import format as fmt
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.dialogs.contact import ContactDialog
from wadesk.ui.models.contacts import ContactColumn
from wadesk.ui.models.paged import ROW_ROLE
from wadesk.ui.panels.contacts import ContactsPanel
from wadesk.ui.tasks import running
from wadesk.ui.theme import ThemeWatcher


def make_panel(
    qtbot: QtBot, ctx: UiContext, contacts: ContactService | None = None, page_size: int = 100
) -> ContactsPanel:
    bridge = EventBridge(ctx.events)
    panel = ContactsPanel(ctx, bridge, contacts=contacts, page_size=page_size)
    bridge.changes.connect(panel.on_changes)  # what the main window does for each of its panels
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    panel.show()
    settle(qtbot, panel)
    return panel


def settle(qtbot: QtBot, panel: ContactsPanel) -> None:
    """Until the rows on screen are read and current (change events delivered first)."""
    panel.bridge.flush()
    qtbot.waitUntil(lambda: not panel.model.busy and not panel.spinner.spinning, timeout=20_000)


def shown_names(qtbot: QtBot, panel: ContactsPanel) -> list[str]:
    settle(qtbot, panel)
    return [str(panel.model.index(row, ContactColumn.NAME).data()) for row in range(panel.model.rowCount())]


def delete_box(qtbot: QtBot, panel: ContactsPanel) -> QMessageBox:
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible(), timeout=5000)
    assert panel.confirm_box is not None
    return panel.confirm_box


def answer(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    assert isinstance(button, QPushButton)
    button.click()


def open_dialog(qtbot: QtBot, panel: ContactsPanel) -> ContactDialog:
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=5000)
    assert panel.dialog is not None
    return panel.dialog


def select(panel: ContactsPanel, row: int) -> None:
    """Make ``row`` the current and only selected row, as a click does."""
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    panel.view.selectionModel().setCurrentIndex(panel.model.index(row, 0), flags)


def add_some(app: App) -> None:
    app.store.contacts.upsert_many(
        [
            Contact("6281234567890", "Siti Rahmawati", {"Kota": "Bandung"}, on_whatsapp=True),
            Contact("6285711112222", "budi Santoso", {}, on_whatsapp=False),
            Contact("6281399990000", "", {"Kota": "Depok"}),
            Contact("6287812345678", "Agus Setiawan"),
        ]
    )


def test_the_table_lists_contacts_by_name_and_searches_names_and_numbers(
    qtbot: QtBot, ctx: UiContext, app: App
) -> None:
    add_some(app)
    panel = make_panel(qtbot, ctx)
    assert shown_names(qtbot, panel) == ["Agus Setiawan", "budi Santoso", "Siti Rahmawati", ""]
    siti = panel.model.index(2, 0)
    assert [siti.siblingAtColumn(c).data() for c in ContactColumn] == [
        "Siti Rahmawati",
        "+62 812-3456-7890",
        "Yes",
        "",
        "",
        "",
        "Kota: Bandung",
    ]
    assert panel.model.index(1, ContactColumn.WHATSAPP).data() == "No"
    assert panel.model.index(0, ContactColumn.WHATSAPP).data() == "Not checked"
    assert panel.count_label.text() == "4 contacts"

    panel.view.sortByColumn(ContactColumn.NUMBER, Qt.SortOrder.DescendingOrder)  # a header click
    assert shown_names(qtbot, panel) == ["Agus Setiawan", "budi Santoso", "", "Siti Rahmawati"]
    panel.view.sortByColumn(ContactColumn.NAME, Qt.SortOrder.AscendingOrder)

    # Typing searches once the typing pauses: one search, not one per key.
    qtbot.keyClicks(panel.search, "RAHMA")
    assert panel.query == ContactFilter()
    qtbot.waitUntil(lambda: panel.query.search == "RAHMA", timeout=2000)
    assert shown_names(qtbot, panel) == ["Siti Rahmawati"]
    assert panel.count_label.text() == "1 found"
    for text, expected in (
        ("0857-1111-2222", ["budi Santoso"]),  # a number as people write it
        ("+62 813 9999", [""]),  # a part of one
        ("depok", []),  # details are not searched: the name and the number are
    ):
        panel.search.setText(text)
        panel.apply_search()  # Enter, without waiting for the pause
        assert shown_names(qtbot, panel) == expected, text

    assert panel.stack.currentWidget() is panel.not_found
    assert "depok" in panel.not_found.body.text()
    assert panel.not_found.button is not None
    panel.not_found.button.click()
    assert shown_names(qtbot, panel) == ["Agus Setiawan", "budi Santoso", "Siti Rahmawati", ""]
    assert panel.stack.currentWidget() is panel.view and panel.search.text() == ""
    panel.close()


def test_the_table_shows_tags_do_not_message_and_when_the_number_was_checked(
    qtbot: QtBot, ctx: UiContext, app: App
) -> None:
    add_some(app)
    app.store.tags.create("Pelanggan")
    app.store.tags.create("Grosir")
    [siti, budi] = app.contacts.contact_ids(["6281234567890", "6285711112222"])
    app.store.tags.add("Pelanggan", [siti, budi])
    app.store.tags.add("Grosir", [budi])
    app.store.opt_outs.opt_out(["6285711112222"])
    checked = datetime(2026, 11, 30, 23, 5, tzinfo=UTC)
    app.store.opt_outs.record_checks([("6281234567890", True)], at=checked)
    panel = make_panel(qtbot, ctx)
    assert shown_names(qtbot, panel) == ["Agus Setiawan", "budi Santoso", "Siti Rahmawati", ""]

    def cells(row: int, column: ContactColumn) -> tuple[object, object]:
        index = panel.model.index(row, column)
        return index.data(), index.data(Qt.ItemDataRole.ToolTipRole)

    heads = [
        panel.model.headerData(c, Qt.Orientation.Horizontal) for c in (ContactColumn.TAGS, ContactColumn.OPTED_OUT)
    ]
    assert heads == ["Tags", "Do not message"]
    assert cells(1, ContactColumn.TAGS) == ("Grosir, Pelanggan", "Grosir, Pelanggan")
    assert cells(2, ContactColumn.TAGS)[0] == "Pelanggan"
    assert cells(0, ContactColumn.TAGS) == ("", None)
    assert cells(1, ContactColumn.OPTED_OUT)[0] == "Yes"
    assert str(cells(1, ContactColumn.OPTED_OUT)[1]).startswith("Asked not to be messaged on ")
    assert cells(2, ContactColumn.OPTED_OUT) == ("", None)
    # The check's date in the user's own time zone, in words; never checked: no date to give.
    local = checked.astimezone()
    text, tip = cells(2, ContactColumn.WHATSAPP)
    assert text == "Yes" and tip == f"Checked {fmt.moment(checked)}"
    assert f"{local.day} " in str(tip) and str(local.year) in str(tip) and f"{local:%H:%M}" in str(tip)
    assert cells(0, ContactColumn.WHATSAPP)[1] is None

    panel.view.sortByColumn(ContactColumn.OPTED_OUT, Qt.SortOrder.DescendingOrder)  # who not to message, first
    assert shown_names(qtbot, panel)[0] == "budi Santoso"
    panel.close()


def test_the_last_message_to_a_contact_shows_how_it_fared_and_when(qtbot: QtBot, ctx: UiContext, app: App) -> None:
    add_some(app)
    account = app.store.accounts.add("shop", "wablas", "https://wablas.com/api", {})
    app.store.messages.add_many(account.id, [text_message("r1", "6281234567890"), text_message("r2", "6281234567890")])
    panel = make_panel(qtbot, ctx)
    assert shown_names(qtbot, panel)[2] == "Siti Rahmawati"
    assert panel.model.headerData(ContactColumn.LAST_MESSAGE, Qt.Orientation.Horizontal) == "Last message"
    siti = panel.model.index(2, ContactColumn.LAST_MESSAGE)
    row = siti.data(ROW_ROLE)
    assert isinstance(row, ContactRow) and row.last_at is not None
    assert siti.data() == f"Waiting · {fmt.day(row.last_at.astimezone().date())}"
    assert siti.data(Qt.ItemDataRole.ToolTipRole) == f"Last message: Waiting, {fmt.moment(row.last_at)}"
    never = panel.model.index(0, ContactColumn.LAST_MESSAGE)  # nothing sent to Agus yet
    assert never.data() == "" and never.data(Qt.ItemDataRole.ToolTipRole) is None
    panel.close()


def test_a_contact_is_added_edited_and_deleted_from_the_panel(qtbot: QtBot, ctx: UiContext, app: App) -> None:
    panel = make_panel(qtbot, ctx)
    assert panel.stack.currentWidget() is panel.empty  # nothing yet: what to do, and the button to do it
    assert not panel.search.isVisible() and not panel.toolbar.isVisible()

    assert panel.empty.button is not None
    panel.empty.button.click()
    dialog = open_dialog(qtbot, panel)
    dialog.name_edit.setText("Dewi Lestari")
    dialog.number_edit.setText("0812 3100 0000")
    dialog.details_edit.setPlainText("Kota: Yogyakarta\nno colon here")
    dialog.save_button.click()
    assert "Line 2" in dialog.feedback.text and dialog.isVisible()  # nothing saved
    dialog.details_edit.setPlainText("Kota: Yogyakarta\n\nCatatan: langganan")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=5000)
    assert shown_names(qtbot, panel) == ["Dewi Lestari"]  # the change feed brought the row
    assert panel.notice.text == "“Dewi Lestari” added."
    stored = app.store.contacts.get("6281231000000")
    assert stored is not None and dict(stored.fields) == {"Kota": "Yogyakarta", "Catatan": "langganan"}

    # The same number again is refused in the dialog, naming who has it.
    panel.add_action.trigger()
    dialog = open_dialog(qtbot, panel)
    dialog.number_edit.setText("+6281231000000")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "already in the address book (Dewi Lestari)" in dialog.feedback.text, timeout=5000)
    dialog.reject()
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=5000)

    # Edit: Enter on the row opens it with what is stored.
    checks.activate(panel)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, panel)
    assert (dialog.name_edit.text(), dialog.number_edit.text()) == ("Dewi Lestari", "+62 812-3100-0000")
    assert dialog.details_edit.toPlainText() == "Kota: Yogyakarta\nCatatan: langganan"
    dialog.name_edit.setText("Dewi Lestari Putri")
    dialog.details_edit.setPlainText("Kota: Sleman")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=5000)
    settle(qtbot, panel)
    assert [panel.model.index(0, c).data() for c in (ContactColumn.NAME, ContactColumn.DETAILS)] == [
        "Dewi Lestari Putri",
        "Kota: Sleman",
    ]

    # Delete asks first; Cancel (the default) keeps the contact.
    checks.activate(panel)
    panel.view.setFocus()
    select(panel, 0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    box = delete_box(qtbot, panel)
    assert box.text() == "Delete “Dewi Lestari Putri”?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    answer(box, "Cancel")
    qtbot.waitUntil(lambda: panel.confirm_box is None, timeout=5000)
    assert app.store.contacts.count() == 1
    panel.delete_action.trigger()
    answer(delete_box(qtbot, panel), "Delete")
    qtbot.waitUntil(lambda: panel.notice.text == "“Dewi Lestari Putri” deleted.", timeout=5000)
    assert app.store.contacts.count() == 0
    assert shown_names(qtbot, panel) == []
    assert panel.stack.currentWidget() is panel.empty
    panel.close()


def test_several_contacts_are_selected_and_deleted_at_once(qtbot: QtBot, ctx: UiContext, app: App) -> None:
    add_some(app)
    panel = make_panel(qtbot, ctx)
    checks.activate(panel)
    panel.view.setFocus()
    select(panel, 0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # the keyboard way
    adding = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    panel.view.selectionModel().select(panel.model.index(3, 0), adding)  # Ctrl+click
    assert panel.selected_ranges() == [(0, 1), (3, 3)]
    assert panel.count_label.text() == "4 contacts · 3 selected"
    panel.delete_action.trigger()
    box = delete_box(qtbot, panel)
    assert box.text() == "Delete 3 contacts?"
    answer(box, "Delete")
    qtbot.waitUntil(lambda: panel.notice.text == "3 contacts deleted.", timeout=5000)
    assert app.store.contacts.count() == 1
    assert shown_names(qtbot, panel) == ["Siti Rahmawati"]
    assert panel.selected_ranges() == [] and not panel.delete_action.isEnabled()  # not aimed at Siti now
    panel.close()


def test_changes_made_elsewhere_show_up_without_losing_the_place(qtbot: QtBot, ctx: UiContext, app: App) -> None:
    add_some(app)
    panel = make_panel(qtbot, ctx)
    select(panel, 2)  # Siti
    service = ContactService(app.store, app.accounts, app.events)  # another window, the command line's import…
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    run(qtbot, service.add_contact("0811 2222 3333", "Zaenal Arifin"))
    assert shown_names(qtbot, panel)[-2:] == ["Zaenal Arifin", ""]
    assert panel.count_label.text() == "5 contacts"
    assert panel.view.selectionModel().isRowSelected(2)
    assert panel.model.index(2, 0).data() == "Siti Rahmawati"
    panel.close()


def test_the_contacts_panel_and_its_dialog_pass_the_window_checks(
    qtbot: QtBot, ctx: UiContext, app: App, watcher: ThemeWatcher
) -> None:
    """Tab walks the panel and the dialog in order, nothing is cut at 1024×640 or their minimum, plain words."""
    seed_address_book(app)  # the demo's address book: long names, details, every kind of WhatsApp answer
    panel = make_panel(qtbot, ctx)
    checks.activate(panel)
    select(panel, 1)
    panel.notice.show_message("3 contacts deleted.", "ok")
    checks.keyboard_walk(panel)
    checks.fit_check(panel)
    checks.wording_check(panel)

    panel.view.setFocus()
    panel.edit_action.trigger()
    dialog = open_dialog(qtbot, panel)
    dialog.details_edit.setPlainText("Kota: Bandung\nno colon")
    dialog.save_button.click()  # the error shown, as when a line is wrong
    checks.activate(dialog)
    checks.keyboard_walk(dialog)
    checks.fit_check(dialog)
    checks.wording_check(dialog)
    dialog.reject()

    panel.search.setText("nobody has this name")
    panel.apply_search()
    settle(qtbot, panel)
    assert panel.stack.currentWidget() is panel.not_found
    checks.fit_check(panel)
    checks.wording_check(panel)
    panel.close()


# -- 100,000 contacts ---------------------------------------------------------------------

ROWS = 100_000
GIVEN = ("Siti", "Budi", "Agus", "Dewi", "Rudi", "Ani", "Joko", "Rina", "Hendra", "Putri", "Eko", "Nur", "Yusuf")
FAMILY = ("Santoso", "Rahmawati", "Setiawan", "Lestari", "Hartono", "Wijaya", "Susilo", "Marlina", "Gunawan")


def big_name(n: int) -> str:
    return f"{GIVEN[n % len(GIVEN)]} {FAMILY[n // len(GIVEN) % len(FAMILY)]} {n}"


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with open_store(tmp_path_factory.mktemp("big")) as store:
        store.contacts.upsert_many([Contact(f"62812{n:08d}", big_name(n)) for n in range(ROWS)])
        yield store


class CountingTable(ContactSource):
    """The real source, counting what it reads: rows of pages, and counts."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.rows_read = 0
        self.pages: list[tuple[int, int]] = []

    def page(self, offset: int, limit: int, sort: Sort, filter: ContactFilter) -> Sequence[ContactRow]:
        rows = super().page(offset, limit, sort, filter)
        self.rows_read += len(rows)
        self.pages.append((offset, limit))
        return rows


class CountingContacts(ContactService):
    def __init__(self, store: Store, table: CountingTable) -> None:
        events = EventHub()
        super().__init__(store, AccountService(store, SecretStore(MemoryKeyring()), events=events), events)
        self._table = table

    def source(self) -> ContactSource:
        return self._table


def reads(table: CountingTable, since: int) -> Sequence[tuple[int, int]]:
    return table.pages[since:]


def test_100000_contacts_are_read_a_page_at_a_time_and_searched_in_sql(
    qtbot: QtBot, qloop: QEventLoop, ctx: UiContext, big: Store
) -> None:
    table = CountingTable(big)
    panel = make_panel(qtbot, ctx, CountingContacts(big, table), page_size=100)
    assert panel.model.rowCount() == ROWS
    assert panel.count_label.text() == "100,000 contacts"
    assert table.pages == [(0, 100)]  # the first page, read once: never the whole book
    first = panel.model.index(0, 0).data(ROW_ROLE)
    assert isinstance(first, ContactRow) and first.name == min((big_name(n) for n in range(ROWS)), key=str.lower)

    before = table.rows_read
    panel.view.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.index(ROWS - 1, 0).data() is not None, timeout=20_000)
    settle(qtbot, panel)
    assert table.rows_read - before <= 3 * 100  # the last page(s) only
    assert panel.model.rows_in_memory() <= panel.model.max_pages * 100

    # Select all: one run of 100,000 rows, counted without reading them.
    before = table.rows_read
    panel.view.selectAll()
    assert panel.selected_count() == ROWS and panel.count_label.text() == "100,000 contacts · 100,000 selected"
    assert table.rows_read == before

    before = len(table.pages)
    panel.search.setText("rahmawati 1")
    panel.apply_search()
    settle(qtbot, panel)
    assert panel.model.rowCount() == sum(1 for n in range(ROWS) if "rahmawati 1" in big_name(n).lower())
    assert all(limit <= 100 for _offset, limit in reads(table, before))  # counted in SQL, read a page at a time

    panel.search.setText("0812-0000-4321")  # a whole number, as people write it
    panel.apply_search()
    settle(qtbot, panel)
    assert [panel.model.index(0, c).data() for c in (ContactColumn.NAME, ContactColumn.NUMBER)] == [
        big_name(4321),
        "+62 812-0000-4321",
    ]
    assert panel.model.rowCount() == 1
    panel.close()


def test_the_search_box_waits_for_typing_to_pause(qtbot: QtBot, ctx: UiContext, app: App) -> None:
    add_some(app)
    panel = make_panel(qtbot, ctx)
    filters: list[ContactFilter] = []
    original = panel.model.set_filter

    def recording(query: ContactFilter) -> None:
        filters.append(query)
        original(query)

    panel.model.set_filter = recording  # type: ignore[method-assign]
    qtbot.keyClicks(panel.search, "siti")
    qtbot.waitUntil(lambda: bool(filters), timeout=2000)
    settle(qtbot, panel)
    assert [f.search for f in filters] == ["siti"]
    panel.close()


def test_ctrl_f_finds_from_anywhere_in_the_window_while_the_panel_is_shown(
    qtbot: QtBot, ctx: UiContext, app: App
) -> None:
    add_some(app)
    window = open_window(qtbot, ctx)
    checks.activate(window)
    window.show_panel("contacts")
    panel = window.panels["contacts"]
    assert isinstance(panel, ContactsPanel)
    qtbot.waitUntil(lambda: not running(), timeout=10_000)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is panel.search

    window.show_panel("devices")  # hidden, the panel's keys are not taken
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.sidebar
    window.close()
