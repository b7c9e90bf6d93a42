"""One line with how many messages the current filter finds per status: ``● Read 120   ● Delivered 30   ● Failed 4``.

Counted over the filter without its status condition (one SQL ``GROUP BY``), so that the line shows where the
messages stand, the status picked among them in bold.  Statuses with no message are left out.  The line never
wraps: in a narrow window it shows the first statuses that fit and "+N more", every count in its tooltip.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from wadesk.domain.status import DeliveryStatus
from wadesk.ui import theme
from wadesk.ui.format import number as count_words
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
_GAP = "   "


def chip_words(status: DeliveryStatus) -> str:
    """The status as the line of counts names it: as the table does, shorter where that is long."""
    if status is DeliveryStatus.ACCEPTED:
        return QCoreApplication.translate("StatusChips", "At the gateway")
    return status_words(status)


class StatusChips(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[DeliveryStatus, int] = {}
        self.marked: frozenset[DeliveryStatus] = frozenset()
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Messages per status"))

    def show_counts(self, counts: Mapping[DeliveryStatus, int], marked: frozenset[DeliveryStatus]) -> None:
        self.counts = dict(counts)
        self.marked = marked
        self.setToolTip("\n".join(f"{status_words(s)}: {count_words(self.counts[s])}" for s in self._present()))
        self.setAccessibleDescription(self.words())
        self._render()

    def words(self) -> str:
        """Every count, in plain text (for a test or a screen reader)."""
        return " · ".join(f"{status_words(s)} {count_words(self.counts[s])}" for s in self._present())

    def _present(self) -> list[DeliveryStatus]:
        return [s for s in ORDER if self.counts.get(s)]

    def _render(self) -> None:
        """As many statuses as the width allows (measured in bold, the widest they are drawn), then "+N more"."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        available = self.contentsRect().width() - 4
        present = self._present()
        muted = theme.current().muted
        parts: list[str] = []
        used = 0
        for index, status in enumerate(present):
            words, number = chip_words(status), count_words(self.counts[status])
            width = metrics.horizontalAdvance(f"● {words} {number}{_GAP}")
            left = len(present) - index - 1
            reserve = metrics.horizontalAdvance(self._more(left)) if left else 0
            if used + width + reserve > available:
                parts.append(html.escape(self._more(len(present) - index)))
                break
            used += width
            shown_words = html.escape(words).replace(" ", "&nbsp;")
            if status in self.marked:
                shown_words, number = f"<b>{shown_words}</b>", f"<b>{number}</b>"
            dot = f'<span style="color:{status_color(status)}">&#9679;</span>'
            parts.append(f'{dot}&nbsp;{shown_words}&nbsp;<span style="color:{muted}">{number}</span>')
        self.setText("&nbsp;&nbsp;&nbsp;".join(parts))

    def _more(self, count: int) -> str:
        return self.tr("+%1 more").replace("%1", count_words(count))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._more(10)) + 8, super().minimumSizeHint().height())
