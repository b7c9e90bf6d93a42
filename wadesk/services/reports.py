"""Delivery reports: ask providers about messages still in flight and apply what they say.

Polling is incremental (only in-flight messages, in the provider's largest
batches); updates only move a message forward, so a late report never moves it
back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import ProviderError
from wadesk.domain.models import Account
from wadesk.services.accounts import AccountService
from wadesk.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RefreshResult:
    account: str
    asked: int
    changed: int
    error: str | None = None


class StatusPoller:
    def __init__(self, store: Store, accounts: AccountService) -> None:
        self._store = store
        self._accounts = accounts

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
        if not self._accounts.info(account).supports(Capability.STATUS_POLL):
            return RefreshResult(account.name, 0, 0)
        rows = self._store.messages.in_flight(account.id)
        if not rows:
            return RefreshResult(account.name, 0, 0)
        by_provider_id = {row.provider_message_id: row for row in rows if row.provider_message_id}
        provider = await self._accounts.provider(account)
        updates = await provider.fetch_statuses(list(by_provider_id))
        changed = 0
        for update in updates:
            row = by_provider_id.get(update.provider_message_id or "")
            if row is not None and self._store.messages.apply_update(
                row.id, update.status, at=update.at, source=provider.id, note=update.note
            ):
                changed += 1
        return RefreshResult(account.name, len(by_provider_id), changed)
