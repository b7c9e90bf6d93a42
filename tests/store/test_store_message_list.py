"""The paged message list: counted, sorted and filtered in SQL, a page at a time, each order an index's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.support.store import FakeClock, text_message
from wadesk.domain.models import Account, MediaRef, MessageKind, OutgoingMessage, Recipient
from wadesk.domain.status import DeliveryStatus
from wadesk.store import Store
from wadesk.store.message_list import _ORDER, MessageSort
from wadesk.store.timestamps import from_text, isoformat_of, to_text


@pytest.fixture
def filled(store: Store, account: Account, clock: FakeClock) -> Store:
    """Six messages from two accounts, one a minute, one of them updated later."""
    other = store.accounts.add("Apotek Sehat", "wablas")
    store.messages.add_many(account.id, [text_message("m1", "6281100000003", "Halo Budi, pesanan siap")])
    clock.advance(60)
    store.messages.add_many(other.id, [text_message("m2", "6281100000001", "Diskon 50% hari ini")])
    clock.advance(60)
    store.messages.add_many(
        account.id,
        [
            OutgoingMessage(
                "m3",
                Recipient("6281100000002"),
                MessageKind.IMAGE,
                media=MediaRef(url="https://cdn.test/a.jpg"),
                caption='Katalog "baru"',
            )
        ],
    )
    clock.advance(60)
    store.messages.add_many(other.id, [text_message("m4", "6281100000005", "text_with_underscore")])
    clock.advance(60)
    store.messages.add_many(account.id, [text_message("m5", "6281100000004", "Terima kasih")])
    clock.advance(60)
    group = Recipient("120363000000000001@g.us", is_group=True)
    store.messages.add_many(account.id, [OutgoingMessage("m6", group, text="Rapat jam 3")])
    clock.advance(60)
    first = store.messages.by_ref("m1")
    assert first is not None
    store.messages.apply_update(first.id, DeliveryStatus.FAILED, note="nomor tidak terdaftar")
    return store


def refs(store: Store, rows: list[object]) -> list[str]:
    return [store.messages.get(row.id).ref_id for row in rows]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (MessageSort.CREATED, ["m1", "m2", "m3", "m4", "m5", "m6"]),
        (MessageSort.UPDATED, ["m2", "m3", "m4", "m5", "m6", "m1"]),
        (MessageSort.ACCOUNT, ["m2", "m4", "m1", "m3", "m5", "m6"]),  # Apotek Sehat before shop
        (MessageSort.RECIPIENT, ["m6", "m2", "m3", "m1", "m5", "m4"]),
        (MessageSort.STATUS, ["m1", "m2", "m3", "m4", "m5", "m6"]),  # failed before queued
    ],
)
def test_every_order_both_ways(filled: Store, sort: MessageSort, expected: list[str]) -> None:
    listing = filled.message_list
    assert refs(filled, listing.page(0, 100, sort)) == expected
    assert refs(filled, listing.page(0, 100, sort, descending=True)) == expected[::-1]
    assert refs(filled, listing.page(2, 3, sort)) == expected[2:5]
    assert listing.page(6, 10, sort) == []


def test_rows_say_what_a_list_shows(filled: Store, account: Account) -> None:
    first, *_ = filled.message_list.page(0, 1)
    assert (first.account, first.account_id, first.recipient, first.kind) == (
        "shop",
        account.id,
        "6281100000003",
        "text",
    )
    assert (first.text, first.status, first.error) == (
        "Halo Budi, pesanan siap",
        DeliveryStatus.FAILED,
        "nomor tidak terdaftar",
    )
    assert first.updated_at > first.created_at
    image = filled.message_list.page(2, 1)[0]
    assert image.text == 'Katalog "baru"'  # the caption where there is no text
    group = filled.message_list.page(5, 1)[0]
    assert group.is_group


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["m1", "m2", "m3", "m4", "m5", "m6"]),
        ("budi", ["m1"]),  # the text, in any case
        ("TIDAK TERDAFTAR", ["m1"]),  # the error
        ("apotek", ["m2", "m4"]),  # the account's name
        ("00000002", ["m3"]),  # the number
        ("@g.us", ["m6"]),
        ("50%", ["m2"]),  # % and _ are letters here, not wildcards
        ("t_w", ["m4"]),
        ('"baru"', ["m3"]),  # written differently in the stored JSON
        ("text", ["m4"]),  # not the JSON's own keys
        ("caption", []),
        ("  kasih ", ["m5"]),
    ],
)
def test_the_filter_looks_where_a_person_would(filled: Store, text: str, expected: list[str]) -> None:
    listing = filled.message_list
    assert refs(filled, listing.page(0, 100, text=text)) == expected
    assert listing.count(text) == len(expected)


def test_a_removed_accounts_messages_stay_listed(filled: Store, account: Account) -> None:
    filled.accounts.remove(account)
    assert filled.message_list.count() == 6
    assert {row.account for row in filled.message_list.page(0, 10, MessageSort.ACCOUNT)} == {"shop", "Apotek Sehat"}


@pytest.mark.parametrize("sort", [s for s in MessageSort if s is not MessageSort.ACCOUNT])
def test_pages_are_read_in_index_order_without_sorting(store: Store, sort: MessageSort) -> None:
    """Reading page 1,000 of 100,000 must not sort the table: every order but the account's is an index's."""
    order = ", ".join(_ORDER[sort])
    with store._db.read() as connection:
        plan = [
            row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN SELECT m.id FROM messages m ORDER BY {order}")
        ]
        plan_desc = [
            row[3]
            for row in connection.execute(
                f"EXPLAIN QUERY PLAN SELECT m.id FROM messages m ORDER BY {order.replace(',', ' DESC,')} DESC"
            )
        ]
    assert not any("TEMP B-TREE" in step for step in plan + plan_desc), plan + plan_desc


def test_the_outbox_listing_reads_a_page_at_a_time_as_it_is_iterated(store: Store, account: Account) -> None:
    """A listing of any length never holds every row: each page is read when the one before is used up."""
    stored = store.messages.add_many(
        account.id, [text_message(f"r{n}", f"62811{n:08d}", f"Halo {n}") for n in range(25)]
    )
    store.messages.apply_update(stored[3].id, DeliveryStatus.FAILED, note="nomor tidak terdaftar")

    listing = store.message_list.outbox(page=10)
    first = next(listing)
    # Written after the listing began and after its first page was read: found, since pages are read on demand.
    late = store.messages.add_many(account.id, [text_message("late", "6281199999999", "")])[0]
    rows = [first, *listing]

    assert [r.id for r in rows] == [*(s.id for s in stored), late.id]
    failed = rows[3]
    assert (failed.status, failed.error, failed.recipient, failed.text) == (
        DeliveryStatus.FAILED,
        "nomor tidak terdaftar",
        "6281100000003",
        "Halo 3",
    )
    assert rows[-1].text is None  # neither text nor caption
    assert [r.id for r in store.message_list.outbox([DeliveryStatus.FAILED], page=2)] == [stored[3].id]
    assert list(store.message_list.outbox([])) == []


def test_stored_messages_share_what_they_have_in_common(store: Store, account: Account) -> None:
    """A campaign's rows as stored reuse the messages' recipients and one creation time: no second copy of each."""
    messages = [text_message(f"s{n}", f"62811{n:08d}") for n in range(1_500)]
    rows = store.messages.add_many(account.id, messages)
    assert all(row.to is message.to for row, message in zip(rows, messages, strict=True))
    assert len({id(row.created_at) for row in rows}) == 1
    assert rows == [store.messages.get(row.id) for row in rows]  # as read back


def test_outbox_rows_keep_their_times_as_stored_and_parse_them_when_asked(
    store: Store, account: Account, clock: FakeClock
) -> None:
    """A listing that prints the stored text makes no datetime per row; ``updated_at`` still gives one."""
    later = datetime(2030, 1, 2, 3, 4, 5, 6, tzinfo=UTC)
    [row] = store.messages.add_many(
        account.id, [text_message("a")], status=DeliveryStatus.SCHEDULED, scheduled_at=later
    )

    [listed] = store.message_list.outbox()

    assert (listed.updated_text, listed.scheduled_text) == (to_text(clock.current), to_text(later))
    assert (listed.updated_at, listed.scheduled_at) == (row.updated_at, later)


@pytest.mark.parametrize(
    "text",
    [
        "2024-05-01T09:30:00.000000+00:00",  # as stored, a whole second: no fraction in isoformat()
        "2024-05-01T09:30:00.120000+00:00",
        "2024-05-01T09:30:00+00:00",  # not as stored: parsed
        "2024-05-01T16:30:00.5+07:00",
        "2024-05-01 09:30:00",
    ],
)
def test_isoformat_of_stored_text_is_isoformat_of_its_datetime(text: str) -> None:
    assert isoformat_of(text) == from_text(text).isoformat()
