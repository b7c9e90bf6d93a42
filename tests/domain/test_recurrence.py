"""Recurrence rules: when each occurrence falls, checked on examples and with Hypothesis."""

from __future__ import annotations

import calendar
import itertools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wadesk.domain.errors import ValidationError
from wadesk.domain.recurrence import (
    LAST_DAY,
    Frequency,
    Rule,
    describe,
    next_occurrences,
    occurrences,
    parse_weekdays,
)

JAKARTA = ZoneInfo("Asia/Jakarta")
BERLIN = ZoneInfo("Europe/Berlin")
ZONES = [JAKARTA, ZoneInfo("Asia/Makassar"), ZoneInfo("Asia/Jayapura"), BERLIN, ZoneInfo("America/New_York")]

starts = st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31))
times = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
zones = st.sampled_from(ZONES)


def local_days(rule: Rule, limit: int) -> list[date]:
    return [o.local.date() for o in next_occurrences(rule, datetime(1990, 1, 1, tzinfo=UTC), limit)]


def test_monthly_on_the_31st_falls_on_the_last_day_of_short_months() -> None:
    rule = Rule(Frequency.MONTHLY, date(2027, 1, 31), time(9, 0), JAKARTA)
    days = local_days(rule, 13)
    assert days == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
        date(2027, 5, 31),
        date(2027, 6, 30),
        date(2027, 7, 31),
        date(2027, 8, 31),
        date(2027, 9, 30),
        date(2027, 10, 31),
        date(2027, 11, 30),
        date(2027, 12, 31),
        date(2028, 1, 31),
    ]
    leap = Rule(Frequency.MONTHLY, date(2028, 1, 30), time(9, 0), JAKARTA, day=LAST_DAY)
    assert local_days(leap, 2) == [date(2028, 1, 31), date(2028, 2, 29)]


def test_weekly_on_monday_and_thursday() -> None:
    rule = Rule(Frequency.WEEKLY, date(2026, 12, 1), time(8, 30), JAKARTA, weekdays=parse_weekdays("mon,thu"))
    assert local_days(rule, 4) == [date(2026, 12, 3), date(2026, 12, 7), date(2026, 12, 10), date(2026, 12, 14)]
    first = next(occurrences(rule))
    assert first.at == datetime(2026, 12, 3, 1, 30, tzinfo=UTC)  # 08:30 WIB
    assert first.key == "2026-12-03T08:30"


def test_until_and_count_end_the_rule() -> None:
    daily = Rule(Frequency.DAILY, date(2027, 1, 1), time(9, 0), JAKARTA, until=date(2027, 1, 3))
    assert local_days(daily, 10) == [date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 3)]
    counted = Rule(Frequency.MONTHLY, date(2027, 1, 15), time(9, 0), JAKARTA, count=6)
    assert len(list(occurrences(counted))) == 6
    later = datetime(2027, 4, 1, tzinfo=UTC)
    assert [o.number for o in occurrences(counted, later)] == [4, 5, 6]  # counted from the start


