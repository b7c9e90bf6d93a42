"""The history of each message's status: what changed, when, and who said so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from wadesk.domain.status import DeliveryStatus
from wadesk.store.db import Database
from wadesk.store.timestamps import from_text


@dataclass(frozen=True)
class StatusEventRow:
    """One status a message reached.

    ``source`` is ``"wadesk"`` for what wadesk did itself (queued, sending, the
    answer to a send) and ``"provider"``, ``"poll"``, ``"callback"``, … for
    reports that came from the provider.
    """

    status: DeliveryStatus
    at: datetime
    source: str
    note: str = ""


class StatusEventRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def for_message(self, message_id: int) -> list[StatusEventRow]:
        """The events of one message, oldest first (in the order they were recorded)."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT status, at, source, note FROM status_events WHERE message_id = ? ORDER BY id", (message_id,)
            ).fetchall()
        return [
            StatusEventRow(status=DeliveryStatus(status), at=from_text(at), source=source, note=note)
            for status, at, source, note in rows
        ]
