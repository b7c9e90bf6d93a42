"""Recurring schedules ("series"): a send repeated by a rule, each occurrence its own messages exactly once.

A series keeps what a ``SendRequest`` asked for (devices, message, recipients,
pace) and a ``Rule`` (``wadesk.domain.recurrence``).  It is never a timer:
``materialise`` makes the messages of every occurrence due within ``HORIZON``
(and of those that passed while wadesk was closed), each under its occurrence
key, in the transaction that stores them — so calling it at any time, from any
process, twice at once or again after a crash, makes each occurrence once.
The outbox calls it at every pass (``Outbox.before_release``), so the window,
``wadesk outbox run`` and ``wadesk outbox run --follow`` all make them.

An occurrence is planned like any send (``sending.planner.make_plan``): the
recipients are gathered again for it (a local group's members as they are
then, opted-out numbers left out), the text rendered, each message checked.
Its messages are ``scheduled`` in wadesk for the occurrence's time and sent by
the dispatcher like any local schedule (several recipients: a campaign, paced);
one whose time passed while wadesk was closed is held as missed, for the user
to send now or skip — never sent silently (of a long closure, the latest
``MAX_MISSED``; older ones are kept without messages, saying why).  A series is always held by wadesk,
never handed to a gateway's scheduler.  An occurrence that cannot be planned
(no recipient left, a device removed, a media file gone) is kept with its
problem, without messages, and the series goes on.

Editing a series changes its future only.  From the moment of the edit the
new definition applies: occurrences already made keep their messages, except
those still only *waiting* (every message still scheduled in wadesk and its
time to come), which are cancelled and made again from the new definition.
A count (``--count 6``) counts from the rule's start, occurrences before the
edit included.  Cancelling a series cancels its waiting and missed occurrences;
what was already sent stays in the history.

Every change publishes ``SeriesChanged`` and ``SchedulesChanged`` (with the
messages made or cancelled), then ``MessagesChanged``, after its commit.
"""

from __future__ import annotations

import asyncio
import builtins
import dataclasses
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Account, Contact
from wadesk.domain.recurrence import Frequency, Occurrence, Rule, describe, next_occurrences, occurrences
from wadesk.domain.words import N_
from wadesk.domain.zones import zone_key
from wadesk.services.accounts import AccountService
from wadesk.services.drafts import ComposerDraft, draft_json, read_draft
from wadesk.services.events import EventHub, MessagesChanged, SchedulesChanged, SeriesChanged
from wadesk.services.outbox import Outbox
from wadesk.services.pacing import PacePolicy, zone
from wadesk.services.recipients_csv import RecipientRow, RecipientTable
from wadesk.services.sending.plan import Plan, ProblemKind, time_passed
from wadesk.services.sending.planner import make_plan
from wadesk.services.sending.recipients import LocalGroups
from wadesk.services.sending.request import SendRequest
from wadesk.store import Store
from wadesk.store.series import (
    ACTIVE,
    CANCELLED,
    FINISHED,
    NewCampaign,
    OccurrenceRow,
    SeriesDefinition,
    SeriesRow,
    occurrence_key,
)

log = logging.getLogger(__name__)

HORIZON = timedelta(hours=24)  # occurrences due within this are made into messages
# Of the occurrences that passed while wadesk was closed, the latest this many are made (held as missed, for the
# user to send now or skip); older ones are kept without messages, with ``TOO_OLD`` as their problem.
MAX_MISSED = 12
TOO_OLD = N_("passed while wadesk was closed, before the last 12 that did: not sent")  # a stored note: no values
assert str(MAX_MISSED) in TOO_OLD
NEXT_SHOWN = 5  # upcoming occurrences listed with a series

__all__ = [
    "ACTIVE",
    "CANCELLED",
    "FINISHED",
    "HORIZON",
    "MAX_MISSED",
    "OccurrenceRow",
    "Series",
    "SeriesService",
    "UpcomingOccurrence",
]


@dataclass(frozen=True)
class Series:
    """A recurring schedule as listed: its rule, what it sends, its next occurrences and those made.

    ``next`` are the occurrences still to come (made or not) after now, at
    most ``NEXT_SHOWN``; ``made`` the latest occurrences made into messages.
    """

    id: int
    name: str
    rule: Rule
    zone_name: str  # the zone the series was made in
    state: str  # active, finished, cancelled
    accounts: tuple[Account, ...]
    request: SendRequest  # what each occurrence sends (``at`` None): the Composer can open it
    next: tuple[Occurrence, ...]
    made: tuple[OccurrenceRow, ...]
    created_at: datetime

    @property
    def description(self) -> str:
        """The rule in words: ``every month on the 31st at 09:00 (Asia/Jakarta), from 2027-01-31``."""
        return describe(self.rule)

    @property
    def text(self) -> str:
        draft = self.request.draft
        return draft.caption if draft.kind.is_media else draft.text

    @property
    def recipient_count(self) -> int:
        """The recipients as given (numbers, groups, contacts, local groups, file rows); tags count as one each."""
        r = self.request
        return len(r.numbers) + len(r.groups) + len(r.contacts) + len(r.tags) + sum(len(t.rows) for t in r.tables)


