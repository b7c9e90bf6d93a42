"""The Composer's drafts: the one message being written, and the saved messages (named, reusable).

The store keeps each draft as the JSON text the services give it
(``services.drafts``) and does not look inside; a saved message also keeps its
kind and first line, so that the list of them is read without parsing every
draft.  Names are unique without case ("Promo" and "promo" are one saved
message); spaces at the ends are dropped and runs of spaces made one.
"""

from __future__ import annotations

import builtins
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from wadesk.domain.errors import ValidationError
from wadesk.domain.words import N_
from wadesk.store.db import Database
from wadesk.store.timestamps import from_text

MAX_NAME = 80  # characters: a saved message's name is a short label, shown in a list and a menu

_INSERT = (
    "INSERT INTO saved_messages (name, kind, preview, draft_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
)
_REPLACE = (
    _INSERT + " ON CONFLICT (name) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
    " preview = excluded.preview, draft_json = excluded.draft_json, updated_at = excluded.updated_at"
)


@dataclass(frozen=True)
class StoredDraft:
    """A draft as stored: its JSON and when it was last written."""

    draft_json: str
    updated_at: datetime


@dataclass(frozen=True)
class SavedMessageRow:
    """A saved message as listed: name, kind and first line; ``draft_json`` is empty in a list."""

    name: str
    kind: str
    preview: str
    updated_at: datetime
    draft_json: str = ""


class DraftRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # The draft being written: one row, replaced on every save.

    def save_current(self, draft_json: str) -> None:
        """Keep ``draft_json`` as the draft being written (committed when this returns)."""
        with self._db.transaction() as connection:
            connection.execute(
                "INSERT INTO composer_draft (id, draft_json, updated_at) VALUES (1, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET draft_json = excluded.draft_json, updated_at = excluded.updated_at",
                (draft_json, self._db.stamp()),
            )

    def current(self) -> StoredDraft | None:
        with self._db.read() as connection:
            row = connection.execute("SELECT draft_json, updated_at FROM composer_draft WHERE id = 1").fetchone()
        return None if row is None else StoredDraft(str(row[0]), from_text(str(row[1])))

    def clear_current(self) -> bool:
        """Forget the draft being written; whether there was one."""
        with self._db.transaction() as connection:
            cursor = connection.execute("DELETE FROM composer_draft WHERE id = 1")
        return cursor.rowcount > 0

    # Saved messages.

    def save(self, name: str, kind: str, preview: str, draft_json: str, *, replace: bool = False) -> SavedMessageRow:
        """Save a message under ``name``; one already named so (in any case) is replaced only when ``replace``."""
        clean = saved_message_name(name)
        stamp = self._db.stamp()
        try:
            with self._db.transaction() as connection:
                connection.execute(_REPLACE if replace else _INSERT, (clean, kind, preview, draft_json, stamp, stamp))
        except sqlite3.IntegrityError as exc:
            raise ValidationError(
                N_("a saved message named '{value}' exists already"), value=self._taken(clean)
            ) from exc
        return self.get(clean)

    def list(self) -> builtins.list[SavedMessageRow]:
        """Every saved message by name (without its draft)."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT name, kind, preview, updated_at FROM saved_messages ORDER BY name COLLATE NOCASE"
            ).fetchall()
        return [SavedMessageRow(str(n), str(k), str(p), from_text(str(u))) for n, k, p, u in rows]

    def get(self, name: str) -> SavedMessageRow:
        """The saved message named ``name`` (in any case), with its draft; an unknown name is refused, naming it."""
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT name, kind, preview, updated_at, draft_json FROM saved_messages WHERE name = ?",
                (" ".join(name.split()),),
            ).fetchone()
        if row is None:
            raise ValidationError(N_("no saved message named '{value}'"), value=name.strip())
        return SavedMessageRow(str(row[0]), str(row[1]), str(row[2]), from_text(str(row[3])), str(row[4]))

    def rename(self, name: str, new_name: str) -> SavedMessageRow:
        """The saved message ``name`` under ``new_name`` (a change of case only is allowed); when saved is kept."""
        clean = saved_message_name(new_name)
        found = self.get(name)
        try:
            with self._db.transaction() as connection:
                connection.execute("UPDATE saved_messages SET name = ? WHERE name = ?", (clean, found.name))
        except sqlite3.IntegrityError as exc:
            raise ValidationError(
                N_("a saved message named '{value}' exists already"), value=self._taken(clean)
            ) from exc
        return self.get(clean)

    def delete(self, name: str) -> SavedMessageRow:
        """Remove the saved message; returns it as it was."""
        found = self.get(name)
        with self._db.transaction() as connection:
            connection.execute("DELETE FROM saved_messages WHERE name = ?", (found.name,))
        return found

    def _taken(self, name: str) -> str:
        """The stored spelling of a name that clashes with ``name``."""
        with self._db.read() as connection:
            row = connection.execute("SELECT name FROM saved_messages WHERE name = ?", (name,)).fetchone()
        return name if row is None else str(row[0])


def saved_message_name(name: str) -> str:
    """A name as stored: spaces at the ends dropped and runs of spaces made one; empty or too long is refused."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError(N_("a saved message needs a name"))
    if len(clean) > MAX_NAME:
        raise ValidationError(
            N_("a saved message's name has at most {max_name} characters ({count} given)"),
            max_name=MAX_NAME,
            count=len(clean),
        )
    return clean
