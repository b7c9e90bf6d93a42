"""The message history as a paged list (the Reports panel's table): every message, newest first by default.

A ``PagedSource`` over ``store.message_list``: sorting and every filter (words,
device, campaign, status, a span of days) are done in SQL, one page at a time;
``count_by_status`` gives the per-status counts of a filter in one query.

``Period`` names the spans a person picks ("today", "the last 7 days"…);
``period_bounds`` turns one into times, from the day as the user's time zone
has it (``now`` carries that zone), so "today" starts at local midnight.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from wadesk.domain.errors import ValidationError
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_
from wadesk.services.events import (
    AccountsChanged,
    CampaignsChanged,
    ContactsChanged,
    Event,
    MessagesChanged,
    SchedulesChanged,
)
from wadesk.services.paging import Sort
from wadesk.store import Store
from wadesk.store.message_list import MessageListRow, MessageQuery, MessageSort

__all__ = [
    "MessageFilter",
    "MessageHistory",
    "MessageListRow",
    "MessageSort",
    "Period",
    "period_bounds",
]

# What a change to one of these may alter: a message's status, text, error or time; a campaign's messages and
# name; an account's name, shown with each of its messages; a contact's name, shown beside its number.
_FOLLOWED = (MessagesChanged, SchedulesChanged, CampaignsChanged, AccountsChanged, ContactsChanged)


class Period(enum.StrEnum):
    """A span of days a person picks to look at."""

    ALL = "all"
    TODAY = "today"
    WEEK = "7days"  # today and the 6 days before
    MONTH = "30days"  # today and the 29 days before


def period_bounds(period: Period, now: datetime) -> tuple[datetime | None, datetime | None]:
    """``(since, until)`` for ``period`` around ``now`` (aware, in the user's zone): whole local days up to now.

    ``until`` is the start of tomorrow, so that a message made later today still falls in "today".
    """
    if now.tzinfo is None:
        raise ValueError("give an aware time: the day starts at midnight in the user's time zone")
    if period is Period.ALL:
        return None, None
    days = {Period.TODAY: 1, Period.WEEK: 7, Period.MONTH: 30}[period]
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    start = midnight - timedelta(days=days - 1)
    end = midnight + timedelta(days=1)
    return start, end


@dataclass(frozen=True)
class MessageFilter:
    """Which messages to list: words (recipient, contact name, text, error, account name), a device (account), a
    campaign, some statuses (empty: any), and creation times from ``since`` up to before ``until``."""

    text: str = ""
    account_id: int | None = None
    campaign_id: int | None = None
    statuses: frozenset[DeliveryStatus] = frozenset()
    since: datetime | None = None
    until: datetime | None = None

    def query(self) -> MessageQuery:
        return MessageQuery(self.text, self.account_id, self.campaign_id, self.statuses, self.since, self.until)

    def any_status(self) -> MessageFilter:
        """The same filter with no status condition (what the per-status counts are counted over)."""
        return replace(self, statuses=frozenset())

    @property
    def narrowed(self) -> bool:
        """Whether it leaves any message out."""
        return self != MessageFilter()


class MessageHistory:
    """Every message wadesk stored, counted and paged in SQL."""

    def __init__(self, store: Store) -> None:
        self._list = store.message_list

    def count(self, filter: MessageFilter) -> int:
        return self._list.count(filter.query())

    def count_by_status(self, filter: MessageFilter) -> dict[DeliveryStatus, int]:
        """How many messages ``filter`` finds per status (every status present), in one query."""
        return self._list.count_by_status(filter.query())

    def page(self, offset: int, limit: int, sort: Sort, filter: MessageFilter) -> list[MessageListRow]:
        try:
            key = MessageSort(sort.key)
        except ValueError:
            raise ValidationError(N_("messages cannot be sorted by '{key}'"), key=sort.key) from None
        return self._list.page(offset, limit, key, descending=sort.descending, text=filter.query())

    def affected_by(self, events: Sequence[Event]) -> bool:
        return any(isinstance(event, _FOLLOWED) for event in events)
