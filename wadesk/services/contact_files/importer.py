"""Writing a contact file into the address book: rows read as a stream, numbers normalised, written in chunks.

Synchronous (the contacts service runs it in an executor).  Each chunk of ``IMPORT_CHUNK`` numbers is one
transaction.  Cancelling stops before the next chunk: **what is written is whole chunks**, never half of one; the
result says how far it got (``cancelled``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Contact
from wadesk.domain.phone import normalize_phone
from wadesk.domain.words import N_, Phrase, phrase
from wadesk.services.contact_files.mapping import ColumnMapping
from wadesk.services.contact_files.sources import ContactFile
from wadesk.services.recipients_csv import MAX_ROWS
from wadesk.store.contacts import ContactRepository

__all__ = ["IMPORT_CHUNK", "BadRow", "Cancel", "DuplicatePolicy", "ImportProgress", "ImportResult", "import_rows"]

IMPORT_CHUNK = 5_000  # numbers written in one transaction
_PROGRESS_EVERY = 1_000  # rows between two progress reports
_MULTI = ":::"  # Google Contacts joins several numbers of one kind in one cell with " ::: "


class DuplicatePolicy(StrEnum):
    """What to do with a number the address book already has."""

    UPDATE = "update"  # what the file gives replaces what was stored; what it leaves out (empty cells) is kept
    KEEP_EXISTING = "keep_existing"  # the stored contact is left as it is


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row (or one number of it) that was not imported: its row number and why."""

    row: int
    words: Phrase | str  # for the window (``say``); ``reason`` is them in English

    @property
    def reason(self) -> str:
        return str(self.words)


@dataclass(frozen=True)
class ImportProgress:
    rows_read: int
    rows_estimate: int | None  # ContactFile.rows_estimate: the bar's length (rows_read may pass it a little)
    written: int  # numbers written so far (whole chunks)


@dataclass(frozen=True)
class ImportResult:
    """What an import did; each number of the file counts once (a number in several rows is merged, in file order).

    ``imported``: contacts added; ``updated``: contacts the address book had, updated from the file; ``skipped``:
    contacts it had and kept as they were (``DuplicatePolicy.KEEP_EXISTING``); ``errors``: the rows (or numbers)
    not imported, with why.
    """

    imported: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[BadRow] = field(default_factory=list)
    notice: Phrase | None = None
    cancelled: bool = False
    opted_out: int = 0  # numbers newly marked "do not message" (an import asked to, ``ContactService``)

    @property
    def written(self) -> int:
        return self.imported + self.updated


