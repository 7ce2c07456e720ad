"""One click on an offered tempo (#15): the timeline's Tempo menu sets the analysis node's
bpm_hint (one undoable step), the timeline re-analyses at that tempo, Ctrl+Z goes back, and
"Automatic tempo" forgets the choice. The Bars menu does the same for the bar length
(beats_per_bar) and where bars start (bar_shift). Driven as a creator would: the buttons, the
keyboard in the open menu, Ctrl+Z and Ctrl+S on the window."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from studio.gui.qt import QtCore, QtWidgets
from studio.gui.timeline_view import TimelineData

Qt = QtCore.Qt


def _open_demo(make_window: Any, qtbot: Any, demo_copy: Path) -> Any:
    win = make_window()
    win.run.use_engine("inline")  # the engine process's side is in test_engine_protocol
    win.run.allow_compute = True  # as a creator opening the file: the timeline is computed
    win.open_path(demo_copy)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # the window's shortcuts (Ctrl+Z, Ctrl+S) work in the active window
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is win, timeout=2000)
    qtbot.waitUntil(lambda: win.timeline.canvas.data is not None, timeout=60000)
    return win


def _pick(qtbot: Any, panel: Any, starts: str, *, bars: bool = False) -> list[str]:
    """Press the Tempo (``bars``: the Bars) button, walk the open menu with Down until the entry
    starting with ``starts`` is highlighted, press Return. Returns the entries highlighted on
    the way."""
    menu, button = (panel.bars_menu, panel.bars) if bars else (panel.tempo_menu, panel.tempo)
    seen: list[str] = []
    done: list[bool] = []

    def drive() -> None:  # runs in the open menu's own event loop
        if not menu.isVisible():
            QtCore.QTimer.singleShot(10, drive)
            return
        for _ in range(len(menu.actions()) + 1):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
            active = menu.activeAction()
            seen.append(active.text() if active is not None else "")
            if seen[-1].startswith(starts):
                break
        qtbot.keyClick(menu, Qt.Key.Key_Return if seen[-1].startswith(starts)
                       else Qt.Key.Key_Escape)  # not offered: close; the test then fails
        done.append(True)

    QtCore.QTimer.singleShot(0, drive)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done) and not menu.isVisible(), timeout=5000)
    assert seen[-1].startswith(starts), seen
    win = panel.window()  # offscreen Qt leaves the closed menu "active"; a desktop does not
    win.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is win, timeout=2000)
    return seen


def _ctrl(qtbot: Any, win: Any, key: Any) -> None:
    """Ctrl+key as typed in the window: to the widget with the keyboard focus."""
    target = win.focusWidget() or win
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def _timeline_at(win: Any, bpm_hint: float) -> Any:
    """The timeline's data once it shows the analysis run with ``bpm_hint`` (else None)."""
    data = win.timeline.canvas.data
    if data is None or data.bpm_hint != bpm_hint or not win.timeline.tempo.isEnabled():
        return None
    return data


def _entry(panel: Any, text: str) -> Any:
    return next(a for a in panel.tempo_menu.actions() if a.text() == text)


def _hint(win: Any) -> float:
    return float(win.doc.graph.nodes["beats"].params.get("bpm_hint") or 0.0)


def test_an_offered_tempo_is_one_click_and_ctrl_z_goes_back(make_window: Any, qtbot: Any,
                                                             demo_copy: Path) -> None:
    win = _open_demo(make_window, qtbot, demo_copy)
    panel = win.timeline
    auto = panel.canvas.data
    assert auto.analyze_id == "beats" and auto.bpm_hint == 0
    offers = auto.tempo_offers()
    assert len(offers) == 2 and panel.tempo.isEnabled()
    texts = [a.text() for a in panel.tempo_menu.actions() if not a.isSeparator()]
    assert texts[0] == f"{auto.tempo_bpm:.0f} BPM, found automatically"
    assert [t.split("  (")[0] for t in texts[1:-4]] == [f"Use {b} BPM" for b in offers]
    assert texts[-4:] == ["Beats half a beat later", "Beats a third of a beat later",
                          "Beats two thirds of a beat later", "Tap the beat (T)…"]
    assert not _entry(panel, "Beats half a beat later").isChecked()
    assert panel.tempo_menu.actions()[0].isChecked()
    assert "Automatic tempo" not in texts  # already automatic
    assert "one of the readings" in panel.tempo.toolTip()

    seen = _pick(qtbot, panel, f"Use {offers[0]} BPM")
    assert seen[0].endswith("found automatically")  # the keyboard walked the menu in order
    assert _hint(win) == float(offers[0])
    assert "Re-analysing" in panel.info.text() and not panel.tempo.isEnabled()
    qtbot.waitUntil(lambda: _timeline_at(win, offers[0]) is not None, timeout=60000)
    chosen = panel.canvas.data
    assert abs(chosen.tempo_bpm / offers[0] - 1) <= 0.04, chosen.tempo_bpm
    assert chosen.beats_s != auto.beats_s
    assert f"{chosen.tempo_bpm:.0f} BPM (your choice; or " in panel.info.text()
    texts = [a.text() for a in panel.tempo_menu.actions() if not a.isSeparator()]
    assert texts[0] == f"{chosen.tempo_bpm:.0f} BPM, your choice" and texts[-5] == "Automatic tempo"
    assert win.a_undo.toolTip() == f"Undo Tempo {offers[0]} BPM"

    _ctrl(qtbot, win, Qt.Key.Key_Z)  # one undo step
    assert _hint(win) == 0
    qtbot.waitUntil(lambda: _timeline_at(win, 0.0) is not None, timeout=60000)
    back = panel.canvas.data
    assert back.tempo_bpm == auto.tempo_bpm and back.beats_s == auto.beats_s
    assert "your choice" not in panel.info.text()
    assert not win.doc.stack.canUndo()


