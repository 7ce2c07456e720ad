"""The DP beat tracker keeps its phase through passages where an off-beat note is louder."""

import numpy as np

from audio_sync.beat_dp import track_frames

FR = 22050 / 512
PERIOD = 20.0  # frames per beat (129 BPM)


def _envelope(*, pickup: float, n_beats: int = 60) -> np.ndarray:
    """A beat on every period; a pick-up 2/3 of a beat later, soft except in beats 20-35 where
    it is ``pickup`` times as loud as the beat (which still sounds)."""
    env = np.zeros(int(n_beats * PERIOD))
    for k in range(n_beats):
        i = int(k * PERIOD)
        env[i] += 1.0
        env[int(i + 2 * PERIOD / 3)] += pickup if 20 <= k < 36 else 0.4
    return env


def _share_on_beat(frames: np.ndarray) -> float:
    mid = frames[(frames > 22 * PERIOD) & (frames < 34 * PERIOD)]
    phase = (mid / PERIOD) % 1.0
    return float(np.mean((phase < 0.1) | (phase > 0.9)))


def test_louder_pickups_do_not_pull_the_grid_off_the_beat():
    bpm = 60.0 * FR / PERIOD
    assert _share_on_beat(track_frames(_envelope(pickup=1.4), bpm, FR)) == 1.0
    # librosa's tightness (100) slides onto the pick-ups here: the test measures the decision
    assert _share_on_beat(track_frames(_envelope(pickup=1.4), bpm, FR, tightness=100.0)) == 0.0


def test_pickups_that_replace_the_beat_are_followed():
    """Tightness is not rigidity: when the beat itself falls silent and only the off-beat
    note sounds for 16 beats, the DP follows the sound rather than an empty grid."""
    env = _envelope(pickup=1.5)
    for k in range(20, 36):
        env[int(k * PERIOD)] = 0.0
    frames = track_frames(env, 60.0 * FR / PERIOD, FR)
    assert _share_on_beat(frames) < 0.5
