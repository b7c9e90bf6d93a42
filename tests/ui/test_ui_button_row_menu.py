"""A button row measures a button that opens a menu with its arrow, so the row never squeezes its neighbours."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu, QPushButton
from pytestqt.qtbot import QtBot

from wadesk.ui import icons
from wadesk.ui.widgets.button_row import button_size

pytestmark = pytest.mark.usefixtures("watcher")  # the application's look: its paddings decide the sizes


def test_a_button_is_measured_as_qt_sizes_it_with_or_without_a_menu(qtbot: QtBot) -> None:
    plain = QPushButton(icons.icon("phone_link"), "Devices")
    with_menu = QPushButton(icons.icon("phone_link"), "Devices")
    with_menu.setMenu(QMenu(with_menu))
    for button in (plain, with_menu):
        qtbot.addWidget(button)
        assert button_size(button, "Devices") == button.sizeHint()
    assert button_size(with_menu, "Devices").width() > button_size(plain, "Devices").width()
