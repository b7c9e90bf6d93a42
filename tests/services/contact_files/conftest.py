"""An app on a real SQLite file (no gateway needed), and the real-shaped contact files of tests/data."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from wadesk.app import App, open_app
from wadesk.secrets import MemoryKeyring, SecretStore

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    opened = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
    try:
        yield opened
    finally:
        await opened.aclose()
