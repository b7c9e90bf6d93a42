"""The address book as a ``PagedSource``: what the Contacts panel's ``PagedTableModel`` reads.

Sort keys are ``ContactSort`` values (``"name"``, ``"number"``, ``"added"``,
``"on_whatsapp"``, ``"checked"``, ``"opted_out"``); the filter is a
``ContactFilter`` (``ContactService.query(search, tag, region=…)`` makes one).
Counting, sorting, searching and filtering by tag happen in SQL
(``store.contact_list``); a page reads only its own rows, with their tags and
last message.  Called from the model's worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence

from wadesk.domain.errors import ValidationError
from wadesk.domain.words import N_
from wadesk.services.events import ContactsChanged, Event, MessagesChanged
from wadesk.services.paging import Sort
from wadesk.store import Store
from wadesk.store.contact_list import ContactFilter, ContactRow, ContactSort

__all__ = ["ContactFilter", "ContactRow", "ContactSort", "ContactSource"]  # the front ends take these from here


class ContactSource:
    def __init__(self, store: Store) -> None:
        self._store = store

    def count(self, filter: ContactFilter) -> int:
        return self._store.contact_list.count(filter)

    def page(self, offset: int, limit: int, sort: Sort, filter: ContactFilter) -> Sequence[ContactRow]:
        try:
            order = ContactSort(sort.key)
        except ValueError:
            raise ValidationError(N_("contacts cannot be sorted by '{key}'"), key=sort.key) from None
        return self._store.contact_list.page(filter, sort=order, descending=sort.descending, offset=offset, limit=limit)

    def affected_by(self, events: Sequence[Event]) -> bool:
        """Contacts and tags change rows; messages change a row's last message."""
        return any(isinstance(event, ContactsChanged | MessagesChanged) for event in events)
