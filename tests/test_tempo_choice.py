"""benchmarks/tempo_choice.py: a wrong tempo, the offers and the click on the right one, and its
held-out guard (#15)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import tempo_choice  # noqa: E402

REEL = ROOT / "tests" / "audio_sync" / "data" / "doubled_reel_steeplechase.beats"  # 2/2 at 94


def test_a_doubled_reel_is_offered_its_half_note_and_one_click_tracks_it(monkeypatch) -> None:
    from audio_sync import beats

    monkeypatch.setattr(beats, "LEVEL_MODEL", False)  # the rule alone reads the reel at 188
    monkeypatch.setattr(beats, "FAST_UNDRUMMED_HALF", False)  # the premise: the doubled reading
    row = tempo_choice.measure(("test", str(REEL)))
    assert not row.right and abs(row.bpm / 188 - 1) < 0.04 and row.f < 0.7
    assert any(abs(b / 94 - 1) < 0.04 for b in row.offered_before)
    assert len(row.offered_now) == 2 and abs(row.offered_now[0] / 94 - 1) < 0.04
    assert row.f_click_before == row.f_click_now >= 0.9 and row.f_typed >= 0.9
    assert row.f_phase == row.f_click_now  # on the beats after the click: no half-beat click
    line = tempo_choice.summary("test", [row])
    assert "auto 0.0%, auto or offered (before) 100.0%, (now) 100.0%" in line
    assert f"one click (before) {row.f_click_before:.3f}" in line
    assert f"tempo click + half-beat click {row.f_phase:.3f}" in line


@pytest.mark.usefixtures("tracker_between_the_beats")
def test_a_half_beat_click_counts_where_the_beats_sit_between(monkeypatch) -> None:
    from audio_sync import beats

    # The premise: the beats stay between; P-Q (session 32) moves them back onto the reel's beats
    # (tests/audio_sync/test_half_beat_by_bars.py).
    monkeypatch.setattr(beats, "HALF_BEAT_BY_BARS", False)
    monkeypatch.setattr(beats, "HALF_BEAT_LEARNED", False)  # P-Q-L too (session 38, part 12)
    row = tempo_choice.measure(("test", str(REEL)))
    assert row.right and row.f < 0.1 and row.f_phase >= 0.9


def test_a_right_tempo_needs_no_click() -> None:
    row = tempo_choice.measure(("test", str(REEL)))  # the learned level reads the half note
    assert row.right and row.f >= 0.9
    assert math.isnan(row.f_click_now) and math.isnan(row.f_typed)  # not run
    assert row.f_phase == row.f  # half a beat later is off the beats: not taken
    assert "auto 100.0%" in tempo_choice.summary("test", [row])




def test_strong_beats_follow_the_bars() -> None:
    beats = np.arange(0.0, 10.0, 0.5)
    strong, other = tempo_choice.strong_beats(beats, beats[[0, 4, 8, 12, 16]], 2)
    assert strong.tolist() == beats[::2].tolist() and other.tolist() == beats[1::2].tolist()
    assert tempo_choice.strong_beats(beats, beats[[0, 3, 6]], 2)[0].size == 0  # 3-beat bars


def test_the_slower_click_line_counts_where_the_pulse_lands() -> None:
    row = tempo_choice.Row("t", "x 4/4", 120.0, 120.0, 1.0, (), (60.0,),
                           slower=((0.0, 1.0), (1.0, 0.0)))
    line = tempo_choice.summary("t", [row])
    assert ("slower click on a tempo tracked right (n=1): before 0 on the strong beats, 1 on the "
            "others, 0 neither; now 1 on the strong beats, 0 on the others, 0 neither") in line
