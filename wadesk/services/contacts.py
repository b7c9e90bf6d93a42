"""The address book and a gateway's groups: import, list and search, sync, number check.

Every call that writes publishes ``ContactsChanged`` on the hub once its
transaction is committed (one event per call, none when nothing was written).
"""

from __future__ import annotations

import asyncio
import builtins
import enum
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Account, Contact, Group, NumberCheck
from wadesk.domain.phone import DEFAULT_REGION, normalize_phone
from wadesk.services.accounts import AccountService
from wadesk.services.contact_files import (
    Cancel,
    ColumnMapping,
    ContactFile,
    DuplicatePolicy,
    ImportProgress,
    ImportResult,
    import_rows,
    open_contact_file,
    write_contacts,
)
from wadesk.services.events import ContactsChanged, Event, EventHub
from wadesk.services.paging import Sort
from wadesk.services.recipients_csv import RecipientRow, RecipientTable, RowError, read_recipients
from wadesk.store import Store
from wadesk.store.contacts import ContactMerge

NAME_COLUMNS = ("name", "nama")  # the column of a contact file that holds the name; every other one is a field
IMPORT_CHUNK = 5_000  # contacts written in one transaction by an import
EXPORT_PAGE = 5_000  # contacts read at a time by an export


@dataclass(frozen=True)
class ContactImport:
    """What importing a file did: ``count`` contacts written, the rows skipped and why, how it was decoded."""

    count: int
    skipped: list[RowError] = field(default_factory=list)
    notice: str | None = None  # e.g. "read as Windows-1252", when the file was not UTF-8


@dataclass(frozen=True)
class ContactPage:
    """One page of contacts and how many there are in all (for a paged view: "51–100 of 1,204")."""

    contacts: list[Contact]
    total: int


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
        stored (see ``ContactRepository.upsert_many``).  Written in chunks of
        ``IMPORT_CHUNK``, one transaction each, the rows read let go as they
        are written.
        """
        table = await asyncio.to_thread(read_recipients, path.expanduser(), region)
        count = await asyncio.to_thread(self._write, table)
        if count:
            self._events.publish(ContactsChanged())
        return ContactImport(count, list(table.errors), table.notice)

    def _write(self, table: RecipientTable) -> int:
        by_key = {name.lower(): name for name in table.variable_names}
        names = [by_key[key] for key in NAME_COLUMNS if key in by_key]  # the first non-empty one is the name
        fields = [name for name in table.variable_names if name.lower() not in NAME_COLUMNS]
        rows, count = table.rows, 0
        while rows:
            chunk = [_contact(row, names, fields) for row in rows[:IMPORT_CHUNK]]
            del rows[:IMPORT_CHUNK]
            count += self._store.contacts.upsert_many(chunk)
        return count

    async def open_contact_file(self, path: Path, region: str) -> ContactFile:
        """A CSV, XLSX or vCard file opened for import: its columns, first rows and a proposed mapping.

        Read in an executor.  See ``services.contact_files`` for the wizard's steps.
        """
        return await asyncio.to_thread(open_contact_file, path, region)

    async def import_contacts(
        self,
        file: ContactFile,
        mapping: ColumnMapping | None = None,
        *,
        policy: DuplicatePolicy = DuplicatePolicy.UPDATE,
        progress: Callable[[ImportProgress], None] | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        """Import ``file`` as ``mapping`` (default: the proposed one) says, in an executor.

        ``progress`` is called on the event loop.  ``cancel`` (or cancelling the awaiting task) stops the import
        before its next chunk: what is written is whole chunks.  One ``ContactsChanged`` when anything was written.
        """
        loop = asyncio.get_running_loop()
        stop = cancel or Cancel()

        def report(done: ImportProgress) -> None:
            if progress is not None:
                loop.call_soon_threadsafe(progress, done)

        work = asyncio.ensure_future(
            asyncio.to_thread(import_rows, self._store.contacts, file, mapping or file.proposed, policy, report, stop)
        )
        try:
            result = await asyncio.shield(work)
        except asyncio.CancelledError:
            stop.cancel()
            if (await work).written:  # stops at the next row; its whole chunks are in
                self._events.publish(ContactsChanged())
            raise
        if result.written:
            self._events.publish(ContactsChanged())
        return result

    async def export_contacts(
        self,
        path: Path,
        *,
        search: str = "",
        phones: Sequence[str] | None = None,
        region: str = DEFAULT_REGION,
    ) -> int:
        """Write a selection (``phones``) or the contacts ``search`` finds (everyone when empty) to .csv/.xlsx.

        In an executor; returns how many were written.  Numbers of ``region`` are written as people there write
        them in a CSV file (see ``services.contact_files.export``).
        """

        def contacts() -> Iterator[Contact]:
            if phones is not None:
                for phone in phones:
                    if (contact := self._store.contacts.get(phone)) is not None:
                        yield contact
                return
            offset = 0
            while page := self.list(search, region=region, limit=EXPORT_PAGE, offset=offset):
                yield from page
                offset += len(page)

        return await asyncio.to_thread(write_contacts, path.expanduser(), contacts, region)

    def list(
        self, search: str = "", *, region: str = DEFAULT_REGION, limit: int | None = None, offset: int = 0
    ) -> builtins.list[Contact]:
        """Contacts in the order they were added; with ``search``, those ``search`` finds (see ``search``)."""
        if search.strip():
            return self._store.contacts.search(search, limit, offset, digits=_number(search, region))
        return self._store.contacts.list(limit, offset)

    def search(self, text: str, *, region: str = DEFAULT_REGION, limit: int = 100, offset: int = 0) -> ContactPage:
        """One page of the contacts ``text`` finds, in the order they were added, with how many it finds in all.

        A contact is found by any part of its name, without case or accents
        (``siti``, ``ÉLO``), or by its number written any way: a whole number
        as ``normalize_phone`` reads it in ``region`` (``0812-3456-7890``,
        ``+62 812…``), or a part of one (``3456``, ``0812``).  An empty
        ``text`` pages through everyone.
        """
        contacts = self._store.contacts
        if not text.strip():
            return ContactPage(contacts.list(limit, offset), contacts.count())
        digits = _number(text, region)
        return ContactPage(
            contacts.search(text, limit, offset, digits=digits), contacts.count_matching(text, digits=digits)
        )

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

    # -- one contact at a time, and the address book as a paged table (the Contacts panel) -------------------

    def table(self) -> ContactTable:
        """The address book as a ``PagedSource`` for the Contacts panel's table (filter: ``ContactQuery``)."""
        return ContactTable(self._store)

    async def add_contact(
        self, number: str, name: str = "", fields: Mapping[str, str] | None = None, *, region: str = DEFAULT_REGION
    ) -> Contact:
        """Add one contact; a number that cannot be read, or that is already someone's, is refused, named."""
        phone = normalize_phone(number, region)
        await asyncio.to_thread(self._refuse_taken, number, phone, None)
        added = await asyncio.to_thread(self._store.contacts.add_one, Contact(phone, name.strip(), _clean(fields)))
        if added is None:
            raise ValidationError(f"{number.strip()} is already in the address book")
        self._events.publish(ContactsChanged(frozenset({added.id} if added.id else ())))
        return added

    async def update_contact(
        self,
        contact_id: int,
        number: str,
        name: str = "",
        fields: Mapping[str, str] | None = None,
        *,
        region: str = DEFAULT_REGION,
    ) -> Contact:
        """Save a contact as edited: its number, name and fields as given (a field left out is removed)."""
        phone = normalize_phone(number, region)
        await asyncio.to_thread(self._refuse_taken, number, phone, contact_id)
        saved = await asyncio.to_thread(
            self._store.contacts.replace, contact_id, Contact(phone, name.strip(), _clean(fields))
        )
        if saved is None:
            raise ValidationError("this contact is no longer in the address book")
        self._events.publish(ContactsChanged(frozenset({contact_id})))
        return saved

    def _refuse_taken(self, number: str, phone: str, contact_id: int | None) -> None:
        """Refuse a number another contact has, naming that contact."""
        other = self._store.contacts.get(phone)
        if other is not None and other.id != contact_id:
            who = f" ({other.name})" if other.name else ""
            raise ValidationError(f"{number.strip()} is already in the address book{who}")

    async def remove_contacts(self, contact_ids: Sequence[int]) -> int:
        """Delete contacts (the panel's selection, by id) in one transaction; returns how many were deleted."""
        removed = await asyncio.to_thread(self._store.contacts.remove_ids, contact_ids)
        if removed:
            self._events.publish(ContactsChanged(frozenset(contact_ids)))
        return removed


