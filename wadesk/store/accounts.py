"""Gateway accounts.  Only non-secret settings are stored here; secrets live in the keyring.

A removed account stays in the table (``removed_at`` set) so that its messages
and campaigns remain in the reports; it is not listed, not found by name, and
its name can be given to a new account.  Only ``purge`` deletes the row, and with
it the account's groups, messages and campaigns.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from wadesk.domain.errors import UnknownAccount, ValidationError
from wadesk.domain.models import Account
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_
from wadesk.store.db import Database
from wadesk.store.outbox import OutboxRepository
from wadesk.store.timestamps import from_text

_SELECT = "SELECT id, name, provider, base_url, settings_json, created_at, key_id, removed_at FROM accounts"
_ACTIVE = " WHERE removed_at IS NULL"
_Row = tuple[int, str, str, str, str, str, str, str | None]


@dataclass(frozen=True)
class History:
    """What an account has in the store, told before it is removed."""

    messages: int
    campaigns: int
    pending: builtins.list[int]  # queued or scheduled (missed ones too): cancelled on removal
    at_gateway: dict[int, str]  # of those, held by the gateway's own scheduler: message id -> schedule id
    sending: builtins.list[int]  # being sent right now (or left so by a crash): uncertain on removal


class AccountRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        name: str,
        provider: str,
        base_url: str = "",
        settings: Mapping[str, str] | None = None,
        *,
        key_id: str | None = None,
    ) -> Account:
        """Add an account; names are unique regardless of case among the accounts not removed."""
        name = name.strip()
        if not name:
            raise ValidationError(N_("an account needs a name"))
        with self._db.transaction() as connection:
            key_id = key_id or new_key_id()
            try:
                cursor = connection.execute(
                    "INSERT INTO accounts (name, provider, base_url, settings_json, created_at, key_id)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (name, provider, base_url, _dump_settings(settings or {}), self._db.stamp(), key_id),
                )
            except sqlite3.IntegrityError as exc:
                raise ValidationError(N_("an account named '{name}' already exists"), name=name) from exc
            assert cursor.lastrowid is not None
            return self._by_id(cursor.lastrowid)

    def get(self, name: str) -> Account:
        """The account called ``name`` (any case), not removed; ``UnknownAccount`` if there is none."""
        with self._db.read() as connection:
            row = connection.execute(_SELECT + _ACTIVE + " AND name = ?", (name.strip(),)).fetchone()
        if row is None:
            raise UnknownAccount(name)
        return _account(row)

    def get_by_id(self, account_id: int) -> Account:
        """Any account, a removed one too (its messages still name it)."""
        return self._by_id(account_id)

    def list(self, *, removed: bool = False) -> builtins.list[Account]:
        """The accounts in use; with ``removed``, the removed ones instead."""
        where = " WHERE removed_at IS NOT NULL" if removed else _ACTIVE
        with self._db.read() as connection:
            rows = connection.execute(_SELECT + where + " ORDER BY name, id").fetchall()
        return [_account(row) for row in rows]

    def update(self, account: Account) -> None:
        """Save the account's base URL and settings (name and provider do not change)."""
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "UPDATE accounts SET base_url = ?, settings_json = ? WHERE id = ? AND removed_at IS NULL",
                (account.base_url, _dump_settings(account.settings), account.id),
            )
            if cursor.rowcount == 0:
                raise UnknownAccount(account.name)

    def history(self, account_id: int) -> History:
        with self._db.read() as connection:
            messages = connection.execute("SELECT count(*) FROM messages WHERE account_id = ?", (account_id,))
            campaigns = connection.execute("SELECT count(*) FROM campaigns WHERE account_id = ?", (account_id,))
            pending = connection.execute(
                "SELECT id, remote_schedule_id FROM messages WHERE account_id = ?"
                " AND status IN ('queued', 'scheduled') ORDER BY id",
                (account_id,),
            ).fetchall()
            sending = connection.execute(
                "SELECT id FROM messages WHERE account_id = ? AND status = 'sending' ORDER BY id", (account_id,)
            ).fetchall()
            return History(
                messages=int(messages.fetchone()[0]),
                campaigns=int(campaigns.fetchone()[0]),
                pending=[int(r[0]) for r in pending],
                at_gateway={int(r[0]): str(r[1]) for r in pending if r[1]},
                sending=[int(r[0]) for r in sending],
            )

    def remove(self, account: Account, *, purge: bool = False) -> History:
        """Remove the account: it never sends again.  Returns what it had.

        Its queued and scheduled messages are cancelled and what it was sending
        becomes ``uncertain``; the rest of its history stays, unless ``purge``
        deletes the account with its groups, messages and campaigns.
        """
        with self._db.transaction() as connection:
            current = self._by_id(account.id)
            if current.removed_at is not None:
                raise UnknownAccount(account.name)
            history = self.history(account.id)
            if purge:
                connection.execute("DELETE FROM campaigns WHERE account_id = ?", (account.id,))
                connection.execute("DELETE FROM accounts WHERE id = ?", (account.id,))  # groups, messages cascade
                return history
            stamp = self._db.stamp()
            connection.execute("UPDATE accounts SET removed_at = ? WHERE id = ?", (stamp, account.id))
            connection.execute(
                "UPDATE messages SET hold = NULL WHERE account_id = ? AND hold IS NOT NULL", (account.id,)
            )
            move = OutboxRepository._move
            move(connection, history.pending, DeliveryStatus.CANCELLED, stamp, "account removed")
            note = N_("the account was removed while this was being sent: it may have arrived")
            move(connection, history.sending, DeliveryStatus.UNCERTAIN, stamp, note)
            connection.execute(
                "UPDATE campaigns SET state = 'cancelled' WHERE account_id = ? AND state != 'cancelled'",
                (account.id,),
            )
            return history

    def delete(self, account_id: int) -> None:
        """Undo an ``add`` that could not be completed (its secrets could not be stored)."""
        with self._db.transaction() as connection:
            connection.execute("DELETE FROM accounts WHERE id = ?", (account_id,))

    def with_legacy_keys(self) -> builtins.list[Account]:
        """Accounts whose secrets may still be under the keyring names of before schema 3 (``<id>/<field>``)."""
        with self._db.read() as connection:
            rows = connection.execute(_SELECT + " WHERE legacy_keys = 1 ORDER BY id").fetchall()
        return [_account(row) for row in rows]

    def legacy_keys_copied(self, account_id: int) -> None:
        with self._db.transaction() as connection:
            connection.execute("UPDATE accounts SET legacy_keys = 0 WHERE id = ?", (account_id,))

    def _by_id(self, account_id: int) -> Account:
        with self._db.read() as connection:
            row = connection.execute(_SELECT + " WHERE id = ?", (account_id,)).fetchone()
        if row is None:
            raise ValidationError(N_("no account with id {account_id}"), account_id=account_id)
        return _account(row)


def new_key_id() -> str:
    """A fresh keyring id for an account: random, so that no other data folder has it."""
    return uuid.uuid4().hex


def _dump_settings(settings: Mapping[str, str]) -> str:
    return json.dumps({str(key): str(value) for key, value in settings.items()}, ensure_ascii=False)


def _account(row: _Row) -> Account:
    account_id, name, provider, base_url, settings_json, created_at, key_id, removed_at = row
    settings = json.loads(settings_json)
    return Account(
        id=account_id,
        name=name,
        provider=provider,
        base_url=base_url,
        settings={str(key): str(value) for key, value in settings.items()},
        created_at=from_text(created_at),
        key_id=key_id,
        removed_at=from_text(removed_at) if removed_at else None,
    )
