from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from wadesk.domain.errors import WadeskError
from wadesk.store import FILENAME, open_store
from wadesk.store.contact_list import ContactFilter, ContactSort
from wadesk.store.db import migrate, user_version
from wadesk.store.migrations import MIGRATIONS, V6, V8, V9, split_statements


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {name for (name,) in rows}


def _version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return user_version(connection)


def test_open_creates_home_and_schema(tmp_path: Path) -> None:
    home = tmp_path / "a" / "b"
    with open_store(home) as store:
        assert store.path == home / FILENAME
        assert store.path.is_file()
    assert _version(home / FILENAME) == len(MIGRATIONS)
    assert {"accounts", "contacts", "groups", "messages", "status_events"} <= _tables(home / FILENAME)


def test_pragmas(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        connection = store._db._connection
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_reopen_is_idempotent_and_keeps_data(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.accounts.add("shop", "wablas", "https://wablas.com/api", {})
    for _ in range(2):
        with open_store(tmp_path) as store:
            assert [account.name for account in store.accounts.list()] == ["shop"]
    assert _version(tmp_path / FILENAME) == len(MIGRATIONS)


def test_database_from_a_newer_wadesk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / FILENAME
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(WadeskError, match="newer version of wadesk") as caught:
        open_store(tmp_path)
    assert str(path) in str(caught.value)
    assert _version(path) == len(MIGRATIONS) + 1  # left untouched
    assert _tables(path) == set()


def test_a_file_that_is_not_a_database_is_reported(tmp_path: Path) -> None:
    (tmp_path / FILENAME).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(WadeskError, match="is damaged"):
        open_store(tmp_path)


def test_each_migration_is_one_transaction_with_its_version(tmp_path: Path) -> None:
    scripts = (
        "CREATE TABLE a (x INTEGER);",
        "CREATE TABLE b (y INTEGER); INSERT INTO b VALUES (1); INSERT INTO nowhere VALUES (2);",
    )
    with closing(sqlite3.connect(tmp_path / "m.sqlite3", isolation_level=None)) as connection:
        with pytest.raises(sqlite3.OperationalError, match="nowhere"):
            migrate(connection, scripts)
        assert user_version(connection) == 1
        names = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert names == {"a"}  # the failed step left nothing behind
        assert migrate(connection, scripts[:1]) == 1
        assert migrate(connection, (*scripts[:1], "CREATE TABLE b (y INTEGER);")) == 2
        assert user_version(connection) == 2


def test_split_statements_keeps_comments_and_triggers_whole() -> None:
    script = """
    CREATE TABLE t (x TEXT DEFAULT 'a;b');  -- a comment; with a semicolon
    CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET x = 'c'; END;
    -- trailing comment
    """
    statements = split_statements(script)
    assert len(statements) == 2
    assert statements[1].endswith("END;")
    with pytest.raises(ValueError, match="incomplete"):
        split_statements("CREATE TABLE t (x")
    assert len(split_statements(MIGRATIONS[0])) > 5


def test_v3_gives_old_accounts_key_ids_and_loses_nothing(tmp_path: Path) -> None:
    """A database of schema 2 (accounts numbered from 1, history referring to them) moves to schema 3 whole."""
    path = tmp_path / FILENAME
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA foreign_keys = ON")  # as wadesk opens it: the rebuild must not cascade
        migrate(connection, MIGRATIONS[:2])
        stamp = "2024-05-01T09:00:00.000000+00:00"
        for name in ("shop", "clinic"):
            connection.execute(
                "INSERT INTO accounts (name, provider, created_at) VALUES (?, 'wablas', ?)", (name, stamp)
            )
        connection.execute("DELETE FROM accounts WHERE name = 'clinic'")
        connection.execute("INSERT INTO accounts (name, provider, created_at) VALUES ('school', 'wablas', ?)", (stamp,))
        connection.execute("INSERT INTO campaigns (account_id, name, created_at) VALUES (1, 'promo', ?)", (stamp,))
        connection.execute(
            "INSERT INTO messages (account_id, campaign_id, ref_id, recipient, kind, body_json, status, created_at,"
            " updated_at) VALUES (1, 1, 'r1', '6281', 'text', '{}', 'read', ?, ?)",
            (stamp, stamp),
        )
        connection.execute(
            "INSERT INTO status_events (message_id, status, at, source) VALUES (1, 'read', ?, 'x')", (stamp,)
        )
        connection.execute("INSERT INTO groups (account_id, group_id) VALUES (3, 'g@g.us')")
    with open_store(tmp_path) as store:
        shop, school = store.accounts.get("shop"), store.accounts.get("school")
        assert (shop.id, school.id) == (1, 3)
        assert re.fullmatch(r"[0-9a-f]{32}", shop.key_id) and shop.key_id != school.key_id
        assert [a.name for a in store.accounts.with_legacy_keys()] == ["shop", "school"]
        assert store.messages.by_ref("r1") is not None and len(store.events.for_message(1)) == 1
        assert [c.name for c in store.outbox.campaigns()] == ["promo"]
        assert [g.group_id for g in store.groups.list(3)] == ["g@g.us"]
        assert store.accounts.add("new", "wablas").id == 4  # ids are never given twice, even after the rebuild
        assert store.accounts.get("new").key_id and not any(a.name == "new" for a in store.accounts.with_legacy_keys())
        connection = store._db._connection
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_v6_narrows_the_due_index_to_schedules_and_keeps_them_found(tmp_path: Path) -> None:
    """A database made before V6 keeps its messages; local schedules are still found by an index, others left out."""
    path = tmp_path / FILENAME
    before = MIGRATIONS.index(V6)
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        migrate(connection, MIGRATIONS[:before])
        stamp, due, later = (
            "2024-05-01T09:00:00.000000+00:00",
            "2024-05-01T08:59:00.000000+00:00",
            "2024-05-02T09:00:00.000000+00:00",
        )
        connection.execute(
            "INSERT INTO accounts (name, provider, created_at, key_id) VALUES ('shop', 'wablas', ?, 'k')", (stamp,)
        )
        for ref, status, scheduled in (
            ("sent", "delivered", None),
            ("now", "scheduled", due),
            ("later", "scheduled", later),
        ):
            connection.execute(
                "INSERT INTO messages (account_id, ref_id, recipient, kind, body_json, status, scheduled_at,"
                " created_at, updated_at) VALUES (1, ?, '6281', 'text', '{\"text\":\"hi\"}', ?, ?, ?, ?)",
                (ref, status, scheduled, stamp, stamp),
            )
    with open_store(tmp_path) as store:
        connection = store._db._connection
        indexes = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "messages_due" not in indexes and "messages_schedule_due" in indexes
        entries = connection.execute(
            "SELECT count(*) FROM messages INDEXED BY messages_schedule_due WHERE status = 'scheduled'"
        ).fetchone()[0]
        assert entries == 2  # the delivered message has no entry to rewrite
        plan = connection.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM messages WHERE status = 'scheduled' AND remote_schedule_id IS NULL"
            " AND hold IS NULL AND scheduled_at <= ?",
            (stamp,),
        ).fetchall()
        assert "messages_schedule_due" in plan[0][3]
        now = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
        released, missed = store.outbox.release_schedules(now, now - timedelta(hours=1))
        assert ([store.messages.get(i).ref_id for i in released], missed) == (["now"], [])


def test_v8_indexes_the_order_by_name_with_the_nameless_last_and_keeps_it(tmp_path: Path) -> None:
    """A V7 address book gains one index per direction of the order by name; the order itself is unchanged."""
    path = tmp_path / FILENAME
    stamp = "2024-05-01T09:00:00.000000+00:00"
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        migrate(connection, MIGRATIONS[: MIGRATIONS.index(V8)])
        for phone, name in (("6281", "siti"), ("6282", ""), ("6283", "Budi"), ("6284", "ani"), ("6285", "")):
            connection.execute(
                "INSERT INTO contacts (phone, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (phone, name, stamp, stamp),
            )
    with open_store(tmp_path) as store:
        connection = store._db._connection
        indexes = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"contacts_name_asc", "contacts_name_desc"} <= indexes and "contacts_name" not in indexes

        def phones(descending: bool) -> list[str]:
            rows = store.contact_list.page(ContactFilter(), sort=ContactSort.NAME, descending=descending)
            return [row.number for row in rows]

        assert phones(False) == ["6284", "6283", "6281", "6282", "6285"]  # ani, Budi, siti; the nameless by id
        assert phones(True) == ["6281", "6283", "6284", "6285", "6282"]  # siti, Budi, ani; the nameless by id


def test_v9_adds_the_composer_drafts_and_keeps_what_was_there(tmp_path: Path) -> None:
    """A V8 database keeps its contacts and gains the draft being written and the saved messages."""
    path = tmp_path / FILENAME
    stamp = "2024-05-01T09:00:00.000000+00:00"
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        migrate(connection, MIGRATIONS[: MIGRATIONS.index(V9)])
        connection.execute(
            "INSERT INTO contacts (phone, name, created_at, updated_at) VALUES ('6281', 'Siti', ?, ?)", (stamp, stamp)
        )
    with open_store(tmp_path) as store:
        assert [c.name for c in store.contacts.list()] == ["Siti"]
        assert store.drafts.current() is None and store.drafts.list() == []
        store.drafts.save_current('{"version":1}')
        store.drafts.save_current('{"version":2}')  # one row, replaced
        store.drafts.save("Promo", "text", "Halo", "{}")
        connection = store._db._connection
        assert connection.execute("SELECT count(*) FROM composer_draft").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):  # there is only ever one draft being written
            connection.execute("INSERT INTO composer_draft (id, draft_json, updated_at) VALUES (2, '{}', ?)", (stamp,))
    assert _version(path) == len(MIGRATIONS)
