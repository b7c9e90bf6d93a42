"""The banner of missed schedules: local ones whose time passed while wadesk was closed.

They are never sent silently: each waits for **Send now** or **Skip**.  The
first few are listed with their buttons; the rest follow once these are decided.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wadesk.services.calendar import CalendarEntry
from wadesk.ui import theme
from wadesk.ui.format import number
from wadesk.ui.panels.scheduler.agenda import clock_words, day_words, preview_words, recipient_words

SHOWN = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scheduler", text)


class MissedBanner(QFrame):
    send_now = Signal(str)  # an entry's key
    skip = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MissedBanner")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 10, 14, 10)
        self._layout.setSpacing(6)
        self.title = QLabel()
        self.title.setObjectName("SectionTitle")
        self.title.setWordWrap(True)
        self._layout.addWidget(self.title)
        self.rows: list[tuple[str, QWidget, QPushButton, QPushButton]] = []
        self.more = QLabel()
        self.more.setWordWrap(True)
        self._restyle()
        self.setVisible(False)

    def _restyle(self) -> None:
        c = theme.current()
        self.setStyleSheet(
            f"#MissedBanner {{ background: {c.banner_bg}; border: 1px solid {c.banner_border}; border-radius: 8px; }}"
            f"#MissedBanner QLabel {{ color: {c.banner_text}; }}"
        )

    def show_missed(self, missed: Sequence[CalendarEntry], names: Callable[[int], str], tz: tzinfo) -> None:
        for _key, holder, _now, _skip in self.rows:
            holder.setParent(None)
            holder.deleteLater()
        self.rows = []
        self.more.setParent(None)
        self.setVisible(bool(missed))
        if not missed:
            return
        self._restyle()
        count = sum(e.count for e in missed)
        self.title.setText(
            (
                _tr("1 scheduled message was due while wadesk was closed. It is not sent until you choose.")
                if count == 1
                else _tr("%1 scheduled messages were due while wadesk was closed. None is sent until you choose.")
            ).replace("%1", number(count))
        )
        for entry in missed[:SHOWN]:
            when = entry.at.astimezone(tz)
            label = QLabel(
                _tr("Due %1 at %2 · %3 · to %4 · “%5”")
                .replace("%1", day_words(when.date()))
                .replace("%2", clock_words(when))
                .replace("%3", names(entry.account_id))
                .replace("%4", recipient_words(entry))
                .replace("%5", preview_words(entry))
            )
            label.setWordWrap(True)
            label.setMinimumWidth(120)
            label.setToolTip(label.text())
            now_button = QPushButton(_tr("Send now"))
            now_button.setToolTip(_tr("Send it now, late"))
            skip_button = QPushButton(_tr("Skip"))
            skip_button.setToolTip(_tr("Do not send it"))
            now_button.clicked.connect(lambda _=False, key=entry.key: self.send_now.emit(key))
            skip_button.clicked.connect(lambda _=False, key=entry.key: self.skip.emit(key))
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(8)
            line.addWidget(label, 1)
            line.addWidget(now_button, 0, Qt.AlignmentFlag.AlignVCenter)
            line.addWidget(skip_button, 0, Qt.AlignmentFlag.AlignVCenter)
            self._layout.addWidget(holder)
            self.rows.append((entry.key, holder, now_button, skip_button))
        if len(missed) > SHOWN:
            self.more.setText(_tr("%1 more after these.").replace("%1", number(len(missed) - SHOWN)))
            self._layout.addWidget(self.more)

    def buttons_for(self, key: str) -> tuple[QPushButton, QPushButton] | None:
        for row_key, _label, now_button, skip_button in self.rows:
            if row_key == key:
                return now_button, skip_button
        return None
