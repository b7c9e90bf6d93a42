"""The Composer: write a message once, see what each person gets, check it, and send it now or later.

Two columns.  On the left, in reading order: the devices to send from, the
message kind (only the kinds every chosen device can send, from their
providers' capabilities), the file or the kind's fields, the editor, then the
recipients picker, the pace and the time.  On the right: the preview bubble
stepping through the recipients (each person's exact text, from the plan),
the estimate, the checks and Send; after Send, the progress of the send.

Everything goes through the sending service: the request the panel gathers
becomes a plan (``SendingService.plan``) off the event loop, made again
``PLAN_DELAY_MS`` after the last change.  The plan's problems are errors that
block Send; its warnings (``sending.risk``: one text for everyone, a link in a
first message, many numbers not on WhatsApp) and the panel's own (a caption
the kind drops, people left out, a daily cap) ask for one more click.  Committing is
the service's ``commit``; progress is read back from the store as the change
feed says messages changed.  The draft being written is kept by
``DraftService`` on a short timer, restored when the panel opens and cleared
after a successful send.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import re
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import ValidationError, WadeskError
from wadesk.domain.models import Account, DeviceState, MediaRef, MessageKind
from wadesk.domain.recurrence import Rule
from wadesk.domain.settings import TIME_ZONE
from wadesk.domain.zones import INDONESIAN_ABBREVIATIONS, local_zone, zone_key
from wadesk.providers.base import ProviderInfo
from wadesk.providers.registry import provider_info
from wadesk.services.compose import Draft, media_ref
from wadesk.services.drafts import ComposerDraft
from wadesk.services.events import AccountsChanged, CampaignsChanged, Event, MessagesChanged
from wadesk.services.sending import Plan, SendOutcome, SendRequest
from wadesk.services.sending.plan import PlanWarning, Problem, ProblemKind, WarningKind
from wadesk.services.sending.recipients import NOT_ON_WHATSAPP, OPTED_OUT
from wadesk.services.series import Series
from wadesk.services.settings import SettingsFile
from wadesk.ui import format as fmt
from wadesk.ui import icons
from wadesk.ui.bridge import EventBridge
from wadesk.ui.composer.kinds import KindFields, kind_name, kinds_for
from wadesk.ui.composer.media import MediaPicker, ReadMedia, kind_of, media_refusal, read_media, save_pasted
from wadesk.ui.composer.pace import CustomPace
from wadesk.ui.composer.progress import SendProgress
from wadesk.ui.composer.recipients import RecipientsPicker
from wadesk.ui.composer.repeat import RepeatChoice
from wadesk.ui.context import UiContext
from wadesk.ui.i18n import say
from wadesk.ui.panels.base import ComposeAt, Panel, ShowSend
from wadesk.ui.tasks import Tasks
from wadesk.ui.widgets.chat_bubble import ChatPreview
from wadesk.ui.widgets.eliding_button import ElidingButton
from wadesk.ui.widgets.message_editor import MessageEditor

PREVIEW_DELAY_MS = 150  # typing pauses this long before the preview is drawn again
PLAN_DELAY_MS = 300  # and this long before the plan is made again
DRAFT_DELAY_MS = 1000  # and this long before the draft is saved
BUBBLE_WIDTH = 260
_VARIABLE = re.compile(r"\{[^{}|]+\}")
_LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def is_simulated(account: Account) -> bool:
    """An account on this computer's own simulator (the demo, the tests): the unthrottled pace is offered."""
    return (urlsplit(account.base_url).hostname or "") in _LOCAL_HOSTS


