"""A ``PacePolicy``: how fast a device may send; the presets and the written form users give."""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from wadesk.domain.errors import ValidationError
from wadesk.domain.words import N_, Phrase, commas, phrase
from wadesk.domain.zones import local_zone, zone, zone_key


def _check_seconds(what: str, value: float) -> None:
    if not isinstance(value, int | float) or math.isnan(value) or math.isinf(value) or value < 0:
        raise ValidationError(
            N_("pacing: {what} must be a number of seconds, 0 or more (got '{value}')"), what=what, value=value
        )


def _fmt_seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


@dataclass(frozen=True)
class PacePolicy:
    """How fast one device may send.  All durations are in seconds.

    ``quiet_start``/``quiet_end`` is a daily window without sending, in
    ``tz``; it may wrap midnight (21:00–07:00).  ``daily_cap`` counts per
    calendar day in ``tz``.  ``name`` is the preset it came from ("custom"
    otherwise) and does not take part in equality.
    """

    min_delay: float = 0.0
    max_delay: float = 0.0
    rest_every: int | None = None
    rest_min: float = 0.0
    rest_max: float = 0.0
    daily_cap: int | None = None
    quiet_start: time | None = None
    quiet_end: time | None = None
    tz: tzinfo = field(default_factory=local_zone)
    name: str = field(default="custom", compare=False)

    def __post_init__(self) -> None:
        for what, value in (
            ("min delay", self.min_delay),
            ("max delay", self.max_delay),
            ("min rest", self.rest_min),
            ("max rest", self.rest_max),
        ):
            _check_seconds(what, value)
        if self.max_delay < self.min_delay:
            raise ValidationError(
                N_("pacing: max delay ({value} s) is below min delay ({other} s)"),
                value=_fmt_seconds(self.max_delay),
                other=_fmt_seconds(self.min_delay),
            )
        if self.rest_max < self.rest_min:
            raise ValidationError(
                N_("pacing: max rest ({value} s) is below min rest ({other} s)"),
                value=_fmt_seconds(self.rest_max),
                other=_fmt_seconds(self.rest_min),
            )
        if self.rest_every is not None and (isinstance(self.rest_every, bool) or self.rest_every < 1):
            raise ValidationError(
                N_("pacing: rest_every must be 1 or more (got '{rest_every}')"), rest_every=self.rest_every
            )
        if self.daily_cap is not None and (isinstance(self.daily_cap, bool) or self.daily_cap < 1):
            raise ValidationError(
                N_("pacing: daily cap must be 1 or more (got '{daily_cap}')"), daily_cap=self.daily_cap
            )
        if (self.quiet_start is None) != (self.quiet_end is None):
            raise ValidationError(N_("pacing: quiet hours need both a start and an end"))
        if self.quiet_start is not None and self.quiet_start == self.quiet_end:
            raise ValidationError(N_("pacing: quiet hours must start and end at different times"))
        if not isinstance(self.tz, tzinfo):
            raise ValidationError(N_("pacing: '{tz}' is not a time zone"), tz=self.tz)

    @property
    def batch_ok(self) -> bool:
        """Whether several messages may go in one request (only when no minimum delay is asked for)."""
        return self.min_delay == 0

    @property
    def has_quiet_hours(self) -> bool:
        return self.quiet_start is not None

    def in_quiet_hours(self, when: datetime) -> bool:
        """Whether ``when`` (aware) falls in the quiet window, in ``tz``."""
        if self.quiet_start is None or self.quiet_end is None:
            return False
        local = when.astimezone(self.tz).time()
        if self.quiet_start < self.quiet_end:
            return self.quiet_start <= local < self.quiet_end
        return local >= self.quiet_start or local < self.quiet_end

    def quiet_end_after(self, when: datetime) -> datetime:
        """The first end of the quiet window after ``when`` (UTC)."""
        if self.quiet_end is None:
            raise ValueError("this policy has no quiet hours")
        day = when.astimezone(self.tz).date()
        for offset in range(3):
            end = datetime.combine(day + timedelta(days=offset), self.quiet_end, tzinfo=self.tz).astimezone(UTC)
            if end > when:
                return end
        raise AssertionError("unreachable")  # pragma: no cover

    def next_midnight(self, when: datetime) -> datetime:
        """The start of the next calendar day in ``tz`` after ``when`` (UTC)."""
        day = when.astimezone(self.tz).date() + timedelta(days=1)
        return datetime.combine(day, time(0), tzinfo=self.tz).astimezone(UTC)

    def local_date(self, when: datetime) -> date:
        return when.astimezone(self.tz).date()

    def with_tz(self, tz: tzinfo) -> PacePolicy:
        return dataclasses.replace(self, tz=tz)

    def spec(self) -> str:
        """This policy as a string ``policy_from`` reads back."""
        parts = [f"min={_fmt_seconds(self.min_delay)}", f"max={_fmt_seconds(self.max_delay)}"]
        if self.rest_every is not None:
            parts.append(f"rest_every={self.rest_every}")
            parts.append(f"rest={_fmt_seconds(self.rest_min)}-{_fmt_seconds(self.rest_max)}")
        if self.daily_cap is not None:
            parts.append(f"daily_cap={self.daily_cap}")
        if self.quiet_start is not None and self.quiet_end is not None:
            parts.append(f"quiet={self.quiet_start.strftime('%H:%M')}-{self.quiet_end.strftime('%H:%M')}")
        parts.append(f"tz={zone_key(self.tz)}")
        return ",".join(parts)

    def describe(self) -> str:
        """A short sentence (English: the command line's; the window says ``words()``)."""
        return str(self.words())

    def words(self) -> Phrase | str:
        """``describe`` for the window (``wadesk.ui.i18n.say``)."""
        if self.max_delay == 0 and self.rest_every is None and self.daily_cap is None and not self.has_quiet_hours:
            return phrase(N_("no pacing"))
        words: list[Phrase | str] = [
            phrase(
                N_("{low}–{high} s between messages"),
                low=_fmt_seconds(self.min_delay),
                high=_fmt_seconds(self.max_delay),
            )
            if self.min_delay != self.max_delay
            else phrase(N_("{seconds} s between messages"), seconds=_fmt_seconds(self.min_delay))
        ]
        if self.rest_every is not None:
            words.append(
                phrase(
                    N_("a {low}–{high} min rest every {count}"),
                    low=_fmt_seconds(self.rest_min / 60),
                    high=_fmt_seconds(self.rest_max / 60),
                    count=self.rest_every,
                )
            )
        if self.daily_cap is not None:
            words.append(phrase(N_("at most {count} a day"), count=self.daily_cap))
        if self.quiet_start is not None and self.quiet_end is not None:
            words.append(
                phrase(
                    N_("quiet {start}–{end}"),
                    start=self.quiet_start.strftime("%H:%M"),
                    end=self.quiet_end.strftime("%H:%M"),
                )
            )
        return commas(words)


