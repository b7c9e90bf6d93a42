"""The Contacts panel's contact files: Import… (the wizard, also for a file dropped on the panel) and Export….

Kept out of ``panels/contacts.py``: the panel creates one ``ContactFiles``, puts its two actions in its header and
context menu, and shuts it down with itself.  The dialogs are ``dialogs/contact_import.py`` and
``dialogs/contact_export.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from wadesk.services.contact_files import ImportResult
from wadesk.ui import format as fmt
from wadesk.ui import icons
from wadesk.ui.dialogs.contact_export import ExportDialog, ExportScope, scope_of
from wadesk.ui.dialogs.contact_import import ContactImportDialog, FileDrop
from wadesk.ui.i18n import say

if TYPE_CHECKING:
    from wadesk.ui.panels.contacts import ContactsPanel


class ContactFiles(QObject):
    def __init__(self, panel: ContactsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.import_dialog: ContactImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.last_folder = ""
        self.import_action = QAction(icons.icon("import"), self.tr("Import…"), self)
        self.import_action.setToolTip(self.tr("Import contacts from a CSV, Excel or vCard file"))
        self.import_action.triggered.connect(self.open_import)
        self.export_action = QAction(icons.icon("export"), self.tr("Export…"), self)
        self.export_action.setToolTip(self.tr("Save the contacts shown, or those selected, to an Excel or CSV file"))
        self.export_action.triggered.connect(self.export)
        FileDrop(panel, self.import_file)
        panel.model.ready.connect(self._update)
        panel.model.modelReset.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.export_action.setEnabled(self.panel.model.rowCount() > 0)

    # -- import ------------------------------------------------------------------

    def open_import(self) -> ContactImportDialog:
        """The import wizard (the one already open, if any)."""
        if self.import_dialog is None:
            dialog = ContactImportDialog(self.panel.contacts, self.panel.region, self.panel)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.imported.connect(self._imported)
            dialog.finished.connect(self._import_closed)
            self.import_dialog = dialog
        self.import_dialog.open()
        return self.import_dialog

    def import_file(self, path: Path) -> ContactImportDialog:
        """The wizard, opening ``path`` (a file dropped on the panel)."""
        dialog = self.open_import()
        dialog.open_file(path)
        return dialog

    def _import_closed(self) -> None:
        self.import_dialog = None

    def _imported(self, result: ImportResult) -> None:
        words = (
            self.tr("Import stopped: %1 added, %2 updated.")
            if result.cancelled
            else self.tr("Import finished: %1 added, %2 updated.")
        )
        self.panel.notice.show_message(
            words.replace("%1", fmt.number(result.imported)).replace("%2", fmt.number(result.updated)), "ok"
        )

    # -- export ------------------------------------------------------------------

    def scope(self) -> ExportScope:
        panel = self.panel
        return scope_of(panel.query, panel.model.current_sort, panel.model.rowCount(), panel.selected_ranges())

    def title(self, scope: ExportScope) -> str:
        """The save dialog's title: which contacts and how many."""
        count = fmt.number(scope.count)
        if scope.selection:
            return self.tr("Export the %1 selected contacts").replace("%1", count)
        if self.panel.query.search.strip() or self.panel.query.tag:
            return (
                self.tr("Export the 1 contact found")
                if scope.count == 1
                else self.tr("Export the %1 contacts found").replace("%1", count)
            )
        return (
            self.tr("Export your 1 contact")
            if scope.count == 1
            else self.tr("Export all %1 contacts").replace("%1", count)
        )

    def export(self) -> None:
        """Ask where (the type chosen there: Excel or CSV), then export with a progress dialog."""
        scope = self.scope()
        if not scope.count:
            return
        excel, csv_file = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")
        name = self.tr("contacts") + ".xlsx"
        chosen, kind = QFileDialog.getSaveFileName(
            self.panel,
            self.title(scope),
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
        self.export_to(path, scope)

    def export_to(self, path: Path, scope: ExportScope | None = None) -> ExportDialog:
        """Export ``scope`` (default: what ``Export…`` would) to ``path``, showing its progress."""
        if self.export_dialog is not None:
            self.export_dialog.reject()
        panel = self.panel
        dialog = ExportDialog(panel.contacts, panel.source, scope or self.scope(), path, panel.region, panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._exported)
        dialog.failed.connect(self._export_failed)
        dialog.finished.connect(self._export_closed)
        self.export_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def _export_closed(self) -> None:
        self.export_dialog = None

    def _exported(self, count: int, path: Path) -> None:
        words = (
            self.tr("1 contact saved to %2")
            if count == 1
            else self.tr("%1 contacts saved to %2").replace("%1", fmt.number(count))
        )
        self.panel.notice.show_message(words.replace("%2", str(path)), "ok")

    def _export_failed(self, words: str) -> None:
        self.panel.notice.show_message(self.tr("Could not export: %1").replace("%1", say(words)), "error")

    # -- the panel closes --------------------------------------------------------------

    def shutdown(self) -> None:
        if self.import_dialog is not None:
            self.import_dialog.shutdown()
        if self.export_dialog is not None:
            self.export_dialog.reject()
