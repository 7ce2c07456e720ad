"""A fast waltz tracked at half repeats its bass at one and a half tracked beats (its bar):
audio_sync.triple_bar, beats.TRIPLE_BAR_DOUBLE. A groove at its own tempo whose kick falls on the
"and" of 2 repeats at 1.5 beats in its low band too, but its snare keeps the mid band on the beat."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync.features import Features
from tests.audio_sync import drum_synth
from tests.audio_sync.drum_synth import Mix, groove, tone


def _waltz(qpm: float, *, seconds: float = 24.0, seed: int = 1) -> Features:
    """A band waltz: bass and kick on 1, chords and snare on 2 and 3, a hat on every beat, and a
    melody on some beats."""
    rng = np.random.default_rng(seed)
    q = 60.0 / qpm
    mix, kick = Mix(seconds), drum_synth.kick()
    tb, tc, tm = tone(2.5 * q), tone(0.8 * q), tone(0.9 * q)
    for b in range(int(seconds / (3 * q)) + 1):
        t0, root = b * 3 * q, 55.0 * 2 ** ((0, 7, 5, 7)[b % 4] / 12)
        mix.add(t0, 0.6 * np.sin(2 * np.pi * root * tb) * np.exp(-tb * 3))
        mix.add(t0, kick)
        for x in (1, 2):
            mix.add(t0 + x * q, 0.35 * sum(np.sin(2 * np.pi * root * 4 * m * tc) for m in (1, 1.26, 1.5))
                    * np.exp(-tc * 8) * np.minimum(1, tc / 0.005))
            mix.add(t0 + x * q, 0.6 * drum_synth.snare(rng))
        for x in range(3):
            mix.add(t0 + x * q, drum_synth.hat(rng, 0.8))
            if rng.random() < 0.6:
                f0 = 440 * 2 ** (rng.integers(0, 8) / 12)
                mix.add(t0 + x * q, 0.2 * np.sin(2 * np.pi * f0 * tm) * np.exp(-tm * 4) * np.minimum(1, tm / 0.01))
    return mix.features()


@pytest.mark.parametrize("qpm", [168.0, 184.0, 196.0])
def test_a_fast_waltz_read_at_half_is_seen_and_at_its_tempo_is_not(qpm: float) -> None:
    from audio_sync.triple_bar import triple_bar_at_half

    feats = _waltz(qpm)
    assert triple_bar_at_half(feats, qpm / 2)
    assert not triple_bar_at_half(feats, qpm)  # out of range, and its bar is three beats there
    assert not triple_bar_at_half(feats, qpm / 3)  # at the bar: out of range too


@pytest.mark.parametrize("qpm", [84.0, 92.0])
def test_a_groove_with_its_kick_on_the_and_of_two_is_not_a_waltz(qpm: float) -> None:
    from audio_sync.triple_bar import MID_BAR_MARGIN, _bar_margin, triple_bar_at_half

    feats, _ = groove(qpm, "rnb")  # kick on 1, the "and" of 2 and the "and" of 3; snare 2 and 4
    period = 60.0 * feats.frame_rate_hz / qpm
    assert _bar_margin(feats.onset_mid, period) < MID_BAR_MARGIN  # the snare holds the mid band on the beat
    assert not triple_bar_at_half(feats, qpm)


def test_with_the_switch_on_a_waltz_and_grooves_tracked_right_keep_their_tempo(monkeypatch: pytest.MonkeyPatch) -> None:
    """This synthesized waltz is read right; the band renders the switch is for are read at half
    (used sets: seven, docs/beat-accuracy/2026-12-02-s18-decision.md), and the switch re-tracks
    them through the tempo hint as K-D does."""
    from audio_sync import beats
    from audio_sync.activation import beat_activation

    monkeypatch.setattr(beats, "TRIPLE_BAR_DOUBLE", True)
    for feats, qpm in ((_waltz(184.0), 184.0), (groove(88.0, "rnb")[0], 88.0)):
        act = beat_activation(feats.mel_db)[0].astype(float)
        assert abs(beats.track_beats(feats, act=act)[2] / qpm - 1) <= 0.02
