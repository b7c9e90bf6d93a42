"""A table cell with a title and a smaller second line (an account and its gateway, a status and its note)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from wadesk.ui import theme

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 10
SUBTITLE_COLOR_ROLE = Qt.ItemDataRole.UserRole + 11

PADDING = 10
ICON = 12


class TwoLineDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(120, metrics.height() * 2 + 14)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        title = opt.text
        opt.text = ""
        opt.icon = QIcon()
        opt.state &= ~QStyle.StateFlag.State_HasFocus  # the whole row shows the selection; no cell frame
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect
        left = rect.left() + PADDING
        decoration = index.data(Qt.ItemDataRole.DecorationRole)
        font: QFont = opt.font
        metrics = QFontMetrics(font)
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.88))
        small.setWeight(QFont.Weight.Normal)
        small_metrics = QFontMetrics(small)
        total = metrics.height() + 2 + small_metrics.height()
        top = rect.top() + (rect.height() - total) // 2

        painter.save()
        if isinstance(decoration, QIcon):
            icon_top = top + (metrics.height() - ICON) // 2
            decoration.paint(painter, QRect(left, icon_top, ICON, ICON))
            left += ICON + 6
        width = max(0, rect.right() - PADDING - left)

        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        palette: QPalette = opt.palette
        color = foreground if isinstance(foreground, QColor) else palette.color(QPalette.ColorRole.Text)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(
            QRect(left, top, width, metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, width),
        )
        subtitle = index.data(SUBTITLE_ROLE)
        if isinstance(subtitle, str) and subtitle:
            sub_color = index.data(SUBTITLE_COLOR_ROLE)
            painter.setFont(small)
            painter.setPen(sub_color if isinstance(sub_color, QColor) else QColor(theme.current().muted))
            painter.drawText(
                QRect(left, top + metrics.height() + 2, width, small_metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                small_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, width),
            )
        painter.restore()
