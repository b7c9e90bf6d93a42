"""The one crossing from the services to Qt: service callbacks re-emitted as Qt signals.

The services call plain functions; widgets connect to signals.  A service
callback that fires on another thread still reaches the widgets on the GUI
thread, because signals to objects of the GUI thread are queued.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from wadesk.services.devices import (
    DeviceEvent,
    DeviceMonitor,
    DeviceRemoved,
    DeviceSnapshot,
    DeviceUpdated,
    RefreshActivity,
    went_offline,
)


class DeviceBridge(QObject):
    """``DeviceMonitor`` events as signals."""

    updated = Signal(object)  # DeviceSnapshot
    removed = Signal(int)  # account id
    refreshing = Signal(bool)
    went_offline = Signal(object)  # DeviceSnapshot of a device that was connected and no longer is

    def __init__(self, monitor: DeviceMonitor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.monitor = monitor
        self._unsubscribe = monitor.subscribe(self._on_event)

    def close(self) -> None:
        """Stop listening (the window is closing)."""
        self._unsubscribe()

    def snapshots(self) -> list[DeviceSnapshot]:
        return self.monitor.snapshots()

    def _on_event(self, event: DeviceEvent) -> None:
        if isinstance(event, DeviceUpdated):
            self.updated.emit(event.snapshot)
            if went_offline(event):
                self.went_offline.emit(event.snapshot)
        elif isinstance(event, DeviceRemoved):
            self.removed.emit(event.account_id)
        elif isinstance(event, RefreshActivity):
            self.refreshing.emit(event.running)
