"""What is worth telling the user while the window is open, said once: a campaign finished, a device failing.

``Alerts.follow`` takes a burst of change events, reads what they touch and
returns the news (the window says it in words).  It remembers what it told: a campaign is
told finished once (again only if it is sent more, by a retry, and finishes
again), a device failing once per run of failures (again only after a message
of it went through).  Campaigns already finished when it starts are not told.
It reads the store: call it off the event loop.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from wadesk.domain.status import DeliveryStatus
from wadesk.services.events import CampaignsChanged, Event, MessagesChanged
from wadesk.services.report_stats import Stage, stages
from wadesk.store import Store

FAILURE_RUN = 5  # this many answers in a row that are failures: the device is failing


@dataclass(frozen=True)
class CampaignFinished:
    """A campaign has nothing left to send: how many of its messages reached the gateway, failed, are in doubt."""

    name: str
    total: int
    reached: int
    failed: int
    uncertain: int


@dataclass(frozen=True)
class DeviceFailing:
    """The device's last ``run`` messages all failed; ``error``: the gateway's words about the last one."""

    name: str
    run: int
    error: str


Alert = CampaignFinished | DeviceFailing


class Alerts:
    def __init__(self, store: Store, *, failure_run: int = FAILURE_RUN) -> None:
        self._store = store
        self.failure_run = failure_run
        self._told_finished: set[int] = set()
        self._told_failing: set[int] = set()
        self._ready = False

    def start(self) -> None:
        """Take note of what is already so (finished campaigns, failing devices): it is not news."""
        campaigns = self._store.outbox.campaigns()
        self._told_finished = {c.id for c in campaigns if _finished(stages(c.counts))}
        self._told_failing = {a.id for a in self._store.accounts.list() if self._failing(a.id) is not None}
        self._ready = True

    def follow(self, events: Sequence[Event]) -> list[Alert]:
        """The news in these events (each said once)."""
        if not self._ready:
            self.start()
        campaign_ids: set[int] = set()
        account_ids: set[int] = set()
        for event in events:
            if isinstance(event, CampaignsChanged):
                campaign_ids |= event.campaign_ids
            elif isinstance(event, MessagesChanged):
                campaign_ids |= event.campaign_ids
                account_ids |= event.account_ids
        return [*self._campaigns(campaign_ids), *self._devices(account_ids)]

    def _campaigns(self, ids: Iterable[int]) -> list[Alert]:
        """Those of the campaigns that have just finished (each counted only then: a big send stays cheap)."""
        wanted = set(ids)
        if not wanted:
            return []
        finished = set(self._store.outbox.finished_campaigns(wanted))
        self._told_finished -= wanted - finished  # sent more (a retry): its end is news again
        out: list[Alert] = []
        for campaign_id in sorted(finished - self._told_finished):
            head = self._store.message_stats.campaign_head(campaign_id)
            counts = stages(self._store.message_stats.campaign_counts(campaign_id))
            if head is None or head[1] == "cancelled" or not _finished(counts):
                continue
            self._told_finished.add(campaign_id)
            total = sum(counts.values()) - counts[Stage.CANCELLED]
            failed, uncertain = counts[Stage.FAILED], counts[Stage.UNCERTAIN]
            out.append(CampaignFinished(head[0], total, total - failed - uncertain, failed, uncertain))
        return out

    def _devices(self, ids: Iterable[int]) -> list[Alert]:
        out: list[Alert] = []
        for account_id in sorted(ids):
            error = self._failing(account_id)
            if error is None:
                self._told_failing.discard(account_id)
                continue
            if account_id in self._told_failing:
                continue
            self._told_failing.add(account_id)
            out.append(DeviceFailing(self._store.accounts.get_by_id(account_id).name, self.failure_run, error))
        return out

    def _failing(self, account_id: int) -> str | None:
        """The last error when the account's last answers are all failures; ``None`` when it is not failing."""
        latest = self._store.message_stats.latest_outcomes(account_id, self.failure_run)
        if len(latest) < self.failure_run or any(status is not DeliveryStatus.FAILED for status, _ in latest):
            return None
        return latest[0][1] or ""


def _finished(counts: dict[Stage, int]) -> bool:
    """Nothing of it is waiting or being sent, and it had messages."""
    return sum(counts.values()) > 0 and counts[Stage.WAITING] == 0 and counts[Stage.SENDING] == 0
