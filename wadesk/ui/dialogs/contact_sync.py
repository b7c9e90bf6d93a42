"""Contacts from and to a device whose gateway keeps a contact list (Wablas, WACloud).

``ContactSyncDialog`` asks the device for its list and shows, before anything
is written, what taking it would do: the new contacts, those of yours that get
a name or a detail they lack (old → new), and the names where the device and
you differ — yours are kept unless ticked.  Apply writes exactly that through
``ContactService.sync_apply``.  ``ContactPushDialog`` sends a selection to the
device's list and says how it went, in the gateway's words for any it refused.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidgetItem, QWidget

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import WadeskError
from wadesk.domain.models import Account, Contact
from wadesk.services.accounts import AccountService
from wadesk.services.contacts import ContactPush, ContactService, SyncPreview
from wadesk.services.devices import DeviceMonitor
from wadesk.store.contacts import ContactMerge, KeptValue
from wadesk.ui import format as fmt
from wadesk.ui.dialogs.gateway_words import GatewayDetails, plain_failure
from wadesk.ui.widgets.device_choice import DeviceChoice, GatewayDialog, attempt, fit_height, list_row, row_list
from wadesk.ui.widgets.notice import Notice
from wadesk.ui.widgets.spinner import Spinner

SHOWN_PROBLEMS = 5  # refusals named one by one after a push; the rest are counted


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactSyncDialog", text)


def _contacts(count: int) -> str:
    return _tr("1 contact") if count == 1 else _tr("%1 contacts").replace("%1", fmt.number(count))


def _name(name: str) -> str:
    return name or _tr("no name")


class _Dialog(GatewayDialog):
    """What both dialogs share: an introduction, the devices that keep a contact list, a spinner with a line of
    status, the gateway's words when it fails, Cancel and the dialog's own button (``action``) at the foot."""

    def __init__(
        self,
        accounts: AccountService,
        devices: DeviceMonitor | None,
        parent: QWidget | None,
        *,
        title: str,
        heading: str,
        width: int,
        intro: str,
        action: str,
    ) -> None:
        super().__init__(title, heading, width, parent)
        self.spinner = Spinner(18)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.device = DeviceChoice(
            accounts,
            devices,
            Capability.CONTACTS,
            _tr(
                "None of your devices keeps a contact list. Devices on %1 do: add one in Devices "
                "(the first page of the window), then come back here."
            ),
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.feedback = Notice(hide_after_ms=3_600_000)
        self.details = GatewayDetails()
        self.close_button = QPushButton(_tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        self.action_button = QPushButton(action)
        self.action_button.setProperty("primary", True)
        self.action_button.setDefault(True)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch()
        self.buttons.addWidget(self.close_button)
        self.buttons.addWidget(self.action_button)

    def _lay_out(self, *middle: tuple[QWidget, int]) -> None:
        """The column: heading, introduction, device, status, then ``middle`` (each widget with its stretch),
        the gateway's words and the buttons.  With no device to pick, only Close is left."""
        layout = self._column()
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.device)
        status = QHBoxLayout()
        status.setSpacing(8)
        status.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignTop)
        status.addWidget(self.status, 1)
        layout.addLayout(status)
        for widget, stretch in middle:
            layout.addWidget(widget, stretch)
        layout.addWidget(self.feedback)
        layout.addWidget(self.details)
        layout.addStretch()
        layout.addLayout(self.buttons)
        if self.device.empty:
            self.action_button.hide()
            self.close_button.setText(_tr("Close"))

    def _say_failure(self, exc: WadeskError, gateway: str, before: str) -> None:
        text, detail = plain_failure(exc, gateway)
        self.feedback.show_message(f"{before} {text}", "error")
        self.details.show_words(detail)
        fit_height(self)


