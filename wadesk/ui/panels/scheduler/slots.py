"""When a new message written from the calendar should go: a sensible time on the chosen day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

MORNING = time(9, 0)  # a day to come: 09:00, when shops open
LEAD = timedelta(minutes=30)  # today: the next whole hour at least this far ahead


def sensible_time(day: date, now: datetime, tz: tzinfo) -> datetime | None:
    """09:00 on a day to come; today, the next whole hour at least half an hour away; a past day: None."""
    today = now.astimezone(tz).date()
    if day < today:
        return None
    if day > today:
        return datetime.combine(day, MORNING, tzinfo=tz)
    soon = (now + LEAD).astimezone(tz)
    hour = soon.replace(minute=0, second=0, microsecond=0)
    if hour < soon:
        hour += timedelta(hours=1)
    return hour if hour.date() == day else None


def same_time_on(at: datetime, day: date, tz: tzinfo) -> datetime:
    """``at``'s wall-clock time (in ``tz``) on ``day``: where a dragged schedule lands."""
    local = at.astimezone(tz)
    return datetime.combine(day, local.timetz().replace(tzinfo=None), tzinfo=tz)
