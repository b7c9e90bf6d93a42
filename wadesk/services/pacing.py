"""Human-like pacing, one ``Pacer`` per device.

A ``PacePolicy`` says how fast a device may send: a random delay between
messages, a longer rest after every N messages, a daily cap, and quiet hours
(in the device's time zone).  A ``Pacer`` applies one policy to one device,
shared by every campaign sending through it::

    n = await pacer.acquire(len(batch))   # waits, then allows n >= 1 messages
    try:
        await provider.send(batch[:n])
    except RateLimited as exc:
        pacer.release(n)
        pacer.pause_for(exc.retry_after or 60)
    else:
        pacer.record_sent(n)

The gap before the next message is drawn when ``acquire`` grants the current
one.  Granted messages count towards the daily cap at once (so concurrent
campaigns cannot overshoot it); ``record_sent`` confirms them and ``release``
gives back those that certainly did not go out.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import math
import os
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wadesk.domain.errors import ValidationError
from wadesk.services.clock import Clock

__all__ = [
    "DEFAULT_ZONE",
    "PRESETS",
    "PacePolicy",
    "Pacer",
    "local_zone",
    "policy_from",
    "timetable",
    "zone",
]

DEFAULT_ZONE = "Asia/Jakarta"

# Indonesia has no daylight saving time, so fixed offsets are exact where no tz database is installed.
_INDONESIA = {
    "Asia/Jakarta": (7, "WIB"),
    "Asia/Pontianak": (7, "WIB"),
    "Asia/Makassar": (8, "WITA"),
    "Asia/Jayapura": (9, "WIT"),
}
_INDONESIA_BY_OFFSET = {7: "Asia/Jakarta", 8: "Asia/Makassar", 9: "Asia/Jayapura"}


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
            raise ValidationError(f"{name!r} is not a time zone")
        return timezone(-delta if sign == "-" else delta)
    if text.upper() in ("UTC", "GMT", "Z"):
        return UTC
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        if text in _INDONESIA:
            hours, abbreviation = _INDONESIA[text]
            return timezone(timedelta(hours=hours), abbreviation)
        raise ValidationError(f"{name!r} is not a time zone (use a name like Asia/Jakarta, or +07:00)") from exc


def _zone_key(tz: tzinfo) -> str:
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


# -- the policy ------------------------------------------------------------------------


def _check_seconds(what: str, value: float) -> None:
    if not isinstance(value, int | float) or math.isnan(value) or math.isinf(value) or value < 0:
        raise ValidationError(f"pacing: {what} must be a number of seconds, 0 or more (got {value!r})")


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
                f"pacing: max delay ({_fmt_seconds(self.max_delay)} s) is below min delay "
                f"({_fmt_seconds(self.min_delay)} s)"
            )
        if self.rest_max < self.rest_min:
            raise ValidationError(
                f"pacing: max rest ({_fmt_seconds(self.rest_max)} s) is below min rest "
                f"({_fmt_seconds(self.rest_min)} s)"
            )
        if self.rest_every is not None and (isinstance(self.rest_every, bool) or self.rest_every < 1):
            raise ValidationError(f"pacing: rest_every must be 1 or more (got {self.rest_every!r})")
        if self.daily_cap is not None and (isinstance(self.daily_cap, bool) or self.daily_cap < 1):
            raise ValidationError(f"pacing: daily cap must be 1 or more (got {self.daily_cap!r})")
        if (self.quiet_start is None) != (self.quiet_end is None):
            raise ValidationError("pacing: quiet hours need both a start and an end")
        if self.quiet_start is not None and self.quiet_start == self.quiet_end:
            raise ValidationError("pacing: quiet hours must start and end at different times")
        if not isinstance(self.tz, tzinfo):
            raise ValidationError(f"pacing: {self.tz!r} is not a time zone")

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
        parts.append(f"tz={_zone_key(self.tz)}")
        return ",".join(parts)

    def describe(self) -> str:
        """A short sentence for the UI."""
        if self.max_delay == 0 and self.rest_every is None and self.daily_cap is None and not self.has_quiet_hours:
            return "no pacing"
        words = [
            f"{_fmt_seconds(self.min_delay)}–{_fmt_seconds(self.max_delay)} s between messages"
            if self.min_delay != self.max_delay
            else f"{_fmt_seconds(self.min_delay)} s between messages"
        ]
        if self.rest_every is not None:
            words.append(
                f"a {_fmt_seconds(self.rest_min / 60)}–{_fmt_seconds(self.rest_max / 60)} min rest "
                f"every {self.rest_every}"
            )
        if self.daily_cap is not None:
            words.append(f"at most {self.daily_cap} a day")
        if self.quiet_start is not None and self.quiet_end is not None:
            words.append(f"quiet {self.quiet_start.strftime('%H:%M')}–{self.quiet_end.strftime('%H:%M')}")
        return ", ".join(words)


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
        raise ValidationError("pacing: nothing given; use safe, normal or none, or settings like min=5,max=10")
    base = PacePolicy(tz=tz) if tz is not None else PacePolicy()
    if "=" not in parts[0]:
        preset = PRESETS.get(parts[0].casefold())
        if preset is None:
            raise ValidationError(
                f"pacing: unknown preset {parts[0]!r}; use safe, normal or none, or settings like min=5,max=10"
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
            raise ValidationError(f"pacing: {part!r} is not a setting like key=value")
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
            raise ValidationError(f"pacing: {part!r}: {reason}") from exc

    # A lone "min=20" raises the maximum with it, and a lone "rest=…" likewise.
    if "max_delay" not in values and values.get("min_delay", base.min_delay) > base.max_delay:
        values["max_delay"] = values["min_delay"]
    if "rest_max" not in values and values.get("rest_min", base.rest_min) > base.rest_max:
        values["rest_max"] = values["rest_min"]
    return dataclasses.replace(base, name="custom", **values)


# -- the pacer ------------------------------------------------------------------------------


class Pacer:
    """Paces the messages of one device, across every campaign that sends through it.

    ``sent_today(day)`` says how many messages the device already sent on
    ``day`` (a calendar date in ``policy.tz``), typically by asking the store;
    it is called once per day, so the daily cap survives restarts.
    """

    def __init__(
        self,
        policy: PacePolicy,
        clock: Clock,
        rng: random.Random | None = None,
        sent_today: Callable[[date], int] | None = None,
    ) -> None:
        self._policy = policy
        self._clock = clock
        self._rng = rng if rng is not None else random.Random()
        self._sent_today = sent_today
        self._lock = asyncio.Lock()
        self._wakeup: asyncio.Event | None = None
        self._next_at: datetime | None = None  # earliest next grant, from the gap drawn at the last one
        self._gap_kind = "delay"  # or "rest"
        self._last_grant_at: datetime | None = None
        self._last_sent_at: datetime | None = None
        self._since_rest = 0
        self._paused_until: datetime | None = None
        self._day: date | None = None
        self._day_base = 0  # sent before this pacer counted (from sent_today)
        self._day_sent = 0  # confirmed by record_sent
        self._reserved = 0  # granted, not yet confirmed or released

    # -- state for the UI ------------------------------------------------------------

    @property
    def policy(self) -> PacePolicy:
        return self._policy

    @property
    def next_allowed_at(self) -> datetime:
        """When the next message may go (now or earlier when it may go at once)."""
        now = self._clock.now()
        self._roll_day(now)
        return self._earliest(now)[0]

    @property
    def waiting_for(self) -> str | None:
        """Why the next message cannot go now: "delay", "rest", "paused", "daily cap", "quiet hours" or None."""
        now = self._clock.now()
        self._roll_day(now)
        at, reason = self._earliest(now)
        return reason if at > now else None

    @property
    def count_today(self) -> int:
        """Messages sent (or granted and not yet confirmed) today, in ``policy.tz``."""
        self._roll_day(self._clock.now())
        return self._used_today()

    @property
    def remaining_today(self) -> int | None:
        """How many more may go today under the daily cap (None without a cap)."""
        if self._policy.daily_cap is None:
            return None
        return max(0, self._policy.daily_cap - self.count_today)

    @property
    def paused_until(self) -> datetime | None:
        if self._paused_until is not None and self._paused_until <= self._clock.now():
            return None
        return self._paused_until

    @property
    def last_sent_at(self) -> datetime | None:
        return self._last_sent_at

    # -- control -----------------------------------------------------------------------

    def set_policy(self, policy: PacePolicy) -> None:
        """Switch policy; a waiting ``acquire`` re-evaluates at once."""
        self._policy = policy
        if policy.rest_every is None or self._since_rest >= policy.rest_every:
            self._since_rest = 0
        if self._last_grant_at is not None and self._next_at is not None:
            longest = policy.rest_max if self._gap_kind == "rest" and policy.rest_every else policy.max_delay
            self._next_at = min(self._next_at, self._last_grant_at + timedelta(seconds=longest))
        if self._day is not None and self._day != policy.local_date(self._clock.now()):
            self._day = None  # the zone changed: count the new local day afresh
        self._poke()

    def pause_until(self, when: datetime) -> None:
        """Send nothing before ``when`` (e.g. a 429's Retry-After); a later pause wins over an earlier one."""
        if when.tzinfo is None or when.utcoffset() is None:
            raise ValueError("pause_until needs a timezone-aware datetime")
        when = when.astimezone(UTC)
        if self._paused_until is None or when > self._paused_until:
            self._paused_until = when

    def pause_for(self, seconds: float) -> None:
        """Send nothing for ``seconds`` from now."""
        self.pause_until(self._clock.now() + timedelta(seconds=max(0.0, seconds)))

    def resume(self) -> None:
        """Lift a pause early."""
        self._paused_until = None
        self._poke()

    def record_sent(self, n: int = 1) -> None:
        """Confirm that ``n`` messages went out (after a successful request)."""
        if n < 0:
            raise ValueError("n must be 0 or more")
        now = self._clock.now()
        self._roll_day(now)
        self._day_sent += n
        self._reserved = max(0, self._reserved - n)
        if n:
            self._last_sent_at = now

    def release(self, n: int = 1) -> None:
        """Give back ``n`` granted messages that certainly were not sent (they no longer count for the cap)."""
        if n < 0:
            raise ValueError("n must be 0 or more")
        self._reserved = max(0, self._reserved - n)
        self._poke()

    # -- acquiring ----------------------------------------------------------------------

    async def acquire(self, wanted: int = 1) -> int:
        """Wait until the next message(s) may go; return how many may go now (1 ≤ n ≤ wanted).

        More than one only when the policy allows batching, and never past the
        next rest or the daily cap.  Callers are served first come, first served.
        """
        if wanted < 1:
            raise ValueError("wanted must be 1 or more")
        async with self._lock:
            while True:
                now = self._clock.now()
                self._roll_day(now)
                at, _ = self._earliest(now)
                if at <= now:
                    return self._grant(now, wanted)
                await self._sleep((at - now).total_seconds())

    def _grant(self, now: datetime, wanted: int) -> int:
        policy = self._policy
        n = wanted if policy.batch_ok else 1
        if policy.rest_every is not None:
            n = min(n, policy.rest_every - self._since_rest)
        if policy.daily_cap is not None:
            n = min(n, policy.daily_cap - self._used_today())
        n = max(1, n)
        self._reserved += n
        self._since_rest += n
        self._last_grant_at = now
        if policy.rest_every is not None and self._since_rest >= policy.rest_every:
            self._since_rest = 0
            gap = max(self._rng.uniform(policy.rest_min, policy.rest_max), policy.min_delay)
            self._gap_kind = "rest"
        else:
            gap = self._rng.uniform(policy.min_delay, policy.max_delay)
            self._gap_kind = "delay"
        self._next_at = now + timedelta(seconds=gap)
        return n

    def _roll_day(self, now: datetime) -> None:
        today = self._policy.local_date(now)
        if self._day == today:
            return
        self._day_base = self._sent_today(today) if self._sent_today is not None else 0
        self._day = today
        self._day_sent = 0
        self._reserved = 0

    def _used_today(self) -> int:
        return self._day_base + self._day_sent + self._reserved

    def _used_on(self, day: date) -> int:
        return self._used_today() if day == self._day else 0

    def _earliest(self, now: datetime) -> tuple[datetime, str | None]:
        """The earliest time at or after ``now`` when a message may go, and what holds it back."""
        policy = self._policy
        at, reason = now, None
        next_at = self._next_at
        if next_at is not None:
            # Never wait longer than the policy's longest gap (e.g. after the wall clock was set back).
            longest = max(policy.max_delay, policy.rest_max if policy.rest_every else 0.0)
            next_at = min(next_at, now + timedelta(seconds=longest))
        for _ in range(16):
            moved = False
            if next_at is not None and next_at > at:
                at, reason, moved = next_at, self._gap_kind, True
            if self._paused_until is not None and self._paused_until > at:
                at, reason, moved = self._paused_until, "paused", True
            if policy.daily_cap is not None and self._used_on(policy.local_date(at)) >= policy.daily_cap:
                at, reason, moved = policy.next_midnight(at), "daily cap", True
            if policy.in_quiet_hours(at):
                at, reason, moved = policy.quiet_end_after(at), "quiet hours", True
            if not moved:
                break
        return at, reason

    async def _sleep(self, seconds: float) -> None:
        """Sleep on the clock; ``set_policy``, ``resume`` and ``release`` cut it short."""
        wakeup = self._wakeup = asyncio.Event()
        sleeper = asyncio.ensure_future(self._clock.sleep(seconds))
        waker = asyncio.ensure_future(wakeup.wait())
        try:
            await asyncio.wait((sleeper, waker), return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, waker):
                if not task.done():
                    task.cancel()
            await asyncio.gather(sleeper, waker, return_exceptions=True)
            if self._wakeup is wakeup:
                self._wakeup = None
        if not sleeper.cancelled() and (error := sleeper.exception()) is not None:
            raise error

    def _poke(self) -> None:
        if self._wakeup is not None:
            self._wakeup.set()

    def __repr__(self) -> str:
        return f"Pacer({self._policy.name}: {self._policy.describe()})"


# -- a paced timetable ----------------------------------------------------------------------


class _LeapingClock:
    """Virtual time in which waiting takes no time: ``sleep`` moves the clock and returns."""

    def __init__(self, start: datetime) -> None:
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    async def sleep(self, seconds: float) -> None:
        self._now += timedelta(seconds=max(0.0, seconds))


async def timetable(
    policy: PacePolicy,
    start: datetime,
    count: int,
    *,
    rng: random.Random | None = None,
    planned_on: Callable[[date], int] | None = None,
) -> list[datetime]:
    """When each of ``count`` messages paced by ``policy`` goes, from ``start`` on (UTC, in order).

    The ``Pacer`` that spaces a send now lays out a send for later, in virtual
    time (nothing waits): the same delays, rests, daily cap and quiet hours.
    ``planned_on(day)`` says how many messages the device already has on that
    day (a date in ``policy.tz``), so the cap counts them too.  A policy that
    allows batching puts every message at ``start`` (or the first time the cap
    and quiet hours allow).
    """
    clock = _LeapingClock(start)
    pacer = Pacer(policy, clock, rng, planned_on)
    times: list[datetime] = []
    while len(times) < count:
        granted = await pacer.acquire(count - len(times))
        times.extend([clock.now()] * granted)
        pacer.record_sent(granted)
    return times