@dataclass(frozen=True)
class UpcomingOccurrence:
    """An occurrence of an active series in a stretch of time, and whether its messages are made yet."""

    series_id: int
    key: str  # '<series id>:<local date-time>', as ``of_messages`` and ``OccurrenceRow.key`` name it
    occurrence: Occurrence
    made: bool


class SeriesService:
    def __init__(
        self,
        store: Store,
        accounts: AccountService,
        outbox: Outbox,
        events: EventHub,
        *,
        local_groups: LocalGroups | None = None,
    ) -> None:
        self._store = store
        self._accounts = accounts
        self._outbox = outbox  # its clock is "now" (the tests move it)
        self._events = events
        self._local_groups = local_groups
        self._lock = asyncio.Lock()

    # -- creating ------------------------------------------------------------------

    async def preview(self, request: SendRequest, rule: Rule) -> Plan:
        """The plan of the first occurrence after now: its problems, messages and devices (nothing is stored)."""
        if request.on_gateway:
            raise ValidationError(N_("a recurring schedule is held by wadesk: it cannot be handed to the gateway"))
        first = next_occurrences(rule, self._now(), 1)
        if not first:
            raise ValidationError(N_("{value} has no occurrence left after now"), value=describe(rule))
        return await self._plan(_with_at(request, first[0].at), self._now())

    async def create(self, request: SendRequest, rule: Rule) -> Series:
        """Store a new series and make the occurrences within the horizon; ``ValidationError`` if it cannot go.

        ``request.at`` is not used (the rule says when: its start day and time
        must be to come, as a schedule's); the plan of the first occurrence
        must have no problem, as a send would need.
        """
        first = next(occurrences(rule), None)
        if first is not None and first.at <= self._now():
            raise ValidationError(
                N_("{value}: the first time must be to come"), value=time_passed(first.at.astimezone(rule.zone))
            )
        plan = await self.preview(request, rule)
        if not plan.ok:
            raise ValidationError(plan.error_words())
        series_id = self._store.series.add(_definition(request, rule), self._now())
        self._publish({series_id}, [])
        await self.materialise()
        return self.get(series_id)

    # -- reading -------------------------------------------------------------------

    def list(self, *, everything: bool = False) -> builtins.list[Series]:
        """The active series (with ``everything``, the finished and cancelled ones too), oldest first."""
        states = (ACTIVE, FINISHED, CANCELLED) if everything else (ACTIVE,)
        return [self._series(row) for row in self._store.series.list(states=states)]

    def get(self, series_id: int) -> Series:
        return self._series(self._store.series.get(series_id))

    def upcoming(self, start: datetime, end: datetime) -> builtins.list[UpcomingOccurrence]:
        """Every active series' occurrences from ``start`` to ``end`` (a calendar's month), by time.

        ``made`` says whether its messages exist already (``ScheduleService.list``
        lists those as scheduled messages, with ``of_messages`` naming the
        occurrence); the others are still only planned.
        """
        found: builtins.list[UpcomingOccurrence] = []
        for row in self._store.series.list(states=(ACTIVE,)):
            since = max(start, row.active_from)
            done = self._store.series.made_keys(row.id, since)
            for occurrence in occurrences(_rule(row.definition), since, end):
                key = occurrence_key(row.id, occurrence.key)
                found.append(UpcomingOccurrence(row.id, key, occurrence, key in done))
        return sorted(found, key=lambda u: (u.occurrence.at, u.series_id))

    def of_messages(self, ids: Sequence[int]) -> dict[int, tuple[str | None, str | None]]:
        """``{message id: (occurrence key or None, zone name or None)}``: which series occurrence, and the zone."""
        return self._store.series.of_messages(ids)

    # -- changing ------------------------------------------------------------------

    async def edit(self, series_id: int, *, request: SendRequest | None = None, rule: Rule | None = None) -> Series:
        """A new message, recipients, devices, pace and/or rule, for the occurrences from now on (see the module)."""
        current = self.get(series_id)
        request = request or current.request
        rule = rule or current.rule
        plan = await self.preview(request, rule)
        if not plan.ok:
            raise ValidationError(plan.error_words())
        cancelled = self._store.series.update(series_id, _definition(request, rule), self._now())
        self._publish({series_id}, cancelled)
        await self.materialise()
        return self.get(series_id)

    def cancel(self, series_id: int) -> Series:
        """Cancel a series: no occurrence is made any more; those waiting or missed are cancelled."""
        cancelled = self._store.series.cancel(series_id, self._now())
        self._publish({series_id}, cancelled)
        return self.get(series_id)

    # -- making occurrences ----------------------------------------------------------

    async def materialise(self, horizon: timedelta = HORIZON) -> builtins.list[int]:
        """Make every occurrence due by now + ``horizon`` that is not made yet; returns the new messages' ids.

        Idempotent: each occurrence is stored once however often, and from
        however many processes, this runs.
        """
        async with self._lock:  # within a process, one at a time (across processes, the store's key decides)
            made: builtins.list[int] = []
            for row in self._store.series.list(states=(ACTIVE,)):
                try:
                    made.extend(await self._materialise_series(row, horizon))
                except ValidationError as exc:  # a definition that can no longer be read: said, the others go on
                    log.warning("recurring schedule %s: %s", row.id, exc)
            return made

    async def _materialise_series(self, row: SeriesRow, horizon: timedelta) -> builtins.list[int]:
        now = self._now()
        rule = _rule(row.definition)
        # From where the last complete pass got to (an edit starts again from the edit's time).
        since = max(row.active_from, row.made_until) if row.made_until is not None else row.active_from
        until = now + horizon
        done = self._store.series.made_keys(row.id, since)
        due = [o for o in occurrences(rule, since, until) if occurrence_key(row.id, o.key) not in done]
        passed = sum(1 for o in due if o.at < now)
        too_old, due = due[: max(0, passed - MAX_MISSED)], due[max(0, passed - MAX_MISSED) :]
        changed = False
        if too_old:  # kept in one transaction, without messages: a year closed is one write, not 365
            kept = [(occurrence_key(row.id, o.key), o.at) for o in too_old]
            changed = await asyncio.to_thread(self._store.series.keep_unsent, row.id, kept, row.revision, TOO_OLD) > 0
        request: SendRequest | None = None
        made: builtins.list[int] = []
        for occurrence in due:
            key = occurrence_key(row.id, occurrence.key)
            request = request or self._request(row.definition)
            ids = await self._make(row, key, occurrence, request)
            if ids is not None:
                changed = True
                made.extend(ids)
        self._store.series.made_until(row.id, row.revision, until)  # each one due by then is made
        if not next_occurrences(rule, until + timedelta(microseconds=1), 1):
            changed = self._store.series.finish(row.id) or changed
        if changed:
            self._publish({row.id}, made)
        return made

    async def _make(
        self, row: SeriesRow, key: str, occurrence: Occurrence, request: SendRequest
    ) -> builtins.list[int] | None:
        # Planned as of just before its time, so one that passed while wadesk was closed is made too (then held
        # as missed by the outbox, for the user to decide).
        now = min(self._now(), occurrence.at - timedelta(microseconds=1))
        plan = await self._plan(_with_at(request, occurrence.at), now)
        definition = row.definition
        removed = [a.name for a in request.accounts if a.removed_at is not None]
        if removed or not plan.ok or not plan.messages:
            if removed:
                problem = f"the device {removed[0]} was removed: change the recurring schedule's devices"
            else:
                problem = plan.error() if not plan.ok else N_("no message to send")
            log.warning("recurring schedule %s, %s: %s", row.id, occurrence.local, problem)
            return self._store.series.materialise(
                row.id, key, occurrence.at, definition.zone, [], revision=row.revision, problem=problem
            )
        campaign = None
        if plan.is_campaign:
            draft = plan.request.draft
            campaign = NewCampaign(
                plan.shares[0].account.id,
                f"{plan.campaign_name} ({occurrence.local:%Y-%m-%d %H:%M})",
                draft.text or draft.caption,
                plan.pace.spec() if plan.pace is not None else "none",
            )
        shares = [(share.account.id, share.messages) for share in plan.shares]
        return await asyncio.to_thread(
            self._store.series.materialise,
            row.id,
            key,
            occurrence.at,
            definition.zone,
            shares,
            revision=row.revision,
            campaign=campaign,
        )

    async def _plan(self, request: SendRequest, now: datetime) -> Plan:
        plan = await make_plan(
            request, store=self._store, accounts=self._accounts, now=now, local_groups=self._local_groups
        )
        # A series is held by wadesk: a gateway's scheduler is no concern of it.
        problems = tuple(p for p in plan.problems if p.kind is not ProblemKind.NO_GATEWAY_SCHEDULER)
        return dataclasses.replace(plan, problems=problems)

    # -- helpers ---------------------------------------------------------------------

    def _now(self) -> datetime:
        return self._outbox.clock.now()

    def _publish(self, series_ids: set[int], message_ids: Sequence[int]) -> None:
        self._events.publish(SeriesChanged(frozenset(series_ids)))
        self._events.publish(SchedulesChanged(frozenset(message_ids)))
        if message_ids:
            rows = self._store.outbox.get_many(list(message_ids))
            self._events.publish(
                MessagesChanged.of(message_ids, [r.campaign_id for r in rows], [r.account_id for r in rows])
            )

    def _series(self, row: SeriesRow) -> Series:
        d = row.definition
        rule = _rule(d)
        upcoming = tuple(next_occurrences(rule, max(self._now(), row.active_from), NEXT_SHOWN))
        return Series(
            id=row.id,
            name=d.name,
            rule=rule,
            zone_name=d.zone,
            state=row.state,
            accounts=tuple(self._store.accounts.get_by_id(i) for i in d.account_ids),
            request=self._request(d),
            next=upcoming if row.state == ACTIVE else (),
            made=tuple(self._store.series.occurrences(row.id)),
            created_at=row.created_at,
        )

    def _request(self, d: SeriesDefinition) -> SendRequest:
        """What each occurrence sends, read back from the store (``at`` is set per occurrence)."""
        try:
            data = json.loads(d.recipients_json)
        except ValueError as exc:
            raise ValidationError(N_("the recipients of this recurring schedule cannot be read")) from exc
        contacts: builtins.list[Contact] = []
        for phone in data.get("contacts", []):
            contact = self._store.contacts.get(str(phone))
            if contact is not None:  # a contact deleted since is no longer a recipient
                contacts.append(contact)
        return SendRequest(
            read_draft(d.draft_json).draft,
            [self._store.accounts.get_by_id(i) for i in d.account_ids],
            numbers=[str(n) for n in data.get("numbers", [])],
            groups=[str(g) for g in data.get("groups", [])],
            contacts=contacts,
            tags=[str(t) for t in data.get("tags", [])],
            tables=[_table(t) for t in data.get("tables", [])],
            pace=d.pace,
            name=d.name,
            region=d.region,
            tz=zone(d.zone),
        )


