"""What the dispatcher asks of the messages table: what is due, retries, schedules, holds, campaigns.

A message is *due* when it is ``queued``, its schedule time (if any) has come,
its retry time (if any) has come, nobody holds it for a decision, and its
campaign (if any) is active.  Local schedules become ``queued`` when their time
comes; one that passed while wadesk was closed is held as ``missed`` for the
user to send now or skip — never sent silently.

A message meant for the gateway's own scheduler is stored held as ``gateway``
from the start, so wadesk's scheduler never sends it: not before it is handed
over, not while the request is under way, and not after an answer that leaves
it ``uncertain``.  Once the gateway holds it, it also keeps its schedule id.
"""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import StoredMessage
from wadesk.domain.redaction import redact
from wadesk.domain.status import RETRY, DeliveryStatus, can_move, can_retry
from wadesk.domain.words import N_
from wadesk.store.db import Database
from wadesk.store.messages import _INSERT_EVENT, WADESK, MessageRepository, Outcome, apply_outcome, apply_outcomes
from wadesk.store.timestamps import from_text, to_text

MISSED = "missed"
GATEWAY = "gateway"  # meant for the gateway's scheduler: wadesk's own never sends it
_AWAITING_GATEWAY = "status = 'scheduled' AND hold = ? AND remote_schedule_id IS NULL"  # not handed over yet

Requeue = tuple[Sequence[int], datetime, str, bool]
"""``(ids, retry_at, error, uncount)`` as ``record_answers`` takes them: see there."""


