"""Counting messages for the charts: per day (by status or by device) and per campaign, in SQL.

A message's day is when it goes out: its schedule time if it has one, else
when it was stored.  The days are given as their starts in UTC (made by the
caller from the user's time zone, so a day of 23 or 25 hours is one day); the
query puts each message in its day with one ``CASE`` and counts with one
``GROUP BY``, a single scan of the rows in the range.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from wadesk.domain.status import DeliveryStatus
from wadesk.store.db import Database
from wadesk.store.timestamps import from_text, to_text

_WHEN = "coalesce(scheduled_at, created_at)"
MAX_DAYS = 400  # a year and a bit: the longest range one query counts


class DayCount(NamedTuple):
    """How many messages of day ``day`` (an index into the days asked for) have this status or this account."""

    day: int
    key: str  # a status's value, or an account's id as text
    messages: int


class UncertainRow(NamedTuple):
    """A campaign's message in doubt, and why."""

    id: int
    account_id: int
    recipient: str
    is_group: bool
    error: str | None
    updated_at: datetime


class MessageStats:
    def __init__(self, db: Database) -> None:
        self._db = db

    def per_day(self, bounds: Sequence[datetime], *, by_account: bool = False) -> builtins.list[DayCount]:
        """Messages counted per day and status (or account): ``bounds`` are the days' starts and the last one's end.

        ``bounds`` must be increasing; ``len(bounds) - 1`` days are counted.
        Only (day, key) pairs with messages are returned.
        """
        if len(bounds) < 2:
            return []
        if len(bounds) - 1 > MAX_DAYS:
            raise ValueError(f"at most {MAX_DAYS} days at a time")
        stamps = [to_text(b) for b in bounds]
        if stamps != sorted(stamps):
            raise ValueError("the days' bounds must be in order")
        cases = " ".join(f"WHEN {_WHEN} < ? THEN {i}" for i in range(len(stamps) - 1))
        key = "account_id" if by_account else "status"
        # Only fixed texts and numbers go into the query's text; the times are parameters.
        query = (
            f"SELECT CASE {cases} END AS day, {key}, count(*) FROM messages"  # noqa: S608
            f" WHERE {_WHEN} >= ? AND {_WHEN} < ? GROUP BY day, {key} ORDER BY day"
        )
        with self._db.read() as connection:
            rows = connection.execute(query, (*stamps[1:], stamps[0], stamps[-1])).fetchall()
        return [DayCount(int(r[0]), str(r[1]), int(r[2])) for r in rows]

    def campaign_counts(self, campaign_id: int) -> dict[DeliveryStatus, int]:
        """A campaign's messages per status (only statuses it has)."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT status, count(*) FROM messages WHERE campaign_id = ? GROUP BY status", (campaign_id,)
            ).fetchall()
        return {DeliveryStatus(r[0]): int(r[1]) for r in rows}

    def campaign_accounts(self) -> dict[int, builtins.list[tuple[int, int]]]:
        """Every campaign's accounts: ``campaign id -> [(account id, messages)]``, the busiest first."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT campaign_id, account_id, count(*) AS n FROM messages WHERE campaign_id IS NOT NULL"
                " GROUP BY campaign_id, account_id ORDER BY campaign_id, n DESC, account_id"
            ).fetchall()
        out: dict[int, builtins.list[tuple[int, int]]] = {}
        for campaign_id, account_id, count in rows:
            out.setdefault(int(campaign_id), []).append((int(account_id), int(count)))
        return out

    def uncertain_in_campaign(self, campaign_id: int, limit: int = 200) -> builtins.list[UncertainRow]:
        """The campaign's ``uncertain`` messages (at most ``limit``), oldest first, with their reason."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT id, account_id, recipient, is_group, error, updated_at FROM messages"
                " WHERE campaign_id = ? AND status = ? ORDER BY id LIMIT ?",
                (campaign_id, str(DeliveryStatus.UNCERTAIN), limit),
            ).fetchall()
        return [UncertainRow(int(r[0]), int(r[1]), r[2], bool(r[3]), r[4], from_text(r[5])) for r in rows]

    def latest_outcomes(self, account_id: int, limit: int) -> builtins.list[tuple[DeliveryStatus, str | None]]:
        """The account's last ``limit`` messages that had an answer (not waiting nor being sent), the newest first:
        their status and error."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT status, error FROM messages WHERE account_id = ?"
                " AND status NOT IN ('queued', 'scheduled', 'sending', 'cancelled')"
                " ORDER BY updated_at DESC, id DESC LIMIT ?",
                (account_id, limit),
            ).fetchall()
        return [(DeliveryStatus(r[0]), r[1]) for r in rows]

    def campaign_head(self, campaign_id: int) -> tuple[str, str] | None:
        """A campaign's name and state (active, paused, cancelled), without counting its messages."""
        with self._db.read() as connection:
            row = connection.execute("SELECT name, state FROM campaigns WHERE id = ?", (campaign_id,)).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))
