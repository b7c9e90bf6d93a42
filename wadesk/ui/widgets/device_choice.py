"""Picking the device to work through, among those whose gateway can do the job; plainly saying when none can.

Used by the Contacts panel's gateway dialogs (number check, contacts from and
to a device, WhatsApp groups), with what else they share: ``attempt``,
``fit_height``, the ``GatewayDialog`` skeleton and its lists (``row_list``,
``list_row``).  Every configured account is a device here; one whose gateway reports
that its phone is not connected is still offered, with a word about it, since
the gateway is the one to say whether it can answer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import WadeskError
from wadesk.domain.models import Account, DeviceState
from wadesk.providers.registry import provider_ids, provider_info
from wadesk.services.accounts import AccountService
from wadesk.services.devices import DeviceMonitor
from wadesk.ui.tasks import Tasks

T = TypeVar("T")
ROW_HEIGHT = 28  # a row of a gateway dialog's list


async def attempt(work: Awaitable[T]) -> T | WadeskError:
    """``work``'s result, or the error a service or a gateway raised (for ``plain_failure`` to put in words)."""
    try:
        return await work
    except WadeskError as exc:
        return exc


def fit_height(window: QWidget) -> None:
    """Let ``window`` never be made shorter than its words need at its narrowest (wrapped lines take height),
    and grow it to that now; called whenever a line appears or goes."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    need = layout.totalHeightForWidth(window.minimumWidth()) if layout.hasHeightForWidth() else -1
    if need < 0:
        need = layout.totalMinimumSize().height()
    window.setMinimumHeight(need)
    if window.height() < need:
        window.resize(window.width(), need)


def able_accounts(accounts: AccountService, capability: Capability) -> list[Account]:
    """The accounts in use whose gateway can do ``capability``, by name."""
    return [a for a in accounts.list() if _supports(a.provider, capability)]


def gateway_names(capability: Capability) -> str:
    """The gateways that can do ``capability``, as a sentence lists them: “Wablas, Chatbot or WACloud”."""
    names = [provider_info(p).name for p in provider_ids() if _supports(p, capability)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " " + _or() + " " + names[-1]


def _or() -> str:
    return QCoreApplication.translate("DeviceChoice", "or")


def _supports(provider: str, capability: Capability) -> bool:
    try:
        return provider_info(provider).supports(capability)
    except WadeskError:  # a gateway this version does not know
        return False


class DeviceChoice(QWidget):
    """A “Device” list of the accounts whose gateway can do ``capability``; ``none_words`` when there is none.

    ``none_words`` says what to do, ``%1`` standing for the gateways that can (see ``gateway_names``).
    """

    changed = Signal()

    def __init__(
        self,
        accounts: AccountService,
        devices: DeviceMonitor | None,
        capability: Capability,
        none_words: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._devices = devices
        self.accounts = able_accounts(accounts, capability)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Device"))
        for account in self.accounts:
            self.combo.addItem(f"{account.name} ({provider_info(account.provider).name})", account.id)
        self.combo.currentIndexChanged.connect(self._picked)
        self.state = QLabel()
        self.state.setObjectName("FieldHelp")
        self.state.setWordWrap(True)
        self.none = QLabel(none_words.replace("%1", gateway_names(capability)))
        self.none.setWordWrap(True)
        self.none.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(14)
        form.addRow(self.tr("Device"), self.combo)
        form.addRow("", self.state)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.none)
        for widget in (self.combo, self.state, form.labelForField(self.combo)):
            if widget is not None:
                widget.setVisible(bool(self.accounts))
        self.none.setVisible(not self.accounts)
        self._picked()

    @property
    def empty(self) -> bool:
        return not self.accounts

    def account(self) -> Account | None:
        index = self.combo.currentIndex()
        return self.accounts[index] if 0 <= index < len(self.accounts) else None

    def gateway(self) -> str:
        """The chosen device's gateway by name (``Wablas``), '' when none is chosen."""
        account = self.account()
        return provider_info(account.provider).name if account is not None else ""

    def _picked(self) -> None:
        account = self.account()
        snapshot = self._devices.snapshot(account.id) if account is not None and self._devices else None
        offline = snapshot is not None and snapshot.state is DeviceState.DISCONNECTED
        self.state.setText(
            self.tr("This device's phone is not connected to WhatsApp: pair it again in Devices, or pick another.")
            if offline
            else ""
        )
        self.state.setVisible(offline)
        self.changed.emit()


class GatewayDialog(QDialog):
    """What the gateway dialogs share: a heading, work off the event loop (``_tasks``), a height that fits their
    words, and ``shutdown`` for the panel that opened them."""

    def __init__(self, title: str, heading: str, minimum_width: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._tasks = Tasks(self)
        self.setWindowTitle(title)
        self.setMinimumWidth(minimum_width)
        self.heading = QLabel(heading)
        self.heading.setObjectName("PanelTitle")
        self.heading.setWordWrap(True)

    def _column(self) -> QVBoxLayout:
        """The dialog's one column, its heading at the top; the dialog adds the rest."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        return layout

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # measured again in the fonts of the application's look, applied when shown

    def _fit(self) -> None:
        fit_height(self)

    def shutdown(self) -> None:
        self._tasks.cancel_all()
        self.done(QDialog.DialogCode.Rejected)


def row_list(headings: Sequence[str], name: str) -> QTreeWidget:
    """A list of rows under ``headings``, one picked at a time; ``name`` is what a screen reader calls it."""
    tree = QTreeWidget()
    tree.setColumnCount(len(headings))
    tree.setHeaderLabels(list(headings))
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setUniformRowHeights(True)
    tree.setAccessibleName(name)
    tree.header().setStretchLastSection(True)
    return tree


def list_row(*texts: str) -> QTreeWidgetItem:
    """A row of a ``row_list``, as tall as the others."""
    item = QTreeWidgetItem(list(texts))
    item.setSizeHint(0, QSize(0, ROW_HEIGHT))
    return item
