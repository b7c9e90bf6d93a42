"""The one SQLite connection: opening, pragmas, migrations, and transactions under a lock.

What goes wrong with the file itself (damaged, emptied, read-only, a full disk,
held by another program for longer than the busy timeout) is raised as a
``StorageProblem`` that says what and where in one line, wherever it shows up:
on opening or in the middle of a command.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from wadesk.domain.errors import WadeskError, words_of
from wadesk.domain.words import N_
from wadesk.store import message_search, search_text
from wadesk.store.backup import backup_folder, backups
from wadesk.store.lock import SenderLock
from wadesk.store.migrations import MIGRATIONS, split_statements
from wadesk.store.timestamps import Clock, to_text

BUSY_TIMEOUT_MS = 5000
_FULL_BELOW = 1 << 20  # free bytes under which a failed write is put down to a full disk


class StorageProblem(WadeskError):
    """The database file cannot be used as it is: damaged, emptied, unwritable, out of space, or held too long."""


def explain(exc: sqlite3.Error, path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> StorageProblem | None:
    """``exc`` in the user's words, or ``None`` when it is not about the file (a constraint, a programming error)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return StorageProblem(
            N_("the database {path} is damaged ({error}); {value}"),
            path=path,
            error=words_of(exc),
            value=_backup_advice(path),
        )
    if primary == sqlite3.SQLITE_FULL or (primary == sqlite3.SQLITE_IOERR and _nearly_full(path)):
        return StorageProblem(
            N_("the disk holding {parent} is full: wadesk cannot write its database; free some space"),
            parent=path.parent,
        )
    if primary == sqlite3.SQLITE_IOERR:
        return StorageProblem(
            N_("the database {path} cannot be read or written ({error}): is the disk failing or gone?"),
            path=path,
            error=words_of(exc),
        )
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN):
        return StorageProblem(
            N_("cannot write the database {path}: {value}"), path=path, value=_why_unwritable(path, exc)
        )
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        holder = SenderLock(path.parent).holder()
        who = f"another wadesk ({holder})" if holder else "another program"
        return StorageProblem(
            N_(
                "the database {path} is busy: {who} has kept it locked for more than {value} s; try again when "
                "it is done"
            ),
            path=path,
            who=who,
            value=f"{busy_timeout_ms / 1000:g}",
        )
    return None


def _backup_advice(path: Path) -> str:
    found = backups(path)
    if found:
        return (
            f"wadesk keeps daily copies in {backup_folder(path)} (the newest is {found[0].name}): "
            "see 'If the database is damaged' in the README"
        )
    return "there is no backup of it yet: see 'If the database is damaged' in the README"


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < _FULL_BELOW
    except OSError:
        return False


def _why_unwritable(path: Path, exc: sqlite3.Error) -> str:
    if not os.access(path.parent, os.W_OK):
        return f"the data folder {path.parent} is read-only"
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    return str(exc)


class Database:
    """A connection shared by the repositories.

    The connection may be used from any thread (the services run bulk writes in
    an executor); an ``RLock`` makes every read and every transaction exclusive
    within the process.  Across processes, SQLite's own locking applies: writes
    start with ``BEGIN IMMEDIATE`` so they wait (``busy_timeout``) instead of
    failing half-way.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        clock: Clock,
        path: Path | None = None,
        *,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> None:
        self._connection = connection
        self._clock = clock
        self._path = path
        self._busy_timeout_ms = busy_timeout_ms
        self._lock = threading.RLock()
        self._search_index: message_search.IndexKind | None = None  # read from the schema at the first write

    def now(self) -> datetime:
        return self._clock()

    def stamp(self) -> str:
        """The store's clock as stored text (created_at, updated_at, event times)."""
        return to_text(self._clock())

    @contextmanager
    def _explained(self) -> Iterator[None]:
        """Raise ``StorageProblem`` for what is wrong with the file; let every other error through."""
        try:
            yield
        except sqlite3.Error as exc:
            problem = explain(exc, self._path, busy_timeout_ms=self._busy_timeout_ms) if self._path else None
            if problem is None:
                raise
            raise problem from exc

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock, self._explained():
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
            with self._explained():
                connection.execute("BEGIN IMMEDIATE")
                try:
                    yield connection
                    self._catch_up(connection)
                    connection.commit()
                except BaseException:
                    if connection.in_transaction:
                        with suppress(sqlite3.Error):  # the disk went away: SQLite rolls back on the next open
                            connection.rollback()
                    raise

    def _catch_up(self, connection: sqlite3.Connection) -> None:
        """Bring the message search index up to date with what the transaction wrote (``store.message_search``)."""
        if self._search_index is None:
            self._search_index = message_search.index_kind(connection)
        message_search.catch_up(connection, self._search_index)

    def close(self) -> None:
        with self._lock:
            self._connection.close()


