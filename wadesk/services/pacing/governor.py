"""The sending governor: each device's caps, warm-up and pause, in one place for every gateway.

The outbox's dispatcher asks it, for every message whatever sends it
(campaigns, one person's message, a recurring schedule's occurrence, the
window or ``wadesk outbox run --follow``):

* ``limits(account_id)``: the caps its device's ``Pacer`` applies — a new
  number's warm-up cap for the day and the cap per clock hour (``warmup.GOVERNOR``);
* ``paused(account_id, now)``: whether the device sends at all.  Three
  "blocked / banned / not connected" answers in a row (``saw``), a rate limit
  or the device dropping (the ``DeviceMonitor``'s ``DeviceChanged``, followed
  while the sending service runs: ``watch_devices``) pause it,
  with the gateway's own words.  The pause is stored, so a restart keeps it;
  it ends when the user says so (``resume``) or, for a stated wait, once that
  has passed.  Nothing is lost: paused messages stay queued.

Every change of a pause is told on the change feed (``SendingStateChanged``),
for the window and the tray.  Qt-free.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from wadesk.domain.errors import WadeskError
from wadesk.domain.models import DeviceState
from wadesk.domain.words import N_
from wadesk.domain.zones import local_zone
from wadesk.services.events import DeviceChanged, EventHub, SendingStateChanged
from wadesk.services.pacing.pacer import Pacer
from wadesk.services.pacing.warmup import GOVERNOR, DayCount, GovernorTable, Warmup, is_trouble, warmup
from wadesk.store import Store
from wadesk.store.sending import StoredPause

log = logging.getLogger(__name__)

Limits = Callable[[date], tuple[int | None, int | None]]
# How far back a device's days count for its warm-up: a number silent for longer warms up again (as a new one would).
WARMUP_MEMORY = timedelta(days=60)


@dataclass(frozen=True)
class SendingState:
    """What a device's sending is doing, for the Devices panel, ``wadesk sending`` and the tray.

    ``kind``: ``ready``, ``resting`` (a cap or a rest holds it until
    ``until``), or ``paused`` (``reason``: the gateway's words; ``until``: it
    resumes by itself then, None: when the user says so).  ``text`` says it all
    in plain words, in the device's zone.
    """

    account_id: int
    kind: str
    text: str
    warmup: Warmup
    sent_today: int
    cap_today: int | None
    sent_this_hour: int
    hourly_cap: int | None
    reason: str | None = None
    until: datetime | None = None

    @property
    def paused(self) -> bool:
        return self.kind == "paused"

    def as_dict(self) -> dict[str, object]:
        """For ``wadesk sending --json``."""
        return {
            "account_id": self.account_id,
            "state": self.kind,
            "text": self.text,
            "reason": self.reason,
            "until": self.until.isoformat() if self.until else None,
            "warmup_day": None if self.warmup.done else self.warmup.day,
            "warmup_days": self.warmup.of,
            "sent_today": self.sent_today,
            "cap_today": self.cap_today,
            "sent_this_hour": self.sent_this_hour,
            "hourly_cap": self.hourly_cap,
        }


@dataclass(frozen=True)
class Pace:
    """What a device's live ``Pacer`` counts, read on the event loop (the pacer is not for other threads)."""

    sent_today: int
    cap_today: int | None
    sent_this_hour: int
    hourly_cap: int | None
    waiting_for: str | None
    next_at: datetime

    @classmethod
    def of(cls, pacer: Pacer) -> Pace:
        return cls(
            pacer.count_today,
            pacer.daily_cap,
            pacer.count_this_hour,
            pacer.hourly_cap,
            pacer.waiting_for,
            pacer.next_allowed_at,
        )


