"""Tempo steps placed where the onsets' periodicity changes, not where 8 s windows flip.

The windowed tempo curve (audio_sync.tempo_curve) sees a step only once most of an 8 s window
lies past it, so the step lands 1-3 s away from the true change (medley joins and tape-speed
steps built from training renders: 1.3 s early to 3 s late), and linear interpolation between
window centres makes it a ramp. The DP then either misses the first bars of the new tempo or,
to meet them, slides a whole part onto the eighth before the beat (a 6/8 tune 74.7 -> 67 BPM).

Here a step between two plateaus of the windowed periods is relocated by a change-point test
on the onset envelope: frame t votes for the old period when an onset at t has onsets an old
period before and after it, for the new one when it has them a new period away; the step is the
CUSUM change point of the vote difference. The curve then switches half a new period after that
point (the DP reads the period at a frame as the interval that ends there). Ramps (accelerando,
drift) have no plateaus and are left alone; a flat curve never gets here. Before that, a few
windows slipping to another metrical level and back (a 6/8 tune read in quarters) are dropped.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

# A plateau: at least this many window centres (seconds; a 3 s run of 6/8 read in quarters
# is a glitch, not a section), each within PLATEAU_TOL of the run's running mean.
PLATEAU_MIN = 5
PLATEAU_TOL = 0.025
# Plateaus further apart than this (relative period) are a step; at most MAX_GAP centres of
# transition between them (the median filter's and the windows' blur).
STEP_MIN = 0.05
MAX_GAP = 3
# How far (s) from the windows' flip the true change is searched: half a window.
SEARCH_S = 4.0
# A change point this close (s) to the end of the search span is no evidence: left as it was.
EDGE_S = 0.5
# The longest slip (window periods, s) to another metrical level taken for a misreading.
MAX_SLIP = 4
# The periods the votes look back and ahead.
MULTS = (1, 2, 3)
# A frame-to-frame jump of the per-frame period larger than this is a sharpened step.
JUMP = 0.03


def _plateaus(lags: np.ndarray) -> list[tuple[int, int, float]]:
    """(first index, last index, median) of maximal runs of near-constant periods (each new
    value within PLATEAU_TOL of the run's running mean: linear in the song's length)."""
    runs: list[tuple[int, int, float]] = []
    i = 0
    while i < lags.size:
        j, total = i, float(lags[i])
        while (j + 1 < lags.size
               and abs(lags[j + 1] * (j - i + 2) / (total + lags[j + 1]) - 1) <= PLATEAU_TOL):
            j += 1
            total += float(lags[j])
        if j - i + 1 >= PLATEAU_MIN:
            runs.append((i, j, float(np.median(lags[i:j + 1]))))
        i = j + 1
    return runs


def drop_level_slips(lags: np.ndarray) -> np.ndarray:
    """``lags`` without short slips to another metrical level: up to MAX_SLIP window periods
    at 3:2, 4:3, 2 (or the inverse) of a plateau they return to (or that runs to the end).
    That is a window reading a 6/8 tune in quarters for a few seconds, not a tempo change;
    sharpened it would be a step the DP follows off the beats."""
    out = lags.copy()
    ratios = np.log([1.5, 4 / 3, 2.0])
    i = PLATEAU_MIN
    while i < out.size:
        ref = out[i - 1]
        base = out[i - PLATEAU_MIN:i]
        j = i
        while j < out.size and j - i < MAX_SLIP and np.min(
                np.abs(np.abs(np.log(out[j] / ref)) - ratios)) < np.log(1.03):
            j += 1
        back = j == out.size or abs(out[j] / ref - 1) <= PLATEAU_TOL
        if j > i and back and np.all(np.abs(base / ref - 1) <= PLATEAU_TOL):
            out[i:j] = ref
        i = max(j, i + 1)
    return out


def _is_step(lags: np.ndarray, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two plateaus (first, last index) a step apart: the periods jump by STEP_MIN across at
    most MAX_GAP centres, three times more than either plateau drifts (an accelerando is a
    chain of slowly drifting plateaus, no step)."""
    if b[0] - a[1] > MAX_GAP + 1:
        return False
    jump = abs(np.log(lags[b[0]] / lags[a[1]]))
    drift = max(np.ptp(np.log(lags[a[0]:a[1] + 1])), np.ptp(np.log(lags[b[0]:b[1] + 1])))
    return bool(jump >= np.log1p(STEP_MIN) and jump >= 3 * drift)


def _vote(env: np.ndarray, lag: float) -> np.ndarray:
    """Per frame: onset strength times the onsets (strongest within +-1 frame) 1, 2 and 3
    ``lag`` before and after it. Three multiples: two tempi 10 % apart at 200 BPM differ by a
    frame in one period, by four in three."""
    from audio_sync.dsp import max_filter1d

    m = max_filter1d(env, 3)
    out = np.zeros(env.size)
    for mult in MULTS:
        k = int(round(mult * lag))
        if 0 < k < env.size:
            pad = np.zeros(k)
            out += np.concatenate([pad, m[:-k]]) + np.concatenate([m[k:], pad])
    return env * out


