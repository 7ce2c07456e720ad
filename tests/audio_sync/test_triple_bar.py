"""A fast waltz tracked at half repeats its bass at one and a half tracked beats (its bar):
audio_sync.triple_bar, beats.TRIPLE_BAR_DOUBLE. A groove at its own tempo whose kick falls on the
"and" of 2 repeats at 1.5 beats in its low band too, but its snare keeps the mid band on the beat."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync.decode import DecodedAudio
from audio_sync.features import Features, compute_features

RATE = 22050


def _waltz(qpm: float, *, seconds: float = 24.0, seed: int = 1) -> Features:
    """A band waltz: bass and kick on 1, chords and snare on 2 and 3, a hat on every beat, and a
    melody on some beats."""
    rng = np.random.default_rng(seed)
    q = 60.0 / qpm
    y = np.zeros(int((seconds + 1) * RATE))

    def add(t0: float, x: np.ndarray) -> None:
        s = int(t0 * RATE)
        n = min(x.size, y.size - s)
        if n > 0:
            y[s:s + n] += x[:n]

    tb, tc, tk, ts, th, tm = (np.arange(int(d * RATE)) / RATE for d in (2.5 * q, 0.8 * q, 0.25, 0.18, 0.05, 0.9 * q))
    kick = 0.9 * np.sin(2 * np.pi * np.cumsum(50 + 90 * np.exp(-tk * 30)) / RATE) * np.exp(-tk * 12)
    for b in range(int(seconds / (3 * q)) + 1):
        t0, root = b * 3 * q, 55.0 * 2 ** ((0, 7, 5, 7)[b % 4] / 12)
        add(t0, 0.6 * np.sin(2 * np.pi * root * tb) * np.exp(-tb * 3))
        add(t0, kick)
        for x in (1, 2):
            add(t0 + x * q, 0.35 * sum(np.sin(2 * np.pi * root * 4 * m * tc) for m in (1, 1.26, 1.5))
                * np.exp(-tc * 8) * np.minimum(1, tc / 0.005))
            add(t0 + x * q, 0.6 * (0.5 * np.diff(rng.standard_normal(ts.size + 1)) * np.exp(-ts * 25)
                                   + 0.3 * np.sin(2 * np.pi * 190 * ts) * np.exp(-ts * 30)))
        for x in range(3):
            add(t0 + x * q, 0.1 * np.diff(rng.standard_normal(th.size + 2), 2) * np.exp(-th * 90))
            if rng.random() < 0.6:
                f0 = 440 * 2 ** (rng.integers(0, 8) / 12)
                add(t0 + x * q, 0.2 * np.sin(2 * np.pi * f0 * tm) * np.exp(-tm * 4) * np.minimum(1, tm / 0.01))
    y /= np.abs(y).max() * 1.1
    return compute_features(DecodedAudio(samples=y.astype(np.float32)[None, :], rate_hz=RATE))


@pytest.mark.parametrize("qpm", [168.0, 184.0, 196.0])
def test_a_fast_waltz_read_at_half_is_seen_and_at_its_tempo_is_not(qpm: float) -> None:
    from audio_sync.triple_bar import triple_bar_at_half

    feats = _waltz(qpm)
    assert triple_bar_at_half(feats, qpm / 2)
    assert not triple_bar_at_half(feats, qpm)  # out of range, and its bar is three beats there
    assert not triple_bar_at_half(feats, qpm / 3)  # at the bar: out of range too


@pytest.mark.parametrize("qpm", [84.0, 92.0])
def test_a_groove_with_its_kick_on_the_and_of_two_is_not_a_waltz(qpm: float) -> None:
    from audio_sync.triple_bar import (
        LOW_BAR_MARGIN,
        MID_BAR_MARGIN,
        _bar_margin,
        triple_bar_at_half,
    )
    from tests.audio_sync.test_half_time_tatums import _groove

    feats, _ = _groove(qpm, "rnb")  # kick on 1, the "and" of 2 and the "and" of 3; snare 2 and 4
    period = 60.0 * feats.frame_rate_hz / qpm
    assert _bar_margin(feats.onset_mid, period) < MID_BAR_MARGIN < LOW_BAR_MARGIN
    assert not triple_bar_at_half(feats, qpm)


def test_with_the_switch_on_a_waltz_and_grooves_tracked_right_keep_their_tempo(monkeypatch: pytest.MonkeyPatch) -> None:
    """This synthesized waltz is read right; the band renders the switch is for are read at half
    (used sets: seven, docs/beat-accuracy/2026-12-02-s18-decision.md), and the switch re-tracks
    them through the tempo hint as K-D does."""
    from audio_sync import beats
    from audio_sync.activation import beat_activation
    from tests.audio_sync.test_half_time_tatums import _groove

    monkeypatch.setattr(beats, "TRIPLE_BAR_DOUBLE", True)
    for feats, qpm in ((_waltz(184.0), 184.0), (_groove(88.0, "rnb")[0], 88.0)):
        act = beat_activation(feats.mel_db)[0].astype(float)
        assert abs(beats.track_beats(feats, act=act)[2] / qpm - 1) <= 0.02
