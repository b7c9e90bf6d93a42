"""The window checks themselves: each finds what it is for (a trap, a cut label, developer words), with a clear line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from wadesk.ui.theme import ThemeWatcher


def form(qtbot: QtBot, trap: bool = False) -> tuple[QWidget, QPushButton, QTableView, QPushButton]:
    window = QWidget()
    qtbot.addWidget(window)
    first = QPushButton("First")
    table = QTableView()
    model = QStandardItemModel(2, 2, table)
    for row in range(2):
        for column in range(2):
            model.setItem(row, column, QStandardItem(f"cell {row} {column}"))
    table.setModel(model)
    table.setTabKeyNavigation(trap)
    last = QPushButton("Last")
    layout = QVBoxLayout(window)
    for widget in (first, table, last):
        layout.addWidget(widget)
    window.resize(400, 300)
    checks.activate(window)
    return window, first, table, last


def test_the_walk_finds_a_table_that_keeps_tab(qtbot: QtBot, watcher: ThemeWatcher) -> None:
    window, _first, _table, _last = form(qtbot, trap=True)
    problems = checks.keyboard_walk_problems(window)
    assert any(p.startswith("keyboard trap: Tab does not leave QTableView") for p in problems), problems
    window.close()


def test_the_walk_finds_an_invisible_focus_and_a_wrong_order(qtbot: QtBot, watcher: ThemeWatcher) -> None:
    window, first, table, _last = form(qtbot)
    assert checks.keyboard_walk_problems(window) == []
    first.setStyleSheet("QPushButton, QPushButton:focus { border: 1px solid gray; }")
    QWidget.setTabOrder(table, first)  # Tab goes table → First → Last
    problems = checks.keyboard_walk_problems(window)
    assert any(p.startswith('no visible focus indicator: QPushButton "First"') for p in problems), problems
    assert any(p.startswith("Tab order is") for p in problems), problems
    window.close()


def test_the_fit_check_finds_a_cut_label_and_button(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("A label far too long to be shown whole in the little room it was given")
    label.setMinimumWidth(1)
    label.setMaximumWidth(120)
    button = QPushButton("Disconnect the phone")
    button.setMaximumWidth(70)
    layout = QVBoxLayout(window)
    layout.addWidget(label)
    layout.addWidget(button)
    window.show()
    problems = checks.fit_problems(window, QSize(300, 200))
    assert any(p.startswith('label "A label far too long') and "is cut" in p for p in problems), problems
    assert any(p.startswith('button "Disconnect the phone"') and "is cut" in p for p in problems), problems
    with pytest.raises(checks.WindowCheckFailed, match="fit check"):
        checks.fit_check(window, QSize(300, 200))
    window.close()


def test_the_fit_check_finds_a_window_too_big_for_a_small_screen(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setMinimumSize(1560, 1120)
    window.show()
    problems = checks.fit_problems(window)
    assert any("cannot be made 1024×640: its minimum size is 1560×1120" in p for p in problems), problems
    window.close()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("give it with --base-url", "a command-line flag"),
        ("Today: wadesk send … then wadesk report", "a command-line command"),
        ("HTTP 401: bad token", "an HTTP status"),
        ("the gateway POSTs {msgid, ack}", "JSON braces"),
        ("expires 2027-12-01", "an ISO date"),
        ("checked 02:16 UTC", "a UTC time"),
        ("at 2026-12-01T02:16:00Z", "a UTC time"),
        ("sent 10:00:00+07:00", "a UTC time"),
    ],
)
def test_the_wording_check_finds_developer_words(qtbot: QtBot, text: str, found: str) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Fine words")
    label.setToolTip(text)
    QVBoxLayout(window).addWidget(label)
    window.show()
    problems = checks.wording_problems(window)
    assert any(found in p and "tooltip" in p for p in problems), problems
    window.close()


def test_plain_words_pass(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Checked 1 Dec 2026, 09:16. The gateway did not accept the account's key — shop A&B")
    label.setToolTip("Quiet hours, like 21:00-07:00")
    QVBoxLayout(window).addWidget(label)
    window.show()
    assert checks.wording_problems(window) == []
    window.close()


def test_the_wording_check_finds_an_eaten_ampersand_and_a_doubled_title(qtbot: QtBot, qapp: object) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setWindowTitle("wadesk — Demo")
    window.menuBar().addMenu("&View").addAction(QAction("Contacts & groups", window))
    window.show()
    previous = checks.QGuiApplication.applicationDisplayName()
    checks.QGuiApplication.setApplicationDisplayName("wadesk")
    try:
        problems = checks.wording_problems(window)
    finally:
        checks.QGuiApplication.setApplicationDisplayName(previous)
    assert any("Contacts  groups" in p and "lone '&'" in p for p in problems), problems
    assert any("the name twice in 'wadesk — Demo — wadesk'" in p for p in problems), problems
    window.close()
