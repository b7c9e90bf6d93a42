"""Contact search in SQL (migration V5): any part of a name in any case and without accents, any part of a number;
the search table follows every write; paged with a count.  Run on the FTS5 index and on the plain table V5 makes
where SQLite lacks FTS5."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from tests.support.store import FakeClock
from wadesk.domain.models import Contact
from wadesk.store import FILENAME, Store, open_store
from wadesk.store.db import migrate
from wadesk.store.migrations import _V5_INDEX, _V5_TABLE, MIGRATIONS
from wadesk.store.search_text import has_fts5

BOOK = [
    Contact("6281211112222", "Budi Santoso"),
    Contact("6281333334444", "Siti Rahma", {"kota": "Malang"}),
    Contact("6285677778888", "budiman"),
    Contact("6287711110000", "Élodie Ñúñez"),
    Contact("6281900001111", "ÖZGÜR Yılmaz"),
    Contact("447911123456", "Jo"),
]


@pytest.fixture(params=["fts5", "plain"])
def book(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A store holding ``BOOK``, its search table an FTS5 index or (as without FTS5) a plain table."""
    home = tmp_path / "home"
    if request.param == "fts5" and not has_fts5():
        pytest.skip("this SQLite has no FTS5")
    home.mkdir()
    with closing(sqlite3.connect(home / FILENAME, isolation_level=None)) as connection:
        migrate(connection, (*MIGRATIONS[:4], _V5_INDEX if request.param == "fts5" else _V5_TABLE))
    with open_store(home, now=FakeClock()) as store:
        store.contacts.upsert_many(BOOK)
        yield store


def names(contacts: list[Contact]) -> list[str]:
    return [contact.name for contact in contacts]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("budi", ["Budi Santoso", "budiman"]),  # any case, in the order they were added
        ("SANTO", ["Budi Santoso"]),  # a part inside a word
        ("ti ra", ["Siti Rahma"]),  # across words
        ("élodie", ["Élodie Ñúñez"]),
        ("ELODIE", ["Élodie Ñúñez"]),  # non-ASCII case, accents left out
        ("nunez", ["Élodie Ñúñez"]),
        ("özgür", ["ÖZGÜR Yılmaz"]),
        ("jo", ["Jo"]),  # shorter than a trigram: scanned for
        ("z", ["Élodie Ñúñez", "ÖZGÜR Yılmaz"]),
        ('"budi', []),  # quotes are text, not query syntax
        ("nobody", []),
    ],
)
def test_any_part_of_a_name_in_any_case(book: Store, text: str, found: list[str]) -> None:
    assert names(book.contacts.search(text)) == found
    assert book.contacts.count_matching(text) == len(found)


def test_any_part_of_a_number(book: Store) -> None:
    assert names(book.contacts.search("0813-3333")) == ["Siti Rahma"]  # the digits, without the leading zero
    assert names(book.contacts.search("1111")) == ["Budi Santoso", "Élodie Ñúñez", "ÖZGÜR Yılmaz"]
    assert names(book.contacts.search("x", digits="447911123456")) == ["Jo"]
    assert names(book.contacts.search("budi", digits="")) == ["Budi Santoso", "budiman"]


def test_pages_in_the_order_they_were_added(book: Store) -> None:
    assert names(book.contacts.search("u", limit=2)) == ["Budi Santoso", "budiman"]
    assert names(book.contacts.search("u", limit=2, offset=2)) == ["Élodie Ñúñez", "ÖZGÜR Yılmaz"]
    assert book.contacts.count_matching("u") == 4


def test_the_search_follows_every_write(book: Store) -> None:
    contacts = book.contacts
    contacts.upsert_many([Contact("6281211112222", "Bambang"), Contact("6281211113333", "Budi Baru")])
    assert names(contacts.search("budi")) == ["budiman", "Budi Baru"]
    assert names(contacts.search("bambang")) == ["Bambang"]
    contacts.upsert_many([Contact("6281211112222", "")])  # an empty name keeps the stored one: still found by it
    assert names(contacts.search("bambang")) == ["Bambang"]

    contacts.merge_from_gateway([Contact("6289900000000", "Dewi Gateway"), Contact("6285677778888", "X")])
    assert names(contacts.search("dewi")) == ["Dewi Gateway"]
    assert names(contacts.search("budiman")) == ["budiman"]  # the user's name stays, and so does its entry

    assert contacts.remove("6285677778888")
    assert names(contacts.search("budi")) == ["Budi Baru"]
    assert contacts.count_matching("budiman") == 0


def test_v5_indexes_the_contacts_a_database_already_has(tmp_path: Path) -> None:
    """A database of schema 4 with contacts in it: after V5 they are found by name, accents and all."""
    home = tmp_path / "home"
    home.mkdir()
    with closing(sqlite3.connect(home / FILENAME, isolation_level=None)) as connection:
        migrate(connection, MIGRATIONS[:4])
        stamp = "2024-05-01T09:00:00.000000+00:00"
        for phone, name in [("6281211112222", "Budi Santoso"), ("6287711110000", "Élodie"), ("628133", "Siti")]:
            connection.execute(
                "INSERT INTO contacts (phone, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (phone, name, stamp, stamp),
            )
        connection.execute("DELETE FROM contacts WHERE phone = '628133'")
    with open_store(home) as store:
        assert names(store.contacts.search("SANTOSO")) == ["Budi Santoso"]
        assert names(store.contacts.search("elo")) == ["Élodie"]
        assert store.contacts.count_matching("siti") == 0
        store.contacts.upsert_many([Contact("628144", "Siti")])
        assert names(store.contacts.search("siti")) == ["Siti"]
    with closing(sqlite3.connect(home / FILENAME)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
