"""Panels that are not built yet, said honestly: what they will do, what is already stored, how to do it today.

No made-up content: the only figures shown are read from the local database, again when it changes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from wadesk.domain.status import DeliveryStatus
from wadesk.services.events import Event, MessagesChanged, SchedulesChanged
from wadesk.store import Store
from wadesk.ui import icons, theme
from wadesk.ui.panels.base import Panel
from wadesk.ui.tasks import Tasks


@dataclass(frozen=True)
class PanelPlan:
    key: str
    title: str
    subtitle: str
    icon: str
    promises: Sequence[str]
    today: str  # how to do it until then, if there is a way, in plain words (no commands to type)
    facts: Callable[[Store], str] | None = None
    follows: tuple[type, ...] = ()  # the change events that can alter the facts


class ComingSoonPanel(Panel):
    def __init__(self, plan: PanelPlan, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._store = store
        self._tasks = Tasks(self)
        self._closed = False
        colors = theme.current()

        title = QLabel(plan.title)
        title.setObjectName("PanelTitle")
        soon = QLabel(self.tr("Coming soon"))
        soon.setObjectName("Soon")
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(title)
        title_row.addWidget(soon, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch()
        subtitle = QLabel(plan.subtitle)
        subtitle.setObjectName("PanelSubtitle")
        subtitle.setWordWrap(True)

        card = QFrame()
        card.setObjectName("Card")
        card.setMaximumWidth(720)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 22, 24, 22)
        inner.setSpacing(10)
        head = QHBoxLayout()
        picture = QLabel()
        picture.setPixmap(icons.pixmap(plan.icon, 40, colors.accent, 2.0))
        head.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        head.addSpacing(8)
        lead = QLabel(self.tr("This panel is being built. It will let you:"))
        lead.setObjectName("SectionTitle")
        lead.setWordWrap(True)
        head.addWidget(lead, 1, Qt.AlignmentFlag.AlignVCenter)
        inner.addLayout(head)
        for promise in plan.promises:
            row = QLabel(f"•  {promise}")
            row.setWordWrap(True)
            row.setContentsMargins(56, 0, 0, 0)
            inner.addWidget(row)

        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setObjectName("SectionTitle")
        self.facts.setVisible(False)
        today = QLabel(plan.today)
        today.setObjectName("Muted")
        today.setWordWrap(True)
        today.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # In a scroll area: a short window scrolls the page instead of squeezing its wrapped lines.
        page = QWidget()
        page.setObjectName("ComingSoonPage")
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(6)
        layout.addLayout(title_row)
        layout.addWidget(subtitle)
        layout.addSpacing(18)
        layout.addWidget(card)
        layout.addSpacing(14)
        layout.addWidget(self.facts)
        layout.addWidget(today)
        layout.addStretch()
        # Only once it has a parent: shown before, it would flash up as a window of its own and take the focus.
        today.setVisible(bool(plan.today))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def shutdown(self) -> None:
        self._closed = True
        self._tasks.cancel_all()

    def on_changes(self, events: Sequence[Event]) -> None:
        # Hidden, it reads them again when shown.
        if self.isVisible() and any(isinstance(event, self.plan.follows) for event in events):
            self.reload()

    def reload(self) -> None:
        facts = self.plan.facts
        if facts is not None and not self._closed:
            self._tasks.start(asyncio.to_thread(facts, self._store), done=self._show_facts)

    def _show_facts(self, text: str) -> None:
        self.facts.setText(text)
        self.facts.setVisible(bool(text))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComingSoon", text)


def _history_facts(store: Store) -> str:
    counts = store.messages.count_by_status()
    total = sum(counts.values())
    if not total:
        return _tr("No messages have been sent from this computer yet.")
    parts = [
        (counts[DeliveryStatus.READ], _tr("read")),
        (counts[DeliveryStatus.DELIVERED], _tr("delivered")),
        (counts[DeliveryStatus.SENT] + counts[DeliveryStatus.ACCEPTED], _tr("on their way")),
        (counts[DeliveryStatus.FAILED], _tr("failed")),
        (counts[DeliveryStatus.UNCERTAIN], _tr("need checking")),
    ]
    detail = ", ".join(f"{n:,} {word}" for n, word in parts if n)
    return _tr("Already in the history: %1 messages (%2).").replace("%1", f"{total:,}").replace("%2", detail)


def _scheduled_facts(store: Store) -> str:
    count = store.messages.count_by_status()[DeliveryStatus.SCHEDULED]
    if not count:
        return _tr("Nothing is scheduled yet.")
    return _tr("%1 messages are scheduled and will be sent by the outbox.").replace("%1", f"{count:,}")


def plans() -> list[PanelPlan]:
    return [
        PanelPlan(
            "composer",
            _tr("Composer"),
            _tr("Write a message once and send it to customers, contacts or groups."),
            "composer",
            [
                _tr("write text, or send images, videos, documents, locations and contact cards"),
                _tr("use lists, buttons, polls and templates where your gateway supports them"),
                _tr("pick recipients from contacts, groups or a spreadsheet, and preview before sending"),
                _tr("send now, or schedule for later"),
            ],
            _tr("Until then, messages can be sent with wadesk's command-line tool."),
        ),
        PanelPlan(
            "scheduler",
            _tr("Scheduler"),
            _tr("Everything that will go out later, on a calendar."),
            "scheduler",
            [
                _tr("see every scheduled message and campaign, in wadesk and on the gateway"),
                _tr("move, edit or cancel a schedule"),
            ],
            _tr("Until then, messages can be scheduled with wadesk's command-line tool."),
            _scheduled_facts,
            (MessagesChanged, SchedulesChanged),
        ),
        PanelPlan(
            "reports",
            _tr("Reports"),
            _tr("Whether each message was sent, delivered and read."),
            "reports",
            [
                _tr("follow the delivery of every message and campaign live"),
                _tr("filter by account, status and date, and export the results"),
                _tr("see charts of what was delivered and read"),
            ],
            _tr("Until then, delivery reports can be seen with wadesk's command-line tool."),
            _history_facts,
            (MessagesChanged,),
        ),
    ]
