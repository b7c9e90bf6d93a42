"""The address book and a gateway's groups: import, list and search, sync, number check.

Every call that writes publishes ``ContactsChanged`` on the hub once its
transaction is committed (one event per call, none when nothing was written).
"""

from __future__ import annotations

import asyncio
import builtins
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Account, Contact, Group, NumberCheck
from wadesk.domain.phone import DEFAULT_REGION, normalize_phone
from wadesk.services.accounts import AccountService
from wadesk.services.events import ContactsChanged, EventHub
from wadesk.services.recipients_csv import RowError, read_recipients
from wadesk.store import Store
from wadesk.store.contacts import ContactMerge

NAME_COLUMNS = ("name", "nama")  # the column of a contact file that holds the name; every other one is a field


@dataclass(frozen=True)
class ContactImport:
    """What importing a file did: ``count`` contacts written, the rows skipped and why, how it was decoded."""

    count: int
    skipped: list[RowError] = field(default_factory=list)
    notice: str | None = None  # e.g. "read as Windows-1252", when the file was not UTF-8


@dataclass(frozen=True)
class ContactSync:
    """What taking a gateway's contacts did (``merge``), and the entries that were not phone numbers."""

    gateway: str  # the gateway's name, for the user
    merge: ContactMerge
    skipped: list[str]


class ContactService:
    def __init__(self, store: Store, accounts: AccountService, events: EventHub) -> None:
        self._store = store
        self._accounts = accounts
        self._events = events

    async def import_file(self, path: Path, region: str) -> ContactImport:
        """Add or update contacts from a CSV/XLSX file; the rows that cannot be used are skipped, with why.

        The name comes from a ``name``/``nama`` column; every other non-empty
        column becomes a field.  What the file mentions replaces what was
        stored (see ``ContactRepository.upsert_many``).
        """
        table = await asyncio.to_thread(read_recipients, path.expanduser(), region)
        contacts = [
            Contact(
                row.phone,
                _first(row.variables, NAME_COLUMNS),
                {k: v for k, v in row.variables.items() if k.lower() not in NAME_COLUMNS and v},
            )
            for row in table.rows
        ]
        count = await asyncio.to_thread(self._store.contacts.upsert_many, contacts)
        if count:
            self._events.publish(ContactsChanged())
        return ContactImport(count, list(table.errors), table.notice)

    def list(self, search: str = "", *, limit: int | None = None, offset: int = 0) -> builtins.list[Contact]:
        """Contacts in the order they were added; with ``search``, those whose name or number match it."""
        if search.strip():
            return self._store.contacts.search(search, limit, offset)
        return self._store.contacts.list(limit, offset)

    async def sync(self, account: Account) -> ContactSync:
        """A gateway's contacts: new ones added, empty values filled in, the user's own values never overwritten."""
        provider = await self._accounts.provider(account)
        fetched: list[Contact] = []
        skipped: list[str] = []
        for contact in await provider.list_contacts():
            try:
                fetched.append(replace(contact, phone=normalize_phone(contact.phone)))
            except ValidationError:
                skipped.append(contact.phone)
        merge = await asyncio.to_thread(self._store.contacts.merge_from_gateway, fetched)
        if merge.added or merge.filled:
            self._events.publish(ContactsChanged())
        return ContactSync(provider.info.name, merge, skipped)

    async def check_numbers(
        self, account: Account, numbers: Sequence[str], region: str = DEFAULT_REGION
    ) -> builtins.list[NumberCheck]:
        """Which numbers are on WhatsApp, as the account's gateway says (``None``: it could not tell).

        Local numbers are read in ``region`` (the app's default phone region).
        """
        normalized = [normalize_phone(n, region) for n in numbers]  # a wrong number is refused before any request
        provider = await self._accounts.provider(account)
        return await provider.check_numbers(normalized)

    async def fetch_groups(self, account: Account) -> builtins.list[Group]:
        """The WhatsApp groups the account's phone is in, as its gateway lists them; kept in the store."""
        provider = await self._accounts.provider(account)
        found = await provider.list_groups()
        if await asyncio.to_thread(self._store.groups.upsert_many, account.id, found):
            self._events.publish(ContactsChanged())
        return found

    def groups(self, account: Account | None = None) -> builtins.list[Group]:
        """The groups last fetched (of one account, or of all)."""
        return self._store.groups.list(account.id if account else None)


def _first(values: Mapping[str, str], keys: Sequence[str]) -> str:
    lowered = {k.lower(): v for k, v in values.items()}
    return next((lowered[k] for k in keys if lowered.get(k)), "")
