"""Tap tempo in the timeline (#15): T on the timeline while the song plays taps the beat; when the
taps stop, the beats follow them (audio_sync.tap_tempo): half a beat later, or the tapped tempo
and then its phase, each one undoable step. Driven with the Tempo menu's "Tap the beat (T)…" and
real T key presses; the playhead is moved as playback moves it (offscreen Qt plays no sound)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from audio_sync.tap_tempo import TAP_LAG_S, tapped_bpm
from studio.gui.qt import QtCore, QtWidgets
from studio.gui.timeline_view import FIRST_TAP_WAIT_MS
from tests.studio.gui.test_tempo_choice import _ctrl, _open_demo, _pick

Qt = QtCore.Qt


def _start_tapping(qtbot: Any, win: Any) -> Any:
    """The Tempo menu's "Tap the beat": the song is asked to play and the timeline gets the
    keyboard. Returns the widget with the keyboard focus."""
    panel = win.timeline
    with qtbot.waitSignal(panel.play_for_tapping, timeout=5000):
        _pick(qtbot, panel, "Tap the beat")
    player = win.preview.player
    if player is not None:  # it was asked to play; the test moves the playhead itself
        assert player.playbackState() == player.PlaybackState.PlayingState
        player.pause()
    assert "Press T on every beat" in panel.info.text()
    target = QtWidgets.QApplication.focusWidget()
    assert target is panel.canvas
    return target


def _tap_along(qtbot: Any, win: Any, song_times: list[float]) -> None:
    """Start tapping from the Tempo menu, then press T (to the widget with the keyboard focus)
    as the playhead reaches each song time."""
    panel = win.timeline
    target = _start_tapping(qtbot, win)
    for t in song_times:
        panel.set_playhead(t)
        qtbot.keyClick(target, Qt.Key.Key_T)
    assert len(panel.canvas.taps_s) == len(song_times)
    bpm = tapped_bpm(song_times)  # the song times pressed at, within a few ms
    assert panel.info.text().endswith(f"Tapping: {len(song_times)} taps · {bpm:.0f} BPM")


def _params(win: Any) -> dict[str, Any]:
    return win.doc.graph.nodes["beats"].params


def _settled(win: Any, **want: Any) -> Any:
    data = win.timeline.canvas.data
    ok = data is not None and win.timeline.tempo.isEnabled() and all(
        getattr(data, k) == v for k, v in want.items())
    return data if ok else None


def test_taps_between_the_beats_move_them_half_a_beat(make_window: Any, qtbot: Any,
                                                      demo_copy: Path) -> None:
    win = _open_demo(make_window, qtbot, demo_copy)
    auto = win.timeline.canvas.data
    beats = auto.beats_s
    mids = [(beats[i] + beats[i + 1]) / 2 + TAP_LAG_S for i in range(16, 22)]
    _tap_along(qtbot, win, mids)
    qtbot.waitUntil(lambda: _params(win).get("shift_half_beat") is True, timeout=5000)
    assert win.a_undo.toolTip() == "Undo Beats half a beat later"
    assert not _params(win).get("bpm_hint")
    qtbot.waitUntil(lambda: _settled(win, shift_half_beat=True) is not None, timeout=60000)
    moved = win.timeline.canvas.data
    assert all(min(abs(b - (t - TAP_LAG_S)) for b in moved.beats_s) < 0.03 for t in mids)
    assert win.timeline.canvas.taps_s == []  # applied: the marks are gone

    _ctrl(qtbot, win, Qt.Key.Key_Z)
    assert _params(win)["shift_half_beat"] is False
    qtbot.waitUntil(lambda: _settled(win, shift_half_beat=False) is not None, timeout=60000)
    assert win.timeline.canvas.data.beats_s == beats


def test_taps_at_half_the_tempo_on_the_backbeats_set_tempo_then_phase(make_window: Any, qtbot: Any,
                                                                      demo_copy: Path) -> None:
    """The demo at 120 BPM tapped on 2 and 4: the tempo becomes 60 (one step), its beats (found on
    1 and 3) then move half a beat onto the taps (a second step); Ctrl+Z twice goes back."""
    win = _open_demo(make_window, qtbot, demo_copy)
    auto = win.timeline.canvas.data
    twos_and_fours = [b + TAP_LAG_S for b in auto.beats_s if 8.0 < b < 16.0][1::2]
    assert all(min(abs(b - d) for d in auto.downbeats_s) > 0.4 for b in twos_and_fours[:2])
    _tap_along(qtbot, win, twos_and_fours)
    qtbot.waitUntil(lambda: bool(_params(win).get("bpm_hint")), timeout=5000)
    assert abs(_params(win)["bpm_hint"] - 60.0) < 1.0
    qtbot.waitUntil(lambda: _params(win).get("shift_half_beat") is True, timeout=60000)
    assert win.a_undo.toolTip() == "Undo Beats half a beat later"
    qtbot.waitUntil(lambda: _settled(win, shift_half_beat=True) is not None, timeout=60000)
    slow = win.timeline.canvas.data
    assert abs(slow.tempo_bpm - 60.0) < 1.0
    assert all(min(abs(b - (t - TAP_LAG_S)) for b in slow.beats_s) < 0.03 for t in twos_and_fours)

    _ctrl(qtbot, win, Qt.Key.Key_Z)  # the phase
    assert _params(win)["shift_half_beat"] is False and abs(_params(win)["bpm_hint"] - 60.0) < 1.0
    _ctrl(qtbot, win, Qt.Key.Key_Z)  # the tempo
    assert not _params(win).get("bpm_hint")
    qtbot.waitUntil(lambda: _settled(win, bpm_hint=0.0, shift_half_beat=False) is not None, timeout=60000)
    assert win.timeline.canvas.data.beats_s == auto.beats_s
    assert not win.doc.stack.canUndo()


def test_too_few_taps_change_nothing_and_say_so(make_window: Any, qtbot: Any, demo_copy: Path) -> None:
    win = _open_demo(make_window, qtbot, demo_copy)
    beats = win.timeline.canvas.data.beats_s
    target = _start_tapping(qtbot, win)
    for t in beats[20:23]:
        win.timeline.set_playhead(t)
        qtbot.keyClick(target, Qt.Key.Key_T)
    assert "keep going" in win.timeline.info.text()
    qtbot.waitUntil(lambda: "Too few" in win.timeline.info.text(), timeout=5000)
    assert not win.doc.stack.canUndo()


def test_taps_on_the_beats_change_nothing(make_window: Any, qtbot: Any, demo_copy: Path) -> None:
    win = _open_demo(make_window, qtbot, demo_copy)
    beats = win.timeline.canvas.data.beats_s
    _tap_along(qtbot, win, [b + TAP_LAG_S for b in beats[20:27]])
    qtbot.waitUntil(lambda: "agree with the beats" in win.timeline.info.text(), timeout=5000)
    assert not win.doc.stack.canUndo()


def test_taps_a_third_of_a_beat_late_move_the_beats_a_third(make_window: Any, qtbot: Any,
                                                            demo_copy: Path) -> None:
    """As on a 6/8 tune found on its second eighth: the taps' offset, not only a half, is kept."""
    win = _open_demo(make_window, qtbot, demo_copy)
    beats = win.timeline.canvas.data.beats_s
    thirds = [beats[i] + (beats[i + 1] - beats[i]) / 3 + TAP_LAG_S for i in range(30, 37)]
    _tap_along(qtbot, win, thirds)
    qtbot.waitUntil(lambda: bool(_params(win).get("beat_shift")), timeout=5000)
    assert _params(win)["beat_shift"] == 0.3333 and not _params(win).get("shift_half_beat")
    assert win.a_undo.toolTip() == "Undo Beats a third of a beat later"
    qtbot.waitUntil(lambda: _settled(win, beat_shift=0.3333) is not None, timeout=60000)
    moved = win.timeline.canvas.data.beats_s
    assert all(min(abs(b - (t - TAP_LAG_S)) for b in moved) < 0.03 for t in thirds)


