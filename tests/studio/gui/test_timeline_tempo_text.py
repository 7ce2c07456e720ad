"""The timeline names the tempo and its other readings (#15): "120 BPM (or 60 or 90)", the ones the
Tempo menu offers; "60 BPM (your choice; or 120 or 90)" once the creator chose one; the bars a
creator chose in the Bars menu; and says when the beats are a guess (low pulse confidence: the
cuts follow an even grid)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from audio_sync.types import BeatMap, Section

BEATS = tuple(0.5 * i for i in range(40))


def _beatmap(**changes: Any) -> BeatMap:
    bm = BeatMap(duration_s=20.0, n_samples=20 * 8000, rate_hz=8000, tempo_bpm=120.0,
                 tempo_curve=((0.0, 120.0),), beats_s=BEATS, beat_confidence=(1.0,) * 40,
                 downbeats_s=BEATS[::4], beats_per_bar=4,
                 sections=(Section(0.0, 20.0, "verse", 0.4),), onsets_s=())
    return replace(bm, **changes)


def test_timeline_info_shows_the_other_reading(make_window: Any, demo_copy: Path,
                                               qtbot: Any) -> None:
    from studio.gui.timeline_view import TimelineData

    win = make_window()
    win.open_path(demo_copy)
    for bm, text in ((_beatmap(alt_bpm=60.2, alt_score=0.8), "120 BPM (or 60) · 40 beats"),
                     (_beatmap(alt_bpm=60.2, alt_score=0.8, alt2_bpm=90.1, alt2_score=0.5),
                      "120 BPM (or 60 or 90) · 40 beats"),
                     (_beatmap(), "120 BPM · 40 beats"),
                     (_beatmap(shift_half_beat=True), "120 BPM · beats half a beat later · 40 beats"),
                     (_beatmap(bpm_hint=60.0, tempo_bpm=60.1, alt_bpm=120.2, alt2_bpm=90.1),
                      "60 BPM (your choice; or 120 or 90) · 40 beats"),
                     (_beatmap(bpm_hint=118.0), "120 BPM (your choice) · 40 beats"),
                     (_beatmap(pulse_confidence=0.1),
                      "120 BPM · no clear beat (confidence 0.10): even cuts · 40 beats"),
                     (_beatmap(hint_beats_per_bar=3, beats_per_bar=3, bar_shift=1),
                      "120 BPM · bars of 3 (your choice) · bars start 1 beat later · 40 beats"),
                     (_beatmap(bar_shift=2), "120 BPM · bars start 2 beats later · 40 beats")):
        data = TimelineData.from_values(node_id="cuts", beats=bm.to_dict(),
                                        plan={"cuts_s": [4.0, 8.0]}, peaks=[0.5] * 400,
                                        params={"min_shot_s": 0.5})
        win.timeline.set_data(data)
        assert text in win.timeline.info.text()
        # the gestures are in the tooltip (and Help), not in the line the choices lengthen
        assert "wheel" not in win.timeline.info.text() and "wheel: zoom" in win.timeline.info.toolTip()
    old = {k: v for k, v in _beatmap().to_dict().items() if k not in ("alt_bpm", "alt_score", "alt2_bpm", "alt2_score")}
    data = TimelineData.from_values(node_id="cuts", beats=old, plan={"cuts_s": []},
                                    peaks=[], params={})
    assert data.tempo_text() == "120 BPM"
