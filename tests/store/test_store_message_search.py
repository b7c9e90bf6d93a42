"""The message search index (V11): filled by the migration, kept by the writes, and a search through it finds
exactly what the ``LIKE`` scan of every message finds."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.store import FakeClock
from wadesk.domain.models import OutgoingMessage, Recipient
from wadesk.domain.status import DeliveryStatus
from wadesk.store import FILENAME, Store, open_store
from wadesk.store.db import migrate
from wadesk.store.message_list import MessageQuery, MessageSort, _where
from wadesk.store.message_search import IndexKind, index_kind
from wadesk.store.migrations import MIGRATIONS, V11, v11
from wadesk.store.search_text import has_fts5

STAMP = "2026-01-02T03:04:05.000000Z"
BEFORE_V11 = MIGRATIONS[: MIGRATIONS.index(V11)]


def _insert(connection: sqlite3.Connection, account_id: int, ref: str, recipient: str, body: dict[str, object]) -> int:
    cursor = connection.execute(
        "INSERT INTO messages (account_id, ref_id, recipient, kind, body_json, status, created_at, updated_at)"
        " VALUES (?, ?, ?, 'text', ?, 'queued', ?, ?)",
        (account_id, ref, recipient, json.dumps(body, ensure_ascii=False), STAMP, STAMP),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _scanned(store: Store, query: MessageQuery) -> list[int]:
    """The ids the ``LIKE`` scan of every message finds (no index), newest first."""
    where, params = _where(query)
    with store._db.read() as connection:
        rows = connection.execute(f"SELECT m.id FROM messages m {where} ORDER BY m.id DESC", params).fetchall()
    return [row[0] for row in rows]


def _found(store: Store, query: MessageQuery) -> list[int]:
    return [row.id for row in store.message_list.page(0, 10_000, MessageSort.CREATED, descending=True, text=query)]


def _indexed(path: Path) -> dict[int, tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT rowid, text, caption, recipient FROM messages_search").fetchall()
    return {row[0]: tuple(row[1:]) for row in rows}


def test_v11_indexes_the_messages_of_a_v10_database_and_searches_find_them(tmp_path: Path) -> None:
    path = tmp_path / FILENAME
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        migrate(connection, BEFORE_V11)
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO accounts (id, key_id, name, provider, created_at)"
            " VALUES (1, 'k1', 'Toko Cahaya', 'wablas', ?)",
            (STAMP,),
        )
        first = _insert(connection, 1, "a", "628111", {"text": "Kupon ONGKIR gratis"})
        second = _insert(connection, 1, "b", "628222", {"caption": "foto kupon 50%"})
        third = _insert(connection, 1, "c", "628333", {"text": "jadwal"})
        connection.execute("UPDATE messages SET error = 'number not registered' WHERE id = ?", (third,))
        connection.execute("COMMIT")
    with open_store(tmp_path, now=FakeClock()) as store:
        assert _indexed(path) == {
            first: ("Kupon ONGKIR gratis", None, "628111"),
            second: (None, "foto kupon 50%", "628222"),
            third: ("jadwal", None, "628333"),
        }
        assert store.message_list.count("kupon") == 2
        assert _found(store, MessageQuery(text="ongkir gra")) == [first]
        assert _found(store, MessageQuery(text="pon 50%")) == [second]
        assert _found(store, MessageQuery(text="NOT REG")) == [third]
        assert _found(store, MessageQuery(text="62822")) == [second]
        assert _found(store, MessageQuery(text="cahaya")) == [third, second, first]  # the account's name


def test_the_index_follows_every_write_of_the_store(store: Store, store_home: Path) -> None:
    account = store.accounts.add("shop", "wablas")
    kept = store.messages.add_many(
        account.id, [OutgoingMessage(f"r{n}", Recipient(f"62800{n}"), text=f"halo nomor {n}") for n in range(3)]
    )
    path = store_home / FILENAME
    assert {key: value[0] for key, value in _indexed(path).items()} == {
        m.id: f"halo nomor {n}" for n, m in enumerate(kept)
    }
    store.messages.set_history([(kept[1].id, DeliveryStatus.FAILED, store._db.now(), store._db.now(), "g1", "ditolak")])
    assert _found(store, MessageQuery(text="ditolak")) == [kept[1].id]  # the error, from ``messages_error``
    with store._db.transaction() as connection:
        connection.execute('UPDATE messages SET body_json = \'{"text":"baru"}\' WHERE id = ?', (kept[2].id,))
    assert _indexed(path)[kept[2].id][0] == "baru"
    with store._db.transaction() as connection:
        connection.execute("DELETE FROM messages WHERE id = ?", (kept[0].id,))
    assert kept[0].id not in _indexed(path)
    with store._db.read() as connection:
        assert connection.execute("SELECT count(*) FROM messages_search_pending").fetchone()[0] == 0
    assert _found(store, MessageQuery(text="halo")) == [kept[1].id]


def test_a_message_written_without_catching_up_is_still_found(store: Store, store_home: Path) -> None:
    """Written by another program (no ``Database.transaction``): only noted as pending, and found all the same."""
    account = store.accounts.add("shop", "wablas")
    with closing(sqlite3.connect(store_home / FILENAME, isolation_level=None)) as connection:
        written = _insert(connection, account.id, "x", "628999", {"text": "pesanan baru"})
    assert written not in _indexed(store_home / FILENAME)
    assert _found(store, MessageQuery(text="pesanan")) == [written]
    store.accounts.add("other", "wablas")  # any write catches up
    assert written in _indexed(store_home / FILENAME)


def test_searches_of_three_characters_or_more_look_in_the_index_and_shorter_ones_scan(store: Store) -> None:
    account = store.accounts.add("shop", "wablas")
    kept = store.messages.add_many(account.id, [OutgoingMessage("r", Recipient("628123"), text="halo")])
    with store._db.read() as connection:  # the index made to disagree with the message (no write notes it)
        connection.execute("UPDATE messages_search SET text = 'other' WHERE rowid = ?", (kept[0].id,))
    assert _found(store, MessageQuery(text="halo")) == []
    assert _found(store, MessageQuery(text="ha")) == [kept[0].id]


@pytest.mark.parametrize("fts", [True, False], ids=["fts5", "plain table"])
def test_v11_makes_an_index_this_sqlite_can_use(tmp_path: Path, fts: bool) -> None:
    if fts and not has_fts5():
        pytest.skip("this SQLite has no FTS5")
    path = tmp_path / FILENAME
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        migrate(connection, (*BEFORE_V11, v11(fts)))
        assert index_kind(connection) is (IndexKind.FTS if fts else IndexKind.TABLE)
    with open_store(tmp_path, now=FakeClock()) as store:
        account = store.accounts.add("shop", "wablas")
        kept = store.messages.add_many(account.id, [OutgoingMessage("r", Recipient("628123"), text="Diskon Ünal")])
        assert _found(store, MessageQuery(text="skon ü")) == []  # LIKE folds ASCII letters only
        assert _found(store, MessageQuery(text="SKON Ü")) == [kept[0].id]


# --- Every search finds what the scan finds -------------------------------------------------------------------

# Letters in both cases and both alphabets, letters whose case folding is odd (ß, İ/ı, the Kelvin sign, final
# sigma), accents as one character and as two, emoji, quotes, LIKE's wildcards and escape, and FTS5's syntax.
ALPHABET = st.sampled_from(
    list("abcKkAB é E\u0301ÉßSİıi\u212aΣσςЖж日本😀👍🏽\U0001f468\u200d\U0001f469\"'%_\\*:()-+^.,0123456789\n")
)
TEXTS = st.text(ALPHABET, max_size=14)
NAMES = st.text(ALPHABET, max_size=6)


@dataclass(frozen=True)
class Row:
    text: str | None
    caption: str | None
    recipient: str
    error: str | None
    contact: str | None  # the recipient's name in the address book
    account: int
    pending: bool  # written outside the store (left for the next catch-up)
    changed: str | None  # a new text, then error, set afterwards (by the store, or by another program)


ROWS = st.builds(
    Row,
    st.none() | TEXTS,
    st.none() | TEXTS,
    st.text(ALPHABET, min_size=1, max_size=8),
    st.none() | TEXTS,
    st.none() | NAMES,
    st.integers(0, 1),
    st.booleans(),
    st.none() | TEXTS,
)


_CHANGE = "UPDATE messages SET body_json = json_object('text', ?1), error = ?1 WHERE id = ?2"


@contextmanager
def _store_with(rows: list[Row], accounts: list[str]) -> Iterator[Store]:
    """The rows written through the store, then those marked ``pending`` (and some changes) by another program."""
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder), now=FakeClock()) as store:
        ids = [store.accounts.add(f"{n}{name}", "wablas").id for n, name in enumerate(accounts)]
        written: list[tuple[int, Row]] = []

        def write(connection: sqlite3.Connection, n: int, row: Row) -> None:
            body = {key: value for key, value in (("text", row.text), ("caption", row.caption)) if value is not None}
            message_id = _insert(connection, ids[row.account], f"r{n}", f"{row.recipient}{n}", body)
            connection.execute("UPDATE messages SET error = ? WHERE id = ?", (row.error, message_id))
            if row.contact is not None:
                connection.execute(
                    "INSERT INTO contacts (phone, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                    (f"{row.recipient}{n}", row.contact, STAMP, STAMP),
                )
            written.append((message_id, row))

        for n, row in enumerate(rows):
            if not row.pending:
                with store._db.transaction() as connection:
                    write(connection, n, row)
        changes = [(row.changed, message_id) for message_id, row in written if row.changed is not None]
        with store._db.transaction() as connection:
            connection.executemany(_CHANGE, changes[::2])
        with closing(sqlite3.connect(store.path, isolation_level=None)) as outside:
            for n, row in enumerate(rows):
                if row.pending:
                    write(outside, n, row)
            outside.executemany(_CHANGE, changes[1::2])
        yield store


def _needles(rows: list[Row]) -> st.SearchStrategy[str]:
    """A part of what the rows hold (so that searches find something), in another case at times, or any text."""
    held = [value for row in rows for value in (row.text, row.caption, row.error, row.changed, row.contact) if value]
    if not held:
        return TEXTS

    @st.composite
    def part(draw: st.DrawFn) -> str:
        value = draw(st.sampled_from(held))
        start = draw(st.integers(0, len(value)))
        piece = value[start : draw(st.integers(start, len(value)))]
        return draw(st.sampled_from([piece, piece.upper(), piece.lower(), piece.swapcase()]))

    return part() | TEXTS


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.lists(ROWS, max_size=12), st.lists(NAMES, min_size=2, max_size=2))
def test_a_search_finds_exactly_what_the_scan_finds(data: st.DataObject, rows: list[Row], accounts: list[str]) -> None:
    with _store_with(rows, accounts) as store:
        for _ in range(8):
            needle = data.draw(_needles(rows))
            status = data.draw(st.sampled_from([frozenset(), frozenset({DeliveryStatus.QUEUED})]))
            query = MessageQuery(text=needle, statuses=status)
            expected = _scanned(store, query)
            assert _found(store, query) == expected, needle
            assert store.message_list.count(query) == len(expected)
            assert sum(store.message_list.count_by_status(query).values()) == len(expected)
