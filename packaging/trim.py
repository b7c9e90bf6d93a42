"""What the desktop bundle leaves out, shared by wadesk.spec and the Qt hooks in packaging/hooks.

Each pattern is a shell pattern on a file's path inside the bundle (forward slashes; ``*`` crosses
folders, so one pattern fits the Qt layouts of the Windows, macOS and Linux wheels).  The Qt hooks
apply them before PyInstaller looks for the libraries each plugin needs, so a plugin left out takes
its libraries with it (the GTK theme plugin alone brought some 20 MB of the build machine's GTK,
Cairo and Pango).  ``WADESK_NO_TRIM=1`` keeps everything, to compare sizes.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable
from typing import TypeVar

Entry = TypeVar("Entry", bound=tuple[str, ...])

ENABLED = os.environ.get("WADESK_NO_TRIM", "") in ("", "0")

# Python packages wadesk never imports that PyInstaller would follow through optional imports
# (openpyxl's image support tries Pillow and NumPy; PySide6 names QtNetwork), plus the developer
# tools that share the venv.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "PIL",
    "numpy",
    "pygments",
    "rich",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "zxingcpp",
    "importlinter",
    "grimp",
    "IPython",
    "pydoc_data",
    "lib2to3",
    "setuptools",
    "pkg_resources",
    "PyInstaller",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "PySide6.QtNetwork",  # aiohttp and httpx do the networking
]

PATTERNS = [
    # Qt's own translations: wadesk's .qm carries the Qt words it shows (resources/translations/id/qt.ts).
    "PySide6/*translations/*",
    # Platforms for embedded devices and remote screens; xcb, wayland (Linux), windows, cocoa (macOS)
    # and offscreen (the screenshots, CI) stay.
    "PySide6/*plugins/platforms/*qeglfs*",
    "PySide6/*plugins/platforms/*qlinuxfb*",
    "PySide6/*plugins/platforms/*qminimal*",
    "PySide6/*plugins/platforms/*qvnc*",
    "PySide6/*plugins/platforms/*qvkkhrdisplay*",
    "PySide6/*plugins/platforms/*qdirect2d*",
    "PySide6/*plugins/egldeviceintegrations/*",
    "PySide6/*plugins/generic/*",  # touch screens and keyboards read from /dev (embedded)
    # The GTK theme plugin (GTK3, Cairo, Pango, ATK from the build machine, which can clash with the
    # user's own); the desktop portal plugin still gives the desktop's file dialogs.
    "PySide6/*plugins/platformthemes/*qgtk3*",
    # Image formats nobody sends on WhatsApp; JPEG, PNG, GIF, WebP, SVG, ICO, ICNS stay.
    "PySide6/*plugins/imageformats/*qpdf*",
    "PySide6/*plugins/imageformats/*qtga*",
    "PySide6/*plugins/imageformats/*qwbmp*",
    "PySide6/*plugins/imageformats/*qtiff*",
    # An on-screen keyboard written in Qt Quick (it alone pulls in QML and Quick).
    "PySide6/*plugins/platforminputcontexts/*qtvirtualkeyboard*",
    # Software OpenGL for Windows machines without a driver: wadesk's widgets draw without OpenGL.
    "PySide6/*opengl32sw.dll",
]


def _left_out(path: str) -> bool:
    return ENABLED and any(fnmatch.fnmatch(path.replace("\\", "/"), pattern) for pattern in PATTERNS)


def trimmed(entries: Iterable[Entry]) -> list[Entry]:
    """The spec's TOC ``entries`` (destination path first) without what the patterns name."""
    return [entry for entry in entries if not _left_out(entry[0])]


def hook_trimmed(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """A hook's ``(source file, destination folder)`` pairs without what the patterns name."""
    return [(source, folder) for source, folder in pairs if not _left_out(f"{folder}/{os.path.basename(source)}")]
