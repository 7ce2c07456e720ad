"""Metrical level from harmonic rhythm: eighth-note onsets under quarter-note chords are a
subdivision, not a faster beat."""

from __future__ import annotations

import numpy as np

from audio_sync.features import compute_features
from audio_sync.metrical_level import harmony_on_beats_only
from audio_sync.types import DecodedAudio

SR = 22050
CHORDS = ((60, 64, 67), (57, 60, 64), (62, 65, 69), (55, 59, 62), (53, 57, 60), (52, 55, 59))


def _piano(chord_every_eighths: int, *, beat_s: float = 0.5, n_beats: int = 24) -> DecodedAudio:
    """Chords struck on every eighth note; the chord changes every ``chord_every_eighths``."""
    y = np.zeros(int(SR * beat_s * (n_beats + 1)))
    t = np.arange(int(SR * beat_s / 2)) / SR
    for k in range(2 * n_beats):
        chord = CHORDS[(k // chord_every_eighths) % len(CHORDS)]
        note = sum(np.sin(2 * np.pi * 440 * 2 ** ((m - 69) / 12) * t) for m in chord)
        i = int(k * beat_s / 2 * SR)
        y[i:i + t.size] += 0.2 * note * np.exp(-t / 0.08)
    return DecodedAudio(samples=y.astype(np.float32)[None, :], rate_hz=SR)


def test_chords_on_the_beat_keep_the_quarter_level():
    beats = np.arange(24) * 0.5
    assert harmony_on_beats_only(compute_features(_piano(2)), beats)


def test_chords_on_every_eighth_allow_the_faster_level():
    beats = np.arange(24) * 0.5
    assert not harmony_on_beats_only(compute_features(_piano(1)), beats)
