"""Starting the desktop window: the QApplication, the qasync loop, the services, and the window on top.

``run_gui`` is what ``wadesk`` (no command) runs.  One event loop serves Qt and
asyncio; the services (and in the demo, the gateway simulator) run on it.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import gc
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSize, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from qasync import QEventLoop

from wadesk.app import App, data_home, open_app
from wadesk.domain.errors import WadeskError
from wadesk.services.devices import DeviceMonitor
from wadesk.services.events import SettingsChanged
from wadesk.services.poller import serve_sending
from wadesk.ui import errors, i18n
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


# -- Qt's system libraries -------------------------------------------------------
#
# On Linux, Qt's X11 platform plugin (xcb) needs system libraries that a minimal
# installation may lack (libxcb-cursor0 since Qt 6.5).  Qt then aborts the
# process while creating the QApplication (exit 134) — nothing can catch that —
# so wadesk looks first and says what to install.

# What Qt's xcb plugin links against, for systems without ``ldd``.
XCB_LIBRARIES = (
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-image.so.0",
    "libxcb-keysyms.so.1",
    "libxcb-randr.so.0",
    "libxcb-render-util.so.0",
    "libxcb-shape.so.0",
    "libxcb-shm.so.0",
    "libxcb-sync.so.1",
    "libxcb-util.so.1",
    "libxcb-xfixes.so.0",
    "libxcb-xkb.so.1",
    "libxcb.so.1",
    "libxkbcommon-x11.so.0",
    "libxkbcommon.so.0",
    "libX11-xcb.so.1",
    "libX11.so.6",
    "libEGL.so.1",
    "libGL.so.1",
    "libfontconfig.so.1",
)

# Debian packages whose names do not follow the library's own (policy §8.1).
_DEBIAN_EXCEPTIONS = {
    "libglib-2.0": "libglib2.0-0",
    "libgthread-2.0": "libglib2.0-0",
    "libgobject-2.0": "libglib2.0-0",
    "libGLdispatch": "libglvnd0",
    "libz": "zlib1g",
    "libgcc_s": "libgcc-s1",
    "libbrotlidec": "libbrotli1",
    "libbrotlicommon": "libbrotli1",
}


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will try its X11 (xcb) plugin first: on Linux unless another platform is asked for.

    ``QT_QPA_PLATFORM`` decides when set (its first choice); otherwise Qt takes
    Wayland in a Wayland session and X11 everywhere else.
    """
    if not platform.startswith("linux"):
        return False
    asked = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if asked:
        return asked == "xcb"
    return env.get("XDG_SESSION_TYPE", "") != "wayland"


