"""SQLite storage: accounts (no secrets), contacts, groups, messages and their status history.

Standard library ``sqlite3`` in WAL mode, schema versions in ``PRAGMA
user_version``.  Services talk to the repositories only, so that another
database can stand behind the same interface later.

- Every write method is one transaction, committed when it returns.
- Times are stored as ISO-8601 UTC text and come back as aware UTC datetimes;
  naive datetimes are refused.
- A message's status only moves forward (``wadesk.domain.status.can_move``);
  each change is kept in ``status_events``.
- A ``Store`` may be used from several threads (one lock serialises them);
  bulk writes belong in an executor, not on the event loop.
"""

from wadesk.store.accounts import AccountRepository
from wadesk.store.body import message_body, outgoing_from
from wadesk.store.contacts import ContactRepository
from wadesk.store.events import StatusEventRepository, StatusEventRow
from wadesk.store.groups import GroupRepository
from wadesk.store.messages import MessageRepository, Outcome, StatusReport
from wadesk.store.outbox import GATEWAY, MISSED, Campaign, OutboxRepository, Requeue
from wadesk.store.store import FILENAME, Store, open_store

__all__ = [
    "FILENAME",
    "GATEWAY",
    "MISSED",
    "AccountRepository",
    "Campaign",
    "ContactRepository",
    "GroupRepository",
    "MessageRepository",
    "OutboxRepository",
    "Outcome",
    "Requeue",
    "StatusEventRepository",
    "StatusEventRow",
    "StatusReport",
    "Store",
    "message_body",
    "open_store",
    "outgoing_from",
]
