"""The Contacts panel's gateway side: checking numbers on WhatsApp, contacts from and to a device, WhatsApp groups.

The panel holds one ``ContactGateway``: it owns the actions (“Check numbers…”
in the toolbar and the context menu; “Get contacts from a device…”, “Send
selected to a device…” and “WhatsApp groups…” behind the header's Devices
button), reads the selection from SQL off the event loop (it may be 100,000
rows), and opens one dialog at a time.  The work itself is in the dialogs and
``ContactService``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton

from wadesk.services.clock import Clock
from wadesk.services.contacts import ContactPush
from wadesk.services.number_check import CheckPace
from wadesk.store.contacts import ContactMerge
from wadesk.ui import format as fmt
from wadesk.ui import icons
from wadesk.ui.dialogs.contact_sync import ContactPushDialog, ContactSyncDialog, push_words, sync_words
from wadesk.ui.dialogs.number_check import NumberCheckDialog
from wadesk.ui.dialogs.whatsapp_groups import WhatsAppGroupsDialog
from wadesk.ui.tasks import Tasks

if TYPE_CHECKING:
    from wadesk.ui.panels.contacts import ContactsPanel

GatewayDialog = NumberCheckDialog | ContactSyncDialog | ContactPushDialog | WhatsAppGroupsDialog


class ContactGateway(QObject):
    def __init__(self, panel: ContactsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.clock: Clock | None = None  # the number check's clock (the system's when None; tests give their own)
        self.pace: CheckPace | None = None  # and its pace (the service's gentle one when None)
        self.dialog: GatewayDialog | None = None
        self.ask_box: QMessageBox | None = None
        self._check_all: QPushButton | None = None
        self._tasks = Tasks(self)

        self.check_action = self._action("check_number", self.tr("Check numbers…"), self.check_numbers)
        self.check_action.setToolTip(self.tr("Find out which of the selected numbers are on WhatsApp"))
        self.get_action = self._action("download", self.tr("Get contacts from a device…"), self.get_contacts)
        self.send_action = self._action("upload", self.tr("Send selected to a device…"), self.send_selected)
        self.groups_action = self._action("groups", self.tr("WhatsApp groups…"), self.show_groups)
        self.menu = QMenu(panel)
        self.menu.addAction(self.check_action)
        self.menu.addSeparator()
        for action in (self.get_action, self.send_action, self.groups_action):
            self.menu.addAction(action)
        self.menu_button = QPushButton(icons.icon("check_number"), self.tr("WhatsApp"))
        self.menu_button.setToolTip(
            self.tr("Check numbers on WhatsApp, contacts on your devices and their WhatsApp groups")
        )
        self.menu_button.setMenu(self.menu)

    def _action(self, icon: str, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(icons.icon(icon), text, self.panel)
        action.triggered.connect(slot)
        return action

    # -- the panel's hooks -----------------------------------------------------------

    def update_actions(self, selected: int, rows: int) -> None:
        self.check_action.setEnabled(rows > 0)
        self.send_action.setEnabled(selected > 0)

    def add_to_menu(self, menu: QMenu) -> None:
        """The table's context menu: the selection's gateway entries."""
        menu.addSeparator()
        menu.addAction(self.check_action)
        menu.addAction(self.send_action)

    def shutdown(self) -> None:
        self._tasks.cancel_all()
        if self.ask_box is not None:
            self.ask_box.close()
        if self.dialog is not None:
            self.dialog.shutdown()

    # -- number check ----------------------------------------------------------------

    def check_numbers(self) -> None:
        """The selection's numbers; with nothing selected, all shown once the user agrees."""
        ranges = self.panel.selected_ranges()
        if ranges:
            self._read(ranges, self._open_check)
            return
        count = self.panel.model.rowCount()
        if not count or self.ask_box is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Check numbers"),
            self.tr("Check all %1 contacts shown?").replace("%1", fmt.number(count))
            if count > 1
            else self.tr("Check the contact shown?"),
            parent=self.panel,
        )
        box.setInformativeText(self.tr("No contact is selected. To check only some, select them first."))
        box.addButton(QMessageBox.StandardButton.Cancel)
        self._check_all = box.addButton(self.tr("Check all"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(self._check_all)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._asked)
        self.ask_box = box
        box.open()

    def _asked(self) -> None:
        box, button = self.ask_box, self._check_all
        self.ask_box, self._check_all = None, None
        count = self.panel.model.rowCount()
        if box is not None and button is not None and box.clickedButton() is button and count:
            self._read([(0, count - 1)], self._open_check)

    def _open_check(self, numbers: list[str]) -> None:
        dialog = NumberCheckDialog(
            self.panel.contacts,
            self.panel.ctx.accounts,
            self.panel.ctx.devices,
            numbers,
            self.panel.region,
            self.panel,
            clock=self.clock,
            pace=self.pace,
        )
        self._open(dialog)

    # -- contacts from and to a device -------------------------------------------------

    def get_contacts(self) -> None:
        dialog = ContactSyncDialog(self.panel.contacts, self.panel.ctx.accounts, self.panel.ctx.devices, self.panel)
        dialog.applied.connect(self._synced)  # bound methods, never closures: see DevicesPanel._confirm
        self._open(dialog)

    def _synced(self, merge: ContactMerge, updated: int, device: str) -> None:
        self.panel.notice.show_message(sync_words(merge, updated, device), "ok")

    def send_selected(self) -> None:
        ranges = self.panel.selected_ranges()
        if ranges:
            self._read(ranges, self._open_push)

    def _open_push(self, numbers: list[str]) -> None:
        dialog = ContactPushDialog(
            self.panel.contacts, self.panel.ctx.accounts, self.panel.ctx.devices, numbers, self.panel.region, self.panel
        )
        dialog.pushed.connect(self._pushed)
        self._open(dialog)

    def _pushed(self, pushed: ContactPush) -> None:
        self.panel.notice.show_message(push_words(pushed), "error" if pushed.problems else "ok")

    # -- WhatsApp groups -----------------------------------------------------------------

    def show_groups(self) -> None:
        self._open(WhatsAppGroupsDialog(self.panel.contacts, self.panel.ctx.accounts, self.panel))

    # -- building blocks -------------------------------------------------------------------

    def _read(self, ranges: Sequence[tuple[int, int]], then: Callable[[list[str]], None]) -> None:
        """The numbers of the rows in ``ranges``, read from SQL in a thread, handed to ``then``."""
        if self._tasks.busy:
            return
        panel = self.panel
        work = asyncio.to_thread(panel._read_ranges, ranges, panel.model.current_sort, panel.query)
        self._tasks.start(work, done=lambda contacts: then([c.phone for c in contacts]) if contacts else None)

    def _open(self, dialog: GatewayDialog) -> None:
        if self.dialog is not None:
            self.dialog.shutdown()  # finished at once: ``_closed`` forgets it before the new one is kept
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self) -> None:
        self.dialog = None