def change_frame(env: np.ndarray, old: float, new: float, lo: int, hi: int) -> int:
    """The frame in [lo, hi) after which onsets stop following ``old`` and follow ``new``:
    the CUSUM change point of the vote difference (the split that best separates a part
    voting for ``old`` from one voting for ``new``). Votes are computed on [lo, hi) and the
    periods around it only (a 2-hour mix has hundreds of steps)."""
    pad = int(np.ceil(max(MULTS) * max(old, new))) + 2
    a, b = max(0, lo - pad), min(env.size, hi + pad)
    d = (_vote(env[a:b], old) - _vote(env[a:b], new))[lo - a:hi - a]
    return lo + int(np.argmax(np.cumsum(d - d.mean())))


def junction(env: np.ndarray, old: float, new: float, t: int) -> int:
    """The onset frame within 1.5 new periods of the change point ``t`` where the old grid,
    counted back, and the new grid, counted ahead, are both best supported: the CUSUM point
    alone is ambiguous by about a beat (frames near the change vote for both periods), and
    which side it falls on followed the search span, i.e. the level the curve started from."""
    from audio_sync.dsp import max_filter1d

    m = max_filter1d(env, 3)
    reach = int(round(1.5 * new))
    best, best_score = t, -np.inf
    for c in range(max(0, t - reach), min(env.size, t + reach + 1)):
        back = [c - int(round(k * old)) for k in range(max(MULTS) + 1)]
        ahead = [c + int(round(k * new)) for k in MULTS]
        if back[-1] < 0 or ahead[-1] >= env.size:
            continue
        score = float(m[back].sum() + m[ahead].sum())
        if score > best_score:
            best, best_score = c, score
    return best


def sharpen(env: np.ndarray, centres: np.ndarray, lags: np.ndarray, frames: np.ndarray,
            frame_rate_hz: float) -> np.ndarray:
    """``frames`` (period per frame, interpolated between window ``centres``) with every step
    between plateaus of ``lags`` made a sharp step at the change the onsets show."""
    x = np.clip(env - np.median(env), 0.0, None)
    out = frames.copy()
    runs = _plateaus(lags)
    search = int(SEARCH_S * frame_rate_hz)
    for (a_start, a_end, a_lag), (b_start, b_end, b_lag) in zip(runs[:-1], runs[1:], strict=True):
        if not _is_step(lags, (a_start, a_end), (b_start, b_end)):
            continue
        lo = max(0, int(centres[a_end]) - search)
        hi = min(env.size, int(centres[b_start]) + search)
        t = change_frame(x, a_lag, b_lag, lo, hi)
        if min(t - lo, hi - t) < EDGE_S * frame_rate_hz:
            continue  # no change point inside the search span: the onsets do not say where
        t = junction(x, a_lag, b_lag, t)  # the onset where the old and the new grid meet
        switch = min(env.size, t + int(round(b_lag / 2)))
        ca, cb = int(centres[a_end]), int(centres[b_start])
        out[ca:max(ca, switch)] = a_lag      # the old period up to the change ...
        out[switch:max(switch, cb)] = b_lag  # ... and the new one from there
    return out


def step_frames(bpm: np.ndarray) -> np.ndarray:
    """Frames where a per-frame tempo jumps (sharpened steps; a window ramp never does)."""
    return np.flatnonzero(np.abs(np.diff(np.log(bpm))) > np.log1p(JUMP)) + 1


def step_times(curve: float | np.ndarray, times_s: np.ndarray) -> np.ndarray:
    """Times of the sharpened steps of a per-frame ``curve`` (none for one tempo)."""
    return np.zeros(0) if isinstance(curve, float) else times_s[step_frames(curve)]


def by_part(beats_s: np.ndarray, bounds_s: np.ndarray,
            smooth: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """``smooth`` (beat times -> one value per interval) applied within each part between
    tempo steps; an interval belongs to the part its midpoint is in."""
    part = segment_of((beats_s[:-1] + beats_s[1:]) / 2.0, bounds_s)
    out = np.empty(part.size)
    for k in np.unique(part):
        idx = np.flatnonzero(part == k)
        out[idx] = smooth(beats_s[idx[0]:idx[-1] + 2])
    return out


def segment_of(times_s: np.ndarray, bounds_s: np.ndarray) -> np.ndarray:
    """Index of the part (between tempo steps at ``bounds_s``) each time falls in."""
    return np.searchsorted(bounds_s, times_s, side="right")


def piecewise_interp(x: np.ndarray, xp: np.ndarray, fp: np.ndarray,
                     bounds: np.ndarray) -> np.ndarray:
    """``np.interp`` within each part between ``bounds``, held constant up to them: a step
    stays a step instead of a ramp between the last point before it and the first after."""
    out = np.interp(x, xp, fp)
    part_x, part_p = segment_of(x, bounds), segment_of(xp, bounds)
    for k in np.unique(part_p):
        sel = part_x == k
        out[sel] = np.interp(x[sel], xp[part_p == k], fp[part_p == k])
    return out
