"""A beat of three tatums that nothing accents: undrummed running eighths tracked at three eighths.

A reel's running eighths give the band onsets' autocorrelation a peak at every multiple of the
eighth, and the tempo estimate's log-normal prior (centred on 120 BPM) takes the multiple nearest
120: three eighths (117 BPM for a half note of 88). No reel groups its eighths in threes; a jig
does, and there the beats are clearly stronger than the eighths between them. So a beat period of
three tatums is doubted when the tatum is a third of it (the onsets' autocorrelation high at a
third of the period and low at half of it, half-way between two tatums) and neither the learned
activation nor the band onsets are stronger on the beats than at one and two thirds of the way
to the next. Thresholds from the training sources only. Where every eighth is equal (an undrummed
jig as much as a reel) accent cannot tell the metres apart, but the melody can: a jig's phrases
repeat at its bar of six eighths (a slip jig's of nine), a reel's at its bar of eight, so the
chroma must be more alike at one and two duple bars than at one and two bars of either triple
reading (threshold 0, no preference; see docs/beat-accuracy/2026-12-01-s16-decision.md, parts 1-3).
Off (``beats.THREE_TATUM_CHECK``): on the pristine sets it still moved even-eighth jigs and slip
jigs (real-heldout25 and 26), so neither accent nor this melodic test tells them from reels well enough.
"""

from __future__ import annotations

import numpy as np

from audio_sync.beats import peaks_at
from audio_sync.features import Features
from audio_sync.tempo_curve import autocorr

# The onsets' normalised autocorrelation at a third of the beat period minus that at half of it
# must exceed this (x4/3 reels on the training sources +0.63 .. +1.10).
TATUM_ACF_MIN = 0.5
# Log ratio of the mean strength on the beats over that at the thirds of the beat, below which
# the beats are unaccented: activation (x4/3 reels <= +0.15, jigs tracked right >= +0.22) and
# band onsets (x4/3 reels <= +0.22, 12/8 shuffles with a flat activation >= +0.83).
ACT_ACCENT_MAX = 0.2
ONSET_ACCENT_MAX = 0.4


def _acf_peak(acf: np.ndarray, lag: float) -> float:
    """The autocorrelation's largest value from one frame below to two above ``lag`` (floored)."""
    i = int(np.floor(lag))
    lo, hi = max(i - 1, 1), min(i + 3, acf.size - 1)
    return float(acf[lo:hi].max()) if hi > lo else 0.0


def _accent(env: np.ndarray, beats_s: np.ndarray, frame_rate_hz: float) -> float:
    """Log of the mean strength on the beats over that at one and two thirds of each interval."""
    b, d = beats_s[:-1], np.diff(beats_s)
    on = peaks_at(env, b, frame_rate_hz).mean()
    thirds = (peaks_at(env, b + d / 3, frame_rate_hz).mean() + peaks_at(env, b + 2 * d / 3, frame_rate_hz).mean()) / 2
    return float(np.log((on + 1e-3) / (thirds + 1e-3)))


def _chroma_similarity(chroma: np.ndarray, lag: float) -> float:
    """Mean cosine similarity of the chroma frames ``lag`` frames apart (rounded)."""
    k = int(round(lag))
    if k <= 0 or k >= chroma.shape[1] - 1:
        return float("nan")
    a, b = chroma[:, :-k], chroma[:, k:]
    return float(np.mean(np.sum(a * b, axis=0) / (np.linalg.norm(a, axis=0) * np.linalg.norm(b, axis=0) + 1e-9)))


def duple_bars(chroma: np.ndarray, period: float) -> bool:
    """The melody repeats more at one and two duple bars (8 and 16 tatums) than at one and two
    bars of either triple reading, 6/8 (6 and 12) or 9/8 (9 and 18), for a beat ``period``
    (frames) of three tatums; False when the excerpt is too short to tell."""
    def bars(*multiples: float) -> float:
        return sum(_chroma_similarity(chroma, m * period) for m in multiples)

    duple = bars(8 / 3, 16 / 3)
    return bool(duple > bars(2, 4) and duple > bars(3, 6))  # NaN (too short) compares False


def unaccented_three_tatums(feats: Features, onsets: np.ndarray, act: np.ndarray,
                            beats_s: np.ndarray, bpm: float) -> bool:
    """True when the grid's beats are three even tatums that nothing accents and the melody
    repeats at a duple bar (see the module)."""
    if beats_s.size < 8 or bpm <= 0:
        return False
    fr = feats.frame_rate_hz
    period = 60.0 * fr / bpm
    acf = autocorr(onsets)
    if period / 2 + 3 >= acf.size:
        return False
    if _acf_peak(acf, period / 3) - _acf_peak(acf, period / 2) <= TATUM_ACF_MIN:
        return False
    if _accent(act, beats_s, fr) >= ACT_ACCENT_MAX or _accent(onsets, beats_s, fr) >= ONSET_ACCENT_MAX:
        return False
    return duple_bars(feats.chroma, period)
