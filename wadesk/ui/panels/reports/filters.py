"""The Messages tab's filters: words, device, campaign, status and a span of days (or dates of one's own).

``MessageFilters.changed`` is emitted when the user changes any of them (typing pauses first); ``filter(now)``
is what they say as a ``MessageFilter``, the days counted in the user's time zone from ``now``.
The device and campaign lists are read off the window's thread (``reload_choices``), again when accounts or
campaigns change.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from wadesk.domain.models import Account
from wadesk.domain.status import DeliveryStatus
from wadesk.services.history import MessageFilter, Period, period_bounds
from wadesk.ui.context import UiContext
from wadesk.ui.models.messages import status_words
from wadesk.ui.tasks import Tasks

SEARCH_DELAY_MS = 250  # typing pauses this long before the table is filtered
CUSTOM = "custom"
NEEDS_ATTENTION = "attention"
_ATTENTION = frozenset({DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN})


@dataclass(frozen=True)
class Choices:
    accounts: list[Account]
    removed: list[Account]  # removed accounts: their messages stay in the history
    campaigns: list[tuple[int, str]]  # id, name


class FilterCombo(QComboBox):
    """A filter's list, as wide as its first entry ("All devices", longer in Indonesian) where the window has the
    room; narrower in a small window (its minimum is three letters').  A longer name chosen is cut."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self.count():
            return hint
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = QSize(self.fontMetrics().horizontalAdvance(self.itemText(0)), hint.height())
        wanted = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
        return QSize(max(hint.width(), wanted.width()), hint.height())


class SearchField(QLineEdit):
    """The search box: while the window has the room, as wide as its placeholder (the filters beside it expand
    alike)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()  # 17 "x" wide, with the frame, margins and clear button around them
        metrics = self.fontMetrics()
        wanted = hint.width() - 17 * metrics.horizontalAdvance("x") + metrics.horizontalAdvance(self.placeholderText())
        return QSize(max(hint.width(), wanted), hint.height())


class MessageFilters(QWidget):
    changed = Signal()  # the filter changed
    chosen = Signal()  # the lists of devices and campaigns were read again

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._tasks = Tasks(self)
        self._filling = False
        self.accounts: dict[int, Account] = {}  # the accounts in use, by id (what the actions may ask)

        self.search = SearchField()
        self.search.setPlaceholderText(self.tr("Search number, name, text"))
        self.search.setAccessibleName(self.tr("Search messages"))
        self.search.setClearButtonEnabled(True)
        clear = self.search.findChild(QAction, "_q_qlineeditclearaction")
        if clear is not None:
            clear.setToolTip(self.tr("Clear the search"))
        self.search.setMinimumWidth(90)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._apply_now)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)

        self.device = self._combo(self.tr("Device"))
        self.device.addItem(self.tr("All devices"), None)
        self.campaign = self._combo(self.tr("Campaign"))
        self.campaign.addItem(self.tr("All campaigns"), None)
        self.status = self._combo(self.tr("Status"))
        self.status.addItem(self.tr("Any status"), None)
        self.status.addItem(self.tr("Failed or to check"), NEEDS_ATTENTION)
        for status in DeliveryStatus:
            self.status.addItem(status_words(status), str(status))
        self.period = self._combo(self.tr("When"))
        for text, value in (
            (self.tr("All time"), Period.ALL),
            (self.tr("Today"), Period.TODAY),
            (self.tr("Last 7 days"), Period.WEEK),
            (self.tr("Last 30 days"), Period.MONTH),
            (self.tr("Dates…"), CUSTOM),
        ):
            self.period.addItem(text, str(value))
        self.period.currentIndexChanged.connect(self._period_picked)

        today = QDate.currentDate()
        self.first_day = self._date(self.tr("From"), today.addDays(-6))
        self.last_day = self._date(self.tr("To"), today)
        self.dates_label = QLabel(self.tr("to"))
        self.dates_label.setObjectName("Muted")
        self.dates = QWidget()
        dates = QHBoxLayout(self.dates)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.setSpacing(6)
        dates.addWidget(self.first_day)
        dates.addWidget(self.dates_label)
        dates.addWidget(self.last_day)
        self.dates.setVisible(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search)
        for combo in (self.device, self.campaign, self.status, self.period):
            # No stretch factor (it would share the room regardless of what each needs): every filter expands
            # alike, none below what its first entry needs while the window has the room.
            layout.addWidget(combo)
        # ``dates`` (shown for "Dates…") is placed by the view, on the line below: this one has no room for it.

    def _combo(self, name: str) -> QComboBox:
        combo = FilterCombo()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(3)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.currentIndexChanged.connect(self._picked)
        return combo

    def _date(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        edit.setDisplayFormat("d MMM yyyy")
        edit.dateChanged.connect(self._picked)
        return edit

    # -- what the user picked ----------------------------------------------------------

    def _typed(self) -> None:
        self._timer.start()

    def _apply_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def _picked(self) -> None:
        if not self._filling:
            self._apply_now()

    def _period_picked(self) -> None:
        self.dates.setVisible(self.period.currentData() == CUSTOM)

    def filter(self, now: datetime) -> MessageFilter:
        """What the controls say, "today" being the day of ``now`` (aware) in the user's time zone."""
        local = now.astimezone()
        picked = self.period.currentData()
        if picked == CUSTOM:
            first, last = sorted((_day(self.first_day.date()), _day(self.last_day.date())))
            since: datetime | None = datetime.combine(first, time(), tzinfo=local.tzinfo)
            until: datetime | None = datetime.combine(last + timedelta(days=1), time(), tzinfo=local.tzinfo)
        else:
            since, until = period_bounds(Period(picked), local)
        status = self.status.currentData()
        statuses = _ATTENTION if status == NEEDS_ATTENTION else frozenset({DeliveryStatus(status)}) if status else None
        return MessageFilter(
            text=self.search.text().strip(),
            account_id=self.device.currentData(),
            campaign_id=self.campaign.currentData(),
            statuses=statuses or frozenset(),
            since=since,
            until=until,
        )

    def set_status(self, status: DeliveryStatus | None) -> None:
        """Show only ``status`` (None: any)."""
        self._select(self.status, None if status is None else str(status))

    def set_campaign(self, campaign_id: int | None) -> None:
        """Show only this campaign's messages, of any time (None: every campaign)."""
        self._filling = True
        try:
            self._select(self.campaign, campaign_id, add=True)
            self.period.setCurrentIndex(self.period.findData(str(Period.ALL)))
        finally:
            self._filling = False
        self._apply_now()

    def clear(self) -> None:
        """Every message again."""
        self._filling = True
        try:
            self.search.clear()
            for combo in (self.device, self.campaign, self.status, self.period):
                combo.setCurrentIndex(0)
        finally:
            self._filling = False
        self._apply_now()

    def _select(self, combo: QComboBox, value: object, *, add: bool = False) -> None:
        index = combo.findData(value)
        if index < 0 and add:
            combo.addItem(self.tr("Campaign %1").replace("%1", str(value)), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    # -- the lists of devices and campaigns ----------------------------------------------

    def reload_choices(self) -> None:
        self._tasks.start(asyncio.to_thread(self._read_choices), done=self._fill)

    def _read_choices(self) -> Choices:
        campaigns = [(c.id, c.name) for c in reversed(self.ctx.store.outbox.campaigns())]
        return Choices(self.ctx.accounts.list(), self.ctx.store.accounts.list(removed=True), campaigns)

    def _fill(self, choices: Choices) -> None:
        self._filling = True
        try:
            self.accounts = {a.id: a for a in choices.accounts}
            removed = self.tr("%1 (removed)")
            devices = [(a.id, a.name) for a in choices.accounts]
            devices += [(a.id, removed.replace("%1", a.name)) for a in choices.removed]
            _refill(self.device, devices)
            _refill(self.campaign, choices.campaigns)
        finally:
            self._filling = False
        self.chosen.emit()

    def shutdown(self) -> None:
        self._timer.stop()
        self._tasks.cancel_all()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _refill(combo: QComboBox, items: list[tuple[int, str]]) -> None:
    """Keep the first entry ("All …") and the one chosen (if it is still there)."""
    chosen = combo.currentData()
    while combo.count() > 1:
        combo.removeItem(1)
    for value, text in items:
        combo.addItem(text, value)
    index = combo.findData(chosen)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.setItemData(0, combo.itemText(0), Qt.ItemDataRole.ToolTipRole)
