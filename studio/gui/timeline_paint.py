"""Painting the timeline canvas; only what is in the visible time window is drawn.

Everything but the playhead (and a cut being dragged) is painted once into a pixmap
and reused until the view, the size or the data change: during playback the playhead
moves 30 times a second and each of those repaints is one blit.
"""

from __future__ import annotations

import bisect
import math
from typing import TYPE_CHECKING

from studio.gui.qt import QtCore, QtGui
from studio.gui.timeline_view import _SECTION_COLOURS, RULER_H, SECTION_H, SHOT_H, clock

if TYPE_CHECKING:
    from studio.gui.timeline_view import TimelineCanvas

_P = QtCore.QPointF
_R = QtCore.QRectF


def paint(c: TimelineCanvas, p: QtGui.QPainter) -> None:
    h = c.height()
    body_top, body_bottom = RULER_H + SECTION_H, h - SHOT_H - 2
    ratio = c.devicePixelRatioF()
    key = (c.view.t0, c._span(), c.width(), h, ratio, c.version)
    if c.static_key != key or c.static is None:
        pix = QtGui.QPixmap(round(c.width() * ratio), round(h * ratio))
        pix.setDevicePixelRatio(ratio)
        pix.fill(QtGui.QColor("#181a1f"))
        sp = QtGui.QPainter(pix)
        sp.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        _sections(c, sp, body_top, body_bottom)
        _wave(c, sp, body_top, body_bottom)
        _beats(c, sp, body_bottom)
        _cuts(c, sp, body_top, body_bottom)
        _ruler(c, sp)
        _shots(c, sp, h)
        sp.end()
        c.static, c.static_key = pix, key
    p.drawPixmap(0, 0, c.static)
    _drag(c, p, body_top, body_bottom)
    _taps(c, p, body_top, body_bottom)
    if c.playhead_s is not None:
        x = c._x(c.playhead_s)
        p.setPen(QtGui.QPen(QtGui.QColor("#ffffff"), 1.5))
        p.drawLine(_P(x, 0), _P(x, h))
        p.setBrush(QtGui.QColor("#ffffff"))
        p.drawPolygon(QtGui.QPolygonF([_P(x - 6, 0), _P(x + 6, 0), _P(x, 8)]))


def _taps(c: TimelineCanvas, p: QtGui.QPainter, top: float, bottom: float) -> None:
    """The creator's taps while the song plays: short orange marks over the beats (T), taller
    green ones on the bars' first beats (B)."""
    if not c.taps_s:
        return
    bars = c.tap_kind == "bar"
    p.setPen(QtGui.QPen(QtGui.QColor("#7bed9f" if bars else "#ff9f43"), 3.0 if bars else 2.5))
    for t in _visible(c, c.taps_s):
        x = c._x(t)
        p.drawLine(_P(x, top), _P(x, top + (bottom - top) * (0.7 if bars else 0.35)))


def _visible(c: TimelineCanvas, times: list[float]) -> list[float]:
    lo = bisect.bisect_left(times, c.view.t0 - 1)
    hi = bisect.bisect_right(times, c.view.t0 + c._span() + 1)
    return times[lo:hi]


def _ruler(c: TimelineCanvas, p: QtGui.QPainter) -> None:
    """Two rows: time (m:ss) on top, bar numbers (at downbeats) below; never overlapping."""
    assert c.data is not None
    w, half = c.width(), RULER_H // 2
    p.fillRect(_R(0, 0, w, RULER_H), QtGui.QColor("#101216"))
    p.setFont(c._font)
    step = c.tick_step()
    t = math.floor(c.view.t0 / step) * step
    end = c.view.t0 + c._span()
    p.setPen(QtGui.QPen(QtGui.QColor("#8b92a0"), 1))
    while t <= end + 1e-9:
        x = c._x(t)
        p.drawLine(_P(x, half - 5), _P(x, half))
        p.drawText(_R(x + 3, 0, 80, half), QtCore.Qt.AlignmentFlag.AlignVCenter, clock(t))
        t += step
    bars = c.data.bars()
    if len(bars) < 2:
        return
    bar_px = (c._x(bars[1][1]) - c._x(bars[0][1])) or 1.0
    every = max(1, math.ceil(52 / bar_px))
    p.setPen(QtGui.QColor("#c7a65a"))
    for n, t in bars:
        if not c.view.t0 <= t <= end:
            continue
        x = c._x(t)
        p.drawLine(_P(x, RULER_H - (6 if (n - 1) % every else 10)), _P(x, RULER_H))
        if (n - 1) % every == 0:
            p.drawText(_R(x + 3, half, 60, half), QtCore.Qt.AlignmentFlag.AlignVCenter,
                       f"bar {n}")


def _sections(c: TimelineCanvas, p: QtGui.QPainter, top: int, bottom: int) -> None:
    assert c.data is not None
    p.setFont(c._bold)
    metrics = QtGui.QFontMetricsF(c._bold)
    for i, (start, end, label) in enumerate(c.data.sections):
        x0, x1 = max(c._x(start), 0.0), min(c._x(end), float(c.width()))
        if x1 <= x0:
            continue
        rect = _R(x0, RULER_H, x1 - x0, SECTION_H)
        colour = QtGui.QColor(_SECTION_COLOURS[i % len(_SECTION_COLOURS)])
        p.fillRect(rect, colour)
        colour.setAlpha(45)
        p.fillRect(_R(x0, top, x1 - x0, bottom - top), colour)
        p.setPen(QtGui.QColor("#e6e9ef"))
        text = metrics.elidedText(label, QtCore.Qt.TextElideMode.ElideRight, rect.width() - 6)
        p.drawText(rect.adjusted(4, 0, -2, 0), QtCore.Qt.AlignmentFlag.AlignVCenter, text)