PRESETS: dict[str, PacePolicy] = {
    "safe": PacePolicy(30, 60, rest_every=20, rest_min=300, rest_max=600, daily_cap=200, name="safe"),
    "normal": PacePolicy(8, 15, name="normal"),
    "none": PacePolicy(0, 0, name="none"),  # for the simulator and tests
}

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?)?", re.IGNORECASE)
_OFF = frozenset({"none", "off", "no", "0", ""})


def _duration(text: str) -> float:
    match = _DURATION.fullmatch(text.strip())
    if not match:
        raise ValueError("expected seconds, like 30, 30s, 5m or 1h")
    number, unit = float(match.group(1)), (match.group(2) or "s").lower()
    return number * (3600 if unit.startswith("h") else 60 if unit.startswith("m") else 1)


def _duration_range(text: str) -> tuple[float, float]:
    low, sep, high = text.partition("-")
    first = _duration(low)
    return (first, _duration(high)) if sep else (first, first)


def _count_or_none(text: str) -> int | None:
    if text.strip().casefold() in _OFF:
        return None
    if not re.fullmatch(r"\d+", text.strip()):
        raise ValueError("expected a whole number, or none")
    return int(text)


def _clock_time(text: str) -> time:
    match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?", text.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2) or 0) > 59:
        raise ValueError("expected a time like 21:00")
    return time(int(match.group(1)), int(match.group(2) or 0))


