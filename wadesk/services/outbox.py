"""The outbox engine: durable, paced, batched sending with honest recovery.

Every message is in SQLite before any request.  For each batch the engine
commits ``sending`` (with the attempt number) before the request and records
the outcome after it.  Each account keeps its gateway's ``max_in_flight``
requests going (the next starts as soon as any is answered), and the answers
are recorded together, a few transactions a second, off the event loop (see
``_Window``).  What a failed request means for its messages:

* ``TransportError`` — it certainly did not reach the provider: back to the
  queue, retried later, ``failed`` after ``MAX_ATTEMPTS`` such attempts;
* ``RateLimited`` (429) — the gateway says "later": the account sends nothing
  until the wait is over (its ``Retry-After``, kept between 5 s and an hour),
  and the messages stay queued however often it happens (a 429 does not use up
  an attempt);
* ``NotSent`` — the request could not even be built (a key with a character
  HTTP cannot carry, plain HTTP refused): ``failed`` with the reason, since
  trying again as it is cannot help;
* ``AuthError`` / ``Rejected`` — the provider said no: ``failed``, in its words;
* ``Ambiguous`` or an unreadable answer — it may have been accepted:
  ``uncertain``, for the user to decide; never resent blindly.

At every start, rows left in ``sending`` by a crash are reconciled (``services.recovery``): a provider
that can look messages up by wadesk's reference is asked (a few lookups at a
time; what it does not answer about stays ``sending`` and a following run asks
again); otherwise they become ``uncertain``.  One person's message goes out at once; the messages of
a campaign are spaced by the device's ``Pacer``, shared by every campaign on
that device.

Schedules are held either by wadesk (sent by this engine when due, paced like
any campaign) or by the gateway's own scheduler (``schedules_on_gateway``
decides from what the gateway can do).  A campaign handed to the gateway gets
one time per message from the same pacing, and every message is handed over
like a send: marked first, and ``uncertain`` — never sent by wadesk as well —
when the answer is unclear.

Every committed change to messages is told on the change feed (``events``):
one ``MessagesChanged`` per transaction, with the ids, campaigns and accounts
it touched, and a ``CampaignsChanged`` when a campaign has nothing left to send.
A schedule cancelled, moved or edited by the user is told by the schedules service
that asked for it (``SchedulesChanged`` and ``MessagesChanged``), not twice.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
from collections import Counter, defaultdict, deque
from collections.abc import Awaitable, Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import (
    AuthError,
    NotSent,
    ProviderError,
    RateLimited,
    Rejected,
    TransportError,
    ValidationError,
    WadeskError,
)
from wadesk.domain.models import Account, MessageKind, OutgoingMessage, StoredMessage
from wadesk.domain.redaction import redact
from wadesk.domain.status import DeliveryStatus, can_retry
from wadesk.domain.words import N_, Phrase, phrase
from wadesk.providers.base import Provider, ProviderInfo, validate_message
from wadesk.providers.http import MAX_RETRY_AFTER, MIN_RETRY_AFTER
from wadesk.services.accounts import AccountService
from wadesk.services.clock import Clock, SystemClock
from wadesk.services.compose import new_ref
from wadesk.services.events import CampaignsChanged, EventHub, MessagesChanged
from wadesk.services.pacing import PacePolicy, Pacer, policy_from, timetable
from wadesk.services.pacing.governor import Governor, Pace, SendingState
from wadesk.services.recovery import Recovery, Unfinished
from wadesk.store import GATEWAY, MISSED, Outcome, Requeue, Store, outgoing_from
from wadesk.store.body import dump_body

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
MISSED_GRACE = timedelta(minutes=5)  # a schedule this late when wadesk starts is "missed", not sent silently
IN_FLIGHT_REQUESTS = 4  # hand-overs to a gateway's scheduler at once (sends: the gateway's ``max_in_flight``)
RATE_LIMIT_WAIT = (MIN_RETRY_AFTER, MAX_RETRY_AFTER)  # a 429's Retry-After is honoured within these bounds (seconds)
RATE_LIMIT_DEFAULT_WAIT = 30.0  # ... and this is the wait when it gave none, or nonsense
RESTART_MAX_SECONDS = 600.0  # the longest pause before the service starts sending again after an error
WRITE_EVERY = 0.025  # seconds: while requests are in flight, their answers are recorded together at most this often


class SenderBusy(WadeskError):
    """Another process holds the data folder's sender lock."""


@dataclass
class RunReport:
    """What one pass of the engine did."""

    recovered: int = 0
    uncertain: int = 0
    released: int = 0
    missed: int = 0
    sent: int = 0
    answered: int = 0  # messages that got an outcome (accepted, failed, uncertain, or back in the queue)
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RetryPlan:
    """What a retry would put back in the queue (``ids``), and what it would not, with why (``refused``)."""

    ids: list[int]
    refused: list[tuple[int, str]]


ProgressFn = Callable[[StoredMessage], None]
IdleFn = Callable[[datetime | None], None]
TroubleFn = Callable[[str], None]


@dataclass
class _Answer:
    """What one request said about its messages, before it is recorded."""

    outcomes: list[Outcome]
    retry: tuple[list[StoredMessage], ProviderError] | None = None  # certainly not delivered: try later
    error: str | None = None
    unsent: bool = False  # committed ``sending``, but its request never started


