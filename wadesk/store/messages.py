"""Outbox and history in one table: every message is written here before any network call.

A message's status only moves forward (``wadesk.domain.status.can_move``); a
late or out-of-order report is ignored rather than moving it back.  Every
change of status is also recorded in ``status_events``.
"""

from __future__ import annotations

import builtins
import functools
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import MessageKind, OutgoingMessage, Recipient, StoredMessage
from wadesk.domain.redaction import redact
from wadesk.domain.status import DeliveryStatus, can_move
from wadesk.domain.words import N_
from wadesk.store.body import dump_body, load_body, message_body
from wadesk.store.db import Database
from wadesk.store.timestamps import from_text, to_text, to_text_or_none

_SELECT = (
    "SELECT id, account_id, campaign_id, ref_id, recipient, is_group, kind, body_json, status, attempt,"
    " provider_message_id, error, scheduled_at, created_at, updated_at, next_attempt_at, remote_schedule_id, hold"
    " FROM messages"
)
_Row = tuple[
    int,
    int,
    int | None,
    str,
    str,
    int,
    str,
    str,
    str,
    int,
    str | None,
    str | None,
    str | None,
    str,
    str,
    str | None,
    str | None,
    str | None,
]

_InsertRow = tuple[int, int | None, str, str, int, str, str, str, str | None, str, str, str | None]
_InsertRows = list[_InsertRow]
_Bodies = list[dict[str, object]]  # each message's body, as ``message_body`` makes it
_INSERT_MESSAGE = (
    "INSERT INTO messages (account_id, campaign_id, ref_id, recipient, is_group, kind, body_json, status,"
    " scheduled_at, created_at, updated_at, hold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE_REPLACING_ERROR = (
    "UPDATE messages SET status = ?, provider_message_id = coalesce(?, provider_message_id), error = ?,"
    " updated_at = ? WHERE id = ?"
)
_UPDATE_KEEPING_ERROR = (
    "UPDATE messages SET status = ?, provider_message_id = coalesce(?, provider_message_id),"
    " error = coalesce(?, error), updated_at = ? WHERE id = ?"
)
_INSERT_EVENT = "INSERT INTO status_events (message_id, status, at, source, note) VALUES (?, ?, ?, ?, ?)"
_SENDING = str(DeliveryStatus.SENDING)
# ``sending``, the attempt counted, for those of the messages that ``can_move`` there.
_SENDABLE = tuple(str(status) for status in DeliveryStatus if can_move(status, DeliveryStatus.SENDING))
_MARK_SENDING = (
    "UPDATE messages SET status = 'sending', attempt = attempt + 1, updated_at = ? WHERE id IN ({marks})"  # noqa: S608 (only "?" placeholders)
    f" AND status IN ({', '.join('?' * len(_SENDABLE))}) RETURNING id, attempt"
)

# A message that reached its number (``reached``): accepted by the gateway or further; the numbers and the
# accounts are each one JSON array.  Looked up by recipient (the unary "+" keeps SQLite from choosing the
# account's index instead), so that the time grows with the list asked about, not with the history.
_REACHED = (
    "SELECT DISTINCT account_id, recipient FROM messages"
    " WHERE recipient IN (SELECT value FROM json_each(?)) AND is_group = 0"
    " AND +account_id IN (SELECT value FROM json_each(?))"
    " AND +status IN ('accepted', 'sent', 'delivered', 'read')"
)

# Stay well under SQLite's limit on parameters per statement.
_CHUNK = 500
_ADD_CHUNK = 1_000  # messages ``add_many`` prepares and inserts at a time

WADESK = "wadesk"

StatusReport = tuple[int, DeliveryStatus, datetime | None, str]
"""``(message_id, status, at, note)`` as ``apply_updates`` takes them."""


@dataclass(frozen=True)
class Outcome:
    """What became of one send attempt, as the dispatcher records it."""

    message_id: int
    status: DeliveryStatus
    provider_message_id: str | None = None
    error: str | None = None
    source: str = WADESK


# A message as an earlier history left it: id, status, created, last change, the gateway's id, its words.
HistoryEntry = tuple[int, DeliveryStatus, datetime, datetime, str | None, str | None]


class MessageRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- writing messages -------------------------------------------------

    def add_many(
        self,
        account_id: int,
        messages: Sequence[OutgoingMessage],
        *,
        status: DeliveryStatus = DeliveryStatus.QUEUED,
        scheduled_at: datetime | Sequence[datetime] | None = None,
        campaign_id: int | None = None,
        hold: str | None = None,
    ) -> builtins.list[StoredMessage]:
        """Store messages (and their first status event) in one transaction; all or nothing.

        ``scheduled_at`` is one time for all, or one per message; ``hold`` is
        stored with them (e.g. meant for the gateway's scheduler), in the same
        transaction.
        """
        stored: builtins.list[StoredMessage] = []
        now = self._db.stamp()
        made = _Made(from_text(now), {})

        def keep(ids: range, chunk: Sequence[OutgoingMessage], bodies: _Bodies, rows: _InsertRows) -> None:
            stored.extend(map(made.message, ids, chunk, bodies, rows))

        self._add(account_id, messages, now, keep, status, scheduled_at, campaign_id, hold)
        return stored

    def add_many_ids(
        self,
        account_id: int,
        messages: Sequence[OutgoingMessage],
        *,
        status: DeliveryStatus = DeliveryStatus.QUEUED,
        scheduled_at: datetime | Sequence[datetime] | None = None,
        campaign_id: int | None = None,
    ) -> builtins.list[int]:
        """``add_many`` for a send of any size: the new messages' ids, in order, and no row kept for each."""
        ids: builtins.list[int] = []

        def keep(new: range, chunk: Sequence[OutgoingMessage], bodies: _Bodies, rows: _InsertRows) -> None:
            ids.extend(new)

        self._add(account_id, messages, self._db.stamp(), keep, status, scheduled_at, campaign_id, None)
        return ids

    def _add(
        self,
        account_id: int,
        messages: Sequence[OutgoingMessage],
        now: str,
        keep: Callable[[range, Sequence[OutgoingMessage], _Bodies, _InsertRows], None],
        status: DeliveryStatus,
        scheduled_at: datetime | Sequence[datetime] | None,
        campaign_id: int | None,
        hold: str | None,
    ) -> None:
        """Insert ``messages`` a chunk at a time in one transaction, handing ``keep`` each chunk as inserted."""
        if not messages:
            return
        if scheduled_at is None or isinstance(scheduled_at, datetime):
            times: Sequence[str | None] = [to_text_or_none(scheduled_at)] * len(messages)
        else:
            if len(scheduled_at) != len(messages):
                raise ValueError(f"{len(scheduled_at)} times for {len(messages)} messages")
            times = [to_text(moment) for moment in scheduled_at]
        try:
            with self._db.transaction() as connection:
                if connection.execute("SELECT 1 FROM accounts WHERE id = ?", (account_id,)).fetchone() is None:
                    raise ValidationError(N_("no account with id {account_id}"), account_id=account_id)
                # A chunk at a time: a campaign of 100,000 never has every row to insert in memory at once.
                for start in range(0, len(messages), _ADD_CHUNK):
                    chunk = messages[start : start + _ADD_CHUNK]
                    bodies = [message_body(message) for message in chunk]
                    rows: _InsertRows = [
                        (
                            account_id,
                            campaign_id,
                            message.ref_id,
                            message.to.address,
                            int(message.to.is_group),
                            str(message.kind),
                            dump_body(message, body),
                            str(status),
                            scheduled,
                            now,
                            now,
                            hold,
                        )
                        for message, body, scheduled in zip(
                            chunk, bodies, times[start : start + _ADD_CHUNK], strict=True
                        )
                    ]
                    connection.executemany(_INSERT_MESSAGE, rows)
                    last = int(connection.execute("SELECT last_insert_rowid()").fetchone()[0])
                    # Under BEGIN IMMEDIATE nothing else can insert, so the new ids are contiguous.
                    ids = range(last - len(rows) + 1, last + 1)
                    first_ref = connection.execute("SELECT ref_id FROM messages WHERE id = ?", (ids[0],)).fetchone()
                    if first_ref is None or first_ref[0] != chunk[0].ref_id:
                        raise RuntimeError("new message ids are not contiguous")
                    connection.executemany(
                        _INSERT_EVENT, [(message_id, str(status), now, WADESK, "") for message_id in ids]
                    )
                    keep(ids, chunk, bodies, rows)
        except sqlite3.IntegrityError as exc:
            raise ValidationError(self._why_duplicate(messages)) from exc

    def mark_sending(self, ids: Sequence[int]) -> builtins.list[int]:
        """Mark messages ``sending`` and count the attempt, committed before this returns.

        Call it before the network request: if wadesk dies during the request,
        the row is left in ``sending`` and recovery reconciles it instead of
        resending blindly.  Returns the ids that were marked, in order; a
        message that can no longer be sent (the user cancelled it meanwhile,
        it is already sending) is left alone and must not be sent.
        """
        attempts: dict[int, int] = {}
        wanted = builtins.list(dict.fromkeys(ids))  # the same id twice is marked once
        with self._db.transaction() as connection:
            now = self._db.stamp()
            for start in range(0, len(wanted), _CHUNK):  # one statement per chunk: no read first, no row by row
                chunk = wanted[start : start + _CHUNK]
                query = _MARK_SENDING.format(marks=", ".join("?" * len(chunk)))
                attempts.update(connection.execute(query, (now, *chunk, *_SENDABLE)).fetchall())
            marked = [i for i in wanted if i in attempts]
            connection.executemany(
                _INSERT_EVENT, [(i, _SENDING, now, WADESK, f"attempt {attempts[i]}") for i in marked]
            )
        return marked

    def record_outcomes(self, outcomes: Sequence[Outcome]) -> int:
        """Record the answers to send requests in one transaction; returns how many changed a status.

        The provider's message id is kept even when the status does not move
        (a callback may have moved the message further already).
        """
        with self._db.transaction() as connection:
            return apply_outcomes(connection, outcomes, self._db.stamp())

    def set_history(self, rows: Iterable[HistoryEntry]) -> int:
        """Put messages where an earlier history left them, as given (not forward-only), in one transaction.

        For sample data (the demo's busy history, the benchmarks): each entry is the message's id, its status,
        when it was made, its last change, the gateway's id and the gateway's words.  Returns how many were set.
        """
        with self._db.transaction() as connection:
            cursor = connection.executemany(
                "UPDATE messages SET status = ?, created_at = ?, updated_at = ?, provider_message_id = ?, error = ?"
                " WHERE id = ?",
                (
                    (str(status), to_text(created), to_text(updated), provider_id, error, message_id)
                    for message_id, status, created, updated, provider_id, error in rows
                ),
            )
            return cursor.rowcount

    def apply_update(
        self,
        message_id: int,
        status: DeliveryStatus,
        *,
        at: datetime | None = None,
        source: str = "provider",
        note: str = "",
        provider_message_id: str | None = None,
    ) -> bool:
        """Apply a status report if it moves the message forward; returns whether it did.

        ``at`` is when the provider says it happened (default: now).  Unknown
        message ids are ignored (the account may have been removed meanwhile).
        """
        with self._db.transaction() as connection:
            return _report(connection, self._db.stamp(), message_id, status, at, note, source, provider_message_id)

    def apply_updates(self, updates: Iterable[StatusReport], *, source: str = "provider") -> int:
        """``apply_update`` for many reports in one transaction; returns how many were applied."""
        return len(self._apply_reports(updates, source))

    def record_reports(self, updates: Iterable[StatusReport], *, source: str = "provider") -> builtins.list[int]:
        """``apply_updates``, returning the ids of the messages that moved (once each, in order)."""
        return builtins.list(dict.fromkeys(self._apply_reports(updates, source)))

    def _apply_reports(self, updates: Iterable[StatusReport], source: str) -> builtins.list[int]:
        """The message id of every report applied, in one transaction."""
        with self._db.transaction() as connection:
            now = self._db.stamp()
            return [
                message_id
                for message_id, status, at, note in updates
                if _report(connection, now, message_id, status, at, note, source, None)
            ]

    # -- reading ------------------------------------------------------------

    def get(self, message_id: int) -> StoredMessage:
        message = self._one("id = ?", (message_id,))
        if message is None:
            raise ValidationError(N_("no message with id {message_id}"), message_id=message_id)
        return message

    def by_ref(self, ref_id: str) -> StoredMessage | None:
        return self._one("ref_id = ?", (ref_id,))

    def by_provider_id(self, account_id: int, provider_message_id: str) -> StoredMessage | None:
        return self._one("account_id = ? AND provider_message_id = ?", (account_id, provider_message_id))

    def list(
        self,
        *,
        account_id: int | None = None,
        statuses: Collection[DeliveryStatus] | None = None,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = True,
    ) -> builtins.list[StoredMessage]:
        if statuses is not None and not statuses:
            return []
        where, params = _filters(account_id, statuses)
        order = "DESC" if newest_first else "ASC"
        return self._many(
            f"{where} ORDER BY id {order} LIMIT ? OFFSET ?", (*params, -1 if limit is None else limit, offset)
        )

    def count_by_status(self, account_id: int | None = None) -> dict[DeliveryStatus, int]:
        """Messages per status; every status is present, with 0 when there are none."""
        where, params = _filters(account_id, None)
        with self._db.read() as connection:
            # Only fixed column names and "?" placeholders are ever put into the text of a query.
            query = "SELECT status, count(*) FROM messages " + where + " GROUP BY status"  # noqa: S608
            rows = connection.execute(query, params)
            counts = dict.fromkeys(DeliveryStatus, 0)
            for status, count in rows:
                counts[DeliveryStatus(status)] = int(count)
        return counts

    def in_flight(self, account_id: int) -> builtins.list[StoredMessage]:
        """Messages the provider accepted whose delivery can still change, oldest first: what to poll."""
        in_flight = [str(status) for status in DeliveryStatus if status.in_flight]
        marks = ", ".join("?" * len(in_flight))
        return self._many(
            f"WHERE account_id = ? AND status IN ({marks}) AND provider_message_id IS NOT NULL ORDER BY id",
            (account_id, *in_flight),
        )

    def reached(self, account_ids: Collection[int], numbers: Collection[str]) -> set[tuple[int, str]]:
        """Which ``(account_id, number)`` pairs of these have had a message reach the number from the account.

        "Reached": the gateway accepted it, or it went further (sent, delivered,
        read) and did not fail since.  Gateways that report no delivery leave
        their messages ``accepted``; counting only delivered ones would call
        every chat on them new.  One query for all of them, however many.
        """
        if not account_ids or not numbers:
            return set()
        with self._db.read() as connection:
            rows = connection.execute(_REACHED, (json.dumps(list(numbers)), json.dumps(list(account_ids)))).fetchall()
        return {(int(account_id), str(number)) for account_id, number in rows}

    def stuck_sending(self, account_id: int | None = None) -> builtins.list[StoredMessage]:
        """Messages left in ``sending`` (by a crash, or a send still under way), oldest first."""
        where, params = _filters(account_id, [DeliveryStatus.SENDING])
        return self._many(f"{where} ORDER BY id", params)

    # -- helpers --------------------------------------------------------------

    def _one(self, condition: str, params: tuple[object, ...]) -> StoredMessage | None:
        with self._db.read() as connection:
            row = connection.execute(_SELECT + " WHERE " + condition, params).fetchone()
        return None if row is None else _message(row)

    def _many(self, clauses: str, params: tuple[object, ...]) -> builtins.list[StoredMessage]:
        with self._db.read() as connection:
            rows = connection.execute(_SELECT + " " + clauses, params).fetchall()
        return [_message(row) for row in rows]

    def _why_duplicate(self, messages: Sequence[OutgoingMessage]) -> str:
        repeated = [ref for ref, count in Counter(message.ref_id for message in messages).items() if count > 1]
        if repeated:
            return f"the message ref_id {repeated[0]!r} appears more than once"
        refs = [message.ref_id for message in messages]
        with self._db.read() as connection:
            for start in range(0, len(refs), _CHUNK):
                chunk = refs[start : start + _CHUNK]
                marks = ", ".join("?" * len(chunk))
                query = "SELECT ref_id FROM messages WHERE ref_id IN (" + marks + ") LIMIT 1"  # noqa: S608
                row = connection.execute(query, chunk).fetchone()
                if row is not None:
                    return f"a message with ref_id {row[0]!r} already exists"
        return "the messages could not be stored: a constraint failed"


