"""Each device's colour on the calendar, and the legend that names them with their daily cap and quiet hours."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from wadesk.services.calendar import DeviceLoad
from wadesk.ui.format import number
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
        parts.append(_tr("at most %1 a day").replace("%1", number(device.daily_cap)))
    if device.quiet is not None:
        parts.append(_tr("quiet %1").replace("%1", device.quiet))
    return ", ".join(parts)


class ElidedLabel(QLabel):
    """One line whose ``text`` is shortened with "…" when it has no room (its ``suffix`` is kept whole);
    the whole line is in its tooltip."""

    def __init__(self, text: str, suffix: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text + suffix, parent)
        self.full_text, self.suffix = text, suffix
        self.setToolTip(text + suffix)
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        room = self.width() - metrics.horizontalAdvance(self.suffix)
        if room < metrics.horizontalAdvance("Abc…"):
            self.setText(metrics.elidedText(self.full_text + self.suffix, Qt.TextElideMode.ElideRight, self.width()))
        else:
            self.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, room) + self.suffix)


def bar(color: QColor) -> QPixmap:
    pixmap = QPixmap(24, 24)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.fillRect(0, 4, 12, 4, color)
    painter.end()
    return pixmap


class Legend(QWidget):
    """Device colours in two columns, one line each ("■ Toko Berkah Jaya — at most 200 a day, quiet 21:00–07:00"),
    then the campaigns' bars ("▬ Menu spesial Jumat"); each line whole in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(2)
        self.labels: list[ElidedLabel] = []

    def show_items(
        self, devices: Sequence[tuple[DeviceLoad, QColor]], bands: Sequence[tuple[str, str, QColor]]
    ) -> None:
        """``bands``: (name, what it means, colour) of each campaign's window."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.labels = []
        lines: list[tuple[QPixmap, str, str, str]] = []
        others = [d for d, _c in devices if not d.own_pace and d.daily_cap is not None]
        for device, color in devices:
            pace = f" — {pace_words(device)}" if device.own_pace and pace_words(device) else ""
            lines.append((swatch(color).pixmap(12, 12), device.name, pace, device.name + pace))
        if others:
            words = (
                _tr("The others: %1 (the usual pace)")
                if len(others) < len(devices)
                else _tr("Each: %1 (the usual pace)")
            ).replace("%1", pace_words(others[0]))
            lines.append((QPixmap(), words, "", words))
        for name, meaning, color in bands:
            lines.append((bar(color), name, "", meaning))
        row_index, column = 0, 0
        for picture, text, suffix, tip in lines:
            cell = QWidget()
            line = QHBoxLayout(cell)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(6)
            mark = QLabel()
            mark.setPixmap(picture)
            label = ElidedLabel(text, suffix)
            label.setObjectName("Muted")
            label.setToolTip(tip)
            line.addWidget(mark, 0, Qt.AlignmentFlag.AlignVCenter)
            line.addWidget(label, 1)
            if suffix:  # a device with a pace of its own: a whole line, so that its name stays readable
                if column:
                    row_index, column = row_index + 1, 0
                self._grid.addWidget(cell, row_index, 0, 1, 2)
                row_index += 1
            else:
                self._grid.addWidget(cell, row_index, column)
                row_index, column = (row_index + 1, 0) if column else (row_index, 1)
            self.labels.append(label)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)
