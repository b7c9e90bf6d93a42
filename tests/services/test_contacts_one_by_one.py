"""One contact at a time (the Contacts panel's add, edit, delete)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Contact
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.accounts import AccountService
from wadesk.services.contacts import ContactService
from wadesk.services.events import ContactsChanged, EventHub
from wadesk.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "home") as opened:
        yield opened


@pytest.fixture
def events() -> EventHub:
    return EventHub()


@pytest.fixture
def service(store: Store, events: EventHub) -> ContactService:
    return ContactService(store, AccountService(store, SecretStore(MemoryKeyring()), events=events), events)


def heard(events: EventHub) -> list[ContactsChanged]:
    seen: list[ContactsChanged] = []
    events.subscribe(seen.append, ContactsChanged)
    return seen


def test_a_contact_added_by_hand_is_read_in_the_region_and_announced(
    service: ContactService, store: Store, events: EventHub
) -> None:
    seen = heard(events)
    added = asyncio.run(service.add_contact(" 0812-3456-7890 ", " Siti Rahmawati ", {"Kota": "Bandung", " ": "x"}))
    assert (added.phone, added.name, dict(added.fields)) == ("6281234567890", "Siti Rahmawati", {"Kota": "Bandung"})
    assert added.id is not None and store.contacts.get("6281234567890") == added
    assert seen == [ContactsChanged(frozenset({added.id}))]
    assert [c.id for c in service.search("rahma").contacts] == [added.id]  # the search index follows

    with pytest.raises(ValidationError, match=r"^\+62 812 3456 7890 is already in the address book \(Siti Rahmawati\)"):
        asyncio.run(service.add_contact("+62 812 3456 7890", "Someone else"))
    with pytest.raises(ValidationError, match="not a"):
        asyncio.run(service.add_contact("budi", "Budi"))
    assert store.contacts.count() == 1 and len(seen) == 1


def test_an_edit_saves_what_the_form_says_and_a_new_number_forgets_the_check(
    service: ContactService, store: Store, events: EventHub
) -> None:
    store.contacts.upsert_many(
        [
            Contact("6281234567890", "Budi", {"Kota": "Jakarta", "Catatan": "grosir"}, on_whatsapp=True),
            Contact("6285711112222", "Ani"),
        ]
    )
    budi = store.contacts.get("6281234567890")
    assert budi is not None and budi.id is not None
    seen = heard(events)

    same_number = asyncio.run(service.update_contact(budi.id, "081234567890", "Budi Santoso", {"Kota": "Depok"}))
    assert dict(same_number.fields) == {"Kota": "Depok"}  # a field left out is gone
    assert same_number.on_whatsapp is True and same_number.name == "Budi Santoso"
    assert [c.name for c in service.search("santoso").contacts] == ["Budi Santoso"]
    assert service.search("catatan").total == 0

    moved = asyncio.run(service.update_contact(budi.id, "0813 9999 0000", "Budi Santoso"))
    assert (moved.id, moved.phone, moved.on_whatsapp) == (budi.id, "6281399990000", None)
    assert store.contacts.get("6281234567890") is None
    assert seen == [ContactsChanged(frozenset({budi.id}))] * 2

    with pytest.raises(ValidationError, match=r"already in the address book \(Ani\)"):
        asyncio.run(service.update_contact(budi.id, "0857-1111-2222", "Budi"))
    with pytest.raises(ValidationError, match="no longer in the address book"):
        asyncio.run(service.update_contact(9999, "0811 2222 3333", "Gone"))
    assert len(seen) == 2


def test_a_selection_is_deleted_in_one_go_and_leaves_the_search(
    service: ContactService, store: Store, events: EventHub
) -> None:
    store.contacts.upsert_many([Contact(f"628123456{n:04d}", f"Pelanggan {n}") for n in range(50)])
    ids = [c.id for c in store.contacts.list() if c.id is not None]
    seen = heard(events)
    assert asyncio.run(service.remove_contacts(ids[:30])) == 30
    assert store.contacts.count() == 20
    assert service.search("pelanggan").total == 20
    assert seen == [ContactsChanged(frozenset(ids[:30]))]
    assert asyncio.run(service.remove_contacts(ids[:30])) == 0
    assert len(seen) == 1  # nothing deleted, nothing announced


def test_a_number_is_named_as_the_address_book_has_it_and_a_tag_found_by_its_name(
    service: ContactService, store: Store
) -> None:
    store.contacts.upsert_many([Contact("6281234567890", "Siti Rahmawati"), Contact("6281200000000", "")])
    assert service.name_of("6281234567890") == "Siti Rahmawati"
    assert service.name_of("6281200000000") is None  # in the book without a name
    assert service.name_of("6289999999999") is None  # not in the book

    made = asyncio.run(service.create_tag("Grosir"))
    assert service.find_tag("grosir") == made  # in any case, with its counts
    asyncio.run(service.delete_tag("Grosir"))
    assert service.find_tag("Grosir") is None  # deleted since: None, not an error
