"""Qt binding setup: NodeGraphQt goes through Qt.py, which must pick PySide6.

Import Qt names from here so the binding is chosen once, before NodeGraphQt.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: E402

__all__ = ["QtCore", "QtGui", "QtWidgets", "has_multimedia"]


def has_multimedia() -> bool:
    """QtMultimedia ships in PySide6-Addons; without it the preview shows stills."""
    try:
        from PySide6 import QtMultimedia  # noqa: F401
    except ImportError:
        return False
    return True


# PySide6 6.12 on Python 3.11 drops a reference to None in some enum setters (e.g.
# QPen.setJoinStyle, used by NodeGraphQt for every pipe and paint); None is not immortal
# before 3.12, so the process aborts with "deallocating None" after enough calls. Until
# the binding is fixed (or pinned), give None a large reference head-room, as 3.12 does.
_HEADROOM = 1 << 40


def keep_none_alive() -> None:
    """Top up None's reference count (the main window calls this every second)."""
    import ctypes
    import sys

    if sys.version_info < (3, 12) and sys.getrefcount(None) < _HEADROOM // 2:
        ctypes.c_ssize_t.from_address(id(None)).value += _HEADROOM


keep_none_alive()
