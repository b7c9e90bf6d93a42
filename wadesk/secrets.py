"""Secrets live only in the OS keyring (service ``wadesk``, user ``<account id>/<field>``).

There is no plaintext fallback.  When no keyring backend works (a headless Linux
box without a Secret Service), every call raises ``SecretsUnavailable`` with a
message saying how to fix it.  Every value read or written is registered with
the log redactor.
"""

from __future__ import annotations

from collections.abc import Iterable

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import chainer, fail

from wadesk.domain.errors import SecretsUnavailable
from wadesk.domain.redaction import register_secret

SERVICE = "wadesk"

HOW_TO_FIX = (
    "no working keyring was found, so wadesk cannot store API keys safely. "
    "On Linux, install and unlock a Secret Service (GNOME Keyring: 'sudo apt install gnome-keyring', "
    "or KWallet) and log in to a desktop session; or choose a backend with the environment variable "
    "PYTHON_KEYRING_BACKEND (see https://pypi.org/project/keyring/). "
    "wadesk never stores secrets in plain text."
)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps secrets in this process only: for tests and the demo, never for real accounts."""

    priority = 0.1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._values.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


def _usable(backend: keyring.backend.KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


class SecretStore:
    """Reads and writes an account's secret fields in the keyring."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        backend = self._backend or keyring.get_keyring()
        if not _usable(backend):
            raise SecretsUnavailable(HOW_TO_FIX)
        return backend

    @staticmethod
    def _user(account_id: int, field: str) -> str:
        return f"{account_id}/{field}"

    def get(self, account_id: int, field: str) -> str | None:
        try:
            value = self.backend.get_password(SERVICE, self._user(account_id, field))
        except keyring.errors.KeyringError as exc:
            raise SecretsUnavailable(f"the keyring refused to give the secret: {exc}. {HOW_TO_FIX}") from None
        if value:
            register_secret(value)
        return value

    def get_all(self, account_id: int, fields: Iterable[str]) -> dict[str, str]:
        out = {}
        for field in fields:
            value = self.get(account_id, field)
            if value:
                out[field] = value
        return out

    def set(self, account_id: int, field: str, value: str) -> None:
        register_secret(value)
        try:
            self.backend.set_password(SERVICE, self._user(account_id, field), value)
        except keyring.errors.KeyringError as exc:
            raise SecretsUnavailable(f"the keyring refused to store the secret: {exc}. {HOW_TO_FIX}") from None

    def delete(self, account_id: int, fields: Iterable[str]) -> None:
        for field in fields:
            try:
                self.backend.delete_password(SERVICE, self._user(account_id, field))
            except keyring.errors.PasswordDeleteError:
                pass  # already gone
            except keyring.errors.KeyringError as exc:
                raise SecretsUnavailable(f"the keyring refused to delete a secret: {exc}") from None
