"""F-T (beats.FINAL_THIRD): a slow 6/8 that ends in eighths is tracked again at its dotted
quarter. The excerpt's first grid is in quarters (81 for 54); the fast-waltz check (W-D) doubles
that to the eighths, past the first grid's third-level check (#15)."""

from __future__ import annotations

from pathlib import Path

import mir_eval
import numpy as np
import pytest

from audio_sync import beats
from audio_sync.decode import decode_audio
from audio_sync.features import compute_features

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def slow68():
    ann = np.loadtxt(DATA / "slow68_vucchella.beats", ndmin=2)
    return compute_features(decode_audio(DATA / "slow68_vucchella.mp3")), ann[:, 0]


def _f(ref: np.ndarray, est: tuple[float, ...]) -> float:
    return float(mir_eval.beat.f_measure(ref, np.asarray(est)))


@pytest.mark.parametrize("on", [False, True])
def test_a_slow_six_eight_ends_on_its_dotted_quarter(slow68, monkeypatch, on):
    feats, ref = slow68
    monkeypatch.setattr(beats, "FINAL_THIRD", on)
    rhythm = beats.track(feats)
    true_bpm = 60.0 / float(np.median(np.diff(ref)))
    if on:
        assert abs(rhythm.tempo_bpm / true_bpm - 1.0) <= 0.04
        assert _f(ref, rhythm.beats_s) >= 0.95
    else:  # the failure the switch mends: every eighth a beat
        assert abs(rhythm.tempo_bpm / (3 * true_bpm) - 1.0) <= 0.04
        assert _f(ref, rhythm.beats_s) < 0.6


def test_a_creators_tempo_is_not_moved_to_a_third(slow68, monkeypatch):
    feats, _ref = slow68
    monkeypatch.setattr(beats, "FINAL_THIRD", True)
    assert abs(beats.track(feats, bpm_hint=162).tempo_bpm / 162 - 1.0) <= 0.04


def test_fast_songs_with_a_beat_in_threes_keep_their_tempo(monkeypatch):
    """A fast waltz's bar accent is third_level's evidence too, but weaker: a synthetic 3/4 at
    168 stays at 168."""
    from audio_sync.testsongs import make_song

    audio, _truth = make_song(bpm=168, beats_per_bar=3, duration_s=20, seed=3)
    monkeypatch.setattr(beats, "FINAL_THIRD", True)
    assert abs(beats.track(compute_features(audio)).tempo_bpm / 168 - 1.0) <= 0.04
