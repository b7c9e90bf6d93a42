"""The system-tray icon, and the notification when a phone that was connected no longer is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from wadesk.services.devices import DeviceSnapshot
from wadesk.services.events import SendingStateChanged
from wadesk.ui.bridge import EventBridge
from wadesk.ui.i18n import say
from wadesk.ui.icons import app_icon

SHORT_WAIT = timedelta(minutes=5)


class Tray(QObject):
    """Shows a tray notification when the OS has a tray; always emits ``notified`` (the window shows it too)."""

    notified = Signal(str, str)  # title, text

    def __init__(self, window: QMainWindow, bridge: EventBridge) -> None:
        super().__init__(window)
        self._window = window
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setToolTip("wadesk")
            menu = QMenu(window)
            show = QAction(self.tr("Show wadesk"), menu)
            show.triggered.connect(self._show_window)
            quit_action = QAction(self.tr("Quit"), menu)
            quit_action.triggered.connect(window.close)
            menu.addAction(show)
            menu.addSeparator()
            menu.addAction(quit_action)
            self.icon.setContextMenu(menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self._show_window)
            self.icon.show()
        bridge.went_offline.connect(self.device_went_offline)
        bridge.sending_changed.connect(self.sending_changed)

    def device_went_offline(self, snapshot: DeviceSnapshot) -> None:
        title = self.tr("Phone disconnected")
        text = (
            self.tr("“%1” (%2) is no longer connected to WhatsApp. Pair it again from Devices.")
            .replace("%1", snapshot.account.name)
            .replace("%2", snapshot.info.name)
        )
        self.notify(title, text)

    def sending_changed(self, change: SendingStateChanged) -> None:
        """A device's sending paused (by the governor: trouble, a rate limit, the phone dropping): say so, and why."""
        if not change.paused:
            return
        if change.until is not None and change.until - datetime.now(UTC) < SHORT_WAIT:
            return  # a short wait the gateway asked for (a 429): the Devices panel shows it, no need to interrupt
        text = (
            self.tr("Sending from “%1” is paused: %2. Its messages wait in the outbox; resume it from Devices.")
            if change.until is None
            else self.tr("Sending from “%1” waits a while: %2. It goes on by itself; nothing is lost.")
        )
        self.notify(self.tr("Sending paused"), text.replace("%1", change.device).replace("%2", say(change.reason)))

    def notify(self, title: str, text: str, *, warning: bool = True) -> None:
        """A warning (or, not ``warning``, news) in the tray where the OS shows them, and in the window's status bar."""
        if self.icon is not None and self.icon.supportsMessages():
            kind = QSystemTrayIcon.MessageIcon.Warning if warning else QSystemTrayIcon.MessageIcon.Information
            self.icon.showMessage(title, text, kind, 15_000)
        self.notified.emit(title, text)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._show_window()

    def _show_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
