"""What the window does live, beside its panels: news in the tray, and the delivery-callback receiver.

``LiveNews`` hands each burst of change events to ``services.alerts`` (off the
event loop) and says what is news in the tray, in plain words, once.

``CallbackSwitch`` runs the callback receiver (``services.receiver``) while
the setting ``receiver`` is on: it starts with the window, follows the
Preferences (on, off, another port) and stops when the window closes
(``aclose``).  Starting it gives every account whose gateway reports by
calling back its URL (a Chatbot account is told it with each message).  A
port another program holds is said in plain words, with where to change it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from wadesk.domain.errors import WadeskError
from wadesk.services.alerts import Alert, Alerts, CampaignFinished, DeviceFailing
from wadesk.services.events import Event, SettingsChanged
from wadesk.services.settings import Settings, SettingsFile
from wadesk.ui.context import UiContext
from wadesk.ui.format import number
from wadesk.ui.i18n import say
from wadesk.ui.tasks import Tasks
from wadesk.ui.tray import Tray

log = logging.getLogger(__name__)

RECEIVER_KEYS = frozenset({"receiver", "receiver_port", "receiver_public_url"})


class LiveNews(QObject):
    """A campaign finished, a device failing: told in the tray once each (see the module's docstring)."""

    def __init__(self, ctx: UiContext, tray: Tray) -> None:
        super().__init__(tray)
        self._alerts = Alerts(ctx.store)
        self._tray = tray
        self._tasks = Tasks(self)
        self._pending: list[Event] = []
        self._tasks.start(asyncio.to_thread(self._alerts.start))

    @property
    def busy(self) -> bool:
        """Events are waiting to be looked at, or being looked at."""
        return bool(self._pending) or self._tasks.busy

    def on_changes(self, events: Sequence[Event]) -> None:
        self._pending.extend(events)
        if not self._tasks.busy:
            self._next()

    def _next(self) -> None:
        if not self._pending:
            return
        events, self._pending = self._pending, []
        self._tasks.start(asyncio.to_thread(self._alerts.follow, events), done=self._tell, failed=self._failed)

    def _failed(self, words: str) -> None:
        log.warning("could not look for news: %s", words)
        self._next()

    def _tell(self, alerts: list[Alert]) -> None:
        for alert in alerts:
            self._tray.notify(*self.words(alert), warning=isinstance(alert, DeviceFailing))
        self._next()

    def words(self, alert: Alert) -> tuple[str, str]:
        """The title and the text that say ``alert``."""
        if isinstance(alert, CampaignFinished):
            text = (
                self.tr("“%1” has been sent: %2 of %3 reached the gateway")
                .replace("%1", alert.name)
                .replace("%2", number(alert.reached))
                .replace("%3", number(alert.total))
            )
            if alert.failed:
                text += self.tr(", %1 failed").replace("%1", number(alert.failed))
            if alert.uncertain:
                text += self.tr(", %1 to check").replace("%1", number(alert.uncertain))
            return self.tr("Campaign finished"), text + "."
        assert isinstance(alert, DeviceFailing)
        text = (
            self.tr("The last %1 messages from “%2” failed.").replace("%1", number(alert.run)).replace("%2", alert.name)
        )
        if alert.error:
            text += " " + self.tr("The gateway said: %1").replace("%1", say(alert.error).rstrip("."))
            text += "."
        return self.tr("Messages are failing"), text

    def shutdown(self) -> None:
        self._pending.clear()
        self._tasks.cancel_all()


class CallbackSwitch(QObject):
    """Runs the callback receiver while the setting says so (see the module's docstring)."""

    problem = Signal(str)  # in plain words: why the receiver could not start
    changed = Signal(bool)  # it runs (True) or not

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._tasks = Tasks(self)
        self._lock = asyncio.Lock()
        self._closed = False
        self._closing: asyncio.Task[None] | None = None
        self.address: str | None = None  # where it listens, while it runs
        self.hooked: set[int] = set()  # the accounts given their callback URL (their gateways told it from now on)

    @property
    def running(self) -> bool:
        return self.address is not None

    def on_changes(self, events: Sequence[Event]) -> None:
        if any(isinstance(e, SettingsChanged) and e.keys & RECEIVER_KEYS for e in events):
            self.apply()

    def apply(self) -> None:
        """Start, restart or stop the receiver as the settings say now."""
        if self.ctx.receiver is None or self._closed:
            return
        self._tasks.start(self._apply(SettingsFile(self.ctx.home).load()))

    async def _apply(self, settings: Settings) -> None:
        if self.ctx.receiver is None:
            return
        async with self._lock:
            if self._closed or not settings.receiver:
                await self._stop()  # (made only when it runs: aiohttp's server is not loaded for nothing)
                return
            receiver = self.ctx.receiver()
            if receiver.running and receiver.port == settings.receiver_port:
                await self._give_hooks(settings)
                return
            await self._stop()
            receiver.port = settings.receiver_port
            try:
                self.address = await receiver.start()
            except WadeskError as exc:
                log.warning("the callback receiver could not start: %s", exc)
                self.problem.emit(
                    self.tr(
                        "wadesk cannot receive delivery reports on port %1: another program is using it, or this "
                        "computer does not allow it. Choose another callback port in Preferences."
                    ).replace("%1", str(settings.receiver_port))
                )
                return
            self.changed.emit(True)
            await self._give_hooks(settings)

    async def _give_hooks(self, settings: Settings) -> None:
        """Every account that reports by calling back gets its URL (kept if it has one)."""
        if self.ctx.hooks is None:
            return
        hooks = self.ctx.hooks()
        address = settings.receiver_public_url or self.address or ""
        for account in await asyncio.to_thread(hooks.reporting):
            try:
                await hooks.hook(account.name, address)
                self.hooked.add(account.id)
            except WadeskError as exc:
                log.warning("no callback URL for %s: %s", account.name, exc)

    async def _stop(self) -> None:
        if self.ctx.receiver is not None and self.address is not None:
            self.address = None
            await self.ctx.receiver().stop()
            if not self._closed:
                self.changed.emit(False)

    def close_soon(self) -> asyncio.Task[None] | None:
        """Start stopping the receiver for good (the window is closing); ``aclose`` waits for it."""
        self._closed = True
        self._tasks.cancel_all()
        if self._closing is None and self.running:
            self._closing = asyncio.ensure_future(self.aclose())
        return self._closing

    async def aclose(self) -> None:
        """Stop the receiver for good, and wait until it has."""
        self._closed = True
        self._tasks.cancel_all()
        if self._closing is not None and self._closing is not asyncio.current_task():
            await self._closing
            return
        async with self._lock:
            await self._stop()
