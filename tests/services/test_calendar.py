"""What the Scheduler's calendar reads: sends grouped as people made them, each device's pace, a day over a
device's daily cap, a campaign's projected window, and entries from another source (a recurring series)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.support.gateways import Gateways
from wadesk.domain import OutgoingMessage, Recipient
from wadesk.services.calendar import CalendarEntry, read_calendar

JAKARTA = ZoneInfo("Asia/Jakarta")
PACE = "min=30,max=60,daily_cap=20,quiet=21:00-07:00,tz=Asia/Jakarta"


def people(count: int, text: str = "Halo {n}") -> list[OutgoingMessage]:
    return [
        OutgoingMessage(ref_id=f"{text[:4]}{i}", to=Recipient(f"62812345{i:05d}"), text=text.replace("{n}", str(i)))
        for i in range(count)
    ]


def tomorrow_at(gateways: Gateways, hour: int) -> datetime:
    day = gateways.clock.now().astimezone(JAKARTA).date() + timedelta(days=1)
    return datetime.combine(day, datetime.min.time(), JAKARTA).replace(hour=hour)


async def test_a_paced_campaign_is_one_send_over_its_cap_with_its_window_to_the_next_morning(
    gateways: Gateways,
) -> None:
    app = gateways.app
    shop = app.accounts.get("chatbot")  # held by wadesk: its messages share one time, the pace spaces them
    campaign = app.store.outbox.create_campaign(shop.id, "Menu spesial", "Halo {name}", PACE)
    at = tomorrow_at(gateways, 10)
    app.outbox.enqueue(shop, people(24), campaign_id=campaign, at=at)
    app.outbox.enqueue(shop, people(2, "Pengingat"), at=at + timedelta(hours=2))  # one send to two people

    snapshot = read_calendar(app.store, app.accounts, app.schedules, gateways.clock.now(), default_pace="safe")

    first, second = snapshot.entries
    assert (first.count, first.campaign, first.preview, first.where) == (
        24,
        "Menu spesial",
        "Halo {name}",
        "in wadesk — sent while wadesk runs",
    )
    assert (second.count, second.recipients, second.campaign_id) == (2, "2 recipients", None)
    device = snapshot.device(shop.id)
    assert device is not None and device.own_pace
    assert (device.daily_cap, device.quiet) == (20, "21:00–07:00")
    assert snapshot.over_cap == {(shop.id, at.date()): 26}
    [window] = snapshot.windows
    assert window.first == at and window.count == 24
    # 20 on the day, then quiet hours until 07:00: the last four go the next morning.
    assert window.last.astimezone(JAKARTA).date() == at.date() + timedelta(days=1)
    assert window.last.astimezone(JAKARTA).hour == 7
    assert snapshot.per_day(JAKARTA) == {at.date(): {shop.id: 26}}
    other = snapshot.device(app.accounts.get("wablas").id)
    assert other is not None and not other.own_pace and other.daily_cap == 200  # the usual (safe) pace


async def test_another_source_adds_its_entries_and_a_missed_one_is_apart(gateways: Gateways) -> None:
    app = gateways.app
    shop = app.accounts.get("wablas")
    occurrence = CalendarEntry(
        key="series:1:2026-12-01",
        at=datetime(2026, 12, 1, 2, 0, tzinfo=UTC),
        account_id=shop.id,
        recipients="Budi",
        count=1,
        preview="Tagihan bulan ini",
        where="in wadesk — sent while wadesk runs",
        on_gateway=False,
        message_ids=(),
        can_cancel=False,
        can_move=False,
    )
    snapshot = read_calendar(
        app.store, app.accounts, app.schedules, gateways.clock.now(), sources=[lambda: [occurrence]]
    )
    assert snapshot.entries == [occurrence]
    assert snapshot.missed == []
    assert snapshot.per_day(UTC) == {date(2026, 12, 1): {shop.id: 1}}
