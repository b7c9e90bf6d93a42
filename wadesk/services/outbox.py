"""The outbox dispatcher: every message is in SQLite before any request.

For each batch the dispatcher commits ``sending`` (with the attempt number)
before the request and records the outcome after it.  How a failed request
ends depends on what it says about the message's fate:

* ``Ambiguous`` (timeout after sending, 5xx, an unreadable answer): the provider
  may have accepted it -> ``uncertain``, never resent blindly;
* anything that certainly did not reach the provider, or that the provider
  refused -> ``failed`` with the reason, in the provider's words.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

from wadesk.domain.errors import Ambiguous, AuthError, ProviderError, RateLimited, Rejected, TransportError
from wadesk.domain.models import Account, OutgoingMessage, SendResult, StoredMessage
from wadesk.domain.status import DeliveryStatus
from wadesk.services.accounts import AccountService
from wadesk.store import Outcome, Store
from wadesk.store.messages import outgoing_from

log = logging.getLogger(__name__)

_Send = Callable[[Sequence[OutgoingMessage]], Awaitable[list[SendResult]]]


class Dispatcher:
    def __init__(self, store: Store, accounts: AccountService) -> None:
        self._store = store
        self._accounts = accounts

    def enqueue(self, account: Account, messages: Sequence[OutgoingMessage]) -> list[StoredMessage]:
        return self._store.messages.add_many(account.id, messages)

    async def dispatch(self, account: Account, rows: Sequence[StoredMessage]) -> list[StoredMessage]:
        """Send ``rows`` (queued messages of ``account``) in the largest batches allowed; return them updated."""
        provider = await self._accounts.provider(account)
        size = max(1, provider.info.limits.max_batch)
        for start in range(0, len(rows), size):
            await self._send_batch(provider_send=provider.send, batch=rows[start : start + size])
        return [self._store.messages.get(row.id) for row in rows]

    async def _send_batch(self, *, provider_send: _Send, batch: Sequence[StoredMessage]) -> None:
        ids = [row.id for row in batch]
        self._store.messages.mark_sending(ids)  # committed before the request
        outgoing = [outgoing_from(row) for row in batch]
        try:
            results = await provider_send(outgoing)
        except ProviderError as exc:
            status = _status_for(exc)
            self._store.messages.record_outcomes(
                [Outcome(row.id, status, error=_describe(exc, status)) for row in batch]
            )
            log.info("batch of %d failed: %s", len(batch), exc)
            return
        by_ref = {r.ref_id: r for r in results}
        outcomes = []
        for row in batch:
            result = by_ref.get(row.ref_id)
            if result is None:
                outcomes.append(Outcome(row.id, DeliveryStatus.UNCERTAIN, error="the gateway did not mention it"))
            else:
                outcomes.append(Outcome(row.id, result.status, result.provider_message_id, result.error))
        self._store.messages.record_outcomes(outcomes)


def _status_for(exc: ProviderError) -> DeliveryStatus:
    if isinstance(exc, TransportError | RateLimited | AuthError | Rejected):
        return DeliveryStatus.FAILED
    if isinstance(exc, Ambiguous):
        return DeliveryStatus.UNCERTAIN
    return DeliveryStatus.UNCERTAIN  # the gateway answered something unreadable: it may have accepted


def _describe(exc: ProviderError, status: DeliveryStatus) -> str:
    if status is DeliveryStatus.UNCERTAIN:
        return f"{exc} — the gateway may have accepted it; check before sending again"
    if isinstance(exc, TransportError | RateLimited):
        return f"not sent: {exc}"
    return str(exc)


