from pathlib import Path

import keyring
import keyring.backend
import keyring.core
import keyring.errors
import pytest
from keyring.backends import fail, macOS, null
from keyring.compat import properties

from wadesk.domain import SecretsUnavailable
from wadesk.domain.redaction import redact
from wadesk.secrets import SERVICE, MemoryKeyring, SecretStore

KEY = "0f3c5d9a6b2e4f8e9a1b2c3d4e5f6a7b"


def keyring_of_priority(value: float) -> keyring.backend.KeyringBackend:
    """An in-memory backend of the given priority, made after keyring's discovery ran (so never chosen by it)."""
    keyring.backend.get_all_keyring()  # computed once per process: a class made later is not in it

    class Ranked(MemoryKeyring):
        @properties.classproperty
        def priority(cls) -> float:
            return value

    return Ranked()


def test_round_trip_and_delete_under_the_accounts_key_id() -> None:
    backend = MemoryKeyring()
    store = SecretStore(backend)
    store.set(KEY, "token", "tok-123456")
    assert store.get(KEY, "token") == "tok-123456"
    assert backend.get_password(SERVICE, f"{KEY}/token") == "tok-123456"
    store.delete(KEY, ["token", "secret_key"])  # a missing entry is not an error
    assert store.get(KEY, "token") is None


def test_an_account_without_a_key_id_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="keyring id"):
        SecretStore(MemoryKeyring()).get("", "token")


def test_values_are_registered_for_redaction() -> None:
    SecretStore(MemoryKeyring()).set(KEY, "api_key", "reg-secret-999")
    assert "reg-secret-999" not in redact("oops reg-secret-999")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_no_backend_says_how_to_fix_and_never_falls_back(backend: keyring.backend.KeyringBackend) -> None:
    store = SecretStore(backend)
    with pytest.raises(SecretsUnavailable) as info:
        store.set(KEY, "token", "x-secret-value")
    text = str(info.value)
    assert "keyring" in text and "gnome-keyring" in text and "README" in text and "plain text" in text
    assert "x-secret-value" not in text
    with pytest.raises(SecretsUnavailable):
        store.check()


def test_the_memory_keyring_is_never_chosen_by_keyring_itself() -> None:
    assert not MemoryKeyring.viable
    assert MemoryKeyring not in {type(k) for k in keyring.backend.get_all_keyring()}
    with pytest.raises(RuntimeError, match="tests and the demo"):
        keyring.core.load_keyring("wadesk.secrets.MemoryKeyring")  # what PYTHON_KEYRING_BACKEND would do
    SecretStore(MemoryKeyring()).check()  # handed over explicitly, it works


def test_a_backend_keyring_does_not_recommend_is_used_only_when_chosen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # no keyringrc.cfg
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring_of_priority(0.5))  # like keyrings.alt's plain-text file
    try:
        with pytest.raises(SecretsUnavailable, match="no working keyring"):
            SecretStore().set(KEY, "token", "never-stored")
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "some.ChosenKeyring")  # the user's explicit choice
        SecretStore().check()
    finally:
        keyring.set_keyring(previous)


def test_default_backend_follows_keyring_configuration() -> None:
    backend = keyring_of_priority(5)  # like the Secret Service, the macOS Keychain, Windows' vault
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        SecretStore().set(KEY, "token", "via-default")
        assert backend.get_password(SERVICE, f"{KEY}/token") == "via-default"
    finally:
        keyring.set_keyring(previous)


def test_copy_legacy_moves_old_entries_once_and_leaves_them() -> None:
    backend = MemoryKeyring()
    backend.set_password(SERVICE, "1/token", "old-token-1")
    backend.set_password(SERVICE, "1/secret_key", "old-secret-1")
    store = SecretStore(backend)
    store.set(KEY, "secret_key", "typed-again")  # a value under the new name is never overwritten
    assert store.copy_legacy(1, KEY, ["token", "secret_key"]) == ["token"]
    assert store.get_all(KEY, ["token", "secret_key"]) == {"token": "old-token-1", "secret_key": "typed-again"}
    assert backend.get_password(SERVICE, "1/token") == "old-token-1"  # another data folder may still need it
    assert store.copy_legacy(1, KEY, ["token", "secret_key"]) == []  # twice is harmless


def test_a_locked_keyring_says_so() -> None:
    keyring.backend.get_all_keyring()  # discovery has run: the class below is never chosen by it

    class Locked(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    with pytest.raises(SecretsUnavailable, match=r"locked and was not unlocked \(Failed to unlock the collection\)"):
        SecretStore(Locked()).get(KEY, "token")


def test_a_keychain_dialog_answered_with_deny_says_what_to_click_on_macos() -> None:
    """keyring's macOS backend turns the Keychain's -128 (Deny, Cancel) into ``KeyringLocked``."""
    keyring.backend.get_all_keyring()  # discovery has run: the class below is never chosen by it

    class Denied(MemoryKeyring, macOS.Keyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.KeyringLocked("Can't get password from keychain: (-128, 'Unknown Error')")

    with pytest.raises(SecretsUnavailable) as info:
        SecretStore(Denied()).get(KEY, "token")
    text = str(info.value)
    assert text.startswith("macOS did not let wadesk use its keys in the Keychain (Can't get password")
    assert "click Always Allow" in text and "Linux" not in text