def _report(
    connection: sqlite3.Connection,
    now: str,
    message_id: int,
    status: DeliveryStatus,
    at: datetime | None,
    note: str,
    source: str,
    provider_message_id: str | None,
) -> bool:
    """A provider's report: ``at`` defaults to now; a failure's note becomes the message's error."""
    return _apply(
        connection,
        message_id,
        status,
        now=now,
        at=now if at is None else to_text(at),
        source=source,
        note=note,
        provider_message_id=provider_message_id,
        error=note if status is DeliveryStatus.FAILED and note else None,
    )


def _apply(
    connection: sqlite3.Connection,
    message_id: int,
    status: DeliveryStatus,
    *,
    now: str,
    at: str,
    source: str,
    note: str,
    provider_message_id: str | None,
    error: str | None,
    replace_error: bool = False,
) -> bool:
    """Move one message to ``status`` if the forward-only rule allows it, recording the event.

    ``replace_error`` (the answer to a send attempt) sets the error column to
    ``error``, clearing an earlier attempt's error on success; otherwise a
    given ``error`` is added and an existing one kept.
    """
    row = connection.execute("SELECT status, provider_message_id FROM messages WHERE id = ?", (message_id,)).fetchone()
    if row is None:
        return False
    # A gateway may echo a key back in its error text: secrets never reach the database.
    note, error = redact(note), None if error is None else redact(error)
    old, known_id = DeliveryStatus(row[0]), row[1]
    if not can_move(old, status):
        if provider_message_id is not None and known_id is None:
            connection.execute(
                "UPDATE messages SET provider_message_id = ?, updated_at = ? WHERE id = ?",
                (provider_message_id, now, message_id),
            )
        return False
    connection.execute(
        _UPDATE_REPLACING_ERROR if replace_error else _UPDATE_KEEPING_ERROR,
        (str(status), provider_message_id, error, now, message_id),
    )
    connection.execute(_INSERT_EVENT, (message_id, str(status), at, source, note))
    return True


