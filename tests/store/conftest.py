"""A store in a temporary directory, with a clock the tests move by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.store import FakeClock
from wadesk.domain.models import Account
from wadesk.store import Store, open_store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store_home(tmp_path: Path) -> Path:
    return tmp_path / "wadesk-home"


@pytest.fixture
def store(store_home: Path, clock: FakeClock) -> Iterator[Store]:
    with open_store(store_home, now=clock) as opened:
        yield opened


@pytest.fixture
def account(store: Store) -> Account:
    return store.accounts.add("shop", "wablas", "https://wablas.com/api", {"phone_check_url": "https://x.test"})