def _with_at(request: SendRequest, at: datetime) -> SendRequest:
    return dataclasses.replace(request, at=at, on_gateway=False)


def _definition(request: SendRequest, rule: Rule) -> SeriesDefinition:
    pace = request.pace
    recipients = {
        "numbers": list(request.numbers),
        "groups": list(request.groups),
        "contacts": [c.phone for c in request.contacts],
        "tags": list(request.tags),
        "tables": [_table_json(t) for t in request.tables],
    }
    return SeriesDefinition(
        name=request.name,
        account_ids=tuple(dict.fromkeys(a.id for a in request.accounts)),
        draft_json=draft_json(ComposerDraft(draft=request.draft)),
        recipients_json=json.dumps(recipients, ensure_ascii=False, separators=(",", ":")),
        pace=pace.spec() if isinstance(pace, PacePolicy) else pace,
        region=request.region,
        frequency=rule.frequency.value,
        start=rule.start,
        at=rule.at,
        zone=zone_key(rule.zone),
        weekdays=tuple(sorted(rule.weekdays)),
        month_day=rule.day,
        until=rule.until,
        count=rule.count,
    )


def _rule(d: SeriesDefinition) -> Rule:
    return Rule(
        Frequency(d.frequency),
        d.start,
        d.at,
        zone(d.zone),
        weekdays=frozenset(d.weekdays),
        day=d.month_day,
        until=d.until,
        count=d.count,
    )


def _table_json(table: RecipientTable) -> dict[str, object]:
    names = table.variable_names
    return {
        "columns": table.columns,
        "phone_column": table.phone_column,
        "has_header": table.has_header,
        "rows": [[r.line, r.phone, [r.variables.get(n, "") for n in names]] for r in table.rows],
    }


def _table(data: dict[str, object]) -> RecipientTable:
    columns = [str(c) for c in data.get("columns", [])]  # type: ignore[attr-defined]
    phone_column = str(data.get("phone_column", ""))
    names = [c for c in columns if c != phone_column]
    rows = [
        RecipientRow(int(line), str(phone), dict(zip(names, (str(v) for v in values), strict=False)))
        for line, phone, values in data.get("rows", [])  # type: ignore[attr-defined]
    ]
    return RecipientTable(columns, phone_column, bool(data.get("has_header", True)), rows)
