"""The WhatsApp groups of each device's phone: name and id, copied to send a message to the whole group.

Only some gateways list groups (the Chatbot gateway among those wadesk
knows); every other device is named with why it has none here.  The lists
kept from the last time (``ContactService.groups``) show at once; Refresh asks
each device again, off the event loop, one device's failure said on its own
row.  No gateway's document gives a group's members, so none are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidgetItem, QWidget

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import WadeskError
from wadesk.domain.models import Account, Group
from wadesk.providers.registry import provider_info
from wadesk.services.accounts import AccountService
from wadesk.services.contacts import ContactService
from wadesk.ui import format as fmt
from wadesk.ui import icons
from wadesk.ui.dialogs.gateway_words import plain_failure
from wadesk.ui.widgets.device_choice import GatewayDialog, attempt, fit_height, gateway_names, list_row, row_list
from wadesk.ui.widgets.notice import Notice
from wadesk.ui.widgets.spinner import Spinner

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # a group row's Group


def _tr(text: str) -> str:
    return QCoreApplication.translate("WhatsAppGroupsDialog", text)


def _groups(count: int) -> str:
    return _tr("1 group") if count == 1 else _tr("%1 groups").replace("%1", fmt.number(count))


class WhatsAppGroupsDialog(GatewayDialog):
    """Each device with its WhatsApp groups (or why it has none here); Refresh, Copy group id, Close."""

    def __init__(self, contacts: ContactService, accounts: AccountService, parent: QWidget | None = None) -> None:
        title = _tr("WhatsApp groups")
        super().__init__(title, title, 600, parent)
        self.contacts = contacts
        self._device_rows: dict[int, QTreeWidgetItem] = {}
        self._pending = 0
        self.accounts = accounts.list()
        self.able = [a for a in self.accounts if provider_info(a.provider).supports(Capability.GROUPS)]

        intro = QLabel(
            self.tr("The groups each device's phone is in. Copy a group's id to send a message to the whole group.")
        )
        intro.setWordWrap(True)
        self.members_note = QLabel(self.tr("The gateways do not say who is in each group."))
        self.members_note.setObjectName("Muted")
        self.members_note.setWordWrap(True)
        self.tree = row_list([self.tr("Device and group"), self.tr("Group id")], self.tr("WhatsApp groups"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 320)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(self._activated)
        self.none = QLabel(
            self.tr(
                "You have no device yet. Add one in Devices (the first page of the window); "
                "devices on %1 list their groups."
            ).replace("%1", gateway_names(Capability.GROUPS))
        )
        self.none.setWordWrap(True)
        self.spinner = Spinner(18)
        self.feedback = Notice()

        self.refresh_button = QPushButton(icons.icon("refresh"), self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Ask each device for its groups again"))
        self.refresh_button.clicked.connect(self.refresh)
        self.copy_button = QPushButton(icons.icon("copy"), self.tr("Copy group id"))
        self.copy_button.clicked.connect(self.copy_id)
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.tree)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_id)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.spinner)
        buttons.addStretch()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(close)

        layout = self._column()
        layout.addWidget(intro)
        layout.addWidget(self.none)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.members_note)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)

        self.none.setVisible(not self.accounts)
        self.tree.setVisible(bool(self.accounts))
        self.members_note.setVisible(bool(self.able))
        self.refresh_button.setVisible(bool(self.able))
        self.copy_button.setVisible(bool(self.able))
        self._fill_devices()
        self._update_buttons()
        fit_height(self)
        if self.able:
            self.refresh()

    def _fill_devices(self) -> None:
        for account in self.accounts:
            info = provider_info(account.provider)
            row = list_row(f"{account.name} ({info.name})")
            self.tree.addTopLevelItem(row)
            if account in self.able:
                self._device_rows[account.id] = row
                self._show_groups(account, self.contacts.groups(account))
            else:
                self._say(row, self.tr("%1 does not list WhatsApp groups.").replace("%1", info.name))

    def _say(self, row: QTreeWidgetItem, words: str) -> None:
        """A device's only line beneath it: why it shows no group."""
        row.takeChildren()
        row.setText(1, "")
        line = list_row(words)
        line.setToolTip(0, words)
        line.setForeground(0, self.palette().placeholderText())
        row.addChild(line)
        line.setFirstColumnSpanned(True)
        row.setExpanded(True)

    def _show_groups(self, account: Account, groups: list[Group]) -> None:
        row = self._device_rows[account.id]
        if not groups:
            self._say(row, self.tr("No group kept yet: press Refresh."))
            return
        row.takeChildren()
        for group in groups:
            child = list_row(group.name, group.group_id)
            child.setData(0, GROUP_ROLE, group)
            child.setToolTip(0, group.name)
            row.addChild(child)
        row.setText(1, _groups(len(groups)))
        row.setExpanded(True)

    # -- refresh -------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask every device that lists groups for them again, all at once."""
        if self._pending:
            return
        self.feedback.dismiss()
        for account in self.able:
            self._pending += 1
            self._say(self._device_rows[account.id], self.tr("Asking the device…"))
            self._tasks.start(self._fetch(account), done=self._fetched)
        self.spinner.set_running(bool(self._pending))
        self.refresh_button.setEnabled(not self._pending)

    async def _fetch(self, account: Account) -> tuple[Account, list[Group] | WadeskError]:
        return account, await attempt(self.contacts.fetch_groups(account))

    def _fetched(self, answer: tuple[Account, list[Group] | WadeskError]) -> None:
        account, outcome = answer
        self._pending -= 1
        if isinstance(outcome, WadeskError):
            text, _detail = plain_failure(outcome, provider_info(account.provider).name)
            self._say(self._device_rows[account.id], self.tr("Could not get the groups. %1").replace("%1", text))
        elif outcome:
            self._show_groups(account, sorted(outcome, key=lambda g: (g.name.lower(), g.group_id)))
        else:
            self._say(self._device_rows[account.id], self.tr("This device's phone is in no WhatsApp group."))
        if not self._pending:
            self.spinner.set_running(False)
            self.refresh_button.setEnabled(True)
        self._update_buttons()

    # -- copy ----------------------------------------------------------------------

    def chosen(self) -> Group | None:
        item = self.tree.currentItem()
        value = item.data(0, GROUP_ROLE) if item is not None else None
        return value if isinstance(value, Group) else None

    def _update_buttons(self) -> None:
        self.copy_button.setEnabled(self.chosen() is not None)

    def _activated(self, item: QTreeWidgetItem) -> None:
        if isinstance(item.data(0, GROUP_ROLE), Group):
            self.copy_id()

    def copy_id(self) -> None:
        group = self.chosen()
        if group is None:
            return
        QGuiApplication.clipboard().setText(group.group_id)
        self.feedback.show_message(
            self.tr("The id of “%1” is copied.").replace("%1", group.name),
            "ok",
        )
        fit_height(self)
