"""Which keyring backend: keyring's own choice, except in a frozen app, which names its platform's backend."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import keyring.core
import pytest

from wadesk.domain import SecretsUnavailable
from wadesk.secrets import PLATFORM_BACKENDS, SecretStore, _chosen_by_user, platform_backend

KEY = "0f3c5d9a6b2e4f8e9a1b2c3d4e5f6a7b"


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("win32", "keyring.backends.Windows.WinVaultKeyring"),
        ("darwin", "keyring.backends.macOS.Keyring"),
        ("linux", "keyring.backends.SecretService.Keyring"),
        ("linux2", "keyring.backends.SecretService.Keyring"),  # Python 2's name, still seen in the wild
    ],
)
def test_a_frozen_app_names_its_platforms_backend(platform: str, expected: str) -> None:
    assert platform_backend(platform, frozen=True, chosen_by_user=False) == expected


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_the_users_choice_and_an_unfrozen_app_leave_it_to_keyring(platform: str) -> None:
    assert platform_backend(platform, frozen=True, chosen_by_user=True) is None
    assert platform_backend(platform, frozen=False, chosen_by_user=False) is None


def test_a_platform_without_a_known_backend_leaves_it_to_keyring() -> None:
    assert platform_backend("freebsd14", frozen=True, chosen_by_user=False) is None


@pytest.mark.parametrize("name", sorted(PLATFORM_BACKENDS.values()))
def test_every_named_backend_exists_in_the_installed_keyring(name: str) -> None:
    """The names are loaded by keyring's own loader in a frozen app: a renamed class would fail only there."""
    cls = keyring.core._load_keyring_class(name)
    assert isinstance(cls, type) and cls.__name__ == name.rpartition(".")[2]


@pytest.fixture
def no_choice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No PYTHON_KEYRING_BACKEND and no keyring config file; the config folder is returned."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config" / "python_keyring"


def test_a_config_file_chooses_only_when_it_names_a_backend(no_choice: Path) -> None:
    assert not _chosen_by_user()
    no_choice.mkdir(parents=True)
    (no_choice / "keyringrc.cfg").write_text("[backend]\nkeyring-path = /opt/keyrings\n")
    assert not _chosen_by_user()  # a path to look in is no choice of backend
    (no_choice / "keyringrc.cfg").write_text("[backend]\ndefault-keyring = keyring.backends.SecretService.Keyring\n")
    assert _chosen_by_user()


@pytest.mark.skipif(sys.platform != "linux", reason="the Secret Service is Linux's backend")
def test_frozen_on_linux_without_a_secret_service_says_how_to_fix(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_choice: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")  # even on a desktop
    with pytest.raises(SecretsUnavailable) as info:
        SecretStore().set(KEY, "token", "never-stored-1")
    text = str(info.value)
    assert text.startswith("the Secret Service (the desktop's keyring) could not be used (")
    assert "no working keyring" in text and "Linux without a keyring service" in text
    assert "never-stored-1" not in text


def test_frozen_the_users_choice_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_choice: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.wadesk_test_keyring.FileKeyring")
    monkeypatch.setenv("WADESK_TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.core.get_keyring()
    keyring.core.init_backend()  # what keyring does at its first use in a process: reads the variable
    try:
        SecretStore().set(KEY, "token", "chosen-by-user")
    finally:
        keyring.core.set_keyring(previous)
    assert json.loads((tmp_path / "keyring.json").read_text()) == {f"wadesk:{KEY}/token": "chosen-by-user"}
