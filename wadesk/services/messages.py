"""Messages already stored: what is unsettled, the latest reports, acting on them at the gateway, and the user's
answer for an ``uncertain`` one.

Every call that writes publishes ``MessagesChanged`` on the hub once its
transaction is committed (one event per call, none when nothing changed).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Account, StoredMessage
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_
from wadesk.providers.base import Provider
from wadesk.services.accounts import AccountService
from wadesk.services.events import EventHub, MessagesChanged, SchedulesChanged
from wadesk.store import StatusReport, Store
from wadesk.store.message_list import OutboxRow as OutboxRow  # what ``unsettled`` yields

UNSETTLED = (
    DeliveryStatus.QUEUED,
    DeliveryStatus.SCHEDULED,
    DeliveryStatus.SENDING,
    DeliveryStatus.UNCERTAIN,
    DeliveryStatus.FAILED,
)


@dataclass(frozen=True)
class GatewayAnswer:
    """What a gateway did when asked to act on messages it has."""

    gateway: str  # its name, for the user
    rows: list[StoredMessage]  # the messages asked about, in the order given
    done: frozenset[int]  # the ids of those it acted on (cancelled, queued again, being deleted)
    count: int  # how many it said it acted on


class MessageService:
    def __init__(self, store: Store, accounts: AccountService, events: EventHub) -> None:
        self._store = store
        self._accounts = accounts
        self._events = events

    # -- reading -----------------------------------------------------------------

    def unsettled(self, *, everything: bool = False) -> Iterator[OutboxRow]:
        """The outbox, oldest first: what is not settled yet (queued … failed), or ``everything``.

        Read from the store a page at a time as it is iterated: a listing of
        100,000 messages never holds them all.
        """
        return self._store.message_list.outbox(None if everything else UNSETTLED)

    def latest(self, account: Account | None = None, *, limit: int | None = None) -> list[StoredMessage]:
        """The newest messages (of one account, or of all), newest first."""
        return self._store.messages.list(account_id=account.id if account else None, limit=limit)

    def removed_accounts(self) -> dict[int, str]:
        """The names of removed accounts by id: their messages stay in the history, marked."""
        return {a.id: a.name for a in self._store.accounts.list(removed=True)}

    def count_by_status(self) -> dict[DeliveryStatus, int]:
        """Messages per status, every status present."""
        return self._store.messages.count_by_status()

    # -- at the gateway ----------------------------------------------------------

    async def cancel(self, ids: Sequence[int]) -> GatewayAnswer:
        """Ask the gateway to cancel messages it has not sent yet; those it cancels are ``cancelled`` here too."""
        rows, provider = await self._at_gateway(ids)
        updates = await provider.cancel(_provider_ids(rows))
        by_provider_id = {r.provider_message_id: r for r in rows}
        reports: list[StatusReport] = []
        changed: list[StoredMessage] = []
        for update in updates:
            row = by_provider_id.get(update.provider_message_id)
            if row is not None:
                reports.append((row.id, update.status, None, "cancelled on request"))
                changed.append(row)
        applied = await asyncio.to_thread(self._store.messages.apply_updates, reports, source=provider.id)
        if applied:
            self._events.publish(messages_changed(changed))
        cancelled = {u.provider_message_id for u in updates}
        done = frozenset(r.id for r in rows if r.provider_message_id in cancelled)
        return GatewayAnswer(provider.info.name, rows, done, len(done))

    async def resend(self, ids: Sequence[int]) -> GatewayAnswer:
        """Ask the gateway to send messages again (its own resend; nothing changes here)."""
        rows, provider = await self._at_gateway(ids)
        results = await provider.resend(_provider_ids(rows))
        queued = {r.provider_message_id for r in results}
        done = frozenset(r.id for r in rows if r.provider_message_id in queued)
        return GatewayAnswer(provider.info.name, rows, done, len(results))

    async def revoke(self, ids: Sequence[int]) -> GatewayAnswer:
        """Ask the gateway to delete sent messages on WhatsApp."""
        rows, provider = await self._at_gateway(ids)
        await provider.revoke(_provider_ids(rows))
        return GatewayAnswer(provider.info.name, rows, frozenset(r.id for r in rows), len(rows))

    async def _at_gateway(self, ids: Sequence[int]) -> tuple[list[StoredMessage], Provider]:
        """The messages, which must be of one account and known to its gateway, and that account's provider."""
        rows = [self._store.messages.get(i) for i in ids]
        accounts = {r.account_id for r in rows}
        if len(accounts) != 1:
            raise ValidationError(N_("give messages of one account at a time"))
        missing = [r.id for r in rows if not r.provider_message_id]
        if missing:
            raise ValidationError(
                N_("message(s) {value} never reached the gateway"), value=", ".join(map(str, missing))
            )
        account = self._store.accounts.get_by_id(accounts.pop())
        return rows, await self._accounts.provider(account)

    # -- the user's answer for an uncertain message --------------------------------

    def decide_uncertain(self, message_id: int, *, send_again: bool) -> StoredMessage:
        """An ``uncertain`` message: queue it to be sent again by wadesk, or mark it as sent (it did arrive).

        Sending it again only queues it (at its time, if it was scheduled); the outbox sends it.
        """
        row = self._store.outbox.resolve_uncertain(message_id, send_again=send_again)
        if row.scheduled_at is not None:
            self._events.publish(SchedulesChanged(frozenset({row.id})))
        self._events.publish(messages_changed([row]))
        return row


def _provider_ids(rows: Sequence[StoredMessage]) -> list[str]:
    return [r.provider_message_id or "" for r in rows]


def messages_changed(rows: Sequence[StoredMessage]) -> MessagesChanged:
    """The event for these rows: their ids, campaigns and accounts."""
    return MessagesChanged.of([r.id for r in rows], [r.campaign_id for r in rows], [r.account_id for r in rows])