def test_automatic_tempo_forgets_the_choice(make_window: Any, qtbot: Any,
                                            demo_copy: Path) -> None:
    win = _open_demo(make_window, qtbot, demo_copy)
    panel = win.timeline
    auto = panel.canvas.data
    offer = auto.tempo_offers()[-1]
    _pick(qtbot, panel, f"Use {offer} BPM")
    qtbot.waitUntil(lambda: _timeline_at(win, offer) is not None, timeout=60000)

    _pick(qtbot, panel, "Automatic tempo")
    assert win.doc.graph.nodes["beats"].params["bpm_hint"] == 0.0
    qtbot.waitUntil(lambda: _timeline_at(win, 0.0) is not None, timeout=60000)
    assert panel.canvas.data.tempo_bpm == auto.tempo_bpm
    assert panel.tempo_menu.actions()[0].text().endswith("found automatically")
    assert win.a_undo.toolTip() == "Undo Automatic tempo"
    _ctrl(qtbot, win, Qt.Key.Key_Z)
    assert _hint(win) == float(offer)
    qtbot.waitUntil(lambda: _timeline_at(win, offer) is not None, timeout=60000)


def test_the_saved_graph_changes_only_by_the_chosen_tempo(make_window: Any, qtbot: Any,
                                                          demo_copy: Path) -> None:
    win = _open_demo(make_window, qtbot, demo_copy)
    _ctrl(qtbot, win, Qt.Key.Key_S)  # the file as the studio writes it (params with defaults)
    qtbot.waitUntil(lambda: win.statusBar().currentMessage().startswith("Saved"), timeout=5000)
    before = json.loads(demo_copy.read_text())
    assert {n["id"]: n for n in before["nodes"]}["beats"]["params"]["bpm_hint"] == 0
    offer = win.timeline.canvas.data.tempo_offers()[0]
    _pick(qtbot, win.timeline, f"Use {offer} BPM")
    assert win.doc.dirty
    _ctrl(qtbot, win, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not win.doc.dirty, timeout=5000)
    after = json.loads(demo_copy.read_text())
    beats = {n["id"]: n for n in after["nodes"]}["beats"]
    assert beats["params"]["bpm_hint"] == float(offer)
    beats["params"]["bpm_hint"] = 0.0
    assert after == before  # nothing else: no other param, node, link, position or note


def test_the_tempo_button_says_why_it_is_off(make_window: Any, qtbot: Any,
                                             demo_copy: Path) -> None:
    win = make_window()  # the tests' window computes nothing: no timeline
    win.open_path(demo_copy)
    button = win.timeline.tempo
    assert not button.isEnabled() and "No timeline" in button.toolTip()

    def data(**kw: Any) -> TimelineData:
        return TimelineData(node_id="cuts", duration_s=10.0, peaks=[0.5] * 100,
                            beats_s=[0.5 * i for i in range(20)], downbeats_s=[0.0, 2.0],
                            sections=[(0.0, 10.0, "verse")], cuts_s=[0.0, 4.0],
                            tempo_bpm=120.0, **{"analyze_id": "beats", **kw})

    win.timeline.set_data(data())  # no other reading: the half-beat shift and tapping are still there
    assert button.isEnabled()
    assert [a.text() for a in win.timeline.tempo_menu.actions() if not a.isSeparator()] == [
        "120 BPM, found automatically", "Beats half a beat later", "Beats a third of a beat later",
        "Beats two thirds of a beat later", "Tap the beat (T)…"]
    win.timeline.set_data(data(alt_bpm=60.0, analyze_id=""))
    assert not button.isEnabled() and "Analyze song" in button.toolTip()
    win.timeline.set_data(data(alt_bpm=60.0))
    assert button.isEnabled()
    win.timeline.set_data(data(bpm_hint=120.0))  # chosen, nothing else offered: "Automatic"
    assert button.isEnabled()
    assert [a.text() for a in win.timeline.tempo_menu.actions() if not a.isSeparator()] == [
        "120 BPM, your choice", "Automatic tempo", "Beats half a beat later",
        "Beats a third of a beat later", "Beats two thirds of a beat later", "Tap the beat (T)…"]
    win.timeline.clear("Connect a song to the beat analysis to see the timeline.")
    assert not button.isEnabled() and "Connect a song" in button.toolTip()
    with qtbot.assertNotEmitted(win.timeline.edit):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # off: no menu, no edit
    assert not win.timeline.tempo_menu.isVisible()


