"""Tap tempo: the creator taps along with the song, and the taps say both the tempo they hear and
where its beats fall.

The analysis's misses at the right tempo are mostly notation (a reel's half note or its quarter)
or phase (an undrummed tune tracked between its beats). Both are the creator's to say, and a few
taps say both at once. This turns a run of taps into the analysis options a creator could also
pick in the Tempo menu: nothing when the beats already agree with the taps, "half a beat later"
when the taps fall between them, or a ``bpm_hint`` at the tapped tempo when the taps are at
another metrical level (whose phase is checked again once those beats exist: ``phase_choice``).
"""

from __future__ import annotations

import numpy as np

from audio_sync.tempo_hint import HINT_MAX_BPM, HINT_MIN_BPM, HINT_TOLERANCE

MIN_TAPS = 4
# A longer pause (or a tap before the last, after a seek back) starts a new run of taps: a missed
# tap at 40 BPM leaves 3 s.
MAX_GAP_S = 3.0
# Taps further off their fitted line than this (r.m.s., in beat periods) are too uneven to set
# anything: a fast song tapped sloppily can fit a wrong count of beats.
MAX_SCATTER = 0.15
# The tapped tempo is the beats' tempo within this (the tempo hint's own tolerance, HINT_TOLERANCE):
# then only their phase is in question. Taps are rough; the tracker's tempo is measured.
SAME_LEVEL = HINT_TOLERANCE
# How late a tap lands after the beat the creator hears, taken off before the phase is read: the
# playhead runs ahead of the sound by the audio output's latency, and the hand adds its own.
TAP_LAG_S = 0.05
# Taps whose mean phase on the beats (beat periods after a beat) falls within this span sit half a
# beat from them: a tapper a further 50 ms late is still inside it below 180 BPM. Taps a third of a
# beat off (a jig tracked on its second eighth) are outside it: half a beat would not mend those.
BETWEEN = (0.35, 0.65)


def tap_run(taps_s: list[float]) -> list[float]:
    """The last run of taps: from the newest back to the first gap over MAX_GAP_S or the first
    tap that is not earlier than the one after it."""
    run: list[float] = []
    for t in reversed(taps_s):
        if run and not (0.0 < run[-1] - t <= MAX_GAP_S):
            break
        run.append(t)
    return run[::-1]


def tapped_bpm(taps_s: list[float]) -> float:
    """The tempo of the last run of taps, or 0 with fewer than MIN_TAPS or taps too uneven
    (MAX_SCATTER): the slope of a line through the taps against their beat numbers, a missed tap
    counting as a skipped beat (more exact than any one interval: eight taps with 35 ms of jitter
    give the period within ~2 %)."""
    run = np.asarray(tap_run(taps_s))
    if run.size < MIN_TAPS:
        return 0.0
    gaps = np.diff(run)
    beats = np.concatenate([[0.0], np.cumsum(np.maximum(1.0, np.round(gaps / np.median(gaps))))])
    period, start = (float(c) for c in np.polyfit(beats, run, 1))
    scatter = float(np.sqrt(np.mean((run - (start + period * beats)) ** 2)))
    return 60.0 / period if period > 0 and scatter <= MAX_SCATTER * period else 0.0


def between_beats(taps_s: list[float], beats_s: tuple[float, ...] | np.ndarray) -> bool:
    """Whether the taps sit between the beats: their circular mean phase on the beat grid (each
    tap's distance, less TAP_LAG_S, after the beat before it, in beat periods) lies in BETWEEN."""
    beats = np.asarray(beats_s, dtype=np.float64)
    heard = [t - TAP_LAG_S for t in tap_run(taps_s)]
    taps = np.asarray([t for t in heard if beats.size >= 2 and beats[0] <= t < beats[-1]])
    if taps.size < MIN_TAPS:
        return False
    i = np.searchsorted(beats, taps, side="right") - 1
    phase = (taps - beats[i]) / (beats[i + 1] - beats[i])
    angle = float(np.angle(np.mean(np.exp(2j * np.pi * phase)))) / (2 * np.pi) % 1.0
    return BETWEEN[0] <= angle <= BETWEEN[1]


def tap_choice(taps_s: list[float], beats_s: tuple[float, ...] | np.ndarray, tempo_bpm: float,
               shift_half_beat: bool) -> dict[str, float | bool]:
    """The analysis options the taps ask for (empty: the beats agree with them, or too few taps):
    the same tempo with the taps between the beats toggles ``shift_half_beat``; another tempo
    gives ``bpm_hint`` (rounded to 0.1 BPM) with the shift off, whose phase ``phase_choice``
    checks on the new beats."""
    bpm = tapped_bpm(taps_s)
    if bpm <= 0 or not HINT_MIN_BPM <= bpm <= HINT_MAX_BPM:
        return {}
    if tempo_bpm > 0 and abs(bpm / tempo_bpm - 1.0) <= SAME_LEVEL:
        return {"shift_half_beat": not shift_half_beat} if between_beats(taps_s, beats_s) else {}
    return {"bpm_hint": round(bpm, 1), "shift_half_beat": False}


def phase_choice(taps_s: list[float], beats_s: tuple[float, ...] | np.ndarray, tempo_bpm: float,
                 shift_half_beat: bool) -> dict[str, bool]:
    """After the song was tracked again at the tapped tempo: half a beat later if the taps fall
    between the new beats (and the tempo is the tapped one), else nothing."""
    choice = tap_choice(taps_s, beats_s, tempo_bpm, shift_half_beat)
    return {"shift_half_beat": bool(choice["shift_half_beat"])} if set(choice) == {"shift_half_beat"} else {}