class Governor:
    """Caps, warm-up and pauses of every device; ``tz``: the zone its days are counted in (the user's)."""

    def __init__(
        self, store: Store, events: EventHub, table: GovernorTable = GOVERNOR, tz: tzinfo | None = None
    ) -> None:
        self._store = store
        self._events = events
        self.table = table
        self.tz = tz or local_zone()
        self._pauses: dict[int, StoredPause] = {}
        self._troubles: dict[int, int] = {}  # trouble answers in a row, per device (stored: one send a process)
        self.reload()

    def watch_devices(self) -> Callable[[], None]:
        """Follow the device monitor (``DeviceChanged``): a phone that drops pauses its sending; returns the stop.

        The sending service does this while it runs (``Outbox.serve``), so the
        governor leaves no listener behind.
        """
        return self._events.subscribe(self._device_changed, DeviceChanged)

    # -- pauses -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the pauses again (another wadesk, e.g. ``wadesk sending --resume``, may have changed them)."""
        self._pauses = {p.account_id: p for p in self._store.sending.pauses()}
        self._troubles = self._store.sending.troubles()

    def paused(self, account_id: int, now: datetime) -> StoredPause | None:
        """The device's pause, if it has one that is not over (a stated wait that has passed ends it)."""
        pause = self._pauses.get(account_id)
        if pause is None:
            return None
        if pause.until is not None and pause.until <= now:
            self._lift(account_id, "its wait is over")
            return None
        return pause

    def pause(self, account_id: int, reason: str, now: datetime, until: datetime | None = None) -> None:
        """Pause the device's sending (stored); ``until``: a stated wait, None: until the user resumes it.

        A pause until the user says so is never shortened by a later wait.
        """
        reason = plain_words(reason)
        current = self._pauses.get(account_id)
        if current is not None and current.until is None:
            return  # paused until the user says so already
        if current is not None and until is not None and current.until is not None and current.until >= until:
            return
        self._store.sending.pause(account_id, reason, now, until)
        self._pauses[account_id] = StoredPause(account_id, reason, now, until)
        log.warning("sending paused on account %s: %s", account_id, reason)
        self._events.publish(SendingStateChanged(account_id, True, reason, until, self._name(account_id)))

    def resume(self, account_id: int) -> bool:
        """The user says: send again on this device.  Whether it was paused."""
        return self._lift(account_id, "resumed")

    def _lift(self, account_id: int, why: str) -> bool:
        self._set_run(account_id, 0)
        had = self._store.sending.resume(account_id)
        had = self._pauses.pop(account_id, None) is not None or had
        if had:
            log.info("sending resumed on account %s: %s", account_id, why)
            self._events.publish(SendingStateChanged(account_id, False, device=self._name(account_id)))
        return had

    def _name(self, account_id: int) -> str:
        try:
            return self._store.accounts.get_by_id(account_id).name
        except WadeskError:
            return ""

    def saw(self, account_id: int, words: str | None, now: datetime, *, accepted: bool = False) -> bool:
        """One answer of the device's gateway; True when it pauses the device now.

        ``accepted`` (a message went out) ends a run of trouble; an answer whose
        ``words`` mean blocked / banned / not connected adds to it, and the
        ``trouble_run``-th in a row pauses the device with those words.
        """
        if accepted:
            self._set_run(account_id, 0)
            return False
        if not is_trouble(words):
            return False
        run = self._troubles.get(account_id, 0) + 1
        if run < self.table.trouble_run:
            self._set_run(account_id, run)
            return False
        self._set_run(account_id, 0)
        self.pause(account_id, words or "", now)
        return True

    def _set_run(self, account_id: int, run: int) -> None:
        """Keep a device's run of trouble answers (written only when it changes: not at every accepted message)."""
        if self._troubles.get(account_id, 0) == run:
            return
        self._store.sending.set_troubles(account_id, run)
        if run:
            self._troubles[account_id] = run
        else:
            self._troubles.pop(account_id, None)

    def _device_changed(self, event: DeviceChanged) -> None:
        """The device monitor saw a connected device drop: pause its sending until the user resumes it."""
        if not event.went_offline:
            return
        device = getattr(event.detail, "device", None)
        state = getattr(device, "state", None)
        words = getattr(event.detail, "error", None)
        if not words:  # stored as the pause's reason: wadesk's own words, value-free so the window can translate them
            said: dict[DeviceState | None, str] = {
                DeviceState.DISCONNECTED: N_("the gateway says the device is disconnected"),
                DeviceState.PAIRING: N_("the gateway says the device is pairing"),
                DeviceState.UNKNOWN: N_("the gateway says the device is unknown"),
                DeviceState.CONNECTED: N_("the gateway says the device is connected"),
            }
            words = said.get(
                state if isinstance(state, DeviceState) else None, N_("the gateway says the device is not connected")
            )
        checked = getattr(event.detail, "checked_at", None)
        self.pause(event.account_id, words, checked if isinstance(checked, datetime) else datetime.now(UTC))

    # -- caps and warm-up ---------------------------------------------------------------------

    def count(self, account_id: int, now: datetime, accepted: int, failed: int) -> None:
        """Count the gateway's answers (what it accepted, what it refused) for the caps and the warm-up."""
        self._store.sending.count(account_id, now, accepted, failed)

    def warmup(self, account_id: int, today: date) -> Warmup:
        """Where the device stands in its warm-up on ``today`` (a date in ``tz``)."""
        return device_warmup(self._store, account_id, today, self.tz, self.table)

    def limits(self, account_id: int) -> Limits:
        """For the device's ``Pacer``: ``(cap for the day, cap per hour)``."""
        return device_limits(self._store, account_id, self.tz, self.table)

    def sent_on(self, account_id: int, day: date) -> int:
        """How many messages the device's gateway accepted on ``day`` (in ``tz``)."""
        start = self._midnight(day)
        return self._store.sending.accepted_between(account_id, start, self._midnight(day + timedelta(days=1)))

    def sent_in_hour(self, account_id: int) -> Callable[[datetime], int]:
        """For the device's ``Pacer``: how many its gateway accepted in the clock hour starting at a time."""

        def at(hour: datetime) -> int:
            return self._store.sending.accepted_between(account_id, hour, hour + timedelta(hours=1))

        return at

    def _midnight(self, day: date) -> datetime:
        return datetime.combine(day, time.min, tzinfo=self.tz).astimezone(UTC)

    # -- what the user sees -------------------------------------------------------------------

    def state(self, account_id: int, now: datetime, pace: Pace | None = None) -> SendingState:
        """The device's sending state now; ``pace``: its live pacer's counts, if it is sending (its rests show).

        Reads the store: callers on the event loop with many devices call it from a worker thread.
        """
        today = now.astimezone(self.tz).date()
        ramp = self.warmup(account_id, today)
        hour = now.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
        if pace is not None:
            sent_today, cap, in_hour, hourly = pace.sent_today, pace.cap_today, pace.sent_this_hour, pace.hourly_cap
        else:
            sent_today, cap = self.sent_on(account_id, today), ramp.daily_cap
            in_hour, hourly = self.sent_in_hour(account_id)(hour), self.table.hourly_cap
        base = SendingState(account_id, "ready", "ready", ramp, sent_today, cap, in_hour, hourly)
        pause = self.paused(account_id, now)
        if pause is not None:
            if pause.until is not None:
                text = f"paused until {_clock(pause.until, self.tz, now)}: {pause.reason}"
            else:
                text = f"paused: {pause.reason}"
            return replace(base, kind="paused", text=text, reason=pause.reason, until=pause.until)
        ramp_text = "" if ramp.done else f"warm-up day {ramp.day} of {ramp.of}"
        capped = "" if cap is None else f"{sent_today} of {cap} today"
        detail = ", ".join(part for part in (ramp_text, capped) if part)
        until: datetime | None = None
        if cap is not None and sent_today >= cap:
            until = datetime.combine(today + timedelta(days=1), time.min, tzinfo=self.tz).astimezone(UTC)
        elif hourly is not None and in_hour >= hourly:
            until = hour + timedelta(hours=1)
        elif pace is not None and pace.waiting_for in ("rest", "quiet hours", "daily cap", "hourly cap"):
            until = pace.next_at
        if until is not None:
            text = f"resting until {_clock(until, self.tz, now)}"
            return replace(base, kind="resting", text=f"{text} ({detail})" if detail else text, until=until)
        return replace(base, text=f"ready ({detail})" if detail else "ready")