class _Window:
    """One account's requests: up to its gateway's ``max_in_flight`` at once, the next one started as any ends.

    Messages are committed ``sending`` a window's worth at a time (one
    transaction), before any of their requests starts.  Answers go to one
    writer that records whatever arrived since its last commit in one
    transaction, off the event loop, and tells the change feed after it.  An
    answered message cannot be sent again before its answer is recorded: until
    then it is ``sending``, which nothing sends.  Once the gateway asks for a
    pause (429), or recording fails, no further request starts; what was
    marked but not started goes back to the queue.
    """

    def __init__(self, outbox: Outbox, account: Account, provider: Provider, report: RunReport) -> None:
        self._outbox = outbox
        self._account = account
        self._provider = provider
        self._report = report
        limits = provider.info.limits
        self.size = max(1, limits.max_batch)
        self.slots = max(1, limits.max_in_flight)
        self.reach = self.size * self.slots * 4  # how many due messages are read at a time
        self._free = asyncio.Semaphore(self.slots)
        self._running: set[asyncio.Task[None]] = set()
        self._answered: list[tuple[list[StoredMessage], _Answer]] = []  # not recorded yet
        self._writer: asyncio.Task[None] | None = None
        self._in_flight = 0
        self._quiet = asyncio.Event()  # nothing in flight (or closing): record what was answered at once
        self._unanswered: Counter[int] = Counter()  # per campaign: its messages in this window, not recorded yet
        self._failure: Exception | None = None  # a bug or a failed recording: nothing more starts; ``close`` raises it
        self._unrecordable = False  # recording failed: what is answered now stays ``sending``, for recovery

    @property
    def stopped(self) -> bool:
        return self._failure is not None or self._outbox._waiting(self._account.id, self._outbox.clock.now())

    async def send(self, rows: Sequence[StoredMessage], pacer: Pacer | None = None) -> None:
        """Start one request per batch of ``rows`` as slots free up (and ``pacer`` allows); return once all started."""
        queue = deque(rows)
        ready: deque[list[StoredMessage]] = deque()  # committed ``sending``, request not started yet
        self._unanswered.update(r.campaign_id for r in rows if r.campaign_id is not None)
        try:
            while queue or ready:
                await self._free.acquire()
                if self.stopped:
                    self._free.release()
                    return
                if not ready:
                    ready.extend(await self._mark(queue, pacer))
                    if not ready:
                        self._free.release()
                        continue
                self._in_flight += 1
                self._quiet.clear()
                task = asyncio.ensure_future(self._exchange(ready.popleft(), pacer))
                self._running.add(task)
                task.add_done_callback(self._running.discard)
        finally:
            self._unanswered.subtract(r.campaign_id for r in queue if r.campaign_id is not None)  # not even marked
            for batch in ready:  # never started: back to the queue, the attempt not counted
                if pacer is not None:
                    pacer.release(len(batch))
                self._put(batch, _Answer([], unsent=True))

    async def _mark(self, queue: deque[StoredMessage], pacer: Pacer | None) -> list[list[StoredMessage]]:
        """The next batches, up to one per slot as the pacer allows, committed ``sending`` in one transaction."""
        batches: list[list[StoredMessage]] = []
        while queue and len(batches) < self.slots:
            wanted = min(self.size, len(queue))
            if pacer is None:
                granted = wanted
            elif batches:  # what may go at once joins this transaction; the rest waits for its turn
                granted = pacer.try_acquire(wanted)
                if not granted:
                    break
            else:
                granted = pacer.try_acquire(wanted)
                if not granted:  # the pacer makes it wait: what is under way is answered and recorded first
                    await self._settle()
                    granted = await pacer.acquire(wanted)
                    if self.stopped:  # paused while it waited: nothing more goes
                        pacer.release(granted)
                        break
            batches.append([queue.popleft() for _ in range(granted)])
        rows = [r for batch in batches for r in batch]

        def mark() -> list[int]:  # off the loop, which never waits for the database behind the writer
            active = self._outbox._active_campaigns(rows)  # paused or cancelled meanwhile: not sent
            return self._outbox._store.messages.mark_sending(
                [r.id for r in rows if r.campaign_id is None or r.campaign_id in active]
            )

        marked = set(await asyncio.to_thread(mark))
        self._unanswered.subtract(r.campaign_id for r in rows if r.campaign_id is not None and r.id not in marked)
        if pacer is not None and len(marked) < len(rows):
            pacer.release(len(rows) - len(marked))  # granted but not sent: it does not count against the cap
        live = [[r for r in batch if r.id in marked] for batch in batches]
        live = [batch for batch in live if batch]
        self._outbox._changed([r for batch in live for r in batch], reopened=True)
        return live

    async def _settle(self) -> None:
        """Wait until no request is under way and every answer is recorded."""
        while self._running or (self._writer is not None and not self._writer.done()):
            await asyncio.wait([*self._running, *([self._writer] if self._writer is not None else [])])

    async def _exchange(self, batch: list[StoredMessage], pacer: Pacer | None) -> None:
        """One request; its answer handed to the writer (and a 429 heeded) before its slot frees."""
        try:
            answer = await self._outbox._request(self._provider, batch)
            if answer.retry is not None and isinstance(answer.retry[1], RateLimited):
                self._outbox._pause(self._account.id, answer.retry[1])
            self._outbox._heed(self._account.id, answer)
            if pacer is not None:
                accepted = sum(o.status is DeliveryStatus.ACCEPTED for o in answer.outcomes)
                pacer.record_sent(accepted)
                if len(batch) > accepted:
                    pacer.release(len(batch) - accepted)  # what did not go out does not count against the cap
            self._put(batch, answer)
        except Exception as exc:  # not a gateway's answer (those are in ``answer``): a bug; its batch stays ``sending``
            self._failure = self._failure or exc
        finally:
            self._in_flight -= 1
            if not self._in_flight:
                self._quiet.set()
            self._free.release()

    def _put(self, batch: list[StoredMessage], answer: _Answer) -> None:
        if self._unrecordable:
            return  # left ``sending``: the next start's recovery reconciles it
        self._answered.append((batch, answer))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.ensure_future(self._write())

    async def _write(self) -> None:
        """Record what was answered since the last commit, in one transaction, until nothing is left.

        While requests are in flight, answers are gathered for up to
        ``WRITE_EVERY``: a few transactions a second, however fast the gateway.
        """
        try:
            while self._answered:
                if not self._quiet.is_set():
                    with suppress(TimeoutError):
                        await asyncio.wait_for(self._quiet.wait(), WRITE_EVERY)
                answered, self._answered = self._answered, []
                campaigns = [r.campaign_id for batch, _ in answered for r in batch if r.campaign_id is not None]
                self._unanswered.subtract(campaigns)
                settled = {c for c in campaigns if not self._unanswered[c]}
                await self._outbox._record(answered, self._report, settled)
        except Exception as exc:
            self._unrecordable = True
            self._failure = self._failure or exc

    async def close(self) -> None:
        """Wait for the requests under way and for every answer to be recorded.

        Cancelled, it drops the requests under way (their messages stay
        ``sending`` for recovery) but still records what was answered.
        """
        try:
            while self._running:
                await asyncio.gather(*self._running)
        finally:
            self._quiet.set()
            for task in self._running:
                task.cancel()
            await asyncio.gather(*self._running, return_exceptions=True)
            while self._writer is not None and not self._writer.done():
                await asyncio.wait([self._writer])
        if self._failure is not None:
            raise self._failure


