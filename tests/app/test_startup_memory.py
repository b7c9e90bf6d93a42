"""Start-up's objects are set aside from the garbage collector's full passes once the window is shown."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from wadesk.launch import keep_startup_out_of_collections


@pytest.fixture
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()  # the rest of the test session collects as before


def test_what_start_up_made_is_no_longer_walked_by_a_full_collection(unfrozen: None) -> None:
    window_state = [{"row": n} for n in range(1_000)]  # stands for what start-up made and keeps
    assert gc.get_freeze_count() == 0
    keep_startup_out_of_collections()
    assert gc.get_freeze_count() >= len(window_state)
    frozen = gc.get_freeze_count()
    later = [{"row": n} for n in range(1_000)]
    gc.collect()
    assert gc.get_freeze_count() == frozen  # what is made afterwards is collected as before, never set aside
    assert len(later) == 1_000
