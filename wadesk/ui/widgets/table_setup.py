"""The look and keyboard behaviour every panel's table shares (whole rows, no grid, Tab leaves the table)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def configure_table(
    view: QTableView,
    name: str,
    context_menu: Callable[[QPoint], None],
    activated: Callable[[QModelIndex], None],
    *,
    row_height: int,
) -> QHeaderView:
    """Set up ``view`` as a read-only list of rows and return its horizontal header, ready for the caller's widths.

    ``name`` is the table's accessible name (already translated); ``context_menu`` is called with the point clicked
    and ``activated`` on a double-click or Enter.  Rows can be picked several at a time and the last column
    stretches; a table that wants otherwise says so after this call.  Sorting, column widths and delegates stay with
    the caller: they differ from table to table, and their order matters (a heading's size counts the sort arrow's
    room).
    """
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab goes on to the next control; the arrows move between rows
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.setAccessibleName(name)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(context_menu)
    view.activated.connect(activated)
    head = view.horizontalHeader()
    head.setHighlightSections(False)
    head.setStretchLastSection(True)  # the last column takes what is left
    head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return head