class Cancel:
    """Asks a running import to stop; safe to call from any thread."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def requested(self) -> bool:
        return self._event.is_set()


def import_rows(
    contacts: ContactRepository,
    file: ContactFile,
    mapping: ColumnMapping,
    policy: DuplicatePolicy = DuplicatePolicy.UPDATE,
    progress: Callable[[ImportProgress], None] | None = None,
    cancel: Cancel | None = None,
    chunk_written: Callable[[list[str]], None] | None = None,
) -> ImportResult:
    """Import ``file``'s rows as ``mapping`` says; raises ``ValidationError`` when the mapping has no phone column.

    ``chunk_written(numbers)`` is called after each chunk is written, with every number of the chunk (those kept
    as they were too), before the next row is read: a cancel never falls between the two.
    """
    if not mapping.phones:
        raise ValidationError(file.problem or f"{file.name}: choose the column that holds the phone numbers")
    writer = _Writer(contacts, policy, chunk_written)
    reader = _RowReader(mapping, file.region)
    rows = 0
    cancelled = False
    with file.open_rows() as stream:
        for line, cells in stream.rows:
            if cancel is not None and cancel.requested:
                cancelled = True
                break
            rows += 1
            if rows > MAX_ROWS:
                reader.errors.append(
                    BadRow(
                        line,
                        phrase(
                            N_("this row and those after it: wadesk imports up to {count} rows of a file; split it"),
                            count=f"{MAX_ROWS:,}",
                        ),
                    )
                )
                break
            if (unreadable := stream.unreadable.get(line)) is not None:
                reader.errors.append(BadRow(line, unreadable))
            else:
                reader.take(line, cells)
            if len(reader.pending) >= IMPORT_CHUNK:
                writer.write(reader.pending)
                reader.pending = {}
            if progress is not None and rows % _PROGRESS_EVERY == 0:
                progress(ImportProgress(rows, file.rows_estimate, writer.imported + writer.updated))
        if not cancelled:
            writer.write(reader.pending)
        notice = stream.notice()
    if progress is not None:
        progress(ImportProgress(rows, file.rows_estimate, writer.imported + writer.updated))
    return ImportResult(writer.imported, writer.updated, writer.skipped, reader.errors, notice, cancelled)


class _RowReader:
    """Turns rows into contacts as a mapping says, into ``pending`` (a number met before: merged) and ``errors``.

    Kept lean: it runs for every row of a 100,000-row file.
    """

    def __init__(self, mapping: ColumnMapping, region: str) -> None:
        self._phones = mapping.phones
        self._name = mapping.name
        self._fields = mapping.fields
        self._width = 1 + max((*mapping.phones, *mapping.name, *(index for index, _ in mapping.fields)))
        self._region = region
        self.pending: dict[str, Contact] = {}
        self.errors: list[BadRow] = []

    def take(self, line: int, cells: list[str]) -> None:
        if len(cells) < self._width:
            cells = cells + [""] * (self._width - len(cells))
        if "\x00" in "".join(cells):
            self.errors.append(
                BadRow(line, N_("holds a NUL character (a zero byte): the file is damaged or not a text file"))
            )
            return
        numbers = [part for index in self._phones for part in _numbers(cells[index])]
        if not numbers:
            self.errors.append(BadRow(line, N_("no phone number")))
            return
        name = " ".join(" ".join([cells[index] for index in self._name]).split())
        fields = {key: value for index, key in self._fields if (value := cells[index].strip())}
        pending = self.pending
        for raw in numbers:
            try:
                phone = normalize_phone(raw, self._region)
            except ValidationError as exc:
                self.errors.append(BadRow(line, exc.phrase))
                continue
            earlier = pending.get(phone)
            if earlier is not None:  # the later row's values win, as they would over a stored contact
                pending[phone] = Contact(phone, name or earlier.name, {**earlier.fields, **fields})
            else:
                pending[phone] = Contact(phone, name, fields)


def _numbers(value: str) -> list[str]:
    """The numbers of a cell: none, one, or several joined by " ::: " (Google)."""
    value = value.strip()
    if _MULTI in value:
        return [part.strip() for part in value.split(_MULTI) if part.strip()]
    return [value] if value else []


class _Writer:
    """Writes chunks and counts: a number new to the address book is imported; one it had, updated or skipped."""

    def __init__(
        self,
        contacts: ContactRepository,
        policy: DuplicatePolicy,
        chunk_written: Callable[[list[str]], None] | None = None,
    ) -> None:
        self._contacts = contacts
        self._policy = policy
        self._chunk_written = chunk_written
        self._added: set[str] = set()  # numbers this import added (seen again in a later chunk: merged)
        self._had: set[str] = set()  # numbers the address book had, counted once
        self.imported = self.updated = self.skipped = 0

    def write(self, pending: dict[str, Contact]) -> None:
        if not pending:
            return
        had = self._contacts.existing(list(pending)) - self._added
        new = [phone for phone in pending if phone not in had and phone not in self._added]
        counted = len(had - self._had)
        self._added.update(new)
        self._had.update(had)
        self.imported += len(new)
        if self._policy is DuplicatePolicy.KEEP_EXISTING:
            self.skipped += counted
            self._contacts.upsert_many([contact for phone, contact in pending.items() if phone not in had])
        else:
            self.updated += counted
            self._contacts.upsert_many(list(pending.values()))
        if self._chunk_written is not None:
            self._chunk_written(list(pending))
