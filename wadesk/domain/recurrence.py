"""Recurrence rules: when a recurring schedule's occurrences fall, as plain values and pure functions.

A ``Rule`` says *how often* (daily, weekly on chosen weekdays, monthly on a day
of the month or its last day), *at what wall-clock time in which zone*, *from
which day*, and *until when* (a last date, or a number of times).

- The time is wall-clock time in the rule's zone: 09:00 in Europe/Berlin stays
  09:00 across the change to and from summer time (Indonesia's zones have none,
  but any zone is allowed).  A time that does not exist on a day (the clocks
  jump over it) falls at the instant the hour before the jump names, i.e. an
  hour later on the clock; a time that exists twice (the clocks go back) is the
  first of the two.
- Monthly on a day the month lacks (the 31st in April, the 29th–31st in
  February) falls on that month's last day: exactly one occurrence a month.
- ``until`` is a local date and is included; ``count`` counts occurrences from
  the rule's ``start``.  Both may be left out (no end), not both given.
- An occurrence is named by its local date-time (``Occurrence.local``), which
  never changes with the zone's offsets: the key that makes each occurrence
  happen once.
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from wadesk.domain.errors import ValidationError
from wadesk.domain.words import N_, Phrase, phrase

LAST_DAY = -1  # a monthly rule's day: the last day of each month
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_WORDS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
_LONGEST = 100_000  # days walked at most in one call: 270 years of a daily rule


class Frequency(enum.StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class Rule:
    """A recurrence: ``frequency`` at ``at`` (wall clock) in ``zone``, from the day ``start``.

    ``weekdays`` (weekly only; 0 = Monday … 6 = Sunday) defaults to ``start``'s
    weekday; ``day`` (monthly only; 1–31 or ``LAST_DAY``) to ``start``'s day.
    """

    frequency: Frequency
    start: date
    at: time
    zone: tzinfo
    weekdays: frozenset[int] = field(default_factory=frozenset)
    day: int | None = None
    until: date | None = None
    count: int | None = None

    def __post_init__(self) -> None:
        check(self)

    @property
    def days_of_week(self) -> frozenset[int]:
        return self.weekdays or frozenset({self.start.weekday()})

    @property
    def day_of_month(self) -> int:
        return self.day if self.day is not None else self.start.day


@dataclass(frozen=True, order=True)
class Occurrence:
    """One occurrence: its number (1 = the first from the rule's start), local wall-clock time and instant (UTC)."""

    number: int
    local: datetime  # naive: the wall-clock date and time in the rule's zone
    at: datetime  # aware, UTC

    @property
    def key(self) -> str:
        """The local date-time as text: with the series id, what names this occurrence for good."""
        return f"{self.local:%Y-%m-%dT%H:%M}"


def check(rule: Rule) -> None:
    """Raise ``ValidationError`` (in plain words) for a rule that cannot be kept."""
    if rule.weekdays and rule.frequency is not Frequency.WEEKLY:
        raise ValidationError(N_("days of the week are for a weekly schedule only"))
    if any(not 0 <= d <= 6 for d in rule.weekdays):
        raise ValidationError(N_("a day of the week is Monday to Sunday"))
    if rule.day is not None:
        if rule.frequency is not Frequency.MONTHLY:
            raise ValidationError(N_("a day of the month is for a monthly schedule only"))
        if rule.day != LAST_DAY and not 1 <= rule.day <= 31:
            raise ValidationError(N_("{day} is not a day of the month: give 1 to 31, or the last day"), day=rule.day)
    if rule.until is not None and rule.count is not None:
        raise ValidationError(N_("give an end date or a number of times, not both"))
    if rule.count is not None and rule.count < 1:
        raise ValidationError(N_("the number of times must be at least 1"))
    if rule.until is not None and rule.until < rule.start:
        raise ValidationError(
            N_("the end date {until} is before the start {start}"),
            until=f"{rule.until:%Y-%m-%d}",
            start=f"{rule.start:%Y-%m-%d}",
        )
    if rule.at.tzinfo is not None:
        raise ValueError("a rule's time is wall-clock time, without a zone")


def monthly_day(year: int, month: int, day: int) -> int:
    """The day a monthly rule on ``day`` (or ``LAST_DAY``) falls on in that month: the last day where it is short."""
    last = calendar.monthrange(year, month)[1]
    return last if day == LAST_DAY else min(day, last)


def _days(rule: Rule, near: date | None = None) -> Iterator[tuple[int, date]]:
    """Every day the rule falls on with its number (1 = the first), without end (``until`` and ``count`` apply later).

    With ``near``, a daily or weekly rule starts a few days before it rather than at its start (the numbers
    counted, not walked): a rule made years ago costs no more than a new one.
    """
    day, number = rule.start, 0
    if near is not None and rule.frequency is not Frequency.MONTHLY and near - day > timedelta(days=14):
        weeks = (near - day).days // 7 - 1
        day += timedelta(weeks=weeks)
        number = weeks * (7 if rule.frequency is Frequency.DAILY else len(rule.days_of_week))
    if rule.frequency is Frequency.DAILY:
        while True:
            number += 1
            yield number, day
            day += timedelta(days=1)
    if rule.frequency is Frequency.WEEKLY:
        weekdays = rule.days_of_week
        while True:
            if day.weekday() in weekdays:
                number += 1
                yield number, day
            day += timedelta(days=1)
    wanted = rule.day_of_month
    year, month = day.year, day.month
    while True:
        candidate = date(year, month, monthly_day(year, month, wanted))
        if candidate >= rule.start:
            number += 1
            yield number, candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def instant(local: datetime, zone: tzinfo) -> datetime:
    """The UTC instant of a wall-clock time in ``zone`` (the first of two; after a jump for one that is skipped)."""
    return local.replace(tzinfo=zone, fold=0).astimezone(UTC)


def occurrences(rule: Rule, after: datetime | None = None, until: datetime | None = None) -> Iterator[Occurrence]:
    """The rule's occurrences in order: those at or after ``after`` and at or before ``until`` (aware datetimes).

    Ends where the rule ends (its ``until`` date or ``count``), or at ``until``
    given here; a rule without end and no ``until`` given goes on (at most
    ``_LONGEST`` days are walked, so a caller cannot loop for ever).
    """
    # A day more than two days before ``after`` (in any zone) cannot hold an occurrence at or after it.
    earliest = after.astimezone(UTC).date() - timedelta(days=2) if after is not None else None
    for walked, (number, day) in enumerate(_days(rule, earliest), start=1):
        if walked > _LONGEST:
            return
        if rule.count is not None and number > rule.count:
            return
        if rule.until is not None and day > rule.until:
            return
        if earliest is not None and day < earliest:
            continue
        local = datetime.combine(day, rule.at)
        at = instant(local, rule.zone)
        if until is not None and at > until:
            return
        if after is not None and at < after:
            continue
        yield Occurrence(number, local, at)


def next_occurrences(rule: Rule, after: datetime, limit: int) -> list[Occurrence]:
    """At most ``limit`` occurrences at or after ``after``."""
    found: list[Occurrence] = []
    for occurrence in occurrences(rule, after):
        if len(found) >= limit:
            break
        found.append(occurrence)
    return found


def weekday_names(days: frozenset[int]) -> str:
    """``mon,thu``: weekdays as the command line writes them."""
    return ",".join(WEEKDAY_NAMES[d] for d in sorted(days))


def parse_weekdays(text: str) -> frozenset[int]:
    """``mon,thu`` (or ``monday, Thursday``) as weekday numbers; ``ValidationError`` for anything else."""
    days: set[int] = set()
    for part in text.split(","):
        word = part.strip().lower()[:3]
        if word not in WEEKDAY_NAMES:
            raise ValidationError(
                N_("'{value}' is not a day of the week (mon, tue, wed, thu, fri, sat, sun)"), value=part.strip()
            )
        days.add(WEEKDAY_NAMES.index(word))
    return frozenset(days)


def describe(rule: Rule) -> str:
    """The rule in words: ``every month on the last day at 09:00 (Asia/Jakarta), 6 times``."""
    return str(rule_words(rule))


def rule_words(rule: Rule) -> Phrase:
    """``describe`` for the window (``wadesk.ui.i18n.say``)."""
    what = _what(rule)
    if rule.frequency is Frequency.MONTHLY and rule.day_of_month != LAST_DAY and rule.day_of_month > 28:
        what = phrase(N_("{what} (the last day in shorter months)"), what=what)
    said = phrase(
        N_("{what} at {time} ({zone}), from {start}"),
        what=what,
        time=f"{rule.at:%H:%M}",
        zone=_zone_label(rule.zone),
        start=f"{rule.start:%Y-%m-%d}",
    )
    if rule.until is not None:
        said = phrase(N_("{rule} until {until}"), rule=said, until=f"{rule.until:%Y-%m-%d}")
    if rule.count is not None:
        if rule.count == 1:
            said = phrase(N_("{rule}, 1 time"), rule=said)
        else:
            said = phrase(N_("{rule}, {count} times"), rule=said, count=rule.count)
    return said


def repeats_words(rule: Rule) -> Phrase:
    """How often and at what time, in short: ``every Monday and Thursday at 09:00``."""
    return phrase(N_("{what} at {time}"), what=_what(rule), time=f"{rule.at:%H:%M}")


def _what(rule: Rule) -> Phrase:
    if rule.frequency is Frequency.DAILY:
        return phrase(N_("every day"))
    if rule.frequency is Frequency.WEEKLY:
        named = [phrase(_WEEKDAY_WORDS[d]) for d in sorted(rule.days_of_week)]
        return phrase(N_("every {days}"), days=_and(named))
    day = rule.day_of_month
    if day == LAST_DAY:
        return phrase(N_("every month on the last day"))
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    template = {
        "st": N_("every month on the {day}st"),
        "nd": N_("every month on the {day}nd"),
        "rd": N_("every month on the {day}rd"),
    }.get(suffix, N_("every month on the {day}th"))
    return phrase(template, day=day)


def _and(items: list[Phrase]) -> Phrase:
    """``Monday``, ``Monday and Friday``, ``Monday, Tuesday and Friday``."""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return phrase(N_("{first} and {last}"), first=items[0], last=items[1])
    return phrase(N_("{first}, {rest}"), first=items[0], rest=_and(items[1:]))


def _zone_label(zone: tzinfo) -> str:
    return str(getattr(zone, "key", None) or zone.tzname(None) or zone)
