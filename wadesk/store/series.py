"""Recurring schedules (series) and the occurrences made of them, each exactly once.

The store keeps a series' definition as the services give it (the draft and
the recipients as JSON text it does not look inside) and its rule as columns.
An occurrence is made by ``materialise``: in one transaction, its key
(``'<series id>:<local date-time>'``) is inserted unless it is there already,
and only then its messages are stored, ``scheduled`` for its time.  A second
call for the same key — from this process or another, at the same moment or
after a crash — stores nothing.

A series' *waiting* occurrences are those whose messages are all still
``scheduled`` in wadesk (not released, sent, handed over, or held as missed)
and whose time is still to come: an edit makes them again from the new
definition, a cancel cancels them.
"""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import OutgoingMessage
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_
from wadesk.store.db import Database
from wadesk.store.messages import MessageRepository
from wadesk.store.outbox import OutboxRepository
from wadesk.store.timestamps import from_text, to_text

ACTIVE = "active"
FINISHED = "finished"  # every occurrence has been made
CANCELLED = "cancelled"

_COLUMNS = (
    "id, name, account_ids, draft_json, recipients_json, pace, region, frequency, start_date, at_time, zone, weekdays,"
    " month_day, until_date, times, active_from, made_until, revision, state, created_at, updated_at"
)


@dataclass(frozen=True)
class SeriesDefinition:
    """What a series is, as stored: the services' JSON and the rule's parts."""

    name: str
    account_ids: tuple[int, ...]
    draft_json: str
    recipients_json: str
    pace: str
    region: str
    frequency: str  # daily, weekly, monthly
    start: date
    at: time
    zone: str  # an IANA name (or what ``services.pacing.zone`` reads back)
    weekdays: tuple[int, ...] = ()  # 0 = Monday
    month_day: int | None = None  # 1–31, or -1 for the last day
    until: date | None = None
    count: int | None = None


@dataclass(frozen=True)
class SeriesRow:
    id: int
    definition: SeriesDefinition
    active_from: datetime  # occurrences before this are not made
    made_until: datetime | None  # every occurrence from ``active_from`` to this has been made
    revision: int  # one more at each edit
    state: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class OccurrenceRow:
    """An occurrence made into messages (or that could not be: ``problem``), with its messages' statuses."""

    key: str
    series_id: int
    at: datetime
    campaign_id: int | None
    problem: str | None
    created_at: datetime
    statuses: dict[DeliveryStatus, int]
    message_ids: tuple[int, ...]

    @property
    def local_key(self) -> str:
        """The local date-time part of the key (``2027-01-31T09:00``)."""
        return self.key.split(":", 1)[1]


@dataclass(frozen=True)
class NewCampaign:
    """The campaign an occurrence with several messages becomes (so its pace applies)."""

    account_id: int
    name: str
    template: str
    pace: str


def occurrence_key(series_id: int, local_key: str) -> str:
    return f"{series_id}:{local_key}"


