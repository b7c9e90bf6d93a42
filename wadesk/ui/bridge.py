"""The one crossing from the change feed (``services.events``) into Qt signals, bursts coalesced.

Services publish on whatever thread they run on (the event loop's, an
executor's).  The bridge's listener only merges the event into what is
pending, under a lock; the first event of a burst asks the GUI thread (a queued
signal) to start a single-shot timer, and when it fires each kind that arrived
is emitted once, merged: the union of the ids, and per account the latest
device snapshot.  So a burst of 10,000 ``MessagesChanged`` becomes one signal
carrying every id, and a steady stream at most one signal per kind per window
(a few a second).  Whoever connects re-reads what it shows for those ids.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance

from wadesk.services.devices import DeviceSnapshot
from wadesk.services.events import (
    AccountsChanged,
    CampaignsChanged,
    ContactsChanged,
    DeviceChanged,
    DevicesRefreshing,
    EventHub,
    MessagesChanged,
    SchedulesChanged,
    SendingStateChanged,
    SettingsChanged,
)

WINDOW_MS = 200  # events closer together than this are one signal: at most five a second per kind
_EMPTY_MEANS_ANY = (AccountsChanged, ContactsChanged)  # their empty ids say "any may have changed"


class _Merged:
    """Events of one kind merged into one: id sets united, flags or-ed, anything else the latest."""

    def __init__(self) -> None:
        self._sets: dict[str, set[Any]] = {}
        self._any: set[str] = set()
        self._others: dict[str, Any] = {}

    def add(self, event: object) -> None:
        for field in fields(event):  # type: ignore[arg-type]  # every event is a dataclass
            value = getattr(event, field.name)
            if isinstance(value, frozenset):
                self._sets.setdefault(field.name, set()).update(value)
                if not value and isinstance(event, _EMPTY_MEANS_ANY):
                    self._any.add(field.name)
            elif isinstance(value, bool):
                self._others[field.name] = self._others.get(field.name, False) or value
            else:
                self._others[field.name] = value

    def event(self, kind: Callable[..., object]) -> object:
        ids = {name: frozenset(() if name in self._any else values) for name, values in self._sets.items()}
        return kind(**ids, **self._others)


class EventBridge(QObject):
    """The change feed as Qt signals on the GUI thread, coalesced (see the module's docstring)."""

    accounts_changed = Signal(object)  # AccountsChanged
    devices_changed = Signal(object)  # dict[int, DeviceSnapshot | None]: the latest per account, None when gone
    went_offline = Signal(object)  # DeviceSnapshot of a device that was connected and no longer is
    refreshing = Signal(bool)  # a refresh of every device is under way
    sending_changed = Signal(object)  # SendingStateChanged: a device's sending paused or resumed (each one told)
    messages_changed = Signal(object)  # MessagesChanged
    campaigns_changed = Signal(object)  # CampaignsChanged
    schedules_changed = Signal(object)  # SchedulesChanged
    contacts_changed = Signal(object)  # ContactsChanged
    settings_changed = Signal(object)  # SettingsChanged
    changes = Signal(object)  # list of the merged events above, one burst at a time (what panels follow)
    _arrived = Signal()

    def __init__(self, events: EventHub, parent: QObject | None = None, *, window_ms: int = WINDOW_MS) -> None:
        super().__init__(parent)
        self._signals: dict[type, SignalInstance] = {
            AccountsChanged: self.accounts_changed,
            MessagesChanged: self.messages_changed,
            CampaignsChanged: self.campaigns_changed,
            SchedulesChanged: self.schedules_changed,
            ContactsChanged: self.contacts_changed,
            SettingsChanged: self.settings_changed,
        }
        self._lock = threading.Lock()
        self._waiting = False  # a window is open (or about to be): later events just join it
        self._closed = False
        self._merged: dict[type, _Merged] = {}
        self._devices: dict[int, DeviceSnapshot | None] = {}
        self._offline: dict[int, DeviceSnapshot] = {}
        self._refreshing: bool | None = None
        self._sending: list[SendingStateChanged] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(window_ms)
        self._timer.timeout.connect(self.flush)
        self._arrived.connect(self._open_window, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = events.subscribe(
            self._on_event, *self._signals, DeviceChanged, DevicesRefreshing, SendingStateChanged
        )

    def close(self) -> None:
        """Stop listening and drop what is pending (the window is closing)."""
        self._unsubscribe()
        with self._lock:
            self._closed = True
        self._timer.stop()

    def _on_event(self, event: object) -> None:
        """On the publisher's thread: merge, and open a window on the GUI thread for the first of a burst."""
        with self._lock:
            if self._closed:
                return
            if isinstance(event, DeviceChanged):
                snapshot = event.detail if isinstance(event.detail, DeviceSnapshot) else None
                self._devices[event.account_id] = snapshot
                if event.went_offline and snapshot is not None:
                    self._offline[event.account_id] = snapshot
            elif isinstance(event, DevicesRefreshing):
                self._refreshing = event.running
            elif isinstance(event, SendingStateChanged):
                self._sending.append(event)
            else:
                self._merged.setdefault(type(event), _Merged()).add(event)
            first, self._waiting = not self._waiting, True
        if first:
            self._arrived.emit()  # queued: the timer is started on the GUI thread

    def _open_window(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Emit what is pending now (also what a caller on the GUI thread just published)."""
        self._timer.stop()
        with self._lock:
            self._waiting = False
            merged, self._merged = self._merged, {}
            devices, self._devices = self._devices, {}
            offline, self._offline = self._offline, {}
            refreshing, self._refreshing = self._refreshing, None
            sending, self._sending = self._sending, []
        burst = [pending.event(kind) for kind, pending in merged.items()]
        for event in burst:
            self._signals[type(event)].emit(event)
        if burst:
            self.changes.emit(burst)
        if devices:
            self.devices_changed.emit(devices)
        for snapshot in offline.values():
            self.went_offline.emit(snapshot)
        if refreshing is not None:
            self.refreshing.emit(refreshing)
        for change in sending:
            self.sending_changed.emit(change)