class Outbox:
    def __init__(
        self,
        store: Store,
        accounts: AccountService,
        *,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        events: EventHub | None = None,
    ) -> None:
        self._store = store
        self._accounts = accounts
        self.events = events or EventHub()  # where committed changes are told (a private one when not given)
        self._told_finished: set[int] = set()  # campaigns told finished (told again once they are sent again)
        self.clock: Clock = clock or SystemClock()
        self._rng = rng or random.Random()
        self._pacers: dict[int, tuple[str, Pacer]] = {}
        self._rate_limited: dict[int, datetime] = {}  # account id -> no request before then (a 429)
        # Each device's caps, warm-up and pause (a stored pause holds its sending, across restarts).
        self.governor = Governor(store, self.events)
        self.on_progress: ProgressFn | None = None
        # Called once each time a following run runs out of work, with when the next thing is due (None: nothing).
        self.on_idle: IdleFn | None = None
        self.on_trouble: TroubleFn | None = None  # serve() says here, in plain words, why sending paused
        self.picked_up = RunReport()  # what the last dispatch() sent for others before it let go
        # Called at every pass before due schedules are released: makes what recurring schedules have due
        # (``services.series``; wired by the app, so that the outbox does not depend on the sending pipeline).
        self.before_release: Callable[[], Awaitable[object]] | None = None
        self._recovery = Recovery(store, accounts, self._changed, self._finished)

    # -- putting messages in ---------------------------------------------------

    def enqueue(
        self,
        account: Account,
        messages: Sequence[OutgoingMessage],
        *,
        campaign_id: int | None = None,
        at: datetime | None = None,
    ) -> list[StoredMessage]:
        """Store messages: ``queued`` to go now, or ``scheduled`` (local) for ``at``."""
        rows = self._store.messages.add_many(
            account.id, messages, status=self._stored_as(at), scheduled_at=at, campaign_id=campaign_id
        )
        self._changed(rows, reopened=True)
        return rows

    def enqueue_ids(
        self,
        account: Account,
        messages: Sequence[OutgoingMessage],
        *,
        campaign_id: int | None = None,
        at: datetime | None = None,
    ) -> list[int]:
        """``enqueue`` for a send of any size: the stored messages' ids only (100,000 rows would be ~37 MiB)."""
        ids = self._store.messages.add_many_ids(
            account.id, messages, status=self._stored_as(at), scheduled_at=at, campaign_id=campaign_id
        )
        if ids:
            if campaign_id is not None:
                self._told_finished.discard(campaign_id)  # to be sent: not finished
            self.events.publish(MessagesChanged.of(ids, [campaign_id], [account.id]))
        return ids

    async def queue(
        self,
        account: Account,
        messages: Sequence[OutgoingMessage],
        *,
        campaign_id: int | None = None,
        at: datetime | None = None,
    ) -> list[StoredMessage]:
        """``enqueue``, storing off the event loop: a window stays responsive while thousands are stored."""
        status = self._stored_as(at)
        rows = await asyncio.to_thread(
            self._store.messages.add_many, account.id, messages, status=status, scheduled_at=at, campaign_id=campaign_id
        )
        self._changed(rows, reopened=True)
        return rows

    def _stored_as(self, at: datetime | None) -> DeliveryStatus:
        if at is None:
            return DeliveryStatus.QUEUED
        self._check_future(at)
        return DeliveryStatus.SCHEDULED

    async def enqueue_for_gateway(
        self,
        account: Account,
        messages: Sequence[OutgoingMessage],
        at: datetime,
        *,
        campaign_id: int | None = None,
        pace: str = "none",
    ) -> list[StoredMessage]:
        """Store messages for the gateway's own scheduler, each at its time in the campaign's pace.

        A campaign's messages get one time each, laid out from ``at`` by the
        same ``Pacer`` that spaces a send now; one person's message goes at
        ``at``.  The rows are held from wadesk's own scheduler from the moment
        they are stored; ``schedule_native`` hands them over.
        """
        info = self._accounts.info(account)
        if not info.supports(Capability.NATIVE_SCHEDULE):
            raise ValidationError(N_("{name} cannot hold a schedule itself"), name=info.name)
        self._check_future(at)
        policy = policy_from(pace if campaign_id is not None else "none")

        def planned_on(day: date) -> int:
            start = datetime.combine(day, time.min, tzinfo=policy.tz)
            return self._store.outbox.planned_between(account.id, start, policy.next_midnight(start))

        limits = self.governor.limits(account.id)  # the device's warm-up and hourly caps, as when sent now
        times = await timetable(policy, at, len(messages), rng=self._rng, planned_on=planned_on, limits=limits)
        rows = self._store.messages.add_many(
            account.id,
            messages,
            status=DeliveryStatus.SCHEDULED,
            scheduled_at=[t.replace(microsecond=0) for t in times],  # gateways take whole seconds
            campaign_id=campaign_id,
            hold=GATEWAY,
        )
        self._changed(rows, reopened=True)
        return rows

    async def schedule_native(self, account: Account, rows: Sequence[StoredMessage]) -> list[StoredMessage]:
        """Hand rows stored by ``enqueue_for_gateway`` to the gateway's scheduler; return them updated.

        Raises ``SenderBusy`` when another wadesk sends from this data folder:
        that one hands them over.  See ``_hand_over`` for what each answer means.
        """
        ids = [r.id for r in rows]
        with self._sending():
            fresh = [r for r in self._store.outbox.get_many(ids) if r.hold == GATEWAY]  # never a local one
            await self._hand_over(account, fresh, RunReport())
        return self._store.outbox.get_many(ids)

    async def cancel_scheduled(self, row: StoredMessage) -> None:
        """Cancel a scheduled message; one held by the gateway is cancelled there first."""
        if row.status is not DeliveryStatus.SCHEDULED:
            raise ValidationError(N_("message {id} is {value}, not scheduled"), id=row.id, value=row.status.value)
        info = self._accounts.info(self._store.accounts.get_by_id(row.account_id))
        if not where_held(row, info).can_cancel:
            raise ValidationError(
                N_("message {id} is held by {name}, which cannot cancel a schedule: it goes out as planned"),
                id=row.id,
                name=info.name,
            )
        if row.remote_schedule_id:
            provider = await self._accounts.provider(self._store.accounts.get_by_id(row.account_id))
            await provider.cancel_schedule(row.remote_schedule_id)
        if not self._store.outbox.cancel([row.id], "schedule cancelled"):
            raise ValidationError(
                N_("message {id} is being handed to {name} right now; try again"), id=row.id, name=info.name
            )
        self._finished([row])  # the message itself is told by the caller (services.schedules), as a schedule

    async def move_scheduled(self, row: StoredMessage, at: datetime) -> StoredMessage:
        """Give a scheduled message a new time; one held by the gateway is edited there first."""
        if row.status is not DeliveryStatus.SCHEDULED:
            raise ValidationError(N_("message {id} is {value}, not scheduled"), id=row.id, value=row.status.value)
        self._check_future(at)
        info = self._accounts.info(self._store.accounts.get_by_id(row.account_id))
        if not where_held(row, info).can_move:
            raise ValidationError(
                N_("message {id} is held by {name}, which cannot move a schedule: it goes out as planned"),
                id=row.id,
                name=info.name,
            )
        if row.remote_schedule_id:
            provider = await self._accounts.provider(self._store.accounts.get_by_id(row.account_id))
            entry = await provider.update_schedule(row.remote_schedule_id, outgoing_from(row), at)
            self._store.outbox.set_remote_schedule(row.id, entry.schedule_id, None)
        self._store.outbox.set_schedule_time(row.id, at)
        return self._store.messages.get(row.id)  # told by the caller (services.schedules), as a schedule

    def edited(self, row: StoredMessage, text: str) -> tuple[OutgoingMessage, dict[str, object]]:
        """``row`` with ``text`` as its text (a media message's caption), checked against its gateway's limits.

        Raises ``ValidationError`` in plain words, before any request, when the
        message is not scheduled, is not one whose words can change here, or
        the new text is not one its gateway takes.  Returns the message as it
        would be sent and its new stored body.
        """
        if row.status is not DeliveryStatus.SCHEDULED:
            raise ValidationError(
                N_("message {id} is {value}, not scheduled: its text cannot change"), id=row.id, value=row.status.value
            )
        info = self._accounts.info(self._store.accounts.get_by_id(row.account_id))
        if row.kind not in EDITABLE_KINDS:
            raise ValidationError(
                N_("message {id} is a {value} message, which has no text to change"), id=row.id, value=row.kind.value
            )
        holder = where_held(row, info)
        if not holder.can_edit:
            if not (holder.on_gateway and row.remote_schedule_id):
                raise ValidationError(
                    N_("the text of message {id} cannot change now: it is {text}"), id=row.id, text=holder.words
                )
            then = (
                N_("cancel it and schedule the new text instead") if holder.can_cancel else N_("it goes out as planned")
            )
            raise ValidationError(
                N_("message {id} is held by {name}, which cannot change the text of a schedule it holds: {then}"),
                id=row.id,
                name=info.name,
                then=phrase(then),
            )
        part = "caption" if row.kind.is_media else "text"
        original = outgoing_from(row)
        message = replace(original, caption=text) if row.kind.is_media else replace(original, text=text)
        validate_message(info, message)
        body = dict(row.body)
        if text:
            body[part] = text
        else:
            body.pop(part, None)
        return message, body

    async def edit_scheduled_text(self, row: StoredMessage, text: str) -> StoredMessage:
        """Give a scheduled message new words: its text, or a media message's caption; the time stays.

        A schedule wadesk holds changes in the store only.  One a gateway holds
        is changed there first (``update_schedule`` with the new text at the
        same time), on a gateway that can edit what it holds; one it cannot
        edit is refused in plain words.  The text is checked against the
        gateway's limits before any request.  Only this message changes: for a
        campaign's message, its campaign's template and other messages stay.
        """
        message, body = self.edited(row, text)
        if row.remote_schedule_id:
            at = row.scheduled_at
            if at is None or at <= self.clock.now():
                info = self._accounts.info(self._store.accounts.get_by_id(row.account_id))
                raise ValidationError(
                    N_("message {id} is due now: {name} may be sending it already"), id=row.id, name=info.name
                )
            provider = await self._accounts.provider(self._store.accounts.get_by_id(row.account_id))
            entry = await provider.update_schedule(row.remote_schedule_id, message, at)
            self._store.outbox.set_remote_schedule(row.id, entry.schedule_id, None)
        if not self._store.outbox.set_body(row.id, dump_body(message, body)):
            now = self._store.messages.get(row.id)
            raise ValidationError(
                N_("message {id} is {value} now, not scheduled: its text stayed"), id=row.id, value=now.status.value
            )
        return self._store.messages.get(row.id)  # told by the caller (services.schedules), as a schedule

    def _check_future(self, at: datetime) -> None:
        if at <= self.clock.now():
            raise ValidationError(N_("the time {at} has already passed"), at=f"{at:%Y-%m-%d %H:%M %Z}")

    async def _hand_over(self, account: Account, rows: Sequence[StoredMessage], report: RunReport) -> None:
        """Give messages to the gateway's scheduler, one per request, a few requests at a time.

        Each is committed ``sending`` before its request (a crash then leaves it
        ``uncertain``, never sendable by wadesk).  The answer: the gateway holds
        it (``scheduled``, with its schedule id); the gateway refused it or the
        request certainly never arrived (``failed``, "not scheduled", sent by
        nobody); or anything else — a timeout, a broken connection, an answer
        that cannot be read (``uncertain``: the gateway may hold it).  One
        message per request, so that one unclear answer never leaves several
        messages in doubt.
        """
        try:
            provider = await self._accounts.provider(account)
        except WadeskError as exc:
            failed = [Outcome(r.id, DeliveryStatus.FAILED, error=f"not scheduled: {exc}") for r in rows]
            self._store.outbox.record_handover([], failed)
            self._changed(rows)
            self._finished(rows)
            report.errors.append(f"{account.name}: not scheduled: {exc}")
            return
        for start in range(0, len(rows), IN_FLIGHT_REQUESTS):
            window = rows[start : start + IN_FLIGHT_REQUESTS]
            marked = set(await asyncio.to_thread(self._store.messages.mark_sending, [r.id for r in window]))
            live = [r for r in window if r.id in marked]  # cancelled meanwhile: not handed over
            self._changed(live, reopened=True)
            answers = await asyncio.gather(*(self._hand_over_one(provider, r) for r in live))
            scheduled = [a for a in answers if isinstance(a, tuple)]
            outcomes = [a for a in answers if isinstance(a, Outcome)]
            await asyncio.to_thread(self._store.outbox.record_handover, scheduled, outcomes)
            self._changed(live)
            self._finished(live)
            report.errors.extend(f"message {o.message_id}: {o.error}" for o in outcomes)
            report.uncertain += sum(o.status is DeliveryStatus.UNCERTAIN for o in outcomes)

    async def _hand_over_one(self, provider: Provider, row: StoredMessage) -> tuple[int, str, str | None] | Outcome:
        """One request to the gateway's scheduler, and what it means (nothing is written here)."""
        name = provider.info.name
        try:
            entries = await provider.schedule([outgoing_from(row)], row.scheduled_at or self.clock.now())
        except (AuthError, Rejected, TransportError, RateLimited, ValidationError) as exc:
            return Outcome(row.id, DeliveryStatus.FAILED, error=f"not scheduled: {exc}")
        except ProviderError as exc:
            return Outcome(row.id, DeliveryStatus.UNCERTAIN, error=f"{exc} — {name} may hold the schedule")
        if not entries:
            return Outcome(row.id, DeliveryStatus.UNCERTAIN, error=f"{name} did not mention it; it may hold it")
        entry = entries[0]
        if not entry.schedule_id or (entry.status and entry.status != "scheduled"):
            words = entry.status.partition(": ")[2] or entry.status or "no schedule id"
            words = words if words.startswith(name) else f"{name}: {words}"
            return Outcome(row.id, DeliveryStatus.FAILED, error=f"not scheduled: {words}")
        provider_id = entry.schedule_id if provider.info.supports(Capability.STATUS_POLL) else None
        return (row.id, entry.schedule_id, provider_id)

    async def _hand_over_waiting(self, report: RunReport) -> None:
        """Hand over what a crash or a busy folder left for the gateway; a time already past is "missed"."""
        waiting = self._store.outbox.awaiting_gateway()
        now = self.clock.now()
        late = [r.id for r in waiting if r.scheduled_at is None or r.scheduled_at <= now]
        if late:
            report.missed += self._store.outbox.miss_gateway(late)
            self._changed(waiting, only=late)
        by_account: dict[int, list[StoredMessage]] = defaultdict(list)
        for row in waiting:
            if row.id not in late:
                by_account[row.account_id].append(row)
        for account_id, rows in by_account.items():
            await self._hand_over(self._store.accounts.get_by_id(account_id), rows, report)

    # -- retrying what certainly did not arrive ---------------------------------

    def retry_plan(self, ids: Sequence[int] = (), *, campaign_id: int | None = None) -> RetryPlan:
        """Which of ``ids`` (or of a campaign's messages) can be retried: those that certainly did not arrive.

        Only ``failed`` messages (refused by the gateway, or not sent after
        every attempt) qualify; never an ``uncertain`` one, which may have
        arrived, nor anything the gateway has.  A campaign gives its failed
        messages; a paused or cancelled campaign is refused.
        """
        if campaign_id is not None:
            why = _campaign_not_active(campaign_id, self._store.outbox.campaign(campaign_id).state)
            if why:
                raise ValidationError(why)
            ids = [*ids, *self._store.outbox.failed_in_campaign(campaign_id)]
        wanted = list(dict.fromkeys(ids))
        found = {row.id: row for row in self._store.outbox.get_many(wanted)}
        plan = RetryPlan([], [])
        for message_id in wanted:
            refusal = self._why_not_retried(found.get(message_id))
            if refusal is None:
                plan.ids.append(message_id)
            else:
                plan.refused.append((message_id, refusal))
        return plan

    def _why_not_retried(self, row: StoredMessage | None) -> str | None:
        if row is None:
            return "there is no such message"
        if row.campaign_id is not None:
            why = _campaign_not_active(row.campaign_id, self._store.outbox.campaign_settings(row.campaign_id)[1])
            if why:
                return f"its {why}"
        status = row.status
        if can_retry(status):
            return None
        if status is DeliveryStatus.UNCERTAIN:
            return "it is uncertain: it may have reached the gateway (send it again or mark it as sent once you know)"
        if status in (DeliveryStatus.QUEUED, DeliveryStatus.SCHEDULED, DeliveryStatus.SENDING):
            return f"it is {status.value}: it has not had its answer yet"
        if status is DeliveryStatus.CANCELLED:
            return "it was cancelled"
        return f"the gateway has it ({status.value})"

    async def retry(self, plan: RetryPlan, *, send: bool = True) -> list[StoredMessage]:
        """Put the plan's messages back in the queue, each with a fresh attempt count, then send them once.

        Returns them as they are afterwards: refused again means ``failed``
        again; what has to wait (an unreachable gateway, a rate limit) stays
        ``queued`` for the next run.  Raises ``SenderBusy`` (after queueing)
        when another wadesk sends from this folder: it sends them.
        """
        moved = await asyncio.to_thread(self._store.outbox.retry, {i: new_ref() for i in plan.ids})
        rows = self._store.outbox.get_many(moved)
        self._changed(rows, reopened=True)
        if send and rows:
            by_account: dict[int, list[StoredMessage]] = defaultdict(list)
            for row in rows:
                by_account[row.account_id].append(row)
            accounts = [self._store.accounts.get_by_id(i) for i in by_account]
            await asyncio.gather(*(self.dispatch(a, by_account[a.id]) for a in accounts))
            rows = self._store.outbox.get_many(moved)
        return rows

    # -- running -----------------------------------------------------------------

    async def run(self, *, follow: bool = False) -> RunReport:
        """Recover, release due schedules, send everything due; with ``follow`` keep going until cancelled.

        Without ``follow``, what other senders queued meanwhile goes out too before it returns.
        """
        with self._sending():
            report = await self._run(follow=follow)
        await self._send_what_others_queued(report)
        return report

    async def serve(self, *, retry_seconds: float = 30.0, busy_is_error: bool = False) -> None:
        """Keep sending while the app runs; only cancelling it stops it.

        While another wadesk holds the folder it waits (or, with
        ``busy_is_error``, raises ``SenderBusy`` at once: a command asked to
        send should say so rather than wait unseen).  When a pass fails —
        a gateway or keyring problem, or a bug — the error goes to the log
        (with its traceback when it is not one of wadesk's own), ``on_trouble``
        tells the user in plain words, and sending starts again after a pause
        that doubles with each failure in a row (``retry_seconds`` up to
        ``RESTART_MAX_SECONDS``).  The next pass's recovery reconciles whatever
        the failed one left in ``sending``.
        """
        stop_watching = self.governor.watch_devices()  # a phone that drops pauses its sending
        try:
            await self._serve(retry_seconds, busy_is_error)
        finally:
            stop_watching()

    async def _serve(self, retry_seconds: float, busy_is_error: bool) -> None:
        failures = 0
        while True:
            started = self.clock.now()
            wait = retry_seconds
            try:
                await self.run(follow=True)
            except SenderBusy:
                if busy_is_error:
                    raise
                failures = 0
                log.info("another wadesk is sending from this folder; trying again in %.0f s", wait)
            except Exception as exc:  # anything but cancellation: sending must go on
                if (self.clock.now() - started).total_seconds() > RESTART_MAX_SECONDS:
                    failures = 0  # it had been sending fine for a while: start the back-off afresh
                failures += 1
                wait = min(RESTART_MAX_SECONDS, retry_seconds * 2 ** (failures - 1))
                self._paused_by(exc, wait)
            await self.clock.sleep(wait)

    def _paused_by(self, exc: Exception, wait: float) -> None:
        """Log why sending stopped, and tell the user in plain words (never a traceback)."""
        if isinstance(exc, WadeskError):
            log.warning("the outbox stopped: %s; starting again in %.0f s", exc, wait)
            why = redact(str(exc)).rstrip(".")
        else:
            log.error("the outbox stopped on an internal error; starting again in %.0f s", wait, exc_info=exc)
            why = "an internal problem stopped it; the details are in the log file"
        if self.on_trouble is None:
            return
        try:
            self.on_trouble(f"{why[:1].upper()}{why[1:]}. wadesk tries again in {wait:.0f} s; nothing queued is lost.")
        except Exception:
            log.exception("could not show that sending paused")

    async def _run(self, *, follow: bool) -> RunReport:
        report = RunReport()
        await self.recover(report)
        idle_until: tuple[datetime | None] | None = None  # what the last on_idle call said
        unfinished = self._recovery.unfinished()  # the gateway did not answer about them
        while True:
            self.governor.reload()  # a pause lifted (or set) by another wadesk meanwhile
            if follow:
                await self._recover_again(unfinished, report)
            if self.before_release is not None:
                await self.before_release()
            now = self.clock.now()
            released, missed = self._store.outbox.release_schedules(now, now - MISSED_GRACE)
            if released or missed:
                self._changed(self._store.outbox.get_many([*released, *missed]))
            report.released += len(released)
            report.missed += len(missed)
            await self._hand_over_waiting(report)
            answered = report.answered
            accounts = [self._store.accounts.get_by_id(i) for i in self._store.outbox.accounts_with_work()]
            await self._drain_all(accounts, report)
            if not follow:
                return report
            due = self._store.outbox.next_wakeup()
            if report.answered != answered or released:
                idle_until = None
            elif idle_until != (due,) and self.on_idle is not None:
                idle_until = (due,)
                self.on_idle(due)
            wake = min(filter(None, (due, unfinished.next_try)), default=None)
            delay = 30.0 if wake is None else max(0.5, min(30.0, (wake - self.clock.now()).total_seconds()))
            await self.clock.sleep(delay)

    async def dispatch(self, account: Account, rows: Sequence[StoredMessage]) -> list[StoredMessage]:
        """Send these queued rows now (paced if they belong to a campaign); return them updated.

        Retries that must wait are left queued (``outbox run`` sends them later).
        Before this sender stops, it also sends whatever else is due: another
        ``wadesk send`` that found the folder busy left its messages to it
        (``picked_up`` says what became of them).
        """
        report = RunReport()
        with self._sending():
            await self._drain(account, report, only={r.id for r in rows})
        self.picked_up = RunReport()
        await self._send_what_others_queued(self.picked_up)
        return self._store.outbox.get_many([r.id for r in rows])

    @contextmanager
    def _sending(self) -> Iterator[None]:
        """Hold the data folder's sender lock, or raise ``SenderBusy``."""
        if not self._store.sender_lock.acquire():
            raise SenderBusy(N_("another wadesk is sending from this data folder; it sends what is queued")).hint(
                " (the desktop app, 'wadesk outbox run' or 'wadesk send')"
            )
        try:
            yield
        finally:
            self._store.sender_lock.release()

    async def _send_what_others_queued(self, report: RunReport) -> None:
        """Before a sender stops: send what is due, looking again each time after letting go of the lock.

        Another sender that finds the folder busy leaves its messages to the
        one holding it.  A message queued before the lock was let go is sent
        here; one queued later finds the lock free (or held by a sender that
        then owns it).  Nothing happens while another task of this process
        holds the lock (it sends them), after a pass that met an error (said
        in ``report.errors``), or for accounts waiting out a rate limit.
        Progress callbacks are about the caller's own messages: none fire here.
        """
        progress, self.on_progress = self.on_progress, None
        try:
            while not report.errors and not self._store.sender_lock.held and self._anything_due():
                try:
                    with self._sending():
                        await self._drain_all(self._accounts_with_work(), report)
                except SenderBusy:
                    return  # another sender took over: what is due is its to send
                except WadeskError as exc:
                    report.errors.append(str(exc))
                except Exception as exc:  # the caller's own work is done: report it, don't crash
                    log.error("could not send what other senders queued", exc_info=exc)
                    report.errors.append("an internal problem in wadesk (the details are in the log file)")
        finally:
            self.on_progress = progress

    def _accounts_with_work(self) -> list[Account]:
        return [self._store.accounts.get_by_id(i) for i in self._store.outbox.accounts_with_work()]

    def _anything_due(self) -> bool:
        """Is a message due now on an account that is not waiting out a rate limit?"""
        now = self.clock.now()
        return any(
            not self._waiting(account_id, now) and self._store.outbox.due(account_id, now, 1)
            for account_id in self._store.outbox.accounts_with_work()
        )

    def _waiting(self, account_id: int, now: datetime) -> bool:
        """Has the account's gateway asked for a pause (429) that is not over yet, or is its device paused?"""
        until = self._rate_limited.get(account_id)
        return (until is not None and until > now) or self.governor.paused(account_id, now) is not None

    async def _drain_all(self, accounts: Sequence[Account], report: RunReport) -> None:
        """Drain every account at once; an error is raised only once every drain has stopped.

        (``gather`` would raise at the first error and leave the other drains
        sending unwatched — while recovery, after a restart, takes their rows
        in ``sending`` for abandoned ones.)
        """
        outcomes = await asyncio.gather(*(self._drain(a, report, only=None) for a in accounts), return_exceptions=True)
        for outcome in outcomes:
            if isinstance(outcome, BaseException):
                raise outcome

    async def _drain(self, account: Account, report: RunReport, *, only: set[int] | None) -> None:
        """Send the account's due messages until none is left, or its gateway asked for a pause (429)."""
        try:
            provider = await self._accounts.provider(account)
        except ProviderError as exc:
            report.errors.append(f"{account.name}: {exc}")
            return
        pause = self.governor.paused(account.id, self.clock.now())
        if pause is not None:
            if only:
                await self._tell_paused(sorted(only), pause.reason)
            return
        window = _Window(self, account, provider, report)
        try:
            while not window.stopped:
                # Read off the loop; what is in flight is ``sending``, so it is never read again as due.
                rows = await asyncio.to_thread(self._store.outbox.due, account.id, self.clock.now(), window.reach)
                if only is not None:
                    rows = [r for r in rows if r.id in only]
                if not rows:
                    return
                # A person's own message goes at its device's pace (at once unless a campaign set one), and it
                # counts against the device's caps like any other.
                own = [r for r in rows if r.campaign_id is None]
                if own:
                    await window.send(own, self._pacer(account, None))
                paced = [r for r in rows if r.campaign_id is not None]
                if paced and not window.stopped:
                    pace = await asyncio.to_thread(self._campaign_pace, paced[0])
                    await window.send(paced, self._pacer(account, pace))
        finally:
            await window.close()

    async def _tell_paused(self, ids: Sequence[int], reason: str) -> None:
        """Messages asked for while their device is paused stay queued, saying why (for ``wadesk send``, a retry)."""
        note = f"not sent yet: sending on this device is paused ({reason}); it goes once you resume it"

        def keep() -> list[StoredMessage]:
            waiting = [r for r in self._store.outbox.get_many(ids) if r.status is DeliveryStatus.QUEUED]
            self._store.outbox.requeue([r.id for r in waiting], self.clock.now(), note)
            return waiting

        self._changed(await asyncio.to_thread(keep))

    async def _request(self, provider: Provider, batch: list[StoredMessage]) -> _Answer:
        """One request, and what it means for each of its messages (nothing is written here)."""
        try:
            results = await provider.send([outgoing_from(r) for r in batch])
        except NotSent as exc:  # it never left, and would not leave the next time either
            why = str(exc)
            return _Answer([Outcome(r.id, DeliveryStatus.FAILED, error=why) for r in batch], error=why)
        except (TransportError, RateLimited) as exc:
            return _Answer([], retry=(batch, exc))
        except ProviderError as exc:
            status = DeliveryStatus.FAILED if isinstance(exc, AuthError | Rejected) else DeliveryStatus.UNCERTAIN
            why = str(exc) if status is DeliveryStatus.FAILED else f"{exc} — the gateway may have accepted it"
            return _Answer([Outcome(r.id, status, error=why) for r in batch], error=str(exc))
        except ValidationError as exc:  # the provider cannot send this kind after all
            return _Answer([Outcome(r.id, DeliveryStatus.FAILED, error=str(exc)) for r in batch], error=str(exc))
        by_ref = {r.ref_id: r for r in results}
        outcomes = []
        for row in batch:
            result = by_ref.get(row.ref_id)
            if result is None:
                outcomes.append(Outcome(row.id, DeliveryStatus.UNCERTAIN, error=N_("the gateway did not mention it")))
                continue
            words = result.error
            if words and not words.startswith(provider.info.name):
                words = f"{provider.info.name}: {words}"  # whose words these are
            outcomes.append(Outcome(row.id, result.status, result.provider_message_id, words))
        return _Answer(outcomes)

    def _pause(self, account_id: int, exc: RateLimited) -> None:
        """The gateway answered 429: nothing more for this account until its wait is over (see ``rate_limit_wait``)."""
        retry_at = self.clock.now() + timedelta(seconds=rate_limit_wait(exc.retry_after))
        self._rate_limited[account_id] = max(retry_at, self._rate_limited.get(account_id, retry_at))
        pacer = self._pacers.get(account_id)
        if pacer is not None:
            pacer[1].pause_until(retry_at)
        self.governor.pause(account_id, f"the gateway asked to slow down ({exc})", self.clock.now(), retry_at)

    def _heed(self, account_id: int, answer: _Answer) -> None:
        """Tell the governor what the gateway answered: three "banned" / "not connected" in a row pause the device.

        Only the gateway's own answers count: a request that never reached it
        ("Server disconnected", a timeout) says nothing about the number.
        """
        now = self.clock.now()
        for outcome in answer.outcomes:
            if outcome.status is DeliveryStatus.ACCEPTED:
                self.governor.saw(account_id, None, now, accepted=True)
            elif outcome.status is DeliveryStatus.FAILED and self.governor.saw(account_id, outcome.error, now):
                break  # paused: the rest of this answer says the same

    # -- the sending governor ------------------------------------------------------------

    def sending_state(self, account: Account) -> SendingState:
        """The device's sending state (ready, resting, warm-up, paused) for the CLI (on the event loop)."""
        return self.governor.state(account.id, self.clock.now(), self.pace_now(account.id))

    def pace_now(self, account_id: int) -> Pace | None:
        """What the device's live pacer counts (on the event loop; None while nothing sends through it)."""
        current = self._pacers.get(account_id)
        return Pace.of(current[1]) if current is not None else None

    def resume_sending(self, account_id: int) -> bool:
        """The user says: send again on this device (its messages were kept queued).  Whether it was paused."""
        self._rate_limited.pop(account_id, None)
        current = self._pacers.get(account_id)
        if current is not None:
            current[1].resume()
        return self.governor.resume(account_id)

    def _later(self, batch: Sequence[StoredMessage], answer: _Answer) -> tuple[list[Outcome], list[Requeue]]:
        """What becomes of messages that certainly did not reach the provider: back to the queue, or ``failed``.

        A 429 (the account is paused already, see ``_pause``) does not count
        as an attempt: rate-limited messages stay queued however often it
        happens; nor does a request that never started.  Any other such
        failure waits longer each time and fails the message after
        ``MAX_ATTEMPTS``.
        """
        ids = [r.id for r in batch]
        now = self.clock.now()
        resume = max(now, self._rate_limited.get(batch[0].account_id, now))
        if answer.retry is None:  # ``unsent``: marked, then sending stopped before its request started
            why = "the gateway asked for a pause" if resume > now else "sending stopped before its turn"
            return [], [(ids, resume, f"not sent yet: {why}", True)]
        exc = answer.retry[1]
        if isinstance(exc, RateLimited):
            return [], [(ids, resume, f"not sent yet: {exc}", True)]
        attempt = max(r.attempt for r in batch) + 1
        if attempt >= MAX_ATTEMPTS:
            error = f"not sent after {attempt} attempts: {exc}"
            return [Outcome(r.id, DeliveryStatus.FAILED, error=error) for r in batch], []
        retry_at = now + timedelta(seconds=min(300.0, 5.0 * 2 ** (attempt - 1)))
        return [], [(ids, retry_at, f"not sent yet: {exc}", False)]

    async def _record(
        self, answered: Sequence[tuple[list[StoredMessage], _Answer]], report: RunReport, settled: Collection[int]
    ) -> None:
        """Record answers to several requests in one transaction, off the loop; then tell the feed once.

        ``settled``: campaigns with nothing else under way here, which may have nothing left to send now.
        """
        outcomes: list[Outcome] = []
        requeued: list[Requeue] = []
        for batch, answer in answered:
            outcomes.extend(answer.outcomes)
            if answer.retry is not None or answer.unsent:
                failed, later = self._later(batch, answer)
                outcomes.extend(failed)
                requeued.extend(later)
        rows = [r for batch, _ in answered for r in batch]
        campaigns = set(settled) - self._told_finished
        progress = self.on_progress

        now = self.clock.now()
        counts: Counter[tuple[int, DeliveryStatus]] = Counter()
        by_id = {r.id: r.account_id for batch, _ in answered for r in batch}
        for o in outcomes:
            counts[(by_id[o.message_id], o.status)] += 1

        def write() -> tuple[list[int], list[StoredMessage]]:
            self._store.outbox.record_answers(outcomes, requeued)
            for account_id in {a for a, _ in counts}:
                accepted, failed = (
                    counts[(account_id, DeliveryStatus.ACCEPTED)],
                    counts[(account_id, DeliveryStatus.FAILED)],
                )
                self.governor.count(account_id, now, accepted, failed)
            finished = self._store.outbox.finished_campaigns(campaigns) if campaigns else []
            return finished, self._store.outbox.get_many([r.id for r in rows]) if progress is not None else []

        finished, fresh = await asyncio.to_thread(write)
        self._changed(rows)
        self._told(finished)
        report.errors.extend(answer.error for _, answer in answered if answer.error)
        report.sent += sum(o.status is DeliveryStatus.ACCEPTED for o in outcomes)
        report.answered += len(rows)
        for row in fresh:
            assert progress is not None
            progress(row)

    # -- recovery (services.recovery) ----------------------------------------------

    async def recover(self, report: RunReport | None = None, *, only: set[int] | None = None) -> RunReport:
        """Reconcile rows a crash left in ``sending`` (or those of ``only``); never resend what may have arrived.

        What the gateway did not answer about stays ``sending``, to be asked again.
        """
        report = report or RunReport()
        done = await self._recovery.recover(self.clock, only)
        report.recovered += done.recovered
        report.uncertain += done.uncertain
        report.errors.extend(done.errors)
        return report

    async def _recover_again(self, unfinished: Unfinished, report: RunReport) -> None:
        """While following: ask again about what recovery could not check (its errors were said at the start)."""
        again = await self._recovery.again(unfinished, self.clock)
        report.recovered += again.recovered
        report.uncertain += again.uncertain

    # -- the change feed ---------------------------------------------------------------

    def _changed(
        self, rows: Iterable[StoredMessage], *, only: Collection[int] | None = None, reopened: bool = False
    ) -> None:
        """Tell the feed that these messages (those of ``only``, when given) changed; call after the commit.

        ``reopened``: they are to be sent (stored, or marked ``sending``), so their campaigns are not finished.
        """
        touched = [r for r in rows if only is None or r.id in only]
        if reopened:
            self._told_finished.difference_update(r.campaign_id for r in touched if r.campaign_id is not None)
        if touched:
            self.events.publish(
                MessagesChanged.of(
                    (r.id for r in touched), (r.campaign_id for r in touched), (r.account_id for r in touched)
                )
            )

    def _finished(self, rows: Iterable[StoredMessage]) -> None:
        """Tell the feed about the campaigns of ``rows`` that have nothing left to send (after their outcomes).

        Once each: two sends of one campaign that end together both find it finished, and only the first tells.
        """
        campaigns = {r.campaign_id for r in rows if r.campaign_id is not None} - self._told_finished
        self._told(self._store.outbox.finished_campaigns(campaigns) if campaigns else [])

    def _told(self, finished: Collection[int]) -> None:
        """Tell the feed that these campaigns have nothing left to send (those not told already)."""
        fresh = frozenset(finished) - self._told_finished
        if fresh:
            self._told_finished.update(fresh)
            self.events.publish(CampaignsChanged(fresh))

    # -- pacing ----------------------------------------------------------------------

    def _campaign_pace(self, row: StoredMessage) -> str:
        if row.campaign_id is None:
            return "none"
        return self._store.outbox.campaign_settings(row.campaign_id)[0]

    def _active_campaigns(self, rows: Iterable[StoredMessage]) -> set[int]:
        """Those of the campaigns of ``rows`` that are active (not paused or cancelled)."""
        campaigns = {r.campaign_id for r in rows if r.campaign_id is not None}
        return {c for c in campaigns if self._store.outbox.campaign_settings(c)[1] == "active"}

    def _pacer(self, account: Account, pace: str | None) -> Pacer:
        """One pacer per device, whatever sends through it; when paces differ, the slower one wins.

        ``pace`` None: a person's own message, which takes the device's pace
        as it is (at once when nothing set one).  The pacer carries the
        governor's caps (a new number's warm-up, the cap per hour).
        """
        current = self._pacers.get(account.id)
        if pace is None:
            if current is not None:
                return current[1]
            pace = "none"
        policy = policy_from(pace)
        if current is not None:
            if current[0] != pace and _slower(policy_from(current[0]), policy) is policy:
                current[1].set_policy(policy)  # the same pacer: what it counted stays counted
                self._pacers[account.id] = (pace, current[1])
            return self._pacers[account.id][1]
        governor = self.governor
        pacer = Pacer(
            policy,
            self.clock,
            self._rng,
            lambda day: governor.sent_on(account.id, day),
            limits=governor.limits(account.id),
            sent_in_hour=governor.sent_in_hour(account.id),
        )
        self._pacers[account.id] = (pace, pacer)
        return pacer