def apply_outcome(connection: sqlite3.Connection, outcome: Outcome, stamp: str) -> bool:
    """Record one request's outcome for its message (status, gateway id, error in its own words) at ``stamp``."""
    return _apply(
        connection,
        outcome.message_id,
        outcome.status,
        now=stamp,
        at=stamp,
        source=outcome.source,
        note=outcome.error or "",
        provider_message_id=outcome.provider_message_id,
        error=outcome.error,
        replace_error=True,
    )


def apply_outcomes(connection: sqlite3.Connection, outcomes: Sequence[Outcome], stamp: str) -> int:
    """``apply_outcome`` for many outcomes, with a few statements for all of them; returns how many moved.

    The same rules, message by message and in order (the forward-only rule,
    the provider's id kept when the status does not move, errors redacted).
    """
    known = _select_by_id(connection, "status, provider_message_id", [o.message_id for o in outcomes])
    moved: builtins.list[tuple[str, str | None, str | None, str, int]] = []
    events: builtins.list[tuple[int, str, str, str, str]] = []
    ids_only: builtins.list[tuple[str, str, int]] = []
    for outcome in outcomes:
        row = known.get(outcome.message_id)
        if row is None:
            continue
        old, known_id = _STATUSES.get(row[0]) or DeliveryStatus(row[0]), row[1]
        error = redact(outcome.error) if outcome.error else outcome.error  # secrets never reach the database
        if not can_move(old, outcome.status):
            if outcome.provider_message_id is not None and known_id is None:
                ids_only.append((outcome.provider_message_id, stamp, outcome.message_id))
                known[outcome.message_id] = (row[0], outcome.provider_message_id)
            continue
        status = str(outcome.status)
        known[outcome.message_id] = (status, outcome.provider_message_id or known_id)
        moved.append((status, outcome.provider_message_id, error, stamp, outcome.message_id))
        events.append((outcome.message_id, status, stamp, outcome.source, error or ""))
    connection.executemany("UPDATE messages SET provider_message_id = ?, updated_at = ? WHERE id = ?", ids_only)
    connection.executemany(_UPDATE_REPLACING_ERROR, moved)
    connection.executemany(_INSERT_EVENT, events)
    return len(moved)


