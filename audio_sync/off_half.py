"""Which half of the bar an undrummed duple piece's beats sit on: a learned judge (P-Q-L).

A reel or hornpipe played alone, tracked at its half note, lands on the second and fourth
quarters about one time in five: every quarter carries a note, and no single cue tells the bar's
strong half. P-Q (beats.midpoints_start_bars) reads the bar scores, the harmonic judge
(phase_judge) the chord changes; each is right where it fires and fires rarely. This model weighs
seven cues of the tracked beats against their midpoints, each "positive: the midpoints sound more
like beats":

- ``harmony``: phase_judge.harmonic_contrast, negated (chords change at the midpoints);
- ``act``, ``onsets``, ``low``: the learned activation's, all bands' and the low band's peaks at
  the midpoints over those at the beats (relative difference);
- ``long_notes``: notes held at least 0.4 of a beat that start on a midpoint, minus those on a
  beat, over their count plus one (phrase ends fall on the strong half);
- ``hand``, ``learned``: the bar scores P-Q reads (midpoints' mean minus the beats').

Fitted by ``benchmarks/off_half_learn.py`` (logistic regression on the standardized cues) on the
used renders and training sources the shipped tracker of session 38 tracks at 70-125 BPM, in two
or four, without drums (label: beat F below 0.3 = on the off half, above 0.8 = right); folds by
set gave 11 moved right against 2 moved wrong at THRESHOLD (6 against 0 at 0.9, 15 against 4 at
0.7). The onsets', low band's and learned score's weights come out negative: the cues are
correlated and each weight holds the others fixed, so the model is read as a whole, not cue by
cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from audio_sync.features import Features

if TYPE_CHECKING:
    from audio_sync.beats import Evidence

CUES = ("harmony", "act", "onsets", "low", "long_notes", "hand", "learned")
# benchmarks/off_half_learn.py --write, session 38 (docs/beat-accuracy/2026-12-05-s38-record.md).
MEAN = np.array([-0.0941, -0.1417, -0.1257, -0.1312, -0.2020, -0.6732, -0.7366])
SCALE = np.array([0.0977, 0.2203, 0.2151, 0.2283, 0.3087, 0.6251, 0.5042])
WEIGHTS = np.array([1.9258, 0.7326, -0.5146, -0.4078, 0.4494, 0.4874, -0.4838])
BIAS = -2.4829
# The probability above which the beats move half a beat (the folds: 11 right to 2 wrong).
THRESHOLD = 0.8
LONG_NOTE_BEATS = 0.4  # a held note: at least this share of a beat to the next onset
NEAR_BEATS = 0.12  # an onset this close (share of a beat) to a beat or midpoint starts on it


def _relative(on_mids: float, on_beats: float) -> float:
    return (on_mids - on_beats) / max(abs(on_mids) + abs(on_beats), 1e-12)


def _inside(feats: Features, beats_s: np.ndarray, lead_s: float) -> np.ndarray:
    """The beats without the detector lead, those inside the song."""
    grid = beats_s - lead_s
    return grid[(grid > 0) & (grid < feats.duration_s - 0.05)]


def cues(feats: Features, act: np.ndarray, down: np.ndarray | None, onsets_s: np.ndarray,
         beats_s: np.ndarray, *, lead_s: float) -> np.ndarray | None:
    """The seven cues (CUES order) of ``beats_s`` (times including the detector lead ``lead_s``;
    ``onsets_s`` likewise), or None where too few beats sound inside the song."""
    grid = _inside(feats, beats_s, lead_s)
    if grid.size < 16 or beats_s.size < 16:
        return None
    return _cues_inside(feats, act, down, onsets_s, beats_s, grid, lead_s)


def _cues_inside(feats: Features, act: np.ndarray, down: np.ndarray | None, onsets_s: np.ndarray,
                 beats_s: np.ndarray, grid: np.ndarray, lead_s: float) -> np.ndarray:
    from audio_sync.beats import _midpoints, bar_score_excesses, peaks_at
    from audio_sync.phase_judge import harmonic_contrast

    fr = feats.frame_rate_hz
    on, mids = grid[:-1], _midpoints(grid)

    def contrast(env: np.ndarray) -> float:
        return _relative(float(peaks_at(env, mids, fr).mean()), float(peaks_at(env, on, fr).mean()))

    notes = np.asarray(onsets_s, dtype=np.float64) - lead_s
    long_notes = 0.0
    if notes.size > 4:
        held = notes[:-1][np.diff(notes) >= LONG_NOTE_BEATS * float(np.median(np.diff(grid)))]
        k = np.clip(np.searchsorted(grid, held) - 1, 0, grid.size - 2)
        phase = (held - grid[k]) / (grid[k + 1] - grid[k])
        at_beats = int(np.sum((phase < NEAR_BEATS) | (phase > 1.0 - NEAR_BEATS)))
        at_mids = int(np.sum(np.abs(phase - 0.5) < NEAR_BEATS))
        long_notes = (at_mids - at_beats) / (at_mids + at_beats + 1)
    hand, learned = bar_score_excesses(feats, beats_s, down)
    return np.array([-harmonic_contrast(feats, grid), contrast(act), contrast(feats.onset_full),
                     contrast(feats.onset_low), long_notes, hand, learned])


def says_off(feats: Features, ev: Evidence, beats_s: np.ndarray, *, lead_s: float) -> bool:
    """Whether the model puts these beats on the off half of the bar (probability over
    THRESHOLD). Beats that divide in three (a jig in 6/8 counted in dotted quarters) are left
    alone: half a beat is no metrical position there, and the model never saw them (P-Q-L, without
    this, moved three jigs off their beats)."""
    from audio_sync.meter import is_compound

    grid = _inside(feats, beats_s, lead_s)
    if ev.act is None or is_compound(feats, grid) or grid.size < 16 or beats_s.size < 16:
        return False
    values = _cues_inside(feats, ev.act, ev.down, np.asarray(ev.onsets_s), beats_s, grid, lead_s)
    return bool(probability_off(values) > THRESHOLD)


def probability_off(values: np.ndarray,
                    model: tuple[np.ndarray, np.ndarray, np.ndarray, float] | None = None) -> np.ndarray:
    """The probability that beats with these cues (one row per grid) sit on the off half of the
    bar, under ``model`` (mean, scale, weights, bias; the shipped fit by default)."""
    mean, scale, weights, bias = model if model is not None else (MEAN, SCALE, WEIGHTS, BIAS)
    return 1.0 / (1.0 + np.exp(-(((values - mean) / scale) @ weights + bias)))
