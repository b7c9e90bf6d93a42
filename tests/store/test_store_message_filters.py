"""The message list's filters (device, campaign, status, a span of times, words), alone and together, against a
naive filter of every row in Python; the per-status counts of one ``GROUP BY`` against the same."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wadesk.domain.models import Contact, OutgoingMessage, Recipient
from wadesk.domain.status import DeliveryStatus
from wadesk.store import Store, open_store
from wadesk.store.message_list import MessageListRow, MessageQuery, MessageSort

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
WORDS = ("promo", "kupon", "Ongkir", "jadwal", "terima kasih")
ERRORS = ("phone number is not registered", "quota exceeded", None, None)
NUMBERS = [f"62812000{n:05d}" for n in range(12)]
NAMES = {NUMBERS[0]: "Budi Santoso", NUMBERS[1]: "Siti Promo", NUMBERS[2]: "Apotek Sehat"}


@pytest.fixture(scope="module")
def filled() -> Iterator[tuple[Store, list[MessageListRow], dict[str, int]]]:
    rng = random.Random(15)
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder), now=lambda: NOW) as store:
        shop = store.accounts.add("Toko Cahaya", "wablas")
        clinic = store.accounts.add("Klinik Sehat", "wablas")
        promo = store.outbox.create_campaign(shop.id, "Promo Desember", "", "safe")
        store.contacts.upsert_many([Contact(number, name) for number, name in NAMES.items()])
        for account, campaign in ((shop, None), (shop, promo), (clinic, None)):
            messages = [
                OutgoingMessage(
                    ref_id=f"{account.id}-{campaign}-{n}",
                    to=Recipient(rng.choice(NUMBERS)),
                    text=" ".join(rng.sample(WORDS, 2)) + f" nomor {n}",
                )
                for n in range(60)
            ]
            ids = store.messages.add_many_ids(account.id, messages, campaign_id=campaign)
            store.messages.set_history(
                (
                    message_id,
                    rng.choice(list(DeliveryStatus)),
                    created := NOW - timedelta(hours=rng.randrange(24 * 40)),
                    created + timedelta(minutes=5),
                    None,
                    rng.choice(ERRORS),
                )
                for message_id in ids
            )
        every = store.message_list.page(0, 10_000)
        yield store, every, {"shop": shop.id, "clinic": clinic.id, "promo": promo}


def naive(rows: list[MessageListRow], query: MessageQuery) -> list[MessageListRow]:
    def words(row: MessageListRow) -> bool:
        needle = query.text.strip().lower()
        haystack = (row.recipient, NAMES.get(row.recipient, ""), row.text, row.error or "", row.account)
        return not needle or any(needle in part.lower() for part in haystack)

    return [
        row
        for row in rows
        if (query.account_id is None or row.account_id == query.account_id)
        and (query.campaign_id is None or row.campaign_id == query.campaign_id)
        and (not query.statuses or row.status in query.statuses)
        and (query.since is None or row.created_at >= query.since)
        and (query.until is None or row.created_at < query.until)
        and words(row)
    ]


def check(store: Store, every: list[MessageListRow], query: MessageQuery) -> list[MessageListRow]:
    expected = naive(every, query)
    assert store.message_list.count(query) == len(expected)
    newest_first = store.message_list.page(0, 10_000, MessageSort.CREATED, descending=True, text=query)
    assert [r.id for r in newest_first] == sorted((r.id for r in expected), reverse=True)
    by_status = store.message_list.count_by_status(query)
    assert by_status == {s: sum(r.status is s for r in expected) for s in DeliveryStatus}
    return expected


def test_each_filter_alone_finds_what_a_naive_filter_finds(
    filled: tuple[Store, list[MessageListRow], dict[str, int]],
) -> None:
    store, every, ids = filled
    assert len(every) == 180
    assert check(store, every, MessageQuery()) == sorted(every, key=lambda r: r.id)  # no filter: everything
    for query in (
        MessageQuery(account_id=ids["clinic"]),
        MessageQuery(campaign_id=ids["promo"]),
        MessageQuery(statuses=frozenset({DeliveryStatus.FAILED})),
        MessageQuery(statuses=frozenset({DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN})),
        MessageQuery(since=NOW - timedelta(days=7)),
        MessageQuery(until=NOW - timedelta(days=30)),
        MessageQuery(text="kupon"),
        MessageQuery(text="budi"),  # a contact's name
        MessageQuery(text="KLINIK"),  # an account's name
        MessageQuery(text="not registered"),  # the gateway's words
        MessageQuery(text="6281200000003"),  # a number
    ):
        found = check(store, every, query)
        assert 0 < len(found) < len(every), query


def test_a_row_carries_the_contact_and_the_campaign(filled: tuple[Store, list[MessageListRow], dict[str, int]]) -> None:
    _, every, ids = filled
    budi = next(r for r in every if r.recipient == NUMBERS[0])
    assert budi.contact == "Budi Santoso"
    assert {r.campaign for r in every if r.campaign_id == ids["promo"]} == {"Promo Desember"}
    assert {r.campaign for r in every if r.campaign_id is None} == {""}
    assert {r.contact for r in every if r.recipient not in NAMES} == {""}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    account=st.sampled_from(["", "shop", "clinic"]),
    campaign=st.booleans(),
    statuses=st.frozensets(st.sampled_from(list(DeliveryStatus)), max_size=3),
    since=st.one_of(st.none(), st.integers(0, 45)),
    span=st.one_of(st.none(), st.integers(1, 20)),
    text=st.sampled_from(["", "promo", "siti", "sehat", "quota", "nomor 1", "%", "_"]),
)
def test_filters_together_find_what_a_naive_filter_finds(
    filled: tuple[Store, list[MessageListRow], dict[str, int]],
    account: str,
    campaign: bool,
    statuses: frozenset[DeliveryStatus],
    since: int | None,
    span: int | None,
    text: str,
) -> None:
    store, every, ids = filled
    start = None if since is None else NOW - timedelta(days=since)
    end = None if span is None or start is None else start + timedelta(days=span)
    query = MessageQuery(
        text=text,
        account_id=ids[account] if account else None,
        campaign_id=ids["promo"] if campaign else None,
        statuses=statuses,
        since=start,
        until=end,
    )
    check(store, every, query)