class SeriesRepository:
    def __init__(self, db: Database, messages: MessageRepository, outbox: OutboxRepository) -> None:
        self._db = db
        self._messages = messages
        self._outbox = outbox

    # -- series -----------------------------------------------------------------

    def add(self, definition: SeriesDefinition, active_from: datetime) -> int:
        stamp = self._db.stamp()
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO series (name, account_ids, draft_json, recipients_json, pace, region, frequency,"
                " start_date, at_time, zone, weekdays, month_day, until_date, times, active_from, state, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*_definition_values(definition), to_text(active_from), ACTIVE, stamp, stamp),
            )
            return int(cursor.lastrowid or 0)

    def get(self, series_id: int) -> SeriesRow:
        with self._db.read() as connection:
            row = connection.execute(f"SELECT {_COLUMNS} FROM series WHERE id = ?", (series_id,)).fetchone()  # noqa: S608
        if row is None:
            raise ValidationError(N_("there is no recurring schedule {series_id}"), series_id=series_id).hint(
                " (see 'wadesk schedule list')"
            )
        return _series(row)

    def list(self, *, states: Sequence[str] = (ACTIVE, FINISHED, CANCELLED)) -> builtins.list[SeriesRow]:
        marks = ", ".join("?" * len(states))
        with self._db.read() as connection:
            rows = connection.execute(
                f"SELECT {_COLUMNS} FROM series WHERE state IN ({marks}) ORDER BY id",  # noqa: S608
                tuple(states),
            ).fetchall()
        return [_series(r) for r in rows]

    def has_active(self) -> bool:
        with self._db.read() as connection:
            return connection.execute("SELECT 1 FROM series WHERE state = ? LIMIT 1", (ACTIVE,)).fetchone() is not None

    def finish(self, series_id: int) -> bool:
        """Mark an active series finished (every occurrence made); False if it was not active."""
        with self._db.transaction() as connection:
            return (
                connection.execute(
                    "UPDATE series SET state = ?, updated_at = ? WHERE id = ? AND state = ?",
                    (FINISHED, self._db.stamp(), series_id, ACTIVE),
                ).rowcount
                > 0
            )

    def update(self, series_id: int, definition: SeriesDefinition, now: datetime) -> builtins.list[int]:
        """A new definition from ``now`` on: the waiting occurrences are cancelled and forgotten, to be made again.

        Returns the ids of the messages cancelled.  A cancelled or finished
        series becomes active again only through its new definition (a
        finished one whose new rule has occurrences left); a cancelled one is refused.
        """
        stamp = self._db.stamp()
        with self._db.transaction() as connection:
            state = self._state(connection, series_id)
            if state == CANCELLED:
                raise ValidationError(
                    N_("recurring schedule {series_id} was cancelled: make a new one"), series_id=series_id
                )
            ids = self._drop_waiting(connection, series_id, now, "the recurring schedule was changed", forget=True)
            connection.execute(
                "UPDATE series SET name = ?, account_ids = ?, draft_json = ?, recipients_json = ?, pace = ?,"
                " region = ?, frequency = ?, start_date = ?, at_time = ?, zone = ?, weekdays = ?, month_day = ?,"
                " until_date = ?, times = ?, active_from = ?, made_until = NULL, revision = revision + 1,"
                " state = ?, updated_at = ?"
                " WHERE id = ?",
                (*_definition_values(definition), to_text(now), ACTIVE, stamp, series_id),
            )
        return ids

    def cancel(self, series_id: int, now: datetime) -> builtins.list[int]:
        """Cancel a series and every occurrence still waiting or missed; returns the ids of the messages cancelled."""
        with self._db.transaction() as connection:
            self._state(connection, series_id)
            ids = self._drop_waiting(connection, series_id, now, "the recurring schedule was cancelled", forget=False)
            missed = [
                int(r[0])
                for r in connection.execute(
                    "SELECT m.id FROM messages m JOIN series_occurrences o ON m.occurrence = o.key"
                    " WHERE o.series_id = ? AND m.status = 'scheduled' AND m.remote_schedule_id IS NULL",
                    (series_id,),
                )
            ]
            OutboxRepository._move(
                connection, missed, DeliveryStatus.CANCELLED, self._db.stamp(), "the recurring schedule was cancelled"
            )
            connection.execute(
                "UPDATE series SET state = ?, updated_at = ? WHERE id = ?", (CANCELLED, self._db.stamp(), series_id)
            )
        return sorted({*ids, *missed})

    @staticmethod
    def _state(connection: sqlite3.Connection, series_id: int) -> str:
        row = connection.execute("SELECT state FROM series WHERE id = ?", (series_id,)).fetchone()
        if row is None:
            raise ValidationError(N_("there is no recurring schedule {series_id}"), series_id=series_id).hint(
                " (see 'wadesk schedule list')"
            )
        return str(row[0])

    def _drop_waiting(
        self, connection: sqlite3.Connection, series_id: int, now: datetime, note: str, *, forget: bool
    ) -> builtins.list[int]:
        """Cancel the messages of the occurrences still waiting (all scheduled, time to come); forget their keys."""
        keys = [
            str(r[0])
            for r in connection.execute(
                "SELECT o.key FROM series_occurrences o WHERE o.series_id = ? AND o.at > ? AND NOT EXISTS"
                " (SELECT 1 FROM messages m WHERE m.occurrence = o.key"
                " AND NOT (m.status = 'scheduled' AND m.hold IS NULL AND m.remote_schedule_id IS NULL))",
                (series_id, to_text(now)),
            )
        ]
        ids: builtins.list[int] = []
        for key in keys:
            ids.extend(int(r[0]) for r in connection.execute("SELECT id FROM messages WHERE occurrence = ?", (key,)))
        OutboxRepository._move(connection, ids, DeliveryStatus.CANCELLED, self._db.stamp(), note)
        if forget:
            # Their messages stay in the history, cancelled; the key is free for the new definition's occurrence.
            connection.executemany("UPDATE messages SET occurrence = NULL WHERE id = ?", [(i,) for i in ids])
            connection.executemany("DELETE FROM series_occurrences WHERE key = ?", [(k,) for k in keys])
        return ids

    # -- occurrences --------------------------------------------------------------

    def materialise(
        self,
        series_id: int,
        key: str,
        at: datetime,
        zone: str,
        shares: Sequence[tuple[int, Sequence[OutgoingMessage]]],
        *,
        revision: int,
        campaign: NewCampaign | None = None,
        problem: str | None = None,
    ) -> builtins.list[int] | None:
        """Make occurrence ``key`` of an active series: its messages ``scheduled`` for ``at``, in one transaction.

        Returns the new messages' ids, or None when the occurrence was made
        already (here or by another process), the series is no longer active,
        or it was edited since ``revision`` (what was planned from the old
        version is not stored; the next pass plans it from the new one).  With
        ``problem`` the occurrence is kept without messages.
        """
        with self._db.transaction() as connection:
            state = connection.execute("SELECT state, revision FROM series WHERE id = ?", (series_id,)).fetchone()
            if state is None or state[0] != ACTIVE or state[1] != revision:
                return None
            inserted = connection.execute(
                "INSERT INTO series_occurrences (key, series_id, at, problem, created_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (key) DO NOTHING",
                (key, series_id, to_text(at), problem, self._db.stamp()),
            ).rowcount
            if not inserted:
                return None
            if problem is not None:
                return []
            campaign_id = None
            if campaign is not None:
                campaign_id = self._outbox.create_campaign(
                    campaign.account_id, campaign.name, campaign.template, campaign.pace
                )
                connection.execute("UPDATE series_occurrences SET campaign_id = ? WHERE key = ?", (campaign_id, key))
            ids: builtins.list[int] = []
            for account_id, messages in shares:  # joins this transaction: all or nothing
                ids.extend(
                    self._messages.add_many_ids(
                        account_id, messages, status=DeliveryStatus.SCHEDULED, scheduled_at=at, campaign_id=campaign_id
                    )
                )
            connection.executemany(
                "UPDATE messages SET occurrence = ?, zone = ? WHERE id = ?", [(key, zone, i) for i in ids]
            )
        return ids

    def keep_unsent(
        self, series_id: int, occurrences: Sequence[tuple[str, datetime]], revision: int, problem: str
    ) -> int:
        """Keep occurrences ``(key, at)`` of an active series without messages, with ``problem``, in one transaction.

        Returns how many were new (the others were made already, here or elsewhere).
        """
        stamp = self._db.stamp()
        with self._db.transaction() as connection:
            state = connection.execute("SELECT state, revision FROM series WHERE id = ?", (series_id,)).fetchone()
            if state is None or state[0] != ACTIVE or state[1] != revision:
                return 0
            before = connection.total_changes
            connection.executemany(
                "INSERT INTO series_occurrences (key, series_id, at, problem, created_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (key) DO NOTHING",
                [(key, series_id, to_text(at), problem, stamp) for key, at in occurrences],
            )
            return connection.total_changes - before

    def made_until(self, series_id: int, revision: int, until: datetime) -> None:
        """Every occurrence of this revision up to ``until`` is made: later passes start there.

        Kept only while the series is still at ``revision`` (an edit meanwhile starts afresh), and only forwards.
        """
        stamp = to_text(until)
        with self._db.transaction() as connection:
            connection.execute(
                "UPDATE series SET made_until = ? WHERE id = ? AND revision = ?"
                " AND (made_until IS NULL OR made_until < ?)",
                (stamp, series_id, revision, stamp),
            )

    def made_keys(self, series_id: int, since: datetime) -> set[str]:
        """The keys of the occurrences made at or after ``since``."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT key FROM series_occurrences WHERE series_id = ? AND at >= ?", (series_id, to_text(since))
            ).fetchall()
        return {str(r[0]) for r in rows}

    def occurrences(self, series_id: int, *, limit: int = 50) -> builtins.list[OccurrenceRow]:
        """The latest ``limit`` occurrences made, by time, each with its messages' statuses."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT key, series_id, at, campaign_id, problem, created_at FROM ("
                " SELECT * FROM series_occurrences WHERE series_id = ? ORDER BY at DESC LIMIT ?) ORDER BY at",
                (series_id, limit),
            ).fetchall()
            found = []
            for key, sid, at, campaign_id, problem, created in rows:
                messages = connection.execute(
                    "SELECT id, status FROM messages WHERE occurrence = ? ORDER BY id", (key,)
                ).fetchall()
                statuses: dict[DeliveryStatus, int] = {}
                for _, status in messages:
                    statuses[DeliveryStatus(status)] = statuses.get(DeliveryStatus(status), 0) + 1
                found.append(
                    OccurrenceRow(
                        str(key),
                        int(sid),
                        from_text(at),
                        None if campaign_id is None else int(campaign_id),
                        problem,
                        from_text(created),
                        statuses,
                        tuple(int(m[0]) for m in messages),
                    )
                )
        return found

    def of_messages(self, ids: Sequence[int]) -> dict[int, tuple[str | None, str | None]]:
        """``{message id: (occurrence key, zone)}`` for the messages given that have either."""
        found: dict[int, tuple[str | None, str | None]] = {}
        with self._db.read() as connection:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                for message_id, key, zone in connection.execute(
                    f"SELECT id, occurrence, zone FROM messages WHERE id IN ({marks})"  # noqa: S608
                    " AND (occurrence IS NOT NULL OR zone IS NOT NULL)",
                    tuple(chunk),
                ):
                    found[int(message_id)] = (key, zone)
        return found

    def keep_zone(self, ids: Sequence[int], zone: str) -> None:
        """Remember the zone a (one-off) schedule was made in; a campaign's ids (consecutive) a range at a time."""
        runs: builtins.list[tuple[str, int, int]] = []
        for message_id in sorted(ids):
            if runs and runs[-1][2] == message_id - 1:
                runs[-1] = (zone, runs[-1][1], message_id)
            else:
                runs.append((zone, message_id, message_id))
        with self._db.transaction() as connection:
            connection.executemany("UPDATE messages SET zone = ? WHERE id BETWEEN ? AND ?", runs)


