"""A button whose words shorten with an ellipsis when its row is narrow, the whole text in its tooltip.

For a button that names something of the user's (a device called "Klinik
Sehat Sentosa - Cabang Surabaya Timur"): its full name would otherwise set the
whole row's minimum width and push the row's other controls out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from wadesk.ui.widgets.button_row import button_size

SHORTEST = "Klinik Seh…"  # the least a name is cut to: enough to tell one device from another


class ElidingButton(QPushButton):
    def __init__(self, icon: QIcon, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(icon, "", parent)
        # A push button's own policy makes its size hint (the whole text) its least width; this one may shrink.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
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
        """What the words shown need; its row's stretch gives it more, and then it shows more of them."""
        return button_size(self, self.text() or self._whole)

    def minimumSizeHint(self) -> QSize:
        return button_size(self, SHORTEST)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        room = self.width() - button_size(self, "").width()
        shown = metrics.elidedText(self._whole, Qt.TextElideMode.ElideRight, max(room, 0))
        while shown and button_size(self, shown).width() > self.width():  # the gap beside the icon, the padding
            room -= 4
            shown = metrics.elidedText(self._whole, Qt.TextElideMode.ElideRight, max(room, 0))
        if shown != self.text():
            super().setText(shown)
            self.updateGeometry()
        self.setToolTip(self._whole if shown != self._whole else self.hint)
