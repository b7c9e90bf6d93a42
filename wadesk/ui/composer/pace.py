"""The Composer's own pace, in plain words: "between 20 and 40 seconds apart, at most 150 a day".

It writes the pace as the sending service reads it (``policy_from``): the Safe
preset with the user's gap and daily cap, so its rests between runs of
messages are kept.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from wadesk.domain.errors import ValidationError
from wadesk.services.pacing import PacePolicy, policy_from
from wadesk.services.pacing.policy import PRESETS
from wadesk.ui import format as fmt

BASE = "safe"  # a custom pace changes Safe's gap and cap; its rests stay
MAX_GAP_SECONDS = 3600
MAX_DAILY = 10_000


def _spin(low: int, high: int, value: int, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setAccessibleName(name)
    return box


def _minutes(seconds: float) -> str:
    """``300`` as ``5``, ``90`` as ``1.5`` (``1,5`` in Indonesian)."""
    minutes = seconds / 60
    return fmt.number(int(minutes)) if minutes.is_integer() else fmt.number(minutes, 1)


class CustomPace(QWidget):
    """Three boxes for the gap between messages and the daily cap; ``changed`` when one changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        safe = PRESETS[BASE]
        self.shortest = _spin(0, MAX_GAP_SECONDS, int(safe.min_delay), self.tr("Shortest gap in seconds"))
        self.longest = _spin(0, MAX_GAP_SECONDS, int(safe.max_delay), self.tr("Longest gap in seconds"))
        self.daily = _spin(0, MAX_DAILY, safe.daily_cap or 0, self.tr("At most this many a day"))
        self.daily.setSpecialValueText(self.tr("no limit"))
        for box in (self.shortest, self.longest, self.daily):
            box.valueChanged.connect(self._changed)
        rests = QLabel(
            self.tr("A rest of %1–%2 minutes after every %3 messages, as with Safe.")
            .replace("%1", _minutes(safe.rest_min))
            .replace("%2", _minutes(safe.rest_max))
            .replace("%3", fmt.number(safe.rest_every or 0))
        )
        rests.setObjectName("Muted")
        rests.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Wait between")), 0, 0)
        grid.addWidget(self.shortest, 0, 1)
        grid.addWidget(QLabel(self.tr("and")), 0, 2)
        grid.addWidget(self.longest, 0, 3)
        grid.addWidget(QLabel(self.tr("seconds")), 0, 4)
        grid.addWidget(QLabel(self.tr("At most")), 1, 0)
        grid.addWidget(self.daily, 1, 1)
        grid.addWidget(QLabel(self.tr("a day")), 1, 2, 1, 3)
        grid.addWidget(rests, 2, 0, 1, 5)
        grid.setColumnStretch(4, 1)

    def _changed(self) -> None:
        if self.longest.value() < self.shortest.value():  # the longest gap follows the shortest up
            self.longest.setValue(self.shortest.value())
        self.changed.emit()

    def spec(self) -> str:
        """The pace as the sending service reads it."""
        daily = self.daily.value() or "none"
        return f"{BASE},min={self.shortest.value()},max={self.longest.value()},daily_cap={daily}"

    def set_spec(self, spec: str) -> bool:
        """Show a pace written before; False when it cannot be read (the boxes keep what they had)."""
        try:
            policy: PacePolicy = policy_from(spec)
        except ValidationError:
            return False
        for box, value in (
            (self.shortest, policy.min_delay),
            (self.longest, policy.max_delay),
            (self.daily, policy.daily_cap or 0),
        ):
            box.blockSignals(True)
            box.setValue(int(value))
            box.blockSignals(False)
        self.changed.emit()
        return True