class ContactSyncDialog(_Dialog):
    """Get a device's contacts: see what would be added and changed, then Apply or Cancel."""

    applied = Signal(object, int, str)  # the ContactMerge, how many of yours changed, the device's name

    def __init__(
        self,
        contacts: ContactService,
        accounts: AccountService,
        devices: DeviceMonitor | None,
        parent: QWidget | None = None,
    ) -> None:
        title = _tr("Get contacts from a device")
        intro = _tr(
            "Some gateways keep their own contact list. See what it would add to your address book "
            "before anything changes."
        )
        super().__init__(
            accounts, devices, parent, title=title, heading=title, width=640, intro=intro, action=_tr("Apply")
        )
        self.contacts = contacts
        self.preview: SyncPreview | None = None
        self._kept: list[tuple[QTreeWidgetItem, KeptValue]] = []
        self.device.changed.connect(self.fetch)
        self.table = row_list(
            [self.tr("Change"), self.tr("Number"), self.tr("Name or details")], self.tr("What would change")
        )
        self.table.setRootIsDecorated(False)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._ticked)
        self.table.hide()
        self.hint = QLabel(self.tr("Tick a name that differs to take the device's; otherwise yours is kept."))
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.apply_button = self.action_button
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self._lay_out((self.table, 1), (self.hint, 0))
        if not self.device.empty:
            self.fetch()
        fit_height(self)

    def fetch(self) -> None:
        """Ask the chosen device for its list (whatever was asked before is dropped)."""
        account = self.device.account()
        if account is None:
            return
        self._tasks.cancel_all()
        self.preview = None
        self._fill(None, {})
        self.feedback.dismiss()
        self.details.clear()
        self.spinner.set_running(True)
        self.status.setText(self.tr("Asking %1 for its contacts…").replace("%1", account.name))
        self._tasks.start(attempt(self._read(account)), done=self._previewed)

    async def _read(self, account: Account) -> tuple[SyncPreview, dict[str, Contact]]:
        """The preview, and your contacts it would change (to show them as old → new)."""
        preview = await self.contacts.sync_preview(account)
        numbers = [c.phone for c in preview.changes.filled]
        return preview, await asyncio.to_thread(self.contacts.by_number, numbers)

    def _previewed(self, outcome: tuple[SyncPreview, dict[str, Contact]] | WadeskError) -> None:
        self.spinner.set_running(False)
        if isinstance(outcome, WadeskError):
            self.status.setText("")
            self._say_failure(outcome, self.device.gateway(), self.tr("Could not get the contacts."))
            return
        preview, ours = outcome
        self.preview = preview
        changes = preview.changes
        total = len(changes.new) + len(changes.filled) + changes.unchanged
        device = self.device.account()
        words = (
            self.tr("%1 has %2: %3 new, %4 of yours would get what they lack, %5 the same as yours.")
            .replace("%1", device.name if device is not None else "")
            .replace("%2", _contacts(total))
            .replace("%3", fmt.number(len(changes.new)))
            .replace("%4", fmt.number(len(changes.filled)))
            .replace("%5", fmt.number(changes.unchanged))
        )
        if len(changes.kept) == 1:
            words += " " + self.tr("1 of your values differs from the device's.")
        elif changes.kept:
            words += " " + self.tr("%1 of your values differ from the device's.").replace(
                "%1", fmt.number(len(changes.kept))
            )
        if preview.skipped:
            words += " " + self.tr("%1 of its entries are not phone numbers and are left out.").replace(
                "%1", fmt.number(len(preview.skipped))
            )
        if not (changes.new or changes.filled or changes.kept):
            words += " " + self.tr("Nothing to take.")
        self.status.setText(words)
        self._fill(preview, ours)

    def _fill(self, preview: SyncPreview | None, ours: dict[str, Contact]) -> None:
        self.table.blockSignals(True)
        self.table.clear()
        self._kept = []
        if preview is not None:
            for contact in preview.changes.new:
                self._row(self.tr("New"), contact.phone, _name(contact.name))
            for contact in preview.changes.filled:
                self._row(self.tr("Filled in"), contact.phone, _filled(ours.get(contact.phone), contact))
            for kept in preview.changes.kept:
                field = self.tr("name") if kept.field == "name" else kept.field
                item = self._row(
                    self.tr("Differs"),
                    kept.phone,
                    self.tr("%1: yours “%2”, the device's “%3”")
                    .replace("%1", field)
                    .replace("%2", kept.yours)
                    .replace("%3", kept.gateway),
                )
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setToolTip(0, self.tr("Ticked: take the device's; not ticked: keep yours"))
                self._kept.append((item, kept))
        self.table.blockSignals(False)
        shown = self.table.topLevelItemCount() > 0
        self.table.setVisible(shown)
        self.hint.setVisible(bool(self._kept))
        self._ticked()
        fit_height(self)

    def _row(self, change: str, phone: str, name: str) -> QTreeWidgetItem:
        item = list_row(change, fmt.phone(phone), name)
        item.setToolTip(2, name)
        self.table.addTopLevelItem(item)
        return item

    def taken(self) -> list[KeptValue]:
        """The differing values ticked: the device's replace yours."""
        return [kept for item, kept in self._kept if item.checkState(0) == Qt.CheckState.Checked]

    def _ticked(self, *_: object) -> None:
        changes = self.preview.changes if self.preview is not None else None
        can = changes is not None and bool(changes.new or changes.filled or self.taken())
        self.apply_button.setEnabled(can and not self._tasks.busy)

    def apply(self) -> None:
        if self.preview is None or self._tasks.busy:
            return
        take = self.taken()
        updated = len({c.phone for c in self.preview.changes.filled} | {k.phone for k in take})
        self.apply_button.setEnabled(False)
        self.spinner.set_running(True)
        self.status.setText(self.tr("Writing to your address book…"))
        self._tasks.start(
            attempt(self.contacts.sync_apply(self.preview, take)), done=lambda done: self._applied(done, updated)
        )

    def _applied(self, outcome: ContactMerge | WadeskError, updated: int) -> None:
        self.spinner.set_running(False)
        if isinstance(outcome, WadeskError):
            self.status.setText("")
            self._say_failure(outcome, self.device.gateway(), self.tr("Nothing was written."))
            self._ticked()
            return
        account = self.device.account()
        self.applied.emit(outcome, updated, account.name if account is not None else "")
        self.accept()


