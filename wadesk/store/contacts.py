"""The address book, keyed by normalised phone number."""

from __future__ import annotations

import builtins
import json
from collections.abc import Sequence

from wadesk.domain.models import Contact
from wadesk.store.db import Database

_SELECT = "SELECT id, phone, name, fields_json, on_whatsapp FROM contacts"
_Row = tuple[int, str, str, str, int | None]


class ContactRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def upsert_many(self, contacts: Sequence[Contact]) -> int:
        """Insert or update by phone, all in one transaction; returns how many were written.

        A contact whose ``on_whatsapp`` is ``None`` (unknown, e.g. a fresh CSV
        import) keeps what an earlier number check found.
        """
        if not contacts:
            return 0
        now = self._db.stamp()
        rows = [
            (contact.phone, contact.name, _dump_fields(contact), _flag(contact.on_whatsapp), now, now)
            for contact in contacts
        ]
        with self._db.transaction() as connection:
            connection.executemany(
                "INSERT INTO contacts (phone, name, fields_json, on_whatsapp, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (phone) DO UPDATE SET name = excluded.name, fields_json = excluded.fields_json,"
                " on_whatsapp = coalesce(excluded.on_whatsapp, contacts.on_whatsapp), updated_at = excluded.updated_at",
                rows,
            )
        return len(rows)

    def list(self, limit: int | None = None, offset: int = 0) -> builtins.list[Contact]:
        """Contacts in the order they were first added."""
        with self._db.read() as connection:
            rows = connection.execute(
                _SELECT + " ORDER BY id LIMIT ? OFFSET ?",
                (-1 if limit is None else limit, offset),
            ).fetchall()
        return [_contact(row) for row in rows]

    def get(self, phone: str) -> Contact | None:
        with self._db.read() as connection:
            row = connection.execute(_SELECT + " WHERE phone = ?", (phone,)).fetchone()
        return None if row is None else _contact(row)

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
            cursor = connection.execute("DELETE FROM contacts WHERE phone = ?", (phone,))
        return cursor.rowcount > 0

    def count(self) -> int:
        with self._db.read() as connection:
            row = connection.execute("SELECT count(*) FROM contacts").fetchone()
        return int(row[0])


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _dump_fields(contact: Contact) -> str:
    return json.dumps({str(key): str(value) for key, value in contact.fields.items()}, ensure_ascii=False)


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
