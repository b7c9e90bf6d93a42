"""Accounts and their keyring entries: one entry per account and data folder, moved once from the old names."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path

import pytest
from keyring.backends import fail

from wadesk.app import open_app
from wadesk.domain import SecretsUnavailable, ValidationError
from wadesk.domain.models import Account
from wadesk.providers.base import Provider
from wadesk.providers.registry import build_provider
from wadesk.secrets import SERVICE, MemoryKeyring, SecretStore
from wadesk.store import FILENAME
from wadesk.store.db import migrate
from wadesk.store.migrations import MIGRATIONS

SIM = "http://127.0.0.1:9/api"


class Recorder:
    """The provider factory, noting the secrets each account's provider was built with."""

    def __init__(self) -> None:
        self.secrets: dict[str, dict[str, str]] = {}

    def __call__(self, account: Account, secrets: Mapping[str, str]) -> Provider:
        self.secrets[account.name] = dict(secrets)
        return build_provider(account, secrets)


def old_folder(home: Path, names: list[str]) -> None:
    """A data folder written by wadesk before schema 3: accounts numbered 1, 2, … in this folder."""
    home.mkdir(parents=True)
    with closing(sqlite3.connect(home / FILENAME, isolation_level=None)) as connection:
        migrate(connection, MIGRATIONS[:2])
        for name in names:
            connection.execute(
                "INSERT INTO accounts (name, provider, base_url, created_at) VALUES (?, 'wablas', ?, ?)",
                (name, SIM, "2024-05-01T09:00:00.000000+00:00"),
            )


async def test_two_data_folders_never_share_a_key(tmp_path: Path) -> None:
    keyring = MemoryKeyring()  # one OS keyring for both folders
    recorder = Recorder()
    shop_home = open_app(tmp_path / "a", secrets=SecretStore(keyring), factory=recorder)
    clinic_home = open_app(tmp_path / "b", secrets=SecretStore(keyring), factory=recorder)
    try:
        shop = await shop_home.accounts.add(
            "shop", "wablas", base_url=SIM, settings={}, secrets={"token": "token-A", "secret_key": "sk-A"}
        )
        clinic = await clinic_home.accounts.add(
            "clinic", "wablas", base_url=SIM, settings={}, secrets={"token": "token-B", "secret_key": "sk-B"}
        )
        assert shop.id == clinic.id == 1  # each folder numbers its accounts from 1
        await shop_home.accounts.provider(shop)
        assert recorder.secrets["shop"] == {"token": "token-A", "secret_key": "sk-A"}
        assert keyring.get_password(SERVICE, f"{shop.key_id}/token") == "token-A"
        assert keyring.get_password(SERVICE, "1/token") is None  # the old shared name is not used any more
    finally:
        await shop_home.aclose()
        await clinic_home.aclose()


async def test_old_entries_are_copied_once_at_the_first_keyring_use(tmp_path: Path) -> None:
    old_folder(tmp_path / "home", ["shop"])
    keyring = MemoryKeyring()
    keyring.set_password(SERVICE, "1/token", "token-A")
    keyring.set_password(SERVICE, "1/secret_key", "sk-A")
    recorder = Recorder()
    app = open_app(tmp_path / "home", secrets=SecretStore(keyring), factory=recorder)
    try:
        shop = app.accounts.get("shop")
        await app.accounts.provider(shop)
        assert recorder.secrets["shop"] == {"token": "token-A", "secret_key": "sk-A"}
        assert keyring.get_password(SERVICE, f"{shop.key_id}/token") == "token-A"
        assert app.store.accounts.with_legacy_keys() == []
        keyring.set_password(SERVICE, "1/token", "written-by-another-folder")  # never read again
    finally:
        await app.aclose()
    again = open_app(tmp_path / "home", secrets=SecretStore(keyring), factory=recorder)
    try:
        await again.accounts.provider(again.accounts.get("shop"))
        assert recorder.secrets["shop"]["token"] == "token-A"
    finally:
        await again.aclose()


async def test_without_a_keyring_the_store_opens_and_the_copy_waits(tmp_path: Path) -> None:
    old_folder(tmp_path / "home", ["shop"])
    app = open_app(tmp_path / "home", secrets=SecretStore(fail.Keyring()))
    try:
        assert [a.name for a in app.accounts.list()] == ["shop"]  # reports, lists: all work without a keyring
        with pytest.raises(SecretsUnavailable, match="no working keyring"):
            await app.accounts.provider(app.accounts.get("shop"))
        assert [a.name for a in app.store.accounts.with_legacy_keys()] == ["shop"]  # tried again next time
    finally:
        await app.aclose()
    keyring = MemoryKeyring()
    keyring.set_password(SERVICE, "1/token", "token-A")
    keyring.set_password(SERVICE, "1/secret_key", "sk-A")
    recorder = Recorder()
    later = open_app(tmp_path / "home", secrets=SecretStore(keyring), factory=recorder)
    try:
        await later.accounts.provider(later.accounts.get("shop"))
        assert recorder.secrets["shop"]["token"] == "token-A"
        assert later.store.accounts.with_legacy_keys() == []
    finally:
        await later.aclose()


async def test_without_a_keyring_an_account_is_not_added_at_all(tmp_path: Path) -> None:
    app = open_app(tmp_path / "home", secrets=SecretStore(fail.Keyring()))
    try:
        with pytest.raises(SecretsUnavailable, match="no working keyring"):
            await app.accounts.add(
                "shop", "wablas", base_url=SIM, settings={}, secrets={"token": "t", "secret_key": "s"}
            )
        assert app.accounts.list() == [] and app.store.accounts.list(removed=True) == []
    finally:
        await app.aclose()


async def test_a_removed_account_has_no_keys_and_builds_no_provider(tmp_path: Path) -> None:
    keyring = MemoryKeyring()
    app = open_app(tmp_path / "home", secrets=SecretStore(keyring))
    try:
        shop = await app.accounts.add(
            "shop", "wablas", base_url=SIM, settings={}, secrets={"token": "token-A", "secret_key": "sk-A"}
        )
        with pytest.raises(ValidationError, match="did you mean 'shop'"):
            await app.accounts.remove("SHOP")  # a removal names the account exactly
        removal = await app.accounts.remove("shop")
        assert removal.account == shop and not removal.purge
        assert keyring.get_password(SERVICE, f"{shop.key_id}/token") is None
        with pytest.raises(ValidationError, match="was removed"):
            await app.accounts.provider(shop)
    finally:
        await app.aclose()


async def test_callers_at_once_share_one_provider_per_account(tmp_path: Path) -> None:
    """The device monitor and the dispatcher asking together get the same client; none is left unclosed."""
    built = Recorder()
    counted: list[Provider] = []

    def factory(account: Account, secrets: Mapping[str, str]) -> Provider:
        counted.append(built(account, secrets))
        return counted[-1]

    app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()), factory=factory)
    try:
        shop = await app.accounts.add(
            "shop", "wablas", base_url=SIM, settings={}, secrets={"token": "token-A", "secret_key": "sk-A"}
        )
        counted.clear()
        first, second, third = await asyncio.gather(*(app.accounts.provider(shop) for _ in range(3)))
        assert first is second is third
        assert counted == [first]
    finally:
        await app.aclose()
