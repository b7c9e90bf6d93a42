"""The Reports panel's Campaigns tab (a placeholder: the campaigns view replaces this module).

What the panel relies on: ``CampaignsView(ctx, bridge, parent)``, ``on_changes``, ``shutdown``,
``show_campaign(campaign_id)`` (select that campaign) and the ``show_messages(campaign_id)`` signal (the panel
then shows the Messages tab filtered to that campaign).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wadesk.services.events import Event
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext


class CampaignsView(QWidget):
    show_messages = Signal(int)  # a campaign's id: see its messages

    def __init__(self, ctx: UiContext, bridge: EventBridge | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self.campaign_id: int | None = None
        label = QLabel(self.tr("Your campaigns and how far each has gone will be shown here."))
        label.setObjectName("Muted")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def on_changes(self, events: Sequence[Event]) -> None:
        """Committed changes (a coalesced burst)."""

    def shutdown(self) -> None:
        """Stop what is under way (the window is closing)."""

    def show_campaign(self, campaign_id: int) -> None:
        """Select this campaign."""
        self.campaign_id = campaign_id
