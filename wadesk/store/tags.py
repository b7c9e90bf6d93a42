"""Local groups of contacts (tags): a name, and the contacts that carry it.

A tag's name is unique without case (``VIP`` and ``vip`` are one tag).
Members are kept by contact id; they go with their contact or tag.  Adding a
contact that already carries the tag, or removing one that does not, changes
nothing and is not counted.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Contact
from wadesk.domain.words import N_
from wadesk.store.contacts import _SELECT, _contact
from wadesk.store.db import Database

MAX_TAG_NAME = 60  # characters: a tag is a short label, shown in a table cell and a menu


@dataclass(frozen=True)
class Tag:
    """A tag with how many contacts carry it, and how many of those asked not to be messaged."""

    id: int
    name: str
    members: int
    opted_out: int = 0


class TagRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, name: str) -> Tag:
        """A new, empty tag; a name already taken (in any case) is refused."""
        clean = tag_name(name)
        try:
            with self._db.transaction() as connection:
                cursor = connection.execute(
                    "INSERT INTO tags (name, created_at) VALUES (?, ?)", (clean, self._db.stamp())
                )
        except sqlite3.IntegrityError as exc:
            raise ValidationError(N_("a tag named '{value}' exists already"), value=self._taken(clean)) from exc
        return Tag(int(cursor.lastrowid or 0), clean, 0)

    def rename(self, name: str, new_name: str) -> Tag:
        """The tag ``name`` under ``new_name`` (a change of case only is allowed), its members kept."""
        clean = tag_name(new_name)
        tag = self.get(name)
        try:
            with self._db.transaction() as connection:
                connection.execute("UPDATE tags SET name = ? WHERE id = ?", (clean, tag.id))
        except sqlite3.IntegrityError as exc:
            raise ValidationError(N_("a tag named '{value}' exists already"), value=self._taken(clean)) from exc
        return self.get(clean)

    def delete(self, name: str) -> Tag:
        """Remove the tag (its contacts stay in the address book); returns it as it was."""
        tag = self.get(name)
        with self._db.transaction() as connection:
            connection.execute("DELETE FROM tags WHERE id = ?", (tag.id,))
        return tag

    def get(self, name: str) -> Tag:
        """The tag named ``name`` (in any case), with its counts; an unknown name is refused, naming it."""
        found = self._counted("WHERE t.name = ?", (name.strip(),))
        if not found:
            raise ValidationError(N_("no tag named '{value}'"), value=name.strip()).hint(
                " (wadesk contacts tag list shows them)"
            )
        return found[0]

    def find(self, name: str) -> int | None:
        """The id of the tag named ``name`` (in any case), or None."""
        with self._db.read() as connection:
            row = connection.execute("SELECT id FROM tags WHERE name = ?", (name.strip(),)).fetchone()
        return None if row is None else int(row[0])

    def list(self) -> builtins.list[Tag]:
        """Every tag by name, with its counts."""
        return self._counted("", ())

    def add(self, name: str, contact_ids: Sequence[int]) -> int:
        """Tag these contacts; returns how many did not carry the tag before (unknown ids are ignored).

        The ids go as one JSON parameter: no limit on how many.
        """
        tag = self.get(name)
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "INSERT OR IGNORE INTO contact_tags (tag_id, contact_id)"
                " SELECT ?, id FROM contacts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                (tag.id, json.dumps(builtins.list(contact_ids))),
            )
        return cursor.rowcount

    def add_where(self, name: str, where: str, params: Sequence[object]) -> int:
        """Tag every contact matching ``where`` (a condition on ``contacts``, from ``contact_list``), in SQL."""
        tag = self.get(name)
        with self._db.transaction() as connection:
            cursor = connection.execute(
                f"INSERT OR IGNORE INTO contact_tags (tag_id, contact_id) SELECT ?, id FROM contacts WHERE {where}",  # noqa: S608
                (tag.id, *params),
            )
        return cursor.rowcount

    def remove(self, name: str, contact_ids: Sequence[int]) -> int:
        """Untag these contacts; returns how many carried the tag."""
        tag = self.get(name)
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "DELETE FROM contact_tags WHERE tag_id = ? AND contact_id IN (SELECT value FROM json_each(?))",
                (tag.id, json.dumps(builtins.list(contact_ids))),
            )
        return cursor.rowcount

    def members(self, name: str) -> builtins.list[Contact]:
        """The contacts carrying the tag, opted-out ones too (the sending service leaves those out, counting them)."""
        tag = self.get(name)
        with self._db.read() as connection:
            rows = connection.execute(
                _SELECT + " WHERE id IN (SELECT contact_id FROM contact_tags WHERE tag_id = ?) ORDER BY id",  # noqa: S608
                (tag.id,),
            ).fetchall()
        return [_contact(row) for row in rows]

    def of_contacts(self, contact_ids: Sequence[int]) -> dict[int, builtins.list[str]]:
        """Each contact's tags by name (contacts without tags left out)."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
                " WHERE ct.contact_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE",
                (json.dumps(builtins.list(contact_ids)),),
            ).fetchall()
        found: dict[int, builtins.list[str]] = {}
        for contact_id, name in rows:
            found.setdefault(int(contact_id), []).append(str(name))
        return found

    def _counted(self, where: str, params: tuple[object, ...]) -> builtins.list[Tag]:
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT t.id, t.name, count(c.id), count(c.opted_out_at) FROM tags t"  # noqa: S608
                " LEFT JOIN contact_tags ct ON ct.tag_id = t.id LEFT JOIN contacts c ON c.id = ct.contact_id"
                f" {where} GROUP BY t.id ORDER BY t.name COLLATE NOCASE",
                params,
            ).fetchall()
        return [Tag(int(i), str(n), int(m), int(o)) for i, n, m, o in rows]

    def _taken(self, name: str) -> str:
        """The stored spelling of a name that clashes with ``name``."""
        with self._db.read() as connection:
            row = connection.execute("SELECT name FROM tags WHERE name = ?", (name,)).fetchone()
        return name if row is None else str(row[0])


def tag_name(name: str) -> str:
    """A tag name as stored: spaces at the ends dropped and runs of spaces made one; empty or too long is refused."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError(N_("a tag needs a name"))
    if len(clean) > MAX_TAG_NAME:
        raise ValidationError(
            N_("a tag name has at most {max_tag_name} characters ({count} given)"),
            max_tag_name=MAX_TAG_NAME,
            count=len(clean),
        )
    return clean
