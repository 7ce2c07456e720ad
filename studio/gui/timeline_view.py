"""The beat timeline: a ruler in seconds and bars, section bands (double-click to rename),
the waveform with beats and downbeats, cut slots, and a shot track showing which
picture (and which node's output) sits in each slot.

Click seeks the preview; the playhead follows playback. Wheel zooms around the
cursor, Shift+wheel (or the scroll bar) scrolls. Drag a cut to move it: it
snaps to downbeats and beats (hold Shift for frame-free placement) and stops a
minimum shot length short of its neighbours, so the planner never has to drop
a neighbouring cut. Double-click adds a cut, right-click removes one; each
edit becomes a manual override in the cut planner's ``add_cuts_s`` /
``remove_cuts_s`` params (one undoable command). Double-click a shot to play it.

The Tempo button offers the analysis's other readings of the tempo ("Use 60 BPM") and, once
the creator chose one, "Automatic tempo": a choice sets the analysis node's ``bpm_hint`` (one
undoable command) and the timeline re-analyses at that tempo. "Beats half a beat later" sets its
``shift_half_beat``, for beats found between the beats the creator hears. The Bars button does
the same for the bars: another bar length (``beats_per_bar``) or bars starting a beat or more
later (``bar_shift``), for bars found on the wrong beat.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.gui import theme
from studio.gui.qt import QtCore, QtGui, QtWidgets
from studio.gui.timeline_data import Shot, TimelineData

__all__ = ["Shot", "TimelineCanvas", "TimelineData", "TimelinePanel", "waveform_peaks"]

GESTURES = ("Click: seek · wheel: zoom · drag a cut: move (snaps; Shift: free) · double-click: add "
            "a cut / rename a section / play a shot · right-click: remove a cut · while the song "
            "plays, T: tap the beat, B: tap the bars' first beats")
# After the last tap, this long (or two tap intervals, if longer; a bar tap's one and a half)
# without one applies the taps; after a first tap, the first-tap wait (a slow beat or a bar may be
# that long away).
TAP_SETTLE_MS = 1500
FIRST_TAP_WAIT_MS = {"beat": 3000, "bar": 8000}

_SECTION_COLOURS = ["#2d4a6b", "#5a3d6b", "#2d6b55", "#6b5a2d", "#6b2d3d", "#3d5a6b"]
_GRAB_PX = 6
_SNAP_PX = 10
RULER_H, SECTION_H, SHOT_H = 34, 20, 48  # the ruler: seconds above, bars below
_TICKS_S = (0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300)


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


def clock(t: float) -> str:
    return f"{int(t // 60)}:{t % 60:04.1f}" if t % 1 else f"{int(t // 60)}:{int(t % 60):02d}"


@dataclass(slots=True)
class _View:
    """The visible time window: ``t0`` seconds at the left edge, ``span`` seconds wide."""

    t0: float = 0.0
    span: float = 0.0
    shots: list[Shot] = field(default_factory=list)


class TimelineCanvas(QtWidgets.QWidget):
    seek = QtCore.Signal(float)
    edit = QtCore.Signal(str, dict)
    refused = QtCore.Signal(str)  # an edit that would break the plan: the reason
    view_changed = QtCore.Signal()
    play_range = QtCore.Signal(float, float)
    section_renamed = QtCore.Signal(int, str)
    tapped = QtCore.Signal(float, str)  # T (beat) or B (bar) pressed: the song time, the kind

    def __init__(self) -> None:
        super().__init__()
        self.data: TimelineData | None = None
        self.message = "No song analysed yet."
        self.playhead_s: float | None = None
        self._playhead_at = 0.0  # time.monotonic() of the last playhead update
        self.taps_s: list[float] = []  # the creator's taps (song time), drawn over the beats
        self.tap_kind = "beat"  # or "bar": taps on the bars' first beats, drawn taller
        self.view = _View()
        self._drag: tuple[float, float] | None = None  # (original cut, current time)
        self.setMinimumHeight(RULER_H + SECTION_H + SHOT_H + 70)
        self.setMouseTracking(True)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)  # T taps the beat
        self.version = 0  # bumped by every change to what the static layer shows
        self.static: QtGui.QPixmap | None = None
        self.static_key: tuple[float, ...] | None = None
        self._font = theme.canvas_font(theme.NODE_TEXT_PX)
        self._bold = theme.canvas_font(theme.NODE_TEXT_PX, bold=True)

    # -- coordinates and view ------------------------------------------------------------
    @property
    def duration(self) -> float:
        return self.data.duration_s if self.data and self.data.duration_s > 0 else 1.0

    def _span(self) -> float:
        return self.view.span if self.view.span > 0 else self.duration

    def _x(self, t: float) -> float:
        return 8 + (self.width() - 16) * (t - self.view.t0) / self._span()

    def _t(self, x: float) -> float:
        t = self.view.t0 + (x - 8) / max(1.0, self.width() - 16) * self._span()
        return max(0.0, min(self.duration, t))

    def set_view(self, t0: float, span: float) -> None:
        span = max(min(1.0, self.duration), min(self.duration, span))
        self.view.span = span
        self.view.t0 = max(0.0, min(self.duration - span, t0))
        self.update()
        self.view_changed.emit()

    def invalidate(self) -> None:
        """The data, labels or shots changed: repaint the static layer."""
        self.version += 1
        self.update()

    def zoom(self, factor: float, at_s: float | None = None) -> None:
        """``factor`` < 1 zooms in, keeping ``at_s`` (default: the centre) in place."""
        span = self._span()
        at = at_s if at_s is not None else self.view.t0 + span / 2
        new = span * factor
        self.set_view(at - (at - self.view.t0) * new / span, new)

    def follow(self, t: float) -> None:
        """Keep the playhead in view while playing (page-wise, never jittery)."""
        if not self.view.t0 <= t <= self.view.t0 + self._span():
            self.set_view(t - self._span() * 0.1, self._span())

    # -- hit tests -----------------------------------------------------------------------
    def _cut_at(self, x: float) -> float | None:
        if self.data is None:
            return None
        near = [c for c in self.data.cuts_s if abs(self._x(c) - x) <= _GRAB_PX and c > 0]
        return min(near, key=lambda c: abs(self._x(c) - x)) if near else None

    def _section_at(self, x: float) -> int | None:
        if self.data is None:
            return None
        t = self._t(x)
        return next((i for i, (s, e, _l) in enumerate(self.data.sections) if s <= t < e), None)

    def _shot_at(self, x: float) -> int | None:
        t = self._t(x)
        return next((i for i, s in enumerate(self.view.shots) if s.start_s <= t < s.end_s),
                    None)

    def snap(self, t: float, *, free: bool = False) -> float:
        """The nearest downbeat (then beat) within a few pixels; else ``t``."""
        if self.data is None or free:
            return t
        for grid, px in ((self.data.downbeats_s, _SNAP_PX * 1.5), (self.data.beats_s, _SNAP_PX)):
            near = min(grid, key=lambda b: abs(b - t), default=None)
            if near is not None and abs(self._x(near) - self._x(t)) <= px:
                return near
        return t

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802 - Qt API
        from studio.gui import timeline_paint

        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QtGui.QColor("#181a1f"))
        if self.data is None:
            p.setFont(self._font)
            p.setPen(QtGui.QColor("#8b92a0"))
            p.drawText(self.rect().adjusted(12, 6, -12, -6),
                       QtCore.Qt.AlignmentFlag.AlignCenter | QtCore.Qt.TextFlag.TextWordWrap,
                       self.message)
            return
        timeline_paint.paint(self, p)

    def tick_step(self) -> float:
        """Seconds between labelled ruler ticks: at least ~70 px apart."""
        px_per_s = (self.width() - 16) / self._span()
        return next((s for s in _TICKS_S if s * px_per_s >= 70), _TICKS_S[-1])

    # -- interaction ---------------------------------------------------------------------
    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:  # noqa: N802 - Qt API
        if self.data is None:
            return
        steps = event.angleDelta().y() / 120 or event.angleDelta().x() / 120
        if event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier:
            self.set_view(self.view.t0 - steps * self._span() * 0.15, self._span())
        else:
            self.zoom(0.8 ** steps, self._t(event.position().x()))
        event.accept()

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self.data is None:
            return
        x = event.position().x()
        cut = self._cut_at(x) if event.position().y() > RULER_H + SECTION_H else None
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
        if self._drag is not None and self.data is not None:
            free = bool(event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier)
            lo, hi = self.data.room_for(self._drag[0])
            self._drag = (self._drag[0], max(lo, min(hi, self.snap(self._t(x), free=free))))
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

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 - Qt API
        kind = {QtCore.Qt.Key.Key_T: "beat", QtCore.Qt.Key.Key_B: "bar"}.get(event.key())
        if kind and not event.isAutoRepeat() and self.data is not None:
            self.tapped.emit(self.song_time_now(), kind)
            event.accept()
            return
        super().keyPressEvent(event)

    def song_time_now(self) -> float:
        """Where the song is now: the playhead, advanced by the time since it last moved while
        the song plays (the player reports its position only every ~50-100 ms)."""
        import time

        t = self.playhead_s or 0.0
        since = time.monotonic() - self._playhead_at
        return t + since if since < 0.5 else t

    def mouseDoubleClickEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802
        if self.data is None:
            return
        x, y = event.position().x(), event.position().y()
        if RULER_H <= y < RULER_H + SECTION_H and (i := self._section_at(x)) is not None:
            self._rename_section(i)
        elif y >= self.height() - SHOT_H and (i := self._shot_at(x)) is not None:
            shot = self.view.shots[i]
            self.play_range.emit(shot.start_s, shot.end_s)
        elif self._cut_at(x) is None:
            self.add_cut(self.snap(self._t(x)))

    def add_cut(self, at_s: float) -> None:
        assert self.data is not None
        why = self.data.why_not_add(at_s)
        if why:
            self.refused.emit(why)
            return
        self.edit.emit(self.data.node_id, self.data.added(at_s))

    def _rename_section(self, i: int) -> None:
        assert self.data is not None
        old = self.data.sections[i][2]
        name, ok = QtWidgets.QInputDialog.getText(self, "Rename section", "Label:", text=old)
        if ok and name.strip() and name.strip() != old:
            self.section_renamed.emit(i, name.strip())


class TimelinePanel(QtWidgets.QWidget):
    seek = QtCore.Signal(float)
    edit = QtCore.Signal(str, dict)
    refused = QtCore.Signal(str)
    play_range = QtCore.Signal(float, float)
    section_renamed = QtCore.Signal(str, int, str)  # cut-plan node, section index, label
    play_for_tapping = QtCore.Signal()  # "Tap the beat": the song should play from the playhead

    def __init__(self) -> None:
        super().__init__()
        self.canvas = TimelineCanvas()
        self.info = QtWidgets.QLabel("")
        self.info.setObjectName("dim")
        self.info.setWordWrap(True)  # errors are read in full, never clipped
        # The gestures live in a tooltip (and Help): in the info line they pushed a chosen tempo's
        # and bars' words to three lines and the shot track off a 1080p window.
        self.info.setToolTip(_rich(GESTURES))
        self.canvas.setToolTip(_rich(GESTURES))
        self.tempo = QtWidgets.QToolButton()  # the tempo menu: the other readings, one click
        self.tempo.setObjectName("tempo")
        self.tempo.setText("Tempo ▾")
        self.tempo.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tempo_menu = QtWidgets.QMenu(self.tempo)
        self.tempo.setMenu(self.tempo_menu)
        self.bars = QtWidgets.QToolButton()  # the bars menu: bar length and where bars start
        self.bars.setObjectName("bars")
        self.bars.setText("Bars ▾")
        self.bars.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bars_menu = QtWidgets.QMenu(self.bars)
        self.bars.setMenu(self.bars_menu)
        self.scroll = QtWidgets.QScrollBar(QtCore.Qt.Orientation.Horizontal)
        self.scroll.valueChanged.connect(self._scrolled)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(2)
        top = QtWidgets.QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.tempo, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.bars, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.info, 1)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.scroll)
        self.canvas.seek.connect(self.seek)
        self.canvas.edit.connect(self.edit)
        self.canvas.refused.connect(self.refused)
        self.canvas.play_range.connect(self.play_range)
        self.canvas.section_renamed.connect(
            lambda i, name: self.canvas.data and self.section_renamed.emit(
                self.canvas.data.node_id, i, name))
        self.canvas.view_changed.connect(self._sync_scroll)
        self.canvas.tapped.connect(self.tap)
        self._tap_timer = QtCore.QTimer(self)
        self._tap_timer.setSingleShot(True)
        self._tap_timer.timeout.connect(self.apply_taps)
        # (kind, node, the hint or bar length set, taps): the taps' phase, once that analysis is in
        self._tap_check: tuple[str, str, float, list[float]] | None = None
        self._tap_kind = "beat"
        self._info_base = ""  # the info line's words on the song (set_data)
        self._analysed: dict[str, list[str]] = {}
        self._fill_menus(None, "No timeline yet: connect a song to the beat analysis.")

    def _sync_scroll(self) -> None:
        c = self.canvas
        self.scroll.blockSignals(True)
        self.scroll.setRange(0, int(max(0.0, c.duration - c._span()) * 1000))
        self.scroll.setPageStep(int(c._span() * 1000))
        self.scroll.setValue(int(c.view.t0 * 1000))
        self.scroll.blockSignals(False)

    def _scrolled(self, ms: int) -> None:
        self.canvas.set_view(ms / 1000.0, self.canvas._span())

    def labels_for(self, node_id: str) -> dict[str, str]:
        """The creator's section names for a cut plan (the window supplies them)."""
        return {}

    # -- tapping: T on the beats (audio_sync.tap_tempo), B on the bars' first beats (tap_bars) --
    def tap(self, t_s: float, kind: str = "beat") -> None:
        """One tap while the song plays: shown at once, applied when the taps stop. A tap of the
        other kind starts that kind's run afresh."""
        from audio_sync.tap_bars import MAX_BAR_GAP_S, MIN_BAR_TAPS, tapped_bar
        from audio_sync.tap_tempo import MAX_GAP_S, MIN_TAPS, tap_run, tapped_bpm

        if kind != self._tap_kind:
            self.canvas.taps_s = []
        elif self.canvas.taps_s and abs(t_s - self.canvas.taps_s[-1]) < 0.005:
            self._tap_tip("The song is not playing: play it, then tap along")
            return
        self._tap_kind = kind
        bars = kind == "bar"
        run = tap_run([*self.canvas.taps_s, t_s], MAX_BAR_GAP_S if bars else MAX_GAP_S)
        self.canvas.taps_s = run
        self.canvas.tap_kind = kind
        self.canvas.update()
        if bars:
            bar = tapped_bar(run, self.canvas.data.beats_s) if self.canvas.data else None
            self._tap_tip(f"Tapping bars: {len(run)} taps" + (
                f" · bars of {bar[0]}" if bar else f" (keep going: {MIN_BAR_TAPS} or more)"))
        else:
            bpm = tapped_bpm(run)
            self._tap_tip(f"Tapping: {len(run)} taps" + (f" · {bpm:.0f} BPM" if bpm else
                          f" (keep going: {MIN_TAPS} or more)"))
        if len(run) < 2:
            self._tap_timer.start(FIRST_TAP_WAIT_MS[kind])
        else:
            gap_ms = 1000.0 * (run[-1] - run[-2])
            self._tap_timer.start(int(max(TAP_SETTLE_MS, (1.5 if bars else 2.0) * gap_ms)))

    def apply_taps(self) -> None:
        """The taps stopped: set the analysis options they ask for (one undoable step), or say
        why nothing changes."""
        from audio_sync.tap_bars import bar_tap_choice, tapped_bar
        from audio_sync.tap_tempo import tap_choice, tapped_bpm

        self._tap_timer.stop()
        data, taps = self.canvas.data, self.canvas.taps_s
        self.canvas.taps_s = []
        self.canvas.update()
        if data is None or not data.analyze_id or data.tempo_bpm <= 0:
            self._tap_tip("Taps need beats from an Analyze song node to set.")
            return
        if self._tap_kind == "bar":
            bar = tapped_bar(taps, data.beats_s)
            if bar is None:
                self._tap_tip("Too few or uneven bar taps: tap the first beat of 3 or more bars")
                return
            choice = _changed(data, bar_tap_choice(taps, data.beats_s, data.downbeats_s,
                                                   data.beats_per_bar, data.bar_shift))
            agree = f"Taps on bars of {bar[0]} agree with the bars"
            pending = ("bar", data.analyze_id, float(choice.get("beats_per_bar", 0)), taps)
        else:
            bpm = tapped_bpm(taps)
            if bpm <= 0:
                self._tap_tip("Too few or too uneven taps: tap 4 or more beats, steadily")
                return
            choice = _changed(data, tap_choice(taps, data.beats_s, data.tempo_bpm,
                                               data.shift_half_beat, data.beat_shift))
            agree = f"Taps at {bpm:.0f} BPM agree with the beats"
            pending = ("beat", data.analyze_id, float(choice.get("bpm_hint", 0.0)), taps)
        if not choice:
            self._tap_tip(agree)
            return
        if pending[2]:  # a new tempo or bar length: the taps' phase is checked on what it gives
            self._tap_check = pending
        self.edit.emit(data.analyze_id, choice)

    def _check_tapped_phase(self, data: TimelineData) -> None:
        """The song was analysed again at the tapped tempo or bar length: the beat shift or bar
        start the taps ask of the new beats or bars, if any (a second undoable step)."""
        from audio_sync.tap_bars import bar_phase_choice
        from audio_sync.tap_tempo import phase_choice

        if self._tap_check is None:
            return
        kind, node, value, taps = self._tap_check
        made_with = data.bpm_hint if kind == "beat" else float(data.hint_beats_per_bar)
        if (node, value) != (data.analyze_id, made_with):
            return
        self._tap_check = None
        choice = _changed(data, phase_choice(taps, data.beats_s, data.tempo_bpm, data.shift_half_beat,
                                             data.beat_shift) if kind == "beat" else
                          bar_phase_choice(taps, data.beats_s, data.downbeats_s, data.beats_per_bar,
                                           data.bar_shift))
        if choice:
            self.edit.emit(data.analyze_id, choice)

    def _tap_tip(self, text: str) -> None:
        """The info line with what the taps do, after what it says of the song."""
        self.info.setText(f"{self._info_base} · {text}" if self._info_base else text)

    def start_tapping(self, kind: str = "beat") -> None:
        """The menus' "Tap the beat" and "Tap the bars": the song plays, the keyboard goes to the
        timeline, and the info line says how to tap."""
        self.canvas.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        self.play_for_tapping.emit()
        self._tap_tip("Press B on the first beat of every bar; stop to apply (Ctrl+Z undoes)"
                      if kind == "bar" else
                      "Press T on every beat you hear; stop to apply (Ctrl+Z undoes)")

    def set_data(self, data: TimelineData) -> None:
        names = self.labels_for(data.node_id)
        self._analysed = {data.node_id: [label for _s, _e, label in data.sections]}
        data.sections = [(s, e, names.get(str(i), label))
                         for i, (s, e, label) in enumerate(data.sections)]
        same_song = self.canvas.data is not None and math.isclose(
            self.canvas.data.duration_s, data.duration_s)
        self.canvas.data = data
        if not same_song:
            self.canvas.view = _View()
        self.canvas.view.shots = [s for s in self.canvas.view.shots
                                  if s.end_s <= data.duration_s + 1e-6]
        manual = len(data.add_cuts_s) + len(data.remove_cuts_s)
        self._info_base = (
            f"{data.node_id}: {clock(data.duration_s)} · "
            + (f"{data.tempo_text()} · " if data.tempo_text() else "")
            + f"{len(data.beats_s)} beats · "
            f"{len(data.sections)} sections · {len(data.cuts_s)} cuts"
            + (f" ({manual} manual)" if manual else ""))
        self.info.setText(self._info_base)
        self.canvas.set_view(self.canvas.view.t0, self.canvas.view.span or data.duration_s)
        self.canvas.invalidate()
        self._fill_menus(data)
        self._check_tapped_phase(data)

    # -- the tempo and bars menus ----------------------------------------------------------
    def _fill_menus(self, data: TimelineData | None, why_none: str = "") -> None:
        """Both menus, or both off with the reason as their tooltip."""
        if data is None or data.tempo_bpm <= 0:
            why = why_none or "No beats: the analysis found none in this song."
        elif not data.analyze_id:
            why = "The beats do not come from an Analyze song node, so there is nothing to choose."
        else:
            why = ""
        for button in (self.tempo, self.bars):
            button.setEnabled(not why)
        self._fill_tempo(None if why else data, why)
        self._fill_bars(None if why else data, why)

    def _fill_tempo(self, data: TimelineData | None, why: str) -> None:
        """The menu of tempos: the one in force (checked), the other readings the analysis
        offers, and "Automatic tempo" once the creator chose one; then "Beats half a beat
        later" (checked when on). Choosing emits ``edit`` with the analysis node's new
        ``bpm_hint`` or ``shift_half_beat`` (one undoable step). ``data`` None: off, ``why``."""
        menu = self.tempo_menu
        menu.clear()
        for old in self.findChildren(QtGui.QActionGroup, "tempo_choices"):
            old.deleteLater()
        if data is None:
            self._tempo_tip(why)
            return
        offers = data.tempo_offers()
        hinted = data.bpm_hint > 0
        self._tempo_tip(
            "Choose the tempo the beats and cuts follow. The analysis can lock onto half, double "
            "or another multiple of the tempo you hear; when it does, one of the readings "
            "offered here is almost always the right one. Choosing one re-analyses the song at "
            "that tempo (the analysis node's bpm_hint). If the beats fall between the beats you "
            "hear, move them half a beat later. Ctrl+Z goes back.")
        group = QtGui.QActionGroup(self)
        group.setObjectName("tempo_choices")
        now = f"{data.tempo_bpm:.0f} BPM"
        self._entry(menu, group, f"{now}, your choice" if hinted else f"{now}, found automatically",
                    "The tempo the beats and cuts follow now.", checked=True)
        if offers:
            menu.addSeparator()
        for bpm in offers:
            how = data.tempo_relation(bpm)
            self._entry(menu, group, f"Use {bpm} BPM" + (f"  ({how})" if how else ""),
                        f"Find the beats again at {bpm} BPM; the cuts follow them (Ctrl+Z undoes).",
                        choose=(data.analyze_id, "bpm_hint", float(bpm)))
        if hinted:
            menu.addSeparator()
            self._entry(menu, group, "Automatic tempo", "Forget your choice: the analysis finds the tempo "
                        "by itself again (Ctrl+Z undoes).", choose=(data.analyze_id, "bpm_hint", 0.0))
        menu.addSeparator()
        self._fill_shifts(menu, data)
        menu.addSeparator()
        tap = menu.addAction("Tap the beat (T)…")
        tap.setStatusTip("Play the song and press T on every beat you hear: the tempo and where "
                         "the beats fall follow your taps (Ctrl+Z undoes).")
        tap.triggered.connect(lambda _checked=False: self.start_tapping())

    def _fill_shifts(self, menu: Any, data: TimelineData) -> None:
        """The beat shifts, each checked when in force and a toggle: half a beat later (beats
        between the beats you hear), a third and two thirds (a 6/8 tune found on another
        eighth), and any other shift the taps set."""
        from audio_sync.tap_tempo import shift_options
        from audio_sync.types import beat_shift_text

        now = 0.5 if data.shift_half_beat else data.beat_shift
        fractions = [0.5, 1 / 3, 2 / 3]
        if now and all(abs(now - f) >= 1e-3 for f in fractions):
            fractions.append(now)
        for fraction in fractions:
            on = abs(now - fraction) < 1e-3
            act = menu.addAction(beat_shift_text(fraction).capitalize())
            act.setCheckable(True)
            act.setChecked(on)
            act.setStatusTip("Back to the beats as found (Ctrl+Z undoes)." if on else
                             "For beats that fall on another note of the beat you hear: move every "
                             "beat that far later; the bars and cuts follow (Ctrl+Z undoes).")
            wanted = _changed(data, shift_options(0.0 if on else fraction))
            act.triggered.connect(lambda _checked=False, params=wanted: self.edit.emit(
                data.analyze_id, params))

    def _fill_bars(self, data: TimelineData | None, why: str) -> None:
        """The menu of bars: the bar length in force (checked), the other lengths, "Automatic
        bars" once the creator chose one; then bars starting 1 .. n-1 beats later (the one in
        force checked) and "Bars as found". Choosing emits ``edit`` with the analysis node's new
        ``beats_per_bar`` or ``bar_shift`` (one undoable step). ``data`` None: off, ``why``."""
        from audio_sync.types import bar_shift_text

        menu = self.bars_menu
        menu.clear()
        for old in self.findChildren(QtGui.QActionGroup, "bar_choices"):
            old.deleteLater()
        if data is None:
            self.bars.setToolTip(_rich(why))
            return
        self.bars.setToolTip(_rich(
            "Choose how the beats group into bars: cuts every bar, section styles and the bar "
            "numbers follow them. The analysis can count two beats where you hear four, or start "
            "the bar on the wrong beat; one click fixes either. Ctrl+Z goes back."))
        group = QtGui.QActionGroup(self)
        group.setObjectName("bar_choices")
        chosen = data.hint_beats_per_bar > 0
        self._entry(menu, group, f"Bars of {data.beats_per_bar} beats, "
                    + ("your choice" if chosen else "found automatically"),
                    "The bars the cuts and sections follow now.", checked=True)
        menu.addSeparator()
        for n in data.bar_offers():
            self._entry(menu, group, f"Use bars of {n} beats", f"Count {n} beats to a bar; the cuts follow "
                        "(Ctrl+Z undoes).", choose=(data.analyze_id, "beats_per_bar", n))
        if chosen:
            self._entry(menu, group, "Automatic bars", "Forget your choice: the analysis finds the bars "
                        "by itself again (Ctrl+Z undoes).", choose=(data.analyze_id, "beats_per_bar", 0))
        menu.addSeparator()
        starts = QtGui.QActionGroup(self)
        starts.setObjectName("bar_choices")
        for k in data.bar_shifts():
            self._entry(menu, starts, bar_shift_text(k).capitalize(),
                        "For bars that begin on the wrong beat: every bar starts later; the cuts "
                        "follow (Ctrl+Z undoes).", checked=data.bar_shift == k,
                        choose=(data.analyze_id, "bar_shift", k))
        if data.bar_shift:
            self._entry(menu, starts, bar_shift_text(0).capitalize(), "Bars start where the analysis found them "
                        "(Ctrl+Z undoes).", choose=(data.analyze_id, "bar_shift", 0))
        menu.addSeparator()
        tap = menu.addAction("Tap the bars (B)…")
        tap.setStatusTip("Play the song and press B on the first beat of every bar: the bar length "
                         "and where bars start follow your taps (Ctrl+Z undoes).")
        tap.triggered.connect(lambda _checked=False: self.start_tapping("bar"))

    def _entry(self, menu: Any, group: Any, text: str, tip: str, *, checked: bool = False,
               choose: tuple[str, str, float] | None = None) -> Any:
        """A checkable entry of ``menu`` in ``group``; ``choose`` (node, param, value): what it sets."""
        act = menu.addAction(text)
        act.setCheckable(True)
        act.setChecked(checked)
        act.setStatusTip(tip)
        if choose is not None:
            act.triggered.connect(self._choose(*choose))
        group.addAction(act)
        return act

    def _tempo_tip(self, text: str) -> None:
        """A rich-text tooltip: Qt wraps those (a plain one is a single screen-wide line)."""
        self.tempo.setToolTip(_rich(text))

    def _choose(self, analyze_id: str, param: str, value: float | bool) -> Any:
        """A menu action's slot: set one param of the analysis node (one undoable edit)."""
        return lambda _checked=False: self.edit.emit(analyze_id, {param: value})

    def reanalysing(self) -> None:
        """The analysis's options changed: say so until the new beats arrive."""
        if self.canvas.data is None:
            return
        self.tempo.setEnabled(False)
        self.bars.setEnabled(False)
        self._tempo_tip("Finding the beats again…")
        text = self.info.text()
        if not text.startswith("Re-analysing"):
            self.info.setText("Re-analysing the song… · " + text)

    def relabel(self, names: dict[str, str]) -> None:
        """Section names changed (or were undone): redraw with them."""
        data = self.canvas.data
        if data is None:
            return
        base = self._analysed.get(data.node_id, [])
        data.sections = [(s, e, names.get(str(i), base[i] if i < len(base) else label))
                         for i, (s, e, label) in enumerate(data.sections)]
        self.canvas.invalidate()

    def set_shots(self, shots: list[Shot]) -> None:
        self.canvas.view.shots = shots
        self.canvas.invalidate()

    def clear(self, message: str = "No song analysed yet.") -> None:
        self._info_base = ""
        self.canvas.data = None
        self.canvas.message = message
        self.canvas.view = _View()
        self.info.setText("")
        self.canvas.invalidate()
        self._fill_menus(None, f"No timeline, so nothing to choose. {message}")

    def set_playhead(self, t_s: float) -> None:
        import time

        self.canvas.playhead_s = t_s
        self.canvas._playhead_at = time.monotonic()
        if self.canvas.data is not None:
            self.canvas.follow(t_s)
        self.canvas.update()


def _changed(data: TimelineData, params: dict[str, Any]) -> dict[str, Any]:
    """The analysis options of ``params`` that differ from those ``data`` was made with: an
    edit sets only those (one param: one plain undo label)."""
    return {k: v for k, v in params.items() if getattr(data, k) != v}


def _rich(text: str) -> str:
    """A rich-text tooltip: Qt wraps those (a plain one is a single screen-wide line)."""
    import html

    return f"<p>{html.escape(text, quote=False)}</p>"