def schedules_on_gateway(info: ProviderInfo, asked: bool) -> bool:
    """Whether a schedule on this gateway is held by the gateway itself (decided from its capabilities).

    A gateway that can cancel and move the schedules it holds keeps them: it
    sends even while this computer is off.  One that can hold a schedule but
    neither cancel nor move it does so only when ``asked``; otherwise wadesk
    holds it, and sends it when due while it runs.
    """
    if not info.supports(Capability.NATIVE_SCHEDULE):
        if asked:
            raise ValidationError(
                N_("{name} cannot hold a schedule itself; wadesk can (it sends it when due)"), name=info.name
            )
        return False
    return asked or info.supports(Capability.SCHEDULE_CANCEL | Capability.SCHEDULE_EDIT)


@dataclass(frozen=True)
class Holder:
    """Who holds a scheduled message, in words for the user, and what can still be done with it."""

    on_gateway: bool
    words: Phrase | str  # ``text`` is them in English
    can_cancel: bool
    can_move: bool
    can_edit: bool = False  # its words (text, or a media message's caption) can still change

    @property
    def text(self) -> str:
        return str(self.words)


# The kinds whose words can change once scheduled: a text, or a media message's caption.
EDITABLE_KINDS = frozenset({MessageKind.TEXT, MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.DOCUMENT})


