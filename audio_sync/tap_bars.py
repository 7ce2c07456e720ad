"""Tapping the bars: the creator taps the first beat of each bar, and the taps say how many beats
a bar holds and on which beat it starts.

Where the beats are right the bars often are not: a 4/4 song counted in 2-beat bars, drum and bass
starting its bars a beat late (benchmarks/bar_choice.py). The Bars menu fixes most in one or two
clicks, if the creator can tell which entry they hear; tapping the 1s says it directly. The taps
become the options of the Bars menu: ``beats_per_bar`` when the taps are another number of beats
apart, and ``bar_shift`` to start the bars on the tapped beat (checked again on the new bars when
the length changed: ``bar_phase_choice``).
"""

from __future__ import annotations

import numpy as np

from audio_sync.beats import nearest_beat
from audio_sync.tap_tempo import TAP_LAG_S, tap_run
from audio_sync.tempo_hint import MAX_BEATS_PER_BAR, MIN_BEATS_PER_BAR

MIN_BAR_TAPS = 3
# A bar of 4 at 50 BPM lasts 4.8 s; a missed tap doubles it.
MAX_BAR_GAP_S = 10.0
# A tap further than this from every beat (in beats) is on no beat, and does not count.
ON_BEAT = 0.3


def tapped_beats(taps_s: list[float], beats_s: tuple[float, ...] | np.ndarray) -> np.ndarray:
    """The index of the beat each tap of the last run falls on (less TAP_LAG_S), for the taps
    within ON_BEAT of one."""
    beats = np.asarray(beats_s, dtype=np.float64)
    if beats.size < 2:
        return np.zeros(0, dtype=np.int64)
    heard = np.asarray(tap_run(taps_s, MAX_BAR_GAP_S)) - TAP_LAG_S
    nearest = nearest_beat(beats, heard)
    period = np.median(np.diff(beats))
    return nearest[np.abs(beats[nearest] - heard) <= ON_BEAT * period]


def tapped_bar(taps_s: list[float], beats_s: tuple[float, ...] | np.ndarray) -> tuple[int, int] | None:
    """(beats per bar, index of a beat that starts a bar) from taps on the bars' first beats, or
    None: fewer than MIN_BAR_TAPS on beats, taps that disagree (a bar length that does not divide
    every gap; a missed tap is a gap of two bars), or a length outside 2..12."""
    idx = np.unique(tapped_beats(taps_s, beats_s))
    if idx.size < MIN_BAR_TAPS:
        return None
    gaps = np.diff(idx)
    n = int(np.min(gaps))
    if not MIN_BEATS_PER_BAR <= n <= MAX_BEATS_PER_BAR or np.any(gaps % n):
        return None
    return n, int(idx[0])


def bar_tap_choice(taps_s: list[float], beats_s: tuple[float, ...] | np.ndarray,
                   downbeats_s: tuple[float, ...] | np.ndarray, beats_per_bar: int,
                   bar_shift: int) -> dict[str, int]:
    """The Bars menu options the taps ask for (empty: the bars agree, or the taps say nothing).
    ``beats_per_bar`` and ``bar_shift``: the bars in force. Taps a different number of beats apart
    set ``beats_per_bar`` (and no shift: the new bars' start is checked by ``bar_phase_choice``
    once they exist); taps on another beat of bars of this length set ``bar_shift``."""
    bar = tapped_bar(taps_s, beats_s)
    if bar is None:
        return {}
    n, start = bar
    if n != beats_per_bar:
        return {"beats_per_bar": n, "bar_shift": 0}
    return bar_phase_choice(taps_s, beats_s, downbeats_s, beats_per_bar, bar_shift)


def bar_phase_choice(taps_s: list[float], beats_s: tuple[float, ...] | np.ndarray,
                     downbeats_s: tuple[float, ...] | np.ndarray, beats_per_bar: int,
                     bar_shift: int) -> dict[str, int]:
    """The ``bar_shift`` that starts the bars in force on the tapped beats (empty: they already
    do, or the taps are not bars of this length). The shift counts from the bars as found, so
    the one in force is taken off first."""
    bar = tapped_bar(taps_s, beats_s)
    beats = np.asarray(beats_s, dtype=np.float64)
    downs = np.searchsorted(beats, np.asarray(downbeats_s, dtype=np.float64) - 1e-6)
    if bar is None or bar[0] != beats_per_bar or downs.size == 0:
        return {}
    n, start = bar
    phases = (downs % n).tolist()
    now = max(set(phases), key=phases.count)  # the bars' start in force, as a beat index mod n
    if now == start % n:
        return {}
    found = (now - bar_shift) % n
    return {"bar_shift": int((start - found) % n)}