def not_found(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` could not find, each once, in its order."""
    return list(dict.fromkeys(re.findall(r"^\s*(\S+)\s+=>\s+not found", ldd_output, re.MULTILINE)))


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries ``plugin`` needs that this system lacks: by ``ldd``, or the known list without it."""
    ldd = shutil.which("ldd")
    if ldd is not None:
        try:
            done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False)  # noqa: S603
        except (OSError, subprocess.SubprocessError):
            pass
        else:
            return not_found(done.stdout)
    return [name for name in XCB_LIBRARIES if ctypes.util.find_library(name[3:].split(".so")[0]) is None]


def debian_package(library: str) -> str:
    """The Debian/Ubuntu package of a library: its name and major version, a hyphen between two digits."""
    match = re.fullmatch(r"(lib[^/]+?)\.so\.(\d+)(?:\.[\d.]*)?", library)
    if match is None:
        return library
    stem, major = match.groups()
    if stem in _DEBIAN_EXCEPTIONS:
        return _DEBIAN_EXCEPTIONS[stem]
    name = stem.lower().replace("_", "-")
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def missing_libraries_message(missing: Sequence[str]) -> str:
    """One line: what is missing, and how to install it."""
    packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
    return (
        f"the desktop window cannot start: Qt's X11 support (the xcb platform plugin) needs {', '.join(missing)}, "
        f"which this system lacks; on Debian/Ubuntu: sudo apt install {packages} "
        "(elsewhere: the packages that provide these libraries)"
    )


def xcb_problem(env: Mapping[str, str] = os.environ) -> str | None:
    """Why Qt would abort when it opens the X11 display, in one line; ``None`` when nothing stands in the way."""
    if not uses_xcb(env):
        return None
    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    if plugin.is_file():
        missing = missing_libraries(plugin)
        if missing:
            return missing_libraries_message(missing)
    display = env.get("DISPLAY")
    if not display:
        return (
            "the desktop window cannot start: there is no X display (DISPLAY is not set); run wadesk in a desktop "
            "session (with --demo --screenshots, QT_QPA_PLATFORM=offscreen needs none)"
        )
    if not display_reachable(display):
        return (
            f"the desktop window cannot start: the X display {display} (DISPLAY) does not answer; run wadesk in a "
            "desktop session, or set DISPLAY to a display that is running"
        )
    return None


def display_reachable(display: str) -> bool:
    """Whether an X server answers at ``display``, asked the way Qt's xcb plugin will (Qt aborts when none does).

    ``True`` when it cannot be asked (no libxcb): then Qt decides.
    """
    name = ctypes.util.find_library("xcb")
    if name is None:
        return True
    try:
        xcb = ctypes.CDLL(name)
    except OSError:
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.restype = None
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)  # never NULL: a failed connection carries its error
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


_QUIT_SIGNALS = [signal.SIGINT] + ([signal.SIGTERM] if hasattr(signal, "SIGTERM") and sys.platform != "win32" else [])


def _offscreen_screen(size: tuple[int, int], scale: float) -> Path | None:
    """Give the offscreen platform a screen exactly as big as the screenshots, so dialogs are laid out as they would
    be on such a screen (its default is 800×800 device pixels, smaller than the window); the file to remove once
    the QApplication is made, or None on another platform."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return None
    width, height = (round(side * scale) for side in size)
    screen = {"name": "screenshots", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="wadesk-screen-", delete=False) as file:
        json.dump({"screens": [screen]}, file)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={file.name}"
    return Path(file.name)


def run_gui(
    *,
    demo: bool,
    screenshots: Path | None,
    verbose: bool,
    size: tuple[int, int] = (1280, 800),
    scale: float = 1.0,
    lang: str | None = None,
) -> int:
    """Show the window until it is closed (or render the screenshots and leave); the exit status.

    ``size`` (logical pixels) and ``scale`` (device pixels per logical pixel) are the screenshots'; ``lang``
    the window's language for this run (``id`` or ``en``; else the Preferences', else the computer's).
    """
    if QApplication.instance() is None and (problem := xcb_problem()) is not None:
        sys.stderr.write(f"wadesk: {problem}\n")
        return 1
    screen_file: Path | None = None
    if screenshots is not None and QApplication.instance() is None:
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"  # read once, when the QApplication is made
        screen_file = _offscreen_screen(size, scale)
    errors.route_qt_messages()
    try:
        app = make_application()
    finally:
        if screen_file is not None:
            screen_file.unlink(missing_ok=True)
    watcher = ThemeWatcher(app)
    previous_hook = errors.install(data_home() / "logs")
    loop = QEventLoop(app)
    loop.set_exception_handler(errors.loop_exception_handler)
    asyncio.set_event_loop(loop)
    # Ctrl+C or a polite kill closes the window as the user would, instead of a traceback inside Qt.
    previous = {sig: signal.signal(sig, lambda *_: QTimer.singleShot(0, app.closeAllWindows)) for sig in _QUIT_SIGNALS}
    try:
        outcome: tuple[int, str | None] = loop.run_until_complete(
            _main(watcher, demo=demo, screenshots=screenshots, size=size, lang=lang)
        )
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


async def _main(
    watcher: ThemeWatcher,
    *,
    demo: bool,
    screenshots: Path | None,
    size: tuple[int, int] = (1280, 800),
    lang: str | None = None,
) -> tuple[int, str | None]:
    """The exit status, and what stopped wadesk from starting (in plain words) if something did."""
    try:
        if demo:
            from wadesk.demo import demo_environment  # the simulator is loaded only for the demo

            async with demo_environment() as env:
                code = await show_window(
                    env.app,
                    watcher,
                    hooks=env.phone,
                    screenshots=screenshots,
                    size=size,
                    refresh_seconds=DEMO_REFRESH_SECONDS,
                    lang=lang,
                )
                return code, None
        app = open_app()
        try:
            return await show_window(app, watcher, lang=lang), None
        finally:
            await app.aclose()
    except WadeskError as exc:
        log.error("could not start: %s", exc)
        return 1, str(exc)


def window_context(app: App, **options: Any) -> UiContext:
    """What the window is handed for ``app``: its services and a device monitor following its accounts (which the
    caller closes with ``ctx.devices.aclose()``); ``options`` are ``UiContext``'s own (demo hooks, intervals)."""
    monitor = DeviceMonitor(app.accounts, app.events)
    monitor.sync_accounts()
    return UiContext(
        home=app.home,
        store=app.store,
        secrets=app.secrets,
        accounts=app.accounts,
        devices=monitor,
        events=app.events,
        contacts=app.contacts,
        sending=app.sending,
        campaigns=app.campaigns,
        drafts=app.drafts,
        series=app.series,
        schedules=app.schedules,
        clock=app.outbox.clock,
        reports=app.poller,
        outbox=app.outbox,
        receiver=lambda: app.receiver,
        hooks=lambda: app.hooks,
        **options,
    )


def keep_startup_out_of_collections() -> None:
    """Set what start-up made (Qt's wrappers, modules, the window) aside from the garbage collector's full passes.

    A full pass walks every object the process holds; with the window's
    hundred thousand start-up objects it took about 50 ms, a freeze the user
    could feel while typing.  Frozen, they are never walked again (they stay
    for the life of the window anyway); what is made later is collected as
    before.
    """
    gc.collect()
    gc.freeze()


async def show_window(
    app: App,
    watcher: ThemeWatcher,
    *,
    hooks: DemoHooks | None = None,
    screenshots: Path | None = None,
    size: tuple[int, int] = (1280, 800),
    refresh_seconds: float = 30.0,
    lang: str | None = None,
) -> int:
    i18n.apply(i18n.choose(app.settings.language, lang))
    ctx = window_context(app, demo=hooks, refresh_seconds=refresh_seconds)
    monitor = ctx.devices
    if screenshots is not None:
        window = MainWindow(ctx)
        watcher.changed.connect(partial(apply_colors_to, window))
        try:
            written = await capture(window, screenshots, QSize(*size))
        finally:
            window.close()
            await monitor.aclose()
        for path in written:
            print(path)
        return 0
    host = WindowHost(app, ctx, watcher)
    unsubscribe = app.events.subscribe(host.settings_saved, SettingsChanged)
    host.window.show()
    keep_startup_out_of_collections()
    # Scheduled and queued messages go out, and their delivery is followed, while the window is open.
    sender = asyncio.ensure_future(serve_sending(app.outbox, app.live_poller))
    try:
        await host.closed.wait()
    finally:
        unsubscribe()
        sender.cancel()
        await asyncio.gather(sender, return_exceptions=True)
        app.outbox.on_trouble = None
        await host.window.callbacks.aclose()
        await monitor.aclose()
    return 0


class WindowHost:
    """The main window of a run, made again in the new language when Preferences change it (no restart).

    The window in place is put away as when it closes (its layout and the
    panels' state saved) and a new one shows the same panel at the same place.
    """

    def __init__(self, app: App, ctx: UiContext, watcher: ThemeWatcher) -> None:
        self.app = app
        self.ctx = ctx
        self.closed = asyncio.Event()
        self.window = self._make()
        watcher.changed.connect(lambda: apply_colors_to(self.window))
        self._switching: asyncio.Task[None] | None = None

    def _make(self) -> MainWindow:
        window = MainWindow(self.ctx)
        window.closed.connect(self.closed.set)
        self.app.outbox.on_trouble = window.outbox_paused
        return window

    def settings_saved(self, event: SettingsChanged) -> None:
        language = i18n.choose(self.app.settings.language)
        if "language" in event.keys and language != i18n.current() and self._switching is None:
            self._switching = asyncio.ensure_future(self.switch(language))

    async def switch(self, language: str) -> None:
        """Show the window in ``language``."""
        try:
            await asyncio.sleep(0)  # the Preferences dialog that saved closes first
            old = self.window
            old.closed.disconnect(self.closed.set)
            old.save_layout()
            old.shutdown()
            await old.callbacks.aclose()  # the new window's receiver takes the port
            i18n.apply(language)
            self.window = self._make()
            self.window.show()
            old.hide()
            old.deleteLater()
            gc.unfreeze()  # the old window's objects may be collected; the new one's are set aside as at start
            keep_startup_out_of_collections()
        finally:
            self._switching = None