def _select_by_id(connection: sqlite3.Connection, columns: str, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """``columns`` of the messages with these ids (those that exist), by id."""
    found: dict[int, tuple[Any, ...]] = {}
    wanted = builtins.list(dict.fromkeys(ids))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        query = f"SELECT id, {columns} FROM messages WHERE id IN ({', '.join('?' * len(chunk))})"  # noqa: S608
        found.update((int(row[0]), tuple(row[1:])) for row in connection.execute(query, chunk))
    return found


@dataclass
class _Made:
    """The messages one ``add_many`` stored, as ``get`` would read them back, sharing what they have in common."""

    created: datetime
    scheduled: dict[str, datetime]  # each scheduled time read once

    def message(
        self, message_id: int, message: OutgoingMessage, body: dict[str, object], row: _InsertRow
    ) -> StoredMessage:
        account_id, campaign_id, ref_id, _, _, kind, body_json, status, at, _, _, hold = row
        scheduled_at = None
        if at is not None:
            scheduled_at = self.scheduled.get(at) or self.scheduled.setdefault(at, from_text(at))
        return StoredMessage(
            id=message_id,
            account_id=account_id,
            campaign_id=campaign_id,
            ref_id=ref_id,
            to=message.to,
            kind=MessageKind(kind),
            body=body if not message.extra else load_body(body_json, message_id),  # ``extra`` as JSON gives it back
            status=DeliveryStatus(status),
            attempt=0,
            provider_message_id=None,
            error=None,
            scheduled_at=scheduled_at,
            created_at=self.created,
            updated_at=self.created,
            hold=hold,
        )


def _filters(account_id: int | None, statuses: Collection[DeliveryStatus] | None) -> tuple[str, tuple[object, ...]]:
    conditions: builtins.list[str] = []
    params: builtins.list[object] = []
    if account_id is not None:
        conditions.append("account_id = ?")
        params.append(account_id)
    if statuses is not None:
        conditions.append(f"status IN ({', '.join('?' * len(statuses))})")
        params.extend(str(status) for status in statuses)
    return ("WHERE " + " AND ".join(conditions) if conditions else ""), tuple(params)


# Rows are read by the thousand on the sending path: the enums by a dict (an unknown value still raises), and the
# times of a batch, which are mostly the same few texts, parsed once (a datetime cannot change).
_STATUSES = {str(status): status for status in DeliveryStatus}
_KINDS = {str(kind): kind for kind in MessageKind}
_moment = functools.lru_cache(maxsize=1024)(from_text)


def _message(row: _Row) -> StoredMessage:
    (
        message_id,
        account_id,
        campaign_id,
        ref_id,
        recipient,
        is_group,
        kind,
        body_json,
        status,
        attempt,
        provider_message_id,
        error,
        scheduled_at,
        created_at,
        updated_at,
        next_attempt_at,
        remote_schedule_id,
        hold,
    ) = row
    return StoredMessage(
        id=message_id,
        account_id=account_id,
        campaign_id=campaign_id,
        ref_id=ref_id,
        to=Recipient(recipient, is_group=bool(is_group)),
        kind=_KINDS.get(kind) or MessageKind(kind),
        body=load_body(body_json, message_id),
        status=_STATUSES.get(status) or DeliveryStatus(status),
        attempt=attempt,
        provider_message_id=provider_message_id,
        error=error,
        scheduled_at=None if scheduled_at is None else _moment(scheduled_at),
        created_at=_moment(created_at),
        updated_at=_moment(updated_at),
        next_attempt_at=None if next_attempt_at is None else _moment(next_attempt_at),
        remote_schedule_id=remote_schedule_id,
        hold=hold,
    )
