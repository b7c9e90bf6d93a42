"""“Change time…”: a new date and time for a scheduled send, in this computer's time zone (said beside it)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget


class DateTimeField(QDateTimeEdit):
    """A date and time whose parts are chosen with the arrow keys or the mouse; Tab leaves it (never a trap)."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class ChangeTimeDialog(QDialog):
    def __init__(self, what: str, at: datetime, tz: tzinfo, zone_words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change time"))
        self._tz = tz
        local = at.astimezone(tz)
        lead = QLabel(what)
        lead.setWordWrap(True)
        lead.setFixedWidth(400)
        self.edit = DateTimeField(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))
        self.edit.setDisplayFormat("dddd d MMMM yyyy  HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(self.tr("New date and time"))
        zone = QLabel(zone_words)
        zone.setObjectName("Muted")
        zone.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(self.tr("Move"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # wrapped lines keep their height
        layout.addWidget(lead)
        layout.addWidget(self.edit)
        layout.addWidget(zone)
        layout.addWidget(buttons)

    def when(self) -> datetime:
        """The chosen time, aware, in the zone the dialog shows."""
        chosen = self.edit.dateTime()
        day, time = chosen.date(), chosen.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=self._tz)

    def set_when(self, at: datetime) -> None:
        local = at.astimezone(self._tz)
        self.edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))
