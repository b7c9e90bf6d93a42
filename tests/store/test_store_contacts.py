from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Account, Contact, Group
from wadesk.store import Store
from wadesk.store.contacts import KeptValue, _dump_fields


def test_upsert_inserts_then_updates_by_phone(store: Store) -> None:
    written = store.contacts.upsert_many(
        [Contact("628111", "Ani", {"city": "Bandung"}), Contact("628222", "Budi", on_whatsapp=True)]
    )
    assert written == 2
    assert store.contacts.count() == 2
    store.contacts.upsert_many([Contact("628222", "Budi S.", {"city": "Solo"}), Contact("628333", "Citra")])
    assert store.contacts.count() == 3
    budi = store.contacts.get("628222")
    assert budi is not None
    assert budi.name == "Budi S."
    assert budi.fields == {"city": "Solo"}
    assert budi.on_whatsapp is True  # an unknown value does not erase a check result
    assert [contact.phone for contact in store.contacts.list()] == ["628111", "628222", "628333"]


def test_an_import_keeps_what_it_does_not_mention(store: Store) -> None:
    store.contacts.upsert_many([Contact("628111", "Siti", {"kota": "Malang", "kelas": "3B"})])
    store.contacts.upsert_many([Contact("628111", "", {"kelas": "4A"})])  # a file with only phone and kelas
    siti = store.contacts.get("628111")
    assert siti is not None
    assert siti.name == "Siti"
    assert siti.fields == {"kota": "Malang", "kelas": "4A"}


def test_a_gateway_adds_and_fills_in_but_never_overwrites(store: Store) -> None:
    store.contacts.upsert_many(
        [
            Contact("628111", "Siti", {"kota": "Malang"}),
            Contact("628222", "", {"kota": "Solo"}),
            Contact("628333", "ani ", {}),
        ]
    )
    merge = store.contacts.merge_from_gateway(
        [
            Contact("628111", "Budi Santoso", {"kota": "Jakarta", "email": "budi@example.com"}, on_whatsapp=True),
            Contact("628222", "Dewi", {"kota": ""}),
            Contact("628333", "Ani", {}),
            Contact("628444", "Eko", {"address": "Jl. Merdeka 1"}),
            Contact("628444", "Eko again", {}),
        ]
    )
    assert (merge.added, merge.filled, merge.unchanged) == (1, 2, 1)
    assert merge.kept == [
        KeptValue("628111", "name", "Siti", "Budi Santoso"),
        KeptValue("628111", "kota", "Malang", "Jakarta"),
    ]
    siti = store.contacts.get("628111")
    assert siti is not None
    assert siti.name == "Siti"  # the user's name: the next {name} message greets the right person
    assert siti.fields == {"kota": "Malang", "email": "budi@example.com"}  # an empty field filled in
    assert siti.on_whatsapp is True
    dewi = store.contacts.get("628222")
    assert dewi is not None and dewi.name == "Dewi" and dewi.fields == {"kota": "Solo"}
    eko = store.contacts.get("628444")
    assert eko is not None and eko.name == "Eko" and eko.fields == {"address": "Jl. Merdeka 1"}


def test_list_pages(store: Store) -> None:
    store.contacts.upsert_many([Contact(f"62800{i:04d}", f"c{i}") for i in range(25)])
    assert len(store.contacts.list()) == 25
    page = store.contacts.list(limit=10, offset=20)
    assert [contact.name for contact in page] == [f"c{i}" for i in range(20, 25)]


def test_on_whatsapp_and_remove(store: Store) -> None:
    store.contacts.upsert_many([Contact("628111", "Ani")])
    assert store.contacts.get("628111") == Contact("628111", "Ani", {}, None, id=1)
    assert store.contacts.set_on_whatsapp("628111", False)
    found = store.contacts.get("628111")
    assert found is not None and found.on_whatsapp is False
    assert store.contacts.set_on_whatsapp("628111", None)
    found = store.contacts.get("628111")
    assert found is not None and found.on_whatsapp is None
    assert not store.contacts.set_on_whatsapp("628999", True)
    assert store.contacts.remove("628111")
    assert not store.contacts.remove("628111")
    assert store.contacts.get("628111") is None
    assert store.contacts.count() == 0


def test_groups_upsert_and_list(store: Store, account: Account) -> None:
    other = store.accounts.add("other", "wasender", "", {})
    assert store.groups.upsert_many(account.id, [Group("g-b@g.us", "Beta"), Group("g-a@g.us", "Alpha")]) == 2
    store.groups.upsert_many(other.id, [Group("g-a@g.us", "Other's")])
    store.groups.upsert_many(account.id, [Group("g-b@g.us", "Beta renamed")])
    mine = store.groups.list(account.id)
    assert [(group.group_id, group.name, group.account_id) for group in mine] == [
        ("g-a@g.us", "Alpha", account.id),
        ("g-b@g.us", "Beta renamed", account.id),
    ]
    assert all(group.id is not None for group in mine)
    assert len(store.groups.list()) == 3
    with pytest.raises(ValidationError, match="no account with id 999"):
        store.groups.upsert_many(999, [Group("g@g.us", "x")])


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=4))
def test_fields_are_stored_as_json_dumps_writes_them(fields: dict[str, str]) -> None:
    assert _dump_fields(Contact("628111", "", fields)) == json.dumps(fields, ensure_ascii=False)
