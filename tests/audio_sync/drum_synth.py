"""Drum sounds and a mixer for the synthesized grooves of the level tests (half-time feels,
drum and bass, waltzes): a pitch-swept kick, a noise snare with a body, a hat of twice-
differentiated noise (nothing below a few kHz)."""

from __future__ import annotations

import numpy as np

from audio_sync.decode import DecodedAudio
from audio_sync.features import Features, compute_features

RATE = 22050
_KICK_T, _HAT_T, _SNARE_T = (np.arange(int(d * RATE)) / RATE for d in (0.25, 0.05, 0.18))


class Mix:
    """A mono buffer ``seconds`` (+1) long that sounds are added into at times in seconds."""

    def __init__(self, seconds: float) -> None:
        self.y = np.zeros(int((seconds + 1) * RATE))

    def add(self, t0: float, x: np.ndarray) -> None:
        s = int(t0 * RATE)
        n = min(x.size, self.y.size - s)
        if n > 0:
            self.y[s:s + n] += x[:n]

    def features(self) -> Features:
        y = self.y / (np.abs(self.y).max() * 1.1)
        return compute_features(DecodedAudio(samples=y.astype(np.float32)[None, :], rate_hz=RATE))


def kick() -> np.ndarray:
    return 0.9 * np.sin(2 * np.pi * np.cumsum(50 + 90 * np.exp(-_KICK_T * 30)) / RATE) * np.exp(-_KICK_T * 12)


def hat(rng: np.random.Generator, v: float) -> np.ndarray:
    return v * 0.12 * np.diff(rng.standard_normal(_HAT_T.size + 2), 2) * np.exp(-_HAT_T * 90)


def snare(rng: np.random.Generator) -> np.ndarray:
    return (0.5 * np.diff(rng.standard_normal(_SNARE_T.size + 1)) * np.exp(-_SNARE_T * 25)
            + 0.3 * np.sin(2 * np.pi * 190 * _SNARE_T) * np.exp(-_SNARE_T * 30))


def tone(seconds: float) -> np.ndarray:
    """Sample times of a note ``seconds`` long."""
    return np.arange(int(seconds * RATE)) / RATE
