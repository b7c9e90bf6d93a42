"""Timestamps as the store keeps them: ISO-8601 text in UTC, fixed width so that text order is time order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_text(moment: datetime) -> str:
    """``moment`` in UTC as ``2024-05-01T09:30:00.000000+00:00``.

    Naive datetimes are refused: whether they mean local time or UTC is a
    guess the store will not make.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: give the store timezone-aware datetimes")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def to_text_or_none(moment: datetime | None) -> str | None:
    return None if moment is None else to_text(moment)


def from_text(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def from_text_or_none(text: str | None) -> datetime | None:
    return None if text is None else from_text(text)


def isoformat_of(text: str) -> str:
    """``from_text(text).isoformat()``, taken from the text itself when it is as ``to_text`` wrote it.

    ``isoformat`` leaves out a fraction of zero microseconds; nothing else differs.
    """
    if len(text) == 32 and text[10] == "T" and text[19] == "." and text.endswith("+00:00"):  # as ``to_text`` writes
        return text if text[20:26] != "000000" else text[:19] + text[26:]
    return from_text(text).isoformat()
