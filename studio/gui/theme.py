"""One dark theme: palette, stylesheet, category and port-type colours, badge colours."""

from __future__ import annotations

from studio.gui.qt import QtGui, QtWidgets

BG = "#1b1d22"
PANEL = "#23262d"
PANEL_2 = "#2b2f37"
BORDER = "#353a44"
TEXT = "#d8dbe2"
TEXT_DIM = "#8b92a0"
ACCENT = "#4c9aff"

CATEGORY_RGB: dict[str, tuple[int, int, int]] = {
    "inputs": (46, 110, 86), "audio": (40, 96, 140), "text": (120, 92, 40),
    "generate": (118, 62, 132), "route": (70, 80, 130), "composite": (46, 112, 120),
    "gate": (140, 100, 30), "publish": (90, 90, 90), "output": (150, 60, 60),
}
PLACEHOLDER_RGB = (150, 30, 30)
DEFAULT_RGB = (70, 74, 84)

PORT_RGB: dict[str, tuple[int, int, int]] = {
    "Audio": (90, 200, 120), "Image": (80, 170, 250), "Video": (230, 120, 80),
    "Media": (200, 140, 200), "Text": (230, 200, 90), "BeatMap": (110, 220, 220),
    "CutPlan": (170, 220, 120), "Timeline": (240, 150, 180), "Curve": (160, 160, 240),
    "Captions": (250, 230, 160), "Number": (200, 200, 200), "Any": (180, 180, 180),
}

BADGE_COLORS: dict[str, str] = {
    "queued": "#5b6270", "running": "#2f7fd8", "cached": "#3b8f6a", "done": "#2e9d4f",
    "failed": "#c8413b", "skipped": "#6b5f4a", "cancelled": "#7a6a3a",
    "review": "#d29a1e", "estimated": "#55607a", "stale": "#8a6d2f",
}


# Text drawn on the canvas, in pixels at 96 DPI and zoom 1; scaled with the screen's DPI.
NODE_TITLE_PX = 15
NODE_TEXT_PX = 13  # ports and badges
MIN_READABLE_PX = 11  # what "Frame all" never zooms below (issue 14)


def dpi_scale() -> float:
    screen = QtGui.QGuiApplication.primaryScreen()
    return max(1.0, screen.logicalDotsPerInch() / 96.0) if screen is not None else 1.0


def canvas_font(px: int, *, bold: bool = False) -> QtGui.QFont:
    font = QtGui.QFont()
    font.setPixelSize(round(px * dpi_scale()))
    font.setBold(bold)
    return font


def min_canvas_scale() -> float:
    """The smallest zoom at which port and badge text stays >= MIN_READABLE_PX."""
    return MIN_READABLE_PX / NODE_TEXT_PX


def category_rgb(category: str) -> tuple[int, int, int]:
    return CATEGORY_RGB.get(category, DEFAULT_RGB)


def port_rgb(type_name: str) -> tuple[int, int, int]:
    base = type_name[5:-1] if type_name.startswith("List[") else type_name
    return PORT_RGB.get(base, PORT_RGB["Any"])


STYLESHEET = f"""
QWidget {{ background: {PANEL}; color: {TEXT}; font-size: 10pt; }}
QMainWindow, QDockWidget {{ background: {BG}; }}
QDockWidget::title {{ background: {PANEL_2}; padding: 5px 8px; font-weight: 600; }}
QToolBar {{ background: {PANEL_2}; border: none; spacing: 4px; padding: 3px; }}
QToolButton {{ padding: 4px 8px; border-radius: 4px; }}
QToolButton:hover {{ background: {BORDER}; }}
QToolButton#tempo::menu-indicator, QToolButton#bars::menu-indicator {{ image: none; width: 0; }}  /* their text has the ▾ */
QLineEdit, QPlainTextEdit, QSpinBox, QDoubleSpinBox, QComboBox, QListWidget, QTreeWidget,
QTableWidget {{
  background: {BG}; border: 1px solid {BORDER}; border-radius: 4px; padding: 3px;
  selection-background-color: {ACCENT};
}}
QHeaderView::section {{ background: {PANEL_2}; border: none; padding: 4px; }}
QPushButton {{ background: {PANEL_2}; border: 1px solid {BORDER}; border-radius: 4px;
  padding: 4px 10px; }}
QPushButton:hover {{ background: {BORDER}; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: none; }}
QStatusBar {{ background: {PANEL_2}; color: {TEXT_DIM}; }}
QStatusBar QLabel {{ background: transparent; padding: 0 8px; }}
QLabel#dim {{ color: {TEXT_DIM}; background: transparent; }}
QLabel#heading {{ font-size: 12pt; font-weight: 600; background: transparent; }}
QTabBar::tab {{ background: {PANEL_2}; padding: 5px 12px; border: none; }}
QTabBar::tab:selected {{ background: {PANEL}; border-bottom: 2px solid {ACCENT}; }}
QMenu {{ background: {PANEL_2}; border: 1px solid {BORDER}; }}
QMenu::item:selected {{ background: {ACCENT}; }}
QScrollBar:vertical {{ background: {BG}; width: 10px; }}
QScrollBar::handle:vertical {{ background: {BORDER}; border-radius: 4px; min-height: 24px; }}
QSlider::groove:horizontal {{ height: 4px; background: {BORDER}; border-radius: 2px; }}
QSlider::handle:horizontal {{ background: {ACCENT}; width: 12px; margin: -5px 0;
  border-radius: 6px; }}
"""


def apply(app: QtWidgets.QApplication) -> None:
    """Fusion style with a dark palette and the stylesheet above."""
    app.setStyle("Fusion")
    pal = QtGui.QPalette()
    for role, colour in ((QtGui.QPalette.ColorRole.Window, PANEL),
                         (QtGui.QPalette.ColorRole.Base, BG),
                         (QtGui.QPalette.ColorRole.Text, TEXT),
                         (QtGui.QPalette.ColorRole.WindowText, TEXT),
                         (QtGui.QPalette.ColorRole.Button, PANEL_2),
                         (QtGui.QPalette.ColorRole.ButtonText, TEXT),
                         (QtGui.QPalette.ColorRole.Highlight, ACCENT),
                         (QtGui.QPalette.ColorRole.ToolTipBase, PANEL_2),
                         (QtGui.QPalette.ColorRole.ToolTipText, TEXT)):
        pal.setColor(role, QtGui.QColor(colour))
    app.setPalette(pal)
    app.setStyleSheet(STYLESHEET)
