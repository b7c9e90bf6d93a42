"""A daily copy of the database, so that a damaged file loses at most a day's work.

When the store opens and no copy was made yet that day (by the store's clock,
UTC), a background thread copies the database with SQLite's online backup API
into ``<data folder>/backups/wadesk-YYYY-MM-DD.sqlite3``, checks the copy
(``PRAGMA quick_check``) and keeps the newest ``KEEP`` copies.  No copy is
made when it would leave less than ``SPARE_BYTES`` free on the disk.  A copy that
fails the check is thrown away, so a damaged database never pushes the good
copies out.  The README says how to put one back.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
import threading
from contextlib import closing
from datetime import datetime
from pathlib import Path

from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_
from wadesk.store.private import make_private_folder, open_private
from wadesk.store.timestamps import to_text

log = logging.getLogger(__name__)

FOLDER = "backups"
KEEP = 5
SPARE_BYTES = 64_000_000  # a copy never takes the space the database itself needs to grow
_NAME = re.compile(r"wadesk-\d{4}-\d{2}-\d{2}\.sqlite3")


def backup_folder(database: Path) -> Path:
    return database.parent / FOLDER


def backups(database: Path) -> list[Path]:
    """The copies of ``database``, newest first."""
    try:
        found = [p for p in backup_folder(database).iterdir() if _NAME.fullmatch(p.name)]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name, reverse=True)


def back_up(database: Path, now: datetime, *, keep: int = KEEP) -> Path | None:
    """Copy ``database`` unless ``now``'s day already has its copy; the new copy, or ``None`` when none was needed.

    Raises ``sqlite3.Error`` or ``OSError`` when the copy cannot be made; a
    copy that fails SQLite's check raises ``sqlite3.DatabaseError`` and is
    not kept.
    """
    folder = backup_folder(database)
    target = folder / f"wadesk-{now.date().isoformat()}.sqlite3"
    if target.exists():
        return None
    make_private_folder(folder)
    size = database.stat().st_size
    if shutil.disk_usage(folder).free < 2 * size + SPARE_BYTES:
        raise OSError(errno.ENOSPC, f"too little free space for a copy of {size / 1e6:.1f} MB; none made")
    partial = folder / f".{target.name}.partial"
    partial.unlink(missing_ok=True)  # left by a process killed while copying
    os.close(open_private(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
    try:
        with (
            closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as source,
            closing(sqlite3.connect(partial)) as copy,
        ):
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, easy to put back
            verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
            if verdict == "ok":
                _unsettle(copy, to_text(now))
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"the copy of {database} fails SQLite's check: {verdict}")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    for old in backups(database)[keep:]:
        old.unlink(missing_ok=True)
    return target


_UNSETTLED = (DeliveryStatus.QUEUED.value, DeliveryStatus.SENDING.value)
_NOTE = N_("restored from a backup: it may have been sent after the backup was made")


def _unsettle(copy: sqlite3.Connection, stamp: str) -> None:
    """In the copy, make every queued or sending message uncertain (see the module's docstring)."""
    with copy:
        copy.execute(
            "INSERT INTO status_events (message_id, status, at, source, note) "
            "SELECT id, ?, ?, 'backup', ? FROM messages WHERE status IN (?, ?)",
            (DeliveryStatus.UNCERTAIN.value, stamp, _NOTE, *_UNSETTLED),
        )
        copy.execute(
            "UPDATE messages SET status = ?, error = ?, updated_at = ? WHERE status IN (?, ?)",
            (DeliveryStatus.UNCERTAIN.value, _NOTE, stamp, *_UNSETTLED),
        )


class DailyBackup:
    """``back_up`` on a thread of its own, so that opening the store never waits for it."""

    def __init__(self, database: Path, now: datetime) -> None:
        self._thread = threading.Thread(target=self._run, args=(database, now), name="wadesk-backup", daemon=False)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        if self._thread.is_alive():
            self._thread.join()

    @staticmethod
    def _run(database: Path, now: datetime) -> None:
        try:
            made = back_up(database, now)
        except (sqlite3.Error, OSError) as exc:
            log.warning("no backup of %s today: %s", database, exc)
            return
        if made is not None:
            log.info("backed up the database to %s", made)
