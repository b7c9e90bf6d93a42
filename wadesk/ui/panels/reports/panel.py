"""The Reports panel: did my customers get it?  Two tabs, Messages (``messages.py``) and Campaigns
(``campaigns.py``), under a header that says when the gateways were last asked, with Refresh to ask them now.

"Last checked" is when a gateway last answered a delivery check (``StatusPoller.last_checked``: the live poller's
checks and Refresh both count); it is read (no I/O) every few seconds and after each burst of changes.  Refresh
asks every account's gateway about its messages in flight, through the same service the poller uses; what moved
arrives through the change feed like any other report.

A campaign's "see its messages" (``CampaignsView.show_messages``) opens the Messages tab filtered to it;
``show_campaign`` (the Composer's "See it in Reports") opens the Campaigns tab on that campaign.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from wadesk.services.events import Event
from wadesk.services.reports import RefreshResult
from wadesk.ui import icons, theme
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.format import number
from wadesk.ui.i18n import say
from wadesk.ui.panels.base import Panel, ShowSend
from wadesk.ui.panels.reports.campaigns import CampaignsView
from wadesk.ui.panels.reports.messages import MessagesView
from wadesk.ui.tasks import Tasks
from wadesk.ui.widgets.spinner import Spinner

CHECKED_EVERY_MS = 5_000  # how often "Last checked" is read again (an attribute, no I/O)


class ReportsPanel(Panel):
    def __init__(
        self, ctx: UiContext, bridge: EventBridge | None, parent: QWidget | None = None, *, page_size: int = 100
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self._tasks = Tasks(self)

        title = QLabel(self.tr("Reports"))
        title.setObjectName("PanelTitle")
        subtitle = QLabel(self.tr("Whether each message was delivered and read."))
        subtitle.setObjectName("PanelSubtitle")
        subtitle.setWordWrap(True)
        subtitle.setMinimumWidth(100)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(subtitle)
        self.spinner = Spinner(18)
        self.checked_label = QLabel()
        self.checked_label.setObjectName("Muted")
        self.refresh_button = QPushButton(icons.icon("refresh"), self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Ask the gateways now about messages on their way"))
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addLayout(heading, 1)
        header.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.checked_label, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.messages = MessagesView(ctx, bridge, page_size=page_size)
        self.campaigns = CampaignsView(ctx, bridge)
        self.campaigns.show_messages.connect(self.show_campaign_messages)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the focus, not the frame around it
        self._style_tabs()
        self.tabs.addTab(self.messages, icons.icon("list"), self.tr("Messages"))
        self.tabs.addTab(self.campaigns, icons.icon("reports"), self.tr("Campaigns"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 10)  # a little less than the other panels: the table needs the room
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        # Only once it has a parent: shown before, it would flash up as a window of its own and take the focus.
        self.refresh_button.setVisible(ctx.reports is not None)

        self.remember("splitter", self.messages.splitter)
        self.remember("columns", self.messages.view.horizontalHeader())
        self._checked_timer = QTimer(self)
        self._checked_timer.setInterval(CHECKED_EVERY_MS)
        self._checked_timer.timeout.connect(self.show_checked)
        self._checked_timer.start()
        self.show_checked()

    def _style_tabs(self) -> None:
        """The window's style sheet has no tab rule yet: the tab the keyboard is on gets the accent ring here."""
        colors = theme.current()
        self.tabs.tabBar().setStyleSheet(
            f"QTabBar::tab {{ padding: 6px 14px; margin-right: 4px; border: 1px solid {colors.border};"
            f" border-bottom: none; border-top-left-radius: 6px; border-top-right-radius: 6px;"
            f" background: {colors.window}; color: {colors.muted}; }}"
            f" QTabBar::tab:selected {{ background: {colors.base}; color: {colors.text}; }}"
            f" QTabBar::tab:focus {{ border: 2px solid {colors.accent}; border-bottom: none; padding: 5px 13px; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light or dark: the tabs follow
            self._style_tabs()

    # -- last checked, refresh -----------------------------------------------------------

    def show_checked(self) -> None:
        reports = self.ctx.reports
        checked = reports.last_checked if reports is not None else None
        if checked is None:
            self.checked_label.setText(self.tr("Not checked yet"))
            self.checked_label.setToolTip(
                self.tr("wadesk asks the gateways while messages are on their way, or when you press Refresh.")
            )
            return
        stamp = QDateTime.fromSecsSinceEpoch(int(checked.timestamp()))
        self.checked_label.setText(self.tr("Last checked %1").replace("%1", QLocale().toString(stamp, "HH:mm")))
        self.checked_label.setToolTip(QLocale().toString(stamp, "d MMM yyyy, HH:mm:ss"))

    def refresh(self) -> None:
        reports = self.ctx.reports
        if reports is None or not self.refresh_button.isEnabled():
            return
        self.refresh_button.setEnabled(False)
        self.spinner.set_running(True)
        self._tasks.start(reports.refresh(), done=self._refreshed, failed=self._refresh_failed)

    def _refreshed(self, results: list[RefreshResult]) -> None:
        self._refresh_ended()
        failed = [r for r in results if r.error]
        asked = sum(r.asked for r in results)
        changed = sum(r.changed for r in results)
        if failed:
            words = "; ".join(f"{r.account}: {say(r.error or '')}" for r in failed)
            self.messages.notice.show_message(
                self.tr("Some gateways could not be asked. %1").replace("%1", words), "error"
            )
        elif not asked:
            self.messages.notice.show_message(self.tr("No message is on its way: nothing to ask the gateways."), "info")
        elif changed == 1:
            self.messages.notice.show_message(
                self.tr("Asked about %1 messages: 1 has news.").replace("%1", number(asked)), "ok"
            )
        else:
            self.messages.notice.show_message(
                self.tr("Asked about %1 messages: %2 have news.")
                .replace("%1", number(asked))
                .replace("%2", number(changed)),
                "ok",
            )

    def _refresh_failed(self, words: str) -> None:
        self._refresh_ended()
        self.messages.notice.show_message(self.tr("Could not ask the gateways: %1").replace("%1", words), "error")

    def _refresh_ended(self) -> None:
        self.refresh_button.setEnabled(True)
        self.spinner.set_running(False)
        self.show_checked()

    # -- switching between the tabs --------------------------------------------------------

    def show_campaign(self, campaign_id: int) -> None:
        """The Campaigns tab with this campaign selected (the Composer's "See it in Reports")."""
        self.tabs.setCurrentWidget(self.campaigns)
        self.campaigns.show_campaign(campaign_id)

    def show_campaign_messages(self, campaign_id: int) -> None:
        """The Messages tab, showing only this campaign's messages."""
        self.tabs.setCurrentWidget(self.messages)
        self.messages.show_campaign(campaign_id)

    def show_target(self, target: object) -> None:
        """A send another panel just made (the Composer's "See it in Reports"): its campaign, or — one message —
        every message, newest first, where it is on top."""
        if not isinstance(target, ShowSend):
            return
        if target.campaign_id is not None:
            self.show_campaign(target.campaign_id)
            return
        self.tabs.setCurrentWidget(self.messages)
        filters = self.messages.filters
        filters.search.clear()
        filters.set_status(None)
        filters.set_campaign(None)

    # -- the panel contract ------------------------------------------------------------------

    def on_changes(self, events: Sequence[Event]) -> None:
        self.messages.on_changes(events)
        self.campaigns.on_changes(events)
        self.show_checked()

    def shutdown(self) -> None:
        self._checked_timer.stop()
        self._tasks.cancel_all()
        self.messages.shutdown()
        self.campaigns.shutdown()
