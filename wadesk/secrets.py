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

Which backend: keyring's own choice (``PYTHON_KEYRING_BACKEND``, its config
file, else its discovery), except in a frozen app, where wadesk names the
backend of the platform itself (see ``platform_backend``).

What a backend can hold: Windows Credential Manager refuses a secret over
2,560 bytes, so on that backend every value is measured before anything is
written (see ``size_problem``), and ``set_all`` writes an account's secrets all
or none.
"""

from __future__ import annotations

import configparser
import contextlib
import logging
import os
import sys
from collections.abc import Iterable, Mapping

import keyring
import keyring.backend
import keyring.core
import keyring.errors
from keyring.backends import Windows, chainer, fail, macOS, null
from keyring.compat import properties
from keyring.util import platform_

from wadesk.domain.errors import SecretsUnavailable, ValidationError, words_of
from wadesk.domain.redaction import redact, register_secret
from wadesk.domain.words import N_, Phrase, phrase

log = logging.getLogger(__name__)

SERVICE = "wadesk"

# The backend a frozen app loads by name on each platform (``sys.platform``; every Linux is ``linux``).
PLATFORM_BACKENDS = {
    "win32": "keyring.backends.Windows.WinVaultKeyring",
    "darwin": "keyring.backends.macOS.Keyring",
    "linux": "keyring.backends.SecretService.Keyring",
}

# Windows Credential Manager: CRED_MAX_CREDENTIAL_BLOB_SIZE (wincred.h), the most a credential's secret may take.
WINDOWS_MAX_BYTES = 5 * 512

HOW_TO_FIX = N_(
    "no working keyring was found, so wadesk cannot store API keys safely. "
    "On a Linux desktop, install and unlock a Secret Service (GNOME Keyring: 'sudo apt install gnome-keyring', "
    "or KWallet) and log in to a desktop session. On a server or without a desktop session, run wadesk in a "
    "D-Bus session with GNOME Keyring unlocked: see 'Linux without a keyring service' in wadesk's README. "
    "wadesk never stores secrets in plain text."
)

_REINSTALL = Phrase(
    N_(
        "this copy of wadesk cannot reach it: install wadesk again from its download page. "
        "wadesk never stores secrets in plain text"
    )
)
# What the user is told when a frozen app's own backend cannot be used: its name, and how to fix it.
_NAMED_BACKENDS: dict[str, tuple[str, str | Phrase]] = {
    PLATFORM_BACKENDS["win32"]: ("Windows Credential Manager", _REINSTALL),
    PLATFORM_BACKENDS["darwin"]: ("the macOS Keychain", _REINSTALL),
    PLATFORM_BACKENDS["linux"]: ("the Secret Service (the desktop's keyring)", HOW_TO_FIX),
}


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
    """Whether the backend was named by the user (``PYTHON_KEYRING_BACKEND``, or ``default-keyring`` in
    keyring's config file) rather than found by keyring's discovery."""
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    config = configparser.RawConfigParser()
    try:
        found = config.read(platform_.config_root() / "keyringrc.cfg", encoding="utf-8")
    except (configparser.Error, OSError, UnicodeError):
        return True  # a file there, but unreadable: keyring itself says what is wrong with it
    return bool(found) and config.has_option("backend", "default-keyring")


def platform_backend(platform: str, *, frozen: bool, chosen_by_user: bool) -> str | None:
    """The keyring backend wadesk loads by name (``PLATFORM_BACKENDS``), or ``None`` to leave the choice to keyring.

    keyring finds its backends through the entry points in its installed
    metadata; a frozen app (PyInstaller, ``sys.frozen``) may be built without
    that metadata, and keyring would then find nothing at all.  So a frozen
    wadesk names the backend of its platform: Windows Credential Manager, the
    macOS Keychain, or the Secret Service on Linux (GNOME Keyring, KWallet
    5.97+) -- a Linux box without one still gets ``HOW_TO_FIX``.  A backend the
    user chose (``chosen_by_user``) always wins, and an unfrozen wadesk, or a
    platform not listed, leaves the choice to keyring.
    """
    if not frozen or chosen_by_user:
        return None
    return PLATFORM_BACKENDS.get("linux" if platform.startswith("linux") else platform)


def _writes_to(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
    """The backend a write goes to: a chain writes to its first (its best)."""
    if isinstance(backend, chainer.ChainerBackend) and backend.backends:
        return _writes_to(backend.backends[0])
    return backend


def size_problem(backend: keyring.backend.KeyringBackend, what: str, value: str) -> ValidationError | None:
    """Why ``backend`` cannot hold ``value`` (the secret ``what``), or ``None`` when it can.

    Only Windows Credential Manager has a limit wadesk knows: keyring's
    ``WinVaultKeyring`` (any platform where the backend is that one, or a
    subclass of it, or a chain writing to it) hands the password to
    ``CredWrite`` as UTF-16-LE, and Windows refuses a blob over
    ``WINDOWS_MAX_BYTES`` (2,560 bytes) with "The stub received bad data".
    Keys are printable ASCII, two bytes a character there, so the user is told
    characters: at most 1,280 (a character outside the BMP would count twice).
    Every other backend (macOS Keychain, Secret Service) holds far longer
    values than any gateway's key; they are not measured.
    """
    if not isinstance(_writes_to(backend), Windows.WinVaultKeyring):
        return None
    size = len(value.encode("utf-16-le", "surrogatepass"))
    if size <= WINDOWS_MAX_BYTES:
        return None
    return ValidationError(
        N_(
            "{what} is too long for Windows Credential Manager: it has {length} characters and at most {limit} "
            "fit. Check that only the key was copied; nothing was saved"
        ),
        what=what,
        length=size // 2,
        limit=WINDOWS_MAX_BYTES // 2,
    )


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
        self._by_name: keyring.backend.KeyringBackend | None = None  # loaded by ``platform_backend``'s name

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        backend = self._backend  # given by a test or the demo
        if backend is None:
            try:
                backend = self._configured()
            except SecretsUnavailable:
                raise
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

    def _configured(self) -> keyring.backend.KeyringBackend:
        """keyring's backend, or in a frozen app the platform's (see ``platform_backend``); raises when not viable."""
        name = platform_backend(
            sys.platform, frozen=bool(getattr(sys, "frozen", False)), chosen_by_user=_chosen_by_user()
        )
        if name is None:
            return keyring.get_keyring()
        if self._by_name is None:  # not kept when it fails: a Secret Service started later is found then
            try:
                self._by_name = keyring.core.load_keyring(name)  # asks the backend whether it is viable here
            except Exception as exc:
                what, fix = _NAMED_BACKENDS.get(name, (name, HOW_TO_FIX))
                raise SecretsUnavailable(
                    N_("{backend} could not be used ({error}); {fix}"),
                    backend=what,
                    error=redact(str(exc) or type(exc).__name__),
                    fix=fix,
                ) from None
        return self._by_name

    def check(self) -> None:
        """Raise ``SecretsUnavailable`` (with the how-to-fix) unless a usable keyring is configured."""
        _ = self.backend

    def check_sizes(self, values: Mapping[str, str], labels: Mapping[str, str] | None = None) -> None:
        """Raise ``ValidationError`` for the first value the backend cannot hold (see ``size_problem``).

        ``labels`` names the fields for the user (``"Token (token)"``); a field
        without one is named as it is.  Nothing is read or written.
        """
        backend = self.backend
        for field, value in values.items():
            problem = size_problem(backend, (labels or {}).get(field, field), value)
            if problem is not None:
                raise problem

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
        self.check_sizes({field: value})
        self._write(self.user(key_id, field), value)

    def set_all(self, key_id: str, values: Mapping[str, str], labels: Mapping[str, str] | None = None) -> None:
        """Store all of an account's ``values``, or none: an account never keeps one new key and one old.

        Every value is checked first (a usable keyring, ``check_sizes``); then
        each is written, and when a write fails, the ones written before it
        (and the one that failed) are put back as they were: the earlier value,
        or no entry.  Putting back needs the keyring that just failed; when it
        refuses that too, the log says which fields may hold the new value.
        """
        self.check_sizes(values, labels)
        users = {field: self.user(key_id, field) for field in values}
        before = {field: self._read(user) for field, user in users.items()}
        tried: list[str] = []
        try:
            for field, value in values.items():
                tried.append(field)
                self._write(users[field], value)
        except BaseException:
            self._put_back({users[field]: before[field] for field in tried})
            raise

    def _put_back(self, previous: Mapping[str, str | None]) -> None:
        """Restore each keyring user's earlier value (``None``: no entry); never raises (see ``set_all``)."""
        for user, value in previous.items():
            try:
                if value is None:
                    with contextlib.suppress(keyring.errors.PasswordDeleteError):  # never written
                        self.backend.delete_password(SERVICE, user)
                else:
                    self.backend.set_password(SERVICE, user, value)
            except Exception as exc:
                log.warning("the keyring did not take back the earlier %s: %s", user, redact(str(exc)))

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
        backend = self.backend  # its own SecretsUnavailable as it is
        try:
            value = backend.get_password(SERVICE, user)
        except keyring.errors.KeyringLocked as exc:
            raise _not_unlocked(backend, exc) from None
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
        backend = self.backend  # its own SecretsUnavailable as it is
        try:
            backend.set_password(SERVICE, user, value)
        except keyring.errors.KeyringLocked as exc:
            raise _not_unlocked(backend, exc) from None
        except keyring.errors.KeyringError as exc:
            raise SecretsUnavailable(
                N_("the keyring refused to store the secret: {error}. {how_to_fix}"),
                error=words_of(exc),
                how_to_fix=phrase(HOW_TO_FIX),
            ) from None
        except Exception as exc:  # the OS's own error, not keyring's (Windows: OSError from CredWrite)
            raise SecretsUnavailable(
                N_("the keyring refused to store the secret: {error}"),
                error=redact(str(exc) or type(exc).__name__),
            ) from None


def _not_unlocked(backend: keyring.backend.KeyringBackend, exc: Exception) -> SecretsUnavailable:
    """A keyring the user did not unlock, in the words of its platform.

    On macOS this is the Keychain's "wadesk wants to use your confidential
    information" dialog answered with Deny (keyring's ``KeychainDenied``, status
    -128): for an unsigned wadesk it comes back after every update (README,
    "macOS: asked for the Keychain password again").
    """
    if isinstance(_writes_to(backend), macOS.Keyring):
        return SecretsUnavailable(
            N_(
                "macOS did not let wadesk use its keys in the Keychain ({error}). Try again, and when macOS asks, "
                "type your login password and click Always Allow (see 'macOS: asked for the Keychain password "
                "again' in wadesk's README)"
            ),
            error=redact(str(exc).rstrip(".!")),
        )
    return _locked(exc)


def _locked(exc: Exception) -> SecretsUnavailable:
    return SecretsUnavailable(
        N_(
            "the keyring is locked and was not unlocked ({error}): unlock it in the desktop session, "
            "or give its right password (see 'Linux without a keyring service' in wadesk's README)"
        ),
        error=redact(str(exc).rstrip(".!")),
    )
