"""The address book as a table: every contact, paged from SQL, sorted by name, searched there too.

Columns: the name, the number as people write it, whether it is on WhatsApp
(as the last number check said, its date in the cell's tooltip), the tags,
whether they asked not to be messaged, the last message sent to them (its
status and day; the moment in the tooltip) and the contact's other details.
Rows are ``ContactRow`` values from ``ContactSource``.
"""

from __future__ import annotations

import enum
import functools
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from wadesk.domain.models import Contact
from wadesk.domain.status import DeliveryStatus
from wadesk.services.contact_source import ContactFilter, ContactRow, ContactSort
from wadesk.services.paging import PagedSource, Sort
from wadesk.ui import format as fmt
from wadesk.ui import theme
from wadesk.ui.models.messages import status_words
from wadesk.ui.models.paged import PagedColumn, PagedTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactTableModel", text)


class ContactColumn(enum.IntEnum):
    NAME = 0
    NUMBER = 1
    WHATSAPP = 2
    TAGS = 3
    OPTED_OUT = 4
    LAST_MESSAGE = 5
    DETAILS = 6


_phone = functools.lru_cache(maxsize=4096)(fmt.phone)  # a repaint formats the same few numbers again


def whatsapp_words(value: bool | None) -> str:
    if value is None:
        return _tr("Not checked")
    return _tr("Yes") if value else _tr("No")


def opted_out_words(row: ContactRow) -> str:
    return _tr("Yes") if row.opted_out else ""


def tags_words(row: ContactRow) -> str:
    return ", ".join(row.tags)


def short_status_words(status: DeliveryStatus) -> str:
    """A status for a narrow column: “Accepted” for what the gateway took (the full words are in the tooltip)."""
    return _tr("Accepted") if status is DeliveryStatus.ACCEPTED else status_words(status)


def last_message_words(row: ContactRow) -> str:
    """``Read · 28 Nov 2026``: how the last message to this number fared, and on which day."""
    if row.last_status is None:
        return ""
    words = short_status_words(DeliveryStatus(row.last_status))
    return f"{words} · {fmt.day(row.last_at.astimezone().date())}" if row.last_at is not None else words


def contact_of(row: ContactRow) -> Contact:
    """The row as the dialogs and sentences take a contact."""
    return Contact(row.number, row.name, row.fields, row.on_whatsapp, id=row.id)


def details(contact: Contact | ContactRow) -> str:
    """The contact's other details on one line: ``City: Bandung · Birthday: 12 May``."""
    return " · ".join(f"{key}: {value}" for key, value in contact.fields.items())


def columns() -> list[PagedColumn[ContactRow]]:
    return [
        PagedColumn(_tr("Name"), lambda c: c.name, ContactSort.NAME.value),
        PagedColumn(_tr("Number"), lambda c: _phone(c.number), ContactSort.NUMBER.value),
        PagedColumn(_tr("On WhatsApp"), lambda c: whatsapp_words(c.on_whatsapp), ContactSort.ON_WHATSAPP.value),
        PagedColumn(_tr("Tags"), tags_words),
        PagedColumn(_tr("Do not message"), opted_out_words, ContactSort.OPTED_OUT.value),
        PagedColumn(_tr("Last message"), last_message_words),
        PagedColumn(_tr("Other details"), details),
    ]


def column_samples() -> dict[ContactColumn, list[str]]:
    """The widest usual text of the narrow columns, to size them."""
    return {
        ContactColumn.NUMBER: ["+62 812-3456-78901"],
        ContactColumn.WHATSAPP: [whatsapp_words(None), whatsapp_words(True)],
        ContactColumn.TAGS: ["Pelanggan, Grosir"],
        ContactColumn.OPTED_OUT: [_tr("Yes")],
        ContactColumn.LAST_MESSAGE: [
            f"{short_status_words(status)} · {fmt.day(date(2026, month, 28))}"  # month names in the window's language
            for status in DeliveryStatus
            for month in range(1, 13)
        ],
    }


class ContactTableModel(PagedTableModel[ContactRow, ContactFilter]):
    roles = PagedTableModel.roles | {Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole}

    def __init__(
        self,
        source: PagedSource[ContactRow, ContactFilter],
        parent: QObject | None = None,
        *,
        page_size: int = 100,
        max_pages: int = 8,
    ) -> None:
        super().__init__(
            source,
            columns(),
            ContactFilter(),
            sort=Sort(ContactSort.NAME.value),
            key=lambda contact: contact.id,
            page_size=page_size,
            max_pages=max_pages,
            parent=parent,
        )

    def contact_at(self, row: int) -> ContactRow | None:
        """The contact at ``row`` if its page is in memory (else ``None``, and its page is asked for)."""
        return self._row(row) if 0 <= row < self.rowCount() else None

    def row_data(self, row: ContactRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ContactColumn.WHATSAPP and row.checked_at is not None:
                return _tr("Checked %1").replace("%1", fmt.moment(row.checked_at))  # in the user's time zone
            if column == ContactColumn.TAGS and row.tags:
                return tags_words(row)
            if column == ContactColumn.OPTED_OUT and row.opted_out_at is not None:
                return _tr("Asked not to be messaged on %1").replace("%1", fmt.moment(row.opted_out_at))
            if column == ContactColumn.LAST_MESSAGE and row.last_status is not None:
                return (
                    _tr("Last message: %1, %2")
                    .replace("%1", status_words(DeliveryStatus(row.last_status)))
                    .replace("%2", fmt.moment(row.last_at))
                )
            if column == ContactColumn.DETAILS and row.fields:
                return details(row)
            if column == ContactColumn.NAME and row.name:
                return row.name
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            colors = theme.current()
            if column == ContactColumn.WHATSAPP:
                if row.on_whatsapp is None:
                    return QColor(colors.muted)
                return QColor(colors.ok if row.on_whatsapp else colors.bad)
            return None
        return super().row_data(row, column, role)
