"""The few librosa building blocks the analysis uses, in plain numpy (ports of librosa 0.11).

Why not librosa itself: importing ``librosa.onset`` or ``librosa.filters`` compiles librosa's
numba kernels (eager ``guvectorize``, ``cache=True``). With a cold numba cache (a bare pip
install, a new user, a new numba version) that is a minute or more of JIT on the first analysis
and ~300 MB of resident LLVM; even with a warm cache the import costs seconds. These ports give
the same numbers (tests compare them with librosa), with no JIT at all.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

_MEL_F_SP = 200.0 / 3  # Slaney mel scale: linear below 1 kHz ...
_MEL_MIN_LOG_HZ = 1000.0
_MEL_MIN_LOG = _MEL_MIN_LOG_HZ / _MEL_F_SP
_MEL_LOGSTEP = np.log(6.4) / 27.0  # ... logarithmic above


def hann_window(n: int) -> np.ndarray:
    """Periodic Hann window, computed as ``scipy.signal.get_window("hann", n)`` does."""
    fac = np.linspace(-np.pi, np.pi, n + 1)
    w = np.zeros(n + 1)
    for k, a in enumerate((0.5, 0.5)):
        w += a * np.cos(k * fac)
    return w[:-1]


def rfft(x: np.ndarray, *, axis: int, out: np.ndarray | None = None) -> np.ndarray:
    """``scipy.fft.rfft(x, axis=axis)`` (same numbers: the same compiled pocketfft), without
    ``import scipy.fft``: that import pulls in scipy.special (~0.2-0.3 s CPU, as much as a
    warm analysis), while scipy's pocketfft transforms many frames at once with SIMD, 3-4x
    less CPU than ``numpy.fft.rfft`` (numpy >= 2 runs one frame at a time). Falls back to
    numpy's FFT (equal within float32 rounding) if scipy's extension cannot be found.
    ``out``: a complex array of the result's shape to write into."""
    engine = _pocketfft()
    if engine is not None:  # forward, no scaling, 1 thread
        return engine.r2c(x, (axis % x.ndim,), True, 0, out, 1)
    spec = np.fft.rfft(x, axis=axis)
    if out is None:
        return spec
    out[...] = spec
    return out


_POCKETFFT: list[Any] = []
_POCKETFFT_LOCK = threading.Lock()


def _pocketfft() -> Any:
    """scipy's compiled pocketfft module, loaded straight from its file (once per process)."""
    with _POCKETFFT_LOCK:
        if not _POCKETFFT:
            _POCKETFFT.append(_load_pocketfft())
        return _POCKETFFT[0]


def _load_pocketfft() -> Any:
    import importlib.machinery
    import importlib.util
    from pathlib import Path

    name = "scipy.fft._pocketfft.pypocketfft"  # its own name: `import scipy.fft` later reuses it
    try:
        spec = importlib.util.find_spec("scipy")  # locates the package without importing it
        folder = Path(next(iter(spec.submodule_search_locations or ()))) / "fft" / "_pocketfft"
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            if (folder / f"pypocketfft{suffix}").is_file():
                loader = importlib.machinery.ExtensionFileLoader(
                    name, str(folder / f"pypocketfft{suffix}"))
                module_spec = importlib.util.spec_from_loader(name, loader)
                if module_spec is None:
                    return None
                module = importlib.util.module_from_spec(module_spec)
                loader.exec_module(module)
                return module if hasattr(module, "r2c") else None
    except (ImportError, OSError, StopIteration, AttributeError, TypeError):
        return None
    return None


def fft_frequencies(*, sr: float, n_fft: int) -> np.ndarray:
    return np.fft.rfftfreq(n=n_fft, d=1.0 / sr)


def hz_to_mel(hz: np.ndarray | float) -> np.ndarray:
    f = np.asanyarray(hz, dtype=np.float64)
    mels = f / _MEL_F_SP
    log_t = f >= _MEL_MIN_LOG_HZ
    return np.where(log_t, _MEL_MIN_LOG + np.log(np.maximum(f, 1e-30) / _MEL_MIN_LOG_HZ)
                    / _MEL_LOGSTEP, mels)


