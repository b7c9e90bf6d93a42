"""The ``Pacer`` that applies a policy to one device, and a paced timetable laid out in advance."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from wadesk.services.clock import Clock, sleep_or_wake
from wadesk.services.pacing.policy import PacePolicy


class Pacer:
    """Paces the messages of one device, across every campaign that sends through it.

    ``sent_today(day)`` says how many messages the device already sent on
    ``day`` (a calendar date in ``policy.tz``), typically by asking the store;
    it is called once per day, so the daily cap survives restarts.

    The sending governor (``pacing.governor``) adds its caps through
    ``limits(day)``: that day's cap (a new number's warm-up) and the cap per
    clock hour, ``None`` for none; ``sent_in_hour(start)`` says how many the
    device already sent in the clock hour starting then (UTC).  Those caps
    apply while the policy paces at all: the ``none`` pace (for simulators and
    tests, never a default) is left alone.
    """

    def __init__(
        self,
        policy: PacePolicy,
        clock: Clock,
        rng: random.Random | None = None,
        sent_today: Callable[[date], int] | None = None,
        *,
        limits: Callable[[date], tuple[int | None, int | None]] | None = None,
        sent_in_hour: Callable[[datetime], int] | None = None,
    ) -> None:
        self._policy = policy
        self._limits = limits
        self._sent_in_hour = sent_in_hour
        self._day_limit: int | None = None  # the governor's cap for ``_day``
        self._hour_limit: int | None = None  # the governor's cap per clock hour on ``_day``
        self._hour: datetime | None = None  # start of the clock hour counted (UTC)
        self._hour_base = 0  # sent in that hour before this pacer counted (from sent_in_hour)
        self._hour_used = 0  # granted in that hour (less what was given back)
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
        """Why the next message cannot go now: "delay", "rest", "paused", "daily cap", "hourly cap", "quiet hours"."""
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
        count = self.count_today
        cap = self.daily_cap
        return None if cap is None else max(0, cap - count)

    @property
    def daily_cap(self) -> int | None:
        """Today's cap: the policy's, or the governor's when lower (a new number's warm-up)."""
        self._roll_day(self._clock.now())
        return self._cap_today()

    @property
    def hourly_cap(self) -> int | None:
        """The cap per clock hour (the governor's), None when there is none."""
        self._roll_day(self._clock.now())
        return self._hour_limit if self._governed() else None

    @property
    def count_this_hour(self) -> int:
        """Messages sent (or granted) in the current clock hour."""
        now = self._clock.now()
        self._roll_day(now)
        return self._used_in_hour(now)

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
        self._hour_used = max(0, self._hour_used - n)
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
                granted, at = self._step(now, wanted)
                if granted:
                    return granted
                await self._sleep((at - now).total_seconds())

    def try_acquire(self, wanted: int = 1) -> int:
        """``acquire`` without waiting: how many may go now, 0 when the next must wait (or another caller waits)."""
        if wanted < 1:
            raise ValueError("wanted must be 1 or more")
        if self._lock.locked():
            return 0
        return self._step(self._clock.now(), wanted)[0]

    def _step(self, now: datetime, wanted: int) -> tuple[int, datetime]:
        """``(n, now)`` when n ≥ 1 messages may go now (they are granted); else ``(0, when to try again)``."""
        self._roll_day(now)
        at, _ = self._earliest(now)
        if at <= now:
            return self._grant(now, wanted), now
        return 0, at

    def _grant(self, now: datetime, wanted: int) -> int:
        policy = self._policy
        n = wanted if policy.batch_ok else 1
        if policy.rest_every is not None:
            n = min(n, policy.rest_every - self._since_rest)
        cap = self._cap_today()
        if cap is not None:
            n = min(n, cap - self._used_today())
        hourly = self._hour_limit if self._governed() else None
        if hourly is not None:
            n = min(n, hourly - self._used_in_hour(now))
        n = max(1, n)
        self._reserved += n
        self._hour_used += n
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
        self._roll_hour(now)
        today = self._policy.local_date(now)
        if self._day == today:
            return
        self._day_base = self._sent_today(today) if self._sent_today is not None else 0
        self._day_limit, self._hour_limit = self._limits(today) if self._limits is not None else (None, None)
        self._day = today
        self._day_sent = 0
        self._reserved = 0

    def _roll_hour(self, now: datetime) -> None:
        hour = _hour_start(now)
        if self._hour == hour:
            return
        self._hour_base = self._sent_in_hour(hour) if self._sent_in_hour is not None else 0
        self._hour = hour
        self._hour_used = 0

    def _governed(self) -> bool:
        return governed(self._policy)

    def _cap_today(self) -> int | None:
        caps = [self._policy.daily_cap, self._day_limit if self._governed() else None]
        return min((c for c in caps if c is not None), default=None)

    def _used_in_hour(self, at: datetime) -> int:
        return self._hour_base + self._hour_used if _hour_start(at) == self._hour else 0

    def _used_today(self) -> int:
        return self._day_base + self._day_sent + self._reserved

    def _used_on(self, day: date) -> int:
        return self._used_today() if day == self._day else 0

    def _earliest(self, now: datetime) -> tuple[datetime, str | None]:
        """The earliest time at or after ``now`` when a message may go, and what holds it back."""
        policy = self._policy
        cap = self._cap_today()
        hourly = self._hour_limit if self._governed() else None
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
            if cap is not None and self._used_on(policy.local_date(at)) >= cap:
                at, reason, moved = policy.next_midnight(at), "daily cap", True
            if hourly is not None and self._used_in_hour(at) >= hourly:
                at, reason, moved = _hour_start(at) + timedelta(hours=1), "hourly cap", True
            if policy.in_quiet_hours(at):
                at, reason, moved = policy.quiet_end_after(at), "quiet hours", True
            if not moved:
                break
        return at, reason

    async def _sleep(self, seconds: float) -> None:
        """Sleep on the clock; ``set_policy``, ``resume`` and ``release`` cut it short."""
        wakeup = self._wakeup = asyncio.Event()
        try:
            await sleep_or_wake(self._clock, seconds, wakeup)
        finally:
            if self._wakeup is wakeup:
                self._wakeup = None

    def _poke(self) -> None:
        if self._wakeup is not None:
            self._wakeup.set()

    def __repr__(self) -> str:
        return f"Pacer({self._policy.name}: {self._policy.describe()})"


def governed(policy: PacePolicy) -> bool:
    """Whether the sending governor's caps apply: the policy paces at all (``none``, for tests, is left alone)."""
    return policy.max_delay > 0 or policy.rest_every is not None or policy.daily_cap is not None


def _hour_start(when: datetime) -> datetime:
    return when.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


# -- a paced timetable ----------------------------------------------------------------------


class _LeapingClock:
    """Virtual time in which waiting takes no time: the clock leaps to the end of the wait."""

    def __init__(self, start: datetime) -> None:
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def leap_to(self, when: datetime) -> None:
        self._now = max(self._now, when)

    async def sleep(self, seconds: float) -> None:
        self._now += timedelta(seconds=max(0.0, seconds))


def lay_out(
    policy: PacePolicy,
    start: datetime,
    count: int,
    *,
    rng: random.Random | None = None,
    planned_on: Callable[[date], int] | None = None,
    limits: Callable[[date], tuple[int | None, int | None]] | None = None,
) -> list[datetime]:
    """When each of ``count`` messages paced by ``policy`` goes, from ``start`` on (UTC, in order).

    The ``Pacer`` that spaces a send now lays out a send for later, in virtual
    time: the same delays, rests, daily cap and quiet hours, each wait leapt
    over at once (100,000 messages take a moment, not an event loop's worth of
    sleeps).  ``planned_on(day)`` says how many messages the device already has
    on that day (a date in ``policy.tz``), so the cap counts them too.  A policy
    that allows batching puts every message at ``start`` (or the first time the
    cap and quiet hours allow).
    """
    clock = _LeapingClock(start)
    pacer = Pacer(policy, clock, rng, planned_on, limits=limits)
    times: list[datetime] = []
    while len(times) < count:
        granted, at = pacer._step(clock.now(), count - len(times))
        if not granted:
            clock.leap_to(at)
            continue
        times.extend([at] * granted)
        pacer.record_sent(granted)
    return times


async def timetable(
    policy: PacePolicy,
    start: datetime,
    count: int,
    *,
    rng: random.Random | None = None,
    planned_on: Callable[[date], int] | None = None,
    limits: Callable[[date], tuple[int | None, int | None]] | None = None,
) -> list[datetime]:
    """``lay_out``, for callers on the event loop (nothing waits)."""
    return lay_out(policy, start, count, rng=rng, planned_on=planned_on, limits=limits)
