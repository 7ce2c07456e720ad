"""The phrase-gap guard of the rule level (metrical_level.phrase_gap, net_beats, beats.PHRASE_GAP_GUARD):
a folk waltz whose melody holds one beat in each two-bar phrase is not read as a subdivision."""

from __future__ import annotations

import numpy as np

from audio_sync import beats
from audio_sync.metrical_level import net_beats, phrase_gap


def test_a_gap_at_one_phase_of_every_third_weak_pulse_is_a_phrase_not_a_subdivision() -> None:
    waltz = np.array([1, 1, 1, 0, 1, 1] * 10, dtype=bool)  # the carried beats of padespan_guitar
    assert phrase_gap(waltz[1::2])  # the weaker parity: every third of its pulses is the gap
    subdivision = np.array([1, 0] * 30, dtype=bool)
    assert not phrase_gap(subdivision[1::2])  # every pulse of the weak parity carries nothing
    scattered = np.array([1, 0, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1] * 3, dtype=bool)
    assert not phrase_gap(scattered)  # gaps at every phase
    assert not phrase_gap(np.ones(12, dtype=bool)) and not phrase_gap(np.zeros(4, dtype=bool))


def test_the_net_calls_a_waltzs_quarters_beats_and_a_jigs_eighths_not() -> None:
    """net_beats: the activation at >= 0.5 on three quarters of the pulses (padespan_guitar's
    first grid: five phases in six; a slow jig in eighths: two in six)."""
    fr = 43.0
    pulses = np.arange(1, 61) * 0.5
    waltz, jig = np.zeros(int(32 * fr)), np.zeros(int(32 * fr))
    for k, t in enumerate(pulses):
        waltz[int(round(t * fr))] = 0.05 if k % 6 == 4 else 0.9
        jig[int(round(t * fr))] = 0.95 if k % 3 == 1 else 0.05
    assert net_beats(waltz, pulses, fr) and not net_beats(jig, pulses, fr)
    assert not net_beats(None, pulses, fr)


def test_the_guard_ships_on() -> None:
    assert beats.PHRASE_GAP_GUARD  # session 30, record part 13