def mel_to_hz(mels: np.ndarray) -> np.ndarray:
    m = np.asanyarray(mels, dtype=np.float64)
    freqs = _MEL_F_SP * m
    log_t = m >= _MEL_MIN_LOG
    return np.where(log_t, _MEL_MIN_LOG_HZ * np.exp(_MEL_LOGSTEP * (m - _MEL_MIN_LOG)), freqs)


def mel_frequencies(n_mels: int, *, fmin: float = 0.0, fmax: float) -> np.ndarray:
    """Centre frequencies of ``n_mels`` bands evenly spaced on the Slaney mel scale."""
    return mel_to_hz(np.linspace(hz_to_mel(fmin), hz_to_mel(fmax), n_mels))


def mel_filterbank(*, sr: float, n_fft: int, n_mels: int) -> np.ndarray:
    """``librosa.filters.mel(sr=sr, n_fft=n_fft, n_mels=n_mels)``: triangles, Slaney area norm."""
    fftfreqs = fft_frequencies(sr=sr, n_fft=n_fft)
    mel_f = mel_frequencies(n_mels + 2, fmin=0.0, fmax=sr / 2.0)
    fdiff = np.diff(mel_f)
    ramps = np.subtract.outer(mel_f, fftfreqs)
    weights = np.zeros((n_mels, fftfreqs.size), dtype=np.float32)
    for i in range(n_mels):
        weights[i] = np.maximum(0, np.minimum(-ramps[i] / fdiff[i], ramps[i + 2] / fdiff[i + 1]))
    weights *= (2.0 / (mel_f[2:n_mels + 2] - mel_f[:n_mels]))[:, np.newaxis]
    return weights


