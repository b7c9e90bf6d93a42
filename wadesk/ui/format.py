"""How numbers, dates and durations are written for people."""

from __future__ import annotations

from datetime import UTC, date, datetime

import phonenumbers
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale


def tr(text: str) -> str:
    return QCoreApplication.translate("format", text)


def phone(number: str | None) -> str:
    """``6281234567890`` as ``+62 812-3456-7890``; anything unparsable as given."""
    if not number:
        return ""
    digits = number.strip()
    try:
        parsed = phonenumbers.parse("+" + digits.lstrip("+"), None)
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_possible_number(parsed):
        return number
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def number(value: int | float, decimals: int = 0) -> str:
    """``12345`` as ``12,345`` in English and ``12.345`` in Indonesian (the window's language)."""
    if isinstance(value, int) and abs(value) < 2**53:
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def quota(value: str | None) -> str:
    if value is None or value == "":
        return ""
    if value.strip().lower() == "unlimited":
        return tr("Unlimited")
    try:
        return QLocale().toString(int(value))
    except ValueError:
        return value


def day(value: date | None) -> str:
    """``12 Mar 2027``, month names in the user's language."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def days_left(value: date | None, today: date | None = None) -> int | None:
    if value is None:
        return None
    return (value - (today or date.today())).days


def moment(value: datetime | None) -> str:
    if value is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(stamp, "d MMM yyyy, HH:mm")


def ago(value: datetime | None, now: datetime | None = None) -> str:
    """``just now``, ``3 min ago``, ``2 h ago``, or the date for anything older than a day."""
    if value is None:
        return tr("Never")
    seconds = ((now or datetime.now(UTC)) - value).total_seconds()
    if seconds < 45:
        return tr("Just now")
    if seconds < 3600:
        return tr("%n min ago").replace("%n", str(max(1, round(seconds / 60))))
    if seconds < 86400:
        return tr("%n h ago").replace("%n", str(round(seconds / 3600)))
    return moment(value)


def countdown(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"