def _wave(c: TimelineCanvas, p: QtGui.QPainter, top: int, bottom: int) -> None:
    assert c.data is not None
    peaks = c.data.peaks
    if not peaks:
        return
    n, d = len(peaks), c.duration
    mid, amp = (top + bottom) / 2, (bottom - top - 8) / 2
    i0 = max(0, int(c.view.t0 / d * n) - 1)
    i1 = min(n, int((c.view.t0 + c._span()) / d * n) + 2)
    stride = max(1, (i1 - i0) // max(1, c.width() // 2))  # at most ~one point per 2 px
    cols = [(c._x(i * d / n), max(peaks[i:i + stride])) for i in range(i0, i1, stride)]
    path = QtGui.QPainterPath()
    path.moveTo(cols[0][0], mid)
    for x, v in cols:
        path.lineTo(x, mid - v * amp)
    for x, v in reversed(cols):
        path.lineTo(x, mid + v * amp)
    path.closeSubpath()
    p.fillPath(path, QtGui.QColor(110, 160, 210, 150))


def _beats(c: TimelineCanvas, p: QtGui.QPainter, bottom: int) -> None:
    assert c.data is not None
    p.setPen(QtGui.QPen(QtGui.QColor(200, 205, 215, 70), 1))
    for b in _visible(c, c.data.beats_s):
        x = c._x(b)
        p.drawLine(_P(x, bottom - 14), _P(x, bottom))
    p.setPen(QtGui.QPen(QtGui.QColor(235, 240, 250, 170), 1.5))
    for b in _visible(c, c.data.downbeats_s):
        x = c._x(b)
        p.drawLine(_P(x, bottom - 26), _P(x, bottom))


def _cuts(c: TimelineCanvas, p: QtGui.QPainter, top: int, bottom: int) -> None:
    assert c.data is not None
    manual = c.data.add_cuts_s
    for cut in _visible(c, c.data.cuts_s):
        is_manual = any(abs(cut - m) < 0.02 for m in manual)
        colour = QtGui.QColor("#ffb347" if not is_manual else "#ff6fb0")
        p.setPen(QtGui.QPen(colour, 2))
        x = c._x(cut)
        p.drawLine(_P(x, top), _P(x, bottom))
        p.setBrush(colour)
        p.drawPolygon(QtGui.QPolygonF([_P(x - 5, top), _P(x + 5, top), _P(x, top + 7)]))


def _drag(c: TimelineCanvas, p: QtGui.QPainter, top: int, bottom: int) -> None:
    if c._drag is not None and c.data is not None:
        lo, hi = c.data.room_for(c._drag[0])
        p.fillRect(_R(c._x(lo), top, c._x(hi) - c._x(lo), 4), QtGui.QColor(255, 255, 255, 60))
        p.setPen(QtGui.QPen(QtGui.QColor("#ffffff"), 2, QtCore.Qt.PenStyle.DashLine))
        x = c._x(c._drag[1])
        p.drawLine(_P(x, top), _P(x, bottom))
        p.drawText(_R(x + 4, top + 4, 90, 16), 0, clock(c._drag[1]))


def _shots(c: TimelineCanvas, p: QtGui.QPainter, h: int) -> None:
    top = h - SHOT_H
    p.fillRect(_R(0, top, c.width(), SHOT_H), QtGui.QColor("#101216"))
    if not c.view.shots:
        p.setPen(QtGui.QColor("#6b7280"))
        p.setFont(c._font)
        p.drawText(_R(8, top, c.width() - 16, SHOT_H), QtCore.Qt.AlignmentFlag.AlignVCenter,
                   "shots: run the montage to see which picture sits in each slot")
        return
    p.setFont(c._font)
    metrics = QtGui.QFontMetricsF(c._font)
    end = c.view.t0 + c._span()
    for shot in c.view.shots:
        if shot.end_s < c.view.t0 or shot.start_s > end:
            continue
        x0, x1 = c._x(shot.start_s), c._x(shot.end_s)
        rect = _R(x0 + 1, top + 2, max(1.0, x1 - x0 - 2), SHOT_H - 4)
        p.fillRect(rect, QtGui.QColor("#2b2f37"))
        if shot.image is not None and not shot.image.isNull():
            p.save()
            p.setClipRect(rect)
            img = shot.image  # cover the slot: scaled to fill, centred, cropped
            scale = max(rect.width() / img.width(), rect.height() / img.height())
            target = _R(0, 0, img.width() * scale, img.height() * scale)
            target.moveCenter(rect.center())
            p.drawImage(target, img)
            p.restore()
        label = metrics.elidedText(shot.source, QtCore.Qt.TextElideMode.ElideRight,
                                   rect.width() - 4)
        if label and rect.width() > 24:
            p.fillRect(_R(rect.left(), rect.bottom() - 16, rect.width(), 16),
                       QtGui.QColor(0, 0, 0, 150))
            p.setPen(QtGui.QColor("#e6e9ef"))
            p.drawText(_R(rect.left() + 2, rect.bottom() - 16, rect.width() - 4, 16),
                       QtCore.Qt.AlignmentFlag.AlignVCenter, label)
