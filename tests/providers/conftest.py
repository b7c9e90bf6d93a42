"""Fixtures the providers' live tests share."""

from __future__ import annotations

import pytest

from tests.support.counting import CountingTransport
from wadesk.simulator import ManualClock


@pytest.fixture
def clock() -> ManualClock:
    """The simulator's clock: statuses advance when a test says so, never by waiting."""
    return ManualClock()


@pytest.fixture
def transport() -> CountingTransport:
    return CountingTransport()
