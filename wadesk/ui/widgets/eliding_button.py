"""A button whose words shorten with an ellipsis when its row is narrow, the whole text in its tooltip.

For a button that names something of the user's (a device called "Klinik
Sehat Sentosa - Cabang Surabaya Timur"): its full name would otherwise set the
whole row's minimum width and push the row's other controls out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import QPushButton, QWidget

from wadesk.ui.widgets.button_row import button_size

SHORTEST = "Klinik Seh…"  # the least a name is cut to: enough to tell one device from another


class ElidingButton(QPushButton):
    def __init__(self, icon: QIcon, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(icon, "", parent)
        self._whole = ""
        self.hint = ""  # the tooltip while the whole text shows (when it is cut, the tooltip is the whole text)
        self.set_whole_text(text)

    def whole_text(self) -> str:
        return self._whole

    def set_whole_text(self, text: str) -> None:
        self._whole = text
        self.setAccessibleDescription(text)
        self.updateGeometry()
        self._elide()

    def sizeHint(self) -> QSize:
        return button_size(self, self._whole)

    def minimumSizeHint(self) -> QSize:
        return button_size(self, SHORTEST)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.width() - button_size(self, "").width()
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, max(room, 0))
        if shown != self.text():
            super().setText(shown)
        self.setToolTip(self._whole if shown != self._whole else self.hint)
