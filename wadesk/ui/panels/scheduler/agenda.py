"""The agenda: the selected day's (or week's) sends, one item each — time, device, recipients, a preview of the
text and where it is held — and, on a day still to come, an empty slot to write a new message in.

An entry can be dragged onto a day of the month view (``month.MIME`` carries its key).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QByteArray, QCoreApplication, QDate, QLocale, QMimeData, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from wadesk.services.calendar import CalendarEntry, DeviceLoad
from wadesk.ui import theme
from wadesk.ui.i18n import say
from wadesk.ui.panels.scheduler.month import MIME

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_SLOT = "new"  # the empty slot's key
DAY_HEADING = "day"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scheduler", text)


def day_words(day: date) -> str:
    """ "Tuesday 3 December 2026", in the window's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def clock_words(when: datetime, tz: tzinfo) -> str:
    return when.astimezone(tz).strftime("%H:%M")


def time_words(entry: CalendarEntry, tz: tzinfo) -> str:
    """ "09:30", and the device's own time when it was made in another zone: "09:30 (10:30 WITA there)"."""
    shown = clock_words(entry.at, tz)
    made_in = entry.zone
    if made_in is not None and entry.at.astimezone(made_in).utcoffset() != entry.at.astimezone(tz).utcoffset():
        there = entry.at.astimezone(made_in)
        shown += " " + _tr("(%1 %2 there)").replace("%1", f"{there:%H:%M}").replace("%2", there.tzname() or "")
    return shown


def where_words(entry: CalendarEntry) -> str:
    return say(entry.where)


def swatch(color: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


@dataclass(frozen=True)
class AgendaRow:
    key: str
    text: str
    tip: str
    color: QColor | None
    draggable: bool


def entry_row(
    entry: CalendarEntry, device: DeviceLoad | None, color: QColor, tz: tzinfo, *, with_day: bool = False
) -> AgendaRow:
    name = device.name if device is not None else _tr("a removed account")
    when = time_words(entry, tz)
    if with_day:
        when = f"{entry.at.astimezone(tz):%a} {when}"
    recipients = entry.recipients if entry.count == 1 else _tr("%1 recipients").replace("%1", str(entry.count))
    if entry.count == 1 and entry.recipients.startswith("group "):
        recipients = _tr("the group %1").replace("%1", entry.recipients.removeprefix("group "))
    first = f"{when}  ·  {name}  ·  {_tr('to %1').replace('%1', recipients)}"
    if entry.campaign:
        first += f"  ·  {entry.campaign}"
    notes = [say(entry.where)]
    if entry.campaign_id is not None and device is not None and device.in_quiet_hours(entry.at):
        notes.append(_tr("in quiet hours: it waits until they end"))
    lines = [first, f"“{entry.preview}”", " — ".join(notes) if len(notes) > 1 else notes[0]]
    return AgendaRow(entry.key, "\n".join(lines), "\n".join(lines), color, entry.can_move and bool(entry.message_ids))


class AgendaList(QListWidget):
    """The agenda's items; an entry dragged out carries its key (``month.MIME``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Agenda")
        self.setAccessibleName(_tr("Agenda"))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setIconSize(QSize(12, 12))
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        mime = QMimeData()
        keys = [str(item.data(KEY_ROLE)) for item in items]
        if keys:
            mime.setData(MIME, QByteArray(keys[0].encode("utf-8")))
        return mime

    def current_key(self) -> str | None:
        item = self.currentItem()
        value = item.data(KEY_ROLE) if item is not None else None
        return str(value) if value is not None else None

    def show_rows(self, rows: Sequence[AgendaRow | str], keep: str | None) -> None:
        """``rows``: entries, and day headings (a plain string) between them."""
        colors = theme.current()
        self.clear()
        chosen: QListWidgetItem | None = None
        for row in rows:
            if isinstance(row, str):
                heading = QListWidgetItem(row)
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                heading.setData(KEY_ROLE, None)
                heading.setForeground(QColor(colors.muted))
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.addItem(heading)
                continue
            item = QListWidgetItem(row.text)
            item.setData(KEY_ROLE, row.key)
            item.setToolTip(row.tip)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if row.draggable:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
            item.setFlags(flags)
            if row.color is not None:
                item.setIcon(swatch(row.color))
            else:
                item.setForeground(QColor(colors.accent))
            self.addItem(item)
            if row.key == keep and keep != NEW_SLOT:
                chosen = item
        if chosen is None:
            chosen = next(
                (self.item(i) for i in range(self.count()) if self.item(i).flags() & Qt.ItemFlag.ItemIsSelectable),
                None,
            )
        if chosen is not None:
            self.setCurrentItem(chosen)
