"""Tap tempo: the creator taps along with the song, and the taps say both the tempo they hear and
where its beats fall.

The analysis's misses at the right tempo are mostly notation (a reel's half note or its quarter)
or phase (an undrummed tune tracked between its beats). Both are the creator's to say, and a few
taps say both at once. This turns a run of taps into the analysis options a creator could also
pick in the Tempo menu: nothing when the beats already agree with the taps, the beats moved by the
fraction of a beat the taps sit off them (a half, a third...), or a ``bpm_hint`` at the tapped
tempo when the taps are at another metrical level (whose phase is checked again once those beats
exist: ``phase_choice``).
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
# The fractions of a beat the taps may move the beats by (the analysis's beat_shift; a half is its
# shift_half_beat): a jig tracked on its second or third eighth is a third or two thirds off, an
# undrummed tune tracked between its beats a half. The taps' mean phase on the beats (less
# TAP_LAG_S) moves them to the nearest of these within SNAP; anything else leaves them, and a
# phase under a quarter of a beat is on the beats. Quarters are not offered: a sloppy tapper 40 ms
# late on a 174 BPM song reads as a quarter (benchmarks/tap_tempo.py: drum and bass to F 0).
FRACTIONS = (1 / 3, 1 / 2, 2 / 3)
SNAP = 0.08


def tap_run(taps_s: list[float], max_gap_s: float = MAX_GAP_S) -> list[float]:
    """The last run of taps: from the newest back to the first gap over ``max_gap_s`` or the
    first tap that is not earlier than the one after it."""
    run: list[float] = []
    for t in reversed(taps_s):
        if run and not (0.0 < run[-1] - t <= max_gap_s):
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


def tap_phase(taps_s: list[float], beats_s: tuple[float, ...] | np.ndarray) -> float | None:
    """The taps' circular mean phase on the beat grid: each tap's distance, less TAP_LAG_S, after
    the beat before it, in beat periods (0..1); None with fewer than MIN_TAPS taps among the
    beats."""
    beats = np.asarray(beats_s, dtype=np.float64)
    heard = [t - TAP_LAG_S for t in tap_run(taps_s)]
    taps = np.asarray([t for t in heard if beats.size >= 2 and beats[0] <= t < beats[-1]])
    if taps.size < MIN_TAPS:
        return None
    i = np.searchsorted(beats, taps, side="right") - 1
    phase = (taps - beats[i]) / (beats[i + 1] - beats[i])
    return float(np.angle(np.mean(np.exp(2j * np.pi * phase)))) / (2 * np.pi) % 1.0


def snapped(phase: float | None) -> float:
    """The fraction of FRACTIONS within SNAP of ``phase`` (0: none, or no phase)."""
    if phase is None:
        return 0.0
    best = min(FRACTIONS, key=lambda f: abs(phase - f))
    return best if abs(phase - best) <= SNAP else 0.0


def shift_options(total: float) -> dict[str, float | bool]:
    """The analysis options for beats ``total`` of a beat after the tracker's (a half is
    shift_half_beat, as the Tempo menu sets it; any other fraction beat_shift)."""
    total = round(total % 1.0, 4)
    total = 0.0 if min(total, 1.0 - total) < 0.01 else total  # a whole beat: as found
    half = abs(total - 0.5) < 1e-3
    if half:  # the shift turned off first: the two are never on together, even between edits
        return {"beat_shift": 0.0, "shift_half_beat": True}
    return {"shift_half_beat": False, "beat_shift": total}


def tap_choice(taps_s: list[float], beats_s: tuple[float, ...] | np.ndarray, tempo_bpm: float,
               shift_half_beat: bool, beat_shift: float = 0.0) -> dict[str, float | bool]:
    """The analysis options the taps ask for (empty: the beats agree with them, or too few taps).
    ``shift_half_beat`` and ``beat_shift``: the shift the beats were found with. At the same
    tempo, taps a fraction of a beat off (FRACTIONS) move the beats by it; at another tempo,
    ``bpm_hint`` (rounded to 0.1 BPM) with no shift, whose phase ``phase_choice`` checks on the
    new beats."""
    bpm = tapped_bpm(taps_s)
    if bpm <= 0 or not HINT_MIN_BPM <= bpm <= HINT_MAX_BPM:
        return {}
    if tempo_bpm > 0 and abs(bpm / tempo_bpm - 1.0) <= SAME_LEVEL:
        off = snapped(tap_phase(taps_s, beats_s))
        return shift_options((0.5 if shift_half_beat else beat_shift) + off) if off else {}
    return {"bpm_hint": round(bpm, 1), "shift_half_beat": False, "beat_shift": 0.0}


def phase_choice(taps_s: list[float], beats_s: tuple[float, ...] | np.ndarray, tempo_bpm: float,
                 shift_half_beat: bool, beat_shift: float = 0.0) -> dict[str, float | bool]:
    """After the song was tracked again at the tapped tempo: the shift the taps ask of the new
    beats (and only if the tempo is the tapped one), else nothing."""
    choice = tap_choice(taps_s, beats_s, tempo_bpm, shift_half_beat, beat_shift)
    return {} if "bpm_hint" in choice else choice
