"""The address book as a table: every contact, paged from SQL, sorted by name, searched there too.

Columns: the name, the number as people write it, whether it is on WhatsApp
(as the last number check said) and the contact's other details.  Tags, the
opt-out and the date of the check come as columns of their own once the store
keeps them.
"""

from __future__ import annotations

import enum
import functools
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from wadesk.domain.models import Contact
from wadesk.services.contacts import ContactOrder, ContactQuery
from wadesk.services.paging import PagedSource, Sort
from wadesk.ui import format as fmt
from wadesk.ui import theme
from wadesk.ui.models.paged import PagedColumn, PagedTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactTableModel", text)


class ContactColumn(enum.IntEnum):
    NAME = 0
    NUMBER = 1
    WHATSAPP = 2
    DETAILS = 3


_phone = functools.lru_cache(maxsize=4096)(fmt.phone)  # a repaint formats the same few numbers again


def whatsapp_words(value: bool | None) -> str:
    if value is None:
        return _tr("Not checked")
    return _tr("Yes") if value else _tr("No")


def details(contact: Contact) -> str:
    """The contact's other details on one line: ``City: Bandung · Birthday: 12 May``."""
    return " · ".join(f"{key}: {value}" for key, value in contact.fields.items())


def columns() -> list[PagedColumn[Contact]]:
    return [
        PagedColumn(_tr("Name"), lambda c: c.name, ContactOrder.NAME),
        PagedColumn(_tr("Number"), lambda c: _phone(c.phone), ContactOrder.NUMBER),
        PagedColumn(_tr("On WhatsApp"), lambda c: whatsapp_words(c.on_whatsapp)),
        PagedColumn(_tr("Other details"), details),
    ]


def column_samples() -> dict[ContactColumn, list[str]]:
    """The widest usual text of the narrow columns, to size them."""
    return {
        ContactColumn.NUMBER: ["+62 812-3456-78901"],
        ContactColumn.WHATSAPP: [whatsapp_words(None), whatsapp_words(True)],
    }


class ContactTableModel(PagedTableModel[Contact, ContactQuery]):
    roles = PagedTableModel.roles | {Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole}

    def __init__(
        self,
        source: PagedSource[Contact, ContactQuery],
        parent: QObject | None = None,
        *,
        page_size: int = 100,
        max_pages: int = 8,
    ) -> None:
        super().__init__(
            source,
            columns(),
            ContactQuery(),
            sort=Sort(ContactOrder.NAME),
            key=lambda contact: contact.id,
            page_size=page_size,
            max_pages=max_pages,
            parent=parent,
        )

    def contact_at(self, row: int) -> Contact | None:
        """The contact at ``row`` if its page is in memory (else ``None``, and its page is asked for)."""
        return self._row(row) if 0 <= row < self.rowCount() else None

    def row_data(self, row: Contact, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
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
