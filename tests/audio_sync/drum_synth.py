"""Drum sounds, a mixer and the drum-machine grooves of the level tests (half-time feels,
drum and bass, slow grooves, waltzes): a pitch-swept kick, a noise snare with a body, a hat of twice-
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


def clap(rng: np.random.Generator) -> np.ndarray:
    """A snare's noise without its 190 Hz body: nothing in the kick band."""
    t = np.arange(int(0.15 * RATE)) / RATE
    return 0.5 * np.diff(rng.standard_normal(t.size + 1)) * np.exp(-t * 30)


def tone(seconds: float) -> np.ndarray:
    """Sample times of a note ``seconds`` long."""
    return np.arange(int(seconds * RATE)) / RATE


def note(t: np.ndarray, f0: float, ratios: tuple[float, ...] = (1.0,), *, amp: float, decay: float,
         attack: float = 0.0) -> np.ndarray:
    """A pitched note at sample times ``t``: sine partials at ``f0`` times ``ratios``, an
    exponential decay and, when ``attack`` > 0, a linear attack of that many seconds."""
    y = amp * sum(np.sin(2 * np.pi * f0 * r * t) for r in ratios) * np.exp(-t * decay)
    return y * np.minimum(1, t / attack) if attack > 0 else y


def groove(qpm: float, style: str, *, seconds: float = 24.0, seed: int = 3) -> tuple[Features, np.ndarray]:
    """A drum-machine groove with bass and a chord on 1 and 3: "trap" (kick on 1 and the "and" of
    2, clap on 3, sixteenth hats), "halftime" (trap's kick and snare, eighth hats, the off-beat
    ones softer), "onedrop" (kick and rim on 3 only, eighth hats), "rnb" (kick 1, 2.5 and 3.5,
    snare 2 and 4, eighth hats), "dnb" (two-step: kick 1 and the "and" of 3, snare 2 and 4, a hat
    on every quarter, bass and chord on 1 only) or "six8" (``qpm`` dotted quarters of a 6/8 bar:
    kick on 1, snare on 4, eighth hats). Returns the features and the beats (quarters; dotted
    quarters for "six8")."""
    rng = np.random.default_rng(seed)
    q = 60.0 / qpm / (3 if style == "six8" else 1)  # six8: q is the eighth
    mix = Mix(seconds)
    add, kick_sound = mix.add, kick()
    tb = tone(q * 1.8)
    per_bar, chord_at = {"six8": (6, (0.0, 3.0)), "dnb": (4, (0.0,))}.get(style, (4, (0.0, 2.0)))
    for b in range(int(seconds / (per_bar * q)) + 1):
        t0, root = b * per_bar * q, 55.0 * 2 ** ((0, 5, 7, 3)[b % 4] / 12)
        if style in ("trap", "halftime"):  # kick on 1 and the "and" of 2, snare on 3
            for x in (0.0, 1.5):
                add(t0 + x * q, kick_sound)
            add(t0 + 2 * q, snare(rng))
            per_beat, soft = (4, 0.7) if style == "trap" else (2, 0.5)
            for j in range(4 * per_beat):
                add(t0 + j * q / per_beat, hat(rng, 1.0 if j % 2 == 0 else soft))
        elif style == "dnb":
            for x in (0.0, 2.5):
                add(t0 + x * q, kick_sound)
            for x in (1.0, 3.0):
                add(t0 + x * q, snare(rng))
            for j in range(4):
                add(t0 + j * q, hat(rng, 1.0 if j == 0 else 0.6))
        elif style == "six8":
            add(t0, kick_sound)
            add(t0 + 3 * q, snare(rng))
            for j in range(6):
                add(t0 + j * q, hat(rng, 1.0 if j % 3 == 0 else 0.6))
        elif style == "onedrop":
            add(t0 + 2 * q, kick_sound)
            add(t0 + 2 * q, 0.6 * snare(rng))
            for j in range(8):
                add(t0 + j * q / 2, hat(rng, 0.6 if j % 2 == 0 else 1.0))
        else:
            for x in (0.0, 1.5, 2.5):
                add(t0 + x * q, kick_sound)
            for x in (1.0, 3.0):
                add(t0 + x * q, snare(rng))
            for j in range(8):
                add(t0 + j * q / 2, hat(rng, 1.0 if j % 2 == 0 else 0.6))
        for x in chord_at:
            add(t0 + x * q, 0.25 * np.sin(2 * np.pi * root * tb) * np.exp(-tb * 2))
            add(t0 + x * q, 0.08 * sum(np.sin(2 * np.pi * root * 4 * m * tb) for m in (1, 1.25, 1.5)) * np.exp(-tb * 3))
    return mix.features(), np.arange(0.0, seconds, 3 * q if style == "six8" else q)


def bar_pattern(qpm: float, kicks: tuple[float, ...], snares: tuple[float, ...], hats_per_beat: int,
                *, kick_levels: tuple[float, ...] = (), off_hat: float = 1.0, snare_body: float = 0.0,
                claps: bool = False, seconds: float = 24.0, seed: int = 5) -> tuple[Features, np.ndarray]:
    """A 4/4 drum machine with bass and a chord on 1: kicks and snares at these quarters of the
    bar (each kick at its ``kick_levels`` entry, 1 where none is given), hats ``hats_per_beat``
    to the quarter, those off the quarter ``off_hat`` as loud as those on it (1: all alike,
    driven). ``snare_body`` adds that much kick under each snare, as synthesized kits' snares
    sound in the kick band; ``claps`` plays claps (no body at all) instead of snares."""
    rng = np.random.default_rng(seed)
    q = 60.0 / qpm
    mix, kick_sound, tb = Mix(seconds), kick(), tone(q * 1.8)
    levels = kick_levels + (1.0,) * (len(kicks) - len(kick_levels))
    for b in range(int(seconds / (4 * q)) + 1):
        t0, root = b * 4 * q, 55.0 * 2 ** ((0, 5, 7, 3)[b % 4] / 12)
        for x, level in zip(kicks, levels, strict=True):
            mix.add(t0 + x * q, level * kick_sound)
        for x in snares:
            mix.add(t0 + x * q, clap(rng) if claps else snare(rng))
            if snare_body:
                mix.add(t0 + x * q, snare_body * kick_sound)
        for j in range(4 * hats_per_beat):
            mix.add(t0 + j * q / hats_per_beat, hat(rng, 1.0 if j % hats_per_beat == 0 else off_hat))
        mix.add(t0, 0.25 * np.sin(2 * np.pi * root * tb) * np.exp(-tb * 2))
    return mix.features(), np.arange(0.0, seconds, q)
