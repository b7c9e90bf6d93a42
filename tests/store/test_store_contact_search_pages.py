"""A search's pages read two ways give the same contacts: the first rows in order tested, or every match listed."""

from __future__ import annotations

import pytest

from wadesk.domain.models import Contact
from wadesk.store import Store, contact_list
from wadesk.store.contact_list import ContactFilter, ContactSort

# Names spread so that a search's matches lie early, late or nowhere in each order.
NAMES = ["Pelanggan", "Toko Pelangi", "Bu Ani", "ani", "Warung Budi", "", "Apotek Sehat", "pelaut", "Dewi"]


@pytest.fixture
def book(store: Store) -> Store:
    store.contacts.upsert_many(
        [Contact(f"62812{n:08d}", f"{NAMES[n % len(NAMES)]} {n}".strip() if n % 7 else "") for n in range(600)]
    )
    store.tags.create("Grosir")
    grosir = [c.id for c in store.contacts.list() if c.id is not None and c.id % 3 == 0]
    store.tags.add("Grosir", grosir)
    store.opt_outs.opt_out([f"62812{n:08d}" for n in range(0, 600, 11)])
    return store


FILTERS = [
    ContactFilter(search="pel"),
    ContactFilter(search="pe"),
    ContactFilter(search="ANI"),
    ContactFilter(search="budi 4"),
    ContactFilter(search="0812 0000 05", digits="81200000"),
    ContactFilter(search="5"),
    ContactFilter(search="pel", tag="Grosir"),
    ContactFilter(search="a", opted_out=False),
    ContactFilter(search="nobody"),
]


@pytest.mark.parametrize("tested", [40, 200, 5_000])
@pytest.mark.parametrize("sort", list(ContactSort))
def test_a_first_page_read_in_order_is_the_page_every_match_sorted_gives(
    book: Store, monkeypatch: pytest.MonkeyPatch, sort: ContactSort, tested: int
) -> None:
    listing = book.contact_list
    for descending in (False, True):
        for wanted in FILTERS:
            monkeypatch.setattr(contact_list, "FIRST_ROWS_TESTED", 0)  # every match listed and sorted
            expected = [r.id for r in listing.page(wanted, sort=sort, descending=descending, limit=25)]
            monkeypatch.setattr(contact_list, "FIRST_ROWS_TESTED", tested)
            got = [r.id for r in listing.page(wanted, sort=sort, descending=descending, limit=25)]
            assert got == expected, (wanted, sort, descending)


def test_a_search_is_counted_from_its_index_as_the_table_counts_it(book: Store) -> None:
    listing = book.contact_list
    for wanted in FILTERS:
        on_its_own = book.contacts.match_count(wanted.search, wanted.digits)
        where, params = listing.where(wanted)
        with book._db.read() as connection:  # the plain count, row by row
            plain = int(connection.execute(f"SELECT count(*) FROM contacts WHERE {where}", params).fetchone()[0])
        assert listing.count(wanted) == plain
        if wanted == ContactFilter(search=wanted.search) and not book.contacts.searches_numbers(wanted.search):
            assert on_its_own == plain, wanted  # a search by name alone is counted from the index
        else:
            assert on_its_own is None or wanted.tag or wanted.opted_out is not None
