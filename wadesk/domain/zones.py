"""Time zones by name, and the computer's own, with Indonesia's zones known even without a tz database."""

from __future__ import annotations

import functools
import os
import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wadesk.domain.errors import ValidationError
from wadesk.domain.words import N_

DEFAULT_ZONE = "Asia/Jakarta"

# Indonesia has no daylight saving time, so fixed offsets are exact where no tz database is installed.
_INDONESIA = {
    "Asia/Jakarta": (7, "WIB"),
    "Asia/Pontianak": (7, "WIB"),
    "Asia/Makassar": (8, "WITA"),
    "Asia/Jayapura": (9, "WIT"),
}
_INDONESIA_BY_OFFSET = {7: "Asia/Jakarta", 8: "Asia/Makassar", 9: "Asia/Jayapura"}
INDONESIAN_ZONES = ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Pontianak")
INDONESIAN_ABBREVIATIONS = {key: abbreviation for key, (_hours, abbreviation) in _INDONESIA.items()}


# -- time zones ----------------------------------------------------------------------


def zone(name: str) -> tzinfo:
    """The time zone called ``name``: an IANA key (``Asia/Jakarta``), ``UTC``, or an offset like ``+07:00``.

    Raises ``ValidationError`` for anything else.
    """
    text = name.strip()
    offset = re.fullmatch(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", text, re.IGNORECASE)
    if offset:
        sign, hours, minutes = offset.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
        if delta >= timedelta(hours=24):
            raise ValidationError(N_("'{name}' is not a time zone"), name=name)
        return timezone(-delta if sign == "-" else delta)
    if text.upper() in ("UTC", "GMT", "Z"):
        return UTC
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        if text in _INDONESIA:
            hours, abbreviation = _INDONESIA[text]
            return timezone(timedelta(hours=hours), abbreviation)
        raise ValidationError(
            N_("'{name}' is not a time zone (use a name like Asia/Jakarta, or +07:00)"), name=name
        ) from exc


def zone_key(tz: tzinfo) -> str:
    """How ``tz`` is written in a policy string (accepted back by ``zone``)."""
    if isinstance(tz, ZoneInfo):
        return tz.key
    offset = tz.utcoffset(None)
    if offset is None:
        return DEFAULT_ZONE
    if not offset:
        return "UTC"
    for key, (hours, abbreviation) in _INDONESIA.items():
        if offset == timedelta(hours=hours) and tz.tzname(None) == abbreviation:
            return key
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _zone_or_none(name: str) -> tzinfo | None:
    try:
        return zone(name)
    except ValidationError:
        return None


@functools.cache
def local_zone() -> tzinfo:
    """This computer's time zone, as an IANA zone where it can be found; Asia/Jakarta if unknown."""
    configured = os.environ.get("TZ", "").lstrip(":")
    if configured and (found := _zone_or_none(configured)) is not None:
        return found
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target and (found := _zone_or_none(target.split("zoneinfo/", 1)[1])) is not None:
            return found
    except OSError:
        pass
    try:
        key = Path("/etc/timezone").read_text(encoding="utf-8").strip()
        if key and (found := _zone_or_none(key)) is not None:
            return found
    except (OSError, UnicodeDecodeError):
        pass
    local: tzinfo | None = None
    offset: timedelta | None = None
    try:
        local = datetime.now().astimezone().tzinfo
        offset = local.utcoffset(None) if local is not None else None
    except (OSError, OverflowError, ValueError):
        pass
    if local is None or offset is None:
        return zone(DEFAULT_ZONE)
    if not offset:
        return UTC
    hours = offset / timedelta(hours=1)
    if hours in _INDONESIA_BY_OFFSET:
        return zone(_INDONESIA_BY_OFFSET[int(hours)])
    abbreviation = local.tzname(None)
    return timezone(offset, abbreviation) if abbreviation else timezone(offset)