def test_the_song_keeps_playing_while_the_taps_re_analyse_it(make_window: Any, qtbot: Any,
                                                             demo_copy: Path) -> None:
    """The timeline refreshes after every analysis and hands the preview its song again; the
    same song must not be reloaded (that stopped playback at 0:00 after each tap gesture)."""
    win = _open_demo(make_window, qtbot, demo_copy)
    player = win.preview.player
    if player is None:
        return  # no QtMultimedia here: nothing plays
    win.preview.play_on()
    qtbot.waitUntil(lambda: player.playbackState() == player.PlaybackState.PlayingState, timeout=5000)
    song = win.preview._audio
    win.preview.set_audio_fallback(song)
    assert player.playbackState() == player.PlaybackState.PlayingState


def test_taps_on_the_bars_first_beats_set_the_bar_length_then_its_start(make_window: Any, qtbot: Any,
                                                                        demo_copy: Path) -> None:
    """The demo's 4-beat bars tapped as 3-beat bars from its second beat: bars of 3 (one step),
    then their start moved onto the taps (a second step, if the new bars start elsewhere)."""
    win = _open_demo(make_window, qtbot, demo_copy)
    panel = win.timeline
    auto = panel.canvas.data
    assert auto.beats_per_bar == 4
    with qtbot.waitSignal(panel.play_for_tapping, timeout=5000):
        _pick(qtbot, panel, "Tap the bars", bars=True)
    if win.preview.player is not None:
        win.preview.player.pause()
    assert "Press B on the first beat of every bar" in panel.info.text()
    target = QtWidgets.QApplication.focusWidget()
    assert target is panel.canvas
    ones = [auto.beats_s[i] + TAP_LAG_S for i in range(17, 35, 3)]
    for i, t in enumerate(ones):
        panel.set_playhead(t)
        qtbot.keyClick(target, Qt.Key.Key_B)
        if i == 0:  # a bar may be seconds away: the first tap waits for the second
            assert panel._tap_timer.interval() == FIRST_TAP_WAIT_MS["bar"]
    assert panel.canvas.tap_kind == "bar" and len(panel.canvas.taps_s) == len(ones)
    assert panel.info.text().endswith(f"Tapping bars: {len(ones)} taps · bars of 3")
    qtbot.waitUntil(lambda: _params(win).get("beats_per_bar") == 3, timeout=5000)
    qtbot.waitUntil(lambda: _settled(win, hint_beats_per_bar=3) is not None, timeout=60000)
    # the start: settled when the downbeats fall on the tapped beats (maybe after a bar_shift step)
    qtbot.waitUntil(lambda: _settled(win, hint_beats_per_bar=3) is not None and all(
        min(abs(d - (t - TAP_LAG_S)) for d in panel.canvas.data.downbeats_s) < 0.03 for t in ones),
        timeout=60000)
    assert win.a_undo.toolTip().startswith(("Undo Bars start", "Undo Bars of 3 beats"))


def test_taps_while_the_song_is_paused_say_to_play_it(make_window: Any, qtbot: Any,
                                                      demo_copy: Path) -> None:
    win = _open_demo(make_window, qtbot, demo_copy)
    target = _start_tapping(qtbot, win)  # paused by the helper: the playhead stands still
    win.timeline.set_playhead(12.0)
    qtbot.wait(600)  # paused: no position update since
    for _ in range(3):
        qtbot.keyClick(target, Qt.Key.Key_T)
    assert win.timeline.info.text().endswith("The song is not playing: play it, then tap along")
    assert len(win.timeline.canvas.taps_s) == 1
