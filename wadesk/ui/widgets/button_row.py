"""A row of buttons that shows only their icons when the window is too narrow for their words.

The words stay in each button's tooltip (and accessible name), so a narrow
window or a 2× screen never cuts a label ("Disconnec"): each button either
shows its whole text or none of it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStyle, QStyleOptionButton, QWidget


def button_size(button: QPushButton, text: str) -> QSize:
    """The size ``button`` asks for with ``text`` (empty: its icon alone), measured as Qt's own size hint does."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.text = text
    width = height = 0
    if not option.icon.isNull():
        width = option.iconSize.width() + (4 if text else 0)
        height = option.iconSize.height()
    if text or not width:
        shown = button.fontMetrics().size(int(Qt.TextFlag.TextShowMnemonic), text or "XXXX")
        width += shown.width()
        height = max(height, shown.height())
    if button.menu() is not None:  # the arrow of a button that opens a menu, as QPushButton.sizeHint counts it
        option.rect.setSize(QSize(width, height))
        width += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    return button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, QSize(width, height), button)


class ButtonRow(QWidget):
    """Buttons side by side; below their full width, each shows its icon only (its words in the tooltip)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(spacing)
        self._buttons: list[tuple[QPushButton, str]] = []
        self._gaps = 0
        self.compact = False

    def add(self, button: QPushButton) -> QPushButton:
        self._row.addWidget(button)
        self._buttons.append((button, button.text()))
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", ""))
        return button

    def add_gap(self, width: int) -> None:
        self._row.addSpacing(width)
        self._gaps += width

    def _width(self, compact: bool) -> int:
        shown = [b for b, _ in self._buttons if not b.isHidden()]
        spacing = self._row.spacing() * max(0, len(shown) - 1) + self._gaps
        return spacing + sum(button_size(b, "" if compact else text).width() for b, text in self._buttons if b in shown)

    def sizeHint(self) -> QSize:
        return QSize(self._width(False), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width(True), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.set_compact(event.size().width() < self._width(False))

    def set_compact(self, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        for button, text in self._buttons:
            button.setText("" if compact else text)
