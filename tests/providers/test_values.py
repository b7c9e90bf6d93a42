"""The lenient readers every provider reads gateway JSON with, each way a provider asks for."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from wadesk.providers.values import as_date, as_datetime, as_flag, as_int, as_opt_text, as_text


@pytest.mark.parametrize(
    ("value", "plain", "numbers"),
    [
        ("  hi ", "hi", "hi"),
        ("", "", ""),
        (12, "", "12"),
        (1.5, "", "1.5"),
        (True, "", ""),
        (None, "", ""),
        ({"a": 1}, "", ""),
        ([1], "", ""),
    ],
)
def test_as_text(value: object, plain: str, numbers: str) -> None:
    assert as_text(value) == plain
    assert as_text(value, numbers=True) == numbers


@pytest.mark.parametrize(
    ("value", "stripped", "whole", "unstripped", "with_bools"),
    [
        (None, None, None, None, None),
        ("", None, None, None, None),
        ("  ", None, None, "  ", "  "),
        (" id-1 ", "id-1", "id-1", " id-1 ", " id-1 "),
        (True, None, None, None, "True"),
        (False, None, None, None, "False"),
        (12, "12", "12", "12", "12"),
        (12.0, "12.0", "12", "12.0", "12.0"),
        (12.5, "12.5", "12.5", "12.5", "12.5"),
        (0, "0", "0", "0", "0"),
    ],
)
def test_as_opt_text(
    value: object, stripped: str | None, whole: str | None, unstripped: str | None, with_bools: str | None
) -> None:
    assert as_opt_text(value) == stripped
    assert as_opt_text(value, whole_floats=True) == whole
    assert as_opt_text(value, strip=False) == unstripped
    assert as_opt_text(value, strip=False, bools=True) == with_bools


@pytest.mark.parametrize(
    ("value", "plain", "whole", "strict"),
    [
        (7, 7, 7, 7),
        (-3, -3, -3, -3),
        (" 42 ", 42, 42, 42),
        ("-5", -5, -5, -5),
        ("+5", 5, 5, None),
        ("1_000", 1000, 1000, None),
        ("ten", None, None, None),
        ("", None, None, None),
        (7.0, None, 7, 7),
        (7.5, None, None, None),
        (float("nan"), None, None, None),
        (True, None, None, None),
        (False, None, None, None),
        (None, None, None, None),
        ([1], None, None, None),
        ({"a": 1}, None, None, None),
    ],
)
def test_as_int(value: object, plain: int | None, whole: int | None, strict: int | None) -> None:
    assert as_int(value) == plain
    assert as_int(value, whole_floats=True) == whole
    assert as_int(value, whole_floats=True, digits_only=True) == strict


@pytest.mark.parametrize(
    ("value", "plain", "numeric", "wordy"),
    [
        (True, True, True, True),
        (False, False, False, False),
        (" TRUE ", True, True, True),
        ("false", False, False, False),
        ("1", None, True, True),
        ("0", None, False, False),
        ("yes", None, None, True),
        ("no", None, None, False),
        (1, None, True, None),
        (0, None, False, None),
        (1.0, None, True, None),
        (2, None, None, None),
        ("maybe", None, None, None),
        (None, None, None, None),
        ([True], None, None, None),
    ],
)
def test_as_flag(value: object, plain: bool | None, numeric: bool | None, wordy: bool | None) -> None:
    assert as_flag(value) is plain
    assert as_flag(value, numbers=True, digits=True) is numeric
    assert as_flag(value, digits=True, yes=True) is wordy


def test_as_date() -> None:
    assert as_date("2025-11-30") == date(2025, 11, 30)
    assert as_date("30/11/2025") is None
    assert as_date("") is None
    assert as_date(None) is None
    assert as_date(True) is None


JAKARTA = ZoneInfo("Asia/Jakarta")


@pytest.mark.parametrize(
    ("value", "iso", "unix"),
    [
        ("2025-11-30T10:02:00Z", datetime(2025, 11, 30, 10, 2, tzinfo=UTC), datetime(2025, 11, 30, 10, 2, tzinfo=UTC)),
        (
            " 2025-11-30 10:02:00+07:00 ",
            datetime(2025, 11, 30, 3, 2, tzinfo=UTC),
            datetime(2025, 11, 30, 3, 2, tzinfo=UTC),
        ),
        ("2025-11-30T10:02:00z", None, datetime(2025, 11, 30, 10, 2, tzinfo=UTC)),
        (1764496920, None, datetime(2025, 11, 30, 10, 2, tzinfo=UTC)),
        (1764496920000, None, datetime(2025, 11, 30, 10, 2, tzinfo=UTC)),
        ("1764496920", None, datetime(2025, 11, 30, 10, 2, tzinfo=UTC)),
        (10**30, None, None),
        (True, None, None),
        ("", None, None),
        ("yesterday", None, None),
        (None, None, None),
    ],
)
def test_as_datetime(value: object, iso: datetime | None, unix: datetime | None) -> None:
    assert as_datetime(value) == iso
    assert as_datetime(value, unix=True, z_any_case=True) == unix


def test_as_datetime_takes_a_time_without_zone_in_the_zone_given() -> None:
    assert as_datetime("2025-11-30 10:02:00") == datetime(2025, 11, 30, 10, 2, tzinfo=UTC)
    assert as_datetime("2025-11-30 10:02:00", naive=JAKARTA) == datetime(2025, 11, 30, 3, 2, tzinfo=UTC)
    assert as_datetime("2025-11-30 10:02:00", naive=JAKARTA).tzinfo is UTC  # type: ignore[union-attr]


def test_a_unix_time_of_non_ascii_digits_is_unreadable_not_an_error() -> None:
    assert as_datetime("²", unix=True) is None
    assert as_datetime("١٢٣", unix=True) is None  # Arabic-Indic digits: isdigit() says yes, int() reads them
