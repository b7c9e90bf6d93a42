"""The address book and a gateway's groups: import, list and search, sync, number check.

Every call that writes publishes ``ContactsChanged`` on the hub once its
transaction is committed (one event per call, none when nothing was written).
"""

from __future__ import annotations

import asyncio
import builtins
import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from pathlib import Path

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import NotSupported, ValidationError
from wadesk.domain.models import Account, Contact, Group, NumberCheck
from wadesk.domain.phone import DEFAULT_REGION, normalize_phone
from wadesk.domain.words import N_
from wadesk.services.accounts import AccountService
from wadesk.services.clock import Clock, SystemClock
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
from wadesk.services.contact_source import ContactSource
from wadesk.services.events import ContactsChanged, EventHub, MessagesChanged
from wadesk.services.number_check import BulkCheck, CheckPace, check_in_bulk
from wadesk.services.number_check import ProgressFn as CheckProgressFn
from wadesk.services.recipients_csv import RowError, read_recipients
from wadesk.store import Store
from wadesk.store.contact_list import ContactFilter, ContactRow, ContactSort
from wadesk.store.contacts import ContactMerge, GatewayPreview, KeptValue
from wadesk.store.tags import Tag

EXPORT_PAGE = 5_000  # contacts read at a time by an export


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


@dataclass(frozen=True)
class OptOutChange:
    """Numbers whose opt-out an ``opt_out``/``opt_in`` call ``changed``, and those already as asked."""

    changed: list[str]
    already: list[str]
    cancelled: int = 0  # messages to them that were waiting in wadesk, now cancelled (opt-out only)
    on_gateway: list[int] = field(default_factory=list)  # ids of messages to them a gateway holds for later
    unchanged: int = 0  # by contact id (the panel's): how many were already as asked (``already`` stays empty)


@dataclass(frozen=True)
class SyncPreview:
    """A gateway's contacts and what taking them would do (``changes``), before anything is written."""

    gateway: str
    account_id: int
    fetched: list[Contact]
    changes: GatewayPreview
    skipped: list[str]  # entries that are not phone numbers


@dataclass(frozen=True)
class ContactPush:
    """What pushing contacts to a gateway did: ``sent`` contacts, the gateway's words for those it refused."""

    gateway: str
    sent: int
    problems: list[str]


class _Stopped(Exception):
    """An export's task was cancelled: its worker stops at the next page."""


OPTED_OUT = N_("asked not to be messaged")  # why a message to an opted-out number is left out or cancelled
PUSH_BATCH = 100  # contacts in one request to a gateway's contact list


