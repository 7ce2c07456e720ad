"""Per-node decorations drawn as child items of NodeGraphQt node items.

A :class:`Badge` sits above the node: a coloured state pill (queued, running
42 %, cached, done, failed, needs review) and the node's cost. A
:class:`Thumbnail` sits below it and opens the preview when clicked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from studio.gui import theme
from studio.gui.qt import QtCore, QtGui, QtWidgets

_LABELS = {"queued": "queued", "running": "running", "cached": "cached", "done": "done",
           "failed": "failed", "skipped": "skipped", "cancelled": "cancelled",
           "review": "needs review", "estimated": "estimated",
           "stale": "stale: settings changed"}


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) < 0.01


class Badge(QtWidgets.QGraphicsItem):
    def __init__(self, parent: QtWidgets.QGraphicsItem) -> None:
        super().__init__(parent)
        self.state = ""
        self.text = ""
        self.fraction: float | None = None
        self.cost_usd: float | None = None
        self.estimated = False
        self._font = theme.canvas_font(theme.NODE_TEXT_PX, bold=True)
        self._h = QtGui.QFontMetricsF(self._font).height() + 6
        self.setZValue(10)
        self._detail = ""

    def _width(self) -> float:
        item: Any = self.parentItem()
        return float(item.width) if item is not None else 160.0

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802 - Qt API
        return QtCore.QRectF(-2, -self._h - 6, self._width() + 4, self._h + 4)

    def set_state(self, state: str, text: str = "", tooltip: str = "",
                  fraction: float | None = None) -> None:
        if (state, text) == (self.state, self.text) and _close(fraction, self.fraction):
            if tooltip != self._detail:
                self._detail = tooltip
                self._set_tip()
            return  # nothing visible changed: no repaint (progress ticks are frequent)
        self.prepareGeometryChange()
        self.state, self.text, self.fraction = state, text, fraction
        self._detail = tooltip
        self._set_tip()
        self.update()

    def _set_tip(self) -> None:
        """The full badge text (the pill may be elided) and the details under it."""
        label = self.label() if self.state else ""
        detail = self._detail if self._detail not in ("", self.text, label) else ""
        self.setToolTip("\n".join(t for t in (label, detail) if t))

    def set_cost(self, cost_usd: float | None, *, estimated: bool = False) -> None:
        """Spent cost, or (``estimated``) the price of one job before it runs."""
        self.cost_usd = cost_usd
        self.estimated = estimated
        self.update()

    def shown_text(self) -> str:
        """The state text as painted: elided to the node's width (full text: tooltip)."""
        metrics = QtGui.QFontMetricsF(self._font)
        cost = self._cost_text()
        cost_w = metrics.horizontalAdvance(cost) + 12 if cost else 0.0
        room = max(self._width() - cost_w - 20, 30.0)
        return metrics.elidedText(self.label(), QtCore.Qt.TextElideMode.ElideRight, room)

    def label(self) -> str:
        base = _LABELS.get(self.state, self.state)
        if self.state == "running" and self.fraction is not None:
            base = f"running {self.fraction * 100:.0f}%"
        return f"{base}: {self.text}" if self.text else base

    def _cost_text(self) -> str:
        if self.cost_usd is None:
            return ""
        if self.estimated:
            return "free" if self.cost_usd == 0 else f"~${self.cost_usd:.3f}"
        return f"${self.cost_usd:.3f}"

    def paint(self, painter: QtGui.QPainter, option: Any, widget: Any = None) -> None:
        painter.setFont(self._font)
        metrics = QtGui.QFontMetricsF(self._font)
        h = self._h
        y = -h - 4
        cost = self._cost_text()
        cost_w = metrics.horizontalAdvance(cost) + 12 if cost else 0.0
        if self.state:
            text = self.shown_text()  # the state pill never covers the cost
            rect = QtCore.QRectF(0, y, metrics.horizontalAdvance(text) + 14, h)
            painter.setPen(QtCore.Qt.PenStyle.NoPen)
            painter.setBrush(QtGui.QColor(theme.BADGE_COLORS.get(self.state, "#555")))
            painter.drawRoundedRect(rect, h / 2, h / 2)
            if self.state == "running" and self.fraction is not None:
                bar = QtCore.QRectF(rect.left(), rect.bottom() - 3,
                                    rect.width() * max(0.0, min(1.0, self.fraction)), 3)
                painter.setBrush(QtGui.QColor("#9fd0ff"))
                painter.drawRect(bar)
            painter.setPen(QtGui.QColor("white"))
            painter.drawText(rect, QtCore.Qt.AlignmentFlag.AlignCenter, text)
        if cost:
            rect = QtCore.QRectF(self._width() - cost_w, y, cost_w, h)
            painter.setPen(QtGui.QPen(QtGui.QColor("#d9b44a"), 1))
            painter.setBrush(QtGui.QColor(40, 34, 20))
            painter.drawRoundedRect(rect, h / 2, h / 2)
            painter.setPen(QtGui.QColor("#f0d27a"))
            painter.drawText(rect, QtCore.Qt.AlignmentFlag.AlignCenter, cost)


class Thumbnail(QtWidgets.QGraphicsPixmapItem):
    """A still of the node's image or video output, under the node."""

    MAX_W = 160

    def __init__(self, parent: QtWidgets.QGraphicsItem, on_click: Callable[[], None]) -> None:
        super().__init__(parent)
        self._on_click = on_click
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Click to open in the preview")
        self.setTransformationMode(QtCore.Qt.TransformationMode.SmoothTransformation)

    def set_image(self, image: QtGui.QImage) -> None:
        item: Any = self.parentItem()
        width = min(self.MAX_W, int(item.width) if item is not None else self.MAX_W)
        pix = QtGui.QPixmap.fromImage(image).scaledToWidth(
            width, QtCore.Qt.TransformationMode.SmoothTransformation)
        self.setPixmap(pix)
        self.setPos(0, (float(item.height) if item is not None else 60.0) + 6)

    def mousePressEvent(self, event: QtWidgets.QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self._on_click()
        event.accept()
