"""Half-beat phase from harmonic rhythm: chords change on beats, passing notes fall between.

In drum-less keyboard and quartet music the louder notes are often off the beat (syncopated
right-hand figures, repeated eighths after a rest), so onsets and the learned activation can
both prefer the grid half a beat out (cpebach_h186, haydn_op74n1_finale on the dev sets).
What stays on the beat there is where the harmony changes. Over half-beat spans, the chroma
changes more at the true beats than at the midpoints; the tracked grid is moved by half a
beat when that contrast favours the midpoints, the activation is nearly undecided (the moved
grid keeps at least ``ACT_RATIO`` of the activation on its beats) and no kick drum marks the
grid. Songs whose beats divide in three (6/8, 9/8) are left alone: half a beat is no
metrical position there. The DP sometimes changes its mind about the phase mid-song; the
judge then decides each stretch between such slides on its own.

Chosen on the dev sets and the training renders (real-train, real-train2), never on a held-out
set. On 294 excerpts (dev, dev2, train, train2) it raises F on 8 (cpebach_h186 0.00 -> 1.00,
haydn_op74n1_finale 0.30 -> 0.97, bobtaylors_clog 0.75 -> 0.98, five training renders) and
lowers it (by over 0.02) on none; synthetic songs and change songs are unchanged (notes of
b15phase, session 5; since the three-net ensemble the net's veto keeps cpebach_h186 off the
beats). Off from session 5 to 37 (its held-out record was mixed); on since session 38, judged at
version 50 on every used set and a pristine one (beats.HARMONIC_PHASE).
"""

from __future__ import annotations

import numpy as np

from audio_sync.features import Features

# Chroma change at the beats minus that at the midpoints (cosine distance between half-beat
# spans) below which the midpoints are where the harmony moves.
MIN_CONTRAST = 0.01
# The half-beat grid must keep this share of the activation on its beats: where the net is
# sure (ratio 0.0-0.65 on correctly tracked reels and jigs whose harmony contrast misleads),
# it wins. Session 5 set 0.82; with the three-net activation the judge's wrong moves on the
# training sources all have <= 0.985 and its right ones (undrummed reels and hornpipes) >= 1.001:
# the midpoint of that gap, i.e. the net must not prefer the tracked grid at all
# (docs/beat-accuracy/2026-12-01-s15-decision.md, part 5).
ACT_RATIO = 0.993
# A kick drum on the beats outweighs the harmony: the judge stays out when the kick band's flux
# at the midpoints is below this share of that at the beats (a generator song with off-beat
# stabs, hats and a syncopated bass: 0.56; the drum-less renders it fixes: 0.70-1.07).
KICK_RATIO = 0.65
MIN_BEATS = 16
SLIDE_WINDOW = 16  # beats each side for the local median interval that phase slides are read on


def _span_chroma(chroma: np.ndarray, edges_s: np.ndarray, fr: float) -> np.ndarray:
    """Unit-norm mean chroma over each span between consecutive edges, (n_edges - 1, 12)."""
    n = chroma.shape[1]
    e = np.clip(np.round(edges_s * fr).astype(np.int64), 0, n)
    cs = np.concatenate([np.zeros((chroma.shape[0], 1)), np.cumsum(chroma, axis=1)], axis=1)
    lo = np.minimum(e[:-1], n - 1)
    hi = np.minimum(np.maximum(e[1:], lo + 1), n)
    mean = ((cs[:, hi] - cs[:, lo]) / (hi - lo)).T
    unit: np.ndarray = mean / (np.linalg.norm(mean, axis=1, keepdims=True) + 1e-9)
    return unit


def harmonic_contrast(feats: Features, beats_s: np.ndarray) -> float:
    """Mean chroma change at the beats minus at the midpoints (half-beat spans); > 0 when
    the harmony moves on the beats."""
    mids = beats_s[:-1] + np.diff(beats_s) / 2.0
    edges = np.empty(2 * beats_s.size - 1)
    edges[0::2], edges[1::2] = beats_s, mids
    u = _span_chroma(feats.chroma.astype(np.float64), edges, feats.frame_rate_hz)
    change = 1.0 - np.sum(u[1:] * u[:-1], axis=1)  # change[j] at edges[j + 1]
    return float(change[1::2].mean() - change[0::2].mean())


def half_beat_later(beats_s: np.ndarray) -> np.ndarray:
    """Every beat moved half of its following interval later (the last by the one before)."""
    ibi = np.diff(beats_s)
    return beats_s + 0.5 * np.append(ibi, ibi[-1])


