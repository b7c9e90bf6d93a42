"""Secrets live only in the OS keyring: service ``wadesk``, user ``<key id>/<field>``.

The key id is a random id given to each account when it is created (and kept in
the database with it), so two data folders (``WADESK_HOME``) never share or
overwrite each other's entries, and an entry keeps working when the folder is
moved.  wadesk before schema version 3 used ``<account id>/<field>``; those
entries are copied once by ``copy_legacy`` (see there) and never read again.

There is no plaintext fallback.  When no keyring backend works (a headless Linux
box without a Secret Service), every call raises ``SecretsUnavailable`` with a
message saying how to fix it.  A backend that keyring's own discovery picks must
be one keyring recommends (priority 1 or more): a weaker one, such as a
plain-text file, is used only when the user chose it (``PYTHON_KEYRING_BACKEND``
or keyring's config file).  ``MemoryKeyring`` is never picked by discovery at
all: tests and the demo hand it to ``SecretStore`` themselves.  Every value read
or written is registered with the log redactor.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import chainer, fail, null
from keyring.compat import properties
from keyring.util import platform_

from wadesk.domain.errors import SecretsUnavailable, words_of
from wadesk.domain.redaction import register_secret
from wadesk.domain.words import N_, phrase

SERVICE = "wadesk"

HOW_TO_FIX = N_(
    "no working keyring was found, so wadesk cannot store API keys safely. "
    "On a Linux desktop, install and unlock a Secret Service (GNOME Keyring: 'sudo apt install gnome-keyring', "
    "or KWallet) and log in to a desktop session. On a server or without a desktop session, run wadesk in a "
    "D-Bus session with GNOME Keyring unlocked: see 'Linux without a keyring service' in wadesk's README. "
    "wadesk never stores secrets in plain text."
)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps secrets in this process only: for tests and the demo, never for real accounts.

    keyring registers every backend class it sees, and would choose this one
    when nothing better exists, losing every key at exit.  A ``priority`` that
    raises is keyring's documented way to say "not viable": discovery and
    ``PYTHON_KEYRING_BACKEND`` both refuse it; only an explicit
    ``SecretStore(MemoryKeyring())`` uses it.
    """

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("wadesk's in-memory keyring is for tests and the demo only")

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


def _chosen_by_user() -> bool:
    """Whether the backend was named by the user rather than found by keyring's discovery."""
    return bool(os.environ.get("PYTHON_KEYRING_BACKEND")) or (platform_.config_root() / "keyringrc.cfg").exists()


def _stores(backend: keyring.backend.KeyringBackend) -> bool:
    """False for the backends that store nothing: keyring's "none found" and its null (which drops values)."""
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


def _recommended(backend: keyring.backend.KeyringBackend) -> bool:
    """keyring's own bar (priority 1 or more); a chain is as good as the backend it writes to."""
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends) and _recommended(backend.backends[0])
    try:
        return float(type(backend).priority) >= 1
    except Exception:  # not viable here
        return False


class SecretStore:
    """Reads and writes an account's secret fields in the keyring, by the account's key id."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        backend = self._backend  # given by a test or the demo
        if backend is None:
            try:
                backend = keyring.get_keyring()
            except Exception as exc:  # PYTHON_KEYRING_BACKEND names something that cannot be loaded here
                raise SecretsUnavailable(
                    N_("the keyring backend could not be loaded ({error}); {how_to_fix}"),
                    error=words_of(exc),
                    how_to_fix=phrase(HOW_TO_FIX),
                ) from None
            if not (_recommended(backend) or _chosen_by_user()):
                raise SecretsUnavailable(HOW_TO_FIX)
        if not _stores(backend):
            raise SecretsUnavailable(HOW_TO_FIX)
        return backend

    def check(self) -> None:
        """Raise ``SecretsUnavailable`` (with the how-to-fix) unless a usable keyring is configured."""
        _ = self.backend

    @staticmethod
    def user(key_id: str, field: str) -> str:
        """The keyring user name of one secret of the account with ``key_id``."""
        if not key_id:
            raise ValueError("an account without a keyring id")
        return f"{key_id}/{field}"

    def get(self, key_id: str, field: str) -> str | None:
        return self._read(self.user(key_id, field))

    def get_all(self, key_id: str, fields: Iterable[str]) -> dict[str, str]:
        out = {}
        for field in fields:
            value = self.get(key_id, field)
            if value:
                out[field] = value
        return out

    def set(self, key_id: str, field: str, value: str) -> None:
        self._write(self.user(key_id, field), value)

    def delete(self, key_id: str, fields: Iterable[str]) -> None:
        for field in fields:
            try:
                self.backend.delete_password(SERVICE, self.user(key_id, field))
            except keyring.errors.PasswordDeleteError:
                pass  # already gone
            except keyring.errors.KeyringError as exc:
                raise SecretsUnavailable(
                    N_("the keyring refused to delete a secret: {error}"), error=words_of(exc)
                ) from None

    def copy_legacy(self, account_id: int, key_id: str, fields: Iterable[str]) -> list[str]:
        """Copy the entries of wadesk before schema version 3 (``<account id>/<field>``) to ``key_id``.

        What this can know: whether an old entry exists, and whether the new one
        is already set (then it is left alone, so running twice, or in two
        processes at once, is harmless).  What it cannot know: whether the old
        entry still holds *this* data folder's value.  Account ids start at 1 in
        every folder, so another folder's account with the same number may have
        overwritten it; the copy then carries that other value, and the user has
        to type the key again (the README says how).  Old entries are left in
        place, because another folder may still have to copy its own from them;
        wadesk never reads them again.  Returns the fields copied.
        """
        copied = []
        for field in fields:
            old = self._read(f"{account_id}/{field}")
            if old and not self.get(key_id, field):
                self.set(key_id, field, old)
                copied.append(field)
        return copied

    def _read(self, user: str) -> str | None:
        try:
            value = self.backend.get_password(SERVICE, user)
        except keyring.errors.KeyringLocked as exc:
            raise SecretsUnavailable(_locked(exc)) from None
        except keyring.errors.KeyringError as exc:
            raise SecretsUnavailable(
                N_("the keyring refused to give the secret: {error}. {how_to_fix}"),
                error=words_of(exc),
                how_to_fix=phrase(HOW_TO_FIX),
            ) from None
        if value:
            register_secret(value)
        return value

    def _write(self, user: str, value: str) -> None:
        register_secret(value)
        try:
            self.backend.set_password(SERVICE, user, value)
        except keyring.errors.KeyringLocked as exc:
            raise SecretsUnavailable(_locked(exc)) from None
        except keyring.errors.KeyringError as exc:
            raise SecretsUnavailable(
                N_("the keyring refused to store the secret: {error}. {how_to_fix}"),
                error=words_of(exc),
                how_to_fix=phrase(HOW_TO_FIX),
            ) from None


def _locked(exc: Exception) -> str:
    return (
        f"the keyring is locked and was not unlocked ({str(exc).rstrip('.!')}): unlock it in the desktop session, "
        "or give its right password (see 'Linux without a keyring service' in wadesk's README)"
    )
