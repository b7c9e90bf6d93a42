"""Work around a defect of the Qt bindings that would end the program.

PySide6 6.12.0 is built for Pythons where ``None``, ``True`` and ``False``
are immortal (3.12 and later): each call of a Qt method that returns nothing
gives back one reference to ``None`` that it never took, and some calls do
the same with ``True``/``False``.  On Python 3.11 those counts run down with
every click and repaint, and the process aborts ("deallocating None") after a
few minutes.  When the defect is detected, the three are given enough
references to last any session, which is what newer Pythons do for every
program.  Bindings without the defect are left alone.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

_PROBES = 32
_RESERVE = 1 << 48


def bindings_leak_none() -> bool:
    """True when calling a Qt method that returns nothing releases a reference to ``None`` it never took."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal: nothing can run out
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= _PROBES


def keep_none_alive() -> bool:
    """Apply the work-around if needed; returns whether it was."""
    if not bindings_leak_none():
        return False
    for constant in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(constant))  # ob_refcnt, the first field of every object
        refcount.value += _RESERVE
    log.warning("the Qt bindings lose references to None on this Python; working around it")
    return True
