"""The beat timeline: waveform, beats, downbeats, section bands, cut slots.

Click seeks the preview. Drag a cut to move it, double-click to add one,
right-click a cut to remove it: each edit becomes a manual override in the cut
planner's ``add_cuts_s`` / ``remove_cuts_s`` params (one undoable command).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.gui.qt import QtCore, QtGui, QtWidgets

_SECTION_COLOURS = ["#2d4a6b", "#5a3d6b", "#2d6b55", "#6b5a2d", "#6b2d3d", "#3d5a6b"]
_GRAB_PX = 5


def waveform_peaks(path: Path, buckets: int) -> list[float]:
    """Blocking: max |amplitude| per bucket, 0..1 (runs in a worker thread)."""
    import numpy as np

    from audio_sync.decode import decode_audio

    mono = np.abs(decode_audio(path, rate_hz=11025).mono())
    if mono.size == 0:
        return []
    edges = np.linspace(0, mono.size, buckets + 1).astype(int)
    peaks = np.maximum.reduceat(mono, edges[:-1].clip(0, mono.size - 1))
    top = float(peaks.max()) or 1.0
    return [float(p) / top for p in peaks]


@dataclass(slots=True)
class TimelineData:
    node_id: str
    duration_s: float
    peaks: list[float]
    beats_s: list[float]
    downbeats_s: list[float]
    sections: list[tuple[float, float, str]]
    cuts_s: list[float]
    add_cuts_s: list[float] = field(default_factory=list)
    remove_cuts_s: list[float] = field(default_factory=list)

    @classmethod
    def from_values(cls, *, node_id: str, beats: dict[str, Any], plan: dict[str, Any],
                    peaks: list[float], params: dict[str, Any]) -> TimelineData:
        return cls(node_id=node_id, duration_s=float(beats.get("duration_s", 0.0)),
                   peaks=peaks, beats_s=[float(b) for b in beats.get("beats_s", [])],
                   downbeats_s=[float(b) for b in beats.get("downbeats_s", [])],
                   sections=[(float(s["start_s"]), float(s["end_s"]), str(s.get("label", "")))
                             for s in beats.get("sections", [])],
                   cuts_s=[float(c) for c in plan.get("cuts_s", [])],
                   add_cuts_s=[float(c) for c in params.get("add_cuts_s") or []],
                   remove_cuts_s=[float(c) for c in params.get("remove_cuts_s") or []])

    def moved(self, old_s: float, new_s: float) -> dict[str, list[float]]:
        """The params after moving the cut at ``old_s`` to ``new_s``."""
        add = [c for c in self.add_cuts_s if abs(c - old_s) > 1e-3]
        remove = list(self.remove_cuts_s)
        if len(add) == len(self.add_cuts_s):  # a planned cut: remove it explicitly
            remove.append(round(old_s, 3))
        add.append(round(new_s, 3))
        return {"add_cuts_s": sorted(add), "remove_cuts_s": sorted(remove)}

    def added(self, at_s: float) -> dict[str, list[float]]:
        return {"add_cuts_s": sorted([*self.add_cuts_s, round(at_s, 3)])}

    def removed(self, at_s: float) -> dict[str, list[float]]:
        add = [c for c in self.add_cuts_s if abs(c - at_s) > 1e-3]
        if len(add) != len(self.add_cuts_s):
            return {"add_cuts_s": add}
        return {"remove_cuts_s": sorted([*self.remove_cuts_s, round(at_s, 3)])}


class TimelineCanvas(QtWidgets.QWidget):
    seek = QtCore.Signal(float)
    edit = QtCore.Signal(str, dict)

    def __init__(self) -> None:
        super().__init__()
        self.data: TimelineData | None = None
        self.message = "No song analysed yet."
        self.playhead_s: float | None = None
        self._drag: tuple[float, float] | None = None  # (original cut, current time)
        self.setMinimumHeight(150)
        self.setMouseTracking(True)

    # coordinates
    def _x(self, t: float) -> float:
        d = self.data.duration_s if self.data and self.data.duration_s > 0 else 1.0
        return 8 + (self.width() - 16) * t / d

    def _t(self, x: float) -> float:
        d = self.data.duration_s if self.data and self.data.duration_s > 0 else 1.0
        return max(0.0, min(d, (x - 8) / max(1.0, self.width() - 16) * d))

    def _cut_at(self, x: float) -> float | None:
        if self.data is None:
            return None
        near = [c for c in self.data.cuts_s if abs(self._x(c) - x) <= _GRAB_PX and c > 0]
        return min(near, key=lambda c: abs(self._x(c) - x)) if near else None

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QtGui.QColor("#181a1f"))
        if self.data is None:
            p.setPen(QtGui.QColor("#8b92a0"))
            p.drawText(self.rect(), QtCore.Qt.AlignmentFlag.AlignCenter, self.message)
            return
        h = self.height()
        self._paint_sections(p, h)
        self._paint_wave(p, h)
        self._paint_beats(p, h)
        self._paint_cuts(p, h)
        if self.playhead_s is not None:
            p.setPen(QtGui.QPen(QtGui.QColor("#ffffff"), 1.5))
            x = self._x(self.playhead_s)
            p.drawLine(QtCore.QPointF(x, 0), QtCore.QPointF(x, h))

    def _paint_sections(self, p: QtGui.QPainter, h: int) -> None:
        assert self.data is not None
        font = p.font()
        font.setPointSizeF(8.5)
        font.setBold(True)
        p.setFont(font)
        for i, (start, end, label) in enumerate(self.data.sections):
            rect = QtCore.QRectF(self._x(start), 0, self._x(end) - self._x(start), 18)
            colour = QtGui.QColor(_SECTION_COLOURS[i % len(_SECTION_COLOURS)])
            p.fillRect(rect, colour)
            body = QtCore.QRectF(rect.left(), 18, rect.width(), h - 18)
            colour.setAlpha(45)
            p.fillRect(body, colour)
            p.setPen(QtGui.QColor("#e6e9ef"))
            p.drawText(rect.adjusted(4, 0, -2, 0), QtCore.Qt.AlignmentFlag.AlignVCenter, label)

    def _paint_wave(self, p: QtGui.QPainter, h: int) -> None:
        assert self.data is not None
        peaks = self.data.peaks
        if not peaks:
            return
        mid, amp = 18 + (h - 18) / 2, (h - 30) / 2
        path = QtGui.QPainterPath()
        n = len(peaks)
        w = self.width() - 16
        path.moveTo(8, mid)
        for i, v in enumerate(peaks):
            path.lineTo(8 + w * i / n, mid - v * amp)
        for i in range(n - 1, -1, -1):
            path.lineTo(8 + w * i / n, mid + peaks[i] * amp)
        path.closeSubpath()
        p.fillPath(path, QtGui.QColor(110, 160, 210, 150))

    def _paint_beats(self, p: QtGui.QPainter, h: int) -> None:
        assert self.data is not None
        p.setPen(QtGui.QPen(QtGui.QColor(200, 205, 215, 70), 1))
        for b in self.data.beats_s:
            x = self._x(b)
            p.drawLine(QtCore.QPointF(x, h - 14), QtCore.QPointF(x, h))
        p.setPen(QtGui.QPen(QtGui.QColor(235, 240, 250, 170), 1.5))
        for b in self.data.downbeats_s:
            x = self._x(b)
            p.drawLine(QtCore.QPointF(x, h - 26), QtCore.QPointF(x, h))

    def _paint_cuts(self, p: QtGui.QPainter, h: int) -> None:
        assert self.data is not None
        manual = self.data.add_cuts_s
        for c in self.data.cuts_s:
            is_manual = any(abs(c - m) < 0.02 for m in manual)
            colour = QtGui.QColor("#ffb347" if not is_manual else "#ff6fb0")
            p.setPen(QtGui.QPen(colour, 2))
            x = self._x(c)
            p.drawLine(QtCore.QPointF(x, 20), QtCore.QPointF(x, h - 4))
            p.setBrush(colour)
            p.drawPolygon(QtGui.QPolygonF([QtCore.QPointF(x - 5, 20), QtCore.QPointF(x + 5, 20),
                                           QtCore.QPointF(x, 27)]))
        if self._drag is not None:
            p.setPen(QtGui.QPen(QtGui.QColor("#ffffff"), 2, QtCore.Qt.PenStyle.DashLine))
            x = self._x(self._drag[1])
            p.drawLine(QtCore.QPointF(x, 20), QtCore.QPointF(x, h))

    # interaction
    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self.data is None:
            return
        x = event.position().x()
        cut = self._cut_at(x)
        if event.button() == QtCore.Qt.MouseButton.RightButton and cut is not None:
            self.edit.emit(self.data.node_id, self.data.removed(cut))
        elif event.button() == QtCore.Qt.MouseButton.LeftButton and cut is not None:
            self._drag = (cut, cut)
        elif event.button() == QtCore.Qt.MouseButton.LeftButton:
            self.playhead_s = self._t(x)
            self.seek.emit(self.playhead_s)
            self.update()

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802 - Qt API
        x = event.position().x()
        if self._drag is not None:
            self._drag = (self._drag[0], self._t(x))
            self.update()
        else:
            shape = (QtCore.Qt.CursorShape.SizeHorCursor if self._cut_at(x) is not None
                     else QtCore.Qt.CursorShape.ArrowCursor)
            self.setCursor(shape)

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._drag is None or self.data is None:
            return
        old, new = self._drag
        self._drag = None
        if abs(self._x(new) - self._x(old)) >= 2:
            self.edit.emit(self.data.node_id, self.data.moved(old, new))
        self.update()

    def mouseDoubleClickEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802
        if self.data is not None and self._cut_at(event.position().x()) is None:
            self.edit.emit(self.data.node_id, self.data.added(self._t(event.position().x())))


class TimelinePanel(QtWidgets.QWidget):
    seek = QtCore.Signal(float)
    edit = QtCore.Signal(str, dict)

    def __init__(self) -> None:
        super().__init__()
        self.canvas = TimelineCanvas()
        self.info = QtWidgets.QLabel("")
        self.info.setObjectName("dim")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.info)
        layout.addWidget(self.canvas, 1)
        self.canvas.seek.connect(self.seek)
        self.canvas.edit.connect(self.edit)

    def set_data(self, data: TimelineData) -> None:
        self.canvas.data = data
        manual = len(data.add_cuts_s) + len(data.remove_cuts_s)
        self.info.setText(
            f"{data.node_id}: {data.duration_s:.1f}s · {len(data.beats_s)} beats · "
            f"{len(data.sections)} sections · {len(data.cuts_s)} cuts"
            + (f" ({manual} manual)" if manual else "")
            + "   ·   click: seek · drag a cut: move · double-click: add · right-click: remove")
        self.canvas.update()

    def clear(self, message: str = "No song analysed yet.") -> None:
        self.canvas.data = None
        self.canvas.message = message
        self.info.setText("")
        self.canvas.update()

    def set_playhead(self, t_s: float) -> None:
        self.canvas.playhead_s = t_s
        self.canvas.update()
