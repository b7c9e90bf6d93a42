"""``open_store``: the database file in the wadesk home, and its repositories."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from wadesk.domain.errors import WadeskError
from wadesk.store.accounts import AccountRepository
from wadesk.store.contacts import ContactRepository
from wadesk.store.db import Database, connect
from wadesk.store.events import StatusEventRepository
from wadesk.store.groups import GroupRepository
from wadesk.store.lock import SenderLock
from wadesk.store.messages import MessageRepository
from wadesk.store.outbox import OutboxRepository
from wadesk.store.timestamps import Clock, utc_now

FILENAME = "wadesk.sqlite3"


class Store:
    """The repositories over one open database.  Close it when done (or use it as a context manager)."""

    def __init__(self, path: Path, db: Database) -> None:
        self.path = path
        self._db = db
        self.accounts = AccountRepository(db)
        self.contacts = ContactRepository(db)
        self.groups = GroupRepository(db)
        self.messages = MessageRepository(db)
        self.events = StatusEventRepository(db)
        self.outbox = OutboxRepository(db, self.messages)
        self.sender_lock = SenderLock(path.parent)

    def close(self) -> None:
        self.sender_lock.release()
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_store(home: Path, *, now: Clock = utc_now) -> Store:
    """Open (creating and migrating if needed) ``home / "wadesk.sqlite3"``.

    ``now`` is the clock for created_at/updated_at and event times; it must
    return timezone-aware datetimes.  Raises ``WadeskError`` when the folder
    or file cannot be opened, or the file was written by a newer wadesk.
    """
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WadeskError(f"cannot create the wadesk data folder {home}: {exc.strerror or exc}") from exc
    path = home / FILENAME
    return Store(path, Database(connect(path), now))
