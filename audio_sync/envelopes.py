"""Audio-reactive curves: RMS, onset strength, spectral flux, kick (low-band flux) and
low/mid/high band energy per video frame.

Each curve has one value per video frame (``total_frames`` of the song at ``fps``), normalised
to 0..1 and smoothed with an attack/release follower, so effects pulse with the music without
flicker. Bands: low < 200 Hz, mid 200-3000 Hz, high > 3 kHz. The spectrogram is the one the
beat analysis uses (memoised per DecodedAudio), so envelopes after ``analyze`` cost almost nothing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction

import numpy as np

from audio_sync.cuts import total_frames_for
from audio_sync.errors import AnalysisError
from audio_sync.types import Curve, DecodedAudio

KINDS = ("rms", "onset", "low", "mid", "high", "flux", "kick")


def envelope(audio: DecodedAudio, *, kind: str = "rms", fps: Fraction, attack_s: float = 0.01,
             release_s: float = 0.15) -> Curve:
    """One audio-reactive curve; ``kind`` is one of rms, onset, low, mid, high."""
    return envelopes(audio, kinds=(kind,), fps=fps, attack_s=attack_s, release_s=release_s)[kind]


def envelopes(audio: DecodedAudio, *, kinds: Sequence[str] = KINDS, fps: Fraction,
              attack_s: float = 0.01, release_s: float = 0.15) -> dict[str, Curve]:
    """Several curves from a single STFT pass (cheaper than calling ``envelope`` per kind)."""
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise AnalysisError(f"unknown envelope kind(s) {bad}; use one of {KINDS}")
    fps = Fraction(fps)
    if fps <= 0 or attack_s < 0 or release_s < 0:
        raise AnalysisError(f"need fps > 0 and attack/release >= 0 (got {fps}, {attack_s}, {release_s})")
    if audio.n_samples == 0:
        raise AnalysisError("cannot compute an envelope of empty audio")
    raw, period_s = _raw_features(audio, kinds)
    total = total_frames_for(audio.n_samples, audio.rate_hz, fps)
    out: dict[str, Curve] = {}
    for kind, (values, reduce_max) in raw.items():
        per_frame = _to_video_frames(values, total, fps, period_s=period_s, reduce_max=reduce_max)
        smooth = _follow(per_frame, fps=float(fps), attack_s=attack_s, release_s=release_s)
        out[kind] = Curve(fps=fps, values=tuple(_unit(smooth).tolist()))  # floats, at C speed
    return out


def _raw_features(audio: DecodedAudio, kinds: Sequence[str]) -> tuple[dict[str, tuple[np.ndarray, bool]], float]:
    """Feature-rate curves (and their frame period in s) from the shared analysis STFT."""
    from audio_sync.features import compute_features

    feats = compute_features(audio)
    table = {
        "rms": (feats.rms, False),
        "onset": (feats.onset_full, True),
        "low": (np.sqrt(feats.band_low), False),
        "mid": (np.sqrt(feats.band_mid), False),
        "high": (np.sqrt(feats.band_high), False),
        "flux": (feats.onset_full, False),  # mean spectral flux: how much the sound changes
        "kick": (feats.onset_low, True),  # low-band flux peaks: kick drums
    }
    return {k: table[k] for k in kinds}, feats.hop / feats.sr


def _to_video_frames(values: np.ndarray, total: int, fps: Fraction, *, period_s: float,
                     reduce_max: bool) -> np.ndarray:
    """Mean (or max, for onsets) of the feature frames inside each video frame."""
    times = np.arange(values.size) * period_s
    if reduce_max:  # onset flux peaks slightly before the sound; align it like the beats
        from audio_sync.beats import DETECTOR_LEAD_S

        times = times + DETECTOR_LEAD_S
    idx = np.floor(times * float(fps)).astype(np.int64)
    keep = idx < total
    idx, vals = idx[keep], values[keep].astype(np.float64)
    if reduce_max:
        out = np.zeros(total)
        np.maximum.at(out, idx, vals)
    else:
        sums = np.bincount(idx, weights=vals, minlength=total)
        counts = np.bincount(idx, minlength=total)
        out = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
    # Video frames shorter than a hop (high fps) get no sample: interpolate from neighbours.
    holes = np.isnan(out)
    if holes.any() and (~holes).any():
        grid = np.arange(total)
        out[holes] = np.interp(grid[holes], grid[~holes], out[~holes])
    return np.nan_to_num(out)


def _follow(x: np.ndarray, *, fps: float, attack_s: float, release_s: float) -> np.ndarray:
    """One-pole attack/release envelope follower at the video frame rate."""
    a_up = math.exp(-1.0 / (attack_s * fps)) if attack_s > 0 else 0.0
    a_down = math.exp(-1.0 / (release_s * fps)) if release_s > 0 else 0.0
    y = np.empty_like(x)
    prev = 0.0
    for i, v in enumerate(x.tolist()):
        a = a_up if v > prev else a_down
        prev = a * prev + (1.0 - a) * v
        y[i] = prev
    return y


def _unit(x: np.ndarray) -> np.ndarray:
    """Scale to 0..1 by the 99.5th percentile so one spike does not flatten the curve."""
    if x.size == 0:
        return x
    top = float(np.percentile(x, 99.5))
    if top <= 1e-12:
        return np.zeros_like(x)
    return np.clip(x / top, 0.0, 1.0)
