"""What can be done to one message from the Reports panel, each where it makes sense:

* at the gateway, where its capability flags say it can (never by the gateway's name): **Cancel** a message it
  has not sent yet, **Send again from the gateway** (its own resend) one that failed or waits there, **Delete on
  WhatsApp** (revoke) one already sent;
* for a message wadesk is not sure about (``uncertain``), the user's answer: **Send again** (queued for the outbox)
  or **Mark as sent** (it did arrive), with the reason it is uncertain shown beside them.

Cancel, delete and send again ask first (they cannot be undone, or may send twice); every result is said in plain
words in the panel's notice.  All of it goes through ``MessageService``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from wadesk.domain.capabilities import Capability
from wadesk.domain.models import Account
from wadesk.domain.status import DeliveryStatus
from wadesk.services.accounts import AccountService
from wadesk.services.history import MessageListRow
from wadesk.services.messages import GatewayAnswer, MessageService
from wadesk.ui import icons
from wadesk.ui.panels.reports.table import recipient_words
from wadesk.ui.tasks import Tasks

CANCELLABLE = frozenset({DeliveryStatus.ACCEPTED, DeliveryStatus.SCHEDULED})
RESENDABLE = frozenset({DeliveryStatus.FAILED, DeliveryStatus.ACCEPTED})
REVOCABLE = frozenset({DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.READ})


class MessageActions(QObject):
    """The actions on the message in ``row`` (``set_row``), enabled as that message and its gateway allow."""

    said = Signal(str, str)  # words, tone ("ok", "error", "info"): the outcome of an action

    def __init__(self, messages: MessageService, accounts: AccountService, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.messages = messages
        self.accounts_service = accounts
        self.accounts: Mapping[int, Account] = {}
        self.row: MessageListRow | None = None
        self.confirm_box: QMessageBox | None = None
        self._confirm_button: QPushButton | None = None
        self._confirmed: Callable[[], None] | None = None
        self._tasks = Tasks(self)

        self.cancel_action = self._action("block", self.tr("Cancel at the gateway…"), self.cancel)
        self.resend_action = self._action("refresh", self.tr("Send again from the gateway"), self.resend)
        self.revoke_action = self._action("remove", self.tr("Delete on WhatsApp…"), self.revoke)
        self.send_again_action = self._action("restart", self.tr("Send again…"), self.send_again)
        self.mark_sent_action = self._action("tick", self.tr("Mark as sent"), self.mark_sent)
        self.all = (
            self.send_again_action,
            self.mark_sent_action,
            self.cancel_action,
            self.resend_action,
            self.revoke_action,
        )
        self.menu = QMenu(parent)
        self.add_to_menu(self.menu)
        self.set_row(None)

    def _action(self, icon_name: str, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(icons.icon(icon_name) if icon_name else QIcon(), text, self)
        action.triggered.connect(slot)
        return action

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.send_again_action)
        menu.addAction(self.mark_sent_action)
        menu.addSeparator()
        menu.addAction(self.cancel_action)
        menu.addAction(self.resend_action)
        menu.addAction(self.revoke_action)

    # -- what is possible ------------------------------------------------------------

    def _can(self, row: MessageListRow, capability: Capability, statuses: frozenset[DeliveryStatus]) -> bool:
        account = self.accounts.get(row.account_id)
        if account is None or not row.provider_message_id or row.status not in statuses:
            return False
        return self.accounts_service.info(account).supports(capability)

    def set_row(self, row: MessageListRow | None) -> None:
        self.row = row
        uncertain = row is not None and row.status is DeliveryStatus.UNCERTAIN
        allowed = {
            self.send_again_action: uncertain,
            self.mark_sent_action: uncertain,
            self.cancel_action: row is not None and self._can(row, Capability.CANCEL, CANCELLABLE),
            self.resend_action: row is not None and self._can(row, Capability.RESEND, RESENDABLE),
            self.revoke_action: row is not None and self._can(row, Capability.REVOKE, REVOCABLE),
        }
        # Only what this message allows is offered: the menu lists no action that could never apply to it.
        # (A hidden action reads as disabled, so both follow the same answer.)
        for action, can in allowed.items():
            action.setVisible(can)
            action.setEnabled(can)

    @property
    def any_enabled(self) -> bool:
        return any(action.isEnabled() for action in self.all)

    # -- the actions -----------------------------------------------------------------

    def cancel(self) -> None:
        row = self.row
        if row is None or not self.cancel_action.isEnabled():
            return
        self._ask(
            self.tr("Cancel this message?"),
            self.tr("The gateway will not send the message to %1. This cannot be undone.").replace(
                "%1", recipient_words(row)
            ),
            self.tr("Cancel message"),
            lambda: self._at_gateway(row, self.messages.cancel, self._cancelled),
        )

    def resend(self) -> None:
        row = self.row
        if row is not None and self.resend_action.isEnabled():
            self._at_gateway(row, self.messages.resend, self._resent)

    def revoke(self) -> None:
        row = self.row
        if row is None or not self.revoke_action.isEnabled():
            return
        self._ask(
            self.tr("Delete this message on WhatsApp?"),
            self.tr(
                "The gateway will ask WhatsApp to delete it from the chat with %1. "
                "If they already read it, they may still remember it."
            ).replace("%1", recipient_words(row)),
            self.tr("Delete on WhatsApp"),
            lambda: self._at_gateway(row, self.messages.revoke, self._revoked),
        )

    def send_again(self) -> None:
        row = self.row
        if row is None or row.status is not DeliveryStatus.UNCERTAIN:
            return
        self._ask(
            self.tr("Send this message again?"),
            self.tr("If the first one did arrive, %1 gets it twice.").replace("%1", recipient_words(row)),
            self.tr("Send again"),
            lambda: self._decide(row, send_again=True),
        )

    def mark_sent(self) -> None:
        row = self.row
        if row is not None and row.status is DeliveryStatus.UNCERTAIN:
            self._decide(row, send_again=False)

    # -- running them ----------------------------------------------------------------

    def _ask(self, question: str, detail: str, yes: str, then: Callable[[], None]) -> None:
        if self.confirm_box is not None:
            self.confirm_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Reports"), question, parent=self._parent)
        box.setInformativeText(detail)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        self._confirm_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._answered)
        self._confirmed = then
        self.confirm_box = box
        box.open()

    def _answered(self) -> None:
        box, button, then = self.confirm_box, self._confirm_button, self._confirmed
        self.confirm_box, self._confirm_button, self._confirmed = None, None, None
        if box is not None and button is not None and then is not None and box.clickedButton() is button:
            then()

    def _at_gateway(
        self,
        row: MessageListRow,
        call: Callable[[Sequence[int]], Coroutine[Any, Any, GatewayAnswer]],
        words: Callable[[MessageListRow, GatewayAnswer], tuple[str, str]],
    ) -> None:
        self._tasks.start(
            call([row.id]),
            done=lambda answer: self.said.emit(*words(row, answer)),
            failed=lambda reason: self.said.emit(self.tr("The gateway said no: %1").replace("%1", reason), "error"),
        )

    def _cancelled(self, row: MessageListRow, answer: GatewayAnswer) -> tuple[str, str]:
        who = recipient_words(row)
        if row.id in answer.done:
            return self.tr("The message to %1 is cancelled.").replace("%1", who), "ok"
        return (
            self.tr("%1 could not cancel the message to %2: it may be on its way already.")
            .replace("%1", answer.gateway)
            .replace("%2", who),
            "error",
        )

    def _resent(self, row: MessageListRow, answer: GatewayAnswer) -> tuple[str, str]:
        who = recipient_words(row)
        if row.id in answer.done:
            return self.tr("%1 will send the message to %2 again.").replace("%1", answer.gateway).replace(
                "%2", who
            ), "ok"
        return self.tr("%1 did not take the message to %2 again.").replace("%1", answer.gateway).replace(
            "%2", who
        ), "error"

    def _revoked(self, row: MessageListRow, answer: GatewayAnswer) -> tuple[str, str]:
        return (
            self.tr("%1 was asked to delete the message to %2 on WhatsApp.")
            .replace("%1", answer.gateway)
            .replace("%2", recipient_words(row)),
            "ok",
        )

    def _decide(self, row: MessageListRow, *, send_again: bool) -> None:
        who = recipient_words(row)
        words = (
            self.tr("The message to %1 will be sent again.")
            if send_again
            else self.tr("The message to %1 is marked as sent.")
        ).replace("%1", who)
        self._tasks.start(
            asyncio.to_thread(self.messages.decide_uncertain, row.id, send_again=send_again),
            done=lambda _row: self.said.emit(words, "ok"),
            failed=lambda reason: self.said.emit(self.tr("Could not change it: %1").replace("%1", reason), "error"),
        )

    def shutdown(self) -> None:
        self._tasks.cancel_all()
        if self.confirm_box is not None:
            self.confirm_box.close()
