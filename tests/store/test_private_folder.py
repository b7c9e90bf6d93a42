"""The data folder is private to the user: 0700 folders, 0600 files, new or left over from an older wadesk."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from tests.support.store import FakeClock
from wadesk.app import LogFile
from wadesk.store import FILENAME, open_store
from wadesk.store.private import make_private_folder, tighten_home

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; Windows profiles are per-user already")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def modes(home: Path) -> dict[str, int]:
    """Every folder and file under ``home``, by relative path."""
    found = {".": mode(home)}
    for path in home.rglob("*"):
        found[str(path.relative_to(home))] = mode(path)
    return found


def log_once(path: Path) -> None:
    handler = LogFile(path)
    logger = logging.getLogger(f"test.private.{path}")
    logger.addHandler(handler)
    try:
        logger.warning("a line")
    finally:
        logger.removeHandler(handler)
        handler.close()


def use(home: Path, clock: FakeClock) -> None:
    """Open the store with a log, write, hold the sender lock, make the day's backup."""
    log_once(home / "logs" / "wadesk.log")
    with open_store(home, now=clock) as store:
        store.accounts.add("shop", "wablas", "https://wablas.com/api", {})
        assert store.sender_lock.acquire()
        assert (home / f"{FILENAME}-wal").exists()
        assert mode(home / f"{FILENAME}-wal") == 0o600
        assert mode(home / f"{FILENAME}-shm") == 0o600
        store.sender_lock.release()
    open_store(home, now=clock).close()  # an existing database: the backup


def test_a_new_data_folder_is_private(tmp_path: Path, clock: FakeClock) -> None:
    old = os.umask(0o022)  # the usual umask, which makes files world-readable
    try:
        home = tmp_path / "home"
        use(home, clock)
    finally:
        os.umask(old)
    found = modes(home)
    assert set(found) >= {".", "logs", "logs/wadesk.log", "backups", FILENAME, "outbox.lock"}
    assert any(name.startswith("backups/wadesk-") for name in found)
    for name, value in found.items():
        expected = 0o700 if (home / name).is_dir() else 0o600
        assert value == expected, (name, oct(value))


def test_an_existing_world_readable_folder_is_tightened_on_open(tmp_path: Path, clock: FakeClock) -> None:
    home = tmp_path / "home"
    use(home, clock)
    for path in [home, *home.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)  # as an older wadesk left it
    (home / "logs" / "wadesk.log.1").write_text("rotated\n")
    (home / "logs" / "wadesk.log.1").chmod(0o644)
    open_store(home, now=clock).close()
    for name, value in modes(home).items():
        expected = 0o700 if (home / name).is_dir() else 0o600
        assert value == expected, (name, oct(value))


def test_other_files_in_the_data_folder_are_left_alone(tmp_path: Path, clock: FakeClock) -> None:
    home = tmp_path / "Documents"
    home.mkdir()
    (home / "letter.txt").write_text("mine\n")
    (home / "letter.txt").chmod(0o644)
    open_store(home, now=clock).close()
    assert mode(home) == 0o700
    assert mode(home / FILENAME) == 0o600
    assert mode(home / "letter.txt") == 0o644


def test_tightening_never_widens_and_never_follows_links(tmp_path: Path, clock: FakeClock) -> None:
    home = tmp_path / "home"
    open_store(home, now=clock).close()
    (home / FILENAME).chmod(0o400)
    outside = tmp_path / "outside.txt"
    outside.write_text("not wadesk's\n")
    outside.chmod(0o644)
    (home / f"{FILENAME}-old").symlink_to(outside)  # matches the database's name, but is a link
    tighten_home(home)
    assert mode(home / FILENAME) == 0o400
    assert mode(outside) == 0o644


def test_a_shared_folder_given_as_home_is_left_alone(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp
    make_private_folder(shared)
    assert mode(shared) == 0o1777
