"""A synthetic funk groove with exact beats (tests of the tracker's phase and level, #15).

Snare on 2 and 4, a syncopated kick, 16th hats, chord stabs and bass on the "and": its
loudest notes are off the beat, and its eighths are strong enough to pass for the beat.
"""

from __future__ import annotations

import numpy as np

from audio_sync.types import DecodedAudio

SR = 22050


def _hit(buf: np.ndarray, t: float, sig: np.ndarray) -> None:
    i = int(round(t * SR))
    n = min(sig.size, buf.size - i)
    if i >= 0 and n > 0:
        buf[i:i + n] += sig[:n]


def _voices(rng: np.random.Generator) -> dict[str, np.ndarray]:
    t = np.arange(int(0.4 * SR)) / SR
    env = lambda tau: np.exp(-t / tau)  # noqa: E731 - a one-line decay
    chord = sum(np.sin(2 * np.pi * f * t) for f in (392.0, 493.9, 587.3)) * env(0.06) / 3
    return {
        "kick": np.sin(2 * np.pi * (50 + 90 * env(0.03)) * t) * env(0.12),
        "snare": (rng.normal(0, 1, t.size) * 0.6 + np.sin(2 * np.pi * 190 * t)) * env(0.05),
        "hat": rng.normal(0, 1, t.size) * env(0.01) * 0.15,
        "chord": chord * 1.1,
        "bass": np.sin(2 * np.pi * 98.0 * t) * env(0.2) * 0.8,
    }


# (instrument, position in sixteenths of a 4/4 bar, gain)
FUNK = ([("kick", k, 1.0) for k in (0, 3, 10)] + [("snare", k, 0.9) for k in (4, 12)]
        + [("snare", k, 0.25) for k in (7, 15)] + [("hat", k, 0.8) for k in range(16)]
        + [("chord", k, 1.0) for k in (2, 6, 10, 14)] + [("bass", k, 1.0) for k in (3, 6, 11, 14)])


def groove(bpm: float, *, seconds: float = 20.0, seed: int = 0) -> tuple[DecodedAudio, np.ndarray]:
    """(mono audio at SR, its beat times in seconds); a little timing jitter per note."""
    rng = np.random.default_rng(seed)
    v = _voices(rng)
    pattern, per_bar = FUNK, 16
    beat = 60.0 / bpm
    start = 0.3
    buf = np.zeros(int((seconds + 1) * SR))
    beats = start + beat * np.arange(int(seconds / beat))
    for bar_start in beats[::4]:
        for name, k, gain in pattern:
            jitter = rng.normal(0, 0.004)
            _hit(buf, bar_start + k * 4 * beat / per_bar + jitter,
                 gain * rng.uniform(0.85, 1.0) * v[name])
    buf = buf[: int(seconds * SR)]
    buf /= np.abs(buf).max() * 1.1
    return DecodedAudio(samples=buf[None].astype(np.float32), rate_hz=SR), beats[beats < seconds - 0.2]
