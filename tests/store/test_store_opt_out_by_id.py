"""Opting the Contacts panel's selection out (and back in) by contact id, and the Do not message filter."""

from __future__ import annotations

from wadesk.domain.models import Contact
from wadesk.store import Store
from wadesk.store.contact_list import ContactFilter


def test_a_selection_is_opted_out_and_back_in_by_id_and_the_filter_finds_them(store: Store) -> None:
    store.contacts.upsert_many([Contact(f"62812000000{n:02d}", f"Pelanggan {n}") for n in range(1, 6)])
    ids = [c.id for c in store.contacts.list() if c.id is not None]
    opted = ContactFilter(opted_out=True)

    changed, already = store.opt_outs.set_opted_out_ids([ids[0], ids[1], ids[1], 999_999], True)
    assert (changed, already) == (["6281200000001", "6281200000002"], 0)  # an unknown id is no one: not added
    assert store.contacts.count() == 5
    assert store.contact_list.count(opted) == 2
    assert [r.name for r in store.contact_list.page(opted)] == ["Pelanggan 1", "Pelanggan 2"]
    assert store.contact_list.count(ContactFilter(search="pelanggan", opted_out=True)) == 2  # with the search

    changed, already = store.opt_outs.set_opted_out_ids(ids[:3], True)
    assert (changed, already) == (["6281200000003"], 2)
    assert store.opt_outs.numbers() == {"6281200000001", "6281200000002", "6281200000003"}

    changed, already = store.opt_outs.set_opted_out_ids([ids[1], ids[4]], False)
    assert (changed, already) == (["6281200000002"], 1)
    assert store.contact_list.count(opted) == 2
    assert store.contact_list.count(ContactFilter(opted_out=False)) == 3
