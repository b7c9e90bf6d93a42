"""Committing a plan: the campaign, then each share queued and sent, or scheduled in wadesk or on the gateway."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import StoredMessage
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_
from wadesk.domain.zones import zone_key
from wadesk.services.events import CampaignsChanged, EventHub
from wadesk.services.outbox import Outbox, SenderBusy
from wadesk.services.sending.plan import HeldBy, Plan, Share, time_passed
from wadesk.store import Store

StoredFn = Callable[[int | None], None]
ProgressFn = Callable[[StoredMessage], None]


@dataclass(frozen=True)
class ShareOutcome:
    """What became of one device's share: its messages as stored (and, once sent or handed over, answered)."""

    share: Share
    rows: Sequence[StoredMessage]  # a share wadesk holds: read from the store as they are used (see ``StoredRows``)
    busy: bool = False  # another wadesk sends from this data folder: it sends (or hands over) these

    def with_status(self, status: DeliveryStatus) -> list[StoredMessage]:
        return [r for r in self.rows if r.status is status]


class StoredRows(Sequence[StoredMessage]):
    """Stored messages by id, each read from the store when it is used: a share of 100,000 keeps only its ids."""

    def __init__(self, store: Store, ids: Sequence[int]) -> None:
        self._get, self._ids = store.messages.get, ids

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, index: int) -> StoredMessage: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[StoredMessage]: ...

    def __getitem__(self, index: int | slice) -> StoredMessage | Sequence[StoredMessage]:
        if isinstance(index, slice):
            return [self._get(i) for i in self._ids[index]]
        return self._get(self._ids[index])

    def __iter__(self) -> Iterator[StoredMessage]:
        return map(self._get, self._ids)


@dataclass(frozen=True)
class SendOutcome:
    plan: Plan
    campaign_id: int | None
    shares: tuple[ShareOutcome, ...]
    also_sent: int = 0  # messages other senders queued meanwhile, sent before this one let go
    still_waiting: tuple[str, ...] = ()  # why some of those are still waiting

    @property
    def busy(self) -> bool:
        return any(s.busy for s in self.shares)

    @property
    def rows(self) -> list[StoredMessage]:
        """Every message, in the order they were stored."""
        return sorted((r for s in self.shares for r in s.rows), key=lambda r: r.id)


async def commit(
    plan: Plan,
    *,
    store: Store,
    outbox: Outbox,
    events: EventHub,
    on_stored: StoredFn | None = None,
    on_progress: ProgressFn | None = None,
) -> SendOutcome:
    """Store the plan's messages and send them now, or schedule them where the plan holds them.

    A send now returns once each message has an outcome (or is queued for
    later, or is left to another wadesk sending from this folder).
    ``on_stored(campaign_id)`` is called once the messages of a send now are
    stored, before the first request; ``on_progress`` with each message as
    it is answered.
    """
    if plan.at is not None and plan.at <= outbox.clock.now():
        raise ValidationError(N_("{value}: plan the send again"), value=time_passed(plan.at))
    campaign_id = None
    if plan.is_campaign:
        draft, pace = plan.request.draft, plan.pace
        spec = pace.spec() if pace is not None else "none"
        campaign_id = store.outbox.create_campaign(
            plan.shares[0].account.id, plan.campaign_name, draft.text or draft.caption, spec
        )
        events.publish(CampaignsChanged(frozenset({campaign_id})))
    if plan.at is not None:
        shares = [await _schedule(store, outbox, plan, share, campaign_id) for share in plan.shares]
        return SendOutcome(plan, campaign_id, tuple(shares))

    queued = [(s, await outbox.queue(s.account, s.messages, campaign_id=campaign_id)) for s in plan.shares]
    if on_stored is not None:
        on_stored(campaign_id)
    before = outbox.on_progress
    outbox.on_progress = on_progress or before
    try:
        results = await asyncio.gather(*(outbox.dispatch(share.account, rows) for share, rows in queued))
    except SenderBusy:
        return SendOutcome(plan, campaign_id, tuple(ShareOutcome(s, tuple(rows), busy=True) for s, rows in queued))
    finally:
        outbox.on_progress = before
    others = outbox.picked_up
    sent = tuple(ShareOutcome(share, tuple(rows)) for (share, _), rows in zip(queued, results, strict=True))
    return SendOutcome(plan, campaign_id, sent, others.sent, tuple(others.errors))


async def _schedule(store: Store, outbox: Outbox, plan: Plan, share: Share, campaign_id: int | None) -> ShareOutcome:
    """One device's share for ``plan.at``: held by wadesk, or handed to the gateway's scheduler."""
    at = plan.at
    assert at is not None
    made_in = zone_key(at.tzinfo) if at.tzinfo is not None else None  # a schedule keeps the zone it was made in
    if share.held_by is HeldBy.WADESK:
        ids = outbox.enqueue_ids(share.account, share.messages, campaign_id=campaign_id, at=at)
        if made_in is not None:
            store.series.keep_zone(ids, made_in)
        return ShareOutcome(share, StoredRows(store, ids))
    spec = plan.pace.spec() if plan.pace is not None else "none"
    rows = await outbox.enqueue_for_gateway(share.account, share.messages, at, campaign_id=campaign_id, pace=spec)
    if made_in is not None:
        store.series.keep_zone([r.id for r in rows], made_in)
    try:
        return ShareOutcome(share, tuple(await outbox.schedule_native(share.account, rows)))
    except SenderBusy:
        return ShareOutcome(share, tuple(rows), busy=True)
