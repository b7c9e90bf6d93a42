"""The last line of defence: an unexpected error is logged in full and told in plain words, never as a traceback."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("wadesk.ui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def tell_user(title: str, text: str) -> None:
    """A message box when a window can be shown; the log otherwise."""
    if QApplication.instance() is None:
        log.error("%s: %s", title, text)
        return
    if _open_boxes and _open_boxes[-1].isVisible():
        return  # one at a time: a burst of errors gives one message
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
    _open_boxes[:] = [box]  # kept alive until the next one
    box.open()


_open_boxes: list[QMessageBox] = []


def install(log_dir: Path) -> ExceptHook:
    """Route uncaught exceptions (Qt slots, asyncio callbacks) to the log and a plain message; returns the old hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        tell_user(
            _tr("Something went wrong"),
            _tr("wadesk ran into an unexpected problem and carried on. The details are in %1.").replace(
                "%1", str(log_dir / "wadesk.log")
            ),
        )

    sys.excepthook = hook
    return previous


def loop_exception_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    exc = context.get("exception")
    if isinstance(exc, asyncio.CancelledError):
        return
    log.error("asyncio: %s", context.get("message", "error"), exc_info=exc if isinstance(exc, BaseException) else None)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
# Said by platforms that cannot do everything a desktop can (offscreen rendering); nothing to act on.
_QT_NOISE = ("does not support propagateSizeHints",)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if any(noise in message for noise in _QT_NOISE):
        return
    logging.getLogger("wadesk.qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages() -> None:
    """Qt's own warnings go to wadesk's log file instead of the terminal."""
    qInstallMessageHandler(_qt_message)