class ComposerPanel(Panel):
    """See the module docstring.  ``planned(Plan)`` is emitted with each new plan (tests wait for it)."""

    planned = Signal(object)
    sent = Signal(object)  # SendOutcome

    def __init__(self, ctx: UiContext, bridge: EventBridge | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self.tasks = Tasks(self)
        self.settings = SettingsFile(ctx.home).load()
        self.tz: tzinfo = local_zone()
        self.plan: Plan | None = None
        self.planning = False
        self.media: MediaRef | None = None
        self.thumbnail: QImage | None = None
        self.media_problem: str | None = None
        self.accounts: list[Account] = []
        self.chosen_ids: list[int] = []
        self.step = 0  # the recipient the preview shows
        self.warned = False  # the warnings were shown once: the next Send goes
        self.sending = False
        self._plan_task: asyncio.Task[Plan] | None = None
        self._restoring = False
        self.confirm_box: QMessageBox | None = None
        self.setAcceptDrops(True)

        self._build()
        self._preview_timer = self._timer(PREVIEW_DELAY_MS, self.update_preview)
        self._plan_timer = self._timer(PLAN_DELAY_MS, self.make_plan)
        self._draft_timer = self._timer(DRAFT_DELAY_MS, self.save_draft)
        self.reload_accounts()
        self.restore_draft()
        self.changed()

    # -- building ----------------------------------------------------------------------

    def _timer(self, ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("SectionTitle")
        return label

    def _build(self) -> None:
        # The devices and the kind.
        self.device_button = ElidingButton(icons.icon("devices"))  # a long device name shortens, never hides Kind
        self.device_button.setAccessibleName(self.tr("Send from"))
        self.device_button.hint = self.tr("The device to send from; choose several to take turns")
        self.device_menu = QMenu(self)
        self.device_button.setMenu(self.device_menu)
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Kind of message"))
        self.kind_box.currentIndexChanged.connect(self._kind_chosen)
        self.device_note = QLabel()
        self.device_note.setWordWrap(True)
        self.device_note.setObjectName("Muted")
        self.device_note.hide()
        from_row = QHBoxLayout()
        from_row.addWidget(QLabel(self.tr("From")))
        from_row.addWidget(self.device_button, 1)
        from_row.addWidget(QLabel(self.tr("Kind")))
        from_row.addWidget(self.kind_box)

        self.media_picker = MediaPicker()
        self.media_picker.chosen.connect(self.attach_file)
        self.media_picker.link.connect(self.attach_link)
        self.media_picker.removed.connect(self.remove_media)
        self.fields = KindFields()
        self.fields.changed.connect(self.changed)

        self.editor = MessageEditor(placeholder=self.tr("Write your message…"))
        self.editor.changed.connect(self.changed)
        self.editor.setMaximumHeight(180)
        self.editor.setAcceptDrops(True)
        self._edit = self.editor.findChild(QPlainTextEdit)
        if self._edit is not None:
            self._edit.setAcceptDrops(True)
            self._edit.installEventFilter(self)
            self._edit.viewport().installEventFilter(self)
        self.variable_button = QPushButton(icons.icon("add"), self.tr("Insert variable"))
        self.variable_button.setToolTip(self.tr("Put a recipient's name or another column into the text"))
        self.variable_menu = QMenu(self)
        self.variable_menu.aboutToShow.connect(self._fill_variables)
        self.variable_button.setMenu(self.variable_menu)
        tools = QHBoxLayout()
        tools.addWidget(self.variable_button)
        tools.addStretch(1)
        self.saved_button: QWidget | None = None
        if self.ctx.drafts is not None:
            from wadesk.ui.composer.templates import SavedMessagesButton

            saved = SavedMessagesButton(self.ctx.drafts, self.composer_draft)
            saved.chosen.connect(self.load_saved)
            tools.addWidget(saved)
            self.saved_button = saved

        self.recipients = RecipientsPicker(self.ctx)
        self.recipients.changed.connect(self.changed)
        self.recipients.counted.connect(lambda _count: self.changed())
        self.recipients.setMinimumHeight(300)

        # Pace and time.
        self.pace_box = QComboBox()
        self.pace_box.setAccessibleName(self.tr("Pace"))
        self.pace_box.currentIndexChanged.connect(self._pace_chosen)
        self.custom_pace = CustomPace()
        self.custom_pace.changed.connect(self.changed)
        self.custom_pace.hide()
        pace_row = QHBoxLayout()
        pace_row.addWidget(QLabel(self.tr("Pace")))
        pace_row.addWidget(self.pace_box, 1)
        self.later_check = QCheckBox(self.tr("Schedule for later"))
        self.later_check.toggled.connect(self._when_chosen)
        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setAccessibleName(self.tr("Send at"))
        self.when_edit.setDisplayFormat("ddd d MMM yyyy HH:mm")
        self.when_edit.dateTimeChanged.connect(self.changed)
        self.when_edit.setEnabled(False)
        self.zone_label = QLabel(self.tr("Times in %1").replace("%1", _zone_words(self.tz)))
        self.zone_label.setObjectName("Muted")
        when_row = QHBoxLayout()
        when_row.addWidget(self.later_check)
        when_row.addWidget(self.when_edit, 1)
        self.repeat = RepeatChoice()
        self.repeat.changed.connect(self.changed)
        self.repeat.setEnabled(False)
        if self.ctx.series is None:  # (setVisible(True) here would show it as a window of its own)
            self.repeat.hide()
        self.when_edit.dateChanged.connect(lambda day: self.repeat.set_day(day.toPython()))

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self._section(self.tr("Message")))
        column.addLayout(from_row)
        column.addWidget(self.device_note)
        column.addWidget(self.media_picker)
        column.addWidget(self.fields)
        column.addWidget(self.editor, 1)
        column.addLayout(tools)
        column.addWidget(self._section(self.tr("Recipients")))
        column.addWidget(self.recipients, 1)
        column.addWidget(self._section(self.tr("Pace and time")))
        column.addLayout(pace_row)
        column.addWidget(self.custom_pace)
        column.addLayout(when_row)
        column.addWidget(self.repeat)
        column.addWidget(self.zone_label)
        self.left_scroll = QScrollArea()
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # At 1024 pixels the column fits; in a smaller window it scrolls sideways rather than hide its right end.
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.left_scroll.setWidget(left)

        # The preview, the checks, Send.
        self.preview = ChatPreview(width=BUBBLE_WIDTH)
        self.preview.setMinimumHeight(100)
        self.first_button = self._step_button("reply", self.tr("First"), self.tr("The first recipient"), -2)
        self.previous_button = self._step_button("reply", self.tr("Previous"), self.tr("The previous recipient"), -1)
        self.next_button = self._step_button("play", self.tr("Next"), self.tr("The next recipient"), 1)
        self.who = QLabel()
        self.who.setObjectName("Muted")
        self.who.setWordWrap(True)
        steps = QHBoxLayout()
        steps.addWidget(self.first_button)
        steps.addWidget(self.previous_button)
        steps.addWidget(self.next_button)
        steps.addStretch(1)
        self.reach = QLabel()
        self.reach.setWordWrap(True)
        self.reach.setObjectName("SectionTitle")
        self.reach.setAccessibleName(self.tr("Recipient count"))
        self.estimate = QLabel()
        self.estimate.setWordWrap(True)
        self.estimate.setAccessibleName(self.tr("Estimated finish"))
        self.checks = QListWidget()
        self.checks.setAccessibleName(self.tr("Checks before sending"))
        self.checks.setWordWrap(True)
        self.checks.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.checks.setMinimumHeight(60)
        self.send_button = QPushButton(icons.icon("composer"), self.tr("Send now"))
        self.send_button.setProperty("primary", True)
        self.send_button.setDefault(True)
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send)
        self.status = QLabel()
        self.status.setWordWrap(True)
        compose_side = QWidget()
        side = QVBoxLayout(compose_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self._section(self.tr("Preview")))
        side.addWidget(self.preview, 3)
        side.addLayout(steps)
        side.addWidget(self.who)
        side.addWidget(self.estimate)
        side.addWidget(self.reach)
        side.addWidget(self.checks, 1)
        side.addWidget(self.status)
        side.addWidget(self.send_button)
        self.progress = SendProgress(self.ctx.store, self.ctx.campaigns)
        self.progress.done.connect(self.write_another)
        self.progress.open_reports.connect(self.open_reports)
        self.right = QStackedWidget()
        self.right.addWidget(compose_side)
        self.right.addWidget(self.progress)
        self.right.setFixedWidth(self.preview.minimumWidth() + 4)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.left_scroll, 1)
        layout.addWidget(self.right)

        self._tab_order(
            [
                self.device_button,
                self.kind_box,
                self.media_picker,
                self.fields,
                self.editor,
                self.variable_button,
                *([self.saved_button] if self.saved_button is not None else []),
                self.recipients,
                self.pace_box,
                self.custom_pace,
                self.later_check,
                self.when_edit,
                self.repeat,
                self.first_button,
                self.previous_button,
                self.next_button,
                self.send_button,
                self.progress,
            ]
        )

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.send)

    @staticmethod
    def _tab_order(parts: Sequence[QWidget]) -> None:
        """Tab goes through ``parts`` in this order, and through each part's controls in the part's own order."""
        chain: list[QWidget] = []
        for part in parts:
            chain += _own_chain(part) if part.focusPolicy() == Qt.FocusPolicy.NoFocus or part.layout() else [part]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _step_button(self, icon: str, text: str, tip: str, step: int) -> QPushButton:
        button = QPushButton(icons.icon(icon), text)
        button.setToolTip(tip)
        button.clicked.connect(lambda: self.step_preview(step))
        return button

    # -- devices, kinds, pace ------------------------------------------------------------

    def reload_accounts(self) -> None:
        """The devices to choose from; the chosen ones that are still there stay chosen."""
        self.accounts = [a for a in self.ctx.accounts.list() if a.removed_at is None]
        known = {a.id for a in self.accounts}
        self.chosen_ids = [i for i in self.chosen_ids if i in known] or [a.id for a in self.accounts[:1]]
        self._fill_device_menu()
        self._fill_paces()
        self._devices_changed(note=False)

    def _fill_device_menu(self) -> None:
        self.device_menu.clear()
        for account in self.accounts:
            action = self.device_menu.addAction(f"{account.name} ({provider_info(account.provider).name})")
            action.setCheckable(True)
            action.setChecked(account.id in self.chosen_ids)
            action.toggled.connect(lambda on, a=account: self.choose_device(a.id, on))
        if not self.accounts:
            action = self.device_menu.addAction(self.tr("No device yet: add one in Devices"))
            action.setEnabled(False)

    def chosen_accounts(self) -> list[Account]:
        by_id = {a.id: a for a in self.accounts}
        return [by_id[i] for i in self.chosen_ids if i in by_id]

    def infos(self) -> list[ProviderInfo]:
        return [provider_info(a.provider) for a in self.chosen_accounts()]

    def choose_device(self, account_id: int, chosen: bool = True, *, alone: bool = False) -> None:
        """Add (or take away) a device; ``alone``: send from this one only."""
        if alone:
            self.chosen_ids = [account_id]
        elif chosen and account_id not in self.chosen_ids:
            self.chosen_ids.append(account_id)
        elif not chosen and account_id in self.chosen_ids and len(self.chosen_ids) > 1:
            self.chosen_ids.remove(account_id)
        self._fill_device_menu()
        self._devices_changed(note=True)

    def _devices_changed(self, *, note: bool) -> None:
        chosen = self.chosen_accounts()
        if not chosen:
            self.device_button.set_whole_text(self.tr("No device"))
        elif len(chosen) == 1:
            self.device_button.set_whole_text(chosen[0].name)
        else:
            self.device_button.set_whole_text(
                self.tr("%1 devices, taking turns").replace("%1", fmt.number(len(chosen)))
            )
        infos = self.infos()
        kinds = kinds_for(infos)
        current = self.kind()
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        for kind in kinds:
            self.kind_box.addItem(kind_name(kind), kind)
        keep = current if current in kinds else MessageKind.TEXT
        self.kind_box.setCurrentIndex(max(0, kinds.index(keep) if keep in kinds else 0))
        self.kind_box.blockSignals(False)
        said = []
        if note and current not in kinds:
            said.append(
                self.tr("%1 messages cannot be sent from the devices chosen: the message is now %2.")
                .replace("%1", kind_name(current))
                .replace("%2", kind_name(self.kind()))
            )
        limits = [i.limits.max_text for i in infos if i.limits.max_text is not None]
        minimums = [i.limits.min_text for i in infos if i.limits.min_text is not None]
        self.editor.set_limits(min(limits) if limits else None, max(minimums) if minimums else None)
        self.recipients.set_enabled_sources(bool(infos) and all(i.supports(Capability.GROUP_SEND) for i in infos))
        self._follow_zone(chosen)
        self._check_media(note=note, said=said)
        self.device_note.setText(" ".join(said))
        self.device_note.setVisible(bool(said))
        self._show_kind()
        self.changed()

    def _follow_zone(self, chosen: Sequence[Account]) -> None:
        """Show times in the (first) chosen device's time zone; a time already picked keeps its moment."""
        at = self.when()
        given = [a for a in chosen if a.settings.get(TIME_ZONE)]
        self.tz = self.ctx.accounts.time_zone(chosen[0]) if chosen else local_zone()
        where = _zone_words(self.tz)
        if not given:
            words = self.tr("Times in %1, this computer's time zone").replace("%1", where)
        elif len(chosen) == 1:
            words = self.tr("Times in %1, the device's time zone").replace("%1", where)
        else:
            words = self.tr("Times in %1, the time zone of %2").replace("%1", where).replace("%2", chosen[0].name)
        self.zone_label.setText(words)
        if at is not None:
            self.set_when(at)

    def kind_index(self, kind: MessageKind) -> int:
        """Where ``kind`` is in the kind list (-1: not offered)."""
        kinds = [MessageKind(self.kind_box.itemData(i)) for i in range(self.kind_box.count())]
        return kinds.index(kind) if kind in kinds else -1

    def kind(self) -> MessageKind:
        data = self.kind_box.currentData()  # Qt keeps the kind as its text
        return MessageKind(data) if data else MessageKind.TEXT

    def _kind_chosen(self) -> None:
        self._show_kind()
        self._check_media(note=False, said=[])
        self.changed()

    def _show_kind(self) -> None:
        kind = self.kind()
        self.media_picker.setVisible(kind.is_media)
        self.fields.show_kind(kind)

    def _fill_paces(self) -> None:
        current = self.pace_box.currentData() or self.settings.pace
        self.pace_box.blockSignals(True)
        self.pace_box.clear()
        self.pace_box.addItem(self.tr("Safe: 30–60 s apart, rests, 200 a day"), "safe")
        self.pace_box.addItem(self.tr("Normal: 8–15 s apart"), "normal")
        if self.accounts and all(is_simulated(a) for a in self.chosen_accounts() or self.accounts):
            self.pace_box.addItem(self.tr("Unthrottled (simulator only)"), "none")
        self.pace_box.addItem(self.tr("Custom…"), "custom")
        index = self.pace_box.findData(current)
        self.pace_box.setCurrentIndex(index if index >= 0 else 0)
        self.pace_box.blockSignals(False)

    def set_pace(self, pace: str) -> None:
        """Choose a preset by name, or custom settings (``safe,min=20,max=40``); Safe when it cannot be read."""
        index = self.pace_box.findData(pace)
        if index < 0:
            custom = self.custom_pace.set_spec(pace)
            index = self.pace_box.findData("custom" if custom else "safe")
        self.pace_box.setCurrentIndex(index)

    def pace(self) -> str:
        data = self.pace_box.currentData()
        if data == "custom":
            return self.custom_pace.spec()
        return str(data or "safe")

    def _pace_chosen(self) -> None:
        self.custom_pace.setVisible(self.pace_box.currentData() == "custom")
        self.changed()

    def _when_chosen(self, later: bool) -> None:
        self.when_edit.setEnabled(later)
        self.repeat.setEnabled(later)
        if later and self.when_edit.dateTime() <= self._qt_now():
            self.set_when(self.ctx.clock.now().astimezone(self.tz) + timedelta(hours=1))
        self.send_button.setText(self.tr("Schedule") if later else self.tr("Send now"))
        self.changed()

    def _qt_now(self) -> QDateTime:
        return QDateTime.fromSecsSinceEpoch(int(self.ctx.clock.now().timestamp()))

    def set_when(self, at: datetime | None) -> None:
        """Schedule for ``at`` (shown in the zone of the label), or send now (None)."""
        if at is None:
            self.later_check.setChecked(False)
            return
        self.later_check.setChecked(True)
        local = at.astimezone(self.tz)
        self.when_edit.setDateTime(
            QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)  # the zone's wall time
        )

    def when(self) -> datetime | None:
        if not self.later_check.isChecked():
            return None
        shown = self.when_edit.dateTime()
        date, time = shown.date(), shown.time()
        return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=self.tz)

    # -- media ---------------------------------------------------------------------------

    def attach_file(self, path: Path) -> None:
        """Read and check a file off the event loop; a file no chosen device takes is refused, naming the limit."""
        try:
            quick = media_ref(str(path))  # its size and type, from the file system only
        except WadeskError as exc:
            self._refuse(say(exc))
            return
        kind = self._kind_for(quick)
        refusal = media_refusal(self.infos(), kind, quick)
        if refusal is not None:
            self._refuse(refusal)
            return
        self.media_picker.show_refusal(None)
        self.tasks.start(_read(path), done=lambda read: self._attached(read, kind), failed=self._refuse)

    def _kind_for(self, media: MediaRef) -> MessageKind:
        """The file's own kind; a document when the devices do not send that kind but do send documents."""
        kind = kind_of(media)
        offered = [MessageKind(self.kind_box.itemData(i)) for i in range(self.kind_box.count())]
        if kind not in offered and MessageKind.DOCUMENT in offered:
            return MessageKind.DOCUMENT
        return kind

    def _attached(self, read: ReadMedia, kind: MessageKind) -> None:
        self.media, self.thumbnail, self.media_problem = read.media, read.thumbnail, None
        index = self.kind_index(kind)
        if index >= 0:
            self.kind_box.setCurrentIndex(index)
        self.media_picker.show_media(self.media, self.thumbnail)
        self.changed()

    def attach_link(self, url: str) -> None:
        try:
            media = media_ref(url)
        except WadeskError as exc:
            self._refuse(say(exc))
            return
        if media.url is None:
            self.attach_file(Path(url))
            return
        kind = self._kind_for(media) if media.mime else (self.kind() if self.kind().is_media else MessageKind.IMAGE)
        refusal = media_refusal(self.infos(), kind, media)
        if refusal is not None:
            self._refuse(refusal)
            return
        self._attached(ReadMedia(media, None), kind)

    def _refuse(self, text: str) -> None:
        self.media_problem = text
        self.media_picker.show_refusal(text)
        self.changed()

    def remove_media(self) -> None:
        self.media, self.thumbnail, self.media_problem = None, None, None
        self.media_picker.url.clear()
        self.media_picker.show_refusal(None)
        self.media_picker.show_media(None, None)
        self.changed()

    def _check_media(self, *, note: bool, said: list[str]) -> None:
        """After the devices or the kind changed: the file still attached is checked again."""
        if self.media is None or not self.kind().is_media:
            return
        refusal = media_refusal(self.infos(), self.kind(), self.media)
        self.media_problem = refusal
        self.media_picker.show_refusal(refusal)
        if refusal and note:
            said.append(refusal)

    def paste_image(self) -> bool:
        """A picture on the clipboard (and no text) is attached as a PNG file; True when one was."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasImage() or mime.hasText() or mime.hasUrls():
            return False
        image = QImage(mime.imageData())
        if image.isNull():
            return False
        try:
            path = save_pasted(image, self.ctx.home / "media", f"pasted-{uuid.uuid4().hex[:8]}.png")
        except WadeskError as exc:
            self._refuse(say(exc))
            return True
        self.attach_file(path)
        return True

    def drop_urls(self, urls: Sequence[str]) -> None:
        """Files or links dropped on the Composer: the first one is attached."""
        if urls:
            self.attach_link(urls[0])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_urls(_dropped(event))
        event.acceptProposedAction()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDragEnterEvent | QDropEvent):
            if event.mimeData().hasUrls():
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent) and event.mimeData().hasUrls():
            self.drop_urls(_dropped(event))
            event.acceptProposedAction()
            return True
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
        ) and self.paste_image():
            return True
        return super().eventFilter(watched, event)

    # -- the message and the request --------------------------------------------------------

    def draft(self) -> Draft:
        kind, text = self.kind(), self.editor.text()
        if kind.is_media:
            return Draft(kind, media=self.media, caption=text)
        if kind is MessageKind.LOCATION:
            return Draft(kind, text=text, location=self.fields.location())
        if kind is MessageKind.TEXT:
            return Draft(kind, text=text)
        return Draft(kind, text=text, content=self.fields.content(kind, text))

    def request(self) -> SendRequest:
        request = SendRequest(
            self.draft(),
            self.chosen_accounts(),
            at=self.when(),
            tz=self.tz,
            pace=self.pace(),
            region=self.settings.region,
        )
        return self.recipients.choice().fill(request)

    def changed(self) -> None:
        """Something the send depends on changed: preview soon, plan again, keep the draft."""
        if self.warned:
            self.warned = False
            self.send_button.setText(self.tr("Schedule") if self.later_check.isChecked() else self.tr("Send now"))
        self._preview_timer.start()
        self._plan_timer.start()
        if not self._restoring:
            self._draft_timer.start()

    # -- the plan ------------------------------------------------------------------------------

    def make_plan(self) -> None:
        if self.ctx.sending is None:
            return
        if self._plan_task is not None:
            self._plan_task.cancel()
        self.planning = True
        self._plan_task = self.tasks.start(
            self.ctx.sending.plan(self.request()), done=self._planned, failed=self._plan_failed
        )

    def _planned(self, plan: Plan) -> None:
        self.planning = False
        self._plan_task = None
        self.plan = plan
        self.step = min(self.step, max(len(plan.messages) - 1, 0))
        self._show_checks()
        self._show_estimate()
        self.reach.setText(self.recipients.count_label.text() if plan.messages else "")
        self.update_preview()
        self.planned.emit(plan)

    def _plan_failed(self, text: str) -> None:
        self.planning = False
        self._plan_task = None
        self.plan = None
        self.checks.clear()
        self._check_line(text, error=True)
        self.planned.emit(None)

    def errors(self) -> list[str]:
        """What keeps the message from being sent (the plan's problems, a refused file)."""
        found = []
        if self.media_problem and self.kind().is_media:
            found.append(self.media_problem)
        if self.plan is not None:
            found += self._problem_lines(self.plan)
        try:
            self.repeat_rule()
        except ValidationError as exc:
            found.append(say(exc))
        if self.plan is None and self.ctx.sending is None:
            found.append(self.tr("Sending is not available in this window."))
        return list(dict.fromkeys(found))

    def _problem_lines(self, plan: Plan) -> list[str]:
        """The plan's problems, a message's said once for everyone it concerns ("the message text is empty",
        not that line for each number), a row's with its row."""
        lines: list[str] = []
        by_text: dict[str, list[Problem]] = {}
        for problem in plan.problems:
            if problem.kind in (ProblemKind.MESSAGE, ProblemKind.DEVICE) and problem.row is None:
                by_text.setdefault(problem.text, []).append(problem)
            else:
                lines.append(self._problem_line(problem))
        everyone = max(self.recipients.count(), 1)
        for problems in by_text.values():
            said = say(problems[0].words)
            if len(problems) >= everyone:
                lines.append(said[:1].upper() + said[1:])
            elif len(problems) == 1:
                lines.append(self._problem_line(problems[0]))
            else:
                lines.append(self.tr("%1 recipients: %2").replace("%1", fmt.number(len(problems))).replace("%2", said))
        return lines

    def _problem_line(self, problem: Problem) -> str:
        """A problem on one line, preceded by where it is (a file's row, a number), as ``Problem.line`` says it."""
        text = say(problem.words)
        if problem.kind not in (ProblemKind.ROW, ProblemKind.MESSAGE, ProblemKind.DEVICE):
            return text
        if problem.row is not None:
            return self.tr("Row %1: %2").replace("%1", fmt.number(problem.row)).replace("%2", text)
        if problem.recipient:
            return self.tr("%1: %2").replace("%1", problem.recipient).replace("%2", text)
        return text

    def warnings(self) -> list[str]:
        """What the user should know before sending; each needs one more click."""
        plan, found = self.plan, list[str]()
        if plan is None:
            return found
        draft = plan.request.draft
        found += [self._risk_words(warning, plan) for warning in plan.warnings]
        if draft.kind is MessageKind.AUDIO and draft.caption.strip():
            found.append(self.tr("Audio messages carry no caption: the text is not sent."))
        found += self._devices_not_connected()
        opted = len({s.recipient for s in plan.skipped if s.reason == OPTED_OUT})
        if opted:
            found.append(self.tr("%1 left out: asked not to be messaged").replace("%1", fmt.number(opted)))
        told = {OPTED_OUT} | (
            {NOT_ON_WHATSAPP} if any(w.kind is WarningKind.NOT_ON_WHATSAPP for w in plan.warnings) else set()
        )
        others = [s for s in plan.skipped if s.reason not in told]  # a warning tells those not on WhatsApp
        for reason in dict.fromkeys(s.reason for s in others):
            count = sum(1 for s in others if s.reason == reason)
            found.append(
                self.tr("%1 left out: %2")
                .replace("%1", fmt.number(count))
                .replace("%2", say(next(s.words for s in others if s.reason == reason)))
            )
        unusable = self.recipients.choice().unusable
        if unusable:
            listed = "; ".join(unusable[:3]) + ("; …" if len(unusable) > 3 else "")
            found.append(self.tr("Left out, cannot be used: %1").replace("%1", listed))
        found += self._empty_variables(plan)
        cap = plan.pace.daily_cap if plan.pace is not None else None
        finish = plan.finish
        start = (plan.at or plan.planned_at).astimezone(self.tz).date()  # the day the send starts
        if cap is not None and finish is not None and finish.astimezone(self.tz).date() > start:
            found.append(
                self.tr("With the daily cap of %1 a device, the last message goes %2.")
                .replace("%1", fmt.number(cap))
                .replace("%2", _when_words(finish, self.tz))
            )
        return found

    def _risk_words(self, warning: PlanWarning, plan: Plan) -> str:
        """A warning of the plan that may get the number banned (``sending.risk``), in the window's language."""
        count = warning.count
        if warning.kind is WarningKind.SAME_TEXT:
            return self.tr(
                "Everyone gets the very same text: WhatsApp may take it for spam. "
                "Insert a variable such as the name, or choices such as Hello|Hi, to vary it."
            )
        if warning.kind is WarningKind.LINK_IN_FIRST_MESSAGE:
            if count == 1:
                return self.tr(
                    "1 person gets a link in their first message from this device: "
                    "WhatsApp often reports those as spam. Send a first message without a link."
                )
            return self.tr(
                "%1 people get a link in their first message from this device: "
                "WhatsApp often reports those as spam. Send a first message without a link."
            ).replace("%1", fmt.number(count))
        if warning.kind is WarningKind.NOT_ON_WHATSAPP:
            return (
                self.tr(
                    "%1 of %2 numbers are not on WhatsApp (they are left out): many such numbers in one list "
                    "look like a bought list to WhatsApp. Send to people who gave you their number."
                )
                .replace("%1", fmt.number(count))
                .replace("%2", fmt.number(count + len(plan.messages)))
            )
        return say(warning.words)

    def _devices_not_connected(self) -> list[str]:
        """A chosen device whose phone the gateway last said is not connected: its messages would fail."""
        found = []
        for account in self.chosen_accounts():
            snapshot = self.ctx.devices.snapshot(account.id)
            if snapshot is None or snapshot.state not in (DeviceState.DISCONNECTED, DeviceState.PAIRING):
                continue
            found.append(
                self.tr(
                    "%1 is not connected to WhatsApp: pair its phone in Devices first, or its messages fail."
                ).replace("%1", account.name)
            )
        return found

    def _empty_variables(self, plan: Plan) -> list[str]:
        """Recipients whose {variable} used in the text is empty in their row."""
        draft = plan.request.draft
        text = draft.caption if draft.kind.is_media else draft.text
        used = {m.group(0)[1:-1].strip() for m in _VARIABLE.finditer(text)}
        if not used:
            return []
        empty = 0
        for table in self.recipients.choice().tables:
            for row in table.rows:
                if any(name in row.variables and not str(row.variables[name]).strip() for name in used):
                    empty += 1
        if not empty:
            return []
        if empty == 1:
            return [self.tr("1 recipient has nothing in a variable the text uses")]
        return [self.tr("%1 recipients have nothing in a variable the text uses").replace("%1", fmt.number(empty))]

    def _check_line(self, text: str, *, error: bool) -> None:
        text = _quoted_variables(text)
        text = text[:1].upper() + text[1:]  # the plan's words begin a line here: “No recipient: …”
        item = QListWidgetItem(icons.icon("error" if error else "info"), text)
        item.setToolTip(text)
        self.checks.addItem(item)

    def _show_checks(self) -> None:
        self.checks.clear()
        errors, warnings = self.errors(), self.warnings()
        for text in errors:
            self._check_line(text, error=True)
        for text in warnings:
            self._check_line(text, error=False)
        if not errors and not warnings:
            item = QListWidgetItem(icons.icon("ok"), self.tr("Ready to send"))
            self.checks.addItem(item)
        self.send_button.setEnabled(not errors and not self.sending)

    def _show_estimate(self) -> None:
        plan = self.plan
        if plan is None or not plan.messages:
            self.estimate.clear()
            return
        count = len(plan.messages)
        people = self.tr("1 message") if count == 1 else self.tr("%1 messages").replace("%1", fmt.number(count))
        finish = plan.finish
        if finish is None:
            self.estimate.setText(people)
            return
        start = plan.at or plan.planned_at
        took = finish - start
        cap = plan.pace.daily_cap if plan.pace is not None else None
        if cap is not None and count > cap:
            words = self.tr("%1: about %2 — with at most %4 a day, done %3").replace("%4", fmt.number(cap))
        else:
            words = self.tr("%1: about %2 — done %3")
        self.estimate.setText(
            words.replace("%1", people).replace("%2", _duration(took)).replace("%3", _when_words(finish, self.tz))
        )

    # -- the preview -------------------------------------------------------------------------------

    def update_preview(self) -> None:
        """The bubble for the recipient shown: their exact text from the plan, or the draft as written."""
        draft = self.draft()
        plan = self.plan
        messages = plan.messages if plan is not None else ()
        if messages:
            self.step = min(max(self.step, 0), len(messages) - 1)
            shown = messages[self.step].message
            draft = dataclasses.replace(draft, text=shown.text, caption=shown.caption)
            self.who.setText(
                self.tr("Recipient %1 of %2: %3")
                .replace("%1", fmt.number(self.step + 1))
                .replace("%2", fmt.number(len(messages)))
                .replace("%3", self._person(shown.to.address, shown.to.is_group))
            )
        else:
            self.who.setText(self.tr("As written; add recipients to see each person's text."))
        for button in (self.first_button, self.previous_button):
            button.setEnabled(self.step > 0 and bool(messages))
        self.next_button.setEnabled(self.step + 1 < len(messages))
        if _nothing_written(draft):
            self.preview.show_hint(self.tr("Your message shows here as your customers will see it."))
            return
        self.preview.show_draft(draft, self.thumbnail, self.ctx.clock.now().astimezone(self.tz))

    def _person(self, address: str, is_group: bool) -> str:
        """``Budi Santoso, +62 812-3100-0000``: the contact's name when the address book has the number."""
        if is_group:
            return self.tr("WhatsApp group %1").replace("%1", address)
        name = self.recipients.contacts.name_of(address)
        shown = fmt.phone(address)
        return f"{name}, {shown}" if name else shown

    def step_preview(self, step: int) -> None:
        """-2 the first recipient, -1 the previous, 1 the next."""
        self.step = 0 if step == -2 else self.step + step
        self.update_preview()

    def preview_texts(self) -> list[str]:
        return self.preview.bubble.texts()

    def _fill_variables(self) -> None:
        self.variable_menu.clear()
        names = self.recipients.variable_names() or ["name"]
        for name in names:
            action = self.variable_menu.addAction(name)
            action.triggered.connect(lambda _checked=False, n=name: self.editor.insert("{" + n + "}"))

    # -- sending --------------------------------------------------------------------------------------

    def send(self) -> None:
        """Send (or schedule) after the same checks as shown: errors stop it, warnings ask one more click."""
        if self.sending or self.right.currentWidget() is self.progress:
            return
        if self._plan_timer.isActive() or self.planning or self.plan is None:
            self._plan_timer.stop()
            self.status.setText(self.tr("Checking the message…"))
            self._send_after_plan()
            return
        errors = self.errors()
        if errors:
            self.status.setText(self.tr("Fix what is marked in the checks first."))
            return
        if self.warnings() and not self.warned:
            self.warned = True
            self.send_button.setText(self.tr("Send anyway"))
            self.status.setText(self.tr("Read the warnings above; press again to send anyway."))
            return
        plan = self.plan
        if plan.is_campaign:
            self.confirm(plan)
        else:
            self.commit(plan)

    def _send_after_plan(self) -> None:
        def once(_plan: object) -> None:
            self.planned.disconnect(once)
            self.status.clear()
            self.send()

        self.planned.connect(once)
        if not self.planning:
            self.make_plan()

    def summary(self, plan: Plan) -> str:
        devices = ", ".join(s.account.name for s in plan.shares)
        lines = [
            self.tr("Recipients: %1").replace("%1", fmt.number(len(plan.messages))),
            self.tr("From: %1").replace("%1", devices),
            self.tr("Pace: %1").replace("%1", self.pace_box.currentText()),
        ]
        if plan.at is not None:
            lines.append(self.tr("Starts: %1").replace("%1", _when_words(plan.at, self.tz)))
        if plan.finish is not None:
            lines.append(self.tr("Done: %1").replace("%1", _when_words(plan.finish, self.tz)))
        return "\n".join(lines)

    def confirm(self, plan: Plan) -> None:
        """A bulk send asks first, with who, from where, how fast and until when; Send commits it."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Send to %1 people?").replace("%1", fmt.number(len(plan.messages))))
        box.setText(self.summary(plan))
        go = box.addButton(
            self.tr("Schedule") if plan.at is not None else self.tr("Send now"), QMessageBox.ButtonRole.AcceptRole
        )
        go.setIcon(icons.icon("composer"))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(go)
        self.confirm_box = box

        def answered() -> None:
            self.confirm_box = None
            if box.clickedButton() is go and plan is self.plan:
                self.commit(plan)
            box.deleteLater()

        box.finished.connect(answered)
        box.open()

    def repeat_rule(self) -> Rule | None:
        """The recurrence chosen for the scheduled time (None: sent once)."""
        at = self.when()
        return self.repeat.rule(at, self.tz) if at is not None and self.ctx.series is not None else None

    def commit(self, plan: Plan) -> None:
        assert self.ctx.sending is not None
        try:
            rule = self.repeat_rule()
        except ValidationError as exc:
            self._commit_failed(say(exc))
            return
        if rule is not None and self.ctx.series is not None:
            self.sending = True
            self.send_button.setEnabled(False)
            self.status.setText(self.tr("Saving the repeating schedule…"))
            self.tasks.start(
                self.ctx.series.create(plan.request, rule), done=self._series_made, failed=self._commit_failed
            )
            return
        self.sending = True
        self.send_button.setEnabled(False)
        self.status.setText(self.tr("Sending…"))
        title = (
            self.tr("Scheduled")
            if plan.at is not None
            else self.tr("Sending %1 messages…").replace("%1", fmt.number(len(plan.messages)))
            if plan.is_campaign
            else self.tr("Sending…")
        )

        def stored(campaign_id: int | None) -> None:
            self.progress.follow(campaign_id, title=title)
            self.right.setCurrentWidget(self.progress)

        self.tasks.start(
            self.ctx.sending.commit(plan, on_stored=stored, on_progress=lambda _row: None),
            done=self._committed,
            failed=self._commit_failed,
        )

    def _committed(self, outcome: SendOutcome) -> None:
        self.sending = False
        self.status.clear()
        ids = [row.id for share in outcome.shares for row in share.rows]
        if outcome.plan.at is not None:
            title = self.tr("Scheduled for %1").replace("%1", _when_words(outcome.plan.at, self.tz))
        elif outcome.busy:
            title = self.tr("Queued: the running wadesk sends them")
        else:
            title = ""
        self.progress.follow(outcome.campaign_id, ids, title=title)
        self.right.setCurrentWidget(self.progress)
        self.clear_draft()
        self.sent.emit(outcome)

    def _series_made(self, series: Series) -> None:
        self.sending = False
        self.status.clear()
        ids = [i for made in series.made for i in made.message_ids]
        first = series.next[0].at if series.next else None
        title = self.tr("Repeating schedule saved")
        if first is not None:
            title = self.tr("Repeats — the first on %1").replace("%1", _when_words(first, self.tz))
        self.progress.follow(None, ids, title=title)
        self.right.setCurrentWidget(self.progress)
        self.clear_draft()

    def _commit_failed(self, text: str) -> None:
        self.sending = False
        self.right.setCurrentIndex(0)
        self.status.setText(text)
        self.changed()

    def write_another(self) -> None:
        """Back from the progress to an empty message (the recipients and devices stay)."""
        self.right.setCurrentIndex(0)
        self.editor.set_text("")
        self.remove_media()
        self.set_when(None)
        self.changed()

    def show_target(self, target: object) -> None:
        """A new message at a time another panel chose (the Scheduler's calendar): the time filled in."""
        if isinstance(target, ComposeAt):
            if self.right.currentWidget() is self.progress:
                self.write_another()
            self.set_when(target.at)
            if self._edit is not None:
                self._edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_reports(self) -> None:
        """The send just made, in Reports."""
        self.navigate.emit("reports", ShowSend(self.progress.campaign_id, self.progress.message_ids))

    # -- drafts ------------------------------------------------------------------------------------------

    def composer_draft(self) -> ComposerDraft:
        choice = self.recipients.choice()
        recipients_file, mapping = self.recipients.file_mapping()
        return ComposerDraft(
            draft=self.draft(),
            numbers_text="\n".join(choice.numbers),
            contact_ids=tuple(c.id for c in choice.contacts if c.id is not None),
            tags=choice.tags,
            group_ids=choice.groups,
            recipients_file=recipients_file,
            recipients_mapping=mapping,
            account_ids=tuple(self.chosen_ids),
            pace=self.pace(),
            scheduled_at=self.when(),
        )

    def save_draft(self) -> None:
        if self.ctx.drafts is None or self._restoring or self.sending:
            return
        draft = self.composer_draft()
        try:
            chose = draft.numbers_text or draft.contact_ids or draft.tags or draft.group_ids or draft.recipients_file
            if draft.is_empty or (_nothing_written(draft.draft) and not chose):
                self.ctx.drafts.clear_current()
            else:
                self.ctx.drafts.save_current(draft)
        except WadeskError as exc:
            self.status.setText(say(exc))

    def clear_draft(self) -> None:
        self._draft_timer.stop()
        if self.ctx.drafts is not None:
            self.ctx.drafts.clear_current()

    def restore_draft(self) -> None:
        if self.ctx.drafts is None:
            return
        saved = self.ctx.drafts.load_current()
        if saved is not None:
            self.load(saved, everything=True)

    def load_saved(self, saved: ComposerDraft) -> None:
        """A saved message chosen: its message replaces the one written (the recipients stay)."""
        self.load(saved, everything=False)

    def load(self, saved: ComposerDraft, *, everything: bool) -> None:
        self._restoring = True
        try:
            if everything:
                known = {a.id for a in self.accounts}
                chosen = [i for i in saved.account_ids if i in known]
                if chosen:
                    self.chosen_ids = chosen
                    self._fill_device_menu()
                    self._devices_changed(note=False)
                if saved.pace:
                    self.set_pace(saved.pace)
                if saved.numbers_text:
                    self.recipients.add_numbers(saved.numbers_text)
                self.recipients.restore(
                    saved.contact_ids, saved.tags, saved.group_ids, saved.recipients_file, saved.recipients_mapping
                )
                if saved.scheduled_at is not None and saved.scheduled_at > self.ctx.clock.now():
                    self.set_when(saved.scheduled_at)
            draft = saved.draft
            index = self.kind_index(draft.kind)
            if index >= 0:
                self.kind_box.setCurrentIndex(index)
            self.editor.set_text(draft.caption if draft.kind.is_media else draft.text)
            self.fields.fill(draft.kind, draft.location, draft.content)
            if draft.media is not None:
                if draft.media.path is not None:
                    self.attach_file(draft.media.path)
                elif draft.media.url:
                    self.media_picker.url.setText(draft.media.url)
                    self.attach_link(draft.media.url)
            if saved.notes:
                self.status.setText(" ".join(say(note) for note in saved.notes))
        finally:
            self._restoring = False
        self.changed()

    # -- the panel contract ----------------------------------------------------------------------------------

    def on_changes(self, events: Sequence[Event]) -> None:
        if any(isinstance(e, AccountsChanged) for e in events):
            self.reload_accounts()
        self.recipients.on_changes(events)
        if self.right.currentWidget() is self.progress and any(
            isinstance(e, MessagesChanged | CampaignsChanged) for e in events
        ):
            self.progress.refresh()

    def shutdown(self) -> None:
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.save_draft()
        for timer in (self._preview_timer, self._plan_timer):
            timer.stop()
        self.recipients.shutdown()
        if isinstance(self.saved_button, QWidget) and hasattr(self.saved_button, "shutdown"):
            self.saved_button.shutdown()
        self.tasks.cancel_all()


def _own_chain(part: QWidget) -> list[QWidget]:
    """The controls inside ``part`` that take Tab focus, in the order of the focus chain."""
    found: list[QWidget] = []
    widget: QWidget | None = part.nextInFocusChain()
    for _ in range(2000):
        if widget is None or widget is part:
            break
        if part.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget not in found:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


async def _read(path: Path) -> ReadMedia:
    return await asyncio.to_thread(read_media, path)


def _dropped(event: QDropEvent) -> list[str]:
    return [url.toLocalFile() if url.isLocalFile() else url.toString() for url in event.mimeData().urls()]


def _duration(span: timedelta) -> str:
    """``3 h 20 min``, ``12 min``, ``under a minute``."""
    minutes = int(span.total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("Composer", "under a minute")
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    parts = []
    if days:
        parts.append(QCoreApplication.translate("Composer", "%1 d").replace("%1", fmt.number(days)))
    if hours:
        parts.append(QCoreApplication.translate("Composer", "%1 h").replace("%1", str(hours)))
    if minutes and not days:
        parts.append(QCoreApplication.translate("Composer", "%1 min").replace("%1", str(minutes)))
    return " ".join(parts)


def _quoted_variables(text: str) -> str:
    """``unknown variable {name}`` said as ``unknown variable “name”``: the braces are the text's, not words."""
    return re.sub(r"\{([^{}]*)\}", "“\\1”", text)


def _zone_words(tz: tzinfo) -> str:
    """``Asia/Jakarta (WIB)``, or "universal time" for the zone with no offset."""
    key = zone_key(tz)
    if key.upper() in ("UTC", "ETC/UTC", "Z", "+00:00", "GMT", "ETC/GMT"):
        return QCoreApplication.translate("Composer", "universal time")
    abbreviation = INDONESIAN_ABBREVIATIONS.get(key)
    words = key.replace("_", " ")
    return f"{words} ({abbreviation})" if abbreviation else words


def _when_words(at: datetime, tz: tzinfo) -> str:
    """``Thu 3 Dec 10:40`` in the user's zone."""
    local = at.astimezone(tz)
    shown = QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
    return QLocale().toString(shown, "ddd d MMM HH:mm")


def _nothing_written(draft: Draft) -> bool:
    """A draft with no words, no file and no kind's content yet: its bubble would be empty."""
    return not (draft.text.strip() or draft.caption.strip() or draft.media or draft.location or draft.content)
