"""Trap tracked at half whose 808 slides reach the tracked beats' midpoints is tracked again at
its tempo where its kick alternates strongly (H-K-A, beats.HALF_TIME_ALTERNATING_KICK, session 34
record part 7); a groove whose kick alternates less keeps H-K's 0.2 bound. The shipped tracker already reads this
synthetic trap at its tempo (through H-T), so the cue is tested on the tracked half's beats."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync.features import Features
from tests.audio_sync.drum_synth import RATE, Mix, hat, kick, tone


def _clap(rng: np.random.Generator) -> np.ndarray:
    """A snare's noise without its 190 Hz body: nothing in the kick band."""
    t = np.arange(int(0.15 * RATE)) / RATE
    return 0.5 * np.diff(rng.standard_normal(t.size + 1)) * np.exp(-t * 30)


def _trap(qpm: float, *, slide: float, kick_three: float = 0.0, seconds: float = 24.0,
          seed: int = 5) -> tuple[Features, np.ndarray]:
    """Trap at ``qpm``: kick on 1, clap on 3, sixteenth hats, and an 808 note sliding ``slide``
    times a kick's level on the "and" of 2 (the tracked half's midpoint falls on 2 and 4);
    ``kick_three`` puts that much kick on 3 too (less alternation)."""
    rng = np.random.default_rng(seed)
    q = 60.0 / qpm
    mix, kick_sound, tb = Mix(seconds), kick(), tone(q * 1.8)
    for b in range(int(seconds / (4 * q)) + 1):
        t0, root = b * 4 * q, 55.0 * 2 ** ((0, 5, 7, 3)[b % 4] / 12)
        mix.add(t0, kick_sound)
        mix.add(t0 + 1.0 * q, slide * kick_sound)
        mix.add(t0 + 3.0 * q, slide * kick_sound)
        if kick_three:
            mix.add(t0 + 2 * q, kick_three * kick_sound)
        mix.add(t0 + 2 * q, _clap(rng))
        for j in range(16):
            mix.add(t0 + j * q / 4, hat(rng, 1.0 if j % 2 == 0 else 0.7))
        mix.add(t0, 0.25 * np.sin(2 * np.pi * root * tb) * np.exp(-tb * 2))
    return mix.features(), np.arange(0.0, seconds, q)


def test_h_k_a_ships_on() -> None:
    from audio_sync import beats

    assert beats.HALF_TIME_ALTERNATING_KICK is True  # session 34 record, part 8


def test_the_bound_is_relaxed_only_where_the_kick_alternates(monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_sync import beats
    from audio_sync.half_time import kick_alternation, plain_kick_half_time

    feats, _ = _trap(142.0, slide=0.3)
    half = np.arange(0.0, 23.0, 60.0 / 71.0)  # the tracked half's beats: kick, clap, kick, ...
    assert kick_alternation(feats, half[1:-1]) >= 15.0
    monkeypatch.setattr(beats, "HALF_TIME_ALTERNATING_KICK", False)
    assert not plain_kick_half_time(feats, half, 71.0)  # the slides break H-K's 0.2
    monkeypatch.setattr(beats, "HALF_TIME_ALTERNATING_KICK", True)
    assert plain_kick_half_time(feats, half, 71.0)
    weak, _ = _trap(142.0, slide=0.3, kick_three=0.1)  # a kick on 3 too: alternation under 15
    assert kick_alternation(weak, half[1:-1]) < 15.0
    assert not plain_kick_half_time(weak, half, 71.0)
