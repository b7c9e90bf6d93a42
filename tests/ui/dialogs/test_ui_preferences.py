"""The Preferences dialog: generated from the app-wide settings, OK writes the file, a wrong value stays open."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from wadesk.app import App
from wadesk.services.events import SettingsChanged
from wadesk.services.settings import SETTINGS, SettingsFile
from wadesk.ui.context import UiContext
from wadesk.ui.dialogs.preferences import PreferencesDialog
from wadesk.ui.main_window import MainWindow


def test_the_form_follows_the_declarations_in_tab_order(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = PreferencesDialog(ctx.home)
    qtbot.addWidget(dialog)
    for spec in SETTINGS:
        widget = dialog.field(spec.key)
        assert isinstance(widget, QComboBox if spec.choices else QLineEdit), spec.key
        assert widget.accessibleName() == spec.label
    tab_stops = []
    widget = dialog.field(SETTINGS[0].key)
    while len(tab_stops) < len(SETTINGS) + 2:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.focusProxy():
            tab_stops.append(widget)
        widget = widget.nextInFocusChain()
    assert tab_stops == [*(dialog.field(s.key) for s in SETTINGS), dialog.cancel_button, dialog.ok_button]


def test_editing_a_value_and_ok_writes_the_file(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = PreferencesDialog(ctx.home)
    qtbot.addWidget(dialog)
    dialog.show()
    region = dialog.field("region")
    assert isinstance(region, QLineEdit)
    region.clear()
    qtbot.keyClicks(region, "sg")
    pace = dialog.field("pace")
    assert isinstance(pace, QComboBox)
    pace.setCurrentIndex(pace.findData("normal"))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert json.loads((ctx.home / "settings.json").read_text()) == {"region": "SG", "pace": "normal"}


def test_a_wrong_value_shows_the_reason_next_to_the_field_and_the_dialog_stays(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = PreferencesDialog(ctx.home)
    qtbot.addWidget(dialog)
    dialog.show()
    quiet = dialog.field("quiet_hours")
    assert isinstance(quiet, QLineEdit)
    qtbot.keyClicks(quiet, "late")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "like 21:00-07:00" in dialog.error("quiet_hours")
    assert dialog.error("region") == ""
    assert quiet.hasFocus() or not dialog.isActiveWindow()
    assert not (ctx.home / "settings.json").exists()
    qtbot.keyClick(quiet, Qt.Key.Key_Backspace)
    assert dialog.error("quiet_hours") == ""  # cleared as soon as the value is edited


def test_a_broken_file_is_said_at_the_top(qtbot: QtBot, ctx: UiContext) -> None:
    (ctx.home / "settings.json").write_text("{oops")
    dialog = PreferencesDialog(ctx.home)
    qtbot.addWidget(dialog)
    assert "could not be read" in dialog.feedback.text
    assert str(SettingsFile(ctx.home).path) in dialog.feedback.text
    assert SettingsFile(ctx.home).path.read_text() == "{oops"


def test_preferences_is_in_the_file_menu_with_ctrl_comma(qtbot: QtBot, ctx: UiContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    action = window.preferences_action
    assert action.shortcut().toString() == "Ctrl+,"
    assert action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    window.shutdown()


def test_saving_preferences_in_the_window_is_heard_and_in_force(qtbot: QtBot, ctx: UiContext, app: App) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = window.open_preferences()
    region = dialog.field("region")
    assert isinstance(region, QLineEdit)
    region.setText("MY")
    with qtbot.waitSignal(window.bridge.settings_changed, timeout=5000) as heard:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert heard.args == [SettingsChanged(frozenset({"region"}))]
    assert app.settings.region == "MY"  # what the services read from now on
    window.shutdown()
