"""The message history as a table: every message wadesk stored, paged from SQL, newest first."""

from __future__ import annotations

import enum
import functools
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from wadesk.domain.status import DeliveryStatus
from wadesk.services.history import MessageFilter, MessageListRow, MessageSort
from wadesk.services.paging import PagedSource, Sort
from wadesk.ui import format as fmt
from wadesk.ui import theme
from wadesk.ui.i18n import say
from wadesk.ui.models.paged import PagedColumn, PagedTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("MessageTableModel", text)


class MessageColumn(enum.IntEnum):
    CREATED = 0
    ACCOUNT = 1
    RECIPIENT = 2
    TEXT = 3
    STATUS = 4
    UPDATED = 5


def status_words(status: DeliveryStatus) -> str:
    return {
        DeliveryStatus.QUEUED: _tr("Waiting"),
        DeliveryStatus.SCHEDULED: _tr("Scheduled"),
        DeliveryStatus.SENDING: _tr("Sending"),
        DeliveryStatus.ACCEPTED: _tr("Accepted by the gateway"),
        DeliveryStatus.SENT: _tr("Sent"),
        DeliveryStatus.DELIVERED: _tr("Delivered"),
        DeliveryStatus.READ: _tr("Read"),
        DeliveryStatus.FAILED: _tr("Failed"),
        DeliveryStatus.CANCELLED: _tr("Cancelled"),
        DeliveryStatus.UNCERTAIN: _tr("To check"),
    }[status]


_phone = functools.lru_cache(maxsize=4096)(fmt.phone)  # a repaint formats the same few numbers again


def _recipient(row: MessageListRow) -> str:
    return row.recipient if row.is_group else _phone(row.recipient)


def _first_line(row: MessageListRow) -> str:
    return row.text.split("\n", 1)[0]


def columns() -> list[PagedColumn[MessageListRow]]:
    return [
        PagedColumn(_tr("Created"), lambda r: fmt.moment(r.created_at), MessageSort.CREATED),
        PagedColumn(_tr("Account"), lambda r: r.account, MessageSort.ACCOUNT),
        PagedColumn(_tr("To"), _recipient, MessageSort.RECIPIENT),
        PagedColumn(_tr("Message"), _first_line),
        PagedColumn(_tr("Status"), lambda r: status_words(r.status), MessageSort.STATUS),
        PagedColumn(_tr("Last change"), lambda r: fmt.moment(r.updated_at), MessageSort.UPDATED),
    ]


class MessageTableModel(PagedTableModel[MessageListRow, MessageFilter]):
    roles = PagedTableModel.roles | {Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole}

    def __init__(
        self,
        history: PagedSource[MessageListRow, MessageFilter],
        parent: QObject | None = None,
        *,
        page_size: int = 100,
        max_pages: int = 8,
    ) -> None:
        super().__init__(
            history,
            columns(),
            MessageFilter(),
            sort=Sort(MessageSort.CREATED, descending=True),
            key=lambda row: row.id,
            page_size=page_size,
            max_pages=max_pages,
            parent=parent,
        )

    def row_data(self, row: MessageListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == MessageColumn.STATUS and row.error:
                return say(row.error)  # wadesk's own words translated, a gateway's as they are
            if column == MessageColumn.TEXT and row.text:
                return row.text
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == MessageColumn.STATUS:
            colors = theme.current()
            if row.status in (DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN):
                return QColor(colors.bad if row.status is DeliveryStatus.FAILED else colors.warn)
            if row.status in (DeliveryStatus.DELIVERED, DeliveryStatus.READ):
                return QColor(colors.ok)
            return None
        return super().row_data(row, column, role)
