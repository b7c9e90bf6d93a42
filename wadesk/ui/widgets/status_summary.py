"""The status bar's two summaries: how many phones are connected, and what the outbox holds."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from wadesk.domain.models import DeviceState
from wadesk.domain.status import DeliveryStatus
from wadesk.services.devices import DeviceSnapshot
from wadesk.store import Store
from wadesk.ui.bridge import DeviceBridge
from wadesk.ui.models.devices import Tone, status_dot
from wadesk.ui.tasks import Tasks


class ConnectionSummary(QWidget):
    """``● 3 of 5 phones connected · 1 needs attention``, following the device monitor."""

    def __init__(self, bridge: DeviceBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._refreshing = False
        self.dot = QLabel()
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(0)
        layout.addWidget(self.dot)
        layout.addWidget(self.label)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(200)
        self._pending.timeout.connect(self.update_text)
        bridge.updated.connect(self._schedule)
        bridge.removed.connect(self._schedule)
        bridge.refreshing.connect(self._set_refreshing)
        self.update_text()

    def _schedule(self) -> None:
        if not self._pending.isActive():
            self._pending.start()

    def _set_refreshing(self, running: bool) -> None:
        self._refreshing = running
        self.update_text()

    def update_text(self) -> None:
        snapshots: list[DeviceSnapshot] = self._bridge.snapshots()
        reported = [s for s in snapshots if s.reported]
        connected = sum(s.state is DeviceState.CONNECTED for s in reported)
        trouble = sum(bool(s.error) for s in snapshots)
        if not snapshots:
            text, tone = self.tr("No accounts yet"), Tone.IDLE
        elif not reported:
            text, tone = self.tr("%n accounts").replace("%n", str(len(snapshots))), Tone.IDLE
        else:
            text = self.tr("%1 of %2 phones connected").replace("%1", str(connected)).replace("%2", str(len(reported)))
            tone = Tone.OK if connected == len(reported) else Tone.WARN
        if trouble:
            words = self.tr(" · 1 needs attention") if trouble == 1 else self.tr(" · %n need attention")
            text += words.replace("%n", str(trouble))
            tone = Tone.BAD
        if self._refreshing:
            text += self.tr(" · checking…")
        self.dot.setPixmap(status_dot(tone).pixmap(12, 12))
        self.label.setText(text)


class OutboxSummary(QLabel):
    """``Outbox: 4 waiting · 1 sending · 1 to check``, read from the database every few seconds."""

    def __init__(self, store: Store, interval_seconds: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = Tasks(self)
        self._closed = False
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setText(self.tr("Outbox: checking…"))
        self._timer = QTimer(self)
        self._timer.setInterval(round(interval_seconds * 1000))
        self._timer.timeout.connect(self.reload)
        self._timer.start()
        QTimer.singleShot(0, self.reload)

    def shutdown(self) -> None:
        self._closed = True
        self._timer.stop()
        self._tasks.cancel_all()

    def reload(self) -> None:
        if not self._closed and not self._tasks.busy:
            self._tasks.start(asyncio.to_thread(self._store.messages.count_by_status), done=self._show)

    def _show(self, counts: dict[DeliveryStatus, int]) -> None:
        parts = []
        if counts[DeliveryStatus.QUEUED]:
            parts.append(self.tr("%n waiting").replace("%n", f"{counts[DeliveryStatus.QUEUED]:,}"))
        if counts[DeliveryStatus.SCHEDULED]:
            parts.append(self.tr("%n scheduled").replace("%n", f"{counts[DeliveryStatus.SCHEDULED]:,}"))
        if counts[DeliveryStatus.SENDING]:
            parts.append(self.tr("%n sending").replace("%n", f"{counts[DeliveryStatus.SENDING]:,}"))
        if counts[DeliveryStatus.UNCERTAIN]:
            parts.append(self.tr("%n to check").replace("%n", f"{counts[DeliveryStatus.UNCERTAIN]:,}"))
        self.setText(self.tr("Outbox: ") + " · ".join(parts) if parts else self.tr("Outbox empty"))
