"""The numbers behind the Reports charts, Qt-free: messages per day, a campaign's progress and its funnel.

Statuses are shown in a few groups (``Stage``): ``queued`` and ``scheduled``
are both "waiting"; every other status is its own.  A campaign's *funnel*
counts how many of its messages reached at least each step of the way —
accepted by the gateway, sent, delivered, read — so every step is at most the
one before it (a read message was also delivered, sent and accepted).

Days are the user's: ``per_day`` takes the time zone and lays out the last
``days`` calendar days there (a day of 23 or 25 hours is one day), counting
each message on the day it goes out (its schedule time, else when it was
stored).  Every day is present, with zeros when nothing went out.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from wadesk.domain.errors import ValidationError
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_, Phrase
from wadesk.services.pacing import policy_from
from wadesk.services.sending.estimate import estimate
from wadesk.services.sending.plan import Estimate, HeldBy
from wadesk.store import Campaign, Store
from wadesk.store.message_stats import UncertainRow

__all__ = [
    "CampaignProgress",
    "DailyCounts",
    "Funnel",
    "ReportStats",
    "Stage",
    "UncertainRow",
    "stage_of",
]


class Stage(enum.StrEnum):
    """Where a message stands, as the charts group statuses (in the order they are stacked)."""

    WAITING = "waiting"
    SENDING = "sending"
    ACCEPTED = "accepted"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"
    UNCERTAIN = "uncertain"
    CANCELLED = "cancelled"


_STAGE = {
    DeliveryStatus.QUEUED: Stage.WAITING,
    DeliveryStatus.SCHEDULED: Stage.WAITING,
    DeliveryStatus.SENDING: Stage.SENDING,
    DeliveryStatus.ACCEPTED: Stage.ACCEPTED,
    DeliveryStatus.SENT: Stage.SENT,
    DeliveryStatus.DELIVERED: Stage.DELIVERED,
    DeliveryStatus.READ: Stage.READ,
    DeliveryStatus.FAILED: Stage.FAILED,
    DeliveryStatus.UNCERTAIN: Stage.UNCERTAIN,
    DeliveryStatus.CANCELLED: Stage.CANCELLED,
}

# Each funnel step and the statuses that have reached at least it.
FUNNEL_STEPS: tuple[tuple[str, frozenset[DeliveryStatus]], ...] = (
    (
        "accepted",
        frozenset({DeliveryStatus.ACCEPTED, DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.READ}),
    ),
    ("sent", frozenset({DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.READ})),
    ("delivered", frozenset({DeliveryStatus.DELIVERED, DeliveryStatus.READ})),
    ("read", frozenset({DeliveryStatus.READ})),
)


def stage_of(status: DeliveryStatus) -> Stage:
    return _STAGE[status]


def stages(counts: Mapping[DeliveryStatus, int]) -> dict[Stage, int]:
    """Counts per status as counts per stage, every stage present."""
    out = dict.fromkeys(Stage, 0)
    for status, count in counts.items():
        out[_STAGE[status]] += count
    return out


@dataclass(frozen=True)
class DailyCounts:
    """Messages per day: ``days`` in order, and per series (a stage's value, or a device's name) a count a day."""

    days: tuple[date, ...]
    series: dict[str, tuple[int, ...]]

    def total(self, day: int) -> int:
        return sum(values[day] for values in self.series.values())

    @property
    def empty(self) -> bool:
        return not any(any(values) for values in self.series.values())


@dataclass(frozen=True)
class Funnel:
    """A campaign's messages (``total``, cancelled ones aside) and how many reached at least each step."""

    total: int
    steps: tuple[tuple[str, int], ...]  # ("accepted", n), ("sent", n), ("delivered", n), ("read", n)
    failed: int
    uncertain: int


@dataclass(frozen=True)
class CampaignProgress:
    """One campaign as the Reports panel shows it."""

    campaign: Campaign
    stages: dict[Stage, int]
    devices: tuple[str, ...]  # the names of the devices sending it, the busiest first
    pace: Phrase | str  # in words: ``say`` it

    @property
    def total(self) -> int:
        return sum(self.stages.values())

    @property
    def waiting(self) -> int:
        return self.stages[Stage.WAITING] + self.stages[Stage.SENDING]

    @property
    def finished(self) -> bool:
        return self.waiting == 0


