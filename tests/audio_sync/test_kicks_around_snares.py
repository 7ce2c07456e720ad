"""Drum and bass tracked at half on its snares, with its kick around them rather than clearly
between (half_time.kicks_around_snares, beats.KICKS_AROUND_SNARES, K-S of the session 34 record,
shipped in the form asked on settled beats): tracked again at its tempo; a groove at its own tempo
keeps it."""

from __future__ import annotations

import mir_eval
import numpy as np
import pytest

from audio_sync.features import Features
from tests.audio_sync.drum_synth import bar_pattern, groove


def _dnb(qpm: float) -> tuple[Features, np.ndarray]:
    """Two-step drum and bass (kick on 1 and the "and" of 3, snare on 2 and 4, a hat on every
    quarter) whose snare has a low body half a kick's level, as the synthesized kits' snares do:
    the kick band then reads the snares too, under K-D's 2.0."""
    return bar_pattern(qpm, kicks=(0.0, 2.5), snares=(1.0, 3.0), hats_per_beat=1, snare_body=0.5)


def _tempo(monkeypatch: pytest.MonkeyPatch, on: bool, feats: Features) -> tuple[np.ndarray, float]:
    from audio_sync import beats

    monkeypatch.setattr(beats, "KICKS_AROUND_SNARES", on)
    beats_s, _, tempo = beats.track_beats(feats)
    return beats_s, tempo


def test_k_s_ships_on() -> None:
    from audio_sync import beats

    assert beats.KICKS_AROUND_SNARES is True  # session 34 record, part 5


def test_drum_and_bass_read_at_half_on_its_snares_goes_to_its_tempo(
        monkeypatch: pytest.MonkeyPatch) -> None:
    feats, quarters = _dnb(172.0)
    _, off = _tempo(monkeypatch, False, feats)
    assert abs(off / 86.0 - 1) <= 0.02  # the failure the switch is for
    beats_s, on = _tempo(monkeypatch, True, feats)
    assert abs(on / 172.0 - 1) <= 0.02
    trim = mir_eval.beat.trim_beats
    assert mir_eval.beat.f_measure(trim(quarters), trim(beats_s)) >= 0.9


def test_k_s_alone_takes_the_k_d_groove_to_its_tempo(monkeypatch: pytest.MonkeyPatch) -> None:
    """K-S has no upper bound on the kick between the beats, so the two-step K-D's tests double
    is K-S's too: with K-D off, K-S alone takes it from 86 to 172."""
    from audio_sync import beats

    feats, _ = groove(172.0, "dnb")
    monkeypatch.setattr(beats, "KICKS_BETWEEN_DOUBLE", False)
    monkeypatch.setattr(beats, "KICKS_AFTER_DBN", False)
    _, off = _tempo(monkeypatch, False, feats)
    assert abs(off / 86.0 - 1) <= 0.02
    _, on = _tempo(monkeypatch, True, feats)
    assert abs(on / 172.0 - 1) <= 0.02


def test_the_cue_reads_each_condition() -> None:
    """On the half's beats (the snares) K-S holds where K-D does not; outside 75-90 BPM, on the
    kicks' own alternating grid, or with the snare between the beats it does not."""
    from audio_sync import beats
    from audio_sync.half_time import kick_alternation, kicks_around_snares, kicks_between

    feats, _ = _dnb(172.0)
    q = 60.0 / 172.0
    on_snares = np.arange(q, 23.0, 2 * q)
    assert kicks_around_snares(feats, on_snares, 86.0)
    assert not kicks_between(feats, on_snares, 86.0)  # what K-S is for: K-D's 2.0 misses it
    assert not kicks_around_snares(feats, on_snares, 95.0)  # outside 75-90
    on_bars = np.arange(0.0, 23.0, 4 * q)  # kick on each, snare between: the mid band test fails
    assert not kicks_around_snares(feats, on_bars, 86.0)
    assert kick_alternation(feats, on_snares[1:-1]) < 1.7
    assert not beats.drums_absent(feats)


def test_a_groove_at_its_own_tempo_keeps_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # R&b at 86: kick on 1, the "and" of 2 and of 3, snare on 2 and 4; the kick alternates on
    # the beats (on 1 and 3's neighbourhood, not on 2 and 4).
    from audio_sync.half_time import kicks_around_snares

    feats, quarters = groove(86.0, "rnb")
    assert not kicks_around_snares(feats, quarters, 86.0)
    _, off = _tempo(monkeypatch, False, feats)
    _, on = _tempo(monkeypatch, True, feats)
    assert on == off


def test_k_s_is_not_asked_before_the_dbn_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """K-S among the first final checks doubled modules passing through two thirds of their
    tempo before the DBN's 3/2 check took them to it (K-S, record part 3): it is asked only on
    settled beats, so `_final_level_ratio` never reads it."""
    from audio_sync import beats, half_time

    feats, _ = _dnb(172.0)
    monkeypatch.setattr(beats, "KICKS_AROUND_SNARES", True)
    monkeypatch.setattr(half_time, "kicks_around_snares", lambda *a: True)
    q = 60.0 / 172.0
    assert beats._final_level_ratio(feats, np.arange(q, 23.0, 2 * q), 86.0) == 1.0
    assert beats._kicks_around_snares(feats, np.arange(q, 23.0, 2 * q), 86.0)
