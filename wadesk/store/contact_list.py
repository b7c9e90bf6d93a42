"""The address book as a paged list: counted, sorted, searched and filtered by tag in SQL.

What the Contacts panel's table model reads (through ``ContactService``), and
``wadesk contacts list``: never every contact in Python, only a page.

- A page sorted by name (without case: SQLite's NOCASE, which folds ASCII
  letters only; the nameless last) reads ``contacts_name_asc`` or ``_desc`` (V8) in order, by
  number the UNIQUE index on ``phone``, by when added the rowid: at 100,000
  contacts a page costs about what reading its rows costs.  The other orders
  (on WhatsApp, checked, opted out) sort what matches.
- The search is ``ContactRepository``'s (the FTS5 trigram index on names,
  digits in numbers); a tag is a lookup in ``contact_tags``' primary key.  A
  search by name alone is counted in its index; a search's first page first
  tests the first rows in the order's index (a search as you type finds most
  of the book at first: "p", "pel"), and lists every match only when those
  rows hold less than a page.
- Each row carries its tags and its last message's status (the index
  ``messages_recipient``, V4), read for the page's rows only.
"""

from __future__ import annotations

import enum
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from wadesk.domain.errors import ValidationError
from wadesk.domain.words import N_
from wadesk.store.contacts import ContactRepository
from wadesk.store.db import Database
from wadesk.store.timestamps import from_text


class ContactSort(enum.Enum):
    """The orders a page can be read in (the panel's sortable columns); the contact's id breaks ties."""

    NAME = "name"
    NUMBER = "number"
    ADDED = "added"
    ON_WHATSAPP = "on_whatsapp"
    CHECKED = "checked"
    OPTED_OUT = "opted_out"


_ORDER = {
    ContactSort.NAME: "c.name = '', c.name COLLATE NOCASE {dir}, c.id {dir}",  # the nameless last either way
    ContactSort.NUMBER: "c.phone {dir}",
    ContactSort.ADDED: "c.id {dir}",
    ContactSort.ON_WHATSAPP: "c.on_whatsapp {dir}, c.id {dir}",
    ContactSort.CHECKED: "c.checked_at {dir}, c.id {dir}",
    ContactSort.OPTED_OUT: "c.opted_out_at IS NOT NULL {dir}, c.id {dir}",
}

_PAGE_ROWS = (
    "SELECT c.id, c.phone, c.name, c.fields_json, c.on_whatsapp, c.checked_at, c.opted_out_at,"
    " (SELECT group_concat(t.name, char(31)) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
    "  WHERE ct.contact_id = c.id),"
    " (SELECT m.status || char(31) || m.updated_at FROM messages m WHERE m.recipient = c.phone AND m.is_group = 0"
    "  ORDER BY m.id DESC LIMIT 1)"
    " FROM contacts c WHERE c.id IN (SELECT value FROM json_each(?))"
)


