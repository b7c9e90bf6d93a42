"""The address book as the Contacts panel's paged source: sorted, searched and filtered in SQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Contact
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.accounts import AccountService
from wadesk.services.contact_source import ContactFilter, ContactSort
from wadesk.services.contacts import ContactService
from wadesk.services.events import ContactsChanged, EventHub
from wadesk.services.paging import Sort
from wadesk.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "home") as opened:
        yield opened


@pytest.fixture
def service(store: Store) -> ContactService:
    events = EventHub()
    return ContactService(store, AccountService(store, SecretStore(MemoryKeyring()), events=events), events)


def names(service: ContactService, filter: ContactFilter, order: ContactSort, *, descending: bool = False) -> list[str]:
    return [row.name for row in service.source().page(0, 100, Sort(order.value, descending), filter)]


def test_the_source_sorts_by_name_with_nameless_last_and_by_number(service: ContactService, store: Store) -> None:
    store.contacts.upsert_many(
        [
            Contact("6281300000003", "budi"),
            Contact("6281100000001", ""),
            Contact("6281200000002", "Ani"),
            Contact("6285700000004", "Citra"),
        ]
    )
    source, everyone = service.source(), ContactFilter()
    assert source.count(everyone) == 4
    assert names(service, everyone, ContactSort.NAME) == ["Ani", "budi", "Citra", ""]
    assert names(service, everyone, ContactSort.NAME, descending=True) == ["Citra", "budi", "Ani", ""]
    assert names(service, everyone, ContactSort.NUMBER) == ["", "Ani", "budi", "Citra"]
    assert names(service, everyone, ContactSort.ADDED, descending=True) == ["Citra", "Ani", "", "budi"]
    assert [row.name for row in source.page(1, 2, Sort("name"), everyone)] == ["budi", "Citra"]
    with pytest.raises(ValidationError, match="colour"):
        source.page(0, 10, Sort("colour"), everyone)


def test_the_source_searches_names_and_numbers_written_any_way(service: ContactService, store: Store) -> None:
    store.contacts.upsert_many(
        [
            Contact("6281234567890", "Siti Rahmawati"),
            Contact("6285711112222", "Élodie"),
            Contact("6281399990000", "Budi"),
        ]
    )
    source = service.source()
    for text, expected in (
        ("rahma", ["Siti Rahmawati"]),
        ("ELO", ["Élodie"]),
        ("0812-3456-7890", ["Siti Rahmawati"]),
        ("+62 857 1111 2222", ["Élodie"]),
        ("9999", ["Budi"]),
        ("nobody", []),
    ):
        filter = service.query(text)
        assert source.count(filter) == len(expected), text
        assert names(service, filter, ContactSort.NAME) == expected, text
    assert source.affected_by([ContactsChanged()])
    assert not source.affected_by([])
