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

import numpy as np

from audio_sync.features import Features

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


def cues(feats: Features, act: np.ndarray, down: np.ndarray | None, onsets_s: np.ndarray,
         beats_s: np.ndarray, *, lead_s: float) -> np.ndarray | None:
    """The seven cues (CUES order) of ``beats_s`` (times including the detector lead ``lead_s``;
    ``onsets_s`` likewise), or None where too few beats sound inside the song."""
    from audio_sync import downbeat_model
    from audio_sync.beats import _midpoints, peaks_at
    from audio_sync.meter import MODEL_CUES, _hand_score, _net_read, beat_cues
    from audio_sync.phase_judge import harmonic_contrast

    grid = beats_s - lead_s
    grid = grid[(grid > 0) & (grid < feats.duration_s - 0.05)]
    if grid.size < 16 or beats_s.size < 16:
        return None
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
    both = np.empty(2 * beats_s.size - 1)
    both[0::2], both[1::2] = beats_s, _midpoints(beats_s)
    read = _net_read(feats, both, down)
    hand = _hand_score(feats, both, read)
    learned = downbeat_model.score(beat_cues(feats, both, read, MODEL_CUES))
    return np.array([-harmonic_contrast(feats, grid), contrast(act), contrast(feats.onset_full),
                     contrast(feats.onset_low), long_notes,
                     float(hand[1::2].mean() - hand[0::2].mean()),
                     float(learned[1::2].mean() - learned[0::2].mean())])


def probability_off(values: np.ndarray) -> float:
    """The model's probability that beats with these cues sit on the off half of the bar."""
    z = float(((values - MEAN) / SCALE) @ WEIGHTS + BIAS)
    return 1.0 / (1.0 + np.exp(-z))
