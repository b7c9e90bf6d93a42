"""Windows Credential Manager holds at most 2,560 bytes of a secret: a clear error first, and never half a set of keys.

The backend here is a real keyring backend of the Windows type (a subclass of
keyring's ``WinVaultKeyring``) that keeps its values in memory and refuses a
value over the limit as ``CredWrite`` does; it can also be told to fail the
n-th write, as a keyring locked halfway through would.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer
from keyring.backends.Windows import WinVaultKeyring

from tests.support.wadesk_test_keyring import refuse_as_windows_does
from wadesk.app import App, open_app
from wadesk.domain import SecretsUnavailable, ValidationError
from wadesk.secrets import SERVICE, MemoryKeyring, SecretStore, size_problem

SIM = "http://127.0.0.1:9/api"
LIMIT = 1280  # characters of a printable-ASCII key: 2,560 bytes in UTF-16


class WindowsVault(MemoryKeyring, WinVaultKeyring):
    """In memory, with Windows Credential Manager's limit; ``fail_at`` = the write (1, 2, …) that fails."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0
        self.fail_at: int | None = None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes += 1
        if self.writes == self.fail_at:
            raise keyring.errors.KeyringLocked("Failed to unlock the collection!")
        refuse_as_windows_does(password)
        super().set_password(service, username, password)

    def stored(self) -> dict[str, str]:
        return {user: value for (service, user), value in self._values.items() if service == SERVICE}


@pytest.fixture
def vault() -> WindowsVault:
    return WindowsVault()


@pytest.fixture
async def app(tmp_path: Path, vault: WindowsVault) -> AsyncIterator[App]:
    app = open_app(tmp_path / "home", secrets=SecretStore(vault))
    try:
        yield app
    finally:
        await app.aclose()


async def add_shop(app: App, token: str, secret_key: str = "sk-A") -> None:
    await app.accounts.add(
        "shop", "wablas", base_url=SIM, settings={}, secrets={"token": token, "secret_key": secret_key}
    )


def test_the_limit_is_counted_as_the_windows_backend_stores_it() -> None:
    vault = WindowsVault()
    assert size_problem(vault, "Token", "t" * LIMIT) is None
    problem = size_problem(vault, "Token (token)", "t" * (LIMIT + 1))
    assert problem is not None
    assert str(problem) == (
        "Token (token) is too long for Windows Credential Manager: it has 1281 characters and at most 1280 fit. "
        "Check that only the key was copied; nothing was saved"
    )
    assert "{what}" in problem.phrase.template  # marked for translation, values filled in after
    assert size_problem(vault, "x", "\U0001f600" * 640) is None  # two UTF-16 units each: 2,560 bytes
    assert size_problem(vault, "x", "\U0001f600" * 641) is not None
    assert size_problem(MemoryKeyring(), "x", "t" * 10_000) is None  # the Keychain, the Secret Service: no limit


def test_a_chain_is_measured_by_the_backend_it_writes_to(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [WindowsVault(), MemoryKeyring()])
    assert size_problem(chainer.ChainerBackend(), "x", "t" * (LIMIT + 1)) is not None
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring(), WindowsVault()])
    assert size_problem(chainer.ChainerBackend(), "x", "t" * (LIMIT + 1)) is None


async def test_a_key_at_the_limit_is_stored(app: App, vault: WindowsVault) -> None:
    await add_shop(app, "t" * LIMIT)
    shop = app.accounts.get("shop")
    assert vault.get_password(SERVICE, f"{shop.key_id}/token") == "t" * LIMIT


@pytest.mark.parametrize("field", ["token", "secret_key"])
async def test_a_key_too_long_adds_nothing_and_says_which_and_how_long(
    app: App, vault: WindowsVault, field: str
) -> None:
    keys = {"token": "tok-A", "secret_key": "sk-A", field: "k" * 3000}
    with pytest.raises(ValidationError) as info:
        await add_shop(app, keys["token"], keys["secret_key"])
    label = {"token": "Token (token)", "secret_key": "Secret key (secret_key)"}[field]
    assert str(info.value).startswith(f"{label} is too long for Windows Credential Manager: it has 3000 characters")
    assert "at most 1280" in str(info.value) and "k" * 50 not in str(info.value)
    assert vault.writes == 0 and vault.stored() == {}  # measured before the first write, the second key too
    assert app.accounts.list() == [] and app.store.accounts.list(removed=True) == []


async def test_when_the_second_write_fails_the_first_key_is_not_left_behind(app: App, vault: WindowsVault) -> None:
    vault.fail_at = 2
    with pytest.raises(SecretsUnavailable, match="locked"):
        await add_shop(app, "tok-A")
    assert vault.stored() == {}
    assert app.accounts.list() == []


async def test_an_edit_with_a_key_too_long_changes_nothing(app: App, vault: WindowsVault) -> None:
    await add_shop(app, "tok-A")
    shop = app.accounts.get("shop")
    before = vault.stored()
    writes = vault.writes
    with pytest.raises(ValidationError, match=r"Secret key \(secret_key\) is too long"):
        await app.accounts.update(
            shop, base_url="http://127.0.0.1:10/api", settings={}, secrets={"token": "tok-B", "secret_key": "s" * 2000}
        )
    assert vault.writes == writes and vault.stored() == before
    assert app.accounts.get("shop").base_url == SIM  # the settings were not stored either


async def test_an_edit_whose_second_write_fails_puts_the_first_key_back(app: App, vault: WindowsVault) -> None:
    await add_shop(app, "tok-A", "sk-A")
    shop = app.accounts.get("shop")
    vault.fail_at = vault.writes + 2  # the new token is written, then the keyring refuses the secret key
    with pytest.raises(SecretsUnavailable, match="locked"):
        await app.accounts.update(
            shop, base_url="http://127.0.0.1:10/api", settings={}, secrets={"token": "tok-B", "secret_key": "sk-B"}
        )
    assert vault.stored() == {f"{shop.key_id}/token": "tok-A", f"{shop.key_id}/secret_key": "sk-A"}
    assert app.accounts.get("shop").base_url == SIM  # the account is as it was
    assert await app.accounts.stored_secrets(shop, ["token", "secret_key"]) == {"token": "tok-A", "secret_key": "sk-A"}


async def test_an_os_error_from_the_backend_is_said_in_plain_words(tmp_path: Path) -> None:
    """What ``CredWrite`` raises for a reason wadesk cannot check first (an ``OSError``, not keyring's own)."""
    keyring.backend.get_all_keyring()  # discovery has run: the class below is never chosen by it

    class NoLogonSession(WindowsVault):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise OSError(1312, "CredWrite: A specified logon session does not exist")

    store = SecretStore(NoLogonSession())
    with pytest.raises(SecretsUnavailable) as info:
        store.set_all("k1", {"token": "tok-secret-A"})
    assert str(info.value) == (
        "the keyring refused to store the secret: [Errno 1312] CredWrite: A specified logon session does not exist"
    )
