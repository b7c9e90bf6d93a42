import keyring
import pytest
from keyring.backends import fail

from wadesk.domain import SecretsUnavailable
from wadesk.domain.redaction import redact
from wadesk.secrets import MemoryKeyring, SecretStore


def test_round_trip_and_delete() -> None:
    backend = MemoryKeyring()
    store = SecretStore(backend)
    store.set(7, "token", "tok-123456")
    assert store.get(7, "token") == "tok-123456"
    assert backend.get_password("wadesk", "7/token") == "tok-123456"
    store.delete(7, ["token", "secret_key"])  # a missing entry is not an error
    assert store.get(7, "token") is None


def test_values_are_registered_for_redaction() -> None:
    SecretStore(MemoryKeyring()).set(1, "api_key", "reg-secret-999")
    assert "reg-secret-999" not in redact("oops reg-secret-999")


def test_no_backend_says_how_to_fix_and_never_falls_back() -> None:
    store = SecretStore(fail.Keyring())
    with pytest.raises(SecretsUnavailable) as info:
        store.set(1, "token", "x-secret-value")
    text = str(info.value)
    assert "keyring" in text and "PYTHON_KEYRING_BACKEND" in text and "plain text" in text
    assert "x-secret-value" not in text


def test_default_backend_follows_keyring_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        SecretStore().set(3, "token", "via-default")
        assert backend.get_password("wadesk", "3/token") == "via-default"
    finally:
        keyring.set_keyring(previous)
