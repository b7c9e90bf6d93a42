"""The desktop front end: the only package that imports PySide6."""

from wadesk.ui.compat import keep_none_alive

keep_none_alive()
