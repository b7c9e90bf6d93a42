"""The message history as a paged list (the Reports panel's table): every message, newest first by default.

A ``PagedSource`` over ``store.message_list``: sorting and the text filter are
done in SQL, one page at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wadesk.domain.errors import ValidationError
from wadesk.services.events import AccountsChanged, CampaignsChanged, Event, MessagesChanged, SchedulesChanged
from wadesk.services.paging import Sort
from wadesk.store import Store
from wadesk.store.message_list import MessageListRow, MessageSort

__all__ = ["MessageFilter", "MessageHistory", "MessageListRow", "MessageSort"]

# What a change to one of these may alter: a message's status, text, error or time; a campaign's messages;
# an account's name, shown with each of its messages.
_FOLLOWED = (MessagesChanged, SchedulesChanged, CampaignsChanged, AccountsChanged)


@dataclass(frozen=True)
class MessageFilter:
    """Words to look for in the recipient, the text, the error or the account's name (empty: every message)."""

    text: str = ""


class MessageHistory:
    """Every message wadesk stored, counted and paged in SQL."""

    def __init__(self, store: Store) -> None:
        self._list = store.message_list

    def count(self, filter: MessageFilter) -> int:
        return self._list.count(filter.text)

    def page(self, offset: int, limit: int, sort: Sort, filter: MessageFilter) -> list[MessageListRow]:
        try:
            key = MessageSort(sort.key)
        except ValueError:
            raise ValidationError(f"messages cannot be sorted by {sort.key!r}") from None
        return self._list.page(offset, limit, key, descending=sort.descending, text=filter.text)

    def affected_by(self, events: Sequence[Event]) -> bool:
        return any(isinstance(event, _FOLLOWED) for event in events)