@dataclass(frozen=True)
class ContactFilter:
    """Which contacts a list shows: ``search`` as ``ContactRepository.search`` reads it, and/or one ``tag``.

    ``digits`` is the whole number the search stands for when it is one
    (``ContactService`` reads it in the user's region), or ``None``.
    ``opted_out`` True/False keeps only those who did / did not opt out.
    """

    search: str = ""
    tag: str | None = None
    digits: str | None = None
    opted_out: bool | None = None


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One line of the address book as the table shows it."""

    id: int
    number: str
    name: str
    tags: tuple[str, ...]
    on_whatsapp: bool | None
    checked_at: datetime | None  # when a number check said ``on_whatsapp``; None when never checked
    opted_out_at: datetime | None  # when they asked not to be messaged; None while they may be
    fields: Mapping[str, str] = field(default_factory=dict)  # the custom fields (a file's other columns)
    last_status: str | None = None  # the status of the last message to this number, if any
    last_at: datetime | None = None

    @property
    def opted_out(self) -> bool:
        return self.opted_out_at is not None


FIRST_ROWS_TESTED = 5_000  # rows in order a search's first page tests before listing every match instead
_ORDERED_BY_INDEX = frozenset({ContactSort.NAME, ContactSort.NUMBER, ContactSort.ADDED})


class ContactList:
    def __init__(self, db: Database, contacts: ContactRepository) -> None:
        self._db = db
        self._contacts = contacts

    def where(self, filter: ContactFilter) -> tuple[str, tuple[object, ...]]:
        """The SQL condition on ``contacts`` (aliased ``c`` or not) for ``filter``, and its parameters.

        An unknown tag is refused, naming it.
        """
        parts: list[str] = []
        params: list[object] = []
        if filter.search.strip():
            condition, found = self._contacts.matching(filter.search, filter.digits)
            parts.append(f"({condition})")
            params.extend(found)
        if filter.tag is not None:
            tag_id = self._tag_id(filter.tag)
            parts.append("id IN (SELECT contact_id FROM contact_tags WHERE tag_id = ?)")
            params.append(tag_id)
        if filter.opted_out is not None:
            parts.append("opted_out_at IS NOT NULL" if filter.opted_out else "opted_out_at IS NULL")
        return (" AND ".join(parts) or "1"), tuple(params)

    def count(self, filter: ContactFilter) -> int:
        if filter.tag is not None and filter == ContactFilter(tag=filter.tag):  # the tag's members: its key range
            tag_id = self._tag_id(filter.tag)
            with self._db.read() as connection:
                row = connection.execute("SELECT count(*) FROM contact_tags WHERE tag_id = ?", (tag_id,)).fetchone()
            return int(row[0])
        found = None
        if filter.search.strip() and filter == ContactFilter(search=filter.search, digits=filter.digits):
            found = self._contacts.match_count(filter.search, filter.digits)  # a search alone: from its index
        if found is None:
            where, params = self.where(filter)
            with self._db.read() as connection:
                sql = f"SELECT count(*) FROM contacts WHERE {where}"  # noqa: S608
                found = int(connection.execute(sql, params).fetchone()[0])
        return found

    def page(
        self,
        filter: ContactFilter,
        *,
        sort: ContactSort = ContactSort.NAME,
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> list[ContactRow]:
        """Up to ``limit`` matching contacts from position ``offset`` in the order ``sort``."""
        if offset < 0 or limit < 0:
            raise ValidationError(N_("a page starts at 0 or later and holds 0 or more contacts"))
        order = _ORDER[sort].format(dir="DESC" if descending else "ASC")
        with self._db.read() as connection:
            # First the page's ids, sorted with nothing else computed; then its rows with their tags and last
            # message (computed in the sort itself, they would be for every match, not for the page's 100).
            ids = None
            if offset == 0 and filter.search.strip() and sort in _ORDERED_BY_INDEX:
                ids = self._first_in_order(connection, filter, order, limit)
            if ids is None:
                where, params = self.where(filter)
                # A search in the numbers tests every row: in the table's own order, not through the order's index
                # row by row (twice as slow), then the few it finds are sorted.
                scan = (
                    "NOT INDEXED"
                    if filter.search.strip() and self._contacts.searches_numbers(filter.search, filter.digits)
                    else ""
                )
                ids = [
                    int(i)
                    for (i,) in connection.execute(
                        f"SELECT c.id FROM contacts c {scan} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",  # noqa: S608
                        (*params, limit, offset),
                    )
                ]
            rows = connection.execute(_PAGE_ROWS, (json.dumps(ids),)).fetchall()
        position = {contact_id: index for index, contact_id in enumerate(ids)}
        rows.sort(key=lambda row: position[row[0]])
        return [_row(row) for row in rows]

    def _first_in_order(
        self, connection: sqlite3.Connection, filter: ContactFilter, order: str, limit: int
    ) -> list[int] | None:
        """The first page of a search from the first ``FIRST_ROWS_TESTED`` contacts in ``order``, each tested.

        A search as you type finds many at first ("p", "pel"): listing its
        100,000 matches to sort them costs about 100 ms, testing the first
        rows in the order's index until the page is full a few.  ``None``
        when those rows hold less than a page (the matches lie further on):
        then every match is listed and sorted, as for any other page.
        """
        condition, found = self._contacts.row_matching(filter.search, filter.digits)
        rest, params = self.where(ContactFilter(tag=filter.tag, opted_out=filter.opted_out))
        sql = (
            f"SELECT c.id FROM contacts c WHERE c.id IN (SELECT c.id FROM contacts c ORDER BY {order} LIMIT ?)"  # noqa: S608
            f" AND ({condition}) AND {rest} ORDER BY {order} LIMIT ?"
        )
        ids = [int(i) for (i,) in connection.execute(sql, (FIRST_ROWS_TESTED, *found, *params, limit))]
        return ids if len(ids) >= limit else None

    def _tag_id(self, name: str) -> int:
        with self._db.read() as connection:
            row = connection.execute("SELECT id FROM tags WHERE name = ?", (name.strip(),)).fetchone()
        if row is None:
            raise ValidationError(N_("no tag named '{value}'"), value=name.strip()).hint(
                " (wadesk contacts tag list shows them)"
            )
        return int(row[0])


def _row(row: tuple[object, ...]) -> ContactRow:
    contact_id, phone, name, fields_json, on_whatsapp, checked_at, opted_out_at, tags, last = row
    status, at = str(last).split("\x1f", 1) if last is not None else (None, None)
    return ContactRow(
        id=int(str(contact_id)),
        number=str(phone),
        name=str(name),
        tags=tuple(sorted(str(tags).split("\x1f"), key=str.casefold)) if tags is not None else (),
        on_whatsapp=None if on_whatsapp is None else bool(on_whatsapp),
        fields={str(k): str(v) for k, v in json.loads(str(fields_json)).items()},
        checked_at=from_text(str(checked_at)) if checked_at is not None else None,
        opted_out_at=from_text(str(opted_out_at)) if opted_out_at is not None else None,
        last_status=status,
        last_at=from_text(at) if at is not None else None,
    )