def _quiet(text: str) -> tuple[time | None, time | None]:
    if text.strip().casefold() in _OFF:
        return None, None
    start, sep, end = text.partition("-")
    if not sep:
        raise ValueError("expected a window like 21:00-07:00, or none")
    return _clock_time(start), _clock_time(end)


def policy_from(name_or_custom: str | PacePolicy, *, tz: tzinfo | None = None) -> PacePolicy:
    """A preset by name (``safe``, ``normal``, ``none``) or a custom policy string.

    Custom strings are ``key=value`` pairs separated by commas, optionally
    after a preset name they modify::

        min=5,max=10,rest_every=20,rest=300-600,daily_cap=150,quiet=21:00-07:00,tz=Asia/Jakarta
        safe,daily_cap=100,quiet=off

    Keys: ``min``, ``max``, ``delay`` (a range ``5-10``), ``rest_every``,
    ``rest`` (a range), ``rest_min``, ``rest_max``, ``daily_cap`` (or
    ``cap``), ``quiet`` (``HH:MM-HH:MM`` or ``off``), ``tz``.  Durations are
    seconds unless suffixed with ``m`` or ``h``.  ``tz`` (the argument) is the
    zone used when the string names none.  Raises ``ValidationError`` naming the
    bad part.
    """
    if isinstance(name_or_custom, PacePolicy):
        return name_or_custom
    text = name_or_custom.strip()
    parts = [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]
    if not parts:
        raise ValidationError(N_("pacing: nothing given; use safe, normal or none, or settings like min=5,max=10"))
    base = PacePolicy(tz=tz) if tz is not None else PacePolicy()
    if "=" not in parts[0]:
        preset = PRESETS.get(parts[0].casefold())
        if preset is None:
            raise ValidationError(
                N_("pacing: unknown preset '{value}'; use safe, normal or none, or settings like min=5,max=10"),
                value=parts[0],
            )
        base = preset if tz is None else preset.with_tz(tz)
        parts = parts[1:]
        if not parts:
            return base

    values: dict[str, Any] = {}
    for part in parts:
        key, sep, value = part.partition("=")
        key = key.strip().casefold().replace("-", "_").replace(" ", "_")
        if not sep:
            raise ValidationError(N_("pacing: '{part}' is not a setting like key=value"), part=part)
        try:
            if key in ("min", "min_delay"):
                values["min_delay"] = _duration(value)
            elif key in ("max", "max_delay"):
                values["max_delay"] = _duration(value)
            elif key == "delay":
                values["min_delay"], values["max_delay"] = _duration_range(value)
            elif key == "rest_every":
                values["rest_every"] = _count_or_none(value)
            elif key == "rest":
                values["rest_min"], values["rest_max"] = _duration_range(value)
            elif key == "rest_min":
                values["rest_min"] = _duration(value)
            elif key == "rest_max":
                values["rest_max"] = _duration(value)
            elif key in ("daily_cap", "cap"):
                values["daily_cap"] = _count_or_none(value)
            elif key == "quiet":
                values["quiet_start"], values["quiet_end"] = _quiet(value)
            elif key in ("tz", "timezone", "zone"):
                values["tz"] = zone(value)
            else:
                raise ValueError("unknown setting (use min, max, delay, rest_every, rest, daily_cap, quiet or tz)")
        except (ValueError, ValidationError) as exc:
            reason = exc.message if isinstance(exc, ValidationError) else str(exc)
            raise ValidationError(N_("pacing: '{part}': {reason}"), part=part, reason=reason) from exc

    # A lone "min=20" raises the maximum with it, and a lone "rest=…" likewise.
    if "max_delay" not in values and values.get("min_delay", base.min_delay) > base.max_delay:
        values["max_delay"] = values["min_delay"]
    if "rest_max" not in values and values.get("rest_min", base.rest_min) > base.rest_max:
        values["rest_max"] = values["rest_min"]
    return dataclasses.replace(base, name="custom", **values)