def _ratio(env: np.ndarray, grid: np.ndarray, mids: np.ndarray, fr: float) -> float:
    """Mean envelope peak at the midpoints over that at the grid (1.0 when both are silent)."""
    from audio_sync.beats import peaks_at

    on = float(peaks_at(env, grid, fr).mean())
    return float(peaks_at(env, mids, fr).mean()) / on if on > 1e-12 else 1.0


def phase_slides(beats_s: np.ndarray, *, span: int = 6, flat: float = 0.2,
                 slide: float = 0.3) -> list[int]:
    """Beat indices where the grid slides by at least ``slide`` of a beat within ``span``
    beats while holding its phase for ``span`` beats on each side (the DP changing its mind
    about the phase mid-song: haydn_op74n1_finale is half a beat out for 27 s, then right);
    a tempo step (the interval differs by 5 % or more across it) is no slide. The phase is
    the running sum of each interval's excess over the local median interval."""
    ibi = np.diff(beats_s)
    if ibi.size < 3 * span:
        return []
    win = np.lib.stride_tricks.sliding_window_view(np.pad(ibi, SLIDE_WINDOW, mode="edge"),
                                                   2 * SLIDE_WINDOW + 1)
    phase = np.concatenate([[0.0], np.cumsum(ibi / np.median(win, axis=1) - 1.0)])
    run = np.median(np.lib.stride_tricks.sliding_window_view(ibi, span), axis=1)  # ibi[j:j+span]
    cuts, k = [], span
    while k < phase.size - 2 * span:
        before, after = phase[k - span:k + 1], phase[k + span:k + 2 * span + 1]
        steady = abs(run[k - span] / run[k + span] - 1) < 0.05
        if (abs(phase[k + span] - phase[k]) >= slide and np.ptp(before) < flat
                and np.ptp(after) < flat and steady):
            cuts.append(k + span // 2)
            k += 2 * span
        else:
            k += 1
    return cuts


def judge_segments(feats: Features, act: np.ndarray | None, beats_s: np.ndarray, *,
                   lead_s: float) -> np.ndarray:
    """``judge_half_beat`` on each stretch between phase slides, so a song tracked half a beat
    out for a while and right afterwards is repaired where it is wrong only."""
    cuts = phase_slides(beats_s)
    if not cuts:
        return judge_half_beat(feats, act, beats_s, lead_s=lead_s)
    bounds = [0, *cuts, beats_s.size]
    stretches = [beats_s[lo:hi] for lo, hi in zip(bounds[:-1], bounds[1:], strict=True)]
    parts = [judge_half_beat(feats, act, b, lead_s=lead_s) for b in stretches]
    if all(p is b for p, b in zip(parts, stretches, strict=True)):
        return beats_s  # nothing moved: the grid stays exactly as tracked
    out = np.sort(np.concatenate(parts))
    # A moved stretch may end within half a beat of the next stretch's first beat: keep one.
    min_gap = 0.5 * float(np.median(np.diff(beats_s)))
    keep = [0]
    for i in range(1, out.size):
        if out[i] - out[keep[-1]] >= min_gap:
            keep.append(i)
    return out[keep]


def judge_half_beat(feats: Features, act: np.ndarray | None, beats_s: np.ndarray, *,
                    lead_s: float) -> np.ndarray:
    """``beats_s`` (times including the detector lead ``lead_s``), or the grid half a beat
    later when the harmony changes between the beats and the activation does not object."""
    from audio_sync.beats import _phase_env
    from audio_sync.meter import is_compound

    if act is None or beats_s.size < MIN_BEATS:
        return beats_s
    inside = beats_s[(beats_s > lead_s) & (beats_s < feats.duration_s - 0.05)]
    grid = inside - lead_s
    if grid.size < MIN_BEATS or is_compound(feats, grid):
        return beats_s
    if harmonic_contrast(feats, grid) >= -MIN_CONTRAST:
        return beats_s
    fr, mids = feats.frame_rate_hz, grid[:-1] + np.diff(grid) / 2.0
    if (_ratio(act, grid, mids, fr) < ACT_RATIO
            or _ratio(_phase_env(feats), grid, mids, fr) < KICK_RATIO):
        return beats_s
    moved = half_beat_later(beats_s)
    return moved[moved < feats.duration_s]


def would_move(feats: Features, act: np.ndarray | None, beats_s: np.ndarray, *, lead_s: float) -> bool:
    """Whether ``judge_half_beat`` moves this grid half a beat (the harmony changes between its
    beats and neither the activation nor a kick objects)."""
    return judge_half_beat(feats, act, beats_s, lead_s=lead_s) is not beats_s
