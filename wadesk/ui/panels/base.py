"""The panel contract: what the main window knows of a panel, and nothing more.

A panel is listed by a ``PanelSpec``: a key (stable: it names the panel in
``ui.ini`` and in the screenshots), a title in the user's language, an icon,
and how to make it.  The window gives every spec a sidebar entry, a View menu
entry and a Ctrl+number shortcut, and creates the panel the first time it is
shown (or with the window, for a panel whose actions are in the window's
menus).  After that the window calls:

- ``restore_state`` once, right after creating it, and ``save_state`` when the
  window closes, with ``QSettings`` opened on the panel's own group;
- ``on_changes`` with each coalesced burst of change events
  (``wadesk.services.events``) once their data is committed;
- ``shutdown`` when the window closes, before the services are closed.

Every method has a harmless default.  ``remember`` and ``remember_selection``
cover the usual layout memory (column widths and order, splitters, the
selected row) without a panel writing its own ``save_state``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QWidget

from wadesk.services.events import Event


@dataclass(frozen=True)
class ShowSend:
    """What a send became, for another panel to show: its campaign, or (one message) its message ids."""

    campaign_id: int | None
    message_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ComposeAt:
    """A new message to be sent at ``at`` (timezone-aware), for the Composer to start with."""

    at: datetime


class Panel(QWidget):
    """A page of the main window.  ``navigate(key, target)`` asks the window to show panel ``key`` with
    ``target`` (e.g. a ``ShowSend``); the window then calls that panel's ``show_target``."""

    navigate = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout_parts: dict[str, QHeaderView | QSplitter] = {}
        self._selections: dict[str, tuple[QAbstractItemView, int]] = {}

    def on_changes(self, events: Sequence[Event]) -> None:
        """Committed changes, a coalesced burst at a time, in the order they were published: show what they touch."""

    def shutdown(self) -> None:
        """Stop timers and cancel what is under way (the window is closing)."""

    def show_target(self, target: object) -> None:
        """Show ``target``, which another panel asked to see here (a target this panel does not know: nothing)."""

    # -- layout memory -------------------------------------------------------------

    def remember(self, name: str, part: QHeaderView | QSplitter) -> None:
        """Keep ``part``'s layout (a header's column widths, order and sort; a splitter's sizes) across runs."""
        self._layout_parts[name] = part

    def remember_selection(self, name: str, view: QAbstractItemView, role: int) -> None:
        """Keep which row of ``view`` was selected, by the value of ``role`` in its first column (a key).

        For tables held in memory: the row is looked for among the rows there when the panel is restored.
        """
        self._selections[name] = (view, role)

    def save_state(self, settings: QSettings) -> None:
        for name, part in self._layout_parts.items():
            settings.setValue(name, part.saveState())
        for name, (view, role) in self._selections.items():
            rows = view.selectionModel().selectedRows() if view.selectionModel() is not None else []
            key = rows[0].data(role) if rows else None
            if key is None:
                settings.remove(name)
            else:
                settings.setValue(name, str(key))

    def restore_state(self, settings: QSettings) -> None:
        for name, part in self._layout_parts.items():
            state = settings.value(name)
            if isinstance(state, QByteArray) and not state.isEmpty():
                part.restoreState(state)
        for name, (view, role) in self._selections.items():
            key = settings.value(name)
            model = view.model()
            if key is None or model is None:
                continue
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                if str(index.data(role)) == str(key):
                    view.setCurrentIndex(index)  # selects the row, as a click would
                    view.scrollTo(index)
                    break


@dataclass(frozen=True)
class PanelSpec:
    """One entry of the window's panel list."""

    key: str
    title: str
    icon: str  # a name in ``ui/icons.py``
    create: Callable[[], Panel]
    eager: bool = False  # made with the window, not on first show: its actions are in the window's menus
