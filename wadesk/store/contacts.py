"""The address book, keyed by normalised phone number.

Two ways in, with different rights: the user's own file (``upsert_many``)
updates what it mentions; a gateway's list (``merge_from_gateway``) only adds
and fills in, and reports where it disagrees instead of overwriting.

Every write keeps the search table ``contacts_search`` (migration V5) in the
same transaction: this repository is the only writer of contacts.
"""

from __future__ import annotations

import builtins
import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from wadesk.domain.models import Contact
from wadesk.store.db import Database
from wadesk.store.search_text import search_key
from wadesk.store.timestamps import to_text

_SELECT = "SELECT id, phone, name, fields_json, on_whatsapp FROM contacts"
_Row = tuple[int, str, str, str, int | None]
_INSERT = (
    "INSERT INTO contacts (phone, name, fields_json, on_whatsapp, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
)
# The search table follows every write (rows given in id order: FTS5 takes rows in rowid order without flushing
# in between).  Phones are given as one parameter, a JSON array (json_each): no limit on how many.
_UNINDEX = (
    "DELETE FROM contacts_search WHERE rowid IN"
    " (SELECT id FROM contacts WHERE phone IN (SELECT value FROM json_each(?)) AND id <= ?)"
)
_INDEX = (
    "INSERT INTO contacts_search (rowid, name) SELECT id, wadesk_search_key(name) FROM contacts"
    " WHERE phone IN (SELECT value FROM json_each(?)) AND id <= ? ORDER BY id"
)
_INDEX_ADDED = (
    "INSERT INTO contacts_search (rowid, name) SELECT id, wadesk_search_key(name) FROM contacts"
    " WHERE id > ? ORDER BY id"
)
_NUMBER_LIKE = re.compile(r"[+0-9\s().\-]+")
_NEWEST = "SELECT coalesce(max(id), 0) FROM contacts"
_SHORTEST_TRIGRAM = 3  # the trigram index finds parts of three characters or more; shorter ones are scanned for


class ContactRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._fts: bool | None = None  # whether contacts_search is an FTS5 index, once looked at

    def upsert_many(self, contacts: Sequence[Contact]) -> int:
        """Insert or update by phone, all in one transaction; returns how many were written.

        For the user's own data (an imported file): what a contact mentions
        replaces what was stored, what it leaves out is kept — an empty name
        keeps the stored name, custom fields it does not name stay.  A contact
        whose ``on_whatsapp`` is ``None`` (unknown, e.g. a fresh CSV import)
        keeps what an earlier number check found.
        """
        if not contacts:
            return 0
        now = self._db.stamp()
        rows = [_values(contact, now) for contact in contacts]
        with self._db.transaction() as connection:
            newest = connection.execute(_NEWEST).fetchone()[0]
            connection.executemany(
                _INSERT
                + " ON CONFLICT (phone) DO UPDATE SET name = coalesce(nullif(excluded.name, ''), contacts.name),"
                " fields_json = json_patch(contacts.fields_json, excluded.fields_json),"
                " on_whatsapp = coalesce(excluded.on_whatsapp, contacts.on_whatsapp), updated_at = excluded.updated_at",
                rows,
            )
            _reindex(connection, [contact.phone for contact in contacts], newest)
        return len(rows)

    def merge_from_gateway(self, contacts: Sequence[Contact]) -> ContactMerge:
        """Take a gateway's contacts without overwriting the user's: add the new, fill in what is empty.

        Where the gateway has another value for a name or field the user
        already has, the user's stays and the difference is reported (to show,
        or to offer to take over).  One transaction; the first of several
        entries for one phone counts.
        """
        merge = ContactMerge()
        now = self._db.stamp()
        written: builtins.list[str] = []
        with self._db.transaction() as connection:
            newest = connection.execute(_NEWEST).fetchone()[0]
            seen: set[str] = set()
            for theirs in contacts:
                if theirs.phone in seen:
                    continue
                seen.add(theirs.phone)
                row = connection.execute(_SELECT + " WHERE phone = ?", (theirs.phone,)).fetchone()
                if row is None:
                    _insert(connection, theirs, now)
                    written.append(theirs.phone)
                    merge.added += 1
                    continue
                ours = _contact(row)
                filled = _fill(ours, theirs, merge.kept)
                if filled == ours:
                    merge.unchanged += 1
                    continue
                connection.execute(
                    "UPDATE contacts SET name = ?, fields_json = ?, on_whatsapp = ?, updated_at = ? WHERE phone = ?",
                    (filled.name, _dump_fields(filled), _flag(filled.on_whatsapp), now, filled.phone),
                )
                written.append(filled.phone)
                merge.filled += 1
            _reindex(connection, written, newest)
        return merge

    def list(self, limit: int | None = None, offset: int = 0) -> builtins.list[Contact]:
        """Contacts in the order they were first added."""
        with self._db.read() as connection:
            rows = connection.execute(
                _SELECT + " ORDER BY id LIMIT ? OFFSET ?",
                (-1 if limit is None else limit, offset),
            ).fetchall()
        return [_contact(row) for row in rows]

    def search(
        self, text: str, limit: int | None = None, offset: int = 0, *, digits: str | None = None
    ) -> builtins.list[Contact]:
        """Contacts whose name contains ``text`` or whose number contains ``digits``, in the order of ``list``.

        Names are compared without case or accents (``search_key``).  ``digits``
        defaults to the digits of ``text`` without a leading zero when it is
        written like a number (``0812`` finds ``62812…``), to none when it has
        letters; give ``""`` to look at names only.
        """
        where, params = self._matching(text, digits)
        with self._db.read() as connection:
            rows = connection.execute(
                _SELECT + " WHERE " + where + " ORDER BY id LIMIT ? OFFSET ?",
                (*params, -1 if limit is None else limit, offset),
            ).fetchall()
        return [_contact(row) for row in rows]

    def count_matching(self, text: str, *, digits: str | None = None) -> int:
        """How many contacts ``search`` finds in all."""
        where, params = self._matching(text, digits)
        with self._db.read() as connection:
            row = connection.execute("SELECT count(*) FROM contacts WHERE " + where, params).fetchone()  # noqa: S608
        return int(row[0])

    def _matching(self, text: str, digits: str | None) -> tuple[str, tuple[str, ...]]:
        """The condition on ``contacts`` for a search, and its parameters."""
        key = search_key(text.strip())
        if digits is None:
            digits = _digits(text)
        indexed = self._indexed()
        if indexed and len(key) >= _SHORTEST_TRIGRAM:
            where, params = "id IN (SELECT rowid FROM contacts_search WHERE contacts_search MATCH ?)", (_phrase(key),)
        elif indexed:  # FTS5 keeps the text in its %_content table (id, c0): scanned there, 4× quicker than through it
            where, params = "id IN (SELECT id FROM contacts_search_content WHERE instr(c0, ?) > 0)", (key,)
        else:
            where, params = "id IN (SELECT rowid FROM contacts_search WHERE instr(name, ?) > 0)", (key,)
        if digits:
            return where + " OR instr(phone, ?) > 0", (*params, digits)
        return where, params

    def match_count(self, text: str, digits: str | None = None) -> int | None:
        """How many contacts a search finds, counted in the search index alone; ``None`` when it needs the numbers.

        The index holds one row per contact, so a search by name alone is
        counted there without listing the matches' ids (at 100,000 matches,
        a quarter of the time).
        """
        key = search_key(text.strip())
        if digits is None:
            digits = _digits(text)
        if digits:
            return None
        indexed = self._indexed()
        if indexed and len(key) >= _SHORTEST_TRIGRAM:
            sql, params = "SELECT count(*) FROM contacts_search WHERE contacts_search MATCH ?", (_phrase(key),)
        elif indexed:
            sql, params = "SELECT count(*) FROM contacts_search_content WHERE instr(c0, ?) > 0", (key,)
        else:
            sql, params = "SELECT count(*) FROM contacts_search WHERE instr(name, ?) > 0", (key,)
        with self._db.read() as connection:
            row = connection.execute(sql, params).fetchone()
        return int(row[0])

    def searches_numbers(self, text: str, digits: str | None = None) -> bool:
        """Whether a search looks in the numbers too (it is written like part of a number)."""
        return bool(digits if digits is not None else _digits(text))

    def row_matching(self, text: str, digits: str | None = None) -> tuple[str, tuple[str, ...]]:
        """The same condition as ``matching``, tested on each row of ``contacts c`` (no list of ids made first).

        For a search that finds many: a page read in an index's order then
        stops after its rows, instead of listing and sorting every match.
        """
        key = search_key(text.strip())
        if digits is None:
            digits = _digits(text)
        if self._indexed():  # the text FTS5 keeps for each rowid, looked up by its key
            where = "instr((SELECT s.c0 FROM contacts_search_content s WHERE s.id = c.id), ?) > 0"
        else:
            where = "instr((SELECT s.name FROM contacts_search s WHERE s.rowid = c.id), ?) > 0"
        if digits:
            return where + " OR instr(c.phone, ?) > 0", (key, digits)
        return where, (key,)

    def _indexed(self) -> bool:
        """Whether ``contacts_search`` is an FTS5 index (V5 made a plain table where SQLite lacks FTS5)."""
        if self._fts is None:
            with self._db.read() as connection:
                row = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'contacts_search'").fetchone()
            self._fts = row is not None and str(row[0]).upper().startswith("CREATE VIRTUAL")
        return self._fts

    def get(self, phone: str) -> Contact | None:
        with self._db.read() as connection:
            row = connection.execute(_SELECT + " WHERE phone = ?", (phone,)).fetchone()
        return None if row is None else _contact(row)

    def with_ids(self, contact_ids: Sequence[int]) -> builtins.list[Contact]:
        """The contacts with these ids, in the order given; an id deleted since is left out."""
        with self._db.read() as connection:
            rows = connection.execute(
                _SELECT + " WHERE id IN (SELECT value FROM json_each(?))",  # noqa: S608  (constant text)
                (json.dumps(list(contact_ids)),),
            ).fetchall()
        found = {contact.id: contact for contact in map(_contact, rows)}
        return [found[i] for i in contact_ids if i in found]

    def existing(self, phones: Sequence[str]) -> set[str]:
        """Those of ``phones`` the address book has (an import tells new contacts from updated ones)."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT phone FROM contacts WHERE phone IN (SELECT value FROM json_each(?))", (json.dumps(phones),)
            ).fetchall()
        return {str(row[0]) for row in rows}

    def set_on_whatsapp(self, phone: str, value: bool | None) -> bool:
        """Record a number check; returns False when no contact has that phone."""
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "UPDATE contacts SET on_whatsapp = ?, updated_at = ? WHERE phone = ?",
                (_flag(value), self._db.stamp(), phone),
            )
        return cursor.rowcount > 0

    def remove(self, phone: str) -> bool:
        with self._db.transaction() as connection:
            connection.execute(
                "DELETE FROM contacts_search WHERE rowid = (SELECT id FROM contacts WHERE phone = ?)", (phone,)
            )
            cursor = connection.execute("DELETE FROM contacts WHERE phone = ?", (phone,))
        return cursor.rowcount > 0

    def count(self) -> int:
        with self._db.read() as connection:
            row = connection.execute("SELECT count(*) FROM contacts").fetchone()
        return int(row[0])

    def matching(self, text: str, digits: str | None = None) -> tuple[str, tuple[str, ...]]:
        """The condition on ``contacts`` that ``search`` uses, and its parameters (for ``contact_list``)."""
        return self._matching(text, digits)

    def preview_gateway(self, contacts: Sequence[Contact]) -> GatewayPreview:
        """What ``merge_from_gateway(contacts)`` would do, without writing: the new, the filled in, the kept."""
        preview = GatewayPreview()
        unique = builtins.list({c.phone: c for c in reversed(contacts)}.values())[::-1]  # the first of each phone
        with self._db.read() as connection:
            rows = connection.execute(
                _SELECT + " WHERE phone IN (SELECT value FROM json_each(?))",  # noqa: S608
                (json.dumps([c.phone for c in unique]),),
            ).fetchall()
        ours = {row[1]: _contact(row) for row in rows}
        for theirs in unique:
            mine = ours.get(theirs.phone)
            if mine is None:
                preview.new.append(theirs)
                continue
            filled = _fill(mine, theirs, preview.kept)
            if filled != mine:
                preview.filled.append(filled)
            else:
                preview.unchanged += 1
        return preview

    # -- one contact at a time, and a sorted page (the Contacts panel) ---------------------------------------

    def add_one(self, contact: Contact) -> Contact | None:
        """Insert a new contact; ``None`` when its phone is already in the address book (nothing written)."""
        with self._db.transaction() as connection:
            if connection.execute("SELECT 1 FROM contacts WHERE phone = ?", (contact.phone,)).fetchone():
                return None
            cursor = connection.execute(_INSERT, _values(contact, self._db.stamp()))
            connection.execute(
                "INSERT INTO contacts_search (rowid, name) VALUES (?, wadesk_search_key(?))",
                (cursor.lastrowid, contact.name),
            )
            row = connection.execute(_SELECT + " WHERE id = ?", (cursor.lastrowid,)).fetchone()
        return _contact(row)

    def replace(self, contact_id: int, contact: Contact) -> Contact | None:
        """Overwrite a contact's number, name and fields as given (a field left out is gone).

        A new number forgets what a number check found.  ``None`` when no
        contact has ``contact_id``; raises ``sqlite3.IntegrityError`` when the
        new number is another contact's.
        """
        with self._db.transaction() as connection:
            connection.execute(
                "UPDATE contacts SET on_whatsapp = CASE WHEN phone = ? THEN on_whatsapp END,"
                " checked_at = CASE WHEN phone = ? THEN checked_at END,"
                " phone = ?, name = ?, fields_json = ?, updated_at = ? WHERE id = ?",
                (
                    contact.phone,
                    contact.phone,
                    contact.phone,
                    contact.name,
                    _dump_fields(contact),
                    self._db.stamp(),
                    contact_id,
                ),
            )
            row = connection.execute(_SELECT + " WHERE id = ?", (contact_id,)).fetchone()
            if row is None:
                return None
            connection.execute("DELETE FROM contacts_search WHERE rowid = ?", (contact_id,))
            connection.execute(
                "INSERT INTO contacts_search (rowid, name) VALUES (?, wadesk_search_key(?))", (contact_id, contact.name)
            )
        return _contact(row)

    def remove_ids(self, contact_ids: Sequence[int]) -> int:
        """Delete these contacts in one transaction; returns how many there were."""
        listed = json.dumps(sorted(set(contact_ids)))
        with self._db.transaction() as connection:
            connection.execute("DELETE FROM contacts_search WHERE rowid IN (SELECT value FROM json_each(?))", (listed,))
            cursor = connection.execute("DELETE FROM contacts WHERE id IN (SELECT value FROM json_each(?))", (listed,))
        return cursor.rowcount


@dataclass(frozen=True)
class KeptValue:
    """A value the user has that a gateway would have replaced: ``field`` is ``"name"`` or a custom field."""

    phone: str
    field: str
    yours: str
    gateway: str


@dataclass
class ContactMerge:
    """What taking a gateway's contacts did: ``added`` new contacts, ``filled`` ones that had empty values."""

    added: int = 0
    filled: int = 0
    unchanged: int = 0
    kept: builtins.list[KeptValue] = field(default_factory=builtins.list)