def test_offers_are_the_readings_as_shown() -> None:
    d = TimelineData(node_id="cuts", duration_s=1.0, peaks=[], beats_s=[], downbeats_s=[],
                     sections=[], cuts_s=[], tempo_bpm=117.4, alt_bpm=88.2, alt2_bpm=176.6,
                     analyze_id="beats")
    assert d.tempo_offers() == [88, 177]
    assert d.tempo_relation(88.2) == "three quarters as fast"
    assert d.tempo_relation(176.6) == "one and a half times as fast"
    assert d.tempo_relation(100.0) == ""
    d.alt2_bpm, d.alt_bpm = 350.0, 117.0  # out of the hint's range; the tempo itself
    assert d.tempo_offers() == []


def test_beats_half_a_beat_later_is_one_click_and_ctrl_z_goes_back(make_window: Any, qtbot: Any,
                                                                   demo_copy: Path) -> None:
    win = _open_demo(make_window, qtbot, demo_copy)
    panel = win.timeline
    auto = panel.canvas.data
    _pick(qtbot, panel, "Beats half a beat later")
    assert win.doc.graph.nodes["beats"].params["shift_half_beat"] is True
    assert win.a_undo.toolTip() == "Undo Beats half a beat later"

    def moved() -> Any:
        data = panel.canvas.data
        return data if data is not None and data.shift_half_beat and panel.tempo.isEnabled() else None

    qtbot.waitUntil(lambda: moved() is not None, timeout=60000)
    data = panel.canvas.data
    assert abs(data.beats_s[0] - (auto.beats_s[0] + auto.beats_s[1]) / 2) < 1e-6
    assert data.tempo_bpm == auto.tempo_bpm and _entry(panel, "Beats half a beat later").isChecked()
    _ctrl(qtbot, win, Qt.Key.Key_Z)
    assert win.doc.graph.nodes["beats"].params["shift_half_beat"] is False
    qtbot.waitUntil(lambda: panel.canvas.data is not None and not panel.canvas.data.shift_half_beat
                    and panel.tempo.isEnabled(), timeout=60000)
    assert panel.canvas.data.beats_s == auto.beats_s


def test_every_offered_level_has_words() -> None:
    from audio_sync.tempo_hint import ALT_RATIOS

    d = TimelineData(node_id="cuts", duration_s=1.0, peaks=[], beats_s=[], downbeats_s=[],
                     sections=[], cuts_s=[], tempo_bpm=120.0, analyze_id="beats")
    assert all(d.tempo_relation(120.0 * r) for r in ALT_RATIOS)


def _bars(panel: Any) -> list[str]:
    return [a.text() for a in panel.bars_menu.actions() if not a.isSeparator()]


