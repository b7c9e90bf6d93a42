"""Shared fixtures: an isolated WADESK_HOME, an in-memory keyring, the simulator over loopback."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from wadesk.secrets import MemoryKeyring, SecretStore


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home"
    monkeypatch.setenv("WADESK_HOME", str(path))
    return path


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def secret_store(keyring_backend: MemoryKeyring) -> Iterator[SecretStore]:
    yield SecretStore(keyring_backend)


@pytest.fixture(autouse=True)
def _collect_as_before() -> Iterator[None]:
    """A test that opened the window as the app does froze start-up's objects out of full collections
    (``launch.keep_startup_out_of_collections``): every later test collects as before."""
    yield
    if gc.get_freeze_count():
        gc.unfreeze()
