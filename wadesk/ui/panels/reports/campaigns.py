"""The Reports panel's Campaigns tab: every campaign with its progress, and the selected one in detail.

On the left each campaign, newest first, with a bar of where its messages
stand (waiting … read, failed, to check).  On the right the selected one:
its devices, pace and estimated finish (laid out by the same pacing code that
sends it, ``services.sending.estimate``), pause / resume / cancel, **Retry
failed** (only what certainly did not arrive: ``Outbox.retry_plan``), its
delivery funnel, and the messages in doubt with the choice to send them again
or mark them as sent.

Everything is read off the event loop and re-read when the change feed says
the campaigns' messages changed, at most every ``RELOAD_MS`` (the bar fills
while the campaign is sent, with nobody asking).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QLocale, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.status import DeliveryStatus
from wadesk.services.campaign_actions import CampaignActions
from wadesk.services.events import CampaignsChanged, Event, MessagesChanged
from wadesk.services.messages import MessageService
from wadesk.services.report_stats import CampaignProgress, Funnel, ReportStats, Stage, UncertainRow
from wadesk.services.sending.plan import Estimate
from wadesk.ui import format as fmt
from wadesk.ui import theme
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.i18n import say
from wadesk.ui.panels.reports.stages import stage_color, stage_words
from wadesk.ui.tasks import Tasks
from wadesk.ui.widgets.charts import FunnelChart, FunnelStage, StackedBar
from wadesk.ui.widgets.notice import Notice

RELOAD_MS = 1000  # change events closer together than this are one re-read (every campaign is counted again)
ID_ROLE = Qt.ItemDataRole.UserRole
BAR_STAGES = (
    Stage.READ,
    Stage.DELIVERED,
    Stage.SENT,
    Stage.ACCEPTED,
    Stage.SENDING,
    Stage.WAITING,
    Stage.UNCERTAIN,
    Stage.FAILED,
    Stage.CANCELLED,
)  # left to right: the furthest first, what went wrong at the end


def bar_parts(stages: dict[Stage, int]) -> list[FunnelStage]:
    return [FunnelStage(stage_words(s), stages.get(s, 0), stage_color(s)) for s in BAR_STAGES]


def _when(moment: datetime, now: datetime) -> str:
    """A time today as "14:32", another day's in full (this computer's time zone)."""
    local, today = moment.astimezone(), now.astimezone()
    if local.date() == today.date():
        return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")
    return fmt.moment(moment)


def doubt_words(widget: QWidget, error: str | None) -> str:
    """Why a message is in doubt, in plain words: the gateway's own words, never the raw data it answered with."""
    if not error:
        return widget.tr("No answer was recorded; it may have arrived")
    raw = min((i for i in (error.find("{"), error.find("<"), error.find("[")) if i >= 0), default=-1)
    if raw < 0:
        return error[:1].upper() + error[1:]
    if "not valid data" in error:
        head = error.split(":", 1)[0] if ":" in error[:raw] else ""
        words = widget.tr("its answer could not be read; it may have taken the message")
        return f"{head}: {words}" if head else words[:1].upper() + words[1:]
    kept = error[:raw].rstrip(" :'\"(")
    return (kept[:1].upper() + kept[1:]) if kept else widget.tr("The gateway's answer could not be read")


class ElidedLabel(QLabel):
    """A one-line label that shows "…" when too narrow, its whole text in the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.set_whole_text(text)

    @property
    def whole_text(self) -> str:
        return self._whole

    def set_whole_text(self, text: str) -> None:
        self._whole = text
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, max(0, self.width() - 2))
        self.setText(shown)
        self.setToolTip(self._whole if shown != self._whole else "")


class CampaignRow(QWidget):
    """One campaign in the list: its name, how far it is, and its bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = ElidedLabel()
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.summary = ElidedLabel()
        self.summary.setObjectName("Muted")
        self.bar = StackedBar(bar_height=8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addWidget(self.name)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)

    def show_progress(self, progress: CampaignProgress) -> None:
        self.name.set_whole_text(progress.campaign.name)
        self.summary.set_whole_text(summary_words(self, progress))
        self.bar.set_parts(bar_parts(progress.stages))


