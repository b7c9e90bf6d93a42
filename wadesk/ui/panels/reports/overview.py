"""The strip above the Reports panel's message table (a placeholder: the daily chart replaces this module).

What the panel relies on: ``DailyOverview(ctx, bridge, parent)``, ``on_changes`` and ``shutdown``; the panel puts
it above the table in a splitter that the user can drag (or close) to give the table all the room.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from wadesk.services.events import Event
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext


class DailyOverview(QWidget):
    def __init__(self, ctx: UiContext, bridge: EventBridge | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge

    def on_changes(self, events: Sequence[Event]) -> None:
        """Committed changes (a coalesced burst)."""

    def shutdown(self) -> None:
        """Stop what is under way (the window is closing)."""
