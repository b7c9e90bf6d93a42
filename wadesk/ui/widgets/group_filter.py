"""Which contacts the Contacts panel shows: everyone, one tag's members, or those not to be messaged.

A combo box beside the search box, each choice with how many it holds
("Grosir (12)"), and "Manage tags…" at its end.  The counts come from
``set_counts`` (the panel reads them off the event loop when contacts change).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from wadesk.store.tags import Tag
from wadesk.ui import format as fmt

NAME_WIDTH = 190  # pixels: a longer tag name is cut short in the list (whole in its tooltip)
NARROWEST = 120  # pixels: in a narrow window the box shrinks to this, its choice cut short with "…"


class Show(enum.Enum):
    ALL = "all"
    TAG = "tag"
    OPTED_OUT = "opted_out"
    MANAGE = "manage"  # not a group: opens the tags dialog


@dataclass(frozen=True)
class Group:
    """A choice of the filter: ``Show.TAG`` with the tag's name, or everyone, or those not to be messaged."""

    show: Show
    tag: str | None = None


EVERYONE = Group(Show.ALL)


class GroupFilter(QComboBox):
    chosen = Signal()  # another group was picked: ``current`` says which
    manage = Signal()  # "Manage tags…" was picked (the choice stays as it was)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = EVERYONE
        self.setAccessibleName(self.tr("Show"))
        self.setToolTip(self.tr("Show every contact, the contacts with one tag, or those not to be messaged"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaxVisibleItems(16)
        self.activated.connect(self._picked)
        self.set_counts(0, 0, [])

    def sizeHint(self) -> QSize:
        """Qt's, widened until the longest choice fits the field ``paintEvent`` draws in (a style sheet's padding
        leaves it narrower than Qt reckons: "Semua kontak (38)" was cut short with room to spare)."""
        hint = super().sizeHint()
        if not self.count():
            return hint
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, hint.width(), hint.height())
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.itemText(index)) for index in range(self.count()))
        return QSize(hint.width() + max(0, widest + 8 - field.width()), hint.height())  # 4: the room paintEvent keeps

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), NARROWEST), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """As QComboBox paints itself, the choice cut short with "…" when the box is narrower than it."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(0, field.width() - 4)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def set_counts(self, total: int, opted_out: int, tags: Sequence[Tag]) -> bool:
        """Show these counts; returns False when the tag chosen is gone (the choice is then everyone)."""
        self.blockSignals(True)
        self.clear()
        self._add(self.tr("All contacts (%1)").replace("%1", fmt.number(total)), EVERYONE)
        for tag in tags:
            self._add(f"{tag.name} ({fmt.number(tag.members)})", Group(Show.TAG, tag.name))
        self._add(self.tr("Do not message (%1)").replace("%1", fmt.number(opted_out)), Group(Show.OPTED_OUT))
        self.insertSeparator(self.count())
        self._add(self.tr("Manage tags…"), Group(Show.MANAGE))
        kept = self.select(self.current)
        self.blockSignals(False)
        return kept

    def select(self, group: Group) -> bool:
        """Make ``group`` the choice shown (without ``chosen``); one not in the list makes it everyone."""
        index = self._index(group)
        self.current = group if index >= 0 else EVERYONE
        self.setCurrentIndex(max(index, 0))
        return index >= 0

    def rename(self, old: str, new: str) -> None:
        """The chosen tag was renamed: keep it chosen under its new name (the counts come later)."""
        if self.current == Group(Show.TAG, old):
            self.current = Group(Show.TAG, new)
            self.setItemData(self.currentIndex(), self.current)
            self.setItemText(self.currentIndex(), self.currentText().replace(old, new, 1))

    def _add(self, text: str, group: Group) -> None:
        shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, NAME_WIDTH)
        self.addItem(shown, group)
        if shown != text:
            self.setItemData(self.count() - 1, text, Qt.ItemDataRole.ToolTipRole)

    def _index(self, group: Group) -> int:
        for index in range(self.count()):
            if self.itemData(index) == group:
                return index
        return -1

    def _picked(self, index: int) -> None:
        group = self.itemData(index)
        if not isinstance(group, Group):
            return
        if group.show is Show.MANAGE:
            self.select(self.current)
            self.manage.emit()
        elif group != self.current:
            self.current = group
            self.chosen.emit()
