"""Live delivery status: while wadesk sends, ask the gateways about messages in flight, less and less often.

``LivePoller.serve`` runs beside the dispatcher (``serve_sending`` runs both:
the window while it is open, ``wadesk outbox run --follow`` until Ctrl+C).
Per account whose gateway can be asked (``STATUS_POLL``):

* it wakes on the change feed: a ``MessagesChanged`` whose messages are now in
  flight (accepted by the gateway, not yet read, failed or cancelled) means a
  send, and the account is asked ``min_seconds`` later;
* each following wait is twice the one before, up to ``max_seconds`` (the
  settings ``poll_min_seconds`` and ``poll_max_seconds``), so the checks thin
  out from seconds to minutes as the messages age; a new send starts again at
  ``min_seconds``;
* every ask covers all of the account's messages in flight, in as few requests
  as the provider allows (``StatusPoller.poll``), and what changed is told on
  the change feed;
* a 429 is honoured: the next ask waits the gateway's ``Retry-After`` (kept
  within the outbox's range); any other failure is logged and the account waits
  longer (as if nothing had changed), never stopping the other accounts;
* once an account has nothing in flight it is no longer asked at all, and when
  no account has anything in flight the poller sleeps until the next event.

At start, the accounts with messages already in flight are asked once
``min_seconds`` later, then as above.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from wadesk.domain.errors import RateLimited, WadeskError
from wadesk.domain.models import Account
from wadesk.services.accounts import AccountService
from wadesk.services.clock import Clock, SystemClock, sleep_or_wake
from wadesk.services.events import EventHub, MessagesChanged
from wadesk.services.outbox import Outbox, rate_limit_wait
from wadesk.services.reports import StatusPoller
from wadesk.store import Store

log = logging.getLogger(__name__)

__all__ = ["LivePoller", "serve_sending"]


@dataclass
class _Track:
    """One account being followed: when to ask next, and the wait after that."""

    due: datetime
    wait: float
    not_before: datetime | None = None  # the gateway's Retry-After: not even a new send asks earlier


class LivePoller:
    def __init__(
        self,
        store: Store,
        accounts: AccountService,
        events: EventHub,
        *,
        reports: StatusPoller | None = None,
        min_seconds: float = 10.0,
        max_seconds: float = 300.0,
        clock: Clock | None = None,
    ) -> None:
        self._store = store
        self._accounts = accounts
        self._events = events
        self._reports = reports or StatusPoller(store, accounts, events)
        self.min_seconds = self.max_seconds = 0.0
        self.bound(min_seconds, max_seconds)
        self.clock: Clock = clock or SystemClock()
        self._tracks: dict[int, _Track] = {}  # account id -> when to ask
        self._heard: set[int] = set()  # ids of messages others changed since the last look
        self._woken: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._napping = False
        self.naps = 0  # how many times it went to sleep so far

    def bound(self, min_seconds: float, max_seconds: float) -> None:
        """The shortest and longest wait between two asks of one account (the next waits follow them)."""
        if not 0 < min_seconds <= max_seconds:
            raise ValueError(f"poll bounds must be 0 < min <= max, not {min_seconds} and {max_seconds}")
        self.min_seconds, self.max_seconds = float(min_seconds), float(max_seconds)

    @property
    def asleep(self) -> bool:
        """Waiting for an account's time or for an event, with nothing heard yet to look at."""
        return self._napping and not self._heard

    @property
    def following(self) -> dict[int, datetime]:
        """The accounts being followed and when each is asked next (empty: nothing in flight, no request due)."""
        return {account_id: track.due for account_id, track in self._tracks.items()}

    async def serve(self) -> None:
        """Follow delivery until cancelled (see the module's docstring)."""
        if self._loop is not None:
            raise RuntimeError("the live poller is already running")
        self._loop = asyncio.get_running_loop()
        self._woken = asyncio.Event()
        stop = self._events.subscribe(self._hear, MessagesChanged)
        started = False
        try:
            while True:
                self._woken.clear()
                try:
                    if not started:
                        await self._start()
                        started = True
                    await self._look()
                    await self._ask_due()
                except Exception as exc:  # the store failed, or a bug: delivery status comes back later
                    log.error("the live status poller failed; going on in %.0f s", self.max_seconds, exc_info=exc)
                    await self.clock.sleep(self.max_seconds)
                    continue
                await self._sleep()
        finally:
            stop()
            self._loop = None
            self._woken = None
            self._tracks.clear()
            self._heard.clear()

    # -- waking up ---------------------------------------------------------------

    def _hear(self, event: MessagesChanged) -> None:
        """A change-feed listener: note the messages (from any thread); the poller looks at them itself."""
        loop = self._loop
        if loop is None or self._reports.telling or not event.message_ids:
            return  # not running, or what it just told itself
        with contextlib.suppress(RuntimeError):  # the loop has closed: wadesk is stopping
            loop.call_soon_threadsafe(self._note, event.message_ids)

    def _note(self, ids: Iterable[int]) -> None:
        self._heard.update(ids)
        if self._woken is not None:
            self._woken.set()

    async def _start(self) -> None:
        for account in self._accounts.list():
            if self._reports.polls(account):
                rows = await asyncio.to_thread(self._store.messages.in_flight, account.id)
                if rows:
                    self._sent(account.id)

    async def _look(self) -> None:
        """Which of the messages heard about are in flight now: their accounts are asked soon."""
        if not self._heard:
            return
        ids, self._heard = sorted(self._heard), set()
        rows = await asyncio.to_thread(self._store.outbox.get_many, ids)
        accounts = {a.id: a for a in self._accounts.list()}
        for account_id in {r.account_id for r in rows if r.status.in_flight and r.provider_message_id}:
            account = accounts.get(account_id)
            if account is not None and self._reports.polls(account):
                self._sent(account_id)

    def _sent(self, account_id: int) -> None:
        """Messages of the account were just accepted: ask about them ``min_seconds`` from now, and back off anew."""
        soon = self.clock.now() + timedelta(seconds=self.min_seconds)
        track = self._tracks.get(account_id)
        if track is None:
            self._tracks[account_id] = _Track(soon, self.min_seconds)
            return
        track.due, track.wait = min(track.due, soon), self.min_seconds
        if track.not_before is not None:
            track.due = max(track.due, track.not_before)

    async def _sleep(self) -> None:
        """Until the next account is due, or an event comes (without anything to follow: only an event)."""
        assert self._woken is not None
        due = min((t.due for t in self._tracks.values()), default=None)
        self._napping, self.naps = True, self.naps + 1
        try:
            if due is None:
                await self._woken.wait()
            else:
                await sleep_or_wake(self.clock, (due - self.clock.now()).total_seconds(), self._woken)
        finally:
            self._napping = False

    # -- asking ------------------------------------------------------------------

    async def _ask_due(self) -> None:
        now = self.clock.now()
        accounts = {a.id: a for a in self._accounts.list()}
        for gone in [i for i in self._tracks if i not in accounts]:  # removed meanwhile
            del self._tracks[gone]
        due = [accounts[i] for i, track in self._tracks.items() if track.due <= now]
        await asyncio.gather(*(self._ask(account) for account in due))

    async def _ask(self, account: Account) -> None:
        """One poll of the account; its next time from the answer (never raises but for cancellation)."""
        track = self._tracks[account.id]
        try:
            polled = await self._reports.poll(account)
        except RateLimited as exc:
            wait = rate_limit_wait(exc.retry_after)
            log.info("delivery status for %s: the gateway asked to wait %.0f s", account.name, wait)
            track.due = track.not_before = self.clock.now() + timedelta(seconds=wait)
            return
        except Exception as exc:  # a failing gateway (or a bug) never stops the others
            track.wait = min(self.max_seconds, track.wait * 2)
            track.due = self.clock.now() + timedelta(seconds=track.wait)
            if isinstance(exc, WadeskError):
                log.warning("delivery status for %s failed: %s; asking again in %.0f s", account.name, exc, track.wait)
            else:
                log.error(
                    "delivery status for %s failed; asking again in %.0f s", account.name, track.wait, exc_info=exc
                )
            return
        if polled.in_flight == 0:
            log.info("delivery status for %s: nothing in flight any more; no checks until the next send", account.name)
            del self._tracks[account.id]
            return
        track.wait = min(self.max_seconds, track.wait * 2)
        track.due = self.clock.now() + timedelta(seconds=track.wait)


async def serve_sending(outbox: Outbox, poller: LivePoller, *, busy_is_error: bool = False) -> None:
    """Send (``Outbox.serve``) and follow delivery (``LivePoller.serve``) together, until cancelled.

    When the dispatcher stops (``SenderBusy`` with ``busy_is_error``), the
    poller stops with it.
    """
    following = asyncio.ensure_future(poller.serve())
    try:
        await outbox.serve(busy_is_error=busy_is_error)
    finally:
        following.cancel()
        await asyncio.gather(following, return_exceptions=True)