def _filled(ours: Contact | None, theirs: Contact) -> str:
    """What a contact of yours gets from the device: “no name → Budi”, “City: Bandung added”."""
    if ours is None:
        return _name(theirs.name)
    parts = []
    if theirs.name != ours.name:
        parts.append(f"{_name(ours.name)} → {_name(theirs.name)}")
    for key, value in theirs.fields.items():
        if ours.fields.get(key) != value:
            parts.append(_tr("%1: %2 added").replace("%1", key).replace("%2", value))
    return "; ".join(parts) or _name(theirs.name)


def sync_words(merge: ContactMerge, updated: int, device: str) -> str:
    """The line the panel shows after Apply: ``updated`` contacts of yours changed."""
    return (
        _tr("From %1: %2 added, %3 updated.")
        .replace("%1", device)
        .replace("%2", _contacts(merge.added))
        .replace("%3", fmt.number(updated))
    )


class ContactPushDialog(_Dialog):
    """Send the selected contacts to a device's contact list, and say how it went."""

    pushed = Signal(object)  # the ContactPush

    def __init__(
        self,
        contacts: ContactService,
        accounts: AccountService,
        devices: DeviceMonitor | None,
        numbers: Sequence[str],
        region: str,
        parent: QWidget | None = None,
    ) -> None:
        intro = _tr(
            "They are added to the device's own contact list, or updated there when it has them already. "
            "Your address book does not change."
        )
        heading = _tr("Send %1 to a device").replace("%1", _contacts(len(numbers)))
        title = _tr("Send contacts to a device")
        super().__init__(
            accounts, devices, parent, title=title, heading=heading, width=480, intro=intro, action=_tr("Send")
        )
        self.contacts = contacts
        self.numbers = list(numbers)
        self.region = region
        self.device.changed.connect(self._fit)  # a line about the device's phone may come or go
        self.send_button = self.action_button
        self.send_button.clicked.connect(self.send)
        self._lay_out()
        fit_height(self)

    def send(self) -> None:
        account = self.device.account()
        if account is None or self._tasks.busy:
            return
        self.send_button.setEnabled(False)
        self.device.setEnabled(False)
        self.feedback.dismiss()
        self.details.clear()
        self.spinner.set_running(True)
        self.status.setText(
            self.tr("Sending %1 to %2…").replace("%1", _contacts(len(self.numbers))).replace("%2", account.name)
        )
        self._tasks.start(attempt(self.contacts.push(account, self.numbers, self.region)), done=self._sent)

    def _sent(self, outcome: ContactPush | WadeskError) -> None:
        self.spinner.set_running(False)
        self.device.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        if isinstance(outcome, WadeskError):
            self.status.setText("")
            self.send_button.setEnabled(True)
            self._say_failure(outcome, self.device.gateway(), self.tr("The contacts were not sent."))
            return
        self.send_button.hide()
        self.status.setText(push_words(outcome))
        if outcome.problems:
            named = "\n".join(outcome.problems[:SHOWN_PROBLEMS])
            more = len(outcome.problems) - SHOWN_PROBLEMS
            if more > 0:
                named += "\n" + self.tr("and %1 more").replace("%1", fmt.number(more))
            refused = self.tr("%1 refused some:").replace("%1", outcome.gateway)
            self.feedback.show_message(f"{refused}\n{named}", "error")
        fit_height(self)
        self.pushed.emit(outcome)
        self.close_button.setFocus()


def push_words(pushed: ContactPush) -> str:
    saved = pushed.sent - len(pushed.problems)
    return (
        _tr("%1 of %2 saved on %3.")
        .replace("%1", fmt.number(saved))
        .replace("%2", _contacts(pushed.sent))
        .replace("%3", pushed.gateway)
    )
