"""Gateway accounts.  Only non-secret settings are stored here; secrets live in the keyring."""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Mapping

from wadesk.domain.errors import UnknownAccount, ValidationError
from wadesk.domain.models import Account
from wadesk.store.db import Database
from wadesk.store.timestamps import from_text

_SELECT = "SELECT id, name, provider, base_url, settings_json, created_at FROM accounts"
_Row = tuple[int, str, str, str, str, str]


class AccountRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, name: str, provider: str, base_url: str = "", settings: Mapping[str, str] | None = None) -> Account:
        """Add an account; names are unique regardless of case."""
        name = name.strip()
        if not name:
            raise ValidationError("an account needs a name")
        with self._db.transaction() as connection:
            try:
                cursor = connection.execute(
                    "INSERT INTO accounts (name, provider, base_url, settings_json, created_at) VALUES (?, ?, ?, ?, ?)",
                    (name, provider, base_url, _dump_settings(settings or {}), self._db.stamp()),
                )
            except sqlite3.IntegrityError as exc:
                raise ValidationError(f"an account named {name!r} already exists") from exc
            assert cursor.lastrowid is not None
            return self._by_id(cursor.lastrowid)

    def get(self, name: str) -> Account:
        """The account called ``name`` (any case); ``UnknownAccount`` if there is none."""
        with self._db.read() as connection:
            row = connection.execute(_SELECT + " WHERE name = ?", (name.strip(),)).fetchone()
        if row is None:
            raise UnknownAccount(name)
        return _account(row)

    def get_by_id(self, account_id: int) -> Account:
        return self._by_id(account_id)

    def list(self) -> builtins.list[Account]:
        with self._db.read() as connection:
            rows = connection.execute(_SELECT + " ORDER BY name").fetchall()
        return [_account(row) for row in rows]

    def update(self, account: Account) -> None:
        """Save the account's base URL and settings (name and provider do not change)."""
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "UPDATE accounts SET base_url = ?, settings_json = ? WHERE id = ?",
                (account.base_url, _dump_settings(account.settings), account.id),
            )
            if cursor.rowcount == 0:
                raise UnknownAccount(account.name)

    def remove(self, name: str) -> Account:
        """Delete the account, and with it its groups and message history."""
        with self._db.transaction() as connection:
            account = self.get(name)
            connection.execute("DELETE FROM accounts WHERE id = ?", (account.id,))
            return account

    def _by_id(self, account_id: int) -> Account:
        with self._db.read() as connection:
            row = connection.execute(_SELECT + " WHERE id = ?", (account_id,)).fetchone()
        if row is None:
            raise ValidationError(f"no account with id {account_id}")
        return _account(row)


def _dump_settings(settings: Mapping[str, str]) -> str:
    return json.dumps({str(key): str(value) for key, value in settings.items()}, ensure_ascii=False)


def _account(row: _Row) -> Account:
    account_id, name, provider, base_url, settings_json, created_at = row
    settings = json.loads(settings_json)
    return Account(
        id=account_id,
        name=name,
        provider=provider,
        base_url=base_url,
        settings={str(key): str(value) for key, value in settings.items()},
        created_at=from_text(created_at),
    )