def test_a_bar_length_is_one_click_and_ctrl_z_goes_back(make_window: Any, qtbot: Any,
                                                         demo_copy: Path) -> None:
    win = _open_demo(make_window, qtbot, demo_copy)
    panel = win.timeline
    auto = panel.canvas.data
    assert auto.beats_per_bar == 4 and panel.bars.isEnabled()
    assert _bars(panel) == ["Bars of 4 beats, found automatically", "Use bars of 2 beats",
                            "Use bars of 3 beats", "Bars start 1 beat later",
                            "Bars start 2 beats later", "Bars start 3 beats later", "Tap the bars (B)…"]
    assert "one click fixes either" in panel.bars.toolTip()

    _pick(qtbot, panel, "Use bars of 3 beats", bars=True)
    assert win.doc.graph.nodes["beats"].params["beats_per_bar"] == 3
    assert win.a_undo.toolTip() == "Undo Bars of 3 beats"
    assert not panel.bars.isEnabled()  # until the new bars arrive

    def bars_of(n: int) -> Any:
        data = panel.canvas.data
        return data if data is not None and data.beats_per_bar == n and panel.bars.isEnabled() else None

    qtbot.waitUntil(lambda: bars_of(3) is not None, timeout=60000)
    data = panel.canvas.data
    beats = data.beats_s
    index = [beats.index(d) for d in data.downbeats_s]
    assert set(np.diff(index)) == {3} and data.beats_s == auto.beats_s
    assert "bars of 3 (your choice)" in panel.info.text()
    assert _bars(panel)[0] == "Bars of 3 beats, your choice" and "Automatic bars" in _bars(panel)
    assert [s[:2] for s in data.sections] == [s[:2] for s in auto.sections]  # the music's sections

    _ctrl(qtbot, win, Qt.Key.Key_Z)
    assert int(win.doc.graph.nodes["beats"].params.get("beats_per_bar") or 0) == 0
    qtbot.waitUntil(lambda: bars_of(4) is not None and panel.canvas.data.hint_beats_per_bar == 0,
                    timeout=60000)
    assert panel.canvas.data.downbeats_s == auto.downbeats_s and not win.doc.stack.canUndo()


def test_bars_start_later_is_one_click_and_ctrl_z_goes_back(make_window: Any, qtbot: Any,
                                                            demo_copy: Path) -> None:
    win = _open_demo(make_window, qtbot, demo_copy)
    panel = win.timeline
    auto = panel.canvas.data
    _pick(qtbot, panel, "Bars start 2 beats later", bars=True)
    assert win.doc.graph.nodes["beats"].params["bar_shift"] == 2
    assert win.a_undo.toolTip() == "Undo Bars start 2 beats later"

    def shifted() -> Any:
        data = panel.canvas.data
        return data if data is not None and data.bar_shift == 2 and panel.bars.isEnabled() else None

    qtbot.waitUntil(lambda: shifted() is not None, timeout=60000)
    data = panel.canvas.data
    beats = auto.beats_s
    was = {beats.index(d) for d in auto.downbeats_s}
    assert {beats.index(d) - 2 for d in data.downbeats_s if beats.index(d) >= 2} <= was
    assert data.beats_s == auto.beats_s and "bars start 2 beats later" in panel.info.text()
    checked = [a.text() for a in panel.bars_menu.actions() if a.isChecked()]
    assert checked == ["Bars of 4 beats, found automatically", "Bars start 2 beats later"]
    assert _bars(panel)[-2:] == ["Bars as found", "Tap the bars (B)…"]
    _ctrl(qtbot, win, Qt.Key.Key_Z)
    assert int(win.doc.graph.nodes["beats"].params.get("bar_shift") or 0) == 0
    qtbot.waitUntil(lambda: panel.canvas.data is not None and panel.canvas.data.bar_shift == 0
                    and panel.bars.isEnabled(), timeout=60000)
    assert panel.canvas.data.downbeats_s == auto.downbeats_s


def test_a_third_of_a_beat_later_replaces_the_half_and_ctrl_z_goes_back(make_window: Any, qtbot: Any,
                                                                        demo_copy: Path) -> None:
    """A 6/8 tune found on its second eighth needs its beats a third of a beat later. Chosen
    while the half-beat shift is on, it replaces it (one step: the analysis refuses both)."""
    win = _open_demo(make_window, qtbot, demo_copy)
    panel = win.timeline
    auto = panel.canvas.data
    _pick(qtbot, panel, "Beats half a beat later")
    qtbot.waitUntil(lambda: panel.canvas.data.shift_half_beat and panel.tempo.isEnabled(), timeout=60000)

    _pick(qtbot, panel, "Beats a third of a beat later")
    params = win.doc.graph.nodes["beats"].params
    assert params["shift_half_beat"] is False and params["beat_shift"] == 0.3333  # as the file keeps it
    assert win.a_undo.toolTip() == "Undo Beats a third of a beat later"
    qtbot.waitUntil(lambda: panel.canvas.data.beat_shift > 0 and panel.tempo.isEnabled(), timeout=60000)
    data = panel.canvas.data
    b = auto.beats_s
    assert abs(data.beats_s[0] - (b[0] + 0.3333 * (b[1] - b[0]))) < 1e-6
    assert "beats a third of a beat later" in panel.info.text()
    assert _entry(panel, "Beats a third of a beat later").isChecked()
    assert not _entry(panel, "Beats half a beat later").isChecked()

    _ctrl(qtbot, win, Qt.Key.Key_Z)  # back to the half, in one step
    assert params["shift_half_beat"] is True and params["beat_shift"] == 0.0
    qtbot.waitUntil(lambda: panel.canvas.data.shift_half_beat and panel.tempo.isEnabled(), timeout=60000)
