"""Inline messages: a one-line notice (result of an action, an error in plain words) and an empty state."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from wadesk.ui import icons, theme


class Notice(QWidget):
    """A message in a rounded box; ``error`` notices stay until closed, others fade after a while."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None, *, hide_after_ms: int = 8000) -> None:
        super().__init__(parent)
        self.setObjectName("Notice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._icon = QLabel()
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        close = QPushButton("✕")
        close.setProperty("flat", True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hide_after_ms)
        self._timer.timeout.connect(self.dismiss)
        self.setVisible(False)

    @property
    def text(self) -> str:
        return self._text.text()

    @property
    def tone(self) -> str:
        return str(self.property("tone") or "")

    def show_message(self, text: str, tone: str = "info") -> None:
        """``tone``: ``info``, ``ok`` or ``error``."""
        colors = theme.current()
        name, color = {"ok": ("ok", colors.ok), "error": ("error", colors.bad)}.get(tone, ("info", colors.info))
        self._icon.setPixmap(icons.pixmap(name, 18, color, self.devicePixelRatioF()))
        self._text.setText(text)
        self.setProperty("tone", tone)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(True)
        if tone == "error":
            self._timer.stop()
        else:
            self._timer.start()

    def dismiss(self) -> None:
        self._timer.stop()
        self.setVisible(False)
        self.closed.emit()


class EmptyState(QWidget):
    """A centred picture, a title, a sentence and an optional button: what to do when there is nothing yet."""

    def __init__(
        self, icon_name: str, title: str, text: str, button: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        picture = QLabel()
        picture.setPixmap(icons.pixmap(icon_name, 56, theme.current().muted, 2.0))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(title)
        self.title.setObjectName("EmptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QLabel(text)
        self.body.setObjectName("EmptyText")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # At most 460 wide, narrower in a small window; centred widgets get no height-for-width, so the
        # height is the one the narrowest width needs.
        self.body.setMaximumWidth(460)
        self.body.setMinimumWidth(240)
        self.body.setMinimumHeight(self.body.heightForWidth(240))
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(picture)
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 0, Qt.AlignmentFlag.AlignHCenter)
        self.button: QPushButton | None = None
        if button:
            self.button = QPushButton(button)
            self.button.setProperty("primary", True)
            layout.addSpacing(12)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
