"""After Send: how the send is going, right in the Composer, updated from the change feed.

A bulk send is a campaign: its messages counted by status (the store's own
counts), a progress bar, and Pause / Resume / Cancel through the same
service as ``wadesk campaign pause|resume|cancel``.  A single message shows
its own status.  The panel calls ``refresh`` when messages or campaigns change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from wadesk.domain.errors import WadeskError
from wadesk.domain.status import DeliveryStatus
from wadesk.services.campaign_actions import CampaignActions
from wadesk.store import Store
from wadesk.ui import format as fmt
from wadesk.ui import icons
from wadesk.ui.i18n import say

DONE = frozenset(
    {DeliveryStatus.ACCEPTED, DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.READ}
)  # the gateway took it, or later
FAILED = frozenset({DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN})
WAITING = frozenset({DeliveryStatus.QUEUED, DeliveryStatus.SCHEDULED, DeliveryStatus.SENDING})


def tr(text: str) -> str:
    return QCoreApplication.translate("Composer", text)


class SendProgress(QWidget):
    """Sent / failed / waiting of what was just sent, with the campaign's controls."""

    done = Signal()  # "Write another message"
    open_reports = Signal()  # "See it in Reports"

    def __init__(self, store: Store, campaigns: CampaignActions | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._campaigns = campaigns
        self.campaign_id: int | None = None
        self.message_ids: tuple[int, ...] = ()
        self.state = "active"
        self.counts: dict[DeliveryStatus, int] = {}

        self.title = QLabel()
        self.title.setObjectName("SectionTitle")
        self.title.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(tr("Sending progress"))
        self.bar.setTextVisible(False)  # a thin bar; the figures under it say how far
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setAccessibleName(tr("Sent, failed and waiting"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("Muted")
        self.pause_button = QPushButton(icons.icon("clock"), tr("Pause"))
        self.pause_button.setToolTip(tr("Stop sending the rest until you resume"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QPushButton(icons.icon("block"), tr("Cancel the rest"))
        self.cancel_button.setToolTip(tr("The messages not sent yet are never sent"))
        self.cancel_button.clicked.connect(self.cancel)
        self.reports_button = QPushButton(icons.icon("reports"), tr("See it in Reports"))
        self.reports_button.setToolTip(tr("Each message of this send and its delivery, in Reports"))
        self.reports_button.clicked.connect(self.open_reports)
        self.new_button = QPushButton(icons.icon("add"), tr("Write another"))
        self.new_button.setToolTip(tr("Back to the message editor"))
        self.new_button.clicked.connect(self.done)
        buttons = QHBoxLayout()  # the send's controls; "Write another" under them, in the narrow column
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        after = QHBoxLayout()
        after.setContentsMargins(0, 0, 0, 0)
        after.addWidget(self.reports_button)
        after.addStretch(1)
        after.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addWidget(self.figures)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addLayout(after)
        layout.addStretch(1)

    def follow(self, campaign_id: int | None, message_ids: Sequence[int] = (), *, title: str = "") -> None:
        """Show the campaign ``campaign_id``, or (no campaign) the messages ``message_ids``."""
        self.campaign_id, self.message_ids = campaign_id, tuple(message_ids)
        self.title.setText(title or tr("Sending…"))
        self.note.clear()
        self.refresh()

    def refresh(self) -> None:
        counts: dict[DeliveryStatus, int] = {}
        reasons: list[str] = []  # the gateway's words for a single message that failed
        if self.campaign_id is not None:
            campaign = self._store.outbox.campaign(self.campaign_id)
            counts, self.state = dict(campaign.counts), campaign.state
        else:
            for message_id in self.message_ids:
                message = self._store.messages.get(message_id)
                counts[message.status] = counts.get(message.status, 0) + 1
                if message.status in FAILED and message.error:
                    reasons.append(message.error)
        self.counts = counts
        total = sum(counts.values())
        sent = sum(n for s, n in counts.items() if s in DONE)
        failed = sum(n for s, n in counts.items() if s in FAILED)
        waiting = sum(n for s, n in counts.items() if s in WAITING)
        cancelled = counts.get(DeliveryStatus.CANCELLED, 0)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(total - waiting)
        parts = [
            tr("%1 sent").replace("%1", fmt.number(sent)),
            tr("%1 failed").replace("%1", fmt.number(failed)),
            tr("%1 waiting").replace("%1", fmt.number(waiting)),
        ]
        if cancelled:
            parts.append(tr("%1 cancelled").replace("%1", fmt.number(cancelled)))
        self.figures.setText(" · ".join(parts))
        bulk = self.campaign_id is not None and self._campaigns is not None
        self.pause_button.setVisible(bulk)
        self.cancel_button.setVisible(bulk)
        running = waiting > 0 and self.state != "cancelled"
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)
        self.pause_button.setText(tr("Resume") if self.state == "paused" else tr("Pause"))
        self.bar.setVisible(total > 0)  # nothing made yet (a repeating schedule's first time is days away)
        self.figures.setVisible(total > 0)
        if not total:
            self.note.setText(tr("Each time's messages are made a day before it; the Scheduler shows them all."))
            return
        if not waiting:
            self.title.setText(tr("All sent") if not failed else tr("Finished, with some failed"))
        elif self.state == "paused":
            self.title.setText(tr("Paused"))
        if reasons:
            self.note.setText(tr("Why: %1").replace("%1", say(reasons[0])))
        elif failed or waiting == 0:
            self.note.setText(tr("Every message's delivery is followed in Reports."))  # and the button goes there

    def sent_count(self) -> int:
        return sum(n for s, n in self.counts.items() if s in DONE)

    def toggle_pause(self) -> None:
        if self._campaigns is None or self.campaign_id is None:
            return
        try:
            if self.state == "paused":
                self._campaigns.resume(self.campaign_id)
            else:
                self._campaigns.pause(self.campaign_id)
        except WadeskError as exc:
            self.note.setText(say(exc))
        self.refresh()

    def cancel(self) -> None:
        if self._campaigns is None or self.campaign_id is None:
            return
        try:
            self._campaigns.cancel(self.campaign_id)
        except WadeskError as exc:
            self.note.setText(say(exc))
        self.refresh()
