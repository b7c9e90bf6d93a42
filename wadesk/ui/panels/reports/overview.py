"""A strip with the messages of the last 30 days, a bar a day, stacked by status or by device.

Days are the user's (this computer's time zone).  The counts are read off the
event loop (``ReportStats.per_day``, one query) and read again when messages
change, at most every ``RELOAD_MS``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QDate, QLocale, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from wadesk.services.events import Event, MessagesChanged
from wadesk.services.pacing import local_zone
from wadesk.services.report_stats import DailyCounts, ReportStats, Stage
from wadesk.ui import theme
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.format import number
from wadesk.ui.panels.reports.stages import stage_color, stage_words
from wadesk.ui.tasks import Tasks
from wadesk.ui.widgets.charts import Series, StackedBarChart

DAYS = 30
RELOAD_MS = 2000  # change events closer together than this are one re-read
STACK = (
    Stage.READ,
    Stage.DELIVERED,
    Stage.SENT,
    Stage.ACCEPTED,
    Stage.SENDING,
    Stage.WAITING,
    Stage.UNCERTAIN,
    Stage.FAILED,
    Stage.CANCELLED,
)  # bottom to top


def _day_words(day: date, fmt: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def device_colors(count: int) -> list[str]:
    """Distinct colours for ``count`` devices, from the theme's first."""
    c = theme.current()
    palette = [c.accent, c.info, c.warn, c.bad, c.idle, "#8e5cc4", "#c45c9a", "#4c9a9a"]
    return [palette[i % len(palette)] for i in range(count)]


MIN_HEIGHT = 150  # below this the chart is not shown at all (never squeezed)


class DailyOverview(QWidget):
    """Messages per day over the last 30 days (see the module's docstring)."""

    def __init__(
        self,
        ctx: UiContext,
        bridge: EventBridge | None,
        parent: QWidget | None = None,
        *,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz = tz or local_zone()
        self.stats = ReportStats(ctx.store)
        self.tasks = Tasks(self)
        self.counts: DailyCounts | None = None
        self._reading = False
        self._again = False
        self._alive = True
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(RELOAD_MS)
        self.reload_timer.timeout.connect(self.reload)

        title = QLabel(self.tr("Messages per day, last %1 days").replace("%1", number(DAYS)))
        title.setObjectName("SectionTitle")
        title.setWordWrap(True)  # a narrow window wraps it rather than cut it
        self.by = QComboBox()
        self.by.addItem(self.tr("By status"), "status")
        self.by.addItem(self.tr("By device"), "device")
        self.by.setAccessibleName(self.tr("Show the days"))
        self.by.setToolTip(self.tr("Stack each day's bar by where the messages stand, or by the device that sent them"))
        self.by.currentIndexChanged.connect(self.reload)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(title, 1)
        head.addWidget(self.by)
        self.chart = StackedBarChart()
        self.chart.setAccessibleName(self.tr("Messages per day"))
        self.chart.empty_text = self.tr("No messages in the last %1 days").replace("%1", number(DAYS))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.chart, 1)
        self.setMaximumHeight(180)
        # It never raises the window's minimum size: the panel shows it only where MIN_HEIGHT fits.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        if bridge is not None:
            bridge.changes.connect(self.on_changes)
        self.reload()

    @property
    def by_device(self) -> bool:
        return bool(self.by.currentData() == "device")

    def on_changes(self, events: Sequence[Event]) -> None:
        if any(isinstance(e, MessagesChanged) for e in events) and not self.reload_timer.isActive():
            self.reload_timer.start()

    def reload(self) -> None:
        if not self._alive:
            return
        if self._reading:
            self._again = True
            return
        self._reading = True
        now, by_device = self.ctx.clock.now(), self.by_device
        self.tasks.start(self._read(now, by_device), done=self._show, failed=self._failed)

    async def _read(self, now: datetime, by_device: bool) -> tuple[DailyCounts, bool]:
        counts = await asyncio.to_thread(self.stats.per_day, now, self.tz, days=DAYS, by_device=by_device)
        return counts, by_device

    def _failed(self, words: str) -> None:
        self._reading = False
        self.chart.empty_text = self.tr("The counts could not be read: %1").replace("%1", words)
        self.chart.set_data([], [])

    def _show(self, result: tuple[DailyCounts, bool]) -> None:
        self._reading = False
        counts, by_device = result
        if by_device != self.by_device:  # the choice changed meanwhile: read again
            self._again = True
        self.counts = counts
        labels = [_day_words(d, "d MMM") for d in counts.days]
        titles = [_day_words(d, "ddd d MMM yyyy") for d in counts.days]
        if by_device:
            names = sorted(counts.series, key=lambda name: -sum(counts.series[name]))
            series = [
                Series(name, QColor(color), counts.series[name])
                for name, color in zip(names, device_colors(len(names)), strict=True)
            ]
        else:
            series = [Series(stage_words(s), stage_color(s), counts.series[s.value]) for s in STACK]
        self.chart.set_data(labels, series, titles)
        if self._again:
            self._again = False
            self.reload()

    def shutdown(self) -> None:
        self._alive = False
        self.reload_timer.stop()
        self.tasks.cancel_all()
