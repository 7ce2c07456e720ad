"""Tap tempo: a run of taps into analysis options (audio_sync.tap_tempo, #15)."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync import tap_tempo

BEATS = tuple(0.2 + 0.6 * np.arange(60))  # 100 BPM


def taps(start: float, period: float, n: int = 8, *, lag: float = tap_tempo.TAP_LAG_S) -> list[float]:
    return [start + lag + period * i for i in range(n)]


def test_the_tempo_is_the_slope_through_the_taps_and_a_missed_tap_is_a_skipped_beat():
    run = taps(5.0, 0.6)
    assert tap_tempo.tapped_bpm(run) == pytest.approx(100.0)
    assert tap_tempo.tapped_bpm(run[:3] + run[4:]) == pytest.approx(100.0)
    rng = np.random.default_rng(1)
    jittered = list(np.asarray(run) + rng.normal(0, 0.02, len(run)))
    assert tap_tempo.tapped_bpm(jittered) == pytest.approx(100.0, rel=0.03)


def test_too_few_too_uneven_or_old_taps_give_no_tempo():
    assert tap_tempo.tapped_bpm(taps(5.0, 0.6, 3)) == 0.0
    assert tap_tempo.tapped_bpm([5.0, 5.6, 5.9, 6.9, 7.1, 7.9]) == 0.0  # scattered
    # a pause longer than MAX_GAP_S starts a new run: only the last three count
    assert tap_tempo.tapped_bpm(taps(5.0, 0.6) + taps(15.0, 0.5, 3)) == 0.0
    assert tap_tempo.tap_run([9.0, 9.5, 3.0, 3.5]) == [3.0, 3.5]  # a seek back starts anew


def test_taps_on_the_beats_set_nothing_and_off_them_move_the_beats_by_that_fraction():
    half = {"shift_half_beat": True, "beat_shift": 0.0}
    assert tap_tempo.tap_choice(taps(5.0, 0.6), BEATS, 100.0, False) == {}
    assert tap_tempo.tap_choice(taps(5.3, 0.6), BEATS, 100.0, False) == half
    assert tap_tempo.tap_choice(taps(5.2, 0.6), BEATS, 100.0, False) == {"shift_half_beat": False,
                                                                         "beat_shift": 0.3333}
    assert tap_tempo.tap_choice(taps(5.4, 0.6), BEATS, 100.0, False)["beat_shift"] == 0.6667
    # the beats were already moved: the taps' offset adds to that shift
    assert tap_tempo.tap_choice(taps(5.3, 0.6), BEATS, 100.0, True) == {"shift_half_beat": False,
                                                                        "beat_shift": 0.0}
    assert tap_tempo.tap_choice(taps(5.1, 0.6), BEATS, 100.0, False, 1 / 3) == {}  # a sixth: none
    assert tap_tempo.tap_choice(taps(5.2, 0.6), BEATS, 100.0, False, 1 / 6) == half
    # 0.2 of a beat late (a slow tapper) is on the beats; 0.42 is near no fraction
    assert tap_tempo.tap_choice(taps(5.12, 0.6), BEATS, 100.0, False) == {}
    assert tap_tempo.tap_choice(taps(5.25, 0.6), BEATS, 100.0, False) == {}


def test_taps_at_another_level_give_a_hint_and_its_phase_is_checked_on_the_new_beats():
    assert tap_tempo.tap_choice(taps(5.0, 1.2), BEATS, 100.0, False) == {
        "bpm_hint": 50.0, "shift_half_beat": False, "beat_shift": 0.0}
    slow = tuple(0.2 + 1.2 * np.arange(30))
    assert tap_tempo.phase_choice(taps(5.0, 1.2), slow, 50.0, False) == {}
    assert tap_tempo.phase_choice(taps(5.6, 1.2), slow, 50.0, False) == {"shift_half_beat": True,
                                                                         "beat_shift": 0.0}
    assert tap_tempo.phase_choice(taps(5.0, 1.2), BEATS, 100.0, False) == {}  # not the tapped tempo


def test_a_tempo_outside_the_hint_range_sets_nothing():
    assert tap_tempo.tap_choice(taps(5.0, 0.15), BEATS, 100.0, False) == {}  # 400 BPM


def test_shifts_that_add_up_to_a_whole_beat_are_the_beats_as_found():
    assert tap_tempo.shift_options(0.6666 + 0.3333) == {"shift_half_beat": False, "beat_shift": 0.0}
    assert tap_tempo.shift_options(0.5 + 0.5) == {"shift_half_beat": False, "beat_shift": 0.0}
    assert tap_tempo.shift_options(0.25 + 0.25) == {"shift_half_beat": True, "beat_shift": 0.0}