def device_warmup(store: Store, account_id: int, today: date, tz: tzinfo, table: GovernorTable = GOVERNOR) -> Warmup:
    """Where a device stands in its warm-up on ``today`` (a date in ``tz``), from what its gateway answered."""
    days: dict[date, tuple[int, int]] = {}
    midnight = datetime.combine(today, time.min, tzinfo=tz).astimezone(UTC)
    for hour in store.sending.hours(account_id, midnight - WARMUP_MEMORY, midnight):
        day = hour.hour.astimezone(tz).date()
        accepted, failed = days.get(day, (0, 0))
        days[day] = (accepted + hour.accepted, failed + hour.failed)
    return warmup((DayCount(d, a, f) for d, (a, f) in days.items()), today, table)


def device_limits(store: Store, account_id: int, tz: tzinfo | None = None, table: GovernorTable = GOVERNOR) -> Limits:
    """A device's caps for a ``Pacer`` or a timetable laid out in advance: ``(cap for the day, cap per hour)``.

    The same for the dispatcher and for the Composer's estimate, so that "done Thu 3 Dec" counts them.
    """
    zone = tz or local_zone()

    def on(day: date) -> tuple[int | None, int | None]:
        return device_warmup(store, account_id, day, zone, table).daily_cap, table.hourly_cap

    return on


_HTTP = re.compile(r"\bHTTP \d{3}:\s*")


def plain_words(words: str) -> str:
    """The gateway's words without the HTTP status wadesk put before them (shown in the window, read by a person)."""
    return _HTTP.sub("", words).strip() or words


def _clock(when: datetime, tz: tzinfo, now: datetime) -> str:
    """``14:05`` today, ``Thu 14:05`` another day, in the user's zone."""
    local = when.astimezone(tz)
    if local.date() == now.astimezone(tz).date():
        return local.strftime("%H:%M")
    return local.strftime("%a %H:%M")


__all__ = ["Governor", "Limits", "Pace", "SendingState", "device_limits", "device_warmup"]
