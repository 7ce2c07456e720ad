"""A chosen tempo of a half or a third of the tracker's own keeps its bars' phase (#15): "half as
fast" on a 4/4 song is its 1 and 3, not the backbeats the hinted tracking alone took."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from audio_sync import beats as beats_mod
from audio_sync.analysis import analyze
from audio_sync.beats import on_bar_phase
from audio_sync.decode import decode_audio

DEMO = Path(__file__).resolve().parents[2] / "assets" / "demo" / "song.flac"  # 120 BPM, bars from 0 s
OWN = np.arange(0.0, 16.0, 0.5)  # 120 BPM
DOWNS = OWN[::4]


def test_a_slow_pulse_on_the_backbeats_moves_to_the_bar_phase() -> None:
    backbeats = OWN[1::2] + 0.01
    assert np.allclose(on_bar_phase(backbeats, OWN, DOWNS, 2), OWN[::2])
    assert np.allclose(on_bar_phase(OWN[1::3], OWN, OWN[::3], 3), OWN[::3])  # 3/4: the bar pulse


def test_a_slow_pulse_already_on_the_bar_phase_or_not_nested_is_kept() -> None:
    on = OWN[::2] + 0.01
    assert on_bar_phase(on, OWN, DOWNS, 2) is on
    between = OWN[::2] + 0.25  # half an own beat off every own beat: not a pulse of this grid
    assert on_bar_phase(between, OWN, DOWNS, 2) is between


def test_the_phase_restarts_at_every_downbeat() -> None:
    """A 3-beat bar in the middle moves the strong phase: the pulse follows the bars."""
    own = np.arange(0.0, 10.0, 0.5)  # 20 beats: bars of 4, 4, 3, then 4s
    downs = own[[0, 4, 8, 11, 15, 19]]
    backbeats = own[[1, 3, 5, 7, 9, 12, 14, 16, 18]]
    got = on_bar_phase(backbeats, own, downs, 2)
    assert got.tolist() == own[[0, 2, 4, 6, 8, 10, 11, 13, 15, 17, 19]].tolist()


@pytest.fixture(scope="module")
def demo_audio():
    return decode_audio(DEMO)


def test_half_as_fast_on_the_demo_is_its_one_and_three(demo_audio, monkeypatch) -> None:
    auto = analyze(demo_audio)
    assert abs(auto.tempo_bpm - 120) < 1 and min(abs(np.asarray(auto.downbeats_s) - 8.0)) < 0.05
    half = analyze(demo_audio, bpm_hint=60)
    strong = np.arange(0.0, 40.0, 1.0)  # the demo's beats 1 and 3
    on = [np.min(np.abs(strong - t)) < 0.07 for t in half.beats_s]
    assert np.mean(on) > 0.95 and abs(half.tempo_bpm - 60) < 1
    assert set(half.downbeats_s) <= set(half.beats_s)
    monkeypatch.setattr(beats_mod, "DIVISOR_PHASE", False)  # the hinted tracking alone
    before = analyze(demo_audio, bpm_hint=60)
    assert np.mean([np.min(np.abs(strong - t)) < 0.07 for t in before.beats_s]) < 0.05

