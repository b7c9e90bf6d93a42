"""Bulk sends once stored: list them, pause, resume or cancel one.

Each action publishes ``CampaignsChanged`` once committed; cancelling also
publishes ``MessagesChanged`` with the ids of the waiting messages it cancelled.
"""

from __future__ import annotations

import builtins

from wadesk.services.events import CampaignsChanged, EventHub, MessagesChanged
from wadesk.store import Campaign, Store


class CampaignActions:
    def __init__(self, store: Store, events: EventHub) -> None:
        self._store = store
        self._events = events

    def list(self) -> builtins.list[Campaign]:
        """Every campaign with its messages counted by status, oldest first."""
        return self._store.outbox.campaigns()

    def pause(self, campaign_id: int) -> Campaign:
        """Stop sending the campaign's messages until it is resumed (what is under way finishes)."""
        return self._set(campaign_id, "paused")

    def resume(self, campaign_id: int) -> Campaign:
        """Let a paused campaign go on (the outbox sends the rest when it runs)."""
        return self._set(campaign_id, "active")

    def cancel(self, campaign_id: int) -> Campaign:
        """Cancel the campaign: its queued and scheduled messages are ``cancelled`` and never sent."""
        return self._set(campaign_id, "cancelled")

    def _set(self, campaign_id: int, state: str) -> Campaign:
        campaign, cancelled = self._store.outbox.change_campaign_state(campaign_id, state)
        self._events.publish(CampaignsChanged(frozenset({campaign.id})))
        if cancelled:
            self._events.publish(
                MessagesChanged.of(cancelled, campaign_ids=[campaign.id], account_ids=[campaign.account_id])
            )
        return campaign
