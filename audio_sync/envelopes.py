"""Audio-reactive curves: RMS, onset strength and low/mid/high band energy per video frame.

Each curve has one value per video frame (``total_frames`` of the song at ``fps``), normalised
to 0..1 and smoothed with an attack/release follower, so effects pulse with the music without
flicker. Use ``envelopes`` to get several kinds from one STFT.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction

import numpy as np

from audio_sync.cuts import total_frames_for
from audio_sync.errors import AnalysisError
from audio_sync.types import Curve, DecodedAudio

KINDS = ("rms", "onset", "low", "mid", "high")
_SR = 22050
_HOP = 256
_N_FFT = 1024
_BANDS_HZ = {"low": (20.0, 250.0), "mid": (250.0, 4000.0), "high": (4000.0, 11025.0)}


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
    raw = _raw_features(audio, kinds)
    total = total_frames_for(audio.n_samples, audio.rate_hz, fps)
    out: dict[str, Curve] = {}
    for kind, (values, reduce_max) in raw.items():
        per_frame = _to_video_frames(values, total, fps, reduce_max=reduce_max)
        smooth = _follow(per_frame, fps=float(fps), attack_s=attack_s, release_s=release_s)
        out[kind] = Curve(fps=fps, values=tuple(float(v) for v in _unit(smooth)))
    return out


def _raw_features(audio: DecodedAudio, kinds: Sequence[str]) -> dict[str, tuple[np.ndarray, bool]]:
    import librosa

    from audio_sync.features import resampled_mono

    y = resampled_mono(audio, _SR)
    if y.size < _N_FFT:
        y = np.pad(y, (0, _N_FFT - y.size))
    power = np.abs(librosa.stft(y, n_fft=_N_FFT, hop_length=_HOP)) ** 2
    freqs = librosa.fft_frequencies(sr=_SR, n_fft=_N_FFT)
    out: dict[str, tuple[np.ndarray, bool]] = {}
    for kind in kinds:
        if kind == "rms":
            out[kind] = (np.sqrt(2.0 * power.sum(axis=0)) / _N_FFT, False)
        elif kind == "onset":
            log_p = np.log1p(1000.0 * power / (power.max() + 1e-12))
            flux = np.maximum(0.0, np.diff(log_p, axis=1)).mean(axis=0)
            out[kind] = (np.concatenate([[0.0], flux]), True)
        else:
            lo, hi = _BANDS_HZ[kind]
            band = power[(freqs >= lo) & (freqs < hi)].sum(axis=0)
            out[kind] = (np.sqrt(band), False)
    return out


def _to_video_frames(values: np.ndarray, total: int, fps: Fraction, *, reduce_max: bool) -> np.ndarray:
    """Mean (or max, for onsets) of the feature frames inside each video frame."""
    times = np.arange(values.size) * (_HOP / _SR)
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
