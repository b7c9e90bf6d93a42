"""The Scheduler panel: one calendar of everything that will be sent, on every gateway.

The month (``month.MonthView``) counts each day's messages by device, marks a
day over a device's daily cap and draws campaigns' sending windows as bands;
the agenda (``agenda.AgendaList``) lists the selected day's or week's sends.
A new message starts in the Composer at the chosen day and a sensible time; a
send is moved by dragging it onto another day or with "Change time…", its
words changed with "Edit text…", and cancelled after a question — all through ``ScheduleService``, which reschedules
on the gateway where it can (Wablas) and in wadesk otherwise.

"Edit text…" is offered for a send whose words can change: one that is not a
campaign's (a campaign's messages are personalised), a text or a media message's
caption, held by wadesk or by a gateway that can edit its schedules.  A send to
several people (held by wadesk, one text) gets the new text for all of them.  Missed
schedules stand at the top until the user sends or skips each.

The calendar is read off the event loop (``services.calendar.read_calendar``)
after each burst of change events, one read at a time.  Its entries come from
sources: the scheduled messages, plus whatever ``sources`` holds — recurring
series add their upcoming occurrences there.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Coroutine, Sequence
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.errors import WadeskError, describe
from wadesk.domain.zones import local_zone, zone_key
from wadesk.services.calendar import (
    CalendarEntry,
    CalendarSnapshot,
    CampaignWindow,
    EntrySource,
    read_calendar,
    series_entries,
)
from wadesk.services.events import (
    AccountsChanged,
    CampaignsChanged,
    Event,
    MessagesChanged,
    SchedulesChanged,
    SettingsChanged,
)
from wadesk.services.settings import SettingsFile
from wadesk.ui import icons
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.i18n import say
from wadesk.ui.panels.base import ComposeAt, Panel
from wadesk.ui.panels.scheduler.agenda import NEW_SLOT, AgendaList, AgendaRow, day_words, entry_row
from wadesk.ui.panels.scheduler.change_time import ChangeTimeDialog
from wadesk.ui.panels.scheduler.edit_text import EditTextDialog
from wadesk.ui.panels.scheduler.legend import Legend, device_color
from wadesk.ui.panels.scheduler.missed import MissedBanner
from wadesk.ui.panels.scheduler.month import Band, DayMarks, MonthView, add_months
from wadesk.ui.panels.scheduler.slots import same_time_on, sensible_time
from wadesk.ui.tasks import Tasks
from wadesk.ui.widgets.notice import Notice

FOLLOWS = (MessagesChanged, SchedulesChanged, CampaignsChanged, AccountsChanged, SettingsChanged)
RELOAD_MS = 150  # a burst of changes is read once


class SchedulerPanel(Panel):
    def __init__(self, ctx: UiContext, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self.tz = local_zone()
        self.sources: list[EntrySource] = []  # more entries for the calendar (recurring series' occurrences)
        if ctx.series is not None:
            series = ctx.series
            self.sources.append(lambda: series_entries(series, self.ctx.clock.now()))
        self._tasks = Tasks(self)
        self._closed = False
        self._loading = False
        self._again = False
        self._stale = True
        self.snapshot: CalendarSnapshot | None = None
        self.confirm_box: QMessageBox | None = None
        self.time_dialog: ChangeTimeDialog | None = None
        self.text_dialog: EditTextDialog | None = None
        self._pending_cancel: tuple[str, ...] = ()
        self.busy_keys: set[str] = set()
        today = self._today()

        # -- header ------------------------------------------------------------------
        title = QLabel(self.tr("Scheduler"))
        title.setObjectName("PanelTitle")
        subtitle = QLabel(self.tr("Everything that will go out later, on every device, on one calendar."))
        subtitle.setObjectName("PanelSubtitle")
        subtitle.setWordWrap(True)
        subtitle.setMinimumWidth(160)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(subtitle)
        # No shortcut of its own: Ctrl+N is File > Add account… everywhere in the window.
        self.new_button = QPushButton(icons.icon("add", "#ffffff"), self.tr("New message…"))
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Write a message to send on the selected day"))
        self.new_button.clicked.connect(self.new_message)
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        header.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.zone_label = QLabel(self._zone_words())
        self.zone_label.setObjectName("Muted")
        self.zone_label.setWordWrap(True)
        self.missed = MissedBanner()
        self.missed.send_now.connect(partial(self.decide_missed, send_now=True))
        self.missed.skip.connect(partial(self.decide_missed, send_now=False))
        self.notice = Notice()

        # -- month -------------------------------------------------------------------------
        self.previous_button = QPushButton("‹")
        self.previous_button.setToolTip(self.tr("Previous month (Page Up)"))
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.previous_button.setFixedWidth(34)
        self.previous_button.clicked.connect(partial(self._step_month, -1))
        self.next_button = QPushButton("›")
        self.next_button.setToolTip(self.tr("Next month (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setFixedWidth(34)
        self.next_button.clicked.connect(partial(self._step_month, 1))
        self.month_label = QLabel()
        self.month_label.setObjectName("SectionTitle")
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today"))
        self.today_button.clicked.connect(self._go_today)
        navigation = QHBoxLayout()
        navigation.setSpacing(6)
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.month_label, 1)
        navigation.addWidget(self.today_button)
        navigation.addWidget(self.next_button)
        self.month = MonthView(today)
        self.month.selected_changed.connect(self._day_changed)
        self.month.activated.connect(self._month_activated)
        self.month.double_clicked.connect(self._month_double_clicked)
        self.month.dropped.connect(self.move_to_day)
        self.legend = Legend()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.setSpacing(8)
        left_layout.addLayout(navigation)
        left_layout.addWidget(self.month, 1)
        left_layout.addWidget(self.legend)

        # -- agenda --------------------------------------------------------------------------
        self.agenda_title = QLabel()
        self.agenda_title.setObjectName("SectionTitle")
        self.agenda_title.setMinimumWidth(80)
        self.agenda_title.setWordWrap(True)
        self.span_box = QComboBox()
        self.span_box.addItem(self.tr("Day"), "day")
        self.span_box.addItem(self.tr("Week"), "week")
        self.span_box.setAccessibleName(self.tr("Show the day or the week"))
        self.span_box.currentIndexChanged.connect(lambda _i: self._show_agenda())
        agenda_head = QHBoxLayout()
        agenda_head.addWidget(self.agenda_title, 1)
        agenda_head.addWidget(self.span_box)
        self.day_notes = QLabel()
        self.day_notes.setWordWrap(True)
        self.day_notes.setObjectName("Muted")
        self.day_notes.setVisible(False)
        self.agenda = AgendaList()
        self.agenda.itemActivated.connect(lambda _item: self._agenda_activated())
        self.agenda.currentItemChanged.connect(lambda *_: self._update_actions())
        self.agenda.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agenda.customContextMenuRequested.connect(self._agenda_menu)
        self.agenda.installEventFilter(self)
        self.change_button = QPushButton(icons.icon("clock"), self.tr("Change time…"))
        self.change_button.setToolTip(self.tr("Give the selected send a new date and time"))
        self.change_button.clicked.connect(self.change_time)
        self.edit_button = QPushButton(icons.icon("edit"), self.tr("Edit text…"))
        self.edit_button.setToolTip(self.tr("Change the words of the selected send; its time stays"))
        self.edit_button.clicked.connect(self.edit_text)
        self.cancel_button = QPushButton(icons.icon("remove"), self.tr("Cancel send…"))
        self.cancel_button.setToolTip(self.tr("Cancel the selected send (Delete)"))
        self.cancel_button.setProperty("danger", True)
        self.cancel_button.clicked.connect(self.cancel_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.change_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.setSpacing(8)
        right_layout.addLayout(agenda_head)
        right_layout.addWidget(self.day_notes)
        right_layout.addWidget(self.agenda, 1)
        right_layout.addLayout(actions)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 6)
        self.splitter.setStretchFactor(1, 5)
        self.remember("splitter", self.splitter)

        # In a scroll area: a small window (half a laptop screen) scrolls the page instead of cutting it.
        page = QWidget()
        page.setObjectName("SchedulerPage")
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.missed)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._day_timer = QTimer(self)  # past midnight: a new today, and the empty slot moves on
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()
        self._show_month_title()
        self._show_agenda()
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab in reading order: the missed schedules' buttons (made as they come) right after the header."""
        missed = [button for _key, _row, *buttons in self.missed.rows for button in buttons]
        chain = [
            self.new_button,
            *missed,
            *self.notice.findChildren(QPushButton),
            self.previous_button,
            self.today_button,
            self.next_button,
            self.span_box,
            self.month,
            self.agenda,
            self.change_button,
            self.edit_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- reading -----------------------------------------------------------------------

    def _today(self) -> date:
        return self.ctx.clock.now().astimezone(self.tz).date()

    def _zone_words(self) -> str:
        key = zone_key(self.tz)
        short = self.ctx.clock.now().astimezone(self.tz).tzname() or ""
        if self.ctx.clock.now().astimezone(self.tz).utcoffset() == timedelta(0) and key in ("UTC", "Etc/UTC", "GMT"):
            named = self.tr("universal time")  # "UTC" reads as a developer's word
        elif short and short != key and not short.startswith(("+", "-")):
            named = f"{key} ({short})"
        else:
            named = key
        return self.tr("Times in %1, this computer's time zone").replace("%1", named)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def on_changes(self, events: Sequence[Event]) -> None:
        if not any(isinstance(event, FOLLOWS) for event in events):
            return
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def reload(self) -> None:
        """Read the calendar again (off the event loop); a change during a read reads once more after it."""
        if self._closed:
            return
        if self._loading:
            self._again = True
            return
        self._loading, self._again, self._stale = True, False, False
        self._tasks.start(asyncio.to_thread(self._read), done=self._loaded, failed=self._load_failed)

    def _read(self) -> CalendarSnapshot:
        schedules = self.ctx.schedules
        if schedules is None:
            return CalendarSnapshot([], [], [], self.ctx.clock.now())
        return read_calendar(
            self.ctx.store,
            self.ctx.accounts,
            schedules,
            self.ctx.clock.now(),
            default_pace=SettingsFile(self.ctx.home).load().pace,
            sources=list(self.sources),
        )

    def _loaded(self, snapshot: CalendarSnapshot) -> None:
        self._loading = False
        self.snapshot = snapshot
        self._show_snapshot()
        if self._again:
            self.reload()

    def _load_failed(self, words: str) -> None:
        self._loading = False
        self.notice.show_message(self.tr("The calendar could not be read: %1").replace("%1", words), "error")
        if self._again:
            self.reload()

    def _check_day(self) -> None:
        if self.isVisible() and self._today() != self.month.today:
            self.reload()
        elif self._today() != self.month.today:
            self._stale = True

    @property
    def loading(self) -> bool:
        return self._loading or self._reload_timer.isActive()

    # -- showing -----------------------------------------------------------------------

    def colors(self) -> dict[int, QColor]:
        snapshot = self.snapshot
        devices = snapshot.devices if snapshot is not None else []
        return {device.account_id: device_color(index) for index, device in enumerate(devices)}

    def _device_name(self, account_id: int) -> str:
        device = self.snapshot.device(account_id) if self.snapshot is not None else None
        return device.name if device is not None else self.tr("a removed account")

    def _show_snapshot(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        colors = self.colors()
        today = self._today()
        marks: dict[date, DayMarks] = {}
        over: dict[date, list[str]] = {}
        for (account_id, day), count in snapshot.over_cap.items():
            device = snapshot.device(account_id)
            if device is not None:
                over.setdefault(day, []).append(
                    self.tr("%1 has %2 planned, more than its %3 a day: the rest waits for the next day.")
                    .replace("%1", device.name)
                    .replace("%2", str(count))
                    .replace("%3", str(device.daily_cap))
                )
        for day, counts in snapshot.per_day(self.tz).items():
            chips = [(colors.get(a, QColor("#7b8682")), n) for a, n in counts.items()]
            tip = "\n".join(
                self.tr("%1: %2 message(s)").replace("%1", self._device_name(a)).replace("%2", str(n))
                for a, n in counts.items()
            )
            sending = [self._window_words(w) for w in snapshot.windows if self._in_window(w, day)]
            marks[day] = DayMarks(chips, day in over, "\n".join([tip, *over.get(day, []), *sending]))
        bands = [
            Band(
                w.first.astimezone(self.tz).date(),
                w.last.astimezone(self.tz).date(),
                colors.get(w.account_id, QColor("#7b8682")),
                w.name,
            )
            for w in snapshot.windows
        ]
        self.month.set_marks(marks, bands, today)

        used = {e.account_id for e in snapshot.entries}
        self.legend.show_items(
            [(d, colors[d.account_id]) for d in snapshot.devices if d.account_id in used],
            [(w.name, self._window_words(w), colors.get(w.account_id, QColor("#7b8682"))) for w in snapshot.windows],
        )
        self.legend.setVisible(bool(used))
        self.missed.show_missed(snapshot.missed, self._device_name, self.tz)
        self._order_tabs()
        self._show_agenda()

    def _in_window(self, window: CampaignWindow, day: date) -> bool:
        return window.first.astimezone(self.tz).date() <= day <= window.last.astimezone(self.tz).date()

    def _window_words(self, window: CampaignWindow) -> str:
        first, last = window.first.astimezone(self.tz), window.last.astimezone(self.tz)
        span = (
            self.tr("%1, %2 to %3").replace("%1", day_words(first.date())).replace("%2", f"{first:%H:%M}")
            if first.date() == last.date()
            else self.tr("%1 %2 to %3")
            .replace("%1", day_words(first.date()))
            .replace("%2", f"{first:%H:%M}")
            .replace("%3", f"{day_words(last.date())} %3")
        ).replace("%3", f"{last:%H:%M}")
        return (
            self.tr("Campaign “%1” of %2: %3 messages, expected %4 (the bar under those days).")
            .replace("%1", window.name)
            .replace("%2", self._device_name(window.account_id))
            .replace("%3", str(window.count))
            .replace("%4", span)
        )

    def _show_month_title(self) -> None:
        first = self.month.month
        self.month_label.setText(QLocale().toString(QDate(first.year, first.month, 1), "MMMM yyyy"))

    def _span(self) -> tuple[date, date]:
        day = self.month.selected
        if self.span_box.currentData() == "week":
            start = day - timedelta(days=day.weekday())
            return start, start + timedelta(days=6)
        return day, day

    def entries_shown(self) -> list[CalendarEntry]:
        if self.snapshot is None:
            return []
        first, last = self._span()
        return [e for e in self.snapshot.entries if not e.missed and first <= e.at.astimezone(self.tz).date() <= last]

    def _show_agenda(self) -> None:
        first, last = self._span()
        week = first != last
        self.agenda_title.setText(self.tr("Week of %1").replace("%1", day_words(first)) if week else day_words(first))
        colors = self.colors()
        snapshot = self.snapshot
        rows: list[AgendaRow | str] = []
        current_day: date | None = None
        for entry in self.entries_shown():
            device = snapshot.device(entry.account_id) if snapshot is not None else None
            day = entry.at.astimezone(self.tz).date()
            if week and day != current_day:
                rows.append(day_words(day))
                current_day = day
            rows.append(entry_row(entry, device, colors.get(entry.account_id, QColor("#7b8682")), self.tz))
        slot_day = max(self.month.selected, self._today())
        if sensible_time(slot_day, self.ctx.clock.now(), self.tz) is not None and first <= slot_day <= last:
            words = self.tr("New message on %1…").replace("%1", day_words(slot_day))
            rows.append(AgendaRow(NEW_SLOT, words, words, None, False))
        if not rows:
            words = self.tr("Nothing is scheduled on this day, and it has passed.")
            rows.append(words)
        self.agenda.show_rows(rows, self.agenda.current_key())
        notes = []
        if snapshot is not None:
            for (account_id, day), count in sorted(snapshot.over_cap.items(), key=lambda item: item[0][1]):
                device = snapshot.device(account_id)
                if device is not None and first <= day <= last:
                    notes.append(
                        self.tr("%1: %2 on %3, more than its %4 a day; the rest waits for the next day.")
                        .replace("%1", device.name)
                        .replace("%2", str(count))
                        .replace("%3", day_words(day))
                        .replace("%4", str(device.daily_cap))
                    )
            notes += [
                self._window_words(w)
                for w in snapshot.windows
                if any(self._in_window(w, first + timedelta(days=n)) for n in range((last - first).days + 1))
            ]
            shown = {e.account_id for e in self.entries_shown()}
            for device in snapshot.devices:
                if device.account_id in shown and device.quiet is not None:
                    notes.append(
                        self.tr("%1 sends nothing during its quiet hours, %2.")
                        .replace("%1", device.name)
                        .replace("%2", device.quiet)
                    )
        self.day_notes.setText("\n".join(notes))
        self.day_notes.setVisible(bool(notes))
        self._update_actions()

    def selected_entry(self) -> CalendarEntry | None:
        key = self.agenda.current_key()
        return self.entry(key) if key else None

    def entry(self, key: str) -> CalendarEntry | None:
        if self.snapshot is None:
            return None
        return next((e for e in self.snapshot.entries if e.key == key), None)

    def _update_actions(self) -> None:
        entry = self.selected_entry()
        actionable = entry is not None and bool(entry.message_ids) and entry.key not in self.busy_keys
        self.change_button.setEnabled(actionable and entry is not None and entry.can_move)
        self.edit_button.setEnabled(actionable and entry is not None and entry.can_edit)
        self.cancel_button.setEnabled(
            (actionable and entry is not None and entry.can_cancel) or series_of(entry) is not None
        )

    # -- selecting ------------------------------------------------------------------------

    def _day_changed(self, day: date) -> None:
        self._show_month_title()
        self._show_agenda()

    def show_busiest_day(self) -> None:
        """Select the day to come with the most sends, and show its agenda."""
        if self.snapshot is None:
            return
        today, sends = self._today(), dict[date, int]()
        for entry in self.snapshot.entries:
            day = entry.at.astimezone(self.tz).date()
            if day >= today and not entry.missed:
                sends[day] = sends.get(day, 0) + 1
        if sends:
            self.span_box.setCurrentIndex(0)
            self.month.select(max(sends, key=lambda d: (sends[d], -d.toordinal())))
            self.agenda.setFocus()

    def _step_month(self, months: int) -> None:
        self.month.select(add_months(self.month.selected, months))

    def _go_today(self) -> None:
        self.month.select(self._today())

    def select_day(self, day: date) -> None:
        self.month.select(day)

    def _month_activated(self, day: date) -> None:
        """Enter on a day: its agenda, the first send (or the empty slot) chosen."""
        self._show_agenda()
        self.agenda.setFocus()

    def _month_double_clicked(self, day: date) -> None:
        if any(e.at.astimezone(self.tz).date() == day for e in self.entries_shown()):
            self.agenda.setFocus()
        else:
            self.new_message(day)

    def _agenda_activated(self) -> None:
        key = self.agenda.current_key()
        if key == NEW_SLOT:
            self.new_message()
        elif key is not None:
            self.change_time()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        delete = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete
        if watched is self.agenda and delete and event.type() == QEvent.Type.KeyPress:
            self.cancel_selected()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _agenda_menu(self, pos: QPoint) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.message_ids:
            return
        menu = QMenu(self)
        change = menu.addAction(self.change_button.text())
        change.setEnabled(self.change_button.isEnabled())
        change.triggered.connect(self.change_time)
        edit = menu.addAction(self.edit_button.text())
        edit.setEnabled(self.edit_button.isEnabled())
        edit.triggered.connect(self.edit_text)
        cancel = menu.addAction(self.cancel_button.text())
        cancel.setEnabled(self.cancel_button.isEnabled())
        cancel.triggered.connect(self.cancel_selected)
        menu.popup(self.agenda.viewport().mapToGlobal(pos))

    # -- create --------------------------------------------------------------------------

    def new_message(self, day: date | None = None) -> None:
        """Open the Composer at ``day`` (the selected one) and a sensible time."""
        chosen = day if isinstance(day, date) else self.month.selected
        at = sensible_time(chosen, self.ctx.clock.now(), self.tz)
        if at is None:
            at = sensible_time(chosen + timedelta(days=1), self.ctx.clock.now(), self.tz)
            if chosen >= self._today() and at is not None:  # late today: tomorrow morning
                self.navigate.emit("composer", ComposeAt(at))
                return
            self.notice.show_message(
                self.tr("%1 has passed: choose today or a later day.").replace("%1", day_words(chosen)), "error"
            )
            return
        self.navigate.emit("composer", ComposeAt(at))

    # -- move ------------------------------------------------------------------------------

    def move_to_day(self, key: str, day: date) -> None:
        """A send dropped on ``day``: the same time of day there."""
        entry = self.entry(key)
        if entry is None:
            return
        if entry.at.astimezone(self.tz).date() == day:
            return
        self.move_entry(entry, same_time_on(entry.at, day, self.tz))

    def change_time(self) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.message_ids or not entry.can_move:
            return
        what = (
            self.tr("New time for the message to %1 from %2:")
            .replace("%1", entry.recipients)
            .replace("%2", self._device_name(entry.account_id))
        )
        dialog = ChangeTimeDialog(what, entry.at, self.tz, self._zone_words(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(partial(self._time_chosen, entry.key))
        dialog.finished.connect(self._time_dialog_closed)
        self.time_dialog = dialog
        dialog.open()

    def _time_chosen(self, key: str) -> None:
        entry, dialog = self.entry(key), self.time_dialog
        if entry is not None and dialog is not None:
            self.move_entry(entry, dialog.when())

    def _time_dialog_closed(self) -> None:
        self.time_dialog = None

    def move_entry(self, entry: CalendarEntry, at: datetime) -> None:
        schedules = self.ctx.schedules
        if schedules is None or not entry.message_ids:
            return
        if not entry.can_move:
            self.notice.show_message(
                self.tr("This send cannot be moved: it is %1, and goes out as planned.").replace(
                    "%1", say(entry.where)
                ),
                "error",
            )
            return
        if at <= self.ctx.clock.now():
            when = at.astimezone(self.tz)
            self.notice.show_message(
                self.tr("%1 at %2 has already passed: choose a later time.")
                .replace("%1", day_words(when.date()))
                .replace("%2", f"{when:%H:%M}"),
                "error",
            )
            return

        async def move_all() -> int:
            for message_id in entry.message_ids:
                await schedules.move(message_id, at)
            return len(entry.message_ids)

        self._run(entry.key, move_all(), partial(self._moved, at), self.tr("Could not move it: %1"))

    def _moved(self, at: datetime, _count: int) -> None:
        when = at.astimezone(self.tz)
        self.notice.show_message(
            self.tr("Moved to %1 at %2.").replace("%1", day_words(when.date())).replace("%2", f"{when:%H:%M}"), "ok"
        )

    # -- edit the text ---------------------------------------------------------------------

    def edit_text(self) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.message_ids or not entry.can_edit or entry.key in self.busy_keys:
            return
        what = (
            self.tr("New text for the message to %1 from %2:")
            .replace("%1", entry.recipients)
            .replace("%2", self._device_name(entry.account_id))
        )
        when = entry.at.astimezone(self.tz)
        note = (
            self.tr("It still goes out on %1 at %2.")
            .replace("%1", day_words(when.date()))
            .replace("%2", f"{when:%H:%M}")
        )
        if entry.on_gateway:
            note += " " + self.tr("It is %1: the text is changed there too.").replace("%1", say(entry.where))
        dialog = EditTextDialog(what, entry.text, note, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(partial(self._save_text, entry.key))
        dialog.finished.connect(self._text_dialog_closed)
        self.text_dialog = dialog
        dialog.open()

    def _text_dialog_closed(self) -> None:
        self.text_dialog = None

    def _save_text(self, key: str) -> None:
        dialog, schedules, entry = self.text_dialog, self.ctx.schedules, self.entry(key)
        if dialog is None or schedules is None:
            return
        if entry is None or not entry.can_edit or not entry.message_ids:
            dialog.show_error(self.tr("This send can no longer be changed: it was sent, moved or cancelled meanwhile."))
            return
        text = dialog.text()
        if text == entry.text:
            dialog.accept()  # nothing changed: nothing to ask anyone
            return
        dialog.set_busy(True)
        self.busy_keys.add(key)
        self._update_actions()

        async def edit_all() -> int:
            return len(await schedules.edit_texts(entry.message_ids, text))

        def finished(_count: int) -> None:
            self.busy_keys.discard(key)
            if self.text_dialog is dialog:
                dialog.accept()
            self.notice.show_message(self.tr("Text changed; it goes out at the same time."), "ok")
            self._update_actions()

        def failed(words: str) -> None:
            self.busy_keys.discard(key)
            message = self.tr("Could not change the text: %1").replace("%1", words)
            if self.text_dialog is dialog:  # still open: the text is kept, to fix and save again
                dialog.set_busy(False)
                dialog.show_error(message)
            else:
                self.notice.show_message(message, "error")
            self._update_actions()

        self._tasks.start(edit_all(), done=finished, failed=failed)

    # -- cancel --------------------------------------------------------------------------

    def cancel_selected(self) -> None:
        entry = self.selected_entry()
        if series_of(entry) is not None:
            self._ask_stop_repeating(entry)
            return
        if entry is None or not entry.message_ids or not entry.can_cancel or self.ctx.schedules is None:
            return
        when = entry.at.astimezone(self.tz)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel send"),
            self.tr("Cancel the message to %1 on %2 at %3?")
            .replace("%1", entry.recipients)
            .replace("%2", day_words(when.date()))
            .replace("%3", f"{when:%H:%M}"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(
            self.tr("It will not be sent. It is %1; it is cancelled there too.").replace("%1", say(entry.where))
            if entry.on_gateway
            else self.tr("It will not be sent.")
        )
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Cancel send"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._cancel_answered)
        self.confirm_box = box
        self._pending_cancel = (entry.key,)
        box.open()

    def _cancel_answered(self) -> None:
        box, keys = self.confirm_box, self._pending_cancel
        self.confirm_box, self._pending_cancel = None, ()
        if box is None or box.clickedButton() is None:
            return
        if box.buttonRole(box.clickedButton()) is not QMessageBox.ButtonRole.DestructiveRole:
            return
        entry = self.entry(keys[0]) if keys else None
        schedules = self.ctx.schedules
        if entry is None or schedules is None:
            return

        async def cancel_all() -> int:
            for message_id in entry.message_ids:
                await schedules.cancel(message_id)
            return len(entry.message_ids)

        self._run(
            entry.key,
            cancel_all(),
            lambda _n: self.notice.show_message(self.tr("Cancelled; it will not be sent."), "ok"),
            self.tr("Could not cancel it: %1"),
        )

    def _ask_stop_repeating(self, entry: CalendarEntry | None) -> None:
        series_id = series_of(entry)
        if entry is None or series_id is None or self.ctx.series is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop repeating"),
            self.tr("Stop this repeating message: “%1”?").replace("%1", entry.preview),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(self.tr("None of its coming times is sent. What was sent already stays in Reports."))
        keep = box.addButton(self.tr("Keep repeating"), QMessageBox.ButtonRole.RejectRole)
        stop = box.addButton(self.tr("Stop repeating"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        series = self.ctx.series

        def answered() -> None:
            self.confirm_box = None
            if box.clickedButton() is not stop:
                return
            try:
                series.cancel(series_id)
            except WadeskError as exc:
                self.notice.show_message(describe(exc), "error")
                return
            self.notice.show_message(self.tr("It no longer repeats."), "ok")

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    # -- missed ------------------------------------------------------------------------------

    def decide_missed(self, key: str, *, send_now: bool) -> None:
        entry = self.entry(key)
        schedules = self.ctx.schedules
        if entry is None or schedules is None:
            return
        try:
            for message_id in entry.message_ids:
                schedules.decide_missed(message_id, send_now=send_now)
        except WadeskError as exc:
            self.notice.show_message(describe(exc), "error")
            return
        self.notice.show_message(
            self.tr("Queued: it is sent now.") if send_now else self.tr("Skipped: it will not be sent."), "ok"
        )

    # -- running an action ------------------------------------------------------------------

    def _run(self, key: str, work: Coroutine[Any, Any, int], done: Callable[[int], None], failure: str) -> None:
        self.busy_keys.add(key)
        self._update_actions()

        def finished(count: int) -> None:
            self.busy_keys.discard(key)
            done(count)
            self._update_actions()

        def failed(words: str) -> None:
            self.busy_keys.discard(key)
            self.notice.show_message(failure.replace("%1", words), "error")
            self._update_actions()

        self._tasks.start(work, done=finished, failed=failed)

    @property
    def busy(self) -> bool:
        return self._tasks.busy

    def shutdown(self) -> None:
        self._closed = True
        self._reload_timer.stop()
        self._day_timer.stop()
        self._tasks.cancel_all()

    def show_target(self, target: object) -> None:
        if isinstance(target, date):
            self.month.select(target)


def series_of(entry: CalendarEntry | None) -> int | None:
    """The recurring schedule a calendar entry is a coming time of ("series:<id>:<local time>"), if it is one."""
    if entry is None or not entry.key.startswith("series:"):
        return None
    number = entry.key.split(":")[1]
    return int(number) if number.isdigit() else None
