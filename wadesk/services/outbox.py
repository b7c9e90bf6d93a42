"""The outbox engine: durable, paced, batched sending with honest recovery.

Every message is in SQLite before any request.  For each batch the engine
commits ``sending`` (with the attempt number) before the request and records
the outcome after it.  What a failed request means for its messages:

* ``TransportError`` / ``RateLimited`` — it certainly did not reach the
  provider: back to the queue, retried later (``Retry-After`` respected);
* ``NotSent`` — the request could not even be built (a key with a character
  HTTP cannot carry, plain HTTP refused): ``failed`` with the reason, since
  trying again as it is cannot help;
* ``AuthError`` / ``Rejected`` — the provider said no: ``failed``, in its words;
* ``Ambiguous`` or an unreadable answer — it may have been accepted:
  ``uncertain``, for the user to decide; never resent blindly.

At every start, rows left in ``sending`` by a crash are reconciled: a provider
that can look messages up by wadesk's reference is asked; otherwise they
become ``uncertain``.  One person's message goes out at once; the messages of
a campaign are spaced by the device's ``Pacer``, shared by every campaign on
that device.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
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
from wadesk.domain.models import Account, OutgoingMessage, StoredMessage
from wadesk.domain.status import DeliveryStatus
from wadesk.providers.base import Provider
from wadesk.services.accounts import AccountService
from wadesk.services.clock import Clock, SystemClock
from wadesk.services.pacing import PacePolicy, Pacer, policy_from
from wadesk.store import Outcome, Store, outgoing_from

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
MISSED_GRACE = timedelta(minutes=5)  # a schedule this late when wadesk starts is "missed", not sent silently
IN_FLIGHT_REQUESTS = 4  # concurrent requests per device when pacing allows it (more only adds pool overhead)


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
    errors: list[str] = field(default_factory=list)


ProgressFn = Callable[[StoredMessage], None]


@dataclass
class _Answer:
    """What one request said about its messages, before it is recorded."""

    outcomes: list[Outcome]
    retry: tuple[list[StoredMessage], ProviderError] | None = None  # certainly not delivered: try later
    error: str | None = None


class Outbox:
    def __init__(
        self,
        store: Store,
        accounts: AccountService,
        *,
        clock: Clock | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._store = store
        self._accounts = accounts
        self.clock: Clock = clock or SystemClock()
        self._rng = rng or random.Random()
        self._pacers: dict[int, tuple[str, Pacer]] = {}
        self.on_progress: ProgressFn | None = None

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
        if at is not None and at <= self.clock.now():
            raise ValidationError(f"the time {at:%Y-%m-%d %H:%M %Z} has already passed")
        status = DeliveryStatus.SCHEDULED if at is not None else DeliveryStatus.QUEUED
        return self._store.messages.add_many(
            account.id, messages, status=status, scheduled_at=at, campaign_id=campaign_id
        )

    async def schedule_native(self, account: Account, rows: Sequence[StoredMessage], at: datetime) -> None:
        """Hand scheduled rows to the provider's own scheduler; the rows keep its schedule ids."""
        provider = await self._accounts.provider(account)
        remote = await provider.schedule([outgoing_from(r) for r in rows], at)
        for row, entry in zip(rows, remote, strict=False):
            provider_id = entry.schedule_id if provider.info.supports(Capability.STATUS_POLL) else None
            self._store.outbox.set_remote_schedule(row.id, entry.schedule_id, provider_id)

    async def cancel_scheduled(self, row: StoredMessage) -> None:
        """Cancel a scheduled message; one held by the provider is cancelled there first."""
        if row.status is not DeliveryStatus.SCHEDULED and row.hold is None:
            raise ValidationError(f"message {row.id} is {row.status.value}, not scheduled")
        if row.remote_schedule_id:
            provider = await self._accounts.provider(self._store.accounts.get_by_id(row.account_id))
            await provider.cancel_schedule(row.remote_schedule_id)
        self._store.outbox.cancel([row.id], "schedule cancelled")

    async def move_scheduled(self, row: StoredMessage, at: datetime) -> StoredMessage:
        """Give a scheduled message a new time; one held by the provider is edited there first."""
        if row.status is not DeliveryStatus.SCHEDULED:
            raise ValidationError(f"message {row.id} is {row.status.value}, not scheduled")
        if at <= self.clock.now():
            raise ValidationError(f"the time {at:%Y-%m-%d %H:%M %Z} has already passed")
        if row.remote_schedule_id:
            provider = await self._accounts.provider(self._store.accounts.get_by_id(row.account_id))
            entry = await provider.update_schedule(row.remote_schedule_id, outgoing_from(row), at)
            self._store.outbox.set_remote_schedule(row.id, entry.schedule_id, None)
        self._store.outbox.set_schedule_time(row.id, at)
        return self._store.messages.get(row.id)

    # -- running -----------------------------------------------------------------

    async def run(self, *, follow: bool = False) -> RunReport:
        """Recover, release due schedules, send everything due; with ``follow`` keep going until cancelled."""
        with self._sending():
            return await self._run(follow=follow)

    async def serve(self, *, retry_seconds: float = 30.0) -> None:
        """Keep sending while the app runs (until cancelled); wait while another wadesk holds the folder."""
        while True:
            try:
                await self.run(follow=True)
            except SenderBusy:
                log.info("another wadesk is sending from this folder; trying again in %.0f s", retry_seconds)
            except WadeskError as exc:
                log.warning("the outbox stopped: %s; starting again in %.0f s", exc, retry_seconds)
            await self.clock.sleep(retry_seconds)

    async def _run(self, *, follow: bool) -> RunReport:
        report = RunReport()
        await self.recover(report)
        while True:
            now = self.clock.now()
            released, missed = self._store.outbox.release_schedules(now, now - MISSED_GRACE)
            report.released += released
            report.missed += missed
            accounts = [self._store.accounts.get_by_id(i) for i in self._store.outbox.accounts_with_work()]
            await asyncio.gather(*(self._drain(a, report, only=None) for a in accounts))
            if not follow:
                return report
            wake = self._store.outbox.next_wakeup()
            delay = 30.0 if wake is None else max(0.5, min(30.0, (wake - self.clock.now()).total_seconds()))
            await self.clock.sleep(delay)

    async def dispatch(self, account: Account, rows: Sequence[StoredMessage]) -> list[StoredMessage]:
        """Send these queued rows now (paced if they belong to a campaign); return them updated.

        Retries that must wait are left queued (``outbox run`` sends them later).
        """
        report = RunReport()
        with self._sending():
            await self._drain(account, report, only={r.id for r in rows})
        return self._store.outbox.get_many([r.id for r in rows])

    @contextmanager
    def _sending(self) -> Iterator[None]:
        """Hold the data folder's sender lock, or raise ``SenderBusy``."""
        if not self._store.sender_lock.acquire():
            raise SenderBusy(
                "another wadesk (the desktop app or 'wadesk outbox run') is sending from this data folder; "
                "it sends what is queued"
            )
        try:
            yield
        finally:
            self._store.sender_lock.release()

    async def _drain(self, account: Account, report: RunReport, *, only: set[int] | None) -> None:
        try:
            provider = await self._accounts.provider(account)
        except ProviderError as exc:
            report.errors.append(f"{account.name}: {exc}")
            return
        size = max(1, provider.info.limits.max_batch)
        while True:
            rows = self._store.outbox.due(account.id, self.clock.now(), size * IN_FLIGHT_REQUESTS * 4)
            if only is not None:
                rows = [r for r in rows if r.id in only]
            if not rows:
                return
            direct = [r for r in rows if r.campaign_id is None]
            paced = [r for r in rows if r.campaign_id is not None]
            if direct:  # a person's own message goes out at once
                await self._send_many(provider, direct, size, report)
            if paced:
                await self._send_paced(account, provider, paced, size, report)

    async def _send_paced(
        self, account: Account, provider: Provider, rows: list[StoredMessage], size: int, report: RunReport
    ) -> None:
        pacer = self._pacer(account, self._campaign_pace(rows[0]))
        if pacer.policy.batch_ok:
            await self._send_many(provider, rows, size, report)
            return
        start = 0
        while start < len(rows):
            allowed = await pacer.acquire(min(size, len(rows) - start))
            batch = rows[start : start + allowed]
            fresh = self._store.outbox.get_many([r.id for r in batch])  # paused or cancelled meanwhile?
            batch = [r for r in fresh if r.status is DeliveryStatus.QUEUED and self._campaign_active(r)]
            accepted = await self._send_batch(provider, batch, report) if batch else 0
            pacer.record_sent(accepted)
            if allowed > accepted:
                pacer.release(allowed - accepted)  # what did not go out does not count against the cap
            start += allowed

    async def _send_many(self, provider: Provider, rows: list[StoredMessage], size: int, report: RunReport) -> None:
        batches = [rows[i : i + size] for i in range(0, len(rows), size)]
        for start in range(0, len(batches), IN_FLIGHT_REQUESTS):
            await self._send_group(provider, batches[start : start + IN_FLIGHT_REQUESTS], report)

    async def _send_batch(self, provider: Provider, batch: Sequence[StoredMessage], report: RunReport) -> int:
        return await self._send_group(provider, [batch], report)

    async def _send_group(
        self, provider: Provider, batches: Sequence[Sequence[StoredMessage]], report: RunReport
    ) -> int:
        """Send several requests at once; the bookkeeping of all of them shares two transactions.

        Every message is committed as ``sending`` before any of the requests
        starts; the answers are recorded together after the last one came
        back.  Returns how many messages were accepted.
        """
        ids = [r.id for batch in batches for r in batch]
        marked = set(await asyncio.to_thread(self._store.messages.mark_sending, ids))
        live = [[r for r in batch if r.id in marked] for batch in batches]  # cancelled meanwhile: not sent
        live = [batch for batch in live if batch]
        if not live:
            return 0
        answers = await asyncio.gather(*(self._request(provider, batch) for batch in live))
        outcomes = [o for answer in answers for o in answer.outcomes]
        if outcomes:
            await asyncio.to_thread(self._store.messages.record_outcomes, outcomes)
        for answer in answers:
            if answer.retry is not None:
                await self._retry_later(provider, *answer.retry)
            if answer.error:
                report.errors.append(answer.error)
        accepted = sum(o.status is DeliveryStatus.ACCEPTED for o in outcomes)
        report.sent += accepted
        if self.on_progress is not None:
            for row in self._store.outbox.get_many([r.id for batch in live for r in batch]):
                self.on_progress(row)
        return accepted

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
                outcomes.append(Outcome(row.id, DeliveryStatus.UNCERTAIN, error="the gateway did not mention it"))
                continue
            words = result.error
            if words and not words.startswith(provider.info.name):
                words = f"{provider.info.name}: {words}"  # whose words these are
            outcomes.append(Outcome(row.id, result.status, result.provider_message_id, words))
        return _Answer(outcomes)

    async def _retry_later(self, provider: Provider, batch: Sequence[StoredMessage], exc: ProviderError) -> None:
        """Requeue what certainly did not reach the provider, or fail it after ``MAX_ATTEMPTS``."""
        attempt = max(r.attempt for r in batch) + 1
        if attempt >= MAX_ATTEMPTS:
            error = f"not sent after {attempt} attempts: {exc}"
            outcomes = [Outcome(r.id, DeliveryStatus.FAILED, error=error) for r in batch]
            await asyncio.to_thread(self._store.messages.record_outcomes, outcomes)
            return
        if isinstance(exc, RateLimited):
            wait = exc.retry_after if exc.retry_after is not None else 30.0
            pacer = self._pacers.get(batch[0].account_id)
            if pacer is not None:
                pacer[1].pause_until(self.clock.now() + timedelta(seconds=wait))
        else:
            wait = min(300.0, 5.0 * 2 ** (attempt - 1))
        retry_at = self.clock.now() + timedelta(seconds=wait)
        await asyncio.to_thread(self._store.outbox.requeue, [r.id for r in batch], retry_at, f"not sent yet: {exc}")

    # -- recovery ------------------------------------------------------------------

    async def recover(self, report: RunReport | None = None) -> RunReport:
        """Reconcile rows a crash left in ``sending``; never resend what may have arrived."""
        report = report or RunReport()
        stuck = self._store.messages.stuck_sending()
        by_account: dict[int, list[StoredMessage]] = defaultdict(list)
        for row in stuck:
            by_account[row.account_id].append(row)
        for account_id, rows in by_account.items():
            account = self._store.accounts.get_by_id(account_id)
            try:
                provider = await self._accounts.provider(account)
                if provider.info.supports(Capability.STATUS_LOOKUP_BY_REF):
                    await self._reconcile_by_ref(provider, rows, report)
                    continue
            except ProviderError as exc:
                report.errors.append(f"{account.name}: could not check unfinished sends: {exc}")
                continue
            note = "wadesk stopped while sending: the gateway may have it — send again or mark as sent"
            await asyncio.to_thread(
                self._store.messages.record_outcomes,
                [Outcome(r.id, DeliveryStatus.UNCERTAIN, error=note) for r in rows],
            )
            report.uncertain += len(rows)
        return report

    async def _reconcile_by_ref(self, provider: Provider, rows: list[StoredMessage], report: RunReport) -> None:
        updates = await provider.lookup_by_ref([r.ref_id for r in rows])
        found = {u.ref_id: u for u in updates if u.ref_id}
        outcomes, missing = [], []
        for row in rows:
            update = found.get(row.ref_id)
            if update is None:
                missing.append(row.id)  # the gateway has no record of it: it never arrived
            else:
                outcomes.append(
                    Outcome(row.id, DeliveryStatus.ACCEPTED, update.provider_message_id, source=provider.id)
                )
        if outcomes:
            await asyncio.to_thread(self._store.messages.record_outcomes, outcomes)
            for row in rows:
                update = found.get(row.ref_id)
                if update is not None and update.status is not DeliveryStatus.ACCEPTED:
                    self._store.messages.apply_update(row.id, update.status, at=update.at, source=provider.id)
        if missing:
            await asyncio.to_thread(
                self._store.outbox.requeue, missing, self.clock.now(), "the gateway had not received it: sending again"
            )
        report.recovered += len(rows)

    # -- pacing ----------------------------------------------------------------------

    def _campaign_pace(self, row: StoredMessage) -> str:
        if row.campaign_id is None:
            return "none"
        return self._store.outbox.campaign_settings(row.campaign_id)[0]

    def _campaign_active(self, row: StoredMessage) -> bool:
        return row.campaign_id is None or self._store.outbox.campaign_settings(row.campaign_id)[1] == "active"

    def _pacer(self, account: Account, pace: str) -> Pacer:
        """One pacer per device; when campaigns with different paces share it, the slower pace wins."""
        policy = policy_from(pace)
        current = self._pacers.get(account.id)
        if current is not None and _slower(policy_from(current[0]), policy) is not policy:
            return current[1]
        if current is not None and current[0] == pace:
            return current[1]

        def sent_today(day: date) -> int:
            start = datetime.combine(day, time.min, tzinfo=policy.tz)
            return self._store.outbox.accepted_since(account.id, start)

        pacer = Pacer(policy, self.clock, self._rng, sent_today)
        self._pacers[account.id] = (pace, pacer)
        return pacer


def _slower(a: PacePolicy, b: PacePolicy) -> PacePolicy:
    return a if a.min_delay >= b.min_delay else b


__all__ = ["MAX_ATTEMPTS", "Outbox", "RunReport", "SenderBusy"]
