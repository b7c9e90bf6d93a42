"""Tests that read numbers in the window: the window's English as on an English-speaking computer.

A test module imports the fixture to use it (``from tests.support.english import english_locale  # noqa: F401``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Numbers written "100,000" whatever the machine's locale (the C locale of a bare machine writes 100000)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        yield
    finally:
        QLocale.setDefault(before)