def _definition_values(d: SeriesDefinition) -> tuple[object, ...]:
    return (
        d.name,
        ",".join(str(i) for i in d.account_ids),
        d.draft_json,
        d.recipients_json,
        d.pace,
        d.region,
        d.frequency,
        d.start.isoformat(),
        d.at.strftime("%H:%M"),
        d.zone,
        ",".join(str(w) for w in sorted(d.weekdays)),
        d.month_day,
        None if d.until is None else d.until.isoformat(),
        d.count,
    )


def _series(row: tuple[object, ...]) -> SeriesRow:
    (
        series_id,
        name,
        account_ids,
        draft_json,
        recipients_json,
        pace,
        region,
        frequency,
        start,
        at,
        zone,
        weekdays,
        month_day,
        until,
        times,
        active_from,
        made_until,
        revision,
        state,
        created,
        updated,
    ) = row
    definition = SeriesDefinition(
        name=str(name),
        account_ids=tuple(int(i) for i in str(account_ids).split(",") if i),
        draft_json=str(draft_json),
        recipients_json=str(recipients_json),
        pace=str(pace),
        region=str(region),
        frequency=str(frequency),
        start=date.fromisoformat(str(start)),
        at=time.fromisoformat(str(at)),
        zone=str(zone),
        weekdays=tuple(int(w) for w in str(weekdays).split(",") if w),
        month_day=None if month_day is None else int(str(month_day)),
        until=None if until is None else date.fromisoformat(str(until)),
        count=None if times is None else int(str(times)),
    )
    return SeriesRow(
        int(str(series_id)),
        definition,
        from_text(str(active_from)),
        None if made_until is None else from_text(str(made_until)),
        int(str(revision)),
        str(state),
        from_text(str(created)),
        from_text(str(updated)),
    )
