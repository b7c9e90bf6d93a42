"""``open_store``: the database file in the wadesk home, and its repositories."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from wadesk.domain.words import N_
from wadesk.store.accounts import AccountRepository
from wadesk.store.backup import DailyBackup
from wadesk.store.contact_list import ContactList
from wadesk.store.contacts import ContactRepository, OptOuts
from wadesk.store.db import BUSY_TIMEOUT_MS, Database, StorageProblem, connect
from wadesk.store.drafts import DraftRepository
from wadesk.store.events import StatusEventRepository
from wadesk.store.groups import GroupRepository
from wadesk.store.lock import SenderLock
from wadesk.store.message_list import MessageList
from wadesk.store.message_stats import MessageStats
from wadesk.store.messages import MessageRepository
from wadesk.store.outbox import OutboxRepository
from wadesk.store.private import make_private_folder, tighten_home
from wadesk.store.sending import SendingRepository
from wadesk.store.series import SeriesRepository
from wadesk.store.tags import TagRepository
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
        self.tags = TagRepository(db)
        self.opt_outs = OptOuts(db, self.contacts)
        self.contact_list = ContactList(db, self.contacts)
        self.messages = MessageRepository(db)
        self.message_list = MessageList(db)
        self.message_stats = MessageStats(db)
        self.events = StatusEventRepository(db)
        self.outbox = OutboxRepository(db, self.messages)
        self.drafts = DraftRepository(db)
        self.series = SeriesRepository(db, self.messages, self.outbox)
        self.sending = SendingRepository(db)  # the sending governor's pauses and counts
        self.sender_lock = SenderLock(path.parent)
        self._backup: DailyBackup | None = None

    def back_up_daily(self) -> None:
        """Start today's copy of the database in the background, if there is none yet (see ``store.backup``)."""
        self._backup = DailyBackup(self.path, self._db.now())
        self._backup.start()

    def close(self) -> None:
        if self._backup is not None:
            self._backup.wait()
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


def open_store(home: Path, *, now: Clock = utc_now, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Store:
    """Open (creating and migrating if needed) ``home / "wadesk.sqlite3"``, and start the day's backup.

    ``now`` is the clock for created_at/updated_at and event times; it must
    return timezone-aware datetimes.  The folder and its files are made private
    to the user (``store.private``).  Raises ``WadeskError`` when the folder
    or file cannot be opened, or the file was written by a newer wadesk.
    """
    try:
        make_private_folder(home)
    except OSError as exc:
        raise StorageProblem(
            N_("cannot create the wadesk data folder {home}: {value}"), home=home, value=exc.strerror or exc
        ) from exc
    tighten_home(home)
    path = home / FILENAME
    existed = path.exists()
    store = Store(
        path, Database(connect(path, busy_timeout_ms=busy_timeout_ms), now, path, busy_timeout_ms=busy_timeout_ms)
    )
    if existed:
        store.back_up_daily()
    return store
