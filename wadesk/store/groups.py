"""WhatsApp groups, per account, as the provider lists them."""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Sequence

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Group
from wadesk.domain.words import N_
from wadesk.store.db import Database


class GroupRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def upsert_many(self, account_id: int, groups: Sequence[Group]) -> int:
        """Insert or rename by (account, group id) in one transaction; returns how many were written.

        ``Group.account_id`` is ignored: every group is stored under ``account_id``.
        """
        if not groups:
            return 0
        rows = [(account_id, group.group_id, group.name) for group in groups]
        try:
            with self._db.transaction() as connection:
                connection.executemany(
                    'INSERT INTO "groups" (account_id, group_id, name) VALUES (?, ?, ?)'
                    " ON CONFLICT (account_id, group_id) DO UPDATE SET name = excluded.name",
                    rows,
                )
        except sqlite3.IntegrityError as exc:
            raise ValidationError(N_("no account with id {account_id}"), account_id=account_id) from exc
        return len(rows)

    def list(self, account_id: int | None = None) -> builtins.list[Group]:
        query = 'SELECT id, account_id, group_id, name FROM "groups"'
        params: tuple[int, ...] = ()
        if account_id is not None:
            query += " WHERE account_id = ?"
            params = (account_id,)
        with self._db.read() as connection:
            rows = connection.execute(query + " ORDER BY account_id, name, group_id", params).fetchall()
        return [
            Group(group_id=group_id, name=name, account_id=owner, id=row_id) for row_id, owner, group_id, name in rows
        ]
