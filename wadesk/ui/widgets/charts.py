"""Small charts painted with QPainter: stacked bars (days × series), a funnel, and a one-line stacked bar.

Qt Charts and Qt Graphs are GPL-or-commercial only, so wadesk paints its own.
Each chart lays itself out in one method (``bar_rects``, ``stage_rects``,
``segment_rects``) that painting, hovering and the tests all use, so what is
drawn is what is measured.  Everything is in logical pixels (a 2× screen
paints the same layout sharper).  A chart with nothing to show says so in
words; its accessible description tells the numbers to a screen reader, and
hovering a bar or a step shows its numbers in a tooltip.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from wadesk.ui.format import number

__all__ = ["FunnelChart", "FunnelStage", "Series", "StackedBar", "StackedBarChart", "nice_top"]

LEGEND_SWATCH = 10
GAP = 6  # between a legend's entries, and around the plot


def tr(text: str) -> str:
    """The charts' words, in one context for every chart (the classes are subclassed: ``self.tr`` would not do)."""
    return QCoreApplication.translate("charts", text)


def percent(share: float) -> str:
    """``0.42`` as ``42%`` in the window's language."""
    return tr("%1%").replace("%1", number(round(share * 100)))


@dataclass(frozen=True)
class Series:
    """One band of a stacked chart: a name for people, its colour, and a value per category."""

    label: str
    color: QColor
    values: tuple[int, ...]


@dataclass(frozen=True)
class FunnelStage:
    label: str
    count: int
    color: QColor


def nice_top(value: int) -> int:
    """The axis's top for a largest value: 1, 2 or 5 times a power of ten, at least ``value`` (at least 1)."""
    if value <= 1:
        return 1
    power: int = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def _small(font: QFont) -> QFont:
    small = QFont(font)
    size = font.pointSizeF()
    if size > 0:
        small.setPointSizeF(max(7.0, size * 0.85))
    return small


def _muted(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)


def _legend_entries(widget: QWidget, entries: Sequence[tuple[str, QColor]], rect: QRectF) -> list[tuple[QRectF, str]]:
    """Where each legend entry goes (swatch and words), left to right, wrapping to more lines when needed."""
    metrics = QFontMetrics(_small(widget.font()))
    out: list[tuple[QRectF, str]] = []
    x, y = rect.left(), rect.top()
    line = metrics.height()
    for text, _ in entries:
        width = LEGEND_SWATCH + 4 + metrics.horizontalAdvance(text)
        if x > rect.left() and x + width > rect.right():
            x, y = rect.left(), y + line + 2
        out.append((QRectF(x, y, width, line), text))
        x += width + 2 * GAP
    return out


def _legend_height(widget: QWidget, entries: Sequence[tuple[str, QColor]], width: float) -> float:
    if not entries:
        return 0.0
    placed = _legend_entries(widget, entries, QRectF(0, 0, width, 1000))
    return placed[-1][0].bottom() if placed else 0.0