@dataclass
class GatewayPreview:
    """A gateway's contacts against the address book: ``new`` ones, ``filled`` (ours with empty values filled in,
    as they would be), how many are ``unchanged``, and the values of ours that differ from the gateway's."""

    new: builtins.list[Contact] = field(default_factory=builtins.list)
    filled: builtins.list[Contact] = field(default_factory=builtins.list)
    unchanged: int = 0
    kept: builtins.list[KeptValue] = field(default_factory=builtins.list)


def _fill(ours: Contact, theirs: Contact, kept: builtins.list[KeptValue]) -> Contact:
    """``ours`` with its empty values taken from ``theirs``; differing values stay ours and go into ``kept``."""
    name = _pick(ours.phone, "name", ours.name, theirs.name, kept)
    fields = dict(ours.fields)
    for key, value in theirs.fields.items():
        fields[key] = _pick(ours.phone, key, fields.get(key, ""), value, kept)
    on_whatsapp = theirs.on_whatsapp if ours.on_whatsapp is None else ours.on_whatsapp
    return Contact(ours.phone, name, fields, on_whatsapp, ours.id)


def _pick(phone: str, key: str, ours: str, theirs: str, kept: builtins.list[KeptValue]) -> str:
    if not ours.strip():
        return theirs if theirs.strip() else ours
    if theirs.strip() and not _same(ours, theirs):
        kept.append(KeptValue(phone, key, ours, theirs))
    return ours


