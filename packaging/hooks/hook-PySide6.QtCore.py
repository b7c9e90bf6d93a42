"""PyInstaller's own hook for PySide6.QtCore, without Qt's translations (see packaging/trim.py)."""

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from trim import hook_trimmed

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
datas = hook_trimmed(datas)
