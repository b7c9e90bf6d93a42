"""Delivery reports: ask providers about messages still in flight and apply what they say.

Polling is incremental (only in-flight messages, in the provider's largest
batches); updates only move a message forward, so a late report never moves it
back.  ``StatusPoller.poll`` is the one place that asks a gateway and applies
its answer (in one transaction, told on the change feed after the commit): the
on-demand ``refresh`` of ``wadesk report`` and the live poller
(``services.poller``) both go through it.  The callback receiver
(``services.receiver``) applies what gateways POST through ``apply_callback``,
which writes the same way (``_record``): a report never has a second path.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import ProviderError
from wadesk.domain.models import Account, StatusUpdate, StoredMessage
from wadesk.services.accounts import AccountService
from wadesk.services.clock import Clock, SystemClock
from wadesk.services.events import EventHub, MessagesChanged
from wadesk.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RefreshResult:
    account: str
    asked: int
    changed: int
    error: str | None = None


@dataclass(frozen=True)
class Polled:
    """What one poll of an account did: how many messages it asked about, which moved, how many are still in flight."""

    asked: int
    changed: frozenset[int]
    in_flight: int


class StatusPoller:
    def __init__(
        self, store: Store, accounts: AccountService, events: EventHub | None = None, *, clock: Clock | None = None
    ) -> None:
        self._store = store
        self._accounts = accounts
        self._events = events or EventHub()
        self._telling = False
        self.clock: Clock = clock or SystemClock()  # "today" for the gateway's reports, as the store's times read
        self.last_checked: datetime | None = None  # when a gateway last answered a poll (None: not since start)

    @property
    def telling(self) -> bool:
        """True while this poller hands out its own change event (a listener may tell a report from a send)."""
        return self._telling

    async def refresh(self, accounts: list[Account] | None = None) -> list[RefreshResult]:
        """Refresh every given account (default: all); a failing account does not stop the others."""
        results = []
        for account in accounts if accounts is not None else self._accounts.list():
            try:
                results.append(await self.refresh_account(account))
            except ProviderError as exc:
                log.info("status refresh for %s failed: %s", account.name, exc)
                results.append(RefreshResult(account.name, 0, 0, str(exc)))
        return results

    async def refresh_account(self, account: Account) -> RefreshResult:
        polled = await self.poll(account)
        return RefreshResult(account.name, polled.asked, len(polled.changed))

    def polls(self, account: Account) -> bool:
        """Can this account's gateway be asked about delivery (``STATUS_POLL``)?"""
        return self._accounts.info(account).supports(Capability.STATUS_POLL)

    async def poll(self, account: Account) -> Polled:
        """Ask the account's gateway once about every message in flight; apply the answer in one transaction.

        The provider puts the ids in as few requests as it allows, told when
        wadesk last recorded each message (so that a gateway reporting today's
        messages apart asks about older ones in the right place).  Raises the
        gateway's error (``RateLimited`` with its ``retry_after``) and applies
        nothing then.
        """
        if not self.polls(account):
            return Polled(0, frozenset(), 0)
        rows = await asyncio.to_thread(self._store.messages.in_flight, account.id)
        by_provider_id = {row.provider_message_id: row for row in rows if row.provider_message_id}
        if not by_provider_id:
            return Polled(0, frozenset(), 0)
        provider = await self._accounts.provider(account)
        # A row's last change is no earlier than the gateway got the message: a day before today says "not today's".
        sent_by = {pid: row.updated_at for pid, row in by_provider_id.items()}
        updates = await provider.fetch_statuses(list(by_provider_id), sent_by=sent_by, now=self.clock.now())
        self.last_checked = self.clock.now()
        changed, touched = await self._record(account, by_provider_id, updates, provider.id)
        landed = sum(not r.status.in_flight for r in touched)  # read, failed…: nothing more to ask about them
        return Polled(len(by_provider_id), changed, len(rows) - landed)

    async def apply_callback(self, account: Account, updates: Sequence[StatusUpdate], *, source: str) -> frozenset[int]:
        """Delivery reports the account's gateway POSTed (the callback receiver), applied as a poll's are.

        Matched by the gateway's message id within the account; an id wadesk
        does not know changes nothing.  Returns the ids of the messages moved.
        """
        wanted = {u.provider_message_id for u in updates if u.provider_message_id}

        def find() -> dict[str, StoredMessage]:
            found = ((pid, self._store.messages.by_provider_id(account.id, pid)) for pid in sorted(wanted))
            return {pid: row for pid, row in found if row is not None}

        by_provider_id = await asyncio.to_thread(find)
        changed, _ = await self._record(account, by_provider_id, updates, source)
        return changed

    async def _record(
        self,
        account: Account,
        by_provider_id: Mapping[str, StoredMessage],
        updates: Sequence[StatusUpdate],
        source: str,
    ) -> tuple[frozenset[int], list[StoredMessage]]:
        """The one place reports are written: forward only, in one transaction, told on the change feed after it."""
        reports = [
            (row.id, update.status, update.at, update.note)
            for update in updates
            if (row := by_provider_id.get(update.provider_message_id or "")) is not None
        ]
        if not reports:
            return frozenset(), []
        changed = frozenset(await asyncio.to_thread(self._store.messages.record_reports, reports, source=source))
        if not changed:
            return changed, []
        touched = await asyncio.to_thread(self._store.outbox.get_many, sorted(changed))
        self._telling = True
        try:
            self._events.publish(MessagesChanged.of(changed, (r.campaign_id for r in touched), [account.id]))
        finally:
            self._telling = False
        return changed, touched
