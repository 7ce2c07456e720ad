"""Trap tracked at half whose 808 slides reach the tracked beats' midpoints is tracked again at
its tempo where its kick alternates strongly (H-K-A, beats.HALF_TIME_ALTERNATING_KICK, session 34
record part 7); a groove whose kick alternates less keeps H-K's 0.2 bound. The shipped tracker already reads this
synthetic trap at its tempo (through H-T), so the cue is tested on the tracked half's beats."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync.features import Features
from tests.audio_sync.drum_synth import bar_pattern


def _trap(qpm: float, *, slide: float, kick_three: float = 0.0) -> tuple[Features, np.ndarray]:
    """Trap at ``qpm``: kick on 1, clap on 3, sixteenth hats, and an 808 slide ``slide`` times a
    kick's level on 2 and 4 (the tracked half's midpoints); ``kick_three`` puts that much kick on
    3 too (less alternation)."""
    return bar_pattern(qpm, kicks=(0.0, 1.0, 3.0, 2.0), kick_levels=(1.0, slide, slide, kick_three),
                       snares=(2.0,), claps=True, hats_per_beat=4, off_hat=0.7)


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
