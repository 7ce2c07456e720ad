"""Tapping the bars' first beats: taps into Bars menu options (audio_sync.tap_bars, #15)."""

from __future__ import annotations

import numpy as np

from audio_sync import tap_bars
from audio_sync.tap_tempo import TAP_LAG_S

BEATS = 0.2 + 0.5 * np.arange(80)  # 120 BPM
FOURS = BEATS[1::4]  # 4-beat bars starting on beat 1 (a pickup of one beat)


def on(indices: list[int], *, late: float = TAP_LAG_S) -> list[float]:
    return [float(BEATS[i]) + late for i in indices]


def test_taps_on_the_ones_give_the_bar_length_and_start():
    assert tap_bars.tapped_bar(on([9, 13, 17, 21]), BEATS) == (4, 9)
    assert tap_bars.tapped_bar(on([9, 13, 21, 25]), BEATS) == (4, 9)  # a missed tap: two bars
    assert tap_bars.tapped_bar(on([9, 12, 15, 18]), BEATS) == (3, 9)
    assert tap_bars.tapped_bar(on([9, 13]), BEATS) is None  # too few
    assert tap_bars.tapped_bar(on([9, 13, 16, 20]), BEATS) is None  # they disagree
    assert tap_bars.tapped_bar(on([9, 10, 11, 12]), BEATS) is None  # every beat: no bar
    assert tap_bars.tapped_bar(on([9, 13, 17], late=0.25), BEATS) is None  # between the beats


def test_bars_in_force_that_agree_need_nothing_and_others_are_shifted():
    assert tap_bars.bar_tap_choice(on([9, 13, 17, 21]), BEATS, FOURS, 4, 0) == {}
    # the taps on beat 3 of the bars found: start the bars two beats later
    assert tap_bars.bar_tap_choice(on([11, 15, 19, 23]), BEATS, FOURS, 4, 0) == {"bar_shift": 2}
    # bars in force already shifted by 2 (they start on beat 3 of the found ones), taps on beat 4
    shifted = BEATS[3::4]
    assert tap_bars.bar_tap_choice(on([12, 16, 20]), BEATS, shifted, 4, 2) == {"bar_shift": 3}
    assert tap_bars.bar_tap_choice(on([9, 13, 17]), BEATS, shifted, 4, 2) == {"bar_shift": 0}


def test_taps_another_length_apart_set_it_and_the_start_is_checked_on_the_new_bars():
    twos = BEATS[1::2]
    assert tap_bars.bar_tap_choice(on([10, 14, 18, 22]), BEATS, twos, 2, 0) == {"beats_per_bar": 4,
                                                                                "bar_shift": 0}
    # the new 4-beat bars start on beat 1; the taps are on beat 2 of them
    assert tap_bars.bar_phase_choice(on([10, 14, 18, 22]), BEATS, FOURS, 4, 0) == {"bar_shift": 1}
    assert tap_bars.bar_phase_choice(on([10, 14, 18, 22]), BEATS, twos, 2, 0) == {}  # not these bars
