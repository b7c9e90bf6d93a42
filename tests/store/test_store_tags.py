"""Tags, opt-outs, number-check dates and the paged address book (migration V7), on a real SQLite file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from tests.support.store import FakeClock, text_message
from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Account, Contact
from wadesk.store import FILENAME, Store, open_store
from wadesk.store.contact_list import ContactFilter, ContactSort
from wadesk.store.db import migrate
from wadesk.store.migrations import MIGRATIONS
from wadesk.store.tags import Tag

BOOK = [
    Contact("6281200000001", "siti"),
    Contact("6281200000002", "Budi"),
    Contact("6281200000003", "ani"),
    Contact("6281200000004", "Dewi"),
]


@pytest.fixture
def book(store: Store) -> Store:
    store.contacts.upsert_many(BOOK)
    return store


def ids(store: Store, *phones: str) -> list[int]:
    return [c.id for c in (store.contacts.get(p) for p in phones) if c is not None and c.id is not None]


def test_tags_count_their_members_and_names_are_unique_in_any_case(book: Store) -> None:
    tags = book.tags
    tags.create("VIP")
    tags.create("  Reseller   Jakarta ")
    with pytest.raises(ValidationError, match="a tag named 'VIP' exists already"):
        tags.create("vip")
    with pytest.raises(ValidationError, match="needs a name"):
        tags.create("   ")

    assert tags.add("vip", ids(book, "6281200000001", "6281200000002")) == 2
    assert tags.add("VIP", ids(book, "6281200000002", "6281200000003")) == 1  # Budi carried it already
    assert tags.remove("VIP", ids(book, "6281200000003", "6281200000004")) == 1  # Dewi did not carry it
    assert tags.list() == [Tag(2, "Reseller Jakarta", 0), Tag(1, "VIP", 2)]

    renamed = tags.rename("vip", "Pelanggan VIP")
    assert renamed == Tag(1, "Pelanggan VIP", 2)
    with pytest.raises(ValidationError, match="'Reseller Jakarta' exists already"):
        tags.rename("Pelanggan VIP", "reseller jakarta")
    assert [c.name for c in tags.members("pelanggan vip")] == ["siti", "Budi"]

    book.contacts.remove("6281200000001")  # a contact that goes takes its memberships along
    assert tags.get("Pelanggan VIP").members == 1
    assert tags.delete("Pelanggan VIP").members == 1
    assert book.contacts.count() == 3  # deleting a tag keeps its contacts
    with pytest.raises(ValidationError, match="no tag named 'Pelanggan VIP'"):
        tags.get("Pelanggan VIP")


def test_opting_out_holds_for_numbers_not_yet_in_the_book_and_only_opting_in_lifts_it(
    book: Store, clock: FakeClock
) -> None:
    opt = book.opt_outs
    assert opt.opt_out(["6281200000002", "6289999999999", "6281200000002"]) == ["6281200000002", "6289999999999"]
    assert opt.opt_out(["6281200000002"]) == []  # already: not counted again
    assert opt.numbers() == {"6281200000002", "6289999999999"}
    stranger = book.contacts.get("6289999999999")
    assert stranger is not None and stranger.name == ""

    book.tags.create("VIP")
    book.tags.add("VIP", ids(book, "6281200000001", "6281200000002"))
    assert book.tags.get("VIP") == Tag(1, "VIP", 2, opted_out=1)

    book.contacts.upsert_many([Contact("6281200000002", "Budi Santoso")])  # a re-import does not lift it
    assert "6281200000002" in opt.numbers()
    clock.advance(60)
    assert opt.opt_in(["6281200000002", "6281200000003"]) == ["6281200000002"]
    assert opt.numbers() == {"6289999999999"}


def test_number_checks_are_stored_with_their_date_and_unknown_answers_change_nothing(
    book: Store, clock: FakeClock
) -> None:
    assert book.opt_outs.record_checks([("6281200000001", True), ("6281200000002", False)]) == 2
    clock.advance(3600)
    checked_then = clock.current
    assert book.opt_outs.record_checks([("6281200000001", None), ("6281200000003", True), ("6280000", True)]) == 1
    rows = {r.number: r for r in book.contact_list.page(ContactFilter(), sort=ContactSort.NUMBER)}
    assert rows["6281200000001"].on_whatsapp is True
    assert rows["6281200000001"].checked_at == checked_then - timedelta(seconds=3600)
    assert rows["6281200000002"].on_whatsapp is False
    assert rows["6281200000003"].checked_at == checked_then
    assert rows["6281200000004"].on_whatsapp is None and rows["6281200000004"].checked_at is None


def test_a_page_is_sorted_searched_and_filtered_by_tag_in_sql(book: Store, account: Account) -> None:
    book.contacts.upsert_many([Contact("6281300000005", "Budiman"), Contact("6281300000006", "")])
    book.tags.create("VIP")
    book.tags.create("Grosir")
    book.tags.add("VIP", ids(book, "6281200000002", "6281300000005", "6281200000001"))
    book.tags.add("grosir", ids(book, "6281200000002"))
    book.opt_outs.opt_out(["6281200000001"])
    book.messages.add_many(account.id, [text_message("r1", "6281200000002"), text_message("r2", "6281200000002")])
    listing = book.contact_list

    def names(**kwargs: object) -> list[str]:
        page_filter = kwargs.pop("filter", ContactFilter())
        assert isinstance(page_filter, ContactFilter)
        return [r.name for r in listing.page(page_filter, **kwargs)]  # type: ignore[arg-type]

    assert names() == ["ani", "Budi", "Budiman", "Dewi", "siti", ""]  # by name, without case; the nameless last
    assert names(descending=True, limit=2) == ["siti", "Dewi"]
    assert names(offset=2, limit=2) == ["Budiman", "Dewi"]
    assert names(sort=ContactSort.ADDED) == ["siti", "Budi", "ani", "Dewi", "Budiman", ""]
    assert names(sort=ContactSort.OPTED_OUT, descending=True, limit=1) == ["siti"]
    assert names(filter=ContactFilter(tag="vip")) == ["Budi", "Budiman", "siti"]
    assert names(filter=ContactFilter(search="BUD", tag="VIP")) == ["Budi", "Budiman"]
    assert names(filter=ContactFilter(search="0000005")) == ["Budiman"]
    assert names(filter=ContactFilter(tag="VIP", opted_out=False)) == ["Budi", "Budiman"]
    assert listing.count(ContactFilter(tag="VIP")) == 3
    assert listing.count(ContactFilter(search="bud")) == 2
    assert listing.count(ContactFilter()) == 6

    [budi] = listing.page(ContactFilter(search="Budi", tag="Grosir"))
    assert budi.tags == ("Grosir", "VIP")
    assert budi.last_status == "queued" and budi.last_at is not None
    [siti] = listing.page(ContactFilter(search="siti"))
    assert siti.opted_out and siti.tags == ("VIP",) and siti.last_status is None

    with pytest.raises(ValidationError, match="no tag named 'Nope'"):
        listing.count(ContactFilter(tag="Nope"))


def test_a_v6_database_gains_tags_and_opt_outs_and_keeps_its_contacts(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    with closing(sqlite3.connect(home / FILENAME, isolation_level=None)) as connection:
        migrate(connection, MIGRATIONS[:6])
        connection.execute(
            "INSERT INTO contacts (phone, name, on_whatsapp, created_at, updated_at)"
            " VALUES ('6281200000001', 'Siti', 1, '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00')"
        )
    with open_store(home, now=FakeClock()) as store:
        [row] = store.contact_list.page(ContactFilter())
        assert (row.name, row.on_whatsapp, row.checked_at, row.opted_out, row.tags) == ("Siti", True, None, False, ())
        store.opt_outs.opt_out(["6281200000001"])
        assert store.opt_outs.numbers() == {"6281200000001"}


def test_a_contact_given_a_new_number_forgets_when_the_old_one_was_checked(book: Store) -> None:
    book.opt_outs.record_checks([("6281200000001", True)])
    [siti] = ids(book, "6281200000001")
    book.contacts.replace(siti, Contact("6281299999999", "siti"))
    [row] = book.contact_list.page(ContactFilter(search="siti"))
    assert (row.number, row.on_whatsapp, row.checked_at) == ("6281299999999", None, None)


@pytest.mark.parametrize("descending", [False, True])
def test_a_page_by_name_reads_an_index_in_order_without_sorting_the_table(book: Store, descending: bool) -> None:
    """The nameless-last order is an index's in both directions: a page at 100,000 contacts sorts nothing."""
    book.contacts.upsert_many([Contact("6281300000005", ""), Contact("6281300000006", "")])
    connection = book._db._connection
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    try:
        book.contact_list.page(ContactFilter(), sort=ContactSort.NAME, descending=descending, offset=1, limit=2)
    finally:
        connection.set_trace_callback(None)
    [query] = [s for s in statements if s.startswith("SELECT c.id FROM contacts c")]  # the page's ids, sorted
    plan = [row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + query)]
    index = "contacts_name_desc" if descending else "contacts_name_asc"
    assert any(f"INDEX {index}" in step for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan
