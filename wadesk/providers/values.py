"""Lenient readers of values in a gateway's JSON: whatever arrives, a value of the wanted type or ``None``.

The gateways write the same field as a string, a number or a boolean from one answer to the next, so every
provider reads fields through these instead of trusting the type. Where the providers read a field differently
(whole floats as numbers, ``"1"`` as true, naive times in the vendor's zone…), a keyword says so at the call.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, tzinfo

_DIGITS = re.compile(r"\s*-?\d+\s*")


def as_text(value: object, *, numbers: bool = False) -> str:
    """A string stripped of surrounding blanks; ``""`` for anything else (``numbers``: a number as its digits)."""
    if isinstance(value, str):
        return value.strip()
    if numbers and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def as_opt_text(value: object, *, strip: bool = True, bools: bool = False, whole_floats: bool = False) -> str | None:
    """Any value as text, ``None`` for ``null``, ``""`` and (unless ``bools``) ``true``/``false``.

    ``strip`` trims blanks (and a blank string becomes ``None``); ``whole_floats`` writes ``12.0`` as ``"12"``.
    """
    if value is None or value == "" or (isinstance(value, bool) and not bools):
        return None
    if whole_floats and isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return (text.strip() if strip else text) or None


def as_int(value: object, *, whole_floats: bool = False, digits_only: bool = False) -> int | None:
    """An integer written as a number or a numeric string; ``None`` otherwise (never a boolean).

    ``whole_floats`` takes ``12.0`` as 12; ``digits_only`` refuses strings such as ``"+12"`` or ``"1_2"``
    that Python's ``int`` would take.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if whole_floats and value.is_integer() else None
    if not isinstance(value, str) or (digits_only and not _DIGITS.fullmatch(value)):
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


def as_flag(value: object, *, numbers: bool = False, digits: bool = False, yes: bool = False) -> bool | None:
    """``true``/``false`` as a boolean or the words ``"true"``/``"false"``; ``None`` for anything else.

    ``numbers`` also reads the numbers 1 and 0, ``digits`` the strings ``"1"`` and ``"0"``, ``yes`` the words
    ``"yes"`` and ``"no"``.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value == 1 if numbers and value in (0, 1) else None
    if not isinstance(value, str):
        return None
    word = value.strip().lower()
    if word == "true" or (digits and word == "1") or (yes and word == "yes"):
        return True
    if word == "false" or (digits and word == "0") or (yes and word == "no"):
        return False
    return None


def as_date(value: object) -> date | None:
    """An ISO-8601 date (``2025-11-30``); ``None`` for anything else."""
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def as_datetime(value: object, *, naive: tzinfo = UTC, unix: bool = False, z_any_case: bool = False) -> datetime | None:
    """An ISO-8601 time as UTC, a time without a zone taken in ``naive``; ``None`` for anything else.

    ``unix`` also reads Unix seconds or milliseconds (a number or a string of digits); ``z_any_case`` reads
    a lower-case ``z`` as UTC too.
    """
    if unix and isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if unix and text.isascii() and text.isdigit():  # "²" is a digit to str.isdigit, not to int()
        return as_datetime(int(text), unix=True)
    if z_any_case:
        text = text.replace("Z", "+00:00").replace("z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=naive)).astimezone(UTC)


__all__ = ["as_date", "as_datetime", "as_flag", "as_int", "as_opt_text", "as_text"]