def _contact(row: RecipientRow, names: Sequence[str], fields: Sequence[str]) -> Contact:
    """A row of a contact file as a contact: the first non-empty of ``names`` its name, ``fields`` its fields."""
    values = row.variables
    name = ""
    for column in names:
        if values[column]:
            name = values[column]
            break
    return Contact(row.phone, name, {column: values[column] for column in fields if values[column]})


def _number(text: str, region: str) -> str | None:
    """The whole number ``text`` stands for, or ``None`` (the store then looks for its digits in numbers)."""
    try:
        return normalize_phone(text, region)
    except ValidationError:
        return None


@dataclass(frozen=True)
class ContactQuery:
    """Which contacts the table lists: those ``search`` finds (see ``ContactService.search``), or everyone."""

    search: str = ""
    region: str = DEFAULT_REGION


class ContactOrder(enum.StrEnum):
    """The orders the table can be read in."""

    NAME = "name"
    NUMBER = "number"
    ADDED = "added"


class ContactTable:
    """The address book counted, sorted and searched in SQL, a page at a time (a ``PagedSource``)."""

    def __init__(self, store: Store) -> None:
        self._contacts = store.contacts

    def count(self, filter: ContactQuery) -> int:
        if not filter.search.strip():
            return self._contacts.count()
        return self._contacts.count_matching(filter.search, digits=_number(filter.search, filter.region))

    def page(self, offset: int, limit: int, sort: Sort, filter: ContactQuery) -> builtins.list[Contact]:
        try:
            order = ContactOrder(sort.key)
        except ValueError:
            raise ValidationError(f"contacts cannot be sorted by {sort.key!r}") from None
        digits = _number(filter.search, filter.region) if filter.search.strip() else None
        return self._contacts.sorted_page(
            offset, limit, order, descending=sort.descending, text=filter.search, digits=digits
        )

    def affected_by(self, events: Sequence[Event]) -> bool:
        return any(isinstance(event, ContactsChanged) for event in events)


def _clean(fields: Mapping[str, str] | None) -> dict[str, str]:
    """Fields as typed, without blank names or values."""
    return {key.strip(): value.strip() for key, value in (fields or {}).items() if key.strip() and value.strip()}
