"""The preview's views for list outputs (a grid of every element, "n of m", select to
see it large) and for audio artifacts (the waveform, with a playhead)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nodes.cache import Artifact
from studio.gui.qt import QtCore, QtGui, QtWidgets

ICON = QtCore.QSize(120, 68)


class Waveform(QtWidgets.QWidget):
    """An audio artifact drawn as its peaks; click seeks."""

    seek = QtCore.Signal(float)

    def __init__(self) -> None:
        super().__init__()
        self.peaks: list[float] = []
        self.duration_s = 0.0
        self.playhead_s: float | None = None
        self.message = ""
        self.setMinimumSize(160, 90)

    def set_peaks(self, peaks: list[float], duration_s: float) -> None:
        self.peaks, self.duration_s, self.message = peaks, duration_s, ""
        self.update()

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QtGui.QPainter(self)
        p.fillRect(self.rect(), QtGui.QColor("#111316"))
        w, h = self.width(), self.height()
        if not self.peaks:
            p.setPen(QtGui.QColor("#8b92a0"))
            p.drawText(self.rect(), QtCore.Qt.AlignmentFlag.AlignCenter,
                       self.message or "reading the audio…")
            return
        mid, amp, n = h / 2, h * 0.45, len(self.peaks)
        path = QtGui.QPainterPath()
        path.moveTo(0, mid)
        for i, v in enumerate(self.peaks):
            path.lineTo(w * i / n, mid - v * amp)
        for i in range(n - 1, -1, -1):
            path.lineTo(w * i / n, mid + self.peaks[i] * amp)
        p.fillPath(path, QtGui.QColor(110, 200, 150, 190))
        if self.playhead_s is not None and self.duration_s > 0:
            x = w * self.playhead_s / self.duration_s
            p.setPen(QtGui.QPen(QtGui.QColor("white"), 1.5))
            p.drawLine(QtCore.QPointF(x, 0), QtCore.QPointF(x, h))

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self.duration_s > 0:
            self.seek.emit(self.duration_s * event.position().x() / max(1, self.width()))


def audio_peaks(path: Path, buckets: int = 1200) -> tuple[list[float], float]:
    """Blocking (worker thread): peaks and duration of an audio file."""
    import av

    from studio.gui.timeline_view import waveform_peaks

    with av.open(str(path)) as container:
        duration = float(container.duration or 0) / 1_000_000
    return waveform_peaks(path, buckets), duration


class Gallery(QtWidgets.QWidget):
    """Every element of a list output: a grid; the selected one is shown large."""

    chosen = QtCore.Signal(object)  # the selected Artifact

    def __init__(self) -> None:
        super().__init__()
        self.count = QtWidgets.QLabel("")
        self.count.setObjectName("dim")
        self.grid = QtWidgets.QListWidget()
        self.grid.setViewMode(QtWidgets.QListView.ViewMode.IconMode)
        self.grid.setIconSize(ICON)
        self.grid.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
        self.grid.setMovement(QtWidgets.QListView.Movement.Static)
        self.grid.setSpacing(4)
        self.grid.setUniformItemSizes(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.grid, 1)
        self.items: list[Artifact] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self.grid.currentRowChanged.connect(self._row)

    def set_items(self, arts: list[Artifact],
                  still: Callable[[Artifact], Any] | None = None) -> None:
        """``still(art)`` is an awaitable QImage (or None) for the grid icon."""
        self.items = list(arts)
        self.grid.clear()
        blank = QtGui.QPixmap(ICON)
        blank.fill(QtGui.QColor("#2b2f37"))
        for i, art in enumerate(arts):
            item = QtWidgets.QListWidgetItem(QtGui.QIcon(blank), f"{i + 1} · {art.kind}")
            item.setToolTip(str(art.path))
            self.grid.addItem(item)
            if still is not None and art.kind in ("image", "video"):
                task = asyncio.ensure_future(self._icon(i, art, still))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
        if arts:
            self.grid.setCurrentRow(0)

    async def _icon(self, row: int, art: Artifact, still: Callable[[Artifact], Any]) -> None:
        image = await still(art)
        if image is None or row >= self.grid.count() or self.items[row] is not art:
            return
        pix = QtGui.QPixmap.fromImage(image).scaled(
            ICON, QtCore.Qt.AspectRatioMode.KeepAspectRatio,
            QtCore.Qt.TransformationMode.SmoothTransformation)
        self.grid.item(row).setIcon(QtGui.QIcon(pix))

    def _row(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.grid.scrollToItem(self.grid.item(row))
            self.count.setText(f"{row + 1} of {len(self.items)}  ·  click another to see it")
            self.chosen.emit(self.items[row])

    def select(self, row: int) -> None:
        self.grid.setCurrentRow(row)
