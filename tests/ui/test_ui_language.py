"""The window's language: chosen by --lang, Preferences or the computer; switched at once; Indonesian throughout."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from qasync import QEventLoop

from tests.support.ui import run
from tests.support.words import english_on_screen
from wadesk.app import App
from wadesk.launch import WindowHost, window_context
from wadesk.services.events import SettingsChanged
from wadesk.ui import i18n
from wadesk.ui.screenshots import GOOGLE_HEADINGS, capture
from wadesk.ui.theme import ThemeWatcher


@pytest.fixture
def english_after() -> Iterator[None]:
    """Whatever a test switches to, the next test starts in English."""
    yield
    i18n.apply("en")


def test_lang_wins_over_preferences_which_win_over_the_computer() -> None:
    computer = i18n.system_language()
    assert i18n.choose("auto") == computer
    assert i18n.choose("id") == "id"
    assert i18n.choose("en") == "en"
    assert i18n.choose("en", "id") == "id"
    assert i18n.choose("id", "en") == "en"
    assert i18n.choose("auto", "id") == "id"


def test_dates_and_numbers_follow_the_language(english_after: None) -> None:
    from datetime import date

    from wadesk.ui import format

    i18n.apply("id")
    assert (format.number(1234567), format.day(date(2027, 8, 17))) == ("1.234.567", "17 Agu 2027")
    i18n.apply("en")
    assert (format.number(1234567), format.day(date(2027, 8, 17))) == ("1,234,567", "17 Aug 2027")


def test_choosing_a_language_in_preferences_applies_at_once(
    qtbot: QtBot, app: App, watcher: ThemeWatcher, english_after: None
) -> None:
    i18n.apply("en")
    ctx = window_context(app, refresh_seconds=3600)
    host = WindowHost(app, ctx, watcher)
    unsubscribe = app.events.subscribe(host.settings_saved, SettingsChanged)
    first = host.window
    try:
        first.show()
        first.show_panel("reports")
        assert first.sidebar.item(0).text() == "Devices"

        def choose(language: str) -> None:
            dialog = host.window.open_preferences()
            combo = dialog.field("language")
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(combo.findData(language))
            dialog.ok_button.click()

        choose("id")
        qtbot.waitUntil(lambda: host.window is not first and host.window.isVisible())
        assert i18n.current() == "id"
        assert host.window.sidebar.item(0).text() == "Perangkat"
        assert host.window.current_panel == "reports"  # the same panel, in the new language
        assert not first.isVisible()
        assert not host.closed.is_set()  # the run goes on

        second = host.window
        choose("en")
        qtbot.waitUntil(lambda: host.window is not second and host.window.isVisible())
        assert host.window.sidebar.item(0).text() == "Devices"
    finally:
        unsubscribe()
        host.window.close()
        run(qtbot, host.window.callbacks.aclose())
        run(qtbot, ctx.devices.aclose())


@pytest.mark.slow
def test_every_picture_of_the_demo_in_indonesian_shows_no_english(
    qtbot: QtBot, qloop: QEventLoop, tmp_path: Path, english_after: None
) -> None:
    """The demo's screenshots in Indonesian: no English word in any text of any picture (user data aside)."""
    from wadesk.demo import demo_environment
    from wadesk.ui.main_window import MainWindow

    found: dict[str, dict[str, list[str]]] = {}
    # The user's data: the column names of the Google Contacts file the import picture reads, a product's name.
    names = (*sorted(GOOGLE_HEADINGS, key=len, reverse=True), "Google Contacts")

    def read(picture: str) -> None:
        found[picture] = english_on_screen(names)

    async def shoot() -> list[Path]:
        async with demo_environment() as env:
            i18n.apply("id")
            ctx = window_context(env.app, demo=env.phone, refresh_seconds=3600)
            window = MainWindow(ctx)
            try:
                return await capture(window, tmp_path, QSize(1280, 800), taken=read)
            finally:
                window.close()
                await ctx.devices.aclose()

    written = run(qtbot, shoot(), timeout=180_000)
    assert len(written) == 13
    english = sorted({f"{text} -> {words}" for texts in found.values() for text, words in texts.items()})
    assert english == [], f"{len(english)} texts with English words:\n" + "\n".join(english[:60])


@pytest.mark.parametrize(
    ("variables", "language"),
    [
        ({"LANG": "id_ID.UTF-8"}, "id"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "id_ID.UTF-8"}, "id"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "id_ID.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
    ],
)
def test_the_computers_language_on_linux(variables: dict[str, str], language: str) -> None:
    """Qt reads the computer's language once, at start: a process of its own for each setting."""
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication(sys.argv[:1]); "
        "from wadesk.ui import i18n; print(i18n.system_language())"
    )
    keep = {name: value for name, value in os.environ.items() if not name.startswith(("LANG", "LC_"))}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**keep, **variables, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == language
