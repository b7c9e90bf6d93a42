"""Starting the desktop window: the QApplication, the qasync loop, the services, and the window on top.

``run_gui`` is what ``wadesk`` (no command) runs.  One event loop serves Qt and
asyncio; the services (and in the demo, the gateway simulator) run on it.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from qasync import QEventLoop

from wadesk.app import App, data_home, open_app
from wadesk.domain.errors import WadeskError
from wadesk.services.devices import DeviceMonitor
from wadesk.ui import errors
from wadesk.ui.context import DemoHooks, UiContext
from wadesk.ui.icons import app_icon
from wadesk.ui.main_window import MainWindow, apply_colors_to
from wadesk.ui.screenshots import capture
from wadesk.ui.theme import ThemeWatcher

log = logging.getLogger("wadesk.launch")

DEMO_REFRESH_SECONDS = 10.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("launch", text)


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("wadesk")
    app.setApplicationDisplayName("wadesk")
    app.setOrganizationName("wadesk")
    app.setDesktopFileName("wadesk")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)  # the window's close ends the main coroutine, which cleans up
    return app


_QUIT_SIGNALS = [signal.SIGINT] + ([signal.SIGTERM] if hasattr(signal, "SIGTERM") and sys.platform != "win32" else [])


def run_gui(*, demo: bool, screenshots: Path | None, verbose: bool) -> int:
    """Show the window until it is closed (or render the screenshots and leave); the exit status."""
    errors.route_qt_messages()
    app = make_application()
    watcher = ThemeWatcher(app)
    previous_hook = errors.install(data_home() / "logs")
    loop = QEventLoop(app)
    loop.set_exception_handler(errors.loop_exception_handler)
    asyncio.set_event_loop(loop)
    # Ctrl+C or a polite kill closes the window as the user would, instead of a traceback inside Qt.
    previous = {sig: signal.signal(sig, lambda *_: QTimer.singleShot(0, app.closeAllWindows)) for sig in _QUIT_SIGNALS}
    try:
        outcome: tuple[int, str | None] = loop.run_until_complete(_main(watcher, demo=demo, screenshots=screenshots))
        code, problem = outcome
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        sys.excepthook = previous_hook
        asyncio.set_event_loop(None)
        loop.close()
    if problem is not None:
        sys.stderr.write(f"wadesk: {problem}\n")
        if screenshots is None:
            QMessageBox.critical(None, _tr("wadesk cannot start"), problem)
    return code


async def _main(watcher: ThemeWatcher, *, demo: bool, screenshots: Path | None) -> tuple[int, str | None]:
    """The exit status, and what stopped wadesk from starting (in plain words) if something did."""
    try:
        if demo:
            from wadesk.demo import demo_environment  # the simulator is loaded only for the demo

            async with demo_environment() as env:
                code = await show_window(
                    env.app, watcher, hooks=env.phone, screenshots=screenshots, refresh_seconds=DEMO_REFRESH_SECONDS
                )
                return code, None
        app = open_app()
        try:
            return await show_window(app, watcher), None
        finally:
            await app.aclose()
    except WadeskError as exc:
        log.error("could not start: %s", exc)
        return 1, str(exc)


async def show_window(
    app: App,
    watcher: ThemeWatcher,
    *,
    hooks: DemoHooks | None = None,
    screenshots: Path | None = None,
    refresh_seconds: float = 30.0,
) -> int:
    monitor = DeviceMonitor(app.accounts)
    monitor.sync_accounts()
    ctx = UiContext(
        home=app.home,
        store=app.store,
        secrets=app.secrets,
        accounts=app.accounts,
        devices=monitor,
        demo=hooks,
        refresh_seconds=refresh_seconds,
    )
    window = MainWindow(ctx)
    watcher.changed.connect(partial(apply_colors_to, window))
    if screenshots is not None:
        try:
            written = await capture(window, screenshots)
        finally:
            window.close()
            monitor.stop()
        for path in written:
            print(path)
        return 0
    closed = asyncio.Event()
    window.closed.connect(closed.set)
    window.show()
    app.outbox.on_trouble = window.outbox_paused
    sender = asyncio.ensure_future(app.outbox.serve())  # scheduled and queued messages go out while the window is open
    try:
        await closed.wait()
    finally:
        sender.cancel()
        await asyncio.gather(sender, return_exceptions=True)
        app.outbox.on_trouble = None
        monitor.stop()
    return 0
