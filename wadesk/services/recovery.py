"""Recovery after a crash: reconcile the messages a stopped wadesk left in ``sending``, never resending blindly.

``Outbox.recover`` is the entry point (at every start of the engine, and
again while it follows, for what the gateway did not answer about).  For each
message left in ``sending``:

* in the middle of a hand-over to the gateway's scheduler: ``uncertain`` (the
  gateway may hold it; the user decides);
* on a gateway that can look a message up by wadesk's reference
  (``STATUS_LOOKUP_BY_REF``): the gateway is asked, ``LOOKUPS_IN_FLIGHT``
  lookups at a time (Wablas takes one reference per request).  What it knows
  is ``accepted`` (or further, as it reports); what it has no record of never
  arrived and goes back to the queue; what it did not answer about (an error, a
  429) stays ``sending`` and is asked again later (``Unfinished``).  The
  answers are written ``WRITE_BATCH`` messages at a time, a few transactions
  each, not one per message;
* on any other gateway: ``uncertain``, for the user to decide.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import ProviderError, RateLimited
from wadesk.domain.models import StatusUpdate, StoredMessage
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_
from wadesk.providers.base import Provider, gather_bounded
from wadesk.providers.http import MIN_RETRY_AFTER
from wadesk.services.accounts import AccountService
from wadesk.services.clock import Clock
from wadesk.store import GATEWAY, Outcome, Store

WRITE_BATCH = 500  # answered messages written together (a few transactions for each such batch)
ASK_AGAIN_WAIT = (MIN_RETRY_AFTER, 600.0)  # seconds before asking again about what was not answered, doubling


class Changed(Protocol):
    """Tells the change feed that these messages (those of ``only``) changed; called after the commit."""

    def __call__(self, rows: Iterable[StoredMessage], *, only: Collection[int] | None = None) -> None: ...


@dataclass
class Recovered:
    """What one recovery did."""

    recovered: int = 0  # messages the gateway answered about
    uncertain: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class Unfinished:
    """Rows recovery left in ``sending`` because the gateway did not answer about them, and when to ask again."""

    ids: set[int]
    wait: float = ASK_AGAIN_WAIT[0]  # seconds; doubled after each try the gateway answered nothing
    due: datetime | None = None  # None: at once

    @property
    def next_try(self) -> datetime | None:
        return self.due if self.ids else None


class Recovery:
    def __init__(
        self,
        store: Store,
        accounts: AccountService,
        changed: Changed,
        finished: Callable[[Iterable[StoredMessage]], None],
    ) -> None:
        self._store = store
        self._accounts = accounts
        self._changed = changed
        self._finished = finished  # tells the campaigns of these rows that have nothing left to send

    async def recover(self, clock: Clock, only: set[int] | None = None) -> Recovered:
        """Reconcile rows a crash left in ``sending`` (or those of ``only``); never resend what may have arrived.

        What the gateway did not answer about stays ``sending``, to be asked again.
        """
        done = Recovered()
        stuck = [r for r in self._store.messages.stuck_sending() if only is None or r.id in only]
        await self._handovers([r for r in stuck if r.hold == GATEWAY], done)
        by_account: dict[int, list[StoredMessage]] = defaultdict(list)
        for row in stuck:
            if row.hold != GATEWAY:
                by_account[row.account_id].append(row)
        for account_id, rows in by_account.items():
            account = self._store.accounts.get_by_id(account_id)
            try:
                provider = await self._accounts.provider(account)
                if provider.info.supports(Capability.STATUS_LOOKUP_BY_REF):
                    await self._reconcile_by_ref(provider, rows, clock, done)
                    continue
            except ProviderError as exc:
                done.errors.append(f"{account.name}: could not check unfinished sends: {exc}")
                continue
            note = N_("wadesk stopped while sending: the gateway may have it — send again or mark as sent")
            await asyncio.to_thread(
                self._store.messages.record_outcomes,
                [Outcome(r.id, DeliveryStatus.UNCERTAIN, error=note) for r in rows],
            )
            self._changed(rows)
            self._finished(rows)
            done.uncertain += len(rows)
        return done

    def unfinished(self) -> Unfinished:
        """What is in ``sending`` now (after a recovery: what the gateway did not answer about)."""
        return Unfinished({r.id for r in self._store.messages.stuck_sending()})

    async def again(self, unfinished: Unfinished, clock: Clock) -> Recovered:
        """Ask again about what recovery could not check, when due (less often while nothing is answered)."""
        if not unfinished.ids or (unfinished.due is not None and clock.now() < unfinished.due):
            return Recovered()
        before = len(unfinished.ids)
        again = await self.recover(clock, unfinished.ids)
        unfinished.ids.intersection_update(r.id for r in self._store.messages.stuck_sending())
        answered = len(unfinished.ids) < before
        unfinished.wait = ASK_AGAIN_WAIT[0] if answered else min(ASK_AGAIN_WAIT[1], unfinished.wait * 2)
        unfinished.due = clock.now() + timedelta(seconds=unfinished.wait)
        return again

    async def _handovers(self, rows: Sequence[StoredMessage], done: Recovered) -> None:
        """Rows a crash left in the middle of a hand-over: the gateway's scheduler may hold them."""
        outcomes = []
        for row in rows:
            name = self._accounts.info(self._store.accounts.get_by_id(row.account_id)).name
            note = (
                f"wadesk stopped while handing it to {name}'s scheduler: {name} may hold it — "
                "mark it as sent if it does, or send it again to have wadesk send it at its time"
            )
            outcomes.append(Outcome(row.id, DeliveryStatus.UNCERTAIN, error=note))
        if outcomes:
            await asyncio.to_thread(self._store.outbox.record_handover, [], outcomes)
            self._changed(rows)
            self._finished(rows)
            done.uncertain += len(outcomes)

    async def _reconcile_by_ref(
        self, provider: Provider, rows: list[StoredMessage], clock: Clock, done: Recovered
    ) -> None:
        """Ask the gateway about each row, a few at a time; what it did not answer for stays ``sending``.

        One question per row: a gateway that fails one still answers the
        others.  After a 429 nothing more is asked (the rest is asked later).
        The last error is raised once the answers are written.
        """
        failure: ProviderError | None = None
        paused = False
        answered: list[tuple[StoredMessage, list[StatusUpdate]]] = []  # not written yet

        async def ask(row: StoredMessage) -> None:
            nonlocal failure, paused
            if paused:
                return
            try:
                updates = await provider.lookup_by_ref([row.ref_id])
            except ProviderError as exc:
                failure = exc
                paused = paused or isinstance(exc, RateLimited)  # it asked for a pause
                return
            answered.append((row, updates))
            if len(answered) >= WRITE_BATCH:  # written while the other lookups go on
                batch = answered.copy()
                answered.clear()
                await self._write(provider, batch, clock, done)

        await gather_bounded(ask, rows)
        if answered:
            await self._write(provider, answered, clock, done)
        if failure is not None:
            raise failure

    async def _write(
        self,
        provider: Provider,
        answered: Sequence[tuple[StoredMessage, list[StatusUpdate]]],
        clock: Clock,
        done: Recovered,
    ) -> None:
        """Record what the gateway said about these rows: at most three transactions, whatever their number."""
        found: dict[str, StatusUpdate] = {}
        for _, updates in answered:
            found.update((u.ref_id, u) for u in updates if u.ref_id)
        rows = [row for row, _ in answered]
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
            self._changed(rows, only={o.message_id for o in outcomes})
            later = [
                (row.id, update.status, update.at, "")
                for row in rows
                if (update := found.get(row.ref_id)) is not None and update.status is not DeliveryStatus.ACCEPTED
            ]
            if later:
                moved = await asyncio.to_thread(self._store.messages.record_reports, later, source=provider.id)
                self._changed(rows, only=set(moved))
        if missing:
            await asyncio.to_thread(
                self._store.outbox.requeue, missing, clock.now(), "the gateway had not received it: sending again"
            )
            self._changed(rows, only=set(missing))
        self._finished(rows)
        done.recovered += len(rows)