def where_held(row: StoredMessage, info: ProviderInfo) -> Holder:
    """Where ``row`` (a schedule, a missed one, or one whose hand-over is in doubt) is held."""
    name = info.name
    local_words = row.status is DeliveryStatus.SCHEDULED and row.kind in EDITABLE_KINDS
    if row.hold == MISSED:
        return Holder(False, N_("missed: it was due while wadesk was closed"), True, True, local_words)
    if row.hold != GATEWAY:
        return Holder(False, N_("in wadesk — sent while wadesk runs"), True, True, local_words)
    if row.status is DeliveryStatus.UNCERTAIN:
        return Holder(True, phrase(N_("uncertain: {gateway} may hold it"), gateway=name), False, False)
    if row.status is not DeliveryStatus.SCHEDULED:
        return Holder(True, phrase(N_("being handed to {gateway}"), gateway=name), False, False)
    # A gateway's schedule holds a text only (a media message's caption is not in it).
    gateway_words = row.kind is MessageKind.TEXT
    if not row.remote_schedule_id:
        return Holder(True, phrase(N_("waiting to be handed to {gateway}"), gateway=name), True, True, gateway_words)
    can_cancel = info.supports(Capability.SCHEDULE_CANCEL)
    can_move = info.supports(Capability.SCHEDULE_EDIT)
    if can_cancel and can_move:
        template = N_("on {gateway}")
    elif can_move:
        template = N_("on {gateway} (cannot be cancelled)")
    elif can_cancel:
        template = N_("on {gateway} (cannot be moved)")
    else:
        template = N_("on {gateway} (cannot be cancelled or moved)")
    return Holder(True, phrase(template, gateway=name), can_cancel, can_move, can_move and gateway_words)


