"""One line (wrapping in a narrow window) with how many messages the current filter finds per status:
``● Read 120   ● Delivered 30   ● Failed 4``.

Counted over the filter without its status condition (one SQL ``GROUP BY``), so that the line shows where the
messages stand, the status picked among them in bold.  Statuses with no message are left out.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from wadesk.domain.status import DeliveryStatus
from wadesk.ui import theme
from wadesk.ui.models.messages import status_words
from wadesk.ui.panels.reports.table import status_color

# The order a shop owner reads them in: what arrived, what is on its way, what needs a look.
ORDER = (
    DeliveryStatus.READ,
    DeliveryStatus.DELIVERED,
    DeliveryStatus.SENT,
    DeliveryStatus.ACCEPTED,
    DeliveryStatus.SENDING,
    DeliveryStatus.QUEUED,
    DeliveryStatus.SCHEDULED,
    DeliveryStatus.FAILED,
    DeliveryStatus.UNCERTAIN,
    DeliveryStatus.CANCELLED,
)


class StatusChips(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[DeliveryStatus, int] = {}
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setMinimumWidth(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Messages per status"))

    def show_counts(self, counts: Mapping[DeliveryStatus, int], marked: frozenset[DeliveryStatus]) -> None:
        self.counts = dict(counts)
        muted = theme.current().muted
        parts = []
        for status in ORDER:
            count = counts.get(status, 0)
            if not count:
                continue
            dot = status_color(status)
            words = html.escape(status_words(status)).replace(" ", "&nbsp;")
            number = f"{count:,}"
            if status in marked:
                words, number = f"<b>{words}</b>", f"<b>{number}</b>"
            count_text = f'<span style="color:{muted}">{number}</span>'
            parts.append(f'<span style="color:{dot}">&#9679;</span>&nbsp;{words}&nbsp;{count_text}')
        self.setText("&nbsp;&nbsp; ".join(parts))
        self.setAccessibleDescription(self.words())

    def words(self) -> str:
        """What the line says, in plain text (for a test or a screen reader)."""
        return " · ".join(f"{status_words(s)} {self.counts[s]:,}" for s in ORDER if self.counts.get(s))
