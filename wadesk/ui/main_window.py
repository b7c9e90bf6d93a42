"""The main window: five panels in a sidebar, menus and shortcuts, the status bar, the demo banner.

The panels are the list in ``panels/catalog.py``, each made the first time
it is shown (see ``panels/base.py`` for what the window asks of a panel).
Size, position, the panel last shown and the panels' layouts are remembered
per wadesk home (``ui.ini``).  Ctrl+1…5 switch panels.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wadesk import __version__
from wadesk.services.events import Event
from wadesk.ui import icons, theme
from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.dialogs.contact_import import ContactImportDialog
from wadesk.ui.dialogs.preferences import PreferencesDialog
from wadesk.ui.live import CallbackSwitch, LiveNews
from wadesk.ui.panels.base import Panel, PanelSpec
from wadesk.ui.panels.catalog import PANEL_KEYS, panel_specs
from wadesk.ui.panels.contacts import ContactsPanel
from wadesk.ui.panels.devices import DevicesPanel
from wadesk.ui.tray import Tray
from wadesk.ui.widgets.status_summary import ConnectionSummary, OutboxSummary

__all__ = ["PANEL_KEYS", "MainWindow", "apply_colors_to"]

DEFAULT_SIZE = QSize(1240, 780)
WINDOW_FRAME = QSize(16, 48)  # about what a window manager draws around a window (title bar and borders)


class DemoBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DemoBanner")
        tag = QLabel(self.tr("DEMO"))
        tag.setObjectName("DemoBannerTag")
        self.text = QLabel(
            self.tr(
                "You are trying wadesk on its built-in gateway simulator. Nothing is sent to WhatsApp, "
                "and everything here is forgotten when you close the window."
            )
        )
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(12)
        layout.addWidget(tag, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text, 1)


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = QSettings(str(ctx.settings_path), QSettings.Format.IniFormat)
        self.bridge = EventBridge(ctx.events, self)  # the change feed, as coalesced Qt signals
        self.bridge.changes.connect(self.on_changes)
        self._started = False
        # Windows and Linux add " — wadesk" (the application's display name) to a title that does not end with it.
        self.setWindowTitle(self.tr("Demo — wadesk") if ctx.demo else "wadesk")
        self.setWindowIcon(icons.app_icon())

        # -- panels: a stand-in page each until the panel is first shown ------------------
        self.specs: list[PanelSpec] = panel_specs(ctx, self.bridge)
        self.panels: dict[str, Panel] = {}  # the panels made so far
        self.stack = QStackedWidget()
        for _spec in self.specs:
            self.stack.addWidget(QWidget())
        for spec in self.specs:
            if spec.eager:
                self.panel(spec.key)
        devices = self.panels["devices"]
        assert isinstance(devices, DevicesPanel)
        self.devices = devices

        # -- sidebar -----------------------------------------------------------------
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("SidebarList")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setAccessibleName(self.tr("Panels"))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(icons.icon(spec.icon), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            keys = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)  # Qt's key names
            item.setToolTip(f"{spec.title} ({keys})")
            item.setSizeHint(QSize(0, 40))
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._panel_changed)

        brand_icon = QLabel()
        brand_icon.setPixmap(icons.app_pixmap(30, 2.0))
        brand_name = QLabel("wadesk")
        brand_name.setObjectName("SidebarTitle")
        brand = QHBoxLayout()
        brand.setContentsMargins(16, 18, 16, 14)
        brand.setSpacing(10)
        brand.addWidget(brand_icon)
        brand.addWidget(brand_name)
        brand.addStretch()
        footer = QLabel(self.tr("Version %1").replace("%1", __version__))
        footer.setObjectName("SidebarFooter")
        side = QFrame()
        side.setObjectName("Sidebar")
        side.setFixedWidth(212)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addLayout(brand)
        side_layout.addWidget(self.sidebar, 1)
        side_layout.addWidget(footer)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(side)
        body.addWidget(self.stack, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner: DemoBanner | None = None
        if ctx.demo is not None:
            self.banner = DemoBanner()
            column.addWidget(self.banner)
        column.addLayout(body, 1)
        self.setCentralWidget(central)

        # -- status bar ------------------------------------------------------------
        self.connection = ConnectionSummary(self.bridge, ctx.devices.snapshots())
        self.outbox = OutboxSummary(ctx.store, self.bridge)
        self.statusBar().addWidget(self.connection)
        self.statusBar().addPermanentWidget(self.outbox)
        self.statusBar().setSizeGripEnabled(False)

        self.tray = Tray(self, self.bridge)
        self.tray.notified.connect(self._notified)
        self.news = LiveNews(ctx, self.tray)  # a campaign finished, a device failing: in the tray
        self.callbacks = CallbackSwitch(ctx, self)  # the delivery-callback receiver, while Preferences say so
        self.callbacks.problem.connect(self._callbacks_problem)

        self._build_menus()
        self._restore()

    # -- menus -----------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.devices.add_action)
        self.import_contacts_action = QAction(icons.icon("import"), self.tr("&Import contacts…"), self)
        self.import_contacts_action.triggered.connect(self.import_contacts)
        file_menu.addAction(self.import_contacts_action)
        self.preferences_action = QAction(self.tr("&Preferences…"), self)  # app-wide settings
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.open_preferences)
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        devices_menu = bar.addMenu(self.tr("&Devices"))
        devices_menu.addAction(self.devices.refresh_action)
        devices_menu.addSeparator()
        for action in self.devices.device_actions:
            devices_menu.addAction(action)
        devices_menu.addSeparator()
        devices_menu.addAction(self.devices.details_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.panel_actions: dict[str, QAction] = {}
        for number, spec in enumerate(self.specs, start=1):
            action = QAction(icons.icon(spec.icon), spec.title.replace("&", "&&"), self)  # "&" is not a shortcut mark
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setData(spec.key)
            action.triggered.connect(self._panel_action)
            view_menu.addAction(action)
            self.addAction(action)
            self.panel_actions[spec.key] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About wadesk"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # -- panels ----------------------------------------------------------------------

    def _panel_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_panel(str(action.data()))

    def _row_of(self, key: str) -> int:
        return next(row for row, spec in enumerate(self.specs) if spec.key == key)

    def show_panel(self, key: str) -> None:
        self.sidebar.setCurrentRow(self._row_of(key))

    @property
    def current_panel(self) -> str:
        return self.specs[max(0, self.stack.currentIndex())].key

    def panel(self, key: str) -> Panel:
        """The panel of ``key``, made now if it was not yet (its layout restored, in place of its stand-in)."""
        made = self.panels.get(key)
        if made is not None:
            return made
        row = self._row_of(key)
        panel = self.specs[row].create()
        self.settings.beginGroup(key)
        panel.restore_state(self.settings)
        self.settings.endGroup()
        stand_in = self.stack.widget(row)
        assert stand_in is not None
        self.stack.insertWidget(row, panel)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self.panels[key] = panel
        panel.navigate.connect(self.go_to)
        return panel

    def go_to(self, key: str, target: object) -> None:
        """Show panel ``key`` and, in it, ``target`` (a panel's ``navigate``)."""
        self.show_panel(key)
        self.panel(key).show_target(target)

    def _panel_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            key = self.specs[row].key
            self.panel(key)
            self.stack.setCurrentIndex(row)
            self.settings.setValue("window/panel", key)

    def on_changes(self, events: Sequence[Event]) -> None:
        """Committed changes, a coalesced burst at a time: each panel made so far shows what they touch."""
        for panel in list(self.panels.values()):
            panel.on_changes(events)
        self.news.on_changes(events)
        self.callbacks.on_changes(events)

    # -- life cycle ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self.devices.refresh)
            self.callbacks.apply()

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(DEFAULT_SIZE.boundedTo(self._room_on_screen()))
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        panel = str(self.settings.value("window/panel", "devices"))
        self.show_panel(panel if panel in self.panel_actions else "devices")

    def _room_on_screen(self) -> QSize:
        """The screen's free area less room for the window's frame: a first window never opens past the screen."""
        available = self.screen().availableGeometry().size()
        return available - WINDOW_FRAME

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/panel", self.current_panel)
        for key, panel in self.panels.items():  # a panel never shown keeps what it saved before
            self.settings.beginGroup(key)
            panel.save_state(self.settings)
            self.settings.endGroup()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.shutdown()
        super().closeEvent(event)
        self.closed.emit()

    def shutdown(self) -> None:
        """Stop every timer and task of the window; the services may be closed after this."""
        self.tray.hide()
        self.news.shutdown()
        self.callbacks.close_soon()  # launch.show_window waits for it (``callbacks.aclose``)
        self.outbox.shutdown()
        for panel in self.panels.values():
            panel.shutdown()
        self.bridge.close()

    def outbox_paused(self, text: str) -> None:
        """The outbox service stopped for a while (it starts again by itself); ``text`` says why, in plain words."""
        self.tray.notify(self.tr("Sending paused"), text)

    def _callbacks_problem(self, text: str) -> None:
        self.tray.notify(self.tr("Delivery reports"), text)

    def _notified(self, title: str, text: str) -> None:
        self.statusBar().showMessage(f"{title}: {text}", 15_000)

    def import_contacts(self) -> ContactImportDialog:
        """File > Import contacts…: the Contacts panel, with its import wizard open."""
        self.show_panel("contacts")
        panel = self.panel("contacts")
        assert isinstance(panel, ContactsPanel)
        return panel.files.open_import()

    def open_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.ctx.home, self, events=self.ctx.events)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About wadesk"),
            self.tr(
                "<h3>wadesk %1</h3><p>One desktop console for WhatsApp gateway APIs: pair phones, compose, "
                "schedule and follow delivery.</p><p>Your data: %2<br>API keys: your system's keyring.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.ctx.home)),
        )


def apply_colors_to(window: MainWindow) -> None:
    """Re-draw what was painted with theme colours (icons) after a light/dark switch."""
    for row, spec in enumerate(window.specs):
        item = window.sidebar.item(row)
        if item is not None:
            item.setIcon(icons.icon(spec.icon, theme.current().text))
