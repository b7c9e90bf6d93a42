"""Recurring schedules on a controlled clock: each occurrence becomes its messages once, on the right day, even
across a restart or two makers at once; until/count, edits of the future only, cancel."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.support.gateways import START, Gateways
from wadesk.app import open_app
from wadesk.domain import DeliveryStatus
from wadesk.domain.errors import ValidationError
from wadesk.domain.recurrence import Frequency, Rule
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.compose import Draft
from wadesk.services.events import SchedulesChanged, SeriesChanged
from wadesk.services.sending import SendRequest
from wadesk.services.series import MAX_MISSED, TOO_OLD

JAKARTA = ZoneInfo("Asia/Jakarta")
PHONE = "6281234567891"
OTHER = "6281234567892"


@pytest.fixture
def gateways(gateways: Gateways) -> Gateways:
    """The app and gateways, both clocks at 2026-11-23 03:00 UTC (10:00 in Jakarta): where every date here starts."""
    gateways.advance((START - gateways.clock.now()).total_seconds())
    return gateways


def request(gateways: Gateways, text: str = "Tagihan bulan ini", *numbers: str) -> SendRequest:
    wablas = gateways.app.accounts.get("wablas")
    return SendRequest(Draft(text=text), [wablas], numbers=list(numbers or [PHONE]), pace="none")


def local_dates(gateways: Gateways) -> list[date]:
    rows = gateways.app.store.messages.list(newest_first=False)
    return [r.scheduled_at.astimezone(JAKARTA).date() for r in rows if r.scheduled_at]


def day_step(gateways: Gateways, hours: float = 24) -> None:
    gateways.advance(hours * 3600)


async def test_monthly_on_the_31st_makes_one_message_a_month_on_the_right_day(gateways: Gateways) -> None:
    """A year on the clock, a day at a time: twelve messages, each made at most a day ahead and sent on its day."""
    app = gateways.app
    rule = Rule(Frequency.MONTHLY, date(2027, 1, 31), time(9, 0), JAKARTA)
    series = await app.series.create(request(gateways), rule)
    assert [o.local.date() for o in series.next[:3]] == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31)]
    assert app.store.messages.list() == []  # nothing within a day yet

    made_ahead: list[timedelta] = []
    app.events.subscribe(
        lambda e: made_ahead.extend(
            app.store.messages.get(i).scheduled_at - app.outbox.clock.now()  # type: ignore[operator]
            for i in e.message_ids
            if app.store.messages.get(i).status is DeliveryStatus.SCHEDULED
        ),
        SchedulesChanged,
    )
    # From 2026-11-23 03:00 UTC to 09:01 Jakarta time each day (02:01 UTC), through 2027 into 2028.
    day_step(gateways, 23 + 1 / 60)
    while app.outbox.clock.now() < datetime(2028, 1, 2, tzinfo=JAKARTA):
        await app.series.materialise()
        if any(r.status is DeliveryStatus.SCHEDULED for r in app.store.messages.list()):
            await app.outbox.run()  # sends what is due (and makes what is due again: nothing new)
        day_step(gateways)

    assert local_dates(gateways) == [
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
    ]
    rows = app.store.messages.list()
    assert all(r.status is not DeliveryStatus.SCHEDULED and not r.hold for r in rows)  # each went out, none missed
    assert all(r.scheduled_at.astimezone(JAKARTA).time() == time(9, 0) for r in rows)  # type: ignore[union-attr]
    assert len(gateways.sim.state.delivered("wablas", PHONE)) == 12
    assert made_ahead and all(timedelta(0) < ahead <= timedelta(hours=24) for ahead in made_ahead)


async def test_a_restart_between_two_occurrences_neither_skips_nor_doubles_one(
    gateways: Gateways, tmp_path: Path
) -> None:
    app = gateways.app
    rule = Rule(Frequency.DAILY, date(2026, 11, 24), time(9, 0), JAKARTA, count=5)
    await app.series.create(request(gateways), rule)  # the first (24th, 02:00 UTC) is within a day: made at once
    assert len(app.store.messages.list()) == 1
    day_step(gateways, 12)
    assert await app.series.materialise() == []
    clock = app.outbox.clock
    await app.aclose()  # the app "crashes" between two occurrences

    again = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
    again.outbox.clock = clock
    try:
        clock.advance(3 * 24 * 3600)  # closed for three days: the 24th to the 26th passed meanwhile
        both = await asyncio.gather(again.series.materialise(), again.series.materialise())  # two makers at once
        assert sorted(len(b) for b in both) == [0, 3]  # the 25th, 26th and 27th once; the 24th not again
        rows = again.store.messages.list(newest_first=False)
        assert [r.scheduled_at.astimezone(JAKARTA).date() for r in rows] == [  # type: ignore[union-attr]
            date(2026, 11, 24),
            date(2026, 11, 25),
            date(2026, 11, 26),
            date(2026, 11, 27),
        ]
        await again.outbox.run()
        held = again.schedules.missed()
        assert [r.scheduled_at.astimezone(JAKARTA).date() for r in held] == [  # type: ignore[union-attr]
            date(2026, 11, 24),
            date(2026, 11, 25),
            date(2026, 11, 26),
        ]  # passed while closed: held for the user, never sent silently
        clock.advance(7 * 24 * 3600)
        assert len(await again.series.materialise()) == 1  # the fifth and last
        assert len(again.store.messages.list()) == 5
        assert again.series.list() == []  # finished
        [finished] = again.series.list(everything=True)
        assert finished.state == "finished" and finished.next == ()
    finally:
        await again.aclose()


async def test_a_second_process_on_the_same_folder_makes_nothing_twice(gateways: Gateways, tmp_path: Path) -> None:
    app = gateways.app
    await app.series.create(request(gateways), Rule(Frequency.DAILY, date(2026, 11, 24), time(9, 0), JAKARTA))
    other = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
    other.outbox.clock = app.outbox.clock
    try:
        day_step(gateways, 54)  # the 24th was made with the series; the 25th and 26th are due now
        made = await asyncio.gather(app.series.materialise(), other.series.materialise())
        assert sum(len(m) for m in made) == 2  # shared out however it happens, each once
        rows = app.store.messages.list(newest_first=False)
        assert [r.scheduled_at.astimezone(JAKARTA).date() for r in rows] == [  # type: ignore[union-attr]
            date(2026, 11, 24),
            date(2026, 11, 25),
            date(2026, 11, 26),
        ]
    finally:
        await other.aclose()


async def test_weekly_on_monday_and_thursday_with_an_end_date(gateways: Gateways) -> None:
    app = gateways.app
    rule = Rule(
        Frequency.WEEKLY, date(2026, 11, 24), time(7, 30), JAKARTA, weekdays=frozenset({0, 3}), until=date(2026, 12, 10)
    )
    await app.series.create(request(gateways, "Jadwal piket", PHONE, OTHER), rule)
    day_step(gateways, 24 * 30)
    await app.series.materialise()
    rows = app.store.messages.list(newest_first=False)
    days = sorted({r.scheduled_at.astimezone(JAKARTA).date() for r in rows})  # type: ignore[union-attr]
    assert days == [date(2026, 11, 26), date(2026, 11, 30), date(2026, 12, 3), date(2026, 12, 7), date(2026, 12, 10)]
    assert len(rows) == 10  # two recipients each time
    assert all(r.campaign_id is not None for r in rows)  # each occurrence is a campaign: paced
    assert len({r.campaign_id for r in rows}) == 5


async def test_editing_changes_only_the_occurrences_to_come(gateways: Gateways) -> None:
    app = gateways.app
    rule = Rule(Frequency.DAILY, date(2026, 11, 24), time(9, 0), JAKARTA)
    series = await app.series.create(request(gateways, "lama"), rule)
    day_step(gateways, 23 + 1 / 60)  # the 24th's message is due: sent
    await app.outbox.run()  # sends the 24th's, and (its pass making what is due) makes the 25th's, waiting
    sent, waiting = app.store.messages.list(newest_first=False)
    assert sent.status is not DeliveryStatus.SCHEDULED and waiting.status is DeliveryStatus.SCHEDULED

    gateways.events.clear()
    edited = await app.series.edit(series.id, request=request(gateways, "baru"), rule=rule)

    rows = {r.id: r for r in app.store.messages.list()}
    text = {i: r.body.get("text") for i, r in rows.items()}
    assert text[sent.id] == "lama" and rows[sent.id].status is not DeliveryStatus.CANCELLED  # kept as it was
    assert rows[waiting.id].status is DeliveryStatus.CANCELLED  # made again from the new text:
    new = [r for r in rows.values() if text[r.id] == "baru"]
    assert [r.scheduled_at.astimezone(JAKARTA).date() for r in new] == [date(2026, 11, 25)]  # type: ignore[union-attr]
    assert SeriesChanged(frozenset({series.id})) in gateways.events
    assert edited.request.draft.text == "baru"
    assert [o.local.date() for o in edited.next[:2]] == [date(2026, 11, 25), date(2026, 11, 26)]


async def test_cancelling_a_series_cancels_what_waits_and_makes_nothing_more(gateways: Gateways) -> None:
    app = gateways.app
    series = await app.series.create(
        request(gateways), Rule(Frequency.DAILY, date(2026, 11, 24), time(9, 0), JAKARTA, count=10)
    )
    day_step(gateways, 12)
    await app.series.materialise()
    [waiting] = app.store.messages.list()

    cancelled = app.series.cancel(series.id)

    assert cancelled.state == "cancelled" and cancelled.next == ()
    assert app.store.messages.get(waiting.id).status is DeliveryStatus.CANCELLED
    day_step(gateways, 24 * 5)
    assert await app.series.materialise() == []
    assert len(app.store.messages.list()) == 1
    assert app.series.list() == []


async def test_an_occurrence_that_cannot_be_planned_is_kept_with_its_problem(gateways: Gateways) -> None:
    app = gateways.app
    series = await app.series.create(
        request(gateways), Rule(Frequency.DAILY, date(2026, 11, 24), time(9, 0), JAKARTA, count=3)
    )
    await app.contacts.opt_out([PHONE])  # the only recipient asked not to be messaged any more
    first = app.series.get(series.id).made[0]
    assert app.store.messages.get(first.message_ids[0]).status is DeliveryStatus.CANCELLED  # the one made: cancelled
    day_step(gateways, 24)
    assert await app.series.materialise() == []
    _, made = app.series.get(series.id).made
    assert made.problem and "asked not to be messaged" in made.problem and made.message_ids == ()
    assert await app.series.materialise() == []  # said once, not tried again and again


async def test_a_bad_series_is_refused_before_anything_is_stored(gateways: Gateways) -> None:
    app = gateways.app
    past = Rule(Frequency.DAILY, date(2026, 1, 1), time(9, 0), JAKARTA, until=date(2026, 2, 1))
    try:
        await app.series.create(request(gateways), past)
    except ValidationError as exc:
        assert str(exc) == "2026-01-01 09:00 (Asia/Jakarta) has already passed: the first time must be to come"
    else:
        raise AssertionError("a series wholly in the past was stored")
    nobody = SendRequest(Draft(text="x"), [app.accounts.get("wablas")], pace="none")
    try:
        await app.series.create(nobody, Rule(Frequency.DAILY, date(2026, 12, 1), time(9, 0), JAKARTA))
    except ValidationError:
        pass
    else:
        raise AssertionError("a series without recipients was stored")
    assert app.series.list(everything=True) == []


async def test_the_calendar_sees_occurrences_made_and_still_planned(gateways: Gateways) -> None:
    app = gateways.app
    series = await app.series.create(
        request(gateways), Rule(Frequency.WEEKLY, date(2026, 11, 24), time(9, 0), JAKARTA, weekdays=frozenset({1, 4}))
    )
    november = datetime(2026, 11, 1, tzinfo=JAKARTA), datetime(2026, 12, 1, tzinfo=JAKARTA)
    upcoming = app.series.upcoming(*november)
    # The 24th was made with the series (within a day); Friday the 27th is still only planned.
    assert [(u.occurrence.local.day, u.made) for u in upcoming] == [(24, True), (27, False)]
    assert all(u.series_id == series.id for u in upcoming)
    [made] = app.store.messages.list()
    assert app.series.of_messages([made.id]) == {made.id: (upcoming[0].key, "Asia/Jakarta")}


async def test_after_a_long_closure_only_the_latest_missed_occurrences_wait_for_the_user(
    gateways: Gateways,
) -> None:
    app = gateways.app
    series = await app.series.create(request(gateways), Rule(Frequency.DAILY, date(2026, 11, 24), time(9, 0), JAKARTA))
    day_step(gateways, 24 * 20 + 6)  # closed for twenty days: 2026-12-13 16:00 in Jakarta
    await app.outbox.run()
    missed = app.schedules.missed()
    assert len(missed) == MAX_MISSED + 1  # the one made before closing, and the latest twelve
    assert [r.scheduled_at.astimezone(JAKARTA).day for r in missed][-1] == 13  # type: ignore[union-attr]
    made = app.series.get(series.id).made
    assert sum(1 for o in made if o.problem == TOO_OLD) == 19 - MAX_MISSED  # 25 Nov to 13 Dec passed: 19
    assert len({o.key for o in made}) == len(made) == 21  # 24 Nov to 14 Dec (within a day), each once


async def test_a_new_time_applies_from_the_edit_on(gateways: Gateways) -> None:
    app = gateways.app
    rule = Rule(Frequency.DAILY, date(2026, 11, 24), time(9, 0), JAKARTA, count=4)
    series = await app.series.create(request(gateways), rule)
    [first] = app.store.messages.list()  # the 24th, 09:00: made, waiting
    edited = await app.series.edit(series.id, rule=Rule(Frequency.DAILY, date(2026, 11, 24), time(8, 30), JAKARTA))
    assert app.store.messages.get(first.id).status is DeliveryStatus.CANCELLED
    [again] = [r for r in app.store.messages.list() if r.status is DeliveryStatus.SCHEDULED]
    assert again.scheduled_at == datetime(2026, 11, 24, 8, 30, tzinfo=JAKARTA)
    assert edited.rule.count is None and edited.description.startswith("every day at 08:30 (Asia/Jakarta)")


async def test_wall_clock_time_is_kept_across_summer_time_in_any_zone(gateways: Gateways) -> None:
    app = gateways.app
    berlin = ZoneInfo("Europe/Berlin")
    await app.series.create(request(gateways), Rule(Frequency.DAILY, date(2027, 3, 27), time(9, 0), berlin, count=3))
    day_step(gateways, 24 * 130)
    await app.series.materialise()
    rows = app.store.messages.list(newest_first=False)
    assert [r.scheduled_at.astimezone(berlin).hour for r in rows] == [9, 9, 9]  # type: ignore[union-attr]
    assert [r.scheduled_at.hour for r in rows] == [8, 7, 7]  # type: ignore[union-attr]  # in UTC: +1, then +2
    assert app.series.of_messages([rows[0].id])[rows[0].id][1] == "Europe/Berlin"


async def test_an_edit_while_occurrences_are_being_made_leaves_only_the_new_version(gateways: Gateways) -> None:
    app = gateways.app
    rule = Rule(Frequency.DAILY, date(2026, 11, 25), time(9, 0), JAKARTA)
    series = await app.series.create(request(gateways, "lama"), rule)
    assert app.store.messages.list() == []
    day_step(gateways, 24)  # the 25th is within a day now
    making = asyncio.ensure_future(app.series.materialise())
    await asyncio.sleep(0)  # it is planning the 25th from the old text
    await app.series.edit(series.id, request=request(gateways, "baru"))
    await making
    await app.series.materialise()
    rows = [r for r in app.store.messages.list() if r.status is not DeliveryStatus.CANCELLED]
    assert [(r.body.get("text"), r.scheduled_at) for r in rows] == [("baru", datetime(2026, 11, 25, 9, tzinfo=JAKARTA))]
