"""The list of recipients chosen, as a model: thousands of pasted numbers cost only the rows on screen."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor

from wadesk.ui import icons

PROBLEM_COLOR = "#c0392b"  # a line left out: a number that cannot be read, a file row that cannot be used

ENTRY_ROLE = Qt.ItemDataRole.UserRole  # which entry of the picker a line belongs to (a file's bad row: its file)


class Line(NamedTuple):
    """One line of the list: what it says, its tooltip and icon, which entry it is, and whether it is left out."""

    text: str
    tip: str
    icon: str
    entry: int
    problem: bool = False


class ChosenModel(QAbstractListModel):
    """The lines shown, replaced at once by ``set_lines``; every line is one text row (long ones are elided)."""

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[Line] = []
        self._height = 26

    def set_lines(self, lines: list[Line], height: int) -> None:
        self.beginResetModel()
        self._lines = lines
        self._height = height
        self.endResetModel()

    def line(self, row: int) -> Line | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return line.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.tip
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon(line.icon)
        if role == Qt.ItemDataRole.ForegroundRole and line.problem:
            return QBrush(QColor(PROBLEM_COLOR))
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(1, self._height)  # as wide as the list: the text is elided there, whole in the tooltip
        if role == ENTRY_ROLE:
            return line.entry
        return None
