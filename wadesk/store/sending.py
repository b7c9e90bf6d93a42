"""What the sending governor keeps: paused devices, and each device's answers per clock hour.

Times come from the caller (the sender's clock), not the store's: the
governor's caps and warm-up count on the same clock that paces the messages.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import UTC, datetime

from wadesk.store.db import Database
from wadesk.store.timestamps import from_text, from_text_or_none, to_text, to_text_or_none


@dataclass(frozen=True)
class StoredPause:
    """A device whose sending is paused: why (the gateway's own words), since when, and until when (None: asked)."""

    account_id: int
    reason: str
    since: datetime
    until: datetime | None


@dataclass(frozen=True)
class HourCount:
    """What a device's gateway accepted and refused in one clock hour (``hour``: its start, UTC)."""

    hour: datetime
    accepted: int
    failed: int


def hour_key(moment: datetime) -> str:
    """The clock hour of ``moment`` as stored: ``2026-11-23T03`` (UTC)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H")


def _hour_of(key: str) -> datetime:
    return datetime.strptime(key, "%Y-%m-%dT%H").replace(tzinfo=UTC)


class SendingRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- pauses -------------------------------------------------------------------------

    def pause(self, account_id: int, reason: str, since: datetime, until: datetime | None) -> None:
        """Pause the device (replacing any pause it had)."""
        with self._db.transaction() as connection:
            connection.execute(
                "INSERT INTO sending_pauses (account_id, reason, since, until) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (account_id) DO UPDATE SET reason = excluded.reason, since = excluded.since,"
                " until = excluded.until",
                (account_id, reason, to_text(since), to_text_or_none(until)),
            )

    def resume(self, account_id: int) -> bool:
        """Lift the device's pause; whether it had one."""
        with self._db.transaction() as connection:
            return connection.execute("DELETE FROM sending_pauses WHERE account_id = ?", (account_id,)).rowcount > 0

    def pauses(self) -> builtins.list[StoredPause]:
        with self._db.read() as connection:
            rows = connection.execute("SELECT account_id, reason, since, until FROM sending_pauses").fetchall()
        return [StoredPause(int(a), str(r), from_text(s), from_text_or_none(u)) for a, r, s, u in rows]

    def troubles(self) -> dict[int, int]:
        """Per device, its run of trouble answers (devices without one are left out)."""
        with self._db.read() as connection:
            rows = connection.execute("SELECT account_id, run FROM sending_troubles WHERE run > 0").fetchall()
        return {int(a): int(r) for a, r in rows}

    def set_troubles(self, account_id: int, run: int) -> None:
        """Keep the device's run of trouble answers (0 ends it)."""
        with self._db.transaction() as connection:
            if run:
                connection.execute(
                    "INSERT INTO sending_troubles (account_id, run) VALUES (?, ?)"
                    " ON CONFLICT (account_id) DO UPDATE SET run = excluded.run",
                    (account_id, run),
                )
            else:
                connection.execute("DELETE FROM sending_troubles WHERE account_id = ?", (account_id,))

    # -- answers per hour -----------------------------------------------------------------

    def count(self, account_id: int, at: datetime, accepted: int, failed: int) -> None:
        """Add answers to the device's count for the clock hour of ``at``."""
        if not accepted and not failed:
            return
        with self._db.transaction() as connection:
            connection.execute(
                "INSERT INTO sending_hours (account_id, hour, accepted, failed) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (account_id, hour) DO UPDATE SET accepted = accepted + excluded.accepted,"
                " failed = failed + excluded.failed",
                (account_id, hour_key(at), accepted, failed),
            )

    def hours(self, account_id: int, start: datetime | None = None, end: datetime | None = None) -> list[HourCount]:
        """The device's counts per hour from ``start`` (its hour included) to before ``end``, oldest first."""
        low = hour_key(start) if start is not None else ""
        high = hour_key(end) if end is not None else "~"
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT hour, accepted, failed FROM sending_hours WHERE account_id = ? AND hour >= ? AND hour < ?"
                " ORDER BY hour",
                (account_id, low, high),
            ).fetchall()
        return [HourCount(_hour_of(h), int(a), int(f)) for h, a, f in rows]

    def accepted_between(self, account_id: int, start: datetime, end: datetime) -> int:
        """Accepted from the clock hour of ``start`` up to before the hour of ``end``."""
        return sum(h.accepted for h in self.hours(account_id, start, end))


__all__ = ["HourCount", "SendingRepository", "StoredPause", "hour_key"]