def _same(a: str, b: str) -> bool:
    """Equal but for case and spacing (``"siti "`` is ``"Siti"``)."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _reindex(connection: sqlite3.Connection, phones: Sequence[str], newest: int) -> None:
    """Bring the search table up to date after writing the contacts with ``phones``.

    ``newest`` is the highest id before the writes: the rows above it were
    added (and are indexed by a range scan, the quick way for an import); the
    others were updated, and are looked up by phone only when there are any.
    """
    added = connection.execute(_INDEX_ADDED, (newest,)).rowcount
    if added < len(set(phones)):
        listed = json.dumps(phones)
        connection.execute(_UNINDEX, (listed, newest))
        connection.execute(_INDEX, (listed, newest))


def _digits(text: str) -> str:
    """The digits of a search written like a (part of a) number, without a leading zero; ``""`` for other text."""
    if not _NUMBER_LIKE.fullmatch(text.strip()):
        return ""
    return "".join(c for c in text if c.isdigit()).lstrip("0")


def _phrase(text: str) -> str:
    """``text`` as one FTS5 phrase: with the trigram index, the text anywhere in the name."""
    return '"' + text.replace('"', '""') + '"'


def _insert(connection: sqlite3.Connection, contact: Contact, now: str) -> None:
    connection.execute(_INSERT, _values(contact, now))


def _values(contact: Contact, now: str) -> tuple[str, str, str, int | None, str, str]:
    return (contact.phone, contact.name, _dump_fields(contact), _flag(contact.on_whatsapp), now, now)


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _dump_fields(contact: Contact) -> str:
    """The fields as a JSON object, as ``json.dumps(…, ensure_ascii=False)`` writes it, 5× quicker (an import's)."""
    quote = json.encoder.encode_basestring
    return "{" + ", ".join(f"{quote(str(key))}: {quote(str(value))}" for key, value in contact.fields.items()) + "}"


def _contact(row: _Row) -> Contact:
    contact_id, phone, name, fields_json, on_whatsapp = row
    fields = json.loads(fields_json)
    return Contact(
        phone=phone,
        name=name,
        fields={str(key): str(value) for key, value in fields.items()},
        on_whatsapp=None if on_whatsapp is None else bool(on_whatsapp),
        id=contact_id,
    )


class OptOuts:
    """Who asked not to be messaged (``contacts.opted_out_at``, V7), and number-check dates; see ``ContactRepository``.

    Kept apart from ``ContactRepository``'s import and search code; it writes
    only these two columns, except that opting out a number the address book
    does not know yet adds it (nameless), so that the opt-out holds.
    """

    def __init__(self, db: Database, contacts: ContactRepository) -> None:
        self._db = db
        self._contacts = contacts

    def opt_out(self, phones: Sequence[str]) -> builtins.list[str]:
        """Mark these numbers opted out (added to the address book if new); returns those that were not already."""
        wanted = builtins.list(dict.fromkeys(phones))
        if not wanted:
            return []
        listed = json.dumps(wanted)
        with self._db.transaction() as connection:
            known = {
                p
                for (p,) in connection.execute(
                    "SELECT phone FROM contacts WHERE phone IN (SELECT value FROM json_each(?))", (listed,)
                )
            }
            self._contacts.upsert_many([Contact(p) for p in wanted if p not in known])
            fresh = [
                str(p)
                for (p,) in connection.execute(
                    "SELECT phone FROM contacts WHERE phone IN (SELECT value FROM json_each(?))"
                    " AND opted_out_at IS NULL",
                    (listed,),
                )
            ]
            connection.execute(
                "UPDATE contacts SET opted_out_at = ?, updated_at = ?"
                " WHERE phone IN (SELECT value FROM json_each(?)) AND opted_out_at IS NULL",
                (self._db.stamp(), self._db.stamp(), listed),
            )
        newly = set(fresh)
        return [p for p in wanted if p in newly]

    def opt_in(self, phones: Sequence[str]) -> builtins.list[str]:
        """Let these numbers be messaged again; returns those that were opted out."""
        listed = json.dumps(builtins.list(dict.fromkeys(phones)))
        with self._db.transaction() as connection:
            back = [
                str(p)
                for (p,) in connection.execute(
                    "SELECT phone FROM contacts WHERE phone IN (SELECT value FROM json_each(?))"
                    " AND opted_out_at IS NOT NULL ORDER BY id",
                    (listed,),
                )
            ]
            connection.execute(
                "UPDATE contacts SET opted_out_at = NULL, updated_at = ?"
                " WHERE phone IN (SELECT value FROM json_each(?))",
                (self._db.stamp(), json.dumps(back)),
            )
        return back

    def waiting_messages(self, phones: Sequence[str]) -> tuple[builtins.list[int], builtins.list[int]]:
        """Messages to these numbers not sent yet: ``(held by wadesk, scheduled on a gateway)``, by id.

        Those wadesk holds (queued, or scheduled locally) can be cancelled
        here; those a gateway holds need the gateway (``schedule cancel``).
        """
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT id, remote_schedule_id IS NOT NULL FROM messages WHERE is_group = 0"
                " AND recipient IN (SELECT value FROM json_each(?)) AND status IN ('queued', 'scheduled') ORDER BY id",
                (json.dumps(builtins.list(phones)),),
            ).fetchall()
        return [int(i) for i, remote in rows if not remote], [int(i) for i, remote in rows if remote]

    def numbers(self) -> frozenset[str]:
        """Every opted-out number (read from a partial index: a send asks once, however many it sends to)."""
        with self._db.read() as connection:
            rows = connection.execute("SELECT phone FROM contacts WHERE opted_out_at IS NOT NULL").fetchall()
        return frozenset(str(p) for (p,) in rows)

    def record_checks(self, checks: Sequence[tuple[str, bool | None]], at: datetime | None = None) -> int:
        """Store number-check answers as of ``at`` (the store's clock by default); ``None`` (the gateway could
        not tell) changes nothing.  Only numbers in the address book are written; returns how many."""
        checked, now = (to_text(at) if at is not None else self._db.stamp()), self._db.stamp()
        answered = [(int(ok), checked, now, phone) for phone, ok in checks if ok is not None]
        if not answered:
            return 0
        with self._db.transaction() as connection:
            before = connection.total_changes
            connection.executemany(
                "UPDATE contacts SET on_whatsapp = ?, checked_at = ?, updated_at = ? WHERE phone = ?", answered
            )
            return connection.total_changes - before

    def set_opted_out_ids(self, contact_ids: Sequence[int], opted_out: bool) -> tuple[builtins.list[str], int]:
        """Opt these contacts out (or back in), by id, in one transaction (the panel's selection, of any size).

        Returns the numbers whose opt-out changed and how many of the ids were
        already as asked; ids no longer in the address book are ignored.
        """
        listed = json.dumps(builtins.list(dict.fromkeys(contact_ids)))
        with self._db.transaction() as connection:
            rows = connection.execute(
                "SELECT phone, (opted_out_at IS NOT NULL) = ? FROM contacts"
                " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                (int(opted_out), listed),
            ).fetchall()
            changed = [str(phone) for phone, same in rows if not same]
            connection.execute(
                "UPDATE contacts SET opted_out_at = ?, updated_at = ? WHERE phone IN (SELECT value FROM json_each(?))",
                (self._db.stamp() if opted_out else None, self._db.stamp(), json.dumps(changed)),
            )
        return changed, len(rows) - len(changed)
