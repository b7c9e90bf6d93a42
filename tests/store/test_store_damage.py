"""A damaged, emptied, misplaced or busy database file is reported in plain words, and the daily backups save the day.

The damaged files are real ones: a store is written, closed, then cut short,
overwritten or replaced the way a failing disk, a bad copy or a crash would.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from tests.support.store import FakeClock, text_message
from wadesk.domain.errors import WadeskError
from wadesk.domain.status import DeliveryStatus
from wadesk.store import FILENAME, Outcome, open_store
from wadesk.store.backup import KEEP, back_up, backups
from wadesk.store.db import StorageProblem


def filled(home: Path, clock: FakeClock, messages: int = 300) -> Path:
    """A closed database with an account, contacts and enough messages to span many pages."""
    with open_store(home, now=clock) as store:
        account = store.accounts.add("shop", "wablas", "https://wablas.com/api", {})
        store.messages.add_many(account.id, [text_message(f"r{n}", text="x" * 200) for n in range(messages)])
    return home / FILENAME


def page_of(path: Path, table: str) -> tuple[int, int]:
    """(page size, first page number) of ``table``'s b-tree."""
    with closing(sqlite3.connect(path)) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    return size, root


def overwrite(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as file:
        file.seek(offset)
        file.write(data)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


# -- damage found on opening ----------------------------------------------------------


def test_a_zero_byte_database_is_refused_not_recreated(home: Path, clock: FakeClock) -> None:
    path = filled(home, clock)
    path.write_bytes(b"")
    with pytest.raises(StorageProblem, match=r"is empty \(0 bytes\)") as caught:
        open_store(home, now=clock)
    assert str(path) in str(caught.value)
    assert path.stat().st_size == 0  # left as it was, for the user to decide


def test_a_folder_in_place_of_the_database(home: Path, clock: FakeClock) -> None:
    home.mkdir(parents=True)
    (home / FILENAME).mkdir()
    with pytest.raises(StorageProblem, match="is a folder, not a file"):
        open_store(home, now=clock)


def test_a_garbage_header(home: Path, clock: FakeClock) -> None:
    path = filled(home, clock)
    overwrite(path, 0, os.urandom(100))
    with pytest.raises(StorageProblem, match=r"is damaged \(file is not a database\)"):
        open_store(home, now=clock)


def test_a_truncated_database(home: Path, clock: FakeClock) -> None:
    path = filled(home, clock)
    size, _ = page_of(path, "messages")
    with path.open("r+b") as file:
        file.truncate(size * 3)
    with pytest.raises(StorageProblem, match="is damaged"), open_store(home, now=clock) as store:
        store.messages.list()


# -- damage found in the middle of work -------------------------------------------------


def test_an_overwritten_page_is_reported_when_it_is_read(home: Path, clock: FakeClock) -> None:
    path = filled(home, clock)
    size, root = page_of(path, "messages")
    overwrite(path, (root - 1) * size, b"\xa5" * size)
    with open_store(home, now=clock) as store:
        assert [a.name for a in store.accounts.list()] == ["shop"]  # the rest still reads
        with pytest.raises(StorageProblem, match="is damaged") as caught:
            store.messages.list()
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_the_message_names_the_newest_backup(home: Path, clock: FakeClock) -> None:
    path = filled(home, clock)
    open_store(home, now=clock).close()  # an existing database: today's copy is made
    (copy,) = backups(path)
    size, root = page_of(path, "messages")
    overwrite(path, (root - 1) * size, b"\x00" * size)
    with open_store(home, now=clock) as store, pytest.raises(StorageProblem) as caught:
        store.messages.list()
    assert f"daily copies in {home / 'backups'}" in str(caught.value)
    assert copy.name in str(caught.value)


# -- the daily backup -------------------------------------------------------------------


def test_a_copy_a_day_when_the_store_opens(home: Path, clock: FakeClock) -> None:
    path = filled(home, clock)
    assert backups(path) == []  # a brand-new database is not worth a copy
    open_store(home, now=clock).close()
    open_store(home, now=clock).close()  # once a day, not once an opening
    (copy,) = backups(path)
    assert copy == home / "backups" / "wadesk-2024-05-01.sqlite3"
    with closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
        assert connection.execute("SELECT count(*) FROM messages").fetchone()[0] == 300
    assert [p.name for p in copy.parent.iterdir()] == [copy.name]  # no partial copy left behind


def test_the_newest_copies_are_kept(home: Path, clock: FakeClock) -> None:
    path = filled(home, clock, messages=3)
    for _ in range(KEEP + 3):
        open_store(home, now=clock).close()
        clock.advance(timedelta(days=1).total_seconds())
    kept = [p.name for p in backups(path)]
    assert kept == [f"wadesk-2024-05-{day:02d}.sqlite3" for day in range(KEEP + 3, 3, -1)]


def test_a_damaged_database_never_pushes_out_the_good_copies(home: Path, clock: FakeClock) -> None:
    path = filled(home, clock)
    open_store(home, now=clock).close()
    good = backups(path)
    size, root = page_of(path, "messages")
    overwrite(path, (root - 1) * size, b"\xa5" * size)
    clock.advance(timedelta(days=1).total_seconds())
    with pytest.raises(sqlite3.DatabaseError):
        back_up(path, clock())
    assert backups(path) == good
    assert sorted(p.name for p in (home / "backups").iterdir()) == [good[0].name]


def test_restoring_a_copy_as_the_readme_says(home: Path, clock: FakeClock) -> None:
    with open_store(home, now=clock) as store:  # a new database: no copy yet
        account = store.accounts.add("shop", "wablas", "https://wablas.com/api", {})
        ids = [m.id for m in store.messages.add_many(account.id, [text_message(f"r{n}") for n in range(300)])]
        store.messages.mark_sending(ids[:20])
        store.messages.record_outcomes([Outcome(i, DeliveryStatus.ACCEPTED, f"p{i}") for i in ids[:10]])
    path = home / FILENAME
    open_store(home, now=clock).close()  # today's copy
    overwrite(path, 0, os.urandom(100))
    # README: close wadesk, move the damaged files away, copy the newest backup in their place.
    aside = home / "damaged"
    aside.mkdir()
    for name in (FILENAME, f"{FILENAME}-wal", f"{FILENAME}-shm"):
        if (home / name).exists():
            (home / name).rename(aside / name)
    shutil.copyfile(backups(path)[0], path)
    with open_store(home, now=clock) as store:
        assert len(store.messages.list(limit=1000)) == 300
        # What was queued or sending then may have gone out since: nothing is sent a second time blindly.
        counts = {status: n for status, n in store.messages.count_by_status().items() if n}
        assert counts == {DeliveryStatus.ACCEPTED: 10, DeliveryStatus.UNCERTAIN: 290}
        restored = store.messages.get(ids[50])
        assert restored.error == "restored from a backup: it may have been sent after the backup was made"


# -- another program holding the database ---------------------------------------------

HOLDER = """
import sqlite3, sys
from pathlib import Path
from wadesk.store.lock import SenderLock
home = Path(sys.argv[1])
if sys.argv[2] == "wadesk":
    sys.argv = ["wadesk", "outbox", "run", "--follow"]
    assert SenderLock(home).acquire()
connection = sqlite3.connect(home / "wadesk.sqlite3", isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
connection.rollback()
"""


@pytest.fixture
def holder(home: Path, clock: FakeClock, request: pytest.FixtureRequest) -> Iterator[subprocess.Popen[str]]:
    filled(home, clock, messages=1)
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home), request.param],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    try:
        yield proc
    finally:
        proc.communicate("done\n", timeout=10)


