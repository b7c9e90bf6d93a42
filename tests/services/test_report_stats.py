"""The Reports charts' numbers agree with a plain count of the rows: per day in the user's zone, per campaign."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.support.store import FakeClock, text_message
from wadesk.domain.status import DeliveryStatus
from wadesk.services.report_stats import FUNNEL_STEPS, ReportStats, Stage, stage_of
from wadesk.store import Store, open_store

BERLIN = ZoneInfo("Europe/Berlin")  # 27 Oct 2024 has 25 hours there
NOW = datetime(2024, 11, 10, 23, 30, tzinfo=UTC)  # already 11 Nov in Berlin
STATUSES = list(DeliveryStatus)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Store:
    with open_store(tmp_path / "home", now=clock) as opened:
        yield opened  # type: ignore[misc]


def fill(store: Store, clock: FakeClock, count: int = 400) -> tuple[int, int]:
    """``count`` messages over 45 days from two accounts, a few scheduled, in every status; two campaigns."""
    shop = store.accounts.add("Toko Rejeki", "wablas")
    clinic = store.accounts.add("Klinik Sehat", "chatbot")
    first = store.outbox.create_campaign(shop.id, "Promo", "Halo", "none")
    second = store.outbox.create_campaign(clinic.id, "Reminder", "Halo", "none")
    draw = random.Random(7)
    start = NOW - timedelta(days=44)
    for n in range(count):
        clock.current = start + timedelta(seconds=draw.uniform(0, 45 * 86400))
        account = draw.choice([shop, clinic])
        campaign = draw.choice([None, first, second])
        at = clock.current + timedelta(hours=draw.uniform(1, 30)) if draw.random() < 0.1 else None
        status = DeliveryStatus.SCHEDULED if at else DeliveryStatus.QUEUED
        [row] = store.messages.add_many(
            account.id, [text_message(f"r{n}", f"62811{n:08d}")], status=status, scheduled_at=at, campaign_id=campaign
        )
        target = draw.choice(STATUSES)
        with store._db.transaction() as connection:  # any status: the counts must not care how it got there
            connection.execute("UPDATE messages SET status = ? WHERE id = ?", (str(target), row.id))
    return first, second


def local_day(store: Store, message_id: int) -> date:
    row = store.messages.get(message_id)
    return (row.scheduled_at or row.created_at).astimezone(BERLIN).date()


def all_rows(store: Store) -> list[tuple[int, int, int | None, DeliveryStatus]]:
    with store._db.read() as connection:
        rows = connection.execute("SELECT id, account_id, campaign_id, status FROM messages").fetchall()
    return [(r[0], r[1], r[2], DeliveryStatus(r[3])) for r in rows]


def test_messages_per_day_by_status_agree_with_a_count_of_the_rows(store: Store, clock: FakeClock) -> None:
    fill(store, clock)
    counts = ReportStats(store).per_day(NOW, BERLIN, days=30)
    assert counts.days[-1] == date(2024, 11, 11)  # today in Berlin, not in UTC
    assert counts.days[0] == date(2024, 10, 13)
    assert len(counts.days) == 30 and set(counts.series) == {s.value for s in Stage}
    expected: Counter[tuple[date, str]] = Counter()
    for message_id, _, _, status in all_rows(store):
        expected[(local_day(store, message_id), stage_of(status).value)] += 1
    for index, day in enumerate(counts.days):
        for key, values in counts.series.items():
            assert values[index] == expected[(day, key)], (day, key)
    assert not counts.empty


def test_messages_per_day_by_device_agree_with_a_count_of_the_rows(store: Store, clock: FakeClock) -> None:
    fill(store, clock)
    counts = ReportStats(store).per_day(NOW, BERLIN, days=30, by_device=True)
    names = {a.id: a.name for a in store.accounts.list()}
    expected: Counter[tuple[date, str]] = Counter()
    for message_id, account_id, _, _ in all_rows(store):
        expected[(local_day(store, message_id), names[account_id])] += 1
    assert set(counts.series) == {"Toko Rejeki", "Klinik Sehat"}
    for index, day in enumerate(counts.days):
        for name, values in counts.series.items():
            assert values[index] == expected[(day, name)], (day, name)


def test_days_without_messages_are_zeros(store: Store) -> None:
    counts = ReportStats(store).per_day(NOW, BERLIN, days=7)
    assert len(counts.days) == 7
    assert all(values == (0,) * 7 for values in counts.series.values())
    assert counts.empty


def test_a_campaigns_funnel_is_cumulative_and_agrees_with_its_rows(store: Store, clock: FakeClock) -> None:
    first, _ = fill(store, clock)
    stats = ReportStats(store)
    funnel = stats.funnel(first)
    mine = [status for _, _, campaign, status in all_rows(store) if campaign == first]
    statuses = Counter(mine)
    assert funnel.total == len(mine) - statuses[DeliveryStatus.CANCELLED]
    assert funnel.failed == statuses[DeliveryStatus.FAILED]
    assert funnel.uncertain == statuses[DeliveryStatus.UNCERTAIN]
    order = [DeliveryStatus.ACCEPTED, DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.READ]
    for (name, reached), (step, _) in zip(funnel.steps, FUNNEL_STEPS, strict=True):
        assert name == step
        at_least = order[order.index(DeliveryStatus(name)) :]
        assert reached == sum(statuses[s] for s in at_least)
    values = [funnel.total, *(n for _, n in funnel.steps)]
    assert values == sorted(values, reverse=True)  # each step at most the one before


def test_campaigns_newest_first_with_their_devices_and_stages(store: Store, clock: FakeClock) -> None:
    first, second = fill(store, clock)
    progress = ReportStats(store).campaigns()
    assert [p.campaign.id for p in progress] == [second, first]
    rows = all_rows(store)
    for p in progress:
        mine = [(account, status) for _, account, campaign, status in rows if campaign == p.campaign.id]
        assert p.total == len(mine)
        assert set(p.devices) == {"Toko Rejeki", "Klinik Sehat"}
        by_stage = Counter(stage_of(status) for _, status in mine)
        assert p.stages == {stage: by_stage[stage] for stage in Stage}
        assert str(p.pace) == "no pacing"


def test_the_uncertain_messages_of_a_campaign_come_with_their_reason(store: Store, clock: FakeClock) -> None:
    shop = store.accounts.add("Toko Rejeki", "wablas")
    campaign = store.outbox.create_campaign(shop.id, "Promo", "Halo", "none")
    rows = store.messages.add_many(
        shop.id, [text_message(f"u{n}", f"6281100000{n:03d}") for n in range(3)], campaign_id=campaign
    )
    store.messages.mark_sending([r.id for r in rows])
    from wadesk.store import Outcome

    store.messages.record_outcomes(
        [Outcome(rows[0].id, DeliveryStatus.UNCERTAIN, error="the gateway did not answer in time")]
    )
    [doubt] = ReportStats(store).uncertain(campaign)
    assert doubt.id == rows[0].id
    assert doubt.error == "the gateway did not answer in time"


def test_news_is_told_once_a_campaign_finished_and_a_device_failing(store: Store, clock: FakeClock) -> None:
    from wadesk.services.alerts import Alerts, CampaignFinished, DeviceFailing
    from wadesk.services.events import CampaignsChanged, MessagesChanged
    from wadesk.store import Outcome

    shop = store.accounts.add("Toko Rejeki", "wablas")
    done_before = store.outbox.create_campaign(shop.id, "Old", "Halo", "none")
    [old] = store.messages.add_many(shop.id, [text_message("old", "6281100000999")], campaign_id=done_before)
    store.messages.mark_sending([old.id])
    store.messages.record_outcomes([Outcome(old.id, DeliveryStatus.ACCEPTED, provider_message_id="p-old")])
    alerts = Alerts(store, failure_run=3)
    alerts.start()
    assert alerts.follow([CampaignsChanged(frozenset({done_before}))]) == []  # finished before: not news

    campaign = store.outbox.create_campaign(shop.id, "Promo", "Halo", "none")
    rows = store.messages.add_many(
        shop.id, [text_message(f"p{n}", f"6281100000{n:03d}") for n in range(4)], campaign_id=campaign
    )
    event = MessagesChanged.of([r.id for r in rows], [campaign], [shop.id])
    assert alerts.follow([event]) == []  # still waiting
    store.messages.mark_sending([r.id for r in rows])
    clock.advance(1)
    store.messages.record_outcomes([Outcome(rows[0].id, DeliveryStatus.ACCEPTED, provider_message_id="p0")])
    clock.advance(1)
    store.messages.record_outcomes(
        [Outcome(r.id, DeliveryStatus.FAILED, error="nomor tidak terdaftar") for r in rows[1:]]
    )
    news = alerts.follow([event])
    assert news == [
        CampaignFinished("Promo", total=4, reached=1, failed=3, uncertain=0),
        DeviceFailing("Toko Rejeki", run=3, error="nomor tidak terdaftar"),
    ]
    assert alerts.follow([event, CampaignsChanged(frozenset({campaign}))]) == []  # said once