def connect(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``.

    A new database is made and migrated under a temporary name and then put in
    place, so that a file named ``path`` is never legitimately empty: an empty
    one (cut short by a full disk, a failed copy) is refused rather than
    silently replaced by an empty database.
    """
    if path.is_dir():
        raise StorageProblem(N_("the database {path} is a folder, not a file: move it out of the way"), path=path)
    if path.exists() and path.stat().st_size == 0 and not _has_wal(path):
        raise StorageProblem(
            N_(
                "the database {path} is empty (0 bytes): it was cut short, e.g. by a full disk. wadesk will "
                "not start again from nothing by itself; {value}"
            ),
            path=path,
            value=_backup_advice(path),
        )
    if not path.exists():
        _create(path, busy_timeout_ms)
    return _open(path, busy_timeout_ms)


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _open(path: Path, busy_timeout_ms: int, *, shown: Path | None = None, journal: str = "WAL") -> sqlite3.Connection:
    """Connect, set the pragmas, migrate; errors name ``shown`` (the real database's path when ``path`` is a draft)."""
    shown = shown or path
    try:
        connection = sqlite3.connect(
            path, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise explain(exc, shown, busy_timeout_ms=busy_timeout_ms) or WadeskError(
            N_("cannot open the database {shown}: {error}"), shown=shown, error=words_of(exc)
        ) from exc
    try:
        connection.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
        _refuse_newer(shown, user_version(connection), len(MIGRATIONS))
        connection.execute(f"PRAGMA journal_mode = {journal}")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
        migrate(connection, path=shown)
    except sqlite3.Error as exc:
        connection.close()
        raise explain(exc, shown, busy_timeout_ms=busy_timeout_ms) or WadeskError(
            N_("cannot open the database {shown}: {error}"), shown=shown, error=words_of(exc)
        ) from exc
    except BaseException:
        connection.close()
        raise
    return connection


def _create(path: Path, busy_timeout_ms: int) -> None:
    """Make a migrated database at ``path`` unless another process just did."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)  # made 0600
    os.close(fd)
    fresh = Path(name)
    try:
        # Without a WAL: when migrate() returns, everything is in the file itself (a full disk fails it there).
        _open(fresh, busy_timeout_ms, shown=path, journal="DELETE").close()
        try:
            os.link(fresh, path)  # never replaces a database another process made meanwhile
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not path.exists():
                fresh.replace(path)
    except OSError as exc:
        raise StorageProblem(
            N_("cannot create the database {path}: {value}"), path=path, value=exc.strerror or exc
        ) from exc
    finally:
        for leftover in (fresh, fresh.with_name(fresh.name + "-journal")):
            leftover.unlink(missing_ok=True)


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
    search_text.register(connection)  # used by V5, and by ``store.contacts`` on this connection
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
            N_(
                "{where} was written by a newer version of wadesk (schema version {version}; this version "
                "knows up to {known}); upgrade wadesk to open it"
            ),
            where=where,
            version=version,
            known=known,
        )