@pytest.mark.parametrize("holder", ["wadesk"], indirect=True)
def test_a_busy_database_names_the_wadesk_holding_it(
    home: Path, clock: FakeClock, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(StorageProblem) as caught:
        open_store(home, now=clock, busy_timeout_ms=100)
    message = str(caught.value)
    assert f"is busy: another wadesk (pid {holder.pid}: wadesk outbox run) has kept it locked for more than 0.1 s" in (
        message
    )


@pytest.mark.parametrize("holder", ["other"], indirect=True)
def test_a_busy_database_held_by_another_program(home: Path, clock: FakeClock, holder: subprocess.Popen[str]) -> None:
    with pytest.raises(StorageProblem, match="is busy: another program has kept it locked"):
        open_store(home, now=clock, busy_timeout_ms=100)


def test_a_write_kept_waiting_mid_command(home: Path, clock: FakeClock) -> None:
    filled(home, clock, messages=1)
    with open_store(home, now=clock, busy_timeout_ms=100) as store:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(home), "other"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
            with pytest.raises(StorageProblem, match="is busy"):
                store.accounts.add("late", "wablas", "https://wablas.com/api", {})
        finally:
            proc.communicate("done\n", timeout=10)
        assert [a.name for a in store.accounts.list()] == ["shop"]
        store.accounts.add("late", "wablas", "https://wablas.com/api", {})  # free again


def test_a_constraint_is_still_the_repositories_business(home: Path, clock: FakeClock) -> None:
    """Only trouble with the file becomes a StorageProblem; a duplicate name stays what it was."""
    filled(home, clock, messages=1)
    with open_store(home, now=clock) as store, pytest.raises(WadeskError) as caught:
        store.accounts.add("shop", "wablas", "https://wablas.com/api", {})
    assert not isinstance(caught.value, StorageProblem)


def test_creating_a_database_leaves_no_drafts(home: Path, clock: FakeClock) -> None:
    open_store(home, now=clock).close()
    assert sorted(p.name for p in home.iterdir() if p.is_file()) == [FILENAME]
