"""Scheduled messages: where each is held, and the user's actions — cancel, move, edit the text, and for a missed
one send now or skip.

Every action publishes ``SchedulesChanged`` and then ``MessagesChanged`` on the
hub once its transaction is committed (a scheduled message is a message too:
its status, time or text changed).
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from wadesk.domain.models import StoredMessage
from wadesk.domain.status import DeliveryStatus
from wadesk.providers.base import ProviderInfo
from wadesk.services.accounts import AccountService
from wadesk.services.events import EventHub, SchedulesChanged
from wadesk.services.messages import messages_changed
from wadesk.services.outbox import Holder, Outbox, where_held
from wadesk.store import GATEWAY, MISSED, Store

_LISTED = (DeliveryStatus.SCHEDULED, DeliveryStatus.UNCERTAIN, DeliveryStatus.SENDING)


def is_missed(row: StoredMessage) -> bool:
    """A schedule wadesk holds whose time passed while it was closed: sent only when the user says so."""
    return row.hold == MISSED


@dataclass(frozen=True)
class ScheduledMessage:
    """A scheduled message and who holds it (wadesk or the gateway), with what can still be done."""

    row: StoredMessage
    holder: Holder


class ScheduleService:
    def __init__(self, store: Store, accounts: AccountService, outbox: Outbox, events: EventHub) -> None:
        self._store = store
        self._accounts = accounts
        self._outbox = outbox
        self._events = events

    def list(self) -> builtins.list[ScheduledMessage]:
        """What is scheduled, and the hand-overs to a gateway under way or in doubt, by time."""
        rows = [
            r
            for r in self._store.messages.list(statuses=_LISTED, newest_first=False)
            if r.status is DeliveryStatus.SCHEDULED or r.hold == GATEWAY
        ]
        infos: dict[int, ProviderInfo] = {}
        listed = []
        for row in sorted(rows, key=lambda r: (r.scheduled_at or r.created_at, r.id)):
            if row.account_id not in infos:
                infos[row.account_id] = self._accounts.info(self._store.accounts.get_by_id(row.account_id))
            listed.append(ScheduledMessage(row, where_held(row, infos[row.account_id])))
        return listed

    def missed(self) -> builtins.list[StoredMessage]:
        """Schedules that were due while wadesk was closed, waiting for the user's decision."""
        return self._store.outbox.held()

    def decide_missed(self, message_id: int, *, send_now: bool) -> StoredMessage:
        """A missed schedule: queue it to be sent now (the outbox sends it), or skip it (``cancelled``)."""
        return self._changed(self._store.outbox.decide_missed(message_id, send_now=send_now))

    async def cancel(self, message_id: int) -> StoredMessage:
        """Cancel a scheduled message; one held by the gateway is cancelled there first."""
        await self._outbox.cancel_scheduled(self._store.messages.get(message_id))
        return self._changed(self._store.messages.get(message_id))

    async def move(self, message_id: int, at: datetime) -> StoredMessage:
        """Give a scheduled message a new time; one held by the gateway is moved there first."""
        return self._changed(await self._outbox.move_scheduled(self._store.messages.get(message_id), at))

    async def edit_text(self, message_id: int, text: str) -> StoredMessage:
        """New words for a scheduled message (a media message's caption), at the same time.

        Held by wadesk, the stored message changes; held by a gateway that can
        edit its schedules, the gateway is told first; any other is refused in
        plain words, as is a text the gateway would not take (before any
        request).  A campaign's message: that one message only — the campaign's
        template and its other messages stay as they are.
        """
        return self._changed(await self._outbox.edit_scheduled_text(self._store.messages.get(message_id), text))

    async def edit_texts(self, message_ids: Sequence[int], text: str) -> builtins.list[StoredMessage]:
        """The same new words for several scheduled messages (one send to several people).

        Every message is checked first, so a text one of them cannot take
        changes none; each is then changed as ``edit_text`` does.
        """
        for message_id in message_ids:
            self._outbox.edited(self._store.messages.get(message_id), text)
        return [await self.edit_text(message_id, text) for message_id in message_ids]

    def _changed(self, row: StoredMessage) -> StoredMessage:
        self._events.publish(SchedulesChanged(frozenset({row.id})))
        self._events.publish(messages_changed([row]))
        return row
