"""The table of every account's device: status, sending, number, quota, expiry, last check.

"Sending" is the sending governor's state (``services.pacing.governor``): ready,
resting until a time, a new number's warm-up day and cap, or paused and why;
the panel hands it in (``set_sending``), off the event loop.

Updates arrive one device at a time (``upsert``/``remove``) and are applied
incrementally and coalesced by ``IncrementalTableModel`` (``models/base.py``).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from wadesk.domain.models import DeviceState
from wadesk.services.devices import DeviceSnapshot, Trouble
from wadesk.services.pacing.governor import SendingState
from wadesk.ui import format as fmt
from wadesk.ui import theme
from wadesk.ui.i18n import say
from wadesk.ui.models.base import IncrementalTableModel, Index
from wadesk.ui.widgets.two_line import SUBTITLE_COLOR_ROLE, SUBTITLE_ROLE

SNAPSHOT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 3

EXPIRY_WARNING_DAYS = 14


class Column(enum.IntEnum):
    ACCOUNT = 0
    GATEWAY = 1
    STATUS = 2
    NUMBER = 3
    QUOTA = 4
    EXPIRES = 5
    CHECKED = 6
    NOTES = 7
    SENDING = 8


class Tone(enum.Enum):
    OK = "ok"
    WARN = "warn"
    BAD = "bad"
    INFO = "info"
    IDLE = "idle"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeviceTableModel", text)


def status_of(snapshot: DeviceSnapshot) -> tuple[str, Tone]:
    """The status as a person reads it, and its tone."""
    if snapshot.error:
        return _tr("Needs attention"), Tone.BAD
    if snapshot.checking and snapshot.checked_at is None:
        return _tr("Checking…"), Tone.IDLE
    if not snapshot.reported:
        return _tr("Not reported"), Tone.IDLE
    if snapshot.checked_at is None:
        return _tr("Not checked yet"), Tone.IDLE
    return {
        DeviceState.CONNECTED: (_tr("Connected"), Tone.OK),
        DeviceState.DISCONNECTED: (_tr("Not connected"), Tone.WARN),
        DeviceState.PAIRING: (_tr("Waiting for scan"), Tone.INFO),
        DeviceState.UNKNOWN: (_tr("Unknown"), Tone.IDLE),
    }[snapshot.state]


def problem_of(snapshot: DeviceSnapshot) -> str:
    """Why the last check failed, in plain words (the gateway's own are in ``gateway_words``)."""
    return {
        Trouble.KEY: _tr("The gateway did not accept the account's key; check it with Edit account"),
        Trouble.UNREACHABLE: _tr("Could not reach the gateway; check the internet connection"),
        Trouble.BUSY: _tr("The gateway asked to wait; wadesk will ask again later"),
        Trouble.GATEWAY: _tr("The gateway answered with an error"),
    }.get(snapshot.trouble or Trouble.OTHER, _tr("The last check did not work"))


def gateway_words(snapshot: DeviceSnapshot) -> str | None:
    """What the gateway last said in its own words, where that is more than the table shows: an error or a balance."""
    return snapshot.error or snapshot.balance or None


def notes_of(snapshot: DeviceSnapshot, today: date | None = None) -> tuple[str, Tone]:
    """One line in plain words that tells what to do or what is wrong."""
    if snapshot.error:
        return problem_of(snapshot), Tone.BAD
    left = fmt.days_left(snapshot.expires, today)
    if left is not None and left < 0:
        return _tr("The gateway subscription has ended"), Tone.BAD
    if not snapshot.reported:
        return _tr("This gateway does not report whether the phone is connected"), Tone.IDLE
    if snapshot.checked_at is not None and snapshot.state is DeviceState.DISCONNECTED:
        return _tr("Pair the phone to send messages"), Tone.WARN
    if left is not None and left <= EXPIRY_WARNING_DAYS:
        return _tr("The subscription ends in %n days").replace("%n", fmt.number(left)), Tone.WARN
    if snapshot.device and snapshot.device.name:
        return snapshot.device.name, Tone.IDLE
    return "", Tone.IDLE


def sending_of(state: SendingState | None) -> tuple[str, str, Tone]:
    """The sending state as a person reads it: a word or two, a second line, and its tone."""
    if state is None:
        return "", "", Tone.IDLE
    ramp = state.warmup
    parts = []
    if not ramp.done:
        parts.append(_tr("warm-up day %1 of %2").replace("%1", fmt.number(ramp.day)).replace("%2", fmt.number(ramp.of)))
    if state.cap_today is not None:
        parts.append(
            _tr("%1 of %2 today").replace("%1", fmt.number(state.sent_today)).replace("%2", fmt.number(state.cap_today))
        )
    detail = ", ".join(parts)
    detail = detail[:1].upper() + detail[1:]
    if state.paused:
        if state.until is not None:
            return _tr("Waiting until %1").replace("%1", _clock(state.until)), say(state.reason or ""), Tone.WARN
        return _tr("Paused"), say(state.reason or ""), Tone.BAD
    if state.kind == "resting" and state.until is not None:
        return _tr("Resting until %1").replace("%1", _clock(state.until)), detail, Tone.INFO
    return _tr("Ready"), detail, Tone.OK


def sending_tip(state: SendingState | None) -> str | None:
    """The whole sending state in plain words, and what to do about a pause."""
    if state is None:
        return None
    word, detail, _ = sending_of(state)
    if state.paused and state.until is None:
        lines = [
            _tr("Sending from this phone is paused, in the gateway's words:"),
            detail,
            _tr("Its messages wait in the outbox. When the phone is fine again, choose Resume sending."),
        ]
    elif state.paused:
        lines = [word, detail, _tr("The gateway asked to wait; sending goes on by itself, nothing is lost.")]
    else:
        lines = [word, detail]
        if state.hourly_cap is not None:
            lines.append(
                _tr("At most %1 messages an hour (%2 this hour), to protect the number.")
                .replace("%1", fmt.number(state.hourly_cap))
                .replace("%2", fmt.number(state.sent_this_hour))
            )
        if not state.warmup.done:
            lines.append(_tr("A new number sends a little more each day it sends without trouble."))
    return "\n".join(line for line in lines if line)


def _clock(when: datetime) -> str:
    """``14:05`` today, the day and time later, in the user's time zone."""
    stamp = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    today = QDateTime.currentDateTime().date()
    pattern = "HH:mm" if stamp.date() == today else "ddd HH:mm"
    return QLocale().toString(stamp, pattern)


def _widest_day_and_time() -> str:
    """The widest "day HH:mm" of a week in the window's language (``Thu 23:59``, ``Kam 23:59``)."""
    locale = QLocale()
    monday = QDate(2027, 3, 1)
    days = [locale.toString(monday.addDays(n), "ddd") for n in range(7)]
    return max(days, key=len) + " 23:59"


def column_samples() -> dict[Column, list[str]]:
    """For each column of a set width, the widest texts it usually shows (its width is made from them)."""
    statuses = [
        _tr("Needs attention"),
        _tr("Checking…"),
        _tr("Not reported"),
        _tr("Not checked yet"),
        _tr("Connected"),
        _tr("Not connected"),
        _tr("Waiting for scan"),
    ]
    return {
        Column.STATUS: statuses,
        Column.SENDING: [_tr("Ready"), _tr("Paused"), _tr("Resting until %1").replace("%1", _widest_day_and_time())],
        Column.NUMBER: [fmt.phone("6281234567890")],
        Column.QUOTA: [fmt.quota("1000000"), fmt.quota("unlimited")],
        Column.EXPIRES: [fmt.day(date(2027, 9, 30))],
        Column.CHECKED: [_tr("Checking…"), fmt.ago(None), fmt.moment(datetime(2027, 9, 30, 23, 59, tzinfo=UTC))],
    }


def tone_color(tone: Tone) -> QColor:
    c = theme.current()
    return QColor({Tone.OK: c.ok, Tone.WARN: c.warn, Tone.BAD: c.bad, Tone.INFO: c.info, Tone.IDLE: c.idle}[tone])


_dots: dict[str, QIcon] = {}


def status_dot(tone: Tone) -> QIcon:
    color = tone_color(tone)
    key = color.name()
    icon = _dots.get(key)
    if icon is None:
        icon = QIcon()
        for size, ratio in ((12, 1.0), (12, 2.0)):
            pixels = round(size * ratio)
            pixmap = QPixmap(pixels, pixels)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            inset = 2.0 * ratio
            painter.drawEllipse(QRectF(inset, inset, pixels - 2 * inset, pixels - 2 * inset))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            icon.addPixmap(pixmap)
        _dots[key] = icon
    return icon


class DeviceTableModel(IncrementalTableModel[int, DeviceSnapshot]):
    """One row per account, keyed by account id, fed by the device monitor."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        coalesce_ms: int = 150,
        tick_ms: int = 15_000,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent, coalesce_ms=coalesce_ms)
        self._now = now
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._age_changed)
        self._tick.start()
        self._sending: dict[int, SendingState] = {}
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)

    def key_of(self, row: DeviceSnapshot) -> int:
        return row.account_id

    def column_count(self) -> int:
        return len(Column)

    def _age_changed(self) -> None:
        self.column_changed(Column.CHECKED)

    # -- reading ---------------------------------------------------------------

    def snapshot_at(self, row: int) -> DeviceSnapshot:
        return self.row_at(row)

    def snapshots(self) -> list[DeviceSnapshot]:
        return self.rows()

    def sending(self, account_id: int) -> SendingState | None:
        return self._sending.get(account_id)

    def set_sending(self, states: dict[int, SendingState]) -> None:
        """Each device's sending state (the governor's); repaints the column."""
        self._sending = dict(states)
        self.column_changed(
            Column.SENDING,
            (Qt.ItemDataRole.DisplayRole, SUBTITLE_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole),
        )

    # -- Qt model interface ---------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.ACCOUNT: _tr("Account"),
                Column.GATEWAY: _tr("Gateway"),
                Column.STATUS: _tr("Status"),
                Column.NUMBER: _tr("WhatsApp number"),
                Column.QUOTA: _tr("Quota"),
                Column.EXPIRES: _tr("Expires"),
                Column.CHECKED: _tr("Last checked"),
                Column.NOTES: _tr("Notes"),
                Column.SENDING: _tr("Sending"),
            }[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if section == Column.QUOTA else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        snapshot = self.row_at(index.row())
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(snapshot, column)
        if role == SNAPSHOT_ROLE:
            return snapshot
        if role == ACCOUNT_ID_ROLE:
            return snapshot.account_id
        if role == SORT_ROLE:
            return self._sort_key(snapshot, column)
        if role == SUBTITLE_ROLE:
            if column is Column.ACCOUNT:
                return snapshot.info.name
            if column is Column.STATUS:
                return notes_of(snapshot)[0]
            if column is Column.SENDING:
                return sending_of(self.sending(snapshot.account_id))[1]
            return None
        if role == SUBTITLE_COLOR_ROLE and column is Column.STATUS:
            return self._foreground(snapshot, Column.NOTES)
        if role == SUBTITLE_COLOR_ROLE and column is Column.SENDING:
            return QColor(theme.current().muted)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(snapshot, column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATUS:
            return status_dot(status_of(snapshot)[1])
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(snapshot, column)
        if role == Qt.ItemDataRole.FontRole and column is Column.ACCOUNT:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column is Column.QUOTA else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def cell(self, s: DeviceSnapshot, column: int) -> str:
        column = Column(column)
        if column is Column.ACCOUNT:
            return s.account.name
        if column is Column.GATEWAY:
            return s.info.name
        if column is Column.STATUS:
            return status_of(s)[0]
        if column is Column.NUMBER:
            return fmt.phone(s.number)
        if column is Column.QUOTA:
            return fmt.quota(s.quota)
        if column is Column.EXPIRES:
            return fmt.day(s.expires)
        if column is Column.SENDING:
            return sending_of(self.sending(s.account_id))[0]
        if column is Column.CHECKED:
            if s.checking:
                return _tr("Checking…")
            return fmt.ago(s.checked_at, self._now()) if s.checked_at or s.error else _tr("Never")
        return notes_of(s)[0]

    def _sort_key(self, s: DeviceSnapshot, column: Column) -> Any:
        if column is Column.STATUS:
            return list(Tone).index(status_of(s)[1])
        if column is Column.SENDING:
            return list(Tone).index(sending_of(self.sending(s.account_id))[2])
        if column is Column.EXPIRES:
            return s.expires.toordinal() if s.expires else 10**9
        if column is Column.CHECKED:
            return s.checked_at.timestamp() if s.checked_at else 0.0
        if column is Column.QUOTA:
            try:
                return int(s.quota or -1)
            except ValueError:
                return 10**12
        return self.cell(s, column).casefold()

    def _tooltip(self, s: DeviceSnapshot, column: Column) -> str | None:
        if column is Column.SENDING:
            return sending_tip(self.sending(s.account_id))
        if column is Column.ACCOUNT:
            return f"{s.account.name}\n{s.account.base_url}"
        if column is Column.CHECKED and s.checked_at is not None:
            return fmt.moment(s.checked_at)
        if column is Column.EXPIRES and s.expires is not None:
            left = fmt.days_left(s.expires)
            return _tr("%n days left").replace("%n", fmt.number(left)) if left is not None and left >= 0 else None
        if column in (Column.NOTES, Column.STATUS):
            lines = [status_of(s)[0], notes_of(s)[0]]
            if gateway_words(s):
                lines.append(_tr("Its own words: “What the gateway said” in the Devices menu, or right-click."))
            return "\n".join(line for line in lines if line)
        return None

    def _foreground(self, s: DeviceSnapshot, column: Column) -> QColor | None:
        if column is Column.SENDING:
            return tone_color(sending_of(self.sending(s.account_id))[2])
        if column is Column.STATUS:
            return tone_color(status_of(s)[1])
        if column is Column.NOTES:
            tone = notes_of(s)[1]
            return QColor(theme.current().muted) if tone is Tone.IDLE else tone_color(tone)
        if column is Column.EXPIRES:
            left = fmt.days_left(s.expires)
            if left is not None and left <= EXPIRY_WARNING_DAYS:
                return tone_color(Tone.BAD if left < 0 else Tone.WARN)
        if column in (Column.GATEWAY, Column.CHECKED):
            return QColor(theme.current().muted)
        return None
