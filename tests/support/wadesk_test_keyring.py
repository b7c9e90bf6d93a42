"""A keyring backend for end-to-end tests that run wadesk in several processes.

Selected with ``PYTHON_KEYRING_BACKEND=tests.support.wadesk_test_keyring.FileKeyring``; keeps
secrets in the JSON file named by ``WADESK_TEST_KEYRING`` — a temporary file
outside ``WADESK_HOME``, so the tests can prove nothing secret lands there.
Test-only: wadesk itself never stores secrets in a file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors
from keyring.backends.Windows import WinVaultKeyring


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ["WADESK_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self._path.read_text())
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}:{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}:{username}"] = password
        self._path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}:{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._path.write_text(json.dumps(data))


CRED_MAX_CREDENTIAL_BLOB_SIZE = 5 * 512  # wincred.h: what Windows Credential Manager holds of one secret


def refuse_as_windows_does(password: str) -> None:
    """``CredWrite``'s answer to a blob over the limit; keyring's ``WinVaultKeyring`` sends UTF-16-LE.

    An ``OSError``, as ``win32ctypes`` raises it: not a ``KeyringError``, so a
    wadesk that forgot to measure first would show it as an unexpected error.
    """
    if len(password.encode("utf-16-le")) > CRED_MAX_CREDENTIAL_BLOB_SIZE:
        raise OSError(1783, "CredWrite: The stub received bad data")


class WindowsVaultFileKeyring(FileKeyring, WinVaultKeyring):
    """The file keyring with Windows Credential Manager's limit, and the type of keyring's Windows backend.

    Selected with ``PYTHON_KEYRING_BACKEND=tests.support.wadesk_test_keyring.WindowsVaultFileKeyring``.
    """

    priority = 1  # type: ignore[assignment]

    def set_password(self, service: str, username: str, password: str) -> None:
        refuse_as_windows_does(password)
        super().set_password(service, username, password)
