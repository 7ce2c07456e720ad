"""Half-beat phase check on the learned activation: the grid or the grid half a beat later.

In funk, reggae and house the loudest onsets are often on the "and" (skank chords, stabs, a
syncopated kick and bass), so the band onsets pull the DP onto the off-beat, and the kick band
is fooled by a syncopated kick too. Since session 8 the beat net is trained on band
arrangements (audio_sync/beat_tcn.md) and its activation marks the beat there. The final grid
moves half a beat when the raw activation on its midpoints is clearly stronger than on its
beats (``ACT_RATIO``). Compound metres (6/8, 12/8) are left alone: half a beat is no metrical
position there.

Picked on the training renders (real-train2, real-train3 without its kept-out part) and the dev
sets (real-dev, real-dev2), grids tracked with the check off (benchmarks/backbeat_evidence.py):
on-beat grids reach a ratio of at most 1.11 (a funk render); above 1.15 are only off-beat grids:
two funk renders (1.30, 1.33) and bobtaylors_clog (real-dev2, 1.16; F 0.00 -> 1.00). The
margin is thin, and on real-train3's kept-out band arrangements the check moves nothing. A
snare-on-2-and-4 alternation measure was tried beside it and did not separate on-beat from
off-beat grids (on-beat grids up to 25, off-beat ones down to 0.1).
"""

from __future__ import annotations

import numpy as np

from audio_sync.features import Features

# Learned activation at the midpoints over that at the grid from which the midpoints win
# (between the highest on-beat grid, 1.11, and bobtaylors_clog's 1.16).
ACT_RATIO = 1.15
MIN_BEATS = 16
# The kick band's peak on the grid over that on its midpoints from which the grid stays (a kick
# on every beat and none between: four-on-the-floor). Session 13: the three-net activation fires
# more on a deep-house rim than on the beats (kick ratio 31.8); the check's right moves on the dev,
# used held-out and training sets have 1.18-2.56 (docs/beat-accuracy/2026-12-01-s13-decision.md,
# part 4). Used when the caller asks (``beats.ACT_PHASE_KICK_VETO``, on).
KICK_VETO = 4.0
# The kick band's peak on the midpoints over that on the grid from which the grid moves half a
# beat although the activation prefers it (beats.KICK_PHASE). Session 28, the 1,133 used real
# excerpts at the shipped tracker's grid: of 795 right at their tempo, none above 1.7 (R&B
# renders with a kick on the "and"); of the 38 half a beat out, 6 above 2.1 (house, ska, and
# productions with a kick on the beat and open hats between, where the net fires). A generated
# funk groove's right grid measures 2.4 (its kick and bass on the "and"): the check ships off.
KICK_MOVE = 2.0
# K-P-B (beats.KICK_PHASE_GUARDED, record 2026-12-05-s42 parts 1-2): where a backbeat falls on the
# grid, the mid band's (a snare body's) peaks on its even and odd beats differ by at least this
# share of their mean, and the kick band's move is not made. Six generated funk grooves (kick and
# bass on the "and", snare on 2 and 4) measure 1.21-1.53 on their right grid; the five used
# productions the move puts right 0.00-0.75 on their wrong one (off-beats are metrically alike).
BACKBEAT_ALT = 1.0


def act_ratio(feats: Features, act: np.ndarray, grid_s: np.ndarray) -> float:
    """Mean activation peak at the midpoints over that at the grid (> 1: midpoints stronger).
    The grid's last beat is left out (ACT_RATIO was set on this form), so it does not use
    ``beats.on_off_peaks``."""
    from audio_sync.beats import peaks_at

    fr = feats.frame_rate_hz
    mids = (grid_s[:-1] + grid_s[1:]) / 2.0
    on, off = float(peaks_at(act, grid_s[:-1], fr).mean()), float(peaks_at(act, mids, fr).mean())
    return off / on if on > 1e-12 else 1.0


def kick_ratio(feats: Features, grid_s: np.ndarray) -> float:
    """Kick-band peak on the grid over that on its midpoints (large: a kick on every beat)."""
    from audio_sync.beats import _norm, on_off_peaks

    on, off = on_off_peaks(_norm(feats.onset_kick), grid_s, feats.frame_rate_hz)
    return on / off if off > 1e-12 else (np.inf if on > 0 else 1.0)


def _simple_grid(feats: Features, beats_s: np.ndarray, lead_s: float) -> np.ndarray | None:
    """The beats as detector times (less ``lead_s``), or None where a half-beat move means
    nothing: too few beats, or a compound metre."""
    from audio_sync.meter import is_compound

    grid = beats_s[(beats_s > lead_s) & (beats_s < feats.duration_s - 0.05)] - lead_s
    return None if grid.size < MIN_BEATS or is_compound(feats, grid) else grid


def _half_beat_later(feats: Features, beats_s: np.ndarray) -> np.ndarray:
    from audio_sync.phase_judge import half_beat_later

    moved = half_beat_later(beats_s)
    return moved[moved < feats.duration_s]


def check(feats: Features, act: np.ndarray | None, beats_s: np.ndarray, *,
          lead_s: float, kick_veto: bool = False) -> np.ndarray:
    """``beats_s`` (times including the detector lead ``lead_s``) or the grid half a beat later;
    ``kick_veto``: never away from a kick on every beat (``KICK_VETO``)."""
    if act is None or beats_s.size < MIN_BEATS:
        return beats_s
    grid = _simple_grid(feats, beats_s, lead_s)
    if grid is None or act_ratio(feats, act, grid) < ACT_RATIO:
        return beats_s
    if kick_veto and kick_ratio(feats, grid) >= KICK_VETO:
        return beats_s
    return _half_beat_later(feats, beats_s)


def backbeat_alternation(feats: Features, grid_s: np.ndarray) -> float:
    """|mean mid-band peak on the grid's even beats - on its odd beats| over their mean: large
    where a snare falls on every other beat of the grid (a backbeat), about 0 on off-beats."""
    from audio_sync.beats import _norm, even_odd_peaks

    beats = grid_s[:-1]
    if beats.size < 2:  # no even and odd beat to compare
        return 0.0
    even, odd = even_odd_peaks(_norm(feats.onset_mid), beats, feats.frame_rate_hz)
    # The mean over all beats, not of the two means: on an odd count the evens are one more.
    n_even = (beats.size + 1) // 2
    mean = (even * n_even + odd * (beats.size - n_even)) / beats.size
    return abs(even - odd) / mean if mean > 0.0 else 0.0


def kick_check(feats: Features, beats_s: np.ndarray, *, lead_s: float,
               backbeat_guard: bool = False) -> np.ndarray:
    """``beats_s`` or, where the kick band peaks on its midpoints ``KICK_MOVE`` times as high as
    on the beats, the grid half a beat later, whatever the activation says. ``backbeat_guard``:
    not where a backbeat falls on the grid (``BACKBEAT_ALT``): a syncopated kick and bass on the
    "and" of a funk groove look like a grid half a beat out to the kick band alone."""
    if beats_s.size < MIN_BEATS:
        return beats_s
    grid = _simple_grid(feats, beats_s, lead_s)
    if grid is None or kick_ratio(feats, grid) > 1.0 / KICK_MOVE:
        return beats_s
    if backbeat_guard and backbeat_alternation(feats, grid) >= BACKBEAT_ALT:
        return beats_s
    return _half_beat_later(feats, beats_s)
