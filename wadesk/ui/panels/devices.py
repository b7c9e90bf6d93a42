"""The Devices panel: every account's phone and its connection; pair, disconnect, restart; add, edit, remove.

The table follows the device monitor's events through the bridge (only the
devices that changed); the monitor follows the accounts by itself.  The panel
asks the gateways on an interval and on demand (F5).  What a device
offers (pairing, disconnect/restart) comes from its provider's capabilities.
The Sending column is the sending governor's state of each device, read off
the event loop when sending changes; a paused device offers Resume sending.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.capabilities import Capability
from wadesk.domain.models import Account, DeviceState
from wadesk.services.accounts import Removal
from wadesk.services.devices import DeviceSnapshot
from wadesk.services.pacing.governor import SendingState
from wadesk.ui import format as fmt
from wadesk.ui import icons
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.dialogs.accounts import AccountDialog
from wadesk.ui.dialogs.pairing import PairingDialog
from wadesk.ui.models.devices import (
    ACCOUNT_ID_ROLE,
    SNAPSHOT_ROLE,
    SORT_ROLE,
    Column,
    DeviceTableModel,
    column_samples,
    gateway_words,
    notes_of,
)
from wadesk.ui.panels.base import Panel
from wadesk.ui.tasks import Tasks
from wadesk.ui.widgets.button_row import ButtonRow
from wadesk.ui.widgets.notice import EmptyState, Notice
from wadesk.ui.widgets.spinner import Spinner
from wadesk.ui.widgets.table_setup import configure_table
from wadesk.ui.widgets.two_line import ICON as TWO_LINE_ICON
from wadesk.ui.widgets.two_line import PADDING as TWO_LINE_PADDING
from wadesk.ui.widgets.two_line import TwoLineDelegate

# The columns a narrow window hides first, in that order; the account keeps at least ACCOUNT_ROOM pixels.
OPTIONAL_COLUMNS = (Column.EXPIRES, Column.QUOTA, Column.CHECKED, Column.SENDING)
ACCOUNT_ROOM = 140
SENDING_COALESCE_MS = 1_000  # sending changes read at most once a second
SENDING_TICK_MS = 30_000  # and now and then, as rests and caps end


class DevicesPanel(Panel):
    def __init__(self, ctx: UiContext, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self._tasks = Tasks(self)
        self._closed = False
        self.pairing: PairingDialog | None = None
        self.account_dialog: AccountDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.words_box: QMessageBox | None = None  # the gateway's own words, when shown
        self._confirm_yes: tuple[QPushButton | None, Callable[[], None]] = (None, _nothing)

        self.model = DeviceTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        # -- actions -------------------------------------------------------------
        self.add_action = self._action(
            "add", self.tr("Add account…"), QKeySequence(QKeySequence.StandardKey.New), self.add_account
        )
        self.refresh_action = self._action(
            "refresh", self.tr("Refresh"), QKeySequence(QKeySequence.StandardKey.Refresh), self.refresh
        )
        self.pair_action = self._action("qr", self.tr("Pair phone…"), QKeySequence("Ctrl+P"), self.pair_selected)
        self.disconnect_action = self._action("unlink", self.tr("Disconnect"), None, self.disconnect_selected)
        self.restart_action = self._action("restart", self.tr("Restart"), None, self.restart_selected)
        self.edit_action = self._action("edit", self.tr("Edit account…"), QKeySequence("Ctrl+E"), self.edit_selected)
        self.remove_action = self._action("remove", self.tr("Remove account…"), None, self.remove_selected)
        self.details_action = self._action("info", self.tr("What the gateway said…"), None, self.show_gateway_words)
        self.resume_action = self._action("play", self.tr("Resume sending"), None, self.resume_selected)
        self.resume_action.setToolTip(
            self.tr("Send again from this phone: its messages were kept in the outbox while sending was paused")
        )
        self.resume_action.setEnabled(False)
        self.device_actions = [
            self.pair_action,
            self.disconnect_action,
            self.restart_action,
            self.edit_action,
            self.remove_action,
        ]

        # -- header --------------------------------------------------------------
        title = QLabel(self.tr("Devices"))
        title.setObjectName("PanelTitle")
        subtitle = QLabel(self.tr("Each account's phone and its connection to WhatsApp."))
        subtitle.setObjectName("PanelSubtitle")
        subtitle.setWordWrap(True)
        subtitle.setMinimumWidth(160)  # Qt's own minimum for a wrapped label is about half its text: far wider
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(subtitle)
        self.spinner = Spinner(18)
        # Narrow windows show these buttons' icons only, their words in the tooltips (see ButtonRow).
        self.header_buttons = ButtonRow()
        self.refresh_button = self.header_buttons.add(self._button(self.refresh_action))
        self.add_button = self.header_buttons.add(self._button(self.add_action, primary=True))
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        header.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.header_buttons, 0, Qt.AlignmentFlag.AlignVCenter)

        # -- per-device buttons --------------------------------------------------
        self.toolbar = ButtonRow()
        self.pair_button = self.toolbar.add(self._button(self.pair_action))
        self.disconnect_button = self.toolbar.add(self._button(self.disconnect_action))
        self.restart_button = self.toolbar.add(self._button(self.restart_action))
        self.resume_button = self.toolbar.add(self._button(self.resume_action))
        self.toolbar.add_gap(16)
        self.edit_button = self.toolbar.add(self._button(self.edit_action))
        self.remove_button = self.toolbar.add(self._button(self.remove_action))
        self.remove_button.setProperty("danger", True)
        self.selection_hint = QLabel()
        self.selection_hint.setObjectName("Muted")
        self.selection_hint.setWordWrap(True)
        self.selection_hint.setVisible(False)

        self.notice = Notice()

        # -- table ---------------------------------------------------------------
        self.view = QTableView()
        self.view.setModel(self.proxy)
        head = configure_table(self.view, self.tr("Devices"), self._context_menu, self._activated, row_height=54)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)  # one device at a time
        head.setStretchLastSection(False)  # the account column stretches instead (below)
        self.view.setSortingEnabled(True)
        two_lines = TwoLineDelegate(self.view)
        self.view.setItemDelegateForColumn(Column.ACCOUNT, two_lines)
        self.view.setItemDelegateForColumn(Column.STATUS, two_lines)
        self.view.setItemDelegateForColumn(Column.SENDING, two_lines)
        head.moveSection(head.visualIndex(Column.SENDING), head.visualIndex(Column.STATUS) + 1)  # beside the status
        # The gateway and the notes are the second lines of the account and status cells.
        self.view.setColumnHidden(Column.GATEWAY, True)
        self.view.setColumnHidden(Column.NOTES, True)
        head.setMinimumSectionSize(60)
        # The account takes what is left (a cut name is whole in its tooltip); the other columns are as wide as
        # their heading and their usual contents, so that the status is never squashed.
        head.setSectionResizeMode(Column.ACCOUNT, QHeaderView.ResizeMode.Stretch)
        for column, widest in column_samples().items():
            self.view.setColumnWidth(column, self._column_width(column, widest))
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.remember("columns", head)  # "devices/columns" in ui.ini (not "header": its widths squashed the status)
        self.remember_selection("account", self.view, ACCOUNT_ID_ROLE)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.dataChanged.connect(self._update_actions)
        self.model.rowsInserted.connect(self._rows_changed)
        self.model.rowsRemoved.connect(self._rows_changed)

        self.empty = EmptyState(
            "devices",
            self.tr("No accounts yet"),
            self.tr(
                "Add the account you use with your WhatsApp gateway, then pair your phone by scanning a QR code. "
                "Its API key is kept in your system's keyring."
            ),
            self.tr("Add account…"),
        )
        assert self.empty.button is not None
        self.empty.button.clicked.connect(self.add_account)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(self.toolbar, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.selection_hint)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)

        # -- feeding -------------------------------------------------------------
        bridge.devices_changed.connect(self._devices_changed)
        bridge.refreshing.connect(self._refreshing)
        self.model.reset_to(ctx.devices.snapshots())
        self._rows_changed()
        self._timer = QTimer(self)
        self._timer.setInterval(round(ctx.refresh_seconds * 1000))
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        # The sending state: when it changes, when messages go (a cap reached), and now and then (a rest ends).
        self._sending_soon = QTimer(self)
        self._sending_soon.setSingleShot(True)
        self._sending_soon.setInterval(SENDING_COALESCE_MS)
        self._sending_soon.timeout.connect(self.refresh_sending)
        self._sending_tick = QTimer(self)
        self._sending_tick.setInterval(SENDING_TICK_MS)
        self._sending_tick.timeout.connect(self.refresh_sending)
        self._sending_tick.start()
        bridge.sending_changed.connect(self._sending_changed)
        bridge.messages_changed.connect(self._sending_changed)
        bridge.devices_changed.connect(self._sending_changed)
        self.refresh_sending()

    # -- building blocks ---------------------------------------------------------

    def _action(self, icon_name: str, text: str, shortcut: QKeySequence | None, slot: Callable[[], None]) -> QAction:
        action = QAction(icons.icon(icon_name), text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction, *, primary: bool = False) -> QPushButton:
        button = ActionButton(action)
        if primary:
            button.setProperty("primary", True)
            button.setIcon(icons.icon("add", "#ffffff"))
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """In a narrow window the least needed columns step aside, so the account keeps room for its name."""
        head = self.view.horizontalHeader()
        room = self.view.viewport().width() - ACCOUNT_ROOM
        for column in OPTIONAL_COLUMNS:
            self.view.setColumnHidden(column, False)
        shown = [c for c in Column if c is not Column.ACCOUNT and not self.view.isColumnHidden(c)]
        needed = sum(head.sectionSize(c) for c in shown)
        for column in OPTIONAL_COLUMNS:
            if needed <= room:
                break
            needed -= head.sectionSize(column)
            self.view.setColumnHidden(column, True)
        # Narrower still: the account keeps its room and the table scrolls sideways (never a cut heading).
        if needed <= room:
            head.setSectionResizeMode(Column.ACCOUNT, QHeaderView.ResizeMode.Stretch)
        else:
            head.setSectionResizeMode(Column.ACCOUNT, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(Column.ACCOUNT, ACCOUNT_ROOM)

    def _column_width(self, column: Column, samples: list[str]) -> int:
        """Room for the column's heading and its widest usual cell (with a status dot, padding either side)."""
        cell = self.view.fontMetrics()
        widest = max((cell.horizontalAdvance(text) for text in samples), default=0) + 2 * TWO_LINE_PADDING
        if column is Column.STATUS:
            widest += TWO_LINE_ICON + 6
        heading = self.view.horizontalHeader().sectionSizeFromContents(column).width()
        return max(widest, heading) + 4

    # -- state -------------------------------------------------------------------

    def selected(self) -> DeviceSnapshot | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(SNAPSHOT_ROLE)
        return value if isinstance(value, DeviceSnapshot) else None

    def select_account(self, account_id: int) -> bool:
        self.model.flush()
        row = self.model.row_of(account_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def _rows_changed(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.view if has_rows else self.empty)
        self.toolbar.setVisible(has_rows)
        self.selection_hint.setVisible(has_rows and bool(self.selection_hint.text()))
        if has_rows and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
            self.view.setFocus()
        self._update_actions()

    def _update_actions(self) -> None:
        snapshot = self.selected()
        for action in self.device_actions:
            action.setEnabled(snapshot is not None)
        self.details_action.setEnabled(snapshot is not None and gateway_words(snapshot) is not None)
        sending = self.model.sending(snapshot.account_id) if snapshot is not None else None
        self.resume_action.setEnabled(sending is not None and sending.paused)
        if snapshot is None:
            self.selection_hint.setText("")
            self.selection_hint.setVisible(False)
            return
        info = snapshot.info
        can_pair = info.supports(Capability.QR_PAIRING)
        can_control = info.supports(Capability.DEVICE_CONTROL)
        self.pair_action.setEnabled(can_pair)
        connected = snapshot.state is not DeviceState.DISCONNECTED
        self.disconnect_action.setEnabled(can_control and connected)
        self.restart_action.setEnabled(can_control)
        missing = []
        if not can_pair:
            missing.append(self.tr("pairing by QR code"))
        if not can_control:
            missing.append(self.tr("disconnect or restart"))
        self.selection_hint.setText(
            self.tr("%1 does not offer %2").replace("%1", info.name).replace("%2", self.tr(" or ").join(missing))
            if missing
            else ""
        )
        self.selection_hint.setVisible(bool(missing) and self.toolbar.isVisibleTo(self))

    def _devices_changed(self, changes: dict[int, DeviceSnapshot | None]) -> None:
        for account_id, snapshot in changes.items():
            if snapshot is None:
                self.model.remove(account_id)
            else:
                self.model.upsert(snapshot)
        self.model.flush()  # the bridge has already coalesced them

    def _refreshing(self, running: bool) -> None:
        self.spinner.set_running(running)
        self.refresh_action.setEnabled(not running)

    # -- sending ------------------------------------------------------------------

    def _sending_changed(self, *_: object) -> None:
        if not self._sending_soon.isActive():
            self._sending_soon.start()

    def refresh_sending(self) -> None:
        """Read each device's sending state off the event loop, then show it."""
        outbox = self.ctx.outbox
        if self._closed or outbox is None:
            return
        now = outbox.clock.now()
        paces = {s.account_id: outbox.pace_now(s.account_id) for s in self.model.snapshots()}  # on the loop
        governor = outbox.governor

        def read() -> dict[int, SendingState]:
            return {account_id: governor.state(account_id, now, pace) for account_id, pace in paces.items()}

        self._tasks.start(asyncio.to_thread(read), done=self._show_sending)

    def _show_sending(self, states: dict[int, SendingState]) -> None:
        self.model.set_sending(states)
        self._update_actions()

    def resume_selected(self) -> None:
        snapshot = self.selected()
        outbox = self.ctx.outbox
        if snapshot is None or outbox is None:
            return
        account = snapshot.account
        if outbox.resume_sending(account.id):
            self.notice.show_message(
                self.tr("Sending from “%1” goes on; its waiting messages go out at its pace.").replace(
                    "%1", account.name
                ),
                "ok",
            )
        self.refresh_sending()

    # -- actions -----------------------------------------------------------------

    def refresh(self) -> None:
        if self._closed:
            return
        self._tasks.start(self._refresh_all(), failed=lambda words: self.notice.show_message(words, "error"))

    async def _refresh_all(self) -> None:
        await self.ctx.devices.refresh_all()

    def add_account(self) -> None:
        dialog = AccountDialog(self.ctx, None, self)
        dialog.saved.connect(self._account_added)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.account_dialog = dialog
        dialog.open()

    def _account_added(self, account: Account) -> None:
        self.bridge.flush()  # the new device's row, published when the account was stored
        self.select_account(account.id)
        self.notice.show_message(
            self.tr("Account “%1” added. Next, pair its phone.").replace("%1", account.name)
            if self.ctx.accounts.info(account).supports(Capability.QR_PAIRING)
            else self.tr("Account “%1” added.").replace("%1", account.name),
            "ok",
        )

    def edit_selected(self) -> None:
        snapshot = self.selected()
        if snapshot is None:
            return
        dialog = AccountDialog(self.ctx, snapshot.account, self)
        dialog.saved.connect(self._account_edited)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.account_dialog = dialog
        dialog.open()

    def _account_edited(self, account: Account) -> None:
        self.notice.show_message(self.tr("Changes to “%1” saved.").replace("%1", account.name), "ok")

    def remove_selected(self) -> None:
        snapshot = self.selected()
        if snapshot is None:
            return
        account = snapshot.account
        self._confirm(
            QMessageBox.Icon.Warning,
            self.tr("Remove account"),
            self.tr("Remove “%1”?").replace("%1", account.name),
            self.tr(
                "Its keys are deleted from the keyring and its queued and scheduled messages are cancelled. "
                "Its message history stays on this computer, in the reports, marked as from a removed account. "
                "The account at %1 itself is not touched."
            ).replace("%1", snapshot.info.name),
            self.tr("Remove"),
            QMessageBox.ButtonRole.DestructiveRole,
            partial(self._remove, account),
        )

    def _confirm(
        self,
        icon: QMessageBox.Icon,
        title: str,
        question: str,
        details: str,
        yes: str,
        role: QMessageBox.ButtonRole,
        then: Callable[[], None],
    ) -> None:
        """Ask before doing something that cannot be undone; ``then`` runs only on a yes."""
        box = QMessageBox(icon, title, question, QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(details)
        yes_button = box.addButton(yes, role)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A bound method, not a closure: PySide crashes deleting a sender whose slot is a closure over widgets.
        box.finished.connect(self._confirm_finished)
        self.confirm_box = box
        self._confirm_yes = (yes_button, then)
        box.open()

    def _confirm_finished(self) -> None:
        box, (yes_button, then) = self.confirm_box, self._confirm_yes
        self._confirm_yes = (None, _nothing)
        if box is not None and yes_button is not None and box.clickedButton() is yes_button:
            then()

    def _remove(self, account: Account) -> None:
        self._tasks.start(
            self.ctx.accounts.remove(account.name),
            done=self._removed,
            failed=self._remove_failed,
        )

    def _remove_failed(self, words: str) -> None:
        self.notice.show_message(self.tr("Could not remove the account: %1").replace("%1", words), "error")

    def _removed(self, removal: Removal) -> None:
        account = removal.account
        text = self.tr("Account “%1” removed; its history stays in the reports.").replace("%1", account.name)
        if removal.cancelled:
            text += " " + self.tr("%1 queued or scheduled message(s) cancelled.").replace(
                "%1", fmt.number(removal.cancelled)
            )
        self.notice.show_message(text, "ok")

    def pair_selected(self) -> None:
        snapshot = self.selected()
        if snapshot is None or not snapshot.info.supports(Capability.QR_PAIRING):
            return
        self.open_pairing(snapshot.account)

    def open_pairing(self, account: Account) -> PairingDialog:
        if self.pairing is not None:
            self.pairing.close()
        dialog = PairingDialog(self.ctx, account, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paired.connect(self._paired)
        # Not ``destroyed``: letting go of the last reference while Qt is deleting the dialog crashes.
        dialog.finished.connect(self._pairing_closed)
        self.pairing = dialog
        dialog.open()
        dialog.start()
        return dialog

    def _paired(self, account: Account) -> None:
        self.notice.show_message(self.tr("“%1” is paired.").replace("%1", account.name), "ok")

    def _pairing_closed(self) -> None:
        self.pairing = None

    def disconnect_selected(self) -> None:
        snapshot = self.selected()
        if snapshot is None:
            return
        account = snapshot.account
        self._confirm(
            QMessageBox.Icon.Question,
            self.tr("Disconnect"),
            self.tr("Disconnect the phone of “%1”?").replace("%1", account.name),
            self.tr("WhatsApp logs this device out. To send again, pair the phone by scanning a new code."),
            self.tr("Disconnect"),
            QMessageBox.ButtonRole.AcceptRole,
            partial(self._control, account, "disconnect"),
        )

    def restart_selected(self) -> None:
        snapshot = self.selected()
        if snapshot is not None:
            self._control(snapshot.account, "restart")

    def _control(self, account: Account, action: str) -> None:
        monitor = self.ctx.devices
        call = monitor.disconnect(account.id) if action == "disconnect" else monitor.restart(account.id)
        done_text = (
            self.tr("“%1” disconnected.") if action == "disconnect" else self.tr("“%1” is restarting.")
        ).replace("%1", account.name)
        self._tasks.start(
            call,
            done=lambda words: self.notice.show_message(f"{done_text} {words}".strip(), "ok"),
            failed=lambda words: self.notice.show_message(words, "error"),
        )

    def _activated(self, index: QModelIndex) -> None:
        snapshot = index.data(SNAPSHOT_ROLE)
        if not isinstance(snapshot, DeviceSnapshot):
            return
        if snapshot.state is not DeviceState.CONNECTED and snapshot.info.supports(Capability.QR_PAIRING):
            self.open_pairing(snapshot.account)
        else:
            self.edit_selected()

    def show_gateway_words(self) -> None:
        """The gateway's own answer (an error, or a balance), as a detail behind plain words (``words_box``)."""
        snapshot = self.selected()
        words = gateway_words(snapshot) if snapshot is not None else None
        if snapshot is None or words is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("What the gateway said"),
            f"“{snapshot.account.name}”: {notes_of(snapshot)[0]}",
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setInformativeText(
            self.tr("Below is the last answer of %1, in its own words, as it may help its support team.").replace(
                "%1", snapshot.info.name
            )
        )
        box.setDetailedText(words)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._words_closed)
        self.words_box = box
        box.open()

    def _words_closed(self) -> None:
        self.words_box = None

    def _context_menu(self, pos: QPoint) -> None:
        if not self.view.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        for action in self.device_actions[:3]:
            menu.addAction(action)
        if self.resume_action.isEnabled():
            menu.addAction(self.resume_action)
        menu.addSeparator()
        menu.addAction(self.edit_action)
        menu.addAction(self.remove_action)
        snapshot = self.selected()
        if snapshot is not None and gateway_words(snapshot):
            menu.addSeparator()
            menu.addAction(self.details_action)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def shutdown(self) -> None:
        """Stop refreshing and cancel what is under way (the window is closing)."""
        self._closed = True
        self._timer.stop()
        self._sending_soon.stop()
        self._sending_tick.stop()
        self._tasks.cancel_all()
        if self.pairing is not None:
            self.pairing.close()


def _nothing() -> None:
    return None


class ActionButton(QPushButton):
    """A button that triggers an action and follows whether it is enabled."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action.icon(), action.text())
        self._action = action
        self.clicked.connect(action.trigger)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.setToolTip(f"{action.text()} ({shortcut})" if shortcut else action.text())
        action.changed.connect(self._follow)
        self._follow()  # an action disabled before its button was made: ``changed`` never comes for that

    def _follow(self) -> None:
        self.setEnabled(self._action.isEnabled())