def test_wall_clock_time_is_kept_across_summer_time() -> None:
    rule = Rule(Frequency.DAILY, date(2027, 3, 27), time(9, 0), BERLIN)
    first, second = local_days(rule, 2), list(occurrences(rule))[:2]
    assert first == [date(2027, 3, 27), date(2027, 3, 28)]
    assert [o.at.astimezone(BERLIN).hour for o in second] == [9, 9]
    assert second[1].at - second[0].at == timedelta(hours=23)  # the clocks went forward that night


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        (lambda: Rule(Frequency.DAILY, date(2027, 1, 1), time(9), JAKARTA, weekdays=frozenset({0})), "weekly"),
        (lambda: Rule(Frequency.WEEKLY, date(2027, 1, 1), time(9), JAKARTA, day=3), "monthly"),
        (lambda: Rule(Frequency.MONTHLY, date(2027, 1, 1), time(9), JAKARTA, day=32), "1 to 31"),
        (lambda: Rule(Frequency.MONTHLY, date(2027, 1, 1), time(9), JAKARTA, count=0), "at least 1"),
        (lambda: Rule(Frequency.DAILY, date(2027, 1, 2), time(9), JAKARTA, until=date(2027, 1, 1)), "before"),
        (
            lambda: Rule(Frequency.DAILY, date(2027, 1, 1), time(9), JAKARTA, until=date(2027, 2, 1), count=2),
            "not both",
        ),
    ],
)
def test_a_rule_that_cannot_be_kept_is_refused_in_plain_words(rule: object, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        rule()  # type: ignore[operator]


def test_bad_weekday_names_are_refused() -> None:
    with pytest.raises(ValidationError, match="not a day of the week"):
        parse_weekdays("mon,funday")


def test_the_rule_in_words() -> None:
    rule = Rule(Frequency.MONTHLY, date(2027, 1, 31), time(9, 0), JAKARTA, count=6)
    assert describe(rule) == (
        "every month on the 31st (the last day in shorter months) at 09:00 (Asia/Jakarta), from 2027-01-31, 6 times"
    )
    weekly = Rule(Frequency.WEEKLY, date(2027, 1, 1), time(8, 0), JAKARTA, weekdays=frozenset({0, 3}))
    assert describe(weekly).startswith("every Monday and Thursday at 08:00")


# -- properties ----------------------------------------------------------------------------


@given(starts, times, zones, st.one_of(st.integers(1, 31), st.just(LAST_DAY)))
def test_monthly_is_once_a_month_on_the_right_day(start: date, at: time, zone: ZoneInfo, day: int) -> None:
    rule = Rule(Frequency.MONTHLY, start, at, zone, day=day)
    found = list(next_occurrences(rule, datetime(2000, 1, 1, tzinfo=UTC), 24))
    months = [(o.local.year, o.local.month) for o in found]
    assert len(set(months)) == len(months) == 24  # one a month, none skipped:
    for (y1, m1), (y2, m2) in itertools.pairwise(months):
        assert (y2 * 12 + m2) - (y1 * 12 + m1) == 1
    for o in found:
        last = calendar.monthrange(o.local.year, o.local.month)[1]
        assert o.local.day == (last if day == LAST_DAY else min(day, last))
        assert o.local.time() == at
        assert o.local.date() >= start


@given(starts, times, zones, st.frozensets(st.integers(0, 6), min_size=1))
def test_weekly_falls_only_on_the_chosen_days(start: date, at: time, zone: ZoneInfo, days: frozenset[int]) -> None:
    rule = Rule(Frequency.WEEKLY, start, at, zone, weekdays=days)
    found = list(next_occurrences(rule, datetime(2000, 1, 1, tzinfo=UTC), 3 * len(days)))
    assert {o.local.weekday() for o in found} == days
    assert found[0].local.date() - start < timedelta(days=7)
    assert all(b.local - a.local <= timedelta(days=7) for a, b in itertools.pairwise(found))


@given(
    starts,
    times,
    zones,
    st.sampled_from(list(Frequency)),
    st.one_of(st.none(), st.integers(1, 40)),
    st.one_of(st.none(), st.integers(0, 400)),
)
def test_occurrences_are_ordered_distinct_and_end_where_the_rule_says(
    start: date, at: time, zone: ZoneInfo, frequency: Frequency, count: int | None, days: int | None
) -> None:
    until = start + timedelta(days=days) if days is not None and count is None else None
    rule = Rule(frequency, start, at, zone, count=count, until=until)
    found = list(occurrences(rule, until=datetime.combine(start, time(), UTC) + timedelta(days=500)))
    instants = [o.at for o in found]
    assert instants == sorted(instants) and len(set(instants)) == len(instants)
    assert [o.number for o in found] == list(range(1, len(found) + 1))
    if count is not None:
        assert len(found) == min(count, len(found)) <= count
    if until is not None:
        assert all(o.local.date() <= until for o in found)
    # The key names the wall-clock time, which stays what the rule says (a skipped hour aside).
    assert all(o.local.time() == at for o in found)
    assert all(o.at.tzinfo is UTC for o in found)


@given(
    starts,
    times,
    zones,
    st.sampled_from(list(Frequency)),
    st.frozensets(st.integers(0, 6), min_size=1),
    st.integers(0, 3000),
    st.integers(0, 23),
)
def test_after_picks_up_where_it_left_off(
    start: date, at: time, zone: ZoneInfo, frequency: Frequency, days: frozenset[int], offset: int, hour: int
) -> None:
    """Occurrences after a moment are exactly the tail of all of them, numbers included: a restart (or a series made
    years ago) neither skips nor repeats one."""
    weekdays = days if frequency is Frequency.WEEKLY else frozenset()
    rule = Rule(frequency, start, at, zone, weekdays=weekdays)
    moment = datetime.combine(start, time(hour), UTC) + timedelta(days=offset)
    horizon = moment + timedelta(days=70)
    everything = list(occurrences(rule, until=horizon))
    assert list(occurrences(rule, moment, horizon)) == [o for o in everything if o.at >= moment]
