"""The Reports panel's message table: the whole history paged from SQL, a status icon on each row.

Columns: when it was made, who it went to (the contact's name and the number, joined in SQL), the device, the
campaign, the kind, the first line of the text, the status with its icon, its last change and the gateway's own
words for a failure.  Every cell's tooltip holds its whole text (a cut message or error can be read whole).
Status changes arrive through ``on_changes`` (the bridge's coalesced bursts): one re-read of the rows in memory per
burst, ``dataChanged`` only for the rows that differ.
"""

from __future__ import annotations

import enum
import functools
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QIcon

from wadesk.domain.status import DeliveryStatus
from wadesk.services.history import MessageFilter, MessageListRow, MessageSort
from wadesk.services.paging import PagedSource, Sort
from wadesk.ui import format as fmt
from wadesk.ui import icons, theme
from wadesk.ui.i18n import say
from wadesk.ui.models.messages import status_words
from wadesk.ui.models.paged import PagedColumn, PagedTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportTable", text)


class ReportColumn(enum.IntEnum):
    """In the order a shop owner reads a row: when, to whom, did it arrive, what it said, then the details."""

    TIME = 0
    TO = 1
    STATUS = 2
    TEXT = 3
    DEVICE = 4
    CAMPAIGN = 5
    KIND = 6
    UPDATED = 7
    WORDS = 8


def kind_words(kind: str) -> str:
    words = {
        "text": _tr("Text"),
        "image": _tr("Image"),
        "video": _tr("Video"),
        "audio": _tr("Audio"),
        "document": _tr("Document"),
        "location": _tr("Location"),
        "contact_card": _tr("Contact card"),
        "list": _tr("List"),
        "buttons": _tr("Buttons"),
        "poll": _tr("Poll"),
        "template": _tr("Template"),
        "link": _tr("Link"),
    }
    return words.get(kind, kind.replace("_", " ").capitalize())


# A repaint formats the same few numbers and times again: each is formatted once.
_phone = functools.lru_cache(maxsize=4096)(fmt.phone)
_moment = functools.lru_cache(maxsize=4096)(fmt.moment)


def recipient_words(row: MessageListRow) -> str:
    """``Budi Santoso · +62 812-3456-7890``; a number alone when no contact has it; a group as it is named."""
    if row.is_group:
        return row.recipient
    number = _phone(row.recipient)
    return f"{row.contact} · {number}" if row.contact else number


def _first_line(row: MessageListRow) -> str:
    return row.text.split("\n", 1)[0]


def _reason(text: str | None) -> str:
    """A stored failure reason: wadesk's own words in the window's language, a gateway's as they are."""
    return say(text) if text else ""


def _one_line(text: str | None) -> str:
    return " ".join(_reason(text).split())


def columns() -> list[PagedColumn[MessageListRow]]:
    by_column = {
        ReportColumn.TIME: PagedColumn(_tr("Time"), lambda r: _moment(r.created_at), MessageSort.CREATED),
        ReportColumn.TO: PagedColumn(_tr("To"), recipient_words, MessageSort.RECIPIENT),
        ReportColumn.STATUS: PagedColumn(_tr("Status"), lambda r: status_words(r.status), MessageSort.STATUS),
        ReportColumn.TEXT: PagedColumn(_tr("Message"), _first_line),
        ReportColumn.DEVICE: PagedColumn(_tr("Device"), lambda r: r.account, MessageSort.ACCOUNT),
        ReportColumn.CAMPAIGN: PagedColumn(_tr("Campaign"), lambda r: r.campaign),
        ReportColumn.KIND: PagedColumn(_tr("Kind"), lambda r: kind_words(r.kind)),
        ReportColumn.UPDATED: PagedColumn(_tr("Last update"), lambda r: _moment(r.updated_at), MessageSort.UPDATED),
        ReportColumn.WORDS: PagedColumn(_tr("Gateway's words"), lambda r: _one_line(r.error)),
    }
    return [by_column[column] for column in ReportColumn]


_ICONS = {
    DeliveryStatus.QUEUED: "clock",
    DeliveryStatus.SCHEDULED: "scheduler",
    DeliveryStatus.SENDING: "upload",
    DeliveryStatus.ACCEPTED: "clock",
    DeliveryStatus.SENT: "tick",
    DeliveryStatus.DELIVERED: "ticks",
    DeliveryStatus.READ: "ticks",
    DeliveryStatus.FAILED: "error",
    DeliveryStatus.CANCELLED: "block",
    DeliveryStatus.UNCERTAIN: "info",
}


def status_color(status: DeliveryStatus) -> str:
    colors = theme.current()
    if status is DeliveryStatus.FAILED:
        return colors.bad
    if status is DeliveryStatus.UNCERTAIN:
        return colors.warn
    if status is DeliveryStatus.READ:
        return colors.info
    if status is DeliveryStatus.DELIVERED:
        return colors.ok
    return colors.muted


@functools.cache
def _status_icon(status: DeliveryStatus, color: str) -> QIcon:
    return icons.icon(_ICONS[status], color)


def status_icon(status: DeliveryStatus) -> QIcon:
    """The status's icon in its colour: a clock while waiting, one tick sent, two delivered (blue when read)…"""
    return _status_icon(status, status_color(status))


class ReportTableModel(PagedTableModel[MessageListRow, MessageFilter]):
    roles = PagedTableModel.roles | {
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
    }

    def __init__(
        self,
        history: PagedSource[MessageListRow, MessageFilter],
        parent: QObject | None = None,
        *,
        filter: MessageFilter | None = None,
        page_size: int = 100,
        max_pages: int = 8,
    ) -> None:
        super().__init__(
            history,
            columns(),
            filter or MessageFilter(),
            sort=Sort(MessageSort.CREATED, descending=True),
            key=lambda row: row.id,
            page_size=page_size,
            max_pages=max_pages,
            parent=parent,
        )

    def row_at(self, position: int) -> MessageListRow | None:
        """The row at ``position`` if it is in memory (it is, for a row on screen)."""
        if not 0 <= position < self.rowCount():
            return None
        return self._row(position)

    def position_of(self, message_id: int) -> int | None:
        """Where the message is now, if its row is in memory (the rows near those on screen are)."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == message_id:
                    return number * self.page_size + offset
        return None

    def row_data(self, row: MessageListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ReportColumn.TEXT:
                return row.text or None
            if column in (ReportColumn.WORDS, ReportColumn.STATUS):
                return _reason(row.error) or (status_words(row.status) if column == ReportColumn.STATUS else None)
            text = super().row_data(row, column, Qt.ItemDataRole.DisplayRole)
            return text or None
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(row.status) if column == ReportColumn.STATUS else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ReportColumn.STATUS and row.status in (DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN):
                return QColor(status_color(row.status))
            if column == ReportColumn.WORDS:
                return QColor(theme.current().bad)
            return None
        return super().row_data(row, column, role)
