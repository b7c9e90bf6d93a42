"""The import wizard and Export… of the Contacts panel: real widgets, a real SQLite address book, real files."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from tests.support.ui import open_window
from wadesk.app import App
from wadesk.demo import seed_address_book
from wadesk.domain.models import Contact
from wadesk.services import contacts as contacts_service
from wadesk.services.contact_files import ImportProgress, importer
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.dialogs import contact_import
from wadesk.ui.dialogs.contact_export import ExportDialog
from wadesk.ui.dialogs.contact_import import ContactImportDialog, Use
from wadesk.ui.models.contacts import ContactColumn
from wadesk.ui.panels.contacts import ContactsPanel
from wadesk.ui.tasks import running

DATA = Path(__file__).resolve().parents[2] / "data"

pytestmark = pytest.mark.usefixtures("watcher")  # the application's look: focus rings, fonts, paddings


def make_panel(qtbot: QtBot, ctx: UiContext) -> ContactsPanel:
    bridge = EventBridge(ctx.events)
    panel = ContactsPanel(ctx, bridge)
    bridge.changes.connect(panel.on_changes)
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    panel.show()
    settle(qtbot, panel)
    return panel


def settle(qtbot: QtBot, panel: ContactsPanel) -> None:
    panel.bridge.flush()
    qtbot.waitUntil(lambda: not panel.model.busy and not panel.spinner.spinning, timeout=20_000)


def wizard_of(qtbot: QtBot, panel: ContactsPanel) -> ContactImportDialog:
    panel.files.import_action.trigger()  # the header's Import… button
    dialog = panel.files.import_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.stack.currentWidget() is dialog.choose_page
    return dialog


def opened(qtbot: QtBot, dialog: ContactImportDialog, path: Path) -> None:
    dialog.open_file(path)  # what the file dialog, or a drop, hands over
    qtbot.waitUntil(
        lambda: (
            dialog.file is not None and dialog.file.path == path and dialog.stack.currentWidget() is dialog.mapping_page
        ),
        timeout=10_000,
    )


def imported(qtbot: QtBot, dialog: ContactImportDialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.result_page, timeout=60_000)


def all_checks(dialog: ContactImportDialog, order: list[QWidget] | None = None) -> None:
    """The three checks; ``order``: the Tab order when the columns scroll (reading order cannot see past them)."""
    checks.activate(dialog)
    checks.fit_check(dialog)
    dialog.resize(checks.SMALL)
    checks.keyboard_walk(dialog, order)
    # The file's own values are shown as the file writes them (a birthday "1985-04-12" is the person's data).
    values = {cell for _line, cells in (dialog.file.preview if dialog.file else ()) for cell in cells if cell.strip()}
    problems = [p for p in checks.wording_problems(dialog) if not any(f"'{v}" in p for v in values)]
    assert problems == []


def test_import_with_columns_mapped_by_hand(qtbot: QtBot, ctx: UiContext, app: App, tmp_path: Path) -> None:
    sheet = tmp_path / "pelanggan.csv"
    sheet.write_text(
        "Belakang,Depan,Telepon,Telepon Kantor,Kota\n"
        "Santoso,Budi,0812-1111-2222,0813 3333 4444,Bandung\n"
        "Rahmawati,Siti,+62 857 7777 8888,,Depok\n",
        encoding="utf-8",
    )
    panel = make_panel(qtbot, ctx)
    dialog = wizard_of(qtbot, panel)
    opened(qtbot, dialog, sheet)

    # The proposal: the number column found, the others kept as details; the kind of file said in words.
    assert dialog.uses() == [Use.FIELD, Use.FIELD, Use.PHONE, Use.FIELD, Use.FIELD]
    assert "Recognised as a table (about 2 rows)" in dialog.kind_label.text()
    assert "0812-1111-2222 · +62 857 7777 8888" in [
        w.toolTip() for w in dialog.columns_area.widget().findChildren(type(dialog.kind_label))
    ]
    # The person says what the proposal could not know: a second number, and the name's two halves.
    dialog.set_use(0, Use.LAST)
    dialog.set_use(1, Use.FIRST)
    dialog.set_use(3, Use.PHONE)
    imported(qtbot, dialog)

    assert app.contacts.list() == [
        Contact("6281211112222", "Budi Santoso", {"Kota": "Bandung"}, id=1),
        Contact("6281333334444", "Budi Santoso", {"Kota": "Bandung"}, id=2),
        Contact("6285777778888", "Siti Rahmawati", {"Kota": "Depok"}, id=3),
    ]
    assert dialog.summary.text() == "3 added, 0 updated."
    assert not dialog.errors_view.isVisible()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: panel.files.import_dialog is None)
    assert panel.notice.text == "Import finished: 3 added, 0 updated."
    settle(qtbot, panel)
    assert panel.model.rowCount() == 3


def test_a_file_with_broken_rows_names_each_row_and_imports_the_good_ones(
    qtbot: QtBot, ctx: UiContext, app: App, tmp_path: Path
) -> None:
    panel = make_panel(qtbot, ctx)
    dialog = wizard_of(qtbot, panel)
    opened(qtbot, dialog, DATA / "broken_rows.csv")
    imported(qtbot, dialog)

    assert {c.name for c in app.contacts.list()} == {"Good One", "Good Two"}
    model = dialog.errors_model
    assert model is not None and dialog.errors_view.isVisible()
    shown = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert [row for row, _why in shown] == ["3", "4", "5", "8"]
    assert shown[1] == ("4", "No phone number")
    assert dialog.errors_label.text() == "4 rows could not be imported:"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Row"

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "Row\tWhy" and copied[2] == "4\tno phone number" and len(copied) == 5
    saved = tmp_path / "tidak-masuk.csv"
    dialog.save_errors_to(saved)
    with saved.open(encoding="utf-8-sig", newline="") as stream:
        assert list(csv.reader(stream))[1:3] == [[str(r.row), r.reason] for r in dialog.outcome.errors[:2]]  # type: ignore[union-attr]
    assert str(saved) in dialog.notice.text

    all_checks(dialog)


def stop_awaited_at(poll: int) -> type[importer.Cancel]:
    """A ``Cancel`` whose worker, at its ``poll``-th look, waits until Stop is clicked (at most 30 s).

    The worker asks whether to stop before every row or page; holding it there
    until the window has clicked Stop makes the stop land part way through on
    a machine of any speed.
    """

    class StopAwaited(importer.Cancel):
        def __init__(self) -> None:
            super().__init__()
            self.polls = 0
            self.clicked = threading.Event()

        def cancel(self) -> None:
            super().cancel()
            self.clicked.set()

        @property
        def requested(self) -> bool:
            self.polls += 1
            if self.polls == poll:
                self.clicked.wait(timeout=30)
            return super().requested

    return StopAwaited


def test_stopping_an_import_keeps_whole_batches_only(
    qtbot: QtBot, ctx: UiContext, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "IMPORT_CHUNK", 1_000)
    # After the first report (row 1,000, its batch saved), the worker waits for Stop.
    monkeypatch.setattr(contact_import, "Cancel", stop_awaited_at(importer._PROGRESS_EVERY + 1))
    sheet = tmp_path / "besar.csv"
    sheet.write_text("phone,name\n" + "".join(f"0812{n:08d},Pelanggan {n}\n" for n in range(30_000)))
    panel = make_panel(qtbot, ctx)
    dialog = wizard_of(qtbot, panel)
    opened(qtbot, dialog, sheet)
    seen: list[ImportProgress] = []

    def stop(done: ImportProgress) -> None:
        seen.append(done)
        if len(seen) == 1:
            assert dialog.close_button.text() == "Stop"
            dialog.close_button.click()  # Stop, as soon as the first rows are in

    dialog.progressed.connect(stop)
    imported(qtbot, dialog)

    result = dialog.outcome
    assert result is not None and result.cancelled
    assert result.imported == 1_000  # the batch saved before the Stop, and nothing after it
    assert app.store.contacts.count() == result.imported
    assert dialog.title.text() == "Import stopped"
    assert "Stopped before the end" in dialog.summary.text()


def test_keep_existing_and_mark_everyone_as_do_not_message(
    qtbot: QtBot, ctx: UiContext, app: App, tmp_path: Path
) -> None:
    app.store.contacts.upsert_many([Contact("6281211112222", "Budi (toko)")])
    sheet = tmp_path / "berhenti.csv"
    sheet.write_text("nama,nomor\nBudi,0812-1111-2222\nAni,0813-3333-4444\n")
    panel = make_panel(qtbot, ctx)
    dialog = wizard_of(qtbot, panel)
    opened(qtbot, dialog, sheet)
    dialog.keep_radio.click()
    dialog.opt_out_box.click()
    imported(qtbot, dialog)

    assert app.contacts.opted_out() == {"6281211112222", "6281333334444"}
    budi = app.store.contacts.get("6281211112222")
    assert budi is not None and budi.name == "Budi (toko)"  # kept as it was
    assert dialog.summary.text().splitlines() == [
        "1 added, 0 updated.",
        "1 already in your address book kept as they were.",
        "2 marked “Do not message”.",
    ]


def test_a_file_that_cannot_be_read_is_said_on_the_first_step(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> None:
    panel = make_panel(qtbot, ctx)
    dialog = wizard_of(qtbot, panel)
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog.open_file(broken)
    qtbot.waitUntil(lambda: dialog.notice.isVisible(), timeout=10_000)
    assert dialog.stack.currentWidget() is dialog.choose_page
    assert dialog.notice.tone == "error" and "rusak.xlsx" in dialog.notice.text
    assert "Traceback" not in dialog.notice.text
    all_checks(dialog)

    no_numbers = tmp_path / "tanpa-nomor.csv"
    no_numbers.write_text("nama,kota\nBudi,Bandung\nSiti,Depok\n")
    opened(qtbot, dialog, no_numbers)  # the columns are shown: the person can say which holds the numbers
    assert Use.PHONE not in dialog.uses()
    assert dialog.notice.tone == "error"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentWidget() is dialog.mapping_page
    assert dialog.notice.text == "Choose “WhatsApp number” for the column that holds the numbers."


def test_the_mapping_step_of_a_google_export_says_what_it_is_and_passes_the_window_checks(
    qtbot: QtBot, ctx: UiContext, app: App
) -> None:
    panel = make_panel(qtbot, ctx)
    dialog = wizard_of(qtbot, panel)
    all_checks(dialog)
    opened(qtbot, dialog, DATA / "google_contacts.csv")
    assert "Recognised as a Google Contacts export" in dialog.kind_label.text()
    uses = dialog.uses()
    assert uses.count(Use.PHONE) == 3 and uses[:3] == [Use.FIRST, Use.MIDDLE, Use.LAST]
    options = [dialog.update_radio, dialog.keep_radio, dialog.opt_out_box]
    buttons = [dialog.back_button, dialog.close_button, dialog.import_button]
    listed = [dialog.use_boxes[column] for column in dialog.column_order]
    # The numbers first, then the other columns used, those left out, the empty ones last.
    assert [dialog.file.columns[c] for c in dialog.column_order[:5]] == [  # type: ignore[union-attr]
        "Phone 1 - Value",
        "Phone 2 - Value",
        "Phone 3 - Value",
        "First Name",
        "Middle Name",
    ]
    all_checks(dialog, [*listed, *options, *buttons])  # 38 columns: the list scrolls

    opened(qtbot, dialog, DATA / "iphone_v30.vcf")
    assert "Recognised as a vCard file of contacts" in dialog.kind_label.text()


def drop_event(path: Path) -> tuple[QMimeData, QDragEnterEvent, QDropEvent]:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(10, 10), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    drop = QDropEvent(QPointF(10, 10), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    return data, enter, drop


def test_a_contact_file_dropped_on_the_panel_opens_in_the_wizard(qtbot: QtBot, ctx: UiContext) -> None:
    panel = make_panel(qtbot, ctx)
    _data, enter, drop = drop_event(DATA / "excel_semicolon_bom.csv")
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(panel, drop)
    dialog = panel.files.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.mapping_page, timeout=10_000)
    assert dialog.file is not None and dialog.file.name == "excel_semicolon_bom.csv"

    _data, other, _drop = drop_event(DATA / "README.md")
    other.setAccepted(False)
    QApplication.sendEvent(panel, other)
    assert not other.isAccepted()  # not a contact file: not taken


def test_file_menu_opens_the_wizard_on_the_contacts_panel(qtbot: QtBot, ctx: UiContext) -> None:
    window = open_window(qtbot, ctx)
    assert "Import contacts…" in [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()]  # type: ignore[union-attr]
    dialog = window.import_contacts()
    qtbot.waitExposed(dialog)
    assert window.current_panel == "contacts"
    dialog.close()


def exported(qtbot: QtBot, panel: ContactsPanel, export: ExportDialog) -> None:
    assert panel.files.export_dialog is export
    qtbot.waitUntil(lambda: panel.files.export_dialog is None, timeout=20_000)


def test_export_writes_the_selection_or_what_the_search_finds(
    qtbot: QtBot, ctx: UiContext, app: App, tmp_path: Path
) -> None:
    seed_address_book(app)
    panel = make_panel(qtbot, ctx)
    names = [str(panel.model.index(r, ContactColumn.NAME).data()) for r in range(panel.model.rowCount())]

    # Two runs of selected rows, as Ctrl+click and Shift+click make them: those contacts, in the table's order.
    selection = QItemSelection(panel.model.index(1, 0), panel.model.index(2, 0))
    selection.select(panel.model.index(5, 0), panel.model.index(5, 0))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    panel.view.selectionModel().select(selection, flags)
    scope = panel.files.scope()
    assert (scope.selection, scope.count) == (True, 3)
    assert panel.files.title(scope) == "Export the 3 selected contacts"
    picked = tmp_path / "pilihan.xlsx"
    exported(qtbot, panel, panel.files.export_to(picked))
    sheet = openpyxl.load_workbook(picked, read_only=True).worksheets[0]
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [names[1], names[2], names[5]]
    assert panel.notice.text == f"3 contacts saved to {picked}"

    # One selected row is only the cursor: Export… takes what the search finds.
    panel.view.selectRow(0)
    panel.search.setText("siti")
    panel.apply_search()
    settle(qtbot, panel)
    found = panel.model.rowCount()
    assert found >= 1
    scope = panel.files.scope()
    assert (scope.selection, scope.count) == (False, found)
    assert panel.files.title(scope) in ("Export the 1 contact found", f"Export the {found} contacts found")
    searched = tmp_path / "siti.csv"
    exported(qtbot, panel, panel.files.export_to(searched))
    with searched.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))[1:]
    assert len(rows) == found and all("siti" in row[1].casefold() for row in rows)


def test_an_export_stopped_leaves_no_file(
    qtbot: QtBot, ctx: UiContext, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contacts_service, "EXPORT_PAGE", 10)
    monkeypatch.setattr(contacts_service, "Cancel", stop_awaited_at(3))  # after the first page read, waits for Stop
    app.store.contacts.upsert_many([Contact(f"62812{n:08d}", f"Pelanggan {n}") for n in range(3_000)])
    panel = make_panel(qtbot, ctx)
    target = tmp_path / "semua.csv"
    target.write_text("the file that was there\n")
    export = panel.files.export_to(target)
    stopped: list[int] = []

    def stop(value: int) -> None:
        if value and not stopped:
            stopped.append(value)
            export.cancel_button.click()  # Stop, as soon as the first contacts are read

    export.progress.valueChanged.connect(stop)
    qtbot.waitUntil(lambda: panel.files.export_dialog is None and not running(), timeout=20_000)  # its worker ended
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".wadesk-export-")]
    assert stopped and stopped[0] < 6_000  # stopped part way through
    assert target.read_text() == "the file that was there\n"
    assert panel.notice.text == ""

    before = panel.files.export_to(tmp_path / "nanti.csv")
    before.cancel_button.click()  # before it has begun
    qtbot.waitUntil(lambda: panel.files.export_dialog is None and not running(), timeout=20_000)
    assert not (tmp_path / "nanti.csv").exists()