def _campaign_not_active(campaign_id: int, state: str) -> Phrase | None:
    if state == "cancelled":
        return phrase(N_("campaign {campaign_id} was cancelled"), campaign_id=campaign_id)
    if state == "paused":
        return phrase(N_("campaign {campaign_id} is paused: resume it first"), campaign_id=campaign_id)
    return None


def rate_limit_wait(retry_after: float | None) -> float:
    """Seconds to wait after a 429: its ``Retry-After`` kept within ``RATE_LIMIT_WAIT``.

    Whatever the gateway sent — nothing, zero, a negative or absurdly large
    number, infinity, NaN — the wait is sane: never a burst of retries, never
    "forever" (the default when the value is missing or not a finite number).
    """
    try:
        seconds = float(retry_after) if retry_after is not None else math.nan
    except (TypeError, ValueError):
        seconds = math.nan
    if not math.isfinite(seconds):
        return RATE_LIMIT_DEFAULT_WAIT
    low, high = RATE_LIMIT_WAIT
    return min(high, max(low, seconds))


def _slower(a: PacePolicy, b: PacePolicy) -> PacePolicy:
    return a if a.min_delay >= b.min_delay else b


__all__ = [
    "EDITABLE_KINDS",
    "MAX_ATTEMPTS",
    "Holder",
    "Outbox",
    "RetryPlan",
    "RunReport",
    "SenderBusy",
    "rate_limit_wait",
    "schedules_on_gateway",
    "where_held",
]
