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