class ReportStats:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- per day -----------------------------------------------------------------------

    def per_day(self, now: datetime, tz: tzinfo, *, days: int = 30, by_device: bool = False) -> DailyCounts:
        """The last ``days`` days in ``tz`` up to ``now``'s, counted by stage (or by device's name)."""
        if days < 1:
            raise ValidationError(N_("count at least one day"))
        today = now.astimezone(tz).date()
        first = today - timedelta(days=days - 1)
        dates = tuple(first + timedelta(days=i) for i in range(days))
        bounds = [_start_of(d, tz) for d in (*dates, today + timedelta(days=1))]
        rows = self._store.message_stats.per_day(bounds, by_account=by_device)
        series: dict[str, list[int]] = {}
        if by_device:
            names = self._account_names()
            for row in rows:
                name = names.get(int(row.key), f"#{row.key}")
                series.setdefault(name, [0] * days)[row.day] += row.messages
        else:
            for stage in Stage:
                series[stage.value] = [0] * days
            for row in rows:
                series[_STAGE[DeliveryStatus(row.key)].value][row.day] += row.messages
        return DailyCounts(dates, {key: tuple(values) for key, values in series.items()})

    # -- campaigns -------------------------------------------------------------------

    def campaigns(self) -> list[CampaignProgress]:
        """Every campaign, newest first, with its stages and devices."""
        names = self._account_names()
        accounts = self._store.message_stats.campaign_accounts()
        out = []
        for campaign in reversed(self._store.outbox.campaigns()):
            devices = accounts.get(campaign.id) or [(campaign.account_id, 0)]
            out.append(
                CampaignProgress(
                    campaign,
                    stages(campaign.counts),
                    tuple(names.get(a, f"#{a}") for a, _ in devices),
                    pace_words(campaign.pace),
                )
            )
        return out

    def funnel(self, campaign_id: int) -> Funnel:
        counts = self._store.message_stats.campaign_counts(campaign_id)
        total = sum(n for s, n in counts.items() if s is not DeliveryStatus.CANCELLED)
        steps = tuple((name, sum(counts.get(s, 0) for s in reached)) for name, reached in FUNNEL_STEPS)
        return Funnel(total, steps, counts.get(DeliveryStatus.FAILED, 0), counts.get(DeliveryStatus.UNCERTAIN, 0))

    def uncertain(self, campaign_id: int, limit: int = 200) -> list[UncertainRow]:
        """The campaign's messages in doubt, with the reason each is (the gateway's words, or wadesk's)."""
        return self._store.message_stats.uncertain_in_campaign(campaign_id, limit)

    async def finish_estimate(self, progress: CampaignProgress, now: datetime) -> Estimate | None:
        """When what is left of the campaign should be sent, at its pace (``None`` when nothing is left,
        it is paused or cancelled, or its pace cannot be read)."""
        campaign = progress.campaign
        left = progress.stages[Stage.WAITING]
        if left == 0 or campaign.state != "active":
            return None
        try:
            policy = policy_from(campaign.pace)
        except ValidationError:
            return None
        return await estimate(
            policy,
            now,
            left,
            held_by=HeldBy.WADESK,
            paced=True,
            day_count=self._day_count(campaign.account_id, policy.tz),
        )

    def _day_count(self, account_id: int, tz: tzinfo) -> Callable[[date], int]:
        def sent(day: date) -> int:
            return self._store.outbox.accepted_since(account_id, _start_of(day, tz))

        return sent

    def _account_names(self) -> dict[int, str]:
        accounts = [*self._store.accounts.list(), *self._store.accounts.list(removed=True)]
        return {a.id: a.name for a in accounts}


def _start_of(day: date, tz: tzinfo) -> datetime:
    """The first moment of ``day`` in ``tz``, in UTC."""
    return datetime.combine(day, time.min, tzinfo=tz).astimezone(UTC)


def pace_words(spec: str) -> Phrase | str:
    """A campaign's stored pace in words ("30–60 s between messages, …"); the stored text when unreadable."""
    try:
        return policy_from(spec).words()
    except ValidationError:
        return spec
