"""The panel contract: panels listed once, made on first show, their layout remembered, change events delivered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QSplitter, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.support.ui import add_sim_account, open_window, run
from wadesk.app import App
from wadesk.domain.models import Contact, OutgoingMessage, Recipient
from wadesk.domain.status import DeliveryStatus
from wadesk.services.events import ContactsChanged, MessagesChanged
from wadesk.simulator import SimulatorServer
from wadesk.ui.context import UiContext
from wadesk.ui.main_window import PANEL_KEYS, MainWindow
from wadesk.ui.models.devices import ACCOUNT_ID_ROLE, Column
from wadesk.ui.panels.base import Panel
from wadesk.ui.panels.composer import ComposerPanel
from wadesk.ui.panels.contacts import ContactsPanel
from wadesk.ui.panels.devices import DevicesPanel
from wadesk.ui.panels.reports import ReportsPanel
from wadesk.ui.panels.reports.table import ReportColumn


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def test_panels_are_listed_once_and_made_on_first_show(qtbot: QtBot, ctx: UiContext) -> None:
    window = open_window(qtbot, ctx)
    assert [spec.key for spec in window.specs] == list(PANEL_KEYS)
    assert list(window.panels) == ["devices"]  # its actions are in the menus: made with the window
    assert isinstance(window.panels["devices"], DevicesPanel)

    activate(qtbot, window)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)  # the sidebar, by keyboard
    assert window.current_panel == "composer"
    composer = window.panels["composer"]
    assert isinstance(composer, ComposerPanel)
    assert window.stack.currentWidget() is composer and composer.isVisible()
    assert list(window.panels) == ["devices", "composer"]

    qtbot.keyClick(window.sidebar, Qt.Key.Key_End)
    assert window.current_panel == "reports"
    assert window.stack.currentWidget() is window.panels["reports"]
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Home)
    assert window.current_panel == "devices"
    window.show_panel("composer")
    assert window.panels["composer"] is composer  # made once
    assert window.stack.count() == len(PANEL_KEYS)
    window.close()


def test_every_control_is_reachable_with_tab(qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer) -> None:
    run(qtbot, add_sim_account(app, sim, "wablas", "Toko"))
    ctx.devices.sync_accounts()
    window = open_window(qtbot, ctx)
    activate(qtbot, window)
    for key in PANEL_KEYS:
        window.show_panel(key)
        panel = window.panels[key]
        window.sidebar.setFocus()
        visited: list[QWidget] = []
        for _ in range(60):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            widget = QApplication.focusWidget()
            if widget is window.sidebar:
                break
            visited.append(widget)
        else:
            raise AssertionError(f"Tab never came back to the sidebar from {key}: {visited[-5:]}")
        reachable = [
            w
            for w in panel.findChildren(QWidget)
            if w.isVisibleTo(window) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        missed = [w for w in reachable if w not in visited]
        assert not missed, (key, missed)
    window.close()


def test_a_panels_layout_is_remembered(qtbot: QtBot, ctx: UiContext, app: App, sim: SimulatorServer) -> None:
    run(qtbot, add_sim_account(app, sim, "wablas", "Toko A"))
    second = run(qtbot, add_sim_account(app, sim, "wasender", "Toko B"))
    ctx.devices.sync_accounts()
    window = open_window(qtbot, ctx)
    window.devices.view.setColumnWidth(Column.NUMBER, 222)
    assert window.devices.select_account(second.id)
    settings = QSettings(str(ctx.settings_path), QSettings.Format.IniFormat)
    settings.setValue("reports/header", "kept")  # what a panel not shown in this run saved before
    settings.sync()
    window.close()

    again = open_window(qtbot, ctx)
    assert again.devices.view.columnWidth(Column.NUMBER) == 222
    selected = again.devices.selected()
    assert selected is not None and selected.account_id == second.id
    assert "reports" not in again.panels
    again.close()
    settings = QSettings(str(ctx.settings_path), QSettings.Format.IniFormat)
    assert settings.value("reports/header") == "kept"
    assert settings.value("devices/account") == str(second.id)


class Sample(Panel):
    """A panel with a table and a splitter, as the coming panels will have."""

    def __init__(self) -> None:
        super().__init__()
        model = QStandardItemModel(5, 2, self)
        for row in range(5):
            item = QStandardItem(f"row {row}")
            item.setData(f"key-{row}", ACCOUNT_ID_ROLE)
            model.setItem(row, 0, item)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(QWidget())
        QVBoxLayout(self).addWidget(self.splitter)
        self.remember("header", self.table.horizontalHeader())
        self.remember("splitter", self.splitter)
        self.remember_selection("selected", self.table, ACCOUNT_ID_ROLE)


def test_remembered_parts_come_back(qtbot: QtBot, tmp_path: Path) -> None:
    first = Sample()
    qtbot.addWidget(first)
    first.resize(600, 300)
    first.show()
    first.table.setColumnWidth(1, 177)
    first.splitter.setSizes([400, 200])
    first.table.selectRow(3)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    first.save_state(settings)
    sizes = first.splitter.sizes()

    second = Sample()
    qtbot.addWidget(second)
    second.resize(600, 300)
    second.restore_state(settings)
    second.show()
    assert second.table.columnWidth(1) == 177
    assert second.splitter.sizes() == sizes
    assert [index.row() for index in second.table.selectionModel().selectedRows()] == [3]

    second.table.clearSelection()
    second.save_state(settings)
    assert settings.value("selected") is None  # nothing selected: nothing to restore


def test_change_events_reach_the_panels_made(qtbot: QtBot, ctx: UiContext, app: App) -> None:
    window = open_window(qtbot, ctx)
    window.show_panel("contacts")
    contacts = window.panels["contacts"]
    assert isinstance(contacts, ContactsPanel)
    qtbot.waitUntil(lambda: contacts.stack.currentWidget() is contacts.empty, timeout=5000)
    window.show_panel("reports")
    reports = window.panels["reports"]
    assert isinstance(reports, ReportsPanel)
    qtbot.waitUntil(lambda: reports.messages.stack.currentWidget() is reports.messages.empty, timeout=5000)

    account = app.store.accounts.add("Toko", "wablas")
    [message] = app.store.messages.add_many(account.id, [OutgoingMessage("m1", Recipient("6281234567890"), text="x")])
    app.store.messages.apply_update(message.id, DeliveryStatus.FAILED, note="no")
    app.store.contacts.upsert_many([Contact(phone="6281234567890", name="Budi")])
    ctx.events.publish(MessagesChanged.of([message.id]))  # as a service would, once committed
    ctx.events.publish(ContactsChanged())
    qtbot.waitUntil(lambda: reports.messages.chips.words() == "Failed 1", timeout=5000)
    qtbot.waitUntil(lambda: reports.messages.model.rowCount() == 1, timeout=5000)
    to = reports.messages.model.index(0, ReportColumn.TO)
    qtbot.waitUntil(lambda: to.data() == "Budi · +62 812-3456-7890", timeout=5000)  # the contact's name, as changed
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=5000)  # hidden, it follows the changes too
    window.show_panel("contacts")
    assert contacts.stack.currentWidget() is contacts.view
    window.close()


def test_a_panel_made_on_first_show_keeps_the_window_active(qtbot: QtBot, ctx: UiContext) -> None:
    """No part of a panel shows up as a window of its own while the panel is made (it took the focus away)."""
    window = open_window(qtbot, ctx)
    activate(qtbot, window)
    window.sidebar.setFocus()
    window.show_panel("composer")
    QApplication.processEvents()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    assert QApplication.activeWindow() is window
    assert QApplication.focusWidget() is window.sidebar
    window.close()
