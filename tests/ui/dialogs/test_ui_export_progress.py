"""The export progress window: what is written where, the progress as told, Stop cancels the export."""

from __future__ import annotations

import asyncio

from pytestqt.qtbot import QtBot
from qasync import QEventLoop

from tests.support import window_checks as checks
from wadesk.ui.dialogs.export_progress import ExportProgressDialog, Progress
from wadesk.ui.theme import ThemeWatcher


def test_it_shows_progress_and_stop_cancels_the_export(qtbot: QtBot, qloop: QEventLoop, watcher: ThemeWatcher) -> None:
    told = asyncio.Event()
    stopped: list[bool] = []

    async def work(progress: Progress) -> int:
        progress(2_000, 10_000)
        told.set()
        try:
            await asyncio.Event().wait()  # a long export: it ends when stopped
        except asyncio.CancelledError:
            stopped.append(True)
            raise
        return 0

    dialog = ExportProgressDialog("Export messages", "Saving 10,000 messages to messages.xlsx…", work)
    qtbot.addWidget(dialog)
    finished: list[int] = []
    dialog.exported.connect(finished.append)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(told.is_set, timeout=5000)
    qtbot.waitUntil(lambda: dialog.progress.value() == 2_000, timeout=5000)
    assert dialog.progress.maximum() == 10_000 and dialog.running
    checks.activate(dialog)
    checks.keyboard_walk(dialog)
    checks.fit_check(dialog)
    checks.wording_check(dialog)

    dialog.stop_button.click()
    qtbot.waitUntil(lambda: stopped == [True], timeout=5000)
    assert not dialog.isVisible() and not dialog.running and finished == []


def test_it_says_how_many_were_written(qtbot: QtBot, qloop: QEventLoop) -> None:
    async def work(progress: Progress) -> int:
        progress(3, 3)
        return 3

    dialog = ExportProgressDialog("Export messages", "Saving 3 messages to messages.csv…", work)
    qtbot.addWidget(dialog)
    finished: list[int] = []
    dialog.exported.connect(finished.append)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: finished == [3], timeout=5000)
    assert not dialog.isVisible()
