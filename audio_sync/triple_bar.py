"""Music whose beat or bar is one and a half tracked beats.

A fast waltz tracked at half (92 for 184): its beat is two quarters, so its bar (three
quarters) is one and a half tracked beats. The bass on each bar's 1 then repeats at 1.5 tracked
beats far more strongly than at one or two, and the chords (mid band) a little more; a groove
tracked at its own tempo whose kick falls on the "and" of 2 (hip-hop, r&b) repeats at 1.5 beats in
its low band too, but its mid band (snare on 2 and 4) repeats at the beat and at two beats
(beats.TRIPLE_BAR_DOUBLE, W-D, on; the caller tracks the song again at twice the tempo).
A 5/4 tracked at half (70 for 140) has its bar at 2.5 tracked beats: a high-band figure once a
bar off the beat (the renders' open hat on the "and" of 4) repeats there and at no whole number
of tracked beats (beats.QUINTUPLE_BAR_DOUBLE, Q-D2, on; the caller tracks the song again at
twice the tempo). A 5/4 whose high band is the same on every beat gives it nothing to read.

A slow 6/8 or 12/8 ballad tracked in quarters (78 for a dotted quarter of 52): its eighths at
156 are too fast and its dotted quarter too slow for the tempo prior, which settles between on
two eighths, a pulse the metre does not have. Its beat is then one and a half tracked beats, and
the melody and chords (mid band) repeat there more than at one or two tracked beats: no groove
tracked at its own tempo does that (beats.SLOW_DOTTED_TWO_THIRDS, C-T, on; the caller tracks the
song again at two thirds of the tempo).
"""

from __future__ import annotations

import numpy as np

from audio_sync.features import Features

# Half the tempo of the fast waltzes it is for (150-200 quarters a minute).
TRIPLE_HALF_BPM = (75.0, 100.0)
# Autocorrelation at 1.5 tracked beats minus the larger of those at one and two beats, over the
# 161 used excerpts tracked at 80-100 BPM (docs/beat-accuracy/2026-12-02-s18-decision.md, part 3):
# band waltzes tracked at half, low +0.34 .. +0.59 with mid +0.06 .. +0.23; grooves tracked right
# with low above +0.05 (hip-hop, r&b, up to +0.39) have mid at or below +0.00, and the largest mid
# of any excerpt tracked right is +0.09 (a rocksteady, low -0.15). Nearest: a 9/8 koto piece
# tracked wrong either way (low +0.26, mid +0.11).
LOW_BAR_MARGIN = 0.3
MID_BAR_MARGIN = 0.05
# Half the tempo of a 5/4 bar's quarters (110-170); its bar is then 2.5 tracked beats.
QUINTUPLE_HALF_BPM = (55.0, 85.0)
# The high band's autocorrelation at 2.5 tracked beats minus the largest at one, two and three,
# over the 223 used renders and productions tracked at 55-85 BPM (session 37, record part 4):
# the four drummed 5/4 pieces tracked at half +0.23 .. +0.40 (their open hat off the beat
# repeats with the bar; the ride on every beat does not tell), every other excerpt at most +0.02;
# the gap's midpoint.
HIGH_QUINTUPLE_MARGIN = 0.12
# Two eighths of the slow compound ballads C-T is for (dotted quarter 40-53).
DOTTED_QUARTERS_BPM = (60.0, 80.0)
# The mid band's autocorrelation at 1.5 tracked beats minus the larger of those at one and two
# beats, over the used sets and the training sources tracked at 55-82 BPM (290 excerpts,
# docs/beat-accuracy/2026-12-02-s19-decision.md): slow 6/8 and 12/8 tracked at x3/2 +0.12 ..
# +0.41; every excerpt tracked right at most +0.01 (r&b, reggae, hip-hop); the gap's midpoint,
# rounded down.
MID_DOTTED_MARGIN = 0.06


def _bar_margin(env: np.ndarray, period: float, bar: float = 1.5,
                whole: tuple[float, ...] = (1.0, 2.0)) -> float:
    """Autocorrelation of ``env`` at ``bar`` ``period``s (frames) minus the largest of those at
    ``whole`` periods, each the peak within a frame of the lag."""
    from audio_sync.tempo_curve import autocorr

    acf = autocorr(env)

    def at(lag: float) -> float:
        k = int(round(lag))
        return float(acf[max(1, k - 1):k + 2].max())

    return at(bar * period) - max(at(w * period) for w in whole)


def _period_in(feats: Features, bpm: float, span: tuple[float, float], fit: float = 2.0) -> float | None:
    """The tracked period in frames where ``bpm`` lies in ``span`` and ``fit`` periods (the
    longest lag read) fit the song."""
    if not span[0] <= bpm <= span[1]:
        return None
    period = 60.0 * feats.frame_rate_hz / bpm
    return period if fit * period + 2 < feats.onset_low.size else None


def triple_bar_at_half(feats: Features, bpm: float) -> bool:
    """Whether a song tracked at ``bpm`` looks like a fast waltz tracked at half."""
    period = _period_in(feats, bpm, TRIPLE_HALF_BPM)
    return (period is not None and _bar_margin(feats.onset_low, period) >= LOW_BAR_MARGIN
            and _bar_margin(feats.onset_mid, period) >= MID_BAR_MARGIN)


def quintuple_bar_at_half(feats: Features, bpm: float) -> bool:
    """Whether a song tracked at ``bpm`` looks like a 5/4 tracked at half: its high band repeats
    at 2.5 tracked beats (the bar) more than at any whole number of them."""
    period = _period_in(feats, bpm, QUINTUPLE_HALF_BPM, fit=3.0)
    return (period is not None
            and _bar_margin(feats.onset_high, period, 2.5, (1.0, 2.0, 3.0)) >= HIGH_QUINTUPLE_MARGIN)


def dotted_beat_in_quarters(feats: Features, bpm: float) -> bool:
    """Whether a song tracked at ``bpm`` looks like a slow compound metre tracked in quarters."""
    period = _period_in(feats, bpm, DOTTED_QUARTERS_BPM)
    return period is not None and _bar_margin(feats.onset_mid, period) >= MID_DOTTED_MARGIN