class ContactService:
    def __init__(self, store: Store, accounts: AccountService, events: EventHub) -> None:
        self._store = store
        self._accounts = accounts
        self._events = events

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
        opt_out: bool = False,
    ) -> ImportResult:
        """Import ``file`` as ``mapping`` (default: the proposed one) says, in an executor.

        ``progress`` is called on the event loop.  ``cancel`` (or cancelling the awaiting task) stops the import
        before its next chunk: what is written is whole chunks.  One ``ContactsChanged`` when anything was written.
        ``opt_out``: every number of the file is also marked "do not message" (a list of people who asked), chunk
        by chunk as it is written, and the messages to them waiting in wadesk are cancelled (see ``opt_out``);
        ``result.opted_out`` says how many were not marked already.
        """
        loop = asyncio.get_running_loop()
        stop = cancel or Cancel()
        marked = 0

        def report(done: ImportProgress) -> None:
            if progress is not None:
                loop.call_soon_threadsafe(progress, done)

        def mark(numbers: builtins.list[str]) -> None:
            nonlocal marked
            marked += len(self._store.opt_outs.opt_out(numbers))
            self._cancel_waiting(numbers)

        work = asyncio.ensure_future(
            asyncio.to_thread(
                import_rows,
                self._store.contacts,
                file,
                mapping or file.proposed,
                policy,
                report,
                stop,
                mark if opt_out else None,
            )
        )
        try:
            result = await asyncio.shield(work)
        except asyncio.CancelledError:
            stop.cancel()
            if (await work).written or marked:  # stops at the next row; its whole chunks are in
                self._events.publish(ContactsChanged())
            raise
        if result.written or marked:
            self._events.publish(ContactsChanged())
        return replace(result, opted_out=marked)

    async def export_contacts(
        self,
        path: Path,
        *,
        search: str = "",
        tag: str | None = None,
        filter: ContactFilter | None = None,
        phones: Sequence[str] | None = None,
        sort: ContactSort = ContactSort.ADDED,
        descending: bool = False,
        region: str = DEFAULT_REGION,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Write a selection (``phones``, in their order) or the contacts a filter finds to .csv/.xlsx.

        The filter is ``filter`` (the panel's) or else ``search`` and ``tag`` (everyone when both are empty), in the
        order ``sort``.  In an executor; returns how many were written.  Numbers of ``region`` are written as people
        there write them in a CSV file (see ``services.contact_files.export``).  ``progress(done, total)`` is called
        on the event loop every ``EXPORT_PAGE`` contacts, counting the contacts read over the export's two passes
        (their fields, then their rows).  Cancelling the awaiting task stops the export at the next page and leaves
        no file (one already there under that name stays as it was).
        """
        wanted = filter if filter is not None else self.query(search, tag, region=region)
        loop = asyncio.get_running_loop()
        stop = Cancel()
        done = 0

        def step(count: int, total: int) -> None:
            nonlocal done
            if stop.requested:
                raise _Stopped
            done += count
            if progress is not None and count:
                loop.call_soon_threadsafe(progress, done, total)

        def contacts(total: int) -> Iterator[Contact]:
            if phones is not None:
                for start in range(0, len(phones), EXPORT_PAGE):
                    step(0, total)
                    part = phones[start : start + EXPORT_PAGE]
                    yield from (c for p in part if (c := self._store.contacts.get(p)) is not None)
                    step(len(part), total)
                return
            offset = 0
            while True:
                step(0, total)
                page = self._store.contact_list.page(
                    wanted, sort=sort, descending=descending, offset=offset, limit=EXPORT_PAGE
                )
                if not page:
                    return
                yield from (Contact(row.number, row.name, dict(row.fields), row.on_whatsapp, row.id) for row in page)
                offset += len(page)
                step(len(page), total)

        def export() -> int:
            total = 2 * (len(phones) if phones is not None else self._store.contact_list.count(wanted))
            return write_contacts(path.expanduser(), lambda: contacts(total), region)

        work = asyncio.ensure_future(asyncio.to_thread(export))
        try:
            return await asyncio.shield(work)
        except asyncio.CancelledError:
            stop.cancel()
            with suppress(_Stopped):
                await work  # the temporary file removed before the task ends
            raise

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
        fetched, skipped = _normalized(await provider.list_contacts())
        merge = await asyncio.to_thread(self._store.contacts.merge_from_gateway, fetched)
        if merge.added or merge.filled:
            self._events.publish(ContactsChanged())
        return ContactSync(provider.info.name, merge, skipped)

    async def check_numbers(
        self, account: Account, numbers: Sequence[str], region: str = DEFAULT_REGION
    ) -> builtins.list[NumberCheck]:
        """Which numbers are on WhatsApp, as the account's gateway says (``None``: it could not tell).

        Local numbers are read in ``region`` (the app's default phone region).
        The answers about numbers in the address book are stored, dated.
        """
        normalized = [normalize_phone(n, region) for n in numbers]  # a wrong number is refused before any request
        provider = await self._accounts.provider(account)
        answers = await provider.check_numbers(normalized)
        checks = [(a.number, a.on_whatsapp) for a in answers]
        if await asyncio.to_thread(self._store.opt_outs.record_checks, checks):
            self._events.publish(ContactsChanged())
        return answers

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

    # -- the paged address book, tags, opt-out, bulk check, sync preview and push (see docs in each) ------------
    def query(self, search: str = "", tag: str | None = None, *, region: str = DEFAULT_REGION) -> ContactFilter:
        """The filter for a search and/or a tag, the search read as a number in ``region`` where it is one."""
        return ContactFilter(search, tag, _number(search, region) if search.strip() else None)

    def rows(
        self,
        filter: ContactFilter,
        *,
        sort: ContactSort = ContactSort.NAME,
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> builtins.list[ContactRow]:
        """One page of the address book as the table shows it, sorted, searched and filtered in SQL."""
        return self._store.contact_list.page(filter, sort=sort, descending=descending, offset=offset, limit=limit)

    def count_rows(self, filter: ContactFilter) -> int:
        """How many contacts ``filter`` finds (for "1–100 of 1,204")."""
        return self._store.contact_list.count(filter)

    def source(self) -> ContactSource:
        """The address book as a ``PagedSource`` for the Contacts panel's table model."""
        return ContactSource(self._store)

    def tags(self) -> builtins.list[Tag]:
        """Every tag with its member counts, by name."""
        return self._store.tags.list()

    def tag(self, name: str) -> Tag:
        return self._store.tags.get(name)

    def find_tag(self, name: str) -> Tag | None:
        """The tag called ``name`` (in any case), or None when there is none (it may have been deleted since)."""
        try:
            return self._store.tags.get(name)
        except ValidationError:
            return None

    async def create_tag(self, name: str) -> Tag:
        tag = await asyncio.to_thread(self._store.tags.create, name)
        self._events.publish(ContactsChanged())
        return tag

    async def rename_tag(self, name: str, new_name: str) -> Tag:
        tag = await asyncio.to_thread(self._store.tags.rename, name, new_name)
        self._events.publish(ContactsChanged())
        return tag

    async def delete_tag(self, name: str) -> Tag:
        """Delete a tag (its contacts stay); returns it with the counts it had."""
        tag = await asyncio.to_thread(self._store.tags.delete, name)
        self._events.publish(ContactsChanged())
        return tag

    async def tag_contacts(self, name: str, contact_ids: Sequence[int]) -> int:
        """Tag a selection (the panel's, by contact id); returns how many did not carry it yet."""
        added = await asyncio.to_thread(self._store.tags.add, name, contact_ids)
        if added:
            self._events.publish(ContactsChanged(frozenset(contact_ids)))
        return added

    async def untag_contacts(self, name: str, contact_ids: Sequence[int]) -> int:
        """Untag a selection; returns how many carried the tag."""
        removed = await asyncio.to_thread(self._store.tags.remove, name, contact_ids)
        if removed:
            self._events.publish(ContactsChanged(frozenset(contact_ids)))
        return removed

    async def tag_matching(self, name: str, filter: ContactFilter) -> int:
        """Tag every contact ``filter`` finds (the panel's "select all" at 100,000), in one statement."""
        where, params = self._store.contact_list.where(filter)
        added = await asyncio.to_thread(self._store.tags.add_where, name, where, params)
        if added:
            self._events.publish(ContactsChanged())
        return added

    def contact_ids(self, numbers: Sequence[str], region: str = DEFAULT_REGION) -> builtins.list[int]:
        """The ids of contacts by number written any way; a number not in the address book is refused, named."""
        return [c.id for c in self._known(numbers, region) if c.id is not None]

    def _known(self, numbers: Sequence[str], region: str) -> builtins.list[Contact]:
        found, missing = [], []
        for raw in numbers:
            contact = self._store.contacts.get(normalize_phone(raw, region))
            if contact is None:
                missing.append(raw)
            else:
                found.append(contact)
        if missing:
            raise ValidationError(N_("not in the address book: {value}"), value=", ".join(missing))
        return found

    async def opt_out(self, numbers: Sequence[str], region: str = DEFAULT_REGION) -> OptOutChange:
        """Never message these numbers again (until ``opt_in``); a number not in the address book is added.

        Every number is read first: one that cannot be read refuses the whole call, nothing written.
        """
        normalized = [normalize_phone(n, region) for n in numbers]
        changed = await asyncio.to_thread(self._store.opt_outs.opt_out, normalized)
        if changed:
            self._events.publish(ContactsChanged())
        cancelled, on_gateway = await asyncio.to_thread(self._cancel_waiting, normalized)
        return OptOutChange(
            changed, [n for n in dict.fromkeys(normalized) if n not in set(changed)], cancelled, on_gateway
        )

    async def numbers_in_file(
        self, path: Path, region: str = DEFAULT_REGION
    ) -> tuple[builtins.list[str], builtins.list[RowError]]:
        """The numbers of a CSV/XLSX list (its phone column, read as ``send --to-csv`` reads it), e.g. to opt them
        out, and the rows that hold no usable number, named."""
        table = await asyncio.to_thread(read_recipients, path.expanduser(), region)
        return [row.phone for row in table.rows], builtins.list(table.errors)

    def _cancel_waiting(self, numbers: Sequence[str]) -> tuple[int, builtins.list[int]]:
        """Cancel the messages to ``numbers`` that wadesk still holds; the ids of those a gateway holds."""
        held, on_gateway = self._store.opt_outs.waiting_messages(numbers)
        cancelled = self._store.outbox.cancel(held, OPTED_OUT) if held else 0
        if cancelled:
            self._events.publish(MessagesChanged.of(held))
        return cancelled, on_gateway

    async def opt_in(self, numbers: Sequence[str], region: str = DEFAULT_REGION) -> OptOutChange:
        """Let these numbers be messaged again: the only way an opt-out is lifted."""
        normalized = [normalize_phone(n, region) for n in numbers]
        changed = await asyncio.to_thread(self._store.opt_outs.opt_in, normalized)
        if changed:
            self._events.publish(ContactsChanged())
        return OptOutChange(changed, [n for n in dict.fromkeys(normalized) if n not in set(changed)])

    def opted_out(self) -> frozenset[str]:
        """Every number that asked not to be messaged."""
        return self._store.opt_outs.numbers()

    async def check_contacts(
        self,
        account: Account,
        numbers: Sequence[str],
        *,
        region: str = DEFAULT_REGION,
        clock: Clock | None = None,
        pace: CheckPace | None = None,
        on_progress: CheckProgressFn | None = None,
        cancel: asyncio.Event | None = None,
        rng: random.Random | None = None,
    ) -> BulkCheck:
        """Check many numbers through the account's gateway, gently (see ``number_check``); answers are stored
        with their date as each batch comes back, and ``ContactsChanged`` is published for each batch."""
        normalized = [normalize_phone(n, region) for n in numbers]
        provider = await self._accounts.provider(account)
        if not provider.info.supports(Capability.CHECK_NUMBER):
            raise NotSupported(provider.info.name, N_("checking numbers"))

        time = clock or SystemClock()

        async def record(answers: Sequence[NumberCheck]) -> None:
            checks = [(a.number, a.on_whatsapp) for a in answers]
            if await asyncio.to_thread(self._store.opt_outs.record_checks, checks, time.now()):
                self._events.publish(ContactsChanged())

        return await check_in_bulk(
            provider,
            normalized,
            record,
            clock=time,
            pace=pace,
            on_progress=on_progress,
            cancel=cancel,
            rng=rng,
        )

    async def sync_preview(self, account: Account) -> SyncPreview:
        """What pulling the gateway's contacts would add and change, without writing (``sync_apply`` writes it)."""
        provider = await self._accounts.provider(account)
        fetched, skipped = _normalized(await provider.list_contacts())
        preview = await asyncio.to_thread(self._store.contacts.preview_gateway, fetched)
        return SyncPreview(provider.info.name, account.id, fetched, preview, skipped)

    async def sync_apply(self, preview: SyncPreview, take: Sequence[KeptValue] = ()) -> ContactMerge:
        """Write what ``preview`` showed: the new added, empty values filled; each of ``take`` (from
        ``preview.changes.kept``) replaces the user's value with the gateway's."""
        merge = await asyncio.to_thread(self._store.contacts.merge_from_gateway, preview.fetched)
        taken = [
            Contact(k.phone, k.gateway) if k.field == "name" else Contact(k.phone, "", {k.field: k.gateway})
            for k in take
        ]
        if taken:
            await asyncio.to_thread(self._store.contacts.upsert_many, taken)
        if merge.added or merge.filled or taken:
            self._events.publish(ContactsChanged())
        return merge

    async def push(self, account: Account, numbers: Sequence[str], region: str = DEFAULT_REGION) -> ContactPush:
        """Add or update these contacts on the gateway (Wablas; WACloud saves them on the phone).

        Sent in batches of ``PUSH_BATCH``; returns the gateway's words for each one it refused.
        """
        contacts = self._known(numbers, region)
        provider = await self._accounts.provider(account)
        problems: builtins.list[str] = []
        for start in range(0, len(contacts), PUSH_BATCH):
            problems.extend(await provider.save_contacts(contacts[start : start + PUSH_BATCH]))
        return ContactPush(provider.info.name, len(contacts), problems)

    # -- one contact at a time (the Contacts panel) ------------------------------------------------------------

    async def add_contact(
        self, number: str, name: str = "", fields: Mapping[str, str] | None = None, *, region: str = DEFAULT_REGION
    ) -> Contact:
        """Add one contact; a number that cannot be read, or that is already someone's, is refused, named."""
        phone = normalize_phone(number, region)
        await asyncio.to_thread(self._refuse_taken, number, phone, None)
        added = await asyncio.to_thread(self._store.contacts.add_one, Contact(phone, name.strip(), _clean(fields)))
        if added is None:
            raise ValidationError(N_("{value} is already in the address book"), value=number.strip())
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
            raise ValidationError(N_("this contact is no longer in the address book"))
        self._events.publish(ContactsChanged(frozenset({contact_id})))
        return saved

    def _refuse_taken(self, number: str, phone: str, contact_id: int | None) -> None:
        """Refuse a number another contact has, naming that contact."""
        other = self._store.contacts.get(phone)
        if other is not None and other.id != contact_id:
            who = f" ({other.name})" if other.name else ""
            raise ValidationError(N_("{value} is already in the address book{who}"), value=number.strip(), who=who)

    async def remove_contacts(self, contact_ids: Sequence[int]) -> int:
        """Delete contacts (the panel's selection, by id) in one transaction; returns how many were deleted."""
        removed = await asyncio.to_thread(self._store.contacts.remove_ids, contact_ids)
        if removed:
            self._events.publish(ContactsChanged(frozenset(contact_ids)))
        return removed

    # -- the Contacts panel's gateway side -------------------------------------------------------------------

    def name_of(self, number: str) -> str | None:
        """The name the address book gives ``number`` (normalised, as stored: ``6281234567890``); None when it
        does not have the number or has no name for it.  E.g. to say who a message goes to."""
        contact = self._store.contacts.get(number)
        return contact.name if contact is not None and contact.name else None

    def with_ids(self, contact_ids: Sequence[int]) -> builtins.list[Contact]:
        """The contacts with these ids, in the order given (a draft's chosen contacts); one deleted is left out."""
        return self._store.contacts.with_ids(contact_ids)

    def by_number(self, numbers: Sequence[str]) -> dict[str, Contact]:
        """The contacts with these numbers (normalised, as a gateway's are after ``sync_preview``); a number not
        in the address book is left out.  E.g. to show a sync's changes as old → new."""
        found: dict[str, Contact] = {}
        for number in numbers:
            if (contact := self._store.contacts.get(number)) is not None:
                found[number] = contact
        return found

    # -- the Contacts panel's selection: Do not message by contact id ----------------------------------------

    async def opt_out_contacts(self, contact_ids: Sequence[int]) -> OptOutChange:
        """Never message these contacts (the panel's selection, by id) until opted back in: one transaction off
        the loop, however many; the messages still waiting for them in wadesk are cancelled.

        ``changed`` names the numbers opted out now, ``unchanged`` counts those opted out before.
        """
        changed, already = await asyncio.to_thread(self._store.opt_outs.set_opted_out_ids, contact_ids, True)
        if not changed:
            return OptOutChange([], [], unchanged=already)
        self._events.publish(ContactsChanged(frozenset(contact_ids)))
        cancelled, on_gateway = await asyncio.to_thread(self._cancel_waiting, changed)
        return OptOutChange(changed, [], cancelled, on_gateway, already)

    async def opt_in_contacts(self, contact_ids: Sequence[int]) -> OptOutChange:
        """Let these contacts (by id) be messaged again; ``unchanged`` counts those who could be already."""
        changed, already = await asyncio.to_thread(self._store.opt_outs.set_opted_out_ids, contact_ids, False)
        if changed:
            self._events.publish(ContactsChanged(frozenset(contact_ids)))
        return OptOutChange(changed, [], unchanged=already)


def _normalized(contacts: Sequence[Contact]) -> tuple[builtins.list[Contact], builtins.list[str]]:
    """A gateway's contacts with normalised numbers, and the entries that are not phone numbers."""
    fetched: builtins.list[Contact] = []
    skipped: builtins.list[str] = []
    for contact in contacts:
        try:
            fetched.append(replace(contact, phone=normalize_phone(contact.phone)))
        except ValidationError:
            skipped.append(contact.phone)
    return fetched, skipped


def _number(text: str, region: str) -> str | None:
    """The whole number ``text`` stands for, or ``None`` (the store then looks for its digits in numbers)."""
    try:
        return normalize_phone(text, region)
    except ValidationError:
        return None


def _clean(fields: Mapping[str, str] | None) -> dict[str, str]:
    """Fields as typed, without blank names or values."""
    return {key.strip(): value.strip() for key, value in (fields or {}).items() if key.strip() and value.strip()}
