"""The month grid: each day's scheduled messages counted and coloured by device, today ringed, a day over a device's
daily cap marked, campaigns' sending windows as bands; the keyboard walks it and schedules are dropped on it.

Painted by hand (six weeks of seven days, Monday first): a calendar widget's cells cannot hold coloured counts.
Arrows move the day, Page Up / Page Down the month, Home / End the week; Enter asks for the day's agenda.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from wadesk.ui import theme
from wadesk.ui.format import number

MIME = "application/x-wadesk-schedule"  # an agenda entry being dragged: its key, UTF-8
HEADER = 22


@dataclass(frozen=True)
class DayMarks:
    """What one day shows: a count per device (its colour), whether a device goes over its cap, a tooltip."""

    devices: list[tuple[QColor, int]] = field(default_factory=list)
    over_cap: bool = False
    tip: str = ""


@dataclass(frozen=True)
class Band:
    """A campaign's sending window, drawn under the days from ``first`` to ``last``."""

    first: date
    last: date
    color: QColor
    label: str


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def grid_start(month: date) -> date:
    """The Monday on or before the first of ``month``: the grid's first cell."""
    first = month_start(month)
    return first - timedelta(days=first.weekday())


class MonthView(QWidget):
    selected_changed = Signal(object)  # date
    activated = Signal(object)  # date: Enter pressed on it
    double_clicked = Signal(object)  # date
    dropped = Signal(str, object)  # entry key, date

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.selected = today
        self.marks: dict[date, DayMarks] = {}
        self.bands: list[Band] = []
        self._drop_day: date | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        self.setMinimumSize(7 * 40, HEADER + 6 * 30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Month"))
        self._names = [QLocale().dayName(i, QLocale.FormatType.ShortFormat) for i in range(1, 8)]  # Monday first

    # -- what it shows ---------------------------------------------------------------

    def sizeHint(self) -> QSize:
        # Small: a page that scrolls measures its height from its parts' hints; the month grows into the room left.
        return QSize(7 * 56, HEADER + 6 * 30)

    def set_marks(self, marks: dict[date, DayMarks], bands: list[Band], today: date) -> None:
        self.marks, self.bands, self.today = marks, bands, today
        self.update()

    def select(self, day: date) -> None:
        if day == self.selected:
            return
        self.selected = day
        self.update()
        self.selected_changed.emit(day)

    @property
    def month(self) -> date:
        return month_start(self.selected)

    def day_at(self, pos: QPoint) -> date | None:
        if pos.y() < HEADER:
            return None
        column = min(6, max(0, int(pos.x() * 7 / max(1, self.width()))))
        row = min(5, max(0, int((pos.y() - HEADER) * 6 / max(1, self.height() - HEADER))))
        return grid_start(self.month) + timedelta(days=row * 7 + column)

    def cell(self, day: date) -> QRect:
        offset = (day - grid_start(self.month)).days
        row, column = divmod(offset, 7)
        width, height = self.width() / 7, (self.height() - HEADER) / 6
        left, top = round(column * width), round(HEADER + row * height)
        return QRect(left, top, round((column + 1) * width) - left, round(HEADER + (row + 1) * height) - top)

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(colors.base))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setPen(QColor(colors.muted))
        painter.setFont(small)
        for column, name in enumerate(self._names):
            width = self.width() / 7
            rect = QRectF(column * width, 0, width, HEADER)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        start = grid_start(self.month)
        for offset in range(42):
            day = start + timedelta(days=offset)
            self._paint_day(painter, day, colors, small, bold)
        painter.end()

    def _paint_day(self, painter: QPainter, day: date, colors: theme.Colors, small: QFont, bold: QFont) -> None:
        rect = self.cell(day)
        inside = day.month == self.month.month
        marks = self.marks.get(day, DayMarks())
        background = QColor(colors.base if inside else colors.alt_base)
        if day == self.selected:
            background = QColor(colors.accent_soft)
        if day == self._drop_day:
            background = QColor(colors.sidebar_selected)
        painter.fillRect(rect, background)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(colors.border), 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if marks.over_cap:
            painter.setPen(QPen(QColor(colors.bad), 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if day == self.selected:
            focused = self.hasFocus()
            painter.setPen(QPen(QColor(colors.accent), 3 if focused else 1))
            painter.drawRect(rect.adjusted(1, 1, -2, -2) if focused else rect.adjusted(0, 0, -1, -1))

        # The day's number; today's on a filled circle.
        number_box = QRect(rect.left() + 4, rect.top() + 3, 22, 18)
        painter.setFont(bold if day == self.today else self.font())
        if day == self.today:
            painter.setBrush(QColor(colors.accent))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(number_box.center(), 10, 9)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QColor(colors.accent_text))
        else:
            painter.setPen(QColor(colors.text if inside else colors.muted))
        painter.drawText(number_box, Qt.AlignmentFlag.AlignCenter, str(day.day))
        x = rect.left() + 28  # the counts start beside the day's number
        if marks.over_cap:
            painter.setPen(QColor(colors.bad))
            painter.setFont(bold)
            painter.drawText(QRect(x - 2, rect.top() + 3, 10, 18), Qt.AlignmentFlag.AlignCenter, "!")
            x += 10

        # Bands: campaigns' sending windows, a thin bar along the bottom.
        bottom = rect.bottom() - 3
        for band in self.bands:
            if band.first <= day <= band.last:
                left = rect.left() + (6 if day == band.first else 0)
                right = rect.right() - (6 if day == band.last else 0)
                painter.fillRect(QRect(left, bottom - 3, right - left + 1, 4), band.color)
                bottom -= 6

        # Counts by device, as coloured chips that wrap.
        painter.setFont(small)
        metrics = painter.fontMetrics()
        chip_height = metrics.height() + 2
        y = rect.top() + 4
        for color, count in marks.devices:
            text = number(count)
            width = metrics.horizontalAdvance(text) + 10
            if x + width > rect.right() - 2 and x > rect.left() + 4:
                x, y = rect.left() + 4, y + chip_height + 2
            if y + chip_height > rect.bottom() - 3:  # no room left: the tooltip has them all
                painter.setPen(QColor(colors.muted))
                painter.drawText(
                    QRect(rect.right() - 14, rect.bottom() - 16, 12, 14), Qt.AlignmentFlag.AlignCenter, "…"
                )
                break
            chip = QRectF(x, y, width, chip_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 3
        painter.setBrush(Qt.BrushStyle.NoBrush)

    # -- keyboard and mouse ------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {
            Qt.Key.Key_Left: timedelta(days=-1),
            Qt.Key.Key_Right: timedelta(days=1),
            Qt.Key.Key_Up: timedelta(days=-7),
            Qt.Key.Key_Down: timedelta(days=7),
        }
        if key in steps:
            self.select(self.selected + steps[Qt.Key(key)])
        elif key == Qt.Key.Key_PageUp:
            self.select(add_months(self.selected, -1))
        elif key == Qt.Key.Key_PageDown:
            self.select(add_months(self.selected, 1))
        elif key == Qt.Key.Key_Home:
            self.select(self.selected - timedelta(days=self.selected.weekday()))
        elif key == Qt.Key.Key_End:
            self.select(self.selected + timedelta(days=6 - self.selected.weekday()))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.selected)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.select(day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.select(day)
            self.double_clicked.emit(day)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            tip = self.marks[day].tip if day is not None and day in self.marks else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- dropping an agenda entry on a day -----------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not event.mimeData().hasFormat(MIME):
            return
        self._drop_day = self.day_at(event.position().toPoint())
        self.update()
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop_day = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_day = None
        self.update()
        day = self.day_at(event.position().toPoint())
        if day is None or not event.mimeData().hasFormat(MIME):
            return
        event.acceptProposedAction()
        key = bytes(event.mimeData().data(MIME).data()).decode("utf-8")
        self.dropped.emit(key, day)
