"""The status bar's two summaries: how many phones are connected, and what the outbox holds.

Both follow the change feed through the bridge (already coalesced there); neither polls.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from wadesk.domain.models import DeviceState
from wadesk.domain.status import DeliveryStatus
from wadesk.services.devices import DeviceSnapshot
from wadesk.store import Store
from wadesk.ui.bridge import EventBridge
from wadesk.ui.format import number
from wadesk.ui.models.devices import Tone, status_dot
from wadesk.ui.tasks import Tasks


class ConnectionSummary(QWidget):
    """``● 3 of 5 phones connected · 1 needs attention``, following the device monitor."""

    def __init__(self, bridge: EventBridge, snapshots: Iterable[DeviceSnapshot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshots = {s.account_id: s for s in snapshots}
        self._refreshing = False
        self.dot = QLabel()
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(0)
        layout.addWidget(self.dot)
        layout.addWidget(self.label)
        bridge.devices_changed.connect(self._devices_changed)
        bridge.refreshing.connect(self._set_refreshing)
        self.update_text()

    def _devices_changed(self, changes: dict[int, DeviceSnapshot | None]) -> None:
        for account_id, snapshot in changes.items():
            if snapshot is None:
                self._snapshots.pop(account_id, None)
            else:
                self._snapshots[account_id] = snapshot
        self.update_text()

    def _set_refreshing(self, running: bool) -> None:
        self._refreshing = running
        self.update_text()

    def update_text(self) -> None:
        snapshots = list(self._snapshots.values())
        reported = [s for s in snapshots if s.reported]
        connected = sum(s.state is DeviceState.CONNECTED for s in reported)
        trouble = sum(bool(s.error) for s in snapshots)
        if not snapshots:
            text, tone = self.tr("No accounts yet"), Tone.IDLE
        elif not reported:
            text, tone = self.tr("%n accounts").replace("%n", number(len(snapshots))), Tone.IDLE
        else:
            text = (
                self.tr("%1 of %2 phones connected")
                .replace("%1", number(connected))
                .replace("%2", number(len(reported)))
            )
            tone = Tone.OK if connected == len(reported) else Tone.WARN
        if trouble:
            words = self.tr(" · 1 needs attention") if trouble == 1 else self.tr(" · %n need attention")
            text += words.replace("%n", number(trouble))
            tone = Tone.BAD
        if self._refreshing:
            text += self.tr(" · checking…")
        self.dot.setPixmap(status_dot(tone).pixmap(12, 12))
        self.label.setText(text)


class OutboxSummary(QLabel):
    """``Outbox: 4 waiting · 1 sending · 1 to check``, counted in the database when messages change."""

    def __init__(self, store: Store, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = Tasks(self)
        self._closed = False
        self._stale = False  # messages changed while they were being counted: count again
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setText(self.tr("Outbox: checking…"))
        bridge.messages_changed.connect(self.reload)
        bridge.schedules_changed.connect(self.reload)
        QTimer.singleShot(0, self.reload)

    def shutdown(self) -> None:
        self._closed = True
        self._tasks.cancel_all()

    def reload(self) -> None:
        if self._closed:
            return
        if self._tasks.busy:
            self._stale = True
            return
        self._stale = False
        self._tasks.start(asyncio.to_thread(self._store.messages.count_by_status), done=self._show)

    def _show(self, counts: dict[DeliveryStatus, int]) -> None:
        if self._stale:
            self.reload()
        parts = []
        if counts[DeliveryStatus.QUEUED]:
            parts.append(self.tr("%n waiting").replace("%n", number(counts[DeliveryStatus.QUEUED])))
        if counts[DeliveryStatus.SCHEDULED]:
            parts.append(self.tr("%n scheduled").replace("%n", number(counts[DeliveryStatus.SCHEDULED])))
        if counts[DeliveryStatus.SENDING]:
            parts.append(self.tr("%n sending").replace("%n", number(counts[DeliveryStatus.SENDING])))
        if counts[DeliveryStatus.UNCERTAIN]:
            parts.append(self.tr("%n to check").replace("%n", number(counts[DeliveryStatus.UNCERTAIN])))
        self.setText(self.tr("Outbox: %1").replace("%1", " · ".join(parts)) if parts else self.tr("Outbox empty"))
