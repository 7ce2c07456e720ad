"""Drum and bass tracked at half on its kicks, its snares between the tracked beats
(half_time.snares_between, beats.SNARES_BETWEEN_DOUBLE, K-K of the session 44 record): K-D's
mirror, asked in `_final_level_ratio`; a groove at its own tempo keeps it."""

from __future__ import annotations

import numpy as np
import pytest

from tests.audio_sync.drum_synth import bar_pattern, groove


def test_the_cue_reads_each_condition() -> None:
    """On the half's kick grid (true beats 1 and 3) K-K holds where K-D does not; on the snare
    grid, outside 75-90 BPM, or in a song without drums it does not."""
    from audio_sync.half_time import kicks_between, snares_between

    feats, _ = bar_pattern(172.0, kicks=(0.0, 2.0), snares=(1.0, 3.0), hats_per_beat=1)
    q = 60.0 / 172.0
    on_kicks = np.arange(0.0, 23.0, 2 * q)
    on_snares = on_kicks + q
    assert snares_between(feats, on_kicks, 86.0)
    assert not kicks_between(feats, on_kicks, 86.0)  # what K-K is for: K-D reads the other grid
    assert not snares_between(feats, on_snares, 86.0)
    assert not snares_between(feats, on_kicks, 95.0)  # outside 75-90


def test_k_k_doubles_a_half_grid_on_the_kicks(monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_sync import beats

    feats, _ = bar_pattern(172.0, kicks=(0.0, 2.0), snares=(1.0, 3.0), hats_per_beat=1)
    q = 60.0 / 172.0
    on_kicks = np.arange(0.0, 23.0, 2 * q)
    monkeypatch.setattr(beats, "SNARES_BETWEEN_DOUBLE", False)
    assert beats._final_level_ratio(feats, on_kicks, 86.0) == 1.0  # version 53: kept at half
    monkeypatch.setattr(beats, "SNARES_BETWEEN_DOUBLE", True)
    assert beats._final_level_ratio(feats, on_kicks, 86.0) == 2.0


@pytest.mark.parametrize("style", ["rnb", "trap", "halftime", "onedrop"])
def test_a_groove_at_its_own_tempo_keeps_it(style: str) -> None:
    # At 86 BPM tracked at its tempo the snare (or clap, or rim) is on a tracked beat.
    from audio_sync.half_time import snares_between

    feats, quarters = groove(86.0, style)
    assert not snares_between(feats, quarters, 86.0)


def test_a_plain_rock_beat_at_its_own_tempo_keeps_it() -> None:
    from audio_sync.half_time import snares_between

    feats, quarters = bar_pattern(86.0, kicks=(0.0, 2.0), snares=(1.0, 3.0), hats_per_beat=2)
    assert not snares_between(feats, quarters, 86.0)
