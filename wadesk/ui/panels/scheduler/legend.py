"""Each device's colour on the calendar, and the legend that names them with their daily cap and quiet hours."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from wadesk.services.calendar import DeviceLoad
from wadesk.ui.panels.scheduler.agenda import swatch

# Distinct on white and on the dark theme's base, and readable under white digits.
PALETTE = ("#1f6fb2", "#c2571a", "#7b4bb7", "#0b7a5e", "#b8336a", "#5d7a12", "#8a6d00", "#2b7f8f")


def device_color(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scheduler", text)


def pace_words(device: DeviceLoad) -> str:
    parts = []
    if device.daily_cap is not None:
        parts.append(_tr("at most %1 a day").replace("%1", str(device.daily_cap)))
    if device.quiet is not None:
        parts.append(_tr("quiet %1").replace("%1", device.quiet))
    return ", ".join(parts)


class Legend(QWidget):
    """Device colours in two columns: "■ Toko Berkah Jaya — at most 200 a day, quiet 21:00–07:00"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(2)
        self.labels: list[QLabel] = []

    def show_devices(self, devices: Sequence[tuple[DeviceLoad, QColor]]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.labels = []
        for index, (device, color) in enumerate(devices):
            cell = QWidget()
            row = QHBoxLayout(cell)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            mark = QLabel()
            mark.setPixmap(swatch(color).pixmap(12, 12))
            text = QLabel(device.name + (f" — {pace_words(device)}" if pace_words(device) else ""))
            text.setObjectName("Muted")
            text.setWordWrap(True)
            text.setMinimumWidth(60)
            text.setToolTip(text.text())
            row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(text, 1)
            self._grid.addWidget(cell, index // 2, index % 2)
            self.labels.append(text)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)
