"""The activation's veto of the kick band's half-beat fix is lifted where the kick is on every
midpoint of the grid and not on its beats (beats.KICK_OVER_ACT).

House with off-beat open hats and ska's skank made the net fire on the off-beats, and its veto
(ACT_VETO, set for a solo fiddle's low-band leakage) then kept the grid there although the kick
band put it plainly on the midpoints. Built here from a generator song: the grid handed to
``_fix_phase`` is the off-beat one, the activation fires on it and the kick band on the beats.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from audio_sync.features import compute_features
from audio_sync.testsongs import make_song


def _on_beats(est: np.ndarray, truth: np.ndarray, *, window: float = 0.07) -> float:
    """Share of the estimated beats within ``window`` of a true beat."""
    return float(np.mean([np.min(np.abs(truth - t)) <= window for t in est])) if est.size else 0.0


def _situation(pulses, kick_on_beats: float) -> tuple:
    audio, truth = make_song(bpm=124.0, duration_s=20.0, drumless_breakdown=False, seed=11)
    feats = compute_features(audio)
    beats_s = np.asarray(truth.beats_s)
    fr, n = feats.frame_rate_hz, feats.n_frames
    off_grid = (beats_s[:-1] + beats_s[1:]) / 2.0
    kick = (kick_on_beats * pulses(beats_s, n, fr) + pulses(off_grid, n, fr)).astype(np.float32)
    act = (0.1 + 0.8 * pulses(off_grid, n, fr)).astype(np.float64)
    return dataclasses.replace(feats, onset_kick=kick), act, beats_s, off_grid


@pytest.fixture(scope="module")
def four_on_the_floor(pulses) -> tuple:
    """The kick six times as strong on the true beats as on the off-beat grid handed to the fix."""
    return _situation(pulses, 6.0)


def _fixed(feats, act: np.ndarray, off_grid: np.ndarray) -> np.ndarray:
    from audio_sync import beats

    env = beats.beat_onset(feats) + beats._norm(act)
    return beats._fix_phase(feats, env, 124.0, off_grid, act=act)


def test_switch_off_the_activation_keeps_the_off_beat_grid(four_on_the_floor: tuple,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_sync import beats

    feats, act, truth, off_grid = four_on_the_floor
    monkeypatch.setattr(beats, "KICK_OVER_ACT", False)
    est = _fixed(feats, act, off_grid)
    assert est is off_grid
    assert _on_beats(est, truth) < 0.1


def test_switch_on_the_kick_moves_the_grid_onto_the_beats(four_on_the_floor: tuple,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_sync import beats

    feats, act, truth, off_grid = four_on_the_floor
    monkeypatch.setattr(beats, "KICK_OVER_ACT", True)
    assert beats._kick_off_beats(feats, off_grid)
    assert _on_beats(_fixed(feats, act, off_grid), truth) >= 0.9


def test_a_weak_kick_contrast_keeps_the_veto(pulses, monkeypatch: pytest.MonkeyPatch) -> None:
    """Leakage-like low-band flux, 2x stronger between the grid's beats: the activation still wins."""
    from audio_sync import beats

    feats, act, truth, off_grid = _situation(pulses, 2.0)
    monkeypatch.setattr(beats, "KICK_OVER_ACT", True)
    assert not beats._kick_off_beats(feats, off_grid)
    assert _fixed(feats, act, off_grid) is off_grid


def test_a_half_time_grid_with_the_kick_between_is_left_to_the_level_checks(
        pulses, monkeypatch: pytest.MonkeyPatch) -> None:
    """K-O-A2: a grid under KICK_OVER_ACT_MIN_BPM with the kick on every midpoint is drum and bass
    tracked at half (K-D and K-S double it), so the veto stands; without the floor the grid moves."""
    from audio_sync import beats

    audio, truth = make_song(bpm=124.0, duration_s=20.0, drumless_breakdown=False, seed=11)
    feats = compute_features(audio)
    beats_s = np.asarray(truth.beats_s)
    fr, n = feats.frame_rate_hz, feats.n_frames
    half, between = beats_s[0::2], beats_s[1::2]  # a 62 BPM grid, the kick between its beats
    feats = dataclasses.replace(feats, onset_kick=pulses(between, n, fr).astype(np.float32))
    act = (0.1 + 0.8 * pulses(half, n, fr)).astype(np.float64)
    env = beats.beat_onset(feats) + beats._norm(act)
    monkeypatch.setattr(beats, "KICK_OVER_ACT", True)
    assert beats._kick_off_beats(feats, half)
    assert beats._fix_phase(feats, env, 62.0, half, act=act) is half
    monkeypatch.setattr(beats, "KICK_OVER_ACT_MIN_BPM", 0.0)
    assert beats._fix_phase(feats, env, 62.0, half, act=act) is not half


def test_k_o_a_ships_on() -> None:
    from audio_sync import beats

    assert beats.KICK_OVER_ACT  # K-O-A2, session 35, record part 11