def chroma_filterbank(*, sr: float, n_fft: int, n_chroma: int = 12) -> np.ndarray:
    """``librosa.filters.chroma(sr=sr, n_fft=n_fft, tuning=0)`` (Gaussian bumps per pitch class,
    centred on octave 5 with 2 octaves' width, columns L2-normalised, C first)."""
    frequencies = np.linspace(0, sr, n_fft, endpoint=False)[1:]
    frqbins = n_chroma * np.log2(frequencies / (440.0 / 16))
    frqbins = np.concatenate(([frqbins[0] - 1.5 * n_chroma], frqbins))
    binwidthbins = np.concatenate((np.maximum(frqbins[1:] - frqbins[:-1], 1.0), [1]))
    d = np.subtract.outer(frqbins, np.arange(0, n_chroma, dtype="d")).T
    half = np.round(float(n_chroma) / 2)
    d = np.remainder(d + half + 10 * n_chroma, n_chroma) - half
    wts = np.exp(-0.5 * (2 * d / np.tile(binwidthbins, (n_chroma, 1))) ** 2)
    wts = normalize(wts, norm=2)
    wts *= np.tile(np.exp(-0.5 * (((frqbins / n_chroma - 5.0) / 2.0) ** 2)), (n_chroma, 1))
    wts = np.roll(wts, -3 * (n_chroma // 12), axis=0)
    return np.ascontiguousarray(wts[:, :int(1 + n_fft / 2)], dtype=np.float32)


def nonzero_spans(weights: np.ndarray) -> list[tuple[int, int]]:
    """Per row, the [first, last + 1) range of its non-zero columns (all-zero rows: (0, 0))."""
    spans = []
    for row in weights:
        nz = np.flatnonzero(row)
        spans.append((int(nz[0]), int(nz[-1]) + 1) if nz.size else (0, 0))
    return spans


def normalize(s: np.ndarray, *, norm: float) -> np.ndarray:
    """Columns scaled to unit ``norm`` (2 or inf); all-zero columns stay zero
    (``librosa.util.normalize(s, norm=norm, axis=0)``)."""
    mag = np.abs(s).astype(np.float64 if s.dtype == np.float64 else np.float32, copy=False)
    if np.isinf(norm):
        length = np.max(mag, axis=0, keepdims=True)
    else:
        length = np.sum(mag ** norm, axis=0, keepdims=True) ** (1.0 / norm)
    length[length < np.finfo(mag.dtype).tiny] = 1.0
    return s / length


def power_to_db(s: np.ndarray, *, ref: float | np.floating, amin: float = 1e-10,
                top_db: float = 80.0) -> np.ndarray:
    """``librosa.power_to_db(s, ref=ref, amin=amin, top_db=top_db)``."""
    log_spec = 10.0 * np.log10(np.maximum(amin, s))
    log_spec -= 10.0 * np.log10(np.maximum(amin, ref))
    if log_spec.size:
        log_spec = np.maximum(log_spec, log_spec.max() - top_db)
    return log_spec


def mfcc(log_mel: np.ndarray, *, n_mfcc: int = 13) -> np.ndarray:
    """``librosa.feature.mfcc(S=log_mel, n_mfcc=n_mfcc)``: orthonormal DCT-II over the bands,
    as a small matrix product (scipy.fft's import alone costs more than the analysis)."""
    n = log_mel.shape[-2]
    k = np.arange(n_mfcc)[:, None]
    basis = np.cos(np.pi * k * (2 * np.arange(n)[None, :] + 1) / (2 * n)) * np.sqrt(2.0 / n)
    basis[0] *= np.sqrt(0.5)
    return np.einsum("kn,...nt->...kt", basis.astype(log_mel.dtype, copy=False), log_mel)


def max_filter1d(x: np.ndarray, size: int, *, origin: int = 0,
                 cval: float | None = None) -> np.ndarray:
    """``scipy.ndimage.maximum_filter1d`` (mode "reflect", or "constant" with ``cval``)
    without importing scipy.ndimage (~0.25 s, more than a warm analysis's beat stage)."""
    lo = size // 2 + origin
    pad = (lo, size - 1 - lo)
    padded = (np.pad(x, pad, mode="symmetric") if cval is None
              else np.pad(x, pad, constant_values=cval))
    return np.lib.stride_tricks.sliding_window_view(padded, size).max(axis=1)


def median_filter1d(x: np.ndarray, size: int) -> np.ndarray:
    """``scipy.ndimage.median_filter(x, size=size, mode="nearest")`` for an odd ``size``."""
    padded = np.pad(x, size // 2, mode="edge")
    return np.median(np.lib.stride_tricks.sliding_window_view(padded, size), axis=1)


def peak_pick(x: np.ndarray, *, pre_max: int, post_max: int, pre_avg: int, post_avg: int,
              delta: float, wait: int) -> np.ndarray:
    """Indices of peaks (``librosa.util.peak_pick``): ``x[n]`` is the maximum of
    ``x[n-pre_max : n+post_max]``, at least ``delta`` above the mean of
    ``x[n-pre_avg : n+post_avg]``, and more than ``wait`` frames after the previous peak."""
    n = x.size
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    padded = np.concatenate([np.full(pre_max, -np.inf, x.dtype), x,
                             np.full(post_max - 1, -np.inf, x.dtype)])
    local_max = np.lib.stride_tricks.sliding_window_view(padded, pre_max + post_max).max(axis=1)
    csum = np.concatenate([[0.0], np.cumsum(x, dtype=np.float64)])
    idx = np.arange(n)
    lo, hi = np.maximum(0, idx - pre_avg), np.minimum(n, idx + post_avg)
    mean = (csum[hi] - csum[lo]) / (hi - lo)
    candidates = np.flatnonzero((x == local_max) & (x >= mean + delta))
    peaks: list[int] = []
    next_allowed = 0
    for c in candidates.tolist():
        if c >= next_allowed:
            peaks.append(c)
            next_allowed = c + wait + 1
    return np.asarray(peaks, dtype=np.int64)


def onset_times(onset_envelope: np.ndarray, *, sr: int, hop: int) -> np.ndarray:
    """Onset times in s, as ``librosa.onset.onset_detect(onset_envelope=..., units="time")``."""
    env = onset_envelope - np.min(onset_envelope) if onset_envelope.size else onset_envelope
    if env.size:
        env = env / (np.max(env) + np.finfo(env.dtype).tiny)
    if not env.any() or not np.all(np.isfinite(env)):
        return np.zeros(0)
    frames = peak_pick(env, pre_max=int(np.ceil(0.03 * sr // hop)),
                       post_max=int(np.ceil(0.00 * sr // hop + 1)),
                       pre_avg=int(np.ceil(0.10 * sr // hop)),
                       post_avg=int(np.ceil(0.10 * sr // hop + 1)),
                       wait=int(np.ceil(0.03 * sr // hop)), delta=0.07)
    return (frames * hop) / float(sr)