def state_words(widget: QWidget, progress: CampaignProgress) -> str:
    state = progress.campaign.state
    if state == "cancelled":
        return widget.tr("Cancelled")
    if state == "paused":
        return widget.tr("Paused")
    if progress.finished:
        return widget.tr("Finished")
    return widget.tr("Sending")


def summary_words(widget: QWidget, progress: CampaignProgress) -> str:
    """ "Sending · 12 of 40 done · 2 failed"."""
    done = progress.total - progress.waiting - progress.stages[Stage.CANCELLED]
    words = [
        state_words(widget, progress),
        widget.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(progress.total)),
    ]
    if progress.stages[Stage.FAILED]:
        words.append(widget.tr("%1 failed").replace("%1", str(progress.stages[Stage.FAILED])))
    if progress.stages[Stage.UNCERTAIN]:
        words.append(widget.tr("%1 to check").replace("%1", str(progress.stages[Stage.UNCERTAIN])))
    return " · ".join(words)


@dataclass(frozen=True)
class _Detail:
    """What the detail area shows about one campaign, read together."""

    progress: CampaignProgress
    funnel: Funnel
    uncertain: list[UncertainRow]
    estimate: Estimate | None
    now: datetime  # when it was read


class CampaignsView(QWidget):
    """Every campaign and its progress (see the module's docstring)."""

    show_messages = Signal(int)  # a campaign id: show that campaign's messages

    def __init__(self, ctx: UiContext, bridge: EventBridge | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stats = ReportStats(ctx.store)
        self.campaign_actions = ctx.campaigns or CampaignActions(ctx.store, ctx.events)
        self.messages = MessageService(ctx.store, ctx.accounts, ctx.events)
        self.tasks = Tasks(self)
        self.progress: dict[int, CampaignProgress] = {}
        self.detail: _Detail | None = None
        self._rows: dict[int, tuple[QListWidgetItem, CampaignRow]] = {}
        self._wanted: int | None = None  # a campaign asked for before it was listed
        self._reading = False
        self._again = False
        self._alive = True
        self._retrying = False

        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(RELOAD_MS)
        self.reload_timer.timeout.connect(self.reload)

        # -- the list ----------------------------------------------------------------
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Campaigns"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._selected)
        self.list.setMinimumWidth(220)
        c = theme.current()  # a soft selection: the row's muted words and its bar stay readable
        self.list.setStyleSheet(
            f"QListWidget::item:selected {{ background: {c.sidebar_selected}; color: {c.text}; }}"
            f"QListWidget::item {{ border-bottom: 1px solid {c.border}; }}"
        )
        self.empty = QLabel(self.tr("No campaigns yet. A message sent to several people at once appears here."))
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)

        # -- the detail ----------------------------------------------------------------
        self.title = ElidedLabel()
        self.title.setObjectName("SectionTitle")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setObjectName("Muted")
        self.bar = StackedBar(bar_height=16)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.finish = QLabel()
        self.finish.setWordWrap(True)

        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QPushButton(self.tr("Cancel campaign"))
        self.cancel_button.setToolTip(self.tr("Messages not sent yet are not sent; what went out stays as it is"))
        self.cancel_button.clicked.connect(self.cancel_campaign)
        self.retry_button = QPushButton(self.tr("Retry failed"))
        self.retry_button.setToolTip(
            self.tr("Send again, once, only the messages that certainly did not arrive (not those to check)")
        )
        self.retry_button.clicked.connect(self.retry_failed)
        self.messages_button = QPushButton(self.tr("Show messages"))
        self.messages_button.clicked.connect(self._show_messages)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.pause_button, self.cancel_button, self.retry_button, self.messages_button):
            buttons.addWidget(button)
        buttons.addStretch()

        self.feedback = Notice()

        funnel_title = QLabel(self.tr("Delivery"))
        funnel_title.setObjectName("SectionTitle")
        self.funnel = FunnelChart()
        self.funnel.setAccessibleName(self.tr("Delivery funnel"))
        self.funnel.empty_text = self.tr("Nothing sent yet")
        self.funnel.setMinimumHeight(150)
        self.funnel.setMaximumHeight(170)

        self.uncertain_title = QLabel()
        self.uncertain_title.setObjectName("SectionTitle")
        self.uncertain_help = QLabel(
            self.tr(
                "wadesk cannot tell whether these reached the gateway. Check on the phone or ask the customer, "
                "then send them again or mark them as sent."
            )
        )
        self.uncertain_help.setWordWrap(True)
        self.uncertain_help.setObjectName("Muted")
        self.uncertain = QTableWidget(0, 2)
        self.uncertain.setAccessibleName(self.tr("Messages to check"))
        self.uncertain.setHorizontalHeaderLabels([self.tr("Recipient"), self.tr("Why it is in doubt")])
        self.uncertain.verticalHeader().setVisible(False)
        self.uncertain.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.uncertain.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.uncertain.setTabKeyNavigation(False)
        self.uncertain.setWordWrap(False)
        header = self.uncertain.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.uncertain.setMinimumHeight(120)
        self.uncertain.itemSelectionChanged.connect(self._update_buttons)
        self.send_again_button = QPushButton(self.tr("Send again"))
        self.send_again_button.setToolTip(self.tr("wadesk sends the selected messages once more"))
        self.send_again_button.clicked.connect(self.send_again)
        self.mark_sent_button = QPushButton(self.tr("Mark as sent"))
        self.mark_sent_button.setToolTip(self.tr("They did arrive: nothing is sent"))
        self.mark_sent_button.clicked.connect(self.mark_sent)
        decide = QHBoxLayout()
        decide.addWidget(self.send_again_button)
        decide.addWidget(self.mark_sent_button)
        decide.addStretch()
        self.uncertain_box = QWidget()
        box = QVBoxLayout(self.uncertain_box)
        box.setContentsMargins(0, 8, 0, 0)
        box.setSpacing(6)
        box.addWidget(self.uncertain_title)
        box.addWidget(self.uncertain_help)
        box.addWidget(self.uncertain)
        box.addLayout(decide)

        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(12, 4, 12, 12)
        column.setSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.facts)
        column.addWidget(self.bar)
        column.addWidget(self.legend)
        column.addWidget(self.finish)
        column.addLayout(buttons)
        column.addWidget(self.feedback)
        column.addWidget(funnel_title)
        column.addWidget(self.funnel)
        column.addWidget(self.uncertain_box)
        column.addStretch()
        self.detail_area = QScrollArea()
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_area.setWidget(detail)
        self.detail_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_area)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._show_detail(None)
        if bridge is not None:
            bridge.changes.connect(self.on_changes)
        self.reload()

    # -- reading --------------------------------------------------------------------

    def on_changes(self, events: Sequence[Event]) -> None:
        if any(isinstance(e, MessagesChanged | CampaignsChanged) for e in events) and not self.reload_timer.isActive():
            self.reload_timer.start()

    def reload(self) -> None:
        """Read every campaign, and the selected one's detail, off the event loop (one read at a time)."""
        if not self._alive:
            return
        if self._reading:
            self._again = True
            return
        self._reading = True
        selected = self.selected_id() if self._wanted is None else self._wanted
        self.tasks.start(self._read(selected, self.ctx.clock.now()), done=self._read_done, failed=self._read_failed)

    async def _read(self, selected: int | None, now: datetime) -> tuple[list[CampaignProgress], _Detail | None]:
        campaigns = await asyncio.to_thread(self.stats.campaigns)
        if selected is None and campaigns:
            selected = campaigns[0].campaign.id
        chosen = next((p for p in campaigns if p.campaign.id == selected), None)
        if chosen is None:
            return campaigns, None
        funnel = await asyncio.to_thread(self.stats.funnel, chosen.campaign.id)
        uncertain = await asyncio.to_thread(self.stats.uncertain, chosen.campaign.id)
        estimate = await self.stats.finish_estimate(chosen, now)
        return campaigns, _Detail(chosen, funnel, uncertain, estimate, now)

    def _read_failed(self, words: str) -> None:
        self._reading = False
        self.feedback.show_message(self.tr("The campaigns could not be read: %1").replace("%1", words), "error")

    def _read_done(self, result: tuple[list[CampaignProgress], _Detail | None]) -> None:
        self._reading = False
        campaigns, detail = result
        self._show_list(campaigns)
        if self._wanted is not None and (self._wanted not in self.progress or detail is not None):
            self._wanted = None  # shown, or there is no such campaign
        self._show_detail(detail)
        if self._again:
            self._again = False
            self.reload()

    # -- showing ------------------------------------------------------------------

    def _show_list(self, campaigns: list[CampaignProgress]) -> None:
        self.progress = {p.campaign.id: p for p in campaigns}
        self.list.blockSignals(True)
        try:
            for gone in [i for i in self._rows if i not in self.progress]:
                item, _ = self._rows.pop(gone)
                self.list.takeItem(self.list.row(item))
            for position, progress in enumerate(campaigns):  # newest first
                cid = progress.campaign.id
                if cid not in self._rows:
                    item = QListWidgetItem()
                    item.setData(ID_ROLE, cid)
                    row = CampaignRow()
                    self.list.insertItem(position, item)
                    self.list.setItemWidget(item, row)
                    self._rows[cid] = (item, row)
                item, row = self._rows[cid]
                row.show_progress(progress)
                item.setSizeHint(QSize(0, row.sizeHint().height()))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{progress.campaign.name}: {row.summary.whole_text}")
            wanted = self._wanted if self._wanted in self._rows else None
            if wanted is not None:
                self.list.setCurrentItem(self._rows[wanted][0])
            elif self.list.currentItem() is None and campaigns:
                self.list.setCurrentItem(self._rows[campaigns[0].campaign.id][0])
        finally:
            self.list.blockSignals(False)
        self.empty.setVisible(not campaigns)
        self.list.setVisible(bool(campaigns))

    def _show_detail(self, detail: _Detail | None) -> None:
        self.detail = detail
        shown = detail is not None
        for widget in (self.bar, self.legend, self.finish, self.funnel, self.facts):
            widget.setVisible(shown)
        if detail is None:
            self.title.set_whole_text(self.tr("No campaign selected"))
            self.uncertain_box.setVisible(False)
            self._update_buttons()
            return
        progress = detail.progress
        campaign = progress.campaign
        self.title.set_whole_text(campaign.name)
        devices = ", ".join(progress.devices)
        self.facts.setText(
            self.tr("%1 · started %2 · from %3 · pace: %4")
            .replace("%1", state_words(self, progress))
            .replace("%2", fmt.moment(campaign.created_at))
            .replace("%3", devices)
            .replace("%4", say(progress.pace))
        )
        parts = bar_parts(progress.stages)
        self.bar.set_parts(parts)
        self.legend.setText(
            " &nbsp; ".join(
                f'<span style="color:{p.color.name()}">&#9632;</span>&nbsp;{p.label}&nbsp;{p.count}'
                for p in parts
                if p.count
            )
        )
        self.legend.setAccessibleName(self.bar.describe())
        self.finish.setText(self._finish_words(detail))
        funnel = detail.funnel
        steps = dict(funnel.steps)
        self.funnel.set_stages(
            [
                FunnelStage(self.tr("All messages"), funnel.total, stage_color(Stage.WAITING)),
                FunnelStage(stage_words(Stage.ACCEPTED), steps["accepted"], stage_color(Stage.ACCEPTED)),
                FunnelStage(stage_words(Stage.SENT), steps["sent"], stage_color(Stage.SENT)),
                FunnelStage(stage_words(Stage.DELIVERED), steps["delivered"], stage_color(Stage.DELIVERED)),
                FunnelStage(stage_words(Stage.READ), steps["read"], stage_color(Stage.READ)),
            ]
        )
        self._show_uncertain(detail)
        self._update_buttons()

    def _finish_words(self, detail: _Detail) -> str:
        progress = detail.progress
        state = progress.campaign.state
        if state == "cancelled":
            return self.tr("Cancelled: nothing more is sent.")
        if progress.stages[Stage.WAITING] == 0:
            if progress.stages[Stage.SENDING]:
                return self.tr("The last messages are being sent.")
            return self.tr("Everything has been sent; delivery reports may still arrive.")
        if state == "paused":
            return self.tr("Paused with %1 messages waiting. Resume to send them.").replace(
                "%1", str(progress.stages[Stage.WAITING])
            )
        estimate, now = detail.estimate, detail.now
        if estimate is None:
            return self.tr("%1 messages waiting.").replace("%1", str(progress.stages[Stage.WAITING]))
        if estimate.finish <= estimate.start:
            return self.tr("%1 messages waiting; they go out now.").replace("%1", str(progress.stages[Stage.WAITING]))
        return (
            self.tr("%1 messages waiting; done about %2 (at the latest %3).")
            .replace("%1", str(progress.stages[Stage.WAITING]))
            .replace("%2", _when(estimate.finish, now))
            .replace("%3", _when(estimate.latest, now))
        )

    def _show_uncertain(self, detail: _Detail) -> None:
        rows = detail.uncertain
        count = detail.progress.stages[Stage.UNCERTAIN]
        self.uncertain_box.setVisible(count > 0)
        self.uncertain_title.setText(self.tr("To check (%1)").replace("%1", str(count)))
        selected = set(self.selected_uncertain())
        self.uncertain.setRowCount(len(rows))
        for index, row in enumerate(rows):
            who = QTableWidgetItem(row.recipient if row.is_group else fmt.phone(row.recipient))
            who.setData(ID_ROLE, row.id)
            who.setToolTip(who.text())
            why = QTableWidgetItem(doubt_words(self, row.error))
            why.setToolTip(why.text())
            self.uncertain.setItem(index, 0, who)
            self.uncertain.setItem(index, 1, why)
            if row.id in selected:
                self.uncertain.selectRow(index)

    def _update_buttons(self) -> None:
        detail = self.detail
        progress = detail.progress if detail is not None else None
        state = progress.campaign.state if progress is not None else "cancelled"
        for button in (self.pause_button, self.cancel_button):
            button.setEnabled(progress is not None and state != "cancelled" and not progress.finished)
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        failed = progress.stages[Stage.FAILED] if progress is not None else 0
        self.retry_button.setText(self.tr("Retry failed (%1)").replace("%1", str(failed)))
        self.retry_button.setEnabled(
            failed > 0 and state == "active" and self.ctx.outbox is not None and not self._retrying
        )
        self.messages_button.setEnabled(progress is not None)
        chosen = bool(self.selected_uncertain())
        self.send_again_button.setEnabled(chosen)
        self.mark_sent_button.setEnabled(chosen)

    # -- selection ------------------------------------------------------------------

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def show_campaign(self, campaign_id: int) -> None:
        """Select the campaign (once it is listed, if it is not yet)."""
        entry = self._rows.get(campaign_id)
        if entry is None:
            self._wanted = campaign_id
            self.reload()
            return
        self.list.setCurrentItem(entry[0])
        self.list.scrollToItem(entry[0])

    def _selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        cid = int(current.data(ID_ROLE))
        if self.detail is None or self.detail.progress.campaign.id != cid:
            self.uncertain.clearSelection()
            self.reload()

    def selected_uncertain(self) -> list[int]:
        ids = []
        for index in self.uncertain.selectionModel().selectedRows():
            item = self.uncertain.item(index.row(), 0)
            if item is not None:
                ids.append(int(item.data(ID_ROLE)))
        return ids

    # -- actions ---------------------------------------------------------------------

    def _campaign(self) -> CampaignProgress | None:
        return self.detail.progress if self.detail is not None else None

    def toggle_pause(self) -> None:
        progress = self._campaign()
        if progress is None:
            return
        paused = progress.campaign.state == "paused"
        act = self.campaign_actions.resume if paused else self.campaign_actions.pause
        said = (
            self.tr("Sending goes on.") if paused else self.tr("Paused: what is under way finishes, nothing more goes.")
        )
        self._act(asyncio.to_thread(act, progress.campaign.id), said)

    def cancel_campaign(self) -> None:
        progress = self._campaign()
        if progress is None:
            return
        self._act(
            asyncio.to_thread(self.campaign_actions.cancel, progress.campaign.id),
            self.tr("Cancelled: the messages not sent yet will not be sent."),
        )

    def retry_failed(self) -> None:
        """Send again, once, exactly the campaign's failed messages (never the ones to check)."""
        progress = self._campaign()
        outbox = self.ctx.outbox
        if progress is None or outbox is None:
            return
        cid = progress.campaign.id

        async def retry() -> str:
            plan = await asyncio.to_thread(outbox.retry_plan, campaign_id=cid)
            if not plan.ids:
                return self.tr("Nothing to retry: no message of this campaign certainly failed.")
            rows = await outbox.retry(plan)
            still = sum(1 for r in rows if r.status is DeliveryStatus.FAILED)
            words = self.tr("%1 failed messages sent again.").replace("%1", str(len(plan.ids)))
            if still:
                words += " " + self.tr("%1 failed again; the gateway's words are in the messages.").replace(
                    "%1", str(still)
                )
            return words

        self._retrying = True
        self.retry_button.setEnabled(False)
        self.tasks.start(retry(), done=self._retried, failed=self._retry_failed)

    def _retried(self, words: str) -> None:
        self._retrying = False
        self._acted(words)

    def _retry_failed(self, words: str) -> None:
        self._retrying = False
        self._act_failed(words)

    def send_again(self) -> None:
        self.decide(send_again=True)

    def mark_sent(self) -> None:
        self.decide(send_again=False)

    def decide(self, *, send_again: bool) -> None:
        """The user's answer for the selected messages in doubt: send them again, or they did arrive."""
        ids = self.selected_uncertain()
        if not ids:
            return

        def answer() -> int:
            for message_id in ids:
                self.messages.decide_uncertain(message_id, send_again=send_again)
            return len(ids)

        said = (
            self.tr("%1 messages will be sent again.") if send_again else self.tr("%1 messages marked as sent.")
        ).replace("%1", str(len(ids)))
        self._act(asyncio.to_thread(answer), said)

    def _act(self, work: Awaitable[object], said: str) -> None:
        async def run() -> str:
            await work
            return said

        self.tasks.start(run(), done=self._acted, failed=self._act_failed)

    def _acted(self, words: str) -> None:
        self.feedback.show_message(words, "ok")
        self.reload()

    def _act_failed(self, words: str) -> None:
        self.feedback.show_message(words[:1].upper() + words[1:], "error")
        self.reload()

    def _show_messages(self) -> None:
        cid = self.selected_id()
        if cid is not None:
            self.show_messages.emit(cid)

    # -- life cycle ------------------------------------------------------------------

    def shutdown(self) -> None:
        self._alive = False
        self.reload_timer.stop()
        self.tasks.cancel_all()
