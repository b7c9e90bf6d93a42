"""PyInstaller's own hook for PySide6.QtGui, without the plugins packaging/trim.py leaves out.

Filtering here, before PyInstaller looks for each plugin's libraries, keeps those libraries out too.
"""

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from trim import hook_trimmed

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = hook_trimmed(binaries)
