"""How often a scheduled message comes back: never, every day, every week on its weekday, every month on its day
(or the month's last day) — until a date, a number of times, or for good.

The choices follow the date chosen above them ("Every week on Thursday", "Every month on the 31st"); ``rule``
gives the ``Rule`` the series service keeps (``None``: it does not repeat).
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from wadesk.domain.recurrence import LAST_DAY, Frequency, Rule

NEVER, DAILY, WEEKLY, MONTHLY, MONTH_END = "never", "daily", "weekly", "monthly", "month-end"
FOREVER, UNTIL, TIMES = "forever", "until", "times"
MAX_TIMES = 1000


class RepeatChoice(QWidget):
    """A "Repeat" line under the schedule's date; ``changed`` when a choice changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = date(2000, 1, 1)
        self.how = QComboBox()
        self.how.setAccessibleName(self.tr("Repeat"))
        self.ends = QComboBox()
        self.ends.setAccessibleName(self.tr("Repeat until"))
        self.ends.addItem(self.tr("for good"), FOREVER)
        self.ends.addItem(self.tr("until a date"), UNTIL)
        self.ends.addItem(self.tr("a number of times"), TIMES)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("Last day"))
        self.until.setDisplayFormat("d MMM yyyy")
        self.times = QSpinBox()
        self.times.setRange(1, MAX_TIMES)
        self.times.setValue(6)
        self.times.setSuffix(self.tr(" times"))
        self.times.setAccessibleName(self.tr("How many times"))
        for box in (self.how, self.ends):
            box.currentIndexChanged.connect(self._chosen)
        self.until.dateChanged.connect(self.changed)
        self.times.valueChanged.connect(self.changed)
        end_row = QHBoxLayout()
        end_row.setContentsMargins(0, 0, 0, 0)
        end_row.addWidget(self.ends, 1)
        end_row.addWidget(self.until, 1)
        end_row.addWidget(self.times, 1)
        self.end_line = QWidget()
        self.end_line.setLayout(end_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.how)
        layout.addWidget(self.end_line)
        self.set_day(self._day)
        self._chosen()

    def set_day(self, day: date) -> None:
        """The first day: the choices name its weekday and its day of the month."""
        self._day = day
        current = self.how.currentData() or NEVER
        locale = QLocale()
        weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        self.how.blockSignals(True)
        self.how.clear()
        self.how.addItem(self.tr("Does not repeat"), NEVER)
        self.how.addItem(self.tr("Every day"), DAILY)
        self.how.addItem(self.tr("Every week on %1").replace("%1", weekday), WEEKLY)
        self.how.addItem(self.tr("Every month on day %1").replace("%1", str(day.day)), MONTHLY)
        if day.day == calendar.monthrange(day.year, day.month)[1]:
            self.how.addItem(self.tr("Every month on its last day"), MONTH_END)
        index = self.how.findData(current)
        self.how.setCurrentIndex(max(index, 0))
        self.how.blockSignals(False)
        if self.until.date() < QDate(day.year, day.month, day.day):
            self.until.setDate(QDate(day.year, day.month, day.day).addMonths(6))
        self.until.setMinimumDate(QDate(day.year, day.month, day.day))
        self._chosen()

    def _chosen(self) -> None:
        repeats = self.how.currentData() not in (None, NEVER)
        self.end_line.setVisible(repeats)
        self.until.setVisible(self.ends.currentData() == UNTIL)
        self.times.setVisible(self.ends.currentData() == TIMES)
        self.changed.emit()

    def repeats(self) -> bool:
        return self.how.currentData() not in (None, NEVER)

    def rule(self, first: datetime, zone: tzinfo) -> Rule | None:
        """The rule for a first time ``first`` (wall clock in ``zone``), or None when it does not repeat."""
        how = self.how.currentData()
        if how in (None, NEVER):
            return None
        local = first.astimezone(zone)
        ends = self.ends.currentData()
        until = self.until.date().toPython() if ends == UNTIL else None
        count = self.times.value() if ends == TIMES else None
        return Rule(
            frequency=Frequency.DAILY if how == DAILY else Frequency.WEEKLY if how == WEEKLY else Frequency.MONTHLY,
            start=local.date(),
            at=local.time().replace(second=0, microsecond=0, tzinfo=None),
            zone=zone,
            weekdays=frozenset({local.weekday()}) if how == WEEKLY else frozenset(),
            day=LAST_DAY if how == MONTH_END else local.day if how == MONTHLY else None,
            until=until if isinstance(until, date) else None,
            count=count,
        )
