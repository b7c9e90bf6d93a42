"""The change feed: typed events that services publish after their data is committed.

One ``EventHub`` per running wadesk.  A service publishes an event once the
store's transaction has been committed (never before: a listener that reads the
store must see the change); other services and the front ends subscribe.  The
hub is Qt-free and synchronous: ``publish`` calls each listener in turn on the
publisher's thread and returns.  ``ui/bridge.py`` is the only crossing into Qt
signals and coalesces bursts there, so a publisher never needs to batch for the
window's sake — but it should publish one event per committed transaction (a
batch of 100 outcomes is one ``MessagesChanged`` with 100 ids), not one per row.

A listener that raises is logged and skipped: a broken subscriber never stops a
publisher or the listeners after it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

log = logging.getLogger(__name__)

__all__ = [
    "AccountsChanged",
    "CampaignsChanged",
    "ContactsChanged",
    "DeviceChanged",
    "DevicesRefreshing",
    "DraftsChanged",
    "Event",
    "EventHub",
    "MessagesChanged",
    "SchedulesChanged",
    "SendingStateChanged",
    "SeriesChanged",
    "SettingsChanged",
]


def _ids(values: Iterable[int]) -> frozenset[int]:
    return frozenset(values)


@dataclass(frozen=True)
class AccountsChanged:
    """Accounts were added, edited or removed (their ids); empty means "any may have changed"."""

    account_ids: frozenset[int] = field(default_factory=frozenset)
    removed: bool = False


@dataclass(frozen=True)
class DeviceChanged:
    """What wadesk knows about one account's device changed.

    ``detail`` is the device service's own snapshot (or ``None`` when the
    account went away); the hub does not look inside it.  ``went_offline``:
    the device was connected and the gateway now says it is not (worth telling
    the user, even when a later event says it is back).
    """

    account_id: int
    detail: Any = None
    went_offline: bool = False


@dataclass(frozen=True)
class SendingStateChanged:
    """A device's sending was paused (``paused``, with the gateway's words and, for a stated wait, ``until``)
    or resumed; its messages stay queued meanwhile (``services.pacing.governor``)."""

    account_id: int
    paused: bool
    reason: str = ""
    until: datetime | None = None
    device: str = ""  # the account's name, for a notice


@dataclass(frozen=True)
class DevicesRefreshing:
    """A refresh of every account's device started (``running``) or ended."""

    running: bool


@dataclass(frozen=True)
class MessagesChanged:
    """Messages were written: queued, sent, answered, updated by a report, cancelled…"""

    message_ids: frozenset[int] = field(default_factory=frozenset)
    campaign_ids: frozenset[int] = field(default_factory=frozenset)
    account_ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls,
        message_ids: Iterable[int] = (),
        campaign_ids: Iterable[int | None] = (),
        account_ids: Iterable[int | None] = (),
    ) -> MessagesChanged:
        return cls(
            _ids(message_ids),
            _ids(c for c in campaign_ids if c is not None),
            _ids(a for a in account_ids if a is not None),
        )


@dataclass(frozen=True)
class CampaignsChanged:
    """Campaigns were created, paused, resumed, cancelled or finished."""

    campaign_ids: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class SchedulesChanged:
    """Scheduled messages were added, moved, cancelled, sent now or skipped."""

    message_ids: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class SeriesChanged:
    """Recurring schedules were created, edited, cancelled or finished, or occurrences of them were made."""

    series_ids: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class ContactsChanged:
    """Contacts or local groups changed; empty ids mean "many" (an import, a sync)."""

    contact_ids: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class SettingsChanged:
    """App-wide settings were saved (the keys that changed)."""

    keys: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class DraftsChanged:
    """Saved messages were saved, renamed or deleted (their names, old and new)."""

    names: frozenset[str] = field(default_factory=frozenset)


Event = (
    AccountsChanged
    | DeviceChanged
    | DevicesRefreshing
    | SendingStateChanged
    | MessagesChanged
    | CampaignsChanged
    | SchedulesChanged
    | SeriesChanged
    | ContactsChanged
    | SettingsChanged
    | DraftsChanged
)

E = TypeVar("E")
Listener = Callable[[Any], None]


class EventHub:
    """Publish/subscribe for change events; thread-safe, synchronous, Qt-free."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: tuple[tuple[Listener, tuple[type, ...]], ...] = ()

    def subscribe(self, listener: Callable[[E], None], *kinds: type[E]) -> Callable[[], None]:
        """Call ``listener`` with every event of the given kinds (all events when none are given).

        Returns a function that stops it; calling that more than once is harmless.
        """
        entry: tuple[Listener, tuple[type, ...]] = (listener, tuple(kinds))
        with self._lock:
            self._listeners = (*self._listeners, entry)

        def unsubscribe() -> None:
            with self._lock:
                self._listeners = tuple(e for e in self._listeners if e is not entry)

        return unsubscribe

    def publish(self, event: Event) -> None:
        """Hand ``event`` to every listener that wants it (call only after the change is committed)."""
        for listener, kinds in self._listeners:  # a snapshot: listeners may (un)subscribe meanwhile
            if kinds and not isinstance(event, kinds):
                continue
            try:
                listener(event)
            except Exception:
                log.exception("a listener of %s failed", type(event).__name__)

    @property
    def listener_count(self) -> int:
        return len(self._listeners)