def _paint_legend(painter: QPainter, widget: QWidget, entries: Sequence[tuple[str, QColor]], rect: QRectF) -> None:
    painter.setFont(_small(widget.font()))
    text_color = widget.palette().color(QPalette.ColorRole.WindowText)
    for (box, text), (_, color) in zip(_legend_entries(widget, entries, rect), entries, strict=True):
        swatch = QRectF(box.left(), box.center().y() - LEGEND_SWATCH / 2, LEGEND_SWATCH, LEGEND_SWATCH)
        painter.fillRect(swatch, color)
        painter.setPen(text_color)
        painter.drawText(
            QRectF(swatch.right() + 4, box.top(), box.width() - LEGEND_SWATCH - 4, box.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )


class _Chart(QWidget):
    """What every chart shares: an empty state, hover tooltips, a focus ring (it takes Tab to be read)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = tr("Nothing to show yet")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def tooltip_at(self, pos: QPointF) -> str:  # pragma: no cover - each chart says its own
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(_muted(self))
        painter.drawText(
            QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text
        )

    def _paint_focus(self, painter: QPainter) -> None:
        if self.hasFocus():
            pen = painter.pen()
            pen.setColor(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidthF(2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)


class StackedBarChart(_Chart):
    """Bars side by side (one per category, e.g. a day), each a stack of the series' values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: tuple[str, ...] = ()  # the words under each bar (a day: "3 Nov")
        self.titles: tuple[str, ...] = ()  # each bar's tooltip title (a day in full)
        self.series: tuple[Series, ...] = ()
        self.unit = tr("messages")
        self.setMinimumSize(QSize(240, 110))

    def set_data(
        self, categories: Sequence[str], series: Sequence[Series], titles: Sequence[str] | None = None
    ) -> None:
        for s in series:
            if len(s.values) != len(categories):
                raise ValueError(f"series {s.label!r} has {len(s.values)} values for {len(categories)} categories")
        self.categories = tuple(categories)
        self.titles = tuple(titles) if titles is not None else self.categories
        self.series = tuple(series)
        self.setAccessibleDescription(self.describe())
        self.update()

    # -- numbers ---------------------------------------------------------------------

    def totals(self) -> list[int]:
        return [sum(s.values[i] for s in self.series) for i in range(len(self.categories))]

    @property
    def empty(self) -> bool:
        return not any(self.totals())

    def top(self) -> int:
        return nice_top(max(self.totals(), default=0))

    def describe(self) -> str:
        """The chart in words (for a screen reader): the total and the busiest category."""
        totals = self.totals()
        if not any(totals):
            return self.empty_text
        busiest = max(range(len(totals)), key=lambda i: totals[i])
        return (
            tr("%1 %2 in all; the most on %3: %4")
            .replace("%1", number(sum(totals)))
            .replace("%2", self.unit)
            .replace("%3", self.titles[busiest])
            .replace("%4", number(totals[busiest]))
        )

    # -- layout ----------------------------------------------------------------------

    def _legend(self) -> list[tuple[str, QColor]]:
        return [(s.label, s.color) for s in self.series if any(s.values)]

    def plot_rect(self) -> QRectF:
        """Where the bars stand: left of it the value axis, under it the category labels, under those the legend."""
        small = QFontMetrics(_small(self.font()))
        axis = small.horizontalAdvance(number(self.top())) + GAP
        legend = _legend_height(self, self._legend(), max(1.0, self.width() - 2 * GAP))
        bottom = small.height() + GAP + legend + GAP
        top = small.height() / 2 + 2
        return QRectF(GAP + axis, top, max(1.0, self.width() - 2 * GAP - axis), max(1.0, self.height() - top - bottom))

    def slot_rects(self) -> list[QRectF]:
        """Each category's column, the full height of the plot (what hovering looks at)."""
        plot = self.plot_rect()
        n = len(self.categories)
        if n == 0:
            return []
        width = plot.width() / n
        return [QRectF(plot.left() + i * width, plot.top(), width, plot.height()) for i in range(n)]

    def bar_rects(self) -> list[list[QRectF]]:
        """Per category, per series, the rectangle of its part of the bar (height proportional to its value)."""
        plot = self.plot_rect()
        top = self.top()
        out: list[list[QRectF]] = []
        for index, slot in enumerate(self.slot_rects()):
            width = max(1.0, slot.width() * 0.7)
            left = slot.center().x() - width / 2
            base = plot.bottom()
            parts = []
            for s in self.series:
                height = plot.height() * s.values[index] / top
                parts.append(QRectF(left, base - height, width, height))
                base -= height
            out.append(parts)
        return out

    def label_every(self) -> int:
        """Label every n-th category so that the labels do not overlap."""
        if not self.categories:
            return 1
        small = QFontMetrics(_small(self.font()))
        widest = max(small.horizontalAdvance(c) for c in self.categories) + GAP
        slot = self.plot_rect().width() / len(self.categories)
        return max(1, math.ceil(widest / max(1.0, slot)))

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            if self.empty:
                self._paint_empty(painter)
            else:
                self._paint_bars(painter)
            self._paint_focus(painter)
        finally:
            painter.end()

    def _paint_bars(self, painter: QPainter) -> None:
        plot = self.plot_rect()
        small = _small(self.font())
        metrics = QFontMetrics(small)
        painter.setFont(small)
        muted = _muted(self)
        grid = QColor(muted)
        grid.setAlpha(60)
        top = self.top()
        for value in (0, top // 2 if top % 2 == 0 else None, top):
            if value is None:
                continue
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            text = number(value)
            box = QRectF(GAP, y - metrics.height() / 2, plot.left() - GAP - 4, metrics.height())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        for parts, s_index in ((p, i) for p in self.bar_rects() for i in range(len(p))):
            rect = parts[s_index]
            if rect.height() > 0:
                painter.fillRect(rect, self.series[s_index].color)
        every = self.label_every()
        painter.setPen(muted)
        last = len(self.categories) - 1
        for index, slot in enumerate(self.slot_rects()):
            if (last - index) % every:  # the last (today) is always labelled
                continue
            text = self.categories[index]
            width = metrics.horizontalAdvance(text) + 2
            box = QRectF(slot.center().x() - width / 2, plot.bottom() + 2, width, metrics.height())
            box.moveLeft(min(max(box.left(), 0.0), self.width() - width))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        legend = QRectF(GAP, plot.bottom() + metrics.height() + GAP, self.width() - 2 * GAP, self.height())
        _paint_legend(painter, self, self._legend(), legend)

    # -- hovering -------------------------------------------------------------------

    def category_at(self, pos: QPointF) -> int | None:
        for index, slot in enumerate(self.slot_rects()):
            if slot.contains(pos):
                return index
        return None

    def tooltip_at(self, pos: QPointF) -> str:
        index = self.category_at(pos)
        if index is None or self.empty:
            return ""
        lines = [f"<b>{self.titles[index]}</b>: {number(self.totals()[index])} {self.unit}"]
        lines += [f"{s.label}: {number(s.values[index])}" for s in reversed(self.series) if s.values[index]]
        return "<br>".join(lines)


class FunnelChart(_Chart):
    """Steps one under the other, each bar as wide as its share of the first, with its count and percentage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stages: tuple[FunnelStage, ...] = ()
        self.setMinimumSize(QSize(240, 120))

    def set_stages(self, stages: Sequence[FunnelStage]) -> None:
        self.stages = tuple(stages)
        self.setAccessibleDescription(self.describe())
        self.update()

    @property
    def empty(self) -> bool:
        return not self.stages or self.stages[0].count == 0

    def share(self, index: int) -> float:
        first = self.stages[0].count if self.stages else 0
        return self.stages[index].count / first if first else 0.0

    def describe(self) -> str:
        if self.empty:
            return self.empty_text
        return "; ".join(f"{s.label}: {self._number(i)}" for i, s in enumerate(self.stages))

    def label_width(self) -> float:
        metrics = QFontMetrics(self.font())
        return max((metrics.horizontalAdvance(s.label) for s in self.stages), default=0) + 2 * GAP

    def number_width(self) -> float:
        metrics = QFontMetrics(self.font())
        widest = max((self._number(i) for i in range(len(self.stages))), key=metrics.horizontalAdvance, default="")
        return metrics.horizontalAdvance(widest) + 2 * GAP

    def _number(self, index: int) -> str:
        return f"{number(self.stages[index].count)} ({percent(self.share(index))})"

    def row_rects(self) -> list[QRectF]:
        """Each step's whole row (label, bar, number)."""
        n = len(self.stages)
        if n == 0:
            return []
        height = min(34.0, self.height() / n)
        return [QRectF(0, i * height, self.width(), height) for i in range(n)]

    def stage_rects(self) -> list[QRectF]:
        """Each step's bar: width proportional to its count (the first step fills the room), centred."""
        room = max(1.0, self.width() - self.label_width() - self.number_width())
        left = self.label_width()
        out = []
        for index, row in enumerate(self.row_rects()):
            width = room * self.share(index)
            out.append(QRectF(left + (room - width) / 2, row.top() + 3, width, max(1.0, row.height() - 6)))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            if self.empty:
                self._paint_empty(painter)
            else:
                self._paint_funnel(painter)
            self._paint_focus(painter)
        finally:
            painter.end()

    def _paint_funnel(self, painter: QPainter) -> None:
        text = self.palette().color(QPalette.ColorRole.WindowText)
        middle = int(Qt.AlignmentFlag.AlignVCenter)
        label_width, number_width = self.label_width(), self.number_width()
        for index, (row, bar) in enumerate(zip(self.row_rects(), self.stage_rects(), strict=True)):
            stage = self.stages[index]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(stage.color)
            painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(text)
            painter.drawText(
                QRectF(GAP, row.top(), label_width - GAP, row.height()),
                middle | int(Qt.AlignmentFlag.AlignLeft),
                stage.label,
            )
            painter.drawText(
                QRectF(self.width() - number_width + GAP, row.top(), number_width - GAP, row.height()),
                middle | int(Qt.AlignmentFlag.AlignLeft),
                self._number(index),
            )

    def minimumSizeHint(self) -> QSize:
        return QSize(int(self.label_width() + self.number_width() + 60), 34 * max(1, len(self.stages)))

    def tooltip_at(self, pos: QPointF) -> str:
        for index, row in enumerate(self.row_rects()):
            if row.contains(pos) and not self.empty:
                stage = self.stages[index]
                return f"<b>{stage.label}</b>: {self._number(index)}"
        return ""


class StackedBar(_Chart):
    """One horizontal bar split into parts (a campaign's messages by where they stand), with or without a legend."""

    def __init__(self, parent: QWidget | None = None, *, bar_height: int = 12) -> None:
        super().__init__(parent)
        self.parts: tuple[FunnelStage, ...] = ()
        self.bar_height = bar_height
        self.empty_text = tr("No messages")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)

    def set_parts(self, parts: Sequence[FunnelStage]) -> None:
        self.parts = tuple(parts)
        self.setAccessibleDescription(self.describe())
        self.setToolTip("")
        self.update()

    @property
    def total(self) -> int:
        return sum(p.count for p in self.parts)

    def describe(self) -> str:
        if not self.total:
            return self.empty_text
        return ", ".join(f"{p.label} {number(p.count)}" for p in self.parts if p.count)

    def sizeHint(self) -> QSize:
        return QSize(240, self.bar_height + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.bar_height + 4)

    def bar_rect(self) -> QRectF:
        return QRectF(1, (self.height() - self.bar_height) / 2, max(1.0, self.width() - 2), self.bar_height)

    def segment_rects(self) -> list[QRectF]:
        """Each part's share of the bar, left to right, widths proportional to the counts."""
        bar = self.bar_rect()
        total = self.total
        x = bar.left()
        out = []
        for part in self.parts:
            width = bar.width() * part.count / total if total else 0.0
            out.append(QRectF(x, bar.top(), width, bar.height()))
            x += width
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            bar = self.bar_rect()
            track = QColor(_muted(self))
            track.setAlpha(50)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(bar, 3, 3)
            painter.setClipRect(bar)
            for part, rect in zip(self.parts, self.segment_rects(), strict=True):
                if rect.width() > 0:
                    painter.fillRect(rect, part.color)
            painter.setClipping(False)
            self._paint_focus(painter)
        finally:
            painter.end()

    def tooltip_at(self, pos: QPointF) -> str:
        total = self.total
        if not total:
            return self.empty_text
        lines = [
            f"{part.label}: {number(part.count)} ({percent(part.count / total)})" for part in self.parts if part.count
        ]
        return "<br>".join(lines)