@dataclass(frozen=True)
class Campaign:
    id: int
    account_id: int
    name: str
    template: str
    pace: str
    state: str  # active, paused, cancelled
    created_at: datetime
    counts: dict[DeliveryStatus, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class OutboxRepository:
    def __init__(self, db: Database, messages: MessageRepository) -> None:
        self._db = db
        self._messages = messages

    # -- what is due ------------------------------------------------------------

    def due(self, account_id: int, now: datetime, limit: int) -> builtins.list[StoredMessage]:
        stamp = to_text(now)
        return self._messages._many(
            "WHERE account_id = ? AND status = 'queued' AND hold IS NULL"
            " AND (scheduled_at IS NULL OR scheduled_at <= ?) AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
            " AND (campaign_id IS NULL OR campaign_id IN (SELECT id FROM campaigns WHERE state = 'active'))"
            " ORDER BY id LIMIT ?",
            (account_id, stamp, stamp, limit),
        )

    def accounts_with_work(self) -> builtins.list[int]:
        """Accounts with queued messages (due now or later); a removed account never sends."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT DISTINCT account_id FROM messages WHERE status = 'queued' AND hold IS NULL"
                " AND account_id IN (SELECT id FROM accounts WHERE removed_at IS NULL)"
            ).fetchall()
        return [int(r[0]) for r in rows]

    def next_wakeup(self) -> datetime | None:
        """The earliest time something queued or scheduled locally becomes due (now, when a hand-over waits)."""
        with self._db.read() as connection:
            query = "SELECT 1 FROM messages WHERE " + _AWAITING_GATEWAY + " LIMIT 1"  # noqa: S608
            if connection.execute(query, (GATEWAY,)).fetchone():
                return self._db.now()
            row = connection.execute(
                "SELECT min(coalesce(max(coalesce(scheduled_at, ''), coalesce(next_attempt_at, '')), ''))"
                " FROM messages WHERE status IN ('queued', 'scheduled') AND hold IS NULL"
                " AND remote_schedule_id IS NULL"
                " AND (campaign_id IS NULL OR campaign_id IN (SELECT id FROM campaigns WHERE state = 'active'))"
            ).fetchone()
        value = row[0] if row else None
        if value is None:
            return None
        return from_text(value) if value else self._db.now()

    def release_schedules(
        self, now: datetime, missed_before: datetime
    ) -> tuple[builtins.list[int], builtins.list[int]]:
        """Local schedules whose time has come become ``queued``; those older than ``missed_before`` are held.

        Returns the ids ``(released, missed)``.
        """
        stamp, cutoff = to_text(now), to_text(missed_before)
        with self._db.transaction() as connection:
            base = " WHERE status = 'scheduled' AND remote_schedule_id IS NULL AND hold IS NULL AND scheduled_at <= ?"
            missed = [
                int(r[0])
                for r in connection.execute("SELECT id FROM messages" + base + " AND scheduled_at < ?", (stamp, cutoff))  # noqa: S608
            ]
            connection.executemany(
                "UPDATE messages SET hold = ?, updated_at = ? WHERE id = ?", [(MISSED, stamp, i) for i in missed]
            )
            ids = [int(r[0]) for r in connection.execute("SELECT id FROM messages" + base, (stamp,))]  # noqa: S608
            self._move(connection, ids, DeliveryStatus.QUEUED, stamp, "schedule due")
        return ids, missed

    def held(self) -> builtins.list[StoredMessage]:
        """Missed schedules, waiting for the user's decision."""
        return self._messages._many("WHERE hold = ? ORDER BY scheduled_at, id", (MISSED,))

    # -- the gateway's scheduler --------------------------------------------------

    def awaiting_gateway(self) -> builtins.list[StoredMessage]:
        """Messages meant for the gateway's scheduler and not yet handed over, by time."""
        return self._messages._many("WHERE " + _AWAITING_GATEWAY + " ORDER BY scheduled_at, id", (GATEWAY,))

    def miss_gateway(self, ids: Sequence[int]) -> int:
        """Hand-overs whose time passed before they were made: held as ``missed`` for the user."""
        with self._db.transaction() as connection:
            stamp = self._db.stamp()
            query = "UPDATE messages SET hold = ?, updated_at = ? WHERE id = ? AND " + _AWAITING_GATEWAY  # noqa: S608
            return sum(connection.execute(query, (MISSED, stamp, i, GATEWAY)).rowcount for i in ids)

    def record_handover(self, scheduled: Sequence[tuple[int, str, str | None]], outcomes: Sequence[Outcome]) -> None:
        """The gateway's answers to hand-overs, in one transaction.

        ``scheduled``: ``(message_id, schedule_id, provider_message_id)`` of what
        the gateway now holds.  ``outcomes``: what it refused (``failed``, no
        longer meant for any scheduler) or left in doubt (``uncertain``, still
        kept from wadesk's scheduler).
        """
        with self._db.transaction() as connection:
            stamp = self._db.stamp()
            for message_id, schedule_id, provider_message_id in scheduled:
                if self._move(connection, [message_id], DeliveryStatus.SCHEDULED, stamp, "held by the gateway"):
                    connection.execute(
                        "UPDATE messages SET remote_schedule_id = ?, error = NULL,"
                        " provider_message_id = coalesce(?, provider_message_id) WHERE id = ?",
                        (schedule_id, provider_message_id, message_id),
                    )
            for outcome in outcomes:
                moved = apply_outcome(connection, outcome, stamp)
                if moved and outcome.status is DeliveryStatus.FAILED:
                    connection.execute("UPDATE messages SET hold = NULL WHERE id = ?", (outcome.message_id,))

    def planned_between(self, account_id: int, start: datetime, end: datetime) -> int:
        """How many messages of the account were accepted, or are scheduled, in ``[start, end)`` (daily caps)."""
        first, last = to_text(start), to_text(end)
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT (SELECT count(DISTINCT e.message_id) FROM status_events e JOIN messages m"
                " ON m.id = e.message_id WHERE m.account_id = ? AND e.status = 'accepted' AND e.at >= ? AND e.at < ?)"
                " + (SELECT count(*) FROM messages WHERE account_id = ? AND status = 'scheduled'"
                " AND scheduled_at >= ? AND scheduled_at < ?)",
                (account_id, first, last, account_id, first, last),
            ).fetchone()
        return int(row[0])

    def decide_missed(self, message_id: int, *, send_now: bool) -> StoredMessage:
        """The user's answer for a missed schedule: send it now, or skip it (cancelled)."""
        message = self._messages.get(message_id)
        if message.hold != MISSED:
            raise ValidationError(N_("message {message_id} is not a missed schedule"), message_id=message_id)
        if send_now:
            self._refuse_removed(message)
        with self._db.transaction() as connection:
            stamp = self._db.stamp()
            connection.execute("UPDATE messages SET hold = NULL, updated_at = ? WHERE id = ?", (stamp, message_id))
            target = DeliveryStatus.QUEUED if send_now else DeliveryStatus.CANCELLED
            note = N_("sent late on request") if send_now else N_("missed schedule skipped")
            self._move(connection, [message_id], target, stamp, note)
            if send_now:
                connection.execute("UPDATE messages SET scheduled_at = NULL WHERE id = ?", (message_id,))
        return self._messages.get(message_id)

    # -- retries and decisions ------------------------------------------------

    def requeue(self, ids: Sequence[int], retry_at: datetime, error: str) -> None:
        """Messages that certainly did not reach the provider go back to the queue until ``retry_at``."""
        with self._db.transaction() as connection:
            stamp = self._db.stamp()
            self._move(connection, ids, DeliveryStatus.QUEUED, stamp, error)
            connection.executemany(
                "UPDATE messages SET next_attempt_at = ?, error = ? WHERE id = ?",
                [(to_text(retry_at), redact(error), i) for i in ids],
            )

    def record_answers(self, outcomes: Sequence[Outcome], requeued: Sequence[Requeue] = ()) -> None:
        """The answers to several send requests, in one transaction.

        ``outcomes`` as ``MessageRepository.record_outcomes`` records them;
        ``requeued``: ``(ids, retry_at, error, uncount)`` for messages that
        certainly did not reach the provider, back in the queue until
        ``retry_at`` (see ``requeue``), their last attempt not counted when
        ``uncount`` (a 429, or a request that never started).
        """
        with self._db.transaction() as connection:
            apply_outcomes(connection, outcomes, self._db.stamp())
            for ids, retry_at, error, uncount in requeued:
                self.requeue(ids, retry_at, error)
                if uncount:
                    self.uncount_attempt(ids)

    def uncount_attempt(self, ids: Sequence[int]) -> None:
        """The last attempt does not count (the gateway answered 429: it did not even look at the request)."""
        with self._db.transaction() as connection:
            connection.executemany(
                "UPDATE messages SET attempt = max(0, attempt - 1) WHERE id = ?", [(i,) for i in ids]
            )

    def resolve_uncertain(self, message_id: int, *, send_again: bool) -> StoredMessage:
        """The user's answer for an uncertain message: send it again, or mark it as sent."""
        message = self._messages.get(message_id)
        if message.status is not DeliveryStatus.UNCERTAIN:
            raise ValidationError(
                N_("message {message_id} is {value}, not uncertain"), message_id=message_id, value=message.status.value
            )
        if send_again:
            self._refuse_removed(message)
        with self._db.transaction() as connection:
            stamp = self._db.stamp()
            if send_again:  # by wadesk itself (at its time, if it was scheduled), whoever was to send it
                self._move(connection, [message_id], DeliveryStatus.QUEUED, stamp, "sent again on request")
                connection.execute(
                    "UPDATE messages SET next_attempt_at = NULL, hold = NULL WHERE id = ?", (message_id,)
                )
            else:
                self._move(connection, [message_id], DeliveryStatus.SENT, stamp, "marked as sent by the user")
        return self._messages.get(message_id)

    def retry(self, fresh_refs: Mapping[int, str]) -> builtins.list[int]:
        """Put failed messages back in the queue (the named ``RETRY`` transition); returns the ids moved.

        Each starts afresh: attempt 0, no error, no retry time, and a new
        ``ref_id`` (given by the caller) so that a gateway asked "do you have
        this reference?" after a crash never answers with the failed attempt.
        The provider's id of the failed attempt is dropped with it (a late
        report about that attempt must not move the new one) and kept in the
        status event's note.  Messages no longer ``failed`` are left alone.
        """
        moved: builtins.list[int] = []
        with self._db.transaction() as connection:
            stamp = self._db.stamp()
            for message_id, ref_id in fresh_refs.items():
                row = connection.execute(
                    "SELECT status, provider_message_id, error FROM messages WHERE id = ?", (message_id,)
                ).fetchone()
                if row is None or not can_retry(DeliveryStatus(row[0])):
                    continue
                connection.execute(
                    "UPDATE messages SET status = ?, attempt = 0, error = NULL, next_attempt_at = NULL,"
                    " provider_message_id = NULL, remote_schedule_id = NULL, ref_id = ?, updated_at = ? WHERE id = ?",
                    (str(RETRY[1]), ref_id, stamp, message_id),
                )
                earlier = f" (gateway id {row[1]})" if row[1] else ""
                note = f"retry on request; it had failed{earlier}: {row[2] or 'no reason given'}"
                connection.execute(_INSERT_EVENT, (message_id, str(RETRY[1]), stamp, WADESK, note))
                moved.append(message_id)
        return moved

    def finished_campaigns(self, campaign_ids: Collection[int]) -> builtins.list[int]:
        """Those of the campaigns with nothing left to send: no message queued, scheduled or being sent."""
        wanted = sorted(campaign_ids)
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT id FROM campaigns c WHERE id IN (" + marks + ") AND NOT EXISTS (SELECT 1 FROM messages"  # noqa: S608
                " WHERE campaign_id = c.id AND status IN ('queued', 'scheduled', 'sending')) ORDER BY id",
                wanted,
            ).fetchall()
        return [int(r[0]) for r in rows]

    def failed_in_campaign(self, campaign_id: int) -> builtins.list[int]:
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT id FROM messages WHERE campaign_id = ? AND status = ? ORDER BY id",
                (campaign_id, str(DeliveryStatus.FAILED)),
            ).fetchall()
        return [int(r[0]) for r in rows]

    def set_remote_schedule(self, message_id: int, schedule_id: str, provider_message_id: str | None) -> None:
        with self._db.transaction() as connection:
            connection.execute(
                "UPDATE messages SET remote_schedule_id = ?, provider_message_id = coalesce(?, provider_message_id),"
                " updated_at = ? WHERE id = ?",
                (schedule_id, provider_message_id, self._db.stamp(), message_id),
            )

    def set_schedule_time(self, message_id: int, at: datetime) -> None:
        """A new time; a missed schedule is no longer missed (one meant for the gateway stays so)."""
        with self._db.transaction() as connection:
            connection.execute(
                "UPDATE messages SET scheduled_at = ?, hold = nullif(hold, ?), updated_at = ? WHERE id = ?",
                (to_text(at), MISSED, self._db.stamp(), message_id),
            )

    def set_body(self, message_id: int, body_json: str) -> bool:
        """New words for a message still ``scheduled``; False when it no longer is (being sent, or gone)."""
        with self._db.transaction() as connection:
            changed = connection.execute(
                "UPDATE messages SET body_json = ?, updated_at = ? WHERE id = ? AND status = ?",
                (body_json, self._db.stamp(), message_id, DeliveryStatus.SCHEDULED.value),
            ).rowcount
        return changed > 0

    def cancel(self, ids: Sequence[int], note: str) -> int:
        with self._db.transaction() as connection:
            return self._move(connection, ids, DeliveryStatus.CANCELLED, self._db.stamp(), note)

    def accepted_since(self, account_id: int, since: datetime) -> int:
        """How many messages of the account the provider accepted since ``since`` (for daily caps)."""
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT count(DISTINCT e.message_id) FROM status_events e JOIN messages m ON m.id = e.message_id"
                " WHERE m.account_id = ? AND e.status = 'accepted' AND e.at >= ?",
                (account_id, to_text(since)),
            ).fetchone()
        return int(row[0])

    def get_many(self, ids: Sequence[int]) -> builtins.list[StoredMessage]:
        out: builtins.list[StoredMessage] = []
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ", ".join("?" * len(chunk))
            out.extend(self._messages._many(f"WHERE id IN ({marks}) ORDER BY id", tuple(chunk)))
        return out

    # -- campaigns --------------------------------------------------------------

    def create_campaign(self, account_id: int, name: str, template: str, pace: str) -> int:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO campaigns (account_id, name, template, pace, created_at) VALUES (?, ?, ?, ?, ?)",
                (account_id, name, template, pace, self._db.stamp()),
            )
            return int(cursor.lastrowid or 0)

    def campaigns(self) -> builtins.list[Campaign]:
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT id, account_id, name, template, pace, state, created_at FROM campaigns ORDER BY id"
            ).fetchall()
            counts: dict[int, dict[DeliveryStatus, int]] = {int(r[0]): {} for r in rows}
            for campaign_id, status, count in connection.execute(
                "SELECT campaign_id, status, count(*) FROM messages WHERE campaign_id IS NOT NULL"
                " GROUP BY campaign_id, status"
            ):
                counts.setdefault(int(campaign_id), {})[DeliveryStatus(status)] = int(count)
        return [
            Campaign(int(r[0]), int(r[1]), r[2], r[3], r[4], r[5], from_text(r[6]), counts.get(int(r[0]), {}))
            for r in rows
        ]

    def campaign_settings(self, campaign_id: int) -> tuple[str, str]:
        """``(pace, state)`` of a campaign, without counting its messages (the dispatcher asks often)."""
        with self._db.read() as connection:
            row = connection.execute("SELECT pace, state FROM campaigns WHERE id = ?", (campaign_id,)).fetchone()
        if row is None:
            raise ValidationError(N_("no campaign with id {campaign_id}"), campaign_id=campaign_id).hint(
                " (see 'wadesk campaign list')"
            )
        return str(row[0]), str(row[1])

    def campaign(self, campaign_id: int) -> Campaign:
        for campaign in self.campaigns():
            if campaign.id == campaign_id:
                return campaign
        raise ValidationError(N_("no campaign with id {campaign_id}"), campaign_id=campaign_id).hint(
            " (see 'wadesk campaign list')"
        )

    def set_campaign_state(self, campaign_id: int, state: str) -> Campaign:
        return self.change_campaign_state(campaign_id, state)[0]

    def change_campaign_state(self, campaign_id: int, state: str) -> tuple[Campaign, builtins.list[int]]:
        """The campaign in its new state, and the ids of the messages that cancelling it cancelled."""
        campaign = self.campaign(campaign_id)
        if campaign.state == "cancelled":
            raise ValidationError(N_("campaign {campaign_id} was cancelled"), campaign_id=campaign_id)
        ids: builtins.list[int] = []
        with self._db.transaction() as connection:
            connection.execute("UPDATE campaigns SET state = ? WHERE id = ?", (state, campaign_id))
            if state == "cancelled":
                ids = [
                    r[0]
                    for r in connection.execute(
                        "SELECT id FROM messages WHERE campaign_id = ? AND status IN ('queued', 'scheduled')",
                        (campaign_id,),
                    )
                ]
                self._move(connection, ids, DeliveryStatus.CANCELLED, self._db.stamp(), "campaign cancelled")
        return self.campaign(campaign_id), ids

    # -- helpers ----------------------------------------------------------------

    def _refuse_removed(self, message: StoredMessage) -> None:
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT name FROM accounts WHERE id = ? AND removed_at IS NOT NULL", (message.account_id,)
            ).fetchone()
        if row is not None:
            raise ValidationError(
                N_("message {id} is of the removed account '{value}': it is not sent again"),
                id=message.id,
                value=row[0],
            )

    @staticmethod
    def _move(connection: sqlite3.Connection, ids: Sequence[int], status: DeliveryStatus, stamp: str, note: str) -> int:
        """Move messages to ``status`` where the status rules allow it, recording events."""

        moved = []
        for message_id in ids:
            row = connection.execute("SELECT status FROM messages WHERE id = ?", (message_id,)).fetchone()
            if row is not None and can_move(DeliveryStatus(row[0]), status):
                moved.append(message_id)
        connection.executemany(
            "UPDATE messages SET status = ?, updated_at = ? WHERE id = ?", [(str(status), stamp, i) for i in moved]
        )
        connection.executemany(_INSERT_EVENT, [(i, str(status), stamp, WADESK, note) for i in moved])
        return len(moved)
