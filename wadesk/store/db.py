"""The one SQLite connection: opening, pragmas, migrations, and transactions under a lock."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from wadesk.domain.errors import WadeskError
from wadesk.store.migrations import MIGRATIONS, split_statements
from wadesk.store.timestamps import Clock, to_text

BUSY_TIMEOUT_MS = 5000


class Database:
    """A connection shared by the repositories.

    The connection may be used from any thread (the services run bulk writes in
    an executor); an ``RLock`` makes every read and every transaction exclusive
    within the process.  Across processes, SQLite's own locking applies: writes
    start with ``BEGIN IMMEDIATE`` so they wait (``busy_timeout``) instead of
    failing half-way.
    """

    def __init__(self, connection: sqlite3.Connection, clock: Clock) -> None:
        self._connection = connection
        self._clock = clock
        self._lock = threading.RLock()

    def now(self) -> datetime:
        return self._clock()

    def stamp(self) -> str:
        """The store's clock as stored text (created_at, updated_at, event times)."""
        return to_text(self._clock())

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._connection

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Commit what the block wrote, or roll all of it back.

        A transaction opened inside another one joins it: only the outermost
        commits.
        """
        with self._lock:
            connection = self._connection
            if connection.in_transaction:
                yield connection
                return
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
                connection.commit()
            except BaseException:
                if connection.in_transaction:
                    connection.rollback()
                raise

    def close(self) -> None:
        with self._lock:
            self._connection.close()


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``."""
    try:
        connection = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise WadeskError(f"cannot open the database {path}: {exc}") from exc
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _refuse_newer(path, user_version(connection), len(MIGRATIONS))
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
        migrate(connection, path=path)
    except sqlite3.Error as exc:
        connection.close()
        raise WadeskError(f"cannot open the database {path}: {exc}") from exc
    except BaseException:
        connection.close()
        raise
    return connection


def user_version(connection: sqlite3.Connection) -> int:
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(connection: sqlite3.Connection, migrations: Sequence[str] = MIGRATIONS, *, path: Path | None = None) -> int:
    """Apply the scripts the database lacks, each in its own transaction with its version bump.

    Safe when two processes open the same file at once: the version is read
    again under the write lock before each step.  Foreign keys are off while
    the scripts run, as SQLite requires for rebuilding a table (with them on,
    dropping the old table would delete every row that refers to it), and
    checked before each step commits.  Returns the final version.
    """
    target = len(migrations)
    foreign_keys = connection.execute("PRAGMA foreign_keys").fetchone()[0]
    connection.execute("PRAGMA foreign_keys = OFF")
    try:
        while True:
            connection.execute("BEGIN IMMEDIATE")
            try:
                version = user_version(connection)
                _refuse_newer(path, version, target)
                if version == target:
                    connection.rollback()
                    return version
                for statement in split_statements(migrations[version]):
                    connection.execute(statement)
                broken = connection.execute("PRAGMA foreign_key_check").fetchone()
                if broken is not None:
                    raise sqlite3.IntegrityError(f"migration {version + 1} broke a reference: {tuple(broken)}")
                connection.execute(f"PRAGMA user_version = {version + 1}")
                connection.commit()
            except BaseException:
                if connection.in_transaction:
                    connection.rollback()
                raise
    finally:
        connection.execute(f"PRAGMA foreign_keys = {int(foreign_keys)}")


def _refuse_newer(path: Path | None, version: int, known: int) -> None:
    if version > known:
        where = f"the database {path}" if path is not None else "the database"
        raise WadeskError(
            f"{where} was written by a newer version of wadesk (schema version {version}; "
            f"this version knows up to {known}); upgrade wadesk to open it"
        )
